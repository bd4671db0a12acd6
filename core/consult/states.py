"""The life of a consultation order, as an explicit state machine (seed 004 订单管理, 我的问诊).

    created ──pay (WeChat Pay confirmed)──▶ waiting ──accept (doctor)──▶ in_progress
    created ──cancel (patient) / abandon (system: unpaid in time)──▶ cancelled
    waiting ──cancel (patient)──▶ cancelled                  refunded in full
    waiting ──reject (doctor, reason)──▶ rejected            refunded in full
    waiting ──expire (system: not accepted within the hours)──▶ expired      refunded in full
    waiting / in_progress ──transfer (doctor, reason, to a colleague)──▶ waiting (the colleague's)
    in_progress ──withdraw (doctor, reason: 取消接诊)──▶ cancelled           refunded in full
    in_progress ──end (doctor, with the record and a summary)──▶ ended
    in_progress ──close (system: the window is over)──▶ closed

Every transition is idempotent in the service: firing one that already happened answers the
order as it is (a repeated tap, a timer that fires twice, a retried request); firing one that
cannot happen from the current state is refused with `consult.illegal_transition`.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from core.consult.errors import IllegalTransition


class State(str, Enum):
    CREATED = "created"
    WAITING = "waiting"
    IN_PROGRESS = "in_progress"
    ENDED = "ended"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    REJECTED = "rejected"
    EXPIRED = "expired"


class Event(str, Enum):
    PAY = "pay"
    CANCEL = "cancel"
    ABANDON = "abandon"
    ACCEPT = "accept"
    REJECT = "reject"
    EXPIRE = "expire"
    TRANSFER = "transfer"
    WITHDRAW = "withdraw"
    END = "end"
    CLOSE = "close"


@dataclass(frozen=True)
class Transition:
    event: Event
    sources: frozenset[State]
    target: State
    by: str  # patient / doctor / system
    refund: bool = False  # money received goes back in full


TRANSITIONS = {t.event: t for t in (
    Transition(Event.PAY, frozenset({State.CREATED}), State.WAITING, "system"),
    Transition(Event.CANCEL, frozenset({State.CREATED, State.WAITING}), State.CANCELLED, "patient", refund=True),
    Transition(Event.ABANDON, frozenset({State.CREATED}), State.CANCELLED, "system"),
    Transition(Event.ACCEPT, frozenset({State.WAITING}), State.IN_PROGRESS, "doctor"),
    Transition(Event.REJECT, frozenset({State.WAITING}), State.REJECTED, "doctor", refund=True),
    Transition(Event.EXPIRE, frozenset({State.WAITING}), State.EXPIRED, "system", refund=True),
    Transition(Event.TRANSFER, frozenset({State.WAITING, State.IN_PROGRESS}), State.WAITING, "doctor"),
    Transition(Event.WITHDRAW, frozenset({State.IN_PROGRESS}), State.CANCELLED, "doctor", refund=True),
    Transition(Event.END, frozenset({State.IN_PROGRESS}), State.ENDED, "doctor"),
    Transition(Event.CLOSE, frozenset({State.IN_PROGRESS}), State.CLOSED, "system"),
)}

LABELS = {
    State.CREATED: "待支付", State.WAITING: "待接诊", State.IN_PROGRESS: "问诊中", State.ENDED: "已完成",
    State.CLOSED: "已结束", State.CANCELLED: "已取消", State.REJECTED: "医生未接诊", State.EXPIRED: "超时未接诊",
}
EVENT_NOTES = {
    Event.PAY: "已支付，等待医生接诊", Event.CANCEL: "已取消订单", Event.ABANDON: "超时未支付，订单已取消",
    Event.ACCEPT: "医生已接诊", Event.REJECT: "医生未接诊", Event.EXPIRE: "医生超时未接诊，订单已取消",
    Event.TRANSFER: "已转诊", Event.WITHDRAW: "医生已取消接诊", Event.END: "医生已结束服务",
    Event.CLOSE: "问诊时间已到，本次问诊结束",
}
FINAL = frozenset({State.ENDED, State.CLOSED, State.CANCELLED, State.REJECTED, State.EXPIRED})
RATABLE = frozenset({State.ENDED, State.CLOSED})
# The patient's tabs (seed 004 订单管理): one key each, several states in a tab.
GROUPS: dict[str, frozenset[State]] = {
    "unpaid": frozenset({State.CREATED}),
    "waiting": frozenset({State.WAITING}),
    "in_progress": frozenset({State.IN_PROGRESS}),
    "done": frozenset({State.ENDED, State.CLOSED}),
    "cancelled": frozenset({State.CANCELLED, State.REJECTED, State.EXPIRED}),
}
GROUP_LABELS = {"unpaid": "待支付", "waiting": "待接诊", "in_progress": "问诊中", "done": "已完成",
                "cancelled": "已取消/退款"}
REFUND_LABELS = {"": "", "requested": "退款中", "refunded": "已退款", "failed": "退款失败"}


def transition(state: str, event: Event) -> Transition:
    """The transition `event` makes from `state`, or IllegalTransition."""
    t = TRANSITIONS[event]
    if State(state) not in t.sources:
        raise IllegalTransition(details={"state": state, "event": event.value,
                                         "label": LABELS[State(state)]})
    return t


def states_of(key: str) -> list[str]:
    """A tab key or one exact state, as the states to filter by."""
    if key in GROUPS:
        return sorted(s.value for s in GROUPS[key])
    return [State(key).value]
