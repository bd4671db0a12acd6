"""The back office of online consultations in the console (seed 004 综合管理后台 运营中心: 问诊订单,
退款查询, 医生诊疗统计): the orders with filters and tabs that carry their counts, export, one order
with its trail, payment and refunds and the refund form; the statistics with figures, charts
(window.huiyiChart, admin_web/static/consult.js), the per-doctor table and xlsx exports.

Why: operators work from a browser on the same services as the JSON API (core/consult/admin.py),
which decide scope, permission and state; these pages turn answers into HTML and refusals into
messages beside the form. The refund form posts and redirects (POST → 303 → GET) with a notice,
or back to the order with its errors and what was typed; the out_refund_no it carries makes a
double submission the same refund.
"""
from __future__ import annotations

import secrets
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlencode

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.api.guard import admin_required
from admin_web.pages import blueprint as bp
from admin_web.pages.common import (
    Listing, Params, check_form, done, fragment, is_htmx, page, render, respond,
)
from core.consult import admin as consult_admin
from core.consult import video_admin
from core.consult import states
from core.consult.schemas import AdminOrderFilter, AdminRefundIn, StatsFilter, VideoCallFilter
from core.errors import ValidationFailed
from core.http import ok

BASE = "/admin/consult"
ORDERS = f"{BASE}/orders"
STATS = f"{BASE}/stats"
FILTERS = ("state", "institution_id", "doctor_id", "kind", "refund_state", "number", "date_from", "date_to")
KINDS = {"text": "图文咨询", "video": "视频问诊"}
FIELD_LABELS = {"state": "状态", "institution_id": "医院", "doctor_id": "医生", "kind": "服务", "refund_state": "退款状态",
                "number": "订单号", "date_from": "开始日期", "date_to": "结束日期", "amount": "退款金额",
                "amount_fen": "退款金额", "reason": "退款原因", "out_refund_no": "退款单号"}
STATES = {s.value: label for s, label in states.LABELS.items()}
REFUND_STATES = {k: v for k, v in states.REFUND_LABELS.items() if k}
ACTOR_TYPES = {"patient": "患者", "doctor": "医生", "system": "系统", "admin": "后台"}
STATE_CLASS = {"created": "muted", "waiting": "warn", "in_progress": "info", "ended": "ok", "closed": "ok",
               "cancelled": "off", "rejected": "bad", "expired": "bad", "queued": "warn", "calling": "info",
               "no_show": "bad"}


def _invalid(errors: dict[str, str]) -> ValidationFailed:
    named = "；".join(f"{FIELD_LABELS.get(k, k)}{v}" for k, v in errors.items())
    return ValidationFailed(f"查询条件有误：{named}", details={"errors": [
        {"path": k, "message": v, "type": "value"} for k, v in errors.items()]})


def _checked(schema, shown: dict[str, Any]):
    body, errors = check_form(schema, shown)
    if body is None:
        raise _invalid(errors)
    return body


def _order_filters(p: Params) -> tuple[dict[str, Any], AdminOrderFilter]:
    """(what the form showed, what the service gets), checked by the API's schema."""
    shown = {k: v for k in FILTERS if (v := p.text(k)) is not None}
    return shown, _checked(AdminOrderFilter, shown)


def yuan(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:.2f}"


def duration(seconds: int | None) -> str:
    """A call's length as people read it: 42秒, 12分05秒, 1小时02分."""
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}小时{minutes:02d}分"
    return f"{minutes}分{secs:02d}秒" if minutes else f"{secs}秒"


# ---------------------------------------------------------------- the orders

@bp.get("/consult/orders")
@page
async def consult_orders(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    shown, filters = _order_filters(p)
    answer = await consult_admin.list_orders(actor=actor, filters=filters, limit=size, offset=(number - 1) * size)
    hospitals = await consult_admin.hospitals(actor=actor)
    doctors = await consult_admin.doctors(actor=actor, institution_id=filters.institution_id)
    return await respond(request, "admin/consult/orders.html", "admin/consult/_orders.html",
                         listing=Listing(answer.items, answer.total, number, size, shown), groups=answer.groups,
                         states=STATES, refund_states=REFUND_STATES, hospitals=hospitals, doctors=doctors, kinds=KINDS,
                         state_class=STATE_CLASS, yuan=yuan, base=ORDERS,
                         export=f"{ORDERS}/export" + (f"?{urlencode(shown)}" if shown else ""))


@bp.get("/consult/orders/export")
@page
async def consult_orders_export(request: Request):
    _shown, filters = _order_filters(Params(request))
    return xlsx(await consult_admin.export_orders(actor=request.ctx.actor, filters=filters), "consult-orders.xlsx")


@bp.get("/consult/orders/<order_id:int>")
@page
async def consult_order(request: Request, order_id: int):
    o = await consult_admin.order_detail(actor=request.ctx.actor, order_id=order_id)
    calls = (await video_admin.list_calls(actor=request.ctx.actor, filters=VideoCallFilter(number=o.number),
                                          limit=50)).items if o.kind == "video" else []
    return await render(request, "admin/consult/order.html", o=o, base=ORDERS, yuan=yuan, state_class=STATE_CLASS,
                        calls=calls, duration=duration,
                        actor_types=ACTOR_TYPES, refund_form={"amount": yuan(o.remaining_fen)}, refund_errors={},
                        refund_no=f"RA{o.number[2:]}{secrets.token_hex(3).upper()}")


def _fen(raw: str) -> tuple[int | None, str | None]:
    """An amount typed in yuan (up to two decimals) as fen, or what is wrong with it."""
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None, "应为金额，如 10 或 12.50"
    if value <= 0 or value != value.quantize(Decimal("0.01")):
        return None, "应为大于0、最多两位小数的金额"
    return int(value * 100), None


@bp.post("/consult/orders/<order_id:int>/refund")
@page
async def consult_order_refund(request: Request, order_id: int):
    here = f"{ORDERS}/{order_id}"
    typed = {k: (request.form.get(k) or "").strip() for k in ("amount", "reason", "out_refund_no")}
    errors: dict[str, str] = {}
    amount_fen, problem = _fen(typed["amount"]) if typed["amount"] else (None, "请填写退款金额")
    if problem:
        errors["amount"] = problem
    body, more = check_form(AdminRefundIn, {"amount_fen": amount_fen, "reason": typed["reason"],
                                            "out_refund_no": typed["out_refund_no"] or None})
    for key, message in more.items():
        errors.setdefault("amount" if key == "amount_fen" else key, message)
    if body is None or errors:
        return await done(request, here, refund_errors=errors, refund_form=typed)
    made = await consult_admin.refund(actor=request.ctx.actor, order_id=order_id, data=body)
    state = "退款成功" if made.refund.state == "success" else "已提交微信支付，退款结果稍后更新"
    return await done(request, here,
                      notice=f"已退款 {yuan(made.refund.amount_fen)} 元（{made.refund.out_refund_no}）：{state}")


# ---------------------------------------------------------------- statistics

def _stats_shown(p: Params) -> dict[str, Any]:
    """The statistics' filters as the form showed them (checked by StatsFilter)."""
    return {k: v for k in ("date_from", "date_to", "institution_id") if (v := p.text(k)) is not None}


async def _stats(request: Request):
    p = Params(request)
    shown = _stats_shown(p)
    filters = _checked(StatsFilter, shown)
    return shown, await consult_admin.stats(actor=request.ctx.actor, filters=filters)


@bp.get("/consult/stats")
@page
async def consult_stats(request: Request):
    shown, data = await _stats(request)
    query = urlencode(shown)
    return await render(request, "admin/consult/stats.html", data=data, shown=shown, query=query, yuan=yuan,
                        hospitals=await consult_admin.hospitals(actor=request.ctx.actor),
                        values={"date_from": str(data.date_from), "date_to": str(data.date_to),
                                "institution_id": shown.get("institution_id")})


@bp.get("/consult/stats/charts.json")
@admin_required
async def consult_stats_charts(request: Request):
    """What the charts draw (JSON; errors in the one error model)."""
    _shown, data = await _stats(request)
    return ok(data.model_dump(mode="json", include={"by_day", "by_state", "response", "ratings", "refunds"}))


@bp.get("/consult/stats/export")
@page
async def consult_stats_export(request: Request):
    p = Params(request)
    table = p.choice("table", consult_admin.STATS_TABLES) or "doctors"
    shown = _stats_shown(p)
    name, body = await consult_admin.stats_xlsx(actor=request.ctx.actor, filters=_checked(StatsFilter, shown),
                                                table=table)
    return xlsx(body, name)


# ---------------------------------------------------------------- video consultations

VIDEO = f"{BASE}/video"
CALL_FILTERS = ("state", "institution_id", "doctor_id", "number", "date_from", "date_to")
CALL_STATES = {"open": "进行中", "ended": "已结束"}
PROVIDERS = {"janus": "Janus", "trtc": "腾讯云 TRTC", "builtin": "内置（开发）"}
LIVE_SECONDS = 10  # the calls in progress reload this often (htmx)


async def _live(request: Request):
    p = Params(request)
    shown = {k: v for k in ("institution_id",) if (v := p.text(k)) is not None}
    filters = _checked(StatsFilter, shown)
    return await video_admin.live_calls(actor=request.ctx.actor, institution_id=filters.institution_id)


@bp.get("/consult/video")
@page
async def consult_video(request: Request):
    """进行中的视频 (reloading itself) above the calls' list with its filters."""
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    shown = {k: v for k in CALL_FILTERS if (v := p.text(k)) is not None}
    filters = _checked(VideoCallFilter, shown)
    answer = await video_admin.list_calls(actor=actor, filters=filters, limit=size, offset=(number - 1) * size)
    ctx = dict(listing=Listing(answer.items, answer.total, number, size, shown), base=VIDEO, duration=duration,
               providers=PROVIDERS, call_states=CALL_STATES, live_seconds=LIVE_SECONDS)
    if is_htmx(request):
        return await respond(request, "admin/consult/video.html", "admin/consult/_calls.html", **ctx)
    return await render(request, "admin/consult/video.html", part="admin/consult/_calls.html",
                        live=await _live(request), hospitals=await consult_admin.hospitals(actor=actor),
                        doctors=await consult_admin.doctors(actor=actor, institution_id=filters.institution_id), **ctx)


@bp.get("/consult/video/live")
@page
async def consult_video_live(request: Request):
    """The calls in progress (the fragment the page reloads every LIVE_SECONDS)."""
    return fragment(request, "admin/consult/_live.html", live=await _live(request), base=VIDEO, duration=duration,
                    providers=PROVIDERS, live_seconds=LIVE_SECONDS)


@bp.get("/consult/video/calls/<room_id:int>")
@page
async def consult_video_call(request: Request, room_id: int):
    c = await video_admin.call_detail(actor=request.ctx.actor, room_id=room_id)
    return await render(request, "admin/consult/call.html", c=c, base=VIDEO, duration=duration, providers=PROVIDERS,
                        yuan=yuan, levels=video_admin.LEVEL_LABELS, state_class=STATE_CLASS, orders=ORDERS)


async def _video_stats(request: Request):
    p = Params(request)
    shown = _stats_shown(p)
    return shown, await video_admin.video_stats(actor=request.ctx.actor, filters=_checked(StatsFilter, shown))


@bp.get("/consult/video/stats")
@page
async def consult_video_stats(request: Request):
    shown, data = await _video_stats(request)
    return await render(request, "admin/consult/video_stats.html", data=data, shown=shown, query=urlencode(shown),
                        yuan=yuan, hospitals=await consult_admin.hospitals(actor=request.ctx.actor),
                        values={"date_from": str(data.date_from), "date_to": str(data.date_to),
                                "institution_id": shown.get("institution_id")})


@bp.get("/consult/video/stats/charts.json")
@admin_required
async def consult_video_stats_charts(request: Request):
    """What the video charts draw (JSON; errors in the one error model)."""
    _shown, data = await _video_stats(request)
    return ok(data.model_dump(mode="json", include={"by_day", "doctors"}))


@bp.get("/consult/video/stats/export")
@page
async def consult_video_stats_export(request: Request):
    p = Params(request)
    table = p.choice("table", video_admin.STATS_TABLES) or "doctors"
    shown = _stats_shown(p)
    name, body = await video_admin.stats_xlsx(actor=request.ctx.actor, filters=_checked(StatsFilter, shown),
                                              table=table)
    return xlsx(body, name)
