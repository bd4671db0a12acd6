"""The medical-insurance e-prescription centre (seed 003 医保电子处方中心).

Why: a prescription paid by medical insurance goes to the regional e-prescription centre:
pre-checked, signed by the insurance e-signature, uploaded, reviewed there and picked up at a
pharmacy, which the centre reports back by notifications. `InsuranceRx` is our side of one
prescription at the centre; `InsuranceNotice` keeps each notification once by its id, so a repeat
changes nothing.

Model docstrings become table comments: no apostrophes in them (aerich does not escape them).
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import TimestampedModel


class InsuranceRx(TimestampedModel):
    """One prescription at the insurance e-prescription centre; states in core/insurance/states.py."""

    id = fields.IntField(primary_key=True)
    prescription = fields.OneToOneField("models.Prescription", related_name="insurance", on_delete=fields.RESTRICT)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="insurance_rx", on_delete=fields.RESTRICT)
    state = fields.CharField(max_length=16, index=True)
    # prechecked / signed / uploaded / revoked / review_passed / review_failed / dispensed / cancelled
    trace_id = fields.CharField(max_length=40, default="")  # 预核验流水号, from the pre-check
    hi_rxno = fields.CharField(max_length=40, default="", db_index=True)  # 医保处方编号, from the upload
    sign_digest = fields.CharField(max_length=64, default="")  # what the insurance e-signature covered
    sign_value = fields.TextField(default="")  # the insurance e-signature, as returned
    sign_cert_sn = fields.CharField(max_length=64, default="")
    review = fields.JSONField(default=dict)  # the centre s review result, last seen
    pickup = fields.JSONField(default=dict)  # the pick-up result, last seen
    uploaded_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    reviewed_at = fields.DatetimeField(null=True)
    picked_up_at = fields.DatetimeField(null=True)
    last_error = fields.CharField(max_length=200, default="")

    scope_org_field = "institution"

    class Meta:
        table = "insurance_rx"


class InsuranceNotice(Model):
    """A notification from the centre (review result or pick-up result), kept once by its id."""

    id = fields.IntField(primary_key=True)
    notice_id = fields.CharField(max_length=64, unique=True)
    kind = fields.CharField(max_length=16)  # review / pickup
    hi_rxno = fields.CharField(max_length=40, db_index=True)
    payload = fields.JSONField(default=dict)
    outcome = fields.CharField(max_length=16, default="")  # applied / unknown_rx / stale
    received_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "insurance_notice"
