"""家庭健康档案调阅 (seed 003 家庭健康管理 7): a patient's visits, exam reports, prescriptions and vital
signs, for the patient's own account and for family members the person granted them to.

Why: a relative who looks after a parent wants to see the parent's hospital visits and results,
but only what the parent opened, and the parent must see that they looked. Every section passes
`core.family.service.authorize` with its scope (健康档案 `health_records` for visits, reports and
prescriptions; 体征数据 `vital_signs` for vital signs); every read under a grant is written with
`log_access` (shown in "谁查看了我的数据", `accesses_to_me`, and audited). Without a grant the
answer is `family.no_grant` (403), as for every other family read, and the attempt is audited.

The visits, reports and prescriptions are what the hospitals reported through the visit centre:
core/visits' own reading of a patient's visits with their steps (`core.visits.service.visits_of`: exam
step data `items[].report`, consultation step data `record` and `prescriptions`). core/visits calls
this domain (family grants), so this one cannot import it back (.importlinter acyclic contract):
core/wiring.py registers that reader here (`register_visit_reader`), and the grant check and the
access log stay here, before the reader is asked.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Awaitable, Callable

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
from core.principal import Principal

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
MAX_VISITS = 50
OVERVIEW = 5  # entries of each section on the overview


async def _gate(actor: Principal, patient_id: int, section: str) -> Grant | None:
    return await family_service.authorize(actor=actor, patient_id=patient_id, scope=SECTIONS[section][1])


async def _log(actor: Principal, grant: Grant | None, section: str, patient_id: int) -> None:
    await family_service.log_access(actor=actor, grant=grant, action=f"archive_{section}",
                                    target_type="Patient", target_id=patient_id)


# ------------------------------------------------------------------ reading the visit centre's visits

# fn(*, patient_id, limit) -> the patient's visits newest first, each with `steps` (code, data, his_at),
# as core.visits.service.visits_of answers them (registered by core/wiring.py).
VisitReader = Callable[..., Awaitable[list[Any]]]
_reader: list[VisitReader] = []


def register_visit_reader(fn: VisitReader) -> None:
    _reader[:] = [fn]


async def _details(patient_id: int) -> list[Any]:
    if not _reader:
        return []  # no visit centre in this process
    return await _reader[0](patient_id=patient_id, limit=MAX_VISITS)


def _s(v: Any, n: int = 200) -> str:
    if v is None or isinstance(v, (dict, list)):
        return ""
    return str(v)[:n]


def _visit_rows(details: list[Any]) -> list[ArchiveVisitOut]:
    return [ArchiveVisitOut(id=v.id, institution_id=v.institution_id, institution=v.institution_name,
                            department=v.department, doctor=v.doctor, visit_date=v.visit_date, state=v.state,
                            state_label=v.state_text or VISIT_STATES.get(v.state, v.state), step=v.step,
                            step_name=v.step_name or STEP_NAMES.get(v.step, v.step), created_at=v.created_at)
            for v in details]


def _steps(details: list[Any], code: str) -> list[tuple[Any, Any]]:
    """(visit, step) of every visit's step `code` that the HIS reported, newest first."""
    found = [(v, st) for v in details for st in v.steps if st.code == code and (st.data or st.his_at)]
    found.sort(key=lambda p: p[1].his_at or p[0].created_at, reverse=True)
    return found


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


def _report_rows(details: list[Any]) -> list[ArchiveReportOut]:
    out = []
    for v, s in _steps(details, "exam"):
        items = s.data.get("items") if isinstance(s.data, dict) else None
        for it in items if isinstance(items, list) else []:
            if not isinstance(it, dict):
                continue
            report = it.get("report") if isinstance(it.get("report"), dict) else {}
            state = _s(it.get("report_state"), 16) or ("ready" if report else "pending")
            ready = state in REPORT_READY or bool(report.get("conclusion"))
            out.append(ArchiveReportOut(
                visit_id=v.id, institution=v.institution_name, department=v.department,
                visit_date=v.visit_date, at=s.his_at, name=_s(it.get("name"), 64), location=_s(it.get("location"), 128),
                report_state=state, ready=ready, title=_s(report.get("title"), 100) if ready else "",
                conclusion=_s(report.get("conclusion"), 2000) if ready else "",
                items=_report_items(report.get("items")) if ready else []))
    return out


def _prescription_rows(details: list[Any]) -> list[ArchivePrescriptionOut]:
    out = []
    for v, s in _steps(details, "consultation"):
        data = s.data if isinstance(s.data, dict) else {}
        record = data.get("record") if isinstance(data.get("record"), dict) else {}
        drugs = [DrugOut(name=_s(d.get("name"), 64), spec=_s(d.get("spec"), 64), dosage=_s(d.get("dosage"), 100),
                         quantity=_s(d.get("quantity"), 32))
                 for d in (data.get("prescriptions") if isinstance(data.get("prescriptions"), list) else [])[:50]
                 if isinstance(d, dict)]
        if not record and not drugs:
            continue
        out.append(ArchivePrescriptionOut(
            visit_id=v.id, institution=v.institution_name, department=v.department,
            doctor=_s(data.get("doctor"), 64) or v.doctor, visit_date=v.visit_date, at=s.his_at,
            chief_complaint=_s(record.get("chief_complaint"), 500), diagnosis=_s(record.get("diagnosis"), 500),
            advice=_s(record.get("advice"), 1000), drugs=drugs))
    return out


# ------------------------------------------------------------------ the sections, each behind its grant

async def visits(*, actor: Principal, patient_id: int) -> ArchiveVisitsOut:
    """就诊记录: the patient's visits, newest first."""
    grant = await _gate(actor, patient_id, "visits")
    items = _visit_rows(await _details(patient_id))
    await _log(actor, grant, "visits", patient_id)
    return ArchiveVisitsOut(patient_id=patient_id, items=items)


async def reports(*, actor: Principal, patient_id: int) -> ArchiveReportsOut:
    """检查报告: each exam of the patient's visits with its report once the hospital issued it."""
    grant = await _gate(actor, patient_id, "reports")
    items = _report_rows(await _details(patient_id))
    await _log(actor, grant, "reports", patient_id)
    return ArchiveReportsOut(patient_id=patient_id, items=items)


async def prescriptions(*, actor: Principal, patient_id: int) -> ArchivePrescriptionsOut:
    """处方: each consultation's record (complaint, diagnosis, advice) and prescribed drugs."""
    grant = await _gate(actor, patient_id, "prescriptions")
    items = _prescription_rows(await _details(patient_id))
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
    details = await _details(patient_id) if sees_records else []
    visit_list = _visit_rows(details) if sees_records else None
    report_list = _report_rows(details) if sees_records else None
    rx_list = _prescription_rows(details) if sees_records else None
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
