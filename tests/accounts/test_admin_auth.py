"""Admin login: argon2id, password policy, lockout, first-login change, and
that logout, password change and disable end every session at once."""
import contextlib
import datetime as dt

import httpx
import pytest

from core.accounts import passwords
from core.accounts.models import AdminAccount
from core.audit.models import AuditLog
from core.cache import redis
from core.db import utcnow
from tests import factories

LOGIN = "/api/admin/v1/auth/login"


@contextlib.asynccontextmanager
async def another_client(app):
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50001))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def _try(client, username, password, ip="10.0.0.1"):
    return await client.post(LOGIN, json={"username": username, "password": password},
                             headers={"X-Forwarded-For": ip})


async def test_password_is_stored_as_argon2id(client):
    t = await factories.tree()
    a = await factories.admin(t.province)
    assert a.password_hash.startswith("$argon2id$")
    assert factories.PASSWORD not in a.password_hash


async def test_login_sets_httponly_strict_cookie_and_audits(client):
    t = await factories.tree()
    a = await factories.admin(t.province)
    r = await _try(client, a.username, factories.PASSWORD, ip="10.1.2.3")
    assert r.status_code == 200
    cookie = r.headers["set-cookie"]
    assert "huiyi_admin=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert r.json()["csrf_token"] and r.json()["password_change_required"] is False
    row = await AuditLog.filter(action="auth.login").order_by("-seq").first()
    assert row.outcome == "success" and row.actor_id == str(a.id) and row.ip == "10.1.2.3"
    me = (await client.get("/api/admin/v1/auth/me")).json()
    assert me["username"] == a.username and "physicians.read" in me["permissions"]


async def test_wrong_password_and_unknown_user_answer_alike(client, monkeypatch):
    t = await factories.tree()
    a = await factories.admin(t.province)
    calls = []
    real = passwords._hasher

    class Spy:  # records which hash each login verified against
        def verify(self, h, p):
            calls.append(h)
            return real.verify(h, p)

    monkeypatch.setattr(passwords, "_hasher", Spy())
    wrong = await _try(client, a.username, "Wrong@Passw0rd")
    unknown = await _try(client, "no-such-user", "Wrong@Passw0rd")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["code"] == unknown.json()["code"] == "accounts.invalid_credentials"
    assert wrong.json()["message"] == unknown.json()["message"]
    # The unknown user still paid for one argon2 verification (against a dummy hash).
    assert len(calls) == 2 and calls[1] == passwords._DUMMY_HASH
    rows = await AuditLog.filter(action="auth.login", outcome="failure").order_by("seq")
    assert [r.actor_name for r in rows] == [a.username, "no-such-user"]


async def test_five_failures_lock_the_account_for_15_minutes(client, settings):
    t = await factories.tree()
    a = await factories.admin(t.province)
    for i in range(5):  # from five different addresses: the account lock is per account
        assert (await _try(client, a.username, "Wrong@Passw0rd", ip=f"10.0.1.{i}")).status_code == 401
    r = await _try(client, a.username, factories.PASSWORD, ip="10.0.2.1")
    assert r.status_code == 429 and r.json()["code"] == "accounts.locked"
    assert 890 <= r.json()["details"]["retry_after"] <= 900
    assert 890 <= int(r.headers["retry-after"]) <= 900
    assert 890 <= await redis().ttl(f"login-fail:user:{a.username}") <= 900
    # When the lock expires, the right password works again.
    await redis().delete(f"login-fail:user:{a.username}")
    assert (await _try(client, a.username, factories.PASSWORD, ip="10.0.2.1")).status_code == 200


async def test_five_failures_lock_the_client_ip(client):
    t = await factories.tree()
    victim = await factories.admin(t.province)
    for i in range(5):  # spraying five different usernames from one address
        await _try(client, f"guess{i}", "Wrong@Passw0rd", ip="10.6.6.6")
    r = await _try(client, victim.username, factories.PASSWORD, ip="10.6.6.6")
    assert r.status_code == 429 and r.json()["code"] == "accounts.locked"
    assert (await _try(client, victim.username, factories.PASSWORD, ip="10.7.7.7")).status_code == 200


async def test_initial_password_must_be_changed_first(client):
    t = await factories.tree()
    a = await factories.admin(t.province, must_change=True)
    s = await factories.login(client, a.username)
    assert s["password_change_required"] is True
    r = await client.get("/api/admin/v1/physicians")
    assert r.status_code == 403 and r.json()["code"] == "accounts.password_change_required"
    h = {"X-CSRF-Token": s["csrf_token"]}
    r = await client.post("/api/admin/v1/auth/password", headers=h,
                          json={"old_password": factories.PASSWORD, "new_password": "Fresh#Pass2026"})
    assert r.status_code == 200 and r.json()["relogin"] is True
    # The change ended the session; the new password opens a normal one.
    assert (await client.get("/api/admin/v1/auth/me")).status_code == 401
    s2 = await factories.login(client, a.username, "Fresh#Pass2026")
    assert s2["password_change_required"] is False
    assert (await client.get("/api/admin/v1/physicians")).status_code == 200
    fresh = await AdminAccount.get(id=a.id)
    assert fresh.must_change_password is False and fresh.password_changed_at is not None


@pytest.mark.parametrize("new,problem", [
    ("Sh0rt!", "长度至少8位"),
    ("alllowercase123", "三类"),
    ("{username}X1!", "不能包含用户名"),
])
async def test_password_policy(client, new, problem):
    t = await factories.tree()
    a = await factories.admin(t.province, username="zhangwei")
    s = await factories.login(client, a.username)
    r = await client.post("/api/admin/v1/auth/password", headers={"X-CSRF-Token": s["csrf_token"]},
                          json={"old_password": factories.PASSWORD, "new_password": new.format(username="ZhangWei")})
    assert r.status_code == 422 and r.json()["code"] == "accounts.weak_password"
    assert any(problem in p for p in r.json()["details"]["problems"])
    assert (await AdminAccount.get(id=a.id)).password_hash == a.password_hash
    assert (await client.get("/api/admin/v1/auth/me")).status_code == 200  # session still alive


async def test_wrong_old_password_keeps_the_session(client):
    t = await factories.tree()
    a = await factories.admin(t.province)
    s = await factories.login(client, a.username)
    r = await client.post("/api/admin/v1/auth/password", headers={"X-CSRF-Token": s["csrf_token"]},
                          json={"old_password": "Not#ThePassw0rd", "new_password": "Fresh#Pass2026"})
    assert r.status_code == 422 and r.json()["code"] == "accounts.old_password_wrong"
    assert (await AdminAccount.get(id=a.id)).password_hash == a.password_hash
    assert (await client.get("/api/admin/v1/auth/me")).status_code == 200
    row = await AuditLog.filter(action="accounts.change_password").first()
    assert row.outcome == "failure" and row.actor_id == str(a.id)


async def test_expired_password_must_be_changed(client, settings):
    t = await factories.tree()
    a = await factories.admin(t.province)
    a.password_changed_at = utcnow() - dt.timedelta(days=settings.password_max_age_days + 1)
    await a.save()
    s = await factories.login(client, a.username)
    assert s["password_change_required"] is True
    r = await client.get("/api/admin/v1/orgs")
    assert r.status_code == 403 and r.json()["code"] == "accounts.password_expired"


async def test_logout_ends_every_session_of_the_account(client, app):
    t = await factories.tree()
    a = await factories.admin(t.province)
    s = await factories.login(client, a.username)
    async with another_client(app) as phone:
        await factories.login(phone, a.username)
        assert (await phone.get("/api/admin/v1/auth/me")).status_code == 200
        r = await client.post("/api/admin/v1/auth/logout", headers={"X-CSRF-Token": s["csrf_token"]})
        assert r.json()["sessions_ended"] == 2
        assert (await phone.get("/api/admin/v1/auth/me")).json()["code"] == "accounts.session_expired"
    assert (await client.get("/api/admin/v1/auth/me")).status_code == 401


async def test_password_change_ends_other_sessions(client, app):
    t = await factories.tree()
    a = await factories.admin(t.province)
    s = await factories.login(client, a.username)
    async with another_client(app) as other:
        await factories.login(other, a.username)
        await client.post("/api/admin/v1/auth/password", headers={"X-CSRF-Token": s["csrf_token"]},
                          json={"old_password": factories.PASSWORD, "new_password": "Another#Pass77"})
        assert (await other.get("/api/admin/v1/auth/me")).status_code == 401


async def test_disabling_an_account_ends_its_sessions_at_once(client, app):
    t = await factories.tree()
    boss = await factories.admin(t.province)
    clerk = await factories.admin(t.county_a1)
    s = await factories.login(client, boss.username)
    async with another_client(app) as clerk_client:
        await factories.login(clerk_client, clerk.username)
        r = await client.post(f"/api/admin/v1/accounts/{clerk.id}/disabled",
                              headers={"X-CSRF-Token": s["csrf_token"]}, json={"disabled": True})
        assert r.status_code == 200 and r.json()["disabled"] is True
        assert (await clerk_client.get("/api/admin/v1/auth/me")).status_code == 401
        r = await _try(clerk_client, clerk.username, factories.PASSWORD)
        assert r.status_code == 403 and r.json()["code"] == "accounts.disabled"
    row = await AuditLog.filter(action="accounts.disable").first()
    assert row.target_id == str(clerk.id) and row.before["disabled"] is False and row.after["disabled"] is True


async def test_unsafe_requests_need_the_csrf_token(client):
    t = await factories.tree()
    a = await factories.admin(t.province)
    await factories.login(client, a.username)
    r = await client.post("/api/admin/v1/auth/logout")
    assert r.status_code == 403 and r.json()["code"] == "accounts.csrf_failed"
    r = await client.post("/api/admin/v1/auth/logout", headers={"X-CSRF-Token": "forged"})
    assert r.status_code == 403
    assert (await client.get("/api/admin/v1/auth/me")).status_code == 200  # nothing happened


async def test_admin_creation_gives_an_initial_password_to_change(client, app):
    t = await factories.tree()
    boss = await factories.admin(t.province)
    s = await factories.login(client, boss.username)
    r = await client.post("/api/admin/v1/accounts", headers={"X-CSRF-Token": s["csrf_token"]}, json={
        "username": "newclerk", "org_id": t.county_a1.id, "roles": ["commission_admin"], "phone": "13800001234"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["phone"] == "138****1234" and body["must_change_password"] is True
    initial = body["initial_password"]
    assert passwords.policy_problems(initial, username="newclerk") == []
    async with another_client(app) as clerk:
        r = await _try(clerk, "newclerk", initial)
        assert r.json()["password_change_required"] is True
    r = await client.post("/api/admin/v1/accounts", headers={"X-CSRF-Token": s["csrf_token"]}, json={
        "username": "newclerk", "org_id": t.county_a1.id, "roles": ["commission_admin"]})
    assert r.status_code == 409 and r.json()["code"] == "accounts.username_taken"
    assert await AdminAccount.filter(username="newclerk").count() == 1


# ------------------------------------------------------------------ acting on oneself (issue 9, point 5)

@pytest.mark.parametrize("method,path,body,action", [
    ("post", "/reset-password", None, "accounts.reset_password"),
    ("post", "/disabled", {"disabled": True}, "accounts.disable"),
    ("delete", "", None, "accounts.delete"),
])
async def test_account_management_refuses_acting_on_oneself(client, method, path, body, action):
    t = await factories.tree()
    me = await factories.admin(t.province)
    s = await factories.login(client, me.username)
    kwargs = {"headers": {"X-CSRF-Token": s["csrf_token"]}}
    if body is not None:
        kwargs["json"] = body
    r = await getattr(client, method)(f"/api/admin/v1/accounts/{me.id}{path}", **kwargs)
    assert r.status_code == 409 and r.json()["code"] == "accounts.own_account"
    fresh = await AdminAccount.get(id=me.id)
    assert (fresh.password_hash, fresh.disabled, fresh.deleted_at, fresh.must_change_password) == \
        (me.password_hash, False, None, False)
    assert (await client.get("/api/admin/v1/auth/me")).status_code == 200  # the session lives on
    row = await AuditLog.filter(action=action).order_by("-seq").first()
    assert row.outcome == "denied" and row.target_id == str(me.id)
    # The same actions on another account of the scope still work.
    other = await factories.admin(t.county_a1)
    kwargs.pop("json", None)
    r = await client.post(f"/api/admin/v1/accounts/{other.id}/reset-password", **kwargs)
    assert r.status_code == 200 and r.json()["must_change_password"] is True


async def test_own_password_changes_only_with_the_old_one(client):
    t = await factories.tree()
    me = await factories.admin(t.province)
    s = await factories.login(client, me.username)
    h = {"X-CSRF-Token": s["csrf_token"]}
    r = await client.post(f"/api/admin/v1/accounts/{me.id}/reset-password", headers=h)
    assert r.status_code == 409 and "initial_password" not in r.json()
    r = await client.post("/api/admin/v1/auth/password", headers=h,
                          json={"old_password": factories.PASSWORD, "new_password": "Fresh#Pass2026"})
    assert r.status_code == 200
    assert passwords.verify_password((await AdminAccount.get(id=me.id)).password_hash, "Fresh#Pass2026")
