"""Face consent, enrolment and identity verification before the exam, and the photos and
app events during it, on the phone."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.errors import ValidationFailed
from core.http import answer, parse_body, returns, validate
from core.proctoring import captures, service as proctoring_service
from core.proctoring.schemas import (
    AttemptOut, CaptureIn, CaptureOut, CapturesOut, ConsentIn, EventsIn, EventsRecordedOut, FaceEnrolledOut,
    FaceStatusOut,
)
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
@returns(FaceStatusOut)
@openapi.summary("人脸采集状态（是否已同意告知书、是否已采集）")
@mp_required
async def status(request: Request):
    return await proctoring_service.face_status(actor=request.ctx.actor)


@bp.post("/consent")
@returns(FaceStatusOut)
@openapi.summary("同意人脸信息采集告知书（记录版本与时间）")
@openapi.body({"application/json": ConsentIn.model_json_schema()})
@mp_required
async def consent(request: Request):
    body = parse_body(request, ConsentIn)
    return await proctoring_service.give_consent(actor=request.ctx.actor, text_version=body.text_version)


@bp.delete("/consent")
@returns(FaceStatusOut)
@openapi.summary("撤回同意（已采集的人脸特征随之删除）")
@mp_required
async def withdraw(request: Request):
    return await proctoring_service.withdraw_consent(actor=request.ctx.actor)


@bp.post("/face")
@returns(FaceEnrolledOut, status=201)
@openapi.summary("采集本人人脸照片（须先同意告知书；照片不合格时说明原因）")
@openapi.body(_PHOTO)
@mp_required
async def enrol(request: Request):
    return await proctoring_service.enrol_face(actor=request.ctx.actor, photo=_photo(request))


@bp.post("/sessions/<session_id:int>/verify")
@returns(AttemptOut)
@openapi.summary("考前人脸核验（失败次数达上限后须监考人员人工放行）")
@openapi.body(_PHOTO)
@mp_required
async def verify(request: Request, session_id: int):
    return await proctoring_service.verify(actor=request.ctx.actor, session_id=session_id, photo=_photo(request))


# ------------------------------------------------------------------ photos and events during the exam

_CAPTURE = {"multipart/form-data": {"type": "object", "required": ["photo", "taken_at"], "properties": {
    "photo": {"type": "string", "format": "binary"},
    "taken_at": {"type": "string", "format": "date-time", "description": "拍摄时间（手机时钟，含时区）"}}}}


@bp.post("/sessions/<session_id:int>/captures")
@returns(CaptureOut, status=201, description="已收到")
@openapi.summary("上传考中抓拍照片（≤2 MB；断网后补传的照片按拍摄时间归位）")
@openapi.description("新照片答 201；同一照片此前已收到（重传）答 200，内容相同，duplicate=true。")
@openapi.response(200, {"application/json": CaptureOut.model_json_schema(mode="serialization")}, "此前已收到（重传）")
@openapi.body(_CAPTURE)
@mp_required
async def upload_capture(request: Request, session_id: int):
    form = validate(CaptureIn, {"taken_at": (request.form or {}).get("taken_at")})
    got = await captures.upload_capture(actor=request.ctx.actor, session_id=session_id, photo=_photo(request),
                                        taken_at=form.taken_at)
    return answer(CaptureOut, got, status=200 if got.duplicate else 201)


@bp.get("/sessions/<session_id:int>/captures")
@returns(CapturesOut)
@openapi.summary("本场考试已上传的抓拍照片（供手机判断哪些需要补传）")
@mp_required
async def list_captures(request: Request, session_id: int):
    return await captures.my_captures(actor=request.ctx.actor, session_id=session_id)


@bp.post("/sessions/<session_id:int>/events")
@returns(EventsRecordedOut)
@openapi.summary("上报切出应用、断网等事件（重连后批量补报，重复的自动忽略）")
@openapi.body({"application/json": EventsIn.model_json_schema()})
@mp_required
async def record_events(request: Request, session_id: int):
    body = parse_body(request, EventsIn)
    return await captures.record_events(actor=request.ctx.actor, session_id=session_id,
                                        events=[e.model_dump() for e in body.events])
