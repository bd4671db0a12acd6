"""The event centre while its processes fail: two centre processes (`python -m core.cli
visit-centre`, real apply) consume the hospitals' RabbitMQ queues; one is killed (SIGKILL) in the
middle of the stream and started again, and Redis is killed and restarted (appendfsync always, as
docker-compose runs it) while events keep coming. Afterwards every visit's steps are what the HIS
sent, no event was applied twice (each visit's sequence counts its applied events exactly), none
was lost, nothing is left in the queues or the streams."""
from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import aio_pika
import pytest
import redis as redis_sync

from core.visits.models import HisConnection, Visit, VisitEvent, VisitStep
from tests import factories
from tests.live_server import free_port, stop_process
from tests.visits.centre import his_script

pytestmark = pytest.mark.e2e


class PersistentRedis:
    """A private redis-server that keeps its data on disk (AOF, fsync at every write)."""

    def __init__(self, tmp: Path):
        self.port, self.dir, self.log = free_port(), tmp, tmp / "redis.log"
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.dir), "--save", "",
             "--appendonly", "yes", "--appendfsync", "always"], stdout=open(self.log, "a"), stderr=subprocess.STDOUT)
        client = redis_sync.Redis.from_url(self.url, socket_timeout=1)
        for _ in range(200):
            try:
                client.ping()
                return
            except redis_sync.exceptions.BusyLoadingError:
                time.sleep(0.05)
            except redis_sync.ConnectionError:
                time.sleep(0.05)
        pytest.fail("redis-server did not start: " + self.log.read_text()[-2000:])

    def crash(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and not stop_process(self.proc, timeout=10):
            self.proc.kill()


class CentreProcess:
    def __init__(self, env: dict, log: Path):
        self.env, self.log, self.proc = env, log, None

    def start(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "core.cli", "visit-centre"], env={**os.environ, **self.env},
                                     stdout=open(self.log, "a"), stderr=subprocess.STDOUT)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None and not stop_process(self.proc, timeout=15):
            self.kill()


@pytest.fixture
def redis_aof(tmp_path):
    server = PersistentRedis(tmp_path)
    server.start()
    yield server
    server.stop()


async def _consumers(url: str, queue: str) -> int:
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        q = await channel.declare_queue(queue, passive=True)
        return int(q.declaration_result.consumer_count or 0)


async def _waiting(url: str, queue: str) -> int:
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        q = await channel.declare_queue(queue, passive=True)
        return int(q.declaration_result.message_count or 0)


async def test_a_centre_process_killed_and_redis_restarted_lose_and_double_nothing(settings, redis_aof, tmp_path):
    if settings.redis_is_memory or not settings.amqp_url:
        pytest.skip("needs the suite's real database shared with the centre processes, and RabbitMQ")
    url = settings.amqp_url
    t = await factories.tree()
    hospitals, queues = [], {}
    for n in range(3):
        h, conn = await factories.visits_hospital(t.county_a1, mode="amqp")
        queues[h.id] = f"huiyi.test.rel.{uuid.uuid4().hex[:10]}"
        await HisConnection.filter(id=conn.id).update(queue=queues[h.id])
        hospitals.append(h)
    people = [await factories.mp_patient_account(f"患者{i}") for i in range(4)]
    script = his_script.day([h.id for h in hospitals], [(p.id_number, p.patient.name) for p in people], visits=60)
    connection = await aio_pika.connect(url)
    channel = await connection.channel()
    for q in queues.values():
        await channel.declare_queue(q, durable=True)

    env = {"DATABASE_URL": settings.database_url, "REDIS_URL": redis_aof.url, "AMQP_URL": url, "HUIYI_ENV": "test",
           "STORAGE_DIR": str(settings.storage_dir), "LOG_LEVEL": "WARNING", "VISITS_CENTRE_LEASE_SECONDS": "3",
           "VISITS_CENTRE_BATCH": "25", "VISITS_AMQP_PREFETCH": "50"}
    a, b = CentreProcess(env, tmp_path / "centre-a.log"), CentreProcess(env, tmp_path / "centre-b.log")
    a.start()
    b.start()
    try:
        deadline = time.monotonic() + 60
        while not all([await _consumers(url, q) == 2 for q in queues.values()]):
            assert time.monotonic() < deadline, (tmp_path / "centre-a.log").read_text()[-3000:]
            await asyncio.sleep(0.2)

        async def publish() -> None:
            for n, (inst, envelope) in enumerate(script.events):
                await channel.default_exchange.publish(
                    aio_pika.Message(json.dumps(envelope).encode(), delivery_mode=aio_pika.DeliveryMode.PERSISTENT),
                    routing_key=queues[inst])
                if n % 40 == 39:
                    await asyncio.sleep(0.15)

        async def failures() -> None:
            await asyncio.sleep(1.5)
            a.kill()  # mid-stream: what it had read from RabbitMQ and its stream is not acknowledged
            await asyncio.sleep(1.5)
            redis_aof.crash()  # the streams, groups and leases come back from the append-only file
            await asyncio.sleep(2.0)
            redis_aof.start()
            await asyncio.sleep(1.0)
            a.start()

        await asyncio.gather(publish(), failures())
        stream = redis_sync.Redis.from_url(redis_aof.url, decode_responses=True)
        deadline = time.monotonic() + 120
        while True:
            done = await VisitEvent.filter(institution_id__in=list(queues)).count()
            waiting = sum([await _waiting(url, q) for q in queues.values()])
            backlog = sum(stream.xlen(f"visits:in:{h}") for h in queues)
            if done >= script.unique and waiting == 0 and backlog == 0:
                break
            assert time.monotonic() < deadline, f"{done} of {script.unique} applied, {waiting} in RabbitMQ"
            await asyncio.sleep(0.5)
    finally:
        a.stop()
        b.stop()
        for q in queues.values():
            await channel.queue_delete(q)
        await connection.close()

    # Every visit's steps are what the HIS sent (the latest event of each step by its time).
    for (inst, number), final in script.expected.items():
        visit = await Visit.get(institution_id=inst, his_visit=number)
        steps = {s.code: s.state for s in await VisitStep.filter(visit_id=visit.id)}
        assert steps == final, (number, steps)
        applied = await VisitEvent.filter(visit_id=visit.id, status="applied").count()
        assert visit.seq == applied  # one sequence number per applied event: none applied twice
    rows = await VisitEvent.filter(institution_id__in=list(queues)).values_list("event_id", "status")
    assert len(rows) == len({e for e, _ in rows}) == script.unique  # every event once, none lost
    assert {s for _, s in rows} <= {"applied", "stale"}
    r = redis_sync.Redis.from_url(redis_aof.url, decode_responses=True)
    assert sum(r.xlen(f"visits:in:{h}") for h in queues) == 0
    conns = await HisConnection.filter(institution_id__in=list(queues))
    assert sum(c.duplicates for c in conns) >= len(script.events) - script.unique
    # The survivor saw Redis go and come back, and took over the killed process's streams.
    logs = (tmp_path / "centre-b.log").read_text()
    assert "trying again" in logs, logs[-3000:]
    print(f"{script.unique} events ({len(script.events)} sent, {script.reordered} reordered); "
          f"duplicates counted {sum(c.duplicates for c in conns)}")
    print(logs[-4000:])
