"""The endpoint Janus's event handler posts to (bff/rooms_janus.py): only with its credentials,
and what it does with the events it is given (the real Janus posts them in test_janus_media.py)."""
from __future__ import annotations

import base64

from core.rooms.models import RoomEvent, RoomParticipant
from core.settings import get_settings
from tests import factories as f

PATH = "/api/rooms/v1/janus/events"


def _basic(user: str, password: str) -> dict:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def _videoroom(room: str, feed: str, **data) -> dict:
    return {"type": 64, "emitter": "test", "timestamp": 1, "session_id": 1, "handle_id": 2,
            "event": {"plugin": "janus.plugin.videoroom", "data": {"room": int(room), "id": int(feed), **data}}}


async def test_events_need_the_handlers_credentials(client, janus):
    secret = get_settings().janus_events_secret
    for headers in ({}, _basic("janus", "wrong"), _basic("other", secret), {"Authorization": "Bearer " + secret}):
        r = await client.post(PATH, json=[], headers=headers)
        assert r.status_code == 401 and r.json()["code"] == "rooms.events_rejected"
    r = await client.post(PATH, content=b"not json", headers=_basic("janus", secret))
    assert r.status_code == 200 and r.json() == {"handled": {}}


async def test_joins_and_leaves_become_presence_and_foreign_rooms_are_ignored(client, janus):
    rw = await f.video_room()
    room, feed = rw.room.provider_room, rw.patient.provider_user
    auth = _basic("janus", get_settings().janus_events_secret)
    r = await client.post(PATH, json=[_videoroom(room, feed, event="joined", token=rw.patient.token, display="x"),
                                      _videoroom("12345", "678", event="joined"),
                                      {"type": 1, "event": {"name": "created"}}], headers=auth)
    assert r.json() == {"handled": {"present": 1, "ignored": 1}}
    assert (await RoomParticipant.get(id=rw.patient.id)).present
    r = await client.post(PATH, json=_videoroom(room, feed, event="published",
                                                streams=[{"type": "audio"}, {"type": "video"}]), headers=auth)
    assert r.json() == {"handled": {"published": 1}}  # the patient may send both
    r = await client.post(PATH, json=[_videoroom(room, feed, event="leaving")], headers=auth)
    assert r.json() == {"handled": {"absent": 1}}
    assert not (await RoomParticipant.get(id=rw.patient.id)).present
    kinds = await RoomEvent.filter(room_id=rw.room.id).order_by("id").values_list("kind", flat=True)
    assert kinds == ["joined", "left"]
