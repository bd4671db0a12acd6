"""The in-app message endpoints, one set of handlers for both faces.

Why: a patient on the phone and a record room in the console read, count and
handle their messages the same way (core/notify/service.py decides whose
messages they are from the principal); only the authentication differs. Each
face mounts these routes on its own blueprint with its own guard:
/api/mp/v1/messages (bearer token) and /api/admin/v1/messages (session + CSRF).
"""
from __future__ import annotations

from typing import Callable

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.http import page_args, parse_body, returns
from core.notify import service as notify_service
from core.notify.schemas import MarkedReadOut, MarkReadIn, MessageOut, MessagesOut, UnreadOut


def routes(bp: Blueprint, guard: Callable) -> Blueprint:
    @bp.get("")
    @returns(MessagesOut)
    @openapi.summary("我的消息（永久保留；unread=1 只看未读，kind 按类型筛选）")
    @openapi.parameter("unread", str)
    @openapi.parameter("kind", str)
    @guard
    async def messages(request: Request):
        size, offset = page_args(request)
        return await notify_service.messages(actor=request.ctx.actor, unread_only=request.args.get("unread") == "1",
                                             kind=request.args.get("kind") or None, limit=size, offset=offset)

    @bp.get("/unread-count")
    @returns(UnreadOut)
    @openapi.summary("未读消息数")
    @guard
    async def unread(request: Request):
        return UnreadOut(unread=await notify_service.unread_count(actor=request.ctx.actor))

    @bp.post("/read")
    @returns(MarkedReadOut)
    @openapi.summary("标记已读（不传 message_ids 时全部标记已读）")
    @openapi.body({"application/json": MarkReadIn.model_json_schema()})
    @guard
    async def mark_read(request: Request):
        body = parse_body(request, MarkReadIn)
        return await notify_service.mark_read(actor=request.ctx.actor, message_ids=body.message_ids)

    @bp.post("/<message_id:int>/handled")
    @returns(MessageOut)
    @openapi.summary("标记已处理（已处理的消息置灰显示）")
    @guard
    async def handled(request: Request, message_id: int):
        return await notify_service.mark_handled(actor=request.ctx.actor, message_id=message_id)

    return bp
