"""Spreadsheet imports: read an uploaded xlsx, check its header, validate every row,
and answer with a row-by-row report (also downloadable as xlsx).

Why: several consoles import data from the province's templates (subordinate
organisations, bad records, physicians). They share one shape: the file must be
readable and carry the template's columns; each row is validated by a pydantic
model and then by the domain (duplicates, lookups); if any row fails nothing is
written and the user gets back every row with its reasons, in the same columns
they uploaded plus 行号 / 结果 / 错误原因. Domains supply the columns, the row
model and their own checks; this module owns the rest.

Personal data in the report is masked like in every other answer (issue 9 point
10): the values shown for ID-number and phone columns (by field name, see
core.masking.masker_for_field) are masked when the rows are read, so neither the
JSON answer, the xlsx report nor a report kept in Redis carries them in clear.
The row number says which row of their own file the uploader should open.

Usage:

    rows = read_rows(content, {"名称": "name", "机构编码": "code"})
    reports = validate_rows(rows, OrgRowIn, columns)   # RowReport per row, .parsed when valid
    reports[0].add("code", "机构编码已存在")               # domain checks add errors
    report = ImportReport.of(reports, columns)          # ok when no row failed
    report.answer()                                     # JSON answer, or RowsInvalid (422) with the rows
    report_xlsx(report)                                 # the report as a spreadsheet
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from core import exports
from core.errors import AppError
from core.masking import masker_for_field

if TYPE_CHECKING:  # openpyxl is imported when a sheet is read or written (see core/exports.py)
    from openpyxl.cell import WriteOnlyCell

MAX_ROWS = 5000
# An xlsx is a zip: refuse archives that inflate far beyond any real template
# before openpyxl expands them in memory.
MAX_UNCOMPRESSED = 64 * 1024 * 1024


class MalformedFile(AppError):
    status, code, message = 422, "import.malformed_file", "无法读取文件，请上传由模板填写的 .xlsx 文件"


class WrongColumns(AppError):
    status, code, message = 422, "import.wrong_columns", "表头与模板不一致"


class TooManyRows(AppError):
    status, code, message = 422, "import.too_many_rows", "文件行数超过上限"


class EmptyFile(AppError):
    status, code, message = 422, "import.empty", "文件中没有数据行"


class RowsInvalid(AppError):
    status, code, message = 422, "import.rows_invalid", "部分行未通过校验，未导入任何数据"


@dataclass
class Row:
    """One data row: `number` is the spreadsheet row (the header is row 1)."""

    number: int
    data: dict[str, Any]  # field name -> cell value (str stripped, date, or None)
    values: dict[str, str]  # header -> the cell as the user typed it (personal data masked), for the report


@dataclass
class RowError:
    column: str  # the template header the error is about ("" for the whole row)
    message: str


@dataclass
class RowReport:
    row: int
    values: dict[str, str]
    errors: list[RowError] = field(default_factory=list)
    parsed: Any = field(default=None, repr=False, compare=False)  # the row model, when it validated
    _columns: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.errors

    def add(self, field_name: str | None, message: str) -> None:
        """Record a failure of this row, about one field (by field name or header) or the row."""
        column = self._columns.get(field_name or "", field_name or "")
        self.errors.append(RowError(column, message))

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row, "ok": self.ok, "values": self.values,
                "errors": [{"column": e.column, "message": e.message} for e in self.errors]}


@dataclass
class ImportReport:
    ok: bool
    rows: list[RowReport]
    created: list = field(default_factory=list)
    columns: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, rows: list[RowReport], columns: dict[str, str], created: Iterable = ()) -> ImportReport:
        return cls(ok=all(r.ok for r in rows), rows=rows, created=list(created), columns=list(columns))

    @property
    def failed(self) -> list[RowReport]:
        return [r for r in self.rows if not r.ok]

    def answer(self, *, dry_run: bool = False) -> dict[str, Any]:
        """The JSON answer of an import: the created records, or RowsInvalid (422) carrying
        every failed row, in the one error model."""
        if not self.ok:
            raise RowsInvalid(f"{len(self.failed)}行未通过校验，未导入任何数据", details=self.to_dict())
        return {**self.to_dict(), "dry_run": dry_run}

    def to_dict(self) -> dict[str, Any]:
        """The answer: every failed row (ok rows carry nothing worth reading), counts, created."""
        return {"ok": self.ok, "total": len(self.rows), "failed": len(self.failed),
                "errors": [r.to_dict() for r in self.failed], "created": self.created}


# ---------------------------------------------------------------- reading

def _cell(value: Any) -> Any:
    """Normalise a cell: numbers typed into text columns become their digits."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _shown(value: Any, mask: Callable[[str], str | None] | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return (mask(str(value)) or "") if mask is not None else str(value)


def _open(content: bytes):
    if not content:
        raise MalformedFile("上传的文件为空")
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_UNCOMPRESSED:
                raise MalformedFile("文件解压后过大")
        from openpyxl import load_workbook

        return load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except MalformedFile:
        raise
    except Exception as exc:  # openpyxl raises many kinds for broken files; all mean the same to the user
        raise MalformedFile(details={"error": type(exc).__name__}) from exc


def read_rows(content: bytes, columns: dict[str, str], *, max_rows: int = MAX_ROWS) -> list[Row]:
    """The data rows of the first sheet, as dicts keyed by field name.

    `columns` maps each template header to a field name; every header must be
    present (in any order, extra columns are ignored). Blank rows are skipped.
    """
    wb = _open(content)
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise MalformedFile("文件中没有工作表")
        it = ws.iter_rows(values_only=True)
        try:
            header = next(it)
        except StopIteration:
            raise WrongColumns("文件没有表头", details={"missing": list(columns), "expected": list(columns)})
        except Exception as exc:
            raise MalformedFile(details={"error": type(exc).__name__}) from exc
        names = [str(h).strip() if h is not None else "" for h in header]
        missing = [h for h in columns if h not in names]
        duplicated = sorted({h for h in names if h in columns and names.count(h) > 1})
        if missing or duplicated:
            raise WrongColumns(details={"missing": missing, "duplicated": duplicated, "expected": list(columns),
                                        "found": [n for n in names if n]})
        index = {h: names.index(h) for h in columns}
        masks = {h: m for h, f in columns.items() if (m := masker_for_field(f)) is not None}
        rows: list[Row] = []
        try:
            for number, cells in enumerate(it, start=2):
                cells = tuple(cells) + (None,) * max(0, len(names) - len(cells))
                picked = {h: cells[i] for h, i in index.items()}
                if all(_cell(v) is None for v in picked.values()):
                    continue
                if len(rows) >= max_rows:
                    raise TooManyRows(f"文件行数超过上限（{max_rows}行），请分批导入",
                                      details={"max_rows": max_rows})
                rows.append(Row(number, {columns[h]: _cell(v) for h, v in picked.items()},
                                {h: _shown(_cell(v), masks.get(h)) for h, v in picked.items()}))
        except AppError:
            raise
        except Exception as exc:
            raise MalformedFile(details={"error": type(exc).__name__}) from exc
    finally:
        wb.close()
    if not rows:
        raise EmptyFile()
    return rows


# ---------------------------------------------------------------- validating

def field_message(err: dict[str, Any]) -> str:
    """A Chinese sentence for one pydantic error."""
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind == "missing" or (kind == "string_type" and err.get("input") is None):
        return "必填"
    if kind == "string_too_short":
        return "必填" if ctx.get("min_length") == 1 else f"至少{ctx.get('min_length')}个字符"
    if kind == "string_too_long":
        return f"不能超过{ctx.get('max_length')}个字符"
    if kind == "string_pattern_mismatch":
        return "格式不正确"
    if kind in ("enum", "literal_error"):
        return f"取值应为：{ctx.get('expected', '')}".rstrip("：")
    if kind.startswith(("date", "datetime")):
        return "日期格式应为 YYYY-MM-DD"
    if kind.startswith(("int", "float", "decimal")):
        return "应为数字"
    if kind.startswith("bool"):
        return "应为 是 或 否"
    if kind == "value_error":
        return str(ctx.get("error") or err["msg"]).removeprefix("Value error, ")
    if kind == "too_short":
        return f"至少填写{ctx.get('min_length')}项"
    if kind == "too_long":
        return f"最多{ctx.get('max_length')}项"
    if kind in ("greater_than_equal", "greater_than"):
        return f"不能小于{ctx.get('ge', ctx.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"不能大于{ctx.get('le', ctx.get('lt'))}"
    if kind == "extra_forbidden":
        return "不允许的字段"
    if kind == "string_type":
        return "应为文字"
    return err["msg"]


def validate_rows(rows: Sequence[Row], model: type[BaseModel], columns: dict[str, str]) -> list[RowReport]:
    """Validate each row with `model`; a report per row, holding the parsed model when valid."""
    by_field = {f: h for h, f in columns.items()}
    out = []
    for row in rows:
        rep = RowReport(row.number, row.values, _columns=by_field)
        data = {k: v for k, v in row.data.items() if v is not None}
        try:
            rep.parsed = model.model_validate(data)
        except ValidationError as exc:
            for e in exc.errors(include_url=False):
                loc = e["loc"]
                rep.add(str(loc[0]) if loc else None, field_message(e))
        out.append(rep)
    return out


def duplicates(reports: Iterable[RowReport], field_name: str, message: str, *, key=None) -> None:
    """Mark rows whose `field_name` value (or key(parsed)) repeats an earlier row of the file."""
    seen: dict[Any, int] = {}
    for rep in reports:
        if rep.parsed is None:
            continue
        value = key(rep.parsed) if key else getattr(rep.parsed, field_name)
        if value in (None, ""):
            continue
        if value in seen:
            rep.add(field_name, f"{message}（与第{seen[value]}行重复）")
        else:
            seen[value] = rep.row


# ---------------------------------------------------------------- the report as xlsx

def _text(ws, value: Any) -> WriteOnlyCell:
    # Written as text, never as a formula: a cell typed "=HYPERLINK(...)" comes back inert.
    from openpyxl.cell import WriteOnlyCell

    return WriteOnlyCell(ws, value=None) if value is None else exports.text_cell(ws, str(value))


def report_xlsx(report: ImportReport) -> bytes:
    """Every row as uploaded, followed by 行号, 结果 and 错误原因."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title="导入结果")
    columns = report.columns or (list(report.rows[0].values) if report.rows else [])
    ws.append([_text(ws, h) for h in [*columns, "行号", "结果", "错误原因"]])
    for r in report.rows:
        reasons = "；".join(f"{e.column}：{e.message}" if e.column else e.message for e in r.errors)
        ws.append([*(_text(ws, r.values.get(h, "")) for h in columns), r.row,
                   _text(ws, "通过" if r.ok else "未通过"), _text(ws, reasons)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def template_xlsx(title: str, columns: Sequence[str], example: Sequence[Any] | None = None) -> bytes:
    """An empty template (header row, optionally one example row) to download."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=title[:31])
    ws.append([_text(ws, h) for h in columns])
    if example:
        ws.append([_text(ws, v) for v in example])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
