"""JSON of the medical-insurance e-prescription centre in the consoles (seed 003 医保电子处方中心).

The doctor's workstation (门诊医生工作站改造: 电子处方保存、撤销及购药提示单打印) under
/workstation/rx/prescriptions/<id>/insurance — the prescription's own doctor only — and the back
office's 电子处方管理 under /insurance (insurance.read, the institutions in scope): the records with
their states, one record refreshed from the centre (信息查询 / 审核结果查询 / 取药结果查询) and the
centre's drug catalogue matched to our 药品字典.
"""
from __future__ import annotations

from urllib.parse import quote

from sanic import Blueprint, Request
from sanic.response import raw
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.http import page_args, parse_body, query_model, returns, returns_file
from core.insurance import service
from core.insurance.schemas import CatalogueOut, CatalogueQuery, InsuranceRxOut, InsuranceRxPage, ListQuery, RefreshIn, RevokeIn

bp = Blueprint("admin_insurance")
RX = "/workstation/rx/prescriptions/<prescription_id:int>/insurance"


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


@bp.post(RX)
@returns(InsuranceRxOut)
@openapi.summary("医保电子处方保存：上传预核验 → 医保电子签名 → 上传（仅审核通过且签名有效的处方；重复保存只上传一次）")
@admin_required
async def save(request: Request, prescription_id: int):
    return await service.save(actor=request.ctx.actor, prescription_id=prescription_id)


@bp.delete(RX)
@returns(InsuranceRxOut)
@openapi.summary("医保电子处方撤销（已取药的不能撤销）")
@_body(RevokeIn)
@admin_required
async def revoke(request: Request, prescription_id: int):
    data = parse_body(request, RevokeIn)
    return await service.revoke(actor=request.ctx.actor, prescription_id=prescription_id, reason=data.reason)


@bp.get(RX)
@returns(InsuranceRxOut)
@openapi.summary("医保电子处方状态；refresh=1 时先向医保电子处方中心查询")
@openapi.parameter("refresh", str, description="1 / true：向中心查询后再返回")
@admin_required
async def state(request: Request, prescription_id: int):
    return await service.status(actor=request.ctx.actor, prescription_id=prescription_id,
                                refresh=request.args.get("refresh") in ("1", "true"))


@bp.get(RX + "/slip.pdf")
@returns_file("application/pdf")
@openapi.summary("购药提示单（PDF：医保处方编号及其二维码、患者、药品、医师、日期）")
@admin_required
async def slip(request: Request, prescription_id: int):
    name, data = await service.slip_pdf(actor=request.ctx.actor, prescription_id=prescription_id)
    return raw(data, content_type="application/pdf",
               headers={"Content-Disposition": f"inline; filename*=UTF-8''{quote(name)}",
                        "Cache-Control": "private, no-store"})


@bp.get("/insurance/prescriptions")
@returns(InsuranceRxPage)
@openapi.summary("电子处方管理：提交医保电子处方中心的处方（状态、医保处方编号或处方号、医生、日期筛选）")
@admin_required
async def list_rx(request: Request):
    limit, offset = page_args(request)
    return await service.list_rx(actor=request.ctx.actor, query=query_model(request, ListQuery),
                                 limit=limit, offset=offset)


@bp.get("/insurance/prescriptions/<insurance_id:int>")
@returns(InsuranceRxOut)
@openapi.summary("电子处方管理：一张处方在医保电子处方中心的记录")
@admin_required
async def detail(request: Request, insurance_id: int):
    return await service.detail(actor=request.ctx.actor, insurance_id=insurance_id)


@bp.post("/insurance/prescriptions/<insurance_id:int>/refresh")
@returns(InsuranceRxOut)
@openapi.summary("电子处方管理：向中心查询（query 信息查询 / review 审核结果查询 / pickup 取药结果查询）并更新记录")
@_body(RefreshIn)
@admin_required
async def refresh(request: Request, insurance_id: int):
    data = parse_body(request, RefreshIn)
    return await service.refresh(actor=request.ctx.actor, insurance_id=insurance_id, what=data.what)


@bp.get("/insurance/catalogue")
@returns(CatalogueOut)
@openapi.summary("电子处方药品目录查询（与本院药品字典按国家医保药品代码对照）")
@admin_required
async def catalogue(request: Request):
    return await service.catalogue(actor=request.ctx.actor, query=query_model(request, CatalogueQuery))
