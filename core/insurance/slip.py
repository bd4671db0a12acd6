"""The purchase slip (购药提示单) of an insurance e-prescription, as a PDF.

Why: after the upload the patient buys at any designated pharmacy with the 医保处方编号; the slip
the doctor prints carries it as text and as a QR code the pharmacy scans, with what the pharmacy
checks against the centre's record (the drugs, the doctor, the date, how long it is valid). The
patient's name arrives masked. Fonts and the QR code come from media/documents.py (STSong-Light:
the text stays extractable). Rendering blocks: callers use asyncio.to_thread.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A5
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from media.documents import FONT, LATIN, qr_png

_INK, _GREY, _LINE = HexColor("#1f2328"), HexColor("#5b6470"), HexColor("#c9ced6")


@dataclass(frozen=True)
class SlipItem:
    name: str
    spec: str
    usage: str
    quantity: str


@dataclass(frozen=True)
class Slip:
    hi_rxno: str
    rx_number: str
    institution: str
    department: str
    patient: str  # masked
    sex: str
    age: str
    diagnoses: str
    items: list[SlipItem]
    doctor: str
    date: dt.date
    valid_days: int
    state: str


def render_slip(s: Slip) -> bytes:
    """One A5 page (more when the drugs run over)."""
    w, h = A5
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A5, invariant=1, pageCompression=1)
    c.setTitle(f"购药提示单 {s.hi_rxno}")
    c.setCreator("Huiyi")
    c.setFillColor(_INK)
    c.setFont(FONT, 15)
    c.drawCentredString(w / 2, h - 40, s.institution)
    c.setFont(FONT, 13)
    c.drawCentredString(w / 2, h - 60, "医保电子处方购药提示单")
    size = 96
    c.drawImage(ImageReader(io.BytesIO(qr_png(s.hi_rxno, box_size=6))), w - 28 - size, h - 80 - size,
                width=size, height=size)
    c.setFont(FONT, 10)
    y = h - 92
    for line in (f"医保处方编号：{s.hi_rxno}", f"院内处方号：{s.rx_number}", f"患者：{s.patient}  {s.sex}  {s.age}",
                 f"科室：{s.department}", f"开具日期：{s.date.isoformat()}", f"有效期：{s.valid_days}天",
                 f"状态：{s.state}"):
        c.drawString(28, y, line)
        y -= 15
    for line in simpleSplit(f"诊断：{s.diagnoses}", FONT, 10, w - 56)[:3]:
        c.drawString(28, y, line)
        y -= 15
    y -= 4
    c.setStrokeColor(_LINE)
    c.line(28, y, w - 28, y)
    y -= 16
    c.setFont(FONT, 10)
    c.drawString(28, y, "药品名称 / 规格")
    c.drawString(w * 0.52, y, "用法用量")
    c.drawRightString(w - 28, y, "数量")
    y -= 16
    for n, item in enumerate(s.items, start=1):
        if y < 90:
            c.showPage()
            c.setFont(FONT, 10)
            y = h - 40
        c.setFillColor(_INK)
        c.drawString(28, y, f"{n}. {item.name}"[:30])
        c.drawString(w * 0.52, y, item.usage[:24])
        c.drawRightString(w - 28, y, item.quantity)
        c.setFillColor(_GREY)
        c.setFont(FONT, 8)
        c.drawString(40, y - 11, item.spec[:40])
        c.setFont(FONT, 10)
        y -= 28
    c.setFillColor(_INK)
    c.line(28, 80, w - 28, 80)
    c.drawString(28, 64, f"医师：{s.doctor}")
    c.setFillColor(_GREY)
    c.setFont(FONT, 8)
    c.drawString(28, 46, "请持本提示单（或出示医保处方编号）至定点零售药店购药，医保电子处方中心核验后结算。")
    c.setFont(LATIN, 7)
    c.drawString(28, 32, s.hi_rxno)
    c.showPage()
    c.save()
    return buf.getvalue()
