"""The janus provider against a real Janus: rooms created, members admitted and removed, rooms
ended at Janus; and what Janus itself refuses (an expired or forged signed token, a member's
token on another room, a removed member's token), beside what our API refuses."""
from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from core.audit.models import AuditLog
from core.db import utcnow
from core.rooms import providers
from core.rooms import service as rooms
from core.rooms.errors import ParticipantRemoved
from core.rooms.models import RoomParticipant, VideoRoom
from core.rooms.providers.janus import signed_token
from realtime.janus_peer import JanusPeer, JanusRefused
from tests import factories as f

UNAUTHORIZED = 403  # JANUS_ERROR_UNAUTHORIZED: the request's token (or api secret) is not accepted
VR_UNAUTHORIZED = 433  # JANUS_VIDEOROOM_ERROR_UNAUTHORIZED: wrong pin, or a token not in the room's allowed list
VR_NO_SUCH_ROOM = 426


async def _refused(creds: dict, **join) -> JanusRefused:
    peer = JanusPeer(creds)
    try:
        with pytest.raises(JanusRefused) as err:
            await peer.join(**join)
        return err.value
    finally:
        await peer.close()


async def present(participant_id: int, value: bool = True, timeout: float = 10.0) -> RoomParticipant:
    """Until Janus's events have made the member present (or absent) here."""
    async def seen():
        while (p := await RoomParticipant.get(id=participant_id)).present != value:
            await asyncio.sleep(0.05)
        return p

    return await asyncio.wait_for(seen(), timeout)


async def _exists(room: VideoRoom) -> bool:
    data = await providers.get("janus").videoroom({"request": "exists", "room": int(room.provider_room)})
    return bool(data.get("exists"))


async def test_rooms_and_members_live_at_janus(janus):
    rw = await f.video_room()
    assert rw.room.provider == "janus" and await _exists(rw.room)
    patient = await rooms.join(actor=rw.world.parent.actor, room_id=rw.room.id)
    media = patient["media"]
    assert media["server"] == janus.ws_url and media["feed"] == int(rw.patient.provider_user)
    assert media["token"].split(":")[0].split(",")[1:] == ["janus", "janus.plugin.videoroom"]

    async with JanusPeer(patient) as peer:
        joined = await peer.join()
        assert joined["id"] == int(rw.patient.provider_user)
        listed = await providers.get("janus").participants(rooms.ref(rw.room))
        assert [p["id"] for p in listed] == [int(rw.patient.provider_user)]

    await rooms.end(room=rw.room)
    assert not await _exists(rw.room)
    assert (await VideoRoom.get(id=rw.room.id)).state == "ended"
    # The room is gone at Janus: yesterday's credentials reach nothing.
    assert (await _refused(patient)).code == VR_NO_SUCH_ROOM


async def test_janus_refuses_expired_and_forged_signed_tokens(janus):
    rw = await f.video_room()
    creds = (await rooms.join(actor=rw.world.parent.actor, room_id=rw.room.id))["media"]
    expired = dict(creds, token=signed_token(janus.token_secret, utcnow() - dt.timedelta(seconds=5)))
    forged = dict(creds, token=signed_token("not-the-secret", utcnow() + dt.timedelta(minutes=10)))
    tampered = dict(creds, token=creds["token"].replace(",janus,", ",janus2,"))
    for bad in (expired, forged, tampered, dict(creds, token="")):
        err = await _refused(bad)
        assert (err.plugin, err.code) == (False, UNAUTHORIZED), bad["token"]
    async with JanusPeer(creds) as peer:  # the issued one works
        await peer.join()


async def test_a_members_token_does_not_open_another_room(janus):
    a = await f.video_room()
    b = await f.video_room(a.world)
    creds_a = (await rooms.join(actor=a.world.parent.actor, room_id=a.room.id))["media"]
    creds_b = (await rooms.join(actor=b.world.parent.actor, room_id=b.room.id))["media"]
    # Room B's number and pin, room A's allowed token: Janus's allowed list of B refuses it.
    err = await _refused(creds_a, room=creds_b["room"], pin=creds_b["pin"])
    assert (err.plugin, err.code) == (True, VR_UNAUTHORIZED)
    # Room A's token with room B's number but A's pin: the pin is refused as well.
    err = await _refused(creds_a, room=creds_b["room"])
    assert (err.plugin, err.code) == (True, VR_UNAUTHORIZED)


async def test_a_removed_member_is_kicked_and_kept_out_by_janus_and_by_us(janus):
    rw = await f.video_room()
    relative = await rooms.admit(room=rw.room, role="relative", account_type="mp", account_id=rw.world.child.actor.id,
                                 display="王小明")
    creds = await rooms.join(actor=rw.world.child.actor, room_id=rw.room.id)
    doctor_peer = JanusPeer(await rooms.join(actor=rw.world.doctor_actor, room_id=rw.room.id))
    relative_peer = JanusPeer(creds)
    try:
        await doctor_peer.join()
        await relative_peer.join()
        feed = int(relative.provider_user)
        # Janus's event handler told the service (bff/rooms_janus.py): the relative is in the room.
        await present(relative.id)
        await rooms.remove(actor=rw.world.doctor_actor, room_id=rw.room.id, participant_id=relative.id)
        await relative_peer.wait_for(lambda: relative_peer.kicked, timeout=10)
        listed = await providers.get("janus").participants(rooms.ref(rw.room))
        assert feed not in [p["id"] for p in listed]
    finally:
        await relative_peer.close()
        await doctor_peer.close()

    # Janus refuses the old credentials (the token left the room's allowed list) ...
    err = await _refused(creds)
    assert (err.plugin, err.code) == (True, VR_UNAUTHORIZED)
    # ... and we issue no new ones, audited as denied.
    with pytest.raises(ParticipantRemoved):
        await rooms.join(actor=rw.world.child.actor, room_id=rw.room.id)
    assert (await RoomParticipant.get(id=relative.id)).state == "removed"
    denied = await AuditLog.filter(action="rooms.join", outcome="denied").values_list("actor_id", "after")
    assert denied == [(str(rw.world.child.actor.id), {"reason": "removed"})]
