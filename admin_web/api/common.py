"""Answer shapes shared by the admin JSON endpoints."""
from __future__ import annotations

from sanic import Request
from sanic.response import raw

from core.http import ok, page_args

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def page(request: Request, total: int, items: list) -> object:
    size, offset = page_args(request)
    return ok({"total": total, "page": offset // size + 1, "page_size": size, "items": items})


def xlsx(data: bytes, filename: str):
    return raw(data, content_type=XLSX,
               headers={"Content-Disposition": f"attachment; filename*=UTF-8''{filename}"})


def reveal_requested(request: Request) -> bool:
    return request.args.get("reveal") in ("1", "true")
