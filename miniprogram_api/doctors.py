"""Finding a doctor on the phone (seed 004 居民移动端 rows 13, 17, 20, 21): search by department
or name, the doctor page and schedule, follow, my followed and recently consulted doctors, and
the informed consent to read and accept before the first order."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.doctors import catalogue, consent, schedules
from core.doctors.schemas import (
    AcceptIn, ConsentOut, DoctorCardOut, DoctorPageOut, DoctorSearch, FollowOut, MonthQuery, MonthScheduleOut,
    PublicDepartmentOut, RecentDoctorOut,
)
from core.http import parse_body, query_id, query_model, returns
from core.outputs import Items, Page
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_doctors", url_prefix="/doctors")


@bp.get("")
@returns(Page[DoctorCardOut])
@openapi.summary("搜索医生：按科室、医院、服务或姓名（擅长、科室名称）查询上线的医生，问诊人次多的在前")
@openapi.parameter("q", str)
@openapi.parameter("department_id", int)
@openapi.parameter("institution_id", int)
@openapi.parameter("kind", str)
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@mp_required
async def search(request: Request):
    return await catalogue.search(actor=request.ctx.actor, filters=query_model(request, DoctorSearch))


@bp.get("/departments")
@returns(Items[PublicDepartmentOut])
@openapi.summary("可以问诊的科室（有上线医生的启用科室，按医院）")
@openapi.parameter("institution_id", int)
@mp_required
async def departments(request: Request):
    return {"items": await catalogue.departments(actor=request.ctx.actor,
                                                 institution_id=query_id(request, "institution_id"))}


@bp.get("/followed")
@returns(Items[DoctorCardOut])
@openapi.summary("我关注的医生")
@mp_required
async def followed(request: Request):
    return {"items": await catalogue.followed(actor=request.ctx.actor)}


@bp.get("/recent")
@returns(Items[RecentDoctorOut])
@openapi.summary("最近问诊过的医生（图文咨询、视频问诊）")
@mp_required
async def recent(request: Request):
    return {"items": await catalogue.recent(actor=request.ctx.actor)}


@bp.get("/consent")
@returns(ConsentOut)
@openapi.summary("互联网诊疗知情同意书（当前版本：收费标准与患者须知）及本人是否已同意")
@mp_required
async def get_consent(request: Request):
    return await consent.for_patient(actor=request.ctx.actor)


@bp.post("/consent")
@returns(ConsentOut)
@openapi.summary("同意知情同意书（须为当前版本；记录版本与时间）")
@openapi.body({"application/json": AcceptIn.model_json_schema()})
@mp_required
async def accept_consent(request: Request):
    return await consent.accept(actor=request.ctx.actor, version=parse_body(request, AcceptIn).version)


@bp.get("/<doctor_id:int>")
@returns(DoctorPageOut)
@openapi.summary("医生介绍：职称、擅长、简介、服务与价格、评分、问诊人次、是否已关注")
@mp_required
async def doctor_page(request: Request, doctor_id: int):
    return await catalogue.doctor_page(actor=request.ctx.actor, doctor_id=doctor_id)


@bp.get("/<doctor_id:int>/schedules")
@returns(MonthScheduleOut)
@openapi.summary("医生某月的出诊排班（month=YYYY-MM，默认本月）")
@openapi.parameter("month", str)
@mp_required
async def doctor_schedule(request: Request, doctor_id: int):
    month = query_model(request, MonthQuery).month or schedules.current_month()
    return await catalogue.doctor_schedule(actor=request.ctx.actor, doctor_id=doctor_id, month=month)


@bp.post("/<doctor_id:int>/follow")
@returns(FollowOut)
@openapi.summary("关注医生（重复关注不变）")
@mp_required
async def follow(request: Request, doctor_id: int):
    return await catalogue.follow(actor=request.ctx.actor, doctor_id=doctor_id)


@bp.delete("/<doctor_id:int>/follow")
@returns(FollowOut)
@openapi.summary("取消关注医生")
@mp_required
async def unfollow(request: Request, doctor_id: int):
    return await catalogue.unfollow(actor=request.ctx.actor, doctor_id=doctor_id)
