"""Accounts: administrators of the web consoles and mini-program users."""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField, SoftDeleteModel


class AdminAccount(SoftDeleteModel):
    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=64, unique=True)
    display_name = fields.CharField(max_length=64, default="")
    password_hash = fields.CharField(max_length=255)
    org = fields.ForeignKeyField("models.OrgNode", related_name="admins", on_delete=fields.RESTRICT)
    roles = fields.JSONField(default=list)
    must_change_password = fields.BooleanField(default=True)
    password_changed_at = fields.DatetimeField(null=True)
    disabled = fields.BooleanField(default=False)
    last_login_at = fields.DatetimeField(null=True)
    phone = EncryptedField(mask="phone", null=True)
    phone_bidx = fields.CharField(max_length=64, null=True, db_index=True)

    pii_names = ("display_name",)
    audit_exclude = ("password_hash", "phone_bidx")
    scope_org_field = "org"

    class Meta:
        table = "admin_account"


class MpAccount(Model):
    """A WeChat mini-program user, known by openid (and unionid when the app has one)."""

    id = fields.IntField(primary_key=True)
    openid = fields.CharField(max_length=64, unique=True)
    unionid = fields.CharField(max_length=64, null=True, db_index=True)
    # The openid of the official account (H5 client), which differs from the mini-program's:
    # a JSAPI payment in WeChat's browser is paid by it (core/payments).
    oa_openid = fields.CharField(max_length=64, null=True)
    # Kept only to decrypt wx.getPhoneNumber payloads later; never sent to clients.
    session_key = EncryptedField(mask="secret", null=True)
    disabled = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_login_at = fields.DatetimeField(null=True)

    audit_exclude = ("session_key",)

    class Meta:
        table = "mp_account"


class RefreshToken(Model):
    """One issued refresh token; tokens of one login form a family for reuse detection."""

    jti = fields.CharField(max_length=36, primary_key=True)
    account = fields.ForeignKeyField("models.MpAccount", related_name="refresh_tokens",
                                     on_delete=fields.CASCADE)
    family = fields.CharField(max_length=36, db_index=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "mp_refresh_token"


class TokenEpoch(Model):
    """Every token of a subject issued before its current stamp is dead (core/accounts/tokens.py).

    One row per subject that was ever revoked ("mp:12", "physician:5"); the stamp only
    grows. Redis caches it; this row is the truth, so a Redis loss revives nothing.
    """

    subject = fields.CharField(max_length=40, primary_key=True)
    stamp = fields.BigIntField(default=0)
    changed_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "token_epoch"
