"""The life of a prescription, as an explicit state machine (seed 004 处方签名, 处方审核,
处方审核拒绝处理, 药师审查及干预).

    draft ──sign (doctor; the automatic review runs in the same transaction)──▶ pending_review
    draft / pending_review ──revoke (doctor)──▶ revoked
    pending_review ──pass (pharmacist, signed)──▶ approved
    pending_review ──reject (pharmacist, reasons)──▶ rejected
    rejected ──accept (the doctor accepts the rejection)──▶ void   (a new draft revises it: previous_id)
    rejected ──appeal (doctor, reason; once)──▶ appealed
    appealed ──pass──▶ approved        appealed ──reject──▶ rejected (appealed: only accept now)
    approved ──intervene (pharmacist, reasons; not yet dispensed)──▶ rejected
    approved ──expire (system: not paid before valid_until)──▶ expired

Why explicit: the pharmacy, the insurance centre and three screens act on a prescription, and
each may only do what its state allows. The service makes every move idempotent: a move asked
for again once it happened answers the prescription as it is (a doubled tap, a retried request);
a move its state does not allow is refused with `rx.illegal_transition` (409).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from core.rx.errors import IllegalTransition


class State(str, Enum):
    DRAFT = "draft"
    PENDING_REVIEW = "pending_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    APPEALED = "appealed"
    VOID = "void"
    REVOKED = "revoked"
    EXPIRED = "expired"


class Event(str, Enum):
    SIGN = "sign"
    REVOKE = "revoke"
    PASS = "pass"
    REJECT = "reject"
    ACCEPT = "accept"
    APPEAL = "appeal"
    INTERVENE = "intervene"
    EXPIRE = "expire"


@dataclass(frozen=True)
class Transition:
    event: Event
    sources: frozenset[State]
    target: State
    by: str  # doctor / pharmacist / system


TRANSITIONS = {t.event: t for t in (
    Transition(Event.SIGN, frozenset({State.DRAFT}), State.PENDING_REVIEW, "doctor"),
    Transition(Event.REVOKE, frozenset({State.DRAFT, State.PENDING_REVIEW}), State.REVOKED, "doctor"),
    Transition(Event.PASS, frozenset({State.PENDING_REVIEW, State.APPEALED}), State.APPROVED, "pharmacist"),
    Transition(Event.REJECT, frozenset({State.PENDING_REVIEW, State.APPEALED}), State.REJECTED, "pharmacist"),
    Transition(Event.ACCEPT, frozenset({State.REJECTED}), State.VOID, "doctor"),
    Transition(Event.APPEAL, frozenset({State.REJECTED}), State.APPEALED, "doctor"),
    Transition(Event.INTERVENE, frozenset({State.APPROVED}), State.REJECTED, "pharmacist"),
    Transition(Event.EXPIRE, frozenset({State.APPROVED}), State.EXPIRED, "system"),
)}

LABELS = {
    State.DRAFT: "草稿", State.PENDING_REVIEW: "待审核", State.APPROVED: "审核通过", State.REJECTED: "审核未通过",
    State.APPEALED: "申诉中", State.VOID: "已作废", State.REVOKED: "已撤销", State.EXPIRED: "已过期",
}
KIND_LABELS = {"western": "西药/中成药", "herbal": "中草药"}
PREGNANCY_LABELS = {"none": "无", "pregnant": "妊娠期", "lactating": "哺乳期"}
# The pharmacist's queue.
QUEUE = (State.PENDING_REVIEW.value, State.APPEALED.value)
FINAL = frozenset({State.VOID, State.REVOKED, State.EXPIRED})

# Timeline events (RxEvent.event): label, and whether the patient sees the step (PATIENT_EVENTS).
TIMELINE = {
    "prescribed": "医生开具处方", "revised": "医生修改处方", "signed": "医生签名", "auto_reviewed": "系统审方",
    "passed": "药师审核通过", "rejected": "药师审核未通过", "appealed": "医生申诉", "accepted": "医生接受审核意见",
    "intervened": "药师干预", "revoked": "医生撤销处方", "expired": "处方已过期",
    # written by others through record_event (pharmacy, payments, insurance)
    "ordered": "患者下单", "paid": "已支付", "dispensed": "药房已发药", "shipped": "已发货", "delivered": "已签收",
    "collected": "已取药", "returned": "已退药", "refunded": "已退款", "refund_failed": "退款失败", "cancelled": "订单已取消",
    "order_cancelled": "订单已取消",
    "insurance_uploaded": "医保处方已上传", "insurance_revoked": "医保处方已撤销",
    "insurance_reviewed": "医保审核结果", "insurance_picked_up": "医保取药结果",
}
# What the patient sees: the steps of their prescription and its order, never the review's inside.
PATIENT_EVENTS = frozenset({"prescribed", "signed", "passed", "revised", "revoked", "expired", "intervened",
                            "ordered", "paid", "dispensed", "shipped", "delivered", "collected", "returned",
                            "refunded", "refund_failed", "cancelled", "order_cancelled", "insurance_uploaded",
                            "insurance_revoked", "insurance_picked_up"})

# Steps whose note the patient reads (the pharmacy's and the carrier's words to them).
PATIENT_NOTES = frozenset({"ordered", "paid", "dispensed", "shipped", "delivered", "collected", "returned",
                           "refunded", "refund_failed", "cancelled", "order_cancelled", "expired", "revoked"})


def transition(state: str, event: Event) -> Transition:
    """The transition `event` makes from `state`, or IllegalTransition (409)."""
    t = TRANSITIONS[event]
    if State(state) not in t.sources:
        raise IllegalTransition(details={"state": state, "event": event.value, "label": LABELS[State(state)]})
    return t
