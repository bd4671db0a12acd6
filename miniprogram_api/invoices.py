"""The payer's e-invoices on the phone (seed 004 电子发票): list, one, its PDF, send by mail.
Only the caller's own invoices (the payer's); anyone else's answers 404, audited."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import raw
from sanic_ext import openapi

from core.http import fails, page_args, parse_body, returns, returns_file
from core.invoices import service as invoices
from core.invoices.errors import (
    EmailInvalid,
    EmailTooFrequent,
    InvoiceNotFound,
    MailNotConfigured,
)
from core.invoices.schemas import EmailIn, InvoiceOut
from core.outputs import Page
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_invoices", url_prefix="/invoices")


@bp.get("")
@returns(Page[InvoiceOut])
@openapi.summary("我的电子发票")
@openapi.description("本人付款的订单的发票（蓝字）与退款的红字发票，新的在前；`reference` 按业务筛选（如 pharmacy.order:12）。")
@openapi.parameter("reference", str, "query", description="业务单号，如 consult.order:5")
@mp_required
async def my_invoices(request: Request):
    size, offset = page_args(request)
    reference = (request.args.get("reference") or "")[:64] or None
    total, items = await invoices.my_invoices(actor=request.ctx.actor, reference=reference, limit=size,
                                             offset=offset)
    return {"total": total, "page": offset // size + 1, "page_size": size, "items": items}


@bp.get("/<invoice_id:int>")
@returns(InvoiceOut)
@fails(InvoiceNotFound)
@openapi.summary("一张发票")
@mp_required
async def my_invoice(request: Request, invoice_id: int):
    return await invoices.my_invoice(actor=request.ctx.actor, invoice_id=invoice_id)


@bp.get("/<invoice_id:int>/pdf")
@returns_file("application/pdf")
@fails(InvoiceNotFound)
@openapi.summary("发票 PDF")
@mp_required
async def my_invoice_pdf(request: Request, invoice_id: int):
    number, data = await invoices.my_invoice_pdf(actor=request.ctx.actor, invoice_id=invoice_id)
    return raw(data, content_type="application/pdf",
               headers={"Content-Disposition": f"inline; filename*=UTF-8''{number}.pdf",
                        "Cache-Control": "private, no-store"})


@bp.post("/<invoice_id:int>/email")
@returns(InvoiceOut)
@fails(InvoiceNotFound, EmailInvalid, EmailTooFrequent, MailNotConfigured)
@openapi.summary("把发票发送到邮箱")
@openapi.description("发送结果记在发票上：成功时 `emailed_at` 为发送时间，失败时 `email_error` 说明原因（可再次发送）。")
@openapi.body({"application/json": EmailIn.model_json_schema()})
@mp_required
async def email_invoice(request: Request, invoice_id: int):
    body = parse_body(request, EmailIn)
    return await invoices.email(actor=request.ctx.actor, invoice_id=invoice_id, email=body.email)
