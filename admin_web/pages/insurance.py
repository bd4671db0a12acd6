"""电子处方管理 in the console (seed 003 医保电子处方中心): the prescriptions sent to the
medical-insurance e-prescription centre with their states and filters, one prescription's record
at the centre with 信息查询 / 审核结果查询 / 取药结果查询, and the centre's drug catalogue beside
our 药品字典.

Why: the hospital's insurance office follows what the doctors sent from a browser, on the same
service as the JSON API (core/insurance/service.py: insurance.read, the institutions in scope);
saving and revoking stay the prescribing doctor's (the workstation). Every post redirects
(POST → 303 → GET) with what it did flashed; a centre that refuses or is away is said beside the record.
"""
from __future__ import annotations

import datetime as dt
from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, done, page, render, respond
from core import scope
from core.errors import AppError, ValidationFailed
from core.insurance import service, states
from core.insurance.schemas import CatalogueQuery, ListQuery

BASE = "/admin/insurance"
LIST = f"{BASE}/prescriptions"
CATALOGUE = f"{BASE}/catalogue"
STATES = {s.value: label for s, label in states.LABELS.items()}
REFRESH = {"query": "信息查询", "review": "审核结果查询", "pickup": "取药结果查询"}
REVIEW_TEXT = {"pending": "待审核", "passed": "审核通过", "failed": "审核未通过"}
PICKUP_TEXT = {"pending": "未取药", "dispensed": "已取药"}
COMMON = dict(states=STATES, refresh_kinds=REFRESH, review_text=REVIEW_TEXT, pickup_text=PICKUP_TEXT, base=BASE,
              lbase=LIST, cbase=CATALOGUE)


def _date(p: Params, name: str) -> dt.date | None:
    raw = p.text(name, max_length=10)
    try:
        return dt.date.fromisoformat(raw) if raw else None
    except ValueError:
        raise ValidationFailed(f"参数“{name}”应为 yyyy-mm-dd 格式的日期",
                               details={"errors": [{"path": name, "message": "日期格式错误", "type": "value"}]}) from None


@bp.get("/insurance/prescriptions")
@page
async def insurance_prescriptions(request: Request):
    p = Params(request)
    number, size = p.paging()
    shown = {k: v for k in ("state", "q", "date_from", "date_to") if (v := p.text(k)) is not None}
    query = ListQuery(state=p.choice("state", STATES), q=p.text("q", max_length=40),
                      date_from=_date(p, "date_from"), date_to=_date(p, "date_to"))
    result = await service.list_rx(actor=request.ctx.actor, query=query, limit=size, offset=(number - 1) * size)
    return await respond(request, "admin/insurance/list.html", "admin/insurance/_list.html",
                         listing=Listing(result.items, result.total, number, size, shown), **COMMON)


@bp.get("/insurance/prescriptions/<insurance_id:int>")
@page
async def insurance_prescription(request: Request, insurance_id: int):
    r = await service.detail(actor=request.ctx.actor, insurance_id=insurance_id)
    return await render(request, "admin/insurance/record.html", r=r, section=LIST, **COMMON)


@bp.post("/insurance/prescriptions/<insurance_id:int>/refresh")
@page
async def insurance_prescription_refresh(request: Request, insurance_id: int):
    here = f"{LIST}/{insurance_id}"
    what = Params(request).choice("what", REFRESH) or "query"
    try:
        r = await service.refresh(actor=request.ctx.actor, insurance_id=insurance_id, what=what)
    except AppError as exc:
        if exc.status in (401, 403, 404):
            raise
        return await done(request, here, alert_error=exc)
    return await done(request, here, notice=f"{REFRESH[what]}完成：{states.label(r.state)}")


@bp.get("/insurance/catalogue")
@page
async def insurance_catalogue(request: Request):
    p = Params(request)
    keyword, code = p.text("keyword", max_length=40) or "", p.text("code", max_length=32) or ""
    number = p.int("page", default=1, hi=1000)
    result, error = None, None
    if keyword or code:
        try:
            result = await service.catalogue(actor=request.ctx.actor,
                                             query=CatalogueQuery(keyword=keyword, code=code, page=number))
        except AppError as exc:
            if exc.status in (401, 403):
                raise
            error = exc
    else:
        await scope.require(request.ctx.actor, service.PERM_READ)
    return await render(request, "admin/insurance/catalogue.html", result=result, alert_error=error,
                        filters={"keyword": keyword, "code": code}, page_number=number, section=CATALOGUE, **COMMON)
