"""The built-in demo HIS: patients, admissions and archived documents of our own
tables, answering through the same adapter interface as a hospital's real HIS."""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField


class HisPatient(Model):
    id = fields.IntField(primary_key=True)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="his_patients", on_delete=fields.CASCADE)
    mrn = fields.CharField(max_length=32)  # the hospital's medical record number
    name = fields.CharField(max_length=64)
    id_number = EncryptedField(mask="id_number")
    id_number_bidx = fields.CharField(max_length=64, db_index=True)
    gender = fields.CharField(max_length=4, default="")
    birth_date = fields.DateField(null=True)

    pii_names = ("name",)
    audit_exclude = ("id_number_bidx",)

    class Meta:
        table = "his_patient"
        unique_together = (("institution", "mrn"),)


class HisAdmission(Model):
    id = fields.IntField(primary_key=True)
    patient = fields.ForeignKeyField("models.HisPatient", related_name="admissions", on_delete=fields.CASCADE)
    visit_no = fields.CharField(max_length=32)
    department = fields.CharField(max_length=64)
    admitted_on = fields.DateField()
    discharged_on = fields.DateField(null=True)
    diagnosis = fields.CharField(max_length=200, default="")
    archived = fields.BooleanField(default=False)  # the record room has archived the file

    class Meta:
        table = "his_admission"


class HisDocument(Model):
    """A structured archived document; record copies are generated from these."""

    id = fields.IntField(primary_key=True)
    admission = fields.ForeignKeyField("models.HisAdmission", related_name="documents", on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=32)  # record_content codes: front_page / discharge_summary / operation / lab ...
    title = fields.CharField(max_length=128)
    body = fields.JSONField()  # [{"heading": ..., "text": ...}] sections
    written_at = fields.DatetimeField()

    class Meta:
        table = "his_document"
