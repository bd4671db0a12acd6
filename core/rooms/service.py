"""Video rooms, independent of the media provider: who is in a room, with what rights, and what happened.

Why a domain of its own: a video consultation, a doctor's 会诊 invitation, a relative's 视频陪诊
and (later) a cloud-accompaniment task all need the same thing, a room whose members the service
decides and the media server enforces. The subject's domain (core/consult) decides *whether*
someone belongs (the order's patient and doctor); this module records the member, asks the
provider to admit them, issues their short-lived join credentials, takes them out at once when
removed, and keeps the room's trail (`RoomEvent`) and live topic `room:<id>`.

Who may do what inside a room, by role:
- doctor: remove anyone but the patient, invite a doctor, end the room;
- patient: invite relatives, remove relatives;
- relative, guest_doctor, observer: join with what they were given; invite nobody.

Every refusal (a removed member asking again, a forged or expired invitation, an invitee
inviting) is audited as denied; joins of invited people, invitations and removals are audited.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any, Awaitable, Callable

from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.events import service as events
from core import jobs, topics
from core.principal import SYSTEM, Principal
from core.rooms import providers
from core.rooms.errors import (
    CannotInvite,
    ConsentMissing,
    InvitationInvalid,
    NotAParticipant,
    ParticipantRemoved,
    ProviderRefused,
    ProviderUnavailable,
    RoomEnded,
    RoomNotFound,
)
from core.rooms.models import RoomEvent, RoomInvitation, RoomParticipant, VideoRoom
from core.rooms.providers.base import Member, ProviderError, ProviderEvent, RoomRef
from core.settings import get_settings

TOPIC = "room"  # room:<id>: joins, leaves, removals, recording, the end (unsequenced notices)
ROLES = ("patient", "doctor", "relative", "guest_doctor", "observer")
ROLE_LABELS = {"patient": "患者", "doctor": "医生", "relative": "陪诊亲友", "guest_doctor": "会诊医生",
               "observer": "旁听"}
INVITES = {"patient": {"relative"}, "doctor": {"guest_doctor"}}  # who may invite whom
REMOVES = {"doctor": {"relative", "guest_doctor", "observer"}, "patient": {"relative"}}
INVITATION_MINUTES = 30
ENDED, CHANGED = "rooms.ended", "rooms.changed"


# What the subject's domain says before a member gets credentials (a patient not yet called); filled
# at start-up by core/wiring.py, keyed by subject_type.
Gate = Callable[[VideoRoom, RoomParticipant], Awaitable[None]]
_GATES: dict[str, Gate] = {}


def register_gate(subject_type: str, gate: Gate) -> None:
    _GATES[subject_type] = gate


def _account(actor: Principal) -> tuple[str, int]:
    if actor.kind not in ("mp", "admin") or actor.id is None:
        raise NotAParticipant()
    return actor.kind, int(actor.id)


def new_provider_user() -> str:
    """A member's id at the provider: numeric (Janus feed ids are numbers), below 2^53 (JavaScript)."""
    return str(secrets.randbelow(2**50) + 2**50)


def ref(room: VideoRoom) -> RoomRef:
    return RoomRef(id=room.id, provider_room=room.provider_room, secret=room.secret or "",
                   recording=room.recording)


def member(p: RoomParticipant) -> Member:
    return Member(id=p.id, role=p.role, display=p.display, provider_user=p.provider_user, token=p.token or "",
                  publish_audio=p.publish_audio, publish_video=p.publish_video, subscribe=p.subscribe)


async def call_provider(coro):
    try:
        return await coro
    except ProviderError as exc:
        if exc.unavailable:
            raise ProviderUnavailable(details={"reason": exc.reason[:200]}) from exc
        raise ProviderRefused(details={"reason": exc.reason[:200], "code": exc.code}) from exc
    except (OSError, TimeoutError) as exc:
        raise ProviderUnavailable(details={"reason": type(exc).__name__}) from exc


async def event(room: VideoRoom, participant: RoomParticipant | None, kind: str, **detail: Any) -> None:
    await RoomEvent.create(room=room, participant=participant, kind=kind, detail=detail)
    await events.emit(CHANGED, {"room_id": room.id, "kind": kind,
                                "participant_id": participant.id if participant else None,
                                "role": participant.role if participant else None,
                                "display": participant.display if participant else None, **detail},
                      topic=f"{TOPIC}:{room.id}")


# ---------------------------------------------------------------- rooms


async def room_of(*, subject_type: str, subject_id: int) -> VideoRoom | None:
    """The subject's newest room (open or ended), or None."""
    return await VideoRoom.filter(subject_type=subject_type, subject_id=subject_id).order_by("-id").first()


async def open_room(*, subject_type: str, subject_id: int, institution_id: int, description: str) -> VideoRoom:
    """The subject's open room, created at the provider when there is none. Called by the subject's
    domain once it has decided that the room is due (the doctor calls the patient)."""
    room = await VideoRoom.filter(subject_type=subject_type, subject_id=subject_id, state="open").first()
    if room is not None:
        return room
    provider = providers.get()
    room = await VideoRoom.create(provider=provider.name, subject_type=subject_type, subject_id=subject_id,
                                  institution_id=institution_id, secret="")
    try:
        created = await call_provider(provider.create(room_id=room.id, description=description[:60],
                                                       max_publishers=6))
    except BaseException:
        await room.delete()
        raise
    room.provider_room, room.secret = created.provider_room, created.secret
    await room.save(update_fields=["provider_room", "secret", "updated_at"])
    return room


async def get_room(room_id: int) -> VideoRoom:
    room = await VideoRoom.get_or_none(id=room_id)
    if room is None:
        raise RoomNotFound()
    return room


async def admit(*, room: VideoRoom, role: str, account_type: str, account_id: int, display: str,
                publish_audio: bool = True, publish_video: bool = True, subscribe: bool = True,
                invited_by: RoomParticipant | None = None) -> RoomParticipant:
    """Record a member (idempotent per account); the subject's domain has decided they belong.
    A member removed earlier stays removed: only a new invitation brings them back."""
    if role not in ROLES:
        raise ValueError(f"unknown room role {role!r}")
    if room.state != "open":
        raise RoomEnded()
    p = await RoomParticipant.get_or_none(room=room, account_type=account_type, account_id=account_id)
    if p is None:
        p = await RoomParticipant.create(
            room=room, role=role, account_type=account_type, account_id=account_id, display=display[:32],
            publish_audio=publish_audio, publish_video=publish_video, subscribe=subscribe,
            provider_user=new_provider_user(),
            token=secrets.token_urlsafe(24), invited_by_type=invited_by.account_type if invited_by else "",
            invited_by_id=invited_by.account_id if invited_by else None)
    return p


async def participant_of(actor: Principal, room: VideoRoom) -> RoomParticipant:
    account_type, account_id = _account(actor)
    p = await RoomParticipant.get_or_none(room=room, account_type=account_type, account_id=account_id)
    if p is None:
        await audit_service.record_denied(actor=actor, action="rooms.join", target_type="video_room",
                                          target_id=room.id, reason="not_a_participant")
        raise RoomNotFound()  # answered like a missing room: no oracle of other people's rooms
    return p


async def join(*, actor: Principal, room_id: int) -> dict[str, Any]:
    """The actor's join credentials for the room (short-lived; asked again after a network change)."""
    room = await get_room(room_id)
    p = await participant_of(actor, room)
    if p.state == "removed":
        await audit_service.record_denied(actor=actor, action="rooms.join", target_type="video_room",
                                          target_id=room.id, reason="removed")
        raise ParticipantRemoved()
    if room.state != "open":
        raise RoomEnded()
    if (gate := _GATES.get(room.subject_type)) is not None:
        await gate(room, p)
    if room.recording and p.recording_consent is not True:  # nobody is recorded unknowingly
        raise ConsentMissing(message="本次视频正在录制，请先同意录制后再进入")
    provider = providers.get(room.provider)
    await call_provider(provider.admit(room=ref(room), member=member(p)))
    expires_at = utcnow() + dt.timedelta(seconds=get_settings().video_token_seconds)
    media = provider.credentials(room=ref(room), member=member(p), expires_at=expires_at)
    creds = {"provider": provider.name, "expires_at": expires_at, "participant_id": p.id, "role": p.role,
             "display": p.display, "room_id": room.id, "topic": f"{TOPIC}:{room.id}",
             "permissions": {"publish_audio": p.publish_audio, "publish_video": p.publish_video,
                             "subscribe": p.subscribe},
             "media": media}
    if p.role in ("guest_doctor", "relative") and p.joined_at is None:
        await audit_service.record(actor=actor, action="rooms.join", target_type="video_room", target_id=room.id,
                                   after={"role": p.role, "participant_id": p.id}, org_id=room.institution_id)
    return creds


@transactional
async def presence(*, actor: Principal, room_id: int, present: bool, detail: dict | None = None) -> None:
    """A member's client says it joined (media flowing) or left the room."""
    room = await get_room(room_id)
    p = await participant_of(actor, room)
    if p.state == "removed":
        raise ParticipantRemoved()
    now = utcnow()
    p.present = present
    if present:
        p.joined_at = p.joined_at or now
        room.started_at = room.started_at or now
        await room.save(update_fields=["started_at", "updated_at"])
    else:
        p.left_at = now
    await p.save(update_fields=["present", "joined_at", "left_at", "updated_at"])
    await event(room, p, "joined" if present else "left", **(detail or {}))


@transactional  # its event is relayed at commit, not by the relay loop seconds later: the other side sees it now
async def quality(*, actor: Principal, room_id: int, stats: dict[str, Any]) -> None:
    """A client's connection-quality report, kept on the trail and shown to the other side."""
    room = await get_room(room_id)
    p = await participant_of(actor, room)
    await event(room, p, "quality", **stats)


async def remove(*, actor: Principal, room_id: int, participant_id: int) -> RoomParticipant:
    """Take a member out now and keep them out: the provider kicks them and revokes what they
    joined with before anything is written (a provider that cannot be reached changes nothing)."""
    room = await get_room(room_id)
    me = await participant_of(actor, room)
    target = await RoomParticipant.get_or_none(id=participant_id, room=room)
    if target is None:
        raise NotAParticipant()
    if target.role not in REMOVES.get(me.role, ()) or me.state == "removed":
        await audit_service.record_denied(actor=actor, action="rooms.remove", target_type="video_room_participant",
                                          target_id=participant_id, reason=f"{me.role} may not remove {target.role}")
        raise CannotInvite(message="您不能移出该成员")
    if target.state == "removed":
        return target
    if room.state == "open":
        await call_provider(providers.get(room.provider).remove(room=ref(room), member=member(target)))
    await _removed(actor, room, me, target)
    return target


@transactional
async def _removed(actor: Principal, room: VideoRoom, me: RoomParticipant, target: RoomParticipant) -> None:
    now = utcnow()
    target.state, target.removed_at, target.present = "removed", now, False
    await target.save(update_fields=["state", "removed_at", "present", "updated_at"])
    await RoomInvitation.filter(participant=target).update(revoked_at=now)
    await audit_service.record(actor=actor, action="rooms.remove", target_type="video_room_participant",
                               target_id=target.id, after={"room_id": room.id, "role": target.role},
                               org_id=room.institution_id)
    await event(room, target, "removed", by=me.role)


async def end(*, room: VideoRoom, by: str = "doctor") -> None:
    """Close the room at the provider and here (the subject's domain ends it with the service)."""
    if room.state == "ended":
        return
    recorded = room.recording
    await call_provider(providers.get(room.provider).end(room=ref(room)))
    await _ended(room, by)
    if recorded:  # the provider's files become playable recordings (core/rooms/recordings.py)
        await jobs.enqueue("collect_room_recordings", room.id)


@transactional
async def _ended(room: VideoRoom, by: str) -> None:
    now = utcnow()
    room.state, room.ended_at, room.recording = "ended", now, False
    await room.save(update_fields=["state", "ended_at", "recording", "updated_at"])
    await RoomParticipant.filter(room=room, present=True).update(present=False, left_at=now)
    await RoomInvitation.filter(room=room, used_at=None, revoked_at=None).update(revoked_at=now)
    await event(room, None, "ended", by=by)
    await events.emit(ENDED, {"room_id": room.id, "subject_type": room.subject_type,
                              "subject_id": room.subject_id})


# ---------------------------------------------------------------- invitations


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transactional
async def invite(*, actor: Principal, room_id: int, role: str, publish_audio: bool = True,
                 publish_video: bool = True, note: str = "", invitee: tuple[str, int] | None = None,
                 minutes: int = INVITATION_MINUTES) -> tuple[RoomInvitation, str]:
    """A single-use invitation; the token is returned once (for the share link) and kept hashed."""
    room = await get_room(room_id)
    me = await participant_of(actor, room)
    if role not in INVITES.get(me.role, ()) or me.state == "removed":
        await audit_service.record_denied(actor=actor, action="rooms.invite", target_type="video_room",
                                          target_id=room.id, reason=f"{me.role} may not invite {role}")
        raise CannotInvite()
    if room.state != "open":
        raise RoomEnded()
    token = secrets.token_urlsafe(24)
    inv = await RoomInvitation.create(
        room=room, role=role, token_hash=_hash(token), publish_audio=publish_audio, publish_video=publish_video,
        invited_by=me, note=note[:64], invitee_account_type=invitee[0] if invitee else "",
        invitee_account_id=invitee[1] if invitee else None, expires_at=utcnow() + dt.timedelta(minutes=minutes))
    await audit_service.record(actor=actor, action="rooms.invite", target_type="video_room", target_id=room.id,
                               after={"role": role, "invitation_id": inv.id, "publish_audio": publish_audio,
                                      "publish_video": publish_video,
                                      "invitee": f"{invitee[0]}:{invitee[1]}" if invitee else "link"},
                               org_id=room.institution_id)
    await event(room, me, "invited", invitation_id=inv.id, invitee_role=role, note=note[:64])
    return inv, token


@transactional
async def accept(*, actor: Principal, token: str, display: str) -> RoomParticipant:
    """The invitee, logged in, takes the invitation: they become a member with its permissions."""
    account_type, account_id = _account(actor)
    inv = await RoomInvitation.filter(token_hash=_hash(token or "")).select_for_update().first()
    reason = ("unknown" if inv is None else "revoked" if inv.revoked_at else "used" if inv.used_at
              else "expired" if inv.expires_at <= utcnow()
              else "not_for_you" if inv.invitee_account_type and (inv.invitee_account_type, inv.invitee_account_id)
              != (account_type, account_id) else "")
    if reason:
        await audit_service.record_denied(actor=actor, action="rooms.accept_invitation",
                                          target_type="video_room_invitation",
                                          target_id=inv.id if inv else "", reason=reason)
        raise InvitationInvalid(details={"reason": reason})
    room = await VideoRoom.get(id=inv.room_id)
    if room.state != "open":
        raise RoomEnded()
    inviter = await RoomParticipant.get(id=inv.invited_by_id)
    existing = await RoomParticipant.get_or_none(room=room, account_type=account_type, account_id=account_id)
    if existing is not None and existing.role in ("patient", "doctor"):
        raise CannotInvite(message="您已是该视频的成员")
    if existing is not None:  # invited again after removal: a fresh identity at the provider
        existing.role, existing.state, existing.removed_at = inv.role, "admitted", None
        existing.publish_audio, existing.publish_video = inv.publish_audio, inv.publish_video
        existing.token, existing.display = secrets.token_urlsafe(24), (display or inv.note or existing.display)[:32]
        existing.provider_user = new_provider_user()
        await existing.save()
        p = existing
    else:
        p = await admit(room=room, role=inv.role, account_type=account_type, account_id=account_id,
                        display=display or inv.note or ROLE_LABELS[inv.role], publish_audio=inv.publish_audio, publish_video=inv.publish_video,
                        invited_by=inviter)
    inv.used_at, inv.participant = utcnow(), p
    await inv.save(update_fields=["used_at", "participant_id", "updated_at"])
    await audit_service.record(actor=actor, action="rooms.accept_invitation", target_type="video_room",
                               target_id=room.id, after={"role": inv.role, "invitation_id": inv.id,
                                                         "participant_id": p.id}, org_id=room.institution_id)
    await event(room, p, "accepted", invitation_id=inv.id)
    return p


# ---------------------------------------------------------------- what the media server reports


def _allowed_media(p: RoomParticipant) -> set[str]:
    return {kind for kind, ok in (("audio", p.publish_audio), ("video", p.publish_video)) if ok}


async def provider_event(*, provider: str, event: ProviderEvent) -> str:
    """Apply what the media server saw (its event handler): joins and leaves become presence, and
    what the provider's own checks cannot refuse is kicked at once and audited as denied: a feed
    id that is none of the room's members, a member joining with another member's feed id, a
    removed member, media published without the permission for it. Events of rooms that are
    not ours (another deployment on the same server) are ignored. Answers what was done:
    "ignored", "present", "absent", "published" or "kicked"."""
    room = await VideoRoom.filter(provider=provider, provider_room=event.provider_room).first()
    if room is None:
        return "ignored"
    p = await RoomParticipant.get_or_none(room=room, provider_user=event.provider_user)
    if event.kind == "left":
        if p is not None and p.present:
            await _seen(room, p, present=False, detail={"by": "provider", "kicked": event.kicked})
            return "absent"
        return "ignored"
    reason = ("unknown_feed" if p is None else "removed" if p.state == "removed"
              else "token_mismatch" if event.token is not None and event.token != (p.token or "")
              else "")
    if not reason and event.kind == "published":
        refused = sorted(event.media - _allowed_media(p))
        reason = f"not_allowed:{','.join(refused)}" if refused else ""
    if reason:
        culprit = p if reason in ("removed",) or reason.startswith("not_allowed") else await _holder(room, event.token)
        await _kick(room, culprit, event, reason)
        return "kicked"
    if event.kind == "joined" and not p.present:
        await _seen(room, p, present=True, detail={"by": "provider"})
        return "present"
    return "published" if event.kind == "published" else "ignored"


async def _holder(room: VideoRoom, token: str | None) -> RoomParticipant | None:
    """The member whose per-member token a client joined with (tokens are encrypted: compared here)."""
    if not token:
        return None
    for p in await RoomParticipant.filter(room=room):
        if p.token and secrets.compare_digest(p.token, token):
            return p
    return None


async def _kick(room: VideoRoom, p: RoomParticipant | None, ev: ProviderEvent, reason: str) -> None:
    """`p` is who did it (the feed's member, or the holder of the token used), when known. The
    kick comes first: enforcement does not wait for the database."""
    if room.state == "open":
        await call_provider(providers.get(room.provider).kick(room=ref(room), provider_user=ev.provider_user))
    await _kicked(room, p, ev, reason)


@transactional
async def _kicked(room: VideoRoom, p: RoomParticipant | None, ev: ProviderEvent, reason: str) -> None:
    who = (Principal(kind=p.account_type, id=p.account_id, name=f"{p.account_type}:{p.account_id}")
           if p is not None else SYSTEM)
    await audit_service.record_denied(actor=who, action="rooms.publish" if ev.kind == "published" else "rooms.join",
                                      target_type="video_room", target_id=room.id,
                                      reason=f"{reason} feed={ev.provider_user}")
    await event(room, p, "kicked", reason=reason, feed=ev.provider_user, media=sorted(ev.media))


@transactional
async def _seen(room: VideoRoom, p: RoomParticipant, *, present: bool, detail: dict) -> None:
    now = utcnow()
    p.present = present
    if present:
        p.joined_at = p.joined_at or now
        if room.started_at is None:
            room.started_at = now
            await room.save(update_fields=["started_at", "updated_at"])
    else:
        p.left_at = now
    await p.save(update_fields=["present", "joined_at", "left_at", "updated_at"])
    await event(room, p, "joined" if present else "left", **detail)


async def preview(*, token: str) -> dict[str, Any]:
    """What an invitation link is, before logging in to take it (the invitee's landing page)."""
    inv = await RoomInvitation.get_or_none(token_hash=_hash(token or "")).prefetch_related("invited_by", "room")
    if inv is None:
        raise InvitationInvalid(details={"reason": "unknown"})
    valid = not (inv.used_at or inv.revoked_at or inv.expires_at <= utcnow() or inv.room.state != "open")
    return {"role": inv.role, "note": inv.note, "inviter": inv.invited_by.display, "expires_at": inv.expires_at,
            "valid": valid}


async def invite_doctor(*, actor: Principal, room_id: int, doctor_id: int, publish_audio: bool = True,
                        publish_video: bool = True) -> tuple[RoomInvitation, str]:
    """邀请视频会诊: the invitation names the doctor's workstation account; only they can take it."""
    from core.doctors.models import Doctor

    doctor = await Doctor.get_or_none(id=doctor_id, deleted_at=None)
    if doctor is None or doctor.account_id is None:
        raise CannotInvite(message="该医生暂不能接受会诊邀请")
    return await invite(actor=actor, room_id=room_id, role="guest_doctor", publish_audio=publish_audio,
                        publish_video=publish_video, note=doctor.name, invitee=("admin", doctor.account_id))


# ---------------------------------------------------------------- reading


async def members(room: VideoRoom) -> list[RoomParticipant]:
    return await RoomParticipant.filter(room=room).order_by("id")


def participant_out(p: RoomParticipant) -> dict[str, Any]:
    return {"id": p.id, "role": p.role, "role_label": ROLE_LABELS.get(p.role, p.role), "display": p.display,
            "state": p.state, "present": p.present, "publish_audio": p.publish_audio,
            "publish_video": p.publish_video, "provider_user": p.provider_user,
            "recording_consent": p.recording_consent,
            "joined_at": p.joined_at.isoformat() if p.joined_at else None}


async def detail(*, actor: Principal, room_id: int) -> dict[str, Any]:
    room = await get_room(room_id)
    await participant_of(actor, room)
    return await room_out(room)


async def room_out(room: VideoRoom) -> dict[str, Any]:
    return {"id": room.id, "provider": room.provider, "subject_type": room.subject_type, "subject_id": room.subject_id,
            "state": room.state, "recording": room.recording,
            "started_at": room.started_at.isoformat() if room.started_at else None,
            "ended_at": room.ended_at.isoformat() if room.ended_at else None,
            "participants": [participant_out(p) for p in await members(room)]}


# ---------------------------------------------------------------- realtime


async def _topic_access(actor: Principal, topic_id: str) -> topics.TopicAccess:
    if not topic_id.isdigit():
        raise RoomNotFound()
    room = await get_room(int(topic_id))
    p = await participant_of(actor, room)
    if p.state == "removed":
        raise ParticipantRemoved()
    return topics.TopicAccess(live=room.state == "open")


def register_topics() -> None:
    """Start-up wiring: `room:<id>` carries the room's joins, leaves, removals, recording and end."""
    topics.register(topics.TopicKind(TOPIC, authorise=_topic_access))
