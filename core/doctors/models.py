"""The internet hospital's catalogue (seed 004): doctors, where they practise, the services
they offer at what price, their monthly schedules, and what patients keep about them
(follows, the consultations they had, the informed consent they accepted).

Departments are not a table of this domain: a hospital has one list of departments,
`record_department` (core.records.models.Department), which the record room already keeps.
A doctor's practice site and a schedule slot point at that row, so 科室管理 in the back office
and the record room edit the same departments, and disabling one takes it off both.

Model docstrings become table comments: no apostrophes in them (aerich does not escape them).
"""
from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model

from core.db import SoftDeleteModel, TimestampedModel


class DoctorTitle(str, Enum):
    chief = "chief"
    associate_chief = "associate_chief"
    attending = "attending"
    resident = "resident"


TITLE_LABELS = {DoctorTitle.chief: "主任医师", DoctorTitle.associate_chief: "副主任医师",
                DoctorTitle.attending: "主治医师", DoctorTitle.resident: "住院医师"}


class ServiceKind(str, Enum):
    # Service packages (服务包) come later as a kind of their own.
    text = "text"
    video = "video"


SERVICE_LABELS = {ServiceKind.text: "图文咨询", ServiceKind.video: "视频问诊"}


class Period(str, Enum):
    morning = "morning"
    afternoon = "afternoon"
    evening = "evening"


PERIOD_LABELS = {Period.morning: "上午", Period.afternoon: "下午", Period.evening: "晚上"}


class Doctor(SoftDeleteModel):
    """A doctor of the internet hospital, owned by the hospital of the first practice site."""

    id = fields.IntField(primary_key=True)
    # The first practice site (第一执业机构): its administrators keep the record (scope).
    institution = fields.ForeignKeyField("models.OrgNode", related_name="doctors", on_delete=fields.RESTRICT)
    name = fields.CharField(max_length=32)
    title = fields.CharEnumField(DoctorTitle, max_length=24)
    specialties = fields.CharField(max_length=500, default="")  # 擅长
    introduction = fields.TextField(default="")
    photo_key = fields.CharField(max_length=64, null=True)  # media/storage.py key of the re-encoded JPEG
    enabled = fields.BooleanField(default=False)  # listed to patients
    # The workstation login: an administrator account with the doctor role (see service.py).
    account = fields.OneToOneField("models.AdminAccount", related_name="doctor", null=True,
                                   on_delete=fields.SET_NULL)
    # Aggregates fed by the consultations (ledger.py): kept on the row so search and the
    # doctor page read them without counting.
    rating_sum = fields.IntField(default=0)
    rating_count = fields.IntField(default=0)
    text_done = fields.IntField(default=0)
    video_done = fields.IntField(default=0)

    scope_org_field = "institution"

    class Meta:
        table = "doctor"
        indexes = (("enabled", "deleted_at"),)


class DoctorSite(Model):
    """A department where a doctor practises (多点执业: several, at several hospitals)."""

    id = fields.IntField(primary_key=True)
    doctor = fields.ForeignKeyField("models.Doctor", related_name="sites", on_delete=fields.CASCADE)
    department = fields.ForeignKeyField("models.Department", related_name="doctor_sites", on_delete=fields.RESTRICT)
    # The department s hospital, kept here for scope and search without a join through the department.
    institution = fields.ForeignKeyField("models.OrgNode", related_name="doctor_sites", on_delete=fields.RESTRICT)
    primary = fields.BooleanField(default=False)
    sort = fields.SmallIntField(default=0)

    scope_org_field = "institution"

    class Meta:
        table = "doctor_site"
        unique_together = (("doctor", "department"),)


class DoctorService(TimestampedModel):
    """A service a doctor offers, its price in fen and its consultation window."""

    id = fields.IntField(primary_key=True)
    doctor = fields.ForeignKeyField("models.Doctor", related_name="services", on_delete=fields.CASCADE)
    kind = fields.CharEnumField(ServiceKind, max_length=16)
    price_fen = fields.IntField()
    window_hours = fields.SmallIntField(default=48)  # how long both sides may write after acceptance
    enabled = fields.BooleanField(default=False)

    class Meta:
        table = "doctor_service"
        unique_together = (("doctor", "kind"),)


class DoctorSchedule(TimestampedModel):
    """One period of one day a doctor is on duty at one of the practice sites (排班)."""

    id = fields.IntField(primary_key=True)
    doctor = fields.ForeignKeyField("models.Doctor", related_name="schedules", on_delete=fields.CASCADE)
    department = fields.ForeignKeyField("models.Department", related_name="doctor_schedules",
                                        on_delete=fields.RESTRICT)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="doctor_schedules",
                                         on_delete=fields.RESTRICT)
    day = fields.DateField()
    period = fields.CharEnumField(Period, max_length=16)
    capacity = fields.SmallIntField()

    scope_org_field = "institution"

    class Meta:
        table = "doctor_schedule"
        unique_together = (("doctor", "day", "period"),)
        indexes = (("department", "day"),)


class DoctorFollow(Model):
    """A patient account follows a doctor."""

    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField("models.MpAccount", related_name="followed_doctors", on_delete=fields.CASCADE)
    doctor = fields.ForeignKeyField("models.Doctor", related_name="followers", on_delete=fields.CASCADE)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "doctor_follow"
        unique_together = (("account", "doctor"),)


class DoctorConsultation(Model):
    """What the catalogue keeps of one consultation order: who consulted whom and when, whether
    it was completed and its rating. One row per order makes every tally idempotent."""

    id = fields.IntField(primary_key=True)
    order_id = fields.IntField(unique=True)  # the consult domain s order
    doctor = fields.ForeignKeyField("models.Doctor", related_name="consultations", on_delete=fields.CASCADE)
    account = fields.ForeignKeyField("models.MpAccount", related_name="doctor_consultations",
                                     on_delete=fields.CASCADE)
    kind = fields.CharEnumField(ServiceKind, max_length=16)
    at = fields.DatetimeField()
    completed_at = fields.DatetimeField(null=True)
    score = fields.SmallIntField(null=True)
    rated_at = fields.DatetimeField(null=True)

    class Meta:
        table = "doctor_consultation"
        indexes = (("account", "at"),)


class ConsentVersion(Model):
    """One published version of the informed consent (知情同意书): notices and fees."""

    id = fields.IntField(primary_key=True)
    version = fields.IntField(unique=True)
    title = fields.CharField(max_length=64)
    body = fields.TextField()  # 患者须知
    fees = fields.TextField()  # 收费标准
    published_at = fields.DatetimeField(auto_now_add=True)
    published_by_id = fields.IntField(null=True)  # the administrator account

    class Meta:
        table = "doctor_consent_version"


class ConsentAcceptance(Model):
    """A patient account accepted one version of the informed consent."""

    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField("models.MpAccount", related_name="consents", on_delete=fields.CASCADE)
    version = fields.IntField()
    accepted_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "doctor_consent_acceptance"
        unique_together = (("account", "version"),)


# ---------------------------------------------------------------- the doctor's workstation (workbench.py)

class TemplateKind(str, Enum):
    reply = "reply"  # 快捷回复: a text to send in the chat
    record = "record"  # 病历模板: the fields of the consultation record
    diagnosis = "diagnosis"  # 诊断模板: a named list of diagnoses
    prescription = "prescription"  # 处方模板: a prescription's kind and drug lines (core/rx fills a draft)
    order_set = "order_set"  # 医嘱套: diagnoses, prescriptions and lab/imaging requests together


TEMPLATE_LABELS = {TemplateKind.reply: "快捷回复", TemplateKind.record: "病历模板",
                   TemplateKind.diagnosis: "诊断模板", TemplateKind.prescription: "处方模板",
                   TemplateKind.order_set: "医嘱套"}


class DoctorTemplate(TimestampedModel):
    """A template of the doctor workstation: a quick reply, a record template or a diagnosis list.
    Owned by one doctor; shared read-only with the doctors of one of the owner s departments when
    `department` is set."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(TemplateKind, max_length=16)
    doctor = fields.ForeignKeyField("models.Doctor", related_name="templates", on_delete=fields.CASCADE)
    department = fields.ForeignKeyField("models.Department", related_name="doctor_templates", null=True,
                                        on_delete=fields.SET_NULL)
    title = fields.CharField(max_length=64)
    # reply: {"text"}; record: {"chief_complaint", "present_illness", "past_history", "diagnosis",
    # "advice"}; diagnosis: {"items": [...]}; prescription: {"kind", "items": [...], ...}; order_set:
    # {"diagnoses", "prescriptions", "requests"} (schemas.py bounds each).
    body = fields.JSONField(default=dict)
    sort = fields.IntField(default=0)

    class Meta:
        table = "doctor_template"
        indexes = (("doctor", "kind", "sort"), ("department", "kind"))


class DoctorWorkstation(Model):
    """What the doctor workstation remembers of a doctor: the practice site (department) the doctor
    works at now (多点执业: the consultation queue shows that site s orders)."""

    doctor = fields.OneToOneField("models.Doctor", related_name="workstation", primary_key=True,
                                  on_delete=fields.CASCADE)
    department = fields.ForeignKeyField("models.Department", related_name="doctor_workstations", null=True,
                                        on_delete=fields.SET_NULL)
    changed_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "doctor_workstation"
