"""电子发票 on the H5 client (390×844 Chromium; seed 004 居民移动端 16): a patient pays a consultation
through the offline cashier; its invoice (issued by the consumer of payments.paid, driven here as
the worker runs it) is listed under 电子发票, opens as a PDF (read back with pypdf) and is sent by the
server to her mailbox: a real SMTP server (aiosmtpd) on loopback receives the mail with the PDF
attached, and the screen says so. Cancelled and refunded, the order gets its 红字发票, which names
the invoice it reverses. (Medicine orders show the same panel on their page: tests/h5/test_rx_purchase.py.)"""
from __future__ import annotations

import asyncio
import email
import io
from email import policy

import pytest
from aiosmtpd.controller import Controller
from playwright.async_api import expect
from pypdf import PdfReader

from core.accounts.models import MpAccount
from core.consult import patient
from core.consult.models import ConsultOrder
from core.consult.schemas import OrderIn
from core.invoices.models import Invoice
from tests import factories
from tests.h5.conftest import login_as, serve_h5
from tests.live_server import free_port

pytestmark = pytest.mark.e2e


class Mailbox:
    """What the loopback SMTP server received."""

    def __init__(self):
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd's handler hook
        self.messages.append((list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 Message accepted"


@pytest.fixture(scope="module")
def mailbox():
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    box.port = controller.port
    try:
        yield box
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def h5_server(settings, database, tmp_path_factory, mailbox):
    """The served app sending mail through the loopback SMTP server."""
    yield from serve_h5(settings, tmp_path_factory, SMTP_HOST="127.0.0.1", SMTP_PORT=str(mailbox.port),
                        SMTP_STARTTLS="0", SMTP_FROM="invoice@hospital.test")


async def _invoice(reference: str, kind: str) -> Invoice:
    """The invoice once the consumer group invoices.issue has run over the payment's event."""
    for _ in range(40):
        await factories.drain("invoices.issue")
        found = await Invoice.get_or_none(reference=reference, kind=kind)
        if found:
            return found
        await asyncio.sleep(0.25)
    raise AssertionError(f"no {kind} invoice of {reference}")


async def test_an_invoice_opens_as_pdf_is_emailed_and_a_refund_shows_its_red_invoice(phone, mailbox, h5_wechatpay):
    w = await factories.consult_world()
    placed = await patient.place(actor=w.child.actor, data=OrderIn(
        doctor_id=w.doctor.id, patient_id=w.child.patient.id, symptoms="皮疹两天，瘙痒明显，想咨询用药"))
    page = await phone()
    await login_as(page, (await MpAccount.get(id=w.child.actor.id)).openid)
    await page.goto(f"/h5/#/consult/orders/{placed.id}")
    await page.click("[data-pay]")
    await expect(page.locator("[data-order-detail] [data-state]")).to_have_text("待接诊")

    reference = f"consult.order:{placed.id}"
    blue = await _invoice(reference, "blue")
    assert blue.amount_fen == 3000

    # ---- 电子发票: the list, the invoice, the order it is for
    await page.goto("/h5/#/")
    await page.click("a.tile:has-text('电子发票')")
    row = page.locator(f"[data-invoice-list] [data-invoice='{blue.id}']")
    await expect(row).to_contain_text(blue.number)
    await expect(row).to_contain_text("¥30.00")
    await row.click()
    detail = page.locator(f"[data-invoice-detail='{blue.id}']")
    await expect(detail.locator("[data-amount]")).to_have_text("¥30.00")
    await expect(detail.locator("[data-order-of]")).to_have_attribute("href", f"#/consult/orders/{placed.id}")

    # ---- the PDF
    async with page.expect_download() as download:
        await page.click("[data-open-pdf]")
    path = await (await download.value).path()
    assert blue.number in "".join(p.extract_text() for p in PdfReader(path).pages)

    # ---- sent to her mailbox by the server (a malformed address never leaves the phone)
    await page.fill("[data-email]", "not-an-address")
    await page.click("[data-send-email]")
    await expect(page.locator(".error-banner")).to_contain_text("请输入正确的邮箱地址")
    assert not mailbox.messages
    await page.fill("[data-email]", "wang.xiuying@example.com")
    await page.click("[data-send-email]")
    await expect(page.locator("[data-email-state='sent']")).to_be_visible()
    rcpts, raw = mailbox.messages[-1]
    assert rcpts == ["wang.xiuying@example.com"]
    mail = email.message_from_bytes(raw, policy=policy.default)
    assert blue.number in mail["Subject"]
    pdfs = [part for part in mail.iter_attachments() if part.get_content_type() == "application/pdf"]
    assert len(pdfs) == 1
    assert blue.number in "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdfs[0].get_content())).pages)
    assert (await Invoice.get(id=blue.id)).emailed_at is not None

    # ---- cancelled and refunded (the worker's consumers, WeChat Pay's notification): its 红字发票
    await page.goto(f"/h5/#/consult/orders/{placed.id}")
    await page.click("[data-cancel]")
    await page.click(".dialog button:has-text('确定')")
    await expect(page.locator("[data-order-detail] [data-refund]")).to_have_text("退款中")
    for _ in range(40):
        await factories.drain("consult.money")
        if (await ConsultOrder.get(id=placed.id)).refund_state == "refunded":
            break
        await asyncio.sleep(0.5)
    red = await _invoice(reference, "red")
    assert (red.original_id, red.amount_fen) == (blue.id, 3000)
    await page.goto("/h5/#/rx/invoices")
    red_row = page.locator(f"[data-invoice-list] [data-invoice='{red.id}']")
    await expect(red_row).to_have_attribute("data-kind", "red")
    await expect(red_row).to_contain_text("红字发票")
    await expect(red_row).to_contain_text("-30.00")
    await red_row.click()
    await expect(page.locator("[data-original]")).to_have_text(blue.number)
    await page.click("[data-original]")
    await expect(page.locator(f"[data-invoice-detail='{blue.id}']")).to_be_visible()
    await expect(page.locator(f"[data-reversals] [data-invoice='{red.id}']")).to_contain_text(red.number)
