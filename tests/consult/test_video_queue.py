"""The video waiting room (issue 12 point 2) through the services, on MariaDB + Redis, a real Janus
(the `janus` fixture: a call opens the order's room there) and the offline WeChat Pay (payments and
refunds through the real wechatpayv3 client): booking a slot with its capacity, check-in, positions and
estimated waits, the doctor calling the next or a chosen patient, a missed call and a re-call, the
no-show after CONSULT_NO_SHOW_CALLS missed calls (not refunded), leaving the queue and rejection
(refunded), the slot's end, and the refusals (nothing written). The live pushes over the realtime
socket are in test_video_live.py.
"""
from __future__ import annotations

import datetime as dt

import pytest

from core import cache, wiring
from core.consult import automatic, desk, patient, queue, video
from core.consult.models import ConsultOrder, ConsultOrderEvent
from core.consult.schemas import CallNextIn, CancelIn, EndIn, OrderIn, ReasonIn, RecordIn
from core.errors import AppError
from core.events.models import EventOutbox
from core.notify.models import Message
from core.payments.models import PaymentRefund
from core.rooms import providers
from core.rooms.models import RoomParticipant, VideoRoom
from tests import factories


@pytest.fixture
async def w(janus):
    wiring.wire()
    return await factories.video_world()


async def _fails(code: str, aw):
    with pytest.raises(AppError) as e:
        await aw
    assert e.value.code == code, (e.value.code, e.value.details)
    return e.value


async def _queued(w, wechatpay, *people) -> list[int]:
    """Each person orders today's slot, pays and checks in, in this order."""
    ids = []
    for who in people:
        order_id = await factories.video_order(w, wechatpay, who)
        await video.check_in(actor=who.actor, order_id=order_id)
        ids.append(order_id)
    return ids


async def _places(w) -> dict[int, tuple[int, int]]:
    """order id -> (position, estimated wait) in today's slot."""
    return {p.order_id: (p.position, p.wait_minutes)
            for p in await queue.positions(w.doctor.id, w.slot.day, "afternoon")}


async def _janus_room_exists(room: VideoRoom) -> bool:
    data = await providers.get("janus").videoroom({"request": "exists", "room": int(room.provider_room)})
    return bool(data.get("exists"))


async def _written() -> tuple[int, int, int, int]:
    return (await ConsultOrderEvent.all().count(), await VideoRoom.all().count(),
            await RoomParticipant.all().count(), await EventOutbox.all().count())


# ---------------------------------------------------------------- booking

async def test_slots_capacity_and_the_rules_told_before_paying(w, wechatpay):
    await ConsultOrder.all().delete()
    w.slot.capacity = 2
    await w.slot.save()
    shown = await video.slots(actor=w.patients[0].actor, doctor_id=w.doctor.id)
    assert shown.price_fen == 8000 and "不予退还" in shown.notice and "3次未接听" in shown.notice
    assert [(s.id, s.left, s.can_book) for s in shown.slots] == [(w.slot.id, 2, True), (w.later.id, 5, True)]
    await factories.video_order(w, wechatpay, w.patients[0])
    # An unpaid order holds its seat too (until it is abandoned).
    await patient.place(actor=w.patients[1].actor, data=OrderIn(
        doctor_id=w.doctor.id, kind="video", slot_id=w.slot.id, patient_id=w.patients[1].patient.id,
        symptoms="咳嗽一周，想视频问诊"))
    shown = await video.slots(actor=w.patients[2].actor, doctor_id=w.doctor.id)
    assert [(s.left, s.booked, s.can_book) for s in shown.slots][0] == (0, 2, False)
    before = await ConsultOrder.all().count()
    order_in = dict(doctor_id=w.doctor.id, kind="video", patient_id=w.patients[2].patient.id,
                    symptoms="咳嗽一周，想视频问诊")
    await _fails("consult.slot_full", patient.place(actor=w.patients[2].actor, data=OrderIn(**order_in, slot_id=w.slot.id)))
    await _fails("consult.slot_required", patient.place(actor=w.patients[2].actor, data=OrderIn(**order_in)))
    await _fails("consult.slot_unavailable", patient.place(actor=w.patients[2].actor,
                                                           data=OrderIn(**order_in, slot_id=w.colleague_slot.id)))
    with pytest.raises(ValueError):
        OrderIn(**{**order_in, "kind": "text"}, slot_id=w.slot.id)
    await _fails("doctors.doctor_unavailable", video.slots(actor=w.patients[2].actor, doctor_id=999999))
    assert await ConsultOrder.all().count() == before
    # The order carries its slot; the BFF order form shows the slots and the rule.
    order = await ConsultOrder.filter(account_id=w.patients[0].actor.id).first()
    assert (order.slot_day, order.slot_period, order.state) == (w.slot.day, "afternoon", "waiting")
    assert order.accept_by == queue.slot_bounds(w.slot.day, "afternoon")[1]
    detail = await patient.detail(actor=w.patients[0].actor, order_id=order.id)
    assert detail.slot_label.endswith("下午 00:00–23:59") and detail.kind == "video"


# ---------------------------------------------------------------- the queue

async def test_three_patients_check_in_then_call_miss_recall_answer_and_end(w, wechatpay):
    a, b, c = w.patients
    ids = await _queued(w, wechatpay, a, b, c)
    pace = queue.DEFAULT_PACE_MINUTES
    assert await _places(w) == {ids[0]: (1, 0), ids[1]: (2, pace), ids[2]: (3, 2 * pace)}
    status = await video.status(actor=b.actor, order_id=ids[1])
    assert (status.state, status.position, status.ahead, status.wait_minutes) == ("queued", 2, 1, pace)
    assert status.topic == f"waiting:{ids[1]}" and status.room_id is None and not status.can_answer
    room_view = await video.waiting_room(actor=w.doctor_actor)
    assert [e.order_id for e in room_view.slots[0].queue] == ids and room_view.active_order_id is None
    assert room_view.slots[0].queue[0].patient.name == "周一"  # the doctor sees the name

    # Call next: the first patient, whose room opens at Janus with both of them admitted.
    called = await video.call_next(actor=w.doctor_actor, data=CallNextIn())
    assert called.order.id == ids[0] and called.order.state == "calling"
    room = await VideoRoom.get(id=called.room_id)
    assert room.state == "open" and room.provider == "janus" and await _janus_room_exists(room)
    members = {(p.role, p.account_type, p.account_id) for p in await RoomParticipant.filter(room=room)}
    assert members == {("patient", "mp", a.actor.id), ("doctor", "admin", w.doctor.account_id)}
    # The called one is at 0 and not counted ahead; the doctor is busy, so the next waits one pace.
    assert await _places(w) == {ids[0]: (0, 0), ids[1]: (1, pace), ids[2]: (2, 2 * pace)}
    status = await video.status(actor=a.actor, order_id=ids[0])
    assert (status.state, status.room_id, status.can_answer) == ("calling", room.id, True)
    assert status.call_until is not None
    assert await Message.filter(account_id=a.actor.id, kind="consult.state", title="问诊订单呼叫中").exists()

    # Not answered within CONSULT_CALL_SECONDS: the timer (as the consult_timer job runs it) marks it missed.
    order = await ConsultOrder.get(id=ids[0])
    assert automatic.next_deadline(order) == order.called_at + dt.timedelta(seconds=60)
    assert await automatic.due(ids[0], now=order.called_at + dt.timedelta(seconds=59)) == ""
    assert await automatic.due(ids[0], now=order.called_at + dt.timedelta(seconds=61)) == "miss"
    assert await automatic.due(ids[0], now=order.called_at + dt.timedelta(seconds=62)) == ""  # once
    order = await ConsultOrder.get(id=ids[0])
    assert (order.state, order.missed, order.calls, order.called_at) == ("queued", 1, 1, None)
    # Back in the queue behind those never called; the room stays open for a re-call.
    assert await _places(w) == {ids[1]: (1, 0), ids[2]: (2, pace), ids[0]: (3, 2 * pace)}
    await _fails("consult.illegal_transition", video.answer(actor=a.actor, order_id=ids[0]))

    # The doctor calls the missed patient again (a chosen call), who answers this time.
    again = await video.call(actor=w.doctor_actor, order_id=ids[0])
    assert again.room_id == room.id and (await ConsultOrder.get(id=ids[0])).calls == 2
    answered = await video.answer(actor=a.actor, order_id=ids[0])
    assert (answered.state, answered.room_id, answered.position) == ("in_progress", room.id, None)
    assert (await video.answer(actor=a.actor, order_id=ids[0])).state == "in_progress"  # a repeat
    join = await factories_join(a, room.id)
    assert join["media"]["room"] == int(room.provider_room) and join["role"] == "patient"
    assert await _places(w) == {ids[1]: (1, pace), ids[2]: (2, 2 * pace)}
    # One call at a time: calling the next while in this one is refused, nothing written.
    before = await _written()
    await _fails("consult.call_in_progress", video.call_next(actor=w.doctor_actor, data=CallNextIn()))
    await _fails("consult.call_in_progress", video.call(actor=w.doctor_actor, order_id=ids[1]))
    assert await _written() == before and (await ConsultOrder.get(id=ids[1])).state == "queued"

    # The record and the end of the service, as for 图文咨询; the room ends (group consult.rooms).
    await desk.save_record(actor=w.doctor_actor, order_id=ids[0], data=RecordIn(
        chief_complaint="发热2天", diagnosis=["急性咽炎"], advice="多饮水"))
    ended = await desk.end(actor=w.doctor_actor, order_id=ids[0], data=EndIn(summary="按医嘱用药，三天后复诊"))
    assert ended.state == "ended"
    await factories.drain("consult.rooms")
    room = await VideoRoom.get(id=room.id)
    assert room.state == "ended" and not await _janus_room_exists(room)
    # The pace now comes from that call; the next call opens another room.
    order = await ConsultOrder.get(id=ids[0])
    assert order.call_ended_at is not None and order.refund_state == ""
    assert await queue.pace_minutes(w.doctor.id) == round((order.call_ended_at - order.accepted_at)
                                                          .total_seconds() / 60, 1)
    nxt = await video.call_next(actor=w.doctor_actor, data=CallNextIn(day=w.slot.day, period="afternoon"))
    assert nxt.order.id == ids[1] and nxt.room_id != room.id


async def factories_join(who, room_id: int) -> dict:
    from core.rooms import service as rooms_service

    return await rooms_service.join(actor=who.actor, room_id=room_id)


async def test_no_show_after_the_third_missed_call_is_not_refunded(w, wechatpay):
    a, b = w.patients[:2]
    ids = await _queued(w, wechatpay, a, b)
    for n in (1, 2, 3):
        called = await video.call(actor=w.doctor_actor, order_id=ids[0])
        order = await ConsultOrder.get(id=ids[0])
        if n == 1:  # the call's deadline becomes a consult_timer job in arq's queue (group consult.timers)
            await factories.drain("consult.timers")
            due_ms = [score for _, score in await cache.redis().zrange("arq:queue", 0, -1, withscores=True)]
            ring_ends = (order.called_at + dt.timedelta(seconds=60)).timestamp() * 1000
            assert any(ring_ends <= score <= ring_ends + 5000 for score in due_ms), (due_ms, ring_ends)
        fired = await automatic.due(ids[0], now=order.called_at + dt.timedelta(seconds=61))
        assert fired == ("miss" if n < 3 else "no_show")
    order = await ConsultOrder.get(id=ids[0])
    assert (order.state, order.missed, order.calls, order.refund_state) == ("no_show", 3, 3, "")
    assert await ConsultOrderEvent.filter(order_id=ids[0], event="miss").count() == 2
    assert "不予退还" in (await ConsultOrderEvent.filter(order_id=ids[0], event="no_show").first()).note
    await factories.drain("consult.money", "consult.rooms")
    assert not await PaymentRefund.filter(order__reference=f"consult.order:{ids[0]}").exists()
    assert (await VideoRoom.get(id=called.room_id)).state == "ended"
    assert await _places(w) == {ids[1]: (1, 0)}
    status = await video.status(actor=a.actor, order_id=ids[0])
    assert (status.state, status.state_label, status.position) == ("no_show", "未应诊", None)


async def test_leaving_the_queue_and_a_rejection_are_refunded(w, wechatpay):
    a, b, c = w.patients
    ids = await _queued(w, wechatpay, a, b, c)
    left = await video.leave(actor=b.actor, order_id=ids[1], data=CancelIn(reason="临时有事"))
    assert (left.state, left.position) == ("cancelled", None)
    assert (await video.leave(actor=b.actor, order_id=ids[1], data=CancelIn())).state == "cancelled"  # a repeat
    rejected = await desk.reject(actor=w.doctor_actor, order_id=ids[2], data=ReasonIn(reason="请到皮肤科就诊"))
    assert rejected.state == "rejected"
    assert await _places(w) == {ids[0]: (1, 0)}
    for order_id in ids[1:]:
        assert (await ConsultOrder.get(id=order_id)).refund_state == "requested"
    await factories.drain("consult.money")
    await wechatpay.delivered()
    await factories.drain("consult.money")
    for order_id in ids[1:]:
        order = await ConsultOrder.get(id=order_id)
        refund = await PaymentRefund.get(out_refund_no=f"RF{order.number}")
        assert (order.refund_state, refund.amount_fen, refund.state) == ("refunded", w.price_fen, "success")
    # Their seats are free again.
    shown = await video.slots(actor=a.actor, doctor_id=w.doctor.id)
    assert shown.slots[0].booked == 1


async def test_a_chosen_call_out_of_order_and_the_end_of_the_slot(w, wechatpay):
    a, b, c = w.patients
    ids = await _queued(w, wechatpay, a, b, c)
    booked_only = await factories.video_order(w, wechatpay, w.stranger)  # never checks in
    pace = queue.DEFAULT_PACE_MINUTES
    called = await video.call(actor=w.doctor_actor, order_id=ids[2])
    assert called.order.id == ids[2]
    assert await _places(w) == {ids[2]: (0, 0), ids[0]: (1, pace), ids[1]: (2, 2 * pace)}
    view = await video.waiting_room(actor=w.doctor_actor)
    assert view.active_order_id == ids[2] and [e.order_id for e in view.slots[0].not_checked_in] == [booked_only]
    await video.answer(actor=c.actor, order_id=ids[2])
    await video.hang_up(actor=w.doctor_actor, order_id=ids[2])  # the call is over, the consultation goes on
    await factories.drain("consult.rooms")
    assert (await VideoRoom.get(id=called.room_id)).state == "ended"
    assert (await ConsultOrder.get(id=ids[2])).state == "in_progress"
    assert await _places(w) == {ids[0]: (1, 0), ids[1]: (2, round(await queue.pace_minutes(w.doctor.id)))}

    # The slot ends: the one never called is expired and refunded, the one never checked in is a no-show.
    end = queue.slot_bounds(w.slot.day, "afternoon")[1]
    await video.call(actor=w.doctor_actor, order_id=ids[0])
    swept = await automatic.sweep(now=end + dt.timedelta(seconds=1))
    assert swept >= 3
    states = {i: (await ConsultOrder.get(id=i)) for i in (ids[0], ids[1], booked_only)}
    assert (states[ids[0]].state, states[ids[0]].missed) == ("queued", 1)  # its call timed out first
    assert (states[ids[1]].state, states[ids[1]].refund_state) == ("expired", "requested")
    assert (states[booked_only].state, states[booked_only].refund_state) == ("no_show", "")
    await automatic.sweep(now=end + dt.timedelta(seconds=2))
    assert (await ConsultOrder.get(id=ids[0])).state == "expired"


# ---------------------------------------------------------------- refusals

async def test_bad_input_is_refused_and_writes_nothing(w, wechatpay):
    a, b = w.patients[:2]
    mine = await factories.video_order(w, wechatpay, a)
    later = await factories.video_order(w, wechatpay, b, slot=w.later)
    theirs = await factories.video_order(w, wechatpay, w.patients[2], doctor=w.colleague, slot=w.colleague_slot)
    await video.check_in(actor=w.patients[2].actor, order_id=theirs)
    before = await _written()
    # Someone else's order: answered as missing.
    await _fails("consult.order_not_found", video.check_in(actor=b.actor, order_id=mine))
    await _fails("consult.order_not_found", video.status(actor=w.stranger.actor, order_id=mine))
    # Too early: a later day's slot.
    e = await _fails("consult.check_in_too_early", video.check_in(actor=b.actor, order_id=later))
    assert e.details["check_in_from"] == queue.check_in_from(w.later.day, "afternoon").isoformat()
    # Calling before check-in, an order of another doctor, answering without a call.
    await _fails("consult.illegal_transition", video.call(actor=w.doctor_actor, order_id=mine))
    await _fails("consult.order_not_found", video.call(actor=w.doctor_actor, order_id=theirs))
    await _fails("consult.illegal_transition", video.answer(actor=a.actor, order_id=mine))
    await _fails("consult.queue_empty", video.call_next(actor=w.doctor_actor, data=CallNextIn()))
    # A text order has no waiting room; a video order cannot be accepted or transferred like one.
    await _fails("consult.illegal_transition", desk.accept(actor=w.doctor_actor, order_id=mine))
    assert await _written() == before
    assert {o.state for o in await ConsultOrder.filter(id__in=[mine, later])} == {"waiting"}

    # Checking in twice: the second answers the queue as it is, and writes nothing.
    first = await video.check_in(actor=a.actor, order_id=mine)
    written = await _written()
    second = await video.check_in(actor=a.actor, order_id=mine)
    assert (first.position, second.position, first.checked_in_at) == (1, 1, second.checked_in_at)
    assert await _written() == written
    assert await ConsultOrderEvent.filter(order_id=mine, event="check_in").count() == 1
    # A relative with a grant that allows acting checks in for the parent; the parent may look.
    for_parent = await factories.video_order(w, wechatpay, w.child, for_patient=w.parent)
    assert (await video.check_in(actor=w.child.actor, order_id=for_parent)).position == 2
    assert (await video.status(actor=w.parent.actor, order_id=for_parent)).position == 2


async def test_the_http_faces(w, wechatpay, client):
    a = w.patients[0]
    order_id = await factories.video_order(w, wechatpay, a)
    mp = "/api/mp/v1/consult"
    r = await client.get(f"{mp}/doctors/{w.doctor.id}/video-slots", headers=a.headers)
    assert r.status_code == 200 and r.json()["slots"][0]["id"] == w.slot.id, r.text
    r = await client.get(f"/api/bff/v1/consult/doctors/{w.doctor.id}/order-form", headers=a.headers)
    assert r.status_code == 200 and r.json()["video"]["slots"][0]["booked"] == 1, r.text
    r = await client.post(f"{mp}/orders/{order_id}/check-in", headers=a.headers)
    assert r.status_code == 200 and r.json()["position"] == 1, r.text
    r = await client.get(f"{mp}/orders/{order_id}/queue", headers=w.patients[1].headers)
    assert r.status_code == 404 and r.json()["code"] == "consult.order_not_found"
    async with factories.AdminSession(client, (await _username(w))) as console:
        r = await console.get("/api/admin/v1/workstation/consult/video")
        assert r.status_code == 200 and r.json()["slots"][0]["queue"][0]["order_id"] == order_id, r.text
        r = await console.post("/api/admin/v1/workstation/consult/video/call-next", json={"day": "2026-01-01"})
        assert r.status_code == 422, r.text
        r = await console.post("/api/admin/v1/workstation/consult/video/call-next", json={})
        assert r.status_code == 200 and r.json()["order"]["state"] == "calling", r.text
        room_id = r.json()["room_id"]
    r = await client.post(f"{mp}/orders/{order_id}/answer", headers=a.headers)
    assert r.status_code == 200 and (r.json()["state"], r.json()["room_id"]) == ("in_progress", room_id), r.text


async def _username(w) -> str:
    from core.accounts.models import AdminAccount

    return (await AdminAccount.get(id=w.doctor.account_id)).username


# ---------------------------------------------------------------- at the same moment

async def test_the_last_seat_and_the_doctors_calls_are_taken_once(w, wechatpay):
    """Two patients booking the last seat at once, and two calls of the doctor at once (two tabs):
    one wins, the other is refused, on the schedule row's and the doctor row's locks."""
    import asyncio

    w.slot.capacity = 3
    await w.slot.save()
    ids = await _queued(w, wechatpay, *w.patients[:2])

    async def book(who):
        return await patient.place(actor=who.actor, data=OrderIn(
            doctor_id=w.doctor.id, kind="video", slot_id=w.slot.id, patient_id=who.patient.id,
            symptoms="咳嗽一周，想视频问诊"))

    outcomes = await asyncio.gather(book(w.patients[2]), book(w.stranger), return_exceptions=True)
    codes = sorted(getattr(o, "code", "placed") for o in outcomes)
    assert codes == ["consult.slot_full", "placed"], outcomes
    assert await ConsultOrder.filter(kind="video", slot_day=w.slot.day).count() == 3

    calls = await asyncio.gather(*(video.call(actor=w.doctor_actor, order_id=i) for i in ids),
                                 return_exceptions=True)
    codes = sorted(getattr(c, "code", "called") for c in calls)
    assert codes == ["called", "consult.call_in_progress"], calls
    assert await ConsultOrder.filter(id__in=ids, state="calling").count() == 1
    assert await ConsultOrder.filter(id__in=ids, calls=1).count() == 1
    # The room opened for the call that lost is ended at Janus at once.
    rooms = await VideoRoom.filter(subject_id__in=ids)
    assert sorted(r.state for r in rooms) in (["open"], ["ended", "open"])
    for r in rooms:
        assert await _janus_room_exists(r) == (r.state == "open")


async def test_a_month_saved_again_keeps_the_booked_periods(w, wechatpay):
    from core.doctors import schedules
    from core.doctors.models import DoctorSchedule
    from core.doctors.schemas import MonthScheduleIn

    a, b = w.patients[:2]
    ids = [await factories.video_order(w, wechatpay, who) for who in (a, b)]
    await video.leave(actor=b.actor, order_id=ids[1], data=CancelIn())  # a seat given up is free again
    admin = await factories.actor(w.tree.hospital_a1, roles=("institution_admin",))
    month = w.slot.day.strftime("%Y-%m")
    rows = await DoctorSchedule.filter(doctor_id=w.doctor.id, day__gte=w.slot.day.replace(day=1)) \
        .filter(day__lte=schedules.month_bounds(month)[1])
    listed = [{"day": r.day.isoformat(), "period": r.period.value, "department_id": r.department_id,
               "capacity": r.capacity} for r in rows]
    before = sorted((r.day, r.period.value, r.capacity) for r in rows)
    # Taking the booked period off, or below its one booking, is refused; nothing changes.
    without = [s for s in listed if s["day"] != w.slot.day.isoformat()]
    e = await _fails("doctors.schedule_booked", schedules.set_month(
        actor=admin, doctor_id=w.doctor.id, data=MonthScheduleIn(month=month, slots=without)))
    assert (e.details["day"], e.details["period"], e.details["booked"]) == (w.slot.day.isoformat(), "afternoon", 1)
    after = await DoctorSchedule.filter(doctor_id=w.doctor.id, day__gte=w.slot.day.replace(day=1)) \
        .filter(day__lte=schedules.month_bounds(month)[1])
    assert sorted((r.day, r.period.value, r.capacity) for r in after) == before
    # Kept with one seat (its one live booking): saved.
    kept = [{**s, "capacity": 1} if s["day"] == w.slot.day.isoformat() else s for s in listed]
    out = await schedules.set_month(actor=admin, doctor_id=w.doctor.id, data=MonthScheduleIn(month=month, slots=kept))
    assert any(s.day == w.slot.day and s.capacity == 1 for s in out.slots)
    assert (await ConsultOrder.get(id=ids[0])).state == "waiting"
