"""Redis client: real Redis through redis.asyncio, or fakeredis in-process.

Why: lockouts, sessions, token caches and pub/sub all live in Redis; the
embedded default (`REDIS_URL=memory://`) lets `make run` work without a server.
"""
from __future__ import annotations

from redis import asyncio as aioredis

_client: aioredis.Redis | None = None


def make_client(url: str) -> aioredis.Redis:
    if url.startswith("memory://"):
        import fakeredis

        return fakeredis.FakeAsyncRedis(decode_responses=True)
    return aioredis.from_url(url, decode_responses=True)


def set_client(client: aioredis.Redis | None) -> None:
    global _client
    _client = client


def redis() -> aioredis.Redis:
    if _client is None:
        raise RuntimeError("Redis client is not initialised (create_app or cli sets it)")
    return _client
