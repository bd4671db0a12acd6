"""Background jobs on arq.

Why: slow or timed work (face analysis, notifications, exam auto-submit,
exports, housekeeping) runs outside request handlers. With real Redis a
separate `python -m core.cli worker` process runs them; with the embedded
default they run as tasks inside the server process.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any, Awaitable, Callable

from core.settings import get_settings

log = logging.getLogger("huiyi.jobs")
JobFn = Callable[..., Awaitable[Any]]
FUNCTIONS: dict[str, JobFn] = {}
# Modules whose @job functions the worker must know; imported before enqueueing or working.
JOB_MODULES = ("core.import_jobs", "core.exam.service", "core.proctoring.captures", "core.notify.service")


def _load_job_modules() -> None:
    import importlib

    for name in JOB_MODULES:
        importlib.import_module(name)
_pool = None
_embedded_tasks: set[asyncio.Task] = set()


def job(fn: JobFn) -> JobFn:
    FUNCTIONS[fn.__name__] = fn
    return fn


@job
async def purge_expired_refresh_tokens(ctx: dict) -> int:
    from core.accounts.models import RefreshToken
    from core.db import utcnow

    return await RefreshToken.filter(expires_at__lt=utcnow() - dt.timedelta(days=1)).delete()


@job
async def sweep_overdue_exams(ctx: dict) -> int:
    from core.exam import service as exam_service

    return await exam_service.sweep_overdue()


@job
async def sweep_pending_captures(ctx: dict) -> int:
    from core.proctoring import captures

    return await captures.sweep_pending()


@job
async def sweep_expired_record_copies(ctx: dict) -> int:
    from core.records import service as records_service

    return await records_service.sweep_expired()


@job
async def anchor_audit_head(ctx: dict) -> int:
    """Sign the audit chain's head and keep it outside the database (core/audit/anchors.py)."""
    from core.audit import anchors

    return (await anchors.anchor_head())["seq"]


# With the embedded default (memory://) no worker runs: the server itself runs the
# periodic jobs on these intervals (seconds), so overdue exams are still submitted and
# pending photo analyses retried. With real Redis the worker's crons do it instead.
EMBEDDED_PERIODIC = {"sweep_overdue_exams": 60, "sweep_pending_captures": 60,
                     "purge_expired_refresh_tokens": 24 * 3600, "sweep_expired_record_copies": 1800,
                     "anchor_audit_head": 600}


async def run_embedded_periodic(*, first_delay: float = 5.0) -> None:
    """Run EMBEDDED_PERIODIC forever (the server cancels the task when it stops)."""
    _load_job_modules()
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
    _load_job_modules()
    if name not in FUNCTIONS:
        raise KeyError(f"unknown job {name}")
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
    from core import cache, db

    s = get_settings()
    await db.init_db(s.database_url)
    cache.set_client(cache.make_client(s.redis_url))


async def _shutdown(ctx: dict) -> None:
    from core import db

    await db.close_db()


def worker_settings() -> type:
    from arq import cron

    _load_job_modules()
    class WorkerSettings:
        functions = list(FUNCTIONS.values())
        redis_settings = globals()["redis_settings"]()
        on_startup = _startup
        on_shutdown = _shutdown
        cron_jobs = [cron(purge_expired_refresh_tokens, hour={3}, minute={0}),
                     # Also when a worker starts: exams whose deadline passed while no worker ran,
                     # or whose auto-submit job Redis lost, are submitted at once.
                     cron(sweep_overdue_exams, second={0}, run_at_startup=True),
                     cron(sweep_pending_captures, second={30}),
                     cron(sweep_expired_record_copies, minute={5, 35}),
                     cron(anchor_audit_head, minute={2, 12, 22, 32, 42, 52})]
        health_check_interval = 60  # the container healthcheck reads it

    return WorkerSettings
