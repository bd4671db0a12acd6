"""Visit event centre figures (issue 13): a district's day compressed through the whole pipeline.

26 institutions, 30,000 visits of 5 steps (two events a step: about 300,000 events) with 10%
duplicates and 10% reordering (tests/visits/centre/his_script.py, seeded), published as a HIS
would: persistent messages to each institution's durable RabbitMQ queue. CENTRES processes
(`python -m core.cli visit-centre`, the real apply on MariaDB) consume them into the institutions'
Redis Streams and apply them. The script listens on Redis for the visits' topics (`topic:visit:*`,
what the realtime gateway fans out to the patient's socket) and reports:

- events/s sustained: unique events applied / (last applied - first published);
- latency from publishing an event to the first `visit:<id>` topic message carrying its sequence
  (p50, p95, p99), at the offered rate `--rate` (0: as fast as the publisher goes, a saturated run
  whose latency is mostly queueing);
- lost (unique events without a VisitEvent row), applied twice (a visit whose sequence is not the
  number of its applied events), visits whose steps differ from what the HIS sent;
- the machine's load.

    mysql -uroot -e "CREATE DATABASE huiyi_bench_visits CHARACTER SET utf8mb4"
    DATABASE_URL=mysql://root:@127.0.0.1:3306/huiyi_bench_visits REDIS_URL=redis://127.0.0.1:6379/13 \\
        AMQP_URL=amqp://guest:guest@127.0.0.1:5672/ .venv/bin/python bench/visits.py [--visits 30000] [--rate 0]

The database and Redis database must be the bench's own: they are emptied first. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tortoise import Tortoise  # noqa: E402

from core import cache, crypto, db, wiring  # noqa: E402
from core.settings import get_settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


async def _empty() -> None:
    conn = Tortoise.get_connection("default")
    tables = [m._meta.db_table for m in Tortoise.apps["models"].values() if m._meta.db_table != "aerich"]
    await conn.execute_script("SET FOREIGN_KEY_CHECKS=0;" + "".join(f"TRUNCATE TABLE `{t}`;" for t in tables)
                              + "SET FOREIGN_KEY_CHECKS=1;")
    await cache.redis().flushdb()


def _pct(samples: list[float], p: float) -> float:
    return samples[min(len(samples) - 1, int(len(samples) * p))]


async def _world(institutions: int, patients: int) -> tuple[list[int], list[tuple[str, str]]]:
    from core.accounts.models import MpAccount
    from core.family.models import Patient
    from core.orgs.models import OrgKind
    from core.visits.models import HisConnection
    from tests import factories

    t = await factories.tree()
    hospitals = []
    for n in range(institutions):
        h = await factories.org(t.county_a1, OrgKind.MEDICAL, f"静安区第{n + 1}医院")
        await HisConnection.create(institution_id=h.id, assistant_enabled=True, accompany_enabled=True,
                                   mode="amqp", queue=f"huiyi.bench.visits.{n + 1}", secret="")
        hospitals.append(h.id)
    accounts = [MpAccount(openid=f"o-bench-{n}") for n in range(patients)]
    await MpAccount.bulk_create(accounts, batch_size=1000)
    accounts = await MpAccount.filter(openid__startswith="o-bench-").order_by("id")
    people, rows = [], []
    for n, account in enumerate(accounts):
        number = factories.id_number(region="310106", born=f"19{50 + n % 50}0{1 + n % 9}1{n % 9}")
        name = f"患者{n}"
        people.append((number, name))
        rows.append(Patient(name=name, id_number=number, id_number_bidx=crypto.blind_index(number, purpose="id_number"),
                            account_id=account.id, is_self=True))
    await Patient.bulk_create(rows, batch_size=1000)
    return hospitals, people


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--institutions", type=int, default=26)
    parser.add_argument("--visits", type=int, default=30_000)
    parser.add_argument("--steps", type=int, default=5, help="steps a visit goes through (two events each)")
    parser.add_argument("--patients", type=int, default=3000)
    parser.add_argument("--centres", type=int, default=2, help="centre processes")
    parser.add_argument("--rate", type=float, default=0, help="offered events/s (0: as fast as possible)")
    parser.add_argument("--batch", type=int, default=100, help="VISITS_CENTRE_BATCH")
    args = parser.parse_args()

    import aio_pika
    from redis import asyncio as aioredis

    from core.cli import migrate
    from tests.visits.centre import his_script

    settings = get_settings()
    if not settings.amqp_url:
        sys.exit("AMQP_URL is needed (RabbitMQ)")
    await migrate()
    await db.init_db(settings.database_url)
    await Tortoise.generate_schemas(safe=True)
    cache.set_client(cache.make_client(settings.redis_url))
    wiring.wire()
    await _empty()
    from core.audit import service as audit_service
    from core.visits.models import Visit, VisitEvent, VisitStep

    await audit_service.ensure_head()
    hospitals, people = await _world(args.institutions, args.patients)
    script = his_script.day(hospitals, people, visits=args.visits, steps_per_visit=args.steps)
    queues = {h: f"huiyi.bench.visits.{n + 1}" for n, h in enumerate(hospitals)}
    print(f"script: {len(script.events)} events to send, {script.unique} unique, {script.duplicates} duplicates, "
          f"{script.reordered} reordered, {args.visits} visits at {len(hospitals)} institutions", flush=True)

    connection = await aio_pika.connect(settings.amqp_url)
    channel = await connection.channel(publisher_confirms=False)  # a HIS streaming, not waiting per message
    for q in queues.values():
        await (await channel.declare_queue(q, durable=True)).purge()

    # What the patient's socket would get: the gateway subscribes to these channels.
    seen: dict[int, list[tuple[int, float]]] = {}
    listener = aioredis.from_url(settings.redis_url, decode_responses=True)
    pubsub = listener.pubsub()
    await pubsub.psubscribe("topic:visit:*")

    async def listen() -> None:
        async for message in pubsub.listen():
            if message.get("type") != "pmessage":
                continue
            now = time.time()
            payload = json.loads(message["data"]).get("payload") or {}
            if "seq" in payload:
                seen.setdefault(int(payload["visit"]), []).append((int(payload["seq"]), now))

    listening = asyncio.create_task(listen())
    env = {**os.environ, "DATABASE_URL": settings.database_url, "REDIS_URL": settings.redis_url,
           "AMQP_URL": settings.amqp_url, "LOG_LEVEL": "WARNING", "VISITS_CENTRE_BATCH": str(args.batch),
           "VISITS_AMQP_PREFETCH": "500", "HUIYI_ENV": os.environ.get("HUIYI_ENV", "development")}
    logs = [open(f"/tmp/bench-visit-centre-{n}.log", "w") for n in range(args.centres)]
    procs = [subprocess.Popen([sys.executable, "-m", "core.cli", "visit-centre"], cwd=ROOT, env=env, stdout=log,
                              stderr=subprocess.STDOUT) for log in logs]
    await asyncio.sleep(4)  # the processes connect and declare their consumers

    published: dict[str, float] = {}
    load0 = os.getloadavg()
    t0 = time.time()
    step = 200
    for n in range(0, len(script.events), step):
        chunk = script.events[n:n + step]
        for inst, envelope in chunk:
            await channel.default_exchange.publish(
                aio_pika.Message(json.dumps(envelope, ensure_ascii=False).encode(),
                                 delivery_mode=aio_pika.DeliveryMode.PERSISTENT), routing_key=queues[inst])
            published.setdefault(envelope["event_id"], time.time())
        if args.rate:
            ahead = t0 + (n + len(chunk)) / args.rate - time.time()
            if ahead > 0:
                await asyncio.sleep(ahead)
        else:
            await asyncio.sleep(0)
    t_published = time.time()
    print(f"published in {t_published - t0:.1f} s ({len(script.events) / (t_published - t0):.0f} msg/s)", flush=True)

    last, last_change, done = -1, time.time(), 0
    while True:
        done = await VisitEvent.all().count()
        if done >= script.unique:
            break
        if done != last:
            last, last_change = done, time.time()
        elif time.time() - last_change > 60:
            print("no progress for 60 s: stopping", flush=True)
            break
        print(f"  {done}/{script.unique} applied, {done / (time.time() - t0):.0f}/s", flush=True)
        await asyncio.sleep(5)
    await asyncio.sleep(2)  # the last topics
    load1 = os.getloadavg()
    for p in procs:
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=40)
        except subprocess.TimeoutExpired:
            p.kill()
    listening.cancel()
    await connection.close()

    rows = await VisitEvent.all().values_list("event_id", "visit_id", "seq", "status", "applied_at")
    last_applied = max(r[4] for r in rows if r[4] is not None).timestamp()
    elapsed = last_applied - t0
    lost = script.unique - len({r[0] for r in rows})
    # Latency: an applied event's sequence reaches the socket with the first topic message at or past it.
    for visit in seen.values():
        visit.sort()
    latencies = []
    for event_id, visit_id, seq, status, _ in rows:
        if status != "applied" or seq is None or visit_id not in seen:
            continue
        at = next((t for s, t in seen[visit_id] if s >= seq), None)
        if at is not None and event_id in published:
            latencies.append(at - published[event_id])
    latencies.sort()
    conn = Tortoise.get_connection("default")
    _, twice = await conn.execute_query(
        "SELECT COUNT(*) AS n FROM visit v WHERE v.seq <> (SELECT COUNT(*) FROM visit_event e "
        "WHERE e.visit_id = v.id AND e.status = 'applied')")
    visits = {(v.institution_id, v.his_visit): v.id for v in await Visit.all().only("id", "institution_id", "his_visit")}
    steps: dict[int, dict[str, str]] = {}
    for visit_id, code, state in await VisitStep.all().values_list("visit_id", "code", "state"):
        steps.setdefault(visit_id, {})[code] = state
    wrong = sum(1 for key, final in script.expected.items() if steps.get(visits.get(key, -1)) != final)
    statuses: dict[str, int] = {}
    for r in rows:
        statuses[r[3]] = statuses.get(r[3], 0) + 1
    print(f"\n{script.unique} unique events ({len(script.events)} sent) through {args.centres} centre processes, "
          f"{len(hospitals)} institutions, batch {args.batch}, offered {'max' if not args.rate else args.rate}/s")
    print(f"sustained: {script.unique - lost} applied in {elapsed:.1f} s = {(script.unique - lost) / elapsed:.0f} events/s "
          f"({len(script.events) / elapsed:.0f} messages/s with duplicates)")
    if latencies:
        print(f"publish -> topic visit:<id>: p50 {_pct(latencies, 0.5) * 1000:.0f} ms, p95 {_pct(latencies, 0.95) * 1000:.0f} ms, "
              f"p99 {_pct(latencies, 0.99) * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms ({len(latencies)} events)")
    print(f"statuses: {statuses}; lost {lost}; visits applied twice {twice[0]['n'] if isinstance(twice[0], dict) else twice[0][0]}; "
          f"visits whose steps differ from the HIS {wrong} of {len(script.expected)}")
    print(f"load average before {load0[0]:.1f}, after {load1[0]:.1f} ({os.cpu_count()} cores)")
    await listener.aclose()
    await db.close_db()


if __name__ == "__main__":
    asyncio.run(main())
