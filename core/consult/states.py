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

A video order (`kind="video"`, core/consult/video.py) is for one scheduled slot (a doctor's day and
period) and goes through the waiting room between payment and the call:

    waiting (paid: booked, waits for its slot) ──check_in (patient, on the day)──▶ queued
    queued ──call (doctor: the next one, or a chosen or missed one again)──▶ calling
    calling ──answer (patient joins the room)──▶ in_progress
    calling ──miss (system: no answer within CONSULT_CALL_SECONDS)──▶ queued   (marked missed)
    calling ──no_show (system: the CONSULT_NO_SHOW_CALLS-th missed call)──▶ no_show   NOT refunded
    waiting ──no_show (system: the slot is over and the patient never checked in)──▶ no_show   NOT refunded
    waiting / queued / calling ──leave (patient leaves the queue)──▶ cancelled   refunded in full
    queued ──expire (system: the slot is over and the doctor never called)──▶ expired   refunded in full
    queued ──reject (doctor: wrong department)──▶ rejected   refunded in full

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
    # Video orders only (the waiting room):
    QUEUED = "queued"
    CALLING = "calling"
    NO_SHOW = "no_show"


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
    CHECK_IN = "check_in"
    CALL = "call"
    ANSWER = "answer"
    MISS = "miss"
    NO_SHOW = "no_show"
    LEAVE = "leave"


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
    Transition(Event.REJECT, frozenset({State.WAITING, State.QUEUED}), State.REJECTED, "doctor", refund=True),
    Transition(Event.EXPIRE, frozenset({State.WAITING, State.QUEUED}), State.EXPIRED, "system", refund=True),
    Transition(Event.TRANSFER, frozenset({State.WAITING, State.IN_PROGRESS}), State.WAITING, "doctor"),
    Transition(Event.WITHDRAW, frozenset({State.IN_PROGRESS}), State.CANCELLED, "doctor", refund=True),
    Transition(Event.END, frozenset({State.IN_PROGRESS}), State.ENDED, "doctor"),
    Transition(Event.CLOSE, frozenset({State.IN_PROGRESS}), State.CLOSED, "system"),
    Transition(Event.CHECK_IN, frozenset({State.WAITING}), State.QUEUED, "patient"),
    Transition(Event.CALL, frozenset({State.QUEUED}), State.CALLING, "doctor"),
    Transition(Event.ANSWER, frozenset({State.CALLING}), State.IN_PROGRESS, "patient"),
    Transition(Event.MISS, frozenset({State.CALLING}), State.QUEUED, "system"),
    Transition(Event.NO_SHOW, frozenset({State.WAITING, State.CALLING}), State.NO_SHOW, "system"),
    Transition(Event.LEAVE, frozenset({State.WAITING, State.QUEUED, State.CALLING}), State.CANCELLED, "patient",
               refund=True),
)}

LABELS = {
    State.CREATED: "待支付", State.WAITING: "待接诊", State.IN_PROGRESS: "问诊中", State.ENDED: "已完成",
    State.CLOSED: "已结束", State.CANCELLED: "已取消", State.REJECTED: "医生未接诊", State.EXPIRED: "超时未接诊",
    State.QUEUED: "候诊中", State.CALLING: "呼叫中", State.NO_SHOW: "未应诊",
}
EVENT_NOTES = {
    Event.PAY: "已支付，等待医生接诊", Event.CANCEL: "已取消订单", Event.ABANDON: "超时未支付，订单已取消",
    Event.ACCEPT: "医生已接诊", Event.REJECT: "医生未接诊", Event.EXPIRE: "医生超时未接诊，订单已取消",
    Event.TRANSFER: "已转诊", Event.WITHDRAW: "医生已取消接诊", Event.END: "医生已结束服务",
    Event.CLOSE: "问诊时间已到，本次问诊结束",
    Event.CHECK_IN: "已签到，进入候诊室", Event.CALL: "医生正在呼叫您，请尽快接听", Event.ANSWER: "视频已接通",
    Event.MISS: "未接听医生的呼叫，已回到候诊队列", Event.NO_SHOW: "未应诊，订单已结束（不退款）",
    Event.LEAVE: "已退出候诊，费用将原路退回",
}
FINAL = frozenset({State.ENDED, State.CLOSED, State.CANCELLED, State.REJECTED, State.EXPIRED, State.NO_SHOW})
RATABLE = frozenset({State.ENDED, State.CLOSED})
# The patient's tabs (seed 004 订单管理): one key each, several states in a tab.
GROUPS: dict[str, frozenset[State]] = {
    "unpaid": frozenset({State.CREATED}),
    "waiting": frozenset({State.WAITING, State.QUEUED, State.CALLING}),
    "in_progress": frozenset({State.IN_PROGRESS}),
    "done": frozenset({State.ENDED, State.CLOSED}),
    "cancelled": frozenset({State.CANCELLED, State.REJECTED, State.EXPIRED, State.NO_SHOW}),
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
