"""Proctor review of counted exam sessions: a ranked list, a timeline per session,
verdicts, and a second proctor for cheating.

Why: seed 000 has medical institutions and assessment institutions look at the
photos of a physician's exam and mark cheating papers. A gallery is not enough:
proctors need the riskiest sessions first, every photo with what the analysis
found, the moments the taker left the app or lost the network, and a verdict
that counts. A verdict of cheating voids the exam and fails the assessment, so
one person cannot do it alone: a second proctor (any other proctor with the
case in scope: of the institution, or of its assessment institution) confirms
or refuses it. Each step, its reason and its consequences are audited, in one
transaction with the change.

The case's state (ProctorCase.state) moves only as MOVES allow:

    open ──clear──▶ clear ◀──clear── suspected
      │  ──suspected──▶ suspected ◀──suspected── clear
      └─ ──cheating──▶ cheating_pending (also from clear, suspected)
    cheating_pending ──confirm (another proctor)──▶ cheating (final: exam voided)
    cheating_pending ──refuse (another proctor)──▶ suspected

Refusing does not clear: the first proctor saw enough to allege cheating, so
the case stays suspected and can be judged again. One move is the system's:
a photo uploaded late and analysed after a "clear" verdict that shows another
person or several people reopens the case (clear ──▶ open, audited; see
captures.REOPENING_FINDINGS). Verdicts wait until the
session is submitted and every capture has been analysed.

Photos are shown through short-lived signed links (media/links.py): the
decision who may see them is taken here, the link only carries it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from core import batch, pii, scope
from core.accounts.models import AdminAccount
from core.assessment import service as assessment_service
from core.assessment.models import Enrolment
from core.audit import service as audit_service
from core.errors import ValidationFailed
from core.exam.models import ExamSession, Paper
from core.principal import Principal
from core.proctoring import captures, service as proctoring_service
from core.proctoring.errors import (
    AnalysisPending, IllegalTransition, NeedsIndividualReview, ReasonRequired, SameReviewer, SessionInProgress,
)
from core.proctoring.models import Capture, ProctorCase, Verdict
from core.proctoring.schemas import (
    CaseEnrolmentOut, CaseExamDetailOut, CaseExamOut, CaseOut, CasePhysicianOut, CaseRowOut, CaseVerdictOut,
    InstitutionRefOut, SignalOut, TimelineCaptureOut, TimelineEventOut, TimelineItemOut, TimelineMissingOut,
    TimelineVerificationOut, VerdictOut,
)
from core.db import transactional
from media import links

PERMISSION = "proctoring.review"
PHOTO_LINK_SECONDS = 900  # long enough to look through a session, short enough not to matter if copied

STATE_LABELS = {"open": "待审核", "clear": "无异常", "suspected": "存疑", "cheating_pending": "作弊待复核",
                "cheating": "已认定作弊"}
VERDICT_LABELS = {"clear": "无异常", "suspected": "存疑", "cheating": "作弊"}
ACTION_LABELS = {"clear": "判定无异常", "suspected": "判定存疑", "cheating": "判定作弊",
                 "confirm": "复核确认作弊", "refuse": "复核不予认定"}
ANALYSIS_LABELS = {"pending": "分析中", "match": "本人", "mismatch": "非本人", "no_face": "未检测到人脸",
                   "several_faces": "多人", "no_reference": "无人脸底照，未比对", "failed": "无法分析"}
VERIFICATION_LABELS = {"match": "核验通过", "mismatch": "核验不一致", "no_face": "未检测到人脸",
                       "several_faces": "多人", "poor_quality": "照片质量不合格", "released": "人工放行"}
EVENT_LABELS = {"app_hidden": "切出小程序", "app_visible": "返回小程序", "offline": "断网", "online": "网络恢复",
                "device_takeover": "更换设备继续作答"}
TIMELINE_LABELS = {"missing": "应拍未拍"}
# The signals (captures.recompute_case) shown beside a case, most telling first; counts only.
SIGNAL_LABELS = {"mismatch": "非本人", "several_faces": "多人", "no_face": "无人脸", "missing": "漏拍",
                 "failed": "无法分析", "app_hidden": "切出小程序", "offline": "断网", "late": "补传"}
PAPER_KINDS = {"exam": "正式测评", "makeup": "补考"}
# Photos showing somebody else, or more than one person, are never cleared in a batch.
_INDIVIDUAL_SIGNALS = ("mismatch", "several_faces")
# Colour bands of the risk score (captures.WEIGHTS: one photo of somebody else weighs 5,
# a photo without a face 2, each time the app was left 1); the score itself ranks the list.
RISK_HIGH, RISK_MEDIUM = 5.0, 2.0


@dataclass(frozen=True)
class Move:
    sources: frozenset[str]
    target: str
    needs_reason: bool
    stage: str  # first: a proctor's verdict; second: the other proctor's review of "cheating"


MOVES = {
    "clear": Move(frozenset({"open", "suspected"}), "clear", False, "first"),
    "suspected": Move(frozenset({"open", "clear"}), "suspected", True, "first"),
    "cheating": Move(frozenset({"open", "clear", "suspected"}), "cheating_pending", True, "first"),
    "confirm": Move(frozenset({"cheating_pending"}), "cheating", True, "second"),
    "refuse": Move(frozenset({"cheating_pending"}), "suspected", True, "second"),
}


def allowed_actions(state: str) -> list[str]:
    return [a for a, m in MOVES.items() if state in m.sources]


def _fire(state: str, action: str) -> str:
    move = MOVES[action]
    if state not in move.sources:
        allowed = allowed_actions(state)
        raise IllegalTransition(
            f"当前状态“{STATE_LABELS.get(state, state)}”不能{ACTION_LABELS[action]}"
            + (f"，可以：{'、'.join(ACTION_LABELS[a] for a in allowed)}" if allowed else "，该案件已结案"),
            details={"state": state, "action": action, "allowed": allowed})
    return move.target


def risk_level(risk: float) -> str:
    return "high" if risk >= RISK_HIGH else "medium" if risk >= RISK_MEDIUM else "low"


# ================================================================== reading

_in_scope = proctoring_service.case_in_scope


def _invalid(path: str) -> ValidationFailed:
    return ValidationFailed(details={"errors": [{"path": path, "message": "取值不在可选范围内", "type": "value"}]})


def _filtered(actor: Principal, state: str | None, institution_id: int | None, min_risk: float | None,
              q: str | None):
    if state is not None and state not in STATE_LABELS:
        raise _invalid("state")
    qs = scope.scoped(actor, ProctorCase)
    if state:
        qs = qs.filter(state=state)
    if institution_id:
        qs = qs.filter(institution_id=institution_id)
    if min_risk is not None:
        qs = qs.filter(risk__gte=min_risk)
    if q:
        qs = qs.filter(session__paper__physician__name__icontains=q)
    return qs


async def list_cases(*, actor: Principal, state: str | None = None, institution_id: int | None = None,
                     min_risk: float | None = None, q: str | None = None, limit: int = 20,
                     offset: int = 0) -> tuple[int, list[CaseRowOut]]:
    """Exam sessions in the actor's area, riskiest first."""
    await scope.require(actor, PERMISSION)
    qs = _filtered(actor, state, institution_id, min_risk, q)
    total = await qs.count()
    cases = await qs.order_by("-risk", "id").offset(offset).limit(limit).prefetch_related(
        "institution", "session__paper__physician", "session__paper__blueprint")
    return total, [await _row(c, actor) for c in cases]


async def _row(case: ProctorCase, actor: Principal) -> CaseRowOut:
    session: ExamSession = case.session
    paper: Paper = session.paper
    return CaseRowOut(
        session_id=session.id, case_id=case.id, risk=round(case.risk, 1), risk_level=risk_level(case.risk),
        signals=case.signals or {}, signal_list=_signal_list(case.signals or {}), state=case.state,
        state_label=STATE_LABELS.get(case.state, case.state),
        institution=InstitutionRefOut(id=case.institution_id, name=case.institution.name),
        physician=CasePhysicianOut(id=paper.physician_id, **await pii.present(paper.physician, actor=actor)),
        exam=CaseExamOut(name=paper.blueprint.name, kind=paper.kind, kind_label=PAPER_KINDS.get(paper.kind, paper.kind),
                         started_at=session.started_at, submitted_at=session.submitted_at, score=session.score,
                         passed=session.passed, voided=session.voided),
        updated_at=case.updated_at,
    )


def _signal_list(signals: dict[str, Any]) -> list[SignalOut]:
    return [SignalOut(key=k, label=label, count=signals[k]) for k, label in SIGNAL_LABELS.items() if signals.get(k)]


async def institutions(*, actor: Principal) -> list[InstitutionRefOut]:
    """The institutions that have cases in the actor's area (the list's institution filter)."""
    await scope.require(actor, PERMISSION)
    rows = await scope.scoped(actor, ProctorCase).distinct().order_by("institution_id").values(
        "institution_id", "institution__name")
    return [InstitutionRefOut(id=r["institution_id"], name=r["institution__name"]) for r in rows]


async def _timeline_rows(session_id: int) -> list[dict[str, Any]]:
    """The session's timeline (captures.timeline: verification attempts, captures placed by
    when they were taken, events, scheduled photos that never came), labelled for people."""
    rows = await captures.timeline(session_id)
    for r in rows:
        if r["type"] == "verification":
            r["label"] = VERIFICATION_LABELS.get(r["outcome"], r["outcome"])
        elif r["type"] == "capture":
            r["label"] = ANALYSIS_LABELS.get(r["analysis"], r["analysis"])
        elif r["type"] == "event":
            r["label"] = EVENT_LABELS.get(r["kind"], r["kind"])
        else:
            r["label"] = TIMELINE_LABELS.get(r["type"], r["type"])
    return rows


_TIMELINE_MODELS: dict[str, type[TimelineItemOut]] = {
    "verification": TimelineVerificationOut, "capture": TimelineCaptureOut, "event": TimelineEventOut,
    "missing": TimelineMissingOut}


def _timeline_item(row: dict[str, Any], names: dict[int, str]) -> TimelineItemOut:
    """A labelled timeline row as proctors see it: its photo as a signed link instead of its
    storage key, and the proctor who released the session by name."""
    r = dict(row)
    key = r.pop("photo_key", None)
    r["photo_url"] = links.url(key, purpose="proctor_photo", ttl_seconds=PHOTO_LINK_SECONDS) if key else None
    r["by"] = names.get(r["by_admin_id"]) if r.get("by_admin_id") else None
    return _TIMELINE_MODELS[r["type"]].model_validate(r)


async def _names(ids: set[int]) -> dict[int, str]:
    accounts = await AdminAccount.filter(id__in=ids) if ids else []
    return {a.id: a.display_name or a.username for a in accounts}


def _first_cheating(verdicts: list[Verdict]) -> Verdict | None:
    """The "cheating" verdict awaiting (or given) its second review: the latest one."""
    return next((v for v in reversed(verdicts) if v.stage == "first" and v.verdict == "cheating"), None)


async def case_detail(*, actor: Principal, session_id: int) -> CaseOut:
    """One session as a proctor reviews it: who, which exam, signals, verdicts, the timeline."""
    await scope.require(actor, PERMISSION)
    case = await _in_scope(actor, session_id)
    await case.fetch_related("institution", "session__paper__physician", "session__paper__blueprint")
    row = await _row(case, actor)
    session, paper = case.session, case.session.paper
    enrolment = await Enrolment.get_or_none(id=paper.enrolment_id) if paper.enrolment_id else None
    threshold, _region = await proctoring_service.threshold_for(paper.physician)
    verdicts = await Verdict.filter(session_id=session.id).order_by("id")
    rows = await _timeline_rows(session.id)
    names = await _names({v.by_admin_id for v in verdicts} | {r["by_admin_id"] for r in rows if r.get("by_admin_id")})
    first = _first_cheating(verdicts) if case.state == "cheating_pending" else None
    allowed = allowed_actions(case.state)
    if first is not None and first.by_admin_id == actor.id:
        allowed = [a for a in allowed if MOVES[a].stage != "second"]
    timeline = [_timeline_item(r, names) for r in rows]
    await audit_service.record(actor=actor, action="proctoring.case_view", target_type="ProctorCase",
                               target_id=case.id, org_id=case.institution_id,
                               after={"session_id": session.id, "photos": sum(1 for r in timeline if r.photo_url)})
    return CaseOut(
        **(dict(row) | {"exam": CaseExamDetailOut(**dict(row.exam), deadline=session.deadline,
                                                  submitted_by=session.submitted_by, verified=session.verified,
                                                  threshold=threshold)}),
        enrolment=None if enrolment is None else CaseEnrolmentOut(
            id=enrolment.id, exam_score=enrolment.exam_score, makeup=enrolment.makeup,
            makeup_score=enrolment.makeup_score, result=enrolment.result,
            result_label=assessment_service.RESULT_LABELS.get(enrolment.result, "")),
        pending_analyses=sum(1 for r in rows if r["type"] == "capture" and r["analysis"] == "pending"),
        verdicts=[CaseVerdictOut(id=v.id, verdict=v.verdict, label=VERDICT_LABELS.get(v.verdict, v.verdict),
                                 stage=v.stage, confirmed=v.confirmed, reason=v.reason, by_admin_id=v.by_admin_id,
                                 by=names.get(v.by_admin_id, str(v.by_admin_id)), at=v.at) for v in verdicts],
        awaiting_second_review_by_other=first is not None and first.by_admin_id == actor.id,
        allowed=allowed, allowed_labels={a: ACTION_LABELS[a] for a in allowed},
        timeline=timeline,
    )


# ================================================================== verdicts

def _reason(action: str, reason: str | None) -> str:
    reason = (reason or "").strip()
    if MOVES[action].needs_reason and not reason:
        raise ReasonRequired(f"{ACTION_LABELS[action]}须填写理由", details={"action": action})
    return reason


async def _ready(session_id: int) -> None:
    """A verdict judges the whole exam: submitted, and every photo analysed."""
    session = await ExamSession.get(id=session_id)
    if session.submitted_at is None:
        raise SessionInProgress(details={"session_id": session_id})
    pending = await Capture.filter(session_id=session_id, analysis="pending").count()
    if pending:
        raise AnalysisPending(details={"session_id": session_id, "pending": pending})


async def _lock(case: ProctorCase) -> ProctorCase:
    return await ProctorCase.filter(id=case.id).select_for_update().first()


def _answer(case: ProctorCase, verdict: Verdict, **consequences: Any) -> VerdictOut:
    return VerdictOut(session_id=case.session_id, state=case.state, state_label=STATE_LABELS[case.state],
                      verdict_id=verdict.id, **consequences)


@transactional
async def _judge(actor: Principal, case: ProctorCase, verdict: str, reason: str, *,
                 in_batch: bool = False) -> VerdictOut:
    async with in_transaction():
        locked = await _lock(case)
        target = _fire(locked.state, verdict)
        if in_batch and any((locked.signals or {}).get(s) for s in _INDIVIDUAL_SIGNALS):
            raise NeedsIndividualReview(details={"signals": locked.signals})
        await _ready(locked.session_id)
        before = locked.state
        v = await Verdict.create(session_id=locked.session_id, verdict=verdict, reason=reason, by_admin_id=actor.id,
                                 stage="first")
        locked.state = target
        await locked.save(update_fields=["state", "updated_at"])
        await audit_service.record(actor=actor, action="proctoring.verdict", target_type="ProctorCase",
                                   target_id=locked.id, org_id=locked.institution_id, before={"state": before},
                                   after={"session_id": locked.session_id, "verdict": verdict, "reason": reason,
                                          "state": target, "verdict_id": v.id, "batch": in_batch,
                                          "risk": locked.risk})
    return _answer(locked, v)


async def give_verdict(*, actor: Principal, session_id: int, verdict: str, reason: str = "") -> VerdictOut:
    """A proctor's verdict: clear, suspected (reason) or cheating (reason; awaits a second proctor)."""
    await scope.require(actor, PERMISSION)
    if verdict not in VERDICT_LABELS:
        raise _invalid("verdict")
    reason = _reason(verdict, reason)
    case = await _in_scope(actor, session_id)
    return await _judge(actor, case, verdict, reason)


async def clear_many(*, actor: Principal, session_ids: list[int], reason: str = "") -> list[batch.RowResult]:
    """Clear many low-risk sessions at once; each row answers for itself (a session with
    photos of somebody else or of several people is refused: it needs its own look)."""
    await scope.require(actor, PERMISSION)
    reason = (reason or "").strip() or "批量判定无异常"

    async def one(session_id: int) -> None:
        case = await _in_scope(actor, session_id)
        await _judge(actor, case, "clear", reason, in_batch=True)

    return await batch.each(session_ids, one, not_found="考试不存在或不在管辖范围内")


@transactional
async def second_review(*, actor: Principal, session_id: int, confirm: bool, reason: str = "") -> VerdictOut:
    """Another proctor confirms a "cheating" verdict (the exam is voided and the assessment
    fails) or refuses it (the case goes back to suspected)."""
    await scope.require(actor, PERMISSION)
    action = "confirm" if confirm else "refuse"
    reason = _reason(action, reason)
    case = await _in_scope(actor, session_id)
    try:
        async with in_transaction():
            locked = await _lock(case)
            target = _fire(locked.state, action)
            first = _first_cheating(await Verdict.filter(session_id=locked.session_id).order_by("id"))
            if first is not None and first.by_admin_id == actor.id:
                raise SameReviewer(details={"first_verdict_id": first.id})
            await _ready(locked.session_id)
            v = await Verdict.create(session_id=locked.session_id, verdict="cheating", reason=reason,
                                     by_admin_id=actor.id, stage="second", confirmed=confirm)
            before = locked.state
            locked.state = target
            await locked.save(update_fields=["state", "updated_at"])
            consequences: dict[str, Any] = {}
            if confirm:
                consequences = await _void(actor, locked.session_id, reason)
            await audit_service.record(actor=actor, action="proctoring.second_review", target_type="ProctorCase",
                                       target_id=locked.id, org_id=locked.institution_id, before={"state": before},
                                       after={"session_id": locked.session_id, "confirmed": confirm,
                                              "reason": reason, "state": target, "verdict_id": v.id,
                                              "first_verdict_id": first.id if first else None, **consequences})
    except SameReviewer:
        await audit_service.record_denied(actor=actor, action="proctoring.second_review", target_type="ProctorCase",
                                          target_id=case.id, reason="same reviewer")
        raise
    return _answer(locked, v, **consequences)


async def _void(actor: Principal, session_id: int, reason: str) -> dict[str, Any]:
    """The exam no longer counts: the session is voided and the enrolment's result recomputed."""
    session = await ExamSession.filter(id=session_id).select_for_update().first()
    session.voided = True
    await session.save(update_fields=["voided"])
    paper = await Paper.get(id=session.paper_id)
    out: dict[str, Any] = {"voided": True, "enrolment_id": paper.enrolment_id, "result": None}
    if paper.enrolment_id and paper.kind in ("exam", "makeup"):
        row = await assessment_service.void_exam_score(actor=actor, enrolment_id=paper.enrolment_id, reason=reason,
                                                       makeup=paper.kind == "makeup")
        out["result"] = row.result if row else None
    return out
