"""The life of a record-copy request, as an explicit state machine.

Seed 003 (订单管理, 状态跟踪): a request is reviewed by the institution's record
room, paid where the institution charges, prepared, then downloaded by the
patient, and tracked until then. The moves:

    submitted ──start_review (system: checks passed, manual mode)──▶ under_review
    submitted ──auto_approve (system: checks passed, automatic mode)──▶ approved
    under_review ──approve──▶ approved          under_review ──reject (reason)──▶ rejected
    approved ──pay (fee > 0)──▶ paid
    approved (free) / paid ──prepare (system)──▶ in_preparation
    in_preparation ──deliver (copy uploaded or generated)──▶ ready
    ready ──download (first one)──▶ downloaded
    ready / downloaded ──expire (system, after expires_at)──▶ expired

`submitted` rests only while the automatic checks run; with an identity
platform that answers later (see core/records/identity.py) it is where a
request waits for it. `rejected` and `expired` are final: the patient applies
again.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from core.errors import ValidationFailed
from core.records.errors import IllegalTransition
from core.records.schemas import RequestStateOut


class State(str, Enum):
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    PAID = "paid"
    IN_PREPARATION = "in_preparation"
    READY = "ready"
    DOWNLOADED = "downloaded"
    EXPIRED = "expired"


class Event(str, Enum):
    START_REVIEW = "start_review"
    AUTO_APPROVE = "auto_approve"
    APPROVE = "approve"
    REJECT = "reject"
    PAY = "pay"
    PREPARE = "prepare"
    DELIVER = "deliver"
    DOWNLOAD = "download"
    EXPIRE = "expire"


@dataclass(frozen=True)
class Transition:
    event: Event
    sources: frozenset[State]
    target: State
    by: str  # who fires it: patient / admin / system
    needs_reason: bool = False


TRANSITIONS = {t.event: t for t in (
    Transition(Event.START_REVIEW, frozenset({State.SUBMITTED}), State.UNDER_REVIEW, "system"),
    Transition(Event.AUTO_APPROVE, frozenset({State.SUBMITTED}), State.APPROVED, "system"),
    Transition(Event.APPROVE, frozenset({State.UNDER_REVIEW}), State.APPROVED, "admin"),
    Transition(Event.REJECT, frozenset({State.UNDER_REVIEW}), State.REJECTED, "admin", needs_reason=True),
    Transition(Event.PAY, frozenset({State.APPROVED}), State.PAID, "patient"),
    Transition(Event.PREPARE, frozenset({State.APPROVED, State.PAID}), State.IN_PREPARATION, "system"),
    Transition(Event.DELIVER, frozenset({State.IN_PREPARATION}), State.READY, "admin"),
    Transition(Event.DOWNLOAD, frozenset({State.READY}), State.DOWNLOADED, "patient"),
    Transition(Event.EXPIRE, frozenset({State.READY, State.DOWNLOADED}), State.EXPIRED, "system"),
)}

LABELS = {
    State.SUBMITTED: "已提交", State.UNDER_REVIEW: "审核中", State.APPROVED: "审核通过", State.REJECTED: "已拒绝",
    State.PAID: "已支付", State.IN_PREPARATION: "复印中", State.READY: "待下载", State.DOWNLOADED: "已下载",
    State.EXPIRED: "已过期",
}
# The console shows every state in its own colour (seed 003: 不同状态申请都标有不同的颜色表示).
COLORS = {
    State.SUBMITTED: "#8c8c8c", State.UNDER_REVIEW: "#fa8c16", State.APPROVED: "#1677ff",
    State.REJECTED: "#f5222d", State.PAID: "#722ed1", State.IN_PREPARATION: "#13c2c2",
    State.READY: "#52c41a", State.DOWNLOADED: "#237804", State.EXPIRED: "#bfbfbf",
}
# What the patient sees in the timeline for each move.
EVENT_NOTES = {
    Event.START_REVIEW: "身份核验与归档病案校验通过，等待病案室审核",
    Event.AUTO_APPROVE: "身份核验与归档病案校验通过，系统自动审核通过",
    Event.APPROVE: "病案室审核通过",
    Event.REJECT: "病案室审核未通过",
    Event.PAY: "已支付复印费用",
    Event.PREPARE: "病案室正在准备复印件",
    Event.DELIVER: "复印件已准备好，可以下载",
    Event.DOWNLOAD: "复印件已下载",
    Event.EXPIRE: "下载期限已过",
}
# The patient's filters (seed 003: 审核中、已拒绝、已完成), plus what lies between.
GROUPS = {
    "reviewing": (State.SUBMITTED, State.UNDER_REVIEW),
    "rejected": (State.REJECTED,),
    "in_progress": (State.APPROVED, State.PAID, State.IN_PREPARATION),
    "done": (State.READY, State.DOWNLOADED, State.EXPIRED),
}
GROUP_LABELS = {"reviewing": "审核中", "rejected": "已拒绝", "in_progress": "处理中", "done": "已完成"}
# States in which the copy may be downloaded (until expires_at).
DOWNLOADABLE = frozenset({State.READY, State.DOWNLOADED})


def states_of(name: str) -> list[str]:
    """The states a patient's filter names: a group key or one state."""
    if name in GROUPS:
        return [s.value for s in GROUPS[name]]
    if name in State._value2member_map_:
        return [name]
    raise ValidationFailed(details={"errors": [{"path": "state", "type": "enum",
                                                "message": f"应为 {'/'.join(GROUPS)} 或某一状态"}]})


def allowed(current: str) -> list[str]:
    state = State(current)
    return sorted(e.value for e, t in TRANSITIONS.items() if state in t.sources)


def fire(current: str, event: Event) -> State:
    """The state after `event`, or IllegalTransition naming the events allowed from here."""
    t = TRANSITIONS[event]
    state = State(current)
    if state not in t.sources:
        raise IllegalTransition(
            f"当前状态“{LABELS[state]}”不能执行该操作",
            details={"state": state.value, "event": event.value, "allowed": allowed(current)})
    return t.target


def view(state: str) -> RequestStateOut:
    s = State(state)
    return RequestStateOut(state=s.value, state_label=LABELS[s], state_color=COLORS[s])
