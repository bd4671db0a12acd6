"""帮助与反馈 in the back office (seed 004 综合管理后台 7, 居民移动端 24): the hospital's feedback
tickets with filters, one ticket with its thread, reply (text and images), close; the desks
(open to patients, hours, phone, greeting); online customer service for seats: the queue, a
session with its messages (poll with after_seq), take, send text or an image, end."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.conversations.schemas import SentOut, TextIn, UploadForm
from core.errors import ValidationFailed
from core.http import page_args, parse_body, query_int, query_model, returns, validate
from core.outputs import Page
from core.support import chat as chat_service
from core.support import service as support_service
from core.support.schemas import (
    ChatDetailOut, ChatFilter, ChatRowOut, CloseIn, DeskIn, DeskOut, ReplyIn, TicketAdminOut, TicketFilter,
    TicketRowOut,
)

bp = Blueprint("admin_support", url_prefix="/support")
_REPLY = {"multipart/form-data": {"type": "object", "required": ["content"], "properties": {
    "content": {"type": "string", "maxLength": 1000, "description": "回复内容，提交人将收到消息通知"},
    "images": {"type": "array", "maxItems": 4, "items": {"type": "string", "format": "binary"},
               "description": "图片（JPEG/PNG/WEBP，每张≤2 MB，最多 4 张）"}}}}


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


def photos(request: Request, field: str = "images") -> list[bytes]:
    """The image files of a form (empty file inputs left out)."""
    files = request.files.getlist(field) if request.files else None
    return [f.body for f in files or [] if f.body]


@bp.get("/tickets")
@returns(Page[TicketRowOut])
@openapi.summary("问题反馈列表（本院及下级；按状态、分类、医院、编号、提交日期筛选）")
@openapi.parameter("state", str)
@openapi.parameter("category", str)
@openapi.parameter("institution_id", int)
@openapi.parameter("ticket_id", int)
@openapi.parameter("date_from", str)
@openapi.parameter("date_to", str)
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@admin_required
async def list_tickets(request: Request):
    size, offset = page_args(request)
    return await support_service.list_tickets(actor=request.ctx.actor, filters=query_model(request, TicketFilter),
                                              limit=size, offset=offset)


@bp.get("/tickets/<ticket_id:int>")
@returns(TicketAdminOut)
@openapi.summary("问题反馈详情：描述、图片与全部回复")
@admin_required
async def get_ticket(request: Request, ticket_id: int):
    return await support_service.ticket(actor=request.ctx.actor, ticket_id=ticket_id)


@bp.post("/tickets/<ticket_id:int>/replies")
@returns(TicketAdminOut, status=201)
@openapi.summary("回复问题反馈（文字与图片；提交人收到消息通知）")
@openapi.body(_REPLY)
@admin_required
async def reply(request: Request, ticket_id: int):
    data = validate(ReplyIn, {"content": (request.form or {}).get("content") or ""})
    return await support_service.reply(actor=request.ctx.actor, ticket_id=ticket_id, data=data,
                                       photos=photos(request))


@bp.post("/tickets/<ticket_id:int>/close")
@returns(TicketAdminOut)
@openapi.summary("关闭问题反馈（可附结束语；提交人收到消息通知；重复关闭无影响）")
@_body(CloseIn)
@admin_required
async def close(request: Request, ticket_id: int):
    return await support_service.close(actor=request.ctx.actor, ticket_id=ticket_id,
                                       data=parse_body(request, CloseIn))


@bp.get("/desks")
@returns(Page[DeskOut])
@openapi.summary("客服台：辖区内医疗机构的帮助与反馈设置")
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@admin_required
async def desks(request: Request):
    size, offset = page_args(request)
    return await support_service.desk_settings(actor=request.ctx.actor, limit=size, offset=offset)


@bp.put("/desks/<institution_id:int>")
@returns(DeskOut)
@openapi.summary("开通或关闭医院的帮助与反馈，设置服务时间、客服电话与欢迎语")
@_body(DeskIn)
@admin_required
async def configure_desk(request: Request, institution_id: int):
    return await support_service.configure_desk(actor=request.ctx.actor, institution_id=institution_id,
                                                data=parse_body(request, DeskIn))


# ---------------------------------------------------------------- online customer service (seats)

@bp.get("/chats")
@returns(Page[ChatRowOut])
@openapi.summary("在线客服队列：排队中的会话（先到先接）与本人服务中的会话；或按状态筛选")
@openapi.parameter("state", str)
@openapi.parameter("institution_id", int)
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@admin_required
async def chat_queue(request: Request):
    size, offset = page_args(request)
    return await chat_service.queue(actor=request.ctx.actor, filters=query_model(request, ChatFilter), limit=size,
                                    offset=offset)


@bp.get("/chats/<chat_id:int>")
@returns(ChatDetailOut)
@openapi.summary("在线客服会话：after_seq 之后的消息（轮询时传已收到的最后序号）")
@openapi.parameter("after_seq", int)
@admin_required
async def chat_detail(request: Request, chat_id: int):
    return await chat_service.detail(actor=request.ctx.actor, chat_id=chat_id,
                                     after_seq=query_int(request, "after_seq", 0, hi=2**53 - 1))


@bp.post("/chats/<chat_id:int>/take")
@returns(ChatDetailOut)
@openapi.summary("接入排队中的会话（已由他人接入时 409）")
@admin_required
async def take_chat(request: Request, chat_id: int):
    return await chat_service.take(actor=request.ctx.actor, chat_id=chat_id)


@bp.post("/chats/<chat_id:int>/messages")
@returns(SentOut)
@openapi.summary("发送文字消息（按 client_id 幂等）")
@_body(TextIn)
@admin_required
async def chat_send_text(request: Request, chat_id: int):
    body = parse_body(request, TextIn)
    return await chat_service.send_text(actor=request.ctx.actor, chat_id=chat_id, client_id=body.client_id,
                                        text=body.text)


@bp.post("/chats/<chat_id:int>/images")
@returns(SentOut)
@openapi.summary("发送图片（JPEG/PNG/WEBP，不超过 2 MB；按 client_id 幂等）")
@openapi.body({"multipart/form-data": {"type": "object", "required": ["client_id", "image"], "properties": {
    "client_id": {"type": "string", "description": "客户端为该消息生成的编号（重发时不变）"},
    "image": {"type": "string", "format": "binary"}}}})
@admin_required
async def chat_send_image(request: Request, chat_id: int):
    form = validate(UploadForm, {"client_id": request.form.get("client_id")} if request.form else {})
    f = request.files.get("image") if request.files else None
    if f is None:
        raise ValidationFailed(details={"errors": [{"path": "image", "message": "请选择图片", "type": "missing"}]})
    return await chat_service.send_image(actor=request.ctx.actor, chat_id=chat_id, client_id=form.client_id,
                                         data=f.body)


@bp.post("/chats/<chat_id:int>/end")
@returns(ChatDetailOut)
@openapi.summary("结束会话（服务中的会话由接入的客服结束；排队中的会话本院任一客服可结束）")
@admin_required
async def end_chat(request: Request, chat_id: int):
    return await chat_service.end(actor=request.ctx.actor, chat_id=chat_id)
