"""PDF documents and QR codes: the certificate of the periodic assessment, the doctor's name card.

Why: institutions print certificates one by one or a whole cycle at a time, and
physicians print their own (seed 000: 打印合格证书). Every certificate carries a
QR code of its public verification URL, so whoever holds the paper can check
it against our records. One page renderer serves single and batch printing, so
a certificate looks the same however it was printed.

Chinese text uses reportlab's built-in CID font STSong-Light: the PDF names the
font and the reader supplies the glyphs, so no font file ships with the project
and the text stays extractable (searchable, copyable).

This module draws what it is given. Deciding what may be shown (the ID number
arrives masked) and signing the verification URL are the services' business
(core/assessment/certificates.py). Rendering is blocking CPU work: code on the
event loop calls it through asyncio.to_thread.
"""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

FONT = "STSong-Light"
LATIN = "Helvetica"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = "医师定期考核合格证书"
PAGE = landscape(A4)
_RED = HexColor("#9b1c1c")
_GOLD = HexColor("#b08d3c")
_INK = HexColor("#1f2328")
_GREY = HexColor("#5b6470")


@dataclass(frozen=True)
class CertificatePage:
    """What one certificate shows; values are drawn as given (mask before)."""

    name: str
    id_number: str
    institution: str
    cycle: str
    result_label: str
    serial: str
    issued_on: dt.date
    authority: str
    verify_url: str


def qr_png(text: str, *, box_size: int = 8, border: int = 2) -> bytes:
    """A black-on-white QR code of `text` as PNG bytes (error correction M: survives a smudge)."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box_size, border=border)
    qr.add_data(text)
    qr.make(fit=True)
    buf = io.BytesIO()
    qr.make_image(fill_color="black", back_color="white").save(buf, format="PNG")
    return buf.getvalue()


def render_certificate(page: CertificatePage) -> bytes:
    return render_certificates([page])


def render_certificates(pages: Sequence[CertificatePage]) -> bytes:
    """One PDF with one A4 landscape page per certificate, in the given order."""
    if not pages:
        raise ValueError("no certificate to render")
    buf = io.BytesIO()
    # invariant: no creation timestamp or random document id, so the same input gives the same bytes.
    c = Canvas(buf, pagesize=PAGE, invariant=1, pageCompression=1)
    c.setTitle(TITLE)
    c.setAuthor(pages[0].authority)
    c.setCreator("Huiyi")
    for page in pages:
        _draw(c, page)
        c.showPage()
    c.save()
    return buf.getvalue()


def _centered(c: Canvas, text: str, y: float, size: float, *, font: str = FONT, spacing: float = 0) -> None:
    width = pdfmetrics.stringWidth(text, font, size) + spacing * max(len(text) - 1, 0)
    t = c.beginText((PAGE[0] - width) / 2, y)
    t.setFont(font, size)
    t.setCharSpace(spacing)
    t.textOut(text)
    c.drawText(t)


def _draw(c: Canvas, p: CertificatePage) -> None:
    w, h = PAGE
    # Frame: a heavy red line and a thin gold one inside it.
    c.setStrokeColor(_RED)
    c.setLineWidth(6)
    c.rect(22, 22, w - 44, h - 44)
    c.setStrokeColor(_GOLD)
    c.setLineWidth(1.2)
    c.rect(34, 34, w - 68, h - 68)

    c.setFillColor(_GREY)
    c.setFont(FONT, 11)
    c.drawRightString(w - 60, h - 62, f"证书编号：{p.serial}")

    c.setFillColor(_RED)
    _centered(c, TITLE, h - 120, 32, spacing=6)
    c.setFillColor(_GREY)
    _centered(c, "Certificate of Periodic Assessment for Physicians", h - 146, 11, font="Helvetica-Oblique")
    c.setStrokeColor(_GOLD)
    c.setLineWidth(0.8)
    c.line(w / 2 - 180, h - 160, w / 2 + 180, h - 160)

    # The holder, as label / value rows; long values wrap under themselves.
    left, label_w, y = 150, 92, h - 205
    rows = (("姓　　名", p.name, 18), ("身份证号", p.id_number, 15), ("执业机构", p.institution, 15),
            ("考核周期", p.cycle, 15), ("考核结果", p.result_label, 18))
    for label, value, size in rows:
        c.setFillColor(_GREY)
        c.setFont(FONT, 14)
        c.drawString(left, y, f"{label}：")
        c.setFillColor(_RED if label == "考核结果" else _INK)
        lines = simpleSplit(value, FONT, size, w - left - label_w - 160) or [""]
        for i, line in enumerate(lines[:2]):
            c.setFont(FONT, size)
            c.drawString(left + label_w, y - i * (size + 4), line)
        y -= 34 + (min(len(lines), 2) - 1) * (size + 4)

    c.setFillColor(_INK)
    statement = f"该医师参加{p.cycle}医师定期考核，考核结果为{p.result_label}，特发此证。"
    for i, line in enumerate(simpleSplit(statement, FONT, 14, w - 2 * left)[:3]):
        c.setFont(FONT, 14)
        c.drawString(left, y - 8 - i * 20, line)

    # Verification: the QR code bottom left, the issuer and the date bottom right.
    qr_size = 108
    c.drawImage(ImageReader(io.BytesIO(qr_png(p.verify_url))), 70, 62, qr_size, qr_size)
    c.setFillColor(_GREY)
    c.setFont(FONT, 9)
    c.drawString(70, 50, "微信或浏览器扫码核验证书真伪")

    c.setFillColor(_INK)
    c.setFont(FONT, 14)
    c.drawRightString(w - 90, 110, f"发证机关：{p.authority}")
    c.drawRightString(w - 90, 84, f"发证日期：{p.issued_on.year}年{p.issued_on.month:02d}月{p.issued_on.day:02d}日")


# ---------------------------------------------------------------- the doctor's name card

@dataclass(frozen=True)
class NameCard:
    """What a doctor's QR name card shows (seed 004 医生移动端 我的名片): the QR code opens `url`."""

    name: str
    title: str
    department: str
    institution: str
    url: str
    photo: bytes | None = None  # the stored, re-encoded photo


CARD_PAGE = (105 * 72 / 25.4, 148 * 72 / 25.4)  # A6 portrait: printed and handed out, or shared as a file
_BLUE = HexColor("#0b5cad")


def render_name_card(card: NameCard) -> bytes:
    """One A6 page: the photo (if any), name, title, department and hospital, and the QR code."""
    w, h = CARD_PAGE
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=CARD_PAGE, invariant=1, pageCompression=1)
    c.setTitle(f"{card.name} 医生名片")
    c.setCreator("Huiyi")
    c.setFillColor(_BLUE)
    c.rect(0, h - 34, w, 34, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont(FONT, 12)
    c.drawCentredString(w / 2, h - 22, "互联网医院 · 医生名片")
    top = h - 52
    x = 18
    if card.photo:
        try:
            c.drawImage(ImageReader(io.BytesIO(card.photo)), x, top - 84, width=66, height=84,
                        preserveAspectRatio=True, anchor="c")
            x += 78
        except Exception:  # noqa: BLE001 - a photo that cannot be drawn leaves the card without it
            pass
    c.setFillColor(_INK)
    c.setFont(FONT, 20)
    c.drawString(x, top - 22, card.name)
    c.setFillColor(_GREY)
    c.setFont(FONT, 11)
    y = top - 42
    for line in (card.title, card.department, *simpleSplit(card.institution, FONT, 11, w - x - 14)):
        if line:
            c.drawString(x, y, line)
            y -= 15
    size = 150
    c.drawImage(ImageReader(io.BytesIO(qr_png(card.url, box_size=10))), (w - size) / 2, 46, width=size, height=size)
    c.setFillColor(_INK)
    c.setFont(FONT, 10)
    c.drawCentredString(w / 2, 32, "微信扫一扫，向我图文咨询或视频问诊")
    c.setFillColor(_GREY)
    c.setFont(LATIN, 6)
    c.drawCentredString(w / 2, 18, card.url[:90])
    c.showPage()
    c.save()
    return buf.getvalue()
