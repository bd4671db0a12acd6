"""The built-in demo HIS: answers the HisAdapter interface from our own his_* tables.

Why: the demo (`make run`) and the tests need a HIS that behaves like a real
one (patients found by ID number and name, archived and unarchived stays,
structured documents) without a hospital. `core/demo/records.py` fills the tables;
an institution's RecordRoom with his_kind "demo" reads its own rows here.

Its outpatient systems (issue 13) book slots, cancel and check in, and report what happens
as visit events the way a hospital's would: appended to its change log (the poller's feed,
`visit_changes`) and handed to a sink (`set_sink`: the visit simulator's, in development).
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Awaitable, Callable, Iterable

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from core import crypto
from core.db import transactional, utcnow
from core.his.adapter import (
    Admission, Booking, Department, Document, HisAdapter, HisDoctor as Doctor, PatientRef, Slot,
)
from core.his.errors import BookingNotFound, BookingState, SlotFull, SlotNotFound, SlotPast
from core.his.models import (
    HisAdmission, HisBooking, HisClinic, HisDoctor, HisDocument, HisPatient, HisSlot, HisVisitEvent,
)
from core.his.outpatient import envelope, room_of
from core.localtime import LOCAL as CHINA

log = logging.getLogger("huiyi.his")


class DemoRecords:
    async def find_patient(self, *, id_number: str, name: str) -> PatientRef | None:
        bidx = crypto.blind_index(id_number.strip().upper(), purpose="id_number")
        row = await HisPatient.filter(institution_id=self.institution_id, id_number_bidx=bidx).first()
        if row is None or row.name != name.strip():
            return None
        return PatientRef(ref=str(row.id), mrn=row.mrn)

    async def archived_admissions(self, patient: PatientRef) -> list[Admission]:
        rows = await HisAdmission.filter(patient_id=int(patient.ref), patient__institution_id=self.institution_id,
                                         archived=True).order_by("-admitted_on", "-id")
        return [Admission(id=str(r.id), visit_no=r.visit_no, department=r.department, admitted_on=r.admitted_on,
                          discharged_on=r.discharged_on, diagnosis=r.diagnosis) for r in rows]

    async def documents(self, *, admission_id: str, kinds: Iterable[str]) -> list[Document]:
        if not str(admission_id).isdigit():
            return []
        rows = await HisDocument.filter(admission_id=int(admission_id), kind__in=list(kinds),
                                        admission__patient__institution_id=self.institution_id,
                                        admission__archived=True).order_by("written_at", "id")
        return [Document(kind=r.kind, title=r.title, written_at=r.written_at, sections=list(r.body or []))
                for r in rows]



# ---------------------------------------------------------------- outpatient: booking, check-in, change log

# Where the demo HIS hands the events it produces, besides its change log (which the poller reads):
# the visit simulator's sink in development (core/his/simulator.py), nothing in tests unless set.
EventSink = Callable[[int, list[Any]], Awaitable[Any]]
_sink: EventSink | None = None


def set_sink(sink: EventSink | None) -> None:
    """Hand the demo HIS's visit events to `sink(institution_id, events)` (None: the change log only)."""
    global _sink
    _sink = sink


async def append_changes(institution_id: int, items: list[Any]) -> None:
    """Append events (envelopes, or raw text for a malformed one) to an institution's change log."""
    await HisVisitEvent.bulk_create([
        HisVisitEvent(institution_id=institution_id, payload=item,
                      event_id=str(item.get("event_id", "") if isinstance(item, dict) else "")[:64])
        for item in items])


async def _hand_over(institution_id: int, items: list[dict[str, Any]]) -> None:
    if _sink is None or not items:
        return
    try:
        await _sink(institution_id, items)
    except Exception:  # the change log has them: a poller or a replay still gets them
        log.exception("demo HIS: handing %d visit events to the sink failed", len(items))


def _booking_events(b: HisBooking, slot: HisSlot, doctor: HisDoctor, clinic: HisClinic, *,
                    patient: dict[str, str], at: dt.datetime) -> list[dict[str, Any]]:
    info = {"department": clinic.name, "doctor": doctor.name, "location": room_of(clinic.name, doctor.name),
            "date": slot.day.isoformat()}
    data = {"department": clinic.name, "doctor": f"{doctor.name} {doctor.title}", "location": info["location"],
            "date": slot.day.isoformat(), "time": f"{slot.starts}-{slot.ends}", "number": b.number,
            "fee_fen": slot.fee_fen, "booking": "booked"}
    return [envelope(event_id=f"{b.his_visit}-appointment-booked", visit=b.his_visit, step="appointment",
                     state="done", at=at, patient=patient, visit_info=info, data=data)]


class DemoOutpatient:
    """The outpatient half of the demo HIS (mixed into DemoHis)."""

    institution_id: int

    async def ping(self) -> dict[str, Any]:
        clinics = await HisClinic.filter(institution_id=self.institution_id).count()
        last = await HisVisitEvent.filter(institution_id=self.institution_id).order_by("-id").first()
        return {"system": "演示HIS", "departments": clinics, "cursor": str(last.id) if last else ""}

    async def visit_changes(self, *, cursor: str, limit: int) -> tuple[list[dict[str, Any]], str]:
        after = int(cursor) if str(cursor or "").isdigit() else 0
        rows = await HisVisitEvent.filter(institution_id=self.institution_id, id__gt=after) \
            .order_by("id").limit(max(1, min(int(limit), 1000)))
        return [r.payload for r in rows], (str(rows[-1].id) if rows else str(cursor or ""))

    async def departments(self) -> list[Department]:
        rows = await HisClinic.filter(institution_id=self.institution_id).order_by("position", "id")
        return [Department(code=r.code, name=r.name, location=r.location) for r in rows]

    async def doctors(self, *, department_code: str) -> list[Doctor]:
        rows = await HisDoctor.filter(clinic__institution_id=self.institution_id, clinic__code=department_code) \
            .order_by("id").prefetch_related("clinic")
        return [Doctor(code=r.code, name=r.name, title=r.title, department_code=r.clinic.code,
                       speciality=r.speciality) for r in rows]

    async def slots(self, *, doctor_code: str, day: dt.date) -> list[Slot]:
        rows = await HisSlot.filter(doctor__clinic__institution_id=self.institution_id, doctor__code=doctor_code,
                                    day=day).order_by("starts", "id")
        return [Slot(id=str(r.id), doctor_code=doctor_code, day=r.day, starts=r.starts, ends=r.ends,
                     capacity=r.capacity, remaining=max(0, r.capacity - r.booked), fee_fen=r.fee_fen)
                for r in rows]

    async def _slot(self, slot_id: str, *, lock: bool = False) -> HisSlot:
        if not str(slot_id).isdigit():
            raise SlotNotFound(details={"slot_id": slot_id})
        qs = HisSlot.filter(id=int(slot_id), doctor__clinic__institution_id=self.institution_id)
        row = await (qs.select_for_update() if lock else qs).first()
        if row is None:
            raise SlotNotFound(details={"slot_id": slot_id})
        return row

    @transactional  # a lost lock conflict runs the HIS's transaction again (nothing is handed over before it commits)
    async def book(self, *, slot_id: str, patient: dict[str, str]) -> Booking:
        now = utcnow()
        person = {"id_number": str(patient["id_number"]).strip().upper(), "name": str(patient["name"]).strip()}
        async with in_transaction():
            slot = await self._slot(slot_id, lock=True)
            ends = dt.datetime.combine(slot.day, dt.time.fromisoformat(slot.ends), tzinfo=CHINA)
            if ends <= now:
                raise SlotPast(details={"slot_id": slot_id})
            if slot.booked >= slot.capacity:
                raise SlotFull(details={"slot_id": slot_id})
            slot.booked += 1
            await slot.save(update_fields=["booked"])
            doctor = await HisDoctor.get(id=slot.doctor_id).prefetch_related("clinic")
            b = await HisBooking.create(institution_id=self.institution_id, slot_id=slot.id,
                                        his_visit=f"pending-{slot.id}-{slot.booked}-{now.timestamp()}",
                                        name=person["name"], id_number=person["id_number"], number=slot.booked)
            b.his_visit = f"MZ{slot.day:%y%m%d}{b.id:06d}"
            await b.save(update_fields=["his_visit"])
            events = _booking_events(b, slot, doctor, doctor.clinic, patient=person, at=now)
            await append_changes(self.institution_id, events)
        await _hand_over(self.institution_id, events)
        return Booking(his_visit=b.his_visit, slot_id=str(slot.id), department=doctor.clinic.name,
                       doctor=doctor.name, location=room_of(doctor.clinic.name, doctor.name), day=slot.day,
                       starts=slot.starts, ends=slot.ends, number=b.number, fee_fen=slot.fee_fen, events=events)

    async def _booking(self, his_visit: str) -> HisBooking:
        b = await HisBooking.filter(institution_id=self.institution_id, his_visit=str(his_visit)) \
            .select_for_update().first()
        if b is None:
            raise BookingNotFound(details={"his_visit": his_visit})
        return b

    @transactional  # a lost lock conflict runs the HIS's transaction again (nothing is handed over before it commits)
    async def cancel_booking(self, *, his_visit: str) -> list[dict[str, Any]]:
        now = utcnow()
        async with in_transaction():
            b = await self._booking(his_visit)
            if b.state == "cancelled":
                return []
            if b.state != "booked":
                raise BookingState("已签到的就诊不能取消预约", details={"state": b.state})
            b.state = "cancelled"
            await b.save(update_fields=["state"])
            await HisSlot.filter(id=b.slot_id, booked__gt=0).update(booked=F("booked") - 1)
            events = [envelope(event_id=f"{b.his_visit}-appointment-cancelled", visit=b.his_visit,
                               step="appointment", state="cancelled", at=now,
                               data={"booking": "cancelled"}, visit_state="cancelled")]
            await append_changes(self.institution_id, events)
        await _hand_over(self.institution_id, events)
        return events

    @transactional  # a lost lock conflict runs the HIS's transaction again (nothing is handed over before it commits)
    async def check_in(self, *, his_visit: str) -> list[dict[str, Any]]:
        now = utcnow()
        async with in_transaction():
            b = await self._booking(his_visit)
            if b.state != "booked":
                raise BookingState("该预约已签到或已取消", details={"state": b.state})
            slot = await HisSlot.get(id=b.slot_id)
            if slot.day < now.astimezone(CHINA).date():  # the demo lets one check in early, never late
                raise BookingState("预约已过期，不能签到", details={"day": slot.day.isoformat()})
            b.state = "checked_in"
            await b.save(update_fields=["state"])
            doctor = await HisDoctor.get(id=slot.doctor_id).prefetch_related("clinic")
            ahead = await HisBooking.filter(slot__doctor_id=slot.doctor_id, slot__day=slot.day,
                                            state="checked_in", id__lt=b.id).count()
            room = room_of(doctor.clinic.name, doctor.name)
            number = f"{doctor.clinic.code[:1]}{b.number + (0 if slot.starts < '12:00' else 50):03d}"
            events = [
                envelope(event_id=f"{b.his_visit}-checkin-done", visit=b.his_visit, step="checkin", state="done",
                         at=now, data={"location": doctor.clinic.location, "checked_in_at":
                                       now.astimezone(CHINA).strftime("%H:%M")}),
                envelope(event_id=f"{b.his_visit}-queue-{ahead}", visit=b.his_visit, step="queue", state="active",
                         at=now + dt.timedelta(seconds=1), data={"number": number, "ahead": ahead, "location": room,
                                                                 "doctor": doctor.name}),
            ]
            await append_changes(self.institution_id, events)
        await _hand_over(self.institution_id, events)
        return events


class DemoHis(DemoOutpatient, DemoRecords, HisAdapter):
    """The demo HIS: record-room answers and the outpatient systems of our own his_* tables."""


SLOT_TIMES = [("08:00", "09:00"), ("09:00", "10:00"), ("10:00", "11:00"), ("13:30", "14:30"), ("14:30", "15:30")]


async def seed_outpatient(institution_id: int, *, first_day: dt.date, days: int = 14, capacity: int = 5,
                          departments: list[str] | None = None, weekends: bool = False) -> list[HisClinic]:
    """A demo hospital's outpatient side: departments, two doctors each, hourly slots for `days` days
    (weekdays only unless `weekends`). Returns the departments."""
    from core.his.outpatient import DEPARTMENT_CODES, DEPARTMENT_LOCATIONS, DOCTORS, REGISTRATION_FEE_FEN, \
        SPECIALITIES

    clinics = []
    slots = []
    for pos, name in enumerate(departments or list(DEPARTMENT_CODES)):
        clinic = await HisClinic.create(institution_id=institution_id, code=DEPARTMENT_CODES[name], name=name,
                                        location=DEPARTMENT_LOCATIONS[name], position=pos)
        clinics.append(clinic)
        for k, (doctor_name, title) in enumerate(DOCTORS[name]):
            doctor = await HisDoctor.create(clinic_id=clinic.id, code=f"{clinic.code}{k + 1:02d}", name=doctor_name,
                                            title=title, speciality=SPECIALITIES[name])
            for d in range(days):
                day = first_day + dt.timedelta(days=d)
                if not weekends and day.weekday() >= 5:
                    continue
                for n, (starts, ends) in enumerate(SLOT_TIMES):
                    if (n + k) % 2 and d % 2:  # doctors alternate half-days off
                        continue
                    slots.append(HisSlot(doctor_id=doctor.id, day=day, starts=starts, ends=ends, capacity=capacity,
                                         fee_fen=REGISTRATION_FEE_FEN.get(title, 1500)))
    await HisSlot.bulk_create(slots, batch_size=500)
    return clinics
