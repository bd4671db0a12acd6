"""Row-by-row outcomes of a batch action carried across its redirect (POST -> 303 -> GET).

Why: a batch action (confirm make-up for twenty physicians) answers per row, and the
person must see which rows failed and why; but a form POST must end in a redirect so
a reload never repeats it. The outcome travels like a one-time secret (pages/once.py:
Redis, a few minutes, bound to the administrator, taken once). Only ids, the labels
the list showed (masked names) and the service's messages are kept.
"""
from __future__ import annotations

from dataclasses import asdict

from sanic import Request

from admin_web.pages import once
from admin_web.pages.common import Outcome
from core.batch import RowResult


async def keep(request: Request, outcome: Outcome) -> str:
    """Store the outcome; answers the token for the redirect's `outcome=` parameter."""
    return await once.put(request.ctx.actor, {
        "title": outcome.title, "message": outcome.message, "rows": [asdict(r) for r in outcome.rows],
        "labels": {str(k): v for k, v in outcome.labels.items()}})


async def take(request: Request) -> Outcome | None:
    """The outcome the redirect named, once (a reload shows the list without it)."""
    body = await once.take(request.ctx.actor, request.args.get("outcome"))
    if body is None:
        return None
    return Outcome(body["title"], [RowResult(**row) for row in body["rows"]],
                   {int(k): v for k, v in body["labels"].items()}, body["message"])
