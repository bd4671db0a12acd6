"""审方管理 over JSON (seed 004 综合管理后台 5): the prescriptions in scope with the back office's
filters, their xlsx export, and the review statistics (`rx.read`; core/rx/console.py). Under
/api/admin/v1/rx/console so as not to meet the pharmacist's own /rx/prescriptions/<id>. The page
(admin_web/pages/rx_console.py) calls the same service."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import XLSX, xlsx
from admin_web.api.guard import admin_required
from core.http import fails, page_args, query_model, returns, returns_file
from core.rx import console
from core.rx.console_schemas import RxConsoleFilter, RxConsolePage, RxStatsFilter, RxStatsOut

bp = Blueprint("admin_rx_console", url_prefix="/rx/console")


def _filters(fn):
    for name, kind in (("date_from", str), ("date_to", str), ("institution_id", int), ("department_id", int),
                       ("doctor_id", int), ("state", str), ("drug", str), ("diagnosis", str), ("pharmacist", str),
                       ("modified", bool), ("problem", bool)):
        fn = openapi.parameter(name, kind)(fn)
    return fn


def _stats_filters(fn):
    for name, kind in (("date_from", str), ("date_to", str), ("institution_id", int)):
        fn = openapi.parameter(name, kind)(fn)
    return fn


@bp.get("/prescriptions")
@returns(RxConsolePage)
@openapi.summary("审方管理：处方列表（开方日期、科室、医生、审核状态、药品/诊断/药师模糊查询、医生已修改、问题处方；"
                 "总数超过两千条时 total_capped 为真）")
@fails(console.DeepPage)
@_filters
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@admin_required
async def list_prescriptions(request: Request):
    size, offset = page_args(request)
    return await console.list_prescriptions(actor=request.ctx.actor, filters=query_model(request, RxConsoleFilter),
                                            page=offset // size + 1, page_size=min(size, 100))


@bp.get("/prescriptions/export")
@returns_file(XLSX)
@openapi.summary("审方管理：导出处方（xlsx，按当前筛选，最多一万条；患者姓名打码）")
@_filters
@admin_required
async def export_prescriptions(request: Request):
    data = await console.export_xlsx(actor=request.ctx.actor, filters=query_model(request, RxConsoleFilter))
    return xlsx(data, "rx-prescriptions.xlsx")


@bp.get("/stats")
@returns(RxStatsOut)
@openapi.summary("审方统计：已审比例、拒绝原因、签名到药师首次决定的用时（中位、P90），按日与按药师")
@_stats_filters
@admin_required
async def stats(request: Request):
    return await console.stats(actor=request.ctx.actor, filters=query_model(request, RxStatsFilter))


@bp.get("/stats/export")
@returns_file(XLSX)
@openapi.summary("导出审方统计（xlsx）：table=pharmacists 各药师（默认）或 days 每日")
@_stats_filters
@openapi.parameter("table", str)
@admin_required
async def stats_export(request: Request):
    table = "days" if request.args.get("table") == "days" else "pharmacists"
    name, data = await console.stats_xlsx(actor=request.ctx.actor, filters=query_model(request, RxStatsFilter),
                                          table=table)
    return xlsx(data, name)
