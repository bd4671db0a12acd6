"""Consultation screens of the mini-program and the H5 client (seed 004 居民移动端): the home
(departments to search by, followed and recently consulted doctors) and the doctor page (profile,
this month's schedule, whether the informed consent must be accepted first) and the order form (the
doctor, whom the caller may order for, the consent, the video slots with their rules), each in one round trip."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.consult import video
from core.consult.schemas import ConsultOrderFormOut
from core.consult.service import GRANT_SCOPE
from core.doctors import catalogue, consent, schedules
from core.doctors.errors import ConsentUnpublished
from core.doctors.schemas import (
    ConsultHomeOut,
    DoctorScreenOut,
    MonthQuery,
)
from core.family import service as family_service
from core.http import query_model, returns
from miniprogram_api.guard import mp_required

bp = Blueprint("bff_consult", url_prefix="/consult")


@bp.get("/home")
@returns(ConsultHomeOut)
@openapi.summary("问诊首页：可问诊的科室、我关注的医生、最近问诊的医生（一次取齐）")
@mp_required
async def home(request: Request):
    actor = request.ctx.actor
    return ConsultHomeOut(departments=await catalogue.departments(actor=actor),
                          followed=await catalogue.followed(actor=actor), recent=await catalogue.recent(actor=actor))


@bp.get("/doctors/<doctor_id:int>")
@returns(DoctorScreenOut)
@openapi.summary("医生主页：医生介绍、某月排班（month=YYYY-MM，默认本月）与是否须先同意知情同意书")
@openapi.parameter("month", str)
@mp_required
async def doctor(request: Request, doctor_id: int):
    actor = request.ctx.actor
    month = query_model(request, MonthQuery).month or schedules.current_month()
    page = await catalogue.doctor_page(actor=actor, doctor_id=doctor_id)
    missing = await _consent_missing(actor)
    return DoctorScreenOut(doctor=page, schedule=await catalogue.doctor_schedule(actor=actor, doctor_id=doctor_id,
                                                                                month=month),
                           consent_required=missing is not None, consent_version=missing)


@bp.get("/doctors/<doctor_id:int>/order-form")
@returns(ConsultOrderFormOut)
@openapi.summary("问诊下单页：医生与其服务、可选的就诊人（本人的，及授权“在线问诊”可代办的家庭成员）、"
                 "是否须先同意知情同意书；医生开通视频问诊时，可预约的时段与预约须知（爽约不退款）")
@mp_required
async def order_form(request: Request, doctor_id: int):
    actor = request.ctx.actor
    page = await catalogue.doctor_page(actor=actor, doctor_id=doctor_id)
    missing = await _consent_missing(actor)
    slots = await video.slots(actor=actor, doctor_id=doctor_id)
    return ConsultOrderFormOut(doctor=page, patients=await family_service.reachable_patients(
        actor=actor, scope=GRANT_SCOPE, act=True), consent_required=missing is not None, consent_version=missing,
        video=slots if slots.price_fen is not None else None)


async def _consent_missing(actor) -> int | None:
    """The consent version the caller still has to accept (None: accepted, or none published)."""
    try:
        return await consent.required(catalogue.patient(actor))
    except ConsentUnpublished:
        return None
