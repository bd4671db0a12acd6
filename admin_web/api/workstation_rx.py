"""The doctor's prescribing at the workstation over JSON (seed 004 医生工作站 医嘱录入, 处方签名,
处方审核拒绝处理, 申请单录入; 医生移动端 开具处方): the catalogue, a consultation's panel, drafts (new,
changed, from history), signing with the automatic review, revoking, accepting a rejection (a new
draft revises it) or appealing it once, my prescriptions, lab and imaging requests. The doctor is
the console account's linked doctor (403 rx.not_a_doctor otherwise)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.consult.errors import OrderNotFound
from core.dicts import medical
from core.dicts.errors import (
    ChargeItemDisabled, ChargeItemUnknown, DiagnosisDisabled, DiagnosisUnknown, DrugDisabled, DrugUnknown,
)
from core.dicts.schemas import ChargeItemOut, DiagnosisOut, DrugOut
from core.http import fails, page_args, parse_body, query_model, returns
from core.outputs import Items
from core.rx import prescribing
from core.rx.errors import (
    AlreadyAppealed, DoseOverrideRequired, HerbalKindMismatch, IllegalTransition, NotADoctor, OrderNotOpen,
    PrescriptionNotFound, RequestNotFound,
)
from core.rx.schemas import (
    AppealIn, CatalogueQuery, CopyIn, ExamRequestIn, ExamRequestOut, OrderRxOut, PrescriptionBody, PrescriptionIn,
    RxDetailOut, RxListQuery, RxPageOut,
)

bp = Blueprint("admin_workstation_rx", url_prefix="/workstation/rx")


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


async def _doctor(request: Request) -> None:
    await prescribing.me(request.ctx.actor)


@bp.get("/catalogue/drugs")
@returns(Items[DrugOut])
@fails(NotADoctor)
@openapi.summary("药品检索（编码、通用名/商品名、拼音首字母；只含启用的）")
@openapi.parameter("q", str)
@openapi.parameter("kind", str)
@admin_required
async def drugs(request: Request):
    await _doctor(request)
    f = query_model(request, CatalogueQuery)
    return {"items": await medical.search_drugs(q=f.q, kind=f.kind)}


@bp.get("/catalogue/diagnoses")
@returns(Items[DiagnosisOut])
@fails(NotADoctor)
@openapi.summary("诊断检索（ICD-10 编码、名称、拼音首字母）")
@openapi.parameter("q", str)
@admin_required
async def diagnoses(request: Request):
    await _doctor(request)
    return {"items": await medical.search_diagnoses(q=query_model(request, CatalogueQuery).q)}


@bp.get("/catalogue/charge-items")
@returns(Items[ChargeItemOut])
@fails(NotADoctor)
@openapi.summary("检查检验项目检索（category: lab 检验 / imaging 检查 …）")
@openapi.parameter("q", str)
@openapi.parameter("category", str)
@admin_required
async def charge_items(request: Request):
    await _doctor(request)
    f = query_model(request, CatalogueQuery)
    return {"items": await medical.search_charge_items(q=f.q, category=f.category)}


@bp.get("/orders/<order_id:int>")
@returns(OrderRxOut)
@fails(NotADoctor, OrderNotFound)
@openapi.summary("问诊的开方面板：患者临床信息默认值（上次处方）、本次问诊的处方与申请单、患者的历史处方")
@admin_required
async def order_panel(request: Request, order_id: int):
    return await prescribing.order_panel(actor=request.ctx.actor, consult_order_id=order_id)


@bp.post("/prescriptions")
@returns(RxDetailOut, status=201)
@fails(NotADoctor, OrderNotFound, OrderNotOpen, DrugDisabled, DrugUnknown, DiagnosisUnknown, DiagnosisDisabled,
       HerbalKindMismatch)
@openapi.summary("开具处方（草稿）：西药/中成药（≤5 种）或中草药（≤30 味）；答复含规则预审结果 checks")
@_body(PrescriptionIn)
@admin_required
async def create(request: Request):
    return await prescribing.create(actor=request.ctx.actor, data=parse_body(request, PrescriptionIn))


@bp.post("/prescriptions/copy")
@returns(RxDetailOut, status=201)
@fails(NotADoctor, OrderNotFound, OrderNotOpen, PrescriptionNotFound, DrugDisabled, DrugUnknown, DiagnosisUnknown)
@openapi.summary("从历史处方复制为本次问诊的新草稿（按当前药品字典与价格）")
@_body(CopyIn)
@admin_required
async def copy(request: Request):
    return await prescribing.copy(actor=request.ctx.actor, data=parse_body(request, CopyIn))


@bp.get("/prescriptions")
@returns(RxPageOut)
@fails(NotADoctor)
@openapi.summary("我开具的处方（新的在前），可按状态")
@openapi.parameter("state", str)
@admin_required
async def mine(request: Request):
    size, offset = page_args(request)
    return await prescribing.mine(actor=request.ctx.actor, state=query_model(request, RxListQuery).state,
                                  limit=size, offset=offset)


@bp.get("/prescriptions/<rx_id:int>")
@returns(RxDetailOut)
@fails(NotADoctor, PrescriptionNotFound)
@openapi.summary("处方详情：药品、审方结果、申诉、时间轴、签名验证")
@admin_required
async def detail(request: Request, rx_id: int):
    return await prescribing.detail(actor=request.ctx.actor, prescription_id=rx_id)


@bp.put("/prescriptions/<rx_id:int>")
@returns(RxDetailOut)
@fails(NotADoctor, PrescriptionNotFound, IllegalTransition, DrugDisabled, DrugUnknown, DiagnosisUnknown,
       HerbalKindMismatch)
@openapi.summary("修改草稿（整张处方）")
@_body(PrescriptionBody)
@admin_required
async def update(request: Request, rx_id: int):
    return await prescribing.update(actor=request.ctx.actor, prescription_id=rx_id,
                                    data=parse_body(request, PrescriptionBody))


@bp.post("/prescriptions/<rx_id:int>/sign")
@returns(RxDetailOut)
@fails(NotADoctor, PrescriptionNotFound, IllegalTransition, DoseOverrideRequired, DrugDisabled)
@openapi.summary("签名：医生电子签名后系统自动审方，进入药师审核；超常规剂量须先填写理由")
@admin_required
async def sign(request: Request, rx_id: int):
    return await prescribing.sign(actor=request.ctx.actor, prescription_id=rx_id)


@bp.post("/prescriptions/<rx_id:int>/revoke")
@returns(RxDetailOut)
@fails(NotADoctor, PrescriptionNotFound, IllegalTransition)
@openapi.summary("撤销处方（草稿或待审核）")
@admin_required
async def revoke(request: Request, rx_id: int):
    return await prescribing.revoke(actor=request.ctx.actor, prescription_id=rx_id)


@bp.post("/prescriptions/<rx_id:int>/accept")
@returns(RxDetailOut)
@fails(NotADoctor, PrescriptionNotFound, IllegalTransition)
@openapi.summary("接受审核意见：原处方作废，答复修改用的新草稿（previous_id 指向原处方）")
@admin_required
async def accept(request: Request, rx_id: int):
    return await prescribing.accept(actor=request.ctx.actor, prescription_id=rx_id)


@bp.post("/prescriptions/<rx_id:int>/appeal")
@returns(RxDetailOut)
@fails(NotADoctor, PrescriptionNotFound, IllegalTransition, AlreadyAppealed)
@openapi.summary("申诉（仅一次，填写理由）：退回药师重新审核")
@_body(AppealIn)
@admin_required
async def appeal(request: Request, rx_id: int):
    return await prescribing.appeal(actor=request.ctx.actor, prescription_id=rx_id, data=parse_body(request, AppealIn))


@bp.post("/requests")
@returns(ExamRequestOut, status=201)
@fails(NotADoctor, OrderNotFound, OrderNotOpen, DiagnosisUnknown, ChargeItemUnknown, ChargeItemDisabled)
@openapi.summary("检查/检验申请单（提交即签名）")
@_body(ExamRequestIn)
@admin_required
async def create_request(request: Request):
    return await prescribing.create_request(actor=request.ctx.actor, data=parse_body(request, ExamRequestIn))


@bp.get("/requests/<request_id:int>")
@returns(ExamRequestOut)
@fails(NotADoctor, RequestNotFound)
@openapi.summary("申请单详情（含签名验证）")
@admin_required
async def request_detail(request: Request, request_id: int):
    return await prescribing.request_detail(actor=request.ctx.actor, request_id=request_id)
