"""Signatures with the built-in SM2 signer: canonical form, signing, verification with the public key only."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from core.audit.models import AuditLog
from core.errors import ValidationFailed
from core.principal import Principal
from core.signing import service, sm2
from core.signing.errors import DocumentAltered, NotASigner
from core.signing.models import Signature, SignerKey
from tests import factories as f

CONTENT = {"number": "CF000000000001", "items": [{"drug": "叶酸片", "dose": Decimal("0.40"), "days": 30}],
           "patient": "王小红", "signed_for": dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.timezone.utc)}


def test_canonical_is_stable():
    a = service.canonical(CONTENT)
    assert a == service.canonical({**CONTENT, "items": [{"days": 30, "dose": Decimal("0.4"), "drug": "叶酸片"}]})
    assert a == ('{"items":[{"days":30,"dose":"0.4","drug":"叶酸片"}],"number":"CF000000000001",'
                 '"patient":"王小红","signed_for":"2026-12-07T08:00:00Z"}').encode()
    # the same instant in China time is the same bytes
    china = dt.timezone(dt.timedelta(hours=8))
    assert service.canonical({**CONTENT, "signed_for": dt.datetime(2026, 12, 7, 16, 0, tzinfo=china)}) == a
    assert service.canonical({"n": Decimal("100")}) == b'{"n":"100"}'
    assert len(service.digest(CONTENT)) == 64


def test_sm2_primitives():
    private, public = sm2.generate_keypair()
    assert len(private) == 64 and len(public) == 130 and public.startswith("04")
    assert sm2.public_key_of(private) == public
    d = service.digest(CONTENT)
    value = sm2.sign_digest(private_key=private, public_key=public, digest=d)
    assert sm2.verify_digest(public_key=public, digest=d, value=value)
    assert not sm2.verify_digest(public_key=public, digest=service.digest({"x": 1}), value=value)
    assert not sm2.verify_digest(public_key=sm2.generate_keypair()[1], digest=d, value=value)
    assert not sm2.verify_digest(public_key=public, digest=d, value="zz" * 64)
    assert not sm2.verify_digest(public_key=public, digest=d, value="00" * 64)
    assert not sm2.verify_digest(public_key="04" + "1" * 10, digest=d, value=value)


async def _doctor():
    t = await f.tree()
    account = await f.admin(t.hospital_a1, roles=("doctor",))
    return t, account, f.principal_for(account, t.hospital_a1)


async def test_sign_and_verify_with_the_public_key_only():
    _, account, doctor = await _doctor()
    out = await service.sign(actor=doctor, subject="rx.prescription:1", role="doctor", content=CONTENT)
    assert out.provider == "builtin" and out.digest == service.digest(CONTENT) and out.signer_name == "测试管理员"
    key = await SignerKey.get(account_id=account.id)
    assert key.private_key and key.public_key.startswith("04")
    # the private key is encrypted at rest
    from tortoise import Tortoise
    raw = await Tortoise.get_connection("default").execute_query_dict(
        "SELECT private_key FROM signer_key WHERE id = %s" if "mysql" in type(
            Tortoise.get_connection("default")).__module__ else "SELECT private_key FROM signer_key WHERE id = ?",
        [key.id])
    assert key.private_key not in raw[0]["private_key"]
    # verification needs nothing but the stored public key and the signature
    sig = await Signature.get(id=out.id)
    assert sm2.verify_digest(public_key=key.public_key, digest=service.digest(CONTENT), value=sig.value)
    result = await service.verify(signature_id=out.id, content=CONTENT)
    assert result.valid and result.reason == "ok" and result.signer_name == "测试管理员"
    # a second signature reuses the key
    again = await service.sign(actor=doctor, subject="rx.prescription:2", role="doctor", content={"a": 1})
    assert again.key_id == out.key_id and await SignerKey.filter(account_id=account.id).count() == 1
    assert await AuditLog.filter(action="signing.signed").count() == 2
    assert await AuditLog.filter(action="signing.key_created").count() == 1


async def test_altered_bad_signature_revoked_missing():
    _, account, doctor = await _doctor()
    out = await service.sign(actor=doctor, subject="rx.prescription:1", role="doctor", content=CONTENT)
    changed = {**CONTENT, "items": [{"drug": "叶酸片", "dose": Decimal("4"), "days": 30}]}
    assert (await service.verify(signature_id=out.id, content=changed)).reason == "altered"
    with pytest.raises(DocumentAltered) as e:
        await service.require_valid(actor=doctor, signature_id=out.id, content=changed, subject="rx.prescription:1")
    assert e.value.status == 409 and e.value.details == {"reason": "altered", "subject": "rx.prescription:1"}
    assert await AuditLog.filter(action="signing.refused", outcome="denied").count() == 1
    # a signature of another document does not vouch for this one
    with pytest.raises(DocumentAltered):
        await service.require_valid(actor=doctor, signature_id=out.id, content=CONTENT, subject="rx.prescription:9")
    ok = await service.require_valid(actor=doctor, signature_id=out.id, content=CONTENT, subject="rx.prescription:1")
    assert ok.valid
    # a changed signature value
    sig = await Signature.get(id=out.id)
    flipped = ("0" if sig.value[10] != "0" else "1")
    await Signature.filter(id=out.id).update(value=sig.value[:10] + flipped + sig.value[11:])
    assert (await service.verify(signature_id=out.id, content=CONTENT)).reason == "bad_signature"
    await Signature.filter(id=out.id).update(value=sig.value)
    # digest and content changed together: the value no longer matches the digest
    await Signature.filter(id=out.id).update(digest=service.digest(changed))
    assert (await service.verify(signature_id=out.id, content=changed)).reason == "bad_signature"
    await Signature.filter(id=out.id).update(digest=sig.digest)
    # a revoked key
    key = await SignerKey.get(account_id=account.id)
    revoked = await service.revoke_key(actor=doctor, key_id=key.id)
    assert revoked.revoked_at is not None
    assert (await service.verify(signature_id=out.id, content=CONTENT)).reason == "revoked"
    # the next signature enrols a new key
    new = await service.sign(actor=doctor, subject="rx.prescription:3", role="doctor", content=CONTENT)
    assert new.key_id != out.key_id and (await service.verify(signature_id=new.id, content=CONTENT)).valid
    assert (await service.verify(signature_id=999999, content=CONTENT)).reason == "missing"
    assert (await service.verify(signature_id=None, content=CONTENT)).reason == "missing"


async def test_only_a_console_account_signs_and_bad_input():
    _, _, doctor = await _doctor()
    with pytest.raises(NotASigner):
        await service.sign(actor=Principal(kind="mp", id=1, name="x"), subject="s:1", role="doctor", content={})
    with pytest.raises(ValidationFailed):
        await service.sign(actor=doctor, subject="x" * 65, role="doctor", content={})
    with pytest.raises(ValidationFailed):
        await service.sign(actor=doctor, subject="s:1", role="nurse", content={})
    with pytest.raises(ValidationFailed):
        await service.sign(actor=doctor, subject="s:1", role="doctor", content={"x": object()})
    with pytest.raises(ValidationFailed):
        await service.sign(actor=doctor, subject="s:1", role="doctor", content={"x": float("nan")})
    assert await Signature.all().count() == 0


async def test_someone_else_cannot_revoke_a_key():
    t, account, doctor = await _doctor()
    await service.sign(actor=doctor, subject="s:1", role="doctor", content={})
    key = await SignerKey.get(account_id=account.id)
    other = await f.actor(t.hospital_a1, roles=("pharmacist",))
    from core.signing.errors import KeyNotFound
    with pytest.raises(KeyNotFound):  # like a missing key, audited
        await service.revoke_key(actor=other, key_id=key.id)
    assert await AuditLog.filter(action="signing.revoke", outcome="denied").count() == 1
    # another hospital's administrator: the same
    with pytest.raises(KeyNotFound):
        await service.revoke_key(actor=await f.actor(t.hospital_b1, roles=("institution_admin",)), key_id=key.id)
    admin = await f.actor(t.hospital_a1, roles=("institution_admin",))
    assert (await service.revoke_key(actor=admin, key_id=key.id)).revoked_at is not None


async def test_keys_over_http(client):
    t, account, doctor = await _doctor()
    await service.sign(actor=doctor, subject="s:1", role="doctor", content={})
    key = await SignerKey.get(account_id=account.id)
    async with f.AdminSession(client, account.username) as s:
        r = await s.get("/api/admin/v1/signing/keys")
        assert r.status_code == 200 and [k["key_id"] for k in r.json()["items"]] == [key.key_id]
        assert "private_key" not in r.json()["items"][0]
        r = await s.post(f"/api/admin/v1/signing/keys/{key.id}/revoke")
        assert r.status_code == 200 and r.json()["revoked_at"]
        assert (await s.post("/api/admin/v1/signing/keys/999999/revoke")).status_code == 404
    other = await f.admin(t.hospital_a1, roles=("pharmacist",))
    async with f.AdminSession(client, other.username) as s:
        assert (await s.get("/api/admin/v1/signing/keys")).json()["items"] == []
        r = await s.post(f"/api/admin/v1/signing/keys/{key.id}/revoke")
        assert r.status_code == 404 and r.json()["code"] == "signing.key_not_found"
