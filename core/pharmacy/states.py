"""The state machine of a medicine order (RxOrder.state).

    created ──pay──▶ paid ──dispense──▶ dispensed ──ship──▶ shipped ──deliver (carrier)──▶ delivered
    dispensed ──collect (pick-up code at the window)──▶ collected
    created ──cancel──▶ cancelled
    paid / dispensed ──return (pharmacy, reason)──▶ returned   (refunded in full through core/payments)

Why one table: every mover (the patient, the window, the carrier's push, the payment, a
pharmacist's intervention) asks `transition` and gets the same refusal for a move that does not
apply, so no path can skip a step (a parcel before dispensing, a code collected twice).
"""
from __future__ import annotations

from enum import Enum

from core.pharmacy.errors import IllegalTransition


class State(str, Enum):
    CREATED = "created"
    PAID = "paid"
    DISPENSED = "dispensed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    COLLECTED = "collected"
    CANCELLED = "cancelled"
    RETURNED = "returned"


class Event(str, Enum):
    PAY = "pay"
    DISPENSE = "dispense"
    SHIP = "ship"
    DELIVER = "deliver"
    COLLECT = "collect"
    CANCEL = "cancel"
    RETURN = "return"


TRANSITIONS: dict[tuple[State, Event], State] = {
    (State.CREATED, Event.PAY): State.PAID,
    (State.PAID, Event.DISPENSE): State.DISPENSED,
    (State.DISPENSED, Event.SHIP): State.SHIPPED,
    (State.SHIPPED, Event.DELIVER): State.DELIVERED,
    (State.DISPENSED, Event.COLLECT): State.COLLECTED,
    (State.CREATED, Event.CANCEL): State.CANCELLED,
    (State.PAID, Event.RETURN): State.RETURNED,
    (State.DISPENSED, Event.RETURN): State.RETURNED,
}

LABELS = {State.CREATED: "待支付", State.PAID: "待发药", State.DISPENSED: "已发药", State.SHIPPED: "配送中",
          State.DELIVERED: "已签收", State.COLLECTED: "已取药", State.CANCELLED: "已取消", State.RETURNED: "已退药"}
EVENT_LABELS = {Event.PAY: "支付", Event.DISPENSE: "发药", Event.SHIP: "交付物流", Event.DELIVER: "签收",
                Event.COLLECT: "取药", Event.CANCEL: "取消", Event.RETURN: "退药"}
FULFILMENTS = {"delivery": "快递配送", "pickup": "到院自取"}
REFUND_LABELS = {"": "", "requested": "退款中", "refunded": "已退款", "failed": "退款失败"}
# The timeline event (core/rx record_event) each move writes.
TIMELINE = {Event.PAY: "paid", Event.DISPENSE: "dispensed", Event.SHIP: "shipped", Event.DELIVER: "delivered",
            Event.COLLECT: "collected", Event.RETURN: "returned", Event.CANCEL: "order_cancelled"}


def transition(state: str, event: Event) -> State:
    target = TRANSITIONS.get((State(state), event))
    if target is None:
        raise IllegalTransition(details={"state": state, "event": event.value})
    return target


def label(state: str) -> str:
    try:
        return LABELS[State(state)]
    except ValueError:
        return state
