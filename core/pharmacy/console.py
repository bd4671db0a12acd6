"""The pharmacy's console (seed 004 处方流转/审核/发药; 综合管理后台 物流管理): the dispensing queue,
orders with filters and their detail, dispensing, returns (退药) with the full refund, parcels.

Why the checks here: the console acts only within the hospitals in the account's scope
(core/scope), reading needs `pharmacy.read` and every act `pharmacy.dispense`; a prescription is
dispensed only after its signatures are verified again (core/rx `require_dispensable`: a change
after signing is refused), and every act is audited with its administrator. A return gives the
medicines back to stock and the money back in full (core/pharmacy/orders.py `pharmacy.money`);
a pharmacist's intervention on an approved prescription (`rx.intervened`) does the same to a
paid order and closes an unpaid one.
"""
from __future__ import annotations

import datetime as dt

from tortoise.expressions import Q, Subquery
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.db import transactional
from core.events.service import Event as DomainEvent
from core.localtime import LOCAL
from core.notify import service as notify_service
from core.outputs import Page
from core.payments import service as payments
from core.payments.schemas import OrderDetailOut as PaymentDetailOut
from core.pharmacy import orders
from core.pharmacy.models import RxOrder, Shipment
from core.pharmacy.schemas import (
    ConsoleDetailOut, ConsoleFilter, OrderDetailOut, OrderOut, ReturnIn, ShipmentFilter, ShipmentOut,
)
from core.pharmacy.states import Event, State, transition
from core.principal import Principal
from core.rx import service as rx_service

RELATED = ("prescription", "institution")
INTERVENED, EXPIRED = "rx.intervened", "rx.expired"
RX_EVENTS = (INTERVENED, EXPIRED)


def _day_start(d: dt.date) -> dt.datetime:
    return dt.datetime.combine(d, dt.time(), tzinfo=LOCAL)


async def queue(*, actor: Principal, limit: int = 50, offset: int = 0) -> Page[OrderOut]:
    """发药队列: paid orders waiting to be dispensed, oldest first (they were paid first)."""
    await scope.require(actor, "pharmacy.read")
    qs = scope.scoped(actor, RxOrder).filter(state=State.PAID.value)
    total = await qs.count()
    rows = await qs.order_by("paid_at", "id").offset(offset).limit(limit).prefetch_related(*RELATED)
    return Page[OrderOut](total=total, page=offset // limit + 1, page_size=limit,
                          items=[orders.order_out(o) for o in rows])


async def list_orders(*, actor: Principal, filters: ConsoleFilter, limit: int = 20, offset: int = 0) -> Page[OrderOut]:
    """药品订单: the hospitals' orders in scope, newest first."""
    await scope.require(actor, "pharmacy.read")
    qs = scope.scoped(actor, RxOrder)
    if filters.state:
        qs = qs.filter(state=filters.state)
    if filters.fulfilment:
        qs = qs.filter(fulfilment=filters.fulfilment)
    if filters.number:
        qs = qs.filter(Q(number__startswith=filters.number) | Q(prescription__number__startswith=filters.number))
    if filters.date_from:
        qs = qs.filter(created_at__gte=_day_start(filters.date_from))
    if filters.date_to:
        qs = qs.filter(created_at__lt=_day_start(filters.date_to + dt.timedelta(days=1)))
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit).prefetch_related(*RELATED)
    return Page[OrderOut](total=total, page=offset // limit + 1, page_size=limit,
                          items=[orders.order_out(o) for o in rows])


async def detail(*, actor: Principal, order_id: int) -> ConsoleDetailOut:
    """An order with its items, parcel and tracking, the timeline, the payment and its refunds."""
    await scope.require(actor, "pharmacy.read")
    order = await scope.get(actor, RxOrder, order_id)
    await order.fetch_related(*RELATED)
    paid = await payments.detail_of(reference=orders.payment_reference(order.id))
    return orders.order_out(
        order, model=ConsoleDetailOut, items=await orders.items_of(order.prescription_id), pickup_code=None,
        shipment=await orders.shipment_of(order), timeline=await orders.timeline_of(order),
        payment=PaymentDetailOut.model_validate(paid) if paid else None, topic=orders.topic_of(order.id))


async def dispense(*, actor: Principal, order_id: int) -> OrderDetailOut:
    """发药: a paid order's medicines are prepared, once the prescription's signatures verify."""
    await scope.require(actor, "pharmacy.dispense")
    order = await scope.get(actor, RxOrder, order_id)
    transition(order.state, Event.DISPENSE)
    try:
        await rx_service.require_dispensable(actor=actor, prescription_id=order.prescription_id)
    except Exception as exc:
        await audit_service.record(actor=actor, action="pharmacy.dispense", target_type="RxOrder",
                                   target_id=order.id, org_id=order.institution_id, outcome="denied",
                                   after={"reason": getattr(exc, "code", type(exc).__name__)})
        raise
    await _dispense(actor, order.id)
    return await detail(actor=actor, order_id=order.id)


@transactional
async def _dispense(actor: Principal, order_id: int) -> None:
    async with in_transaction():
        order = await orders.load(order_id, lock=True)
        order.dispensed_by_id = actor.id
        await order.save(update_fields=["dispensed_by_id"])
        note = "药房已发药" + ("，请凭取药码到窗口取药" if order.fulfilment == "pickup" else "，待交付物流")
        await orders.move(order, Event.DISPENSE, actor=actor, note=note)
        if order.fulfilment == "pickup":
            message = await notify_service.notify(
                account_id=order.account_id, kind="pharmacy.ready", title="药品已备好，请到窗口取药",
                body=f"{order.number}：请凭取药码到医院药房窗口取药", link=orders.PATIENT_LINK.format(id=order.id))
            await notify_service.push([message])
        await audit_service.record(actor=actor, action="pharmacy.dispense", target_type="RxOrder", target_id=order.id,
                                   org_id=order.institution_id, after={"number": order.number})


async def return_order(*, actor: Principal, order_id: int, data: ReturnIn) -> OrderDetailOut:
    """退药: a paid or dispensed order goes back with its reason and is refunded in full."""
    await scope.require(actor, "pharmacy.dispense")
    order = await scope.get(actor, RxOrder, order_id)
    transition(order.state, Event.RETURN)
    await _return(actor, order.id, data.reason)
    return await detail(actor=actor, order_id=order.id)


@transactional
async def _return(actor: Principal, order_id: int, reason: str) -> bool:
    async with in_transaction():
        order = await orders.load(order_id, lock=True)
        if order.state == State.RETURNED.value:
            return False
        order.return_reason = reason[:200]
        await orders.move(order, Event.RETURN, actor=actor, note=f"退药：{reason}", data={"reason": reason})
        await audit_service.record(actor=actor, action="pharmacy.return", target_type="RxOrder", target_id=order.id,
                                   org_id=order.institution_id, after={"number": order.number, "reason": reason,
                                                                       "amount_fen": order.amount_fen})
    return True


async def list_shipments(*, actor: Principal, filters: ShipmentFilter, limit: int = 20,
                         offset: int = 0) -> Page[ShipmentOut]:
    """物流管理: parcels of the hospitals in scope, newest first."""
    await scope.require(actor, "pharmacy.read")
    qs = Shipment.filter(order_id__in=Subquery(scope.scoped(actor, RxOrder).values("id")))
    if filters.state:
        qs = qs.filter(state=filters.state)
    if filters.waybill_no:
        qs = qs.filter(waybill_no__startswith=filters.waybill_no)
    if filters.number:
        qs = qs.filter(order__number__startswith=filters.number)
    if filters.date_from:
        qs = qs.filter(created_at__gte=_day_start(filters.date_from))
    if filters.date_to:
        qs = qs.filter(created_at__lt=_day_start(filters.date_to + dt.timedelta(days=1)))
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit).prefetch_related("order")
    return Page[ShipmentOut](total=total, page=offset // limit + 1, page_size=limit,
                             items=[orders.shipment_out(s, s.order.number) for s in rows])


# ---------------------------------------------------------------- a pharmacist's intervention

async def on_intervened(event: DomainEvent) -> None:
    """Consumer of `rx.intervened` and `rx.expired` (group pharmacy.rx): the prescription was withdrawn
    after approval, or expired unpaid. A paid (or dispensed, not yet handed over) order of a withdrawn
    one is returned and refunded; an unpaid order is closed at WeChat Pay and cancelled (a payment that
    slipped through is then refused by on_paid and refunded by payments)."""
    order = await RxOrder.get_or_none(prescription_id=int(event.payload["prescription_id"]))
    if order is None:
        return
    why = "处方已过期" if event.name == EXPIRED else "处方已被药师撤回"
    if order.state == State.CREATED.value:
        await payments.close(reference=orders.payment_reference(order.id), reason=why)
        await _cancel_for_intervention(order.id, why)
    elif event.name == INTERVENED and order.state in (State.PAID.value, State.DISPENSED.value):
        await _return(orders.SYSTEM, order.id, "药师干预：处方已撤回，全额退款")


@transactional
async def _cancel_for_intervention(order_id: int, why: str) -> None:
    async with in_transaction():
        order = await orders.load(order_id, lock=True)
        if order.state == State.CREATED.value:
            await orders.move(order, Event.CANCEL, actor=orders.SYSTEM, note=f"{why}，订单取消")
