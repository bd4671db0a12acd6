"""SIGNER=ca: the loopback CA (tests/ca_stub.py) holds the keys and signs; we verify with the public key only."""
from __future__ import annotations

import json

import httpx
import pytest

from core.signing import ca_client, service, sm2
from core.signing.errors import CaRefused, CaUnavailable
from core.signing.models import Signature, SignerKey
from tests import factories as f

CONTENT = {"number": "CF1", "items": [{"drug": "叶酸片", "quantity": 1}]}


async def _doctor():
    t = await f.tree()
    account = await f.admin(t.hospital_a1, roles=("doctor",))
    return account, f.principal_for(account, t.hospital_a1)


async def test_ca_signs_and_we_verify_with_the_public_key(ca, settings):
    account, doctor = await _doctor()
    out = await service.sign(actor=doctor, subject="rx.prescription:1", role="doctor", content=CONTENT)
    assert out.provider == "ca" and out.key_id.startswith("CA-")
    key = await SignerKey.get(account_id=account.id)
    assert key.private_key is None and "BEGIN CERTIFICATE" in key.certificate
    assert key.public_key == ca.keys[key.key_id]["public"]
    assert [r["path"] for r in ca.requests] == ["/ca/v1/keys", "/ca/v1/sign"]
    assert ca.requests[1]["body"]["digest"] == service.digest(CONTENT)
    # the CA is not needed to verify
    ca.stop()
    assert (await service.verify(signature_id=out.id, content=CONTENT)).valid
    assert (await service.verify(signature_id=out.id, content={**CONTENT, "number": "CF2"})).reason == "altered"


async def test_builtin_signatures_still_verify_after_switching_to_the_ca(settings, ca):
    _, doctor = await _doctor()
    settings.signer = "builtin"
    old = await service.sign(actor=doctor, subject="s:1", role="doctor", content=CONTENT)
    settings.signer = "ca"
    new = await service.sign(actor=doctor, subject="s:2", role="doctor", content=CONTENT)
    assert (old.provider, new.provider) == ("builtin", "ca")
    assert (await service.verify(signature_id=old.id, content=CONTENT)).valid
    assert (await service.verify(signature_id=new.id, content=CONTENT)).valid


async def test_revoking_a_ca_key_tells_the_ca(ca):
    account, doctor = await _doctor()
    out = await service.sign(actor=doctor, subject="s:1", role="doctor", content=CONTENT)
    key = await SignerKey.get(account_id=account.id)
    await service.revoke_key(actor=doctor, key_id=key.id)
    assert ca.keys[key.key_id]["revoked"]
    assert (await service.verify(signature_id=out.id, content=CONTENT)).reason == "revoked"


@pytest.mark.parametrize("how, error", [(503, CaUnavailable), ("garbage", CaUnavailable),
                                        ("wrong_key", CaUnavailable), (422, CaRefused)])
async def test_ca_failures_keep_nothing(ca, how, error):
    _, doctor = await _doctor()
    await service.sign(actor=doctor, subject="s:0", role="doctor", content=CONTENT)  # key enrolled
    ca.fail_next(how)
    with pytest.raises(error) as e:
        await service.sign(actor=doctor, subject="s:1", role="doctor", content=CONTENT)
    assert e.value.status in (502, 503)
    assert await Signature.filter(subject="s:1").count() == 0


async def test_ca_unreachable(ca, settings):
    _, doctor = await _doctor()
    settings.ca_api_base = "http://127.0.0.1:9/ca"
    with pytest.raises(CaUnavailable) as e:
        await service.sign(actor=doctor, subject="s:1", role="doctor", content=CONTENT)
    assert e.value.code == "signing.ca_unavailable" and e.value.status == 503
    assert await SignerKey.all().count() == 0 and await Signature.all().count() == 0


async def test_ca_refuses_a_wrong_secret_a_stale_request_and_a_replay(ca, settings):
    settings.ca_app_secret = "not-the-secret-000000"
    with pytest.raises(CaRefused):
        await ca_client.call("/v1/keys", {"subject": "x", "account_ref": "1"})
    assert ca.refused == ["auth_failed"]
    body = json.dumps({"subject": "x", "account_ref": "1"}).encode()
    headers = ca_client.auth_headers(app_id=ca.app_id, secret=ca.secret, method="POST", path="/ca/v1/keys",
                                     body=body, timestamp=1_000_000_000)
    async with httpx.AsyncClient() as c:
        r = await c.post(ca.base + "/v1/keys", content=body, headers=headers)
        assert r.status_code == 401 and r.json()["code"] == "stale"
        headers = ca_client.auth_headers(app_id=ca.app_id, secret=ca.secret, method="POST", path="/ca/v1/keys",
                                         body=body)
        assert (await c.post(ca.base + "/v1/keys", content=body, headers=headers)).status_code == 200
        r = await c.post(ca.base + "/v1/keys", content=body, headers=headers)
        assert r.status_code == 401 and r.json()["code"] == "replayed"


def test_the_stub_signs_as_the_standard_says():
    private, public = sm2.generate_keypair()
    d = service.digest(CONTENT)
    assert sm2.verify_digest(public_key=public, digest=d, value=sm2.sign_digest(private_key=private,
                                                                             public_key=public, digest=d))
