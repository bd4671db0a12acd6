"""Review pages (seed 000 考核管理): the medical institution's queue of filings to
review (待审核) and the assessment institution's queue to re-review (待复核),
filtered by procedure (一般程序 / 简易程序 / 免考) and name; pass or reject one
with a reason, pass many at once; an enrolment's detail with its filing and
review trail.

Why: the same service decides the level from the caller's organisation; the
page only picks which queue to show. A batch answers row by row, and the page
lists each row's outcome (a row already handled by a colleague fails alone).
"""
from __future__ import annotations

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import (
    Listing, Outcome, Params, check_form, done, list_url, page, refuse, render, respond, row_labels, shows,
)
from core import pii
from core.assessment import service as assessment_service
from core.assessment.errors import ReasonRequired
from core.assessment.schemas import SECTION_LABELS, ReviewIn
from core.assessment.states import LABELS, State
from core.errors import NotFound
from core.orgs.models import OrgKind
from core.principal import Principal

PROCEDURES = {k: v for k, v in assessment_service.PROCEDURE_LABELS.items() if k}
DECISIONS = {"approve": "通过", "reject": "驳回"}
# How the filing's fields and the review trail read on the page (the schemas name them in English).
FIELD_LABELS = {
    "gender": "性别", "birth_date": "出生日期", "education": "学历", "title": "专业技术职称", "department": "科室",
    "license_no": "执业证书编号", "practice_category": "执业类别", "practice_scope": "执业范围",
    "practice_place": "执业地点", "first_registered_on": "首次注册日期", "summary": "工作成绩",
    "workload": "工作量", "statement": "职业道德", "violations": "有无违规", "procedure": "考核程序",
    "reason": "申请免考理由",
}
ACTION_LABELS = {"submit": "提交填报", "institution_approve": "机构审核通过", "institution_reject": "机构审核驳回",
                 "assessment_approve": "考核机构复核通过", "assessment_reject": "考核机构复核驳回"}
LEVEL_LABELS = {"physician": "医师", "institution": "医疗机构", "assessment": "考核机构"}


def queue_state(actor: Principal) -> str:
    """The state of the filings waiting for this organisation (as the service's level rule)."""
    if actor.org_kind == OrgKind.ASSESSMENT.value:
        return State.INSTITUTION_APPROVED.value
    return State.SUBMITTED.value


def _title(actor: Principal) -> str:
    return "待复核" if actor.org_kind == OrgKind.ASSESSMENT.value else "待审核"


async def _queue(request: Request, *, outcome: Outcome | None = None, status: int = 200):
    actor = request.ctx.actor
    cycle = await assessment_service.current_cycle()
    p = Params(request)
    number, size = p.paging()
    filters = {"procedure": p.choice("procedure", PROCEDURES), "q": p.text("q")}
    total, rows = await assessment_service.list_enrolments(actor=actor, cycle_id=cycle.id, limit=size,
                                                           offset=(number - 1) * size, state=queue_state(actor),
                                                           **filters)
    shown = [{"row": r, "physician": await pii.present(r.physician, actor=actor)} for r in rows]
    return await respond(request, "admin/review/list.html", "admin/review/_list.html", status=status,
                         cycle=cycle, title=_title(actor), procedures=PROCEDURES,
                         listing=Listing(shown, total, number, size, filters), outcome=outcome)


@bp.get("/review")
@page
async def queue(request: Request):
    return await _queue(request)


def _decision(request: Request, ids: list[int]) -> tuple[ReviewIn | None, str]:
    body, errors = check_form(ReviewIn, {"enrolment_ids": ids, "decision": request.form.get("decision") or "",
                                         "reason": (request.form.get("reason") or "").strip()})
    if body is None:
        if "enrolment_ids" in errors:
            return None, "请先勾选要处理的医师"
        return None, "；".join(errors.values())
    return body, ""


@bp.post("/review/decide")
@page
async def decide(request: Request):
    """通过 / 驳回 one filing, or 批量通过 the selected ones."""
    ids = Params(request).ids()
    back = list_url(request, "/admin/review")
    body, problem = _decision(request, ids)
    if body is None:
        outcome = Outcome("审核", [], message=problem)
        return await refuse(request, back, lambda: _queue(request, status=422, outcome=outcome), outcome=outcome)
    try:
        results = await assessment_service.review(actor=request.ctx.actor, enrolment_ids=body.enrolment_ids,
                                                  decision=body.decision, reason=body.reason)
    except ReasonRequired as exc:
        outcome = Outcome("驳回", [], message=exc.message)
        return await refuse(request, back, lambda e=exc: _queue(request, status=e.status, outcome=outcome),
                            outcome=outcome)
    title = ("批量" if len(body.enrolment_ids) > 1 else "") + DECISIONS[body.decision]
    return await done(request, back, outcome=Outcome(title, results, row_labels(request)))


# ---------------------------------------------------------------- one enrolment

async def _enrolment(request: Request, enrolment_id: int, *, outcome: Outcome | None = None, status: int = 200):
    actor = request.ctx.actor
    row, trail = await assessment_service.get_enrolment(actor=actor, enrolment_id=enrolment_id)
    sections = [(SECTION_LABELS.get(key, key), data) for key, data in (row.filing or {}).items()]
    return await render(request, "admin/review/detail.html", status=status, row=row, trail=trail,
                        physician=await pii.present(row.physician, actor=actor), sections=sections,
                        state_label=LABELS[State(row.state)], states={s.value: LABELS[s] for s in State},
                        procedures=PROCEDURES, results=assessment_service.RESULT_LABELS, fields=FIELD_LABELS,
                        actions=ACTION_LABELS, levels=LEVEL_LABELS,
                        decidable=row.state == queue_state(actor) and shows(actor, "/admin/review"),
                        physician_page=shows(actor, "/admin/physicians"), title=_title(actor), outcome=outcome)


@bp.get("/enrolments/<enrolment_id:int>")
@page
async def enrolment(request: Request, enrolment_id: int):
    return await _enrolment(request, enrolment_id)


@bp.post("/enrolments/<enrolment_id:int>/decide")
@page
async def decide_one(request: Request, enrolment_id: int):
    back = f"/admin/enrolments/{enrolment_id}"
    body, problem = _decision(request, [enrolment_id])
    if body is None:
        outcome = Outcome("审核", [], message=problem)
        return await refuse(request, back, lambda: _enrolment(request, enrolment_id, status=422, outcome=outcome),
                            outcome=outcome)
    try:
        results = await assessment_service.review(actor=request.ctx.actor, enrolment_ids=body.enrolment_ids,
                                                  decision=body.decision, reason=body.reason)
    except ReasonRequired as exc:
        outcome = Outcome("驳回", [], message=exc.message)
        return await refuse(request, back,
                            lambda e=exc: _enrolment(request, enrolment_id, status=e.status, outcome=outcome),
                            outcome=outcome)
    if [r.code for r in results] == [NotFound.code]:
        raise NotFound()  # the page's own record, out of reach: answer as its GET does
    return await done(request, back, outcome=Outcome(DECISIONS[body.decision], results))
