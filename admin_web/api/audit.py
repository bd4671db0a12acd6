"""Audit log reading (there is deliberately no endpoint that changes it)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import page
from admin_web.api.guard import admin_required
from core.audit import service as audit_service
from core.http import page_args

bp = Blueprint("admin_audit", url_prefix="/audit")


@bp.get("/")
@openapi.summary("审计日志（分页，可按操作人、动作、对象与时间筛选）")
@admin_required
async def list_rows(request: Request):
    size, offset = page_args(request)
    total, rows = await audit_service.list_rows(actor=request.ctx.actor, action=request.args.get("action"),
                                                outcome=request.args.get("outcome"), limit=size, offset=offset)
    return page(request, total, [
        {"seq": r.seq, "at": r.at, "actor_type": r.actor_type, "actor_id": r.actor_id,
         "actor_name": r.actor_name, "org_id": r.org_id, "action": r.action, "target_type": r.target_type,
         "target_id": r.target_id, "before": r.before, "after": r.after, "ip": r.ip,
         "request_id": r.request_id, "outcome": r.outcome} for r in rows])
