"""The realtime gateway: one WebSocket per client carrying every subscription.

Why: the H5 client, the doctor's workstation and the mini-program (at most five
sockets per mini-program: `wx.connectSocket`) each keep a single socket for all
live updates. The gateway authenticates it, lets it follow only the topics the
owning domain allows (core/topics.py), and fans out the domain events relayed to
Redis (`PUBLISH topic:<topic>`, the events contract) to the sockets of every
server process: one Redis subscription per process, multiplexed to its sockets.

Exact delivery. For sequenced topics (a conversation) an event only says "item
n exists"; the gateway delivers the items themselves, read through the topic's
`fetch`, from each socket's own cursor and strictly in order: item k is sent
only right after item k-1. So nothing is skipped or sent twice, and an event
lost on the way (Redis restarting, a process dying before it relayed) costs
latency, not a message: the next event, a Redis reconnection or the client's
resume fills the gap from the database. One read per process serves all its
sockets (the topic's recent items are cached while anybody here follows it).

Protocol (JSON text frames; every client frame may carry an "id", echoed in the answer):

  client → server
    {"op": "auth", "token": "<access token>"}        first frame, within REALTIME_AUTH_SECONDS (the API's
                                                     bearer token, or a console page's ticket);
                                                     again later with a fresh token of the same account
    {"op": "ping"}                                   → {"op": "pong", "t": <server ms>}
    {"op": "subscribe", "topic": "conversation:12", "after_seq": 40}
                                                     → {"op": "subscribed", "topic", "seq", "live"},
                                                       then the items after 40 ("after_seq" omitted: from now)
    {"op": "unsubscribe", "topic": "..."}            → {"op": "unsubscribed", "topic", "reason": "client"}
    {"op": "<command>", "topic": "...", ...}         a command of the topic's domain (conversations:
                                                     "send", "mark") → {"op": "ack", "data": {...}}
  server → client
    {"op": "ready", "account": "mp:7", "node", "expires_in": s, "heartbeat": s, "idle_timeout": s, "limits"}
    {"op": "msg", "topic", "seq", "data"}            an item of a sequenced topic (in order, no gap)
    {"op": "notice", "topic", "name", "data", "event"}  any other event on a followed topic
    {"op": "unsubscribed", "topic", "reason"}        "client", "revoked" (access ended), "closed" (finished)
    {"op": "error", "code", "message", "details"}    the one error model; the socket stays open

Close codes: 4001 authentication missing, late or refused; 4002 token expired (reconnect with a
fresh token); 4003 access revoked (account disabled, tokens revoked: log in again); 4008 idle (no
frame for REALTIME_IDLE_SECONDS); 4029 rate limit exceeded; 4100 slow consumer (reconnect and
resume from the last sequence received); 1009 frame too large; 1012 server restarting (reconnect).

Never a token in the URL (it would end up in access logs): an upgrade request carrying one is
refused with 400 before the handshake. Limits per socket: frame size, frames per second, topics,
and a bounded send queue; a consumer that cannot keep up is dropped (4100), never buffered without
bound. Revocation is pushed: an ended family grant (`family.grant_ended`) re-checks the grantee's
subscriptions, revoked tokens (`accounts.tokens_revoked`) close the subject's sockets, and an event with
`"recheck": true` in its payload re-checks every subscription of its topic (a participant removed,
a conversation closed). The database stays the authority: the sweeper re-checks token stamps too.
"""
from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import logging
import os
import secrets
import socket
import time
from typing import Any

from redis import asyncio as aioredis
from redis.exceptions import RedisError
from sanic import Blueprint, Request, Sanic
from sanic_ext import openapi

from core import cache, context, topics
from core.accounts import service as accounts_service
from core.accounts import tokens
from core.errors import AppError, ServiceUnavailable
from core.events import service as events
from core.principal import Principal
from core.settings import Settings, get_settings

log = logging.getLogger("huiyi.realtime")

bp = Blueprint("realtime", url_prefix="/realtime/v1")

# Revocations: domain events (core/events), the JSON event published on `ev:<name>`.
GRANT_ENDED = "ev:family.grant_ended"
TOKENS_REVOKED = "ev:accounts.tokens_revoked"
FIXED_CHANNELS = (GRANT_ENDED, TOKENS_REVOKED)

AUTH_MISSING, TOKEN_EXPIRED, REVOKED, IDLE, RATE, SLOW, RESTART = 4001, 4002, 4003, 4008, 4029, 4100, 1012
PAGE = 100  # items per fetch
CACHE_ITEMS = 128  # recent items kept per followed topic
MAX_TOPICS = 100  # subscriptions per socket
MAX_SOCKETS_PER_ACCOUNT = 16
# The kernel's send buffer per socket: fixed, so that the queue bound means something (Linux would
# grow it to 4 MB for a client that stopped reading) and idle sockets cost little kernel memory.
SNDBUF = 64 * 1024
URL_SECRETS = ("token", "access_token", "authorization", "auth", "jwt")


class TokenInUrl(AppError):
    status, code, message = 400, "realtime.token_in_url", "请勿在地址中携带令牌：连接后在第一条消息中发送"


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)


def _error(exc: AppError, rid: Any = None) -> str:
    frame = {"op": "error", "code": exc.code, "message": exc.message, "details": exc.details}
    if rid is not None:
        frame["id"] = rid
    return _dumps(frame)


def _refused(code: str, message: str, rid: Any = None, **details: Any) -> str:
    return _error(AppError(message, code=code, details=details), rid)


class Sub:
    __slots__ = ("conn", "topic", "kind", "tid", "cursor", "live", "ending", "state")

    def __init__(self, conn: "Conn", topic: str, kind: topics.TopicKind, tid: str, cursor: int):
        self.conn, self.topic, self.kind, self.tid, self.cursor = conn, topic, kind, tid, cursor
        self.live = False  # False while its backlog is being sent
        self.ending = False  # the topic finished: unsubscribe once everything is delivered
        self.state: TopicState | None = None


class TopicState:
    """A topic followed by sockets of this process: its subscribers and recent items."""
    __slots__ = ("topic", "kind", "tid", "subs", "latest", "cache", "pump")

    def __init__(self, topic: str, kind: topics.TopicKind, tid: str):
        self.topic, self.kind, self.tid = topic, kind, tid
        self.subs: set[Sub] = set()
        self.latest = 0
        self.cache: dict[int, str] = {}
        self.pump: asyncio.Task | None = None

    def add(self, items: list[dict]) -> None:
        for item in items:
            seq = int(item["seq"])
            self.cache[seq] = _dumps({"op": "msg", "topic": self.topic, "seq": seq, "data": item})
            self.latest = max(self.latest, seq)
        if len(self.cache) > CACHE_ITEMS:
            for seq in sorted(self.cache)[:len(self.cache) - CACHE_ITEMS]:
                del self.cache[seq]


class Conn:
    __slots__ = ("hub", "ws", "actor", "subject", "ep", "exp", "last_seen", "subs", "out", "out_bytes",
                 "writer", "drained", "closed", "closing", "tokens_left", "refill_at", "strikes", "ip")

    def __init__(self, hub: "Hub", ws, actor: Principal, claims: dict, ip: str):
        self.hub, self.ws, self.actor, self.ip = hub, ws, actor, ip
        self.subject, self.ep, self.exp = tokens.subject_of(claims), int(claims.get("ep", 0)), int(claims["exp"])
        self.last_seen = time.monotonic()
        self.subs: dict[str, Sub] = {}
        self.out: collections.deque[str] = collections.deque()
        self.out_bytes = 0
        self.writer: asyncio.Task | None = None
        self.drained: asyncio.Event | None = None
        self.closed = False
        self.closing: asyncio.Task | None = None
        self.tokens_left = float(hub.burst)
        self.refill_at = time.monotonic()
        self.strikes = 0

    # ---------------------------------------------------------------- sending

    def has_room(self, frame: str) -> bool:
        return len(self.out) < self.hub.queue_messages and self.out_bytes + len(frame) <= self.hub.queue_bytes

    def push(self, frame: str) -> bool:
        """Queue a frame; a full queue means the client cannot keep up: it is dropped (4100)."""
        if self.closed:
            return False
        if not self.has_room(frame):
            log.warning("realtime: dropped a slow consumer (%s, %d frames queued)", self.subject, len(self.out))
            self.close(SLOW, "slow consumer: reconnect and resume from your last seq")
            return False
        self.out.append(frame)
        self.out_bytes += len(frame)
        if self.writer is None:
            self.writer = asyncio.create_task(self._write())
        return True

    async def _write(self) -> None:
        try:
            while self.out:
                frame = self.out.popleft()
                self.out_bytes -= len(frame)
                await self.ws.send(frame)  # waits while the client's TCP window is full
        except Exception:  # the connection went away: the handler's recv ends too
            self.closed = True
        finally:
            self.writer = None
            if self.drained is not None:
                self.drained.set()

    async def wait_drained(self, timeout: float) -> bool:
        """Until everything queued is written (a backlog waits for room)."""
        while self.out and not self.closed:
            self.drained = self.drained or asyncio.Event()
            self.drained.clear()
            try:
                await asyncio.wait_for(self.drained.wait(), timeout)
            except asyncio.TimeoutError:
                return False
        return not self.closed

    def close(self, code: int, reason: str, *, flush: bool = False) -> None:
        """Close with `code`; `flush`: after what is queued (an error frame saying why), else at once."""
        if self.closed:
            return
        self.closed = True
        if flush and self.writer is not None:
            self.closing = self.hub.spawn(self._close_after_flush(code, reason))  # the handler waits for it
            return
        self.out.clear()
        self.out_bytes = 0
        with contextlib.suppress(Exception):
            self.ws.end_connection(code, reason[:120])  # writes the close frame without waiting for the peer

    async def _close_after_flush(self, code: int, reason: str) -> None:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(asyncio.shield(self.writer), 2.0)
        with contextlib.suppress(Exception):
            self.ws.end_connection(code, reason[:120])

    # ---------------------------------------------------------------- limits

    def allow(self) -> bool:
        """Token bucket: REALTIME_RATE frames a second on average, twice that in a burst."""
        now = time.monotonic()
        self.tokens_left = min(self.hub.burst, self.tokens_left + (now - self.refill_at) * self.hub.rate)
        self.refill_at = now
        if self.tokens_left >= 1:
            self.tokens_left -= 1
            self.strikes = 0
            return True
        self.strikes += 1
        return False


class Hub:
    """This process's sockets, its one Redis subscription and the fan-out between them."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.queue_messages = settings.realtime_queue_messages
        self.queue_bytes = settings.realtime_queue_bytes
        self.idle_seconds = settings.realtime_idle_seconds
        self.auth_seconds = settings.realtime_auth_seconds
        self.rate = float(settings.realtime_rate)
        self.burst = 2 * self.rate
        self.conns: set[Conn] = set()
        self.by_subject: dict[str, set[Conn]] = {}
        self.states: dict[str, TopicState] = {}
        self.pubsub = None
        self.client: aioredis.Redis | None = None
        self.tasks: list[asyncio.Task] = []
        self.started = False
        self.stopping = False
        self.seen_events: collections.OrderedDict[Any, None] = collections.OrderedDict()
        self.unlisten = None
        self.subscribed = asyncio.Event()  # the Redis subscription is live (for tests and catch-up)
        self.background: set[asyncio.Task] = set()
        # Which server process holds the socket (tests and bench kill it; operators read it in logs);
        # a process id outside production, a random name in it.
        self.node = str(os.getpid()) if not settings.is_production else secrets.token_hex(4)

    # ---------------------------------------------------------------- life cycle

    def start(self) -> None:
        """Started by the first socket of the process: no Redis connection where nobody connects."""
        if self.started:
            return
        self.started = True
        self.unlisten = events.on_relayed(self._local)
        self.tasks = [asyncio.create_task(self._listen(), name="realtime-listen"),
                      asyncio.create_task(self._sweep(), name="realtime-sweep")]

    async def stop(self) -> None:
        self.stopping = True
        if self.unlisten is not None:
            self.unlisten()
        for conn in list(self.conns):
            conn.close(RESTART, "server restarting: reconnect")
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(BaseException):
                await task
        if self.client is not None and self.client is not cache.redis():
            with contextlib.suppress(Exception):
                await self.client.aclose()

    def spawn(self, coro) -> asyncio.Task:
        task = asyncio.create_task(coro)
        self.background.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task) -> None:
        self.background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("realtime task failed: %s", type(task.exception()).__name__, exc_info=task.exception())

    # ---------------------------------------------------------------- one socket

    async def serve(self, request: Request, ws) -> None:
        conn: Conn | None = None
        try:
            raw = await ws.recv(timeout=self.auth_seconds)
            if raw is None:
                ws.end_connection(AUTH_MISSING, "authentication timeout: send auth first")
                return
            frame = self._parse(raw)
            if frame is None or frame.get("op") != "auth" or not isinstance(frame.get("token"), str):
                await ws.send(_refused("realtime.auth_required", "请先发送登录凭证", frame and frame.get("id")))
                ws.end_connection(AUTH_MISSING, "auth must be the first frame")
                return
            try:
                actor, claims = await self._authenticate(frame["token"])
            except AppError as exc:
                await ws.send(_error(exc, frame.get("id")))
                ws.end_connection(AUTH_MISSING, "authentication refused")
                return
            if len(self.by_subject.get(tokens.subject_of(claims), ())) >= MAX_SOCKETS_PER_ACCOUNT:
                await ws.send(_refused("realtime.too_many_sockets", "连接数过多，请关闭其他连接", frame.get("id")))
                ws.end_connection(RATE, "too many sockets for this account")
                return
            self.start()
            with contextlib.suppress(Exception):
                request.transport.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SNDBUF)
            conn = Conn(self, ws, actor, claims, request.remote_addr or request.ip or "")
            self.conns.add(conn)
            self.by_subject.setdefault(conn.subject, set()).add(conn)
            conn.push(self._ready(conn, frame.get("id")))
            while not conn.closed:
                raw = await ws.recv()
                if raw is None:
                    continue
                conn.last_seen = time.monotonic()
                if not conn.allow():
                    if conn.strikes > self.burst:
                        conn.close(RATE, "rate limit exceeded")
                        break
                    conn.push(_refused("realtime.rate_limited", "消息过于频繁，请稍后再发"))
                    continue
                await self._handle(conn, raw)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a closed connection ends recv/send with several exception types
            if conn is None or not conn.closed:
                log.debug("socket ended: %s", type(exc).__name__)
        finally:
            if conn is not None:
                self._forget(conn)
                if conn.closing is not None:  # Sanic closes with 1000 once this returns: ours first
                    with contextlib.suppress(Exception):
                        await conn.closing

    def _ready(self, conn: Conn, rid: Any) -> str:
        frame = {"op": "ready", "account": conn.subject, "node": self.node,
                 "expires_in": max(0, conn.exp - int(time.time())),
                 "heartbeat": self.settings.realtime_heartbeat_seconds, "idle_timeout": self.idle_seconds,
                 "limits": {"frame_bytes": self.settings.realtime_frame_bytes, "rate": self.rate,
                            "topics": MAX_TOPICS, "queue": self.queue_messages}}
        if rid is not None:
            frame["id"] = rid
        return _dumps(frame)

    @staticmethod
    def _parse(raw: Any) -> dict | None:
        if not isinstance(raw, str):
            return None
        try:
            frame = json.loads(raw)
        except ValueError:
            return None
        return frame if isinstance(frame, dict) else None

    async def _authenticate(self, token: str) -> tuple[Principal, dict]:
        # decode: the claims the socket lives by (expiry, revocation stamp); authenticate_access:
        # the same checks as every HTTP request (revocation, password-change tokens).
        claims = tokens.decode(token.strip(), typ="access")
        # allow_admin: a console page's ticket (POST /api/admin/v1/realtime/ticket) is good here only.
        actor = await accounts_service.authenticate_access(token=token.strip(), allow_admin=True)
        return actor, claims

    def _forget(self, conn: Conn) -> None:
        conn.closed = True
        self.conns.discard(conn)
        peers = self.by_subject.get(conn.subject)
        if peers is not None:
            peers.discard(conn)
            if not peers:
                del self.by_subject[conn.subject]
        for sub in list(conn.subs.values()):
            self._drop_sub(sub)

    # ---------------------------------------------------------------- client frames

    async def _handle(self, conn: Conn, raw: Any) -> None:
        frame = self._parse(raw)
        if frame is None:
            conn.push(_refused("realtime.malformed", "消息应为JSON对象"))
            return
        op, rid = frame.get("op"), frame.get("id")
        if rid is not None and not (isinstance(rid, (int, str)) and len(str(rid)) <= 64):
            rid = None
        context.request_id_var.set(context.new_request_id())
        context.client_ip_var.set(conn.ip)
        try:
            if op == "ping":
                conn.push(_dumps({"op": "pong", "t": int(time.time() * 1000), **({"id": rid} if rid else {})}))
            elif op == "auth":
                if await self._reauth(conn, frame, rid):
                    conn.push(self._ready(conn, rid))
            elif op == "subscribe":
                await self._subscribe(conn, frame, rid)
            elif op == "unsubscribe":
                sub = conn.subs.get(str(frame.get("topic")))
                if sub is not None:
                    self._drop_sub(sub)
                conn.push(_dumps({"op": "unsubscribed", "topic": frame.get("topic"), "reason": "client",
                                  **({"id": rid} if rid else {})}))
            elif isinstance(op, str) and isinstance(frame.get("topic"), str):
                await self._command(conn, op, frame, rid)
            else:
                conn.push(_refused("realtime.unknown_op", "不支持的操作", rid, op=str(op)[:32]))
        except AppError as exc:
            conn.push(_error(exc, rid))
        except (RedisError, OSError) as exc:
            log.warning("realtime %s failed: %s", op, type(exc).__name__)
            conn.push(_error(ServiceUnavailable(), rid))
        except Exception as exc:
            from core import db

            if db.conflict_of(exc):
                conn.push(_error(db.busy(db.conflict_of(exc)), rid))
            else:
                log.error("realtime %s failed", op, exc_info=exc)
                conn.push(_refused("internal.error", "服务器内部错误，请稍后重试", rid))

    async def _reauth(self, conn: Conn, frame: dict, rid: Any) -> bool:
        """A fresh token for the same account extends the socket; another account's closes it."""
        token = frame.get("token")
        if not isinstance(token, str):
            raise AppError("请提供登录凭证", code="realtime.auth_required")
        actor, claims = await self._authenticate(token)
        if tokens.subject_of(claims) != conn.subject:
            conn.push(_refused("realtime.account_mismatch", "令牌属于其他账号", rid))
            conn.close(AUTH_MISSING, "a token of another account", flush=True)
            return False
        conn.actor, conn.ep, conn.exp = actor, int(claims.get("ep", 0)), int(claims["exp"])
        return True

    async def _command(self, conn: Conn, op: str, frame: dict, rid: Any) -> None:
        parsed = topics.parse(frame["topic"])
        fn = parsed[0].commands.get(op) if parsed else None
        if fn is None:
            conn.push(_refused("realtime.unknown_op", "不支持的操作", rid, op=op[:32]))
            return
        body = {k: v for k, v in frame.items() if k not in ("op", "id", "topic")}
        data = await fn(conn.actor, parsed[1], body)
        conn.push(_dumps({"op": "ack", **({"id": rid} if rid is not None else {}), "topic": frame["topic"],
                          "data": data}))

    # ---------------------------------------------------------------- subscriptions

    async def _subscribe(self, conn: Conn, frame: dict, rid: Any) -> None:
        topic = frame.get("topic")
        parsed = topics.parse(topic) if isinstance(topic, str) else None
        if parsed is None:
            conn.push(_refused("realtime.unknown_topic", "无法订阅该主题", rid))
            return
        after = frame.get("after_seq")
        if after is not None and (isinstance(after, bool) or not isinstance(after, int) or not 0 <= after < 2**53):
            conn.push(_refused("request.validation_failed", "after_seq 应为非负整数", rid))
            return
        if topic not in conn.subs and len(conn.subs) >= MAX_TOPICS:
            conn.push(_refused("realtime.too_many_topics", "订阅的主题过多", rid, max=MAX_TOPICS))
            return
        kind, tid = parsed
        access = await kind.authorise(conn.actor, tid)  # AppError when not allowed
        if conn.closed:
            return
        old = conn.subs.get(topic)
        if old is not None:
            self._drop_sub(old)
        cursor = access.seq if after is None else int(after)
        sub = Sub(conn, topic, kind, tid, cursor)
        conn.subs[topic] = sub
        state = self.states.get(topic)
        if state is None:
            state = self.states[topic] = TopicState(topic, kind, tid)
            await self._redis_subscribe(topic)
        state.subs.add(sub)
        sub.state = state
        state.latest = max(state.latest, access.seq)
        answer = {"op": "subscribed", "topic": topic, "seq": access.seq, "live": access.live}
        conn.push(_dumps({**answer, **({"id": rid} if rid is not None else {})}))
        sub.ending = not access.live
        if kind.fetch is None:
            sub.live = True
            if sub.ending:
                self._unsubscribe(sub, "closed")
            return
        self.spawn(self._backlog(sub))

    async def _backlog(self, sub: Sub) -> None:
        """Send what the client missed as fast as it takes it (waiting for room in its queue, which
        several backlogs share), then follow live. A client that takes nothing for a while is dropped."""
        state, conn = sub.state, sub.conn
        patience = max(10.0, self.idle_seconds / 2)
        while not conn.closed and sub.state is state:
            items = await sub.kind.fetch(sub.tid, sub.cursor, PAGE)
            if sub.state is not state:
                return
            state.add(items)
            for item in items:
                seq = int(item["seq"])
                if seq != sub.cursor + 1:
                    continue
                frame = state.cache.get(seq) or _dumps({"op": "msg", "topic": sub.topic, "seq": seq, "data": item})
                while not conn.has_room(frame) and conn.out:
                    if not await conn.wait_drained(timeout=patience):
                        conn.close(SLOW, "slow consumer: reconnect and resume from your last seq")
                        return
                if conn.closed or sub.state is not state or not conn.push(frame):
                    return
                sub.cursor = seq
            if len(items) < PAGE:
                break
        sub.live = True
        self._kick(state)

    def _drop_sub(self, sub: Sub) -> None:
        sub.conn.subs.pop(sub.topic, None)
        state = sub.state
        sub.state = None
        if state is None:
            return
        state.subs.discard(sub)
        if not state.subs:
            self.states.pop(state.topic, None)
            if state.pump is not None:
                state.pump.cancel()
            self.spawn(self._redis_unsubscribe(state.topic))

    def _unsubscribe(self, sub: Sub, reason: str, code: str | None = None) -> None:
        if sub.conn.subs.get(sub.topic) is not sub:
            return
        self._drop_sub(sub)
        sub.conn.push(_dumps({"op": "unsubscribed", "topic": sub.topic, "reason": reason,
                              **({"code": code} if code else {})}))

    # ---------------------------------------------------------------- fan-out

    def _kick(self, state: TopicState) -> None:
        if state.pump is None and self.states.get(state.topic) is state:
            state.pump = asyncio.create_task(self._pump(state))

    async def _pump(self, state: TopicState) -> None:
        """Bring every live subscriber of the topic up to its latest item, one read for all of them."""
        try:
            while self.states.get(state.topic) is state:
                behind = []
                for sub in list(state.subs):
                    if not sub.live or sub.conn.closed:
                        continue
                    while sub.cursor < state.latest:
                        frame = state.cache.get(sub.cursor + 1)
                        if frame is None:
                            behind.append(sub)
                            break
                        if not sub.conn.push(frame):
                            break
                        sub.cursor += 1
                    else:
                        if sub.ending:
                            self._unsubscribe(sub, "closed")
                if not behind:
                    return
                lo = min(sub.cursor for sub in behind)
                items = await state.kind.fetch(state.tid, lo, PAGE)
                if not items or int(items[0]["seq"]) != lo + 1:
                    return  # nothing there yet (an event ahead of its commit's visibility): the next one comes
                state.add(items)
        except Exception as exc:  # the database failing: the next event or the client's resume tries again
            log.warning("realtime fan-out of %s failed: %s", state.topic, type(exc).__name__)
        finally:
            state.pump = None

    def _local(self, event: events.Event) -> None:
        """An event this process relayed, before it goes to Redis (core.events.on_relayed): handled
        as its copy from Redis will be (which then changes nothing), with the item itself when the
        emitter attached it (a chat message just stored), so that nobody reads it back."""
        state = self.states.get(event.topic) if event.topic else None
        if state is None:
            return
        item = event.local
        if state.kind.fetch is not None and isinstance(item, dict) and item.get("seq") == event.payload.get("seq"):
            state.add([item])
        self._on_event(state, {"id": event.id, "name": event.name, "payload": event.payload,
                               "at": event.at.isoformat()})

    def _event(self, topic: str, raw: str) -> None:
        state = self.states.get(topic)
        if state is None:
            return
        try:
            event = json.loads(raw)
            event.get("payload")
        except (ValueError, AttributeError):
            log.warning("realtime: malformed event on topic:%s", topic)
            return
        self._on_event(state, event)

    def _on_event(self, state: TopicState, event: dict) -> None:
        """An event on a followed topic, from Redis or from this process's relay (_local)."""
        topic = state.topic
        payload = event.get("payload") or {}
        seq = payload.get("seq") if isinstance(payload, dict) else None
        if state.kind.fetch is not None and isinstance(seq, int) and not isinstance(seq, bool):
            state.latest = max(state.latest, seq)
            self._kick(state)
        else:
            eid = event.get("id")
            if eid is not None:
                # The same outbox row relayed twice (at-least-once) has the same id and time; an id
                # alone can come back for another event after a database restore (or a test's
                # TRUNCATE) restarts the outbox's numbering while this process keeps running.
                key = (eid, event.get("at"))
                if key in self.seen_events:
                    return
                self.seen_events[key] = None
                if len(self.seen_events) > 4096:
                    self.seen_events.popitem(last=False)
            frame = _dumps({"op": "notice", "topic": topic, "name": event.get("name"), "data": payload,
                            "event": eid})
            for sub in list(state.subs):
                if sub.live:
                    sub.conn.push(frame)
        if isinstance(payload, dict) and payload.get("recheck"):
            self.spawn(self._recheck([sub for sub in state.subs]))

    async def _recheck(self, subs: list[Sub]) -> None:
        """Ask the owning domain again; a subscription no longer allowed ends now."""
        for sub in subs:
            if sub.state is None or sub.conn.closed:
                continue
            try:
                access = await sub.kind.authorise(sub.conn.actor, sub.tid)
            except AppError as exc:
                self._unsubscribe(sub, "revoked", exc.code)
                continue
            except Exception as exc:
                log.warning("realtime recheck of %s failed: %s", sub.topic, type(exc).__name__)
                continue
            if not access.live and sub.state is not None:
                sub.ending = True
                sub.state.latest = max(sub.state.latest, access.seq)
                self._kick(sub.state)

    # ---------------------------------------------------------------- Redis

    def _channel_client(self) -> aioredis.Redis:
        if self.settings.redis_is_memory:
            return cache.redis()  # the embedded Redis lives in this process
        # Its own connection, without the command timeout: a subscription waits for as long as it must.
        return aioredis.from_url(self.settings.redis_url, decode_responses=True, socket_connect_timeout=2,
                                 socket_keepalive=True, health_check_interval=15)

    async def _redis_subscribe(self, topic: str) -> None:
        if self.pubsub is not None:
            try:
                await self.pubsub.subscribe("topic:" + topic)
            except (RedisError, OSError):
                pass  # the listener resubscribes everything when it reconnects

    async def _redis_unsubscribe(self, topic: str) -> None:
        if self.pubsub is not None and topic not in self.states:
            with contextlib.suppress(RedisError, OSError):
                await self.pubsub.unsubscribe("topic:" + topic)

    async def _listen(self) -> None:
        backoff = 0.2
        first = True
        while not self.stopping:
            pubsub = None
            try:
                self.client = self.client or self._channel_client()
                pubsub = self.client.pubsub(ignore_subscribe_messages=True)
                await pubsub.subscribe(*FIXED_CHANNELS, *("topic:" + t for t in self.states))
                self.pubsub = pubsub
                self.subscribed.set()
                if not first:
                    log.warning("realtime: Redis is back; catching up %d topics", len(self.states))
                    await self._catch_up()
                first, backoff = False, 0.2
                while not self.stopping:
                    message = await pubsub.get_message(timeout=5.0)
                    if message is not None and message.get("type") == "message":
                        self._dispatch(message["channel"], message["data"])
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # Redis restarting or gone: sockets stay, catch-up follows
                self.pubsub = None
                self.subscribed.clear()
                log.warning("realtime: Redis subscription lost (%s); retrying in %.1f s", type(exc).__name__,
                            backoff)
                if self.client is not None and self.client is not cache.redis():
                    with contextlib.suppress(Exception):
                        await self.client.aclose()
                    self.client = None
                first = False
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)
            finally:
                if pubsub is not None and self.pubsub is not pubsub:
                    with contextlib.suppress(Exception):
                        await pubsub.aclose()

    async def _catch_up(self) -> None:
        """After a lost subscription: events may have been missed; fetch from every cursor."""
        for state in list(self.states.values()):
            if state.kind.fetch is not None and state.subs:
                try:
                    probe = await state.kind.fetch(state.tid, min(s.cursor for s in state.subs), PAGE)
                except Exception as exc:
                    log.warning("realtime catch-up of %s failed: %s", state.topic, type(exc).__name__)
                    continue
                state.add(probe)
                self._kick(state)

    def _dispatch(self, channel: str, data: str) -> None:
        if channel.startswith("topic:"):
            self._event(channel[6:], data)
            return
        try:
            body = json.loads(data)
            payload = body["payload"]
            if channel == GRANT_ENDED:
                subject, stamp = f"mp:{int(payload['grantee'])}", None
            else:
                subject, stamp = str(payload["subject"]), int(payload["stamp"])
        except (ValueError, KeyError, TypeError):
            log.warning("realtime: malformed message on %s", channel)
            return
        if stamp is None:  # a grant ended: the grantee's subscriptions are checked again
            subs = [s for c in self.by_subject.get(subject, ()) for s in c.subs.values()]
            if subs:
                self.spawn(self._recheck(subs))
            return
        for conn in list(self.by_subject.get(subject, ())):
            if conn.ep < stamp:
                conn.close(REVOKED, "access revoked")

    # ---------------------------------------------------------------- sweeper

    async def _sweep(self) -> None:
        """Idle sockets, expired tokens, and the token stamps themselves (a revocation whose
        message was lost still closes its sockets within REALTIME_STAMP_SECONDS)."""
        last_stamps = time.monotonic()
        while not self.stopping:
            await asyncio.sleep(min(5.0, self.idle_seconds / 4))
            now, wall = time.monotonic(), time.time()
            for conn in list(self.conns):
                if now - conn.last_seen > self.idle_seconds:
                    conn.close(IDLE, "idle: send a ping at least every heartbeat")
                elif wall > conn.exp:
                    conn.close(TOKEN_EXPIRED, "token expired: reconnect with a fresh token")
            if now - last_stamps >= self.settings.realtime_stamp_seconds and self.by_subject:
                last_stamps = now
                with contextlib.suppress(Exception):
                    await self._check_stamps()

    async def _check_stamps(self) -> None:
        subjects = list(self.by_subject)
        for i in range(0, len(subjects), 500):
            chunk = subjects[i:i + 500]
            stamps = await tokens.stamps_of(chunk)
            for subject, stamp in zip(chunk, stamps):
                for conn in list(self.by_subject.get(subject, ())):
                    if conn.ep < stamp:
                        conn.close(REVOKED, "access revoked")


# ==================================================================== the route

def hub_of(app: Sanic) -> Hub:
    hub = getattr(app.ctx, "realtime", None)
    if hub is None:
        hub = app.ctx.realtime = Hub(get_settings())
    return hub


@bp.on_request
async def _no_token_in_url(request: Request):
    if any(name.lower() in URL_SECRETS for name in request.args):
        raise TokenInUrl()


@bp.websocket("/ws")
@openapi.exclude()
async def websocket(request: Request, ws):
    await hub_of(request.app).serve(request, ws)


def install(app: Sanic) -> None:
    s = app.ctx.settings
    app.config.WEBSOCKET_MAX_SIZE = s.realtime_frame_bytes
    app.config.WEBSOCKET_PING_INTERVAL = s.realtime_ping_seconds or None
    app.config.WEBSOCKET_PING_TIMEOUT = 20
    app.blueprint(bp)

    @app.before_server_stop
    async def _close_sockets(app_: Sanic):
        hub = getattr(app_.ctx, "realtime", None)
        if hub is not None:
            await hub.stop()
