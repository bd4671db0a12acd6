"""Online consultation on the phone (seed 004 居民移动端: 图文咨询, 在线支付, 订单管理, 我的问诊,
诊疗记录, 医生评价, 视频问诊, 候诊室): order for oneself or a family member, pay, cancel before the doctor
accepts, the orders by tab, an order with its trail, the doctor's records, the rating; for video, the
doctor's slots, check-in, the queue, leaving it, answering the doctor's call (then /rooms/<room_id>/join). The chat itself is
the conversation of the order (`conversation_id`): /api/mp/v1/conversations and the realtime socket."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.consult import patient as consult
from core.consult import video
from core.consult.schemas import (
    CancelIn, ConsultRecordRowOut, MyOrdersOut, OrderDetailOut, OrderFilter, OrderIn, OrderOut, PayStartOut,
    QueueStatusOut, RateIn, VideoSlotsOut,
)
from core.http import fails, page_args, parse_body, query_id, query_model, returns
from core.outputs import Items
from core.payments.errors import GatewayFailed
from core.payments.schemas import PayChannelIn
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_consult", url_prefix="/consult")


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


@bp.get("/doctors/<doctor_id:int>/video-slots")
@returns(VideoSlotsOut)
@openapi.summary("视频问诊可预约的时段：医生今后两周的排班与剩余号源，及预约须知（签到、呼叫与爽约不退款的规则）")
@mp_required
async def video_slots(request: Request, doctor_id: int):
    return await video.slots(actor=request.ctx.actor, doctor_id=doctor_id)


@bp.post("/orders")
@returns(OrderDetailOut, status=201)
@openapi.summary("提交问诊订单（图文咨询；视频问诊须选 slot_id）：先同意知情同意书；为家庭成员下单需其“在线问诊”可代办授权；"
                 "病情图片在订单的会话中发送（conversation_id）")
@_body(OrderIn)
@mp_required
async def place(request: Request):
    return await consult.place(actor=request.ctx.actor, data=parse_body(request, OrderIn))


@bp.get("/orders")
@returns(MyOrdersOut)
@openapi.summary("我的问诊订单：按分组（待支付、待接诊、问诊中、已完成、已取消/退款）或状态筛选，新的在前")
@openapi.parameter("state", str)
@mp_required
async def mine(request: Request):
    size, offset = page_args(request)
    return await consult.my_orders(actor=request.ctx.actor, filters=query_model(request, OrderFilter), limit=size,
                                   offset=offset)


@bp.get("/orders/<order_id:int>")
@returns(OrderDetailOut)
@openapi.summary("问诊订单详情：状态轨迹、支付与退款、医生结束服务后的诊疗记录")
@mp_required
async def detail(request: Request, order_id: int):
    return await consult.detail(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/pay")
@returns(PayStartOut)
@fails(GatewayFailed)
@openapi.summary("支付问诊费用：下单微信支付，返回 wx.requestPayment / getBrandWCPayRequest 的签名参数")
@_body(PayChannelIn)
@mp_required
async def pay(request: Request, order_id: int):
    body = parse_body(request, PayChannelIn)
    return await consult.pay(actor=request.ctx.actor, order_id=order_id, channel=body.channel)


@bp.post("/orders/<order_id:int>/pay/confirm")
@returns(OrderOut)
@fails(GatewayFailed)
@openapi.summary("支付完成后确认：向微信支付查询订单，已支付则进入待接诊")
@mp_required
async def confirm(request: Request, order_id: int):
    return await consult.confirm_payment(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/cancel")
@returns(OrderOut)
@fails(GatewayFailed)
@openapi.summary("取消订单（医生接诊前）：未支付的关闭支付，已支付的全额原路退款")
@_body(CancelIn)
@mp_required
async def cancel(request: Request, order_id: int):
    return await consult.cancel(actor=request.ctx.actor, order_id=order_id, data=parse_body(request, CancelIn))


@bp.post("/orders/<order_id:int>/rating")
@returns(OrderOut)
@openapi.summary("评价医生（问诊完成后一次）：满意度 1–5 分与评价内容")
@_body(RateIn)
@mp_required
async def rate(request: Request, order_id: int):
    return await consult.rate(actor=request.ctx.actor, order_id=order_id, data=parse_body(request, RateIn))


@bp.get("/records")
@returns(Items[ConsultRecordRowOut])
@openapi.summary("诊疗记录：医生结束服务后的病历（本人的全部就诊人，或 patient_id 指定的就诊人，家庭成员需授权）")
@openapi.parameter("patient_id", int)
@mp_required
async def records(request: Request):
    patient_id = query_id(request, "patient_id")
    return {"items": await consult.my_records(actor=request.ctx.actor, patient_id=patient_id)}


@bp.get("/orders/<order_id:int>/queue")
@returns(QueueStatusOut)
@openapi.summary("候诊室（视频问诊）：状态、排队位置、预计等待、呼叫后的视频房间；实时推送见 topic（waiting:<订单id>）")
@mp_required
async def queue_status(request: Request, order_id: int):
    return await video.status(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/check-in")
@returns(QueueStatusOut)
@openapi.summary("签到（视频问诊）：就诊当天时段开始前若干分钟起，签到后进入候诊队列")
@mp_required
async def check_in(request: Request, order_id: int):
    return await video.check_in(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/leave")
@returns(QueueStatusOut)
@fails(GatewayFailed)
@openapi.summary("退出候诊（视频问诊，接听前）：订单取消，费用全额原路退回")
@_body(CancelIn)
@mp_required
async def leave(request: Request, order_id: int):
    return await video.leave(actor=request.ctx.actor, order_id=order_id, data=parse_body(request, CancelIn))


@bp.post("/orders/<order_id:int>/answer")
@returns(QueueStatusOut)
@openapi.summary("接听医生的呼叫（视频问诊）：问诊开始，凭 room_id 加入视频（/rooms/<room_id>/join）")
@mp_required
async def answer(request: Request, order_id: int):
    return await video.answer(actor=request.ctx.actor, order_id=order_id)
