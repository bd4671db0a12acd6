"""Audit log reading (there is deliberately no endpoint that changes it)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import paged
from admin_web.api.guard import admin_required
from core.audit import console as audit_console
from core.audit.schemas import AuditRowOut
from core.http import page_args, returns
from core.outputs import Page

bp = Blueprint("admin_audit", url_prefix="/audit")


@bp.get("/")
@returns(Page[AuditRowOut])
@openapi.summary("审计日志（分页，可按操作人、动作、对象与时间筛选）")
@admin_required
async def list_rows(request: Request):
    size, offset = page_args(request)
    total, rows = await audit_console.list_rows(actor=request.ctx.actor, action=request.args.get("action"),
                                                outcome=request.args.get("outcome"), limit=size, offset=offset)
    return paged(request, total, rows)
