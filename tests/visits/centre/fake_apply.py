"""A stand-in for core.visits.apply.apply_batch with the same contract (exactly once per
institution and event id through VisitEvent's unique key), for testing the transports and the
sub-centres on their own. `FAIL` names institutions whose apply raises (a broken hospital)."""
from __future__ import annotations

import asyncio
import datetime as dt
import json

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from core.db import utcnow
from core.visits.models import HisConnection, VisitEvent

FAIL: set[int] = set()
SLOW: dict[int, float] = {}
CALLS: list[tuple[int, int, str]] = []  # (institution, items, source)


async def apply_batch(*, institution_id: int, items: list, source: str) -> list[dict]:
    CALLS.append((institution_id, len(items), source))
    if institution_id in FAIL:
        raise RuntimeError("this hospital's events cannot be applied")
    if institution_id in SLOW:
        await asyncio.sleep(SLOW[institution_id])
    outcomes = []
    for text in items:
        try:
            event = json.loads(text)
            event_id = str(event["event_id"])[:64]
            status = "applied"
        except (ValueError, KeyError, TypeError):
            event, event_id, status = None, f"bad-{abs(hash(text)) % 10**12}", "quarantined"
        at = None
        if isinstance(event, dict) and isinstance(event.get("at"), str):
            try:
                at = dt.datetime.fromisoformat(event["at"])
            except ValueError:
                at = None
        try:
            await VisitEvent.create(institution_id=institution_id, event_id=event_id, source=source,
                                    step=str((event or {}).get("step", ""))[:24], status=status,
                                    reason="" if event else "malformed", payload=event or {"raw": text[:200]},
                                    his_at=at, received_at=utcnow(), applied_at=utcnow())
        except IntegrityError:
            status = "duplicate"
        outcomes.append({"event_id": event_id, "status": status})
    # The counters, as core.visits.apply keeps them.
    await HisConnection.filter(institution_id=institution_id).update(
        received=F("received") + len(items), last_received_at=utcnow(),
        applied=F("applied") + sum(1 for o in outcomes if o["status"] == "applied"),
        duplicates=F("duplicates") + sum(1 for o in outcomes if o["status"] == "duplicate"))
    return outcomes
