"""The home page: who is logged in, the open cycle, and the work waiting for this
organisation (unconfirmed physicians, filings to review), as cards that lead to
the pages of its navigation.

Why: each kind of organisation has different work (seed 000: institutions
confirm and review, assessment institutions re-review, commissions follow
progress); the home page shows the counts of that work so nobody has to open
every list to see whether something waits.
"""
from __future__ import annotations

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import nav, page, render, runs_assessment
from admin_web.pages.review import queue_state
from core.assessment import service as assessment_service
from core.assessment.errors import CycleNotOpen
from core.errors import NotFound


@bp.get("/")
@page
async def home(request: Request):
    actor = request.ctx.actor
    items = await nav(actor)
    hrefs = {item.href for item in items}
    assessment = await runs_assessment(actor)
    try:
        cycle = await assessment_service.current_cycle() if assessment else None
    except CycleNotOpen:
        cycle = None
    cards = []
    if cycle is not None:
        # Each card is a list page of the navigation with its total; only pages this role has.
        if "/admin/enrolment/candidates" in hrefs:
            total, _ = await assessment_service.list_candidates(actor=actor, cycle_id=cycle.id, limit=1)
            cards.append(("待确认参加的医师", total, "/admin/enrolment/candidates"))
        if "/admin/enrolment/confirmed" in hrefs:
            total, _ = await assessment_service.list_enrolments(actor=actor, cycle_id=cycle.id, limit=1)
            cards.append(("已确认参加的医师", total, "/admin/enrolment/confirmed"))
        if "/admin/review" in hrefs:
            total, _ = await assessment_service.list_enrolments(actor=actor, cycle_id=cycle.id, limit=1,
                                                                state=queue_state(actor))
            cards.append(("待复核的填报" if actor.org_kind == "assessment_institution" else "待审核的填报",
                          total, "/admin/review"))
    links = [item for item in items if item.href != "/admin/"]
    return await render(request, "admin/home.html", cycle=cycle, cards=cards, links=links, assessment=assessment)


@bp.get(r"/<rest:[^/].*>")
@page
async def unknown_page(request: Request, rest: str):
    """A console address that does not exist answers as a page, like every console error."""
    raise NotFound("页面不存在", code="request.route_not_found", details={"path": request.path})
