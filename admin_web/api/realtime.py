"""The console's way onto the realtime gateway: a ticket for the socket's first frame.

Why: console pages hold a cookie session with a CSRF token, but the gateway authenticates a
socket by its first frame only (never by ambient cookies, which any page of another site could
make a browser send with a WebSocket upgrade). The page asks here, with its session and CSRF
token, for a short-lived access token of its own account and sends it as `{"op": "auth"}`;
admin_web/static/realtime.js does this and renews it before it runs out.
"""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.accounts import service as accounts_service
from core.accounts.schemas import RealtimeTicketOut
from core.http import answer, returns

bp = Blueprint("admin_realtime", url_prefix="/realtime")


@bp.post("/ticket")
@returns(RealtimeTicketOut)
@openapi.summary("实时连接凭证：控制台页面连接 /realtime/v1/ws 时在第一条消息中发送（短期有效，"
                 "退出登录、停用账号、修改角色或密码后立即失效，已连接的 WebSocket 以 4003 关闭）")
@admin_required
async def ticket(request: Request):
    resp = answer(RealtimeTicketOut, await accounts_service.realtime_ticket(actor=request.ctx.actor))
    resp.headers["Cache-Control"] = "no-store"  # a credential
    return resp
