"""Electronic signatures of clinical documents (seed 004 处方签名; seed 003 SM2/SM3).

Why: a prescription, a consultation record and a pharmacist s review are signed by the person
responsible over a canonical form of their content, so that any later change is detected and the
document refused. A signature keeps the digest it covers and the public key that verifies it;
the private key never leaves the signer (the built-in SM2 signer keeps it encrypted here, a
licensed CA keeps it itself).

Model docstrings become table comments: no apostrophes in them (aerich does not escape them).
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField


class SignerKey(Model):
    """The signing key of one console account at one provider (builtin SM2 or a CA)."""

    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField("models.AdminAccount", related_name="signer_keys", on_delete=fields.RESTRICT)
    provider = fields.CharField(max_length=16)  # builtin / ca
    key_id = fields.CharField(max_length=64, unique=True)  # the provider s name of the key (CA: cert serial)
    public_key = fields.CharField(max_length=160)  # SM2 public key, hex (04 || x || y)
    private_key = EncryptedField(mask="secret", null=True)  # builtin only
    certificate = fields.TextField(default="")  # the CA s certificate or statement, as issued
    subject = fields.CharField(max_length=128, default="")  # the name the key was issued to
    created_at = fields.DatetimeField(auto_now_add=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "signer_key"
        indexes = (("account", "provider"),)


class Signature(Model):
    """One signature over the canonical form of one document at one moment."""

    id = fields.IntField(primary_key=True)
    subject = fields.CharField(max_length=64, db_index=True)  # rx.prescription:12 / consult.record:5 / rx.review:7
    role = fields.CharField(max_length=16)  # doctor / pharmacist
    key = fields.ForeignKeyField("models.SignerKey", related_name="signatures", on_delete=fields.RESTRICT)
    account = fields.ForeignKeyField("models.AdminAccount", related_name="signatures", on_delete=fields.RESTRICT)
    signer_name = fields.CharField(max_length=64)
    algorithm = fields.CharField(max_length=16, default="SM2-SM3")
    digest = fields.CharField(max_length=64)  # SM3 of the canonical form, hex
    value = fields.CharField(max_length=160)  # the signature, hex r || s
    signed_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "signature"
