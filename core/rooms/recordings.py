"""Recording a video room: only with every member's consent, announced in the room, kept as medical records.

Why these rules: a consultation's audio and video are health data of the patient and personal
data of everyone in the room. 《互联网诊疗监管细则（试行）》 asks that the 音视频资料 of an internet
consultation be kept at least 15 years, like its records; the same law makes recording without
consent unacceptable. So:
- each member says yes or no (`consent`); the doctor can start recording only when every member
  admitted to the room (not removed) has said yes, and saying no stops a running recording;
- while a room records, a member who has not consented cannot get join credentials
  (409 `rooms.recording_consent_required`): nobody is recorded unknowingly;
- starting and stopping are announced on the room's topic (clients show 正在录制);
- the provider's files are collected by a job (`collect_room_recordings`), made playable, stored
  through the storage adapter and kept until `retain_until` (15 years);
- they open only through signed links that expire (media/links.py) and every viewing is audited.
"""
from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from core import jobs
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.principal import Principal
from core import scope
from core.rooms import providers
from core.rooms import service as rooms
from core.errors import NotFound
from core.rooms.errors import ConsentMissing, NotAllowedToRecord, RecordingNotFound, RoomEnded, RoomNotFound
from core.rooms.models import RoomParticipant, RoomRecording, VideoRoom
from media import links
from media.storage import get_storage

RETAIN_YEARS = 15
LINK_SECONDS = 600


def _active(ps: list[RoomParticipant]) -> list[RoomParticipant]:
    return [p for p in ps if p.state != "removed"]


async def consent(*, actor: Principal, room_id: int, consent: bool) -> dict[str, Any]:
    """A member says yes or no to being recorded; no stops a running recording at once."""
    room = await rooms.get_room(room_id)
    me = await rooms.participant_of(actor, room)
    stop = room.recording and not consent
    if stop:
        await rooms.call_provider(providers.get(room.provider).set_recording(room=rooms.ref(room), on=False))
    await _consented(room, me, consent, stop)
    if stop:
        await jobs.enqueue("collect_room_recordings", room.id)
    return await rooms.room_out(room)


@transactional
async def _consented(room: VideoRoom, me: RoomParticipant, consent: bool, stopped: bool) -> None:
    me.recording_consent = consent
    await me.save(update_fields=["recording_consent", "updated_at"])
    await rooms.event(room, me, "recording_consent", consent=consent)
    if stopped:
        room.recording = False
        await room.save(update_fields=["recording", "updated_at"])
        await rooms.event(room, me, "recording_stopped", reason="consent_withdrawn")


async def set_recording(*, actor: Principal, room_id: int, on: bool) -> dict[str, Any]:
    """The treating doctor starts or stops recording (starting needs everyone's consent)."""
    room = await rooms.get_room(room_id)
    me = await rooms.participant_of(actor, room)
    if me.role != "doctor" or me.state == "removed":
        await audit_service.record_denied(actor=actor, action="rooms.recording", target_type="video_room",
                                          target_id=room.id, reason=f"role {me.role}")
        raise NotAllowedToRecord()
    if room.state != "open":
        raise RoomEnded()
    if on == room.recording:
        return await rooms.room_out(room)
    if on:
        missing = [p.display for p in _active(await rooms.members(room)) if p.recording_consent is not True]
        if missing:
            raise ConsentMissing(details={"waiting_for": missing})
    await rooms.call_provider(providers.get(room.provider).set_recording(room=rooms.ref(room), on=on))
    await _switched(actor, room, me, on)
    if not on:
        await jobs.enqueue("collect_room_recordings", room.id)
    return await rooms.room_out(room)


@transactional
async def _switched(actor: Principal, room: VideoRoom, me: RoomParticipant, on: bool) -> None:
    room.recording = on
    await room.save(update_fields=["recording", "updated_at"])
    await audit_service.record(actor=actor, action="rooms.recording", target_type="video_room", target_id=room.id,
                               after={"on": on}, org_id=room.institution_id)
    await rooms.event(room, me, "recording_started" if on else "recording_stopped")


async def collect_room_recordings(ctx: dict, room_id: int) -> int:
    """Job: make the provider's recorded streams playable and store them (each source once)."""
    room = await VideoRoom.get_or_none(id=room_id)
    if room is None:
        return 0
    streams = await providers.get(room.provider).collect_recordings(room=rooms.ref(room))
    by_user = {p.provider_user: p for p in await rooms.members(room)}
    done = set(await RoomRecording.filter(room=room).values_list("source", flat=True))
    storage = get_storage()
    made = 0
    retain = (utcnow() + dt.timedelta(days=365 * RETAIN_YEARS + RETAIN_YEARS // 4)).date()
    for s in streams:
        if s.source in done:
            continue
        key = await asyncio.to_thread(storage.put, s.data)
        await RoomRecording.create(room=room, participant=by_user.get(s.provider_user), kind=s.kind,
                                   storage_key=key, content_type=s.content_type, bytes=len(s.data),
                                   source=s.source, recorded_at=s.recorded_at, retain_until=retain)
        made += 1
    return made


async def _viewable(actor: Principal, room: VideoRoom) -> None:
    """The treating doctor, the patient, and the back office with consultation rights in scope."""
    if actor.kind == "admin" and actor.has("consult.read"):
        try:
            await scope.get(actor, VideoRoom, room.id)  # out of scope: audited, and answered like a missing room
        except NotFound:
            raise RoomNotFound() from None
        return
    p = await rooms.participant_of(actor, room)
    if p.role not in ("doctor", "patient") or p.state == "removed":
        raise RecordingNotFound()


async def recordings(*, actor: Principal, room_id: int) -> list[dict[str, Any]]:
    room = await rooms.get_room(room_id)
    await _viewable(actor, room)
    rows = await RoomRecording.filter(room=room).prefetch_related("participant").order_by("recorded_at", "id")
    return [{"id": r.id, "kind": r.kind, "content_type": r.content_type, "bytes": r.bytes,
             "recorded_at": r.recorded_at, "retain_until": r.retain_until,
             "participant": r.participant.display if r.participant else "", "role": r.participant.role
             if r.participant else ""} for r in rows]


@transactional
async def view(*, actor: Principal, room_id: int, recording_id: int) -> dict[str, Any]:
    """A signed link to play one recording for a few minutes; each viewing leaves an audit row."""
    room = await rooms.get_room(room_id)
    await _viewable(actor, room)
    r = await RoomRecording.get_or_none(id=recording_id, room=room)
    if r is None:
        raise RecordingNotFound()
    purpose = "room_video_webm" if r.kind == "video" else "room_audio_ogg"
    url = links.url(r.storage_key, purpose=purpose, ttl_seconds=LINK_SECONDS)
    await audit_service.record(actor=actor, action="rooms.recording_view", target_type="video_room_recording",
                               target_id=r.id, after={"room_id": room.id, "kind": r.kind},
                               org_id=room.institution_id)
    return {"url": url, "expires_in": LINK_SECONDS}

