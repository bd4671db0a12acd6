"""Patients (就诊人). Families and privacy grants come with the family issue."""
from __future__ import annotations

from tortoise import fields

from core.db import EncryptedField, SoftDeleteModel


class Patient(SoftDeleteModel):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
    id_number = EncryptedField(mask="id_number")
    id_number_bidx = fields.CharField(max_length=64, db_index=True)
    phone = EncryptedField(mask="phone", null=True)
    phone_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    account = fields.ForeignKeyField("models.MpAccount", related_name="patients", null=True,
                                     on_delete=fields.SET_NULL)

    pii_names = ("name",)
    audit_exclude = ("id_number_bidx", "phone_bidx")

    class Meta:
        table = "patient"
