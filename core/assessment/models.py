"""Assessment domain models (seed 000): the physician register, cycles and their
versioned settings, enrolment with filing and two-level review, exam scores,
make-up, results, certificates, assessment institutions and bad records."""
from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField, SoftDeleteModel, TimestampedModel


class Physician(SoftDeleteModel):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64, db_index=True)
    id_number = EncryptedField(mask="id_number")
    id_number_bidx = fields.CharField(max_length=64, unique=True)
    phone = EncryptedField(mask="phone", null=True)
    phone_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="physicians",
                                         on_delete=fields.RESTRICT)
    practice_category = fields.CharField(max_length=32, default="临床")
    specialty = fields.CharField(max_length=64, default="")
    license_no = fields.CharField(max_length=32, default="", db_index=True)
    mp_account = fields.ForeignKeyField("models.MpAccount", related_name="physician", null=True,
                                        on_delete=fields.SET_NULL)
    # Physicians log in on the PC with their ID number and this password, and bind
    # their WeChat account with it once; institutions reset it.
    password_hash = fields.CharField(max_length=255, null=True)
    must_change_password = fields.BooleanField(default=True)

    pii_names = ("name",)
    audit_exclude = ("id_number_bidx", "phone_bidx", "password_hash")
    scope_org_field = "institution"

    class Meta:
        table = "physician"


class RebindCode(Model):
    """A one-time code an institution gives a physician whose WeChat binding must move to
    another account: the password alone cannot take over a bound physician.

    Only a keyed hash is kept; the code is shown once when issued, expires, and is used up
    by the bind that presents it. Issuing a new code drops the physician's unused ones.
    """

    id = fields.IntField(primary_key=True)
    physician = fields.ForeignKeyField("models.Physician", related_name="rebind_codes", on_delete=fields.CASCADE)
    code_hash = fields.CharField(max_length=64)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    issued_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "physician_rebind_code"


class PhysicianTransfer(Model):
    """History of the institution a physician belongs to."""

    id = fields.IntField(primary_key=True)
    physician = fields.ForeignKeyField("models.Physician", related_name="transfers", on_delete=fields.CASCADE)
    from_institution = fields.ForeignKeyField("models.OrgNode", related_name="transfers_out", on_delete=fields.RESTRICT)
    to_institution = fields.ForeignKeyField("models.OrgNode", related_name="transfers_in", on_delete=fields.RESTRICT)
    reason = fields.CharField(max_length=255, default="")
    by_admin_id = fields.IntField(null=True)
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "physician_transfer"


class CycleStatus(str, Enum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class Cycle(TimestampedModel):
    """A periodic-assessment cycle; its settings live in versions, frozen once it opens."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=64)
    status = fields.CharEnumField(CycleStatus, max_length=16, default=CycleStatus.DRAFT)
    settings_version = fields.IntField(default=0)
    opened_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "assessment_cycle"


class CycleSettings(Model):
    id = fields.IntField(primary_key=True)
    cycle = fields.ForeignKeyField("models.Cycle", related_name="versions", on_delete=fields.CASCADE)
    version = fields.IntField()
    settings = fields.JSONField()
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "assessment_cycle_settings"
        unique_together = (("cycle", "version"),)


class Enrolment(TimestampedModel):
    """A physician in a cycle: confirmation, filing, review, exam and result in one row.

    The review state is governed by core/assessment/states.py; the other columns
    are set by the service as the flow advances.
    """

    id = fields.IntField(primary_key=True)
    cycle = fields.ForeignKeyField("models.Cycle", related_name="enrolments", on_delete=fields.RESTRICT)
    physician = fields.ForeignKeyField("models.Physician", related_name="enrolments", on_delete=fields.RESTRICT)
    # The institution at enrolment time: scope follows it, so a transfer moves the row.
    institution = fields.ForeignKeyField("models.OrgNode", related_name="enrolments", on_delete=fields.RESTRICT)
    assessment_org = fields.ForeignKeyField("models.OrgNode", related_name="assessed_enrolments", null=True,
                                            on_delete=fields.SET_NULL)
    confirmed = fields.BooleanField(default=False)
    cancelled = fields.BooleanField(default=False)
    procedure = fields.CharField(max_length=16, null=True)  # general / simple / exempt
    state = fields.CharField(max_length=32, default="draft")
    filing = fields.JSONField(default=dict)  # section key -> data
    submitted_at = fields.DatetimeField(null=True)
    last_reason = fields.CharField(max_length=500, default="")
    exam_score = fields.FloatField(null=True)
    makeup = fields.CharField(max_length=16, default="none")  # none/listed/confirmed/refused
    makeup_score = fields.FloatField(null=True)
    result = fields.CharField(max_length=16, null=True)  # pass/fail/makeup_pass/exempt
    result_at = fields.DatetimeField(null=True)

    scope_org_field = "institution"
    scope_assessment_field = "assessment_org"

    class Meta:
        table = "assessment_enrolment"
        unique_together = (("cycle", "physician"),)
        # Measured on a province (bench/assessment.py, 200,000 rows): each list filter leads
        # an index that ends in (confirmed, institution) so scoped pages read the index
        # alone; the wide one covers the statistics page's grouping without the table.
        indexes = (
            ("cycle", "institution", "confirmed"),
            ("cycle", "confirmed", "institution", "state", "procedure", "result", "makeup",
             "exam_score", "makeup_score", "physician"),
            ("cycle", "state", "procedure", "confirmed", "institution"),
            ("cycle", "result", "confirmed", "institution"),
            ("cycle", "makeup", "confirmed", "institution"),
            ("cycle", "physician", "confirmed", "institution"),
        )


class ReviewAction(Model):
    id = fields.IntField(primary_key=True)
    enrolment = fields.ForeignKeyField("models.Enrolment", related_name="reviews", on_delete=fields.CASCADE)
    level = fields.CharField(max_length=16)  # physician / institution / assessment / province
    action = fields.CharField(max_length=32)
    from_state = fields.CharField(max_length=32)
    to_state = fields.CharField(max_length=32)
    reason = fields.CharField(max_length=500, default="")
    actor_type = fields.CharField(max_length=16)
    actor_id = fields.IntField(null=True)
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "assessment_review_action"
        indexes = (("enrolment", "action", "at"),)


class AssessmentApplication(TimestampedModel):
    """An institution applying to become an assessment institution, with attachments."""

    id = fields.IntField(primary_key=True)
    org = fields.ForeignKeyField("models.OrgNode", related_name="assessment_applications", on_delete=fields.RESTRICT)
    status = fields.CharField(max_length=16, default="submitted")  # submitted/approved/rejected
    statement = fields.TextField(default="")
    attachments = fields.JSONField(default=list)  # [{"name", "key", "size"}]
    reason = fields.CharField(max_length=500, default="")
    reviewed_by_id = fields.IntField(null=True)
    reviewed_at = fields.DatetimeField(null=True)

    scope_org_field = "org"

    class Meta:
        table = "assessment_application"


class AssessmentAssignment(TimestampedModel):
    """Which assessment institution serves a county (or one institution) in a cycle-independent way."""

    id = fields.IntField(primary_key=True)
    target = fields.ForeignKeyField("models.OrgNode", related_name="assessment_assignment", on_delete=fields.CASCADE)
    assessment_org = fields.ForeignKeyField("models.OrgNode", related_name="assigned_targets",
                                            on_delete=fields.RESTRICT)
    assigned_by_id = fields.IntField(null=True)

    scope_org_field = "target"

    class Meta:
        table = "assessment_assignment"
        unique_together = (("target",),)


class BadRecord(TimestampedModel):
    """不良记录 imported by the province, queried by institutions."""

    id = fields.IntField(primary_key=True)
    physician = fields.ForeignKeyField("models.Physician", related_name="bad_records", on_delete=fields.CASCADE)
    occurred_on = fields.DateField()
    category = fields.CharField(max_length=64)
    description = fields.TextField(default="")
    source = fields.CharField(max_length=128, default="")

    class Meta:
        table = "assessment_bad_record"


class Certificate(Model):
    id = fields.IntField(primary_key=True)
    enrolment = fields.OneToOneField("models.Enrolment", related_name="certificate", on_delete=fields.RESTRICT)
    serial = fields.CharField(max_length=32, unique=True)
    issued_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "assessment_certificate"
