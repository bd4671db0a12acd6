"""Proctoring in the admin console: enrol a physician's registered photo, review
verification attempts, release a session whose face check keeps failing."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import uploaded
from admin_web.api.guard import admin_required
from core.http import ok, parse_body
from core.proctoring import service as proctoring_service
from core.proctoring.schemas import ReleaseIn

bp = Blueprint("admin_proctoring", url_prefix="/proctoring")


@bp.post("/physicians/<physician_id:int>/face")
@openapi.summary("以机构登记的照片为医师采集人脸（医师须已同意告知书）")
@openapi.body({"multipart/form-data": {"type": "object",
                                       "properties": {"photo": {"type": "string", "format": "binary"}}}})
@admin_required
async def enrol(request: Request, physician_id: int):
    return ok(await proctoring_service.enrol_from_registered_photo(
        actor=request.ctx.actor, physician_id=physician_id, photo=uploaded(request, "photo").body), status=201)


@bp.post("/sessions/<session_id:int>/release")
@openapi.summary("人工放行（人脸核验未通过时由监考人员确认身份后放行）")
@openapi.body({"application/json": ReleaseIn.model_json_schema()})
@admin_required
async def release(request: Request, session_id: int):
    body = parse_body(request, ReleaseIn)
    return ok(await proctoring_service.release(actor=request.ctx.actor, session_id=session_id, reason=body.reason))


@bp.get("/sessions/<session_id:int>/verifications")
@openapi.summary("某场考试的全部人脸核验记录")
@admin_required
async def verifications(request: Request, session_id: int):
    return ok(await proctoring_service.verifications(actor=request.ctx.actor, session_id=session_id))
