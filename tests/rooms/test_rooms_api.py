"""Video rooms over HTTP on a real Janus: invitations (a relative by a single-use link, a doctor by
name), removal, the invited doctor's reading of the order, and recording only with everyone's
consent, collected from Janus's files and played through an audited, expiring link."""
from __future__ import annotations

import asyncio
import dataclasses

import pytest

from core import jobs
from core.accounts.models import AdminAccount
from core.audit.models import AuditLog
from core.db import utcnow
from core.rooms import service as rooms
from core.rooms.models import RoomEvent, RoomInvitation, RoomParticipant, RoomRecording, VideoRoom
from core.settings import get_settings, set_settings
from realtime.janus_peer import JanusPeer
from tests import factories as f
from tests.media_files import FACES, face_to_face, write_tone, write_y4m

MP, ADMIN, DESK = "/api/mp/v1/rooms", "/api/admin/v1/rooms", "/api/admin/v1/workstation/consult"


def _h(person) -> dict:
    return {"Authorization": "Bearer " + f.mp_token(person.actor)}


async def _username(actor) -> str:
    return (await AdminAccount.get(id=actor.id)).username


async def test_a_relative_joins_by_a_single_use_link_and_the_patient_removes_them(janus, client):
    rw = await f.video_room()
    w, room = rw.world, rw.room
    # The relative may be anyone the patient sends the link to: here the stranger's account.
    r = await client.post(f"{MP}/{room.id}/invitations", json={"role": "relative", "note": "邻居",
                                                                 "publish_video": False}, headers=_h(w.parent))
    assert r.status_code == 201, r.text
    inv = r.json()
    assert inv["link"].endswith(f"/h5/#/video/invite?token={inv['token']}") and inv["role"] == "relative"
    stored = await RoomInvitation.get(id=inv["id"])
    assert inv["token"] not in (stored.token_hash, str(stored.__dict__))  # kept hashed only

    r = await client.post(f"{MP}/invitations/preview", json={"token": inv["token"]}, headers=_h(w.stranger))
    assert r.json() == {"role": "relative", "note": "邻居", "inviter": w.parent.patient.name,
                        "expires_at": r.json()["expires_at"], "valid": True}
    # Not a member yet: no credentials.
    r = await client.post(f"{MP}/{room.id}/join", headers=_h(w.stranger))
    assert r.status_code == 404 and r.json()["code"] == "rooms.room_not_found"  # as if missing
    r = await client.post(f"{MP}/invitations/accept", json={"token": inv["token"]}, headers=_h(w.stranger))
    assert r.status_code == 200, r.text
    relative = next(p for p in r.json()["participants"] if p["role"] == "relative")
    assert (relative["display"], relative["publish_audio"], relative["publish_video"]) == ("邻居", True, False)
    # Single use: the same link again, by anyone, is refused and audited.
    r = await client.post(f"{MP}/invitations/accept", json={"token": inv["token"]}, headers=_h(w.child))
    assert r.status_code == 410 and r.json()["details"] == {"reason": "used"}
    r = await client.post(f"{MP}/invitations/accept", json={"token": "x" * 32}, headers=_h(w.child))
    assert r.status_code == 410 and r.json()["details"] == {"reason": "unknown"}

    creds = (await client.post(f"{MP}/{room.id}/join", headers=_h(w.stranger))).json()
    assert creds["role"] == "relative" and creds["permissions"] == {"publish_audio": True, "publish_video": False,
                                                                    "subscribe": True}
    assert creds["media"]["provider"] == "janus" and creds["media"]["room"] == int(room.provider_room)
    # An invitee invites nobody.
    r = await client.post(f"{MP}/{room.id}/invitations", json={"role": "relative"}, headers=_h(w.stranger))
    assert r.status_code == 403 and r.json()["code"] == "rooms.cannot_invite"
    # The relative joins at Janus with what they were given ...
    peer = JanusPeer(creds)
    try:
        await peer.join()
        # ... and the patient removes them at once: out of Janus, and kept out.
        r = await client.delete(f"{MP}/{room.id}/participants/{relative['id']}", headers=_h(w.parent))
        assert r.status_code == 200, r.text
        assert next(p for p in r.json()["participants"] if p["id"] == relative["id"])["state"] == "removed"
        await peer.wait_for(lambda: peer.kicked, timeout=10)
    finally:
        await peer.close()
    r = await client.post(f"{MP}/{room.id}/join", headers=_h(w.stranger))
    assert r.status_code == 403 and r.json()["code"] == "rooms.participant_removed"
    # The patient cannot remove the doctor.
    r = await client.delete(f"{MP}/{room.id}/participants/{rw.doctor.id}", headers=_h(w.parent))
    assert r.status_code == 403
    actions = await AuditLog.filter(target_id__in=[str(room.id), str(relative["id"]), str(inv["id"])]) \
        .order_by("seq").values_list("action", "outcome")
    assert ("rooms.invite", "success") in actions and ("rooms.accept_invitation", "success") in actions
    assert ("rooms.invite", "denied") in actions and ("rooms.remove", "success") in actions
    assert ("rooms.accept_invitation", "denied") in await AuditLog.all().values_list("action", "outcome")


async def test_an_expired_invitation_is_refused(janus, client):
    rw = await f.video_room()
    r = await client.post(f"{MP}/{rw.room.id}/invitations", json={"role": "relative"}, headers=_h(rw.world.parent))
    token = r.json()["token"]
    await RoomInvitation.filter(id=r.json()["id"]).update(expires_at=utcnow())
    r = await client.post(f"{MP}/invitations/accept", json={"token": token}, headers=_h(rw.world.stranger))
    assert r.status_code == 410 and r.json()["details"] == {"reason": "expired"}
    assert await RoomParticipant.filter(room_id=rw.room.id).count() == 2
    # A patient may not invite a doctor, and bad input is a clear error.
    r = await client.post(f"{MP}/{rw.room.id}/invitations", json={"role": "guest_doctor", "doctor_id": 1},
                          headers=_h(rw.world.parent))
    assert r.status_code == 403 and r.json()["code"] == "rooms.cannot_invite"
    for body in ({"role": "boss"}, {"role": "relative", "note": "长" * 40}, {"role": "relative", "extra": 1}):
        r = await client.post(f"{MP}/{rw.room.id}/invitations", json=body, headers=_h(rw.world.parent))
        assert r.status_code == 422, body


async def test_a_doctor_invites_a_colleague_who_reads_the_order_until_removed(janus, client):
    rw = await f.video_room()
    w, room = rw.world, rw.room
    async with f.AdminSession(client, await _username(w.doctor_actor)) as doc:
        r = await doc.post(f"{ADMIN}/{room.id}/invitations", json={"role": "guest_doctor"})
        assert r.status_code == 422  # which doctor?
        r = await doc.post(f"{ADMIN}/{room.id}/invitations", json={"role": "guest_doctor",
                                                                     "doctor_id": w.colleague.id})
        assert r.status_code == 201, r.text
        token = r.json()["token"]
        assert r.json()["link"] == f"/admin/workstation/video/{room.id}#invitation={token}"
    # The invitation names the colleague: the patient's account cannot take it.
    r = await client.post(f"{MP}/invitations/accept", json={"token": token}, headers=_h(w.parent))
    assert r.status_code == 410 and r.json()["details"] == {"reason": "not_for_you"}
    async with f.AdminSession(client, await _username(w.colleague_actor)) as col:
        r = await col.get(f"{DESK}/rooms/{room.id}/order")
        assert r.status_code == 404 and r.json()["code"] == "rooms.room_not_found"  # not in the room yet
        r = await col.post(f"{ADMIN}/invitations/accept", json={"token": token})
        assert r.status_code == 200, r.text
        guest = next(p for p in r.json()["participants"] if p["role"] == "guest_doctor")
        assert guest["display"] == w.colleague.name
        r = await col.get(f"{DESK}/rooms/{room.id}/order")
        assert r.status_code == 200, r.text
        order = r.json()
        assert order["id"] == rw.order.id and order["symptoms"] == rw.order.symptoms
        assert (order["can_write"], order["can_end"]) == (False, False)
        creds = (await col.post(f"{ADMIN}/{room.id}/join")).json()
        assert creds["role"] == "guest_doctor"
        # A guest invites nobody.
        r = await col.post(f"{ADMIN}/{room.id}/invitations", json={"role": "guest_doctor", "doctor_id": w.doctor.id})
        assert r.status_code == 403
    async with f.AdminSession(client, await _username(w.doctor_actor)) as doc:
        r = await doc.client.delete(f"{ADMIN}/{room.id}/participants/{guest['id']}",
                                    headers={"X-CSRF-Token": doc.csrf})
        assert r.status_code == 200, r.text
    async with f.AdminSession(client, await _username(w.colleague_actor)) as col:
        r = await col.get(f"{DESK}/rooms/{room.id}/order")
        assert r.status_code == 404
    audited = await AuditLog.filter(action__in=["rooms.invite", "rooms.accept_invitation", "rooms.join",
                                                "consult.guest_read", "rooms.remove"]) \
        .order_by("seq").values_list("action", "outcome", "actor_id")
    assert audited[0] == ("rooms.invite", "success", str(w.doctor_actor.id))
    assert ("rooms.accept_invitation", "success", str(w.colleague_actor.id)) in audited
    assert ("rooms.join", "success", str(w.colleague_actor.id)) in audited
    assert ("consult.guest_read", "success", str(w.colleague_actor.id)) in audited
    assert ("consult.guest_read", "denied", str(w.colleague_actor.id)) in audited


@pytest.fixture
def record_dir(janus, tmp_path):
    before = get_settings()
    set_settings(dataclasses.replace(before, janus_record_dir=str(tmp_path / "rec")))
    try:
        yield tmp_path / "rec"
    finally:
        set_settings(before)


async def test_recording_needs_everyones_consent_and_each_viewing_is_audited(janus, record_dir, client, tmp_path):
    video = str(write_y4m(FACES / "grace_hopper.jpg", tmp_path / "face.y4m", frames=5))
    tone = str(write_tone(tmp_path / "tone.wav", hz=440.0, seconds=3.0))
    rw = await f.video_room()
    w, room = rw.world, rw.room
    async with f.AdminSession(client, await _username(w.doctor_actor)) as doc:
        r = await doc.post(f"{ADMIN}/{room.id}/recording", json={"on": True})
        assert r.status_code == 409 and r.json()["code"] == "rooms.recording_consent_required"
        assert sorted(r.json()["details"]["waiting_for"]) == sorted([w.parent.patient.name, w.doctor.name])
        # Only the doctor starts it.
        r = await client.post(f"{MP}/{room.id}/recording", json={"on": True}, headers=_h(w.parent))
        assert r.status_code == 403 and r.json()["code"] == "rooms.recording_not_allowed"
        assert (await client.post(f"{MP}/{room.id}/recording-consent", json={"consent": True},
                                  headers=_h(w.parent))).status_code == 200
        assert (await doc.post(f"{ADMIN}/{room.id}/recording-consent", json={"consent": True})).status_code == 200
        patient = JanusPeer((await client.post(f"{MP}/{room.id}/join", headers=_h(w.parent))).json())
        try:
            await patient.join()
            await patient.publish(video=video, audio=tone)
            r = await doc.post(f"{ADMIN}/{room.id}/recording", json={"on": True})
            assert r.status_code == 200 and r.json()["recording"] is True, r.text
            # A relative let in while recording cannot join before consenting.
            inv = (await client.post(f"{MP}/{room.id}/invitations", json={"role": "relative"},
                                     headers=_h(w.parent))).json()
            await client.post(f"{MP}/invitations/accept", json={"token": inv["token"]}, headers=_h(w.child))
            r = await client.post(f"{MP}/{room.id}/join", headers=_h(w.child))
            assert r.status_code == 409 and r.json()["code"] == "rooms.recording_consent_required"
            await asyncio.sleep(3)  # three seconds of the patient's face and voice
            # The patient withdraws consent: the recording stops at once.
            r = await client.post(f"{MP}/{room.id}/recording-consent", json={"consent": False},
                                  headers=_h(w.parent))
            assert r.json()["recording"] is False
        finally:
            await patient.close()
        await f.drain()
        if await RoomRecording.filter(room_id=room.id).count() == 0:  # the job ran before Janus closed its files
            await jobs.FUNCTIONS["collect_room_recordings"]({}, room.id)
        rows = (await doc.get(f"{ADMIN}/{room.id}/recordings")).json()["items"]
        kinds = sorted((x["kind"], x["content_type"], x["role"]) for x in rows)
        assert kinds == [("audio", "audio/ogg", "patient"), ("video", "video/webm", "patient")]
        assert all(x["bytes"] > 1000 for x in rows)
        assert {x["retain_until"][:4] for x in rows} == {str(utcnow().year + 15)}
        video_row = next(x for x in rows if x["kind"] == "video")
        link = (await doc.post(f"{ADMIN}/{room.id}/recordings/{video_row['id']}/view")).json()
        r = await client.get(link["url"].replace(get_settings().public_base_url, ""))
        assert r.status_code == 200 and r.headers["content-type"] == "video/webm"
        assert r.content[:4] == b"\x1a\x45\xdf\xa3"  # an EBML (WebM) header
        # The stranger (no member) cannot list or view them.
        r = await client.get(f"{MP}/{room.id}/recordings", headers=_h(w.stranger))
        assert r.status_code == 404
    views = await AuditLog.filter(action="rooms.recording_view").values_list("actor_id", "target_id")
    assert views == [(str(w.doctor_actor.id), str(video_row["id"]))]
    assert await VideoRoom.filter(id=room.id, recording=False).exists()


async def test_a_network_change_reconnects_to_the_same_room_without_a_new_order(janus, client, tmp_path):
    """The phone's network changes: its old Janus session lingers (until Janus's session timeout);
    the client asks `join` again and comes back under the same member id, the stale publisher is
    replaced, and the doctor receives the new stream. No new room, no new order."""
    video = str(write_y4m(FACES / "grace_hopper.jpg", tmp_path / "face.y4m", frames=5))
    tone = str(write_tone(tmp_path / "tone.wav", hz=440.0, seconds=3.0))
    rw = await f.video_room()
    w, room = rw.world, rw.room
    old = JanusPeer((await client.post(f"{MP}/{room.id}/join", headers=_h(w.parent))).json())
    doctor = JanusPeer(await rooms.join(actor=w.doctor_actor, room_id=room.id))
    new = None
    try:
        await face_to_face(old, doctor, video=video, audio=tone)
        before = doctor.received[old.feed].video_frames
        # The network changes: the client reports it and asks for credentials again.
        r = await client.post(f"{MP}/{room.id}/presence", json={"present": False, "reason": "network_change"},
                              headers=_h(w.parent))
        assert r.status_code == 200
        creds = (await client.post(f"{MP}/{room.id}/join", headers=_h(w.parent))).json()
        assert (creds["room_id"], creds["media"]["feed"]) == (room.id, old.feed)
        new = JanusPeer(creds)
        await new.join()
        await new.publish(video=video, audio=tone)
        await old.wait_for(lambda: old.kicked, timeout=10)  # the stale session is out
        await doctor.wait_for(lambda: new.feed in doctor.publishers and new.feed not in doctor.gone, timeout=15)
        await doctor.subscribe(new.feed)
        await doctor.wait_for(lambda: doctor.received[new.feed].video_frames > before + 3, timeout=30)
        r = await client.post(f"{MP}/{room.id}/presence", json={"present": True, "reason": "reconnect"},
                              headers=_h(w.parent))
        assert r.status_code == 200
    finally:
        for p in (old, doctor, new):
            if p is not None:
                await p.close()
    assert await VideoRoom.filter(subject_id=rw.order.id).count() == 1
    kinds = await RoomEvent.filter(
        room_id=room.id, participant_id=rw.patient.id, kind__in=["joined", "left"]).values_list("kind", "detail")
    assert ("left", {"reason": "network_change"}) in kinds and ("joined", {"reason": "reconnect"}) in kinds
