"""Proctor review pages (seed 000 进度管理: 查看、标记作弊医师试卷监考照片): the
sessions of the proctor's area ranked by risk, with filters, paging and batch
clear of the selected low-risk ones; one session's page with its photo timeline
(each photo's analysis and distance, leaving the app, network drops, late
uploads), the verdict form, and the second-review form shown only to a proctor
other than the one who alleged cheating.

Why: the same service as the JSON API decides everything (scope, states, the
second proctor); the pages only render what it answers. A verdict posts and
redirects back to the session, so a reload never posts it twice; a refusal
(no reason, wrong state, same proctor) re-renders the page with the message.
"""
from __future__ import annotations

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import (
    Listing, Outcome, Params, check_form, done, form_values, go, list_url, page, refuse, render, respond, row_labels,
)
from core.errors import ValidationFailed
from core.http import validate
from core.proctoring import review
from core.proctoring.errors import (
    AnalysisPending, IllegalTransition, ReasonRequired, SameReviewer, SessionInProgress,
)
from core.proctoring.schemas import CaseFilters, SecondReviewIn, VerdictIn

LIST = "/admin/proctoring"
# Refusals shown on the session's page above its forms (anything else is an error page).
REFUSALS = (ValidationFailed, ReasonRequired, IllegalTransition, SessionInProgress, AnalysisPending, SameReviewer)
DONE = {"clear": "已判定为无异常", "suspected": "已判定为存疑",
        "cheating": "已判定为作弊，等待另一名监考人员复核", "confirm": "已确认作弊：该场考试成绩作废，考核结果为不合格",
        "refuse": "已不予认定作弊，该场考试改为存疑"}
LABELS = {"states": review.STATE_LABELS, "verdicts": review.VERDICT_LABELS, "actions": review.ACTION_LABELS,
          "signals": review.SIGNAL_LABELS}


# ---------------------------------------------------------------- the ranked list

async def _cases(request: Request, *, outcome: Outcome | None = None, status: int = 200):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    raw = {"state": p.text("state"), "institution_id": p.text("institution_id"), "min_risk": p.text("min_risk"),
           "q": p.text("q")}
    filters = validate(CaseFilters, {k: v for k, v in raw.items() if v is not None}).model_dump()
    total, rows = await review.list_cases(actor=actor, limit=size, offset=(number - 1) * size, **filters)
    institutions = {i.id: i.name for i in await review.institutions(actor=actor)}
    return await respond(request, "admin/proctoring/list.html", "admin/proctoring/_list.html", status=status,
                         listing=Listing(rows, total, number, size, {k: v for k, v in raw.items() if v}),
                         institutions=institutions, outcome=outcome, labels=LABELS, base=LIST)


@bp.get("/proctoring")
@page
async def cases(request: Request):
    return await _cases(request)


@bp.post("/proctoring/clear")
@page
async def clear(request: Request):
    """批量判定无异常: each selected session answers for itself above the list."""
    ids = Params(request).ids()
    back = list_url(request, LIST)
    if not ids:
        outcome = Outcome("批量判定无异常", [], message="请先勾选要判定的考试")
        return await refuse(request, back, lambda: _cases(request, status=422, outcome=outcome), outcome=outcome)
    results = await review.clear_many(actor=request.ctx.actor, session_ids=ids)
    return await done(request, back, outcome=Outcome("批量判定无异常", results, row_labels(request)))


# ---------------------------------------------------------------- one session

async def _case(request: Request, session_id: int, *, problem: Exception | None = None, status: int = 200,
                form: dict | None = None):
    detail = await review.case_detail(actor=request.ctx.actor, session_id=session_id)
    first = next((v for v in reversed(detail.verdicts) if v.stage == "first" and v.verdict == "cheating"), None)
    verdicts = [a for a in review.VERDICT_LABELS if a in detail.allowed]
    return await render(request, "admin/proctoring/detail.html", status=status, c=detail, first=first,
                        verdicts=verdicts,
                        notice=DONE.get(request.args.get("done", "")), problem=problem, form=form or {},
                        labels=LABELS, base=LIST)


@bp.get("/proctoring/<session_id:int>")
@page
async def case(request: Request, session_id: int):
    return await _case(request, session_id)


@bp.post("/proctoring/<session_id:int>/verdict")
@page
async def verdict(request: Request, session_id: int):
    form = form_values(request, ("verdict", "reason"))
    body, errors = check_form(VerdictIn, form)
    try:
        if body is None:
            raise ValidationFailed("请选择监考结论" if "verdict" in errors else "；".join(errors.values()))
        await review.give_verdict(actor=request.ctx.actor, session_id=session_id, verdict=body.verdict,
                                  reason=body.reason)
    except REFUSALS as exc:
        return await refuse(request, f"{LIST}/{session_id}",
                            lambda e=exc: _case(request, session_id, problem=e, status=e.status, form=form),
                            problem=exc, form=form)
    return go(request, f"{LIST}/{session_id}?done={body.verdict}")


@bp.post("/proctoring/<session_id:int>/second-review")
@page
async def second_review(request: Request, session_id: int):
    form = form_values(request, ("decision", "reason"))
    decision = form.get("decision")
    body, errors = check_form(SecondReviewIn, {"confirm": decision == "confirm", "reason": form.get("reason", "")})
    try:
        if decision not in ("confirm", "refuse") or body is None:
            raise ValidationFailed("请选择确认作弊或不予认定" if not errors else "；".join(errors.values()))
        await review.second_review(actor=request.ctx.actor, session_id=session_id, confirm=body.confirm,
                                   reason=body.reason)
    except REFUSALS as exc:
        return await refuse(request, f"{LIST}/{session_id}",
                            lambda e=exc: _case(request, session_id, problem=e, status=e.status, form=form),
                            problem=exc, form=form)
    return go(request, f"{LIST}/{session_id}?done={decision}")
