"""Electronic invoices of paid orders: issued from payments' events, read and mailed by the payer.

Why: seed 004 asks for an e-invoice per paid order of every service (consultations, video,
medicines, record copies) that the patient can open and have sent to a mailbox, and issue 14 for a
reversing (red) invoice when money goes back. Payments knows nothing of invoices: the consumer
group `invoices.issue` follows `payments.paid` (blue invoice of the order) and `payments.refunded`
(red invoice of that refund, pointing at the blue one). Events arrive at least once; `Invoice.key`
(`blue:<order id>`, `red:<refund id>`) makes issuing idempotent, a race answered by the row that won.

- A payment the business refused (`accepted` false) is refunded at once by payments: no invoice is
  issued for it, nor a red one for its refund.
- What an invoice lists: a domain may register its lines per payment purpose (`register_lines`,
  core/wiring.py: medicines per prescription item plus the delivery fee); otherwise one line with
  the purpose's label. A red invoice repeats the blue lines when it reverses all of it, else one
  line 退款 for the refunded amount.
- The buyer is the payer's real-name identity (their own 就诊人 with is_self), shown in full to
  the payer only: the invoice is theirs; `GET /api/mp/v1/invoices` lists the caller's own invoices
  and nobody else's (a relative paying for a member gets the invoice, the member does not).
- The PDF is rendered when issued, stored content-addressed, and rendered again if it is missing.
- Mail (core/invoices/mail.py): the address is checked and bounded, 10 sends an hour per account;
  the message is sent after the request is recorded (outside any transaction), the outcome kept on
  the invoice (`emailed_at` or `email_error`) and answered.
"""
from __future__ import annotations

import asyncio
import re
import secrets
import time
from typing import Awaitable, Callable

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import cache
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.errors import Unauthorized
from core.events.service import Event as DomainEvent
from core.invoices import mail, pdf
from core.invoices.amounts import yuan
from core.invoices.errors import EmailInvalid, EmailTooFrequent, InvoiceNotFound
from core.invoices.models import Invoice
from core.invoices.schemas import InvoiceOut, ReversalOut
from core.localtime import local_date
from core.masking import mask_email
from core.payments import purposes
from core.payments.models import PaymentOrder, PaymentRefund
from core.principal import Principal
from media import links, storage

EVENTS = ("payments.paid", "payments.refunded")
EMAILS_PER_HOUR = 10
LINK_SECONDS = 600  # the PDF's signed link: opened right after the page asked for it
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)+$")

Lines = Callable[[int], Awaitable[list[dict]]]
_LINES: dict[str, Lines] = {}


def register_lines(kind: str, lines: Lines) -> None:
    """The invoice lines of payments of purpose `kind`: `lines(reference id)` answers
    [{"name", "quantity", "unit", "amount_fen"}] summing to the order's amount."""
    _LINES[kind] = lines


# ------------------------------------------------------------------ issuing


async def _buyer_name(account_id: int | None) -> str:
    from core.family.models import Patient

    if account_id is None:
        return "个人"
    me = await Patient.filter(account_id=account_id, is_self=True, deleted_at__isnull=True).first()
    return me.name if me else "个人"


async def _lines(order: PaymentOrder) -> list[dict]:
    kind, ident = purposes.split(order.reference)
    found = _LINES.get(kind)
    if found is not None and ident:
        try:
            lines = await found(ident)
        except Exception:  # a domain's lines never block the invoice itself
            lines = []
        if lines and sum(int(x["amount_fen"]) for x in lines) == order.amount_fen:
            return [{"name": str(x["name"])[:40], "quantity": x.get("quantity", 1), "unit": str(x.get("unit", ""))[:8],
                     "amount_fen": int(x["amount_fen"])} for x in lines][:200]
    label = purposes.label_of(order.reference)
    return [{"name": f"{label}（{order.description}）"[:40] if order.description else label, "quantity": 1,
             "unit": "次", "amount_fen": order.amount_fen}]


async def _create(**fields) -> Invoice:
    """The row with its number FP<China date><id>; None when its key exists already."""
    temp = "T" + secrets.token_hex(10)
    invoice = await Invoice.create(number=temp, **fields)
    invoice.number = f"FP{local_date(invoice.issued_at):%Y%m%d}{invoice.id:010d}"
    await invoice.save(update_fields=["number"])
    return invoice


async def _issue(key: str, build: Callable[[], Awaitable[dict | None]]) -> Invoice | None:
    found = await Invoice.get_or_none(key=key)
    if found is not None:
        return found
    fields = await build()
    if fields is None:
        return None
    try:
        invoice = await _write(key, fields)
    except IntegrityError:  # another consumer issued it first
        return await Invoice.get_or_none(key=key)
    await _store_pdf(invoice)
    return invoice


@transactional
async def _write(key: str, fields: dict) -> Invoice:
    async with in_transaction():
        invoice = await _create(key=key, **fields)
        await audit_service.record(actor=_SYSTEM, action="invoices.issued", target_type="invoice",
                                   target_id=invoice.id, org_id=invoice.org_id,
                                   after={"number": invoice.number, "kind": invoice.kind,
                                          "amount_fen": invoice.amount_fen, "reference": invoice.reference})
    return invoice


_SYSTEM = Principal(kind="system", name="invoices")


async def issue_blue(*, order_id: int) -> Invoice | None:
    """The blue invoice of a paid order (once); None when the order was not paid."""
    async def build() -> dict | None:
        order = await PaymentOrder.get_or_none(id=order_id)
        if order is None or order.paid_at is None:
            return None
        return dict(kind="blue", payment_order_id=order.id, reference=order.reference, org_id=order.org_id,
                    account_id=order.payer_id, buyer_name=await _buyer_name(order.payer_id),
                    amount_fen=order.amount_fen, items=await _lines(order))

    return await _issue(f"blue:{order_id}", build)


async def issue_red(*, refund_id: int) -> Invoice | None:
    """The red invoice of a succeeded refund, reversing the blue invoice of its order (once);
    None when the refund did not succeed or its order has no blue invoice."""
    async def build() -> dict | None:
        refund = await PaymentRefund.get_or_none(id=refund_id)
        if refund is None or refund.state != "success":
            return None
        blue = await Invoice.get_or_none(key=f"blue:{refund.order_id}")
        if blue is None:
            return None
        if refund.amount_fen == blue.amount_fen:
            items = blue.items
        else:
            label = purposes.label_of(blue.reference)
            items = [{"name": f"退款：{label}", "quantity": 1, "unit": "次", "amount_fen": refund.amount_fen}]
        return dict(kind="red", payment_order_id=refund.order_id, refund_id=refund.id, original_id=blue.id,
                    reference=blue.reference, org_id=blue.org_id, account_id=blue.account_id,
                    buyer_name=blue.buyer_name, amount_fen=refund.amount_fen, items=items)

    return await _issue(f"red:{refund_id}", build)


async def on_payment_event(event: DomainEvent) -> None:
    """Consumer group `invoices.issue` of `payments.paid` and `payments.refunded`."""
    p = event.payload
    if event.name == "payments.paid" and p.get("accepted", True):
        await issue_blue(order_id=int(p["order_id"]))
    elif event.name == "payments.refunded":
        await issue_red(refund_id=int(p["refund_id"]))


# ------------------------------------------------------------------ the document


async def _page(invoice: Invoice) -> pdf.InvoicePage:
    from core.orgs.models import OrgNode

    seller = await OrgNode.get_or_none(id=invoice.org_id)
    original = await Invoice.get_or_none(id=invoice.original_id) if invoice.original_id else None
    return pdf.InvoicePage(number=invoice.number, kind=invoice.kind, issued_on=local_date(invoice.issued_at),
                           seller=seller.name if seller else "", buyer=invoice.buyer_name or "个人",
                           amount_fen=invoice.amount_fen, items=list(invoice.items or []),
                           reference_note=invoice.reference, original_number=original.number if original else "")


async def _store_pdf(invoice: Invoice) -> bytes:
    data = await asyncio.to_thread(pdf.render, await _page(invoice))
    key = await asyncio.to_thread(storage.get_storage().put, data)
    await Invoice.filter(id=invoice.id).update(file_key=key)
    invoice.file_key = key
    return data


async def document(invoice: Invoice) -> bytes:
    """The PDF of an invoice (rendered again when the stored one is missing)."""
    if invoice.file_key:
        try:
            return await asyncio.to_thread(storage.get_storage().get, invoice.file_key)
        except storage.StorageError:
            pass
    return await _store_pdf(invoice)


# ------------------------------------------------------------------ the payer's side


def _account(actor: Principal) -> int:
    if actor.kind != "mp" or actor.id is None:
        raise Unauthorized()
    return actor.id


async def _view(invoice: Invoice, *, sellers: dict[int, str] | None = None,
                originals: dict[int, str] | None = None, reversals: list[ReversalOut] | None = None,
                link: bool = True) -> InvoiceOut:
    from core.orgs.models import OrgNode

    if sellers is None:
        seller = await OrgNode.get_or_none(id=invoice.org_id)
        sellers = {invoice.org_id: seller.name if seller else ""}
    if originals is None:
        original = await Invoice.get_or_none(id=invoice.original_id) if invoice.original_id else None
        originals = {original.id: original.number} if original else {}
    sign = -1 if invoice.kind == "red" else 1
    return InvoiceOut(
        id=invoice.id, number=invoice.number, kind=invoice.kind,
        kind_label="红字发票" if invoice.kind == "red" else "蓝字发票", reference=invoice.reference,
        purpose_label=purposes.label_of(invoice.reference), seller_name=sellers.get(invoice.org_id, ""),
        buyer_name=invoice.buyer_name or "个人", amount_fen=invoice.amount_fen,
        amount_yuan=yuan(sign * invoice.amount_fen), items=invoice.items or [], issued_at=invoice.issued_at,
        original_id=invoice.original_id, original_number=originals.get(invoice.original_id, ""),
        pdf_url=await _pdf_link(invoice) if link else None, email=mask_email(invoice.email),
        emailed_at=invoice.emailed_at, email_error=invoice.email_error, reversals=reversals or [])


async def _pdf_link(invoice: Invoice) -> str:
    if not invoice.file_key:
        await _store_pdf(invoice)
    # Counted from the start of the current 5 minutes: the same link for every read in that time (an
    # answer does not change by itself), valid 5 to 10 minutes.
    bucket = int(time.time()) // 300 * 300
    return "/media/" + links.sign(invoice.file_key, purpose="invoice_pdf", ttl_seconds=LINK_SECONDS, now=bucket)


async def my_invoices(*, actor: Principal, reference: str | None = None, limit: int = 20,
                      offset: int = 0) -> tuple[int, list[InvoiceOut]]:
    from core.orgs.models import OrgNode

    qs = Invoice.filter(account_id=_account(actor))
    if reference:
        qs = qs.filter(reference=reference[:64])
    total = await qs.count()
    rows = await qs.order_by("-issued_at", "-id").offset(offset).limit(limit)
    sellers = {o.id: o.name for o in await OrgNode.filter(id__in={r.org_id for r in rows}).only("id", "name")}
    ids = {r.original_id for r in rows if r.original_id}
    originals = {i.id: i.number for i in await Invoice.filter(id__in=ids).only("id", "number")} if ids else {}
    # No links in the list (a link carries its expiry, and a list must not change by itself): one
    # invoice's detail carries its PDF's link.
    return total, [await _view(r, sellers=sellers, originals=originals, link=False) for r in rows]


async def _mine(actor: Principal, invoice_id: int) -> Invoice:
    invoice = await Invoice.get_or_none(id=invoice_id, account_id=_account(actor))
    if invoice is None:
        if await Invoice.exists(id=invoice_id):
            await audit_service.record_denied(actor=actor, action="invoices.read", target_type="invoice",
                                              target_id=invoice_id, reason="not the payer")
        raise InvoiceNotFound(details={"id": invoice_id})
    return invoice


async def my_invoice(*, actor: Principal, invoice_id: int) -> InvoiceOut:
    invoice = await _mine(actor, invoice_id)
    reds = await Invoice.filter(original_id=invoice.id).order_by("id") if invoice.kind == "blue" else []
    return await _view(invoice, reversals=[ReversalOut.model_validate(r) for r in reds])


async def my_invoice_pdf(*, actor: Principal, invoice_id: int) -> tuple[str, bytes]:
    invoice = await _mine(actor, invoice_id)
    return invoice.number, await document(invoice)


def checked_email(email: str) -> str:
    email = (email or "").strip()
    if not 3 <= len(email) <= 254 or not _EMAIL.match(email) or ".." in email:
        raise EmailInvalid(details={"field": "email"})
    return email


@transactional
async def _record_request(actor: Principal, invoice: Invoice, email: str) -> None:
    async with in_transaction():
        await Invoice.filter(id=invoice.id).update(email=email, emailed_at=None, email_error="")
        await audit_service.record(actor=actor, action="invoices.email", target_type="invoice", target_id=invoice.id,
                                   org_id=invoice.org_id, after={"email": mask_email(email)})


async def email(*, actor: Principal, invoice_id: int, email: str) -> InvoiceOut:
    """Send the invoice's PDF to `email`; the outcome is kept on the invoice and answered."""
    address = checked_email(email)
    invoice = await _mine(actor, invoice_id)
    mail.check_configured()
    count, retry = await cache.count_this_hour(f"invoices:mail:{actor.id}")
    if count > EMAILS_PER_HOUR:
        raise EmailTooFrequent(headers={"Retry-After": str(retry)})
    await _record_request(actor, invoice, address)
    data = await document(invoice)
    view = await _view(invoice)
    error = await mail.send_invoice(to=address, number=invoice.number, seller=view.seller_name,
                                    kind_label=view.kind_label, amount_yuan=view.amount_yuan, pdf=data)
    if error:
        await Invoice.filter(id=invoice.id).update(email_error=error[:200])
    else:
        await Invoice.filter(id=invoice.id).update(emailed_at=utcnow(), email_error="")
    return await _view(await Invoice.get(id=invoice.id))
