"""Answer shapes shared by the admin JSON endpoints."""
from __future__ import annotations

from dataclasses import asdict

from pydantic import BaseModel
from sanic import Request
from sanic.response import raw

from core import imports
from core.errors import ValidationFailed
from core.http import answer, ok, page_args, query_ids

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def paged(request: Request, total: int, items: list) -> dict:
    """One page of a list, for a handler under `@returns(Page[...])`."""
    size, offset = page_args(request)
    return {"total": total, "page": offset // size + 1, "page_size": size, "items": items}


def page(request: Request, total: int, items: list) -> object:
    return ok(paged(request, total, items))


def xlsx(data: bytes, filename: str):
    return raw(data, content_type=XLSX,
               headers={"Content-Disposition": f"attachment; filename*=UTF-8''{filename}"})


def reveal_requested(request: Request) -> bool:
    return request.args.get("reveal") in ("1", "true")


def batch_answer(results) -> dict:
    """A batch operation's answer: counts and every row's own outcome."""
    return {"ok": sum(1 for r in results if r.ok), "failed": sum(1 for r in results if not r.ok),
            "rows": [asdict(r) for r in results]}


def uploaded(request: Request, field: str = "file"):
    """The multipart file `field`, or a 422 naming it."""
    f = request.files.get(field) if request.files else None
    if f is None:
        raise ValidationFailed(details={"errors": [{"path": field, "message": "请选择要上传的文件",
                                                    "type": "missing"}]})
    return f


def flag(request: Request, name: str) -> bool:
    return request.args.get(name) in ("1", "true", "yes")


def dry_run(request: Request) -> bool:
    """Check only: asked for, or implied by format=xlsx (the report never carries the
    initial passwords of created accounts, so it must not stand for a real import)."""
    return flag(request, "dry_run") or request.args.get("format") == "xlsx"


def import_answer(request: Request, report, filename: str, model: type[BaseModel]):
    """An import's answer: the report as xlsx when asked, else JSON through the declared `model`
    (200 checked only, 201 imported; 422 when rows failed)."""
    if request.args.get("format") == "xlsx":
        return xlsx(imports.report_xlsx(report), filename)
    checked_only = dry_run(request)
    return answer(model, report.answer(dry_run=checked_only), status=200 if checked_only else 201)


def ids_arg(request: Request) -> list[int] | None:
    return query_ids(request, "ids")  # bounded like every id (core.inputs)
