"""xlsx export shared by every list that administrators can export.

openpyxl (with the numpy it pulls in, 0.4 s) is imported when a sheet is written,
not when the server starts: most processes never export anything.
"""
from __future__ import annotations

import io
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell


def text_cell(ws, value: str) -> WriteOnlyCell:
    """Text written as text: a name typed "=HYPERLINK(...)" must not become a live formula, and
    control characters a worksheet cannot hold (stored text may carry them) are dropped
    rather than failing the whole export."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"
    return cell


def _cell(ws, value):
    if isinstance(value, str):
        return text_cell(ws, value)
    return value


def to_xlsx(title: str, headers: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=title[:31])
    ws.append([_cell(ws, h) for h in headers])
    for row in rows:
        ws.append([_cell(ws, v) for v in row])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
