"""How the accompaniment reads a visit: its summary, its steps and the patient's actions.

Why a module of its own: core/visits (h1) is being written at the same time; everything the
accompaniment needs of a visit goes through here, so that switching to core.visits.service's
public functions is one module's change. Until then it reads core.visits.models directly
(downwards, read-only), with the contract's default step vocabulary.
"""
from __future__ import annotations

from typing import Any

from core.masking import mask_name
from core.orgs.models import OrgNode
from core.visits.models import Visit, VisitStep, VisitStepConfig

# The contract's fixed step vocabulary, in its default order, with the default names.
DEFAULT_STEPS = (("appointment", "门诊预约"), ("registration", "门诊挂号"), ("checkin", "门诊签到"),
                 ("queue", "排队候诊"), ("consultation", "门诊就诊"), ("payment", "门诊缴费"),
                 ("exam", "检验检查"), ("pharmacy", "门诊取药"), ("followup", "诊后随访"))
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


async def _config(institution_id: int) -> list[tuple[str, str, int, str]]:
    rows = await VisitStepConfig.filter(institution_id=institution_id, enabled=True).order_by("position")
    if rows:
        return [(r.code, r.name, r.position, r.guide) for r in rows]
    return [(code, name, i + 1, "") for i, (code, name) in enumerate(DEFAULT_STEPS)]


async def step_names(institution_ids: set[int]) -> dict[tuple[int, str], str]:
    out = {}
    rows = await VisitStepConfig.filter(institution_id__in=institution_ids).values_list(
        "institution_id", "code", "name") if institution_ids else []
    for inst, code, name in rows:
        out[(inst, code)] = name
    return out


def status_of(visit: Visit) -> tuple[str, str]:
    if visit.state != "open":
        return "ended", "已结束"
    if visit.step in NOT_STARTED:
        return "not_started", "未就诊"
    return "in_progress", "就诊中"


async def summaries(visits: list[Visit], *, tasks: dict[int, int] | None = None) -> list[dict[str, Any]]:
    """Visits as the accompaniment shows them (VisitOut): the patient's name masked."""
    from core.family.models import Patient

    if not visits:
        return []
    insts = {v.institution_id for v in visits}
    names = dict(await OrgNode.filter(id__in=insts).values_list("id", "name"))
    people = dict(await Patient.filter(id__in={v.patient_id for v in visits}).values_list("id", "name"))
    steps = await step_names(insts)
    defaults = dict(DEFAULT_STEPS)
    out = []
    for v in visits:
        status, label = status_of(v)
        out.append({"id": v.id, "institution_id": v.institution_id, "institution_name": names.get(v.institution_id, ""),
                    "department": v.department, "doctor": v.doctor, "location": v.location,
                    "visit_date": v.visit_date, "patient_id": v.patient_id,
                    "patient_name": mask_name(people.get(v.patient_id)), "state": v.state, "status": status,
                    "status_label": label, "step": v.step,
                    "step_name": steps.get((v.institution_id, v.step)) or defaults.get(v.step, ""),
                    "task_id": (tasks or {}).get(v.id), "created_at": v.created_at})
    return out


async def steps_of(visit: Visit) -> list[dict[str, Any]]:
    """The visit's steps in the institution's configured order, with their state and data items."""
    have = {s.code: s for s in await VisitStep.filter(visit_id=visit.id)}
    return [{"code": code, "name": name, "position": pos, "state": have[code].state if code in have else "pending",
             "data": have[code].data if code in have else {}, "guide": guide}
            for code, name, pos, guide in await _config(visit.institution_id)]


def actions_of(steps: list[dict[str, Any]]) -> list[str]:
    """What the patient may do now (core/visits' `act`): check in when the check-in step waits on
    them, cancel the booking while only the appointment was reached."""
    state = {s["code"]: s["state"] for s in steps}
    out = []
    if state.get("checkin") in ("active", "waiting"):
        out.append("checkin")
    if state.get("appointment") in ("active", "waiting", "done") and all(
            state.get(c, "pending") == "pending" for c, _ in DEFAULT_STEPS if c != "appointment"):
        out.append("cancel")
    return out

