"""Make-up confirmation of the province (seed 000 补考确认): the physicians listed for a
make-up exam in a cycle (filter by institution, name, decision), confirmed or refused
one by one or in batch.

Why: a physician whose exam failed is listed for make-up; only the province decides
who takes it. The decision is core.assessment.service.decide_makeup, the same as
POST /api/admin/v1/assessment/makeup, answering row by row; the page posts, keeps the
rows' outcomes across the redirect (admin_web/pages/outcomes.py) and shows them above
the list, whose counts are read again.
"""
from __future__ import annotations

from urllib.parse import urlencode

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages import outcomes
from admin_web.pages.common import Listing, Outcome, Params, go, page, respond, row_labels
from admin_web.pages.enrolment import institutions
from core import pii, scope
from core.assessment import service as assessment_service

DECISIONS = {"listed": "待确认", "confirmed": "已确认补考", "refused": "不允许补考"}


async def _cycles(actor) -> dict[str, str]:
    """Every cycle, the open one first (the default), then newest first."""
    rows = await assessment_service.list_cycles(actor=actor)
    rows.sort(key=lambda c: c.status != "open")
    return {str(c.id): c.name for c in rows}


def _filters(p: Params, cycles: dict[str, str]) -> dict:
    cycle = p.choice("cycle_id", cycles) or next(iter(cycles), None)
    return {"cycle_id": int(cycle) if cycle else None, "makeup": p.choice("makeup", DECISIONS) or "listed",
            "q": p.text("q"), "institution_id": p.int("institution_id")}


@bp.get("/makeup")
@page
async def makeup_list(request: Request):
    actor = request.ctx.actor
    await scope.require(actor, "makeup.decide", province=True)
    p = Params(request)
    number, size = p.paging()
    cycles = await _cycles(actor)
    filters = _filters(p, cycles)
    rows, total = [], 0
    if filters["cycle_id"] is not None:
        total, found = await assessment_service.list_enrolments(
            actor=actor, limit=size, offset=(number - 1) * size,
            **filters)
        rows = [{"row": r, "physician": await pii.present(r.physician, actor=actor)} for r in found]
    counts = {k: await assessment_service.count_enrolments(actor=actor, cycle_id=filters["cycle_id"], makeup=k)
              if filters["cycle_id"] else 0 for k in DECISIONS}
    return await respond(request, "admin/makeup/list.html", "admin/makeup/_list.html",
                         listing=Listing(rows, total, number, size, filters), cycles=cycles, decisions=DECISIONS,
                         counts=counts, institutions=await institutions(actor), outcome=await outcomes.take(request),
                         results=assessment_service.RESULT_LABELS)


@bp.post("/makeup")
@page
async def makeup_decide(request: Request):
    """确认补考 / 不允许补考 for the selected (or the one clicked) physicians."""
    actor = request.ctx.actor
    p = Params(request)
    decision = p.choice("decision", ("confirm", "refuse"))
    title = "确认补考" if decision == "confirm" else "不允许补考"
    ids = p.ids()
    if not ids or decision is None:
        outcome = Outcome(title, [], message="请先勾选医师" if not ids else "请选择确认或不允许")
    else:
        results = await assessment_service.decide_makeup(actor=actor, enrolment_ids=ids,
                                                         confirm=decision == "confirm")
        outcome = Outcome(title, results, row_labels(request))
    back = {k: v for k, v in {"cycle_id": p.text("cycle_id"), "makeup": p.text("makeup"), "q": p.text("q"),
                              "institution_id": p.text("institution_id")}.items() if v}
    back["outcome"] = await outcomes.keep(request, outcome)
    return go(request, "/admin/makeup?" + urlencode(back))
