"""The pharmacist's review over JSON (seed 004 处方审核, 药师审查及干预; permission rx.review, the
hospitals in scope): the queue (pending review and appeals, the longest waiting first; live on
rx_review:<institution_id>), a prescription with the rules' findings and its signature verified,
pass or reject with reasons (signed), intervention on an approved prescription not yet dispensed,
and the rejection reasons' dictionary."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.http import fails, page_args, parse_body, query_model, returns
from core.outputs import Items
from core.rx import review
from core.rx.errors import (
    AlreadyDispensed, IllegalTransition, PrescriptionNotFound, ReasonsRequired, UnknownReason,
)
from core.rx.schemas import InterveneIn, QueueQuery, ReasonOut, ReviewIn, RxDetailOut, RxPageOut
from core.signing.errors import DocumentAltered

bp = Blueprint("admin_rx_review", url_prefix="/rx")


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


@bp.get("/review-queue")
@returns(RxPageOut)
@openapi.summary("待审处方：pending_review 待审核 / appealed 申诉（缺省两者），等待最久的在前")
@openapi.parameter("state", str)
@admin_required
async def queue(request: Request):
    size, offset = page_args(request)
    return await review.queue(actor=request.ctx.actor, state=query_model(request, QueueQuery).state, limit=size,
                              offset=offset)


@bp.get("/reject-reasons")
@returns(Items[ReasonOut])
@openapi.summary("审方不通过理由（字典 rx_reject_reason）")
@admin_required
async def reject_reasons(request: Request):
    return {"items": await review.reject_reasons(actor=request.ctx.actor)}


@bp.get("/prescriptions/<rx_id:int>")
@returns(RxDetailOut)
@fails(PrescriptionNotFound)
@openapi.summary("处方详情（药师）：药品、患者信息、规则审查结果、审核记录、申诉、时间轴、医生签名验证")
@admin_required
async def detail(request: Request, rx_id: int):
    return await review.detail(actor=request.ctx.actor, prescription_id=rx_id)


@bp.post("/prescriptions/<rx_id:int>/review")
@returns(RxDetailOut)
@fails(PrescriptionNotFound, IllegalTransition, ReasonsRequired, UnknownReason, DocumentAltered)
@openapi.summary("审核：pass 通过 / reject 不通过（选择理由）；药师电子签名；申诉中的处方再次审核")
@_body(ReviewIn)
@admin_required
async def decide(request: Request, rx_id: int):
    return await review.review(actor=request.ctx.actor, prescription_id=rx_id, data=parse_body(request, ReviewIn))


@bp.post("/prescriptions/<rx_id:int>/intervene")
@returns(RxDetailOut)
@fails(PrescriptionNotFound, IllegalTransition, ReasonsRequired, UnknownReason, AlreadyDispensed)
@openapi.summary("干预：已通过但未发药的处方退回医生（已支付的订单由药房退款）")
@_body(InterveneIn)
@admin_required
async def intervene(request: Request, rx_id: int):
    return await review.intervene(actor=request.ctx.actor, prescription_id=rx_id,
                                  data=parse_body(request, InterveneIn))
