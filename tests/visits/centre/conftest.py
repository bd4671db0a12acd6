"""The event centre's tests: institutions with connections, events, and a centre running in the
test's own loop with a stand-in apply (tests/visits/centre/fake_apply.py) or the real one."""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import time

import pytest

from core.orgs.models import OrgKind
from core.visits.centre import runner
from core.visits.models import HisConnection, VisitEvent
from tests import factories
from tests.visits.centre import fake_apply

_seq = itertools.count(1)


@pytest.fixture(autouse=True)
def _fresh_fake():
    fake_apply.FAIL.clear()
    fake_apply.SLOW.clear()
    fake_apply.CALLS.clear()
    yield


async def hospital(name: str | None = None, **conn) -> tuple:
    """A medical institution under a new tree, with a HisConnection (secret set)."""
    tree = await factories.tree()
    node = await factories.org(tree.county_a1, OrgKind.MEDICAL, name or f"静安医院{next(_seq)}")
    values = {"assistant_enabled": True, "accompany_enabled": True, "mode": "webhook", "secret": "s3cr3t-key", **conn}
    c = await HisConnection.create(institution_id=node.id, **values)
    return tree, node, c


def event(visit: str, step: str, n: int, *, state: str = "done", event_id: str | None = None) -> dict:
    at = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))) + dt.timedelta(minutes=n)
    return {"event_id": event_id or f"{visit}-{n}", "visit": visit, "step": step, "state": state,
            "at": at.isoformat(), "patient": {"id_number": factories.id_number(), "name": "王建国"}, "data": {}}


@contextlib.asynccontextmanager
async def running_centre(apply=fake_apply.apply_batch, **kw):
    centre = runner.Centre(apply=apply, block=True, lease_seconds=kw.pop("lease_seconds", 3), **kw)
    task = asyncio.create_task(centre.run())
    try:
        yield centre
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def until(predicate, *, timeout: float = 20.0, every: float = 0.05):
    deadline = time.monotonic() + timeout
    while True:
        value = await predicate()
        if value:
            return value
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(every)


async def applied_ids(institution_id: int) -> list[str]:
    return list(await VisitEvent.filter(institution_id=institution_id).values_list("event_id", flat=True))
