"""The visit assistant in the console (seed 003 各家医疗机构云陪诊接入): each institution's visit
steps (order, names, to-dos, guides) and the quarantined events the centre could not apply (list,
replay after a fix, discard). Permission `visits.manage`, scoped to the administrator's institutions."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.http import page_args, parse_body, query_model, returns
from core.visits import quarantine, steps
from core.visits.schemas import (
    DiscardOut, EventIdsIn, QuarantineFilter, QuarantinePage, ReplayOut, StepsIn, StepsOut,
)

bp = Blueprint("admin_visits", url_prefix="/visits")


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


class _QuarantineQuery(QuarantineFilter):
    page: int | None = None
    page_size: int | None = None


@bp.get("/steps/<institution_id:int>")
@returns(StepsOut)
@openapi.summary("医疗机构的门诊就诊环节配置（未保存过时为默认配置）")
@admin_required
async def get_steps(request: Request, institution_id: int):
    return await steps.get_config(actor=request.ctx.actor, institution_id=institution_id)


@bp.put("/steps/<institution_id:int>")
@returns(StepsOut)
@openapi.summary("保存医疗机构的就诊环节配置：启用哪些环节、顺序（position 不重复）、显示名称（≤32字）、产生的待办和指引")
@_body(StepsIn)
@admin_required
async def put_steps(request: Request, institution_id: int):
    data = parse_body(request, StepsIn)
    return await steps.save_config(actor=request.ctx.actor, institution_id=institution_id, steps=data.steps)


@bp.get("/quarantine")
@returns(QuarantinePage)
@openapi.summary("隔离的就诊事件（无法应用：格式错误、未知患者、未启用环节、未知就诊、机构未开通），新的在前")
@openapi.parameter("institution_id", int)
@openapi.parameter("reason", str)
@openapi.parameter("date_from", str)
@openapi.parameter("date_to", str)
@admin_required
async def list_quarantined(request: Request):
    size, offset = page_args(request)
    q = query_model(request, _QuarantineQuery)
    filters = QuarantineFilter(institution_id=q.institution_id, reason=q.reason, date_from=q.date_from,
                               date_to=q.date_to)
    return await quarantine.quarantined(actor=request.ctx.actor, filters=filters, limit=size, offset=offset)


@bp.post("/quarantine/replay")
@returns(ReplayOut)
@openapi.summary("重放隔离事件（修复原因后）：每个事件返回新的结果（applied / stale / duplicate / quarantined 及原因）")
@_body(EventIdsIn)
@admin_required
async def replay(request: Request):
    return await quarantine.replay(actor=request.ctx.actor, event_ids=parse_body(request, EventIdsIn).ids)


@bp.post("/quarantine/discard")
@returns(DiscardOut)
@openapi.summary("放弃隔离事件（保留记录与事件编号，删除其内容）")
@_body(EventIdsIn)
@admin_required
async def discard(request: Request):
    return await quarantine.discard(actor=request.ctx.actor, event_ids=parse_body(request, EventIdsIn).ids)
