"""The invoice as a PDF (A5 landscape, like a printed 电子发票).

Why: the payer opens it on the phone and receives it by mail; it must read as an invoice: the
seller (the hospital that took the money), the buyer, number and date, one line per item, the
total in figures and in capitals. A red (reversing) invoice says so in its title (红字) and shows
its amounts negative (负数), with the number of the blue invoice it reverses. Chinese text uses
media/documents.py's CID font, so the text stays extractable (the tests read it with pypdf).
Rendering is blocking CPU work: callers on the event loop use asyncio.to_thread.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A5, landscape
from reportlab.pdfgen.canvas import Canvas

from core.invoices.amounts import capitals, yuan
from media.documents import FONT

_PAGE = landscape(A5)
_BLUE = HexColor("#1f4e8c")
_RED = HexColor("#b42318")
_INK = HexColor("#1f2328")


@dataclass(frozen=True)
class InvoicePage:
    number: str
    kind: str  # blue / red
    issued_on: dt.date
    seller: str
    buyer: str
    amount_fen: int  # positive; a red invoice prints it negative
    items: list[dict] = field(default_factory=list)  # {"name", "quantity", "unit", "amount_fen"}
    reference_note: str = ""  # 业务单号
    original_number: str = ""  # red: the blue invoice reversed


def render(page: InvoicePage) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=_PAGE)
    red = page.kind == "red"
    sign = -1 if red else 1
    colour = _RED if red else _BLUE
    c.setTitle(f"电子发票 {page.number}")
    width, height = _PAGE
    left, right = 36, width - 36
    c.setFillColor(colour)
    c.setFont(FONT, 18)
    title = "电子发票（普通发票）" + ("　红字（负数）" if red else "")
    c.drawCentredString(width / 2, height - 46, title)
    c.setFont(FONT, 9.5)
    c.setFillColor(_INK)
    c.drawString(left, height - 72, f"发票号码：{page.number}")
    c.drawRightString(right, height - 72, f"开票日期：{page.issued_on:%Y年%m月%d日}")
    c.setStrokeColor(colour)
    top = height - 82
    c.rect(left, 74, right - left, top - 74)
    c.drawString(left + 8, top - 18, f"购买方名称：{page.buyer}")
    c.drawString(left + 8, top - 34, f"销售方名称：{page.seller}")
    c.line(left, top - 44, right, top - 44)
    y = top - 60
    cols = (left + 8, left + 270, left + 330, right - 8)
    c.drawString(cols[0], y, "项目名称")
    c.drawString(cols[1], y, "数量")
    c.drawString(cols[2], y, "单位")
    c.drawRightString(cols[3], y, "金额（元）")
    y -= 16
    for item in page.items[:12]:
        c.drawString(cols[0], y, str(item.get("name", ""))[:30])
        c.drawString(cols[1], y, str(item.get("quantity", "")))
        c.drawString(cols[2], y, str(item.get("unit", ""))[:4])
        c.drawRightString(cols[3], y, yuan(sign * int(item.get("amount_fen", 0))))
        y -= 15
    if len(page.items) > 12:
        c.drawString(cols[0], y, f"……另有 {len(page.items) - 12} 项（详见业务清单）")
    c.line(left, 124, right, 124)
    c.drawString(left + 8, 108, f"价税合计（大写）：{capitals(sign * page.amount_fen)}")
    c.drawRightString(cols[3], 108, f"（小写）¥{yuan(sign * page.amount_fen)}")
    note = f"备注：业务单号 {page.reference_note}" if page.reference_note else "备注："
    if red:
        note += f"；对应蓝字发票号码 {page.original_number}"
    c.drawString(left + 8, 86, note[:80])
    c.setFont(FONT, 8)
    c.drawString(left, 58, "本发票由互联网医院服务平台开具，医疗服务免征增值税。")
    c.showPage()
    c.save()
    return buf.getvalue()
