"""家庭健康档案调阅 (seed 003 家庭健康管理 7): a patient's visits, exam reports, prescriptions and vital
signs, for the patient's own account and for family members the person granted them to.

Why: a relative who looks after a parent wants to see the parent's hospital visits and results,
but only what the parent opened, and the parent must see that they looked. Every section passes
`core.family.service.authorize` with its scope (健康档案 `health_records` for visits, reports and
prescriptions; 体征数据 `vital_signs` for vital signs); every read under a grant is written with
`log_access` (shown in "谁查看了我的数据", `accesses_to_me`, and audited). Without a grant the
answer is `family.no_grant` (403), as for every other family read, and the attempt is audited.

The visits, reports and prescriptions are what the hospitals reported through the visit centre:
the rows of core/visits/models.py (Visit, VisitStep: exam step data `items[].report`, consultation
step data `record` and `prescriptions`). They are read from the models, not through
core.visits.service: that domain calls this one (family grants), so calling back would be a cycle
between the two domains (.importlinter acyclic contract); reading another domain's tables is the
downward import the contract allows.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from core.db import utcnow
from core.family import patients
from core.family import service as family_service
from core.family import vitals
from core.family.errors import NoGrant
from core.family.models import Grant, Patient
from core.family.schemas import (
    ArchivePrescriptionOut, ArchivePrescriptionsOut, ArchiveReportOut, ArchiveReportsOut, ArchiveSectionOut,
    ArchiveVisitOut, ArchiveVisitsOut, DrugOut, MemberArchiveOut, ReportItemOut, VitalsOut,
)
from core.orgs.models import OrgNode
from core.principal import Principal
from core.visits.models import Visit, VisitStep, VisitStepConfig

RECORDS = "health_records"
SECTIONS: dict[str, tuple[str, str]] = {  # section: (label, scope)
    "visits": ("就诊记录", RECORDS),
    "reports": ("检查报告", RECORDS),
    "prescriptions": ("处方", RECORDS),
    "vitals": ("体征", vitals.SCOPE),
}
STEP_NAMES = {"appointment": "门诊预约", "registration": "门诊挂号", "checkin": "门诊签到", "queue": "排队候诊",
              "consultation": "门诊就诊", "payment": "门诊缴费", "exam": "检验检查", "pharmacy": "门诊取药",
              "followup": "诊后随访"}
VISIT_STATES = {"open": "就诊中", "ended": "已结束", "cancelled": "已取消"}
REPORT_READY = {"ready", "done", "issued", "published"}
MAX_VISITS = 200
OVERVIEW = 5  # entries of each section on the overview


async def _gate(actor: Principal, patient_id: int, section: str) -> Grant | None:
    return await family_service.authorize(actor=actor, patient_id=patient_id, scope=SECTIONS[section][1])


async def _log(actor: Principal, grant: Grant | None, section: str, patient_id: int) -> None:
    await family_service.log_access(actor=actor, grant=grant, action=f"archive_{section}",
                                    target_type="Patient", target_id=patient_id)


# ------------------------------------------------------------------ reading the visit centre's rows

def _s(v: Any, n: int = 200) -> str:
    if v is None or isinstance(v, (dict, list)):
        return ""
    return str(v)[:n]


async def _visits(patient_id: int, limit: int = MAX_VISITS) -> list[Visit]:
    return await Visit.filter(patient_id=patient_id).order_by("-created_at", "-id").limit(limit)


async def _institutions(visits: list[Visit]) -> dict[int, str]:
    ids = {v.institution_id for v in visits}
    return dict(await OrgNode.filter(id__in=ids).values_list("id", "name")) if ids else {}


async def _step_names(visits: list[Visit]) -> dict[tuple[int, str], str]:
    ids = {v.institution_id for v in visits}
    if not ids:
        return {}
    return {(i, c): n for i, c, n in await VisitStepConfig.filter(institution_id__in=ids)
            .values_list("institution_id", "code", "name")}


def _visit_out(v: Visit, names: dict[int, str], steps: dict[tuple[int, str], str]) -> ArchiveVisitOut:
    return ArchiveVisitOut(id=v.id, institution_id=v.institution_id, institution=names.get(v.institution_id, ""),
                           department=v.department, doctor=v.doctor, visit_date=v.visit_date, state=v.state,
                           state_label=VISIT_STATES.get(v.state, v.state), step=v.step,
                           step_name=steps.get((v.institution_id, v.step)) or STEP_NAMES.get(v.step, v.step),
                           created_at=v.created_at)


async def visit_rows(patient_id: int, limit: int = MAX_VISITS) -> list[ArchiveVisitOut]:
    visits = await _visits(patient_id, limit)
    names, steps = await _institutions(visits), await _step_names(visits)
    return [_visit_out(v, names, steps) for v in visits]


async def _steps(patient_id: int, code: str) -> tuple[list[VisitStep], dict[int, Visit], dict[int, str]]:
    visits = await _visits(patient_id)
    by_id = {v.id: v for v in visits}
    rows = await VisitStep.filter(visit_id__in=list(by_id), code=code).order_by("-id") if by_id else []
    rows.sort(key=lambda s: (s.his_at or by_id[s.visit_id].created_at), reverse=True)
    return rows, by_id, await _institutions(visits)


def _report_items(raw: Any) -> list[ReportItemOut]:
    out = []
    for it in raw if isinstance(raw, list) else []:
        if isinstance(it, dict):
            out.append(ReportItemOut(name=_s(it.get("name"), 64), value=_s(it.get("value") or it.get("result"), 64),
                                     unit=_s(it.get("unit"), 16), range=_s(it.get("range") or it.get("reference"), 64),
                                     flag=_s(it.get("flag"), 8)))
        elif isinstance(it, str):
            out.append(ReportItemOut(name=it[:64], value="", unit="", range="", flag=""))
        if len(out) >= 100:
            break
    return out


async def report_rows(patient_id: int) -> list[ArchiveReportOut]:
    steps, visits, names = await _steps(patient_id, "exam")
    out = []
    for s in steps:
        v = visits[s.visit_id]
        items = (s.data or {}).get("items") if isinstance(s.data, dict) else None
        for it in items if isinstance(items, list) else []:
            if not isinstance(it, dict):
                continue
            report = it.get("report") if isinstance(it.get("report"), dict) else {}
            state = _s(it.get("report_state"), 16) or ("ready" if report else "pending")
            ready = state in REPORT_READY or bool(report.get("conclusion"))
            out.append(ArchiveReportOut(
                visit_id=v.id, institution=names.get(v.institution_id, ""), department=v.department,
                visit_date=v.visit_date, at=s.his_at, name=_s(it.get("name"), 64), location=_s(it.get("location"), 128),
                report_state=state, ready=ready, title=_s(report.get("title"), 100) if ready else "",
                conclusion=_s(report.get("conclusion"), 2000) if ready else "",
                items=_report_items(report.get("items")) if ready else []))
    return out


async def prescription_rows(patient_id: int) -> list[ArchivePrescriptionOut]:
    steps, visits, names = await _steps(patient_id, "consultation")
    out = []
    for s in steps:
        v = visits[s.visit_id]
        data = s.data if isinstance(s.data, dict) else {}
        record = data.get("record") if isinstance(data.get("record"), dict) else {}
        drugs = [DrugOut(name=_s(d.get("name"), 64), spec=_s(d.get("spec"), 64), dosage=_s(d.get("dosage"), 100),
                         quantity=_s(d.get("quantity"), 32))
                 for d in (data.get("prescriptions") if isinstance(data.get("prescriptions"), list) else [])[:50]
                 if isinstance(d, dict)]
        if not record and not drugs:
            continue
        out.append(ArchivePrescriptionOut(
            visit_id=v.id, institution=names.get(v.institution_id, ""), department=v.department,
            doctor=_s(data.get("doctor"), 64) or v.doctor, visit_date=v.visit_date, at=s.his_at,
            chief_complaint=_s(record.get("chief_complaint"), 500), diagnosis=_s(record.get("diagnosis"), 500),
            advice=_s(record.get("advice"), 1000), drugs=drugs))
    return out


# ------------------------------------------------------------------ the sections, each behind its grant

async def visits(*, actor: Principal, patient_id: int) -> ArchiveVisitsOut:
    """就诊记录: the patient's visits, newest first."""
    grant = await _gate(actor, patient_id, "visits")
    items = await visit_rows(patient_id)
    await _log(actor, grant, "visits", patient_id)
    return ArchiveVisitsOut(patient_id=patient_id, items=items)


async def reports(*, actor: Principal, patient_id: int) -> ArchiveReportsOut:
    """检查报告: each exam of the patient's visits with its report once the hospital issued it."""
    grant = await _gate(actor, patient_id, "reports")
    items = await report_rows(patient_id)
    await _log(actor, grant, "reports", patient_id)
    return ArchiveReportsOut(patient_id=patient_id, items=items)


async def prescriptions(*, actor: Principal, patient_id: int) -> ArchivePrescriptionsOut:
    """处方: each consultation's record (complaint, diagnosis, advice) and prescribed drugs."""
    grant = await _gate(actor, patient_id, "prescriptions")
    items = await prescription_rows(patient_id)
    await _log(actor, grant, "prescriptions", patient_id)
    return ArchivePrescriptionsOut(patient_id=patient_id, items=items)


async def vital_signs(*, actor: Principal, patient_id: int, kind: str | None = None, days: int = 90) -> VitalsOut:
    """体征: the latest of each kind, the measurements of the last `days` days and their trend series."""
    grant = await _gate(actor, patient_id, "vitals")
    rows = await vitals.rows(patient_id, kind=kind, since=utcnow() - dt.timedelta(days=days))
    out = VitalsOut(patient_id=patient_id, kinds=vitals.kinds(), latest=await vitals.latest(patient_id),
                    items=[vitals.present(v) for v in rows], series=vitals.series(rows))
    await _log(actor, grant, "vitals", patient_id)
    return out


async def member_archive(*, actor: Principal, patient_id: int) -> MemberArchiveOut:
    """The overview: the patient (masked), each section with what the viewer may do, and the latest
    entries of the sections the viewer may see. Refused (family.no_grant) when the viewer may see none;
    each section shown is logged for the person."""
    me = patients.require_mp(actor)
    p = await Patient.filter(id=patient_id, deleted_at__isnull=True).first()
    mine = p is not None and p.account_id == me
    allowed: dict[str, Grant | None] = {}
    if mine:
        allowed = {RECORDS: None, vitals.SCOPE: None}
    else:
        for scope in (RECORDS, vitals.SCOPE):
            try:
                allowed[scope] = await family_service.authorize(actor=actor, patient_id=patient_id, scope=scope)
            except NoGrant:
                pass
        if not allowed:
            raise NoGrant(details={"scope": RECORDS, "act": False})
    sees_records, sees_vitals = RECORDS in allowed, vitals.SCOPE in allowed
    visit_list = await visit_rows(patient_id) if sees_records else None
    report_list = await report_rows(patient_id) if sees_records else None
    rx_list = await prescription_rows(patient_id) if sees_records else None
    latest = await vitals.latest(patient_id) if sees_vitals else None
    counts = {"visits": visit_list, "reports": report_list, "prescriptions": rx_list, "vitals": latest}

    def may(scope: str) -> str | None:
        if scope not in allowed:
            return None
        g = allowed[scope]
        return "act" if g is None or g.can_act else "see"

    sections = [ArchiveSectionOut(section=s, label=label, scope=scope, i_may=may(scope),
                                  count=None if counts[s] is None else
                                  (await vitals.count(patient_id) if s == "vitals" else len(counts[s])))
                for s, (label, scope) in SECTIONS.items()]
    for scope, g in allowed.items():
        await family_service.log_access(actor=actor, grant=g, action="archive_view" if scope == RECORDS
                                        else "archive_vitals", target_type="Patient", target_id=patient_id)
    return MemberArchiveOut(patient=await patients.present(p, actor=actor), mine=mine, sections=sections,
                            visits=visit_list[:OVERVIEW] if visit_list is not None else None,
                            reports=report_list[:OVERVIEW] if report_list is not None else None,
                            prescriptions=rx_list[:OVERVIEW] if rx_list is not None else None,
                            vitals=latest)
