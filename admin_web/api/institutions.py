"""Assessment institutions (seed 000 考核机构管理): the list of assessment institutions,
applications with attachments and their review, designation of assessment
institutions, and bad records (province import, scoped query). Thin handlers over
core.assessment.institutions.

Uploads are multipart: an application posts `statement` and one or more files
under `attachments`; the bad-record import posts the template as `file` (same
answers as the subordinate import: 201, or 422 `import.rows_invalid`;
`?dry_run=1`, and `?format=xlsx` for the report as a spreadsheet).
"""
from __future__ import annotations

from urllib.parse import quote

from sanic import Blueprint, Request
from sanic.response import raw
from sanic_ext import openapi

from admin_web.api.common import dry_run, import_answer, paged, uploaded, xlsx, XLSX
from admin_web.api.guard import admin_required
from core import pii
from core.assessment import institutions as svc
from core.errors import ValidationFailed
from core.http import also_returns, page_args, parse_body, query_id, returns, returns_file, validate
from core.assessment.schemas import (
    ApplicationOut, AssignmentOut, BadRecordImportOut, BadRecordOut, EffectiveAssignmentOut, InstitutionOut,
    UnassignedOut,
)
from core.outputs import Page
from core.orgs.models import OrgKind, OrgNode

bp = Blueprint("admin_institutions", url_prefix="/institutions")


async def _org_out(node: OrgNode, request: Request) -> dict:
    return {"id": node.id, "name": node.name, "kind": node.kind.value, "code": node.code,
            "parent_id": node.parent_id, "address": node.address,
            **await pii.present(node, actor=request.ctx.actor)}


@bp.get("/")
@returns(Page[InstitutionOut])
@openapi.summary("考核机构列表（全省，含经申请审核通过的机构）")
@admin_required
async def list_institutions(request: Request):
    size, offset = page_args(request)
    total, nodes = await svc.list_assessment_institutions(actor=request.ctx.actor, q=request.args.get("q"),
                                                          limit=size, offset=offset)
    return paged(request, total, [await _org_out(n, request) for n in nodes])


# ------------------------------------------------------------------ applications

@bp.post("/applications")
@returns(ApplicationOut, status=201)
@openapi.summary("申请成为考核机构（multipart：statement 与 attachments 附件，PDF/JPEG/PNG，单个≤10MB）")
@admin_required
async def submit_application(request: Request):
    form = validate(svc.ApplicationIn, {"statement": request.form.get("statement", "") if request.form else ""})
    files = [svc.Upload(f.name, f.body, f.type) for f in (request.files or {}).getlist("attachments") or []]
    app = await svc.submit_application(actor=request.ctx.actor, statement=form.statement, files=files)
    return svc.application_view(app)


@bp.get("/applications")
@returns(Page[ApplicationOut])
@openapi.summary("考核机构申请（管辖范围内；status=submitted/approved/rejected）")
@admin_required
async def list_applications(request: Request):
    size, offset = page_args(request)
    total, apps = await svc.list_applications(actor=request.ctx.actor, status=request.args.get("status"),
                                              q=request.args.get("q"), limit=size, offset=offset)
    return paged(request, total, [svc.application_view(a) for a in apps])


@bp.get("/applications/<application_id:int>")
@returns(ApplicationOut)
@openapi.summary("考核机构申请详情")
@admin_required
async def get_application(request: Request, application_id: int):
    return svc.application_view(await svc.get_application(actor=request.ctx.actor, application_id=application_id))


@bp.get("/applications/<application_id:int>/attachments/<key:str>")
@returns_file("application/octet-stream", description="申请附件（PDF、JPEG 或 PNG）")
@openapi.summary("下载考核机构申请的附件")
@admin_required
async def download_attachment(request: Request, application_id: int, key: str):
    entry, data = await svc.get_attachment(actor=request.ctx.actor, application_id=application_id, key=key)
    return raw(data, content_type=entry["content_type"],
               headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(entry['name'])}",
                        "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store"})


@bp.post("/applications/<application_id:int>/review")
@returns(ApplicationOut)
@openapi.summary("审核申请（approve / reject，驳回须填写原因）")
@openapi.body({"application/json": svc.ApplicationReviewIn.model_json_schema()})
@admin_required
async def review_application(request: Request, application_id: int):
    body = parse_body(request, svc.ApplicationReviewIn)
    app = await svc.review_application(actor=request.ctx.actor, application_id=application_id,
                                       decision=body.decision, reason=body.reason)
    return svc.application_view(app)


# ------------------------------------------------------------------ designation

@bp.get("/assignments")
@returns(Page[AssignmentOut])
@openapi.summary("已指派的考核机构（对象在管辖范围内）")
@admin_required
async def list_assignments(request: Request):
    size, offset = page_args(request)
    kind = request.args.get("target_kind")
    try:
        target_kind = OrgKind(kind) if kind else None
    except ValueError as exc:
        raise ValidationFailed(details={"errors": [{"path": "target_kind", "message": "类型不存在",
                                                    "type": "enum"}]}) from exc
    total, rows = await svc.list_assignments(actor=request.ctx.actor, target_kind=target_kind,
                                             assessment_org_id=query_id(request, "assessment_org_id"),
                                             limit=size, offset=offset)
    return paged(request, total, [svc.assignment_view(a) for a in rows])


@bp.put("/assignments")
@returns(AssignmentOut)
@openapi.summary("指派考核机构（市级为区县或医疗机构指派，可跨区域；重复指派即替换）")
@openapi.body({"application/json": svc.AssignIn.model_json_schema()})
@admin_required
async def assign(request: Request):
    body = parse_body(request, svc.AssignIn)
    row = await svc.assign(actor=request.ctx.actor, target_id=body.target_id,
                           assessment_org_id=body.assessment_org_id)
    return svc.assignment_view(row)


@bp.delete("/assignments/<target_id:int>")
@returns(UnassignedOut)
@openapi.summary("取消为该地区或机构指派的考核机构")
@admin_required
async def unassign(request: Request, target_id: int):
    await svc.unassign(actor=request.ctx.actor, target_id=target_id)
    return UnassignedOut(deleted=True, target_id=target_id)


@bp.get("/assignments/effective")
@returns(EffectiveAssignmentOut)
@openapi.summary("某机构（默认本机构）实际适用的考核机构")
@admin_required
async def effective_assignment(request: Request):
    return await svc.assignment_for(actor=request.ctx.actor, org_id=query_id(request, "org_id"))


# ------------------------------------------------------------------ bad records

@bp.get("/bad-records")
@returns(Page[BadRecordOut])
@openapi.summary("不良记录（本机构医师；条件：name, id_number, category, occurred_from, occurred_to）")
@admin_required
async def list_bad_records(request: Request):
    size, offset = page_args(request)
    keys = svc.BadRecordFilter.model_fields
    f = validate(svc.BadRecordFilter, {k: request.args.get(k) for k in keys if request.args.get(k)})
    total, rows = await svc.list_bad_records(actor=request.ctx.actor, limit=size, offset=offset, **f.model_dump())
    return paged(request, total, [await svc.bad_record_view(r, actor=request.ctx.actor) for r in rows])


@bp.get("/bad-records/template")
@returns_file(XLSX)
@openapi.summary("考核机构不良记录导入模板（xlsx）")
@admin_required
async def bad_record_template(request: Request):
    return xlsx(svc.bad_record_template(), "bad-records-template.xlsx")


@bp.post("/bad-records/import")
@returns(BadRecordImportOut, status=201, description="已导入（全部行通过）")
@also_returns(BadRecordImportOut, status=200, description="仅校验（dry_run=1）：全部行通过，未写入")
@returns_file(XLSX, description="逐行校验报告（format=xlsx，仅校验）")
@openapi.summary("省级导入不良记录（multipart 字段 file；全部通过才导入；dry_run=1 仅校验；format=xlsx 返回逐行报告）")
@admin_required
async def import_bad_records(request: Request):
    report = await svc.import_bad_records(actor=request.ctx.actor, content=uploaded(request).body,
                                          dry_run=dry_run(request))
    return import_answer(request, report, "bad-records-import-report.xlsx", BadRecordImportOut)
