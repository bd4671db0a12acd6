"""Recycle bin endpoints: what was deleted in my scope, and restore."""
from __future__ import annotations

from dataclasses import asdict

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import paged
from admin_web.api.guard import admin_required
from core.http import page_args, returns
from core.outputs import Page
from core.recycle import service as recycle_service
from core.recycle.schemas import DeletedItemOut, RestoredOut

bp = Blueprint("admin_recycle", url_prefix="/recycle-bin")


@bp.get("/")
@returns(Page[DeletedItemOut])
@openapi.summary("回收站：已删除的数据（分页，可按类型筛选）")
@admin_required
async def list_deleted(request: Request):
    size, offset = page_args(request)
    total, items = await recycle_service.list_deleted(actor=request.ctx.actor, kind=request.args.get("kind"),
                                                      limit=size, offset=offset)
    return paged(request, total, [DeletedItemOut.model_validate(asdict(i)) for i in items])


@bp.post("/<kind:str>/<record_id:int>/restore")
@returns(RestoredOut)
@openapi.summary("从回收站恢复一条数据")
@admin_required
async def restore(request: Request, kind: str, record_id: int):
    obj = await recycle_service.restore(actor=request.ctx.actor, kind=kind, record_id=record_id)
    return RestoredOut(restored=True, kind=kind, id=obj.pk)
