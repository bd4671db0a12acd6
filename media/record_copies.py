"""Medical-record copies as PDF: accepting an uploaded copy, drawing one from the
HIS's structured records, and stamping the watermark of each download.

Why: seed 003 delivers record copies online. A copy is either a scan the record
room uploads or a document drawn from the structured archive; either way the
patient downloads a PDF that carries, on every page, who downloaded it, when,
and for which request, so a leaked copy can be traced (issue 5 point 7).

* An upload is judged by its content, never its name: it must start with the
  PDF header, parse with pypdf to the last page, not be encrypted (an
  encrypted file cannot be stamped) and stay under the size and page limits.
  It goes through media/uploads.py's `sanitize_pdf`: JavaScript, open and
  trigger actions, launches, embedded files and XFA are removed before it is
  stored, and again when a copy is stamped for a download.
* The stored copy is rewritten once with the request number in its metadata,
  so that its content address (sha256) names exactly one request even when a
  record room uploads the same scan twice.
* The watermark is an overlay drawn with reportlab for each page size, stored
  once as a Form XObject and drawn by every page after its own content
  (rotated pages are straightened first): a light diagonal repetition across
  the page and a footer line whose text stays extractable.

Chinese text uses the CID font of media/documents.py (no font file shipped);
digits and Latin letters are drawn in Helvetica so that request numbers and
times extract exactly. Everything here is blocking CPU work: services call it
through asyncio.to_thread.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, IndirectObject, NameObject
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from media.documents import FONT, LATIN
# The checks and the removal of active content are the one PDF sanitiser every stored PDF goes
# through; its errors and limits stay importable from here.
from media.uploads import (MAX_PAGES, MAX_PDF_BYTES, NotAPdf, PdfTooLarge, read_pdf,  # noqa: F401
                           sanitize_pdf, scrub_writer)

_INK = HexColor("#1f2328")
_GREY = HexColor("#5b6470")
_MARK = HexColor("#c0392b")
_MARK_NAME = "/HuiyiWatermark"


# =================================================================== accepting a copy

def prepare_copy(data: bytes, *, number: str) -> tuple[bytes, int]:
    """The checked copy, without active content, rewritten with the request number in its
    metadata; returns (bytes, pages)."""
    clean, pages, _removed = sanitize_pdf(data, metadata={"/Title": f"病案复印件 {number}", "/HuiyiRequest": number,
                                                          "/Producer": "Huiyi"})
    return clean, pages


def page_count(data: bytes) -> int:
    return len(read_pdf(data).pages)


# =================================================================== the watermark

@dataclass(frozen=True)
class Watermark:
    requester: str  # masked name
    at: dt.datetime  # download time, local
    number: str  # the request number

    @property
    def line(self) -> str:
        return f"{self.requester} {self.at:%Y-%m-%d %H:%M} {self.number}"


def _overlay(width: float, height: float, mark: Watermark) -> PdfReader:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), invariant=1)
    # Diagonal repetition: light enough to read through, everywhere so it cannot be cropped away.
    c.saveState()
    c.setFillColor(_MARK)
    c.setFillAlpha(0.13)
    c.translate(width / 2, height / 2)
    c.rotate(35)
    step_y, size = 110, 16
    text = f"仅供申请人使用 {mark.line}"
    text_w = pdfmetrics.stringWidth(text, FONT, size)
    span = int((width + height) / step_y) + 2
    for row in range(-span, span + 1):
        x = -(width + height) + (row % 2) * text_w / 2
        while x < width + height:
            c.setFont(FONT, size)
            c.drawString(x, row * step_y, text)
            x += text_w + 60
    c.restoreState()
    # The footer: a line of text a reader (and a test) can extract, number in Latin glyphs.
    c.setFillColor(_GREY)
    c.setFillAlpha(0.9)
    y, x = 12, 24
    for part, font in (("病案复印件 · 申请人 ", FONT), (mark.requester, FONT), (" · 下载时间 ", FONT),
                       (f"{mark.at:%Y-%m-%d %H:%M}", LATIN), (" · 申请号 ", FONT), (mark.number, LATIN),
                       (" · 仅供申请用途使用，复制无效", FONT)):
        c.setFont(font, 7)
        c.drawString(x, y, part)
        x += pdfmetrics.stringWidth(part, font, 7)
    c.showPage()
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue()))


def _form(writer: PdfWriter, overlay: PdfReader, width: float, height: float) -> IndirectObject:
    """The overlay page as one Form XObject in the output, drawn by reference on every page."""
    page = overlay.pages[0]
    form = DecodedStreamObject()
    form.set_data(page.get_contents().get_data())
    form.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                 NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(width),
                                                   FloatObject(height)]),
                 NameObject("/Resources"): page["/Resources"].clone(writer)})
    return writer._add_object(form)


def _stream(writer: PdfWriter, data: bytes) -> IndirectObject:
    s = DecodedStreamObject()
    s.set_data(data)
    return writer._add_object(s)


def stamp(data: bytes, mark: Watermark) -> bytes:
    """The copy with the watermark on every page.

    The overlay is stored once, as a Form XObject, and each page draws it by name after its
    own content (wrapped in q/Q so nothing the page left in the graphics state bends it).
    Merging the overlay's content into every page instead cost 0.1 s and 57 KB per page.
    """
    writer = PdfWriter(clone_from=read_pdf(data))
    scrub_writer(writer)  # a copy stored before every upload was sanitised is handed out clean too
    forms: dict[tuple[float, float], IndirectObject] = {}
    before = _stream(writer, b"q\n")
    for page in writer.pages:
        if page.rotation:
            page.transfer_rotation_to_content()  # the overlay is drawn upright: straighten the page first
        box = page.mediabox
        size = (round(float(box.width), 2), round(float(box.height), 2))
        if size not in forms:
            forms[size] = _form(writer, _overlay(*size, mark), *size)
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        page[NameObject("/Resources")] = resources
        xobjects = resources.get("/XObject")
        xobjects = xobjects.get_object() if xobjects is not None else DictionaryObject()
        resources[NameObject("/XObject")] = xobjects
        xobjects[NameObject(_MARK_NAME)] = forms[size]
        after = _stream(writer, b"Q q 1 0 0 1 %.2f %.2f cm %s Do Q\n"
                        % (float(box.left), float(box.bottom), _MARK_NAME.encode()))
        contents = page.get("/Contents")
        current = contents.get_object() if contents is not None else None
        parts = list(current) if isinstance(current, ArrayObject) else ([contents] if contents is not None else [])
        page[NameObject("/Contents")] = ArrayObject([before, *parts, after])
    writer.add_metadata({"/HuiyiWatermark": mark.line})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# =================================================================== a copy drawn from structured records

@dataclass(frozen=True)
class CopyDocument:
    kind_label: str
    title: str
    written_at: dt.datetime
    sections: list[dict[str, str]]


@dataclass(frozen=True)
class CopyAdmission:
    visit_no: str
    department: str
    admitted_on: str
    discharged_on: str
    diagnosis: str
    documents: list[CopyDocument] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # labels of contents asked for but not in the archive


@dataclass(frozen=True)
class RecordCopy:
    number: str
    institution: str
    patient_name: str
    id_number: str  # masked before
    mrn: str
    purpose: str
    contents: list[str]
    made_on: dt.date
    admissions: list[CopyAdmission]


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of at most `width` points. Chinese has no spaces to break at, so lines break
    between any two characters (reportlab's simpleSplit breaks only at spaces)."""
    lines: list[str] = []
    for para in (text or "").split("\n"):
        line, line_w = "", 0.0
        for ch in para:
            w = pdfmetrics.stringWidth(ch, font, size)
            if line and line_w + w > width:
                lines.append(line)
                line, line_w = "", 0.0
            line += ch
            line_w += w
        lines.append(line)
    return lines


class _Flow:
    """A top-to-bottom text cursor over A4 pages that breaks pages as it goes."""

    MARGIN = 56

    def __init__(self, c: Canvas, header: str):
        self.c, self.header = c, header
        self.width, self.height = A4
        self.page = 0
        self._new_page()

    def _new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = self.height - self.MARGIN
        self.c.setFillColor(_GREY)
        self.c.setFont(FONT, 8)
        self.c.drawString(self.MARGIN, self.height - 32, self.header)
        self.c.drawRightString(self.width - self.MARGIN, self.height - 32, f"第 {self.page} 页")

    def need(self, h: float) -> None:
        if self.y - h < self.MARGIN:
            self._new_page()

    def text(self, value: str, *, size: float = 10.5, color=_INK, indent: float = 0, gap: float = 4) -> None:
        lines = wrap(value, FONT, size, self.width - 2 * self.MARGIN - indent)
        for line in lines:
            self.need(size + gap)
            self.c.setFillColor(color)
            self.c.setFont(FONT, size)
            self.c.drawString(self.MARGIN + indent, self.y - size, line)
            self.y -= size + gap

    def space(self, h: float) -> None:
        self.y -= h

    def rule(self) -> None:
        self.need(8)
        self.c.setStrokeColor(_GREY)
        self.c.setLineWidth(0.5)
        self.c.line(self.MARGIN, self.y - 4, self.width - self.MARGIN, self.y - 4)
        self.y -= 10


def render(copy: RecordCopy) -> bytes:
    """The copy as an A4 PDF: a cover with the request, then each stay and its documents."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(f"病案复印件 {copy.number}")
    c.setAuthor(copy.institution)
    c.setCreator("Huiyi")
    f = _Flow(c, f"{copy.institution} · 病案复印件 · 申请号 {copy.number}")
    f.text(copy.institution, size=18, gap=10)
    f.text("病案复印件", size=22, gap=18)
    for label, value in (("患者姓名", copy.patient_name), ("身份证号", copy.id_number), ("病案号", copy.mrn),
                         ("申请号", copy.number), ("复印用途", copy.purpose), ("复印内容", "、".join(copy.contents)),
                         ("制作日期", f"{copy.made_on:%Y-%m-%d}")):
        f.text(f"{label}：{value}", size=12, gap=8)
    f.space(10)
    f.text("本复印件由医院病案室根据归档的结构化病历生成，与归档病历内容一致。", size=10, color=_GREY)
    for adm in copy.admissions:
        f.space(14)
        f.rule()
        f.text(f"住院号 {adm.visit_no}  {adm.department}  {adm.admitted_on} 至 {adm.discharged_on}", size=13, gap=6)
        if adm.diagnosis:
            f.text(f"出院诊断：{adm.diagnosis}", size=11, gap=8)
        for doc in adm.documents:
            f.space(8)
            f.need(60)
            f.text(f"【{doc.kind_label}】{doc.title}", size=12.5, gap=4)
            f.text(f"记录时间：{doc.written_at:%Y-%m-%d %H:%M}", size=9, color=_GREY, gap=6)
            for section in doc.sections:
                if section.get("heading"):
                    f.text(str(section["heading"]), size=11, gap=3)
                f.text(str(section.get("text", "")), size=10.5, indent=12, gap=4)
        if adm.missing:
            f.space(6)
            f.text("以下内容在本次住院的归档病历中没有记录：" + "、".join(adm.missing), size=10, color=_GREY)
    c.showPage()
    c.save()
    return buf.getvalue()
