"""Redis client: real Redis through redis.asyncio, or fakeredis in-process.

Why: lockouts, sessions, token caches and pub/sub all live in Redis; the
embedded default (`REDIS_URL=memory://`) lets `make run` work without a server.
Redis holds no acknowledged exam answer (those are in the database), so while it
is down requests that need it answer 503 service.unavailable and clients retry.
"""
from __future__ import annotations

from redis import asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError

_client: aioredis.Redis | None = None


def make_client(url: str) -> aioredis.Redis:
    if url.startswith("memory://"):
        import fakeredis

        return fakeredis.FakeAsyncRedis(decode_responses=True)
    # A Redis that restarted leaves dead connections in the pool: one reconnect hides that.
    # A Redis that stopped answering fails the call within seconds (503 to the client,
    # core.http) instead of holding the request forever. Pub/sub listeners that wait
    # longer than socket_timeout need a client of their own.
    return aioredis.from_url(url, decode_responses=True, socket_connect_timeout=2, socket_timeout=3,
                             retry=Retry(NoBackoff(), 1, supported_errors=(ConnectionError,)),
                             retry_on_error=[ConnectionError])


def set_client(client: aioredis.Redis | None) -> None:
    global _client
    _client = client


def redis() -> aioredis.Redis:
    if _client is None:
        raise RuntimeError("Redis client is not initialised (create_app or cli sets it)")
    return _client


async def count_this_hour(name: str) -> tuple[int, int]:
    """One more event under `name` in the current clock hour, counted atomically across
    processes: (the events counted this hour, seconds until the hour ends). Per-hour quotas
    (ID card readings, feedback images) compare the count with their limit."""
    import time

    now = time.time()
    key = f"{name}:{int(now // 3600)}"
    async with redis().pipeline(transaction=True) as pipe:
        pipe.incr(key)
        pipe.expire(key, 3600)
        count, _ = await pipe.execute()
    return int(count), 3600 - int(now) % 3600
