"""How the accompaniment reads a visit: its summary for the accompaniment's lists, and its steps
through core/visits' public reading (the same gate: the patient, or a viewer the accompaniment
registered for owners and accepted companions of a running task).

Why a module of its own: everything the accompaniment needs of a visit goes through here, so that
what core/visits offers publicly is used in one place.
"""
from __future__ import annotations

from typing import Any

from core.masking import mask_name
from core.orgs.models import OrgNode
from core.principal import Principal
from core.visits import service as visits_service
from core.visits import steps as steps_config
from core.visits.apply import ENDED as VISIT_ENDED  # noqa: F401  (the event the accompaniment follows)
from core.visits.errors import VisitNotFound
from core.visits.models import Visit
from core.visits.schemas import VisitDetailOut

NOT_STARTED = ("", "appointment")  # reached no further than the booking: 未就诊


async def get_visit(visit_id: int) -> Visit | None:
    return await Visit.get_or_none(id=visit_id)


async def open_visits_of(patient_ids: list[int]) -> list[Visit]:
    """The patients' open visits, newest first."""
    if not patient_ids:
        return []
    return await Visit.filter(patient_id__in=patient_ids, state="open").order_by("-created_at", "-id")


async def visits_by_id(ids: list[int]) -> dict[int, Visit]:
    return {v.id: v for v in await Visit.filter(id__in=ids)} if ids else {}


def status_of(visit: Visit) -> tuple[str, str]:
    if visit.state != "open":
        return "ended", "已结束"
    if visit.step in NOT_STARTED:
        return "not_started", "未就诊"
    return "in_progress", "就诊中"


async def summaries(visits: list[Visit], *, tasks: dict[int, int] | None = None) -> list[dict[str, Any]]:
    """Visits as the accompaniment lists them (VisitOut): the patient's name masked, the step by the
    institution's own name for it."""
    from core.family.models import Patient

    if not visits:
        return []
    insts = {v.institution_id for v in visits}
    names = dict(await OrgNode.filter(id__in=insts).values_list("id", "name"))
    people = dict(await Patient.filter(id__in={v.patient_id for v in visits}).values_list("id", "name"))
    step_names = {i: {s.code: s.name for s in await steps_config.config_of(i)} for i in insts}
    out = []
    for v in visits:
        status, label = status_of(v)
        out.append({"id": v.id, "institution_id": v.institution_id, "institution_name": names.get(v.institution_id, ""),
                    "department": v.department, "doctor": v.doctor, "location": v.location,
                    "visit_date": v.visit_date, "patient_id": v.patient_id,
                    "patient_name": mask_name(people.get(v.patient_id)), "state": v.state, "status": status,
                    "status_label": label, "step": v.step, "step_name": step_names[v.institution_id].get(v.step, ""),
                    "task_id": (tasks or {}).get(v.id), "created_at": v.created_at})
    return out


async def detail(actor: Principal, visit: Visit) -> VisitDetailOut | None:
    """The visit with its steps and the patient's actions, as core/visits shows it to the actor; None
    when core/visits does not let the actor read it (an acting relative whose task has ended)."""
    try:
        return await visits_service.visit_detail(actor=actor, visit_id=visit.id)
    except VisitNotFound:
        return None


async def act(*, actor: Principal, visit_id: int, action: str):
    return await visits_service.act(actor=actor, visit_id=visit_id, action=action)
