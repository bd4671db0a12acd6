"""Payment records: orders, refunds, the notifications received, and the daily reconciliations.

Money is counted in fen (分), integers, as WeChat Pay counts it. An order belongs
to the org that is paid (the institution whose service it is), which scopes it in
the consoles; what it pays for is named by its `reference` ("records.request:12"),
a string the business domain owns, so payments never imports a business domain.
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import TimestampedModel


class PaymentOrder(TimestampedModel):
    """One payment asked of a payer through WeChat Pay; its state follows core/payments/states.py."""

    id = fields.IntField(primary_key=True)
    out_trade_no = fields.CharField(max_length=32, unique=True)  # ours, as WeChat Pay knows it
    reference = fields.CharField(max_length=64, db_index=True)  # <domain>.<kind>:<id>
    # The reference while the order may still be paid: one payable order per reference at a time.
    open_reference = fields.CharField(max_length=64, null=True, unique=True)
    description = fields.CharField(max_length=127)
    org = fields.ForeignKeyField("models.OrgNode", related_name="payment_orders", on_delete=fields.RESTRICT)
    payer = fields.ForeignKeyField("models.MpAccount", related_name="payment_orders", null=True,
                                   on_delete=fields.SET_NULL)
    channel = fields.CharField(max_length=16)  # miniprogram / h5
    appid = fields.CharField(max_length=32)
    openid = fields.CharField(max_length=64)
    amount_fen = fields.IntField()
    refunded_fen = fields.IntField(default=0)  # refunds that succeeded
    state = fields.CharField(max_length=24, default="created")
    trade_state = fields.CharField(max_length=16, default="")  # WeChat Pay's, as last heard
    prepay_id = fields.CharField(max_length=64, null=True)
    prepay_at = fields.DatetimeField(null=True)
    expires_at = fields.DatetimeField()
    transaction_id = fields.CharField(max_length=32, null=True, unique=True)
    paid_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    close_reason = fields.CharField(max_length=64, default="")

    scope_org_field = "org"

    class Meta:
        table = "payment_order"
        indexes = (("state", "expires_at"), ("org", "state", "created_at"), ("paid_at",))


class PaymentRefund(TimestampedModel):
    """One refund of (part of) a paid order; out_refund_no makes a retried refund the same refund."""

    id = fields.IntField(primary_key=True)
    order = fields.ForeignKeyField("models.PaymentOrder", related_name="refunds", on_delete=fields.RESTRICT)
    out_refund_no = fields.CharField(max_length=64, unique=True)
    refund_id = fields.CharField(max_length=32, null=True)  # WeChat Pay's
    amount_fen = fields.IntField()
    reason = fields.CharField(max_length=80, default="")
    state = fields.CharField(max_length=16, default="pending")
    automatic = fields.BooleanField(default=False)  # made by the service (payment after cancellation)
    requested_by_type = fields.CharField(max_length=16, default="system")  # admin / system
    requested_by_id = fields.IntField(null=True)
    failure = fields.CharField(max_length=128, default="")
    user_received_account = fields.CharField(max_length=64, default="")
    succeeded_at = fields.DatetimeField(null=True)
    # An abnormal refund (the payer's card gone) is settled by hand at WeChat Pay's merchant
    # platform; the console records who did it and how, the state stays WeChat Pay's.
    handled_at = fields.DatetimeField(null=True)
    handled_by_id = fields.IntField(null=True)
    handled_note = fields.CharField(max_length=200, default="")

    scope_org_field = "order__org"

    class Meta:
        table = "payment_refund"
        indexes = (("state", "updated_at"), ("succeeded_at",))


class PaymentNotice(Model):
    """A WeChat Pay notification that passed its signature check, kept once per notification id.

    A notification sent again finds its row (repeats counted) and changes nothing."""

    id = fields.IntField(primary_key=True)
    notice_id = fields.CharField(max_length=64, unique=True)
    event_type = fields.CharField(max_length=32)
    out_trade_no = fields.CharField(max_length=32, default="")
    out_refund_no = fields.CharField(max_length=64, default="")
    outcome = fields.CharField(max_length=32)  # applied / unchanged / unknown_order / amount_mismatch
    repeats = fields.IntField(default=0)
    received_at = fields.DatetimeField(auto_now_add=True)
    last_repeat_at = fields.DatetimeField(null=True)

    class Meta:
        table = "payment_notice"


class BillReport(TimestampedModel):
    """The reconciliation of one day of the WeChat Pay trade bill against our payment records."""

    id = fields.IntField(primary_key=True)
    bill_date = fields.DateField(unique=True)
    state = fields.CharField(max_length=16)  # balanced / discrepancies
    bill_found = fields.BooleanField(default=True)  # False: WeChat Pay has no bill (no trade that day)
    bill_sha1 = fields.CharField(max_length=40, default="")
    bill_rows = fields.IntField(default=0)
    matched = fields.IntField(default=0)
    missing_ours = fields.IntField(default=0)
    missing_theirs = fields.IntField(default=0)
    amount_mismatch = fields.IntField(default=0)
    their_paid_fen = fields.IntField(default=0)
    their_refunded_fen = fields.IntField(default=0)
    our_paid_fen = fields.IntField(default=0)
    our_refunded_fen = fields.IntField(default=0)
    run_by_type = fields.CharField(max_length=16, default="system")
    run_by_id = fields.IntField(null=True)

    class Meta:
        table = "payment_bill_report"


class BillItem(Model):
    """One line of a reconciliation: a payment or a refund, matched or not, with both amounts."""

    id = fields.IntField(primary_key=True)
    report = fields.ForeignKeyField("models.BillReport", related_name="items", on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=8)  # payment / refund
    outcome = fields.CharField(max_length=16)  # matched / missing_ours / missing_theirs / amount_mismatch
    out_trade_no = fields.CharField(max_length=32, default="")
    out_refund_no = fields.CharField(max_length=64, default="")
    transaction_id = fields.CharField(max_length=32, default="")
    their_fen = fields.IntField(null=True)
    our_fen = fields.IntField(null=True)
    org = fields.ForeignKeyField("models.OrgNode", related_name="bill_items", null=True, on_delete=fields.SET_NULL)
    note = fields.CharField(max_length=128, default="")

    class Meta:
        table = "payment_bill_item"
        indexes = (("report", "outcome"),)
