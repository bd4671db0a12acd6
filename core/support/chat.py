"""在线客服 (seed 004 综合管理后台 7 在线客服, 居民移动端 24 向在线客服发送消息): a patient chats with a
hospital's customer service; seats (`support.seat`, scoped to their hospital) take sessions from
the queue, answer and end them.

Why on core/conversations: a service session is a conversation like a consultation, so it gets
the same exact delivery (client message ids, gap-free sequence, resume, cursors, images and
voice checked like every upload, recall, nothing deleted) and the same transports (the realtime
topic `conversation:<id>` and HTTP `/api/mp/v1/conversations/<id>/...` for the patient). This
module owns only what is customer service about it, in `ServiceChat`: which hospital, which
patient, the queue (waiting → serving → closed), which seat serves, when it was taken. It opens
the conversation with the patient as participant and a welcome item, adds the seat as a
participant when taken (with a system item the patient sees), and closes it at the end (the
conversation becomes read-only, subscriptions end).

- One open session per patient and hospital: opening again resumes it (the account row is locked
  while deciding); a new one after the last ended. MAX_CHATS_PER_DAY per account.
- Seats send through this module (permission and scope first, then the conversation as the
  participant they became), so a seat of another hospital, or a seat who did not take the session,
  is refused before the engine is reached. Any seat of the hospital may read a session back
  (supervision), read from the conversation's stored items.
- A session nobody took can be ended by any seat of its hospital (an abandoned queue), one taken
  only by its seat; the patient may end it at any time.
"""
from __future__ import annotations

import datetime as dt

from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core import scope
from core.accounts.models import AdminAccount, MpAccount
from core.audit import service as audit_service
from core.conversations import service as conversations
from core.conversations.models import ChatMessage, Conversation, Participant
from core.conversations.schemas import SentOut
from core.db import transactional, utcnow
from core.outputs import Page
from core.principal import Principal
from core.support.errors import ChatClosed, ChatNotFound, ChatTaken, TooManyChats
from core.support.models import CHAT_STATE_LABELS, ChatState, ServiceChat, SupportDesk
from core.support.schemas import ChatDetailOut, ChatFilter, ChatOut, ChatRowOut
from core.support.service import PERM_SEAT, open_desk, owned, sender_names, sender_of

KIND, REF_TYPE = "service", "support_chat"
MAX_CHATS_PER_DAY = 20
SEAT_SEEN_AS = "医院客服"
TAKEN_TEXT = "客服已接入，请问有什么可以帮您？"
ENDED_TEXT = "本次服务已结束，感谢您的咨询。如有其他问题，可再次联系在线客服或提交问题反馈。"
MAX_MESSAGES = 200  # one page of a session read back


def _welcome(name: str, desk: SupportDesk) -> str:
    text = desk.welcome or f"您好，欢迎咨询{name}在线客服，客服接入后将为您服务。"
    return text[:200]


async def _out(chat: ServiceChat, model=ChatOut, **extra) -> ChatOut:
    await chat.fetch_related("institution")
    desk = await SupportDesk.filter(institution_id=chat.institution_id).first()
    if chat.state == ChatState.waiting and "ahead" not in extra:
        extra["ahead"] = await ServiceChat.filter(institution_id=chat.institution_id, state=ChatState.waiting,
                                                  id__lt=chat.id).count()
    return model(id=chat.id, conversation_id=chat.conversation_id, institution_id=chat.institution_id,
                 institution_name=chat.institution.name, state=chat.state, state_label=CHAT_STATE_LABELS[chat.state],
                 created_at=chat.created_at, taken_at=chat.taken_at, closed_at=chat.closed_at,
                 closed_by=chat.closed_by, hours=desk.hours if desk else "", **extra)


# ---------------------------------------------------------------- the patient

@transactional
async def open_chat(*, actor: Principal, institution_id: int) -> ChatOut:
    """The patient's open session with the hospital, resumed, or a new one in its queue."""
    account_id = sender_of(actor)
    desk = await open_desk(institution_id)
    async with in_transaction():
        await MpAccount.filter(id=account_id).select_for_update().first()  # one opening at a time per account
        chat = await ServiceChat.filter(account_id=account_id, institution_id=institution_id,
                                        state__in=[ChatState.waiting, ChatState.serving]).first()
        if chat is not None:
            return await _out(chat)
        since = utcnow() - dt.timedelta(days=1)
        if await ServiceChat.filter(account_id=account_id, created_at__gte=since).count() >= MAX_CHATS_PER_DAY:
            raise TooManyChats(details={"limit": MAX_CHATS_PER_DAY})
        chat = await ServiceChat.create(institution_id=institution_id, account_id=account_id)
        await chat.fetch_related("institution")
        names = await sender_names([account_id])
        conv = await conversations.open_conversation(
            actor=actor, kind=KIND, ref_type=REF_TYPE, ref_id=str(chat.id), title=f"{chat.institution.name}在线客服",
            parties=[{"kind": "mp", "id": account_id, "role": "patient", "name": names.get(account_id, "患者")}])
        chat.conversation_id = conv.id
        await chat.save(update_fields=["conversation_id"])
        await conversations.post_system(actor=actor, conversation_id=conv.id, event="service_waiting",
                                        text=_welcome(chat.institution.name, desk), key="welcome")
        await audit_service.record(actor=actor, action="support.chat_open", target_type="ServiceChat",
                                   target_id=chat.id, after={"conversation": conv.id}, org_id=institution_id)
    return await _out(chat)


async def _own(actor: Principal, chat_id: int) -> ServiceChat:
    return await owned(actor, ServiceChat, chat_id, missing=ChatNotFound, action="support.chat_read")


async def my_chats(*, actor: Principal, limit: int = 20, offset: int = 0) -> Page[ChatOut]:
    qs = ServiceChat.filter(account_id=sender_of(actor))
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return Page[ChatOut](total=total, page=offset // limit + 1, page_size=limit, items=[await _out(c) for c in rows])


async def my_chat(*, actor: Principal, chat_id: int) -> ChatOut:
    return await _out(await _own(actor, chat_id))


async def end_mine(*, actor: Principal, chat_id: int) -> ChatOut:
    """The patient ends the session (ending an ended one changes nothing)."""
    chat = await _own(actor, chat_id)
    return await _out(await _end(actor, chat.id, by="sender"))


@transactional
async def _end(actor: Principal, chat_id: int, *, by: str) -> ServiceChat:
    async with in_transaction():
        chat = await ServiceChat.filter(id=chat_id).select_for_update().get()
        if chat.state != ChatState.closed:
            chat.state, chat.closed_at, chat.closed_by = ChatState.closed, utcnow(), by
            await chat.save(update_fields=["state", "closed_at", "closed_by"])
            await conversations.close(actor=actor, conversation_id=chat.conversation_id, reason="service_ended",
                                      text=ENDED_TEXT, data={"by": by})
            await audit_service.record(actor=actor, action="support.chat_close", target_type="ServiceChat",
                                       target_id=chat.id, after={"by": by}, org_id=chat.institution_id)
    return chat


# ---------------------------------------------------------------- the seats

def _queue(actor: Principal, f: ChatFilter):
    qs = scope.scoped(actor, ServiceChat)
    if f.institution_id is not None:
        qs = qs.filter(institution_id=f.institution_id)
    if f.state is None:
        return qs.filter(Q(state=ChatState.waiting) | Q(state=ChatState.serving, seat_id=actor.id))
    return qs.filter(state=f.state)


async def _rows(actor: Principal, chats: list[ServiceChat]) -> list[dict]:
    names = await sender_names(list({c.account_id for c in chats}))
    seats = dict(await AdminAccount.filter(id__in=[c.seat_id for c in chats if c.seat_id]).values_list(
        "id", "display_name"))
    convs = {c.id: c for c in await Conversation.filter(id__in=[c.conversation_id for c in chats])}
    read = dict(await Participant.filter(conversation_id__in=list(convs), party_kind="admin", party_id=actor.id)
                .values_list("conversation_id", "read_seq"))
    return [{"patient": names.get(c.account_id, "未实名用户"), "seat": seats.get(c.seat_id, "") if c.seat_id else "",
             "mine": c.seat_id == actor.id, "last_at": convs[c.conversation_id].last_at,
             "unread": max(0, convs[c.conversation_id].last_seq - read.get(c.conversation_id, 0))} for c in chats]


async def queue(*, actor: Principal, filters: ChatFilter, limit: int = 20, offset: int = 0) -> Page[ChatRowOut]:
    """The sessions waiting for a seat (oldest first) and the seat's own; or those of one state."""
    await scope.require(actor, PERM_SEAT)
    qs = _queue(actor, filters)
    total = await qs.count()
    order = ("-state", "created_at", "id") if filters.state in (None, ChatState.waiting) else ("-id",)
    chats = await qs.order_by(*order).offset(offset).limit(limit)
    rows = await _rows(actor, chats)
    return Page[ChatRowOut](total=total, page=offset // limit + 1, page_size=limit,
                            items=[await _out(c, ChatRowOut, **r) for c, r in zip(chats, rows)])


async def queue_counts(*, actor: Principal, institution_id: int | None = None) -> dict[str, int]:
    """Waiting sessions, the seat's own being served, and those ended (the queue's tabs)."""
    await scope.require(actor, PERM_SEAT)
    qs = scope.scoped(actor, ServiceChat)
    if institution_id is not None:
        qs = qs.filter(institution_id=institution_id)
    by_state = dict(await qs.annotate(n=Count("id")).group_by("state").values_list("state", "n"))
    return {"waiting": by_state.get(ChatState.waiting, by_state.get("waiting", 0)),
            "mine": await qs.filter(state=ChatState.serving, seat_id=actor.id).count(),
            "serving": by_state.get(ChatState.serving, by_state.get("serving", 0)),
            "closed": by_state.get(ChatState.closed, by_state.get("closed", 0))}


async def detail(*, actor: Principal, chat_id: int, after_seq: int = 0, tail: bool = False) -> ChatDetailOut:
    """A session read by a seat of its hospital, its messages after `after_seq` (at most
    MAX_MESSAGES; `tail`: the last ones); the serving seat's read position moves to the last one shown."""
    await scope.require(actor, PERM_SEAT)
    chat = await scope.get(actor, ServiceChat, chat_id)
    conv = await Conversation.get(id=chat.conversation_id)
    if tail:
        after_seq = max(after_seq, conv.last_seq - MAX_MESSAGES)
    items = await ChatMessage.filter(conversation_id=conv.id, seq__gt=after_seq).order_by("seq").limit(MAX_MESSAGES)
    mine = chat.seat_id == actor.id
    if mine and items:
        await conversations.mark(actor=actor, conversation_id=conv.id, read_seq=items[-1].seq)
    row = (await _rows(actor, [chat]))[0]
    return await _out(chat, ChatDetailOut, **row, messages=[conversations.message_out(m) for m in items],
                      last_seq=conv.last_seq, can_send=mine and chat.state == ChatState.serving,
                      can_take=chat.state == ChatState.waiting)


@transactional
async def take(*, actor: Principal, chat_id: int) -> ChatDetailOut:
    """The seat takes a waiting session (taking one's own again changes nothing)."""
    await scope.require(actor, PERM_SEAT)
    async with scope.locked(actor, ServiceChat, chat_id) as chat:
        if chat.state == ChatState.closed:
            raise ChatClosed(details={"id": chat.id})
        if chat.state == ChatState.serving and chat.seat_id != actor.id:
            raise ChatTaken(details={"id": chat.id})
        if chat.state == ChatState.waiting:
            chat.state, chat.seat_id, chat.taken_at = ChatState.serving, actor.id, utcnow()
            await chat.save(update_fields=["state", "seat_id", "taken_at"])
            await conversations.add_participant(actor=actor, conversation_id=chat.conversation_id, party={
                "kind": "admin", "id": actor.id, "role": "service", "name": SEAT_SEEN_AS})
            await conversations.post_system(actor=actor, conversation_id=chat.conversation_id, event="service_taken",
                                            text=TAKEN_TEXT, key=f"taken:{actor.id}")
            await audit_service.record(actor=actor, action="support.chat_take", target_type="ServiceChat",
                                       target_id=chat.id, org_id=chat.institution_id)
    return await detail(actor=actor, chat_id=chat_id)


async def _serving(actor: Principal, chat_id: int) -> ServiceChat:
    """The session the seat serves, or why not (another hospital's: missing)."""
    await scope.require(actor, PERM_SEAT)
    chat = await scope.get(actor, ServiceChat, chat_id)
    if chat.state == ChatState.closed:
        raise ChatClosed(details={"id": chat.id})
    if chat.seat_id != actor.id:
        await audit_service.record_denied(actor=actor, action="support.chat_send", target_type="ServiceChat",
                                          target_id=chat.id, reason="not the serving seat")
        raise ChatTaken("请先接入该会话" if chat.state == ChatState.waiting else None, details={"id": chat.id})
    return chat


async def send_text(*, actor: Principal, chat_id: int, client_id: str, text: str) -> SentOut:
    chat = await _serving(actor, chat_id)
    return await conversations.send_text(actor=actor, conversation_id=chat.conversation_id, client_id=client_id,
                                         text=text)


async def send_image(*, actor: Principal, chat_id: int, client_id: str, data: bytes) -> SentOut:
    chat = await _serving(actor, chat_id)
    return await conversations.send_image(actor=actor, conversation_id=chat.conversation_id, client_id=client_id,
                                          data=data)


async def end(*, actor: Principal, chat_id: int) -> ChatDetailOut:
    """A seat ends the session: the one serving it, or any seat of the hospital while nobody took it."""
    await scope.require(actor, PERM_SEAT)
    chat = await scope.get(actor, ServiceChat, chat_id)
    if chat.state == ChatState.serving and chat.seat_id != actor.id:
        raise ChatTaken(details={"id": chat.id})
    await _end(actor, chat.id, by="operator")
    return await detail(actor=actor, chat_id=chat_id)
