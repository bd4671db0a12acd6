"""Signing clinical documents and verifying them (seed 004 处方签名; issue 14 point 3).

Why: a prescription, a consultation record, a pharmacist's review are signed by the person
responsible over a canonical form of their content; whenever the document is shown, dispensed or
sent onward its signature is checked again against the content as it is now, with the signer's
stored public key only, so a change after signing is found and the document refused.

- `canonical(content)`: UTF-8 JSON, keys sorted, no spaces, Decimals as normalised strings
  ("12.50" → "12.5"), datetimes as ISO 8601 in UTC with a trailing Z, dates ISO, sets sorted.
  The same content always gives the same bytes, whatever the database returned it as.
- `digest(content)`: SM3 of the canonical form, hex. What is signed is this digest (core/signing/sm2.py).
- `sign(...)`: the actor's key at the configured signer (`SIGNER`), made at first use; the value
  the signer returns is verified here before it is kept (a CA answering garbage is refused).
- `verify(...)`: valid, or why not: altered (content differs from the signed digest),
  bad_signature (the value does not verify under the key), revoked (the key was revoked: without
  a trusted timestamp a revoked key vouches for nothing), missing.
- `require_valid(...)`: the same, raising 409 `signing.document_altered` and auditing
  `signing.refused`. Call it outside a transaction that will roll back on the refusal, or the
  audit row rolls back with it.
"""
from __future__ import annotations

import datetime as dt
import enum
import json
from decimal import Decimal
from typing import Any

from tortoise.transactions import in_transaction

from core import crypto
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.errors import ValidationFailed
from core.outputs import Out
from core.principal import Principal
from core.settings import get_settings
from core.signing import sm2
from core.signing.errors import CaUnavailable, DocumentAltered, KeyNotFound, NotASigner
from core.signing.models import Signature, SignerKey
from core.signing.signers import signers

REASONS = ("ok", "altered", "bad_signature", "revoked", "missing")
ROLES = ("doctor", "pharmacist")


class SignatureOut(Out):
    id: int
    subject: str
    role: str
    digest: str
    signer_name: str
    signed_at: dt.datetime
    key_id: str
    provider: str
    algorithm: str = "SM2-SM3"


class Verification(Out):
    valid: bool
    reason: str  # one of REASONS
    signature_id: int | None = None
    subject: str = ""
    role: str = ""
    signer_name: str = ""
    signed_at: dt.datetime | None = None
    digest: str = ""
    provider: str = ""
    key_id: str = ""


class KeyOut(Out):
    id: int
    provider: str
    key_id: str
    public_key: str
    certificate: str
    subject: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None = None


# ------------------------------------------------------------------ canonical form


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                k = str(k.value if isinstance(k, enum.Enum) else k)
            out[k] = _plain(v)
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("a signed document holds finite numbers only")
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "") else text
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("a signed document holds finite numbers only")
        return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)  # ours are stored in UTC
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat() + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot sign a value of type {type(value).__name__}")


def canonical(content: dict) -> bytes:
    """The bytes that are digested and signed (see the module docstring)."""
    if not isinstance(content, dict):
        raise TypeError("a signed document is a dict")
    return json.dumps(_plain(content), ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def digest(content: dict) -> str:
    """SM3 of the canonical form, 64 hex digits."""
    return crypto.sm3(canonical(content))


# ------------------------------------------------------------------ keys


async def _signer_name(account_id: int, fallback: str) -> str:
    from core.accounts.models import AdminAccount

    account = await AdminAccount.filter(id=account_id).only("id", "display_name", "username").first()
    name = (account.display_name or account.username) if account else fallback
    return (name or fallback or "")[:64]


async def _current_key(actor: Principal, name: str) -> SignerKey:
    """The actor's usable key at the configured provider, enrolled at first use."""
    provider = get_settings().signer
    key = await SignerKey.filter(account_id=actor.id, provider=provider,
                                 revoked_at__isnull=True).order_by("-id").first()
    if key is not None:
        return key
    enrolment = await signers.create(provider).enrol(account_id=actor.id, subject=name)
    key = await SignerKey.create(account_id=actor.id, provider=provider, key_id=enrolment.key_id,
                                 public_key=enrolment.public_key, private_key=enrolment.private_key,
                                 certificate=enrolment.certificate, subject=name)
    await audit_service.record(actor=actor, action="signing.key_created", target_type="signer_key",
                               target_id=key.id, after={"provider": provider, "key_id": key.key_id,
                                                        "public_key": key.public_key})
    return key


def _check_signer(actor: Principal) -> None:
    if actor.kind != "admin" or actor.id is None:
        raise NotASigner()


# ------------------------------------------------------------------ signing


@transactional
async def sign(*, actor: Principal, subject: str, role: str, content: dict) -> SignatureOut:
    """Sign `content` as `actor` (a console account) in `role`; `subject` names the document
    ("rx.prescription:12", "consult.record:5", "rx.review:7")."""
    _check_signer(actor)
    if not isinstance(subject, str) or not 1 <= len(subject) <= 64:
        raise ValidationFailed(details={"field": "subject"})
    if role not in ROLES:
        raise ValidationFailed(details={"field": "role", "allowed": list(ROLES)})
    try:
        value_digest = digest(content)
    except (TypeError, ValueError) as exc:
        raise ValidationFailed("文书内容无法签名", details={"field": "content", "reason": str(exc)[:200]}) from exc
    name = await _signer_name(actor.id, actor.name)
    async with in_transaction():
        key = await _current_key(actor, name)
        value = await signers.create(key.provider).sign(key=key, digest=value_digest)
        if not sm2.verify_digest(public_key=key.public_key, digest=value_digest, value=value):
            # Never keep a signature that would fail its first check (a CA's wrong key or answer).
            raise CaUnavailable(details={"reason": "signature_does_not_verify", "provider": key.provider})
        signature = await Signature.create(subject=subject, role=role, key=key, account_id=actor.id,
                                           signer_name=name, digest=value_digest, value=value)
        await audit_service.record(actor=actor, action="signing.signed", target_type="signature",
                                   target_id=signature.id,
                                   after={"subject": subject, "role": role, "digest": value_digest,
                                          "key_id": key.key_id, "provider": key.provider})
    return SignatureOut(id=signature.id, subject=subject, role=role, digest=value_digest, signer_name=name,
                        signed_at=signature.signed_at, key_id=key.key_id, provider=key.provider)


# ------------------------------------------------------------------ verification


async def verify(*, signature_id: int | None, content: dict) -> Verification:
    """Check the signature against `content` as it is now, with the stored public key only."""
    signature = None
    if signature_id is not None:
        signature = await Signature.filter(id=signature_id).select_related("key").first()
    if signature is None:
        return Verification(valid=False, reason="missing", signature_id=signature_id)
    key = signature.key
    base = dict(signature_id=signature.id, subject=signature.subject, role=signature.role,
                signer_name=signature.signer_name, signed_at=signature.signed_at, digest=signature.digest,
                provider=key.provider, key_id=key.key_id)
    try:
        now_digest = digest(content)
    except (TypeError, ValueError):
        return Verification(valid=False, reason="altered", **base)
    if not crypto.constant_time_equals(now_digest, signature.digest):
        reason = "altered"
    elif not sm2.verify_digest(public_key=key.public_key, digest=signature.digest, value=signature.value):
        reason = "bad_signature"
    elif key.revoked_at is not None:
        reason = "revoked"
    else:
        reason = "ok"
    return Verification(valid=reason == "ok", reason=reason, **base)


async def require_valid(*, actor: Principal, signature_id: int | None, content: dict, subject: str) -> Verification:
    """The verification when valid and of `subject`; else 409 `signing.document_altered`, audited."""
    result = await verify(signature_id=signature_id, content=content)
    if result.valid and result.subject != subject:
        result = Verification(valid=False, reason="missing", signature_id=signature_id)
    if not result.valid:
        await audit_service.record(actor=actor, action="signing.refused", target_type="signature",
                                   target_id=signature_id or "", outcome="denied",
                                   after={"subject": subject, "reason": result.reason})
        raise DocumentAltered(details={"reason": result.reason, "subject": subject})
    return result


# ------------------------------------------------------------------ keys, for their owners


async def my_keys(*, actor: Principal) -> list[KeyOut]:
    _check_signer(actor)
    rows = await SignerKey.filter(account_id=actor.id).order_by("-id")
    return [KeyOut.model_validate(k) for k in rows]


@transactional
async def revoke_key(*, actor: Principal, key_id: int) -> KeyOut:
    """Revoke one key (its owner, or an administrator with accounts.write over the account): every
    signature it made stops verifying (`revoked`); the next signature enrols a new key."""
    _check_signer(actor)
    key = await SignerKey.filter(id=key_id).first()
    if key is None:
        raise KeyNotFound(details={"id": key_id})
    if key.account_id != actor.id:
        from core import scope
        from core.accounts.models import AdminAccount

        # Someone else's key looks exactly like a missing one unless the actor administers its account.
        allowed = actor.has("accounts.write") and actor.org_path is not None and await scope.scoped(
            actor, AdminAccount).filter(id=key.account_id).exists()
        if not allowed:
            await audit_service.record_denied(actor=actor, action="signing.revoke", target_type="signer_key",
                                              target_id=key_id, reason="not the owner nor its administrator")
            raise KeyNotFound(details={"id": key_id})
    if key.revoked_at is None:
        async with in_transaction():
            await signers.create(key.provider).revoke(key=key) if signers.get(key.provider) else None
            key.revoked_at = utcnow()
            await key.save(update_fields=["revoked_at"])
            await audit_service.record(actor=actor, action="signing.key_revoked", target_type="signer_key",
                                       target_id=key.id, after={"key_id": key.key_id, "provider": key.provider})
    return KeyOut.model_validate(key)
