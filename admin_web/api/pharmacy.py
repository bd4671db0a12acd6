"""The pharmacy's console over JSON (seed 004 处方流转/审核/发药; 综合管理后台 物流管理): the dispensing
queue, orders with filters and their detail, dispense, the window's pick-up by code, hand over to
the carrier, return (退药) with the full refund, parcels with their tracking and a re-query.
Reading needs pharmacy.read, acting pharmacy.dispense; the hospitals in scope only; audited.
The console pages (admin_web/pages/pharmacy.py) call the same services."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.http import fails, page_args, parse_body, query_model, returns
from core.outputs import Page
from core.pharmacy import console, logistics, pickup
from core.pharmacy.errors import CarrierFailed, WaybillUnknown
from core.pharmacy.schemas import (
    ConsoleDetailOut, ConsoleFilter, OrderDetailOut, OrderOut, PickupIn, ReturnIn, ShipmentFilter, ShipmentOut,
)

bp = Blueprint("admin_pharmacy", url_prefix="/pharmacy")


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


def _filters(*names):
    def deco(fn):
        for name in names:
            fn = openapi.parameter(name, str)(fn)
        return fn
    return deco


@bp.get("/queue")
@returns(Page[OrderOut])
@openapi.summary("发药队列：已支付待发药的药品订单，先付先发")
@admin_required
async def queue(request: Request):
    size, offset = page_args(request)
    return await console.queue(actor=request.ctx.actor, limit=size, offset=offset)


@bp.get("/orders")
@returns(Page[OrderOut])
@openapi.summary("药品订单：按状态、配送方式、订单号或处方号、下单日期筛选")
@_filters("state", "fulfilment", "number", "date_from", "date_to")
@admin_required
async def list_orders(request: Request):
    size, offset = page_args(request)
    return await console.list_orders(actor=request.ctx.actor, filters=query_model(request, ConsoleFilter),
                                     limit=size, offset=offset)


@bp.get("/orders/<order_id:int>")
@returns(ConsoleDetailOut)
@openapi.summary("药品订单详情：药品、配送与物流轨迹、时间轴、支付与退款")
@admin_required
async def detail(request: Request, order_id: int):
    return await console.detail(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/dispense")
@returns(OrderDetailOut)
@openapi.summary("发药：核验处方签名（医生与药师）后调配，到院自取的等待取药，快递配送的待交付物流")
@admin_required
async def dispense(request: Request, order_id: int):
    return await console.dispense(actor=request.ctx.actor, order_id=order_id)


@bp.post("/pickup")
@returns(OrderDetailOut)
@openapi.summary("取药窗口核销取药码：码只对其订单有效且仅一次（已用 409 pharmacy.code_used，无效或他院 404 pharmacy.code_unknown），"
                 "再次核验处方签名；每次尝试记入审计")
@_body(PickupIn)
@admin_required
async def pickup_by_code(request: Request):
    return await pickup.collect(actor=request.ctx.actor, code=parse_body(request, PickupIn).code)


@bp.post("/orders/<order_id:int>/ship")
@returns(ShipmentOut)
@fails(CarrierFailed)
@openapi.summary("交付物流：向物流公司下单取得运单号（同一订单重复提交为同一运单）")
@admin_required
async def ship(request: Request, order_id: int):
    return await logistics.ship(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/return")
@returns(OrderDetailOut)
@openapi.summary("退药：已支付或已发药的订单退回，药费（含配送费）全额原路退款")
@_body(ReturnIn)
@admin_required
async def return_order(request: Request, order_id: int):
    return await console.return_order(actor=request.ctx.actor, order_id=order_id, data=parse_body(request, ReturnIn))


@bp.get("/shipments")
@returns(Page[ShipmentOut])
@openapi.summary("物流管理：运单按状态、运单号、订单号、日期筛选")
@_filters("state", "waybill_no", "number", "date_from", "date_to")
@admin_required
async def shipments(request: Request):
    size, offset = page_args(request)
    return await console.list_shipments(actor=request.ctx.actor, filters=query_model(request, ShipmentFilter),
                                        limit=size, offset=offset)


@bp.get("/shipments/<shipment_id:int>")
@returns(ShipmentOut)
@openapi.summary("运单详情与物流轨迹")
@admin_required
async def shipment(request: Request, shipment_id: int):
    return await logistics.shipment_detail(actor=request.ctx.actor, shipment_id=shipment_id)


@bp.post("/shipments/<shipment_id:int>/refresh")
@returns(ShipmentOut)
@fails(CarrierFailed, WaybillUnknown)
@openapi.summary("重新查询物流轨迹（向物流公司查询并记录新的事件）")
@admin_required
async def refresh(request: Request, shipment_id: int):
    return await logistics.refresh(actor=request.ctx.actor, shipment_id=shipment_id)
