"""Intake: every transport's events enter the centre here, into the institution's Redis Stream.

Why one door: the AMQP consumer, the webhook and the poller differ in how they are told about an
event, not in what happens next. `submit` appends the events to `visits:in:<institution_id>`
(fields `e` the event's JSON text, `s` the transport, `t` when we received it, ms) in one pipeline
and only then may the transport acknowledge (AMQP ack, HTTP 200, the poller's cursor), so an
event is either in the stream or still the sender's to send again (at-least-once; apply dedups by
event id). Checks here are cheap ones (size); apply validates and quarantines.

The stream holds only events not applied yet (the sub-centre deletes what it acknowledged), so its
length is the institution's backlog: at VISITS_STREAM_MAX, `submit` refuses (`CentreBusy`) rather
than trimming events nobody applied.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass
from typing import Any, Iterable

from tortoise.expressions import F

from core import cache
from core.settings import get_settings
from core.visits.centre.errors import CentreBusy
from core.visits.models import HisConnection

log = logging.getLogger("huiyi.visits.centre")

STREAM = "visits:in:{}"
PARTITIONS = "visits:partitions"  # the institutions that have a stream (the runners lease from it)
STATS = "visits:stats:{}"  # hash per institution: in:<source>, refused, last_in (ms)
MAX_EVENT_BYTES = 16 * 1024
SOURCES = frozenset({"amqp", "webhook", "poll", "sim", "booking", "replay", "bench", "test"})


def stream_key(institution_id: int) -> str:
    return STREAM.format(int(institution_id))


def stats_key(institution_id: int) -> str:
    return STATS.format(int(institution_id))


@dataclass(frozen=True)
class Submitted:
    accepted: int
    refused: int  # too large to be an event (counted on the connection)


def _text(item: Any) -> str:
    if isinstance(item, (bytes, bytearray, memoryview)):
        return bytes(item).decode("utf-8", errors="replace")
    if isinstance(item, str):
        return item
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"), default=str)


# In-process wake-ups for runners on the embedded Redis, which cannot block on a read.
_wakers: set[asyncio.Event] = set()


def add_waker(event: asyncio.Event) -> None:
    _wakers.add(event)


def remove_waker(event: asyncio.Event) -> None:
    _wakers.discard(event)


async def submit(*, institution_id: int, items: Iterable[Any], source: str) -> Submitted:
    """Append the events to the institution's stream; returns how many were taken (and refused)."""
    if source not in SOURCES:
        raise ValueError(f"unknown event source {source!r}")
    texts, refused = [], 0
    for item in items:
        text = _text(item)
        if len(text.encode("utf-8")) > MAX_EVENT_BYTES:
            refused += 1
        else:
            texts.append(text)
    r = cache.redis()
    key = stream_key(institution_id)
    if texts and await r.xlen(key) >= get_settings().visits_stream_max:
        raise CentreBusy(details={"institution_id": institution_id}, headers={"Retry-After": "5"})
    now = str(int(time.time() * 1000))
    async with r.pipeline(transaction=False) as pipe:
        for text in texts:
            pipe.xadd(key, {"e": text, "s": source, "t": now})
        if texts:
            pipe.sadd(PARTITIONS, str(int(institution_id)))
            pipe.hincrby(stats_key(institution_id), f"in:{source}", len(texts))
            pipe.hset(stats_key(institution_id), "last_in", now)
        if refused:
            pipe.hincrby(stats_key(institution_id), "refused", refused)
        await pipe.execute()
    if refused:
        log.warning("institution %s: %d events over %d bytes refused at intake (%s)", institution_id, refused,
                    MAX_EVENT_BYTES, source)
        await count_refused(institution_id, refused)
    for wake in _wakers:
        wake.set()
    return Submitted(accepted=len(texts), refused=refused)


async def count_refused(institution_id: int, n: int = 1) -> None:
    """Edge refusals (unsigned, replayed, oversized) on the connection's counter."""
    await HisConnection.filter(institution_id=institution_id).update(refused=F("refused") + n)


async def backlog(institution_id: int) -> int:
    """Events in the institution's stream not applied yet."""
    return int(await cache.redis().xlen(stream_key(institution_id)))


async def stats(institution_id: int) -> dict[str, int]:
    raw = await cache.redis().hgetall(stats_key(institution_id))
    return {k: int(v) for k, v in raw.items() if str(v).lstrip("-").isdigit()}
