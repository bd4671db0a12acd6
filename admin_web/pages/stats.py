"""The statistics page (seed 000 考核统计): the progress table of the caller's
regions, three ECharts charts (progress by region as bars, the daily trend of
submissions and reviews as lines, the result distribution as a pie) and the
xlsx export of each table; and the exam's item analysis on a page of its own.

Why: the table is rendered on the server; the charts read one JSON endpoint of
this page, which answers with exactly what core/assessment/stats.py computes
for the caller's scope, so a chart never shows more than the table beside it.
"""
from __future__ import annotations

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.api.guard import admin_required
from admin_web.pages import blueprint as bp
from admin_web.pages.common import Params, page, render
from core.assessment import service as assessment_service
from core.assessment import stats
from core.assessment.schemas import CycleOut, StatsExportQuery
from core.http import ok, validate

LEVELS = {"auto": "下一级", "city": "按市", "county": "按县（区）", "institution": "按机构"}
TABLES = {"progress": "考核进度", "results": "考核结果", "makeup": "补考结果", "institutions": "机构进度",
          "trend": "每日趋势", "distribution": "结果分布", "items": "题目分析"}


async def _cycles(request: Request) -> tuple[list[CycleOut], int | None]:
    """The caller's cycles, and the one asked for, else the open one, else the latest."""
    cycles = await assessment_service.list_cycles(actor=request.ctx.actor)
    asked = Params(request).int("cycle_id")
    if asked is not None:
        return cycles, asked
    chosen = next((c for c in cycles if c.status == "open"), cycles[0] if cycles else None)
    return cycles, chosen.id if chosen else None


@bp.get("/stats")
@page
async def stats_page(request: Request):
    actor = request.ctx.actor
    cycles, cycle_id = await _cycles(request)
    level = Params(request).choice("level", LEVELS) or "auto"
    progress = (await stats.progress_by_region(actor=actor, cycle_id=cycle_id, level=level)
                if cycle_id is not None else None)
    return await render(request, "admin/stats/page.html", cycles=cycles, cycle_id=cycle_id, level=level,
                        levels=LEVELS, tables=TABLES, progress=progress, rates=set(stats.RATES))


@bp.get("/stats/items")
@page
async def items_page(request: Request):
    """The exam's item analysis (facility and discrimination per question) of one cycle."""
    cycles, cycle_id = await _cycles(request)
    specialty = Params(request).text("specialty")
    data = (await stats.exam_items(actor=request.ctx.actor, cycle_id=cycle_id, specialty=specialty)
            if cycle_id is not None else None)
    return await render(request, "admin/stats/items.html", cycles=cycles, cycle_id=cycle_id, specialty=specialty,
                        data=data)


@bp.get("/stats/charts.json")
@admin_required
async def charts(request: Request):
    """What the three charts draw, for one cycle and level (JSON; errors in the one error model)."""
    actor = request.ctx.actor
    p = Params(request)
    cycle_id = p.int("cycle_id")
    level = p.choice("level", LEVELS) or "auto"
    args = validate(StatsExportQuery, {"cycle_id": cycle_id, "level": level})
    charts = {
        "progress": await stats.progress_by_region(actor=actor, cycle_id=args.cycle_id, level=args.level),
        "trend": await stats.trend(actor=actor, cycle_id=args.cycle_id),
        "distribution": await stats.result_distribution(actor=actor, cycle_id=args.cycle_id, by="result"),
    }
    return ok({name: data.model_dump(mode="json") for name, data in charts.items()})


@bp.get("/stats/export")
@page
async def export_table(request: Request):
    p = Params(request)
    table = p.choice("table", TABLES) or "progress"
    args = validate(StatsExportQuery, {"cycle_id": p.int("cycle_id"), "level": p.choice("level", LEVELS) or "auto"})
    data = await stats.export(actor=request.ctx.actor, table=table, **args.model_dump())
    return xlsx(data, f"stats-{table}-{args.cycle_id}.xlsx")
