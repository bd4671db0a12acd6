"""Video rooms, who may be in them, and what happened there (seed 004 视频问诊, 视频陪诊, 邀请视频会诊).

A room belongs to one subject (a video consultation order now, a cloud-accompaniment task later)
and lives on one media provider (core/rooms/providers), recorded on the room: a deployment may
change provider while rooms of the old one still end properly. A participant is one person
with a role and permissions; the provider enforces them with what it issues for that person
(a Janus token in the room's allowed list, a TRTC PrivateMapKey, a builtin-media token).

Model docstrings become table comments: no apostrophes in them (aerich does not escape them).
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField, TimestampedModel


class VideoRoom(TimestampedModel):
    """One video room of one subject on one media provider."""

    id = fields.IntField(primary_key=True)
    provider = fields.CharField(max_length=16)  # janus / trtc / builtin
    provider_room = fields.CharField(max_length=64, default="")  # the provider s room id
    secret = EncryptedField(mask="secret")  # the provider s room secret (Janus room secret), never shown
    subject_type = fields.CharField(max_length=32)  # consult.order
    subject_id = fields.IntField()
    institution = fields.ForeignKeyField("models.OrgNode", related_name="video_rooms", on_delete=fields.RESTRICT)
    state = fields.CharField(max_length=16, default="open", index=True)  # open / ended
    recording = fields.BooleanField(default=False)  # every participant consented and it was started
    started_at = fields.DatetimeField(null=True)  # the first join
    ended_at = fields.DatetimeField(null=True)

    scope_org_field = "institution"

    class Meta:
        table = "video_room"
        indexes = (("subject_type", "subject_id"), ("institution", "created_at"))


class RoomParticipant(TimestampedModel):
    """One person admitted to a room, with a role and permissions."""

    id = fields.IntField(primary_key=True)
    room = fields.ForeignKeyField("models.VideoRoom", related_name="participants", on_delete=fields.CASCADE)
    role = fields.CharField(max_length=16)  # patient / doctor / relative / guest_doctor / observer
    account_type = fields.CharField(max_length=8)  # mp / admin
    account_id = fields.IntField()
    display = fields.CharField(max_length=32)  # the name others see in the room
    publish_audio = fields.BooleanField(default=True)
    publish_video = fields.BooleanField(default=True)
    subscribe = fields.BooleanField(default=True)
    provider_user = fields.CharField(max_length=64)  # Janus feed id / TRTC userId / builtin peer id
    token = EncryptedField(mask="secret")  # the per-participant secret the provider checks (Janus allowed token)
    state = fields.CharField(max_length=16, default="admitted")  # admitted / removed / left
    invited_by_type = fields.CharField(max_length=8, default="")
    invited_by_id = fields.IntField(null=True)
    joined_at = fields.DatetimeField(null=True)  # the first time the provider saw them
    present = fields.BooleanField(default=False)  # in the room now (join/leave events)
    left_at = fields.DatetimeField(null=True)
    removed_at = fields.DatetimeField(null=True)
    recording_consent = fields.BooleanField(null=True)  # None: not asked yet

    class Meta:
        table = "video_room_participant"
        unique_together = (("room", "account_type", "account_id"),)
        indexes = (("provider_user",),)


class RoomEvent(Model):
    """Something that happened in a room: joined, left, quality, removed, refused, recording."""

    id = fields.BigIntField(primary_key=True)
    room = fields.ForeignKeyField("models.VideoRoom", related_name="events", on_delete=fields.CASCADE)
    participant = fields.ForeignKeyField("models.RoomParticipant", related_name="events", null=True,
                                         on_delete=fields.SET_NULL)
    kind = fields.CharField(max_length=24)
    detail = fields.JSONField(default=dict)
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "video_room_event"
        indexes = (("room", "at"),)


class RoomInvitation(TimestampedModel):
    """A single-use, expiring invitation into a room (a relative by share link, a doctor to 会诊)."""

    id = fields.IntField(primary_key=True)
    room = fields.ForeignKeyField("models.VideoRoom", related_name="invitations", on_delete=fields.CASCADE)
    role = fields.CharField(max_length=16)  # relative / guest_doctor
    token_hash = fields.CharField(max_length=64, unique=True)  # sha256 of the token in the link
    publish_audio = fields.BooleanField(default=True)
    publish_video = fields.BooleanField(default=True)
    invited_by = fields.ForeignKeyField("models.RoomParticipant", related_name="invitations_sent",
                                        on_delete=fields.CASCADE)
    invitee_account_type = fields.CharField(max_length=8, default="")  # fixed for a doctor; "" for a link
    invitee_account_id = fields.IntField(null=True)
    note = fields.CharField(max_length=64, default="")  # 称呼 or the invited doctor s name
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    participant = fields.ForeignKeyField("models.RoomParticipant", related_name="invitation", null=True,
                                         on_delete=fields.SET_NULL)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "video_room_invitation"


class RoomRecording(TimestampedModel):
    """One recorded stream of a room (a member s audio or video), stored through the storage adapter."""

    id = fields.IntField(primary_key=True)
    room = fields.ForeignKeyField("models.VideoRoom", related_name="recordings", on_delete=fields.RESTRICT)
    participant = fields.ForeignKeyField("models.RoomParticipant", related_name="recordings", null=True,
                                         on_delete=fields.SET_NULL)
    kind = fields.CharField(max_length=8)  # audio / video
    storage_key = fields.CharField(max_length=64)
    content_type = fields.CharField(max_length=32)
    bytes = fields.IntField()
    source = fields.CharField(max_length=200, unique=True)  # the provider s file name (processed once)
    recorded_at = fields.DatetimeField()
    retain_until = fields.DateField()  # medical-record retention (15 years for internet consultations)

    class Meta:
        table = "video_room_recording"
