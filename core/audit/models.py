"""The append-only audit log, chained with HMAC-SM3.

The head row carries a MAC over its sequence and hash, and every row keeps a digest
of the MAC the head carried when the row was appended: without the audit key nobody can
rewind the head to an earlier row, nor hide a rewind under later rows
(core/audit/service.py, issue 9 point 8).
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class AuditImmutable(Exception):
    pass


class AuditLog(Model):
    id = fields.BigIntField(primary_key=True)
    seq = fields.BigIntField(unique=True)
    at = fields.DatetimeField()
    actor_type = fields.CharField(max_length=16)
    actor_id = fields.CharField(max_length=64, null=True)
    actor_name = fields.CharField(max_length=64, default="")
    org_id = fields.IntField(null=True, db_index=True)
    action = fields.CharField(max_length=64, db_index=True)
    target_type = fields.CharField(max_length=64, default="")
    target_id = fields.CharField(max_length=64, default="")
    before = fields.JSONField(null=True)
    after = fields.JSONField(null=True)
    ip = fields.CharField(max_length=64, default="")
    request_id = fields.CharField(max_length=64, default="")
    outcome = fields.CharField(max_length=16)
    prev_hash = fields.CharField(max_length=64)
    # SM3 of the MAC of the head this row was appended to (empty on rows written before heads had one).
    head_mac = fields.CharField(max_length=64, default="")
    hash = fields.CharField(max_length=64)

    class Meta:
        table = "audit_log"

    async def save(self, *args, **kwargs):  # type: ignore[override]
        if not self._saved_in_db:
            return await super().save(*args, **kwargs)
        raise AuditImmutable("audit rows cannot be changed")

    async def delete(self, *args, **kwargs):  # type: ignore[override]
        raise AuditImmutable("audit rows cannot be deleted")


class AuditHead(Model):
    """Single row holding the tip of the chain, locked while appending so rows chain in order."""

    id = fields.IntField(primary_key=True)
    seq = fields.BigIntField(default=0)
    hash = fields.CharField(max_length=64, default="")
    mac = fields.CharField(max_length=64, default="")  # HMAC-SM3 over seq and hash with the audit key

    class Meta:
        table = "audit_head"
