"""The video waiting room's slots and queue: when a slot is, booking a seat in it, who stands where in
its queue, how long they will wait, and the live news of it (seed 004 视频问诊, 候诊室: 实时查看排队情况).

Why a module of its own, below `service.move`: every move of a video order may move the queue of its
slot (a check-in, a call, a missed call, a patient leaving, the doctor ending a call), and `move`
pushes the slot's positions whenever that happens, so the queue cannot drift from the orders. The
flows (booking, check-in, calls) are in `video.py`, which imports this; this imports no flow.

The rules, in one function (`positions`, one query for the slot plus one for the doctor's pace):
- the queue of a slot is its checked-in orders (`queued`) in check-in order; a patient being called
  (`calling`) is at position 0 and not counted ahead of anybody; a patient who missed a call went
  back to the queue behind those never called (the doctor re-calls them by choice, or calls next);
- the estimated wait is the number of people ahead, plus one when the doctor is in a call or
  calling, times the doctor's pace: the mean length of their last PACE_CALLS finished video calls
  (answered → hung up or ended, each counted at most PACE_CAP_MINUTES), DEFAULT_PACE_MINUTES when
  there are none yet.

Live: `doctor:<id>` gets a small notice per change (the workstation fetches the queue again);
`waiting:<order id>` gets that order's own position and wait (authorised in video.py for the order's
account and grant holders). Payloads carry ids and numbers only.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from tortoise.functions import Count

from core.consult.errors import SlotFull, SlotRequired, SlotUnavailable
from core.consult.models import ConsultOrder
from core.consult.states import State
from core.doctors.models import DoctorSchedule
from core.events import service as events
from core.settings import get_settings, period_hours

CHINA = ZoneInfo("Asia/Shanghai")
WAITING_TOPIC = "waiting"  # waiting:<order id>: the patient's own place in the queue
QUEUE_EVENT = "consult.video_queue"  # on doctor:<id> and waiting:<order id>
PACE_CALLS = 10
DEFAULT_PACE_MINUTES = 10.0
PACE_CAP_MINUTES = 60.0  # a call left open for hours says nothing about the pace
IN_QUEUE = (State.QUEUED.value, State.CALLING.value)


def waiting_topic(order_id: int) -> str:
    return f"{WAITING_TOPIC}:{order_id}"


def slot_bounds(day: dt.date, period: str) -> tuple[dt.datetime, dt.datetime]:
    """When a schedule period of a day starts and ends (UTC), by CONSULT_PERIODS in China time."""
    start, end = period_hours(get_settings().consult_periods)[period]
    return (dt.datetime.combine(day, start, CHINA).astimezone(dt.timezone.utc),
            dt.datetime.combine(day, end, CHINA).astimezone(dt.timezone.utc))


def check_in_from(day: dt.date, period: str) -> dt.datetime:
    return slot_bounds(day, period)[0] - dt.timedelta(minutes=get_settings().consult_checkin_minutes)


@dataclass(frozen=True)
class Place:
    order_id: int
    state: str
    position: int  # 0: being called; 1: next
    ahead: int  # people to be seen before
    wait_minutes: int  # estimated
    missed: int
    checked_in_at: dt.datetime | None
    room_id: int | None


async def pace_minutes(doctor_id: int) -> float:
    """The mean length of the doctor's last PACE_CALLS finished video calls (minutes)."""
    rows = await ConsultOrder.filter(doctor_id=doctor_id, kind="video", accepted_at__isnull=False,
                                     call_ended_at__isnull=False).order_by("-call_ended_at") \
        .limit(PACE_CALLS).values_list("accepted_at", "call_ended_at")
    lengths = [min(PACE_CAP_MINUTES, max(0.0, (end - start).total_seconds() / 60)) for start, end in rows]
    return round(sum(lengths) / len(lengths), 1) if lengths else DEFAULT_PACE_MINUTES


async def busy(doctor_id: int) -> int | None:
    """The doctor's video order being called or in a call not hung up yet (one at a time), or None."""
    row = await ConsultOrder.filter(doctor_id=doctor_id, kind="video", state=State.CALLING.value) \
        .first().values("id")
    if row is None:
        row = await ConsultOrder.filter(doctor_id=doctor_id, kind="video", state=State.IN_PROGRESS.value,
                                        call_ended_at__isnull=True).first().values("id")
    return row["id"] if row else None


async def positions(doctor_id: int, day: dt.date, period: str, *, pace: float | None = None,
                    active: int | None | bool = False) -> list[Place]:
    """Everyone in the queue of one slot, in the order they will be seen (see the module's rules)."""
    rows = await ConsultOrder.filter(doctor_id=doctor_id, kind="video", slot_day=day, slot_period=period,
                                     state__in=IN_QUEUE).values("id", "state", "missed", "checked_in_at",
                                                                 "room_id")
    if pace is None:
        pace = await pace_minutes(doctor_id)
    if active is False:
        active = await busy(doctor_id)
    far = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    calling = [r for r in rows if r["state"] == State.CALLING.value]
    waiting = sorted((r for r in rows if r["state"] == State.QUEUED.value),
                     key=lambda r: (r["missed"] > 0, r["checked_in_at"] or far, r["id"]))
    out = [Place(r["id"], r["state"], 0, 0, 0, r["missed"], r["checked_in_at"], r["room_id"]) for r in calling]
    extra = 1 if active else 0
    for n, r in enumerate(waiting):
        out.append(Place(r["id"], r["state"], n + 1, n, round((n + extra) * pace), r["missed"], r["checked_in_at"],
                         r["room_id"]))
    return out


async def push(doctor_id: int, day: dt.date, period: str, *, changed: int | None = None) -> list[Place]:
    """Tell the doctor's screens and every patient of the slot where the queue stands now (in the caller's
    transaction: the news goes out when the change is committed)."""
    pace = await pace_minutes(doctor_id)
    active = await busy(doctor_id)
    places = await positions(doctor_id, day, period, pace=pace, active=active)
    slot = {"day": day.isoformat(), "period": period}
    items: list[tuple[str, dict, str | None, object]] = [
        (QUEUE_EVENT, {**slot, "kind": "video_queue", "changed": changed, "queued": len(places),
                       "calling": next((p.order_id for p in places if p.position == 0), None), "active": active,
                       "pace_minutes": pace}, f"doctor:{doctor_id}", None)]
    for p in places:
        items.append((QUEUE_EVENT, {**slot, "kind": "waiting", "order_id": p.order_id, "state": p.state,
                                    "position": p.position, "ahead": p.ahead, "wait_minutes": p.wait_minutes,
                                    "missed": p.missed, "pace_minutes": pace,
                                    "room_id": p.room_id if p.position == 0 else None},
                      waiting_topic(p.order_id), None))
    if changed is not None and changed not in {p.order_id for p in places}:
        # The order that left the queue (called through, left, ended): its own screen hears it too.
        row = await ConsultOrder.filter(id=changed).first().values("state", "room_id")
        if row:
            items.append((QUEUE_EVENT, {**slot, "kind": "waiting", "order_id": changed, "state": row["state"],
                                        "position": None, "room_id": row["room_id"]}, waiting_topic(changed), None))
    await events.emit_many(items)
    return places


# ---------------------------------------------------------------- booking a slot

# An order holds its seat in the slot from placing (unpaid orders too, until abandoned) unless given up.
RELEASED = (State.CANCELLED.value, State.REJECTED.value, State.EXPIRED.value)


def _taken(doctor_id: int):
    return ConsultOrder.filter(doctor_id=doctor_id, kind="video").exclude(state__in=RELEASED)


async def booked(doctor_id: int, days: tuple[dt.date, dt.date]) -> dict[tuple[dt.date, str], int]:
    """How many seats the doctor's video orders take in each slot between two days (one grouped query)."""
    rows = await _taken(doctor_id).filter(slot_day__gte=days[0], slot_day__lte=days[1]) \
        .annotate(n=Count("id")).group_by("slot_day", "slot_period").values_list("slot_day", "slot_period", "n")
    return {(day, period): n for day, period, n in rows}


async def slot_to_book(doctor_id: int, slot_id: int | None, *, now: dt.datetime) -> DoctorSchedule:
    """The doctor's schedule period a video order is for: upcoming, at an active department (before the
    order's transaction; `hold` checks the capacity inside it)."""
    if slot_id is None:
        raise SlotRequired()
    slot = await DoctorSchedule.get_or_none(id=slot_id, doctor_id=doctor_id, department__active=True,
                                            department__deleted_at__isnull=True)
    if slot is None or slot_bounds(slot.day, slot.period.value)[1] <= now:
        raise SlotUnavailable(details={"slot_id": slot_id})
    return slot


async def hold(slot: DoctorSchedule) -> None:
    """Inside the order's transaction: the schedule row locked, so two patients never take the last seat."""
    locked = await DoctorSchedule.filter(id=slot.id).select_for_update().first()
    if locked is None:
        raise SlotUnavailable(details={"slot_id": slot.id})
    taken = await _taken(slot.doctor_id).filter(slot_day=locked.day, slot_period=locked.period.value).count()
    if taken >= locked.capacity:
        raise SlotFull(details={"slot_id": slot.id, "capacity": locked.capacity})
