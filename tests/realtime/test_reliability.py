"""A conversation while its processes fail: the server worker a client is connected to is
killed, and Redis restarts (empty). Real processes throughout: two `sanic` workers, a
private redis-server (tests/exam/test_reliability.py's), `websockets` clients that behave
like the app (resend what was not acknowledged with the same client ids, resume from the
last sequence held).

What must hold: both sides end with the same messages in the same order, numbered 1..N
without a gap, none twice (the clients assert that on every frame), every acknowledged
message stored exactly once, and nothing acknowledged lost."""
from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest
from websockets.exceptions import ConnectionClosed

from core.conversations.models import ChatMessage, Conversation
from tests.exam import test_reliability as exam_reliability
from tests.live_server import Server
from tests.realtime.conftest import server_env, talking
from tests.realtime.peers import Peer

pytestmark = pytest.mark.e2e
redis_server = exam_reliability.redis_server  # a private redis-server per test, which the test stops


@pytest.fixture
def served(settings, redis_server, tmp_path):
    if settings.redis_is_memory:
        pytest.skip("needs the suite's real database shared with the served processes")
    env = {**server_env(settings), "REDIS_URL": redis_server.url}
    server = Server(env, tmp_path / "server.log", workers=2)
    server.start()
    yield server
    server.stop()


async def _talk(peer: Peer, topic: str, count: int, pause: float, stats: dict) -> None:
    """Send `count` messages; a send on a dead socket stays unacknowledged until the reconnection."""
    for i in range(count):
        if peer.close_code is not None:
            stats["reconnects"] += 1
            await peer.reconnect()
        try:
            await peer.say(topic, f"{peer.name} 第{i}条")
        except (ConnectionClosed, OSError):
            stats["failed_sends"] += 1
        await asyncio.sleep(pause)
    until = time.monotonic() + 60
    while peer.unacked:  # as the app: keep resending until everything is acknowledged
        assert time.monotonic() < until, f"{peer.name}: {len(peer.unacked)} never acknowledged"
        if peer.close_code is not None:
            stats["reconnects"] += 1
            await peer.reconnect()
        await asyncio.sleep(0.5)
        if peer.unacked and peer.close_code is None:
            await peer.resend()


async def _check(cid: int, topic: str, *peers: Peer) -> int:
    last = (await Conversation.get(id=cid)).last_seq
    for peer in peers:
        await peer.wait_seq(topic, last, timeout=60)
    stored = await ChatMessage.filter(conversation_id=cid).order_by("seq").values_list("seq", "id", "client_id")
    assert [s for s, _, _ in stored] == list(range(1, last + 1))  # gap-free
    ids = [i for _, i, _ in stored]
    for peer in peers:
        assert [peer.items[topic][s]["id"] for s in range(1, last + 1)] == ids  # same messages, same order
        assert not peer.unacked
        for client_id, message in peer.acked.items():  # every acknowledged message stored once, as acknowledged
            assert (message["seq"], message["id"], client_id) in stored
    assert sum(len(p.acked) for p in peers) == last  # nothing stored that nobody sent, nothing twice
    return last


async def test_the_clients_server_process_is_killed_mid_conversation(served):
    a, b, cid, topic, pa, pb = await talking(served)
    victim = int(pa.node)
    stats = {"reconnects": 0, "failed_sends": 0}

    async def kill() -> None:
        await asyncio.sleep(1.5)
        os.kill(victim, signal.SIGKILL)

    await asyncio.gather(kill(), _talk(pa, topic, 40, 0.08, stats), _talk(pb, topic, 40, 0.08, stats))
    assert pa.node != str(victim) and stats["reconnects"] >= 1
    last = await _check(cid, topic, pa, pb)
    assert last == 80
    print(f"killed {victim}; patient reconnected to {pa.node}; {stats}")
    await pa.close()
    await pb.close()


async def test_redis_restarts_mid_conversation(served, redis_server):
    a, b, cid, topic, pa, pb = await talking(served)
    stats = {"reconnects": 0, "failed_sends": 0}

    async def restart() -> None:
        await asyncio.sleep(1.0)
        redis_server.stop()
        await asyncio.sleep(3.0)  # messages keep coming while Redis is away
        redis_server.start()  # same port, empty

    await asyncio.gather(restart(), _talk(pa, topic, 40, 0.1, stats), _talk(pb, topic, 40, 0.1, stats))
    assert await _check(cid, topic, pa, pb) == 80
    # Both sides may hold everything before the gateways resubscribe (each process delivers its own
    # senders' items without Redis, and reads the others' from the database as it does so): they
    # come back all the same, within their backoff.
    for _ in range(100):
        log = served.log_path.read_text()
        if log.count("Redis is back") >= 2:
            break
        await asyncio.sleep(0.2)
    assert "Redis subscription lost" in log and log.count("Redis is back") >= 2, log[-3000:]
    print(stats)
    await pa.close()
    await pb.close()
