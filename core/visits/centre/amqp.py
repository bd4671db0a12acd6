"""AMQP: the hospital systems that publish their visit events to RabbitMQ (many HIS vendors do).

Why a consumer per connection: each onboarded institution with mode `amqp` names the durable
queue its HIS publishes to (`HisConnection.queue`); the queue, not the message, tells which
institution an event belongs to. Messages are taken with a bounded prefetch
(VISITS_AMQP_PREFETCH), handed to the intake in small batches and acknowledged only after they are
in the institution's stream (an event is with the broker or with us, never with neither). A
message body is one event object, a JSON array of events, or {"events": [...]}; anything else
goes to the intake as it is and apply quarantines it. When the stream is full (CentreBusy) or
Redis is away the messages are rejected with requeue after a pause: the broker keeps them.

`connect_robust` reconnects to the broker and re-declares queues and consumers by itself; the
supervisor here also follows connections being added, switched to another mode or given another
queue (every RESCAN seconds).
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from core.settings import get_settings
from core.visits.centre import intake
from core.visits.models import HisConnection

log = logging.getLogger("huiyi.visits.amqp")

RESCAN = 10.0  # seconds between looks at the connections' settings
FLUSH_SECONDS = 0.02  # a batch waits this long for more messages
RETRY_PAUSE = 2.0  # seconds before a message refused by the intake goes back to the broker


def events_of(body: bytes) -> list[Any]:
    """Split a message body into events (cheaply: only the batch forms are parsed)."""
    head = body.lstrip()[:1]
    if head == b"[":
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            data = json.loads(body)
            if isinstance(data, list) and data:
                return data
    elif head == b"{" and b'"events"' in body[:64]:
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            data = json.loads(body)
            if isinstance(data, dict) and set(data) == {"events"} and isinstance(data["events"], list):
                return data["events"]
    return [body]


@dataclass
class QueueConsumer:
    institution_id: int
    queue: str
    channel: Any = None
    tag: str | None = None
    inbox: asyncio.Queue = field(default_factory=asyncio.Queue)
    drainer: asyncio.Task | None = None
    taken: int = 0

    async def start(self, connection: Any, prefetch: int) -> None:
        self.channel = await connection.channel()
        await self.channel.set_qos(prefetch_count=prefetch)
        queue = await self.channel.declare_queue(self.queue, durable=True)
        self.drainer = asyncio.create_task(self._drain(prefetch), name=f"amqp-{self.queue}")
        self.tag = await queue.consume(self.inbox.put)

    async def stop(self) -> None:
        if self.drainer:
            self.drainer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.drainer
        if self.channel is not None:
            with contextlib.suppress(Exception):
                await self.channel.close()  # unacknowledged messages go back to the queue

    async def _drain(self, prefetch: int) -> None:
        while True:
            batch = [await self.inbox.get()]
            deadline = asyncio.get_running_loop().time() + FLUSH_SECONDS
            while len(batch) < prefetch:
                timeout = deadline - asyncio.get_running_loop().time()
                if timeout <= 0:
                    break
                try:
                    batch.append(await asyncio.wait_for(self.inbox.get(), timeout))
                except asyncio.TimeoutError:
                    break
            try:
                await self._take(batch)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # an acknowledgement on a channel being reopened: the broker redelivers
                log.warning("amqp queue %s: batch of %d not acknowledged (%s)", self.queue, len(batch),
                            type(exc).__name__)

    async def _take(self, batch: list[Any]) -> None:
        items = [event for message in batch for event in events_of(message.body)]
        try:
            await intake.submit(institution_id=self.institution_id, items=items, source="amqp")
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # stream full, Redis away: the broker keeps them
            log.warning("amqp queue %s: %d messages not taken (%s); requeued", self.queue, len(batch),
                        type(exc).__name__)
            await asyncio.sleep(RETRY_PAUSE)
            for message in batch:
                with contextlib.suppress(Exception):
                    await message.nack(requeue=True)
            return
        self.taken += len(batch)
        # One acknowledgement for the batch: every delivery on this channel up to the last.
        await batch[-1].ack(multiple=True)


class AmqpConsumers:
    """One consumer per connection with mode `amqp` and a queue, on one robust connection."""

    def __init__(self, url: str | None = None, *, prefetch: int | None = None):
        s = get_settings()
        self.url = url or s.amqp_url
        self.prefetch = prefetch or s.visits_amqp_prefetch
        self.consumers: dict[int, QueueConsumer] = {}
        self.connection: Any = None

    async def wanted(self) -> dict[int, str]:
        rows = await HisConnection.filter(mode="amqp").exclude(queue="") \
            .values_list("institution_id", "queue")
        return {int(i): q for i, q in rows}

    async def sync(self) -> None:
        wanted = await self.wanted()
        for inst, consumer in list(self.consumers.items()):
            if wanted.get(inst) != consumer.queue or consumer.drainer is None or consumer.drainer.done():
                await consumer.stop()
                del self.consumers[inst]
        for inst, queue in wanted.items():
            if inst not in self.consumers:
                consumer = QueueConsumer(inst, queue)
                try:
                    await consumer.start(self.connection, self.prefetch)
                except Exception as exc:
                    log.warning("amqp queue %s of institution %s not consumed (%s)", queue, inst, type(exc).__name__)
                    await consumer.stop()
                    continue
                self.consumers[inst] = consumer

    async def run(self) -> None:
        import aio_pika

        wait = 1.0
        try:
            while self.connection is None:
                try:
                    self.connection = await aio_pika.connect_robust(self.url)
                except Exception as exc:
                    log.warning("amqp broker not reached (%s); trying again in %.0f s", type(exc).__name__, wait)
                    await asyncio.sleep(wait)
                    wait = min(wait * 2, 30.0)
            while True:
                try:
                    await self.sync()
                except Exception as exc:  # the database away: keep what runs
                    log.warning("amqp consumers not synchronised (%s)", type(exc).__name__)
                await asyncio.sleep(RESCAN)
        finally:
            await self.stop()

    async def stop(self) -> None:
        """Stop consuming: the drainers first, then the connection (its channels' unacknowledged
        messages go back to their queues). Bounded, and done even when cancelled again meanwhile:
        a robust connection left open would keep reconnecting and the process would not end."""
        consumers, self.consumers = list(self.consumers.values()), {}
        connection, self.connection = self.connection, None
        try:
            for consumer in consumers:
                if consumer.drainer:
                    consumer.drainer.cancel()
        finally:
            if connection is not None:
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await asyncio.wait_for(connection.close(), 5)


async def check_queue(*, url: str, queue: str) -> int:
    """Whether the broker has this queue (declared passively: nothing created); its message count."""
    import aio_pika

    connection = await asyncio.wait_for(aio_pika.connect(url), 10)
    try:
        channel = await connection.channel()
        declared = await channel.declare_queue(queue, passive=True)
        return int(declared.declaration_result.message_count or 0)
    finally:
        await connection.close()
