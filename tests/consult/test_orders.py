"""Consultation orders end to end through the services (issue 11 points 6, 7): a relative orders for a
parent under a grant, pays through the real wechatpayv3 client against the offline WeChat Pay,
the doctor accepts, writes, records and ends; the patient rates. Refunds for every way an order
is given up, the timers (expired, window over, unpaid), transfers, idempotent repeats, refusals.
MariaDB + Redis; the event consumers run as the worker runs them (GroupReader on the stream).
"""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from core import wiring
from core.audit.models import AuditLog
from core.consult import automatic, desk, patient
from core.consult.models import ConsultOrder, ConsultOrderEvent, ConsultRecord
from core.consult.schemas import CancelIn, EndIn, OrderIn, RateIn, ReasonIn, RecordIn, TransferIn
from core.conversations import service as conversations
from core.conversations.models import ChatMessage
from core.db import utcnow
from core.doctors.models import Doctor, DoctorConsultation
from core.errors import AppError
from core.family.models import GrantAccess
from core.notify.models import Message
from core.payments import offline
from core.payments.models import PaymentOrder, PaymentRefund
from core.settings import get_settings, set_settings
from tests import factories


@pytest.fixture
async def world():
    wiring.wire()
    return await factories.consult_world()


async def _fails(code: str, aw):
    with pytest.raises(AppError) as e:
        await aw
    assert e.value.code == code, e.value.code
    return e.value


def _order_in(w, who=None, **kw) -> OrderIn:
    return OrderIn(doctor_id=w.doctor.id, patient_id=(who or w.parent).patient.id,
                   symptoms="孩子咳嗽三天，夜间加重，体温37.8度", illness_duration="一周内", **kw)


async def _paid(w, wechatpay, who=None, order_id=None) -> int:
    actor = (who or w.child).actor
    if order_id is None:
        order_id = (await patient.place(actor=actor, data=_order_in(w))).id
    started = await patient.pay(actor=actor, order_id=order_id)
    r = await wechatpay.pay(started.payment.pay_params.model_dump())
    assert r.status_code == 200, r.text
    await wechatpay.delivered()
    return order_id


async def test_a_relative_consults_for_a_parent_from_order_to_rating(world, wechatpay):
    w = world
    placed = await patient.place(actor=w.child.actor, data=_order_in(w))
    assert (placed.state, placed.state_label, placed.price_fen, placed.for_relative) == ("created", "待支付", 3000, True)
    assert placed.patient.name == "王*山" and placed.patient.age is not None and placed.can_pay
    conv_id = placed.conversation_id
    history = await conversations.history(actor=w.child.actor, conversation_id=conv_id)
    assert [m.kind for m in history.items] == ["system"] and "孩子咳嗽三天" in history.items[0].text
    # The parent (whose consultation it is) sees it too; a stranger does not.
    assert (await patient.detail(actor=w.parent.actor, order_id=placed.id)).number == placed.number
    await _fails("consult.order_not_found", patient.detail(actor=w.stranger.actor, order_id=placed.id))
    # Not in the doctor's queue before payment.
    assert (await desk.queue(actor=w.doctor_actor, filters=desk.DeskFilter(tab="all"))).total == 0

    await _paid(w, wechatpay, order_id=placed.id)
    order = await ConsultOrder.get(id=placed.id)
    assert order.state == "waiting" and order.paid_at and order.accept_by > utcnow() + dt.timedelta(hours=23)
    queue = await desk.queue(actor=w.doctor_actor, filters=desk.DeskFilter(tab="new"))
    assert [r.id for r in queue.items] == [order.id] and queue.counts.new == 1
    assert queue.items[0].patient.name == "王大山"  # the treating doctor sees the name
    assert await Message.filter(admin_account_id=w.doctor_actor.id, kind="consult.desk").count() == 1
    # The doctor reads but does not write before accepting.
    await _fails("conversations.read_only", conversations.send_text(
        actor=w.doctor_actor, conversation_id=conv_id, client_id="d-0", text="你好"))

    accepted = await desk.accept(actor=w.doctor_actor, order_id=order.id)
    again = await desk.accept(actor=w.doctor_actor, order_id=order.id)  # a doubled tap
    assert accepted.state == again.state == "in_progress" and accepted.ends_at == again.ends_at
    assert await ConsultOrderEvent.filter(order_id=order.id, event="accept").count() == 1
    sent = await conversations.send_text(actor=w.doctor_actor, conversation_id=conv_id, client_id="d-1",
                                         text="您好，请问孩子有没有发烧？")
    await conversations.send_text(actor=w.child.actor, conversation_id=conv_id, client_id="c-1", text="有一点")
    await _fails("consult.record_incomplete", desk.end(actor=w.doctor_actor, order_id=order.id,
                                                       data=EndIn(summary="多喝水")))
    await desk.save_record(actor=w.doctor_actor, order_id=order.id, data=RecordIn(
        chief_complaint="咳嗽3天", present_history="夜间加重", diagnosis=["急性支气管炎", " 急性支气管炎 "],
        advice="多饮水，观察体温"))
    ended = await desk.end(actor=w.doctor_actor, order_id=order.id, data=EndIn(summary="按医嘱服药，三天后复诊"))
    assert ended.state == "ended" and ended.record.diagnosis == ["急性支气管炎"] and ended.record.signed_at
    order = await ConsultOrder.get(id=order.id)
    assert order.first_reply_at == (await ChatMessage.get(id=sent.message.id)).created_at
    await _fails("conversations.closed", conversations.send_text(
        actor=w.child.actor, conversation_id=conv_id, client_id="c-2", text="谢谢"))
    last = (await conversations.history(actor=w.child.actor, conversation_id=conv_id)).items[-1]
    assert last.system.event == "end" and "三天后复诊" in last.text

    seen = await patient.detail(actor=w.child.actor, order_id=order.id)
    assert seen.record.chief_complaint == "咳嗽3天" and [e.event for e in seen.timeline] == [
        "place", "pay", "accept", "end"]
    rated = await patient.rate(actor=w.child.actor, order_id=order.id, data=RateIn(score=5, comment="很耐心"))
    assert rated.score == 5 and not rated.can_rate
    await _fails("consult.already_rated", patient.rate(actor=w.child.actor, order_id=order.id,
                                                       data=RateIn(score=1)))
    records = await patient.my_records(actor=w.child.actor, patient_id=w.parent.patient.id)
    assert [r.number for r in records] == [order.number]
    # The catalogue's ledger from the events: once, however often delivered.
    await factories.drain("doctors.ledger")
    doctor = await Doctor.get(id=w.doctor.id)
    assert (doctor.text_done, doctor.rating_count, doctor.rating_sum) == (1, 1, 5)
    assert await DoctorConsultation.filter(order_id=order.id).count() == 1
    # Every access of the child to the parent's consultation is on the parent's record of accesses.
    actions = set(await GrantAccess.filter(grantee_id=w.child.actor.id).values_list("action", flat=True))
    assert {"consult_order", "consult_order_pay", "consult_order_view", "consult_order_rate",
            "consult_records"} <= actions
    assert await AuditLog.filter(action="consult.end", target_id=str(order.id)).exists()


async def test_ordering_needs_consent_a_grant_that_acts_and_an_offered_service(world, wechatpay):
    w = world
    # A grant to see is not a grant to act.
    other = await factories.mp_patient_account("钱多多")
    fam = await factories.family_of(other, w.stranger)
    await factories.family_grant(fam, other, w.stranger, "consultations", can_act=False)
    await _fails("family.no_grant", patient.place(actor=w.stranger.actor, data=_order_in(w, other)))
    # No consent accepted: refused with the version to accept.
    from core.doctors import consent
    from core.doctors.schemas import ConsentIn

    await consent.publish(actor=await factories.actor(w.tree.province), data=ConsentIn(body="新须知", fees="30 元"))
    err = await _fails("doctors.consent_required", patient.place(actor=w.child.actor, data=_order_in(w)))
    assert err.details["version"] == 2
    await consent.accept(actor=w.child.actor, version=2)
    # A video consultation the doctor does not offer; another department than the doctor's.
    await _fails("consult.service_unavailable", patient.place(actor=w.child.actor, data=_order_in(w, kind="video")))
    other_dept = await factories.department(w.tree.hospital_a1, name="内科")
    await _fails("consult.department_unavailable", patient.place(
        actor=w.child.actor, data=_order_in(w, department_id=other_dept.id)))
    # One open order per doctor and patient.
    await patient.place(actor=w.child.actor, data=_order_in(w))
    await _fails("consult.too_many_open_orders", patient.place(actor=w.child.actor, data=_order_in(w)))
    assert await ConsultOrder.all().count() == 1


async def test_cancel_before_acceptance_refunds_and_a_late_payment_is_refunded_too(world, wechatpay):
    w = world
    order_id = await _paid(w, wechatpay)
    cancelled = await patient.cancel(actor=w.child.actor, order_id=order_id, data=CancelIn(reason="已去医院"))
    assert (cancelled.state, cancelled.refund_state, cancelled.refund_label) == ("cancelled", "requested", "退款中")
    await _fails("consult.illegal_transition", desk.accept(actor=w.doctor_actor, order_id=order_id))
    await factories.drain("consult.money")  # asks payments for the refund
    await wechatpay.delivered()  # WeChat Pay's refund notification
    await factories.drain("consult.money")  # payments.refunded → the order
    order = await ConsultOrder.get(id=order_id)
    assert order.refund_state == "refunded" and order.refunded_at is not None
    refund = await PaymentRefund.get(out_refund_no=f"RF{order.number}")
    assert (refund.amount_fen, refund.state) == (3000, "success")
    assert await Message.filter(account_id=w.child.actor.id, kind="consult.refund").count() == 1
    # Asked again (a retried consumer, the sweeper): the same refund, nothing more.
    await automatic.refund(order_id)
    assert await PaymentRefund.filter(order__reference=f"consult.order:{order_id}").count() == 1

    # The payer paid at the cashier but the notification has not arrived when the cancel comes: the
    # cancel closes the payment first, WeChat Pay says paid, the order takes the payment and the
    # cancel refunds it.
    set_settings(dataclasses.replace(get_settings(), wechatpay_notify_base="http://127.0.0.1:9"))
    second = await patient.place(actor=w.child.actor, data=_order_in(w))
    started = await patient.pay(actor=w.child.actor, order_id=second.id)
    assert (await wechatpay.pay(started.payment.pay_params.model_dump())).status_code == 200
    offline.cancel_deliveries()
    cancelled = await patient.cancel(actor=w.child.actor, order_id=second.id, data=CancelIn())
    assert (cancelled.state, cancelled.refund_state) == ("cancelled", "requested") and cancelled.paid_at
    assert [e.event for e in await ConsultOrderEvent.filter(order_id=second.id).order_by("id")] == [
        "place", "pay", "cancel"]
    await factories.drain("consult.money")
    refund = await PaymentRefund.get(order__reference=f"consult.order:{second.id}")
    assert (refund.amount_fen, refund.automatic) == (3000, False)


async def test_the_timers_expire_close_and_abandon_and_survive_a_lost_job(world, wechatpay):
    w = world
    waiting = await _paid(w, wechatpay)
    order = await ConsultOrder.get(id=waiting)
    # The reminder comes first, once; then, past the deadline, the sweeper expires and refunds.
    await automatic.sweep(now=order.accept_by - dt.timedelta(minutes=30))
    await automatic.sweep(now=order.accept_by - dt.timedelta(minutes=20))
    assert await Message.filter(admin_account_id=w.doctor_actor.id, title="请尽快接诊").count() == 1
    assert (await ConsultOrder.get(id=waiting)).state == "waiting"
    assert await automatic.sweep(now=order.accept_by + dt.timedelta(seconds=1)) >= 1
    order = await ConsultOrder.get(id=waiting)
    assert (order.state, order.refund_state) == ("expired", "requested")
    await factories.drain("consult.money")
    await wechatpay.delivered()
    await factories.drain("consult.money")
    assert (await ConsultOrder.get(id=waiting)).refund_state == "refunded"
    # Fired again by a late job: nothing moves.
    assert await automatic.due(waiting, now=order.accept_by + dt.timedelta(hours=1)) == ""

    # Accepted, then the window passes: closed, counted as completed, nothing to refund.
    running = await _paid(w, wechatpay, who=w.parent, order_id=(await patient.place(
        actor=w.parent.actor, data=_order_in(w, w.parent))).id)
    await desk.accept(actor=w.doctor_actor, order_id=running)
    order = await ConsultOrder.get(id=running)
    await automatic.consult_timer({}, running)  # woken early: nothing due, sleeps again
    assert (await ConsultOrder.get(id=running)).state == "in_progress"
    assert await automatic.due(running, now=order.ends_at + dt.timedelta(seconds=1)) == "close"
    closed = await ConsultOrder.get(id=running)
    assert (closed.state, closed.refund_state) == ("closed", "")
    assert (await patient.detail(actor=w.parent.actor, order_id=running)).can_rate

    # Never paid: abandoned after the payment window, its payment closed.
    unpaid = await patient.place(actor=w.stranger.actor, data=_order_in(w, w.stranger))
    await patient.pay(actor=w.stranger.actor, order_id=unpaid.id)
    created = (await ConsultOrder.get(id=unpaid.id)).created_at
    assert await automatic.due(unpaid.id, now=created + dt.timedelta(minutes=36)) == "abandon"
    assert (await ConsultOrder.get(id=unpaid.id)).state == "cancelled"
    assert (await PaymentOrder.get(reference=f"consult.order:{unpaid.id}")).state == "closed"


async def test_reject_withdraw_and_transfer_with_reasons(world, wechatpay):
    w = world
    a = await _paid(w, wechatpay)
    await _fails("request.validation_failed", _validate_reason(""))
    rejected = await desk.reject(actor=w.doctor_actor, order_id=a, data=ReasonIn(reason="请线下就诊"))
    assert (rejected.state, rejected.reason, rejected.refund_state) == ("rejected", "请线下就诊", "requested")
    items = (await conversations.history(actor=w.child.actor, conversation_id=rejected.conversation_id)).items
    assert "请线下就诊" in items[-1].text and items[-1].system.event == "reject"

    b = await _paid(w, wechatpay, who=w.parent, order_id=(await patient.place(
        actor=w.parent.actor, data=_order_in(w, w.parent))).id)
    await desk.accept(actor=w.doctor_actor, order_id=b)
    # Another doctor's order is not found (and the attempt audited).
    await _fails("consult.order_not_found", desk.order_detail(actor=w.colleague_actor, order_id=b))
    await _fails("consult.transfer_refused", desk.transfer(actor=w.doctor_actor, order_id=b, data=TransferIn(
        doctor_id=w.doctor.id, reason="转给自己")))
    assert [(c.id, c.department_name) for c in await desk.colleagues(actor=w.doctor_actor, order_id=b)] == [
        (w.colleague.id, "儿科")]
    moved = await desk.transfer(actor=w.doctor_actor, order_id=b, data=TransferIn(doctor_id=w.colleague.id,
                                                                                reason="需呼吸科会诊"))
    assert moved.state == "waiting" and moved.doctor.name == "孙思邈"
    await _fails("consult.order_not_found", desk.order_detail(actor=w.doctor_actor, order_id=b))
    conv = moved.conversation_id
    await _fails("conversations.not_found", conversations.history(actor=w.doctor_actor, conversation_id=conv))
    taken = await desk.accept(actor=w.colleague_actor, order_id=b)
    assert taken.state == "in_progress"
    withdrawn = await desk.withdraw(actor=w.colleague_actor, order_id=b, data=ReasonIn(reason="病情需面诊"))
    assert (withdrawn.state, withdrawn.refund_state) == ("cancelled", "requested")
    assert [e.event for e in withdrawn.timeline] == ["place", "pay", "accept", "transfer", "accept", "withdraw"]
    assert await ConsultRecord.all().count() == 0


async def _validate_reason(reason: str):
    from core.http import validate

    return validate(ReasonIn, {"reason": reason})
