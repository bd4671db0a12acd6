"""家庭门诊预约 (seed 003 家庭健康管理 item 8): book and cancel an outpatient appointment at a
hospital's HIS for oneself or for a family member, against its departments, doctors and slots.

Why here: a booking is the first step of a visit. The HIS makes the booking (the adapter's
`book`) and reports it as the visit's `appointment` event; this module opens the Visit for the
patient booked for (with `booked_by` when a relative booked it under a grant) and applies that
event through the event centre's own `apply_batch`, in one transaction, so the visit the
assistant shows and the one the HIS later reports on are the same (the HIS's push of the same
event is a duplicate by its event id).

Who may book: the account's own 就诊人, or the real-name identity of a family member who granted
the `appointments` scope with act (core.family.service.authorize(act=True)); a see-only grant or
none is refused (403 family.no_grant, audited there). Each booking and cancellation is audited,
and a relative's is written where the member reads who acted for them (family.log_access).
Only institutions that opened the visit assistant (HisConnection.assistant_enabled) take bookings.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from tortoise.expressions import Q, Subquery

from core.audit import service as audit_service
from core.db import transactional
from core.errors import AppError
from core.family import service as family_service
from core.family.models import Grant, Patient
from core.his import adapter as his_adapter
from core.localtime import LOCAL
from core.masking import mask_id_number, mask_name
from core.orgs.models import OrgNode
from core.principal import Principal
from core.visits import steps as steps_config
from core.visits.apply import apply_batch
from core.visits.errors import (
    AppointmentNotCancellable, AppointmentNotFound, AssistantClosed, BookingClosed, DayOutOfRange,
    InstitutionNotFound,
)
from core.visits.models import HisConnection, Visit, VisitStep
from core.visits.schemas import (
    AppointmentDepartmentOut, AppointmentDoctorOut, AppointmentInstitutionOut, AppointmentOut, AppointmentSlotOut,
    VisitPatientOut,
)

log = logging.getLogger("huiyi.visits")

SCOPE = "appointments"  # the family grant (with act) that lets a member book for another
SOURCE = "booking"  # VisitEvent.source of the booking's own events
BOOKABLE_DAYS = 14
LIST_LIMIT = 50
STATE_TEXT = {"booked": "已预约", "cancelled": "已取消", "visiting": "就诊中", "ended": "已结束"}
EARLY_STEPS = ("", "appointment", "registration")


def _mp(actor: Principal) -> int:
    if actor.kind != "mp" or actor.id is None:
        raise AppointmentNotFound()
    return actor.id


async def _connection(institution_id: int, *, booking: bool = False) -> tuple[OrgNode, HisConnection]:
    """The institution's connection, the assistant open there (and, for booking, its 预约 step on)."""
    inst = await OrgNode.filter(id=institution_id, deleted_at__isnull=True).first()
    if inst is None:
        raise InstitutionNotFound(details={"institution_id": institution_id})
    conn = await HisConnection.filter(institution_id=institution_id).first()
    if conn is None or not conn.assistant_enabled:
        raise AssistantClosed(details={"institution_id": institution_id})
    if booking and not any(s.code == "appointment" and s.enabled for s in await steps_config.config_of(inst.id)):
        raise BookingClosed(details={"institution_id": institution_id})
    return inst, conn


def _adapter(conn: HisConnection) -> his_adapter.HisAdapter:
    return his_adapter.adapter_for(institution_id=conn.institution_id, name=conn.adapter, config=conn.config)


async def _ask(call) -> Any:
    """A call to the HIS: its own refusals (AppError) as they are, anything else is `his.unavailable`."""
    try:
        return await call
    except AppError:
        raise
    except Exception as exc:
        log.warning("HIS call failed: %s", type(exc).__name__)
        raise his_adapter.HisUnavailable() from exc


# ------------------------------------------------------------------ what can be booked

async def institutions(*, actor: Principal) -> list[AppointmentInstitutionOut]:
    """The institutions that opened the visit assistant with its 预约 step (and so take bookings)."""
    _mp(actor)
    ids = await HisConnection.filter(assistant_enabled=True).values_list("institution_id", flat=True)
    rows = await OrgNode.filter(id__in=list(ids), deleted_at__isnull=True).order_by("code", "id") if ids else []
    return [AppointmentInstitutionOut(id=r.id, name=r.name) for r in rows
            if any(s.code == "appointment" and s.enabled for s in await steps_config.cached_config(r))]


async def departments(*, actor: Principal, institution_id: int) -> list[AppointmentDepartmentOut]:
    _mp(actor)
    _, conn = await _connection(institution_id)
    rows = await _ask(_adapter(conn).departments())
    return [AppointmentDepartmentOut(code=r.code, name=r.name, location=r.location) for r in rows]


async def doctors(*, actor: Principal, institution_id: int, department_code: str) -> list[AppointmentDoctorOut]:
    _mp(actor)
    _, conn = await _connection(institution_id)
    rows = await _ask(_adapter(conn).doctors(department_code=department_code))
    return [AppointmentDoctorOut(code=r.code, name=r.name, title=r.title, department_code=r.department_code,
                                 speciality=r.speciality) for r in rows]


def _today() -> dt.date:
    return dt.datetime.now(LOCAL).date()


async def slots(*, actor: Principal, institution_id: int, doctor_code: str, day: dt.date) -> list[AppointmentSlotOut]:
    """The doctor's slots of one day (today up to two weeks ahead), with what is left of each."""
    _mp(actor)
    if not _today() <= day < _today() + dt.timedelta(days=BOOKABLE_DAYS):
        raise DayOutOfRange(details={"day": day.isoformat(), "days": BOOKABLE_DAYS})
    _, conn = await _connection(institution_id)
    rows = await _ask(_adapter(conn).slots(doctor_code=doctor_code, day=day))
    return [AppointmentSlotOut(id=r.id, doctor_code=r.doctor_code, day=r.day, starts=r.starts, ends=r.ends,
                               capacity=r.capacity, remaining=r.remaining, fee_fen=r.fee_fen) for r in rows]


# ------------------------------------------------------------------ booking

async def book(*, actor: Principal, patient_id: int, institution_id: int, slot_id: str) -> AppointmentOut:
    """Book `slot_id` for the patient (own, or a member's under an `appointments` act grant); the
    booking becomes the visit's first step. The HIS decides capacity (his.slot_full)."""
    me = _mp(actor)
    grant = await family_service.authorize(actor=actor, patient_id=patient_id, scope=SCOPE, act=True)
    patient = await Patient.filter(id=patient_id, deleted_at__isnull=True).first()
    if patient is None or not patient.id_number:
        raise AppointmentNotFound("就诊人不存在或未实名", details={"patient_id": patient_id})
    inst, conn = await _connection(institution_id, booking=True)
    adapter = _adapter(conn)
    person = {"id_number": patient.id_number, "name": patient.name}
    if getattr(patient, "phone", None):
        person["phone"] = patient.phone
    booking = await _ask(adapter.book(slot_id=slot_id, patient=person))
    try:
        visit = await _record(actor=actor, grant=grant, patient=patient, institution_id=inst.id, booking=booking)
    except Exception:
        # The HIS booked, we could not record it: give the slot back rather than leave a booking nobody sees.
        try:
            await adapter.cancel_booking(his_visit=booking.his_visit)
        except Exception:
            log.exception("booking %s at institution %s recorded nowhere and not cancelled", booking.his_visit,
                          inst.id)
        raise
    return (await _outs([visit], me))[0]


@transactional
async def _record(*, actor: Principal, grant: Grant | None, patient: Patient, institution_id: int,
                  booking: his_adapter.Booking) -> Visit:
    fields = {"patient_id": patient.id, "department": booking.department[:64], "doctor": booking.doctor[:64],
              "location": booking.location[:128], "visit_date": booking.day,
              "booked_by_id": actor.id if grant is not None else None}
    visit = await Visit.filter(institution_id=institution_id, his_visit=booking.his_visit).select_for_update().first()
    if visit is None:
        visit = await Visit.create(institution_id=institution_id, his_visit=booking.his_visit, **fields)
    else:  # the HIS's push of the booking got to the centre first: the visit is the one booked here
        await Visit.filter(id=visit.id).update(**fields)
    await apply_batch(institution_id=institution_id, items=list(booking.events), source=SOURCE)
    await audit_service.record(actor=actor, action="visits.appointment_book", target_type="Visit", target_id=visit.id,
                               after={"institution": institution_id, "his_visit": booking.his_visit,
                                      "slot": booking.slot_id, "patient": patient.id,
                                      "grant": grant.id if grant is not None else None})
    await family_service.log_access(actor=actor, grant=grant, action="appointment.book", target_type="Visit",
                                    target_id=visit.id)
    return await Visit.get(id=visit.id)


async def _booked_visit(actor: Principal, visit_id: int) -> tuple[Visit, Grant | None]:
    """The visit booked here, if the actor may act on it (own patient, or an `appointments` act grant)."""
    visit = await Visit.filter(id=visit_id).first()
    if visit is None or not await VisitStep.filter(visit_id=visit_id, code="appointment").exists():
        raise AppointmentNotFound(details={"visit_id": visit_id})
    grant = await family_service.authorize(actor=actor, patient_id=visit.patient_id, scope=SCOPE, act=True)
    return visit, grant


async def cancel(*, actor: Principal, visit_id: int) -> AppointmentOut:
    """Cancel the appointment at the HIS (before check-in); its cancellation ends the visit."""
    me = _mp(actor)
    visit, grant = await _booked_visit(actor, visit_id)
    if visit.state != "open" or visit.step not in EARLY_STEPS:
        raise AppointmentNotCancellable(details={"step": visit.step, "state": visit.state})
    _, conn = await _connection(visit.institution_id)
    events = await _ask(_adapter(conn).cancel_booking(his_visit=visit.his_visit))
    await _cancelled(actor=actor, grant=grant, visit=visit, events=events or [])
    return (await _outs([await Visit.get(id=visit.id)], me))[0]


@transactional
async def _cancelled(*, actor: Principal, grant: Grant | None, visit: Visit, events: list[dict]) -> None:
    if events:
        await apply_batch(institution_id=visit.institution_id, items=list(events), source=SOURCE)
    await audit_service.record(actor=actor, action="visits.appointment_cancel", target_type="Visit",
                               target_id=visit.id, after={"institution": visit.institution_id,
                                                          "his_visit": visit.his_visit,
                                                          "grant": grant.id if grant is not None else None})
    await family_service.log_access(actor=actor, grant=grant, action="appointment.cancel", target_type="Visit",
                                    target_id=visit.id)


# ------------------------------------------------------------------ my appointments

async def my_appointments(*, actor: Principal, limit: int = LIST_LIMIT) -> list[AppointmentOut]:
    """Appointments of the account's own 就诊人 and those it booked for members, newest first."""
    me = _mp(actor)
    booked = Subquery(VisitStep.filter(code="appointment").values("visit_id"))
    visits = await Visit.filter(Q(patient__account_id=me) | Q(booked_by_id=me), id__in=booked) \
        .order_by("-created_at", "-id").limit(limit)
    return await _outs(visits, me)


def _state(v: Visit) -> str:
    if v.state == "cancelled":
        return "cancelled"
    if v.state == "ended":
        return "ended"
    return "booked" if v.step in ("", "appointment") else "visiting"


async def _outs(visits: list[Visit], me: int) -> list[AppointmentOut]:
    if not visits:
        return []
    ids = [v.id for v in visits]
    data = dict(await VisitStep.filter(visit_id__in=ids, code="appointment").values_list("visit_id", "data"))
    names = dict(await OrgNode.filter(id__in={v.institution_id for v in visits}).values_list("id", "name"))
    people = {p.id: p for p in await Patient.filter(id__in={v.patient_id for v in visits})}
    out = []
    for v in visits:
        d = data.get(v.id) or {}
        p = people.get(v.patient_id)
        state = _state(v)
        out.append(AppointmentOut(
            visit_id=v.id, his_visit=v.his_visit, institution_id=v.institution_id,
            institution_name=names.get(v.institution_id, ""),
            patient=VisitPatientOut(id=v.patient_id, name=mask_name(p.name) if p else None,
                                    id_number=mask_id_number(p.id_number) if p else None),
            mine=p is not None and p.account_id == me, booked_by_me=v.booked_by_id == me,
            department=v.department, doctor=v.doctor, location=v.location, day=v.visit_date,
            time=str(d.get("time") or ""), number=d.get("number") if isinstance(d.get("number"), int) else None,
            fee_fen=d.get("fee_fen") if isinstance(d.get("fee_fen"), int) else None, state=state,
            state_text=STATE_TEXT[state], cancellable=v.state == "open" and v.step in EARLY_STEPS,
            created_at=v.created_at))
    return out


__all__ = ["book", "cancel", "departments", "doctors", "institutions", "my_appointments", "slots"]
