"""Row-by-row outcomes of a batch action carried across its redirect (POST -> 303 -> GET).

Why: a batch action (confirm make-up for twenty physicians) answers per row, and the
person must see which rows failed and why; but a form POST must end in a redirect so
a reload never repeats it. The outcome is kept in Redis for a few minutes under a
random key bound to the administrator, and the page it redirects to shows it once.
Only ids, the labels the list showed (masked names) and the service's messages are kept.
"""
from __future__ import annotations

import json
import secrets
from dataclasses import asdict

from sanic import Request

from admin_web.pages.common import Outcome
from core.batch import RowResult
from core.cache import redis

TTL = 300


def _key(request: Request, token: str) -> str:
    return f"page-outcome:{request.ctx.actor.id}:{token}"


async def keep(request: Request, outcome: Outcome) -> str:
    """Store the outcome; answers the token for the redirect's `outcome=` parameter."""
    token = secrets.token_urlsafe(9)
    body = {"title": outcome.title, "message": outcome.message, "rows": [asdict(r) for r in outcome.rows],
            "labels": {str(k): v for k, v in outcome.labels.items()}}
    await redis().set(_key(request, token), json.dumps(body, default=str), ex=TTL)
    return token


async def take(request: Request) -> Outcome | None:
    """The outcome the redirect named, once (a reload shows the list without it)."""
    token = (request.args.get("outcome") or "")[:32]
    if not token:
        return None
    r = redis()
    raw = await r.get(_key(request, token))
    if raw is None:
        return None
    await r.delete(_key(request, token))
    body = json.loads(raw)
    return Outcome(body["title"], [RowResult(**row) for row in body["rows"]],
                   {int(k): v for k, v in body["labels"].items()}, body["message"])
