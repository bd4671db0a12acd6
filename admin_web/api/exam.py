"""Exam administration: blueprints per cycle and specialty (province)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.exam import service as exam_service
from core.exam.schemas import BlueprintIn, BlueprintOut
from core.http import parse_body, returns

bp = Blueprint("admin_exam", url_prefix="/exam")


@bp.put("/blueprints")
@returns(BlueprintOut)
@openapi.summary("设置本周期某专业的组卷方案（省级；出卷后冻结）")
@openapi.body({"application/json": BlueprintIn.model_json_schema()})
@admin_required
async def save_blueprint(request: Request):
    body = parse_body(request, BlueprintIn)
    return await exam_service.save_blueprint(actor=request.ctx.actor, **body.model_dump(mode="json"))
