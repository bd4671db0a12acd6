"""Row-by-row outcomes of a batch action carried across its redirect (POST -> 303 -> GET).

Why: a batch action (confirm make-up for twenty physicians) answers per row, and the
person must see which rows failed and why; but a form POST must end in a redirect so
a reload never repeats it. The outcome travels in the console's one after-redirect
store (pages/once.py over `common.seal`, which already encodes an `Outcome`): ids, the
labels the list showed (masked names) and the service's messages, taken once.
"""
from __future__ import annotations

from sanic import Request

from admin_web.pages import once
from admin_web.pages.common import Outcome


async def keep(request: Request, outcome: Outcome) -> str:
    """Store the outcome; answers the token for the redirect's `outcome=` parameter."""
    return await once.put(request.ctx.actor, {"outcome": outcome})


async def take(request: Request) -> Outcome | None:
    """The outcome the redirect named, once (a reload shows the list without it)."""
    body = await once.take(request.ctx.actor, request.args.get("outcome"))
    return body["outcome"] if body else None
