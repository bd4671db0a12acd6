"""Monthly schedules (排班, seed 004 综合管理后台 row 10, 医生移动端 row 23 我的排班): which day and
period a doctor is on duty, at which practice site, for how many patients.

Why by month: hospitals publish duty rosters a month at a time, and the doctor's workstation
shows them by month; the back office saves one month as a whole (what is not listed is taken
off), so a roster is never half-saved. Capacity is what the periods offer; bookings against it
belong to the video orders that take them (core/consult/queue.py), which refuse a period beyond it; a
month saved again keeps every period booked, with at least its bookings' seats.
"""
from __future__ import annotations

import datetime as dt

from core import scope
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.doctors.errors import MonthInvalid, ScheduleBooked, SiteNotListed
from core.doctors.models import PERIOD_LABELS, Doctor, DoctorSchedule, DoctorSite, Period
from core.doctors.schemas import MonthScheduleIn, MonthScheduleOut, SlotOut
from core.doctors.service import PERMISSION
from core.errors import ValidationFailed
from core.localtime import local_date
from core.principal import Principal


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """The first and the last day of "YYYY-MM"."""
    year, mon = (int(x) for x in month.split("-"))
    first = dt.date(year, mon, 1)
    return first, dt.date(year + mon // 12, mon % 12 + 1, 1) - dt.timedelta(days=1)


def current_month() -> str:
    return local_date(utcnow()).strftime("%Y-%m")


def slot_out(s: DoctorSchedule) -> SlotOut:
    return SlotOut(id=s.id, day=s.day, period=s.period, period_label=PERIOD_LABELS[s.period],
                   department_id=s.department_id, department_name=s.department.name,
                   institution_name=s.institution.name, capacity=s.capacity)


async def slots(doctor_id: int, month: str, *, offered_only: bool = False) -> MonthScheduleOut:
    """A doctor's month; `offered_only`: what patients see (enabled departments only)."""
    first, last = month_bounds(month)
    qs = DoctorSchedule.filter(doctor_id=doctor_id, day__gte=first, day__lte=last)
    if offered_only:
        qs = qs.filter(department__active=True, department__deleted_at__isnull=True)
    order = list(Period)
    rows = sorted(await qs.prefetch_related("department", "institution"),
                  key=lambda s: (s.day, order.index(s.period)))
    return MonthScheduleOut(doctor_id=doctor_id, month=month, slots=[slot_out(s) for s in rows])


async def month_schedule(*, actor: Principal, doctor_id: int, month: str) -> MonthScheduleOut:
    await scope.require(actor, PERMISSION)
    await scope.get(actor, Doctor, doctor_id)
    return await slots(doctor_id, month)


async def _keeps_bookings(doctor_id: int, first: dt.date, last: dt.date, data: MonthScheduleIn) -> None:
    """A period patients booked a video consultation for stays, with at least as many seats (the video
    orders keep their day and period, core/consult/queue.py). Read after the month's rows were deleted
    in this transaction: a booking holding a row's lock has committed by then."""
    from tortoise.functions import Count

    from core.consult.models import ConsultOrder

    released = ("cancelled", "rejected", "expired")  # given up: the seat is free again
    booked = await ConsultOrder.filter(doctor_id=doctor_id, kind="video", slot_day__gte=first, slot_day__lte=last) \
        .exclude(state__in=released).annotate(n=Count("id")).group_by("slot_day", "slot_period") \
        .values_list("slot_day", "slot_period", "n")
    seats = {(s.day, Period(s.period).value): s.capacity for s in data.slots}
    for day, period, n in sorted(booked):
        if seats.get((day, period), 0) < n:
            raise ScheduleBooked(details={"day": day.isoformat(), "period": period, "booked": n,
                                          "capacity": seats.get((day, period), 0)})


@transactional
async def set_month(*, actor: Principal, doctor_id: int, data: MonthScheduleIn) -> MonthScheduleOut:
    """Replace the doctor's schedule of `data.month` with `data.slots`."""
    await scope.require(actor, PERMISSION)
    first, last = month_bounds(data.month)
    seen: set[tuple[dt.date, Period]] = set()
    for n, slot in enumerate(data.slots):
        if not first <= slot.day <= last:
            raise MonthInvalid(details={"path": f"slots.{n}.day", "month": data.month, "day": slot.day.isoformat()})
        if (slot.day, slot.period) in seen:
            raise ValidationFailed(details={"errors": [{"path": f"slots.{n}", "type": "duplicate",
                                                        "message": "同一天同一时段只能排一次"}]})
        seen.add((slot.day, slot.period))
    async with scope.locked(actor, Doctor, doctor_id) as doctor:
        sites = {s.department_id: s for s in await DoctorSite.filter(doctor_id=doctor.id)}
        for slot in data.slots:
            if slot.department_id not in sites:
                raise SiteNotListed(details={"department_id": slot.department_id})
        removed = await DoctorSchedule.filter(doctor_id=doctor.id, day__gte=first, day__lte=last).delete()
        await _keeps_bookings(doctor.id, first, last, data)
        await DoctorSchedule.bulk_create([
            DoctorSchedule(doctor_id=doctor.id, department_id=s.department_id,
                           institution_id=sites[s.department_id].institution_id, day=s.day, period=s.period,
                           capacity=s.capacity) for s in data.slots])
        await audit_service.record(actor=actor, action="doctors.schedule", target_type="Doctor", target_id=doctor.id,
                                   before={"month": data.month, "slots": removed},
                                   after={"month": data.month, "slots": len(data.slots)},
                                   org_id=doctor.institution_id)
    return await slots(doctor_id, data.month)
