"""The medicine order's one way of changing, what it looks like, and the money that follows it.

Why together: every mover (the patient paying or cancelling, the window dispensing or handing
over, the carrier's push, a pharmacist's intervention, a return) goes through `move`, which
checks the state machine, stamps the time, writes the prescription's timeline (core/rx
`record_event`) and tells the patient's open screens, all in the caller's transaction. A return
sets `refund_state = requested` in the same transaction and emits `pharmacy.refund_due`; the
consumer group `pharmacy.money` asks core/payments for the full refund under the order's own
`out_refund_no` (asked again, it is the same refund) and follows `payments.refunded` /
`payments.refund_failed` to tell the patient; `sweep` asks again for refunds never recorded.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.transactions import in_transaction

from core import masking
from core.db import transactional, utcnow
from core.events import service as events
from core.events.service import Event as DomainEvent
from core.notify import service as notify_service
from core.payments import purposes as payment_purposes
from core.payments import service as payments
from core.payments.errors import NotRefundable
from core.pharmacy.errors import OrderNotFound
from core.pharmacy.models import RxOrder, Shipment, ShipmentEvent
from core.pharmacy.schemas import ItemOut, OrderOut, ShipmentOut, TimelineOut, TrackingOut
from core.pharmacy.states import (
    FULFILMENTS, REFUND_LABELS, TIMELINE, Event, State, label, transition,
)
from core.principal import Principal
from core.rx.models import PrescriptionItem, RxEvent
from core.rx import service as rx_service

PAYMENT_KIND = "pharmacy.order"  # payment orders of a medicine order are referenced "pharmacy.order:<id>"
GRANT_SCOPE = "consultations"  # a relative orders medicines under the 在线问诊 grant with acting (as consultations)
PATIENT_LINK = "/rx/orders/{id}"
ADMIN_LINK = "/admin/pharmacy/orders/{id}"
CHANGED = "pharmacy.order_changed"
TOPIC = "rx_order"  # rx_order:<id>: the order's moves and its parcel's tracking, for the patient's open screen
REFUND_DUE = "pharmacy.refund_due"
MONEY_EVENTS = (REFUND_DUE, "payments.refunded", "payments.refund_failed")
REFUND_RETRY = dt.timedelta(minutes=5)
SYSTEM = Principal(kind="system", name="pharmacy")
CARRIER_LABELS: dict[str, str] = {}  # filled by core/pharmacy/carriers.py
TRACKING_LABELS = {"picked_up": "已揽收", "in_transit": "运输中", "out_for_delivery": "派送中", "delivered": "已签收",
                   "exception": "异常"}
SHIPMENT_LABELS = {"created": "已下单", "in_transit": "运输中", "delivered": "已签收", "exception": "异常"}
_STAMPS = {Event.PAY: "paid_at", Event.DISPENSE: "dispensed_at", Event.SHIP: "shipped_at",
           Event.DELIVER: "delivered_at", Event.COLLECT: "collected_at", Event.RETURN: "returned_at",
           Event.CANCEL: "cancelled_at"}


def payment_reference(order_id: int) -> str:
    return payment_purposes.reference(PAYMENT_KIND, order_id)


def topic_of(order_id: int) -> str:
    return f"{TOPIC}:{order_id}"


def refund_number(order: RxOrder) -> str:
    """The order's one full refund, the same however often it is asked for."""
    return f"RF{order.number}"


def mp_principal(account_id: int) -> Principal:
    return Principal(kind="mp", id=account_id, name=f"mp:{account_id}")


def actor_type(actor: Principal) -> str:
    return {"mp": "patient", "admin": "pharmacist", "system": "system"}.get(actor.kind, "system")


async def load(order_id: int, *, lock: bool = False) -> RxOrder:
    qs = RxOrder.filter(id=order_id)
    order = await (qs.select_for_update() if lock else qs).first()
    if order is None:
        raise OrderNotFound(details={"id": order_id})
    return order


async def move(order: RxOrder, event: Event, *, actor: Principal, note: str = "", data: dict | None = None,
               timeline_actor: str | None = None) -> None:
    """One transition of a locked order (inside the caller's transaction), with its timeline row."""
    order.state = transition(order.state, event).value
    fields = ["state", "updated_at"]
    stamp = _STAMPS[event]
    if getattr(order, stamp) is None or event in (Event.RETURN, Event.CANCEL):  # paid_at: WeChat Pay's time
        setattr(order, stamp, utcnow())
    fields.append(stamp)
    if event is Event.RETURN and order.paid_at is not None:
        order.refund_state = "requested"
        fields.append("refund_state")
    await order.save(update_fields=fields + ([] if event is not Event.RETURN else ["return_reason"]))
    await rx_service.record_event(prescription_id=order.prescription_id, event=TIMELINE[event], order_id=order.id,
                              actor_type=timeline_actor or actor_type(actor), actor_id=actor.id,
                              actor_name=actor.name if actor.kind == "admin" else "", note=note, data=data)
    await events.emit(CHANGED, {"id": order.id, "state": order.state}, topic=topic_of(order.id))
    if event is Event.RETURN and order.refund_state == "requested":
        await events.emit(REFUND_DUE, {"order_id": order.id})


# ---------------------------------------------------------------- presenting

def usage_of(item: PrescriptionItem) -> str:
    return f"每次 {item.dose.normalize():f}{item.dose_unit}，{item.frequency}，{item.route}，{item.days} 天"


def order_out(order: RxOrder, *, model: type[OrderOut] = OrderOut, **extra: Any) -> OrderOut:
    """The order's public face (prescription and institution prefetched)."""
    rx = order.prescription
    return model(
        id=order.id, number=order.number, state=order.state, state_label=label(order.state),
        fulfilment=order.fulfilment, fulfilment_label=FULFILMENTS.get(order.fulfilment, order.fulfilment),
        prescription_id=order.prescription_id, prescription_number=rx.number,
        patient_name=masking.mask_name(rx.patient_name) or "", institution_id=order.institution_id,
        institution_name=order.institution.name, drug_fen=order.drug_fen, delivery_fen=order.delivery_fen,
        amount_fen=order.amount_fen, receiver=masking.mask_name(order.receiver),
        phone=masking.mask_phone(order.phone), address=masking.mask_address(order.address),
        refund_state=order.refund_state, refund_label=REFUND_LABELS.get(order.refund_state, order.refund_state),
        return_reason=order.return_reason, created_at=order.created_at, paid_at=order.paid_at,
        dispensed_at=order.dispensed_at, shipped_at=order.shipped_at, delivered_at=order.delivered_at,
        collected_at=order.collected_at, returned_at=order.returned_at, cancelled_at=order.cancelled_at,
        can_pay=order.state == State.CREATED.value, can_cancel=order.state == State.CREATED.value, **extra)


async def items_of(prescription_id: int) -> list[ItemOut]:
    rows = await PrescriptionItem.filter(prescription_id=prescription_id).order_by("seq")
    return [ItemOut(seq=i.seq, drug_name=i.drug_name, strength=i.strength, form=i.form, quantity=i.quantity,
                    unit=i.unit, price_fen=i.price_fen, amount_fen=i.amount_fen, usage=usage_of(i)) for i in rows]


async def timeline_of(order: RxOrder) -> list[TimelineOut]:
    """The order's own steps on the prescription's timeline, oldest first."""
    from core.pharmacy.states import EVENT_LABELS

    names = {v: EVENT_LABELS[k] for k, v in TIMELINE.items()}
    names.update({"refunded": "已退款", "refund_failed": "退款失败"})
    rows = await RxEvent.filter(prescription_id=order.prescription_id, order_id=order.id).order_by("at", "id")
    return [TimelineOut(event=r.event, label=names.get(r.event, r.event), actor_type=r.actor_type,
                        actor_name=r.actor_name, note=r.note, at=r.at) for r in rows]


def shipment_out(s: Shipment, order_number: str, tracking: list[ShipmentEvent] | None = None) -> ShipmentOut:
    return ShipmentOut(
        id=s.id, order_id=s.order_id, order_number=order_number, carrier=s.carrier,
        carrier_label=CARRIER_LABELS.get(s.carrier, s.carrier), waybill_no=s.waybill_no, state=s.state,
        state_label=SHIPMENT_LABELS.get(s.state, s.state), created_at=s.created_at, last_event_at=s.last_event_at,
        events=[TrackingOut(event_id=e.event_id, status=e.status, status_label=TRACKING_LABELS.get(e.status, e.status),
                            description=e.description, location=e.location, at=e.at) for e in tracking or []])


async def shipment_of(order: RxOrder) -> ShipmentOut | None:
    s = await Shipment.get_or_none(order_id=order.id)
    if s is None:
        return None
    return shipment_out(s, order.number, await ShipmentEvent.filter(shipment_id=s.id).order_by("-at", "-id"))


# ---------------------------------------------------------------- payment

async def on_paid(paid: payment_purposes.PaidOrder) -> payment_purposes.Decision:
    """WeChat Pay confirmed the payment (inside payments' transaction): an order waiting for it is
    paid (a pick-up order gets its code); any other refuses, and payments refunds the money."""
    from core.pharmacy import pickup

    order = await RxOrder.filter(id=paid.reference_id).select_for_update().first()
    if order is None or order.state != State.CREATED.value or order.amount_fen != paid.amount_fen:
        return payment_purposes.Decision(False, reason="药品订单已取消，款项原路退回")
    rx_state = await _prescription_state(order.prescription_id)
    if rx_state != "approved":
        return payment_purposes.Decision(False, reason="处方已被药师撤回，款项原路退回")
    payer = mp_principal(paid.payer_account_id) if paid.payer_account_id else SYSTEM
    order.paid_at = paid.paid_at
    if order.fulfilment == "pickup":
        await pickup.assign_code(order)
    await move(order, Event.PAY, actor=payer, note=f"已支付 {order.amount_fen / 100:.2f} 元",
               data={"amount_fen": order.amount_fen})
    if order.fulfilment == "pickup":
        body = f"{order.number}：已支付，请凭取药码到医院药房窗口取药"
    else:
        body = f"{order.number}：已支付，药房发药后将为您快递配送"
    message = await notify_service.notify(account_id=order.account_id, kind="pharmacy.paid", title="购药订单已支付",
                                          body=body, link=PATIENT_LINK.format(id=order.id))
    await notify_service.push([message])
    await notify_service.notify(org_id=order.institution_id, kind="pharmacy.queue", title="新的待发药订单",
                                body=f"{order.number}（{FULFILMENTS[order.fulfilment]}）",
                                link=ADMIN_LINK.format(id=order.id))
    return payment_purposes.Decision(True)


async def _prescription_state(prescription_id: int) -> str:
    from core.rx.models import Prescription

    return (await Prescription.filter(id=prescription_id).first().values_list("state", flat=True)) or ""


# ---------------------------------------------------------------- refunds

async def refund(order_id: int) -> str:
    """Ask core/payments for the order's full refund (the same refund however often it is asked)."""
    order = await RxOrder.get_or_none(id=order_id)
    if order is None or order.refund_state != "requested":
        return ""
    try:
        await payments.refund_reference(actor=SYSTEM, reference=payment_reference(order.id),
                                        reason=(order.return_reason or "退药，全额退款")[:80],
                                        out_refund_no=refund_number(order))
    except NotRefundable:
        paid = await payments.order_of(reference=payment_reference(order.id))
        if paid and paid["state"] == "refunded":  # refunded already (the console, an earlier attempt)
            await _refund_result(order.id, ok=True)
            return "refunded"
        raise
    await RxOrder.filter(id=order.id, refund_state="requested").update(updated_at=utcnow())
    return "asked"


@transactional
async def _refund_result(order_id: int, *, ok: bool) -> None:
    async with in_transaction():
        order = await RxOrder.filter(id=order_id).select_for_update().first()
        state = "refunded" if ok else "failed"
        if order is None or order.refund_state in (state, "refunded", ""):
            return
        order.refund_state = state
        await order.save(update_fields=["refund_state", "updated_at"])
        await rx_service.record_event(prescription_id=order.prescription_id, event="refunded" if ok else "refund_failed",
                                  order_id=order.id, actor_type="system",
                                  note=f"{order.amount_fen / 100:.2f} 元已原路退回" if ok else "微信支付未能完成退款",
                                  data={"amount_fen": order.amount_fen})
        await events.emit(CHANGED, {"id": order.id, "refund_state": state}, topic=topic_of(order.id))
        if ok:
            message = await notify_service.notify(
                account_id=order.account_id, kind="pharmacy.refund", title="药费已退款",
                body=f"{order.number}：{order.amount_fen / 100:.2f} 元已原路退回", link=PATIENT_LINK.format(id=order.id))
            await notify_service.push([message])
        else:
            await notify_service.notify(org_id=order.institution_id, kind="pharmacy.refund_failed",
                                        title="药品订单退款失败，请人工处理", body=f"{order.number}：微信支付未能完成退款",
                                        link=ADMIN_LINK.format(id=order.id))


async def on_money(event: DomainEvent) -> None:
    """Consumer of `pharmacy.refund_due`, `payments.refunded` and `payments.refund_failed` (group pharmacy.money)."""
    p = event.payload
    if event.name == REFUND_DUE:
        await refund(int(p["order_id"]))
        return
    kind, order_id = payment_purposes.split(p.get("reference", ""))
    if kind != PAYMENT_KIND or not order_id:
        return
    if event.name == "payments.refunded" and p.get("full"):
        await _refund_result(order_id, ok=True)
    elif event.name == "payments.refund_failed":
        await _refund_result(order_id, ok=False)


async def sweep(*, now: dt.datetime | None = None) -> int:
    """Refunds due but never recorded (a consumer that died between the return and payments)."""
    from core import jobs

    now = now or utcnow()
    stale = await RxOrder.filter(refund_state="requested", updated_at__lte=now - REFUND_RETRY) \
        .order_by("id").limit(200).values_list("id", flat=True)
    return (await jobs.per_item("pharmacy_refund", stale, refund)).done


async def sweep_pharmacy_refunds(ctx: dict) -> int:
    return await sweep()
