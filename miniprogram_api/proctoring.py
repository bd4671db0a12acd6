"""Face consent, enrolment and identity verification before the exam, on the phone."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.errors import ValidationFailed
from core.http import ok, parse_body
from core.proctoring import service as proctoring_service
from core.proctoring.schemas import ConsentIn
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_proctoring", url_prefix="/proctoring")
_PHOTO = {"multipart/form-data": {"type": "object", "properties": {"photo": {"type": "string", "format": "binary"}}}}


def _photo(request: Request) -> bytes:
    """The multipart file `photo`, or a 422 naming it."""
    f = request.files.get("photo") if request.files else None
    if f is None:
        raise ValidationFailed(details={"errors": [{"path": "photo", "message": "请上传照片", "type": "missing"}]})
    return f.body


@bp.get("/face")
@openapi.summary("人脸采集状态（是否已同意告知书、是否已采集）")
@mp_required
async def status(request: Request):
    return ok(await proctoring_service.face_status(actor=request.ctx.actor))


@bp.post("/consent")
@openapi.summary("同意人脸信息采集告知书（记录版本与时间）")
@openapi.body({"application/json": ConsentIn.model_json_schema()})
@mp_required
async def consent(request: Request):
    body = parse_body(request, ConsentIn)
    return ok(await proctoring_service.give_consent(actor=request.ctx.actor, text_version=body.text_version))


@bp.delete("/consent")
@openapi.summary("撤回同意（已采集的人脸特征随之删除）")
@mp_required
async def withdraw(request: Request):
    return ok(await proctoring_service.withdraw_consent(actor=request.ctx.actor))


@bp.post("/face")
@openapi.summary("采集本人人脸照片（须先同意告知书；照片不合格时说明原因）")
@openapi.body(_PHOTO)
@mp_required
async def enrol(request: Request):
    return ok(await proctoring_service.enrol_face(actor=request.ctx.actor, photo=_photo(request)), status=201)


@bp.post("/sessions/<session_id:int>/verify")
@openapi.summary("考前人脸核验（失败次数达上限后须监考人员人工放行）")
@openapi.body(_PHOTO)
@mp_required
async def verify(request: Request, session_id: int):
    return ok(await proctoring_service.verify(actor=request.ctx.actor, session_id=session_id,
                                              photo=_photo(request)))
