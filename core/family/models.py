"""Patients (就诊人), families and privacy grants (seed 003, 家庭健康管理).

Why: relatives follow and act for each other (record copies, appointments,
accompaniment), but in a family nobody sees anything of another member by
default. A member grants another member one scope at a time, optionally until
a date, and can revoke it at once; every access made under a grant is logged
where the person it concerns can read it.
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField, SoftDeleteModel, TimestampedModel


class Patient(SoftDeleteModel):
    """A person an account acts for; the real-name identity of the account itself is the one with is_self."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
    id_number = EncryptedField(mask="id_number")
    id_number_bidx = fields.CharField(max_length=64, db_index=True)
    phone = EncryptedField(mask="phone", null=True)
    phone_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    account = fields.ForeignKeyField("models.MpAccount", related_name="patients", null=True,
                                     on_delete=fields.SET_NULL)
    is_self = fields.BooleanField(default=False)
    relation = fields.CharField(max_length=16, default="本人")  # 本人 / 配偶 / 父母 / 子女 / 其他
    gender = fields.CharField(max_length=4, default="")
    birth_date = fields.DateField(null=True)
    verified_at = fields.DatetimeField(null=True)  # identity checked (face against the ID card photo)

    pii_names = ("name",)
    audit_exclude = ("id_number_bidx", "phone_bidx")

    class Meta:
        table = "patient"


class Family(TimestampedModel):
    """A family. Its sequential id is never a way in: people join with an invitation token or the
    random join code, which only members see and the owner can replace."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
    join_code = fields.CharField(max_length=16, null=True, unique=True)
    owner = fields.ForeignKeyField("models.MpAccount", related_name="owned_families", on_delete=fields.RESTRICT)
    dissolved_at = fields.DatetimeField(null=True)

    class Meta:
        table = "family"


class FamilyMember(TimestampedModel):
    """An account in a family: invited or applying (pending), active, or gone (left / removed / refused)."""

    id = fields.IntField(primary_key=True)
    family = fields.ForeignKeyField("models.Family", related_name="members", on_delete=fields.CASCADE)
    account = fields.ForeignKeyField("models.MpAccount", related_name="family_memberships", on_delete=fields.CASCADE)
    role = fields.CharField(max_length=8, default="member")  # owner / member
    state = fields.CharField(max_length=12, default="pending")  # pending / active / left / removed / refused
    via = fields.CharField(max_length=8, default="apply")  # owner / invite / apply
    relation = fields.CharField(max_length=16, default="")  # as the owner describes them
    note = fields.CharField(max_length=200, default="")
    joined_at = fields.DatetimeField(null=True)
    ended_at = fields.DatetimeField(null=True)

    class Meta:
        table = "family_member"
        unique_together = (("family", "account"),)


class FamilyInvite(Model):
    """An invitation: to a phone number, or a share link / mini-program code anyone may use until it expires."""

    id = fields.IntField(primary_key=True)
    family = fields.ForeignKeyField("models.Family", related_name="invites", on_delete=fields.CASCADE)
    by_account = fields.ForeignKeyField("models.MpAccount", related_name="sent_invites", on_delete=fields.CASCADE)
    token_hash = fields.CharField(max_length=64, unique=True)  # the token itself is only in the link
    phone_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    relation = fields.CharField(max_length=16, default="")
    expires_at = fields.DatetimeField()
    used_by = fields.ForeignKeyField("models.MpAccount", related_name="used_invites", null=True,
                                     on_delete=fields.SET_NULL)
    used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "family_invite"


class Grant(Model):
    """`grantor` lets `grantee` see (or act on) one scope of the data of the grantor, within one family."""

    id = fields.IntField(primary_key=True)
    family = fields.ForeignKeyField("models.Family", related_name="grants", on_delete=fields.CASCADE)
    grantor = fields.ForeignKeyField("models.MpAccount", related_name="grants_given", on_delete=fields.CASCADE)
    grantee = fields.ForeignKeyField("models.MpAccount", related_name="grants_received", on_delete=fields.CASCADE)
    scope = fields.CharField(max_length=24)  # health_records / vital_signs / appointments / record_requests / accompaniment
    can_act = fields.BooleanField(default=False)  # see only, or also act (request, book) for the grantor
    expires_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "family_grant"
        indexes = (("grantee", "grantor", "scope"),)


class GrantAccess(Model):
    """One access made under a grant, shown to the grantor: who looked at my records."""

    id = fields.BigIntField(primary_key=True)
    grant = fields.ForeignKeyField("models.Grant", related_name="accesses", on_delete=fields.CASCADE)
    grantor = fields.ForeignKeyField("models.MpAccount", related_name="accesses_to_me", on_delete=fields.CASCADE)
    grantee = fields.ForeignKeyField("models.MpAccount", related_name="accesses_by_me", on_delete=fields.CASCADE)
    scope = fields.CharField(max_length=24)
    action = fields.CharField(max_length=32)  # view / request / download / ...
    target_type = fields.CharField(max_length=32, default="")
    target_id = fields.CharField(max_length=64, default="")
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "family_grant_access"
        indexes = (("grantor", "at"),)


class FamilyEvent(Model):
    """What changed in a family (joins, leaves, grants, health data), for the family home."""

    id = fields.BigIntField(primary_key=True)
    family = fields.ForeignKeyField("models.Family", related_name="events", on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=32)
    actor = fields.ForeignKeyField("models.MpAccount", related_name="family_events_made", null=True,
                                   on_delete=fields.SET_NULL)
    subject = fields.ForeignKeyField("models.MpAccount", related_name="family_events_about", null=True,
                                     on_delete=fields.SET_NULL)
    detail = fields.JSONField(default=dict)
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "family_event"
        indexes = (("family", "at"),)


class VitalSign(Model):
    """One measurement of a vital sign of a patient: recorded by the person (or a granted relative), or
    reported by a hospital in a visit step. Blood pressure keeps the systolic in value and the diastolic in value2."""

    id = fields.BigIntField(primary_key=True)
    patient = fields.ForeignKeyField("models.Patient", related_name="vital_signs", on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=16)  # temperature / pulse / blood_pressure / glucose / weight / height / spo2
    value = fields.DecimalField(max_digits=7, decimal_places=2)
    value2 = fields.DecimalField(max_digits=7, decimal_places=2, null=True)  # diastolic of blood_pressure
    unit = fields.CharField(max_length=8)
    measured_at = fields.DatetimeField()
    source = fields.CharField(max_length=8, default="self")  # self / his
    visit = fields.ForeignKeyField("models.Visit", related_name="vital_signs", null=True, on_delete=fields.SET_NULL)
    step = fields.CharField(max_length=24, default="")  # the visit step whose data carried it (source his)
    recorded_by = fields.ForeignKeyField("models.MpAccount", related_name="vital_signs_recorded", null=True,
                                         on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "family_vital_sign"
        indexes = (("patient", "kind", "measured_at"),)
        unique_together = (("visit", "step", "kind"),)
