"""帮助与反馈 in the console (seed 004 综合管理后台 7, 居民移动端 24): the hospital's feedback tickets
with state tabs and filters, one ticket with its description, images and thread, reply (text and
images) and close; the desks that open 帮助与反馈 to patients (hours, phone, greeting); 在线客服 for
seats: the queue (polled), a session's page whose messages reload themselves, take, send, end.

Why: operators work from a browser on the same services as the JSON API (core/support), which
decide scope, permission and state; these pages turn answers into HTML and refusals into
messages beside the form. Every post redirects (POST → 303 → GET) with a notice, or back to its
form with the errors and what was typed.
"""
from __future__ import annotations

import secrets
from typing import Any

from sanic import Request

from admin_web.api.support import photos
from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, check_form, done, fragment, page, render, respond, with_query
from core.errors import ValidationFailed
from core.conversations.schemas import TextIn
from core.support import chat as chat_service
from core.support import service as support_service
from core.support.models import CATEGORY_LABELS, STATE_LABELS
from core.support.schemas import ChatFilter, CloseIn, DeskIn, ReplyIn, TicketFilter

BASE = "/admin/support"
TICKETS = f"{BASE}/tickets"
DESKS = f"{BASE}/desks"
STATES = {s.value: label for s, label in STATE_LABELS.items()}
CATEGORIES = {c.value: label for c, label in CATEGORY_LABELS.items()}
FILTERS = ("state", "category", "institution_id", "ticket_id", "date_from", "date_to")
FIELD_LABELS = {"state": "状态", "category": "分类", "institution_id": "医院", "ticket_id": "反馈编号",
                "date_from": "提交日期从", "date_to": "提交日期至"}


# ---------------------------------------------------------------- the tickets

def _filters(p: Params) -> tuple[dict[str, Any], TicketFilter]:
    """(what the form showed, what the service gets), checked by the API's schema."""
    shown = {k: v for k in FILTERS if (v := p.text(k)) is not None}
    body, errors = check_form(TicketFilter, shown)
    if body is None:
        named = "；".join(f"{FIELD_LABELS.get(k, k)}{v}" for k, v in errors.items())
        raise ValidationFailed(f"查询条件有误：{named}", details={"errors": [
            {"path": k, "message": v, "type": "value"} for k, v in errors.items()]})
    return shown, body


@bp.get("/support/tickets")
@page
async def support_tickets(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    shown, filters = _filters(p)
    answer = await support_service.list_tickets(actor=actor, filters=filters, limit=size, offset=(number - 1) * size)
    return await respond(request, "admin/support/tickets.html", "admin/support/_tickets.html",
                         listing=Listing(answer.items, answer.total, number, size, shown), states=STATES,
                         categories=CATEGORIES, counts=await support_service.state_counts(actor=actor, filters=filters),
                         institutions=await support_service.hospitals(actor=actor), base=TICKETS)


@bp.get("/support/tickets/<ticket_id:int>")
@page
async def support_ticket(request: Request, ticket_id: int):
    t = await support_service.ticket(actor=request.ctx.actor, ticket_id=ticket_id)
    return await render(request, "admin/support/ticket.html", t=t, base=TICKETS, reply_form={}, reply_errors={},
                        close_form={}, close_errors={})


@bp.post("/support/tickets/<ticket_id:int>/reply")
@page
async def support_reply(request: Request, ticket_id: int):
    here = f"{TICKETS}/{ticket_id}"
    values = {"content": (request.form.get("content") or "").strip()}
    body, errors = check_form(ReplyIn, values)
    if body is None:
        return await done(request, here, reply_errors=errors, reply_form=values)
    await support_service.reply(actor=request.ctx.actor, ticket_id=ticket_id, data=body, photos=photos(request))
    return await done(request, here, notice="已回复，提交人将收到消息通知")


@bp.post("/support/tickets/<ticket_id:int>/close")
@page
async def support_close(request: Request, ticket_id: int):
    here = f"{TICKETS}/{ticket_id}"
    values = {"note": (request.form.get("note") or "").strip()}
    body, errors = check_form(CloseIn, values)
    if body is None:
        return await done(request, here, close_errors=errors, close_form=values)
    await support_service.close(actor=request.ctx.actor, ticket_id=ticket_id, data=body)
    return await done(request, here, notice="已关闭，提交人将收到消息通知")


# ---------------------------------------------------------------- the desks

@bp.get("/support/desks")
@page
async def support_desks(request: Request):
    p = Params(request)
    number, size = p.paging()
    answer = await support_service.desk_settings(actor=request.ctx.actor, limit=size, offset=(number - 1) * size)
    return await render(request, "admin/support/desks.html", listing=Listing(answer.items, answer.total, number, size),
                        base=DESKS, desk_errors={}, desk_form={})


@bp.post("/support/desks/<institution_id:int>")
@page
async def support_save_desk(request: Request, institution_id: int):
    values = {k: (request.form.get(k) or "").strip() for k in ("hours", "phone", "welcome")}
    values["enabled"] = request.form.get("enabled") == "1"
    body, errors = check_form(DeskIn, values)
    back = with_query(DESKS, page=Params(request).int("page", hi=1_000_000))  # the page the row was on
    if body is None:
        return await done(request, back, desk_errors={institution_id: errors}, desk_form={institution_id: values})
    saved = await support_service.configure_desk(actor=request.ctx.actor, institution_id=institution_id, data=body)
    return await done(request, back, notice=f"{saved.name}：帮助与反馈{'已开通' if saved.enabled else '已关闭'}，设置已保存")


# ---------------------------------------------------------------- online customer service (seats)

CHATS = f"{BASE}/chats"
CHAT_TABS = {"": "待接入与我的会话", "waiting": "排队中", "serving": "服务中", "closed": "已结束"}


@bp.get("/support/chats")
@page
async def support_chats(request: Request):
    """The queue: waiting sessions (oldest first) and the seat's own; htmx polls the list."""
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    state = p.choice("state", [k for k in CHAT_TABS if k])
    filters = ChatFilter(state=state)
    answer = await chat_service.queue(actor=actor, filters=filters, limit=size, offset=(number - 1) * size)
    return await respond(request, "admin/support/chats.html", "admin/support/_chats.html",
                         listing=Listing(answer.items, answer.total, number, size, {"state": state}), tabs=CHAT_TABS,
                         counts=await chat_service.queue_counts(actor=actor), base=CHATS)


async def _chat_page(request: Request, chat_id: int, template: str, *, fragment_only: bool = False):
    actor = request.ctx.actor
    c = await chat_service.detail(actor=actor, chat_id=chat_id, tail=True)
    ctx = {"c": c, "base": CHATS, "me": f"admin:{actor.id}", "client_id": secrets.token_hex(12),
           "send_errors": {}, "send_form": {}}
    if fragment_only:
        return fragment(request, template, **ctx)
    return await render(request, template, **ctx)


@bp.get("/support/chats/<chat_id:int>")
@page
async def support_chat(request: Request, chat_id: int):
    return await _chat_page(request, chat_id, "admin/support/chat.html")


@bp.get("/support/chats/<chat_id:int>/transcript")
@page
async def support_chat_transcript(request: Request, chat_id: int):
    """The messages (htmx polls them while the page is open)."""
    return await _chat_page(request, chat_id, "admin/support/_transcript.html", fragment_only=True)


@bp.post("/support/chats/<chat_id:int>/take")
@page
async def support_chat_take(request: Request, chat_id: int):
    await chat_service.take(actor=request.ctx.actor, chat_id=chat_id)
    return await done(request, f"{CHATS}/{chat_id}", notice="已接入，患者将看到“客服已接入”")


@bp.post("/support/chats/<chat_id:int>/send")
@page
async def support_chat_send(request: Request, chat_id: int):
    """Text and/or an image; the form's client id makes a repeated post (a reload) store nothing twice."""
    here, actor = f"{CHATS}/{chat_id}", request.ctx.actor
    text = (request.form.get("text") or "").strip()
    images = photos(request, "image")
    if not text and not images:
        return await done(request, here, send_errors={"text": "请输入消息或选择图片"}, send_form={})
    body, errors = check_form(TextIn, {"client_id": request.form.get("client_id") or "", "text": text or "图片"})
    if body is None:
        return await done(request, here, send_errors=errors, send_form={"text": text})
    if images:
        await chat_service.send_image(actor=actor, chat_id=chat_id, client_id=f"{body.client_id[:60]}.img",
                                      data=images[0])
    if text:
        await chat_service.send_text(actor=actor, chat_id=chat_id, client_id=body.client_id, text=body.text)
    return await done(request, here)


@bp.post("/support/chats/<chat_id:int>/end")
@page
async def support_chat_end(request: Request, chat_id: int):
    await chat_service.end(actor=request.ctx.actor, chat_id=chat_id)
    return await done(request, f"{CHATS}/{chat_id}", notice="会话已结束")
