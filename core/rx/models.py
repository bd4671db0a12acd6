"""Prescriptions, lab and imaging requests, and their review (seed 004 医嘱录入, 处方签名, 处方审核,
处方审核拒绝处理, 医嘱处理时间轴, 药师审查及干预, 申请单录入; 综合管理后台 审方管理).

A prescription is written by a doctor for one 就诊人, usually inside a consultation, with the
patient s clinical state at that moment kept on it (age, weight, sex, pregnancy or lactation,
allergies): the review is judged against that, not against what the family page says later.
Its state follows core/rx/states.py. Signing freezes the content; any change afterwards is a new
prescription (`previous_id` names the one it revises). Every signed prescription is checked by
the rules of the published `RuleSet` (rows of `Rule`: data a hospital edits, versioned) and then
decided by a pharmacist; each check and decision is an `RxReview` with its findings and the rule
version that produced them. `RxEvent` is the timeline of the prescription and of its order.

Model docstrings become table comments: no apostrophes in them (aerich does not escape them).
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField, TimestampedModel


class Prescription(TimestampedModel):
    """One prescription (西药/中成药 or 中草药); the state machine is in core/rx/states.py."""

    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=24, unique=True)  # CF<yyyymmdd><id>
    kind = fields.CharField(max_length=16)  # western (西药、中成药) / herbal (中草药)
    state = fields.CharField(max_length=16, index=True)
    consult_order = fields.ForeignKeyField("models.ConsultOrder", related_name="prescriptions", null=True,
                                           on_delete=fields.RESTRICT)
    doctor = fields.ForeignKeyField("models.Doctor", related_name="prescriptions", on_delete=fields.RESTRICT)
    department = fields.ForeignKeyField("models.Department", related_name="prescriptions", on_delete=fields.RESTRICT)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="prescriptions", on_delete=fields.RESTRICT)
    patient = fields.ForeignKeyField("models.Patient", related_name="prescriptions", on_delete=fields.RESTRICT)
    account = fields.ForeignKeyField("models.MpAccount", related_name="prescriptions", null=True,
                                     on_delete=fields.SET_NULL)  # who pays and follows it (the order s payer)
    # The rejected prescription this one revises (an id: aerich cannot create a table that points at itself).
    previous_id = fields.IntField(null=True, index=True)
    version = fields.SmallIntField(default=1)  # 1 + how often revised
    # The patient at prescribing (what the rules judge).
    patient_name = EncryptedField(mask="name")
    sex = fields.CharField(max_length=4, default="")  # 男 / 女
    birth_date = fields.DateField(null=True)
    age_months = fields.IntField(null=True)  # at prescribing (children are dosed by months and weight)
    weight_kg = fields.DecimalField(max_digits=5, decimal_places=2, null=True)
    pregnancy = fields.CharField(max_length=12, default="none")  # none / pregnant / lactating
    gestation_weeks = fields.SmallIntField(null=True)
    allergies = fields.JSONField(default=list)  # allergen keys and free text: ["penicillin", "头孢类"]
    current_medication = fields.JSONField(default=list)  # knowledge keys of drugs the patient already takes
    diagnoses = fields.JSONField(default=list)  # [{"code": "O21.0", "name": "..."}]
    # 中草药: how many doses (付) and how to take them.
    herbal_doses = fields.SmallIntField(null=True)
    herbal_usage = fields.CharField(max_length=200, default="")
    note = fields.CharField(max_length=500, default="")  # 嘱托
    total_fen = fields.IntField(default=0)
    # Signing and review (denormalised for the pharmacist s list: 审方管理 filters on these).
    signed_at = fields.DatetimeField(null=True, index=True)
    signature_id = fields.IntField(null=True)  # core/signing Signature of the doctor
    digest = fields.CharField(max_length=64, default="")  # SM3 of the canonical form that was signed
    finding_level = fields.CharField(max_length=8, default="")  # worst finding: "" / info / warning / error
    problem = fields.BooleanField(default=False, index=True)  # 问题处方: a finding of warning or worse, or rejected
    modified = fields.BooleanField(default=False, index=True)  # 医生已修改: revises a rejected one
    reviewer = fields.ForeignKeyField("models.AdminAccount", related_name="reviewed_prescriptions", null=True,
                                      on_delete=fields.SET_NULL)  # the pharmacist of the last decision
    reviewed_at = fields.DatetimeField(null=True)
    review_rounds = fields.SmallIntField(default=0)
    appealed = fields.BooleanField(default=False)
    valid_until = fields.DatetimeField(null=True)  # 处方有效期: not paid by then, it expires

    scope_org_field = "institution"

    class Meta:
        table = "rx_prescription"
        # 审方管理 (core/rx/console.py) reads a hospital's prescriptions in date order under each filter;
        # the two checkboxes (问题处方, 医生已修改) read in date order within a hospital too.
        indexes = (("institution", "created_at"), ("department", "created_at"), ("doctor", "created_at"),
                   ("state", "created_at"), ("patient", "created_at"), ("reviewer", "created_at"),
                   ("institution", "problem", "created_at"), ("institution", "modified", "created_at"))


class PrescriptionItem(Model):
    """One drug line of a prescription, as prescribed (names, strength and price kept as they were)."""

    id = fields.IntField(primary_key=True)
    prescription = fields.ForeignKeyField("models.Prescription", related_name="items", on_delete=fields.CASCADE)
    seq = fields.SmallIntField()
    drug = fields.ForeignKeyField("models.Drug", related_name="prescription_items", on_delete=fields.RESTRICT)
    drug_name = fields.CharField(max_length=64)  # generic name at prescribing
    strength = fields.CharField(max_length=32)
    form = fields.CharField(max_length=16)
    dose = fields.DecimalField(max_digits=10, decimal_places=3)  # per dose, in dose_unit
    dose_unit = fields.CharField(max_length=8)
    frequency = fields.CharField(max_length=8)  # qd / bid / tid / qid / q8h / q12h / qn / prn / once (core/rx/schemas.py)
    days = fields.SmallIntField()
    route = fields.CharField(max_length=16)
    quantity = fields.IntField()  # selling units to dispense
    unit = fields.CharField(max_length=8)
    price_fen = fields.IntField()
    amount_fen = fields.IntField()
    group_no = fields.SmallIntField(null=True)  # drugs given together in one infusion (配伍 checks)
    note = fields.CharField(max_length=100, default="")  # 煎法 for herbs (先煎/后下), or a remark
    override_reason = fields.CharField(max_length=200, default="")  # why a dose outside the range is meant

    class Meta:
        table = "rx_item"
        unique_together = (("prescription", "seq"),)
        indexes = (("drug", "prescription"),)


class PrescriptionDiagnosis(Model):
    """The diagnoses of a prescription, one row each, for searching by diagnosis (审方管理)."""

    id = fields.IntField(primary_key=True)
    prescription = fields.ForeignKeyField("models.Prescription", related_name="diagnosis_rows",
                                          on_delete=fields.CASCADE)
    code = fields.CharField(max_length=16)
    name = fields.CharField(max_length=128)

    class Meta:
        table = "rx_diagnosis"
        indexes = (("code", "prescription"),)


class ExamRequest(TimestampedModel):
    """A lab or imaging request (检查、检验申请单) written in a consultation."""

    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=24, unique=True)  # SQ<yyyymmdd><id>
    kind = fields.CharField(max_length=8)  # lab / imaging
    state = fields.CharField(max_length=16, default="draft")  # draft / signed / paid / done / cancelled
    consult_order = fields.ForeignKeyField("models.ConsultOrder", related_name="exam_requests", null=True,
                                           on_delete=fields.RESTRICT)
    doctor = fields.ForeignKeyField("models.Doctor", related_name="exam_requests", on_delete=fields.RESTRICT)
    department = fields.ForeignKeyField("models.Department", related_name="exam_requests", on_delete=fields.RESTRICT)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="exam_requests", on_delete=fields.RESTRICT)
    patient = fields.ForeignKeyField("models.Patient", related_name="exam_requests", on_delete=fields.RESTRICT)
    items = fields.JSONField(default=list)  # [{"charge_item_id", "code", "name", "price_fen", "specimen"}]
    clinical = EncryptedField(mask="secret", default="")  # 临床摘要 / 检查目的
    diagnoses = fields.JSONField(default=list)
    total_fen = fields.IntField(default=0)
    signed_at = fields.DatetimeField(null=True)
    signature_id = fields.IntField(null=True)

    scope_org_field = "institution"

    class Meta:
        table = "rx_exam_request"
        indexes = (("patient", "created_at"), ("doctor", "created_at"))


class RuleSet(Model):
    """One version of the review rules (审方规则). Exactly one is published at a time; a draft is
    edited, published (the old one retired) and never changed again once published."""

    id = fields.IntField(primary_key=True)
    version = fields.IntField(unique=True)
    state = fields.CharField(max_length=12, default="draft")  # draft / published / retired
    note = fields.CharField(max_length=200, default="")  # what changed
    based_on = fields.IntField(null=True)  # the version it was copied from
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    published_at = fields.DatetimeField(null=True)
    published_by_id = fields.IntField(null=True)

    class Meta:
        table = "rx_ruleset"


class Rule(Model):
    """One rule of a version: a kind the engine knows (core/rx/rules), the drugs or classes it
    concerns, its parameters, severity and the message shown; `source` names the reference."""

    id = fields.IntField(primary_key=True)
    ruleset = fields.ForeignKeyField("models.RuleSet", related_name="rules", on_delete=fields.CASCADE)
    code = fields.CharField(max_length=48)  # stable across versions: DOSE-amoxicillin-adult
    kind = fields.CharField(max_length=16)  # interaction / allergy / dose / route / duplicate / contraindication /
    #                                          pregnancy / lactation / paediatric / compatibility
    subject = fields.CharField(max_length=48, default="")  # a drug knowledge key or a class:<name>
    params = fields.JSONField(default=dict)  # per kind, checked by core/rx/rules on save
    severity = fields.CharField(max_length=8)  # info / warning / error
    message = fields.CharField(max_length=300)
    source = fields.CharField(max_length=200, default="")
    enabled = fields.BooleanField(default=True)

    class Meta:
        table = "rx_rule"
        unique_together = (("ruleset", "code"),)


class RxReview(Model):
    """One check of a prescription: the rules engine s (kind auto) or a pharmacist s decision."""

    id = fields.IntField(primary_key=True)
    prescription = fields.ForeignKeyField("models.Prescription", related_name="reviews", on_delete=fields.CASCADE)
    round = fields.SmallIntField(default=1)  # 2 after an appeal
    kind = fields.CharField(max_length=12)  # auto / pharmacist / intervention
    ruleset_version = fields.IntField(null=True)
    # [{"rule_id", "rule_code", "version", "kind", "severity", "message", "items": [seq...]}]
    findings = fields.JSONField(default=list)
    decision = fields.CharField(max_length=8, default="")  # "" (auto) / pass / reject
    reasons = fields.JSONField(default=list)  # rejection reason codes (dictionary rx_reject_reason)
    note = fields.CharField(max_length=500, default="")
    pharmacist = fields.ForeignKeyField("models.AdminAccount", related_name="rx_reviews", null=True,
                                        on_delete=fields.SET_NULL)
    pharmacist_name = fields.CharField(max_length=64, default="")
    signature_id = fields.IntField(null=True)
    took_ms = fields.IntField(null=True)  # the engine s time, or signed to decided for a pharmacist
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "rx_review"
        indexes = (("pharmacist", "created_at"),)


class RxAppeal(Model):
    """The doctor s appeal against a rejection; it goes back to a pharmacist."""

    id = fields.IntField(primary_key=True)
    prescription = fields.ForeignKeyField("models.Prescription", related_name="appeals", on_delete=fields.CASCADE)
    review = fields.ForeignKeyField("models.RxReview", related_name="appeals", on_delete=fields.CASCADE)
    reason = fields.CharField(max_length=500)
    state = fields.CharField(max_length=12, default="open")  # open / upheld (rejection stands) / granted
    decided_review_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "rx_appeal"


class RxEvent(Model):
    """One step of the timeline of a prescription and of its order (医嘱处理时间轴)."""

    id = fields.IntField(primary_key=True)
    prescription = fields.ForeignKeyField("models.Prescription", related_name="events", on_delete=fields.CASCADE)
    order_id = fields.IntField(null=True)  # core/pharmacy RxOrder, for order steps
    item_seq = fields.SmallIntField(null=True)  # a single item s step (one drug returned)
    event = fields.CharField(max_length=24)  # core/rx/states.py TIMELINE names them
    actor_type = fields.CharField(max_length=16)  # doctor / pharmacist / patient / system / carrier / insurance / admin
    actor_id = fields.IntField(null=True)
    actor_name = fields.CharField(max_length=64, default="")
    note = fields.CharField(max_length=500, default="")
    data = fields.JSONField(default=dict)
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "rx_event"
        indexes = (("prescription", "at"),)
