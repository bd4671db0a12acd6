"""Medical-record copy requests (seed 003, 一键式病案服务): the request with its
identity evidence and chosen admissions, its tracking timeline, the record room's
per-institution settings and departments, and the copy delivered."""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import SoftDeleteModel, TimestampedModel


class RecordRoom(TimestampedModel):
    """How one institution runs record copies: review mode, fee, and which HIS adapter answers."""

    id = fields.IntField(primary_key=True)
    institution = fields.OneToOneField("models.OrgNode", related_name="record_room", on_delete=fields.CASCADE)
    enabled = fields.BooleanField(default=True)
    review_mode = fields.CharField(max_length=8, default="manual")  # manual / auto (when every check passes)
    fee_cents = fields.IntField(default=0)  # 0: free, no payment step
    his_kind = fields.CharField(max_length=32, default="demo")  # a registered adapter name (core/his)
    his_config = fields.JSONField(default=dict)
    contact_phone = fields.CharField(max_length=32, default="")
    notice = fields.TextField(default="")

    scope_org_field = "institution"

    class Meta:
        table = "record_room"


class Department(SoftDeleteModel):
    id = fields.IntField(primary_key=True)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="departments", on_delete=fields.CASCADE)
    code = fields.CharField(max_length=32)
    name = fields.CharField(max_length=64)
    active = fields.BooleanField(default=True)

    scope_org_field = "institution"

    class Meta:
        table = "record_department"
        unique_together = (("institution", "code"),)


class IdentityCheck(Model):
    """One identity check of a requester: the face against the ID-card photo, and the ID number and name."""

    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField("models.MpAccount", related_name="identity_checks", on_delete=fields.CASCADE)
    patient = fields.ForeignKeyField("models.Patient", related_name="identity_checks", on_delete=fields.CASCADE)
    verifier = fields.CharField(max_length=32, default="face")  # the IdentityVerifier that answered
    outcome = fields.CharField(max_length=16)  # passed / failed
    reason = fields.CharField(max_length=255, default="")
    id_photo_key = fields.CharField(max_length=64, null=True)
    face_photo_key = fields.CharField(max_length=64, null=True)
    distance = fields.FloatField(null=True)
    threshold = fields.FloatField(null=True)
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "record_identity_check"


class RecordRequest(TimestampedModel):
    """A request for copies of archived inpatient records; its state follows core/records/states.py."""

    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=24, unique=True)  # shown to people and stamped on the copy
    institution = fields.ForeignKeyField("models.OrgNode", related_name="record_requests", on_delete=fields.RESTRICT)
    requester = fields.ForeignKeyField("models.MpAccount", related_name="record_requests", on_delete=fields.RESTRICT)
    patient = fields.ForeignKeyField("models.Patient", related_name="record_requests", on_delete=fields.RESTRICT)
    # When a member asks for another member, the grant it rests on.
    grant = fields.ForeignKeyField("models.Grant", related_name="record_requests", null=True,
                                   on_delete=fields.SET_NULL)
    identity_check = fields.ForeignKeyField("models.IdentityCheck", related_name="requests", null=True,
                                            on_delete=fields.SET_NULL)
    admissions = fields.JSONField()  # [{"id": his admission id, "admitted_on", "discharged_on", "department"}]
    purpose = fields.CharField(max_length=32)  # dictionary record_purpose
    contents = fields.JSONField()  # dictionary record_content codes
    delivery = fields.CharField(max_length=16, default="download")  # download / mail / pickup
    delivery_detail = fields.JSONField(default=dict)
    state = fields.CharField(max_length=16, default="submitted")
    reason = fields.CharField(max_length=500, default="")
    fee_cents = fields.IntField(default=0)
    paid_at = fields.DatetimeField(null=True)
    document_key = fields.CharField(max_length=64, null=True)  # the copy (PDF) in media storage
    document_source = fields.CharField(max_length=16, default="")  # upload / generated
    ready_at = fields.DatetimeField(null=True)
    expires_at = fields.DatetimeField(null=True)
    download_count = fields.IntField(default=0)
    reviewed_by_id = fields.IntField(null=True)

    scope_org_field = "institution"
    encrypted_json_keys = {"delivery_detail": ("phone",)}  # the mail phone (core/pii_rotation.py)

    class Meta:
        table = "record_request"
        indexes = (("institution", "state", "created_at"), ("requester", "state"))


class RecordRequestEvent(Model):
    """The tracking timeline of a request: every state change, by whom, with its note."""

    id = fields.IntField(primary_key=True)
    request = fields.ForeignKeyField("models.RecordRequest", related_name="events", on_delete=fields.CASCADE)
    from_state = fields.CharField(max_length=16, default="")
    to_state = fields.CharField(max_length=16)
    actor_type = fields.CharField(max_length=16)  # patient / admin / system
    actor_id = fields.IntField(null=True)
    note = fields.CharField(max_length=500, default="")
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "record_request_event"
