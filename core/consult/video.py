"""Video consultation's waiting room (seed 004 视频问诊, 候诊室; 居民移动端 rows 2–4, 18; 医生工作站 row 2):
a video order is for one of the doctor's scheduled periods; paid, it waits for its day; the patient
checks in (签到) from CONSULT_CHECKIN_MINUTES before the period starts and is in the doctor's queue,
following their place and estimated wait live; the doctor calls the next patient or a chosen one,
which opens the order's video room (core/rooms) and rings the patient; the patient answers (the
consultation is in progress) or misses the call (back in the queue, marked; the doctor may call again);
the CONSULT_NO_SHOW_CALLS-th missed call ends the order as a no-show.

The money rule, told to the patient before paying (`NOTICE`, in the order form and the queue status):
leaving before the call is answered (cancel before check-in, leave the queue) is refunded in full, as
is a slot the doctor never called the patient in, and a rejection (wrong department); a no-show
(never checked in by the end of the slot, or CONSULT_NO_SHOW_CALLS calls missed) is NOT refunded:
the seat was held and the doctor waited. Seed 004 says nothing on it; this is the stated rule.

Orders move only through `service.move`, which also pushes the slot's queue (queue.py) and, once a
call is over, has the group consult.rooms end its room. Deadlines (a call ringing, the end of the
slot) go through the consult.timer / consult_timer machinery of automatic.py, which asks `due` here.
The call itself happens in the room: the patient and the doctor get their credentials from
/rooms/<id>/join (core/rooms), the doctor's account admitted as "doctor", the ordering account (and
whoever answers for the patient under a grant) as "patient".
"""
from __future__ import annotations

import datetime as dt
import logging

from tortoise.transactions import in_transaction

from core import topics
from core.audit import service as audit_service
from core.consult import desk, patient, queue, states
from core.consult import service as core
from core.consult.errors import (
    CallInProgress,
    CheckInTooEarly,
    IllegalTransition,
    NotCalled,
    NotVideo,
    OrderNotFound,
    QueueEmpty,
    ServiceUnavailable,
    SlotOver,
)
from core.consult.models import ConsultOrder
from core.consult.schemas import (
    CallNextIn,
    CallOut,
    CancelIn,
    OrderPatientOut,
    QueueStatusOut,
    VideoDeskOut,
    VideoQueueEntryOut,
    VideoSlotOut,
    VideoSlotQueueOut,
    VideoSlotsOut,
)
from core.consult.states import Event, State
from core.db import transactional, utcnow
from core.doctors import catalogue
from core.doctors.errors import DoctorUnavailable
from core.errors import AppError
from core.doctors.models import PERIOD_LABELS, Doctor, DoctorSchedule, DoctorService, Period, ServiceKind
from core.events import service as events
from core.events.service import Event as DomainEvent
from core.localtime import local_date
from core.principal import Principal
from core.rooms import service as rooms_service
from core.rooms.models import RoomParticipant, VideoRoom
from core.settings import get_settings

log = logging.getLogger(__name__)
VIDEO = ServiceKind.video.value
SUBJECT = core.PAYMENT_KIND  # core/rooms subject_type of a consultation's room: "consult.order"
BOOK_DAYS = 14  # how far ahead a slot can be booked
PERIODS = [p.value for p in Period]
NOTICE = ("视频问诊按预约时段就诊：请于就诊当天、时段开始前{checkin}分钟起签到进入候诊室，可实时查看排队位置和预计等待时间。"
          "医生呼叫后请在{call}秒内接听；未接听将回到候诊队列，医生可再次呼叫。"
          "签到前取消订单、候诊中退出候诊、医生拒绝接诊或时段结束医生仍未呼叫的，费用全额原路退回；"
          "时段结束仍未签到，或累计{calls}次未接听医生呼叫的，视为爽约，订单结束，费用不予退还。")


def notice() -> str:
    s = get_settings()
    return NOTICE.format(checkin=s.consult_checkin_minutes, call=s.consult_call_seconds,
                         calls=s.consult_no_show_calls)


def _call_seconds() -> dt.timedelta:
    return dt.timedelta(seconds=get_settings().consult_call_seconds)


def _video(order: ConsultOrder) -> None:
    if order.kind != VIDEO or order.slot_day is None:
        raise NotVideo(details={"id": order.id, "kind": order.kind})


def _slot_out(s: DoctorSchedule, taken: int, now: dt.datetime) -> VideoSlotOut:
    start, end = queue.slot_bounds(s.day, s.period.value)
    return VideoSlotOut(id=s.id, day=s.day, period=s.period.value, period_label=PERIOD_LABELS[s.period],
                        label=core.slot_label(s.day, s.period.value), starts_at=start, ends_at=end,
                        check_in_from=queue.check_in_from(s.day, s.period.value), department_id=s.department_id,
                        department_name=s.department.name, capacity=s.capacity, booked=taken,
                        left=max(0, s.capacity - taken), can_book=taken < s.capacity and end > now)


# ---------------------------------------------------------------- booking (the order form)

async def slots(*, actor: Principal, doctor_id: int) -> VideoSlotsOut:
    """The doctor's upcoming periods (today and the next BOOK_DAYS days, not over yet) with seats left."""
    catalogue.patient(actor)
    doctor = await catalogue.listed().filter(id=doctor_id).first()
    if doctor is None:
        raise DoctorUnavailable(details={"doctor_id": doctor_id})
    service = await DoctorService.get_or_none(doctor_id=doctor.id, kind=ServiceKind.video, enabled=True)
    now = utcnow()
    today = local_date(now)
    days = (today, today + dt.timedelta(days=BOOK_DAYS))
    out: list[VideoSlotOut] = []
    if service is not None:
        taken = await queue.booked(doctor.id, days)
        rows = await DoctorSchedule.filter(doctor_id=doctor.id, day__gte=days[0], day__lte=days[1],
                                           department__active=True, department__deleted_at__isnull=True) \
            .prefetch_related("department")
        rows.sort(key=lambda s: (s.day, PERIODS.index(s.period.value)))
        out = [_slot_out(s, taken.get((s.day, s.period.value), 0), now) for s in rows
               if queue.slot_bounds(s.day, s.period.value)[1] > now]
    return VideoSlotsOut(doctor_id=doctor.id, price_fen=service.price_fen if service else None, notice=notice(),
                         slots=out)


def paid_terms(order: ConsultOrder) -> tuple[dt.datetime, str, str]:
    """For on_paid: the order's deadline (the end of its slot), the patient's note and the doctor's."""
    end = queue.slot_bounds(order.slot_day, order.slot_period)[1]
    label = core.slot_label(order.slot_day, order.slot_period)
    return (end, f"已支付 {order.price_fen / 100:.2f} 元，预约 {label}；请于 {core.local(queue.check_in_from(order.slot_day, order.slot_period))} 起签到候诊",
            f"患者{order.patient_name[:1]}**预约了 {label} 的视频问诊")


# ---------------------------------------------------------------- the patient

async def _status(order: ConsultOrder) -> QueueStatusOut:
    day, period = order.slot_day, order.slot_period
    start, end = queue.slot_bounds(day, period)
    pace = await queue.pace_minutes(order.doctor_id)
    place = None
    if order.state in queue.IN_QUEUE:
        place = next((p for p in await queue.positions(order.doctor_id, day, period, pace=pace)
                      if p.order_id == order.id), None)
    state = State(order.state)
    now = utcnow()
    return QueueStatusOut(
        order_id=order.id, number=order.number, state=order.state, state_label=states.LABELS[state], slot_day=day,
        slot_period=period, slot_label=core.slot_label(day, period), starts_at=start, ends_at=end,
        check_in_from=queue.check_in_from(day, period), checked_in_at=order.checked_in_at,
        position=place.position if place else None, ahead=place.ahead if place else None,
        wait_minutes=place.wait_minutes if place else None, pace_minutes=pace, calls=order.calls, missed=order.missed,
        no_show_calls=get_settings().consult_no_show_calls,
        call_until=order.called_at + _call_seconds() if order.called_at and state == State.CALLING else None,
        room_id=order.room_id if state in (State.CALLING, State.IN_PROGRESS) else None,
        topic=queue.waiting_topic(order.id), notice=notice(),
        can_check_in=state == State.WAITING and queue.check_in_from(day, period) <= now < end,
        can_leave=state in (State.WAITING, State.QUEUED, State.CALLING), can_answer=state == State.CALLING)


async def status(*, actor: Principal, order_id: int) -> QueueStatusOut:
    """候诊室: the order's state, place in the queue, estimated wait, and the room once called."""
    order, _ = await patient._visible(actor, order_id)
    _video(order)
    return await _status(order)


async def check_in(*, actor: Principal, order_id: int) -> QueueStatusOut:
    """签到: on the day, from CONSULT_CHECKIN_MINUTES before the period starts until it ends. Checking in
    again answers the queue as it is."""
    order, grant = await patient._visible(actor, order_id, act=True)
    _video(order)
    if order.checked_in_at is None:
        states.transition(order.state, Event.CHECK_IN)  # unpaid, cancelled, ...: refused before the clock
        now = utcnow()
        opens, ends = queue.check_in_from(order.slot_day, order.slot_period), \
            queue.slot_bounds(order.slot_day, order.slot_period)[1]
        if now < opens:
            raise CheckInTooEarly(f"请于 {core.local(opens)} 起签到", details={"check_in_from": opens.isoformat()})
        if now >= ends:
            raise SlotOver(details={"ends_at": ends.isoformat()})
        await _checked_in(actor, order.id)
        await patient._log(actor, grant, "consult_order_check_in", order.id)
    order, _ = await patient._visible(actor, order_id)
    return await _status(order)


@transactional
async def _checked_in(actor: Principal, order_id: int) -> None:
    async with in_transaction():
        order = await core.load(order_id, lock=True)
        if order.checked_in_at is not None:
            return
        order.checked_in_at = utcnow()
        await core.move(order, Event.CHECK_IN, actor=actor)


async def leave(*, actor: Principal, order_id: int, data: CancelIn) -> QueueStatusOut:
    """退出候诊 (before the call is answered): the order is cancelled and refunded in full."""
    order, grant = await patient._visible(actor, order_id, act=True)
    _video(order)
    if order.state != State.CANCELLED.value:
        states.transition(order.state, Event.LEAVE)
        await _left(actor, order.id, data.reason)
        await patient._log(actor, grant, "consult_order_leave", order.id)
    order, _ = await patient._visible(actor, order_id)
    return await _status(order)


@transactional
async def _left(actor: Principal, order_id: int, reason: str) -> None:
    async with in_transaction():
        order = await core.load(order_id, lock=True)
        if order.state == State.CANCELLED.value:
            return
        order.reason = reason or "患者退出候诊"
        await core.move(order, Event.LEAVE, actor=actor,
                        note="已退出候诊，费用将原路退回" + (f"：{reason}" if reason else ""))
        await core.tell_doctor(order, title="患者已退出候诊", body=order.reason)


async def answer(*, actor: Principal, order_id: int) -> QueueStatusOut:
    """接听: the patient takes the doctor's call; the consultation is in progress (the chat and the
    record as for 图文咨询) and the patient joins the room with /rooms/<room_id>/join."""
    order, grant = await patient._visible(actor, order_id, act=True)
    _video(order)
    if not (order.state == State.IN_PROGRESS.value and order.accepted_at is not None):
        states.transition(order.state, Event.ANSWER)  # the call timed out meanwhile: refused, still queued
        await _answered(actor, order.id)
        await patient._log(actor, grant, "consult_order_answer", order.id)
    order, _ = await patient._visible(actor, order_id)
    return await _status(order)


@transactional
async def _answered(actor: Principal, order_id: int) -> None:
    async with in_transaction():
        order = await core.load(order_id, lock=True)
        if order.state == State.IN_PROGRESS.value:
            return
        states.transition(order.state, Event.ANSWER)
        room = await VideoRoom.get(id=order.room_id)
        if actor.id != order.account_id:  # the patient's own account, or a grant holder answering for them
            await order.fetch_related("patient")
            await rooms_service.admit(room=room, role="patient", account_type="mp", account_id=int(actor.id),
                                      display=(order.patient_name or "患者") if order.patient.account_id == actor.id
                                      else "家属")
        order.called_at = None
        await core.begin(order, Event.ANSWER, actor=actor, system_text="视频已接通，本次问诊（含图文交流）可持续至 {ends}")


# ---------------------------------------------------------------- the doctor

def _entry(order: ConsultOrder, place: queue.Place | None) -> VideoQueueEntryOut:
    return VideoQueueEntryOut(
        order_id=order.id, number=order.number,
        patient=OrderPatientOut(id=order.patient_id, name=order.patient_name or "", gender=order.patient_gender,
                                age=order.patient_age),
        symptoms=order.symptoms or "", state=order.state, state_label=states.LABELS[State(order.state)],
        position=place.position if place else None, wait_minutes=place.wait_minutes if place else None,
        checked_in_at=order.checked_in_at, calls=order.calls, missed=order.missed, called_at=order.called_at,
        room_id=order.room_id)


async def _slot_queue(doctor: Doctor, day: dt.date, period: str, schedule: DoctorSchedule | None, *,
                      pace: float, active: int | None) -> VideoSlotQueueOut:
    orders = await ConsultOrder.filter(doctor_id=doctor.id, kind=VIDEO, slot_day=day, slot_period=period) \
        .exclude(state__in=queue.RELEASED).order_by("id")
    places = {p.order_id: p for p in await queue.positions(doctor.id, day, period, pace=pace, active=active)}
    by_id = {o.id: o for o in orders}
    start, end = queue.slot_bounds(day, period)
    return VideoSlotQueueOut(
        day=day, period=period, label=core.slot_label(day, period), starts_at=start, ends_at=end,
        capacity=schedule.capacity if schedule else None, booked=len(orders),
        queue=[_entry(by_id[i], p) for i, p in sorted(places.items(), key=lambda kv: kv[1].position)],
        not_checked_in=[_entry(o, None) for o in orders if o.state == State.WAITING.value],
        done=sum(1 for o in orders if o.state in (State.IN_PROGRESS.value, State.ENDED.value, State.CLOSED.value)))


async def waiting_room(*, actor: Principal, day: dt.date | None = None) -> VideoDeskOut:
    """The doctor's waiting room of a day (today by default): each period on duty or with orders, its
    queue in the order patients will be seen, who has not checked in yet, and the pace."""
    doctor = await desk.me(actor)
    day = day or local_date(utcnow())
    schedules = {s.period.value: s for s in await DoctorSchedule.filter(doctor_id=doctor.id, day=day)}
    periods = set(schedules) | set(await ConsultOrder.filter(doctor_id=doctor.id, kind=VIDEO, slot_day=day)
                                   .exclude(state__in=queue.RELEASED).distinct().values_list("slot_period", flat=True))
    pace, active = await queue.pace_minutes(doctor.id), await queue.busy(doctor.id)
    s = get_settings()
    return VideoDeskOut(day=day, pace_minutes=pace, active_order_id=active, call_seconds=s.consult_call_seconds,
                        no_show_calls=s.consult_no_show_calls,
                        slots=[await _slot_queue(doctor, day, p, schedules.get(p), pace=pace, active=active)
                               for p in PERIODS if p in periods])


async def call(*, actor: Principal, order_id: int) -> CallOut:
    """Call a checked-in patient (the next one, a chosen one, or one who missed a call, again): the
    order's room is opened at the provider, both are admitted, the patient's phone rings (realtime and
    an in-app message) for CONSULT_CALL_SECONDS. One call at a time: the doctor hangs up or ends the
    current one first. Calling the one being called again answers the call as it is."""
    doctor, order = await desk._mine(actor, order_id)
    _video(order)
    if order.state != State.CALLING.value:
        states.transition(order.state, Event.CALL)
        active = await queue.busy(doctor.id)
        if active is not None:
            raise CallInProgress(details={"order_id": active})
        if doctor.account_id is None:
            raise ServiceUnavailable(details={"doctor_id": doctor.id})
        # At the provider first (a network call, outside the transaction): reused by a re-call.
        room = await rooms_service.open_room(subject_type=SUBJECT, subject_id=order.id,
                                             institution_id=order.institution_id,
                                             description=f"视频问诊 {order.number}")
        try:
            await _called(actor, doctor, order.id, room.id)
        except AppError:
            if (await core.load(order.id)).room_id != room.id:  # opened for nothing (a call won meanwhile)
                await rooms_service.end(room=room, by="system")
            raise
        order = await core.load(order.id)
    return CallOut(order=await desk._detail(actor, doctor, order), room_id=order.room_id)


@transactional
async def _called(actor: Principal, doctor: Doctor, order_id: int, room_id: int) -> None:
    async with in_transaction():
        await Doctor.filter(id=doctor.id).select_for_update().first()  # the doctor's calls, one at a time
        order = await core.load(order_id, lock=True)
        if order.state == State.CALLING.value:
            return
        states.transition(order.state, Event.CALL)
        active = await queue.busy(doctor.id)
        if active is not None:
            raise CallInProgress(details={"order_id": active})
        room = await VideoRoom.get(id=room_id)
        await rooms_service.admit(room=room, role="patient", account_type="mp", account_id=order.account_id,
                                  display=order.patient_name or "患者")
        await rooms_service.admit(room=room, role="doctor", account_type="admin", account_id=doctor.account_id,
                                  display=f"{doctor.name}医生")
        order.called_at, order.room_id = utcnow(), room.id
        order.calls += 1
        again = f"（第{order.calls}次呼叫）" if order.calls > 1 else ""
        await core.move(order, Event.CALL, actor=actor,
                        note=f"{doctor.name}医生正在呼叫您{again}，请在{get_settings().consult_call_seconds}秒内接听")
        await events.emit(core.TIMER, {"order_id": order.id, "at": (order.called_at + _call_seconds()).isoformat()})


async def call_next(*, actor: Principal, data: CallNextIn) -> CallOut:
    """叫号: the first in the queue of the given slot, or of today's first slot with someone waiting."""
    doctor = await desk.me(actor)
    active = await queue.busy(doctor.id)
    if active is not None:
        raise CallInProgress(details={"order_id": active})
    if data.day is not None:
        slots = [(data.day, data.period)]
    else:
        today = local_date(utcnow())
        slots = [(today, p) for p in PERIODS]
    for day, period in slots:
        waiting = [p for p in await queue.positions(doctor.id, day, period) if p.position >= 1]
        if waiting:
            return await call(actor=actor, order_id=waiting[0].order_id)
    raise QueueEmpty()


async def hang_up(*, actor: Principal, order_id: int):
    """挂断: the call is over (its room ends), the consultation stays in progress: the record, the chat
    and the end of the service follow as for 图文咨询; the doctor may call the next patient."""
    doctor, order = await desk._mine(actor, order_id)
    _video(order)
    if order.state != State.IN_PROGRESS.value:
        raise IllegalTransition(details={"state": order.state, "event": "hang_up"})
    await _hung_up(actor, order.id)
    return await desk._detail(actor, doctor, await core.load(order.id))


@transactional
async def _hung_up(actor: Principal, order_id: int) -> None:
    async with in_transaction():
        order = await core.load(order_id, lock=True)
        if order.state != State.IN_PROGRESS.value or order.call_ended_at is not None:
            return
        order.call_ended_at = utcnow()
        await order.save(update_fields=["call_ended_at", "updated_at"])
        if order.room_id is not None:
            await events.emit(core.ROOM_DONE, {"order_id": order.id, "room_id": order.room_id})
        await audit_service.record(actor=actor, action="consult.hang_up", target_type="ConsultOrder",
                                   target_id=order.id, org_id=order.institution_id,
                                   after={"room_id": order.room_id})
        await queue.push(order.doctor_id, order.slot_day, order.slot_period, changed=order.id)


# ---------------------------------------------------------------- deadlines (automatic.py asks)

TIMED = (State.WAITING.value, State.QUEUED.value, State.CALLING.value)


def next_deadline(order: ConsultOrder) -> dt.datetime | None:
    """When something is next due for a video order in the waiting room (the slot's end, the call's)."""
    if order.state == State.CALLING.value and order.called_at is not None:
        return order.called_at + _call_seconds()
    if order.state in (State.WAITING.value, State.QUEUED.value):
        return order.accept_by
    return None


def _due_event(order: ConsultOrder, now: dt.datetime) -> Event | None:
    if order.state == State.CALLING.value and order.called_at and order.called_at + _call_seconds() <= now:
        return Event.NO_SHOW if order.missed + 1 >= get_settings().consult_no_show_calls else Event.MISS
    if order.accept_by and order.accept_by <= now:
        return {State.WAITING.value: Event.NO_SHOW, State.QUEUED.value: Event.EXPIRE}.get(order.state)
    return None


@transactional
async def due(order_id: int, now: dt.datetime) -> str:
    """Fire what is due for the order: a call not answered in time (missed, or the no-show), a slot over
    (not checked in: no-show; never called: expired and refunded). A repeat finds nothing to do."""
    async with in_transaction():
        order = await core.load(order_id, lock=True)
        event = _due_event(order, now)
        if event is None:
            return ""
        n = get_settings().consult_no_show_calls
        if order.state == State.CALLING.value:
            order.missed += 1
            order.called_at = None
        if event is Event.MISS:
            note = f"未接听医生的呼叫，已回到候诊队列（已错过{order.missed}次，累计{n}次视为爽约）"
        elif event is Event.NO_SHOW and order.state == State.CALLING.value:
            note = f"医生呼叫{order.missed}次均未接听，视为爽约，订单结束（费用不予退还）"
        elif event is Event.NO_SHOW:
            note = "预约时段已结束，未签到，视为爽约，订单结束（费用不予退还）"
        else:
            note = "预约时段已结束，医生未能呼叫您，订单已取消，费用将原路退回"
            order.reason = "时段结束医生未呼叫"
        await core.move(order, event, actor=core.system_actor(), note=note)
        if event is Event.MISS:
            await core.tell_doctor(order, title="患者未接听", body=f"已错过{order.missed}次呼叫，可再次呼叫")
        elif event is Event.EXPIRE:
            await core.tell_doctor(order, title="视频问诊时段已结束", body="患者未被呼叫，已自动取消并退款")
    return event.value


def overdue(now: dt.datetime):
    """The sweeper's filter for video orders whose waiting-room deadline passed (WAITING ones are swept
    by their accept_by already)."""
    from tortoise.expressions import Q

    return Q(kind=VIDEO, state=State.QUEUED.value, accept_by__lte=now) \
        | Q(kind=VIDEO, state=State.CALLING.value, called_at__lte=now - _call_seconds())


# ---------------------------------------------------------------- the room's end (group consult.rooms)

async def on_room_done(event: DomainEvent) -> None:
    """Consumer of `consult.room_done`: end the call's room at the provider (asked again, nothing happens)."""
    room = await VideoRoom.get_or_none(id=int(event.payload["room_id"]))
    if room is not None and room.state == "open":
        await rooms_service.end(room=room, by="doctor")


# ---------------------------------------------------------------- the patient's live topic

async def _topic_access(actor: Principal, tid: str) -> topics.TopicAccess:
    if not tid.isdigit():
        raise OrderNotFound()
    order, _ = await patient._visible(actor, int(tid))
    _video(order)
    return topics.TopicAccess(live=State(order.state) not in states.FINAL)


def register_topics() -> None:
    """Start-up wiring: `waiting:<order id>` carries the patient's place, wait and call (unsequenced)."""
    topics.register(topics.TopicKind(queue.WAITING_TOPIC, authorise=_topic_access))


async def join_gate(room: VideoRoom, member: RoomParticipant) -> None:
    """core/rooms asks before issuing join credentials: the patient's side enters only while the
    doctor calls them or the call is on. A patient who missed a call is back in the queue and stays
    admitted to the room (the doctor may call again), but cannot walk in without being called."""
    if member.role == "doctor":
        return
    state = await ConsultOrder.filter(id=room.subject_id).values_list("state", flat=True)
    if not state or state[0] not in (State.CALLING.value, State.IN_PROGRESS.value):
        raise NotCalled(details={"state": state[0] if state else None})
