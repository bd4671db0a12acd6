"""The sub-centres: one task per institution's stream under a lease; a hospital whose events fail
or are slow does not hold up another; what a dead process read is claimed and applied; leases move
between processes."""
from __future__ import annotations

import time

from core import cache
from core.visits.centre import intake, runner
from core.visits.models import HisConnection
from tests.visits.centre import fake_apply
from tests.visits.centre.conftest import applied_ids, event, hospital, running_centre, until


async def _submit(node_id: int, visits: int, steps: int = 5, *, prefix: str = "V") -> set[str]:
    sent = set()
    items = []
    for v in range(visits):
        for n in range(steps):
            e = event(f"{prefix}{v}", "queue", n)
            items.append(e)
            sent.add(e["event_id"])
    await intake.submit(institution_id=node_id, items=items, source="test")
    return sent


async def test_a_failing_hospital_does_not_delay_another(settings):
    _, broken, _ = await hospital("坏医院")
    _, healthy, _ = await hospital("好医院")
    fake_apply.FAIL.add(broken.id)
    await _submit(broken.id, 40, prefix="B")
    sent = await _submit(healthy.id, 40, prefix="H")
    async with running_centre() as centre:
        started = time.monotonic()
        await until(lambda: _all(healthy.id, sent), timeout=15)
        took = time.monotonic() - started
        assert await intake.backlog(healthy.id) == 0 or await until(lambda: _zero(healthy.id))
        # The broken hospital's events wait in its own stream, read and not acknowledged.
        assert await intake.backlog(broken.id) == 200
        assert await applied_ids(broken.id) == []
        await until(lambda: _pending(broken.id))
        assert centre.held[broken.id].failures >= 1
        # Fixed: its events are applied from where they waited, none lost.
        fake_apply.FAIL.discard(broken.id)
        await until(lambda: _zero(broken.id), timeout=40)
    assert len(await applied_ids(broken.id)) == 200
    assert took < 10, took  # not held up by the failing one's backoff
    stats = await intake.stats(broken.id)
    assert stats["done"] == 200 and stats["in:test"] == 200
    assert (await cache.redis().hget(intake.stats_key(broken.id), "error")).startswith("RuntimeError")


async def test_a_slow_hospital_does_not_delay_another():
    _, slow, _ = await hospital("慢医院")
    _, fast, _ = await hospital("快医院")
    fake_apply.SLOW[slow.id] = 8.0  # each batch of the slow hospital takes 8 s
    await _submit(slow.id, 100, prefix="S")
    async with running_centre(batch=50):
        await until(lambda: _calls(slow.id))  # the slow one is inside its first batch
        sent = await _submit(fast.id, 10, prefix="F")
        await until(lambda: _all(fast.id, sent), timeout=10)
        # All of the fast hospital's events applied while the slow one's first batch still runs.
        assert await applied_ids(slow.id) == []


async def _calls(inst: int) -> bool:
    return any(i == inst for i, _, _ in fake_apply.CALLS)


async def test_entries_a_dead_process_read_are_claimed_and_applied():
    _, node, _ = await hospital()
    sent = await _submit(node.id, 10)
    r, key = cache.redis(), intake.stream_key(node.id)
    await r.xgroup_create(key, runner.GROUP, id="0", mkstream=True)
    got = await r.xreadgroup(runner.GROUP, "dead-host:1234:abc", {key: ">"}, count=30)
    assert len(got[0][1]) == 30  # read by a process that died before applying them
    async with running_centre():
        await until(lambda: _all(node.id, sent))
        await until(lambda: _zero(node.id))
    assert await runner.pending(node.id) == 0
    assert (await HisConnection.get(institution_id=node.id)).received == 50


async def test_leases_share_the_streams_and_move_when_a_process_stops():
    nodes = [(await hospital())[1] for _ in range(4)]
    async with running_centre(partitions=2) as one:
        for node in nodes:
            await _submit(node.id, 1)
        await until(lambda: _held(one, 2))
        async with running_centre(partitions=10) as two:
            await until(lambda: _held(two, 2))
            assert set(one.held).isdisjoint(two.held)
            for node in nodes:
                assert await runner.holder(node.id) in (one.name, two.name)
            mine = set(one.held)
        # `two` stopped and released its leases: `one` is full, so they stay free until someone has room.
        for node in nodes:
            if node.id not in mine:
                assert await runner.holder(node.id) is None
        async with running_centre(partitions=10) as three:
            await until(lambda: _held(three, 2))
            await until(lambda: _every_applied(nodes))


async def test_a_lost_lease_stops_the_stream_task():
    _, node, _ = await hospital()
    await _submit(node.id, 1)
    async with running_centre(lease_seconds=2) as centre:
        await until(lambda: _held(centre, 1))
        await cache.redis().set(runner.lease_key(node.id), "another-process", px=60_000)
        await until(lambda: _held(centre, 0), timeout=5)
        assert await runner.holder(node.id) == "another-process"


async def _held(centre, n: int) -> bool:
    return len(centre.held) == n


async def _every_applied(nodes) -> bool:
    for node in nodes:
        if len(await applied_ids(node.id)) < 5:
            return False
    return True


async def _all(inst: int, sent: set[str]) -> bool:
    return set(await applied_ids(inst)) >= sent


async def _zero(inst: int) -> bool:
    return await intake.backlog(inst) == 0


async def _pending(inst: int) -> bool:
    return await runner.pending(inst) > 0
