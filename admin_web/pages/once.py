"""Secrets shown once after a redirect: an initial password, a reset password, a batch's
row outcomes, a chain verification.

Why: every console form post ends in a redirect (POST → 303 → GET), so a reload
never repeats it; but a new password must reach the person who asked, and never
a URL, a log or anybody else. The post keeps it in the console's one after-redirect
store (`common.seal`: encrypted in Redis for a few minutes, bound to the acting
account), the redirect carries only a random key, and the page takes it out once: a
reload, a shared link or another account shows nothing.
"""
from __future__ import annotations

from typing import Any

from admin_web.pages.common import seal, unseal
from core.principal import Principal


async def put(actor: Principal, value: dict[str, Any]) -> str:
    """Keep `value` for the actor's next page; the key to put in the redirect."""
    return await seal(actor.id, value)


async def take(actor: Principal, token: str | None) -> dict[str, Any] | None:
    """The value kept under `token` for this actor, once; None afterwards or for anyone else."""
    return await unseal(actor.id, token)
