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
from core.consult import video_admin
from core.consult.errors import NotPaid, RefundNotFinal
from core.consult.schemas import (
    AdminOrderDetailOut, AdminOrderFilter, AdminOrderPage, AdminRefundIn, AdminRefundOut, ConsultStatsOut,
    LiveCallsOut, StatsFilter, VideoCallDetailOut, VideoCallFilter, VideoCallPage, VideoStatsOut,
)
from core.http import fails, page_args, parse_body, query_model, returns, returns_file
from core.payments.errors import GatewayFailed, NotRefundable, RefundConflict, RefundTooLarge

bp = Blueprint("admin_consult", url_prefix="/consult")


def _order_filters(fn):
    for name, kind in (("state", str), ("institution_id", int), ("doctor_id", int), ("kind", str),
                       ("refund_state", str), ("number", str), ("date_from", str), ("date_to", str)):
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


# ---------------------------------------------------------------- video consultations

@bp.get("/video/live")
@returns(LiveCallsOut)
@openapi.summary("进行中的视频问诊：呼叫中或通话中的房间（订单号、医生、患者打码、开始时间、已通话时长、在场成员、录制、服务商）")
@openapi.parameter("institution_id", int)
@admin_required
async def video_live(request: Request):
    return await video_admin.live_calls(actor=request.ctx.actor,
                                        institution_id=query_model(request, StatsFilter).institution_id)


@bp.get("/video/calls")
@returns(VideoCallPage)
@openapi.summary("视频通话记录：按开通日期、状态、医院、医生、订单号筛选，最新的在前")
@openapi.parameter("state", str)
@openapi.parameter("institution_id", int)
@openapi.parameter("doctor_id", int)
@openapi.parameter("number", str)
@openapi.parameter("date_from", str)
@openapi.parameter("date_to", str)
@admin_required
async def video_calls(request: Request):
    size, offset = page_args(request)
    return await video_admin.list_calls(actor=request.ctx.actor, filters=query_model(request, VideoCallFilter),
                                        limit=size, offset=offset)


@bp.get("/video/calls/<room_id:int>")
@returns(VideoCallDetailOut)
@openapi.summary("一次视频通话：订单、成员、房间轨迹（进出、移出、邀请、录制）、各成员网络质量汇总、录像（播放地址另行签发并审计）")
@admin_required
async def video_call(request: Request, room_id: int):
    return await video_admin.call_detail(actor=request.ctx.actor, room_id=room_id)


@bp.get("/video/stats")
@returns(VideoStatsOut)
@openapi.summary("视频问诊统计（按预约日期）：接通通话、通话时长均值与中位数、候诊时长、爽约数与爽约率、未接呼叫、拒诊、收入；每日与各医生（含视频问诊价格）")
@_stats_filters
@admin_required
async def video_stats(request: Request):
    return await video_admin.video_stats(actor=request.ctx.actor, filters=query_model(request, StatsFilter))


@bp.get("/video/stats/export")
@returns_file(XLSX)
@openapi.summary("导出视频问诊统计（xlsx）：table=doctors 各医生（默认）或 days 每日")
@_stats_filters
@openapi.parameter("table", str)
@admin_required
async def export_video_stats(request: Request):
    table = request.args.get("table") or "doctors"
    name, data = await video_admin.stats_xlsx(actor=request.ctx.actor, filters=query_model(request, StatsFilter),
                                              table=table if table in video_admin.STATS_TABLES else "doctors")
    return xlsx(data, name)
