"""The back office of online consultations over JSON (seed 004 综合管理后台 运营中心: 问诊订单, 退款查询,
医生诊疗统计): orders of the hospitals in scope with filters and the tabs' counts, one order with its
trail, payment and refunds, a refund (full or partial), the statistics, and both as xlsx.
The console pages (admin_web/pages/consult.py) call the same services."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import XLSX, xlsx
from admin_web.api.guard import admin_required
from core.consult import admin as consult_admin
from core.consult.errors import NotPaid, RefundNotFinal
from core.consult.schemas import (
    AdminOrderDetailOut, AdminOrderFilter, AdminOrderPage, AdminRefundIn, AdminRefundOut, ConsultStatsOut,
    StatsFilter,
)
from core.http import fails, page_args, parse_body, query_model, returns, returns_file
from core.payments.errors import GatewayFailed, NotRefundable, RefundConflict, RefundTooLarge

bp = Blueprint("admin_consult", url_prefix="/consult")


def _order_filters(fn):
    for name, kind in (("state", str), ("institution_id", int), ("doctor_id", int), ("refund_state", str),
                       ("number", str), ("date_from", str), ("date_to", str)):
        fn = openapi.parameter(name, kind)(fn)
    return fn


def _stats_filters(fn):
    for name, kind in (("date_from", str), ("date_to", str), ("institution_id", int)):
        fn = openapi.parameter(name, kind)(fn)
    return fn


@bp.get("/orders")
@returns(AdminOrderPage)
@openapi.summary("问诊订单（本级及下级医院）：按状态或分组、医院、医生、退款状态、订单号、下单日期筛选，附各分组订单数")
@_order_filters
@admin_required
async def list_orders(request: Request):
    size, offset = page_args(request)
    return await consult_admin.list_orders(actor=request.ctx.actor, filters=query_model(request, AdminOrderFilter),
                                           limit=size, offset=offset)


@bp.get("/orders/export")
@returns_file(XLSX)
@openapi.summary("导出问诊订单（xlsx，按当前筛选条件，最多一万条；患者姓名打码）")
@_order_filters
@admin_required
async def export_orders(request: Request):
    data = await consult_admin.export_orders(actor=request.ctx.actor, filters=query_model(request, AdminOrderFilter))
    return xlsx(data, "consult-orders.xlsx")


@bp.get("/orders/<order_id:int>")
@returns(AdminOrderDetailOut)
@openapi.summary("问诊订单详情：病情描述、订单轨迹、支付订单、全部退款与剩余可退金额")
@admin_required
async def order_detail(request: Request, order_id: int):
    return await consult_admin.order_detail(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/refunds")
@returns(AdminRefundOut)
@fails(RefundNotFinal, NotPaid, RefundTooLarge, RefundConflict, NotRefundable, GatewayFailed)
@openapi.summary("后台退款（已结束的订单；全额或部分，不超过剩余可退金额；同一 out_refund_no 重试不会重复退款）")
@openapi.body({"application/json": AdminRefundIn.model_json_schema()})
@admin_required
async def refund(request: Request, order_id: int):
    return await consult_admin.refund(actor=request.ctx.actor, order_id=order_id,
                                      data=parse_body(request, AdminRefundIn))


@bp.get("/stats")
@returns(ConsultStatsOut)
@openapi.summary("医生诊疗统计：每日订单、各状态、实收与退款金额、接诊率、首次回复时长、退款原因、评分分布、各医生")
@_stats_filters
@admin_required
async def stats(request: Request):
    return await consult_admin.stats(actor=request.ctx.actor, filters=query_model(request, StatsFilter))


@bp.get("/stats/export")
@returns_file(XLSX)
@openapi.summary("导出诊疗统计（xlsx）：table=doctors 各医生（默认）或 days 每日订单")
@_stats_filters
@openapi.parameter("table", str)
@admin_required
async def export_stats(request: Request):
    table = request.args.get("table") or "doctors"
    name, data = await consult_admin.stats_xlsx(actor=request.ctx.actor, filters=query_model(request, StatsFilter),
                                                table=table if table in consult_admin.STATS_TABLES else "doctors")
    return xlsx(data, name)
