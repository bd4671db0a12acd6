"""Admin web sessions kept in Redis, indexed per account so that every session
of an account can be ended at once (logout, password change, disable)."""
from __future__ import annotations

import hashlib
import json
import secrets
import time

from core.cache import redis
from core.settings import get_settings


def _key(token: str) -> str:
    # Only a digest of the cookie value is stored: a Redis dump reveals no usable session.
    return "adm:sess:" + hashlib.sha256(token.encode()).hexdigest()


def _index(account_id: int) -> str:
    return f"adm:acct-sessions:{account_id}"


async def create(account_id: int) -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(24)
    ttl = get_settings().admin_session_seconds
    r = redis()
    pipe = r.pipeline()
    pipe.set(_key(token), json.dumps({"account_id": account_id, "csrf": csrf, "at": int(time.time())}), ex=ttl)
    pipe.sadd(_index(account_id), _key(token))
    pipe.expire(_index(account_id), ttl)
    await pipe.execute()
    return token, csrf


async def load(token: str) -> dict | None:
    if not token:
        return None
    raw = await redis().get(_key(token))
    return json.loads(raw) if raw else None


async def end_all(account_id: int) -> int:
    r = redis()
    keys = await r.smembers(_index(account_id))
    if keys:
        await r.delete(*keys)
    await r.delete(_index(account_id))
    return len(keys)


async def count(account_id: int) -> int:
    r = redis()
    keys = await r.smembers(_index(account_id))
    return sum([1 for k in keys if await r.exists(k)])
