"""States of a prescription at the insurance e-prescription centre (InsuranceRx.state).

Why a table: the same change arrives by several roads — our own calls, a query on demand, the
centre's notifications (sent again when it does not hear our answer) — so every change goes through
`allowed`: reaching the state a row already has is a no-op, and a step backwards (a late review
notice after the pick-up) is not taken.

    prechecked ──sign──▶ signed ──upload──▶ uploaded ──review──▶ review_passed ──pick-up──▶ dispensed
                                                    └─review──▶ review_failed
    prechecked / signed / uploaded / review_passed / review_failed ──revoke──▶ revoked ──save again──▶ prechecked
"""
from __future__ import annotations

from enum import Enum


class InsuranceState(str, Enum):
    PRECHECKED = "prechecked"
    SIGNED = "signed"
    UPLOADED = "uploaded"
    REVIEW_PASSED = "review_passed"
    REVIEW_FAILED = "review_failed"
    DISPENSED = "dispensed"
    REVOKED = "revoked"


S = InsuranceState
LABELS = {S.PRECHECKED: "已预核验", S.SIGNED: "已医保签名", S.UPLOADED: "已上传待审核", S.REVIEW_PASSED: "审核通过",
          S.REVIEW_FAILED: "审核未通过", S.DISPENSED: "已取药", S.REVOKED: "已撤销"}
TRANSITIONS: dict[S, frozenset[S]] = {
    S.PRECHECKED: frozenset({S.SIGNED, S.REVOKED}),
    S.SIGNED: frozenset({S.UPLOADED, S.REVOKED}),
    # A pick-up implies the review passed: its notice may come first.
    S.UPLOADED: frozenset({S.REVIEW_PASSED, S.REVIEW_FAILED, S.DISPENSED, S.REVOKED}),
    S.REVIEW_PASSED: frozenset({S.DISPENSED, S.REVOKED}),
    S.REVIEW_FAILED: frozenset({S.REVOKED}),
    S.DISPENSED: frozenset(),
    S.REVOKED: frozenset({S.PRECHECKED}),
}
UPLOADED_OR_LATER = frozenset({S.UPLOADED, S.REVIEW_PASSED, S.REVIEW_FAILED, S.DISPENSED})
REVOCABLE = frozenset(s for s, nexts in TRANSITIONS.items() if S.REVOKED in nexts)
# The events the prescription's timeline gets (core/rx/states.py TIMELINE names them).
TIMELINE = {S.UPLOADED: "insurance_uploaded", S.REVIEW_PASSED: "insurance_reviewed",
            S.REVIEW_FAILED: "insurance_reviewed", S.DISPENSED: "insurance_picked_up",
            S.REVOKED: "insurance_revoked"}

def allowed(current: str, target: str) -> bool:
    return S(target) in TRANSITIONS[S(current)]


def label(state: str) -> str:
    return LABELS[S(state)]
