"""Domain events (core/events): written with their change, relayed once it commits, consumed
by groups that retry and dead-letter. On the real Redis and MariaDB of the run (CI: both).

Nothing here mocks the mechanism: transactions roll back and deadlock for real (the rival
connection of tests/core/test_transactions.py), Redis goes away by pointing the client at a
port nobody listens on, and group members are real Redis consumer-group members.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json

import pytest
from tortoise.transactions import in_transaction

from core import cache, db
from core.events import service as events
from core.events.models import EventOutbox
from tests.core.test_transactions import _deadlock, rival  # noqa: F401  (fixture)
from tests.live_server import free_port


class Boom(Exception):
    pass


async def _listen(*channels: str):
    pubsub = cache.redis().pubsub()
    await pubsub.subscribe(*channels)
    for _ in channels:
        await pubsub.get_message(timeout=1)  # the subscribe confirmations
    return pubsub


async def _received(pubsub, *, wait: float = 0.5) -> list[tuple[str, dict]]:
    """Everything published to the subscription until nothing came for `wait` seconds."""
    out = []
    while True:
        m = await pubsub.get_message(ignore_subscribe_messages=True, timeout=wait)
        if m is None:
            return out
        out.append((m["channel"], json.loads(m["data"])))


async def _stream() -> list[dict]:
    return [json.loads(fields["event"]) | {"_name": fields["name"]}
            for _, fields in await cache.redis().xrange(events.STREAM)]


@db.transactional
async def _change(name: str = "tests.changed", *, fail: bool = False, topic: str | None = None, **payload):
    async with in_transaction():
        event = await events.emit(name, payload, topic=topic)
        if fail:
            raise Boom()
    return event


# ================================================================== emit and the relay after commit

async def test_an_event_of_a_rolled_back_transaction_is_never_published():
    pubsub = await _listen("ev:tests.changed", "topic:account:45")
    try:
        with pytest.raises(Boom):
            await _change(fail=True, topic="account:45", id=1)
        assert await _received(pubsub) == []
    finally:
        await pubsub.aclose()
    assert await EventOutbox.all().count() == 0
    assert await _stream() == []
    assert await events.relay_pending(grace=dt.timedelta(0)) == 0


async def test_a_committed_event_is_published_once_on_its_channel_its_topic_and_the_stream():
    pubsub = await _listen("ev:tests.changed", "topic:account:45")
    try:
        event = await _change(topic="account:45", id=7, state="approved")
        got = await _received(pubsub)
        # The loop finds nothing left to relay: nothing is published twice.
        assert await events.relay_pending(grace=dt.timedelta(0)) == 0
        assert await _received(pubsub, wait=0.3) == []
    finally:
        await pubsub.aclose()
    body = {"id": event.id, "name": "tests.changed", "topic": "account:45", "payload": {"id": 7, "state": "approved"},
            "at": event.at.isoformat()}
    assert sorted(got, key=lambda m: m[0]) == [("ev:tests.changed", body), ("topic:account:45", body)]
    assert await _stream() == [body | {"_name": "tests.changed"}]
    row = await EventOutbox.get(id=event.id)
    assert row.relayed_at is not None and row.payload == {"id": 7, "state": "approved"}


async def test_events_of_a_call_are_relayed_when_the_outermost_call_returns():
    pubsub = await _listen("ev:tests.inner", "ev:tests.outer")
    seen_inside = []
    try:
        @db.transactional
        async def outer():
            async with in_transaction():
                await _change("tests.inner", n=1)  # an inner call: the outer one relays
                await events.emit("tests.outer", {"n": 2})
                seen_inside.extend(await _received(pubsub, wait=0.2))
        await outer()
        got = await _received(pubsub)
    finally:
        await pubsub.aclose()
    assert seen_inside == []  # nothing went out before the commit
    assert sorted(channel for channel, _ in got) == ["ev:tests.inner", "ev:tests.outer"]


async def test_an_emit_outside_any_transaction_is_relayed_at_once():
    pubsub = await _listen("ev:tests.loose")
    try:
        event = await events.emit("tests.loose", {"id": 3})
        assert [m for _, m in await _received(pubsub)] == [json.loads(event.to_json())]
    finally:
        await pubsub.aclose()
    assert (await EventOutbox.get(id=event.id)).relayed_at is not None


async def test_a_savepoint_rolled_back_inside_a_committed_call_takes_its_event_along():
    pubsub = await _listen("ev:tests.kept", "ev:tests.dropped")
    try:
        @db.transactional
        async def work():
            async with in_transaction():
                await events.emit("tests.kept", {})
                with pytest.raises(Boom):
                    async with in_transaction():  # a savepoint
                        await events.emit("tests.dropped", {})
                        raise Boom()
        await work()
        assert [channel for channel, _ in await _received(pubsub)] == ["ev:tests.kept"]
    finally:
        await pubsub.aclose()
    assert await EventOutbox.filter(name="tests.dropped").count() == 0


async def test_a_retried_attempt_s_events_go_with_its_rolled_back_rows(rival):  # noqa: F811
    """A real deadlock makes MariaDB roll back the first attempt: its event is not published,
    the second attempt's is, once."""
    attempts = []
    pubsub = await _listen("ev:tests.bumped")
    try:
        @db.transactional
        async def bump():
            attempts.append(1)
            async with in_transaction() as conn:
                await conn.execute_query("UPDATE tx_probe SET v = v + 1 WHERE id = 1")
                await events.emit("tests.bumped", {"attempt": len(attempts)})
                if len(attempts) == 1:
                    await _deadlock(conn, rival)
        await bump()
        got = await _received(pubsub)
    finally:
        await pubsub.aclose()
    assert len(attempts) == 2
    assert [m["payload"] for _, m in got] == [{"attempt": 2}]
    assert [r.payload for r in await EventOutbox.all()] == [{"attempt": 2}]


async def test_concurrent_calls_are_relayed_in_batches_each_event_once():
    """The relays of concurrent calls share batches (one SELECT, pipeline, UPDATE each); every
    caller still returns only once its own events went out, and each goes out once."""
    pubsub = await _listen("ev:tests.many")
    try:
        made = await asyncio.gather(*(_change("tests.many", n=n) for n in range(30)))
        got = await _received(pubsub)
    finally:
        await pubsub.aclose()
    assert sorted(m["payload"]["n"] for _, m in got) == list(range(30))
    assert sorted(m["id"] for m in await _stream()) == sorted(e.id for e in made)
    assert await EventOutbox.filter(relayed_at__isnull=True).count() == 0
    assert await events.relay_pending(grace=dt.timedelta(0)) == 0


async def test_in_process_listeners_get_committed_events_with_what_was_attached():
    """`on_relayed`: this process's own listeners (the realtime gateway) see each event it relays,
    with `local`, before Redis does; never one whose savepoint rolled back. `local` never travels."""
    seen: list[events.Event] = []
    stop = events.on_relayed(seen.append)
    assert events.has_listeners()
    pubsub = await _listen("ev:tests.kept", "ev:tests.dropped")
    try:
        @db.transactional
        async def work():
            async with in_transaction():
                await events.emit("tests.kept", {"n": 1}, topic="account:45", local={"item": "as stored"})
                with pytest.raises(Boom):
                    async with in_transaction():
                        await events.emit("tests.dropped", {}, local={"item": "never"})
                        raise Boom()
        await work()
        got = await _received(pubsub)
    finally:
        stop()
        await pubsub.aclose()
    assert not events.has_listeners()
    assert [(e.name, e.topic, e.payload, e.local) for e in seen] == [
        ("tests.kept", "account:45", {"n": 1}, {"item": "as stored"})]
    assert [m for _, m in got] == [json.loads(seen[0].to_json())] and "local" not in got[0][1]
    await events.emit("tests.kept", {"n": 2}, local="after")  # stopped: told nothing more
    assert len(seen) == 1


async def test_names_topics_and_payloads_are_checked():
    for name in ("Records.changed", "records", "records.changed.twice", "records.chänged"):
        with pytest.raises(ValueError):
            await events.emit(name, {})
    with pytest.raises(ValueError):
        await events.emit("tests.changed", {}, topic="account 45")
    with pytest.raises(ValueError):
        await events.emit("tests.changed", {"blob": "x" * (events.MAX_PAYLOAD + 1)})
    with pytest.raises(ValueError):
        await events.emit("tests.changed", {"when": dt.datetime.now()})
    assert await EventOutbox.all().count() == 0


# ================================================================== the relay loop

async def test_the_relay_loop_publishes_what_the_immediate_relay_could_not():
    """Redis is away when the change commits (the client points at a port nobody listens on):
    the change stands, the event waits in the outbox, and the loop publishes it later."""
    working = cache.redis()
    cache.set_client(cache.make_client(f"redis://127.0.0.1:{free_port()}/0"))
    try:
        event = await _change(id=11, topic="account:45")
    finally:
        await cache.redis().aclose()
        cache.set_client(working)
    assert (await EventOutbox.get(id=event.id)).relayed_at is None
    assert await _stream() == []

    pubsub = await _listen("ev:tests.changed", "topic:account:45")
    try:
        assert await events.relay_pending() == 0  # younger than the grace: its own process may still relay it
        await EventOutbox.filter(id=event.id).update(created_at=db.utcnow() - 2 * events.RELAY_GRACE)
        await working.set(events.RELAY_LOCK, "another process")
        assert await events.relay_pending() == 0  # another process is at it
        await working.delete(events.RELAY_LOCK)
        loop = asyncio.create_task(events.run_relay_loop(every=0.1))
        try:
            got = await _received(pubsub)
        finally:
            loop.cancel()
    finally:
        await pubsub.aclose()
    assert [(channel, m["payload"]) for channel, m in sorted(got, key=lambda m: m[0])] == [
        ("ev:tests.changed", {"id": 11}), ("topic:account:45", {"id": 11})]
    assert (await EventOutbox.get(id=event.id)).relayed_at is not None
    assert [m["id"] for m in await _stream()] == [event.id]
    assert await working.get(events.RELAY_LOCK) is None


async def test_the_retention_sweep_deletes_relayed_rows_only_once_old():
    old, recent, stuck = [await events.emit("tests.kept", {"n": n}) for n in range(3)]
    long_ago = db.utcnow() - events.RETENTION - dt.timedelta(hours=1)
    await EventOutbox.filter(id=old.id).update(relayed_at=long_ago, created_at=long_ago)
    await EventOutbox.filter(id=stuck.id).update(relayed_at=None, created_at=long_ago)
    assert await events.sweep_outbox() == 1
    assert sorted(await EventOutbox.all().values_list("id", flat=True)) == [recent.id, stuck.id]


# ================================================================== consumer groups

def _group(handler, *, group="tests.group", names=("tests.changed",), tries=3, retry_after=0.2):
    return events.Consumer(group, frozenset(names), handler, tries, retry_after)


async def _pending(group: str) -> int:
    return (await cache.redis().xpending(events.STREAM, group))["pending"]


async def test_a_failing_handler_is_retried_then_dead_lettered():
    tried: dict[int, int] = {}

    async def handler(event: events.Event):
        tried[event.payload["n"]] = tried.get(event.payload["n"], 0) + 1
        if event.payload["n"] == 1 and tried[1] < 3:
            raise Boom("not yet")  # succeeds on its third try
        if event.payload["n"] == 2:
            raise Boom("never")

    reader = events.GroupReader(_group(handler), name="m1")
    await reader.ensure_group()
    for n in (1, 2):
        await _change(n=n)
    await events.emit("tests.other", {"n": 3})  # not the group's: acknowledged unread
    assert await reader.read_new() == 3
    assert tried == {1: 1, 2: 1} and await _pending("tests.group") == 2
    assert await reader.retry_idle() == 0  # not idle long enough yet
    for _ in range(2):
        await asyncio.sleep(0.25)
        assert await reader.retry_idle() == 2
    assert tried == {1: 3, 2: 3}
    assert await _pending("tests.group") == 0
    [dead] = await events.dead_letters(group="tests.group")
    assert (dead["name"], dead["tries"]) == ("tests.changed", "3")
    assert dead["error"].startswith("Boom at test_events.py:") and "never" not in dead["error"]
    assert json.loads(dead["event"])["payload"] == {"n": 2}
    await asyncio.sleep(0.25)
    assert await reader.retry_idle() == 0  # nothing comes back


async def test_members_of_a_group_share_the_work_and_take_over_a_dead_member_s():
    handled: list[tuple[str, int]] = []

    def handler_of(member: str):
        async def handler(event: events.Event):
            handled.append((member, event.payload["n"]))
        return handler

    group = _group(handler_of("a"))
    a = events.GroupReader(group, name="a")
    b = events.GroupReader(events.Consumer(group.group, group.names, handler_of("b"), 3, 0.2), name="b")
    other = events.GroupReader(_group(handler_of("other"), group="tests.other_group"), name="a")
    for reader in (a, b, other):
        await reader.ensure_group()
    for n in range(10):
        await _change(n=n)
    assert await a.read_new(count=4) == 4
    assert await b.read_new(count=4) == 4
    # A third member takes two and dies before handling them (its process was killed).
    taken = await cache.redis().xreadgroup("tests.group", "c", {events.STREAM: ">"}, count=2)
    assert len(taken[0][1]) == 2 and await _pending("tests.group") == 2
    await asyncio.sleep(0.25)
    assert await b.retry_idle() == 2
    assert await other.read_new() == 10  # another group sees every event on its own
    mine = [n for member, n in handled if member != "other"]
    assert sorted(mine) == list(range(10))  # each event handled once within the group
    assert {member for member, _ in handled} == {"a", "b", "other"}
    assert sorted(n for member, n in handled if member == "a") == [0, 1, 2, 3]
    assert await _pending("tests.group") == 0


async def test_running_groups_follow_the_relay():
    """The loops a process runs (worker; server on the embedded Redis): events relayed after
    a commit reach the handler without anyone calling the reader."""
    got = asyncio.Queue()

    async def handler(event: events.Event):
        await got.put(event.payload)

    reader = events.GroupReader(_group(handler), name="loop")
    await reader.ensure_group()
    task = asyncio.create_task(events.run_group(reader, block=not cache.redis().__class__.__module__
                                                .startswith("fakeredis")))
    try:
        await _change(n=1)
        assert await asyncio.wait_for(got.get(), 5) == {"n": 1}
    finally:
        await _stopped(task)


async def _stopped(task: asyncio.Task) -> None:
    """Cancel a consumer loop and wait for it, cancelling again if a cancellation was swallowed on the
    way (a Redis read that completed in the same instant: a check run once hung here for ever)."""
    for _ in range(40):
        task.cancel()
        done, _ = await asyncio.wait({task}, timeout=0.5)
        if done:
            return
    raise AssertionError("the consumer loop does not stop when cancelled")


async def test_a_group_is_registered_once():
    async def handler(event):
        pass

    async def another(event):
        pass

    saved = dict(events.CONSUMERS)
    try:
        events.consumer(group="tests.once", names={"tests.changed"})(handler)
        events.consumer(group="tests.once", names={"tests.changed"})(handler)  # a module imported again
        with pytest.raises(ValueError):
            events.consumer(group="tests.once", names={"tests.changed"})(another)
        with pytest.raises(ValueError):
            events.consumer(group="tests.bad", names={"not a name"})(another)
    finally:
        events.CONSUMERS.clear()
        events.CONSUMERS.update(saved)
