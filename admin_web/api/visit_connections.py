"""门诊就医助手 onboarding in the console: each institution's switches and HIS connection, the
webhook secret (shown once), the connection test and the per-institution health of the event
centre (core/visits/connections.py)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.http import page_args, parse_body, returns
from core.outputs import Page
from core.visits import connections
from core.visits.centre.schemas import ConnectionIn, ConnectionOut, HealthOut, SecretOut, TestOut

bp = Blueprint("admin_visit_connections", url_prefix="/visits/institutions")


@bp.get("")
@returns(Page[ConnectionOut])
@openapi.summary("就医助手机构接入列表：辖区内医疗机构的开关与HIS连接（未配置的显示默认值）")
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@admin_required
async def list_connections(request: Request):
    size, offset = page_args(request)
    return await connections.list_connections(actor=request.ctx.actor, limit=size, offset=offset)


@bp.get("/health")
@returns(Page[HealthOut])
@openapi.summary("就医助手接入健康状况：最近事件、积压与延迟、隔离事件数、收到/应用/重复/拒绝计数")
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@admin_required
async def health(request: Request):
    size, offset = page_args(request)
    return await connections.health(actor=request.ctx.actor, limit=size, offset=offset)


@bp.get("/<institution_id:int>")
@returns(ConnectionOut)
@openapi.summary("一家机构的就医助手接入配置")
@admin_required
async def get_connection(request: Request, institution_id: int):
    return await connections.get_connection(actor=request.ctx.actor, institution_id=institution_id)


@bp.put("/<institution_id:int>")
@returns(ConnectionOut)
@openapi.summary("保存机构接入：就医助手与云陪诊开关、HIS接口、接入方式（AMQP/Webhook/轮询）、队列名、轮询间隔")
@openapi.body({"application/json": ConnectionIn.model_json_schema()})
@admin_required
async def update_connection(request: Request, institution_id: int):
    return await connections.update_connection(actor=request.ctx.actor, institution_id=institution_id,
                                               data=parse_body(request, ConnectionIn))


@bp.post("/<institution_id:int>/secret")
@returns(SecretOut)
@openapi.summary("生成新的推送密钥（仅显示这一次；旧密钥立即失效）")
@admin_required
async def rotate_secret(request: Request, institution_id: int):
    return await connections.rotate_secret(actor=request.ctx.actor, institution_id=institution_id)


@bp.post("/<institution_id:int>/test")
@returns(TestOut)
@openapi.summary("测试连接：HIS接口连通（轮询）、队列是否存在（AMQP）、最近是否收到签名正确的推送（Webhook）")
@admin_required
async def test_connection(request: Request, institution_id: int):
    return await connections.test_connection(actor=request.ctx.actor, institution_id=institution_id)


@bp.get("/<institution_id:int>/health")
@returns(HealthOut)
@openapi.summary("一家机构的接入健康状况")
@admin_required
async def health_of(request: Request, institution_id: int):
    return await connections.health_of(actor=request.ctx.actor, institution_id=institution_id)
