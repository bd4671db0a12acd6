"""The building blocks of declared answers (core.http.returns).

Why: a client is written from the OpenAPI document, so every JSON answer goes through an
output model that the document shows. `Out` forbids fields the model does not declare:
an answer can never carry more than the document says (a forgotten field fails the
handler's tests, not a client in the field). The page envelope and the batch report are
the same shape everywhere, so they are declared once here.
"""
from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid", from_attributes=True)


class Page(Out, Generic[T]):
    """One page of a list: `page` counts from 1, `page_size` is what was asked (or the default)."""
    total: int
    page: int
    page_size: int
    items: list[T]


class Items(Out, Generic[T]):
    """A whole (unpaged) list: `{"items": [...]}`."""
    items: list[T]


class BatchRow(Out):
    """One row of a batch operation (core.batch.RowResult): its own outcome; `code` and
    `message` are empty when it succeeded."""
    id: int | str | None
    ok: bool
    code: str
    message: str


class BatchOut(Out):
    """A batch operation's answer: counts and every row's own outcome."""
    ok: int
    failed: int
    rows: list[BatchRow]


class DeletedOut(Out):
    """A record moved to the recycle bin (restorable there)."""
    deleted: bool
    id: int


class RemovedOut(Out):
    """A record deleted for good or into the recycle bin, answered with its id."""
    deleted: int


class HealthOut(Out):
    status: str


class ReadyOut(Out):
    status: str
    checks: dict[str, str] = Field(description="每个依赖（database、redis）：ok，或 down 及原因")
    workers: str | None = Field(None, description="多进程运行时：已确认启动的服务进程数/服务进程总数，如 2/2；"
                                                  "单进程运行时为 null。不影响就绪结论（应答本身来自一个可用进程）")


class ImportRowErrorOut(Out):
    column: str = Field(description="出错的模板列名；整行的问题为空")
    message: str


class ImportRowOut(Out):
    """A row of an import's report (core.imports.RowReport): the cells as typed, personal data masked."""
    row: int = Field(description="上传文件中的行号（表头为第1行）")
    ok: bool
    values: dict[str, str] = Field(description="列名 → 单元格内容（身份证号、手机号、姓名等已脱敏）")
    errors: list[ImportRowErrorOut]


class ImportReportOut(Out, Generic[T]):
    """A synchronous import's JSON answer (core.imports.ImportReport.answer). A file with any bad
    row imports nothing and answers 422 `import.rows_invalid` instead, the rows in `details`;
    so here `errors` is empty and `created` lists what was written (empty on a dry run)."""
    ok: bool
    total: int = Field(description="数据行数")
    failed: int
    errors: list[ImportRowOut]
    created: list[T]
    dry_run: bool = Field(description="仅校验，未写入任何数据")
