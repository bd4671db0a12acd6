"""Conversations over plain HTTP (core/conversations), one set of handlers for both faces:
for clients that poll, for uploads (images, voice), and for anything the socket does not carry.
The realtime gateway (/realtime/v1/ws) delivers the same messages live; both answer the same items.

Sending is idempotent by the client's own message id: a client resends whatever was not
acknowledged with the same `client_id` and gets the stored message back (`duplicate`).
Resume: `GET .../messages?after_seq=<last seq held>` pages forward until `has_more` is false.

Who is in a conversation is decided by the engine from the principal (a patient's mini-program
account, a doctor's or a seat's console account); only the authentication differs, so each face
mounts these routes on its own blueprint with its own guard: /api/mp/v1/conversations (bearer
token) and /api/admin/v1/conversations (session + CSRF).
"""
from __future__ import annotations

from collections.abc import Callable

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.conversations import service as conversations
from core.conversations.schemas import (
    ConversationOut,
    ConversationRow,
    CursorOut,
    HistoryOut,
    HistoryQuery,
    ListQuery,
    MarkIn,
    SentOut,
    TextIn,
    UploadForm,
)
from core.errors import ValidationFailed
from core.http import parse_body, query_model, returns, validate
from core.outputs import Page


def _upload(name: str, what: str) -> dict:
    return {"multipart/form-data": {"type": "object", "required": ["client_id", name], "properties": {
        "client_id": {"type": "string", "description": "客户端为该消息生成的编号（重发时不变）"},
        name: {"type": "string", "format": "binary", "description": what}}}}


def _file(request: Request, name: str) -> tuple[str, bytes]:
    form = validate(UploadForm, {"client_id": request.form.get("client_id")} if request.form else {})
    f = request.files.get(name) if request.files else None
    if f is None:
        raise ValidationFailed(details={"errors": [{"path": name, "message": "请上传文件", "type": "missing"}]})
    return form.client_id, f.body


def routes(bp: Blueprint, guard: Callable) -> Blueprint:
    @bp.get("")
    @returns(Page[ConversationRow])
    @openapi.summary("我的会话（最近的在前），含未读条数")
    @guard
    async def mine(request: Request):
        q = query_model(request, ListQuery)
        return await conversations.my_conversations(actor=request.ctx.actor, page=q.page, page_size=q.page_size)

    @bp.get("/<conversation_id:int>")
    @returns(ConversationOut)
    @openapi.summary("会话详情：状态、最后序号、参与方及其已送达/已读位置")
    @guard
    async def detail(request: Request, conversation_id: int):
        return await conversations.detail(actor=request.ctx.actor, conversation_id=conversation_id)

    @bp.get("/<conversation_id:int>/messages")
    @returns(HistoryOut)
    @openapi.summary("消息（按序号升序）：after_seq 之后的至多 limit 条；断线重连或轮询时从已收到的最后序号继续")
    @openapi.parameter("after_seq", int)
    @openapi.parameter("limit", int)
    @guard
    async def messages(request: Request, conversation_id: int):
        q = query_model(request, HistoryQuery)
        return await conversations.history(actor=request.ctx.actor, conversation_id=conversation_id,
                                           after_seq=q.after_seq, limit=q.limit)

    @bp.post("/<conversation_id:int>/messages")
    @returns(SentOut)
    @openapi.summary("发送文字消息（按 client_id 幂等：重发得到已保存的消息，duplicate 为 true）")
    @openapi.body({"application/json": TextIn.model_json_schema()})
    @guard
    async def send_text(request: Request, conversation_id: int):
        body = parse_body(request, TextIn)
        return await conversations.send_text(actor=request.ctx.actor, conversation_id=conversation_id,
                                             client_id=body.client_id, text=body.text)

    @bp.post("/<conversation_id:int>/images")
    @returns(SentOut)
    @openapi.summary("发送图片（JPEG/PNG/WEBP，不超过 2 MB；重新编码后保存）")
    @openapi.body(_upload("image", "图片"))
    @guard
    async def send_image(request: Request, conversation_id: int):
        client_id, data = _file(request, "image")
        return await conversations.send_image(actor=request.ctx.actor, conversation_id=conversation_id,
                                              client_id=client_id, data=data)

    @bp.post("/<conversation_id:int>/voices")
    @returns(SentOut)
    @openapi.summary("发送语音（小程序录音的 mp3 或 aac/m4a，不超过 60 秒、2 MB；按内容校验）")
    @openapi.body(_upload("voice", "语音文件"))
    @guard
    async def send_voice(request: Request, conversation_id: int):
        client_id, data = _file(request, "voice")
        return await conversations.send_voice(actor=request.ctx.actor, conversation_id=conversation_id,
                                              client_id=client_id, data=data)

    @bp.post("/<conversation_id:int>/messages/<seq:int>/recall")
    @returns(SentOut)
    @openapi.summary("撤回自己2分钟内发送的消息（双方均显示「消息已撤回」）")
    @guard
    async def recall(request: Request, conversation_id: int, seq: int):
        return await conversations.recall(actor=request.ctx.actor, conversation_id=conversation_id, seq=seq)

    @bp.post("/<conversation_id:int>/cursor")
    @returns(CursorOut)
    @openapi.summary("更新本人的已送达/已读位置（只前进不后退）")
    @openapi.body({"application/json": MarkIn.model_json_schema()})
    @guard
    async def cursor(request: Request, conversation_id: int):
        body = parse_body(request, MarkIn)
        return await conversations.mark(actor=request.ctx.actor, conversation_id=conversation_id,
                                        delivered_seq=body.delivered_seq, read_seq=body.read_seq)

    return bp
