"""Issue 9 point 4: disabling a mini-program account ends its access and refresh tokens at once
(not at expiry), through the same revocation as physicians' tokens; administrators disable and
re-enable accounts within their scope (the bound physician's institution; the province reaches
every account), audited."""
from __future__ import annotations

from core.accounts.models import MpAccount, RefreshToken
from core.audit.models import AuditLog
from core.cache import redis
from tests import factories

WX = "/api/mp/v1/auth/wx-login"
REFRESH = "/api/mp/v1/auth/refresh"
ME = "/api/mp/v1/auth/me"
ADMIN = "/api/admin/v1/mp-accounts"


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


async def _wx(client, wechat, openid: str) -> dict:
    r = await client.post(WX, json={"code": wechat.code_for(openid)})
    assert r.status_code == 200, r.text
    return r.json()


async def _setup(client, wechat):
    t = await factories.tree()
    await factories.admin(t.province, username="prov")
    await factories.admin(t.hospital_a1, username="hosp", roles=("institution_admin",))
    await factories.admin(t.hospital_b1, username="other", roles=("institution_admin",))
    await factories.admin(t.hospital_a1, username="viewer", roles=("viewer",))
    pair = await _wx(client, wechat, "o-doctor")
    doc = await factories.physician(t.hospital_a1, name="郑停用")
    doc.mp_account_id = pair["account_id"]
    await doc.save(update_fields=["mp_account_id"])
    return t, doc, pair


async def test_disabled_account_tokens_end_at_once_and_re_enabling_works(client, wechat):
    t, doc, pair = await _setup(client, wechat)
    acct = pair["account_id"]
    assert (await client.get(ME, headers=bearer(pair["access_token"]))).status_code == 200
    # A second login (another phone) of the same account: its tokens end too.
    other = await _wx(client, wechat, "o-doctor")

    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.post(f"{ADMIN}/{acct}/disable")
        assert r.status_code == 200, r.text
        assert r.json()["disabled"] is True and r.json()["physician_id"] == doc.id
    assert (await MpAccount.get(id=acct)).disabled is True

    for p in (pair, other):
        r = await client.get(ME, headers=bearer(p["access_token"]))
        assert r.status_code == 401 and r.json()["code"] == "auth.token_invalid", r.text
        r = await client.post(REFRESH, json={"refresh_token": p["refresh_token"]})
        assert r.status_code == 401, r.text
    assert not await RefreshToken.filter(account_id=acct, revoked_at__isnull=True, used_at__isnull=True).exists()
    # Neither does a new login, nor the loss of Redis bring the tokens back.
    r = await client.post(WX, json={"code": wechat.code_for("o-doctor")})
    assert r.status_code == 403 and r.json()["code"] == "accounts.disabled"
    await redis().flushdb()
    assert (await client.get(ME, headers=bearer(pair["access_token"]))).status_code == 401

    [row] = await AuditLog.filter(action="mp_accounts.disable")
    assert row.outcome == "success" and row.target_type == "MpAccount" and row.target_id == str(acct)
    assert row.org_id == t.hospital_a1.id
    assert row.before["disabled"] is False and row.after["disabled"] is True
    assert row.after["refresh_tokens_revoked"] == 2

    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.post(f"{ADMIN}/{acct}/enable")
        assert r.status_code == 200 and r.json()["disabled"] is False
    assert await AuditLog.filter(action="mp_accounts.enable", target_id=str(acct)).count() == 1
    fresh = await _wx(client, wechat, "o-doctor")
    assert fresh["account_id"] == acct
    assert (await client.get(ME, headers=bearer(fresh["access_token"]))).status_code == 200
    r = await client.post(REFRESH, json={"refresh_token": fresh["refresh_token"]})
    assert r.status_code == 200, r.text
    # Re-enabling does not revive what the disable ended.
    assert (await client.get(ME, headers=bearer(pair["access_token"]))).status_code == 401


async def test_disable_is_scoped_and_audited(client, wechat):
    t, doc, pair = await _setup(client, wechat)
    acct = pair["account_id"]
    patient = (await _wx(client, wechat, "o-patient"))["account_id"]  # bound to no physician

    async with factories.AdminSession(client, "other") as other:  # another county's hospital
        assert (await other.get(f"{ADMIN}/{acct}")).status_code == 404
        assert (await other.post(f"{ADMIN}/{acct}/disable")).status_code == 404
        assert (await other.post(f"{ADMIN}/999999/disable")).status_code == 404
    async with factories.AdminSession(client, "hosp") as hosp:
        assert (await hosp.post(f"{ADMIN}/{patient}/disable")).status_code == 404  # not its physician's
        r = await hosp.get(f"{ADMIN}/{acct}")
        assert r.status_code == 200 and r.json()["institution_id"] == t.hospital_a1.id
        # The physician's record names the bound account, so the institution can find it.
        r = await hosp.get(f"/api/admin/v1/physicians/{doc.id}")
        assert r.status_code == 200 and r.json()["mp_account_id"] == acct
    async with factories.AdminSession(client, "viewer") as viewer:  # may read, may not write
        assert (await viewer.get(f"{ADMIN}/{acct}")).status_code == 200
        r = await viewer.post(f"{ADMIN}/{acct}/disable")
        assert r.status_code == 403 and r.json()["code"] == "auth.forbidden"
    assert (await MpAccount.get(id=acct)).disabled is False
    assert (await MpAccount.get(id=patient)).disabled is False
    assert (await client.get(ME, headers=bearer(pair["access_token"]))).status_code == 200
    denied = await AuditLog.filter(outcome="denied", target_type="MpAccount").count()
    assert denied >= 3  # the other county twice, the hospital on the patient's account

    async with factories.AdminSession(client, "prov") as prov:  # the platform operator reaches every account
        r = await prov.post(f"{ADMIN}/{patient}/disable")
        assert r.status_code == 200 and r.json()["physician_id"] is None
    assert (await MpAccount.get(id=patient)).disabled is True
    [row] = await AuditLog.filter(action="mp_accounts.disable")
    assert row.target_id == str(patient) and row.org_id == t.province.id  # no institution: the actor's org
