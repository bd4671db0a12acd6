"""Appending to and verifying the audit chain.

Why: every write, login and denied access leaves a row nobody can alter
unnoticed. Each row's hash is HMAC-SM3 over its content and the previous
row's hash; a single head row is locked while appending so the chain is linear
even with many workers.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import context, crypto
from core.audit.models import AuditHead, AuditLog
from core.db import EncryptedField, utcnow
from core.masking import mask_id_number, mask_name, mask_phone
from core.principal import Principal
from core.settings import get_settings

GENESIS = "0" * 64
_MASKERS = {"phone": mask_phone, "id_number": mask_id_number, "name": mask_name,
            "secret": lambda v: None if v is None else "******"}


def snapshot(obj: Any) -> dict[str, Any]:
    """Masked dict of a model instance's own columns, for before/after."""
    meta = obj._meta
    exclude = set(getattr(obj, "audit_exclude", ()))
    names = set(getattr(obj, "pii_names", ()))
    out: dict[str, Any] = {}
    for fname in meta.db_fields:
        if fname in exclude:
            continue
        field = meta.fields_map.get(fname)
        value = getattr(obj, fname, None)
        if isinstance(field, EncryptedField):
            value = _MASKERS[field.mask](value)
        elif fname in names:
            value = mask_name(value)
        elif isinstance(value, (dt.datetime, dt.date)):
            value = value.isoformat()
        elif hasattr(value, "value"):  # enums
            value = value.value
        out[fname] = value
    return out


def _canonical(row: dict[str, Any]) -> bytes:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str).encode("utf-8")


def _content(log: AuditLog) -> dict[str, Any]:
    return {
        "seq": log.seq, "at": log.at.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "actor_type": log.actor_type, "actor_id": log.actor_id, "actor_name": log.actor_name,
        "org_id": log.org_id, "action": log.action, "target_type": log.target_type,
        "target_id": log.target_id, "before": log.before, "after": log.after, "ip": log.ip,
        "request_id": log.request_id, "outcome": log.outcome, "prev_hash": log.prev_hash,
    }


def compute_hash(log: AuditLog) -> str:
    return crypto.hmac_sm3(get_settings().audit_key, _canonical(_content(log)))


async def ensure_head() -> None:
    try:
        await AuditHead.get_or_create(id=1, defaults={"seq": 0, "hash": GENESIS})
    except IntegrityError:
        pass  # another process created it first


async def record(*, actor: Principal, action: str, target_type: str = "", target_id: Any = "",
                 before: dict | None = None, after: dict | None = None,
                 outcome: str = "success", org_id: int | None = None) -> AuditLog:
    """Append one row. Called inside a service's transaction, it commits with it."""
    # Round-trip JSON now so the hash covers exactly what the database returns later.
    before = json.loads(_canonical(before)) if before is not None else None
    after = json.loads(_canonical(after)) if after is not None else None
    async with in_transaction() as conn:
        head = await AuditHead.filter(id=1).select_for_update().using_db(conn).first()
        if head is None:
            await ensure_head()
            head = await AuditHead.filter(id=1).select_for_update().using_db(conn).first()
        now = utcnow()
        now = now.replace(microsecond=now.microsecond // 1000 * 1000)
        log = AuditLog(
            seq=head.seq + 1, at=now, actor_type=actor.kind, actor_id=actor.audit_id,
            actor_name=actor.name[:64], org_id=org_id if org_id is not None else actor.org_id,
            action=action, target_type=target_type, target_id=str(target_id if target_id is not None else ""),
            before=before, after=after, ip=(context.client_ip() or "")[:64],
            request_id=(context.request_id() or "")[:64], outcome=outcome, prev_hash=head.hash,
        )
        log.hash = compute_hash(log)
        await log.save(using_db=conn)
        await AuditHead.filter(id=1).using_db(conn).update(seq=log.seq, hash=log.hash)
    return log


async def record_denied(*, actor: Principal, action: str, target_type: str = "",
                        target_id: Any = "", reason: str = "") -> None:
    await record(actor=actor, action=action, target_type=target_type, target_id=target_id,
                 after={"reason": reason} if reason else None, outcome="denied")


@dataclass
class ChainReport:
    ok: bool
    rows: int
    first_bad_seq: int | None = None
    problem: str = ""


async def verify_chain(batch: int = 1000) -> ChainReport:
    """Walk the chain in order; report the first altered, inserted or deleted row."""
    prev_hash = GENESIS
    expected = 1
    rows = 0
    while True:
        chunk = await AuditLog.filter(seq__gte=expected).order_by("seq").limit(batch)
        if not chunk:
            break
        for log in chunk:
            if log.seq != expected:
                return ChainReport(False, rows, expected, f"row seq {expected} is missing (deleted)")
            if log.prev_hash != prev_hash:
                return ChainReport(False, rows, log.seq, "row does not follow its predecessor")
            if compute_hash(log) != log.hash:
                return ChainReport(False, rows, log.seq, "row content was altered")
            prev_hash = log.hash
            expected += 1
            rows += 1
    head = await AuditHead.get_or_none(id=1)
    if head is not None and (head.seq != expected - 1 or head.hash != prev_hash):
        return ChainReport(False, rows, expected, "rows after the last intact one were deleted")
    return ChainReport(True, rows)


async def list_rows(*, actor: Principal, action: str | None = None, outcome: str | None = None,
                    limit: int = 50, offset: int = 0) -> tuple[int, list[AuditLog]]:
    from core import scope

    await scope.require(actor, "audit.read")
    qs = scope.audit_rows(actor)
    if action:
        qs = qs.filter(action=action)
    if outcome:
        qs = qs.filter(outcome=outcome)
    return await qs.count(), await qs.order_by("-seq").offset(offset).limit(limit)
