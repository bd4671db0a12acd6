"""The two-level review of a physician's filing, as an explicit state machine.

Seed 000: the medical institution reviews (审核), then the assessment institution
re-reviews (复核), for the general procedure, the simple procedure and exemption
requests alike. A rejection at either level sends the filing back to the
physician, who sees the reason and resubmits; a resubmission starts again at
the institution.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from core.assessment.errors import IllegalTransition


class State(str, Enum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    INSTITUTION_APPROVED = "institution_approved"
    INSTITUTION_REJECTED = "institution_rejected"
    APPROVED = "approved"
    ASSESSMENT_REJECTED = "assessment_rejected"


class Event(str, Enum):
    SUBMIT = "submit"
    INSTITUTION_APPROVE = "institution_approve"
    INSTITUTION_REJECT = "institution_reject"
    ASSESSMENT_APPROVE = "assessment_approve"
    ASSESSMENT_REJECT = "assessment_reject"


@dataclass(frozen=True)
class Transition:
    event: Event
    sources: frozenset[State]
    target: State
    level: str  # who may fire it: physician / institution / assessment
    needs_reason: bool = False


TRANSITIONS = {t.event: t for t in (
    Transition(Event.SUBMIT, frozenset({State.DRAFT, State.INSTITUTION_REJECTED, State.ASSESSMENT_REJECTED}),
               State.SUBMITTED, "physician"),
    Transition(Event.INSTITUTION_APPROVE, frozenset({State.SUBMITTED}), State.INSTITUTION_APPROVED, "institution"),
    Transition(Event.INSTITUTION_REJECT, frozenset({State.SUBMITTED}), State.INSTITUTION_REJECTED, "institution",
               needs_reason=True),
    Transition(Event.ASSESSMENT_APPROVE, frozenset({State.INSTITUTION_APPROVED}), State.APPROVED, "assessment"),
    Transition(Event.ASSESSMENT_REJECT, frozenset({State.INSTITUTION_APPROVED}), State.ASSESSMENT_REJECTED,
               "assessment", needs_reason=True),
)}

# States in which the physician may still edit the filing.
EDITABLE = frozenset({State.DRAFT, State.INSTITUTION_REJECTED, State.ASSESSMENT_REJECTED})

LABELS = {
    State.DRAFT: "未提交", State.SUBMITTED: "待机构审核", State.INSTITUTION_APPROVED: "待考核机构复核",
    State.INSTITUTION_REJECTED: "机构审核未通过", State.APPROVED: "复核通过",
    State.ASSESSMENT_REJECTED: "考核机构复核未通过",
}


def fire(current: str, event: Event) -> State:
    """The state after `event`, or IllegalTransition naming what is allowed from here."""
    t = TRANSITIONS[event]
    state = State(current)
    if state not in t.sources:
        allowed = sorted(e.value for e, tr in TRANSITIONS.items() if state in tr.sources)
        raise IllegalTransition(
            f"当前状态“{LABELS[state]}”不能执行该操作",
            details={"state": state.value, "event": event.value, "allowed": allowed})
    return t.target
