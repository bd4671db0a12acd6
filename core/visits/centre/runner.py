"""The sub-centres: one task per institution's stream, in whichever centre process leases it.

Why leases: the streams are the partitions of the event centre. Any number of centre processes
(`python -m core.cli visit-centre`, on any machine; the server itself on the embedded Redis) share
them: a process takes an institution with `SET visits:lease:<id> <its name> NX PX` and renews the
lease while it serves it. A process that dies stops renewing; after VISITS_CENTRE_LEASE_SECONDS
another one takes the stream over and first claims (XAUTOCLAIM) what the dead one had read but not
acknowledged. A process that finds its lease in another's hands stops serving that stream.

One task per stream: XREADGROUP (group `centre`, VISITS_CENTRE_BATCH entries) -> apply -> XACK and
XDEL (the stream keeps only what is not applied yet). An apply that raises leaves its entries
pending; the task waits (backoff up to 30 s) and reads its own pending entries again, so a hospital
whose events keep failing waits alone while the other tasks go on. Redis going away is a state,
not an end: every loop retries with a backoff and finds its group again (NOGROUP after a restart).

`apply` is a parameter (tests and the bench give their own); by default
`core.visits.apply.apply_batch(*, institution_id, items, source)`.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import secrets
import socket
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from redis.exceptions import ResponseError, WatchError

from core import cache
from core.settings import get_settings
from core.visits.centre import intake

log = logging.getLogger("huiyi.visits.centre")

GROUP = "centre"
LEASE = "visits:lease:{}"
BLOCK_MS = 1000  # a blocking read on real Redis (below the client's socket timeout)
POLL = 0.5  # seconds between reads on the embedded Redis (intake wakes it sooner)
BACKOFF = (0.5, 30.0)
APPLY_TIMEOUT = 120.0
DISCOVER_EVERY = 1.0  # seconds between looks for institutions nobody serves

ApplyFn = Callable[..., Awaitable[Any]]


def lease_key(institution_id: int) -> str:
    return LEASE.format(int(institution_id))


def default_apply() -> ApplyFn:
    from core.visits import apply as visits_apply  # h1's module: imported when first needed

    return visits_apply.apply_batch


async def _compare_and(r, key: str, value: str, *, expire_ms: int | None = None) -> bool:
    """PEXPIRE (or DEL when expire_ms is None) `key` only while it still holds `value`."""
    async with r.pipeline(transaction=True) as pipe:
        try:
            await pipe.watch(key)
            if await pipe.get(key) != value:
                await pipe.unwatch()
                return False
            pipe.multi()
            if expire_ms is None:
                pipe.delete(key)
            else:
                pipe.pexpire(key, expire_ms)
            await pipe.execute()
            return True
        except WatchError:
            return False


@dataclass
class PartitionState:
    """What the health view and the tests read of a running sub-centre."""
    institution_id: int
    task: asyncio.Task | None = None
    applied: int = 0  # stream entries acknowledged
    batches: int = 0
    failures: int = 0
    last_error: str = ""
    retry_own: bool = True  # read this consumer's own pending entries before new ones
    count: int = 0  # entries per read: the batch, quartered after a failure (a smaller transaction
    # is less likely to meet a lock conflict again), doubled back after each success
    wake: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class Centre:
    """One centre process's share of the partitions."""
    apply: ApplyFn | None = None
    name: str = ""
    batch: int = 0
    lease_seconds: float = 0
    partitions: int = 0
    block: bool = True
    on_batch: Callable[[int, list[tuple[str, dict]]], Any] | None = None  # tests and the bench watch batches
    held: dict[int, PartitionState] = field(default_factory=dict)

    def __post_init__(self) -> None:
        s = get_settings()
        self.name = self.name or f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self.batch = self.batch or s.visits_centre_batch
        self.lease_seconds = self.lease_seconds or s.visits_centre_lease_seconds
        self.partitions = self.partitions or s.visits_centre_partitions
        self._renewed = time.monotonic()
        self._releases: list[asyncio.Future] = []

    @property
    def lease_ms(self) -> int:
        return int(self.lease_seconds * 1000)

    # ------------------------------------------------------------------ leases

    async def run(self) -> None:
        """Take, renew and serve leases until cancelled; then release them."""
        failing, wait = False, BACKOFF[0]
        try:
            while True:
                try:
                    await self.tick()
                    if failing:
                        log.warning("visit centre %s reaches Redis again", self.name)
                    failing, wait = False, BACKOFF[0]
                    pause = DISCOVER_EVERY
                except Exception as exc:
                    if not failing:
                        log.warning("visit centre %s cannot manage its leases (%s); trying again", self.name,
                                    type(exc).__name__)
                    failing = True
                    pause, wait = wait, min(wait * 2, BACKOFF[1])
                await asyncio.sleep(pause)
        finally:
            await self.stop()

    async def tick(self) -> None:
        """Renew the leases held (every third of their life), serve again a stream whose task ended,
        take free institutions up to VISITS_CENTRE_PARTITIONS."""
        r = cache.redis()
        now = time.monotonic()
        renew = now - self._renewed >= self.lease_seconds / 3
        for inst, part in list(self.held.items()):
            if renew:
                key = lease_key(inst)
                if not await _compare_and(r, key, self.name, expire_ms=self.lease_ms):
                    # Missing (Redis came back empty): take it again; another's: let it go.
                    if not await r.set(key, self.name, nx=True, px=self.lease_ms):
                        log.warning("visit centre %s lost institution %s to %s", self.name, inst, await r.get(key))
                        await self._drop(inst)
                        continue
            if part.task is None or part.task.done():  # should not end; if it did, serve again
                part.task = asyncio.create_task(self._serve(part), name=f"visits-centre-{inst}")
        if renew:
            self._renewed = now
        if len(self.held) >= self.partitions:
            return
        for raw in sorted(await r.smembers(intake.PARTITIONS), key=lambda v: int(v)):
            inst = int(raw)
            if inst in self.held:
                continue
            if len(self.held) >= self.partitions:
                break
            if await r.set(lease_key(inst), self.name, nx=True, px=self.lease_ms):
                part = self.held[inst] = PartitionState(inst, count=self.batch)
                part.task = asyncio.create_task(self._serve(part), name=f"visits-centre-{inst}")

    async def _drop(self, inst: int) -> None:
        part = self.held.pop(inst, None)
        if part and part.task:
            part.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await part.task

    async def stop(self) -> None:
        """Stop serving and release the leases (another process takes them at once). Idempotent;
        the leases go first: a stream's task still finishing a batch only makes duplicates, which
        apply drops. The release runs as a task of its own, which a second cancellation does not
        interrupt; a later `stop` waits for it."""
        held, self.held = dict(self.held), {}
        tasks = [part.task for part in held.values() if part.task is not None]
        for task in tasks:
            task.cancel()
        if held:
            self._releases.append(asyncio.ensure_future(self._release(list(held))))
        waiting = [t for t in self._releases if not t.done()] + tasks
        if waiting:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait(waiting, timeout=5)

    async def _release(self, institutions: list[int]) -> None:
        with contextlib.suppress(Exception):
            r = cache.redis()
            for inst in institutions:
                await _compare_and(r, lease_key(inst), self.name)

    # ------------------------------------------------------------------ one stream

    async def _serve(self, part: PartitionState) -> None:
        apply = self.apply or default_apply()
        r = cache.redis()
        intake.add_waker(part.wake)
        try:
            await self._loop(part, apply, r)
        finally:
            intake.remove_waker(part.wake)

    async def _loop(self, part: PartitionState, apply: ApplyFn, r) -> None:
        inst = part.institution_id
        claimed, failing, wait = False, False, BACKOFF[0]
        while True:
            try:
                if not claimed:
                    await self._ensure_group(intake.stream_key(inst))
                    await self._claim(part, apply)
                    claimed = True
                got = await self._read(part, apply, "0" if part.retry_own else ">")
                if part.retry_own and not got:
                    part.retry_own = False
                if failing:
                    log.warning("institution %s: sub-centre %s applies again", inst, self.name)
                failing, wait = False, BACKOFF[0]
                part.count = min(self.batch, max(1, part.count) * 2)
                if not got and not self.block:
                    part.wake.clear()
                    with contextlib.suppress(asyncio.TimeoutError):
                        await asyncio.wait_for(part.wake.wait(), timeout=POLL)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                part.failures += 1
                part.last_error = f"{type(exc).__name__}: {str(exc)[:200]}"
                part.retry_own = True
                part.count = max(1, part.count // 4)
                if isinstance(exc, ResponseError) and "NOGROUP" in str(exc):
                    claimed = False  # Redis lost the group (a restart): create it again
                if not failing:
                    log.warning("institution %s: sub-centre failed (%s); trying again with a backoff", inst,
                                type(exc).__name__)
                failing = True
                with contextlib.suppress(Exception):
                    await r.hset(intake.stats_key(inst), mapping={"error": part.last_error[:200],
                                                                  "error_at": str(int(time.time() * 1000))})
                # Jittered: streams that failed together (a lock conflict) do not retry together.
                await asyncio.sleep(wait * random.uniform(0.5, 1.0))
                wait = min(wait * 2, BACKOFF[1])

    @staticmethod
    async def _ensure_group(key: str) -> None:
        try:
            await cache.redis().xgroup_create(key, GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def _claim(self, part: PartitionState, apply: ApplyFn) -> None:
        """What other members (a dead process) read and never acknowledged is ours now."""
        r, key, start = cache.redis(), intake.stream_key(part.institution_id), "0-0"
        while True:
            got = await r.xautoclaim(key, GROUP, self.name, min_idle_time=0, start_id=start, count=self.batch)
            start, entries = got[0], got[1]
            if entries:
                await self._process(part, apply, entries)
            if start in ("0-0", b"0-0"):
                return

    async def _read(self, part: PartitionState, apply: ApplyFn, from_id: str) -> int:
        key = intake.stream_key(part.institution_id)
        block = BLOCK_MS if (self.block and from_id == ">") else None
        got = await cache.redis().xreadgroup(GROUP, self.name, {key: from_id}, count=part.count or self.batch,
                                             block=block)
        entries = [e for _stream, es in (got or []) for e in es]
        if entries:
            await self._process(part, apply, entries)
        return len(entries)

    async def _process(self, part: PartitionState, apply: ApplyFn, entries: list) -> None:
        """Apply consecutive entries of one source together; acknowledge and delete each run once applied."""
        inst, r, key = part.institution_id, cache.redis(), intake.stream_key(part.institution_id)
        runs: list[tuple[str, list[str], list[str]]] = []  # (source, entry ids, texts)
        dead: list[str] = []
        for entry_id, fields in entries:
            if not fields or "e" not in fields:  # deleted meanwhile: nothing to apply
                dead.append(entry_id)
                continue
            source = fields.get("s") or "amqp"
            if runs and runs[-1][0] == source:
                runs[-1][1].append(entry_id)
                runs[-1][2].append(fields["e"])
            else:
                runs.append((source, [entry_id], [fields["e"]]))
        if dead:
            await r.xack(key, GROUP, *dead)
        for source, ids, texts in runs:
            await asyncio.wait_for(apply(institution_id=inst, items=texts, source=source), APPLY_TIMEOUT)
            async with r.pipeline(transaction=False) as pipe:
                pipe.xack(key, GROUP, *ids)
                pipe.xdel(key, *ids)
                pipe.hincrby(intake.stats_key(inst), "done", len(ids))
                pipe.hset(intake.stats_key(inst), "last_done", str(int(time.time() * 1000)))
                await pipe.execute()
            part.applied += len(ids)
            part.batches += 1
            if self.on_batch is not None:
                self.on_batch(inst, list(zip(ids, texts)))


async def holder(institution_id: int) -> str | None:
    """The centre process serving an institution's stream now, if any."""
    return await cache.redis().get(lease_key(institution_id))


async def pending(institution_id: int) -> int:
    """Entries read by a sub-centre and not acknowledged yet."""
    try:
        info = await cache.redis().xpending(intake.stream_key(institution_id), GROUP)
    except ResponseError:
        return 0
    return int(info.get("pending", 0) if isinstance(info, dict) else 0)
