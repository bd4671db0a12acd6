"""Conversations: sending with exact delivery, history and resume, cursors, recall,
system events; the functions owning domains call to open, staff and close them.

Why (the rules every face relies on):
- A message is stored once per (sender, client id). The client makes the id up
  (a UUID) and sends again whatever was not acknowledged; a resend answers the
  stored message (`duplicate: true`), never a second copy, even when both
  copies race (the unique index decides, and the loser's transaction, counter
  included, rolls back).
- The sequence is gap-free per conversation: the number is taken by incrementing
  the conversation's counter row inside the writing transaction (the UPDATE holds
  its row lock until the commit, on MariaDB and on SQLite alike), so writers of
  one conversation commit in sequence order and a rolled-back write leaves no hole.
- The event `conversations.message` (topic `conversation:<id>`, payload ids and
  the sequence only: the text never travels through Redis) is emitted in the same
  transaction and published after the commit (core.events). The realtime gateway
  delivers the items themselves from the database, from each socket's cursor.
- Resume: `history(after_seq=)` pages through what a client missed (HTTP for
  polling clients; the socket's subscribe does the same with `after_seq`).
- Cursors per participant: delivered and read, moved forward only; sending moves
  the sender's own to its message. Read changes are announced (`conversations.read`).
- Recall: the sender, within RECALL_SECONDS, in an open conversation. The message
  keeps its place and its original body (a record), shown to both sides as
  "消息已撤回"; a `recall` item appended to the sequence tells clients that
  already hold it, including those that resume later.
- System events (accepted, ended, refunded, prescription issued ...) are items of
  the same sequence, idempotent by their key.
- Closed conversations are read-only; nothing is ever deleted (medical records,
  kept at least three years).

Who may: participants read and write (a participant acting for a relative only
while the family grant allows it; anyone else is answered like a missing
conversation, audited). Opening, staffing, system events and closing are called
by the owning domain (consultations, customer service), which decided the
permission; they are audited.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json
import weakref
from typing import Any

from tortoise.connection import connections
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import crypto, db, topics
from core.audit import service as audit_service
from core.conversations.errors import (
    ClientIdReused, ConversationClosed, ConversationNotFound, MessageNotFound, ReadOnly, RecallExpired, RecallRefused,
)
from core.conversations.models import ChatMessage, Conversation, Participant
from core.conversations.schemas import (
    ConversationOut, ConversationRow, CursorOut, HistoryOut, MarkIn, MessageOut, ParticipantOut, PartyIn, SentOut, TextIn,
    validate_system,
)
from core.outputs import Page
from core.db import transactional, utcnow
from core.errors import ServiceUnavailable
from core.events import service as events
from core.http import validate
from core.principal import Principal

RECALL_SECONDS = 120
RECALLED_TEXT = "消息已撤回"
LINK_SECONDS = 6 * 3600  # media links in answers; a client that kept one longer fetches the message again
SYSTEM = ("system", 0)
TOPIC = "conversation"


def party_of(actor: Principal) -> tuple[str, int]:
    """The participant identity of a principal: its kind and id (a new kind of login joins as it is)."""
    if actor.id is None or actor.kind in ("anonymous", "system"):
        raise ConversationNotFound()
    return actor.kind, int(actor.id)


def topic_of(conversation_id: int) -> str:
    return f"{TOPIC}:{conversation_id}"


def _party(kind: str, pid: int) -> str:
    return f"{kind}:{pid}"


# ------------------------------------------------------------------ presenting

def present(m: ChatMessage) -> dict[str, Any]:
    """A message as both sides see it (the gateway's items and the HTTP answers)."""
    body = json.loads(m.body) if isinstance(m.body, str) else (m.body or {})
    out: dict[str, Any] = {"id": m.id, "conversation_id": m.conversation_id, "seq": m.seq,
                           "sender": _party(m.sender_kind, m.sender_id), "client_id": m.client_id,
                           "kind": m.kind, "at": m.created_at.isoformat(), "recalled": m.recalled_at is not None}
    if m.recalled_at is not None:
        out["text"] = RECALLED_TEXT
    elif m.kind == "text":
        out["text"] = body.get("text", "")
    elif m.kind in ("image", "voice"):
        from media import links

        out["media"] = {"url": links.url(body["key"], purpose=f"chat_{m.kind}_{body['ext']}",
                                         ttl_seconds=LINK_SECONDS),
                        "content_type": body["type"], "width": body.get("w"), "height": body.get("h"),
                        "duration_ms": body.get("ms")}
    elif m.kind == "system":
        out["system"] = {"event": body.get("event", ""), "text": body.get("text", ""), "data": body.get("data", {})}
        out["text"] = body.get("text", "")
    elif m.kind == "recall":
        out["recall_seq"] = body.get("seq")
        out["text"] = RECALLED_TEXT
    return out


def message_out(m: ChatMessage) -> MessageOut:
    return MessageOut.model_validate(present(m))


def _sent(m: ChatMessage, duplicate: bool) -> SentOut:
    return SentOut(duplicate=duplicate, message=message_out(m))


# ------------------------------------------------------------------ access


async def _participant(actor: Principal, conversation_id: int, *, action: str) -> Participant:
    """The actor's live participation, or ConversationNotFound (audited when the conversation exists)."""
    kind, pid = party_of(actor)
    conn, sql = _sql("SELECT " + _columns(Participant) + " FROM conversation_participant WHERE conversation_id = {p} "
                     "AND party_kind = {p} AND party_id = {p} AND left_at IS NULL")
    rows = await conn.execute_query_dict(sql, [conversation_id, kind, pid])
    me = Participant._init_from_db(**rows[0]) if rows else None
    reason = "not a participant"
    if me is not None and me.for_patient_id is not None and me.grant_scope:
        from core.family import service as family_service
        from core.errors import AppError

        try:  # a relative acting for a parent: only while the grant lasts (audited there when refused)
            await family_service.authorize(actor=actor, patient_id=me.for_patient_id, scope=me.grant_scope)
        except AppError:
            me, reason = None, "grant ended"
    if me is None:
        if reason == "not a participant" and await Conversation.exists(id=conversation_id):
            await audit_service.record_denied(actor=actor, action=action, target_type="Conversation",
                                              target_id=conversation_id, reason=reason)
        raise ConversationNotFound(details={"id": conversation_id})
    return me


async def _emit_message(conversation_id: int, seq: int, kind: str, item: dict[str, Any] | None = None) -> None:
    await events.emit("conversations.message", {"conversation": conversation_id, "seq": seq, "kind": kind},
                      topic=topic_of(conversation_id), local=item)


# Hot path: every message runs these, so they are written out (core.db.load_joined's reasoning:
# the query builder costs a fraction of a millisecond of CPU per statement, more than the statement).

def _sql(template: str) -> tuple[Any, str]:
    """The current connection (the open transaction's, if any) and `template` in its dialect:
    `{p}` placeholders, `{q}` identifier quotes."""
    conn = connections.get("default")
    sqlite = conn.capabilities.dialect == "sqlite"
    return conn, template.format(p="?" if sqlite else "%s", q='"' if sqlite else "`")


_AT = ChatMessage._meta.fields_map["created_at"]


@functools.cache
def _columns(model) -> str:
    """Every column of a model, quoted `{q}` (known once Tortoise is initialised: foreign keys too)."""
    return ", ".join("{q}%s{q}" % column for column in model._meta.fields_db_projection.values())


async def _take_seq(conversation_id: int, at: Any) -> int | None:
    """Increment the open conversation's counter and read it back in the same statement, or None
    (closed or missing). MariaDB/MySQL: the counter goes through LAST_INSERT_ID(expr), which
    the server returns in the UPDATE's OK packet (the cursor's lastrowid, 0 when no row matched:
    a sequence starts at 1); SQLite: RETURNING."""
    conn = connections.get("default")
    if conn.capabilities.dialect == "sqlite":
        rows = await conn.execute_query_dict("UPDATE conversation SET last_seq = last_seq + 1, last_at = ? "
                                             "WHERE id = ? AND state = 'open' RETURNING last_seq",
                                             [at, conversation_id])
        return int(rows[0]["last_seq"]) if rows else None
    seq = await conn.execute_insert("UPDATE conversation SET last_seq = LAST_INSERT_ID(last_seq + 1), last_at = %s "
                                    "WHERE id = %s AND state = 'open'", [at, conversation_id])
    return int(seq) if seq else None


_PLAIN = object()  # _append's `advance` for the optimistic send


async def _append(conversation_id: int, sender: tuple[str, int], client_id: str, kind: str,
                  body: dict[str, Any], *, advance: Any = None) -> ChatMessage | None:
    """Inside the caller's transaction: take the next number and store the message; None when the
    conversation is closed. `advance`: the sender's participation (its id), whose cursors move to
    it; _PLAIN: the sender's, which must be a plain writing participant (else _NotPlain)."""
    now = utcnow()
    at = _AT.to_db_value(now, None)
    seq = await _take_seq(conversation_id, at)  # the row stays locked until the commit
    if seq is None:
        return None
    text = json.dumps(body, ensure_ascii=False)
    conn, sql = _sql("INSERT INTO conversation_message (conversation_id, seq, sender_kind, sender_id, client_id, "
                     "{q}kind{q}, body, created_at) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p})")
    message_id = await conn.execute_insert(sql, [conversation_id, seq, sender[0], sender[1], client_id, kind,
                                                 crypto.encrypt(text), at])
    if advance is _PLAIN:
        # The sender's participation, in the same statement as its check (rolled back when it fails):
        # present, writing, acting for nobody. A removal or a change of rights commits before or after
        # this row lock, never in between.
        conn, sql = _sql("UPDATE conversation_participant SET delivered_seq = {p}, read_seq = {p} "
                         "WHERE conversation_id = {p} AND party_kind = {p} AND party_id = {p} AND left_at IS NULL "
                         "AND can_write AND (for_patient_id IS NULL OR grant_scope IS NULL OR grant_scope = '')")
        moved, _ = await conn.execute_query(sql, [seq, seq, conversation_id, sender[0], sender[1]])
        if not moved:
            raise _NotPlain()
    elif advance is not None:
        conn, sql = _sql("UPDATE conversation_participant SET delivered_seq = {p}, read_seq = {p} WHERE id = {p}")
        await conn.execute_query(sql, [seq, seq, advance])
    message = ChatMessage(id=message_id, conversation_id=conversation_id, seq=seq, sender_kind=sender[0],
                          sender_id=sender[1], client_id=client_id, kind=kind, body=text, created_at=now)
    # This process's gateway takes the item as it is (events.on_relayed): it need not read it back.
    await _emit_message(conversation_id, seq, kind, item=present(message) if events.has_listeners() else None)
    return message


async def _stored(conversation_id: int, sender: tuple[str, int], client_id: str) -> ChatMessage | None:
    return await ChatMessage.filter(conversation_id=conversation_id, sender_kind=sender[0], sender_id=sender[1],
                                client_id=client_id).first()


def _same(stored: ChatMessage, kind: str, body: dict[str, Any]) -> bool:
    if stored.kind != kind:
        return False
    return kind != "text" or json.loads(stored.body).get("text") == body.get("text")


@transactional
async def _store(conversation_id: int, sender: tuple[str, int], client_id: str, kind: str, body: dict[str, Any],
                 *, advance: int | None = None) -> tuple[ChatMessage | None, bool]:
    """(message, duplicate): stored now, or stored before under the same client id; (None, False) when
    the conversation is closed and holds nothing under that id."""
    try:
        async with in_transaction():
            message = await _append(conversation_id, sender, client_id, kind, body, advance=advance)
        if message is not None:
            return message, False
    except IntegrityError:
        pass  # the client id is stored already (a resend racing its original): this attempt rolled back whole
    stored = await _stored(conversation_id, sender, client_id)
    return stored, stored is not None


class _NotPlain(Exception):
    """The optimistic send met anything but the common case: its transaction rolls back whole."""


@transactional
async def _send(actor: Principal, conversation_id: int, client_id: str, kind: str,
                body: dict[str, Any]) -> tuple[ChatMessage, bool]:
    # The common case first, checked by the writing transaction itself: the sender is a writing
    # participant who acts for nobody, the conversation open, the client id new. Anything else
    # (a stranger, a relative under a family grant, read-only, closed, a resend) rolls the attempt
    # back whole, counter included, and goes the checked way, which answers as it always did.
    # Outside any transaction the attempt joins this process's next group commit (_Batches).
    sender = party_of(actor)
    if db.in_open_transaction():  # the caller's transaction: the message commits with it
        message = await _try_plain(conversation_id, sender, client_id, kind, body)
    else:
        message = await _Batches.of_loop().send(conversation_id, sender, client_id, kind, body)
    if message is not None:
        return message, False
    return await _send_checked(actor, conversation_id, client_id, kind, body)


@transactional
async def _try_plain(conversation_id: int, sender: tuple[str, int], client_id: str, kind: str,
                     body: dict[str, Any]) -> ChatMessage | None:
    """The common case alone (see _send), or None; inside an open transaction, as part of it."""
    try:
        async with in_transaction():
            return await _append(conversation_id, sender, client_id, kind, body, advance=_PLAIN)
    except (_NotPlain, IntegrityError):
        return None


# ------------------------------------------------------------------ group commit
#
# Why: a message costs about six statements (begin, counter, message, cursor, event, commit)
# and the relay, each a round trip whose CPU (driver, query, the socket write) dominates the
# send. Sends that arrive while the process is writing go together in its next transaction,
# the same six statements for all of them: under load a message costs a fraction of a round
# trip. Alone (low load) a send is written at once, as before; at most BATCHES_IN_FLIGHT
# batches write at a time. Every guarantee holds per message: the numbers are taken under
# the conversations' row locks (locked in id order: concurrent batches do not deadlock), gap
# free and committed in order; the senders are checked by the statement that moves their
# cursors; the events are written in the transaction and relayed after its commit. A batch
# meeting anything but the common case (a closed conversation, a sender who is no plain
# participant, a client id stored before) rolls back whole and its sends are written one
# by one, each answered as it would have been alone.

BATCH = 100  # sends per transaction
BATCHES_IN_FLIGHT = 2


class _Batches:
    """The group commit of one event loop (one per process)."""

    def __init__(self) -> None:
        self.queue: list[tuple[tuple, asyncio.Future]] = []
        self.in_flight = 0
        self.tasks: set[asyncio.Task] = set()

    @classmethod
    def of_loop(cls) -> _Batches:
        loop = asyncio.get_running_loop()
        batches = _batches.get(loop)
        if batches is None:
            batches = _batches[loop] = cls()
        return batches

    async def send(self, *send: Any) -> ChatMessage | None:
        done = asyncio.get_running_loop().create_future()
        self.queue.append((send, done))
        self._start()
        return await asyncio.shield(done)  # a caller gone meanwhile: its message is written all the same

    def _start(self) -> None:
        while self.queue and self.in_flight < BATCHES_IN_FLIGHT:
            taken, self.queue = self.queue[:BATCH], self.queue[BATCH:]
            self.in_flight += 1
            task = asyncio.create_task(self._write(taken), name="conversations-batch")
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def _write(self, taken: list[tuple[tuple, asyncio.Future]]) -> None:
        try:
            results: list[Any] = [None] * len(taken)
            try:
                if len(taken) > 1:
                    results = await _write_batch([send for send, _ in taken])
                else:
                    results = [await _try_plain(*taken[0][0])]
            except (_NotPlain, IntegrityError):  # rolled back whole: one by one
                for n, (send, _) in enumerate(taken):
                    try:
                        results[n] = await _try_plain(*send)
                    except Exception as exc:  # noqa: BLE001  (that send's own answer)
                        results[n] = exc
            except Exception as exc:  # noqa: BLE001  (a busy database, a lost connection: everyone's answer)
                results = [exc] * len(taken)
            for (_, done), result in zip(taken, results):
                if not done.done():
                    if isinstance(result, BaseException):
                        done.set_exception(result)
                    else:
                        done.set_result(result)
        finally:
            for _, done in taken:  # cancelled (the process stops): nobody waits for ever
                if not done.done():
                    done.set_exception(ServiceUnavailable())
            self.in_flight -= 1
            self._start()


_batches: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Batches] = weakref.WeakKeyDictionary()


@transactional
async def _write_batch(sends: list[tuple]) -> list[ChatMessage | None]:
    """Several plain sends in one transaction; a message each, or None for a send whose conversation
    is closed or missing; _NotPlain or IntegrityError (rolled back) when a sender is not plain or a
    client id is stored already."""
    async with in_transaction() as conn:
        sqlite = conn.capabilities.dialect == "sqlite"
        p = "?" if sqlite else "%s"
        cids = sorted({cid for cid, *_ in sends})
        # Locked in id order (the index's): two batches sharing conversations queue, never deadlock.
        rows = await conn.execute_query_dict(
            f"SELECT id, last_seq FROM conversation WHERE id IN ({', '.join(p for _ in cids)}) AND state = 'open'"
            + ("" if sqlite else " FOR UPDATE"), cids)
        last = {int(r["id"]): int(r["last_seq"]) for r in rows}
        answers: list[ChatMessage | None] = [None] * len(sends)  # None: closed or missing, the checked way says
        places = [n for n, (cid, *_) in enumerate(sends) if cid in last]
        sends = [sends[n] for n in places]
        if not sends:
            return answers
        seqs = []
        for cid, *_ in sends:
            last[cid] += 1
            seqs.append(last[cid])
        cursor: dict[tuple[int, str, int], int] = {}
        for (cid, sender, *_), seq in zip(sends, seqs):
            cursor[(cid, *sender)] = seq
        # Every sender checked and its cursors moved by one statement: present, writing, acting for nobody.
        when = " ".join(f"WHEN conversation_id = {p} AND party_kind = {p} AND party_id = {p} THEN {p}" for _ in cursor)
        whens = [v for key, seq in cursor.items() for v in (*key, seq)]
        which = " OR ".join(f"(conversation_id = {p} AND party_kind = {p} AND party_id = {p})" for _ in cursor)
        moved, _ = await conn.execute_query(
            f"UPDATE conversation_participant SET delivered_seq = CASE {when} END, read_seq = CASE {when} END "
            f"WHERE ({which}) AND left_at IS NULL AND can_write "
            "AND (for_patient_id IS NULL OR grant_scope IS NULL OR grant_scope = '')",
            [*whens, *whens, *(v for key in cursor for v in key)])
        if moved < len(cursor):
            raise _NotPlain()
        now = utcnow()
        at = _AT.to_db_value(now, None)
        await conn.execute_query(
            f"UPDATE conversation SET last_seq = CASE id {' '.join(f'WHEN {p} THEN {p}' for _ in last)} END, "
            f"last_at = {p} WHERE id IN ({', '.join(p for _ in last)})",
            [*(v for cid, seq in last.items() for v in (cid, seq)), at, *last])
        texts = [json.dumps(body, ensure_ascii=False) for *_, body in sends]
        ids = await db.insert_rows(conn, "conversation_message", _MESSAGE_COLUMNS, [
            [cid, seq, sender[0], sender[1], client_id, kind, crypto.encrypt(text), at]
            for (cid, sender, client_id, kind, _), seq, text in zip(sends, seqs, texts)])
        messages = [ChatMessage(id=message_id, conversation_id=cid, seq=seq, sender_kind=sender[0],
                                sender_id=sender[1], client_id=client_id, kind=kind, body=text, created_at=now)
                    for message_id, (cid, sender, client_id, kind, _), seq, text in zip(ids, sends, seqs, texts)]
        local = events.has_listeners()
        await events.emit_many([("conversations.message", {"conversation": m.conversation_id, "seq": m.seq,
                                                           "kind": m.kind}, topic_of(m.conversation_id),
                                 present(m) if local else None) for m in messages])
    for n, m in zip(places, messages):
        answers[n] = m
    return answers


_MESSAGE_COLUMNS = ["conversation_id", "seq", "sender_kind", "sender_id", "client_id", "kind", "body", "created_at"]


async def _send_checked(actor: Principal, conversation_id: int, client_id: str, kind: str,
                        body: dict[str, Any]) -> tuple[ChatMessage, bool]:
    me = await _participant(actor, conversation_id, action="conversations.send")
    if not me.can_write:
        raise ReadOnly()
    message, duplicate = await _store(conversation_id, (me.party_kind, me.party_id), client_id, kind, body,
                                      advance=me.id)
    if message is None:
        raise ConversationClosed()
    if duplicate and not _same(message, kind, body):
        raise ClientIdReused(details={"client_id": client_id, "seq": message.seq})
    return message, duplicate


async def send_text(*, actor: Principal, conversation_id: int, client_id: str, text: str) -> SentOut:
    """Send a text message; the answer is the stored message (`duplicate`: it was stored before)."""
    message, duplicate = await _send(actor, conversation_id, client_id, "text", {"text": text})
    return _sent(message, duplicate)


async def send_image(*, actor: Principal, conversation_id: int, client_id: str, data: bytes) -> SentOut:
    """An image: checked and re-encoded like every upload (media/uploads.py), stored, then sent."""
    return await _send_media(actor, conversation_id, client_id, "image", data, _accept_image)


async def send_voice(*, actor: Principal, conversation_id: int, client_id: str, data: bytes) -> SentOut:
    """A voice message: mp3 or AAC (m4a), decoded completely, at most a minute (media/voice.py)."""
    return await _send_media(actor, conversation_id, client_id, "voice", data, _accept_voice)


async def _send_media(actor: Principal, conversation_id: int, client_id: str, kind: str, data: bytes,
                      accept) -> SentOut:
    # A stranger is refused before the file is decoded; a resend of a stored file is not decoded again.
    await _participant(actor, conversation_id, action="conversations.send")
    stored = await _stored(conversation_id, party_of(actor), client_id)
    if stored is not None:
        if stored.kind != kind:
            raise ClientIdReused(details={"client_id": client_id, "seq": stored.seq})
        return _sent(stored, True)
    body = await asyncio.to_thread(accept, data)  # decoding and storing: off the event loop
    message, duplicate = await _send(actor, conversation_id, client_id, kind, body)
    return _sent(message, duplicate)


def _accept_image(data: bytes) -> dict[str, Any]:
    import io

    from PIL import Image

    from media import uploads

    key, clean = uploads.accept_image(data)
    with Image.open(io.BytesIO(clean)) as im:
        return {"key": key, "type": "image/jpeg", "ext": "jpg", "w": im.width, "h": im.height}


def _accept_voice(data: bytes) -> dict[str, Any]:
    from media import voice as voice_media
    from media.storage import get_storage

    voice = voice_media.sanitize_voice(data)
    return {"key": get_storage().put(voice.data), "type": voice.content_type,
            "ext": voice_media.EXTENSIONS[voice.content_type], "ms": voice.duration_ms}


# ------------------------------------------------------------------ reading

async def _history(conversation_id: int, after_seq: int, limit: int) -> list[ChatMessage]:
    conn, sql = _sql("SELECT " + _columns(ChatMessage) + " FROM conversation_message WHERE conversation_id = {p} "
                     "AND seq > {p} ORDER BY seq LIMIT {p}")
    rows = await conn.execute_query_dict(sql, [conversation_id, after_seq, int(limit)])
    return [ChatMessage._init_from_db(**row) for row in rows]


async def history(*, actor: Principal, conversation_id: int, after_seq: int = 0, limit: int = 50) -> HistoryOut:
    """The messages after `after_seq`, oldest first, at most `limit` (resume and polling)."""
    await _participant(actor, conversation_id, action="conversations.read")
    conv = await Conversation.get(id=conversation_id)
    rows = await _history(conversation_id, after_seq, limit)
    return HistoryOut(items=[message_out(m) for m in rows], last_seq=conv.last_seq, state=conv.state,
                      has_more=bool(rows) and rows[-1].seq < conv.last_seq)


async def detail(*, actor: Principal, conversation_id: int) -> ConversationOut:
    me = await _participant(actor, conversation_id, action="conversations.read")
    conv = await Conversation.get(id=conversation_id)
    parties = await Participant.filter(conversation_id=conversation_id, left_at__isnull=True).order_by("id")
    return ConversationOut(
        id=conv.id, kind=conv.kind, title=conv.title, state=conv.state, last_seq=conv.last_seq, last_at=conv.last_at,
        close_reason=conv.close_reason, me=_party(me.party_kind, me.party_id),
        can_write=me.can_write and conv.state == "open",
        participants=[ParticipantOut(party=_party(p.party_kind, p.party_id), role=p.role, name=p.name,
                                     delivered_seq=p.delivered_seq, read_seq=p.read_seq) for p in parties])


async def my_conversations(*, actor: Principal, page: int = 1, page_size: int = 20) -> Page[ConversationRow]:
    """The caller's conversations, most recent first, with their unread counts."""
    kind, pid = party_of(actor)
    qs = Participant.filter(party_kind=kind, party_id=pid, left_at__isnull=True)
    total = await qs.count()
    rows = await qs.select_related("conversation").order_by("-conversation__last_at", "-conversation_id") \
        .offset((page - 1) * page_size).limit(page_size)
    return Page[ConversationRow](total=total, page=page, page_size=page_size, items=[
        ConversationRow(id=p.conversation.id, kind=p.conversation.kind, title=p.conversation.title,
                        state=p.conversation.state, last_seq=p.conversation.last_seq, last_at=p.conversation.last_at,
                        unread=max(0, p.conversation.last_seq - p.read_seq)) for p in rows])


@transactional
async def mark(*, actor: Principal, conversation_id: int, delivered_seq: int | None = None,
               read_seq: int | None = None) -> CursorOut:
    """Move the caller's cursors forward (read implies delivered); never back, never past the end."""
    me = await _participant(actor, conversation_id, action="conversations.read")
    last = (await Conversation.filter(id=conversation_id).values_list("last_seq", flat=True))[0]
    read = min(read_seq, last) if read_seq is not None else None
    delivered = min(max(delivered_seq or 0, read or 0), last)
    async with in_transaction():
        if delivered > me.delivered_seq:
            await Participant.filter(id=me.id, delivered_seq__lt=delivered).update(delivered_seq=delivered)
        if read is not None and read > me.read_seq:
            moved = await Participant.filter(id=me.id, read_seq__lt=read).update(read_seq=read)
            if moved:
                await events.emit("conversations.read", {"conversation": conversation_id,
                                                         "party": _party(me.party_kind, me.party_id),
                                                         "read_seq": read}, topic=topic_of(conversation_id))
    now = await Participant.get(id=me.id)
    return CursorOut(delivered_seq=now.delivered_seq, read_seq=now.read_seq)


# ------------------------------------------------------------------ recall

@transactional
async def recall(*, actor: Principal, conversation_id: int, seq: int) -> SentOut:
    """Recall one's own message within RECALL_SECONDS: both sides see "消息已撤回"; the original stays
    stored (never shown). Recalling it again answers the same recall."""
    me = await _participant(actor, conversation_id, action="conversations.recall")
    target = await ChatMessage.filter(conversation_id=conversation_id, seq=seq).first()
    if target is None:
        raise MessageNotFound(details={"seq": seq})
    if (target.sender_kind, target.sender_id) != (me.party_kind, me.party_id) or target.kind not in (
            "text", "image", "voice"):
        raise RecallRefused()
    key = f"recall:{seq}"
    if target.recalled_at is not None:
        done = await _stored(conversation_id, (me.party_kind, me.party_id), key)
        return _sent(done or target, True)
    if utcnow() - target.created_at > dt.timedelta(seconds=RECALL_SECONDS):
        raise RecallExpired(details={"seconds": RECALL_SECONDS})
    async with in_transaction():
        marked = await ChatMessage.filter(id=target.id, recalled_at__isnull=True).update(recalled_at=utcnow())
        item = await _append(conversation_id, (me.party_kind, me.party_id), key, "recall", {"seq": seq},
                             advance=me.id) if marked else None
        if marked and item is None:
            raise ConversationClosed()
    if item is None:  # recalled meanwhile by a racing request
        done = await _stored(conversation_id, (me.party_kind, me.party_id), key)
        return _sent(done or target, True)
    return _sent(item, False)


# ------------------------------------------------------------------ for owning domains

@transactional
async def open_conversation(*, actor: Principal, kind: str, ref_type: str | None = None, ref_id: str | None = None,
                            title: str = "", parties: list[PartyIn | dict]) -> Conversation:
    """Open (or return the already opened) conversation of a record, with its participants."""
    parties = [p if isinstance(p, PartyIn) else validate(PartyIn, p) for p in parties]
    existing = await Conversation.filter(kind=kind, ref_type=ref_type, ref_id=ref_id).first() if ref_id else None
    if existing is not None:
        return existing
    try:
        async with in_transaction():
            conv = await Conversation.create(kind=kind[:16], ref_type=ref_type, ref_id=ref_id, title=title[:64])
            for p in parties:
                await Participant.create(conversation_id=conv.id, party_kind=p.kind, party_id=p.id, role=p.role,
                                         name=p.name, for_patient_id=p.for_patient_id, grant_scope=p.grant_scope,
                                         can_write=p.can_write)
            await audit_service.record(actor=actor, action="conversations.open", target_type="Conversation",
                                       target_id=conv.id, after={"kind": kind, "ref_type": ref_type, "ref_id": ref_id,
                                                                 "parties": [f"{p.kind}:{p.id}" for p in parties]})
    except IntegrityError:
        if not ref_id:
            raise
        return await Conversation.get(kind=kind, ref_type=ref_type, ref_id=ref_id)  # opened by a racing call
    return conv


@transactional
async def add_participant(*, actor: Principal, conversation_id: int, party: PartyIn | dict) -> None:
    """Add a participant (or bring back one who left, with the new role and rights)."""
    p = party if isinstance(party, PartyIn) else validate(PartyIn, party)
    async with in_transaction():
        fields = {"role": p.role, "name": p.name, "for_patient_id": p.for_patient_id, "grant_scope": p.grant_scope,
                  "can_write": p.can_write, "left_at": None}
        if not await Participant.filter(conversation_id=conversation_id, party_kind=p.kind,
                                        party_id=p.id).update(**fields):
            await Participant.create(conversation_id=conversation_id, party_kind=p.kind, party_id=p.id, **fields)
        await audit_service.record(actor=actor, action="conversations.join", target_type="Conversation",
                                   target_id=conversation_id, after={"party": f"{p.kind}:{p.id}", "role": p.role})
        await events.emit("conversations.participants", {"conversation": conversation_id, "recheck": True},
                          topic=topic_of(conversation_id))


@transactional
async def remove_participant(*, actor: Principal, conversation_id: int, party_kind: str, party_id: int) -> None:
    """The participant leaves: its open sockets lose the subscription at once; its messages stay."""
    async with in_transaction():
        left = await Participant.filter(conversation_id=conversation_id, party_kind=party_kind, party_id=party_id,
                                        left_at__isnull=True).update(left_at=utcnow())
        if left:
            await audit_service.record(actor=actor, action="conversations.leave", target_type="Conversation",
                                       target_id=conversation_id, after={"party": f"{party_kind}:{party_id}"})
            await events.emit("conversations.participants", {"conversation": conversation_id, "recheck": True},
                              topic=topic_of(conversation_id))


@transactional
async def post_system(*, actor: Principal, conversation_id: int, event: str, text: str, key: str,
                      data: dict | None = None) -> MessageOut:
    """A system event in the conversation's sequence (accepted, refunded, prescription issued ...),
    once per `key` (a repeated state transition posts nothing new)."""
    body = validate_system(event, text, key, data)
    message, _ = await _store(conversation_id, SYSTEM, key, "system", body)
    if message is None:
        raise ConversationClosed()
    return message_out(message)


@transactional
async def close(*, actor: Principal, conversation_id: int, reason: str, text: str,
                data: dict | None = None) -> MessageOut:
    """End the conversation with a last system item (`reason` is its event: ended, cancelled ...);
    it becomes read-only, and subscriptions end once they delivered that item. Closing again changes nothing."""
    body = validate_system(reason, text, f"closed:{reason}", data)
    async with in_transaction():
        message = await _append(conversation_id, SYSTEM, f"closed:{reason}", "system", body)
        if message is None:
            stored = await ChatMessage.filter(conversation_id=conversation_id, sender_kind="system",
                                          client_id__startswith="closed:").order_by("-seq").first()
            if stored is None:
                raise ConversationNotFound(details={"id": conversation_id})
            return message_out(stored)
        await Conversation.filter(id=conversation_id).update(state="closed", closed_at=utcnow(),
                                                             close_reason=reason[:32])
        await audit_service.record(actor=actor, action="conversations.close", target_type="Conversation",
                                   target_id=conversation_id, after={"reason": reason, "seq": message.seq})
        await events.emit("conversations.closed", {"conversation": conversation_id, "recheck": True},
                          topic=topic_of(conversation_id))
    return message_out(message)


# ------------------------------------------------------------------ the realtime topic

def _cid(tid: str) -> int:
    """A topic id as a conversation id (ids are INT: 1..2**31-1), or not found."""
    if not (tid.isdigit() and len(tid) <= 10 and 1 <= int(tid) <= 2**31 - 1):
        raise ConversationNotFound()
    return int(tid)


async def _topic_access(actor: Principal, tid: str) -> topics.TopicAccess:
    await _participant(actor, _cid(tid), action="conversations.subscribe")
    conv = await Conversation.filter(id=_cid(tid)).only("id", "last_seq", "state").first()
    return topics.TopicAccess(seq=conv.last_seq, live=conv.state == "open")


async def _topic_items(tid: str, after_seq: int, limit: int) -> list[dict[str, Any]]:
    return [present(m) for m in await _history(_cid(tid), after_seq, limit)]


async def _topic_send(actor: Principal, tid: str, body: dict[str, Any]) -> dict[str, Any]:
    data = validate(TextIn, body)
    sent = await send_text(actor=actor, conversation_id=_cid(tid), client_id=data.client_id, text=data.text)
    return sent.model_dump(mode="json")


async def _topic_mark(actor: Principal, tid: str, body: dict[str, Any]) -> dict[str, Any]:
    data = validate(MarkIn, body)
    cursor = await mark(actor=actor, conversation_id=_cid(tid), delivered_seq=data.delivered_seq,
                        read_seq=data.read_seq)
    return cursor.model_dump(mode="json")


def register_topics() -> None:
    """Start-up wiring: `conversation:<id>` topics for the realtime gateway."""
    topics.register(topics.TopicKind(TOPIC, authorise=_topic_access, fetch=_topic_items,
                                     commands={"send": _topic_send, "mark": _topic_mark}))
