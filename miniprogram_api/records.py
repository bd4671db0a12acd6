"""Medical-record copy requests on the phone (seed 003 一键式病案服务, patient side):
institutions, identity check, archived stays, submission, orders, payment and
the download of the watermarked copy."""
from __future__ import annotations

from types import MappingProxyType

from sanic import Blueprint, Request
from sanic.response import raw
from sanic_ext import openapi

from core.errors import ValidationFailed
from core.http import fails, page_args, parse_body, query_id, returns, returns_file, validate
from core.outputs import Items
from core.payments.errors import GatewayFailed
from core.payments.schemas import PayChannelIn
from core.records import service as records_service
from core.records.errors import CopyExpired, TooManyChecks
from core.records.schemas import (
    ArchivedOut, DownloadLinkOut, FormOptionsOut, IdentityCheckOut, IdentityForm, MyRequestsOut, PatientRequestOut,
    PayStartOut, RecordInstitutionOut, RequestPaymentOut, SubmitIn,
)
from media.links import LinkExpired, LinkInvalid
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_records", url_prefix="/records")
_PHOTOS = {"multipart/form-data": {"type": "object", "required": ["patient_id", "id_photo", "face_photo"],
                                   "properties": {
                                       "patient_id": {"type": "integer"},
                                       "id_number": {"type": "string", "description": "身份证上的号码"},
                                       "name": {"type": "string", "description": "身份证上的姓名"},
                                       "id_photo": {"type": "string", "format": "binary",
                                                    "description": "身份证人像面照片"},
                                       "face_photo": {"type": "string", "format": "binary",
                                                      "description": "现场拍摄的人脸照片"}}}}
# A copy is personal data: nobody keeps it on the way (see bff/media.py for the same rules).
# Read-only: a shared headers dict must never be written by a response (issue 9, point 1).
_COPY_HEADERS = MappingProxyType({"Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer",
                                  "X-Robots-Tag": "noindex", "X-Content-Type-Options": "nosniff"})


def _file(request: Request, field: str) -> bytes:
    f = request.files.get(field) if request.files else None
    if f is None:
        raise ValidationFailed(details={"errors": [{"path": field, "message": "请上传照片", "type": "missing"}]})
    return f.body


@bp.get("/institutions")
@returns(Items[RecordInstitutionOut])
@openapi.summary("开通病案复印服务的医疗机构")
@mp_required
async def institutions(request: Request):
    return {"items": await records_service.institutions(actor=request.ctx.actor)}


@bp.get("/options")
@returns(FormOptionsOut)
@openapi.summary("申请表的选项：复印用途、复印内容、领取方式")
@mp_required
async def options(request: Request):
    return await records_service.form_options(actor=request.ctx.actor)


@bp.post("/identity-checks")
@returns(IdentityCheckOut, status=201)
@fails(TooManyChecks)
@openapi.summary("身份核验：身份证人像面照片与现场人脸比对，并核对身份证号与姓名（失败时说明原因）")
@openapi.body(_PHOTOS)
@mp_required
async def verify_identity(request: Request):
    form = validate(IdentityForm, {k: request.form.get(k) for k in ("patient_id", "id_number", "name")
                                   if request.form and request.form.get(k) not in (None, "")})
    return await records_service.verify_identity(
        actor=request.ctx.actor, patient_id=form.patient_id, id_photo=_file(request, "id_photo"),
        face_photo=_file(request, "face_photo"), id_number=form.id_number, name=form.name)


@bp.get("/institutions/<institution_id:int>/admissions")
@returns(ArchivedOut)
@openapi.summary("查询就诊人在该机构已归档的住院记录（无归档病案时流程终止）")
@openapi.parameter("patient_id", int, required=True)
@mp_required
async def admissions(request: Request, institution_id: int):
    patient_id = query_id(request, "patient_id")
    if patient_id is None:
        raise ValidationFailed(details={"errors": [{"path": "patient_id", "message": "请选择就诊人",
                                                    "type": "missing"}]})
    return await records_service.check_records(actor=request.ctx.actor, institution_id=institution_id,
                                               patient_id=patient_id)


@bp.post("/requests")
@returns(PatientRequestOut, status=201)
@openapi.summary("提交病案复印申请")
@openapi.body({"application/json": SubmitIn.model_json_schema()})
@mp_required
async def submit(request: Request):
    body = parse_body(request, SubmitIn)
    data = body.model_dump()
    data["delivery_detail"] = body.delivery_detail.model_dump() if body.delivery_detail else None
    return await records_service.submit(actor=request.ctx.actor, **data)


@bp.get("/requests")
@returns(MyRequestsOut)
@openapi.summary("我的病案复印申请（state：reviewing 审核中、rejected 已拒绝、in_progress 处理中、done 已完成，或某一状态）")
@openapi.parameter("state", str)
@mp_required
async def my_requests(request: Request):
    size, offset = page_args(request)
    return await records_service.my_requests(actor=request.ctx.actor, state=request.args.get("state") or None,
                                             limit=size, offset=offset)


@bp.get("/requests/<request_id:int>")
@returns(PatientRequestOut)
@openapi.summary("申请详情与进度时间线")
@mp_required
async def detail(request: Request, request_id: int):
    return await records_service.detail(actor=request.ctx.actor, request_id=request_id)


@bp.post("/requests/<request_id:int>/pay")
@returns(PayStartOut)
@fails(GatewayFailed)
@openapi.summary("支付复印费用（机构收费时）：下单微信支付，返回 wx.requestPayment / getBrandWCPayRequest 的签名参数；"
                 "支付结果以微信支付通知或 pay/confirm 查询为准")
@openapi.body({"application/json": PayChannelIn.model_json_schema()})
@mp_required
async def pay(request: Request, request_id: int):
    body = parse_body(request, PayChannelIn)
    return await records_service.pay(actor=request.ctx.actor, request_id=request_id, channel=body.channel)


@bp.post("/requests/<request_id:int>/pay/confirm")
@returns(RequestPaymentOut)
@fails(GatewayFailed)
@openapi.summary("支付完成后确认：向微信支付查询订单，已支付则申请进入复印")
@mp_required
async def confirm_payment(request: Request, request_id: int):
    return await records_service.confirm_payment(actor=request.ctx.actor, request_id=request_id)


@bp.post("/requests/<request_id:int>/download-link")
@returns(DownloadLinkOut)
@fails(CopyExpired)
@openapi.summary("获取复印件的限时下载链接")
@mp_required
async def download_link(request: Request, request_id: int):
    return await records_service.download_link(actor=request.ctx.actor, request_id=request_id)


@bp.get("/copies/<token:str>")
@returns_file("application/pdf")
@fails(LinkInvalid, LinkExpired, CopyExpired)
@openapi.summary("下载复印件（限时签名链接，每页加盖下载人、时间和申请号水印）")
async def download(request: Request, token: str):
    filename, data = await records_service.download(token=token)
    return raw(data, content_type="application/pdf",
               headers={**_COPY_HEADERS, "Content-Disposition": f"attachment; filename=\"{filename}\""})
