"""Video waiting room figures (issue 12 point 2): what one queue move costs for a slot of N patients.

For N checked-in patients in one slot (N = 10, 50, 200: 200 is the most a period may hold):
- `queue.positions()`: everyone's position and estimated wait (one query for the slot, one for the
  doctor's pace), mean and p95 over REPEAT calls;
- `queue.push()` in a transaction: the positions plus N + 1 outbox events (one per patient's
  `waiting:<order id>`, one on `doctor:<id>`), committed and relayed to Redis, as every move of a
  video order does it;
- a whole move through the service: a patient leaving the queue (`video.leave`: the row locked,
  the state machine, the trail, the audit row, the message, the refund asked for, the push);
- through the gateway (N = 200): the served app (`sanic`, one worker) with the patients' sockets
  (`websockets`, one per account, each following its orders' `waiting:<id>`); PUSHES queue moves one
  after another (the time until every patient's notice arrived), then PUSHES at once (position
  updates per second the gateway delivers, and its CPU).

    mysql -uroot -e "CREATE DATABASE huiyi_bench_wr CHARACTER SET utf8mb4"
    DATABASE_URL=mysql://root:@127.0.0.1:3306/huiyi_bench_wr REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python bench/waiting_room.py [--repeat 100]

The database and Redis database must be the bench's own: it is emptied first. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tortoise import Tortoise  # noqa: E402

from core import cache, db, wiring  # noqa: E402
from core.settings import get_settings  # noqa: E402


async def _empty() -> None:
    conn = Tortoise.get_connection("default")
    tables = [m._meta.db_table for m in Tortoise.apps["models"].values() if m._meta.db_table != "aerich"]
    await conn.execute_script("SET FOREIGN_KEY_CHECKS=0;" + "".join(f"TRUNCATE TABLE `{t}`;" for t in tables)
                              + "SET FOREIGN_KEY_CHECKS=1;")
    await cache.redis().flushdb()


def _ms(samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    return f"mean {statistics.mean(samples) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--pushes", type=int, default=50)
    args = parser.parse_args()
    from core.cli import migrate

    settings = get_settings()
    await migrate()
    await db.init_db(settings.database_url)
    cache.set_client(cache.make_client(settings.redis_url))
    wiring.wire()
    from core.audit import service as audit_service
    from core.consult import queue, video
    from core.consult.models import ConsultOrder
    from core.consult.schemas import CancelIn
    from core.db import utcnow
    from tests import factories

    for n in (10, 50, 200):
        await _empty()
        await audit_service.ensure_head()
        w = await factories.video_world(capacity=200)
        people = [*w.patients, w.child, w.parent, w.stranger]
        now = utcnow()
        rows = [ConsultOrder(number=f"ZX{n:03d}{i:09d}", kind="video", state="queued",
                             account_id=people[i % len(people)].actor.id,
                             patient_id=people[i % len(people)].patient.id, patient_name="患者",
                             doctor_id=w.doctor.id, department_id=w.department.id,
                             institution_id=w.doctor.institution_id, price_fen=8000, window_hours=24,
                             symptoms="咳嗽", slot_day=w.slot.day, slot_period="afternoon", paid_at=now,
                             accept_by=queue.slot_bounds(w.slot.day, "afternoon")[1], checked_in_at=now)
                for i in range(n)]
        await ConsultOrder.bulk_create(rows)
        took = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            places = await queue.positions(w.doctor.id, w.slot.day, "afternoon")
            took.append(time.perf_counter() - t)
        assert len(places) == n
        print(f"N={n:3d} positions(): {_ms(took)}")

        @db.transactional
        async def pushed():
            return await queue.push(w.doctor.id, w.slot.day, "afternoon")

        took = []
        for _ in range(max(10, args.repeat // 5)):
            t = time.perf_counter()
            await pushed()
            took.append(time.perf_counter() - t)
        print(f"N={n:3d} push() with {n + 1} events committed and relayed: {_ms(took)}")

        ids = await ConsultOrder.filter(doctor_id=w.doctor.id, state="queued").order_by("id") \
            .limit(10).values_list("id", "account_id")
        took = []
        for order_id, account_id in ids:
            t = time.perf_counter()
            await video.leave(actor=factories.Principal(kind="mp", id=account_id, name=f"mp:{account_id}"),
                              order_id=order_id, data=CancelIn())
            took.append(time.perf_counter() - t)
        print(f"N={n:3d} a patient leaving (the whole move, {len(took)} times): {_ms(took)}")
        if n == 200:
            await _gateway(args, w, pushed)
    await cache.redis().aclose()
    await db.close_db()


async def _gateway(args, w, pushed) -> None:
    """Queue moves delivered through the served gateway to every patient of a slot."""
    import json
    import tempfile

    from bench.realtime import Cpu, open_socket, start_server
    from core.consult import queue
    from core.consult.models import ConsultOrder
    from tests import factories

    server = start_server(Path(tempfile.mkdtemp(prefix="bench-wr-")), workers=None,
                          extra={"HUIYI_ENV": "test", **factories.VIDEO_ENV})
    people = [*w.patients, w.child, w.parent, w.stranger]
    got = {"n": 0}
    sockets, readers = [], []
    try:
        for who in people:
            ws = await open_socket(server.base, factories.mp_token(who.actor))
            ids = await ConsultOrder.filter(account_id=who.actor.id, state__in=queue.IN_QUEUE) \
                .values_list("id", flat=True)
            for order_id in ids:
                await ws.send(json.dumps({"op": "subscribe", "topic": f"waiting:{order_id}", "id": str(order_id)}))
                answer = json.loads(await ws.recv())
                assert answer.get("op") == "subscribed", answer
            sockets.append(ws)

        async def read(ws):
            async for raw in ws:
                if '"consult.video_queue"' in raw:
                    got["n"] += 1

        readers = [asyncio.create_task(read(ws)) for ws in sockets]
        expected = len(await queue.positions(w.doctor.id, w.slot.day, "afternoon"))

        async def until(total: int) -> None:
            while got["n"] < total:
                await asyncio.sleep(0.001)

        took = []
        for k in range(args.pushes):
            t = time.perf_counter()
            await pushed()
            await asyncio.wait_for(until((k + 1) * expected), 30)
            took.append(time.perf_counter() - t)
        print(f"N={expected} through the gateway, one move after another ({args.pushes}): every patient told in "
              f"{_ms(took)}")
        start = got["n"]
        with Cpu(server) as cpu:
            t = time.perf_counter()
            await asyncio.gather(*(pushed() for _ in range(args.pushes)))
            await asyncio.wait_for(until(start + args.pushes * expected), 120)
            seconds = time.perf_counter() - t
        print(f"N={expected} {args.pushes} moves at once: {args.pushes * expected} position updates in {seconds:.2f} s = "
              f"{args.pushes * expected / seconds:.0f} updates/s delivered, {args.pushes / seconds:.1f} moves/s; "
              f"{cpu.line()}")
    finally:
        for task in readers:
            task.cancel()
        for ws in sockets:
            await ws.close()
        server.stop()


if __name__ == "__main__":
    asyncio.run(main())
