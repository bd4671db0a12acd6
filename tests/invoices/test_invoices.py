"""E-invoices: issued from payments' events (blue on payment, red on refund), read by the payer only,
opened as PDF and mailed through a real SMTP server (aiosmtpd)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from tortoise.transactions import in_transaction

from core import wiring
from core.audit.models import AuditLog
from core.consult import patient
from core.consult.models import ConsultOrder
from core.consult.schemas import CancelIn, OrderIn
from core.db import transactional
from core.events import service as events
from core.invoices import service as invoices
from core.invoices.amounts import capitals, yuan
from core.invoices.models import Invoice
from core.payments.models import PaymentRefund
from tests import factories


def _text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_amounts():
    assert [capitals(f) for f in (0, 5, 100, 150, 10050, 1000100, 123456789, 101, -3000)] == [
        "零元整", "伍分", "壹元整", "壹元伍角", "壹佰元伍角", "壹万零壹元整",
        "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", "壹元零壹分", "负叁拾元整"]
    assert (yuan(3000), yuan(-5), yuan(123456)) == ("30.00", "-0.05", "1234.56")


@transactional
async def _emit(name: str, payload: dict) -> None:
    """As payments emits them: in a transaction, relayed once it commits."""
    async with in_transaction():
        await events.emit(name, payload)


async def _paid_rows(*, amount_fen=1000, refunded_fen=0, reference="records.request:999999", name="王小明"):
    t = await factories.tree()
    payer = await factories.mp_patient_account(name)
    order, refund = await factories.payment_order(t.hospital_a1, payer=payer.actor.id, amount_fen=amount_fen,
                                                  refunded_fen=refunded_fen, reference=reference)
    return t, payer, order, refund


async def test_events_issue_blue_then_red_once_each():
    wiring.wire()
    t, payer, order, refund = await _paid_rows(amount_fen=3000, refunded_fen=1000)
    paid = {"order_id": order.id, "out_trade_no": order.out_trade_no, "reference": order.reference,
            "amount_fen": 3000, "accepted": True}
    await _emit("payments.paid", paid)
    await _emit("payments.paid", paid)  # delivered again
    await factories.drain("invoices.issue")
    blue = await Invoice.get(key=f"blue:{order.id}")
    assert (blue.kind, blue.amount_fen, blue.org_id, blue.account_id, blue.buyer_name) == (
        "blue", 3000, t.hospital_a1.id, payer.actor.id, "王小明")
    assert blue.number.startswith("FP") and len(blue.number) == 20 and blue.file_key
    assert blue.items == [{"name": "病案复印（测试支付）", "quantity": 1, "unit": "次", "amount_fen": 3000}]
    await _emit("payments.refunded", {"order_id": order.id, "refund_id": refund.id, "amount_fen": 1000,
                                      "reference": order.reference, "refunded_fen": 1000, "full": False})
    await factories.drain("invoices.issue")
    assert await invoices.issue_red(refund_id=refund.id) is not None  # again: the same row
    red = await Invoice.get(key=f"red:{refund.id}")
    assert (red.kind, red.amount_fen, red.original_id, red.refund_id) == ("red", 1000, blue.id, refund.id)
    assert red.items[0]["name"] == "退款：病案复印"
    assert await Invoice.all().count() == 2
    assert await AuditLog.filter(action="invoices.issued").count() == 2
    detail = await invoices.my_invoice(actor=payer.actor, invoice_id=blue.id)
    assert [(r.id, r.amount_fen) for r in detail.reversals] == [(red.id, 1000)]
    shown = await invoices.my_invoice(actor=payer.actor, invoice_id=red.id)
    assert (shown.original_number, shown.amount_yuan, shown.kind_label) == (blue.number, "-10.00", "红字发票")
    text = _text(await invoices.document(red))
    assert "红字" in text and "-10.00" in text and "负壹拾元整" in text and blue.number in text


async def test_a_refused_payment_and_an_unpaid_order_get_no_invoice():
    wiring.wire()
    _, _, order, _ = await _paid_rows()
    await _emit("payments.paid", {"order_id": order.id, "reference": order.reference, "amount_fen": 1000,
                                  "accepted": False})
    await factories.drain("invoices.issue")
    assert await Invoice.all().count() == 0
    await order.__class__.filter(id=order.id).update(paid_at=None)
    assert await invoices.issue_blue(order_id=order.id) is None
    assert await invoices.issue_blue(order_id=987654) is None
    assert await invoices.issue_red(refund_id=987654) is None


async def test_a_consultation_paid_and_cancelled_through_wechatpay(wechatpay):
    """The real path: the order paid through (offline) WeChat Pay, then cancelled and refunded."""
    wiring.wire()
    w = await factories.consult_world()
    placed = await patient.place(actor=w.child.actor, data=OrderIn(
        doctor_id=w.doctor.id, patient_id=w.parent.patient.id, symptoms="孩子咳嗽三天，夜间加重，体温37.8度",
        illness_duration="一周内"))
    started = await patient.pay(actor=w.child.actor, order_id=placed.id)
    assert (await wechatpay.pay(started.payment.pay_params.model_dump())).status_code == 200
    await wechatpay.delivered()
    await factories.drain("invoices.issue")
    blue = await Invoice.get(reference=f"consult.order:{placed.id}", kind="blue")
    # the payer (the child) holds it, with the payer's name
    assert blue.account_id == w.child.actor.id and blue.amount_fen == 3000
    await patient.cancel(actor=w.child.actor, order_id=placed.id, data=CancelIn(reason="已去医院"))
    await factories.drain("consult.money")
    await wechatpay.delivered()
    await factories.drain("consult.money", "invoices.issue")
    order = await ConsultOrder.get(id=placed.id)
    assert order.refund_state == "refunded"
    refund = await PaymentRefund.get(order__reference=f"consult.order:{placed.id}")
    red = await Invoice.get(key=f"red:{refund.id}")
    assert (red.amount_fen, red.original_id, red.items) == (3000, blue.id, blue.items)


async def _issued(name="王小明", amount_fen=1000):
    t, payer, order, _ = await _paid_rows(name=name, amount_fen=amount_fen)
    invoice = await invoices.issue_blue(order_id=order.id)
    return t, payer, invoice


async def test_api_mine_only_and_the_pdf(client):
    t, payer, invoice = await _issued(amount_fen=12050)
    r = await client.get("/api/mp/v1/invoices", headers=payer.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == 1 and body["items"][0]["number"] == invoice.number
    one = body["items"][0]
    assert (one["seller_name"], one["buyer_name"], one["amount_yuan"], one["purpose_label"], one["kind_label"]) == (
        "江岸医院", "王小明", "120.50", "病案复印", "蓝字发票")
    # the PDF through the detail's signed link, without a login (the link is the credential)
    assert one["pdf_url"] is None
    link = (await client.get(f"/api/mp/v1/invoices/{invoice.id}", headers=payer.headers)).json()["pdf_url"]
    r = await client.get(link)
    assert link.startswith("/media/invoice_pdf.") and r.status_code == 200
    assert r.headers["content-type"] == "application/pdf" and invoice.number in _text(r.content)
    r = await client.get("/api/mp/v1/invoices?reference=consult.order:1", headers=payer.headers)
    assert r.json()["total"] == 0
    r = await client.get(f"/api/mp/v1/invoices/{invoice.id}/pdf", headers=payer.headers)
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    text = _text(r.content)
    for s in (invoice.number, "江岸医院", "王小明", "壹佰贰拾元伍角", "120.50", "电子发票"):
        assert s in text, s
    assert "红字" not in text
    # someone else: nothing listed, 404 for the invoice, the attempt audited
    other = await factories.mp_patient_account("李四")
    assert (await client.get("/api/mp/v1/invoices", headers=other.headers)).json()["total"] == 0
    for path in (f"/api/mp/v1/invoices/{invoice.id}", f"/api/mp/v1/invoices/{invoice.id}/pdf"):
        r = await client.get(path, headers=other.headers)
        assert r.status_code == 404 and r.json()["code"] == "invoices.not_found"
    r = await client.post(f"/api/mp/v1/invoices/{invoice.id}/email", headers=other.headers, json={"email": "a@b.cn"})
    assert r.status_code == 404
    assert await AuditLog.filter(action="invoices.read", outcome="denied").count() == 3
    assert (await client.get("/api/mp/v1/invoices")).status_code == 401
    # a PDF lost from storage is drawn again
    await Invoice.filter(id=invoice.id).update(file_key="")
    r = await client.get(f"/api/mp/v1/invoices/{invoice.id}/pdf", headers=payer.headers)
    assert invoice.number in _text(r.content)


async def test_email_through_smtp(client, smtp):
    _, payer, invoice = await _issued(amount_fen=3000)
    r = await client.post(f"/api/mp/v1/invoices/{invoice.id}/email", headers=payer.headers,
                          json={"email": "wang.xm@example.cn"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["emailed_at"] and body["email_error"] == "" and body["email"] == "w***@example.cn"
    assert len(smtp.messages) == 1 and smtp.messages[0]["to"] == ["wang.xm@example.cn"]
    msg = smtp.messages[0]["message"]
    assert invoice.number in msg["Subject"] and "江岸医院" in msg["Subject"]
    [(filename, data)] = smtp.attachments()
    assert filename == f"{invoice.number}.pdf"
    text = _text(data)
    assert invoice.number in text and "叁拾元整" in text and "王小明" in text
    row = await Invoice.get(id=invoice.id)
    assert row.email == "wang.xm@example.cn" and row.emailed_at is not None
    assert await AuditLog.filter(action="invoices.email").count() == 1
    # the server refuses the mailbox: the reason is kept and answered; a later send clears it
    smtp.refuse_next("550 5.1.1 No such user")
    r = await client.post(f"/api/mp/v1/invoices/{invoice.id}/email", headers=payer.headers,
                          json={"email": "nobody@example.cn"})
    assert r.status_code == 200 and r.json()["email_error"] == "收件地址被邮件服务器拒绝"
    assert r.json()["emailed_at"] is None
    r = await client.post(f"/api/mp/v1/invoices/{invoice.id}/email", headers=payer.headers,
                          json={"email": "wang.xm@example.cn"})
    assert r.json()["email_error"] == "" and r.json()["emailed_at"] and len(smtp.messages) == 2


@pytest.mark.parametrize("address", ["", "no-at-sign", "a@b", "a..b@example.cn", "a b@example.cn",
                                     "x" * 65 + "@example.cn", "a@" + "b" * 250 + ".cn", "a@-bad.cn"])
async def test_bad_addresses_are_refused(client, smtp, address):
    _, payer, invoice = await _issued()
    r = await client.post(f"/api/mp/v1/invoices/{invoice.id}/email", headers=payer.headers, json={"email": address})
    assert r.status_code == 422, r.text
    assert not smtp.messages and (await Invoice.get(id=invoice.id)).email is None


async def test_smtp_unreachable_and_the_rate_limit(client, settings, smtp):
    _, payer, invoice = await _issued()
    from tests.smtp_server import _free_port

    settings.smtp_port = _free_port()  # nobody listens there
    r = await client.post(f"/api/mp/v1/invoices/{invoice.id}/email", headers=payer.headers, json={"email": "a@b.cn"})
    assert r.status_code == 200 and r.json()["email_error"] == "邮件发送失败，请稍后重试"
    settings.smtp_port = smtp.port
    for _ in range(invoices.EMAILS_PER_HOUR - 1):
        r = await client.post(f"/api/mp/v1/invoices/{invoice.id}/email", headers=payer.headers,
                              json={"email": "a@b.cn"})
        assert r.status_code == 200
    r = await client.post(f"/api/mp/v1/invoices/{invoice.id}/email", headers=payer.headers, json={"email": "a@b.cn"})
    assert r.status_code == 429 and r.json()["code"] == "invoices.email_rate_limited"


async def test_without_smtp_host_the_message_is_spooled(client, settings, tmp_path):
    settings.smtp_host, old = "", settings.smtp_spool_dir
    settings.smtp_spool_dir = str(tmp_path / "mail")
    try:
        _, payer, invoice = await _issued()
        r = await client.post(f"/api/mp/v1/invoices/{invoice.id}/email", headers=payer.headers,
                              json={"email": "a@b.cn"})
        assert r.status_code == 200 and r.json()["emailed_at"]
        [eml] = list(Path(settings.smtp_spool_dir).glob("*.eml"))
        assert invoice.number in eml.name and b"application/pdf" in eml.read_bytes()
    finally:
        settings.smtp_spool_dir = old


async def test_a_medicine_order_lists_its_drugs_and_the_delivery_fee():
    from core.pharmacy.models import RxOrder

    w = await factories.rx_world()
    rx = await factories.rx_prescription(w, items=(("folic_acid", "0.4", "qd", 30, 2), ("paracetamol", "500", "tid", 3, 1)))
    drugs = 2 * 1200 + 620
    order = await RxOrder.create(number="YP0002", prescription_id=rx.id, state="paid", account_id=w.consult.parent.actor.id,
                                 patient_id=w.consult.parent.patient.id, institution_id=w.hospital.id,
                                 fulfilment="delivery", drug_fen=drugs, delivery_fen=800, amount_fen=drugs + 800)
    pay, _ = await factories.payment_order(w.hospital, payer=w.consult.parent.actor.id, amount_fen=drugs + 800,
                                           reference=f"pharmacy.order:{order.id}")
    invoice = await invoices.issue_blue(order_id=pay.id)
    assert [(i["name"], i["quantity"], i["amount_fen"]) for i in invoice.items] == [
        ("叶酸片 0.4mg*31片", 2, 2400), ("对乙酰氨基酚片 0.5g*12片", 1, 620), ("配送费", 1, 800)]
    text = _text(await invoices.document(invoice))
    assert "叶酸片" in text and "配送费" in text and "叁拾捌元贰角" in text and "王大山" in text
