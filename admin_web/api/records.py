"""The record room's console API (seed 003 一键式病案服务管理端): requests with
conditional search and coloured states, detail with identity evidence, review
(single and batch), upload or generation of the copy, statistics, record-room
settings (review mode, fee, HIS), departments, and the dictionaries."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import batch_answer, paged, reveal_requested, uploaded
from admin_web.api.guard import admin_required
from core.dicts import service as dicts_service
from core.http import page_args, parse_body, query_model, returns
from core.outputs import BatchOut, Items, Page, RemovedOut
from core.records import service as records_service
from core.records.schemas import (
    BatchReviewIn, ConsoleRequestOut, CopyReadyOut, DepartmentIn, DepartmentOut, DepartmentUpdateIn, DictItemIn,
    DictItemOut, DictItemUpdateIn, DictKindOut, RequestFilters, RequestOut, RequestStatsOut, ReviewedOut, ReviewIn,
    ReviewModeIn, RoomIn, RoomOut, StatsQuery,
)

bp = Blueprint("admin_records", url_prefix="/records")
_PDF = {"multipart/form-data": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}}


# ------------------------------------------------------------------ requests

class _RequestQuery(RequestFilters):
    # The paging arguments travel in the same query string.
    page: int | None = None
    page_size: int | None = None


@bp.get("/requests")
@returns(Page[RequestOut])
@openapi.summary("病案复印申请列表（按状态、机构、用途、日期、申请号或患者姓名检索；状态带颜色）")
@openapi.parameter("state", str)
@openapi.parameter("institution_id", int)
@openapi.parameter("purpose", str)
@openapi.parameter("date_from", str)
@openapi.parameter("date_to", str)
@openapi.parameter("q", str)
@admin_required
async def list_requests(request: Request):
    filters = query_model(request, _RequestQuery)
    size, offset = page_args(request)
    total, items = await records_service.list_requests(
        actor=request.ctx.actor, limit=size, offset=offset,
        **filters.model_dump(exclude={"page", "page_size"}))
    return paged(request, total, items)


@bp.get("/requests/<request_id:int>")
@returns(ConsoleRequestOut)
@openapi.summary("申请详情：患者（默认脱敏）、身份核验材料（限时链接）、进度时间线")
@admin_required
async def request_detail(request: Request, request_id: int):
    return await records_service.request_detail(actor=request.ctx.actor, request_id=request_id,
                                                reveal=reveal_requested(request))


@bp.post("/requests/<request_id:int>/review")
@returns(ReviewedOut)
@openapi.summary("审核：通过或拒绝（拒绝须填写原因）")
@openapi.body({"application/json": ReviewIn.model_json_schema()})
@admin_required
async def review(request: Request, request_id: int):
    body = parse_body(request, ReviewIn)
    return await records_service.review(actor=request.ctx.actor, request_id=request_id, approve=body.approve,
                                        reason=body.reason)


@bp.post("/requests/review")
@returns(BatchOut)
@openapi.summary("批量审核（逐行返回结果）")
@openapi.body({"application/json": BatchReviewIn.model_json_schema()})
@admin_required
async def batch_review(request: Request):
    body = parse_body(request, BatchReviewIn)
    return batch_answer(await records_service.batch_review(
        actor=request.ctx.actor, request_ids=body.request_ids, approve=body.approve, reason=body.reason))


@bp.post("/requests/<request_id:int>/copy")
@returns(CopyReadyOut, status=201)
@openapi.summary("上传复印件（PDF，按内容校验，≤10 MB）")
@openapi.body(_PDF)
@admin_required
async def upload_copy(request: Request, request_id: int):
    return await records_service.upload_copy(actor=request.ctx.actor, request_id=request_id,
                                             pdf=uploaded(request, "file").body)


@bp.post("/requests/<request_id:int>/generate")
@returns(CopyReadyOut, status=201)
@openapi.summary("由HIS结构化病历生成复印件")
@admin_required
async def generate_copy(request: Request, request_id: int):
    return await records_service.generate_copy(actor=request.ctx.actor, request_id=request_id)


@bp.get("/stats")
@returns(RequestStatsOut)
@openapi.summary("申请统计：按状态、机构或日期分组，及复印件上传/生成情况")
@openapi.parameter("group_by", str)
@openapi.parameter("date_from", str)
@openapi.parameter("date_to", str)
@admin_required
async def stats(request: Request):
    q = query_model(request, StatsQuery)
    return await records_service.stats(actor=request.ctx.actor, **q.model_dump())


# ------------------------------------------------------------------ record rooms and departments

@bp.get("/rooms")
@returns(Items[RoomOut])
@openapi.summary("本辖区医疗机构的病案室设置")
@admin_required
async def rooms(request: Request):
    return {"items": await records_service.rooms(actor=request.ctx.actor)}


@bp.put("/rooms/<institution_id:int>")
@returns(RoomOut)
@openapi.summary("开通或修改机构的病案复印服务（审核方式、收费、HIS接口、联系电话、须知）")
@openapi.body({"application/json": RoomIn.model_json_schema()})
@admin_required
async def configure_room(request: Request, institution_id: int):
    body = parse_body(request, RoomIn)
    return await records_service.configure_room(actor=request.ctx.actor, institution_id=institution_id,
                                                **body.model_dump())


@bp.put("/rooms/<institution_id:int>/review-mode")
@returns(RoomOut)
@openapi.summary("设置机构的审核方式：人工审核或核验通过后自动审核")
@openapi.body({"application/json": ReviewModeIn.model_json_schema()})
@admin_required
async def set_review_mode(request: Request, institution_id: int):
    body = parse_body(request, ReviewModeIn)
    return await records_service.set_review_mode(actor=request.ctx.actor, institution_id=institution_id,
                                                 mode=body.mode)


@bp.get("/institutions/<institution_id:int>/departments")
@returns(Items[DepartmentOut])
@openapi.summary("机构科室列表")
@admin_required
async def departments(request: Request, institution_id: int):
    return {"items": await records_service.departments(actor=request.ctx.actor, institution_id=institution_id)}


@bp.post("/institutions/<institution_id:int>/departments")
@returns(DepartmentOut, status=201)
@openapi.summary("新增科室（编码在机构内唯一）")
@openapi.body({"application/json": DepartmentIn.model_json_schema()})
@admin_required
async def create_department(request: Request, institution_id: int):
    body = parse_body(request, DepartmentIn)
    return await records_service.create_department(actor=request.ctx.actor, institution_id=institution_id,
                                                   code=body.code, name=body.name)


@bp.patch("/departments/<department_id:int>")
@returns(DepartmentOut)
@openapi.summary("修改科室名称或启用状态")
@openapi.body({"application/json": DepartmentUpdateIn.model_json_schema()})
@admin_required
async def update_department(request: Request, department_id: int):
    body = parse_body(request, DepartmentUpdateIn)
    return await records_service.update_department(actor=request.ctx.actor, department_id=department_id,
                                                   **body.model_dump())


@bp.delete("/departments/<department_id:int>")
@returns(RemovedOut)
@openapi.summary("删除科室（进入回收站）")
@admin_required
async def delete_department(request: Request, department_id: int):
    await records_service.delete_department(actor=request.ctx.actor, department_id=department_id)
    return RemovedOut(deleted=department_id)


# ------------------------------------------------------------------ dictionaries

@bp.get("/dicts")
@returns(Items[DictKindOut])
@openapi.summary("字典类型")
@admin_required
async def dict_kinds(request: Request):
    return {"items": await dicts_service.kinds()}


@bp.get("/dicts/<kind:str>")
@returns(Items[DictItemOut])
@openapi.summary("字典项（含停用项）")
@admin_required
async def dict_items(request: Request, kind: str):
    return {"items": await dicts_service.items(kind=kind, active_only=False)}


@bp.post("/dicts/<kind:str>")
@returns(DictItemOut, status=201)
@openapi.summary("新增字典项（平台管理员）")
@openapi.body({"application/json": DictItemIn.model_json_schema()})
@admin_required
async def create_dict_item(request: Request, kind: str):
    body = parse_body(request, DictItemIn)
    return await dicts_service.create_item(actor=request.ctx.actor, kind=kind, **body.model_dump())


@bp.patch("/dicts/items/<item_id:int>")
@returns(DictItemOut)
@openapi.summary("修改字典项（名称、排序、启用）")
@openapi.body({"application/json": DictItemUpdateIn.model_json_schema()})
@admin_required
async def update_dict_item(request: Request, item_id: int):
    body = parse_body(request, DictItemUpdateIn)
    return await dicts_service.update_item(actor=request.ctx.actor, item_id=item_id, **body.model_dump())


@bp.delete("/dicts/items/<item_id:int>")
@returns(RemovedOut)
@openapi.summary("删除字典项（已被申请使用的不能删除，可停用）")
@admin_required
async def delete_dict_item(request: Request, item_id: int):
    await dicts_service.delete_item(actor=request.ctx.actor, item_id=item_id)
    return RemovedOut(deleted=item_id)
