"""The patient's side of buying medicines (seed 004 居民移动端 在线购药, 物流信息): order an approved
prescription for delivery to a saved address or for pick-up, pay, cancel before paying, follow
one's orders (the pick-up code once paid, the parcel's tracking).

Who may: the account of the prescription's 就诊人, or a family member under the 在线问诊 grant
with acting (as consultations decide: core/family `authorize`, every relative's access logged for
the grantor). The account that ordered for a relative whose grant has ended is told so; anybody
else finds nothing.
"""
from __future__ import annotations

import secrets
from typing import Any

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core import topics
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.doctors import catalogue
from core.errors import AppError
from core.family import service as family_service
from core.localtime import LOCAL
from core.payments import service as payments
from core.payments.schemas import CheckoutOut
from core.payments.schemas import OrderOut as PaymentOrderOut
from core.pharmacy import addresses, orders
from core.pharmacy.errors import (
    AlreadyOrdered, DeliveryFeeMissing, NothingToPay, OrderNotFound, PrescriptionUnavailable,
)
from core.pharmacy.models import RxOrder
from core.pharmacy.schemas import (
    CancelIn, MyOrdersOut, OrderDetailOut, OrderFilter, OrderIn, OrderOut, PayStartOut,
)
from core.pharmacy.states import Event, State, transition
from core.principal import Principal
from core.rx.models import PrescriptionItem
from core.rx import service as rx_service
from core.dicts import medical

RELATED = ("prescription", "institution")


async def _log(actor: Principal, grant: Any, action: str, order_id: int) -> None:
    if grant is not None:
        await family_service.log_access(actor=actor, grant=grant, action=action, target_type="RxOrder",
                                        target_id=order_id)


async def _visible(actor: Principal, order_id: int, *, act: bool = False) -> tuple[RxOrder, Any]:
    """An order the actor may see (or act on): of its own 就诊人, or under a live grant."""
    me = catalogue.patient(actor)
    order = await RxOrder.get_or_none(id=order_id).prefetch_related("patient", *RELATED)
    if order is None:
        raise OrderNotFound(details={"id": order_id})
    if order.patient.account_id == me:
        return order, None
    try:
        grant = await family_service.authorize(actor=actor, patient_id=order.patient_id, scope=orders.GRANT_SCOPE,
                                               act=act)
    except AppError:
        if order.account_id == me:
            raise
        raise OrderNotFound(details={"id": order_id}) from None
    return order, grant


async def place(*, actor: Principal, data: OrderIn) -> OrderDetailOut:
    """An order of an approved prescription waiting for payment (an unpaid or cancelled one of the same
    prescription is taken up again with the new choice: one prescription, one order)."""
    me = catalogue.patient(actor)
    from core.rx.models import Prescription

    rx = await Prescription.get_or_none(id=data.prescription_id)
    if rx is None:
        raise PrescriptionUnavailable(details={"prescription_id": data.prescription_id})
    grant = await family_service.authorize(actor=actor, patient_id=rx.patient_id, scope=orders.GRANT_SCOPE, act=True)
    await rx_service.require_dispensable(actor=actor, prescription_id=rx.id)
    address = await addresses.owned(me, data.address_id) if data.fulfilment == "delivery" else None
    delivery_fen = 0
    if address is not None:
        fee = await medical.delivery_fee()
        if fee is None:
            raise DeliveryFeeMissing()
        delivery_fen = fee.price_fen
    order_id = await _place(actor, me, rx.id, data.fulfilment, address, delivery_fen, grant)
    return await detail(actor=actor, order_id=order_id)


@transactional
async def _place(actor: Principal, me: int, prescription_id: int, fulfilment: str, address, delivery_fen: int,
                 grant) -> int:
    from core.rx.models import Prescription

    async with in_transaction():
        rx = await Prescription.filter(id=prescription_id).select_for_update().first()
        if rx is None or rx.state != "approved":
            raise PrescriptionUnavailable(details={"prescription_id": prescription_id})
        drug_fen = sum(await PrescriptionItem.filter(prescription_id=rx.id).values_list("amount_fen", flat=True))
        fields: dict[str, Any] = dict(
            state=State.CREATED.value, account_id=me, patient_id=rx.patient_id, institution_id=rx.institution_id,
            fulfilment=fulfilment, drug_fen=drug_fen, delivery_fen=delivery_fen, amount_fen=drug_fen + delivery_fen,
            receiver=address.receiver if address else None, phone=address.phone if address else None,
            address=f"{address.region} {address.detail}" if address else None, cancelled_at=None)
        order = await RxOrder.filter(prescription_id=rx.id).select_for_update().first()
        if order is not None and order.state not in (State.CREATED.value, State.CANCELLED.value):
            raise AlreadyOrdered(details={"order_id": order.id, "state": order.state})
        if order is None:
            order = await RxOrder.create(number=f"YPT{secrets.token_hex(8)}", prescription_id=rx.id, **fields)
            order.number = f"YP{utcnow().astimezone(LOCAL):%Y%m%d}{order.id:08d}"
            await order.save(update_fields=["number"])
            action = "pharmacy.order_place"
        else:
            for k, v in fields.items():
                setattr(order, k, v)
            await order.save()
            action = "pharmacy.order_replace"
        await rx_service.record_event(prescription_id=rx.id, event="ordered", order_id=order.id, actor_type="patient",
                                  actor_id=me, note=f"提交购药订单（{'快递配送' if address else '到院自取'}）",
                                  data={"amount_fen": order.amount_fen, "fulfilment": fulfilment})
        await audit_service.record(actor=actor, action=action, target_type="RxOrder", target_id=order.id,
                                   org_id=order.institution_id,
                                   after={"number": order.number, "prescription_id": rx.id, "fulfilment": fulfilment,
                                          "amount_fen": order.amount_fen, "grant_id": getattr(grant, "id", None)})
        await _log(actor, grant, "rx_order", order.id)
    return order.id


async def pay(*, actor: Principal, order_id: int, channel: str = "miniprogram") -> PayStartOut:
    """Start paying: the payment order and the signed parameters of the payer's wx.requestPayment.
    The order moves on when WeChat Pay confirms (its notification or `confirm_payment`)."""
    order, grant = await _visible(actor, order_id, act=True)
    if order.state != State.CREATED.value:
        raise NothingToPay(details={"id": order.id, "state": order.state})
    await rx_service.require_dispensable(actor=actor, prescription_id=order.prescription_id)
    started = await payments.checkout(
        actor=actor, reference=orders.payment_reference(order.id), org_id=order.institution_id,
        amount_fen=order.amount_fen, description=f"处方药品 {order.prescription.number}", channel=channel)
    await _log(actor, grant, "rx_order_pay", order.id)
    return PayStartOut(order=orders.order_out(order), payment=CheckoutOut.model_validate(started))


async def confirm_payment(*, actor: Principal, order_id: int) -> OrderOut:
    """The payer's client says it paid: ask WeChat Pay now rather than wait for its notification."""
    order, _ = await _visible(actor, order_id)
    if order.state == State.CREATED.value:
        await payments.sync(reference=orders.payment_reference(order.id))
        order, _ = await _visible(actor, order_id)
    return orders.order_out(order)


async def cancel(*, actor: Principal, order_id: int, data: CancelIn) -> OrderOut:
    """An unpaid order: its payment is closed at WeChat Pay first (a payment that slipped through makes
    it a paid one, which is not cancelled here: the pharmacy returns and refunds it)."""
    order, grant = await _visible(actor, order_id, act=True)
    if order.state == State.CANCELLED.value:
        return orders.order_out(order)
    transition(order.state, Event.CANCEL)
    await payments.close(reference=orders.payment_reference(order.id), reason="患者取消药品订单")
    await _cancel(actor, order.id, data.reason)
    await _log(actor, grant, "rx_order_cancel", order.id)
    order, _ = await _visible(actor, order_id)
    return orders.order_out(order)


@transactional
async def _cancel(actor: Principal, order_id: int, reason: str) -> None:
    async with in_transaction():
        order = await orders.load(order_id, lock=True)
        if order.state == State.CANCELLED.value:
            return
        await orders.move(order, Event.CANCEL, actor=actor, note="患者取消订单" + (f"：{reason}" if reason else ""))
        await audit_service.record(actor=actor, action="pharmacy.order_cancel", target_type="RxOrder",
                                   target_id=order.id, org_id=order.institution_id, after={"reason": reason})


async def my_orders(*, actor: Principal, filters: OrderFilter, limit: int = 20, offset: int = 0) -> MyOrdersOut:
    """The actor's orders (placed by it, or of its own 就诊人), newest first."""
    me = catalogue.patient(actor)
    qs = RxOrder.filter(Q(account_id=me) | Q(patient__account_id=me))
    if filters.state:
        qs = qs.filter(state=filters.state)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit).prefetch_related(*RELATED)
    return MyOrdersOut(total=total, items=[orders.order_out(o) for o in rows])


async def detail(*, actor: Principal, order_id: int) -> OrderDetailOut:
    """An order with its items, the pick-up code (paid or dispensed, to collect), the parcel's tracking,
    the timeline and its payment."""
    order, grant = await _visible(actor, order_id)
    code = order.pickup_code if order.fulfilment == "pickup" and order.state in (
        State.PAID.value, State.DISPENSED.value) else None
    payment = await payments.order_of(reference=orders.payment_reference(order.id))
    out = orders.order_out(order, model=OrderDetailOut, items=await orders.items_of(order.prescription_id),
                           pickup_code=code, shipment=await orders.shipment_of(order),
                           timeline=await orders.timeline_of(order),
                           payment=PaymentOrderOut.model_validate(payment) if payment else None,
                           topic=orders.topic_of(order.id))
    await _log(actor, grant, "rx_order_view", order.id)
    return out


async def _topic_access(actor: Principal, topic_id: str) -> topics.TopicAccess:
    """rx_order:<id> is followed by whoever may see the order (its patient's account, a relative under the grant)."""
    if not topic_id.isdigit() or len(topic_id) > 10:
        raise OrderNotFound(details={"topic": topic_id})
    order, _ = await _visible(actor, int(topic_id))
    return topics.TopicAccess(live=order.state in (State.CREATED.value, State.PAID.value, State.DISPENSED.value,
                                                   State.SHIPPED.value))


def register_topics() -> None:
    topics.register(topics.TopicKind(orders.TOPIC, authorise=_topic_access))
