"""审方规则 in the console's JSON API (`rx.rules`): versions, a draft copied from the published one,
rules edited inside the draft (parameters checked per kind), publish, differences between versions
(core/rx/rules/versions.py)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.http import page_args, parse_body, query_model, returns
from core.outputs import RemovedOut
from core.rx.rules import versions
from core.rx.rules.schemas import (
    DiffOut, DiffQuery, DraftIn, PublishIn, RuleFilter, RuleIn, RuleOut, RulePage, RuleSetOut, VersionsOut,
)

bp = Blueprint("admin_rx_rules", url_prefix="/rx/rules")


def _body(model) -> dict:
    return {"application/json": model.model_json_schema()}


@bp.get("/versions")
@returns(VersionsOut)
@openapi.summary("审方规则版本列表（草稿、已发布、已停用），新版本在前")
@admin_required
async def list_versions(request: Request):
    return await versions.list_versions(actor=request.ctx.actor)


@bp.post("/versions")
@returns(RuleSetOut, status=201)
@openapi.summary("新建草稿：复制当前发布版本的全部规则（同一时间只能有一个草稿）")
@openapi.body(_body(DraftIn))
@admin_required
async def new_draft(request: Request):
    return await versions.new_draft(actor=request.ctx.actor, data=parse_body(request, DraftIn))


@bp.get("/versions/<version:int>")
@returns(RuleSetOut)
@openapi.summary("一个规则版本")
@admin_required
async def get_version(request: Request, version: int):
    return await versions.get_version(actor=request.ctx.actor, version=version)


@bp.delete("/versions/<version:int>")
@returns(RemovedOut)
@openapi.summary("删除草稿版本（已发布、已停用的版本不能删除）")
@admin_required
async def delete_draft(request: Request, version: int):
    return await versions.delete_draft(actor=request.ctx.actor, version=version)


@bp.post("/versions/<version:int>/publish")
@returns(RuleSetOut)
@openapi.summary("发布草稿：原发布版本停用；已有审方记录仍保留产生其结果的版本")
@openapi.body(_body(PublishIn))
@admin_required
async def publish(request: Request, version: int):
    return await versions.publish(actor=request.ctx.actor, version=version, data=parse_body(request, PublishIn))


@bp.get("/versions/<version:int>/rules")
@returns(RulePage)
@openapi.summary("一个版本的规则，按类型、严重程度、对象（药品知识编码或 class:类别）、关键词筛选")
@openapi.parameter("kind", str)
@openapi.parameter("severity", str)
@openapi.parameter("subject", str)
@openapi.parameter("q", str)
@openapi.parameter("enabled", bool)
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@admin_required
async def list_rules(request: Request, version: int):
    size, offset = page_args(request)
    return await versions.list_rules(actor=request.ctx.actor, version=version,
                                     filters=query_model(request, RuleFilter), limit=size, offset=offset)


@bp.post("/versions/<version:int>/rules")
@returns(RuleOut, status=201)
@openapi.summary("在草稿中新增规则（参数按规则类型校验，不合格时422并指出字段）")
@openapi.body(_body(RuleIn))
@admin_required
async def create_rule(request: Request, version: int):
    return await versions.create_rule(actor=request.ctx.actor, version=version, data=parse_body(request, RuleIn))


@bp.get("/versions/<version:int>/rules/<rule_id:int>")
@returns(RuleOut)
@openapi.summary("一条规则")
@admin_required
async def get_rule(request: Request, version: int, rule_id: int):
    return await versions.get_rule(actor=request.ctx.actor, version=version, rule_id=rule_id)


@bp.put("/versions/<version:int>/rules/<rule_id:int>")
@returns(RuleOut)
@openapi.summary("修改草稿中的规则（已发布版本不可修改：409）")
@openapi.body(_body(RuleIn))
@admin_required
async def update_rule(request: Request, version: int, rule_id: int):
    return await versions.update_rule(actor=request.ctx.actor, version=version, rule_id=rule_id,
                                      data=parse_body(request, RuleIn))


@bp.delete("/versions/<version:int>/rules/<rule_id:int>")
@returns(RemovedOut)
@openapi.summary("删除草稿中的规则")
@admin_required
async def delete_rule(request: Request, version: int, rule_id: int):
    return await versions.delete_rule(actor=request.ctx.actor, version=version, rule_id=rule_id)


@bp.get("/diff")
@returns(DiffOut)
@openapi.summary("两个版本的差异：other 相对 base 新增、删除、修改的规则（按规则编码）")
@openapi.parameter("base", int, required=True)
@openapi.parameter("other", int, required=True)
@admin_required
async def diff(request: Request):
    q = query_model(request, DiffQuery)
    return await versions.diff(actor=request.ctx.actor, base=q.base, other=q.other)
