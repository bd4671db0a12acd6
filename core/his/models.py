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


# ---------------------------------------------------------------- outpatient side of the demo HIS
# What a hospital's appointment and outpatient systems hold (seed 003 门诊就医助手, 家庭门诊预约):
# departments, doctors, bookable slots, bookings, and the change log a poller reads.


class HisClinic(Model):
    """An outpatient department of a demo HIS hospital, with where it is."""

    id = fields.IntField(primary_key=True)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="his_clinics", on_delete=fields.CASCADE)
    code = fields.CharField(max_length=16)
    name = fields.CharField(max_length=64)
    location = fields.CharField(max_length=128, default="")  # building, floor, area
    position = fields.IntField(default=0)

    class Meta:
        table = "his_clinic"
        unique_together = (("institution", "code"),)


class HisDoctor(Model):
    """A doctor who sees outpatients in one department of a demo HIS hospital."""

    id = fields.IntField(primary_key=True)
    clinic = fields.ForeignKeyField("models.HisClinic", related_name="doctors", on_delete=fields.CASCADE)
    code = fields.CharField(max_length=16)  # unique within the hospital
    name = fields.CharField(max_length=32)
    title = fields.CharField(max_length=16, default="")  # 主任医师 / 副主任医师 / 主治医师 / 医师
    speciality = fields.CharField(max_length=200, default="")

    class Meta:
        table = "his_doctor"


class HisSlot(Model):
    """A bookable period of one doctor on one day: capacity and how many are booked."""

    id = fields.IntField(primary_key=True)
    doctor = fields.ForeignKeyField("models.HisDoctor", related_name="slots", on_delete=fields.CASCADE)
    day = fields.DateField()
    starts = fields.CharField(max_length=5)  # HH:MM, China time
    ends = fields.CharField(max_length=5)
    capacity = fields.IntField()
    booked = fields.IntField(default=0)
    fee_fen = fields.IntField(default=0)  # the registration fee

    class Meta:
        table = "his_slot"
        indexes = (("doctor", "day"),)


class HisBooking(Model):
    """An appointment in a demo HIS: the visit number it opens and its state."""

    id = fields.IntField(primary_key=True)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="his_bookings", on_delete=fields.CASCADE)
    slot = fields.ForeignKeyField("models.HisSlot", related_name="bookings", on_delete=fields.RESTRICT)
    his_visit = fields.CharField(max_length=64)
    name = fields.CharField(max_length=64)
    id_number = EncryptedField(mask="id_number")
    number = fields.IntField()  # the booking number within the slot (queue order)
    state = fields.CharField(max_length=12, default="booked")  # booked / cancelled / checked_in
    created_at = fields.DatetimeField(auto_now_add=True)

    pii_names = ("name",)

    class Meta:
        table = "his_booking"
        unique_together = (("institution", "his_visit"),)


class HisVisitEvent(Model):
    """The change log of a demo HIS: every visit event it produced; the id is the poll cursor."""

    id = fields.BigIntField(primary_key=True)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="his_visit_events",
                                         on_delete=fields.CASCADE)
    event_id = fields.CharField(max_length=64)
    payload = fields.JSONField()  # the event envelope as sent (or the raw text of a malformed one)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "his_visit_event"
        indexes = (("institution", "id"),)
