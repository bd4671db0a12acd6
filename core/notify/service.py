"""In-app messages and their delivery outside the app.

Why: seed 003 asks for 消息即时通知 on both sides: a patient sees every change of
a request (程序内部消息 and 公众号/小程序平台消息), and a record room sees new
requests with an unread count, handles them, and sees handled ones greyed.
One mechanism serves both: a Message goes to a mini-program account or to an
org's console; messages are kept permanently; read and handled are marks on
the message.

A message is written in the transaction of the change it reports (no message
for a change that rolled back). Pushing it outside the app (a WeChat
subscribe message) is asked for in the same transaction (`push`: a domain
event, core/events) and happens after the commit in the worker's consumer
group `notify.push`, through a `Sender` chosen by settings: `null` (in-app
only, the default) or `wechat`. Each push attempt leaves a Delivery row, so a
failed push is visible and the in-app message is there regardless.
"""
from __future__ import annotations

import abc
import logging
from typing import Iterable
from zoneinfo import ZoneInfo

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from core.accounts.models import MpAccount
from core.audit import service as audit_service
from core.db import utcnow
from core.errors import NotFound, Unauthorized
from core.events import service as events
from core.events.service import Event
from core.notify.models import Delivery, Message
from core.notify.schemas import MarkedReadOut, MessageOut, MessagesOut
from core.principal import Principal
from core.registry import Registry
from core.settings import get_settings

log = logging.getLogger("huiyi.notify")
_CHINA = ZoneInfo("Asia/Shanghai")  # the time a person reads in a push


# ================================================================== senders

class Sender(abc.ABC):
    """Pushes a message outside the app. Returns (channel, outcome, detail), or None when it does not apply."""

    @abc.abstractmethod
    async def send(self, message: Message) -> tuple[str, str, str] | None: ...


class NullSender(Sender):
    async def send(self, message: Message) -> tuple[str, str, str] | None:
        return None


class WeChatSubscribeSender(Sender):
    """Mini-program subscribe messages (subscribeMessage.send) to the account's openid.

    The template of each message kind comes from WECHAT_SUBSCRIBE_TEMPLATES; its
    fields are thing1 (title), thing2 (body) and time3 (when), the shape of the
    templates registered for the app. A kind without a template is skipped.
    """

    channel = "wechat_subscribe"

    async def send(self, message: Message) -> tuple[str, str, str] | None:
        if message.account_id is None:
            return None  # console messages stay in the console
        template = get_settings().wechat_subscribe_templates.get(message.kind)
        if not template:
            return self.channel, "skipped", f"no template for {message.kind}"
        account = await MpAccount.get_or_none(id=message.account_id)
        if account is None or account.disabled:
            return self.channel, "skipped", "account gone or disabled"
        data = {"thing1": {"value": message.title[:20]}, "thing2": {"value": (message.body or message.title)[:20]},
                "time3": {"value": message.created_at.astimezone(_CHINA).strftime("%Y-%m-%d %H:%M")}}
        page = message.link.lstrip("/") or None
        from core import wechat  # wechatpy loads with the first message sent, not at start

        try:
            await wechat.send_subscribe_message(openid=account.openid, template_id=template, data=data, page=page)
        except wechat.WeChatError as exc:
            return self.channel, "failed", f"{exc.code} errcode={exc.details.get('errcode')}"
        return self.channel, "sent", ""


SENDERS: Registry[Sender] = Registry("NOTIFY_SENDER")
SENDERS.register("null", NullSender)
SENDERS.register("wechat", WeChatSubscribeSender)


def get_sender() -> Sender:
    return SENDERS.create(get_settings().notify_sender)


# ================================================================== writing and delivering

PUSH_REQUESTED = "notify.push_requested"
MESSAGE_CREATED = "notify.message_created"


async def notify(*, account_id: int | None = None, org_id: int | None = None, admin_account_id: int | None = None,
                 kind: str, title: str, body: str = "", link: str = "") -> Message:
    """Write one message to an account, an org or one console account (exactly one), in the caller's
    transaction; the event `notify.message_created` tells open screens of the addressee (topic
    `account:<id>`, `org:<id>` or `admin:<id>`). To push it outside the app as well, hand it to
    `push` in the same transaction."""
    if sum(x is not None for x in (account_id, org_id, admin_account_id)) != 1:
        raise ValueError("a message goes to exactly one of account_id, org_id, admin_account_id")
    message = await Message.create(account_id=account_id, org_id=org_id, admin_account_id=admin_account_id,
                                   kind=kind[:32], title=title[:128], body=body[:1000], link=link[:255])
    topic = (f"account:{account_id}" if account_id is not None
             else f"org:{org_id}" if org_id is not None else f"admin:{admin_account_id}")
    await events.emit(MESSAGE_CREATED, {"id": message.id, "kind": message.kind}, topic=topic)
    return message


async def push(messages: Iterable[Message]) -> None:
    """Ask for these messages to be pushed outside the app once the caller's transaction commits:
    the event `notify.push_requested`, handled by the consumer group `notify.push` in the worker
    (`on_push_requested`). Console messages stay in the console."""
    ids = [m.id for m in messages if m.account_id is not None]
    if ids:
        await events.emit(PUSH_REQUESTED, {"ids": ids})


async def notify_accounts(items: list[tuple[int, str, str, str, str]], *, push_them: bool = True) -> list[int]:
    """`notify` for many mini-program accounts at once, (account_id, kind, title, body, link) each, in the
    caller's transaction: one multi-row INSERT of the messages, one of their `notify.message_created`
    events, and (with push_them) one `notify.push_requested`. For a domain that tells many people per
    change (the visit centre's step notices); their ids, in order."""
    if not items:
        return []
    from core import db

    stamp = _MESSAGE_CREATED.to_db_value(utcnow(), None)
    ids = await db.insert_rows(Message._meta.db, Message._meta.db_table,
                               ["account_id", "kind", "title", "body", "link", "created_at"],
                               [[a, kind[:32], title[:128], body[:1000], link[:255], stamp]
                                for a, kind, title, body, link in items])
    await events.emit_many([(MESSAGE_CREATED, {"id": mid, "kind": item[1][:32]}, f"account:{item[0]}", None)
                            for mid, item in zip(ids, items)])
    if push_them:  # in parts: an event's payload is small
        await events.emit_many([(PUSH_REQUESTED, {"ids": ids[n:n + 200]}, None, None) for n in range(0, len(ids), 200)])
    return ids


_MESSAGE_CREATED = Message._meta.fields_map["created_at"]


async def on_push_requested(event: Event) -> None:
    """Consumer of `notify.push_requested`: push each message through the configured sender.
    Delivery is at-least-once, so a message with a recorded attempt is not pushed again."""
    if isinstance(get_sender(), NullSender):
        return
    ids = [int(i) for i in event.payload.get("ids", [])]
    tried = set(await Delivery.filter(message_id__in=ids).values_list("message_id", flat=True))
    await deliver([i for i in ids if i not in tried])


async def deliver(message_ids: list[int]) -> list[Delivery]:
    """Push each message through the configured sender and record the attempt."""
    sender = get_sender()
    out = []
    for message in await Message.filter(id__in=message_ids).order_by("id"):
        try:
            result = await sender.send(message)
        except Exception as exc:  # a push must never lose the message; the attempt is recorded
            log.warning("sending message %s failed: %s", message.id, type(exc).__name__)
            result = ("unknown", "failed", type(exc).__name__)
        if result is not None:
            channel, outcome, detail = result
            out.append(await Delivery.create(message_id=message.id, channel=channel[:16], outcome=outcome[:16],
                                             detail=detail[:255]))
    return out


# ================================================================== reading (phone and console alike)

def _mine(actor: Principal) -> QuerySet[Message]:
    """Messages addressed to the actor: its own account on the phone, its org and itself in the console."""
    if actor.kind == "mp" and actor.id is not None:
        return Message.filter(account_id=actor.id)
    if actor.kind == "admin" and actor.org_id is not None:
        return Message.filter(Q(org_id=actor.org_id) | Q(admin_account_id=actor.id))
    raise Unauthorized()


def view(m: Message) -> MessageOut:
    return MessageOut(id=m.id, kind=m.kind, title=m.title, body=m.body, link=m.link, created_at=m.created_at,
                      read=m.read_at is not None, read_at=m.read_at, handled=m.handled_at is not None,
                      handled_at=m.handled_at)


async def unread_count(*, actor: Principal) -> int:
    return await _mine(actor).filter(read_at__isnull=True).count()


async def messages(*, actor: Principal, unread_only: bool = False, kind: str | None = None, limit: int = 20,
                   offset: int = 0) -> MessagesOut:
    qs = _mine(actor)
    if unread_only:
        qs = qs.filter(read_at__isnull=True)
    if kind:
        qs = qs.filter(kind=kind)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return MessagesOut(total=total, unread=await unread_count(actor=actor), items=[view(m) for m in rows])


async def mark_read(*, actor: Principal, message_ids: list[int] | None = None) -> MarkedReadOut:
    """Mark the given messages (or every unread one) read; returns how many changed and the unread count."""
    qs = _mine(actor).filter(read_at__isnull=True)
    if message_ids is not None:
        qs = qs.filter(id__in=message_ids)
    changed = await qs.update(read_at=utcnow())
    return MarkedReadOut(marked=changed, unread=await unread_count(actor=actor))


async def mark_handled(*, actor: Principal, message_id: int) -> MessageOut:
    """Handling a message also reads it; the console shows it greyed from then on."""
    m = await _mine(actor).filter(id=message_id).first()
    if m is None:
        raise NotFound("消息不存在", details={"id": message_id})
    if m.handled_at is None:
        now = utcnow()
        m.handled_at, m.read_at = now, m.read_at or now
        await m.save(update_fields=["handled_at", "read_at"])
        await audit_service.record(actor=actor, action="notify.handle", target_type="Message", target_id=m.id,
                                   after={"kind": m.kind, "link": m.link})
    return view(m)
