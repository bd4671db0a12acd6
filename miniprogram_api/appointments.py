"""家庭门诊预约 on the phone (seed 003 家庭健康管理 item 8): the hospitals that take bookings, their
departments, doctors and slots (from each hospital's HIS), booking for oneself or a family member
who granted 门诊预约 with act, cancelling, and my appointments. The patients one may book for are
`GET /family/patients/reachable?scope=appointments&act=true`."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.family.errors import NoGrant
from core.his.adapter import HisUnavailable
from core.his.errors import SlotFull, SlotNotFound, SlotPast
from core.http import fails, parse_body, query_id, query_model, returns
from core.outputs import Items
from core.visits import appointments
from core.visits.errors import (
    AppointmentNotCancellable, AppointmentNotFound, AssistantClosed, BookingClosed, DayOutOfRange,
    InstitutionNotFound,
)
from core.visits.schemas import (
    AppointmentDepartmentOut, AppointmentDoctorOut, AppointmentInstitutionOut, AppointmentOut, AppointmentSlotOut,
    BookIn, DoctorsQuery, SlotsQuery,
)
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_appointments", url_prefix="/appointments")


@bp.get("")
@returns(Items[AppointmentOut])
@openapi.summary("我的门诊预约：本人就诊人的预约和我为家人代约的预约，新的在前")
@mp_required
async def mine(request: Request):
    return {"items": await appointments.my_appointments(actor=request.ctx.actor)}


@bp.get("/institutions")
@returns(Items[AppointmentInstitutionOut])
@openapi.summary("可以预约的医疗机构（开通了门诊就医助手的机构）")
@mp_required
async def institutions(request: Request):
    return {"items": await appointments.institutions(actor=request.ctx.actor)}


@bp.get("/departments")
@returns(Items[AppointmentDepartmentOut])
@openapi.summary("机构可预约的门诊科室（来自医院HIS）")
@openapi.parameter("institution_id", int, required=True)
@fails(AssistantClosed, InstitutionNotFound, HisUnavailable)
@mp_required
async def departments(request: Request):
    return {"items": await appointments.departments(actor=request.ctx.actor,
                                                    institution_id=query_id(request, "institution_id") or 0)}


@bp.get("/doctors")
@returns(Items[AppointmentDoctorOut])
@openapi.summary("科室的出诊医生")
@openapi.parameter("institution_id", int, required=True)
@openapi.parameter("department_code", str, required=True)
@fails(AssistantClosed, InstitutionNotFound, HisUnavailable)
@mp_required
async def doctors(request: Request):
    q = query_model(request, DoctorsQuery)
    return {"items": await appointments.doctors(actor=request.ctx.actor, institution_id=q.institution_id,
                                                department_code=q.department_code)}


@bp.get("/slots")
@returns(Items[AppointmentSlotOut])
@openapi.summary("医生某天的号源（今天起两周内）：时段、总数与剩余、挂号费")
@openapi.parameter("institution_id", int, required=True)
@openapi.parameter("doctor_code", str, required=True)
@openapi.parameter("day", str, required=True)
@fails(AssistantClosed, InstitutionNotFound, HisUnavailable, DayOutOfRange)
@mp_required
async def slots(request: Request):
    q = query_model(request, SlotsQuery)
    return {"items": await appointments.slots(actor=request.ctx.actor, institution_id=q.institution_id,
                                              doctor_code=q.doctor_code, day=q.day)}


@bp.post("")
@returns(AppointmentOut, status=201)
@openapi.summary("预约：为本人就诊人，或为授权了“门诊预约”且可代办的家庭成员；预约成为就诊的第一个环节")
@openapi.body({"application/json": BookIn.model_json_schema()})
@fails(NoGrant, AssistantClosed, BookingClosed, InstitutionNotFound, HisUnavailable, SlotFull, SlotNotFound,
       SlotPast, AppointmentNotFound)
@mp_required
async def book(request: Request):
    data = parse_body(request, BookIn)
    return await appointments.book(actor=request.ctx.actor, patient_id=data.patient_id,
                                   institution_id=data.institution_id, slot_id=data.slot_id)


@bp.post("/<visit_id:int>/cancel")
@returns(AppointmentOut)
@openapi.summary("取消预约（签到前）：由医院HIS取消，就诊随之取消")
@fails(NoGrant, AppointmentNotFound, AppointmentNotCancellable, AssistantClosed, HisUnavailable)
@mp_required
async def cancel(request: Request, visit_id: int):
    return await appointments.cancel(actor=request.ctx.actor, visit_id=visit_id)
