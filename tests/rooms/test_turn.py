"""TURN with a real coturn: the short-lived credentials core/rooms/ice.py issues allocate a relay
(aioice's TURN client, the one aiortc uses), an expired or wrongly signed one is refused with
401, and a relayed datagram reaches its peer. coturn is configured by core/rooms/janus_config.py."""
from __future__ import annotations

import asyncio
import time

import pytest
from aioice import stun
from aioice.turn import create_turn_endpoint

from core.rooms import ice
from core.settings import get_settings

pytestmark = pytest.mark.nodb


class _Inbox(asyncio.DatagramProtocol):
    def __init__(self):
        self.got: asyncio.Queue = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.got.put_nowait((data, addr))


async def _allocate(turn, username: str, password: str):
    return await asyncio.wait_for(create_turn_endpoint(_Inbox, (turn.host, turn.port), username, password,
                                                       lifetime=60), 10)


async def test_issued_credentials_allocate_and_relay(coturn):
    servers = ice.ice_servers(get_settings(), "room1p1")
    (turn_entry,) = servers
    assert turn_entry["urls"] == [coturn.url]
    transport, inbox = await _allocate(coturn, turn_entry["username"], turn_entry["credential"])
    loop = asyncio.get_running_loop()
    peer_transport, peer = await loop.create_datagram_endpoint(_Inbox, local_addr=("127.0.0.1", 0))
    try:
        relayed = transport.get_extra_info("sockname")  # the relay address coturn allocated
        assert relayed[0] == "127.0.0.1" and relayed[1] != coturn.port
        transport.sendto(b"hello through turn", peer_transport.get_extra_info("sockname"))
        data, source = await asyncio.wait_for(peer.got.get(), 10)
        assert data == b"hello through turn" and source[1] == relayed[1]
    finally:
        transport.close()
        peer_transport.close()


@pytest.mark.parametrize("case", ["expired", "wrong_secret", "tampered_user"])
async def test_expired_or_wrong_credentials_are_refused(coturn, case):
    secret = "not-the-secret" if case == "wrong_secret" else coturn.secret
    now = time.time() - 3600 if case == "expired" else None
    username, password = ice.turn_credentials(secret, "room1p1", seconds=60, now=now)
    if case == "tampered_user":
        username = username.replace("room1p1", "room1p2")  # the password was made for another name
    with pytest.raises(stun.TransactionFailed) as err:
        await _allocate(coturn, username, password)
    assert err.value.response.attributes["ERROR-CODE"][0] == 401
