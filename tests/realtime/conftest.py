"""Served processes for the realtime tests: `sanic` with two workers, as in production,
on the suite's database and a real Redis (these tests need one: they are skipped on the
embedded memory:// Redis, which cannot be shared between processes)."""
from __future__ import annotations

import pytest

from core.conversations import service as conversations
from core.principal import SYSTEM
from tests.live_server import Server, ServerFailed

# Small limits, so that the tests reach them quickly.
GATEWAY_ENV = {"REALTIME_AUTH_SECONDS": "2", "REALTIME_IDLE_SECONDS": "6", "REALTIME_QUEUE_MESSAGES": "8",
               "REALTIME_QUEUE_BYTES": "65536", "REALTIME_RATE": "40", "REALTIME_FRAME_BYTES": "8192",
               "REALTIME_STAMP_SECONDS": "2"}


def server_env(settings, **extra) -> dict:
    return {"DATABASE_URL": settings.database_url, "REDIS_URL": settings.redis_url, "HUIYI_ENV": "test",
            "STORAGE_DIR": str(settings.storage_dir), "LOG_LEVEL": "WARNING", **extra}


@pytest.fixture(scope="module")
def gateway(settings, database, tmp_path_factory):
    """Two server workers sharing one port."""
    if settings.redis_is_memory:
        pytest.skip("the realtime tests need a real Redis (REDIS_URL) shared by the server processes")
    server = Server(server_env(settings, **GATEWAY_ENV), tmp_path_factory.mktemp("gw") / "server.log", workers=2)
    try:
        server.start()
    except ServerFailed as exc:
        pytest.fail(str(exc))
    yield server
    server.stop()


async def conversation(*accounts, kind: str = "consult", **party_extra) -> int:
    """A conversation between mini-program accounts (the owning domain opens it)."""
    conv = await conversations.open_conversation(
        actor=SYSTEM, kind=kind, title="图文咨询",
        parties=[{"kind": "mp", "id": a.id, "role": "patient" if i == 0 else "doctor", "name": f"p{i}",
                  **(party_extra if i == 0 else {})} for i, a in enumerate(accounts)])
    return conv.id


async def talking(server: Server):
    """A patient and a doctor on different server processes, both following their conversation."""
    from tests.realtime.peers import account, two_nodes

    a, token_a = await account("patient")
    b, token_b = await account("doctor")
    cid = await conversation(a, b)
    topic = f"conversation:{cid}"
    pa, pb = await two_nodes(server.base, token_a, token_b)
    assert (await pa.subscribe(topic))["op"] == "subscribed"
    assert (await pb.subscribe(topic))["op"] == "subscribed"
    return a, b, cid, topic, pa, pb
