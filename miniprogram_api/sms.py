"""SMS verification codes on the phone (seed 004 短信验证): a code is asked for here and
presented with the change it permits (adding a 就诊人: POST /patients with `sms_code`)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.http import fails, parse_body, returns
from core.sms import service as sms_service
from core.sms.errors import DailyLimit, SendTooSoon
from core.sms.schemas import SmsCodeIn, SmsCodeSentOut
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_sms", url_prefix="/sms")


@bp.post("/codes")
@returns(SmsCodeSentOut, status=201)
@fails(SendTooSoon, DailyLimit)
@openapi.summary("发送短信验证码（6位，5分钟内有效；同一手机号、同一账号每分钟1条，24小时内有上限）")
@openapi.body({"application/json": SmsCodeIn.model_json_schema()})
@mp_required
async def send_code(request: Request):
    body = parse_body(request, SmsCodeIn)
    return await sms_service.request_code(actor=request.ctx.actor, phone=body.phone, purpose=body.purpose)
