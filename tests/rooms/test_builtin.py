"""The builtin video provider end to end: core/rooms (MariaDB, Redis) over the real media process
(realtime/media_server.py, a subprocess on a free port), aiortc peers (realtime/builtin_peer.py)
publishing a video made of the real face photo and a tone, subscribing, decoding what arrives.

Small media on purpose (320x240 at 10 fps, mono tones): the machine's two cores are shared.
Every wait is bounded (asyncio.wait_for in the client); nothing asserts on durations.
"""
from __future__ import annotations

import asyncio
import contextlib
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import numpy as np
import pytest

from core.principal import Principal
from core.rooms import errors as room_errors
from core.rooms import providers
from core.rooms import service as rooms
from core.rooms.models import VideoRoom
from core.rooms.providers.builtin import PeerToken, api_key, media_key, sign_token
from realtime.builtin_peer import BuiltinPeer, MediaRefused
from tests import factories
from tests.media_files import FACES, write_tone, write_y4m
from tests.live_server import free_port, stop_process

pytestmark = pytest.mark.e2e

PHOTO = FACES / "grace_hopper.jpg"
PATIENT = Principal(kind="mp", id=101, name="patient")
DOCTOR = Principal(kind="admin", id=202, name="doctor")
RELATIVE = Principal(kind="mp", id=303, name="relative")
OBSERVER = Principal(kind="mp", id=404, name="observer")


def dominant_hz(frames) -> float:
    """The strongest frequency of decoded audio frames (first channel)."""
    chunks, rate = [], 48000
    for f in frames:
        channels = len(f.layout.channels)
        chunks.append(f.to_ndarray().reshape(-1, channels)[:, 0].astype(np.float64))
        rate = f.sample_rate
    signal = np.concatenate(chunks)
    # Zero-padded to a second: 1 Hz bins however few samples arrived (a loaded machine keeps few).
    n = max(len(signal), rate)
    spectrum = np.abs(np.fft.rfft(signal * np.hanning(len(signal)), n=n))
    return float(np.argmax(spectrum[1:]) + 1) * rate / n


def face_distance(frames, known) -> float:
    """The smallest distance between the known face and a face found in one of the frames."""
    import face_recognition

    best = math.inf
    for frame in frames:
        image = frame.to_ndarray(format="rgb24")
        for encoding in face_recognition.face_encodings(image, face_recognition.face_locations(image)):
            best = min(best, float(face_recognition.face_distance([known], encoding)[0]))
    return best


@contextlib.contextmanager
def media_process(settings, log: Path, *extra: str):
    """realtime/media_server.py as a real process, with the tests' secret; yields its URL."""
    port = free_port()
    env = {**os.environ, "SECRET_KEY": settings.secret_key, "BUILTIN_MEDIA_SECRET": settings.builtin_media_secret,
           "HUIYI_ENV": "test", "LOG_LEVEL": "WARNING"}
    with open(log, "a") as out:
        proc = subprocess.Popen([sys.executable, "-m", "realtime.media_server", "--port", str(port), *extra],
                                env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        until = time.monotonic() + 60
        while True:
            if proc.poll() is not None or time.monotonic() > until:
                pytest.fail("media server did not start: " + log.read_text()[-2000:])
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            time.sleep(0.2)
        yield url
    finally:
        if not stop_process(proc):
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def media_files(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("builtin-media")
    return {"face": write_y4m(PHOTO, tmp / "face.y4m", size=(320, 240), frames=5),
            "a440": write_tone(tmp / "a440.wav", hz=440), "a660": write_tone(tmp / "a660.wav", hz=660)}


@pytest.fixture(scope="module")
def known_face():
    import face_recognition

    encodings = face_recognition.face_encodings(face_recognition.load_image_file(PHOTO))
    assert len(encodings) == 1
    return encodings[0]


@pytest.fixture(scope="module")
def media_url(settings, tmp_path_factory):
    """The media process, and this process's settings pointing VIDEO_PROVIDER=builtin at it."""
    log = tmp_path_factory.mktemp("builtin-log") / "media.log"
    with media_process(settings, log) as url:
        old = settings.video_provider, settings.builtin_media_url
        settings.video_provider, settings.builtin_media_url = "builtin", url
        providers.reset()
        try:
            yield url
        finally:
            settings.video_provider, settings.builtin_media_url = old
            providers.reset()


@pytest.fixture
async def peers():
    """Make BuiltinPeer clients; every connection is closed after the test, whatever happened."""
    made: list[BuiltinPeer] = []

    def make(credentials) -> BuiltinPeer:
        made.append(BuiltinPeer(credentials))
        return made[-1]

    yield make
    for p in made:
        await p.close()


async def stats(url: str, settings) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.get(url + "/stats", headers={"Authorization": f"Bearer {api_key(media_key(settings))}"})
    assert r.status_code == 200
    return r.json()


async def open_call(**relative) -> tuple[VideoRoom, dict]:
    """A room through core/rooms, with the patient and the doctor (and a relative when asked)."""
    hospital = (await factories.tree()).hospital_a1
    room = await rooms.open_room(subject_type="rooms.test", subject_id=1, institution_id=hospital.id,
                                 description="视频问诊")
    members = {
        "patient": await rooms.admit(room=room, role="patient", account_type="mp", account_id=PATIENT.id,
                                     display="王小明"),
        "doctor": await rooms.admit(room=room, role="doctor", account_type="admin", account_id=DOCTOR.id,
                                    display="华佗"),
    }
    if relative:
        members["relative"] = await rooms.admit(room=room, role="relative", account_type="mp",
                                                account_id=RELATIVE.id, display="王小红", **relative)
    return room, members


async def test_face_and_sound_cross_the_builtin_server(media_url, settings, media_files, known_face, peers):
    room, _ = await open_call()
    assert room.provider == "builtin" and room.provider_room
    patient_creds = await rooms.join(actor=PATIENT, room_id=room.id)
    doctor_creds = await rooms.join(actor=DOCTOR, room_id=room.id)
    assert patient_creds["media"]["provider"] == "builtin" and patient_creds["media"]["server"] == media_url
    assert patient_creds["media"]["room"] == room.provider_room

    patient, doctor = peers(patient_creds), peers(doctor_creds)
    assert await patient.publish(video=media_files["face"], audio=media_files["a440"]) == {"audio": True,
                                                                                          "video": True}
    assert await doctor.publish(audio=media_files["a660"]) == {"audio": True, "video": False}
    listed = {p["peer"]: p["publishing"] for p in await doctor.peers()}
    assert listed == {patient.peer: ["audio", "video"], doctor.peer: ["audio"]}

    sees_patient = await doctor.subscribe(patient.peer)
    hears_doctor = await patient.subscribe(doctor.peer, video=False)
    assert set(sees_patient.tracks) == {"audio", "video"} and set(hears_doctor.tracks) == {"audio"}

    frames = await sees_patient.wait_frames("video", 15)
    assert (frames[-1].width, frames[-1].height) == (320, 240)
    assert await asyncio.to_thread(face_distance, frames, known_face) < 0.6

    # Sound both ways, and it is the other side's tone (not silence, not one's own).
    assert abs(dominant_hz(await sees_patient.wait_frames("audio", 75)) - 440) < 15
    assert abs(dominant_hz((await hears_doctor.wait_frames("audio", 75))) - 660) < 15

    s = await stats(media_url, settings)
    (room_stats,) = [r for r in s["rooms"] if r["room"] == room.provider_room]
    by_peer = {p["peer"]: p for p in room_stats["peers"]}
    assert by_peer[patient.peer]["publishing"]["video"]["frames"] >= 15
    (sub,) = by_peer[doctor.peer]["subscriptions"]
    assert sub["target"] == patient.peer and {t["kind"] for t in sub["tracks"]} == {"audio", "video"}
    assert all(not t["buffered"] and t["sent"] > 0 for t in sub["tracks"])

    await patient.leave()
    await sees_patient.wait_ended()  # the patient's stream stops when they leave


async def test_a_removed_relative_stops_at_once_and_cannot_come_back(media_url, settings, media_files, peers):
    room, members = await open_call(publish_audio=True, publish_video=True)
    relative = peers(await rooms.join(actor=RELATIVE, room_id=room.id))
    doctor = peers(await rooms.join(actor=DOCTOR, room_id=room.id))
    await relative.publish(video=media_files["face"], audio=media_files["a440"])
    watching = await doctor.subscribe(relative.peer)
    await watching.wait_frames("video", 3)

    await rooms.remove(actor=DOCTOR, room_id=room.id, participant_id=members["relative"].id)

    await watching.wait_ended()  # the doctor's copy of the relative's stream stopped
    await relative.wait_connected_state("closed")  # and the relative's own connection was closed
    assert [p["peer"] for p in await doctor.peers()] == [doctor.peer]
    with pytest.raises(MediaRefused) as refused:  # its token, still unexpired, is refused now
        await relative.publish(audio=media_files["a440"])
    assert (refused.value.status, refused.value.error) == (403, "peer_revoked")
    with pytest.raises(room_errors.ParticipantRemoved):  # and our API issues no new one
        await rooms.join(actor=RELATIVE, room_id=room.id)
    # Admitting the same media identity again is refused by the media server itself.
    with pytest.raises(room_errors.ProviderRefused):
        await rooms.call_provider(providers.get("builtin").admit(room=rooms.ref(room),
                                                                 member=rooms.member(members["relative"])))


async def test_publishing_is_limited_to_the_permitted_kinds(media_url, settings, media_files, peers):
    room, members = await open_call(publish_audio=True, publish_video=False)
    await rooms.admit(room=room, role="observer", account_type="mp", account_id=OBSERVER.id, display="旁听",
                      publish_audio=False, publish_video=False)

    observer_creds = await rooms.join(actor=OBSERVER, room_id=room.id)
    assert observer_creds["permissions"] == {"publish_audio": False, "publish_video": False, "subscribe": True}
    observer = peers(observer_creds)
    with pytest.raises(MediaRefused) as refused:
        await observer.publish(video=media_files["face"], audio=media_files["a440"])
    assert (refused.value.status, refused.value.error) == (403, "not_permitted")
    assert observer.publisher is None

    # A token claiming more than the admission is signed by us but still held to the admission.
    key = media_key(settings)
    greedy = dict(observer_creds["media"], token=sign_token(key, PeerToken(
        room=room.provider_room, peer=observer.peer, publish_audio=True, publish_video=True, subscribe=True,
        expires=int(time.time()) + 60)))
    with pytest.raises(MediaRefused) as refused:
        await peers(greedy).publish(audio=media_files["a440"])
    assert refused.value.error == "not_permitted"

    # The relative may speak but not show video: the video track is answered inactive.
    relative_creds = await rooms.join(actor=RELATIVE, room_id=room.id)
    assert relative_creds["permissions"]["publish_video"] is False
    relative = peers(relative_creds)
    assert await relative.publish(video=media_files["face"], audio=media_files["a440"]) == {"audio": True,
                                                                                           "video": False}
    assert {p["peer"]: p["publishing"] for p in await observer.peers()}[relative.peer] == ["audio"]
    hearing = await observer.subscribe(relative.peer)  # asks for both kinds, gets the audio only
    assert set(hearing.tracks) == {"audio"}
    await hearing.wait_frames("audio", 10)


async def test_tokens_that_do_not_hold_are_refused(media_url, settings, media_files, peers):
    room, _ = await open_call()
    creds = (await rooms.join(actor=PATIENT, room_id=room.id))["media"]
    key, now = media_key(settings), int(time.time())

    def token(**kw) -> str:
        claims = dict(room=room.provider_room, peer=creds["peer"], publish_audio=True, publish_video=True,
                      subscribe=True, expires=now + 60)
        claims.update(kw)
        return sign_token(kw.pop("key", key), PeerToken(**{k: v for k, v in claims.items() if k != "key"}))

    cases = {
        "expired": (token(expires=now - 1), 401, "token_expired"),
        "forged": (token(key=b"not the deployment's secret"), 401, "token_forged"),
        "tampered": (creds["token"].replace(".", "x.", 1), 401, "token_forged"),
        "garbage": ("nonsense", 401, "token_malformed"),
        "other room": (token(room="999-abcdef01"), 403, "wrong_room"),
        "unknown peer": (token(peer="12345"), 403, "not_admitted"),
    }
    for name, (bad, status, error) in cases.items():
        with pytest.raises(MediaRefused) as refused:
            await peers(dict(creds, token=bad)).publish(audio=media_files["a440"])
        assert (refused.value.status, refused.value.error) == (status, error), name
    # the genuine token still works (only those who asked to join are admitted at the media server)
    assert [p["peer"] for p in await peers(creds).peers()] == [creds["peer"]]

    # Offers it cannot take are a client's mistake (400), and leave no connection behind.
    before = (await stats(media_url, settings))["peer_connections"]
    async with httpx.AsyncClient(base_url=media_url, headers={"Authorization": f"Bearer {creds['token']}"}) as c:
        for path, body in [("/publish", {"sdp": "v=0\r\n", "type": "offer"}),
                           ("/publish", {"sdp": "v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n", "type": "offer"}),
                           ("/publish", {"sdp": "x", "type": "answer"}), ("/subscribe", {"peer": creds["peer"]}),
                           ("/subscribe", {"peer": creds["peer"], "sdp": "v=0\r\n", "type": "offer"})]:
            r = await c.post(f"/rooms/{room.provider_room}{path}", json=body)
            assert (r.status_code, r.json()["error"]) == (400, "bad_offer"), (path, body, r.text)
        r = await c.post(f"/rooms/{room.provider_room}/publish", content=b"{not json",
                         headers={"Content-Type": "application/json"})
        assert (r.status_code, r.json()["error"]) == (400, "bad_json")
    assert (await stats(media_url, settings))["peer_connections"] == before

    async with httpx.AsyncClient(base_url=media_url) as c:  # the service's calls need the service's key
        for headers in ({}, {"Authorization": f"Bearer {creds['token']}"}):
            r = await c.delete(f"/rooms/{room.provider_room}", headers=headers)
            assert (r.status_code, r.json()["error"]) == (401, "api_key_refused")


async def test_ending_the_room_closes_everything(media_url, settings, media_files, peers):
    room, _ = await open_call()
    patient = peers(await rooms.join(actor=PATIENT, room_id=room.id))
    doctor = peers(await rooms.join(actor=DOCTOR, room_id=room.id))
    await patient.publish(video=media_files["face"])
    watching = await doctor.subscribe(patient.peer)
    await watching.wait_frames("video", 2)

    await rooms.end(room=room)
    await watching.wait_ended()
    await patient.wait_connected_state("closed")
    with pytest.raises(MediaRefused) as refused:
        await doctor.peers()
    assert (refused.value.status, refused.value.error) == (410, "room_ended")
    assert not [r for r in (await stats(media_url, settings))["rooms"] if r["room"] == room.provider_room]


async def test_a_media_server_that_is_down_leaves_no_room(settings, media_url):
    settings.builtin_media_url = f"http://127.0.0.1:{free_port()}"
    providers.reset()
    try:
        with pytest.raises(room_errors.ProviderUnavailable):
            await open_call()
        assert await VideoRoom.all().count() == 0
    finally:
        settings.builtin_media_url = media_url
        providers.reset()


async def _stalled_viewer(url: str, settings, media_files, peers) -> dict:
    """A viewer whose sender stops pulling frames (paused: as a sender that cannot keep up);
    the relay's figures for that viewer once 150 audio frames went by."""
    key, expires = media_key(settings), int(time.time()) + 120
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {api_key(key)}"}) as c:
        for peer in ("1", "2"):
            r = await c.put(f"/rooms/stall/peers/{peer}", json={"display": peer, "publish_audio": True,
                                                               "publish_video": True, "subscribe": True})
            assert r.status_code == 200
    creds = {p: {"provider": "builtin", "server": url, "room": "stall", "peer": p,
                 "token": sign_token(key, PeerToken("stall", p, True, True, True, expires))} for p in ("1", "2")}
    publisher, viewer = peers(creds["1"]), peers(creds["2"])
    await publisher.publish(video=media_files["face"], audio=media_files["a440"])
    sub = await viewer.subscribe("1")
    await sub.wait_frames("audio", 10)
    await sub.wait_frames("video", 2)
    await sub.pause(True)

    async def figures() -> dict:
        while True:
            s = await stats(url, settings)
            (room,) = [r for r in s["rooms"] if r["room"] == "stall"]
            (viewer_stats,) = [p for p in room["peers"] if p["peer"] == "2"]
            tracks = {t["kind"]: t for t in viewer_stats["subscriptions"][0]["tracks"]}
            if tracks["audio"]["relayed"] - tracks["audio"]["sent"] >= 150:
                return tracks
            await asyncio.sleep(0.2)

    stalled = await asyncio.wait_for(figures(), 60)
    await sub.pause(False)
    received = sub.received["audio"]
    await sub.wait_frames("audio", received + 10)  # a resumed viewer gets the stream again
    return stalled


async def test_a_stalled_viewer_holds_one_frame_not_a_queue(settings, media_url, media_files, peers,
                                                            tmp_path):
    stalled = await _stalled_viewer(media_url, settings, media_files, peers)
    for kind in ("audio", "video"):
        assert stalled[kind]["buffered"] is False
        assert stalled[kind]["held"] <= 1, stalled  # the newest frame only; the rest were skipped
    # What the unbuffered relay avoids: the same stall with a buffered relay queues every frame.
    with media_process(settings, tmp_path / "buffered.log", "--buffered-relay") as url:
        queued = await _stalled_viewer(url, settings, media_files, peers)
    assert queued["audio"]["buffered"] is True and queued["audio"]["held"] >= 150
