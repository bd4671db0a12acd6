"""Media end to end through a real Janus with aiortc peers (realtime/janus_peer.py) joining with
the credentials our API issues: the patient's face reaches the doctor and is recognised there,
audio flows both ways, a removed patient's stream stops and their rejoin is refused; a member
publishing what they may not is kicked by the service from Janus's events, and audited."""
from __future__ import annotations

import asyncio
import time

import pytest

from core.audit.models import AuditLog
from core.rooms import providers
from core.rooms import service as rooms
from core.rooms.errors import ParticipantRemoved
from core.rooms.models import RoomEvent, RoomParticipant
from media import face
from realtime.janus_peer import JanusPeer, JanusRefused
from tests import factories as f
from tests.media_files import FACES, face_to_face, write_tone, write_y4m
from tests.rooms.test_janus_provider import VR_UNAUTHORIZED, present

PHOTO = FACES / "grace_hopper.jpg"


@pytest.fixture(scope="module")
def media_files(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("room-media")
    return write_y4m(PHOTO, tmp / "face.y4m", frames=5), write_tone(tmp / "tone.wav", hz=440.0, seconds=3.0)


async def _denied(action: str, count: int, timeout: float = 10.0) -> list[tuple]:
    """The denied audit rows of `action` once there are `count` (the kick comes first, the row after)."""
    async def rows():
        while len(found := await AuditLog.filter(action=action, outcome="denied").order_by("seq").values_list(
                "actor_type", "actor_id", "target_id", "after")) < count:
            await asyncio.sleep(0.05)
        return found

    return await asyncio.wait_for(rows(), timeout)


def _recognised(frame) -> float:
    """The distance between the face in a received frame and the photo's."""
    _, photo = face.analyse(PHOTO.read_bytes())
    return face.distance(face.encode(frame), photo)


async def test_patient_face_and_voices_cross_janus_and_a_removed_patient_stops(janus, media_files):
    video, tone = map(str, media_files)
    rw = await f.video_room()
    w = rw.world
    # The patient is removed by the doctor here as a relative would be (REMOVES): a relative's seat.
    patient = await rooms.admit(room=rw.room, role="relative", account_type="mp", account_id=w.child.actor.id,
                                display="王小明")
    a = JanusPeer(await rooms.join(actor=w.child.actor, room_id=rw.room.id))
    b = JanusPeer(await rooms.join(actor=w.doctor_actor, room_id=rw.room.id))
    try:
        await face_to_face(a, b, video=video, audio=tone)
        got = b.received[a.feed]

        # The doctor sees the patient: the decoded frame's face is the photo's person.
        frame = got.image()
        assert frame.shape == (480, 640, 3)
        assert await asyncio.to_thread(_recognised, frame) < 0.6
        # Audio both ways, not silence (a 440 Hz tone at a third of full scale).
        assert got.audio_peak > 2000 and a.received[b.feed].audio_peak > 2000
        assert got.tracks == {"audio", "video"} and a.received[b.feed].tracks == {"audio"}
        await present(patient.id)

        await rooms.remove(actor=w.doctor_actor, room_id=rw.room.id, participant_id=patient.id)
        await b.wait_for(lambda: a.feed in b.gone and a.kicked, timeout=10)
        # Nothing more arrives from the removed patient (their stream stopped at Janus).
        await asyncio.sleep(0.5)  # what was in flight when the kick happened
        frames, audio, since = got.video_frames, got.audio_frames, time.monotonic()
        await asyncio.sleep(3)
        assert (got.video_frames, got.audio_frames) == (frames, audio), time.monotonic() - since
        listed = await providers.get("janus").participants(rooms.ref(rw.room))
        assert [p["id"] for p in listed] == [b.feed]
    finally:
        await a.close()
        await b.close()

    with pytest.raises(ParticipantRemoved):
        await rooms.join(actor=w.child.actor, room_id=rw.room.id)
    again = JanusPeer(a.creds)
    try:
        with pytest.raises(JanusRefused) as err:
            await again.join()
        assert (err.value.plugin, err.value.code) == (True, VR_UNAUTHORIZED)
    finally:
        await again.close()
    kinds = await RoomEvent.filter(room_id=rw.room.id, participant_id=patient.id).order_by("id").values_list(
        "kind", flat=True)
    assert kinds[0] == "joined" and "removed" in kinds


async def test_an_observer_who_publishes_is_kicked_and_the_denial_audited(janus, media_files):
    video, tone = map(str, media_files)
    rw = await f.video_room()
    w = rw.world
    observer = await rooms.admit(room=rw.room, role="observer", account_type="mp", account_id=w.stranger.actor.id,
                                 display="旁听", publish_audio=False, publish_video=False)
    creds = await rooms.join(actor=w.stranger.actor, room_id=rw.room.id)
    assert creds["permissions"] == {"publish_audio": False, "publish_video": False, "subscribe": True}
    peer = JanusPeer(creds)
    try:
        await peer.join()
        await present(observer.id)
        await peer.publish(video=video, audio=tone)  # Janus itself lets any member publish ...
        await peer.wait_for(lambda: peer.kicked, timeout=15)  # ... the service's event handler kicks at once
    finally:
        await peer.close()
    listed = await providers.get("janus").participants(rooms.ref(rw.room))
    assert observer.provider_user not in {str(p["id"]) for p in listed}
    denied = await _denied("rooms.publish", 1)
    assert denied == [("mp", str(w.stranger.actor.id), str(rw.room.id),
                       {"reason": f"not_allowed:audio,video feed={observer.provider_user}"})]
    kicked = await RoomEvent.filter(room_id=rw.room.id, kind="kicked").values_list("participant_id", "detail")
    assert kicked == [(observer.id, {"reason": "not_allowed:audio,video", "feed": observer.provider_user,
                                     "media": ["audio", "video"]})]
    await present(observer.id, False)  # Janus's "kicked" event: no longer in the room


async def test_a_foreign_feed_id_is_kicked_and_the_member_who_used_it_audited(janus):
    rw = await f.video_room()
    w = rw.world
    relative = await rooms.admit(room=rw.room, role="relative", account_type="mp", account_id=w.child.actor.id,
                                 display="王小明")
    creds = await rooms.join(actor=w.child.actor, room_id=rw.room.id)
    unknown_feed = int(relative.provider_user) + 1  # an id the service never gave
    doctors_feed = int(rw.doctor.provider_user)  # the doctor's (who is not in the room yet)
    for feed in (unknown_feed, doctors_feed):
        peer = JanusPeer(creds)  # the relative's own valid token and pin: Janus lets them in
        try:
            await peer.join(feed=feed)
            await peer.wait_for(lambda: peer.kicked, timeout=15)  # the service kicks them at once
        finally:
            await peer.close()
    denied = [(t, a, after) for t, a, _, after in await _denied("rooms.join", 2)]
    assert denied == [("mp", str(w.child.actor.id), {"reason": f"unknown_feed feed={unknown_feed}"}),
                      ("mp", str(w.child.actor.id), {"reason": f"token_mismatch feed={doctors_feed}"})]
    kicked = await RoomEvent.filter(room_id=rw.room.id, kind="kicked").order_by("id").values_list(
        "participant_id", flat=True)
    assert kicked == [relative.id, relative.id]
    assert not (await RoomParticipant.get(id=rw.doctor.id)).present  # the doctor's seat was never theirs


async def test_a_join_with_a_token_that_is_no_members_is_kicked_and_audited_to_the_system(janus):
    """Janus's allowed list is ours, so this is what a token slipped into it by hand would do."""
    rw = await f.video_room()
    number, secret = int(rw.room.provider_room), rw.room.secret.partition("|")[0]
    await providers.get("janus").videoroom({"request": "allowed", "room": number, "secret": secret,
                                            "action": "add", "allowed": ["slipped-in"]})
    creds = (await rooms.join(actor=rw.world.parent.actor, room_id=rw.room.id))["media"]
    peer = JanusPeer(dict(creds, allowed_token="slipped-in", feed=int(rw.patient.provider_user) + 7))
    try:
        await peer.join()
        await peer.wait_for(lambda: peer.kicked, timeout=15)
    finally:
        await peer.close()
    denied = [(t, after) for t, _, _, after in await _denied("rooms.join", 1)]
    assert denied == [("system", {"reason": f"unknown_feed feed={int(rw.patient.provider_user) + 7}"})]
