"""Electronic invoices of paid orders (seed 004 电子发票).

Why: every paid order of every service (consultation, video, medicines, record copies) gets one
invoice (blue) the payer can open as a PDF and have sent to a mailbox; a refund issues a reversing
invoice (red) for the refunded amount that points at the original. `key` makes issuing idempotent:
`blue:<payment order id>` and `red:<payment refund id>`.

Model docstrings become table comments: no apostrophes in them (aerich does not escape them).
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField


class Invoice(Model):
    """One electronic invoice (blue) or its reversal (red)."""

    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=24, unique=True)  # FP<yyyymmdd><id>
    key = fields.CharField(max_length=32, unique=True)  # blue:<order id> / red:<refund id>
    kind = fields.CharField(max_length=8)  # blue / red
    payment_order = fields.ForeignKeyField("models.PaymentOrder", related_name="invoices", on_delete=fields.RESTRICT)
    refund_id = fields.IntField(null=True)  # PaymentRefund of a red invoice
    original_id = fields.IntField(null=True)  # the blue invoice a red one reverses (aerich: no self-reference)
    reference = fields.CharField(max_length=64, db_index=True)  # the business, as on the payment order
    org = fields.ForeignKeyField("models.OrgNode", related_name="invoices", on_delete=fields.RESTRICT)  # the seller
    account = fields.ForeignKeyField("models.MpAccount", related_name="invoices", null=True,
                                     on_delete=fields.SET_NULL)
    buyer_name = EncryptedField(mask="name")
    amount_fen = fields.IntField()  # positive; a red invoice reverses this much
    items = fields.JSONField(default=list)  # [{"name", "quantity", "unit", "amount_fen"}]
    file_key = fields.CharField(max_length=80, default="")  # the PDF in media storage
    issued_at = fields.DatetimeField(auto_now_add=True)
    email = EncryptedField(mask="email", null=True)  # the last address it was sent to
    emailed_at = fields.DatetimeField(null=True)
    email_error = fields.CharField(max_length=200, default="")

    class Meta:
        table = "invoice"
        indexes = (("account", "issued_at"), ("org", "issued_at"))
