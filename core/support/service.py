"""帮助与反馈 (seed 004 居民移动端 24, 医生移动端 27, 综合管理后台 7): hospitals open a desk,
patients send feedback tickets and read the hospital's replies, operators answer them.

Why this shape:
- A patient is nobody's tenant, so a ticket names the hospital it is for, among the
  hospitals whose desk is enabled (`desks`); from then on it belongs to that hospital
  (core.scope: its operators, or an org above it holding the permission, see it; any other
  hospital's operator gets a missing ticket, audited) and to the sending account (nobody
  else's phone sees it: a missing ticket again, audited).
- One thread per ticket: what the sender adds and what the hospital answers, in time order.
  The state says whose turn it is: `open` (the hospital's), `replied` (the sender's),
  `closed` (nobody's: read-only, a new problem is a new ticket). Either side may close.
- The sender learns of each reply by an in-app message (core.notify, pushed outside the app
  when a sender is configured), written in the reply's transaction; the hospital learns of
  new tickets and additions by a message to its console. Messages carry no ticket text.
- Images: each is checked and re-encoded by media/uploads.py when uploaded, alone (the
  mini-program's wx.uploadFile sends one file per request), and answered with a token bound
  to the uploading account for an hour; a ticket or an addition names its images by these
  tokens, so nobody attaches a file they did not upload. Operators' images come with their
  reply. Shown through short-lived signed links (media/links.py, purpose support_image).
- Bounded: texts (schemas.CONTENT_MAX), 4 images each, MAX_TICKETS_PER_DAY per account,
  MAX_SENDER_ENTRIES additions per ticket, IMAGES_PER_HOUR uploads per account.
- Texts are encrypted at rest and audit rows mask them; tickets are never deleted.

Permissions: `support.tickets` (operators: list, read, reply, close), `support.manage`
(desk settings), `support.seat` (customer service seats, core/support/chat.py).
"""
from __future__ import annotations

import asyncio
import datetime as dt
import time
from typing import TypeVar

from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core import crypto, scope
from core.audit import service as audit_service
from core.cache import count_this_hour
from core.db import transactional, utcnow
from core.errors import AppError, NotFound, ValidationFailed
from core.family.models import Patient
from core.localtime import utc_start
from core.masking import mask_name
from core.notify import service as notify_service
from core.orgs.models import OrgKind, OrgNode
from core.outputs import Page
from core.principal import Principal
from core.support.errors import (
    DeskUnavailable, ImageTokenInvalid, SenderOnly, ThreadFull, TicketClosed, TicketNotFound, TooManyImages,
    TooManyTickets,
)
from core.support.models import (
    CATEGORY_LABELS, STATE_LABELS, Author, ServiceChat, SupportDesk, SupportTicket, TicketReply, TicketState,
)
from core.support.schemas import (
    MAX_IMAGES, CloseIn, DeskIn, DeskOut, DeskPublicOut, EntryOut, FollowUpIn, ImageTokenOut, ReplyIn, TicketAdminOut,
    TicketFilter, TicketIn, TicketOut, TicketRowOut, TicketSummaryOut,
)
from media import links, uploads

M = TypeVar("M", SupportTicket, ServiceChat)
PERM_TICKETS, PERM_SEAT, PERM_MANAGE = "support.tickets", "support.seat", "support.manage"
MAX_TICKETS_PER_DAY = 10
MAX_SENDER_ENTRIES = 30  # additions of the sender to one ticket
IMAGES_PER_HOUR = 40
IMAGE_TOKEN_SECONDS = 3600
LINK_SECONDS = 3600
LINK_PURPOSE = "support_image"
EXCERPT = 60
OPERATOR_SEEN_AS = "医院客服"  # the sender never learns which staff member answered
SENDER_SEEN_AS = "我"


def sender_of(actor: Principal) -> int:
    """The mini-program account acting; only those send feedback (a doctor's comes later)."""
    if actor.kind != "mp" or actor.id is None:
        raise SenderOnly()
    return actor.id


# ---------------------------------------------------------------- images

def _image_signature(account_id: int, key: str, expires: int) -> str:
    return crypto.hmac_sm3(crypto.derived_key("huiyi.support-image.v1"),
                           f"{account_id}:{key}:{expires}".encode())[:32]


def _image_key(account_id: int, token: str, index: int) -> str:
    parts = token.split(".") if isinstance(token, str) and len(token) <= 160 else []
    if len(parts) == 3 and parts[1].isdigit():
        key, expires, signature = parts[0], int(parts[1]), parts[2]
        if (crypto.constant_time_equals(signature, _image_signature(account_id, key, expires))
                and expires >= time.time()):
            return key
    raise ImageTokenInvalid(details={"index": index})


def _image_keys(account_id: int, tokens: list[str]) -> list[str]:
    return [_image_key(account_id, t, i) for i, t in enumerate(tokens)]


def image_urls(keys: list[str]) -> list[str]:
    return [links.url(k, purpose=LINK_PURPOSE, ttl_seconds=LINK_SECONDS) for k in keys or []]


async def _image_allowance(actor: Principal, account_id: int) -> None:
    """IMAGES_PER_HOUR uploads per account and clock hour (Redis, atomic)."""
    count, wait = await count_this_hour(f"support:images:{account_id}")
    if count > IMAGES_PER_HOUR:
        await audit_service.record_denied(actor=actor, action="support.image_upload", reason="rate limited")
        raise TooManyImages(details={"retry_after": wait, "limit": IMAGES_PER_HOUR},
                            headers={"Retry-After": str(wait)})


async def upload_image(*, actor: Principal, data: bytes) -> ImageTokenOut:
    """One image for a ticket or an addition: checked, re-encoded and stored; the token names it."""
    account_id = sender_of(actor)
    await _image_allowance(actor, account_id)
    key, _ = await asyncio.to_thread(uploads.accept_image, data)
    expires = int(time.time()) + IMAGE_TOKEN_SECONDS
    return ImageTokenOut(image_token=f"{key}.{expires}.{_image_signature(account_id, key, expires)}",
                         url=image_urls([key])[0])


async def _operator_images(photos: list[bytes]) -> list[str]:
    if len(photos) > MAX_IMAGES:
        raise ValidationFailed(details={"errors": [{"path": "images", "message": f"最多上传{MAX_IMAGES}张图片",
                                                    "type": "too_long"}]})
    return [(await asyncio.to_thread(uploads.accept_image, p))[0] for p in photos]


# ---------------------------------------------------------------- desks

def _desk_public(node: OrgNode, desk: SupportDesk) -> DeskPublicOut:
    return DeskPublicOut(institution_id=node.id, name=node.name, hours=desk.hours, phone=desk.phone)


async def desks(*, actor: Principal) -> list[DeskPublicOut]:
    """The hospitals open to 帮助与反馈 (any phone user may address any of them)."""
    rows = await SupportDesk.filter(enabled=True, institution__deleted_at__isnull=True) \
        .prefetch_related("institution").order_by("institution__code")
    return [_desk_public(d.institution, d) for d in rows]


async def open_desk(institution_id: int) -> SupportDesk:
    """The enabled desk of a live hospital, or DeskUnavailable (for chats too)."""
    desk = await SupportDesk.filter(institution_id=institution_id, enabled=True,
                                    institution__deleted_at__isnull=True).first()
    if desk is None:
        raise DeskUnavailable(details={"institution_id": institution_id})
    return desk


async def desk_settings(*, actor: Principal, limit: int = 20, offset: int = 0) -> Page[DeskOut]:
    """The hospitals in the actor's scope with their desks (defaults where none was saved)."""
    await scope.require(actor, PERM_MANAGE)
    qs = scope.scoped(actor, OrgNode).filter(kind=OrgKind.MEDICAL)
    total = await qs.count()
    nodes = await qs.order_by("code", "id").offset(offset).limit(limit)
    ids = [n.id for n in nodes]
    saved = {d.institution_id: d for d in await SupportDesk.filter(institution_id__in=ids)}
    waiting = dict(await SupportTicket.filter(institution_id__in=ids, state=TicketState.open)
                   .annotate(n=Count("id")).group_by("institution_id").values_list("institution_id", "n"))
    return Page[DeskOut](total=total, page=offset // limit + 1, page_size=limit,
                         items=[_desk_out(n, saved.get(n.id), waiting.get(n.id, 0)) for n in nodes])


def _desk_out(node: OrgNode, desk: SupportDesk | None, waiting: int = 0) -> DeskOut:
    d = desk or SupportDesk(institution_id=node.id)
    return DeskOut(institution_id=node.id, name=node.name, hours=d.hours, phone=d.phone, enabled=d.enabled,
                   welcome=d.welcome, configured=desk is not None, open_tickets=waiting)


@transactional
async def configure_desk(*, actor: Principal, institution_id: int, data: DeskIn) -> DeskOut:
    """Open or close a hospital's desk and set what patients read there."""
    await scope.require(actor, PERM_MANAGE)
    node = await scope.get(actor, OrgNode, institution_id)
    if node.kind != OrgKind.MEDICAL:
        raise NotFound(details={"type": "OrgNode", "id": institution_id})
    async with in_transaction():
        await OrgNode.filter(id=node.id).select_for_update().first()  # one writer per hospital
        desk = await SupportDesk.filter(institution_id=node.id).first()
        before = audit_service.snapshot(desk) if desk else None
        if desk is None:
            desk = await SupportDesk.create(institution_id=node.id, **data.model_dump())
        else:
            for name, value in data.model_dump().items():
                setattr(desk, name, value)
            await desk.save()
        await audit_service.record(actor=actor, action="support.desk_configure", target_type="SupportDesk",
                                   target_id=desk.id, before=before, after=audit_service.snapshot(desk),
                                   org_id=node.id)
    return _desk_out(node, desk)


# ---------------------------------------------------------------- presenting

def _summary(t: SupportTicket) -> dict:
    return {"id": t.id, "institution_id": t.institution_id, "institution_name": t.institution.name,
            "category": t.category, "category_label": CATEGORY_LABELS[t.category], "state": t.state,
            "state_label": STATE_LABELS[t.state], "excerpt": t.content[:EXCERPT], "replies": t.replies,
            "created_at": t.created_at, "last_activity_at": t.last_activity_at}


async def _thread(t: SupportTicket, *, for_operator: bool) -> list[EntryOut]:
    rows = await TicketReply.filter(ticket_id=t.id).order_by("id").prefetch_related("operator")
    out = []
    for r in rows:
        if r.author == Author.operator:
            name = (r.operator.display_name or r.operator.username) if for_operator and r.operator \
                else OPERATOR_SEEN_AS
        else:
            name = "提交人" if for_operator else SENDER_SEEN_AS
        out.append(EntryOut(id=r.id, author=r.author.value, author_name=name, content=r.content,
                            image_urls=image_urls(r.images), created_at=r.created_at))
    return out


async def _sender_view(t: SupportTicket) -> TicketOut:
    await t.fetch_related("institution")
    live = t.state != TicketState.closed
    return TicketOut(**_summary(t), content=t.content, image_urls=image_urls(t.images),
                     thread=await _thread(t, for_operator=False), closed_at=t.closed_at, closed_by=t.closed_by,
                     can_follow_up=live, can_close=live)


async def sender_names(account_ids: list[int]) -> dict[int, str]:
    rows = await Patient.filter(account_id__in=account_ids, is_self=True, deleted_at__isnull=True) \
        .values_list("account_id", "name")
    return {a: mask_name(n) for a, n in rows}


def _row(t: SupportTicket, names: dict[int, str]) -> dict:
    return {**_summary(t), "sender": names.get(t.account_id, "未实名用户"), "first_reply_at": t.first_reply_at}


async def _operator_view(t: SupportTicket) -> TicketAdminOut:
    await t.fetch_related("institution")
    return TicketAdminOut(**_row(t, await sender_names([t.account_id])), content=t.content,
                          image_urls=image_urls(t.images), thread=await _thread(t, for_operator=True),
                          closed_at=t.closed_at, closed_by=t.closed_by, can_reply=t.state != TicketState.closed)


# ---------------------------------------------------------------- the sender

async def _console_message(t: SupportTicket, title: str) -> None:
    await notify_service.notify(org_id=t.institution_id, kind="support.ticket", title=title,
                                body=f"反馈编号 {t.id}（{CATEGORY_LABELS[t.category]}）",
                                link=f"/admin/support/tickets/{t.id}")


@transactional
async def submit_ticket(*, actor: Principal, data: TicketIn) -> TicketOut:
    """A new ticket to an enabled desk, with up to 4 uploaded images."""
    account_id = sender_of(actor)
    keys = _image_keys(account_id, data.images)
    await open_desk(data.institution_id)
    since = utcnow() - dt.timedelta(days=1)
    if await SupportTicket.filter(account_id=account_id, created_at__gte=since).count() >= MAX_TICKETS_PER_DAY:
        await audit_service.record_denied(actor=actor, action="support.ticket_submit", reason="daily limit")
        raise TooManyTickets(details={"limit": MAX_TICKETS_PER_DAY})
    async with in_transaction():
        now = utcnow()
        t = await SupportTicket.create(institution_id=data.institution_id, account_id=account_id,
                                       category=data.category, content=data.content, images=keys,
                                       last_activity_at=now)
        await _console_message(t, "收到新的问题反馈")
        await audit_service.record(actor=actor, action="support.ticket_submit", target_type="SupportTicket",
                                   target_id=t.id, after=audit_service.snapshot(t), org_id=t.institution_id)
    return await _sender_view(t)


async def owned(actor: Principal, model: type[M], pk: int, *, missing: type[AppError], action: str,
                lock: bool = False) -> M:
    """The sender's own ticket or session, or `missing` (audited when it exists: someone else's)."""
    qs = model.filter(id=pk, account_id=sender_of(actor))
    obj = await (qs.select_for_update() if lock else qs).first()
    if obj is None:
        if await model.exists(id=pk):
            await audit_service.record_denied(actor=actor, action=action, target_type=model.__name__, target_id=pk,
                                              reason="not the sender")
        raise missing(details={"id": pk})
    return obj


async def _own(actor: Principal, ticket_id: int, *, lock: bool = False) -> SupportTicket:
    return await owned(actor, SupportTicket, ticket_id, missing=TicketNotFound, action="support.ticket_read",
                       lock=lock)


async def my_tickets(*, actor: Principal, state: TicketState | None = None, limit: int = 20,
                     offset: int = 0) -> Page[TicketSummaryOut]:
    qs = SupportTicket.filter(account_id=sender_of(actor))
    if state is not None:
        qs = qs.filter(state=state)
    total = await qs.count()
    rows = await qs.order_by("-last_activity_at", "-id").offset(offset).limit(limit).prefetch_related("institution")
    return Page[TicketSummaryOut](total=total, page=offset // limit + 1, page_size=limit,
                                  items=[TicketSummaryOut(**_summary(t)) for t in rows])


async def my_ticket(*, actor: Principal, ticket_id: int) -> TicketOut:
    return await _sender_view(await _own(actor, ticket_id))


@transactional
async def follow_up(*, actor: Principal, ticket_id: int, data: FollowUpIn) -> TicketOut:
    """The sender adds to a ticket that is not closed; it is the hospital's turn again."""
    account_id = sender_of(actor)
    keys = _image_keys(account_id, data.images)
    await _own(actor, ticket_id)  # outside the transaction: a denied attempt stays audited
    async with in_transaction():
        t = await _own(actor, ticket_id, lock=True)
        if t.state == TicketState.closed:
            raise TicketClosed(details={"id": t.id})
        if await TicketReply.filter(ticket_id=t.id, author=Author.sender).count() >= MAX_SENDER_ENTRIES:
            raise ThreadFull(details={"limit": MAX_SENDER_ENTRIES})
        entry = await TicketReply.create(ticket_id=t.id, author=Author.sender, content=data.content, images=keys)
        t.state, t.last_activity_at = TicketState.open, entry.created_at
        await t.save(update_fields=["state", "last_activity_at", "updated_at"])
        await _console_message(t, "问题反馈有新的补充说明")
        await audit_service.record(actor=actor, action="support.ticket_follow_up", target_type="SupportTicket",
                                   target_id=t.id, after={"entry": entry.id, "images": len(keys)},
                                   org_id=t.institution_id)
    return await _sender_view(t)


@transactional
async def close_mine(*, actor: Principal, ticket_id: int) -> TicketOut:
    """The sender closes the ticket (problem solved); closing a closed one changes nothing."""
    await _own(actor, ticket_id)
    async with in_transaction():
        t = await _own(actor, ticket_id, lock=True)
        if t.state != TicketState.closed:
            await _close(actor, t, by=Author.sender.value)
    return await _sender_view(t)


async def _close(actor: Principal, t: SupportTicket, *, by: str) -> None:
    before = audit_service.snapshot(t)
    t.state, t.closed_at, t.closed_by = TicketState.closed, utcnow(), by
    await t.save(update_fields=["state", "closed_at", "closed_by", "updated_at"])
    await audit_service.record(actor=actor, action="support.ticket_close", target_type="SupportTicket",
                               target_id=t.id, before=before, after=audit_service.snapshot(t),
                               org_id=t.institution_id)


# ---------------------------------------------------------------- the hospital

def _filtered(actor: Principal, f: TicketFilter):
    qs = scope.scoped(actor, SupportTicket)
    if f.state is not None:
        qs = qs.filter(state=f.state)
    if f.category is not None:
        qs = qs.filter(category=f.category)
    if f.institution_id is not None:
        qs = qs.filter(institution_id=f.institution_id)
    if f.ticket_id is not None:
        qs = qs.filter(id=f.ticket_id)
    if f.date_from is not None:
        qs = qs.filter(created_at__gte=utc_start(f.date_from))
    if f.date_to is not None:
        qs = qs.filter(created_at__lt=utc_start(f.date_to + dt.timedelta(days=1)))
    return qs


async def list_tickets(*, actor: Principal, filters: TicketFilter, limit: int = 20,
                       offset: int = 0) -> Page[TicketRowOut]:
    """Tickets in scope, the newest activity first."""
    await scope.require(actor, PERM_TICKETS)
    qs = _filtered(actor, filters)
    total = await qs.count()
    rows = await qs.order_by("-last_activity_at", "-id").offset(offset).limit(limit) \
        .prefetch_related("institution")
    names = await sender_names(list({t.account_id for t in rows}))
    return Page[TicketRowOut](total=total, page=offset // limit + 1, page_size=limit,
                              items=[TicketRowOut(**_row(t, names)) for t in rows])


async def hospitals(*, actor: Principal, limit: int = 500) -> dict[int, str]:
    """The hospitals in the operator's scope, by id: the choices of the list's filter."""
    await scope.require(actor, PERM_TICKETS)
    rows = await scope.scoped(actor, OrgNode).filter(kind=OrgKind.MEDICAL).order_by("code", "id").limit(limit) \
        .values_list("id", "name")
    return dict(rows)


async def state_counts(*, actor: Principal, filters: TicketFilter) -> dict[str, int]:
    """How many tickets of each state match the other filters (the list's tabs)."""
    await scope.require(actor, PERM_TICKETS)
    rows = await _filtered(actor, filters.model_copy(update={"state": None})) \
        .annotate(n=Count("id")).group_by("state").values_list("state", "n")
    counts = {s.value: 0 for s in TicketState}
    counts.update({(s.value if isinstance(s, TicketState) else s): n for s, n in rows})
    return counts


async def ticket(*, actor: Principal, ticket_id: int) -> TicketAdminOut:
    await scope.require(actor, PERM_TICKETS)
    return await _operator_view(await scope.get(actor, SupportTicket, ticket_id))


@transactional
async def reply(*, actor: Principal, ticket_id: int, data: ReplyIn, photos: list[bytes] = ()) -> TicketAdminOut:
    """The hospital answers; the sender gets an in-app message (pushed when a sender is configured)."""
    await scope.require(actor, PERM_TICKETS)
    await scope.get(actor, SupportTicket, ticket_id)
    keys = await _operator_images(list(photos))
    async with scope.locked(actor, SupportTicket, ticket_id) as t:
        if t.state == TicketState.closed:
            raise TicketClosed(details={"id": t.id})
        await _answer(actor, t, data.content, keys)
        message = await notify_service.notify(account_id=t.account_id, kind="support.reply",
                                              title="您的问题反馈有新回复", body="医院客服回复了您的问题反馈，点击查看",
                                              link=f"/support/tickets/{t.id}")
        await notify_service.push([message])
    return await _operator_view(t)


async def _answer(actor: Principal, t: SupportTicket, content: str, keys: list[str]) -> TicketReply:
    entry = await TicketReply.create(ticket_id=t.id, author=Author.operator, operator_id=actor.id,
                                     content=content, images=keys)
    t.state, t.last_activity_at = TicketState.replied, entry.created_at
    t.first_reply_at = t.first_reply_at or entry.created_at
    t.replies += 1  # the row is locked
    await t.save(update_fields=["state", "last_activity_at", "first_reply_at", "replies", "updated_at"])
    await audit_service.record(actor=actor, action="support.ticket_reply", target_type="SupportTicket",
                               target_id=t.id, after={"entry": entry.id, "images": len(keys)},
                               org_id=t.institution_id)
    return entry


@transactional
async def close(*, actor: Principal, ticket_id: int, data: CloseIn) -> TicketAdminOut:
    """The hospital closes a ticket, with a last word for the sender if it has one; closing a
    closed ticket changes nothing."""
    await scope.require(actor, PERM_TICKETS)
    async with scope.locked(actor, SupportTicket, ticket_id) as t:
        if t.state != TicketState.closed:
            if data.note:
                await _answer(actor, t, data.note, [])
            await _close(actor, t, by=Author.operator.value)
            message = await notify_service.notify(account_id=t.account_id, kind="support.closed",
                                                  title="您的问题反馈已处理完毕", body="点击查看处理结果",
                                                  link=f"/support/tickets/{t.id}")
            await notify_service.push([message])
    return await _operator_view(t)
