"""Enrolment pages of a medical institution (seed 000 医师管理): the physicians not
yet confirmed for the open cycle (filter, page, select, join one or many, export)
and those confirmed (filter, cancel, export).

Why: confirming who takes part is the institution's first task of a cycle. A
batch join answers row by row, so the page shows what happened to each
selected physician above the list it re-renders.
"""
from __future__ import annotations

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Outcome, Params, done, list_url, page, refuse, respond, row_labels
from core import pii
from core.assessment import service as assessment_service
from core.assessment.states import LABELS, State
from core.batch import RowResult
from core.orgs import service as orgs_service
from core.orgs.models import OrgKind
from core.principal import Principal

PROCEDURES = {k: v for k, v in assessment_service.PROCEDURE_LABELS.items() if k}
STATES = {s.value: LABELS[s] for s in State}


async def institutions(actor: Principal) -> dict[int, str]:
    """The medical institutions in the actor's scope: names for the rows, choices for the filter."""
    _, nodes = await orgs_service.list_orgs(actor=actor, kind=OrgKind.MEDICAL, limit=1000)
    return {n.id: n.name for n in nodes}


# ---------------------------------------------------------------- candidates

async def _candidates(request: Request, actor: Principal, cycle, *, outcome: Outcome | None = None,
                      status: int = 200):
    p = Params(request)
    number, size = p.paging()
    filters = {"q": p.text("q"), "institution_id": p.int("institution_id")}
    total, docs = await assessment_service.list_candidates(actor=actor, cycle_id=cycle.id, limit=size,
                                                           offset=(number - 1) * size, **filters)
    rows = [await assessment_service.present(d, actor=actor) for d in docs]
    return await respond(request, "admin/enrolment/candidates.html", "admin/enrolment/_candidates.html",
                         status=status, cycle=cycle, listing=Listing(rows, total, number, size, filters),
                         institutions=await institutions(actor), outcome=outcome)


@bp.get("/enrolment/candidates")
@page
async def candidates(request: Request):
    cycle = await assessment_service.current_cycle()
    return await _candidates(request, request.ctx.actor, cycle)


@bp.post("/enrolment/join")
@page
async def join(request: Request):
    """参加 / 批量参加: the selected (or the one clicked) physicians join the open cycle."""
    actor = request.ctx.actor
    cycle = await assessment_service.current_cycle()
    ids = Params(request).ids()
    back = list_url(request, "/admin/enrolment/candidates")
    if not ids:
        outcome = Outcome("参加本周期考核", [], message="请先勾选要参加的医师")
        return await refuse(request, back, lambda: _candidates(request, actor, cycle, status=422, outcome=outcome),
                            outcome=outcome)
    results = await assessment_service.enrol(actor=actor, cycle_id=cycle.id, physician_ids=ids)
    return await done(request, back, outcome=Outcome("参加本周期考核", results, row_labels(request)))


@bp.get("/enrolment/candidates/export")
@page
async def export_candidates(request: Request):
    """The selected physicians (or, with none selected, the filtered register) as xlsx."""
    p = Params(request)
    data = await assessment_service.export_physicians(actor=request.ctx.actor, q=p.text("q"),
                                                      institution_id=p.int("institution_id"), ids=p.ids() or None)
    return xlsx(data, "physicians.xlsx")


# ---------------------------------------------------------------- confirmed

def _confirmed_filters(p: Params) -> dict:
    return {"q": p.text("q"), "institution_id": p.int("institution_id"),
            "state": p.choice("state", STATES), "procedure": p.choice("procedure", PROCEDURES)}


async def _confirmed(request: Request, actor: Principal, cycle, *, outcome: Outcome | None = None,
                     status: int = 200):
    p = Params(request)
    number, size = p.paging()
    filters = _confirmed_filters(p)
    total, rows = await assessment_service.list_enrolments(actor=actor, cycle_id=cycle.id, limit=size,
                                                           offset=(number - 1) * size, **filters)
    shown = [{"row": r, "physician": await pii.present(r.physician, actor=actor)} for r in rows]
    return await respond(request, "admin/enrolment/confirmed.html", "admin/enrolment/_confirmed.html",
                         status=status, cycle=cycle, listing=Listing(shown, total, number, size, filters),
                         institutions=await institutions(actor), states=STATES, procedures=PROCEDURES,
                         results=assessment_service.RESULT_LABELS, outcome=outcome)


@bp.get("/enrolment/confirmed")
@page
async def confirmed(request: Request):
    cycle = await assessment_service.current_cycle()
    return await _confirmed(request, request.ctx.actor, cycle)


@bp.post("/enrolment/<enrolment_id:int>/cancel")
@page
async def cancel(request: Request, enrolment_id: int):
    """取消参加: one physician leaves the cycle (only before filing is submitted)."""
    await assessment_service.cancel_enrolment(actor=request.ctx.actor, enrolment_id=enrolment_id)
    outcome = Outcome("取消参加", [RowResult(enrolment_id, True)], row_labels(request))
    return await done(request, list_url(request, "/admin/enrolment/confirmed"), outcome=outcome)


@bp.get("/enrolment/confirmed/export")
@page
async def export_confirmed(request: Request):
    cycle = await assessment_service.current_cycle()
    data = await assessment_service.export_enrolments(actor=request.ctx.actor, cycle_id=cycle.id,
                                                      **_confirmed_filters(Params(request)))
    return xlsx(data, "enrolments.xlsx")
