"""Buying medicines on the phone (seed 004 居民移动端 在线购药, 物流信息, 收货地址): saved addresses,
an order of an approved prescription for delivery or pick-up, paying it, the orders, an order with
its pick-up code or its parcel's tracking, cancelling before paying."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.http import fails, page_args, parse_body, query_model, returns
from core.outputs import Items, RemovedOut
from core.payments.errors import GatewayFailed
from core.payments.schemas import PayChannelIn
from core.pharmacy import addresses, patient
from core.pharmacy.schemas import (
    AddressEditIn, AddressIn, AddressOut, CancelIn, MyOrdersOut, OrderDetailOut, OrderFilter, OrderIn, OrderOut,
    PayStartOut,
)
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_pharmacy", url_prefix="/pharmacy")


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


@bp.get("/addresses")
@returns(Items[AddressOut])
@openapi.summary("我的收货地址（默认地址在前；收货人、电话、详细地址脱敏）")
@mp_required
async def list_addresses(request: Request):
    return {"items": await addresses.list_addresses(actor=request.ctx.actor)}


@bp.post("/addresses")
@returns(AddressOut, status=201)
@openapi.summary("新增收货地址（最多 20 个；第一个或 is_default 的为默认地址）")
@_body(AddressIn)
@mp_required
async def create_address(request: Request):
    return await addresses.create(actor=request.ctx.actor, data=parse_body(request, AddressIn))


@bp.put("/addresses/<address_id:int>")
@returns(AddressOut)
@openapi.summary("修改收货地址（只改所传字段；is_default=true 设为默认）")
@_body(AddressEditIn)
@mp_required
async def update_address(request: Request, address_id: int):
    return await addresses.update(actor=request.ctx.actor, address_id=address_id,
                                  data=parse_body(request, AddressEditIn))


@bp.delete("/addresses/<address_id:int>")
@returns(RemovedOut)
@openapi.summary("删除收货地址（删除默认地址时，最新的一个成为默认）")
@mp_required
async def delete_address(request: Request, address_id: int):
    await addresses.delete(actor=request.ctx.actor, address_id=address_id)
    return {"deleted": address_id}


@bp.post("/orders")
@returns(OrderDetailOut, status=201)
@openapi.summary("购药下单：已审核通过的处方（本人或授权“在线问诊”可代办的家庭成员的），快递配送（收货地址，加收配送费）或到院自取")
@_body(OrderIn)
@mp_required
async def place(request: Request):
    return await patient.place(actor=request.ctx.actor, data=parse_body(request, OrderIn))


@bp.get("/orders")
@returns(MyOrdersOut)
@openapi.summary("我的药品订单，新的在前（可按状态筛选）")
@openapi.parameter("state", str)
@mp_required
async def mine(request: Request):
    size, offset = page_args(request)
    return await patient.my_orders(actor=request.ctx.actor, filters=query_model(request, OrderFilter), limit=size,
                                   offset=offset)


@bp.get("/orders/<order_id:int>")
@returns(OrderDetailOut)
@openapi.summary("药品订单详情：药品、支付、取药码（到院自取，支付后）、物流轨迹（快递配送）、时间轴")
@mp_required
async def detail(request: Request, order_id: int):
    return await patient.detail(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/pay")
@returns(PayStartOut)
@fails(GatewayFailed)
@openapi.summary("支付药费：下单微信支付，返回 wx.requestPayment / getBrandWCPayRequest 的签名参数")
@_body(PayChannelIn)
@mp_required
async def pay(request: Request, order_id: int):
    body = parse_body(request, PayChannelIn)
    return await patient.pay(actor=request.ctx.actor, order_id=order_id, channel=body.channel)


@bp.post("/orders/<order_id:int>/pay/confirm")
@returns(OrderOut)
@fails(GatewayFailed)
@openapi.summary("支付完成后确认：向微信支付查询订单，已支付则进入待发药")
@mp_required
async def confirm(request: Request, order_id: int):
    return await patient.confirm_payment(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/cancel")
@returns(OrderOut)
@fails(GatewayFailed)
@openapi.summary("取消未支付的药品订单（先关闭微信支付订单）")
@_body(CancelIn)
@mp_required
async def cancel(request: Request, order_id: int):
    return await patient.cancel(actor=request.ctx.actor, order_id=order_id, data=parse_body(request, CancelIn))
