"""FAQ management (seed 000 常见问题): list, create, edit, publish, withdraw, delete; and the
workstation's help (seed 004 医生移动端 帮助与反馈): the published doctors' entries."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.faq import service as faq_service
from core.faq.schemas import FaqEditIn, FaqFilter, FaqIn, FaqOut, FaqPage, FaqPublicPage, HelpFilter
from core.http import ok, page_args, parse_body, query_model, returns

bp = Blueprint("admin_faq", url_prefix="/faq")
help_bp = Blueprint("admin_help", url_prefix="/help")


def _json(model) -> dict:
    return {"application/json": model.model_json_schema()}


@bp.get("/")
@openapi.summary("常见问题列表（本级及下级机构；按分类、对象、发布状态、关键词筛选）")
@openapi.parameter("category", str)
@openapi.parameter("audience", str)
@openapi.parameter("published", bool)
@openapi.parameter("q", str)
@openapi.response(200, _json(FaqPage))
@admin_required
async def list_entries(request: Request):
    size, offset = page_args(request)
    total, items = await faq_service.list_entries(actor=request.ctx.actor, filters=query_model(request, FaqFilter),
                                                  limit=size, offset=offset)
    return ok(FaqPage(total=total, page=offset // size + 1, page_size=size, items=items).model_dump(mode="json"))


@bp.get("/categories")
@openapi.summary("已使用的常见问题分类")
@openapi.response(200, {"application/json": {"type": "array", "items": {"type": "string"}}})
@admin_required
async def categories(request: Request):
    return ok(await faq_service.categories(actor=request.ctx.actor))


@bp.post("/")
@openapi.summary("新建常见问题（默认属于本机构；published=true 时立即发布）")
@openapi.body(_json(FaqIn))
@openapi.response(201, _json(FaqOut))
@admin_required
async def create_entry(request: Request):
    entry = await faq_service.create_entry(actor=request.ctx.actor, data=parse_body(request, FaqIn))
    return ok(entry.model_dump(mode="json"), status=201)


@bp.get("/<entry_id:int>")
@openapi.summary("常见问题详情")
@openapi.response(200, _json(FaqOut))
@admin_required
async def get_entry(request: Request, entry_id: int):
    return ok((await faq_service.get_entry(actor=request.ctx.actor, entry_id=entry_id)).model_dump(mode="json"))


@bp.patch("/<entry_id:int>")
@openapi.summary("修改常见问题（只修改传入的字段）")
@openapi.body(_json(FaqEditIn))
@openapi.response(200, _json(FaqOut))
@admin_required
async def update_entry(request: Request, entry_id: int):
    entry = await faq_service.update_entry(actor=request.ctx.actor, entry_id=entry_id,
                                           data=parse_body(request, FaqEditIn))
    return ok(entry.model_dump(mode="json"))


@bp.post("/<entry_id:int>/publish")
@openapi.summary("发布常见问题（手机端立即可见）")
@openapi.response(200, _json(FaqOut))
@admin_required
async def publish(request: Request, entry_id: int):
    entry = await faq_service.set_published(actor=request.ctx.actor, entry_id=entry_id, published=True)
    return ok(entry.model_dump(mode="json"))


@bp.post("/<entry_id:int>/unpublish")
@openapi.summary("撤回常见问题（手机端不再显示）")
@openapi.response(200, _json(FaqOut))
@admin_required
async def unpublish(request: Request, entry_id: int):
    entry = await faq_service.set_published(actor=request.ctx.actor, entry_id=entry_id, published=False)
    return ok(entry.model_dump(mode="json"))


@bp.delete("/<entry_id:int>")
@openapi.summary("删除常见问题（移入回收站，可恢复）")
@openapi.response(200, {"application/json": {"type": "object", "properties": {"deleted": {"type": "boolean"}}}})
@admin_required
async def delete_entry(request: Request, entry_id: int):
    await faq_service.delete_entry(actor=request.ctx.actor, entry_id=entry_id)
    return ok({"deleted": True, "id": entry_id})


@help_bp.get("")
@returns(FaqPublicPage)
@openapi.summary("操作帮助说明：本机构及上级机构发布的面向互联网医院医生的条目（任何后台账号可读）")
@openapi.parameter("category", str)
@openapi.parameter("q", str)
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@admin_required
async def staff_help(request: Request):
    return await faq_service.staff_help(actor=request.ctx.actor, filters=query_model(request, HelpFilter))
