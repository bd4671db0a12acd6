"""Quarantined visit events in the console: the list, the replay after a fix, the discard.

Why: an event the centre could not apply (malformed, for a patient or visit we do not know, for a
step the hospital has not enabled, for an institution not open) is kept with its reason and its
payload instead of being lost (core/visits/apply.py). Someone with `visits.manage` over the
institution looks at them, fixes the cause (registers the patient, enables the step, opens the
assistant, has the HIS correct its feed), and replays them: the same apply path, so a replayed
event is applied exactly once, in the visit's order (stale if something newer arrived
meanwhile), or quarantined again with the new reason. Discarding keeps the row (the event id stays
taken: the HIS resending it changes nothing) without its payload. Each replay and discard is audited.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.db import transactional
from core.localtime import utc_start
from core.masking import mask_id_number
from core.orgs.models import OrgNode
from core.principal import Principal
from core.visits.apply import replay_rows, unseal
from core.visits.models import VisitEvent
from core.visits.schemas import (
    DiscardOut, QuarantinedOut, QuarantineFilter, QuarantinePage, ReplayedOut, ReplayOut,
)
from core.visits.steps import PERMISSION

_ID_NUMBER = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")


def _masked(stored: Any) -> Any:
    """The payload as the console may show it: the ID number masked, wherever it is."""
    try:
        payload = unseal(stored)
    except Exception:  # a key rotated away: show nothing rather than fail the list
        return None
    if isinstance(payload, str):
        return _ID_NUMBER.sub(lambda m: mask_id_number(m.group(0)), payload[:4000])
    if isinstance(payload, dict) and isinstance(payload.get("patient"), dict):
        patient = dict(payload["patient"])
        if isinstance(patient.get("id_number"), str):
            patient["id_number"] = mask_id_number(patient["id_number"])
        payload = {**payload, "patient": patient}
    return payload


async def quarantined(*, actor: Principal, filters: QuarantineFilter | None = None, limit: int = 20,
                      offset: int = 0) -> QuarantinePage:
    """Quarantined events of the actor's institutions, newest first (filter by institution, reason and the
    China days they were received)."""
    await scope.require(actor, PERMISSION)
    filters = filters or QuarantineFilter()
    qs = scope.scoped(actor, VisitEvent).filter(status="quarantined")
    if filters.institution_id is not None:
        qs = qs.filter(institution_id=filters.institution_id)
    if filters.reason is not None:
        qs = qs.filter(reason=filters.reason)
    if filters.date_from is not None:
        qs = qs.filter(received_at__gte=utc_start(filters.date_from))
    if filters.date_to is not None:
        qs = qs.filter(received_at__lt=utc_start(filters.date_to + dt.timedelta(days=1)))
    total = await qs.count()
    rows = await qs.order_by("-received_at", "-id").offset(offset).limit(limit)
    names = dict(await OrgNode.filter(id__in={r.institution_id for r in rows}).values_list("id", "name")) \
        if rows else {}
    items = [QuarantinedOut(id=r.id, institution_id=r.institution_id, institution_name=names.get(r.institution_id, ""),
                            event_id=r.event_id, source=r.source, step=r.step, reason=r.reason, detail=r.detail,
                            payload=_masked(r.payload), his_at=r.his_at, received_at=r.received_at) for r in rows]
    return QuarantinePage(total=total, page=offset // max(limit, 1) + 1, page_size=limit, items=items)


async def _rows(actor: Principal, event_ids: list[int]) -> list[VisitEvent]:
    await scope.require(actor, PERMISSION)
    ids = sorted(set(event_ids))
    rows = await scope.scoped(actor, VisitEvent).filter(id__in=ids, status="quarantined").order_by("id")
    missing = sorted(set(ids) - {r.id for r in rows})
    if missing:
        outside = await VisitEvent.filter(id__in=missing).exclude(
            id__in=await scope.scoped(actor, VisitEvent).filter(id__in=missing).values_list("id", flat=True)
        ).values_list("id", flat=True)
        for rid in outside:
            await audit_service.record_denied(actor=actor, action="scope.read", target_type="VisitEvent",
                                              target_id=rid, reason="outside scope")
    return rows


async def replay(*, actor: Principal, event_ids: list[int]) -> ReplayOut:
    """Apply quarantined events again, oldest first; each answers its new status (ids not
    quarantined in the actor's scope answer `not_found`)."""
    rows = await _rows(actor, event_ids)
    outcomes = await replay_rows(rows)
    by_id = {r.id: (r, o) for r, o in zip(rows, outcomes)}
    items = []
    for rid in sorted(set(event_ids)):
        if rid not in by_id:
            items.append(ReplayedOut(id=rid, event_id="", status="not_found", reason="", visit_id=None))
            continue
        row, o = by_id[rid]
        items.append(ReplayedOut(id=rid, event_id=row.event_id, status=o.status, reason=o.reason, visit_id=o.visit_id))
    if rows:
        await audit_service.record(actor=actor, action="visits.quarantine_replay", target_type="VisitEvent",
                                   target_id=",".join(str(r.id) for r in rows)[:64],
                                   after={"events": [[i.id, i.status, i.reason] for i in items if i.event_id]})
    return ReplayOut(items=items)


@transactional
async def discard(*, actor: Principal, event_ids: list[int]) -> DiscardOut:
    """Give up on quarantined events: kept as `discarded` (their ids stay taken), payload dropped."""
    rows = await _rows(actor, event_ids)
    if not rows:
        return DiscardOut(discarded=0)
    async with in_transaction():
        done = await VisitEvent.filter(id__in=[r.id for r in rows], status="quarantined") \
            .update(status="discarded", payload=None)
        await audit_service.record(actor=actor, action="visits.quarantine_discard", target_type="VisitEvent",
                                   target_id=",".join(str(r.id) for r in rows)[:64],
                                   after={"events": [[r.id, r.event_id, r.reason] for r in rows]})
    return DiscardOut(discarded=done)
