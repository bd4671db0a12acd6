"""The poller: for hospitals whose systems cannot push, we ask their HIS for changes.

Why a cursor: the HIS adapter's `visit_changes(cursor=..., limit=...)` answers the events after a
position in the HIS's change feed and the position after them. The events go to the intake first,
then the cursor is saved (`HisConnection.cursor`): a poll that dies in between asks again from the
old cursor and apply drops the repeats by event id (at least once, applied once).

Who polls: every centre process runs `run_pollers`; a connection is polled by whichever process
takes its poll slot (`SET visits:poll:<id> NX PX poll_seconds`), so each connection is asked once
per `poll_seconds` whatever the number of processes. A page that came back full is followed by
the next at once (catching up after an outage).
"""
from __future__ import annotations

import asyncio
import logging
import time

from core import cache, db
from core.his import adapter as his_adapter
from core.visits.centre import intake
from core.visits.models import HisConnection

log = logging.getLogger("huiyi.visits.poller")

PAGE = 200  # events asked for at once
MAX_PAGES = 50  # pages in one turn (a long outage is caught up over several turns)
SCAN_EVERY = 1.0
SLOT = "visits:poll:{}"


async def poll_once(conn: HisConnection, *, limit: int = PAGE) -> int:
    """One turn of one connection: pages of changes into the intake, the cursor after each; events taken."""
    cls = his_adapter.adapter_class(conn.adapter)
    if cls is None:
        raise his_adapter.HisUnavailable("该机构的HIS接口未配置", details={"adapter": conn.adapter})
    adapter = cls(institution_id=conn.institution_id, config=conn.config)
    taken, cursor = 0, conn.cursor or ""
    for _ in range(MAX_PAGES):
        events, next_cursor = await adapter.visit_changes(cursor=cursor, limit=limit)
        if events:
            await intake.submit(institution_id=conn.institution_id, items=events, source="poll")
            taken += len(events)
        if next_cursor != cursor:
            cursor = next_cursor or ""
            await HisConnection.filter(id=conn.id).update(cursor=cursor[:128])
        if len(events) < limit:
            break
    await HisConnection.filter(id=conn.id).update(last_polled_at=db.utcnow(), last_error="")
    return taken


async def _turn(conn: HisConnection) -> None:
    try:
        n = await poll_once(conn)
        if n:
            log.info("institution %s: %d events polled", conn.institution_id, n)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        error = f"{type(exc).__name__}: {getattr(exc, 'message', '') or str(exc)}"[:300]
        log.warning("institution %s: poll failed (%s)", conn.institution_id, type(exc).__name__)
        await HisConnection.filter(id=conn.id).update(last_polled_at=db.utcnow(), last_error=error)


async def poll_due() -> list[asyncio.Task]:
    """Start a turn for each poll connection whose slot this process takes."""
    r = cache.redis()
    started = []
    for conn in await HisConnection.filter(mode="poll"):
        seconds = max(1, int(conn.poll_seconds or 30))
        if await r.set(SLOT.format(conn.institution_id), str(int(time.time())), nx=True, px=seconds * 1000):
            started.append(asyncio.create_task(_turn(conn), name=f"visits-poll-{conn.institution_id}"))
    return started


async def run_pollers(*, every: float = SCAN_EVERY) -> None:
    """Poll the connections that are due, forever (a centre process's task)."""
    running: set[asyncio.Task] = set()
    failing = False
    try:
        while True:
            try:
                for task in await poll_due():
                    running.add(task)
                    task.add_done_callback(running.discard)
                failing = False
            except Exception as exc:  # Redis or the database away
                if not failing:
                    log.warning("pollers cannot run (%s); trying again", type(exc).__name__)
                failing = True
            await asyncio.sleep(every)
    finally:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
