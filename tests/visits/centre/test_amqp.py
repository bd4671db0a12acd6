"""AMQP end to end on the real RabbitMQ: a HIS publishes to its durable queue (aio-pika), the
consumer takes the messages with a bounded prefetch into the institution's stream and acknowledges
them only then, the sub-centre applies them; the queue ends empty and nothing is lost or doubled."""
from __future__ import annotations

import asyncio
import contextlib
import json
import uuid

import aio_pika
import pytest

from core.visits.centre import amqp, intake
from core.visits.models import HisConnection
from tests.visits.centre.conftest import applied_ids, event, hospital, running_centre, until


@pytest.fixture
def amqp_url(settings):
    if not settings.amqp_url:
        pytest.skip("AMQP_URL is not set (.ci/run starts RabbitMQ)")
    return settings.amqp_url


@contextlib.asynccontextmanager
async def consuming(url: str, **kw):
    consumers = amqp.AmqpConsumers(url, **kw)
    task = asyncio.create_task(consumers.run())
    try:
        yield consumers
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def publish(url: str, queue: str, bodies: list[bytes]) -> None:
    """As a HIS does: persistent messages to the durable queue through the default exchange."""
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        await channel.declare_queue(queue, durable=True)
        for body in bodies:
            await channel.default_exchange.publish(
                aio_pika.Message(body, delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
                                 content_type="application/json"), routing_key=queue)


async def delete_queue(url: str, queue: str) -> None:
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        await channel.queue_delete(queue)


async def test_events_published_to_rabbitmq_are_applied_once(amqp_url):
    queue = f"huiyi.test.visits.{uuid.uuid4().hex[:10]}"
    _, node, _ = await hospital(mode="amqp", queue=queue)
    events = [event(f"V{v}", "queue", n) for v in range(30) for n in range(10)]
    bodies = [json.dumps(e).encode() for e in events[:250]]
    bodies.append(json.dumps(events[250:280]).encode())  # a JSON array of events
    bodies.append(json.dumps({"events": events[280:]}).encode())  # the webhook's batch form
    bodies.append(json.dumps(events[5]).encode())  # a duplicate the HIS sent again
    bodies.append(b"\x00not json")  # malformed: taken, apply quarantines it
    try:
        async with consuming(amqp_url, prefetch=50) as consumers, running_centre():
            await until(lambda: _consuming(consumers, node.id))
            await publish(amqp_url, queue, bodies)
            await until(lambda: _count(node.id, 301), timeout=30)
            await until(lambda: _zero(node.id))
            assert consumers.consumers[node.id].taken == len(bodies)
            assert await amqp.check_queue(url=amqp_url, queue=queue) == 0  # all acknowledged
        ids = await applied_ids(node.id)
        assert len(ids) == len(set(ids)) == 301
        assert set(ids) >= {e["event_id"] for e in events}
        conn = await HisConnection.get(institution_id=node.id)
        assert conn.received == len(events) + 2
        assert (await intake.stats(node.id))["in:amqp"] == len(events) + 2
    finally:
        await delete_queue(amqp_url, queue)


async def test_messages_wait_in_the_broker_while_the_centre_cannot_take_them(amqp_url, settings):
    """A full stream (or Redis away): messages are not acknowledged, the broker keeps them."""
    queue = f"huiyi.test.visits.{uuid.uuid4().hex[:10]}"
    _, node, _ = await hospital(mode="amqp", queue=queue)
    old, settings.visits_stream_max = settings.visits_stream_max, 100
    amqp_pause, amqp.RETRY_PAUSE = amqp.RETRY_PAUSE, 0.2
    try:
        async with consuming(amqp_url, prefetch=20) as consumers:
            await until(lambda: _consuming(consumers, node.id))
            await publish(amqp_url, queue, [json.dumps(event("V1", "queue", n)).encode() for n in range(150)])
            await until(lambda: _backlog(node.id, 100), timeout=20)
            await asyncio.sleep(1.0)
            assert await intake.backlog(node.id) <= 120  # refused past the bound, left with the broker
            settings.visits_stream_max = 100_000
            async with running_centre():
                await until(lambda: _count(node.id, 150), timeout=30)
        assert await amqp.check_queue(url=amqp_url, queue=queue) == 0
        assert sorted(await applied_ids(node.id)) == sorted(f"V1-{n}" for n in range(150))
    finally:
        settings.visits_stream_max = old
        amqp.RETRY_PAUSE = amqp_pause
        await delete_queue(amqp_url, queue)


async def test_consumers_follow_the_connections(amqp_url):
    queue = f"huiyi.test.visits.{uuid.uuid4().hex[:10]}"
    _, node, conn = await hospital(mode="amqp", queue=queue)
    _, other, _ = await hospital(mode="webhook")
    consumers = amqp.AmqpConsumers(amqp_url)
    consumers.connection = await aio_pika.connect_robust(amqp_url)
    try:
        await consumers.sync()
        assert set(consumers.consumers) == {node.id}
        await HisConnection.filter(id=conn.id).update(mode="poll")
        await consumers.sync()
        assert consumers.consumers == {}
    finally:
        await consumers.stop()
        await delete_queue(amqp_url, queue)
    assert other.id not in consumers.consumers


async def _consuming(consumers, inst: int) -> bool:
    return inst in consumers.consumers


async def _count(inst: int, n: int) -> bool:
    return len(await applied_ids(inst)) >= n


async def _zero(inst: int) -> bool:
    return await intake.backlog(inst) == 0


async def _backlog(inst: int, n: int) -> bool:
    return await intake.backlog(inst) >= n




async def test_his_to_rabbitmq_to_visits_with_the_real_apply(amqp_url):
    """The whole path on the real core: HIS -> RabbitMQ -> consumer -> stream -> apply -> visits,
    with duplicates and reordering; every visit ends with the states the HIS sent."""
    from core.visits.apply import apply_batch
    from core.visits.models import Visit, VisitStep
    from tests import factories
    from tests.visits.centre import his_script

    queue = f"huiyi.test.visits.{uuid.uuid4().hex[:10]}"
    hospital_, conn = await factories.visits_hospital(mode="amqp")
    await HisConnection.filter(id=conn.id).update(queue=queue)
    people = [await factories.mp_patient_account(f"患者{i}") for i in range(3)]
    script = his_script.day([hospital_.id], [(p.id_number, p.patient.name) for p in people], visits=12)
    try:
        async with consuming(amqp_url, prefetch=50) as consumers, running_centre(apply=apply_batch):
            await until(lambda: _consuming(consumers, hospital_.id))
            await publish(amqp_url, queue, [json.dumps(e).encode() for _, e in script.events])
            await until(lambda: _count(hospital_.id, script.unique), timeout=120)
            await until(lambda: _zero(hospital_.id))
        for (inst, number), final in script.expected.items():
            visit = await Visit.get(institution_id=inst, his_visit=number)
            steps = {s.code: s.state for s in await VisitStep.filter(visit_id=visit.id)}
            assert steps == final, number
            assert visit.step == "followup"
        conn = await HisConnection.get(id=conn.id)
        assert conn.applied + (await _stale(hospital_.id)) == script.unique
        assert conn.duplicates == len(script.events) - script.unique
    finally:
        await delete_queue(amqp_url, queue)


async def _stale(inst: int) -> int:
    from core.visits.models import VisitEvent

    return await VisitEvent.filter(institution_id=inst, status="stale").count()
