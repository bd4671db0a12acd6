"""Assessment domain models. The foundation holds the physician register;
cycles, enrolment and review come with the assessment issue."""
from __future__ import annotations

from tortoise import fields

from core.db import EncryptedField, SoftDeleteModel


class Physician(SoftDeleteModel):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
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

    pii_names = ("name",)
    audit_exclude = ("id_number_bidx", "phone_bidx")
    scope_org_field = "institution"

    class Meta:
        table = "physician"
