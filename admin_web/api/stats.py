"""Assessment statistics and exports: the JSON the console's tables and ECharts
charts read (progress, institutions, make-up, results, trend, distribution, the
exam's item analysis) and the xlsx of each table. Scope and permission live in
core/assessment/stats.py."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import paged, xlsx, XLSX
from admin_web.api.guard import admin_required
from core.assessment import stats
from core.assessment.schemas import (
    StatsDistributionOut, StatsDistributionQuery, StatsExportQuery, StatsInstitutionOut, StatsItemsOut,
    StatsRegionOut, StatsTrendOut, StatsInstitutionsQuery, StatsItemsQuery, StatsQuery, StatsTrendQuery,
)
from core.http import query_model as _query, returns, returns_file
from core.outputs import Page

bp = Blueprint("admin_stats", url_prefix="/stats")


@bp.get("/progress")
@returns(StatsRegionOut)
@openapi.summary("考核进度（按下级地区或机构）")
@admin_required
async def progress(request: Request):
    args = _query(request, StatsQuery)
    return await stats.progress_by_region(actor=request.ctx.actor, cycle_id=args.cycle_id, level=args.level)


@bp.get("/institutions")
@returns(Page[StatsInstitutionOut])
@openapi.summary("机构考核进度（筛选、分页）")
@admin_required
async def institutions(request: Request):
    args = _query(request, StatsInstitutionsQuery)
    total, rows = await stats.progress_by_institution(
        actor=request.ctx.actor, cycle_id=args.cycle_id, region_id=args.region_id, q=args.q,
        limit=args.page_size, offset=(args.page - 1) * args.page_size)
    return paged(request, total, rows)


@bp.get("/makeup")
@returns(StatsRegionOut)
@openapi.summary("补考结果统计")
@admin_required
async def makeup(request: Request):
    args = _query(request, StatsQuery)
    return await stats.makeup_results(actor=request.ctx.actor, cycle_id=args.cycle_id, level=args.level)


@bp.get("/results")
@returns(StatsRegionOut)
@openapi.summary("考核结果统计")
@admin_required
async def results(request: Request):
    args = _query(request, StatsQuery)
    return await stats.final_results(actor=request.ctx.actor, cycle_id=args.cycle_id, level=args.level)


@bp.get("/trend")
@returns(StatsTrendOut)
@openapi.summary("每日填报与审核趋势（折线图）")
@admin_required
async def trend(request: Request):
    args = _query(request, StatsTrendQuery)
    return await stats.trend(actor=request.ctx.actor, cycle_id=args.cycle_id, since=args.since,
                             until=args.until)


@bp.get("/distribution")
@returns(StatsDistributionOut)
@openapi.summary("结果、状态、程序或补考分布（饼图）")
@admin_required
async def distribution(request: Request):
    args = _query(request, StatsDistributionQuery)
    return await stats.result_distribution(actor=request.ctx.actor, cycle_id=args.cycle_id, by=args.by)


@bp.get("/items")
@returns(StatsItemsOut)
@openapi.summary("题目分析：考试各题的难度系数（得分率）与区分度（高低分组各27%）")
@admin_required
async def items(request: Request):
    args = _query(request, StatsItemsQuery)
    return await stats.exam_items(actor=request.ctx.actor, cycle_id=args.cycle_id, specialty=args.specialty)


@bp.get("/export/<table:ext=xlsx>")
@returns_file(XLSX)
@openapi.summary("导出统计表（xlsx）：progress / institutions / makeup / results / trend / distribution / items")
@admin_required
async def export(request: Request, table: str, ext: str):
    args = _query(request, StatsExportQuery)
    data = await stats.export(actor=request.ctx.actor, table=table, **args.model_dump())
    return xlsx(data, f"stats-{table}-{args.cycle_id}.xlsx")
