"""The pharmacy in the console (seed 004 处方流转/审核/发药; 综合管理后台 物流管理): 发药队列 with the
取药 window (the code typed in), 药品订单 with filters and an order's detail (items, timeline,
payment and refunds, 发药 / 交付物流 / 退药), 物流管理 (parcels with their states and filters, a
parcel's tracking and 重新查询).

Why: the same services as the JSON API (core/pharmacy: pharmacy.read to look, pharmacy.dispense to
act, the hospitals in scope, every act audited). Every post redirects (POST → 303 → GET) with what
it did flashed; a refusal (a used or unknown code, an altered prescription, a carrier that is away)
is said on the page it came from.
"""
from __future__ import annotations

import datetime as dt

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, done, page, render, respond
from admin_web.pages.consult import yuan
from core.errors import AppError, ValidationFailed
from core.pharmacy import console, logistics, orders, pickup
from core.pharmacy.schemas import ConsoleFilter, PickupIn, ReturnIn, ShipmentFilter
from core.pharmacy.states import FULFILMENTS, LABELS

BASE = "/admin/pharmacy"
QUEUE, ORDERS, SHIPMENTS = f"{BASE}/queue", f"{BASE}/orders", f"{BASE}/shipments"
STATES = {s.value: label for s, label in LABELS.items()}
SHIPMENT_STATES = dict(orders.SHIPMENT_LABELS)
COMMON = dict(states=STATES, fulfilments=FULFILMENTS, shipment_states=SHIPMENT_STATES, qbase=QUEUE, obase=ORDERS,
              sbase=SHIPMENTS, base=BASE, yuan=yuan)


def _date(p: Params, name: str) -> dt.date | None:
    raw = p.text(name, max_length=10)
    try:
        return dt.date.fromisoformat(raw) if raw else None
    except ValueError:
        raise ValidationFailed(f"参数“{name}”应为 yyyy-mm-dd 格式的日期",
                               details={"errors": [{"path": name, "message": "日期格式错误", "type": "value"}]}) from None


async def _acted(request: Request, here: str, action, notice: str):
    try:
        await action
    except AppError as exc:
        if exc.status in (401, 403, 404):  # not there, or not ours: the error page, as for a missing record
            raise
        return await done(request, here, alert_error=exc)
    return await done(request, here, notice=notice)


@bp.get("/pharmacy/queue")
@page
async def pharmacy_queue(request: Request):
    p = Params(request)
    number, size = p.paging()
    result = await console.queue(actor=request.ctx.actor, limit=size, offset=(number - 1) * size)
    return await respond(request, "admin/pharmacy/queue.html", "admin/pharmacy/_orders.html",
                         listing=Listing(result.items, result.total, number, size, {}), list_base=QUEUE,
                         section=QUEUE, **COMMON)


@bp.post("/pharmacy/pickup")
@page
async def pharmacy_pickup(request: Request):
    code = (request.form.get("code") or "").strip()
    try:
        data = PickupIn(code=code)
    except ValueError:
        return await done(request, QUEUE, alert_error=ValidationFailed("请输入患者出示的 8 位数字取药码"))
    try:
        out = await pickup.collect(actor=request.ctx.actor, code=data.code)
    except AppError as exc:
        if exc.status in (401, 403):
            raise
        return await done(request, QUEUE, alert_error=exc)
    return await done(request, QUEUE, notice=f"取药成功：订单 {out.number}（{out.patient_name}），共 {len(out.items)} 种药品")


@bp.get("/pharmacy/orders")
@page
async def pharmacy_orders(request: Request):
    p = Params(request)
    number, size = p.paging()
    shown = {k: v for k in ("state", "fulfilment", "number", "date_from", "date_to") if (v := p.text(k)) is not None}
    filters = ConsoleFilter(state=p.choice("state", STATES), fulfilment=p.choice("fulfilment", FULFILMENTS),
                            number=p.text("number", max_length=24), date_from=_date(p, "date_from"),
                            date_to=_date(p, "date_to"))
    result = await console.list_orders(actor=request.ctx.actor, filters=filters, limit=size,
                                       offset=(number - 1) * size)
    return await respond(request, "admin/pharmacy/orders.html", "admin/pharmacy/_orders.html",
                         listing=Listing(result.items, result.total, number, size, shown), list_base=ORDERS,
                         section=ORDERS, **COMMON)


@bp.get("/pharmacy/orders/<order_id:int>")
@page
async def pharmacy_order(request: Request, order_id: int):
    o = await console.detail(actor=request.ctx.actor, order_id=order_id)
    return await render(request, "admin/pharmacy/order.html", o=o, section=ORDERS, **COMMON)


@bp.post("/pharmacy/orders/<order_id:int>/dispense")
@page
async def pharmacy_dispense(request: Request, order_id: int):
    return await _acted(request, f"{ORDERS}/{order_id}", console.dispense(actor=request.ctx.actor, order_id=order_id),
                        "已发药")


@bp.post("/pharmacy/orders/<order_id:int>/ship")
@page
async def pharmacy_ship(request: Request, order_id: int):
    return await _acted(request, f"{ORDERS}/{order_id}", logistics.ship(actor=request.ctx.actor, order_id=order_id),
                        "已交付物流")


@bp.post("/pharmacy/orders/<order_id:int>/return")
@page
async def pharmacy_return(request: Request, order_id: int):
    here = f"{ORDERS}/{order_id}"
    try:
        data = ReturnIn(reason=(request.form.get("reason") or "").strip())
    except ValueError:
        return await done(request, here, alert_error=ValidationFailed("请填写退药原因（2–200 字）"))
    return await _acted(request, here, console.return_order(actor=request.ctx.actor, order_id=order_id, data=data),
                        "已退药，药费将全额原路退回")


@bp.get("/pharmacy/shipments")
@page
async def pharmacy_shipments(request: Request):
    p = Params(request)
    number, size = p.paging()
    shown = {k: v for k in ("state", "waybill_no", "number", "date_from", "date_to") if (v := p.text(k)) is not None}
    filters = ShipmentFilter(state=p.choice("state", SHIPMENT_STATES), waybill_no=p.text("waybill_no", max_length=32),
                             number=p.text("number", max_length=24), date_from=_date(p, "date_from"),
                             date_to=_date(p, "date_to"))
    result = await console.list_shipments(actor=request.ctx.actor, filters=filters, limit=size,
                                          offset=(number - 1) * size)
    return await respond(request, "admin/pharmacy/shipments.html", "admin/pharmacy/_shipments.html",
                         listing=Listing(result.items, result.total, number, size, shown), section=SHIPMENTS,
                         **COMMON)


@bp.get("/pharmacy/shipments/<shipment_id:int>")
@page
async def pharmacy_shipment(request: Request, shipment_id: int):
    s = await logistics.shipment_detail(actor=request.ctx.actor, shipment_id=shipment_id)
    return await render(request, "admin/pharmacy/shipment.html", s=s, section=SHIPMENTS, **COMMON)


@bp.post("/pharmacy/shipments/<shipment_id:int>/refresh")
@page
async def pharmacy_shipment_refresh(request: Request, shipment_id: int):
    return await _acted(request, f"{SHIPMENTS}/{shipment_id}",
                        logistics.refresh(actor=request.ctx.actor, shipment_id=shipment_id), "已重新查询物流轨迹")
