"""Appending to and verifying the audit chain.

Why: every write, login and denied access leaves a row nobody can alter
unnoticed. Each row's hash is HMAC-SM3 over its content and the previous
row's hash; a single head row is locked while appending so the chain is linear
even with many workers.

The tail is protected too (issue 9 point 8). Deleting the newest rows and
rewinding the head to the new last row would leave a chain that verifies, so:

* the head carries a MAC (HMAC-SM3 with the audit key over its sequence and
  hash): a head moved by someone without the key fails verification;
* every row keeps a digest (SM3) of the MAC of the head it was appended to,
  covered by its own hash, so a forged head is still found after later rows
  were appended to it. A digest, not the MAC: the MAC a rewound head would need
  must not be readable from the rows that were deleted;
* the head is anchored outside the database (core/audit/anchors.py): a signed
  copy of it goes to the log and an append-only anchor store, and verification
  requires every anchored row to exist with the anchored hash, which catches a
  replayed old head and a truncation down to an earlier, validly sealed head.

Appending costs one extra MAC (the new head's) and an SM3 digest of the old head's.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import context, crypto
from core.audit.models import AuditHead, AuditLog
from core.db import EncryptedField, utcnow, transactional
from core.masking import mask_address, mask_email, mask_id_number, mask_name, mask_phone
from core.principal import Principal
from core.settings import get_settings

if TYPE_CHECKING:
    from core.audit.anchors import AnchorStore

GENESIS = "0" * 64
_MASKERS = {"phone": mask_phone, "id_number": mask_id_number, "name": mask_name,
            "address": mask_address, "email": mask_email,
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
    content = _content(log)
    if log.head_mac:  # rows written before heads carried a MAC hash exactly as they did then
        content["head_mac"] = log.head_mac
    return crypto.hmac_sm3(get_settings().audit_key, _canonical(content))


def head_mac(seq: int, hash_: str) -> str:
    """The MAC of a chain head: only the holder of the audit key can move the head."""
    return crypto.hmac_sm3(get_settings().audit_key, f"audit-head|{seq}|{hash_}".encode())


def head_seal(mac: str) -> str:
    """What a row keeps of the head it was appended to (empty for a head without a MAC)."""
    return crypto.sm3(mac.encode()) if mac else ""


async def ensure_head() -> None:
    try:
        await AuditHead.get_or_create(id=1, defaults={"seq": 0, "hash": GENESIS, "mac": head_mac(0, GENESIS)})
    except IntegrityError:
        pass  # another process created it first
    await _seal_legacy_head()


@transactional
async def _seal_legacy_head() -> None:
    """A head written before heads carried a MAC gets one, once, on upgrade. Only while the
    newest row is unsealed too: once rows carry head MACs, an empty head MAC is a forgery
    (someone blanked it hoping for a fresh seal) and stays for verify-audit to report."""
    async with in_transaction() as conn:
        head = await AuditHead.filter(id=1).select_for_update().using_db(conn).first()
        if head is None or head.mac:
            return
        newest = await AuditLog.filter(seq=head.seq).using_db(conn).values_list("head_mac", flat=True)
        if newest and newest[0]:
            return
        await AuditHead.filter(id=1, mac="").using_db(conn).update(mac=head_mac(head.seq, head.hash))


@transactional
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
            head_mac=head_seal(head.mac),  # not checked here: verification does, appends stay cheap
        )
        log.hash = compute_hash(log)
        await log.save(using_db=conn)
        await AuditHead.filter(id=1).using_db(conn).update(seq=log.seq, hash=log.hash,
                                                           mac=head_mac(log.seq, log.hash))
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
    anchored_seq: int | None = None  # the newest anchor the chain was checked against


async def verify_chain(batch: int = 1000, *, anchors: "AnchorStore | None" = None) -> ChainReport:
    """Walk the chain in order; report the first altered, inserted or deleted row, a head
    that was moved without the key, or rows missing below the newest anchor."""
    from core.audit.anchors import AnchorForged, check_anchor, get_anchor_store

    try:
        anchor = check_anchor((anchors or get_anchor_store()).latest())
    except AnchorForged as exc:
        return ChainReport(False, 0, None, str(exc))
    anchored_seq = anchor["seq"] if anchor else None
    prev_hash = GENESIS
    expected = 1
    rows = 0
    sealed = False  # rows carry head MACs from the first one that has it on
    while True:
        chunk = await AuditLog.filter(seq__gte=expected).order_by("seq").limit(batch)
        if not chunk:
            break
        for log in chunk:
            if log.seq != expected:
                return ChainReport(False, rows, expected, f"row seq {expected} is missing (deleted)", anchored_seq)
            if log.prev_hash != prev_hash:
                return ChainReport(False, rows, log.seq, "row does not follow its predecessor", anchored_seq)
            if compute_hash(log) != log.hash:
                return ChainReport(False, rows, log.seq, "row content was altered", anchored_seq)
            if log.head_mac:
                sealed = True
                if log.head_mac != head_seal(head_mac(log.seq - 1, prev_hash)):
                    return ChainReport(False, rows, log.seq, "row was appended to a head forged without the key",
                                       anchored_seq)
            elif sealed:
                return ChainReport(False, rows, log.seq, "row was appended to a head without a MAC", anchored_seq)
            if anchor and log.seq == anchor["seq"] and log.hash != anchor["hash"]:
                return ChainReport(False, rows, log.seq, "row differs from the anchored head", anchored_seq)
            prev_hash = log.hash
            expected += 1
            rows += 1
    last = expected - 1
    if anchor and last < anchor["seq"]:
        return ChainReport(False, rows, expected, f"rows up to the anchored seq {anchor['seq']} are missing "
                           "(the chain was truncated)", anchored_seq)
    head = await AuditHead.get_or_none(id=1)
    if head is not None and (head.seq != last or head.hash != prev_hash):
        return ChainReport(False, rows, expected, "rows after the last intact one were deleted", anchored_seq)
    if head is not None and (head.mac or sealed) and head.mac != head_mac(head.seq, head.hash):
        return ChainReport(False, rows, expected, "the head was moved without the audit key", anchored_seq)
    return ChainReport(True, rows, anchored_seq=anchored_seq)
