"""Medicine orders through the services on the offline WeChat Pay: a relative orders a parent's approved
prescription for pick-up, pays (the code appears), the pharmacy dispenses and hands over by code once;
a code of another hospital or a wrong one is unknown, a used one refused, every attempt audited.
Returns refund in full (the refund followed to the order), a pharmacist's intervention returns a paid
order and cancels an unpaid one, a payment reaching a cancelled order is refunded by payments."""
from __future__ import annotations

import pytest
from tortoise import Tortoise

from core.audit.models import AuditLog
from core.errors import AppError
from core.events import service as events
from core.notify.models import Message
from core.payments.models import PaymentOrder, PaymentRefund
from core.pharmacy import console, orders, patient, pickup
from core.pharmacy.models import RxOrder
from core.pharmacy.schemas import CancelIn, ReturnIn
from core.rx.models import RxEvent
from tests import factories
from tests.pharmacy import helpers


@pytest.fixture
async def w():
    return await helpers.world()


async def _fails(code: str, aw):
    with pytest.raises(AppError) as e:
        await aw
    assert e.value.code == code, (e.value.code, e.value.details)
    return e.value


async def test_pick_up_by_code_once_for_its_own_order(w, wechatpay):
    rx = await helpers.approved(w)
    placed = await helpers.order(w, rx)  # the child, under the parent's grant with acting
    assert (placed.state, placed.fulfilment, placed.delivery_fen) == ("created", "pickup", 0)
    assert placed.amount_fen == placed.drug_fen == rx.total_fen and placed.pickup_code is None
    await _fails("family.no_grant", helpers.order(w, rx, who=w.consult.stranger))
    await helpers.paid(w, wechatpay, placed.id)
    seen = await patient.detail(actor=w.consult.parent.actor, order_id=placed.id)
    assert seen.state == "paid" and seen.pickup_code and len(seen.pickup_code) == 8
    code = seen.pickup_code
    row = await RxOrder.get(id=placed.id)
    assert row.pickup_code_bidx == pickup.index_of(code)
    raw = await Tortoise.get_connection("default").execute_query_dict(
        f"SELECT pickup_code FROM rx_order WHERE id = {placed.id}")
    assert code not in str(raw) and "$" in raw[0]["pickup_code"]  # encrypted at rest
    assert await Message.filter(account_id=w.consult.child.actor.id, kind="pharmacy.paid").exists()

    clerk = w.pharmacy_actor
    await _fails("pharmacy.not_ready", pickup.collect(actor=clerk, code=code))
    queue = await console.queue(actor=clerk)
    assert [o.id for o in queue.items] == [placed.id]
    await _fails("auth.forbidden", console.dispense(actor=w.pharmacist_actor, order_id=placed.id))
    dispensed = await console.dispense(actor=clerk, order_id=placed.id)
    assert dispensed.state == "dispensed" and dispensed.pickup_code is None  # the console never shows it
    assert await Message.filter(account_id=w.consult.child.actor.id, kind="pharmacy.ready").exists()

    other = await factories.admin(w.consult.tree.hospital_b1, roles=("pharmacy_staff",))
    stranger_clerk = factories.principal_for(other, w.consult.tree.hospital_b1)
    await _fails("pharmacy.code_unknown", pickup.collect(actor=stranger_clerk, code=code))
    wrong = f"{(int(code) + 1) % 10**8:08d}"
    await _fails("pharmacy.code_unknown", pickup.collect(actor=clerk, code=wrong))
    collected = await pickup.collect(actor=clerk, code=code)
    assert collected.state == "collected" and collected.collected_at
    await _fails("pharmacy.code_used", pickup.collect(actor=clerk, code=code))
    after = await patient.detail(actor=w.consult.parent.actor, order_id=placed.id)
    assert after.pickup_code is None and [t.event for t in after.timeline] == [
        "ordered", "paid", "dispensed", "collected"]
    outcomes = await AuditLog.filter(action="pharmacy.pickup").order_by("seq").values_list("outcome", "after")
    assert [(o, (a or {}).get("reason")) for o, a in outcomes] == [
        ("denied", "state:paid"), ("denied", "other_hospital"), ("denied", "unknown"), ("success", None),
        ("denied", "used")]
    assert await RxEvent.filter(order_id=placed.id, event="collected").count() == 1


async def test_a_return_refunds_in_full_and_the_refund_is_followed(w, wechatpay):
    rx = await helpers.approved(w)
    addr = await helpers.address(w.consult.child)
    placed = await helpers.order(w, rx, fulfilment="delivery", address_id=addr.id)
    assert placed.delivery_fen == helpers.DELIVERY_FEE and placed.amount_fen == rx.total_fen + helpers.DELIVERY_FEE
    assert placed.receiver == "王*山" and placed.phone == "138****8000"
    await helpers.paid(w, wechatpay, placed.id)
    await _fails("pharmacy.illegal_transition", patient.cancel(actor=w.consult.child.actor, order_id=placed.id,
                                                               data=CancelIn()))
    out = await console.return_order(actor=w.pharmacy_actor, order_id=placed.id, data=ReturnIn(reason="患者不需要了"))
    assert (out.state, out.refund_state, out.return_reason) == ("returned", "requested", "患者不需要了")
    await _fails("pharmacy.illegal_transition", console.dispense(actor=w.pharmacy_actor, order_id=placed.id))
    await factories.drain("pharmacy.money")  # asks payments for the refund
    await wechatpay.delivered()  # WeChat Pay's refund notification
    await factories.drain("pharmacy.money")  # payments.refunded → the order
    row = await RxOrder.get(id=placed.id)
    assert row.refund_state == "refunded"
    refund = await PaymentRefund.get(out_refund_no=f"RF{row.number}")
    assert (refund.amount_fen, refund.state) == (row.amount_fen, "success")
    assert await Message.filter(account_id=row.account_id, kind="pharmacy.refund").count() == 1
    await orders.refund(placed.id)  # asked again: nothing more
    assert await PaymentRefund.filter(order__reference=f"pharmacy.order:{placed.id}").count() == 1
    detail = await console.detail(actor=w.pharmacy_actor, order_id=placed.id)
    assert [t.event for t in detail.timeline][-2:] == ["returned", "refunded"] and len(detail.payment.refunds) == 1


async def test_an_intervention_returns_a_paid_order_and_cancels_an_unpaid_one(w, wechatpay):
    paid_rx, unpaid_rx = await helpers.approved(w), await helpers.approved(w)
    a = await helpers.order(w, paid_rx)
    b = await helpers.order(w, unpaid_rx, who=w.consult.parent)
    await helpers.paid(w, wechatpay, a.id)
    await patient.pay(actor=w.consult.parent.actor, order_id=b.id)  # at the cashier, not paid
    for rx in (paid_rx, unpaid_rx):
        await events.emit("rx.intervened", {"prescription_id": rx.id, "institution_id": w.hospital.id,
                                            "patient_id": rx.patient_id, "account_id": rx.account_id})
    await factories.drain("pharmacy.rx", "pharmacy.money")
    await wechatpay.delivered()
    await factories.drain("pharmacy.money")
    a_row, b_row = await RxOrder.get(id=a.id), await RxOrder.get(id=b.id)
    assert (a_row.state, a_row.refund_state) == ("returned", "refunded")
    assert (b_row.state, b_row.refund_state) == ("cancelled", "")
    assert (await PaymentOrder.get(reference=f"pharmacy.order:{b.id}")).state == "closed"
    # An approved prescription that expires unpaid: its order is cancelled; a paid one is not touched.
    lapsed, kept = await helpers.approved(w), await helpers.approved(w)
    c, d = await helpers.order(w, lapsed), await helpers.order(w, kept)
    await helpers.paid(w, wechatpay, d.id)
    for rx in (lapsed, kept):
        await events.emit("rx.expired", {"prescription_id": rx.id, "institution_id": w.hospital.id,
                                         "patient_id": rx.patient_id, "account_id": rx.account_id})
    await factories.drain("pharmacy.rx")
    assert (await RxOrder.get(id=c.id)).state == "cancelled" and (await RxOrder.get(id=d.id)).state == "paid"


async def test_one_order_per_prescription_and_only_approved_ones(w, wechatpay):
    draft = await factories.rx_prescription(w, state="pending_review")
    await _fails("rx.not_approved", helpers.order(w, draft))
    rx = await helpers.approved(w)
    first = await helpers.order(w, rx)
    addr = await helpers.address(w.consult.child)
    again = await helpers.order(w, rx, fulfilment="delivery", address_id=addr.id)  # changed before paying
    assert again.id == first.id and again.fulfilment == "delivery"
    cancelled = await patient.cancel(actor=w.consult.child.actor, order_id=first.id, data=CancelIn(reason="再想想"))
    assert cancelled.state == "cancelled"
    reopened = await helpers.order(w, rx)
    assert reopened.id == first.id and reopened.state == "created"
    await helpers.paid(w, wechatpay, reopened.id)
    await _fails("pharmacy.already_ordered", helpers.order(w, rx))
    # someone else's address cannot be used
    other = await helpers.address(w.consult.stranger)
    rx2 = await helpers.approved(w)
    await _fails("pharmacy.address_not_found", helpers.order(w, rx2, fulfilment="delivery", address_id=other.id))
    assert await RxOrder.filter(prescription_id=rx2.id).count() == 0
