"""Login failure counting and lockout, per account and per client IP, in Redis."""
from __future__ import annotations

from core.cache import redis
from core.settings import get_settings


def _keys(username: str, ip: str | None) -> list[str]:
    keys = [f"login-fail:user:{username.lower()}"]
    if ip:
        keys.append(f"login-fail:ip:{ip}")
    return keys


async def locked_for(username: str, ip: str | None) -> int:
    """Seconds left on the longest active lockout, or 0."""
    s = get_settings()
    r = redis()
    left = 0
    for key in _keys(username, ip):
        n = await r.get(key)
        if n is not None and int(n) >= s.login_max_failures:
            left = max(left, int(await r.ttl(key)))
    return left


async def register_failure(username: str, ip: str | None) -> None:
    s = get_settings()
    r = redis()
    for key in _keys(username, ip):
        n = await r.incr(key)
        if n == 1 or n == s.login_max_failures:
            # The window restarts when the lockout starts, so it lasts the full period.
            await r.expire(key, s.login_lockout_seconds)


async def clear_account(username: str) -> None:
    await redis().delete(f"login-fail:user:{username.lower()}")
