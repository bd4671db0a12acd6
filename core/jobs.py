"""Background jobs on arq.

Why: slow or timed work (face analysis, notifications, exam auto-submit,
exports, housekeeping) runs outside request handlers. With real Redis a
separate `python -m core.cli worker` process runs them; with the embedded
default they run as tasks inside the server process. The jobs, their
schedules and the worker's loops are registered at start-up by core/wiring.py:
this module imports no domain.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable, Generic, Iterable, TypeVar

from core.settings import get_settings

log = logging.getLogger("huiyi.jobs")
JobFn = Callable[..., Awaitable[Any]]
T = TypeVar("T")
Item = TypeVar("Item")
FUNCTIONS: dict[str, JobFn] = {}
_pool = None
_embedded_tasks: set[asyncio.Task] = set()


def job(fn: JobFn) -> JobFn:
    FUNCTIONS[fn.__name__] = fn
    return fn


# Registered at start-up (core/wiring.py): periodic jobs (the worker's crons, and the server's
# own loop when Redis is embedded) and the loops the worker runs for as long as it runs.
CRONS: dict[str, dict[str, Any]] = {}  # job name -> arq cron fields (second, minute, hour, run_at_startup, ...)
BACKGROUND: dict[str, Callable[[], Awaitable[None]]] = {}


def periodic(fn: JobFn, *, every: float, **when: Any) -> JobFn:
    """`fn(ctx)` as a job run by the worker's cron at `when` (arq's cron fields) and, with the
    embedded Redis, by the server every `every` seconds."""
    job(fn)
    CRONS[fn.__name__] = when
    EMBEDDED_PERIODIC[fn.__name__] = every
    return fn


def background(name: str, loop: Callable[[], Awaitable[None]]) -> None:
    """A coroutine the worker runs as a task from its start to its end (the event relay, consumers)."""
    BACKGROUND[name] = loop


# ------------------------------------------------------------------ one item at a time
#
# Why: a sweep that stops at its first bad item (a session whose cycle lost its
# settings, a photo whose session is gone) stops every item after it too, every run:
# one broken exam kept every other overdue exam unsubmitted. Sweeps and batch jobs
# therefore run their items through `per_item`: an item that fails is logged in one
# line (which run, which id, the error's type and where it was raised: no values, so
# no personal data), counted, and left as it was, so the next run tries it again;
# the other items go on.

ITEM_FAILURES: Counter[str] = Counter()  # failed items per run name, since the process started
LOGGED_FAILURES = 20  # item lines per run; a summary line tells the rest


@dataclass
class ItemsRun(Generic[T]):
    name: str
    done: int = 0
    failed: list[Any] = field(default_factory=list)
    results: list[T | None] = field(default_factory=list)  # in the items' order; None for a failed item


async def per_item(name: str, items: Iterable[Item], handle: Callable[[Item], Awaitable[T]], *,
                   ident: Callable[[Item], Any] = lambda item: item) -> ItemsRun[T]:
    """Run `handle` on each item in turn; a failing item does not stop the others."""
    run: ItemsRun[T] = ItemsRun(name)
    for item in items:
        try:
            result = await handle(item)
        except Exception as exc:
            run.failed.append(ident(item))
            run.results.append(None)
            if len(run.failed) <= LOGGED_FAILURES:
                frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
                where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
                code = f" {exc.code}" if getattr(exc, "code", None) and isinstance(exc.code, str) else ""
                log.warning("%s: item %s failed (%s%s%s); tried again on the next run", name, ident(item),
                            type(exc).__name__, code, where)
            continue
        run.done += 1
        run.results.append(result)
    if run.failed:
        ITEM_FAILURES[name] += len(run.failed)
        if len(run.failed) > LOGGED_FAILURES:
            log.warning("%s: %d items failed in all (%d done)", name, len(run.failed), run.done)
    return run


# With the embedded default (memory://) no worker runs: the server itself runs the
# periodic jobs (registered with `periodic`) on their intervals (seconds), so overdue exams
# are still submitted and pending photo analyses retried. With real Redis the worker's crons do it.
EMBEDDED_PERIODIC: dict[str, float] = {}


async def run_embedded_periodic(*, first_delay: float = 5.0) -> None:
    """Run EMBEDDED_PERIODIC forever (the server cancels the task when it stops)."""
    loop = asyncio.get_running_loop()
    due = {name: loop.time() + first_delay for name in EMBEDDED_PERIODIC}
    while True:
        now = loop.time()
        for name, at in due.items():
            if at <= now:
                due[name] = now + EMBEDDED_PERIODIC[name]
                try:
                    await FUNCTIONS[name]({"embedded": True})
                except Exception:
                    log.exception("embedded periodic job %s failed", name)
        await asyncio.sleep(max(0.5, min(due.values()) - loop.time()))


def redis_settings():
    from arq.connections import RedisSettings

    return RedisSettings.from_dsn(get_settings().redis_url)


async def enqueue(name: str, *args: Any, _defer_by: float | None = None, **kwargs: Any) -> None:
    global _pool
    if name not in FUNCTIONS:
        raise KeyError(f"unknown job {name} (jobs are registered at start-up: core.wiring.wire)")
    s = get_settings()
    if s.redis_is_memory:
        async def run():
            if _defer_by:
                await asyncio.sleep(_defer_by)
            try:
                await FUNCTIONS[name]({"embedded": True}, *args, **kwargs)
            except Exception:
                log.exception("embedded job %s failed", name)
        task = asyncio.create_task(run())
        _embedded_tasks.add(task)
        task.add_done_callback(_embedded_tasks.discard)
        return
    if _pool is None:
        from arq import create_pool

        _pool = await create_pool(redis_settings())
    await _pool.enqueue_job(name, *args, _defer_by=_defer_by, **kwargs)


async def close() -> None:
    global _pool
    if _pool is not None:
        await _pool.aclose()
        _pool = None


async def _startup(ctx: dict) -> None:
    from tortoise import Tortoise

    from core import cache, db

    if Tortoise._inited:  # a start-up run again after Redis came back
        return
    s = get_settings()
    await db.init_db(s.database_url)
    cache.set_client(cache.make_client(s.redis_url))
    # A burst worker (drain the queue and stop) runs no loops: they would keep feeding it.
    ctx["background"] = [] if ctx.get("burst") else [asyncio.create_task(loop(), name=name)
                                                      for name, loop in BACKGROUND.items()]


async def _shutdown(ctx: dict) -> None:
    from core import db

    tasks = ctx.pop("background", [])
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await db.close_db()


# ------------------------------------------------------------------ the worker process
#
# Why: arq's worker ends when a Redis command fails (a restart, a failover, a network
# blip), and nothing restarted it: auto-submits and sweeps stopped until someone noticed.
# This worker treats Redis being away as a state, not an end: a poll that cannot reach
# Redis is logged once, waited out with a jittered backoff (REDIS_BACKOFF), and the
# worker goes on with the same process, database and running jobs when Redis is back.
# What Redis lost while it was away (queued auto-submits, pending analyses) is found
# again by the sweeps, which the worker also runs at start.

REDIS_BACKOFF = (0.5, 15.0)  # seconds: first wait, longest wait


def _redis_down(exc: BaseException) -> bool:
    from redis.exceptions import ConnectionError as RedisConnectionError, TimeoutError as RedisTimeoutError

    return isinstance(exc, (RedisConnectionError, RedisTimeoutError, ConnectionError, asyncio.TimeoutError))


def _make_worker_class():
    import random

    from arq.worker import Worker

    class ResilientWorker(Worker):
        _down_since: float | None = None
        _wait = REDIS_BACKOFF[0]

        async def _redis_away(self, exc: BaseException) -> None:
            loop = asyncio.get_running_loop()
            if self._down_since is None:
                self._down_since = loop.time()
                log.warning("redis unavailable (%s); the worker waits for it", type(exc).__name__)
            await asyncio.sleep(random.uniform(0.5, 1.0) * self._wait)
            self._wait = min(self._wait * 2, REDIS_BACKOFF[1])

        def _redis_back(self) -> None:
            if self._down_since is not None:
                log.warning("redis is back after %.0f s; the worker goes on",
                            asyncio.get_running_loop().time() - self._down_since)
            self._down_since, self._wait = None, REDIS_BACKOFF[0]

        async def main(self) -> None:
            # Connecting at start (arq gives up after a few tries) and the start-up itself.
            while True:
                try:
                    return await super().main()
                except Exception as exc:
                    if not _redis_down(exc):
                        raise
                    if self._pool is not None:
                        with contextlib.suppress(Exception):
                            await self._pool.close(close_connection_pool=True)
                        self._pool = None
                    await self._redis_away(exc)

        async def _poll_iteration(self) -> None:
            try:
                await super()._poll_iteration()
            except Exception as exc:
                if not _redis_down(exc):
                    raise
                await self._redis_away(exc)  # redis-py reconnects on the next command
            else:
                self._redis_back()

    return ResilientWorker


def run_worker(*, burst: bool = False) -> None:
    """The `python -m core.cli worker` process: arq's worker that outlives Redis restarts."""
    from arq.worker import get_kwargs

    settings = worker_settings()
    _make_worker_class()(**{**get_kwargs(settings), "burst": burst, "ctx": {"burst": burst}}).run()


def worker_settings() -> type:
    """arq's settings of the worker: the jobs and crons registered at start-up (core/wiring.py)."""
    from arq import cron

    class WorkerSettings:
        functions = list(FUNCTIONS.values())
        redis_settings = globals()["redis_settings"]()
        on_startup = _startup
        on_shutdown = _shutdown
        cron_jobs = [cron(FUNCTIONS[name], **when) for name, when in CRONS.items()]
        health_check_interval = 60  # the container healthcheck reads it

    return WorkerSettings
