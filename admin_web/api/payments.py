"""Payments in the console: orders with their refunds, the refund action, and the daily
reconciliation of WeChat Pay's trade bill (JSON and xlsx). Console pages come later and
will call the same services."""
from __future__ import annotations

import datetime as dt

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import XLSX, paged, xlsx
from admin_web.api.guard import admin_required
from core.errors import NotFound
from core.http import fails, page_args, parse_body, query_model, returns, returns_file
from core.payments import reconcile
from core.payments import summary as payment_summary
from core.payments.errors import BillUnavailable, GatewayFailed, NotRefundable, RefundConflict, RefundTooLarge
from core.payments import service as payments
from core.payments.schemas import OrderDetailOut, OrderFilters, OrderPage, RefundIn, RefundResultOut, ReportOut, \
    ReportPage
from core.payments.schemas import DiscrepancyFilters, DiscrepancyPage, SummaryFilters, SummaryOut

bp = Blueprint("admin_payments", url_prefix="/payments")


def _day(text: str) -> dt.date:
    """A calendar day in the path (yyyy-mm-dd); anything else names no report."""
    if len(text) == 10:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise NotFound("日期格式应为 yyyy-mm-dd", details={"bill_date": text[:32]})


@bp.get("/orders")
@returns(OrderPage)
@openapi.summary("支付订单列表（本级及下级机构；按状态、业务类型、业务单据、商户订单号或微信支付单号、机构、下单日期筛选）")
@openapi.parameter("state", str)
@openapi.parameter("kind", str)
@openapi.parameter("reference", str)
@openapi.parameter("out_trade_no", str)
@openapi.parameter("number", str)
@openapi.parameter("org_id", int)
@openapi.parameter("date_from", str)
@openapi.parameter("date_to", str)
@admin_required
async def list_orders(request: Request):
    filters = query_model(request, OrderFilters)
    size, offset = page_args(request)
    total, items = await payments.list_orders(actor=request.ctx.actor, limit=size, offset=offset,
                                              **filters.model_dump(exclude={"page", "page_size"}))
    return paged(request, total, items)


@bp.get("/orders/<order_id:int>")
@returns(OrderDetailOut)
@openapi.summary("支付订单详情：金额、状态、微信支付单号、退款记录与剩余可退金额")
@admin_required
async def order_detail(request: Request, order_id: int):
    return await payments.order_detail(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/refunds")
@returns(RefundResultOut)
@fails(RefundTooLarge, RefundConflict, NotRefundable, GatewayFailed)
@openapi.summary("退款（全额或部分，不超过剩余可退金额；超时后用同一 out_refund_no 重试不会重复退款）")
@openapi.body({"application/json": RefundIn.model_json_schema()})
@admin_required
async def refund(request: Request, order_id: int):
    body = parse_body(request, RefundIn)
    return await payments.admin_refund(actor=request.ctx.actor, order_id=order_id, amount_fen=body.amount_fen,
                                       reason=body.reason, out_refund_no=body.out_refund_no)


@bp.get("/reconciliations")
@returns(ReportPage)
@openapi.summary("已对账的日期（省级）：每日一致、我方缺失、微信支付缺失、金额不符的笔数")
@admin_required
async def list_reconciliations(request: Request):
    size, offset = page_args(request)
    total, items = await reconcile.reports(actor=request.ctx.actor, limit=size, offset=offset)
    return paged(request, total, items)


@bp.get("/reconciliations/<bill_date:str>")
@returns(ReportOut)
@openapi.summary("某日对账报告（省级）：微信支付交易账单与我方支付、退款记录逐笔核对")
@admin_required
async def reconciliation(request: Request, bill_date: str):
    return await reconcile.report(actor=request.ctx.actor, day=_day(bill_date))


@bp.post("/reconciliations/<bill_date:str>")
@returns(ReportOut)
@fails(BillUnavailable, GatewayFailed)
@openapi.summary("下载某日微信支付交易账单并对账（省级；再次执行替换该日报告）")
@admin_required
async def run_reconciliation(request: Request, bill_date: str):
    return await reconcile.reconcile(actor=request.ctx.actor, day=_day(bill_date))


@bp.get("/reconciliations/<bill_date:str>/export")
@returns_file(XLSX)
@openapi.summary("导出某日对账报告（xlsx，省级）")
@admin_required
async def export_reconciliation(request: Request, bill_date: str):
    name, data = await reconcile.report_xlsx(actor=request.ctx.actor, day=_day(bill_date))
    return xlsx(data, name)


# ------------------------------------------------------------------ the payment platform across services


@bp.get("/summary")
@returns(SummaryOut)
@openapi.summary("分业务汇总：期间各业务（图文 / 视频问诊、药品、病案复印……）的下单、支付、退款与净收入")
@openapi.parameter("date_from", str)
@openapi.parameter("date_to", str)
@openapi.parameter("org_id", int)
@admin_required
async def summary(request: Request):
    filters = query_model(request, SummaryFilters)
    return await payment_summary.summary(actor=request.ctx.actor, **filters.model_dump())


@bp.get("/summary/export")
@returns_file(XLSX)
@openapi.summary("导出分业务汇总（xlsx）")
@admin_required
async def export_summary(request: Request):
    filters = query_model(request, SummaryFilters)
    name, data = await payment_summary.summary_xlsx(actor=request.ctx.actor, **filters.model_dump())
    return xlsx(data, name)


@bp.get("/discrepancies")
@returns(DiscrepancyPage)
@openapi.summary("对账差异：多个账单日的全部差异（省级），可按差异类型筛选")
@openapi.parameter("date_from", str)
@openapi.parameter("date_to", str)
@openapi.parameter("outcome", str)
@admin_required
async def discrepancies(request: Request):
    filters = query_model(request, DiscrepancyFilters)
    size, offset = page_args(request)
    total, items, counts = await payment_summary.discrepancies(
        actor=request.ctx.actor, limit=size, offset=offset, **filters.model_dump(exclude={"page", "page_size"}))
    return {"total": total, "page": offset // size + 1, "page_size": size, "items": items, "counts": counts}
