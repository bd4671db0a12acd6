"""家庭健康档案调阅 on the phone (seed 003 家庭健康管理 7): a patient's archive overview and its
sections (visits, exam reports, prescriptions, vital signs), and recording a vital sign. The
patient id is one of the caller's own 就诊人 or a member's `patient_id` from the member home;
another member's data answers only under their grant (403 family.no_grant otherwise), and every
read under a grant is shown to that member in 谁查看了我的数据."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.family import archive
from core.family import vitals as vitals_service
from core.family.errors import NoGrant, VitalInvalid
from core.family.schemas import (
    ArchivePrescriptionsOut, ArchiveReportsOut, ArchiveVisitsOut, MemberArchiveOut, VitalIn, VitalSignOut, VitalsOut,
    VitalsQuery,
)
from core.http import fails, parse_body, query_model, returns
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_family_archive", url_prefix="/family/patients")


@bp.get("/<patient_id:int>/archive")
@returns(MemberArchiveOut)
@fails(NoGrant)
@openapi.summary("健康档案概览：各栏目授权情况及最近记录（本人，或在「健康档案」「体征数据」授权下查看家人）")
@mp_required
async def overview(request: Request, patient_id: int):
    return await archive.member_archive(actor=request.ctx.actor, patient_id=patient_id)


@bp.get("/<patient_id:int>/archive/visits")
@returns(ArchiveVisitsOut)
@fails(NoGrant)
@openapi.summary("就诊记录（需「健康档案」授权），最新在前")
@mp_required
async def visits(request: Request, patient_id: int):
    return await archive.visits(actor=request.ctx.actor, patient_id=patient_id)


@bp.get("/<patient_id:int>/archive/reports")
@returns(ArchiveReportsOut)
@fails(NoGrant)
@openapi.summary("检查报告（需「健康档案」授权）")
@mp_required
async def reports(request: Request, patient_id: int):
    return await archive.reports(actor=request.ctx.actor, patient_id=patient_id)


@bp.get("/<patient_id:int>/archive/prescriptions")
@returns(ArchivePrescriptionsOut)
@fails(NoGrant)
@openapi.summary("门诊病历与处方（需「健康档案」授权）")
@mp_required
async def prescriptions(request: Request, patient_id: int):
    return await archive.prescriptions(actor=request.ctx.actor, patient_id=patient_id)


@bp.get("/<patient_id:int>/archive/vitals")
@returns(VitalsOut)
@fails(NoGrant)
@openapi.summary("体征数据：每类最新一次、时间范围内的记录与趋势（需「体征数据」授权）")
@mp_required
async def vital_signs(request: Request, patient_id: int):
    q = query_model(request, VitalsQuery)
    return await archive.vital_signs(actor=request.ctx.actor, patient_id=patient_id, kind=q.kind, days=q.days)


@bp.post("/<patient_id:int>/vitals")
@returns(VitalSignOut, status=201)
@fails(NoGrant, VitalInvalid)
@openapi.summary("记录一次体征（本人，或在「体征数据」可代办授权下为家人记录）")
@openapi.body({"application/json": VitalIn.model_json_schema()})
@mp_required
async def record_vital(request: Request, patient_id: int):
    body = parse_body(request, VitalIn)
    return await vitals_service.record(actor=request.ctx.actor, patient_id=patient_id, **body.model_dump())
