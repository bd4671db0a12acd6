"""In-app messages, kept permanently: to a mini-program account, to an org's console, or to one console account."""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Message(Model):
    id = fields.BigIntField(primary_key=True)
    # Exactly one recipient: an account on the phone, everyone of an org in the console, or one
    # console account (a doctor's reminders at the workstation).
    account = fields.ForeignKeyField("models.MpAccount", related_name="messages", null=True,
                                     on_delete=fields.CASCADE)
    org = fields.ForeignKeyField("models.OrgNode", related_name="messages", null=True, on_delete=fields.CASCADE)
    admin_account = fields.ForeignKeyField("models.AdminAccount", related_name="messages", null=True,
                                           on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=32)  # record_request.state / family.invite / ...
    title = fields.CharField(max_length=128)
    body = fields.CharField(max_length=1000, default="")
    link = fields.CharField(max_length=255, default="")  # where the message leads, e.g. /records/requests/12
    read_at = fields.DatetimeField(null=True)
    handled_at = fields.DatetimeField(null=True)  # shown greyed once handled
    created_at = fields.DatetimeField(auto_now_add=True)

    scope_org_field = "org"

    class Meta:
        table = "notify_message"
        indexes = (("account", "read_at"), ("org", "read_at"), ("admin_account", "read_at"))


class Delivery(Model):
    """One attempt to push a message outside the app (WeChat subscribe message, SMS)."""

    id = fields.BigIntField(primary_key=True)
    message = fields.ForeignKeyField("models.Message", related_name="deliveries", on_delete=fields.CASCADE)
    channel = fields.CharField(max_length=16)  # wechat_subscribe / sms
    outcome = fields.CharField(max_length=16)  # sent / failed / skipped
    detail = fields.CharField(max_length=255, default="")
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "notify_delivery"
