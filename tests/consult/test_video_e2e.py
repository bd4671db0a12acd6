"""Issue 12, Done when: one video consultation end to end on MariaDB, Redis, a real Janus and the
offline WeChat Pay, through the phone's and the workstation's HTTP APIs, with aiortc peers as the
cameras: booked for today's slot and paid; checked in behind nobody and ahead of another patient;
called, missed, called again and answered; the patient's face reaches the doctor through Janus; a
relative invited by link joins and is removed; a colleague invited to 会诊 joins and reads the
order; recording only once every member consented, its files played back through an audited
link; the record, the end of the service (the room closes at Janus) and the rating."""
from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt

import pytest

from core import wiring
from core.accounts.models import AdminAccount
from core.audit.models import AuditLog
from core.consult import automatic, video
from core.consult.models import ConsultOrder, ConsultOrderEvent
from core.consult.schemas import CallNextIn
from core.errors import AppError
from core.rooms import providers
from core.rooms import service as rooms
from core.rooms.models import RoomParticipant, RoomRecording, VideoRoom
from core.settings import get_settings, set_settings
from media import face
from realtime.janus_peer import JanusPeer
from tests import factories
from tests.media_files import FACES, face_to_face, write_tone, write_y4m

pytestmark = pytest.mark.e2e

MP, DESK, ROOMS, AROOMS = ("/api/mp/v1/consult", "/api/admin/v1/workstation/consult", "/api/mp/v1/rooms",
                           "/api/admin/v1/rooms")
PHOTO = FACES / "grace_hopper.jpg"


@pytest.fixture
def record_dir(janus, tmp_path):
    before = get_settings()
    set_settings(dataclasses.replace(before, janus_record_dir=str(tmp_path / "rec")))
    try:
        yield
    finally:
        set_settings(before)


async def _username(account_id: int) -> str:
    return (await AdminAccount.get(id=account_id)).username


def _distance(frame) -> float:
    _, photo = face.analyse(PHOTO.read_bytes())
    return face.distance(face.encode(frame), photo)


async def test_a_video_consultation_from_booking_to_rating(janus, record_dir, wechatpay, client, tmp_path):
    wiring.wire()
    video_file = str(write_y4m(PHOTO, tmp_path / "face.y4m", frames=5))
    tone = str(write_tone(tmp_path / "tone.wav", hz=440.0, seconds=3.0))
    w = await factories.video_world()
    a, b = w.patients[0], w.patients[1]
    relative = w.stranger  # whoever the patient sends the link to

    # Booking: the slot is offered with its place count; both patients book and pay.
    r = await client.get(f"{MP}/doctors/{w.doctor.id}/video-slots", headers=a.headers)
    assert r.json()["slots"][0]["id"] == w.slot.id
    order_id = await factories.video_order(w, wechatpay, a)
    other_id = await factories.video_order(w, wechatpay, b)
    order = await ConsultOrder.get(id=order_id)
    assert (order.kind, order.state, order.price_fen) == ("video", "waiting", w.price_fen)

    # The waiting room: a checks in first, b second; each sees their place.
    r = await client.post(f"{MP}/orders/{order_id}/check-in", headers=a.headers)
    assert (r.json()["state"], r.json()["position"]) == ("queued", 1), r.text
    r = await client.post(f"{MP}/orders/{other_id}/check-in", headers=b.headers)
    assert (r.json()["position"], r.json()["ahead"]) == (2, 1), r.text

    doctor_name = await _username(w.doctor.account_id)
    async with factories.AdminSession(client, doctor_name) as doc:
        queue = (await doc.get(f"{DESK}/video")).json()["slots"][0]["queue"]
        assert [e["order_id"] for e in queue] == [order_id, other_id]
        # Called; not answered in time: missed, back in the queue; called again and answered.
        r = await doc.post(f"{DESK}/video/call-next", json={})
        assert r.status_code == 200 and r.json()["order"]["id"] == order_id, r.text
        room_id = r.json()["room_id"]
        called_at = (await ConsultOrder.get(id=order_id)).called_at
        assert await automatic.due(order_id, now=called_at + dt.timedelta(seconds=61)) == "miss"
        r = await client.get(f"{MP}/orders/{order_id}/queue", headers=a.headers)
        assert (r.json()["state"], r.json()["position"]) == ("queued", 2)
        r = await doc.post(f"{DESK}/orders/{order_id}/call")
        assert r.status_code == 200 and r.json()["room_id"] == room_id, r.text
    r = await client.post(f"{MP}/orders/{order_id}/answer", headers=a.headers)
    assert (r.json()["state"], r.json()["room_id"]) == ("in_progress", room_id), r.text

    # In the call: the patient's face and voice reach the doctor through Janus.
    async with factories.AdminSession(client, doctor_name) as doc:
        doctor_creds = (await doc.post(f"{AROOMS}/{room_id}/join")).json()
    patient = JanusPeer((await client.post(f"{ROOMS}/{room_id}/join", headers=a.headers)).json())
    doctor = JanusPeer(doctor_creds)
    peers = [patient, doctor]
    try:
        await face_to_face(patient, doctor, video=video_file, audio=tone)
        seen = doctor.received[patient.feed]
        assert await asyncio.to_thread(_distance, seen.image()) < 0.6
        assert seen.audio_peak > 2000 and patient.received[doctor.feed].audio_peak > 2000

        # 视频陪诊: a relative invited by link joins (audio only, as the patient chose), then is removed.
        inv = (await client.post(f"{ROOMS}/{room_id}/invitations",
                                 json={"role": "relative", "note": "女儿", "publish_video": False},
                                 headers=a.headers)).json()
        r = await client.post(f"{ROOMS}/invitations/accept", json={"token": inv["token"]}, headers=relative.headers)
        assert r.status_code == 200, r.text
        rel_id = next(p["id"] for p in r.json()["participants"] if p["role"] == "relative")
        rel = JanusPeer((await client.post(f"{ROOMS}/{room_id}/join", headers=relative.headers)).json())
        peers.append(rel)
        await rel.join()
        await rel.wait_for(lambda: patient.feed in rel.publishers)
        await rel.subscribe(patient.feed)
        await rel.wait_for(lambda: rel.received[patient.feed].video_frames >= 3, timeout=30)
        r = await client.delete(f"{ROOMS}/{room_id}/participants/{rel_id}", headers=a.headers)
        assert r.status_code == 200, r.text
        await rel.wait_for(lambda: rel.kicked, timeout=10)
        r = await client.post(f"{ROOMS}/{room_id}/join", headers=relative.headers)
        assert r.json()["code"] == "rooms.participant_removed"

        # 邀请视频会诊: the doctor invites a colleague, who joins and reads the order.
        async with factories.AdminSession(client, doctor_name) as doc:
            r = await doc.post(f"{AROOMS}/{room_id}/invitations", json={"role": "guest_doctor",
                                                                        "doctor_id": w.colleague.id})
            assert r.status_code == 201, r.text
            guest_token = r.json()["token"]
        async with factories.AdminSession(client, await _username(w.colleague.account_id)) as col:
            assert (await col.post(f"{AROOMS}/invitations/accept", json={"token": guest_token})).status_code == 200
            seen_order = (await col.get(f"{DESK}/rooms/{room_id}/order")).json()
            assert seen_order["id"] == order_id and seen_order["can_write"] is False
            guest = JanusPeer((await col.post(f"{AROOMS}/{room_id}/join")).json())
            peers.append(guest)
            await guest.join()
            await guest.wait_for(lambda: patient.feed in guest.publishers)
            await guest.subscribe(patient.feed)
            await guest.wait_for(lambda: guest.received[patient.feed].video_frames >= 3, timeout=30)
            # Recording: every member still in the room consents (the removed relative is not asked).
            assert (await col.post(f"{AROOMS}/{room_id}/recording-consent", json={"consent": True})).status_code == 200
        async with factories.AdminSession(client, doctor_name) as doc:
            r = await doc.post(f"{AROOMS}/{room_id}/recording", json={"on": True})
            assert r.status_code == 409 and r.json()["code"] == "rooms.recording_consent_required"
            await client.post(f"{ROOMS}/{room_id}/recording-consent", json={"consent": True}, headers=a.headers)
            await doc.post(f"{AROOMS}/{room_id}/recording-consent", json={"consent": True})
            r = await doc.post(f"{AROOMS}/{room_id}/recording", json={"on": True})
            assert r.status_code == 200 and r.json()["recording"] is True, r.text
            await asyncio.sleep(3)
            r = await doc.post(f"{AROOMS}/{room_id}/recording", json={"on": False})
            assert r.json()["recording"] is False
    finally:
        for p in peers:
            await p.close()

    async with factories.AdminSession(client, doctor_name) as doc:
        # The record and the end of the service; the room closes at Janus.
        r = await doc.put(f"{DESK}/orders/{order_id}/record", json={"chief_complaint": "发热2天，咽痛",
                                                                      "diagnosis": ["急性咽炎"], "advice": "多饮水"})
        assert r.status_code == 200, r.text
        r = await doc.post(f"{DESK}/orders/{order_id}/end", json={"summary": "按医嘱用药，三天后复诊"})
        assert r.status_code == 200 and r.json()["state"] == "ended", r.text
        await factories.drain("consult.rooms")
        await factories.drain()
        if not await RoomRecording.filter(room_id=room_id).exists():  # the job ran before Janus closed its files
            await automatic_collect(room_id)
        rows = (await doc.get(f"{AROOMS}/{room_id}/recordings")).json()["items"]
        assert {(x["kind"], x["role"]) for x in rows} >= {("video", "patient"), ("audio", "patient"),
                                                          ("audio", "doctor")}
        video_row = next(x for x in rows if x["kind"] == "video" and x["role"] == "patient")
        link = (await doc.post(f"{AROOMS}/{room_id}/recordings/{video_row['id']}/view")).json()
        got = await client.get(link["url"].replace(get_settings().public_base_url, ""))
        assert got.status_code == 200 and got.content[:4] == b"\x1a\x45\xdf\xa3"
    room = await VideoRoom.get(id=room_id)
    assert room.state == "ended" and room.ended_at is not None
    exists = await providers.get("janus").videoroom({"request": "exists", "room": int(room.provider_room)})
    assert exists.get("exists") is False

    # The patient reads the doctor's record and rates.
    r = await client.post(f"{MP}/orders/{order_id}/rating", json={"score": 5, "comment": "医生很耐心"},
                          headers=a.headers)
    assert r.status_code == 200, r.text
    order = await ConsultOrder.get(id=order_id)
    assert (order.state, order.score, order.calls, order.missed, order.refund_state) == ("ended", 5, 2, 1, "")
    trail = await ConsultOrderEvent.filter(order_id=order_id).order_by("id").values_list("event", flat=True)
    assert trail == ["place", "pay", "check_in", "call", "miss", "call", "answer", "end"], trail
    # The room's members, as they ended, and what the audit log holds.
    members = {p.role: p.state for p in await RoomParticipant.filter(room_id=room_id)}
    assert members == {"patient": "admitted", "doctor": "admitted", "relative": "removed",
                       "guest_doctor": "admitted"}
    actions = set(await AuditLog.all().values_list("action", flat=True))
    assert {"rooms.invite", "rooms.accept_invitation", "rooms.join", "rooms.remove", "consult.guest_read",
            "rooms.recording", "rooms.recording_view"} <= actions
    # The other patient waits on, first in the queue now.
    r = await client.get(f"{MP}/orders/{other_id}/queue", headers=b.headers)
    assert (r.json()["state"], r.json()["position"]) == ("queued", 1)


async def automatic_collect(room_id: int) -> None:
    from core import jobs

    await jobs.FUNCTIONS["collect_room_recordings"]({}, room_id)


async def test_a_patient_who_missed_the_call_cannot_walk_into_the_room(janus, wechatpay):
    wiring.wire()
    w = await factories.video_world()
    a = w.patients[0]
    order_id = await factories.video_order(w, wechatpay, a)
    await video.check_in(actor=a.actor, order_id=order_id)
    called = await video.call_next(actor=w.doctor_actor, data=CallNextIn())
    assert (await rooms.join(actor=a.actor, room_id=called.room_id))["role"] == "patient"  # ringing: may enter
    order = await ConsultOrder.get(id=order_id)
    assert await automatic.due(order_id, now=order.called_at + dt.timedelta(seconds=61)) == "miss"
    with pytest.raises(AppError) as e:
        await rooms.join(actor=a.actor, room_id=called.room_id)
    assert e.value.code == "consult.not_called"
    assert (await rooms.join(actor=w.doctor_actor, room_id=called.room_id))["role"] == "doctor"
