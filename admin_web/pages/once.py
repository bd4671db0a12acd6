"""Secrets shown once after a redirect: an initial password, a reset password.

Why: every console form post ends in a redirect (POST → 303 → GET), so a reload
never repeats it; but a new password must reach the person who asked, and never
a URL, a log or anybody else. The post keeps it in Redis for a few minutes under
a random key bound to the acting account, the redirect carries only that key, and
the page takes it out (GETDEL): a reload, a shared link or another account shows
nothing.
"""
from __future__ import annotations

import json
import secrets
from typing import Any

from core.cache import redis
from core.principal import Principal

TTL_SECONDS = 300


def _key(actor: Principal, token: str) -> str:
    return f"adm:once:{actor.id}:{token}"


async def put(actor: Principal, value: dict[str, Any]) -> str:
    """Keep `value` for the actor's next page; the key to put in the redirect."""
    token = secrets.token_urlsafe(16)
    await redis().set(_key(actor, token), json.dumps(value, ensure_ascii=False), ex=TTL_SECONDS)
    return token


async def take(actor: Principal, token: str | None) -> dict[str, Any] | None:
    """The value kept under `token` for this actor, once; None afterwards or for anyone else."""
    if not token or len(token) > 64:
        return None
    raw = await redis().getdel(_key(actor, token))
    return json.loads(raw) if raw else None
