"""The internet hospital's back office (seed 004 综合管理后台 rows 3, 4, 10, 11): departments,
doctors with their practice sites, photo, services and prices, monthly schedules, workstation
login, and the informed consent. Scoped to the administrator's org subtree; every change audited."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import paged, uploaded
from admin_web.api.guard import admin_required
from core.doctors import consent, departments, schedules
from core.doctors import service as doctors_service
from core.doctors.schemas import (
    AccountIn, ConsentIn, ConsentVersionOut, DoctorAccountOut, DoctorEditIn, DoctorFilter, DoctorIn, DoctorOut,
    HospitalDepartmentEditIn, HospitalDepartmentFilter, HospitalDepartmentIn, HospitalDepartmentOut, MonthScheduleIn,
    MonthScheduleOut,
    MonthQuery, ServicesIn,
)
from core.http import page_args, parse_body, query_model, returns
from core.outputs import Items, Page

bp = Blueprint("admin_doctors", url_prefix="/doctors")
departments_bp = Blueprint("admin_departments", url_prefix="/departments")


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


def _month(request: Request) -> str:
    return query_model(request, MonthQuery).month or schedules.current_month()


# ------------------------------------------------------------------ departments

@departments_bp.get("/")
@returns(Page[HospitalDepartmentOut])
@openapi.summary("科室列表（管辖范围内；可按机构、科室名称、启用状态查询）")
@openapi.parameter("institution_id", int)
@openapi.parameter("q", str)
@openapi.parameter("active", bool)
@admin_required
async def list_departments(request: Request):
    size, offset = page_args(request)
    total, items = await departments.list_departments(actor=request.ctx.actor,
                                                      filters=query_model(request, HospitalDepartmentFilter),
                                                      limit=size, offset=offset)
    return paged(request, total, items)


@departments_bp.post("/")
@returns(HospitalDepartmentOut, status=201)
@openapi.summary("新增科室（编码在机构内唯一）")
@_body(HospitalDepartmentIn)
@admin_required
async def create_department(request: Request):
    return await departments.create_department(actor=request.ctx.actor, data=parse_body(request, HospitalDepartmentIn))


@departments_bp.get("/<department_id:int>")
@returns(HospitalDepartmentOut)
@openapi.summary("科室详情")
@admin_required
async def get_department(request: Request, department_id: int):
    return await departments.get_department(actor=request.ctx.actor, department_id=department_id)


@departments_bp.patch("/<department_id:int>")
@returns(HospitalDepartmentOut)
@openapi.summary("修改科室名称")
@_body(HospitalDepartmentEditIn)
@admin_required
async def update_department(request: Request, department_id: int):
    return await departments.update_department(actor=request.ctx.actor, department_id=department_id,
                                               data=parse_body(request, HospitalDepartmentEditIn))


@departments_bp.post("/<department_id:int>/enable")
@returns(HospitalDepartmentOut)
@openapi.summary("启用科室")
@admin_required
async def enable_department(request: Request, department_id: int):
    return await departments.set_active(actor=request.ctx.actor, department_id=department_id, active=True)


@departments_bp.post("/<department_id:int>/disable")
@returns(HospitalDepartmentOut)
@openapi.summary("停用科室（患者端不再显示该科室及其排班）")
@admin_required
async def disable_department(request: Request, department_id: int):
    return await departments.set_active(actor=request.ctx.actor, department_id=department_id, active=False)


# ------------------------------------------------------------------ doctors

@bp.get("/")
@returns(Page[DoctorOut])
@openapi.summary("医生列表（管辖范围内；可按姓名或擅长、机构、科室、职称、上线状态查询）")
@openapi.parameter("q", str)
@openapi.parameter("institution_id", int)
@openapi.parameter("department_id", int)
@openapi.parameter("title", str)
@openapi.parameter("enabled", bool)
@openapi.parameter("service", str)
@admin_required
async def list_doctors(request: Request):
    size, offset = page_args(request)
    filters = query_model(request, DoctorFilter)
    total, items = await doctors_service.list_doctors(actor=request.ctx.actor, filters=filters, limit=size,
                                                      offset=offset)
    return paged(request, total, items)


@bp.post("/")
@returns(DoctorOut, status=201)
@openapi.summary("新增医生（执业科室中的第一个为第一执业点，决定医生归属的机构）")
@_body(DoctorIn)
@admin_required
async def create_doctor(request: Request):
    return await doctors_service.create_doctor(actor=request.ctx.actor, data=parse_body(request, DoctorIn))


@bp.get("/<doctor_id:int>")
@returns(DoctorOut)
@openapi.summary("医生详情（执业点、服务与价格、评分与问诊人次）")
@admin_required
async def get_doctor(request: Request, doctor_id: int):
    return await doctors_service.get_doctor(actor=request.ctx.actor, doctor_id=doctor_id)


@bp.patch("/<doctor_id:int>")
@returns(DoctorOut)
@openapi.summary("修改医生资料或执业科室（只修改传入的字段）")
@_body(DoctorEditIn)
@admin_required
async def update_doctor(request: Request, doctor_id: int):
    return await doctors_service.update_doctor(actor=request.ctx.actor, doctor_id=doctor_id,
                                               data=parse_body(request, DoctorEditIn))


@bp.post("/<doctor_id:int>/enable")
@returns(DoctorOut)
@openapi.summary("医生上线（患者可以搜索并问诊）")
@admin_required
async def enable_doctor(request: Request, doctor_id: int):
    return await doctors_service.set_enabled(actor=request.ctx.actor, doctor_id=doctor_id, enabled=True)


@bp.post("/<doctor_id:int>/disable")
@returns(DoctorOut)
@openapi.summary("医生下线（患者端不再显示）")
@admin_required
async def disable_doctor(request: Request, doctor_id: int):
    return await doctors_service.set_enabled(actor=request.ctx.actor, doctor_id=doctor_id, enabled=False)


@bp.post("/<doctor_id:int>/photo")
@returns(DoctorOut)
@openapi.summary("上传医生照片（JPEG、PNG、WEBP，不超过 2 MB；重新编码并去除元数据）")
@openapi.body({"multipart/form-data": {"type": "object", "required": ["photo"], "properties": {
    "photo": {"type": "string", "format": "binary", "description": "医生照片"}}}})
@admin_required
async def upload_photo(request: Request, doctor_id: int):
    return await doctors_service.set_photo(actor=request.ctx.actor, doctor_id=doctor_id,
                                           data=uploaded(request, "photo").body)


@bp.put("/<doctor_id:int>/services")
@returns(DoctorOut)
@openapi.summary("设置医生的服务与价格（图文咨询、视频问诊：价格（分）、问诊时长、开通与否；未列出的服务不变）")
@_body(ServicesIn)
@admin_required
async def set_services(request: Request, doctor_id: int):
    return await doctors_service.set_services(actor=request.ctx.actor, doctor_id=doctor_id,
                                              data=parse_body(request, ServicesIn))


@bp.post("/<doctor_id:int>/account")
@returns(DoctorAccountOut, status=201)
@openapi.summary("为医生开通工作站登录账号（返回只出现一次的初始密码；需要账号维护权限）")
@_body(AccountIn)
@admin_required
async def create_account(request: Request, doctor_id: int):
    body = parse_body(request, AccountIn)
    _, account_id, initial = await doctors_service.create_account(actor=request.ctx.actor, doctor_id=doctor_id,
                                                                   username=body.username)
    return DoctorAccountOut(doctor_id=doctor_id, account_id=account_id, username=body.username,
                            initial_password=initial)


@bp.get("/<doctor_id:int>/schedules")
@returns(MonthScheduleOut)
@openapi.summary("医生某月的排班（month=YYYY-MM，默认本月）")
@openapi.parameter("month", str)
@admin_required
async def month_schedule(request: Request, doctor_id: int):
    return await schedules.month_schedule(actor=request.ctx.actor, doctor_id=doctor_id, month=_month(request))


@bp.put("/<doctor_id:int>/schedules")
@returns(MonthScheduleOut)
@openapi.summary("保存医生某月的整月排班（未列出的时段取消）")
@_body(MonthScheduleIn)
@admin_required
async def set_month_schedule(request: Request, doctor_id: int):
    return await schedules.set_month(actor=request.ctx.actor, doctor_id=doctor_id,
                                     data=parse_body(request, MonthScheduleIn))


# ------------------------------------------------------------------ the informed consent

@bp.get("/consent")
@returns(Items[ConsentVersionOut])
@openapi.summary("互联网诊疗知情同意书的各版本（当前版本在前）")
@admin_required
async def consent_versions(request: Request):
    return {"items": await consent.versions(actor=request.ctx.actor)}


@bp.post("/consent")
@returns(ConsentVersionOut, status=201)
@openapi.summary("发布知情同意书新版本（平台级管理员；患者下单前须同意新版本）")
@_body(ConsentIn)
@admin_required
async def publish_consent(request: Request):
    return await consent.publish(actor=request.ctx.actor, data=parse_body(request, ConsentIn))
