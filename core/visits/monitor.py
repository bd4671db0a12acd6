"""就诊监控: what the console sees of the visits at the institutions in an administrator's scope.

Why: the people who onboard hospitals and look after the event centre must check that a hospital's
visits really move (which step, which state, what the HIS sent and when, which events were applied,
stale or quarantined) without reading the database. The patient's own views (core/visits/service.py)
answer to the patient and the family; this one answers to `visits.manage` within its scope, shows
the patient masked, and records every reading of one visit in the audit log (health data).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from core import scope
from core.audit import service as audit_service
from core.errors import NotFound
from core.localtime import LOCAL
from core.masking import mask_id_number, mask_name
from core.principal import Principal
from core.visits import steps as visit_steps
from core.visits.apply import unseal
from core.visits.models import Visit, VisitEvent, VisitStep, VisitTodo

PERMISSION = "visits.manage"
MAX_ROWS = 200
_ID_NUMBER = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=LOCAL).astimezone(dt.timezone.utc)


def _filtered(actor: Principal, *, institution_id: int | None, state: str | None, step: str | None,
              date_from: dt.date | None, date_to: dt.date | None, q: str | None):
    rows = scope.scoped(actor, Visit)
    if institution_id:
        rows = rows.filter(institution_id=institution_id)
    if state:
        rows = rows.filter(state=state)
    if step:
        rows = rows.filter(step=step)
    if date_from:
        rows = rows.filter(created_at__gte=_day_start(date_from))
    if date_to:
        rows = rows.filter(created_at__lt=_day_start(date_to + dt.timedelta(days=1)))
    if q:
        rows = rows.filter(his_visit=q)
    return rows


async def _names(institution_ids: set[int]) -> dict[int, dict[str, str]]:
    """Each institution's step names as configured there (the defaults until it saves its own)."""
    return {i: {s.code: s.name for s in await visit_steps.config_of(i)} for i in institution_ids}


def _patient(v: Visit) -> dict[str, Any]:
    p = v.patient
    return {"id": p.id, "name": mask_name(p.name), "id_number": mask_id_number(getattr(p, "id_number", None))}


async def visits(*, actor: Principal, institution_id: int | None = None, state: str | None = None,
                 step: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
                 q: str | None = None, limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """The visits of the actor's scope, newest first, with the filters; patients masked."""
    await scope.require(actor, PERMISSION)
    rows = _filtered(actor, institution_id=institution_id, state=state, step=step, date_from=date_from,
                     date_to=date_to, q=q)
    total = await rows.count()
    page = await (rows.order_by("-created_at", "-id").offset(offset).limit(min(limit, MAX_ROWS))
                  .prefetch_related("institution", "patient"))
    names = await _names({v.institution_id for v in page})
    return total, [{
        "id": v.id, "institution_id": v.institution_id, "institution_name": v.institution.name,
        "his_visit": v.his_visit, "patient": _patient(v), "department": v.department, "doctor": v.doctor,
        "visit_date": v.visit_date, "step": v.step, "step_name": names[v.institution_id].get(v.step, v.step),
        "state": v.state, "created_at": v.created_at, "updated_at": v.updated_at, "ended_at": v.ended_at,
    } for v in page]


async def visit(*, actor: Principal, visit_id: int) -> dict[str, Any]:
    """One visit: its steps in the institution's order with their states and data, its open and done
    to-dos, and the trail of events the centre took for it. The reading is audited."""
    await scope.require(actor, PERMISSION)
    v = await scope.scoped(actor, Visit).filter(id=visit_id).prefetch_related("institution", "patient").first()
    if v is None:
        raise NotFound("就诊记录不存在", code="visits.not_found", details={"id": visit_id})
    config = await visit_steps.config_of(v.institution_id)
    have = {s.code: s for s in await VisitStep.filter(visit_id=v.id)}
    steps = []
    for c in config:
        s = have.pop(c.code, None)
        if not c.enabled and s is None:
            continue
        steps.append({"code": c.code, "name": c.name, "enabled": c.enabled, "state": s.state if s else "pending",
                      "data": s.data if s else {}, "his_at": s.his_at if s else None,
                      "updated_at": s.updated_at if s else None, "current": c.code == v.step})
    for s in have.values():  # a step the institution no longer configures, kept as the HIS reported it
        steps.append({"code": s.code, "name": s.code, "enabled": False, "state": s.state, "data": s.data,
                      "his_at": s.his_at, "updated_at": s.updated_at, "current": s.code == v.step})
    events = await VisitEvent.filter(visit_id=v.id).order_by("received_at", "id").limit(500)
    todos = await VisitTodo.filter(visit_id=v.id).order_by("created_at", "id")
    await audit_service.record(actor=actor, action="visits.monitor_read", target_type="Visit", target_id=v.id,
                               org_id=v.institution_id)
    names = {c.code: c.name for c in config}
    return {
        "id": v.id, "institution_id": v.institution_id, "institution_name": v.institution.name,
        "his_visit": v.his_visit, "patient": _patient(v), "department": v.department, "doctor": v.doctor,
        "location": v.location, "visit_date": v.visit_date, "step": v.step, "step_name": names.get(v.step, v.step),
        "state": v.state, "created_at": v.created_at, "ended_at": v.ended_at, "seq": v.seq,
        "booked_by_family": v.booked_by_id is not None, "steps": steps,
        "todos": [{"step": t.step, "step_name": names.get(t.step, t.step), "kind": t.kind, "text": t.text,
                   "state": t.state, "created_at": t.created_at, "updated_at": t.updated_at} for t in todos],
        "events": [{"id": e.id, "event_id": e.event_id, "source": e.source, "step": e.step,
                    "step_name": names.get(e.step, e.step), "state": e.state, "status": e.status,
                    "reason": e.reason, "detail": e.detail, "his_at": e.his_at, "received_at": e.received_at,
                    "applied_at": e.applied_at} for e in events],
    }


def _masked(value: Any) -> Any:
    """A stored payload as the console may show it: every ID number in it masked, wherever it is."""
    if isinstance(value, str):
        return _ID_NUMBER.sub(lambda m: mask_id_number(m.group(0)) or "", value)
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


async def event(*, actor: Principal, event_id: int) -> dict[str, Any]:
    """One event the centre took at an institution of the actor's scope (quarantined, discarded,
    applied or stale), its payload as received with ID numbers masked (kept only while quarantined)."""
    await scope.require(actor, PERMISSION)
    e = await scope.scoped(actor, VisitEvent).filter(id=event_id).prefetch_related("institution").first()
    if e is None:
        raise NotFound("事件不存在", code="visits.event_not_found", details={"id": event_id})
    try:
        payload = _masked(unseal(e.payload)) if e.payload is not None else None
    except Exception:  # a key rotated away: the rest of the event still shows
        payload = None
    names = {s.code: s.name for s in await visit_steps.config_of(e.institution_id)}
    return {"id": e.id, "institution_id": e.institution_id, "institution_name": e.institution.name,
            "event_id": e.event_id, "visit_id": e.visit_id, "source": e.source, "step": e.step,
            "step_name": names.get(e.step, e.step), "state": e.state, "status": e.status, "reason": e.reason,
            "detail": e.detail, "payload": payload, "his_at": e.his_at, "received_at": e.received_at,
            "applied_at": e.applied_at}


async def institutions(*, actor: Principal) -> dict[int, str]:
    """The institutions of the actor's scope onboarded to the assistant (a HIS connection saved), by name."""
    from core.orgs.models import OrgNode
    from core.visits.models import HisConnection

    await scope.require(actor, PERMISSION)
    ids = await scope.scoped(actor, HisConnection).values_list("institution_id", flat=True)
    rows = await OrgNode.filter(id__in=list(ids)).order_by("code", "id").values_list("id", "name") if ids else []
    return {int(i): n for i, n in rows}
