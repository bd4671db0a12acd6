"""Physician register endpoints (scoped): list, detail, create, update, delete, export."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import ids_arg, paged, reveal_requested, xlsx, XLSX
from admin_web.api.guard import admin_required
from core.assessment import service as assessment_service
from core.assessment.schemas import PhysicianCreateIn, PhysicianOut, PhysicianUpdateIn
from core.http import page_args, parse_body, query_id, returns, returns_file
from core.outputs import DeletedOut, Page

bp = Blueprint("admin_physicians", url_prefix="/physicians")


@bp.get("/")
@returns(Page[PhysicianOut])
@openapi.summary("医师列表（仅本级及下级机构）")
@admin_required
async def list_physicians(request: Request):
    size, offset = page_args(request)
    total, docs = await assessment_service.list_physicians(
        actor=request.ctx.actor, q=request.args.get("q"), id_number=request.args.get("id_number"),
        institution_id=query_id(request, "institution_id"), limit=size, offset=offset)
    return paged(request, total, [await assessment_service.present(d, actor=request.ctx.actor) for d in docs])


@bp.get("/export")
@returns_file(XLSX)
@openapi.summary("导出医师名单（xlsx，证件号与手机号脱敏）")
@admin_required
async def export_physicians(request: Request):
    data = await assessment_service.export_physicians(
        actor=request.ctx.actor, q=request.args.get("q"),
        institution_id=query_id(request, "institution_id"), ids=ids_arg(request))
    return xlsx(data, "physicians.xlsx")


@bp.get("/<physician_id:int>")
@returns(PhysicianOut)
@openapi.summary("医师档案详情（reveal=1 时显示完整证件号并记入审计）")
@admin_required
async def get_physician(request: Request, physician_id: int):
    doc = await assessment_service.get_physician(actor=request.ctx.actor, physician_id=physician_id)
    return await assessment_service.present(doc, actor=request.ctx.actor, reveal=reveal_requested(request))


@bp.post("/")
@returns(PhysicianOut, status=201)
@openapi.summary("新建医师档案")
@openapi.body({"application/json": PhysicianCreateIn.model_json_schema()})
@admin_required
async def create_physician(request: Request):
    body = parse_body(request, PhysicianCreateIn)
    doc = await assessment_service.create_physician(actor=request.ctx.actor, **body.model_dump())
    return await assessment_service.present(doc, actor=request.ctx.actor)


@bp.patch("/<physician_id:int>")
@returns(PhysicianOut)
@openapi.summary("修改医师档案")
@openapi.body({"application/json": PhysicianUpdateIn.model_json_schema()})
@admin_required
async def update_physician(request: Request, physician_id: int):
    body = parse_body(request, PhysicianUpdateIn)
    doc = await assessment_service.update_physician(actor=request.ctx.actor, physician_id=physician_id,
                                                    changes=body.model_dump(exclude_unset=True))
    return await assessment_service.present(doc, actor=request.ctx.actor)


@bp.delete("/<physician_id:int>")
@returns(DeletedOut)
@openapi.summary("删除医师档案（移入回收站，可恢复）")
@admin_required
async def delete_physician(request: Request, physician_id: int):
    await assessment_service.delete_physician(actor=request.ctx.actor, physician_id=physician_id)
    return DeletedOut(deleted=True, id=physician_id)
