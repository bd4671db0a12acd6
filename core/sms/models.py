"""Verification codes sent by SMS.

Why a table and not Redis alone: a code is used up inside the transaction of what it
permits (adding a 就诊人), so the two commit or roll back together; the sends of the last
24 hours are what the daily limits count, and they outlive a Redis restart. The code itself
is never stored, only a keyed HMAC of it; the phone number is encrypted with a blind index
for the limits and the lookup. Model docstrings become table comments: no apostrophes.
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField


class SmsCode(Model):
    """One verification code sent to a phone for one account and one purpose."""

    id = fields.BigIntField(primary_key=True)
    account_id = fields.IntField()  # the mini-program account that asked; only it may use the code
    purpose = fields.CharField(max_length=32)  # core.sms.service.PURPOSES
    phone = EncryptedField(mask="phone")
    phone_bidx = fields.CharField(max_length=64)
    code_mac = fields.CharField(max_length=64)  # HMAC-SM3 of the code under a key of its own
    expires_at = fields.DatetimeField()
    attempts = fields.SmallIntField(default=0)  # wrong codes presented
    used_at = fields.DatetimeField(null=True)
    state = fields.CharField(max_length=8, default="sending")  # sending / sent / failed
    gateway = fields.CharField(max_length=16)
    provider_id = fields.CharField(max_length=64, default="")  # the provider serial number of the message
    provider_code = fields.CharField(max_length=64, default="")  # the provider status code when it refused
    created_at = fields.DatetimeField(auto_now_add=True)

    audit_exclude = ("phone_bidx", "code_mac")

    class Meta:
        table = "sms_code"
        indexes = (("phone_bidx", "created_at"), ("account_id", "created_at"))
