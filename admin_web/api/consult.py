"""The doctor's workstation over JSON (seed 004 医生移动端 图文咨询, 我的诊室, 历史诊疗记录, 病历录入,
诊断录入, 结束服务, 取消接诊): the queue by tab, an order, accept, reject, cancel after accepting,
transfer, the record, the patient's history, the end of the service; the video waiting room (the day's
queues, call the next or a chosen patient, call a missed one again, hang up). The chat is the order's
conversation: /api/admin/v1/conversations and the realtime socket (a console ticket)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.consult import desk, guests, video
from core.consult.schemas import (
    CallNextIn, CallOut, ColleagueOut, ConsultRecordRowOut, DeskFilter, DeskOrderOut, DeskPageOut, EndIn, ReasonIn,
    RecordIn, RecordOut, TransferIn, VideoDayQuery, VideoDeskOut,
)
from core.http import fails, page_args, parse_body, query_model, returns
from core.outputs import Items
from core.rooms.errors import ProviderRefused, ProviderUnavailable

bp = Blueprint("admin_consult_desk", url_prefix="/workstation/consult")


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


@bp.get("/orders")
@returns(DeskPageOut)
@openapi.summary("医生的问诊队列：new 新接诊 / in_progress 问诊中 / ending 即将结束 / done 已结束 / all，可按科室")
@openapi.parameter("tab", str)
@openapi.parameter("department_id", int)
@admin_required
async def queue(request: Request):
    size, offset = page_args(request)
    return await desk.queue(actor=request.ctx.actor, filters=query_model(request, DeskFilter), limit=size,
                            offset=offset)


@bp.get("/orders/<order_id:int>")
@returns(DeskOrderOut)
@openapi.summary("问诊订单（医生）：问诊单、患者、轨迹、病历草稿、既往诊疗记录数")
@admin_required
async def detail(request: Request, order_id: int):
    return await desk.order_detail(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/accept")
@returns(DeskOrderOut)
@openapi.summary("接诊：问诊开始计时，医生可以发消息")
@admin_required
async def accept(request: Request, order_id: int):
    return await desk.accept(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/reject")
@returns(DeskOrderOut)
@openapi.summary("拒绝接诊（填写原因，患者可见）：全额退款")
@_body(ReasonIn)
@admin_required
async def reject(request: Request, order_id: int):
    return await desk.reject(actor=request.ctx.actor, order_id=order_id, data=parse_body(request, ReasonIn))


@bp.post("/orders/<order_id:int>/withdraw")
@returns(DeskOrderOut)
@openapi.summary("取消接诊（接诊后，填写原因）：全额退款")
@_body(ReasonIn)
@admin_required
async def withdraw(request: Request, order_id: int):
    return await desk.withdraw(actor=request.ctx.actor, order_id=order_id, data=parse_body(request, ReasonIn))


@bp.get("/orders/<order_id:int>/colleagues")
@returns(Items[ColleagueOut])
@openapi.summary("可转诊的医生：同院在线、提供同类服务的其他医生")
@admin_required
async def colleagues(request: Request, order_id: int):
    return {"items": await desk.colleagues(actor=request.ctx.actor, order_id=order_id)}


@bp.post("/orders/<order_id:int>/transfer")
@returns(DeskOrderOut)
@openapi.summary("转诊给同院提供同类服务的医生（填写原因）：订单重新等待接诊")
@_body(TransferIn)
@admin_required
async def transfer(request: Request, order_id: int):
    return await desk.transfer(actor=request.ctx.actor, order_id=order_id, data=parse_body(request, TransferIn))


@bp.put("/orders/<order_id:int>/record")
@returns(RecordOut)
@openapi.summary("保存病历（主诉、现病史、既往史、诊断、医嘱），问诊中可多次保存，结束服务时签名")
@_body(RecordIn)
@admin_required
async def save_record(request: Request, order_id: int):
    return await desk.save_record(actor=request.ctx.actor, order_id=order_id, data=parse_body(request, RecordIn))


@bp.post("/orders/<order_id:int>/end")
@returns(DeskOrderOut)
@openapi.summary("结束服务：病历签名后推送给患者，会话转为只读")
@_body(EndIn)
@admin_required
async def end(request: Request, order_id: int):
    return await desk.end(actor=request.ctx.actor, order_id=order_id, data=parse_body(request, EndIn))


@bp.get("/orders/<order_id:int>/history")
@returns(Items[ConsultRecordRowOut])
@openapi.summary("该患者的历史诊疗记录（已签名的病历）")
@admin_required
async def history(request: Request, order_id: int):
    return {"items": await desk.patient_history(actor=request.ctx.actor, order_id=order_id)}


@bp.get("/video")
@returns(VideoDeskOut)
@openapi.summary("视频候诊室：某天（默认今天）各时段的候诊队列（按就诊顺序）、未签到的预约、医生的平均用时；"
                 "实时变化推送在 doctor:<医生id>")
@openapi.parameter("day", str)
@admin_required
async def waiting_room(request: Request):
    return await video.waiting_room(actor=request.ctx.actor, day=query_model(request, VideoDayQuery).day)


@bp.post("/video/call-next")
@returns(CallOut)
@fails(ProviderUnavailable, ProviderRefused)
@openapi.summary("叫号：呼叫时段（缺省为今天第一个有人候诊的时段）队列中的下一位，打开视频房间并通知患者")
@_body(CallNextIn)
@admin_required
async def call_next(request: Request):
    return await video.call_next(actor=request.ctx.actor, data=parse_body(request, CallNextIn))


@bp.post("/orders/<order_id:int>/call")
@returns(CallOut)
@fails(ProviderUnavailable, ProviderRefused)
@openapi.summary("呼叫指定的已签到患者（含未接听后再次呼叫）：同一时间只能呼叫或接诊一位")
@admin_required
async def call(request: Request, order_id: int):
    return await video.call(actor=request.ctx.actor, order_id=order_id)


@bp.post("/orders/<order_id:int>/hang-up")
@returns(DeskOrderOut)
@openapi.summary("挂断视频（问诊仍在进行：可继续书写病历、图文交流，再结束服务），之后可呼叫下一位")
@admin_required
async def hang_up(request: Request, order_id: int):
    return await video.hang_up(actor=request.ctx.actor, order_id=order_id)


@bp.get("/rooms/<room_id:int>/order")
@returns(DeskOrderOut)
@openapi.summary("视频会诊：受邀医生在房间中查看该问诊订单（只读；被移出或视频结束后不能再看；每次查看记入审计）")
@admin_required
async def guest_order(request: Request, room_id: int):
    return await guests.room_order(actor=request.ctx.actor, room_id=room_id)
