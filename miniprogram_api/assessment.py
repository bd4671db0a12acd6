"""The physician's side of the periodic assessment (mini-program and PC): bind the
physician record once, fill in the filing section by section, submit, see
review reasons and the results of every cycle."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core import pii
from core.assessment import service as assessment_service
from core.accounts.errors import AccountLocked, AddressLimited
from core.accounts.schemas import CaptchaOut
from core.assessment.schemas import (
    BindIn, FilingOut, FilingSubmittedOut, MyResultOut, PasswordChangeOut, PhysicianBoundOut,
    PhysicianLoginIn, PhysicianPasswordIn, PhysicianTokenOut, SectionSavedOut,
)
from core.assessment.states import LABELS, State
from core.http import answer, fails, json_object, parse_body, returns
from core.outputs import Items
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_assessment", url_prefix="/assessment")


@bp.post("/login")
@returns(PhysicianTokenOut)
@openapi.summary("医师 PC 端登录（身份证号 + 密码），返回访问令牌")
@openapi.body({"application/json": PhysicianLoginIn.model_json_schema()})
async def physician_login(request: Request):
    body = parse_body(request, PhysicianLoginIn)
    result = await assessment_service.physician_login(id_number=body.id_number, password=body.password,
                                                      captcha_id=body.captcha_id, captcha_answer=body.captcha_answer)
    return {"access_token": result.access_token, "token_type": "Bearer", "expires_in": result.expires_in,
            "physician_id": result.physician_id, "password_change_required": result.password_change_required}


@bp.get("/captcha")
@returns(CaptchaOut)
@openapi.summary("医师 PC 端登录用的图形验证码（登录失败多次后须附 captcha_id 与 captcha_answer）")
async def physician_login_captcha(request: Request):
    from core.accounts import captcha

    resp = answer(CaptchaOut, await captcha.issue())
    resp.headers["Cache-Control"] = "no-store"
    return resp


@bp.post("/password")
@returns(PasswordChangeOut)
@openapi.summary("医师修改密码（PC 端的旧令牌全部失效，答复中带新的访问令牌）")
@openapi.body({"application/json": PhysicianPasswordIn.model_json_schema()})
@mp_required(allow_password_change=True)
async def change_password(request: Request):
    body = parse_body(request, PhysicianPasswordIn)
    fresh = await assessment_service.change_physician_password(
        actor=request.ctx.actor, old_password=body.old_password, new_password=body.new_password)
    if fresh is None:  # a mini-program account: its WeChat tokens are not the physician's password
        return {"changed": True}
    return {"changed": True, "access_token": fresh.access_token, "token_type": "Bearer",
            "expires_in": fresh.expires_in}


@bp.post("/bind")
@returns(PhysicianBoundOut)
@fails(AccountLocked, AddressLimited)
@openapi.summary("绑定医师身份（身份证号 + 姓名 + 密码；已绑定其他微信时另需医疗机构签发的换绑码）")
@openapi.body({"application/json": BindIn.model_json_schema()})
@mp_required
async def bind(request: Request):
    body = parse_body(request, BindIn)
    doc = await assessment_service.bind_physician(actor=request.ctx.actor, id_number=body.id_number,
                                                  name=body.name, password=body.password,
                                                  rebind_code=body.rebind_code)
    return {"physician_id": doc.id, **await pii.present(doc, actor=request.ctx.actor)}


@bp.get("/filing")
@returns(FilingOut)
@openapi.summary("本周期的填报：各栏目、考核程序、审核状态与驳回原因")
@mp_required
async def filing(request: Request):
    return await assessment_service.my_filing(actor=request.ctx.actor)


@bp.put("/filing/sections/<section:str>")
@returns(SectionSavedOut)
@openapi.summary("保存一个填报栏目（草稿）")
@mp_required
async def save_section(request: Request, section: str):
    # The service validates the body with the schema of the section.
    row = await assessment_service.save_section(actor=request.ctx.actor, section=section,
                                                data=json_object(request))
    return {"enrolment_id": row.id, "section": section, "data": row.filing[section], "state": row.state}


@bp.post("/filing/submit")
@returns(FilingSubmittedOut)
@openapi.summary("提交填报，进入医疗机构审核")
@mp_required
async def submit(request: Request):
    row = await assessment_service.submit_filing(actor=request.ctx.actor)
    return {"enrolment_id": row.id, "state": row.state, "state_label": LABELS[State(row.state)]}


@bp.get("/results")
@returns(Items[MyResultOut])
@openapi.summary("历次考核结果")
@mp_required
async def results(request: Request):
    return {"items": await assessment_service.my_results(actor=request.ctx.actor)}
