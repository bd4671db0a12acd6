"""Batch operations: many ids, one outcome per id.

Why: administrators pass, reject, join, activate or allow dozens of rows at
once (seed 000's 批量 actions). A bad row must not stop the others, and the
answer must say which rows failed and why. Every batch in every domain runs
through `each`, so they all answer in the same shape.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Iterable

from core.errors import AppError, NotFound

OUT_OF_REACH = "记录不存在或不在管辖范围内"


@dataclass
class RowResult:
    id: Any
    ok: bool
    code: str = ""
    message: str = ""


async def each(ids: Iterable[Any], fn: Callable[[Any], Awaitable[str | None]], *,
               not_found: str = OUT_OF_REACH) -> list[RowResult]:
    """Run `fn(id)` for each distinct id (each in its own transaction, if fn opens one).

    `fn` may return a note for a successful row; an AppError marks the row failed,
    and an id outside scope reads like a missing one.
    """
    results = []
    for id_ in dict.fromkeys(ids):
        try:
            note = await fn(id_)
            results.append(RowResult(id_, True, message=note or ""))
        except NotFound as exc:
            results.append(RowResult(id_, False, exc.code, not_found))
        except AppError as exc:
            results.append(RowResult(id_, False, exc.code, exc.message))
    return results
