"""帮助与反馈 on the phone (seed 004 居民移动端 24): the hospitals open to it, image uploads,
feedback tickets, what the hospital replied, additions and closing; online customer service
sessions (opened or resumed here, their messages through /conversations/<conversation_id> or the
realtime topic conversation:<conversation_id>). The hospital's help articles are read through
GET /faq?institution_id= (core/faq)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.errors import ValidationFailed
from core.http import fails, page_args, parse_body, query_model, returns
from core.outputs import Items, Page
from core.support import chat as chat_service
from core.support import service as support_service
from core.support.errors import TooManyChats, TooManyImages, TooManyTickets
from core.support.schemas import (
    ChatOpenIn, ChatOut, DeskPublicOut, FollowUpIn, ImageTokenOut, MyTicketsQuery, TicketIn, TicketOut,
    TicketSummaryOut,
)
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_support", url_prefix="/support")
_IMAGE = {"multipart/form-data": {"type": "object", "required": ["image"], "properties": {
    "image": {"type": "string", "format": "binary", "description": "图片（JPEG/PNG/WEBP，≤2 MB），一次一张"}}}}


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


@bp.get("/desks")
@returns(Items[DeskPublicOut])
@openapi.summary("开通帮助与反馈的医院（服务时间、客服电话）")
@mp_required
async def desks(request: Request):
    return {"items": await support_service.desks(actor=request.ctx.actor)}


@bp.post("/images")
@returns(ImageTokenOut, status=201)
@fails(TooManyImages)
@openapi.summary("上传一张反馈图片（校验并重新编码）：返回 image_token，提交反馈或补充说明时引用")
@openapi.body(_IMAGE)
@mp_required
async def upload_image(request: Request):
    f = request.files.get("image") if request.files else None
    if f is None:
        raise ValidationFailed(details={"errors": [{"path": "image", "message": "请选择图片", "type": "missing"}]})
    return await support_service.upload_image(actor=request.ctx.actor, data=f.body)


@bp.post("/tickets")
@returns(TicketOut, status=201)
@fails(TooManyTickets)
@openapi.summary("提交问题反馈（医院收到后回复，回复时您会收到消息通知）")
@_body(TicketIn)
@mp_required
async def submit(request: Request):
    return await support_service.submit_ticket(actor=request.ctx.actor, data=parse_body(request, TicketIn))


@bp.get("/tickets")
@returns(Page[TicketSummaryOut])
@openapi.summary("我的问题反馈（state：open 待处理、replied 已回复、closed 已关闭）")
@openapi.parameter("state", str)
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@mp_required
async def my_tickets(request: Request):
    size, offset = page_args(request)
    query = query_model(request, MyTicketsQuery)
    return await support_service.my_tickets(actor=request.ctx.actor, state=query.state, limit=size, offset=offset)


@bp.get("/tickets/<ticket_id:int>")
@returns(TicketOut)
@openapi.summary("问题反馈详情：描述、图片与全部回复")
@mp_required
async def detail(request: Request, ticket_id: int):
    return await support_service.my_ticket(actor=request.ctx.actor, ticket_id=ticket_id)


@bp.post("/tickets/<ticket_id:int>/replies")
@returns(TicketOut, status=201)
@openapi.summary("补充说明（已关闭的反馈不能补充）")
@_body(FollowUpIn)
@mp_required
async def follow_up(request: Request, ticket_id: int):
    return await support_service.follow_up(actor=request.ctx.actor, ticket_id=ticket_id,
                                           data=parse_body(request, FollowUpIn))


@bp.post("/tickets/<ticket_id:int>/close")
@returns(TicketOut)
@openapi.summary("问题已解决，关闭反馈（重复关闭无影响）")
@mp_required
async def close(request: Request, ticket_id: int):
    return await support_service.close_mine(actor=request.ctx.actor, ticket_id=ticket_id)


# ---------------------------------------------------------------- online customer service

@bp.post("/chats")
@returns(ChatOut)
@fails(TooManyChats)
@openapi.summary("联系在线客服：打开与该医院未结束的会话，或新建会话排队等待客服接入")
@openapi.description("消息收发使用 /conversations/{conversation_id}（HTTP）或实时网关的 conversation:{conversation_id} 主题。")
@_body(ChatOpenIn)
@mp_required
async def open_chat(request: Request):
    body = parse_body(request, ChatOpenIn)
    return await chat_service.open_chat(actor=request.ctx.actor, institution_id=body.institution_id)


@bp.get("/chats")
@returns(Page[ChatOut])
@openapi.summary("我的在线客服会话（最近的在前）")
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@mp_required
async def my_chats(request: Request):
    size, offset = page_args(request)
    return await chat_service.my_chats(actor=request.ctx.actor, limit=size, offset=offset)


@bp.get("/chats/<chat_id:int>")
@returns(ChatOut)
@openapi.summary("在线客服会话：状态、排队位置")
@mp_required
async def my_chat(request: Request, chat_id: int):
    return await chat_service.my_chat(actor=request.ctx.actor, chat_id=chat_id)


@bp.post("/chats/<chat_id:int>/end")
@returns(ChatOut)
@openapi.summary("结束在线客服会话（重复结束无影响）")
@mp_required
async def end_chat(request: Request, chat_id: int):
    return await chat_service.end_mine(actor=request.ctx.actor, chat_id=chat_id)
