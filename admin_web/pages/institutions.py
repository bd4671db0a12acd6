"""Assessment institutions in the console (seed 000 考核机构管理): applications to become
one (list, attachments, approve or reject with a reason), designation of the assessment
institution serving a city, county or institution (cross-region allowed), and bad records
(the province records and withdraws them; every level reads its physicians').

Why: these were reachable only through /api/admin/v1/institutions; the pages call the
same functions of core.assessment.institutions, which own scope, permission and audit.
Every form posts and ends in a 303 back to its page with a notice.
"""
from __future__ import annotations

from urllib.parse import quote, urlencode

from sanic import Request
from sanic.response import raw

from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, check_form, form_values, go, page, page_headers, render, respond
from admin_web.pages.enrolment import institutions as medical_institutions
from core.assessment import institutions as svc
from core.assessment import service as assessment_service
from core.errors import AppError, ValidationFailed
from core.orgs import service as orgs_service
from core.orgs.models import OrgKind

STATUSES = {"submitted": "待审核", "approved": "已通过", "rejected": "已驳回"}
NOTICES = {"approve": "申请已通过，该机构已成为考核机构", "reject": "申请已驳回", "assigned": "已指派考核机构",
           "unassigned": "已撤销指派（适用上级的指派）", "recorded": "不良记录已登记", "revoked": "不良记录已撤销"}
TARGET_KINDS = (OrgKind.CITY, OrgKind.COUNTY, OrgKind.MEDICAL)


def _notice(request: Request) -> str | None:
    return NOTICES.get(request.args.get("notice", ""))


# ---------------------------------------------------------------- applications

@bp.get("/applications")
@page
async def applications(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    filters = {"status": p.choice("status", STATUSES), "q": p.text("q")}
    total, rows = await svc.list_applications(actor=actor, limit=size, offset=(number - 1) * size, **filters)
    return await respond(request, "admin/institutions/applications.html", "admin/institutions/_applications.html",
                         listing=Listing([svc.application_view(a) for a in rows], total, number, size, filters),
                         statuses=STATUSES, notice=_notice(request))


@bp.get("/applications/<application_id:int>")
@page
async def application_detail(request: Request, application_id: int, *, errors: dict | None = None,
                             status: int = 200):
    app = await svc.get_application(actor=request.ctx.actor, application_id=application_id)
    return await render(request, "admin/institutions/application.html", status=status,
                        app=svc.application_view(app), statuses=STATUSES, errors=errors or {},
                        notice=_notice(request))


@bp.get("/applications/<application_id:int>/attachments/<key:str>")
@page
async def application_attachment(request: Request, application_id: int, key: str):
    entry, data = await svc.get_attachment(actor=request.ctx.actor, application_id=application_id, key=key)
    return raw(data, content_type=entry["content_type"], headers=page_headers(
        {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(entry['name'])}"}))


@bp.post("/applications/<application_id:int>/review")
@page
async def application_review(request: Request, application_id: int):
    form = form_values(request, ("decision", "reason"))
    body, errors = check_form(svc.ApplicationReviewIn, form)
    if body is None:
        return await application_detail(request, application_id, errors=errors, status=422)
    try:
        await svc.review_application(actor=request.ctx.actor, application_id=application_id,
                                     decision=body.decision, reason=body.reason)
    except AppError as exc:
        if exc.code != "assessment.reason_required":
            raise
        return await application_detail(request, application_id, errors={"reason": exc.message},
                                        status=exc.status)
    return go(request, f"/admin/applications/{application_id}?notice={body.decision}")


# ---------------------------------------------------------------- designation

async def _targets(actor) -> dict[str, str]:
    """Cities, counties and institutions in scope that can be given an assessment institution."""
    out = {}
    for kind in TARGET_KINDS:
        _, nodes = await orgs_service.list_orgs(actor=actor, kind=kind, limit=1000)
        out.update({str(n.id): f"{n.name}（{kind_label}）" for n in nodes
                    for kind_label in [{"city": "市", "county": "区县"}.get(kind.value, "医疗机构")]})
    return out


@bp.get("/designations")
@page
async def designations(request: Request, *, errors: dict | None = None, values: dict | None = None,
                       status: int = 200):
    actor = request.ctx.actor
    p = Params(request) if request.method == "GET" else None
    number, size = p.paging() if p else (1, 20)
    total, rows = await svc.list_assignments(actor=actor, limit=size, offset=(number - 1) * size)
    designator = actor.has("assignments.manage") and actor.org_kind in (OrgKind.PROVINCE.value, OrgKind.CITY.value)
    # The choices go beyond the actor's subtree on purpose (跨区域指派), so only those who designate see them.
    assessors = (await svc.list_assessment_institutions(actor=actor, limit=1000))[1] if designator else []
    return await render(request, "admin/institutions/designations.html", status=status,
                        listing=Listing([svc.assignment_view(a) for a in rows], total, number, size, {}),
                        assessors={str(n.id): n.name for n in assessors}, designator=designator,
                        targets=await _targets(actor) if designator else {},
                        errors=errors or {}, values=values or {}, notice=_notice(request))


@bp.post("/designations")
@page
async def designation_assign(request: Request):
    values = form_values(request, ("target_id", "assessment_org_id"))
    body, errors = check_form(svc.AssignIn, values)
    if body is None:
        return await designations(request, errors=errors, values=values, status=422)
    try:
        await svc.assign(actor=request.ctx.actor, target_id=body.target_id, assessment_org_id=body.assessment_org_id)
    except (svc.NotAssessmentInstitution, svc.InvalidAssignmentTarget) as exc:
        field = "assessment_org_id" if isinstance(exc, svc.NotAssessmentInstitution) else "target_id"
        return await designations(request, errors={field: exc.message}, values=values, status=exc.status)
    return go(request, "/admin/designations?notice=assigned")


@bp.post("/designations/<target_id:int>/remove")
@page
async def designation_remove(request: Request, target_id: int):
    await svc.unassign(actor=request.ctx.actor, target_id=target_id)
    return go(request, "/admin/designations?notice=unassigned")


# ---------------------------------------------------------------- bad records

def _bad_filters(p: Params) -> dict:
    out = {"name": p.text("name"), "id_number": p.text("id_number", max_length=18), "category": p.text("category"),
           "occurred_from": p.text("occurred_from", max_length=10), "occurred_to": p.text("occurred_to", max_length=10),
           "institution_id": p.int("institution_id")}
    return out


@bp.get("/bad-records")
@page
async def bad_records(request: Request, *, errors: dict | None = None, values: dict | None = None,
                      status: int = 200):
    actor = request.ctx.actor
    p = Params(request) if request.method == "GET" else None
    number, size = p.paging() if p else (1, 20)
    filters = _bad_filters(p) if p else {}
    checked, problems = check_form(svc.BadRecordFilter, {k: v for k, v in filters.items() if v is not None})
    if checked is None:
        raise ValidationFailed("查询条件有误", details={"errors": [{"path": k, "message": v}
                                                                 for k, v in problems.items()]})
    total, rows = await svc.list_bad_records(actor=actor, limit=size, offset=(number - 1) * size,
                                             **checked.model_dump())
    shown = [await svc.bad_record_view(r, actor=actor) for r in rows]
    return await render(request, "admin/institutions/bad_records.html", status=status,
                        listing=Listing(shown, total, number, size, {k: v for k, v in filters.items() if v}),
                        institutions=await medical_institutions(actor), errors=errors or {}, values=values or {},
                        may_record=actor.has("badrecords.import"), notice=_notice(request))


@bp.post("/bad-records")
@page
async def bad_record_create(request: Request):
    """登记一条不良记录: the physician is found by ID number (and the name must match)."""
    actor = request.ctx.actor
    values = form_values(request, ("id_number", "name", "occurred_on", "category", "description", "source"))
    errors: dict[str, str] = {}
    doc = None
    if not values.get("id_number"):
        errors["id_number"] = "必填"
    else:
        _, found = await assessment_service.list_physicians(actor=actor, id_number=values["id_number"], limit=1)
        doc = found[0] if found else None
        if doc is None:
            errors["id_number"] = "未找到该身份证号的医师"
        elif doc.name.strip() != values.get("name", "").strip():
            errors["name"] = "姓名与该身份证号的医师不符"
    data = {k: values[k] for k in ("occurred_on", "category", "description", "source") if k in values}
    body, problems = check_form(svc.BadRecordIn, {"physician_id": doc.id if doc else 1, **data})
    errors.update({k: v for k, v in problems.items() if k != "physician_id"})
    if errors or body is None:
        return await bad_records(request, errors=errors, values=values, status=422)
    try:
        await svc.record_bad_record(actor=actor, **body.model_dump())
    except svc.BadRecordDuplicate as exc:
        return await bad_records(request, errors={"category": exc.message}, values=values, status=exc.status)
    return go(request, "/admin/bad-records?" + urlencode({"notice": "recorded", "id_number": values["id_number"]}))


@bp.post("/bad-records/<bad_record_id:int>/revoke")
@page
async def bad_record_revoke(request: Request, bad_record_id: int):
    reason = (request.form.get("reason") or "").strip()[:500]
    if not reason:
        raise ValidationFailed("请填写撤销原因", details={"errors": [{"path": "reason", "message": "必填"}]})
    await svc.revoke_bad_record(actor=request.ctx.actor, bad_record_id=bad_record_id, reason=reason)
    return go(request, "/admin/bad-records?notice=revoked")

