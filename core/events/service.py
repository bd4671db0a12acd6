"""Domain events: one mechanism for "once this change has committed, tell the others".

Why: a change and the news of it must not part ways. Before this module each
domain had its own after-commit step (grant revocations published on a Redis
channel, message pushes queued as jobs), run by the request that made the
change: a process that died, or a Redis that was away, between the commit and
that step lost the news for good. Here the news is a row written in the same
transaction as the change (the outbox), so it exists exactly when the change
does, and it is relayed to Redis until it got there.

- `await events.emit("<domain>.<event>", payload, topic=None)` inside the caller's
  open transaction writes an `event_outbox` row in it. The payload is small JSON
  (ids and states, never clear-text ID or phone numbers: it travels through Redis).
- Relay at once: the outermost `@db.transactional` call relays the events it
  emitted after it returned, its transactions committed (`core.db.AfterCommit`).
  An attempt lost to a lock conflict runs again from its start, and its events
  went with its rolled-back rows; the relay publishes only rows that exist and
  are not relayed yet. An emit outside any transaction is committed and relayed at once.
  The relays of a process's concurrent calls are batched (one task per process):
  one SELECT, one Redis pipeline and one UPDATE for every event committed while
  the previous batch was on its way, so under load the relay costs a fraction of
  a round trip per event; each caller still waits until its own events went out.
- In-process listeners (`on_relayed`, the realtime gateway) are told of each event
  this process relayed at once, with what its emitter attached for them
  (`emit(..., local=...)`, e.g. the stored chat message): never sent to Redis,
  so the gateway of the sending process need not read back what was just written.
- Relay loop: rows left behind (the process died between commit and relay, Redis
  was away) are published by `relay_pending`, run every RELAY_EVERY seconds in
  every server process and in the worker, one process at a time (a Redis lock),
  for rows older than RELAY_GRACE (younger ones are their own process's to relay).
- On Redis an event is the JSON `{"id", "name", "topic", "payload", "at"}`:
  `PUBLISH ev:<name>` and, with a topic, `PUBLISH topic:<topic>` (live fan-out, for
  instance to the realtime gateway's sockets), and `XADD events` with the fields
  `name` and `event` (the JSON), capped at about STREAM_MAXLEN entries.
  Delivery is at-least-once: `id` is the outbox row's, and consumers are idempotent.
- Consumers that must not miss anything: `@events.consumer(group=..., names={...})`
  on `async def handler(event: Event)`. Each group is a Redis consumer group on the
  stream (events are shared among the group's members, one process each); a
  handler that raises leaves its event pending, and a member takes pending events
  idle for `retry_after` seconds back (XPENDING + XCLAIM: also what a dead process
  held) until `tries` deliveries, then writes it to the stream `events:dead` with
  the error's type and acknowledges it. Consumers run in the worker, and in the
  server when Redis is the embedded `memory://` (no worker there).
- Retention: relayed rows are deleted after RETENTION (`sweep_outbox`, periodic).
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import json
import logging
import os
import re
import secrets
import socket
import traceback
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable, Iterable

from redis.exceptions import ResponseError

from core import cache, db
from core.events.models import EventOutbox

log = logging.getLogger("huiyi.events")

NAME = re.compile(r"^[a-z_]+\.[a-z_]+$")  # <domain>.<event>
TOPIC = re.compile(r"^[a-z_]+:[A-Za-z0-9_.:-]{1,100}$")  # conversation:123, account:45
GROUP = re.compile(r"^[a-z_][a-z0-9_.-]{0,63}$")
MAX_PAYLOAD = 4096  # bytes of JSON: ids and states, not documents

STREAM = "events"
DEAD = "events:dead"
STREAM_MAXLEN = 100_000  # approximate (MAXLEN ~): about a day of a busy service
DEAD_MAXLEN = 10_000

RELAY_EVERY = 2.0  # seconds between two passes of the relay loop
RELAY_GRACE = dt.timedelta(seconds=5)  # younger rows are left to the process that wrote them
RELAY_BATCH = 500
RELAY_LOCK = "events:relay-lock"
RELAY_LOCK_MS = 30_000
RETENTION = dt.timedelta(days=7)  # relayed rows kept this long (for looking into an incident)

TRIES = 5  # deliveries of one event to a group before it is dead-lettered
RETRY_AFTER = 30.0  # seconds a failed (or abandoned) event waits before it is tried again
BLOCK_MS = 1000  # a consumer's blocking read on real Redis
RELAY_BATCH_SECONDS = 10.0  # the longest a committing caller waits for its events' relay
POLL = 1.0  # seconds between reads on the embedded Redis, which cannot block (relays wake it sooner)
DEPARTED_AFTER = 3600.0  # a group member idle this long with nothing pending is forgotten


# ================================================================== the event

@dataclass(frozen=True)
class Event:
    id: int  # the outbox row: the same for every delivery of this event
    name: str
    topic: str | None
    payload: dict[str, Any]
    at: dt.datetime  # when it was emitted
    # For in-process listeners only (`on_relayed`), never serialised: what the emitter attached.
    local: Any = field(default=None, compare=False, repr=False)

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "name": self.name, "topic": self.topic, "payload": self.payload,
                           "at": self.at.isoformat()}, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: str) -> Event:
        d = json.loads(data)
        return cls(id=int(d["id"]), name=d["name"], topic=d.get("topic"), payload=d.get("payload") or {},
                   at=dt.datetime.fromisoformat(d["at"]))

    @classmethod
    def of(cls, row: EventOutbox) -> Event:
        return cls(id=row.id, name=row.name, topic=row.topic, payload=row.payload, at=row.created_at)


# ================================================================== emitting and relaying

async def emit(name: str, payload: dict[str, Any], *, topic: str | None = None, local: Any = None) -> Event:
    """Write the event in the caller's open transaction; it is relayed once that commits.
    `local`: handed to this process's `on_relayed` listeners with the event, never to Redis."""
    return (await emit_many([(name, payload, topic, local)]))[0]


async def emit_many(items: list[tuple[str, dict[str, Any], str | None, Any]]) -> list[Event]:
    """`emit` for several events (name, payload, topic, local) in one statement (a batch of chat messages)."""
    texts = [_checked(name, payload, topic) for name, payload, topic, _ in items]
    # Written out: every chat message emits one (the query builder would cost more than the statement).
    at = db.utcnow()
    stamp = _CREATED.to_db_value(at, None)
    ids = await db.insert_rows(EventOutbox._meta.db, "event_outbox", ["name", "topic", "payload", "created_at"],
                               [[name, topic, text, stamp] for (name, _, topic, _), text in zip(items, texts)])
    made = [Event(id=event_id, name=name, topic=topic, payload=payload, at=at, local=local)
            for event_id, (name, payload, topic, local) in zip(ids, items)]
    scope = db.after_commit_scope()
    if scope is not None:
        batch = scope.slots.get("events")
        if batch is None:
            batch = scope.slots["events"] = []
            scope.add(functools.partial(relay, batch))
        batch.extend(made)
    elif not db.in_open_transaction():
        await relay(made)  # no transaction: the rows are committed already
    # else: a transaction no @transactional call owns (a script, a test): the relay loop takes it
    return made


def _checked(name: str, payload: dict[str, Any], topic: str | None) -> str:
    """The payload's JSON, once name, topic and payload are as the contract says (else ValueError)."""
    if not NAME.match(name) or len(name) > 64:
        raise ValueError(f"event name {name!r} is not <domain>.<event>")
    if topic is not None and (not TOPIC.match(topic) or len(topic) > 128):
        raise ValueError(f"event topic {topic!r} is not <kind>:<id>")
    if not isinstance(payload, dict):
        raise ValueError(f"event {name}: the payload is a JSON object")
    try:
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"event {name}: the payload is not JSON ({exc})") from exc
    if len(text.encode()) > MAX_PAYLOAD:
        raise ValueError(f"event {name}: payload of {len(text.encode())} bytes (at most {MAX_PAYLOAD}: ids, not documents)")
    return text


_CREATED = EventOutbox._meta.fields_map["created_at"]


async def relay(events: list[Event]) -> int:
    """Publish these just-committed events (those whose rows exist and are not relayed yet:
    an event of a rolled-back savepoint has no row), in the process's next relay batch; returns
    how many of them went out. A failure leaves them to the relay loop."""
    if not events:
        return 0
    return await _Relayer.of_loop().relay(events)


class _Relayer:
    """The relay batches of one event loop: whatever calls commit while a batch is on its way
    goes out together in the next (one SELECT, one pipeline, one UPDATE)."""

    def __init__(self) -> None:
        self.queue: list[tuple[list[Event], asyncio.Future]] = []
        self.task: asyncio.Task | None = None

    @classmethod
    def of_loop(cls) -> _Relayer:
        loop = asyncio.get_running_loop()
        relayer = _relayers.get(loop)
        if relayer is None:
            relayer = _relayers[loop] = cls()
        return relayer

    async def relay(self, events: list[Event]) -> int:
        done = asyncio.get_running_loop().create_future()
        self.queue.append((events, done))
        if self.task is None:
            self.task = asyncio.create_task(self._run(), name="events-relay-batch")
        # A caller cancelled meanwhile leaves its events to the batch all the same.
        return await asyncio.shield(done)

    async def _run(self) -> None:
        try:
            while self.queue:
                taken, self.queue = self.queue, []
                try:
                    # Bounded: a request that committed never waits on a stuck database or Redis for
                    # its events (the relay loop publishes what is left; consumers are idempotent).
                    live = await asyncio.wait_for(_relay_batch([e for events, _ in taken for e in events]),
                                                  RELAY_BATCH_SECONDS)
                except Exception as exc:  # committed already: the answers stand, the loop relays them
                    log.warning("%d events not relayed at once (%s); the relay loop will",
                                sum(len(events) for events, _ in taken), type(exc).__name__)
                    live = set()
                for events, done in taken:
                    if not done.done():
                        done.set_result(sum(1 for e in events if e.id in live))
        finally:
            self.task = None
            for _, done in self.queue:  # cancelled (the process stops): nobody waits for ever
                if not done.done():
                    done.set_result(0)
            self.queue = []


_relayers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Relayer] = weakref.WeakKeyDictionary()


async def _relay_batch(events: list[Event]) -> set[int]:
    """Publish the events whose rows exist and are not relayed yet, mark them; their ids."""
    conn = EventOutbox._meta.db
    sqlite = conn.capabilities.dialect == "sqlite"
    ids = sorted({e.id for e in events})
    marks = ", ".join("?" if sqlite else "%s" for _ in ids)
    _, rows = await conn.execute_query(f"SELECT id FROM event_outbox WHERE id IN ({marks}) AND relayed_at IS NULL",
                                       ids)
    live = {int(r["id"] if isinstance(r, dict) else r[0]) for r in rows}
    todo = [e for e in events if e.id in live]
    if not todo:
        return live
    for listener in _listeners:  # committed: this process's own listeners first, without Redis
        for e in todo:
            try:
                listener(e)
            except Exception:  # a listener's failure is its own: the others are told all the same
                log.exception("on_relayed listener %s failed", getattr(listener, "__qualname__", listener))
    await _publish(todo)
    marks = ", ".join("?" if sqlite else "%s" for _ in live)
    await conn.execute_query(f"UPDATE event_outbox SET relayed_at = {'?' if sqlite else '%s'} WHERE id IN ({marks})",
                             [_RELAYED.to_db_value(db.utcnow(), None), *sorted(live)])
    return live


_RELAYED = EventOutbox._meta.fields_map["relayed_at"]
_listeners: tuple[Callable[[Event], None], ...] = ()  # replaced, never changed: iterating is safe


def has_listeners() -> bool:
    """Whether anything in this process listens (`on_relayed`): emitters skip preparing `local` otherwise."""
    return bool(_listeners)


def on_relayed(listener: Callable[[Event], None]) -> Callable[[], None]:
    """Tell `listener` (synchronous, quick) of each event this process relays at once after its
    commit, with `Event.local`, before it goes to Redis; returns the function that stops it. Events
    the relay loop publishes (left behind) and other processes' events arrive through Redis only
    (where this process's own arrive again: listeners are idempotent)."""
    global _listeners
    _listeners = (*_listeners, listener)

    def stop() -> None:
        global _listeners
        _listeners = tuple(x for x in _listeners if x is not listener)

    return stop


_wakers: set[asyncio.Event] = set()  # this process's consumers on the embedded Redis, woken by a relay


async def _publish(events: list[Event]) -> None:
    async with cache.redis().pipeline(transaction=False) as pipe:
        for e in events:
            data = e.to_json()
            pipe.publish(f"ev:{e.name}", data)
            if e.topic:
                pipe.publish(f"topic:{e.topic}", data)
            pipe.xadd(STREAM, {"name": e.name, "event": data}, maxlen=STREAM_MAXLEN, approximate=True)
        await pipe.execute()
    for wake in _wakers:
        wake.set()


async def relay_pending(*, grace: dt.timedelta = RELAY_GRACE) -> int:
    """Publish committed events nobody relayed (oldest first), if no other process is at it."""
    r = cache.redis()
    token = secrets.token_hex(8)
    if not await r.set(RELAY_LOCK, token, nx=True, px=RELAY_LOCK_MS):
        return 0
    total = 0
    try:
        while True:
            rows = await EventOutbox.filter(relayed_at__isnull=True, created_at__lte=db.utcnow() - grace) \
                .order_by("id").limit(RELAY_BATCH)
            if not rows:
                break
            events = [Event.of(row) for row in rows]
            await _publish(events)
            await EventOutbox.filter(id__in=[e.id for e in events]).update(relayed_at=db.utcnow())
            total += len(events)
            if len(rows) < RELAY_BATCH:
                break
            await r.pexpire(RELAY_LOCK, RELAY_LOCK_MS)
    finally:
        with contextlib.suppress(Exception):
            if await r.get(RELAY_LOCK) == token:
                await r.delete(RELAY_LOCK)
    if total:
        log.info("relay loop published %d events left behind", total)
    return total


async def run_relay_loop(*, every: float = RELAY_EVERY) -> None:
    """`relay_pending` forever (the process cancels the task when it stops)."""
    failing = False
    while True:
        try:
            await relay_pending()
            if failing:
                log.warning("event relay loop works again")
            failing = False
        except Exception as exc:  # Redis or the database away: try again, say so once
            if not failing:
                log.warning("event relay loop failed (%s); trying every %.0f s", type(exc).__name__, every)
            failing = True
        await asyncio.sleep(every)


async def sweep_outbox(*, older_than: dt.timedelta = RETENTION, batch: int = 1000) -> int:
    """Delete relayed rows older than `older_than` (unrelayed rows stay until relayed)."""
    cutoff = db.utcnow() - older_than
    total = 0
    while True:
        ids = list(await EventOutbox.filter(relayed_at__lt=cutoff).order_by("id").limit(batch)
                   .values_list("id", flat=True))
        if not ids:
            return total
        total += await EventOutbox.filter(id__in=ids).delete()
        if len(ids) < batch:
            return total


# ================================================================== consumers

Handler = Callable[[Event], Awaitable[Any]]


@dataclass(frozen=True)
class Consumer:
    group: str  # the Redis consumer group: each group sees every event once
    names: frozenset[str]  # the events it handles; the others are acknowledged unread
    handler: Handler
    tries: int = TRIES
    retry_after: float = RETRY_AFTER


CONSUMERS: dict[str, Consumer] = {}


def consumer(*, group: str, names: Iterable[str], tries: int = TRIES,
             retry_after: float = RETRY_AFTER) -> Callable[[Handler], Handler]:
    """Register `handler` as the consumer group `group` of the events `names`."""
    def register(handler: Handler) -> Handler:
        add_consumer(Consumer(group, frozenset(names), handler, tries, retry_after))
        return handler

    return register


def add_consumer(c: Consumer) -> None:
    if not GROUP.match(c.group):
        raise ValueError(f"consumer group {c.group!r}: lower-case letters, digits, _ . -")
    bad = [n for n in c.names if not NAME.match(n)]
    if bad or not c.names:
        raise ValueError(f"consumer group {c.group}: event names {bad or 'missing'}")
    if c.tries < 1 or c.retry_after <= 0:
        raise ValueError(f"consumer group {c.group}: tries >= 1 and retry_after > 0")
    known = CONSUMERS.get(c.group)
    if known is not None and _qualname(known.handler) != _qualname(c.handler):
        raise ValueError(f"consumer group {c.group} is taken by {_qualname(known.handler)}")
    CONSUMERS[c.group] = c


def _qualname(fn: Callable) -> str:
    return f"{fn.__module__}.{fn.__qualname__}"


def _describe(exc: BaseException) -> str:
    """An error in one line without values (no personal data): type, code, where raised."""
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    code = f" {exc.code}" if isinstance(getattr(exc, "code", None), str) else ""
    return f"{type(exc).__name__}{code}{where}"


def member_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class GroupReader:
    """This process's member of one consumer group."""

    def __init__(self, consumer: Consumer, *, name: str | None = None):
        self.consumer = consumer
        self.name = name or member_name()

    @property
    def group(self) -> str:
        return self.consumer.group

    async def ensure_group(self) -> None:
        """Create the group if it is missing (idempotent), from the stream's start: what the stream
        holds when a group is created is what it would otherwise miss. That is the events of a
        first start, or those relayed since Redis came back empty, before any member read; and for
        a group added to a running service, what the stream still retains (its handler, idempotent
        like every handler, catches up). Server processes ensure the groups at start too."""
        try:
            await cache.redis().xgroup_create(STREAM, self.group, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def read_new(self, *, count: int = 100, block_ms: int | None = None) -> int:
        """Handle events no member of the group has seen yet; returns how many were read."""
        try:
            got = await cache.redis().xreadgroup(self.group, self.name, {STREAM: ">"}, count=count, block=block_ms)
        except ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            await self.ensure_group()  # Redis lost it (a restart without persistence)
            return 0
        n = 0
        for _stream, entries in got or []:
            for entry_id, fields in entries:
                await self._handle(entry_id, fields, attempt=1)
                n += 1
        return n

    async def retry_idle(self, *, count: int = 100) -> int:
        """Take back events pending longer than retry_after (failed, or held by a member that
        died) and try them again, or dead-letter those delivered `tries` times already."""
        c, r = self.consumer, cache.redis()
        idle_ms = int(c.retry_after * 1000)
        try:
            pending = await r.xpending_range(STREAM, self.group, min="-", max="+", count=count, idle=idle_ms)
        except ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            await self.ensure_group()
            return 0
        n = 0
        for p in pending:
            entry_id, delivered = p["message_id"], int(p["times_delivered"])
            # min_idle_time again: of two members reaching for it, one gets it.
            claimed = await r.xclaim(STREAM, self.group, self.name, min_idle_time=idle_ms, message_ids=[entry_id])
            if not claimed:
                continue  # another member took it, or the stream's cap removed it (Redis 7 drops it from the list)
            _, fields = claimed[0]
            if not fields:  # trimmed from the stream before Redis 7
                await r.xack(STREAM, self.group, entry_id)
                continue
            n += 1
            if delivered >= c.tries:  # its member died on the last try: the error is unknown
                log.error("consumer %s gave up on event %s (%s) after %d deliveries: abandoned", self.group,
                          fields.get("name"), entry_id, delivered)
                await self._dead(entry_id, fields, tries=delivered, error="abandoned (member stopped)")
            else:
                await self._handle(entry_id, fields, attempt=delivered + 1)
        return n

    async def forget_departed(self, *, idle: float = DEPARTED_AFTER) -> int:
        """Remove members gone long since (old processes) that hold nothing."""
        r = cache.redis()
        gone = [m["name"] for m in await r.xinfo_consumers(STREAM, self.group)
                if m["name"] != self.name and int(m["pending"]) == 0 and int(m["idle"]) > idle * 1000]
        for name in gone:
            await r.xgroup_delconsumer(STREAM, self.group, name)
        return len(gone)

    async def _handle(self, entry_id: str, fields: dict[str, str], *, attempt: int) -> None:
        c, r = self.consumer, cache.redis()
        if fields.get("name") not in c.names:
            await r.xack(STREAM, self.group, entry_id)
            return
        try:
            event = Event.from_json(fields["event"])
            await asyncio.wait_for(c.handler(event), timeout=c.retry_after)
        except Exception as exc:
            error = _describe(exc)
            if attempt >= c.tries:
                log.error("consumer %s gave up on event %s (%s) after %d tries: %s", self.group, fields.get("name"),
                          entry_id, attempt, error)
                await self._dead(entry_id, fields, tries=attempt, error=error)
            else:
                log.warning("consumer %s: event %s (%s) failed on try %d of %d (%s); tried again in %.0f s",
                            self.group, fields.get("name"), entry_id, attempt, c.tries, error, c.retry_after)
            return
        await r.xack(STREAM, self.group, entry_id)

    async def _dead(self, entry_id: str, fields: dict[str, str], *, tries: int, error: str) -> None:
        async with cache.redis().pipeline(transaction=True) as pipe:
            pipe.xadd(DEAD, {"group": self.group, "entry": entry_id, "name": fields.get("name", ""),
                             "event": fields.get("event", ""), "tries": str(tries), "error": error[:200],
                             "at": db.utcnow().isoformat()}, maxlen=DEAD_MAXLEN, approximate=True)
            pipe.xack(STREAM, self.group, entry_id)
            await pipe.execute()


async def dead_letters(*, group: str | None = None, count: int = 100) -> list[dict[str, str]]:
    """The newest dead-lettered events (of one group, or all), newest first."""
    rows = await cache.redis().xrevrange(DEAD, count=count)
    return [dict(fields, id=entry_id) for entry_id, fields in rows if group is None or fields.get("group") == group]


async def run_group(reader: GroupReader, *, block: bool) -> None:
    """One member's loop: new events, then the retries that are due (cancelled when the process stops)."""
    c = reader.consumer
    loop = asyncio.get_running_loop()
    wake = asyncio.Event()
    _wakers.add(wake)
    next_retry, next_tidy, failing = 0.0, loop.time() + 60, False
    try:
        while True:
            wake.clear()
            try:
                if next_retry == 0.0:
                    await reader.ensure_group()
                got = await reader.read_new(block_ms=BLOCK_MS if block else None)
                now = loop.time()
                if now >= next_retry:
                    await reader.retry_idle()
                    next_retry = now + max(0.5, c.retry_after / 2)
                if now >= next_tidy:
                    await reader.forget_departed()
                    next_tidy = now + 600
                if failing:
                    log.warning("consumer %s reads again", c.group)
                failing = False
            except Exception as exc:  # Redis away: wait, say so once
                if not failing:
                    log.warning("consumer %s cannot read (%s); trying again", c.group, type(exc).__name__)
                failing = True
                await asyncio.sleep(1.0)
                continue
            if not got and not block:
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(wake.wait(), timeout=POLL)
    finally:
        _wakers.discard(wake)


async def ensure_groups() -> None:
    for c in CONSUMERS.values():
        await GroupReader(c).ensure_group()


def consumer_loops(*, block: bool) -> list[Awaitable[None]]:
    """One loop per registered group, for the process to run as tasks."""
    return [run_group(GroupReader(c), block=block) for c in CONSUMERS.values()]


async def run_consumers(*, block: bool) -> None:
    """Every registered group's loop, until cancelled (the worker; the server on the embedded Redis)."""
    loops = consumer_loops(block=block)
    if loops:
        await asyncio.gather(*loops)


async def sweep_event_outbox(ctx: dict) -> int:
    """The periodic job of the retention sweep."""
    return await sweep_outbox()
