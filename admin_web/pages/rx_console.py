"""审方管理 in the console (seed 004 综合管理后台 5): the prescriptions of the hospitals in scope with
the filters (开方日期, 科室, 医生, 审核状态, 药品 / 诊断 / 审方药师 by fuzzy text, 医生已修改, 问题处方),
each linking to the pharmacist's review page, export; 审方统计 with figures, charts (a day trend,
the rejection reasons, per pharmacist) on `window.huiyiChart` and tables with xlsx.

Why: the pharmacy's head and the hospital's quality office read prescriptions and their review from a
browser; the pages call the same service as the JSON API (core/rx/console.py decides scope, `rx.read`
and the audit of exports) and turn its answers into HTML.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.api.guard import admin_required
from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, check_form, page, render, respond
from core.errors import ValidationFailed
from core.http import ok
from core.rx import console
from core.rx.console_schemas import PREGNANCY_LABELS, STATE_LABELS, RxConsoleFilter, RxStatsFilter

BASE = "/admin/rx/console"
FILTERS = ("date_from", "date_to", "institution_id", "department_id", "doctor_id", "state", "drug", "diagnosis",
           "pharmacist", "modified", "problem")
FLAGS = ("modified", "problem")
FIELD_LABELS = {"date_from": "开始日期", "date_to": "结束日期", "institution_id": "医院", "department_id": "科室",
                "doctor_id": "医生", "state": "审核状态", "drug": "药品", "diagnosis": "诊断", "pharmacist": "审方药师"}
LEVELS = {"error": "错误", "warning": "警示", "info": "提示"}


def _invalid(errors: dict[str, str]) -> ValidationFailed:
    return ValidationFailed("查询条件有误：" + "；".join(f"{FIELD_LABELS.get(k, k)}{v}" for k, v in errors.items()),
                            details={"errors": [{"path": k, "message": v, "type": "value"} for k, v in errors.items()]})


def _checked(schema, shown: dict[str, Any]):
    body, errors = check_form(schema, shown)
    if body is None:
        raise _invalid(errors)
    return body


def _yuan(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:.2f}"


def _shown(p: Params) -> dict[str, Any]:
    shown = {k: v for k in FILTERS if k not in FLAGS and (v := p.text(k)) is not None}
    for flag in FLAGS:
        if p.text(flag) in ("true", "1", "on"):
            shown[flag] = "true"
    return shown


async def _list(request: Request):
    p = Params(request)
    number, size = p.paging()
    shown = _shown(p)
    filters = _checked(RxConsoleFilter, shown)
    result = await console.list_prescriptions(actor=request.ctx.actor, filters=filters, page=number, page_size=size)
    listing = Listing(result.items, result.total, number, size, shown)
    choices = await console.choices(actor=request.ctx.actor, institution_id=filters.institution_id)
    return await respond(request, "admin/rx_console/list.html", "admin/rx_console/_list.html", listing=listing,
                         capped=result.total_capped, base=BASE, states=STATE_LABELS, levels=LEVELS,
                         pregnancy=PREGNANCY_LABELS, yuan=_yuan, export_query=listing.query(page=1, page_size=20),
                         **choices)


@bp.get("/rx/console")
@page
async def rx_console_list(request: Request):
    return await _list(request)


@bp.get("/rx/console/export")
@page
async def rx_console_export(request: Request):
    filters = _checked(RxConsoleFilter, _shown(Params(request)))
    return xlsx(await console.export_xlsx(actor=request.ctx.actor, filters=filters), "rx-prescriptions.xlsx")


# ---------------------------------------------------------------- statistics

async def _stats(request: Request):
    p = Params(request)
    shown = {k: v for k in ("date_from", "date_to", "institution_id") if (v := p.text(k)) is not None}
    return shown, await console.stats(actor=request.ctx.actor, filters=_checked(RxStatsFilter, shown))


@bp.get("/rx/console/stats")
@page
async def rx_console_stats(request: Request):
    shown, data = await _stats(request)
    choices = await console.choices(actor=request.ctx.actor)
    return await render(request, "admin/rx_console/stats.html", data=data, query=urlencode(shown), base=BASE,
                        hospitals=choices["institutions"],
                        values={"date_from": str(data.date_from), "date_to": str(data.date_to),
                                "institution_id": shown.get("institution_id")})


@bp.get("/rx/console/stats/charts.json")
@admin_required
async def rx_console_stats_charts(request: Request):
    """What the charts draw (JSON; errors in the one error model)."""
    _shown, data = await _stats(request)
    return ok(data.model_dump(mode="json", include={"days", "reasons", "pharmacists", "summary"}))


@bp.get("/rx/console/stats/export")
@page
async def rx_console_stats_export(request: Request):
    p = Params(request)
    table = p.choice("table", ("pharmacists", "days")) or "pharmacists"
    shown = {k: v for k in ("date_from", "date_to", "institution_id") if (v := p.text(k)) is not None}
    name, data = await console.stats_xlsx(actor=request.ctx.actor, filters=_checked(RxStatsFilter, shown),
                                          table=table)
    return xlsx(data, name)
