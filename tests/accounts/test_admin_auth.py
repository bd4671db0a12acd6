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
    assert len(calls) == 2 and calls[1] == passwords._dummy_hash()
    rows = await AuditLog.filter(action="auth.login", outcome="failure").order_by("seq")
    assert [r.actor_name for r in rows] == [a.username, "no-such-user"]


# ------------------------------------------------------------------ lockout policy (issue 9, point 6)

WRONG = "Wrong@Passw0rd"
ANSWER = "K7MXP"


@pytest.fixture
def clock(monkeypatch):
    """The lockout's clock, moved by hand (Redis windows are a day long: they do not expire meanwhile)."""
    from core.accounts import lockout

    now = [1_900_000_000.0]
    monkeypatch.setattr(lockout, "_now", lambda: now[0])
    return now


@pytest.fixture
def solvable(monkeypatch):
    """Captchas whose text the test knows (the image and the stored HMAC are the real ones)."""
    from core.accounts import captcha

    monkeypatch.setattr(captcha, "_text", lambda: ANSWER)


async def _captcha(client) -> str:
    r = await client.get("/api/admin/v1/auth/captcha")
    assert r.status_code == 200 and r.json()["image"].startswith("data:image/png;base64,")
    return r.json()["captcha_id"]


async def _solved(client, username, password, ip, answer=ANSWER, captcha_id=None):
    cid = captcha_id or await _captcha(client)
    return await client.post(LOGIN, headers={"X-Forwarded-For": ip}, json={
        "username": username, "password": password, "captcha_id": cid, "captcha_answer": answer})


async def test_failures_bring_a_doubling_delay_that_refused_attempts_cannot_extend(client, settings, clock,
                                                                                   solvable):
    t = await factories.tree()
    a = await factories.admin(t.province)
    for i in range(5):  # from five different addresses: the delay is per account
        r = await _try(client, a.username, WRONG, ip=f"10.0.1.{i}")
        assert r.status_code == 401 and r.json()["code"] == "accounts.invalid_credentials"
    assert r.json()["details"]["captcha_required"] is True  # the page and clients learn it at once
    r = await _try(client, a.username, factories.PASSWORD, ip="10.0.2.1")
    assert r.status_code == 429 and r.json()["code"] == "accounts.locked"
    assert r.json()["details"]["retry_after"] == int(r.headers["retry-after"]) == 30
    # Attempts while the delay runs are refused unchecked and not counted: nobody can extend it.
    for _ in range(10):
        clock[0] += 2
        r = await _solved(client, a.username, WRONG, ip="10.0.2.2")
        assert r.status_code == 429
    assert r.json()["details"]["retry_after"] == 10
    keys = [k async for k in redis().scan_iter("login-fail:*")]
    assert keys and not any(a.username.encode() in (k if isinstance(k, bytes) else k.encode()) for k in keys)
    clock[0] += 10
    # The delay is over; a captcha is now due for this account, from anywhere.
    r = await _try(client, a.username, factories.PASSWORD, ip="10.0.2.1")
    assert r.status_code == 401 and r.json()["code"] == "accounts.captcha_required"
    assert r.json()["details"]["captcha_url"] == "/api/admin/v1/auth/captcha"
    r = await _solved(client, a.username, WRONG, ip="10.0.2.1")  # a sixth failure doubles the delay
    assert r.status_code == 401 and r.json()["code"] == "accounts.invalid_credentials"
    r = await _solved(client, a.username, factories.PASSWORD, ip="10.0.2.1")
    assert r.status_code == 429 and r.json()["details"]["retry_after"] == 60
    clock[0] += 60
    assert (await _solved(client, a.username, factories.PASSWORD, ip="10.0.2.1")).status_code == 200
    # A success forgets the failures: the next login needs neither delay nor captcha.
    assert (await _try(client, a.username, factories.PASSWORD, ip="10.0.3.3")).status_code == 200
    denied = await AuditLog.filter(action="auth.login", outcome="denied").values_list("after", flat=True)
    assert {d["reason"] for d in denied} == {"accounts.locked", "accounts.captcha_required"}


async def test_another_account_behind_the_same_address_still_logs_in(client, clock, solvable):
    t = await factories.tree()
    victim = await factories.admin(t.province)
    colleague = await factories.admin(t.city_a)
    for _ in range(8):  # one guesser behind the hospital's NAT hammers one account (solving captchas)
        clock[0] += 600
        assert (await _solved(client, victim.username, WRONG, ip="10.8.8.8")).status_code == 401
    assert (await _try(client, victim.username, WRONG, ip="10.8.8.8")).status_code == 429
    # Everybody else behind the same address logs in as usual: no delay, no captcha.
    r = await _try(client, colleague.username, factories.PASSWORD, ip="10.8.8.8")
    assert r.status_code == 200, r.text


async def test_an_attacker_elsewhere_cannot_keep_the_owner_out(client, settings, clock, solvable):
    t = await factories.tree()
    owner = await factories.admin(t.province)
    assert (await _try(client, owner.username, factories.PASSWORD, ip="10.1.1.1")).status_code == 200
    # An attacker elsewhere fails as soon as each delay ends, for hours (solving every captcha).
    longest = 0
    for i in range(40):
        r = await _solved(client, owner.username, WRONG, ip=f"172.16.{i}.9")
        if r.status_code == 429:
            longest = max(longest, r.json()["details"]["retry_after"])
            clock[0] += r.json()["details"]["retry_after"]
            r = await _solved(client, owner.username, WRONG, ip=f"172.16.{i}.9")
        assert r.status_code == 401
    assert longest == settings.login_lockout_seconds  # the delay is bounded
    # At the place the owner logged in from before there is no delay: a captcha and the password.
    r = await _try(client, owner.username, factories.PASSWORD, ip="10.1.1.1")
    assert r.status_code == 401 and r.json()["code"] == "accounts.captcha_required"
    assert (await _solved(client, owner.username, factories.PASSWORD, ip="10.1.1.1")).status_code == 200
    # From a new place the owner waits at most the bounded delay, then gets in.
    for i in range(12):  # the attacker resumes, failing right when each delay ends
        r = await _solved(client, owner.username, WRONG, ip=f"172.17.{i}.9")
        if r.status_code == 429:
            clock[0] += r.json()["details"]["retry_after"]
            r = await _solved(client, owner.username, WRONG, ip=f"172.17.{i}.9")
        assert r.status_code == 401
    r = await _solved(client, owner.username, factories.PASSWORD, ip="10.2.2.2")
    assert r.status_code == 429 and r.json()["details"]["retry_after"] == settings.login_lockout_seconds
    clock[0] += settings.login_lockout_seconds
    assert (await _solved(client, owner.username, factories.PASSWORD, ip="10.2.2.2")).status_code == 200


async def test_per_address_limit_counts_only_that_address(client, clock, solvable):
    from core.accounts import lockout

    t = await factories.tree()
    regular = await factories.admin(t.province)
    newcomer = await factories.admin(t.city_a)
    assert (await _try(client, regular.username, factories.PASSWORD, ip="10.6.6.6")).status_code == 200
    for i in range(lockout.ADDRESS_CAPTCHA_AFTER):  # spraying usernames from one address
        clock[0] += 1
        assert (await _try(client, f"guess{i}", WRONG, ip="10.6.6.6")).status_code == 401
    # From there every attempt needs a captcha; other addresses are not concerned.
    r = await _try(client, newcomer.username, factories.PASSWORD, ip="10.6.6.6")
    assert r.status_code == 401 and r.json()["code"] == "accounts.captcha_required"
    assert (await _try(client, newcomer.username, factories.PASSWORD, ip="10.7.7.7")).status_code == 200
    for i in range(lockout.ADDRESS_CAPTCHA_AFTER, lockout.ADDRESS_MAX_FAILURES):
        clock[0] += 1
        assert (await _solved(client, f"guess{i}", WRONG, ip="10.6.6.6")).status_code == 401
    r = await _solved(client, f"guess{lockout.ADDRESS_MAX_FAILURES}", WRONG, ip="10.6.6.6")
    assert r.status_code == 429 and r.json()["code"] == "accounts.address_limited"
    assert 0 < int(r.headers["retry-after"]) <= 900
    # The address waits, except for accounts that logged in from it before (with a captcha).
    r = await _solved(client, newcomer.username, factories.PASSWORD, ip="10.6.6.6")
    assert r.status_code == 429 and r.json()["code"] == "accounts.address_limited"
    assert (await _solved(client, regular.username, factories.PASSWORD, ip="10.6.6.6")).status_code == 200
    assert (await _try(client, newcomer.username, factories.PASSWORD, ip="10.7.7.8")).status_code == 200


async def test_captcha_is_single_use_and_refused_when_wrong(client, clock, solvable):
    t = await factories.tree()
    a = await factories.admin(t.province)
    for i in range(5):
        await _try(client, a.username, WRONG, ip=f"10.0.5.{i}")
    clock[0] += 30
    cid = await _captcha(client)
    stored = await redis().get(f"captcha:{cid}")
    assert stored and ANSWER.encode() not in (stored if isinstance(stored, bytes) else stored.encode())
    r = await _solved(client, a.username, factories.PASSWORD, ip="10.0.6.1", answer="WRONG", captcha_id=cid)
    assert r.status_code == 401 and r.json()["code"] == "accounts.captcha_invalid"
    # The right answer comes too late: a captcha is used up by the first attempt, right or wrong.
    r = await _solved(client, a.username, factories.PASSWORD, ip="10.0.6.1", captcha_id=cid)
    assert r.status_code == 401 and r.json()["code"] == "accounts.captcha_invalid"
    cid = await _captcha(client)
    assert (await _solved(client, a.username, factories.PASSWORD, ip="10.0.6.1",
                          captcha_id=cid, answer=ANSWER.lower())).status_code == 200
    r = await _solved(client, a.username, factories.PASSWORD, ip="10.0.6.1", captcha_id=cid)
    assert r.status_code == 200  # not asked any more after the success: the spent one is ignored
    assert await redis().get(f"captcha:{cid}") is None
    assert (await AdminAccount.get(id=a.id)).last_login_at is not None


async def test_a_superior_unlocks_an_account_in_scope_audited(client, app, clock):
    t = await factories.tree()
    boss = await factories.admin(t.city_a)
    clerk = await factories.admin(t.county_a1)
    stranger = await factories.admin(t.city_b)
    for i in range(5):
        await _try(client, clerk.username, WRONG, ip=f"10.0.7.{i}")
    assert (await _try(client, clerk.username, factories.PASSWORD, ip="10.0.8.1")).status_code == 429
    async with another_client(app) as other:
        s = await factories.login(other, stranger.username)
        h = {"X-CSRF-Token": s["csrf_token"]}
        assert (await other.post(f"/api/admin/v1/accounts/{clerk.id}/unlock", headers=h)).status_code == 404
        r = await other.get(f"/api/admin/v1/accounts/{clerk.id}/login-state")
        assert r.status_code == 404
    assert (await _try(client, clerk.username, factories.PASSWORD, ip="10.0.8.1")).status_code == 429
    s = await factories.login(client, boss.username)
    h = {"X-CSRF-Token": s["csrf_token"]}
    r = await client.get(f"/api/admin/v1/accounts/{clerk.id}/login-state")
    assert r.json()["failures"] == 5 and r.json()["retry_after"] > 0 and r.json()["captcha_required"] is True
    r = await client.post(f"/api/admin/v1/accounts/{boss.id}/unlock", headers=h)
    assert r.status_code == 409 and r.json()["code"] == "accounts.own_account"
    r = await client.post(f"/api/admin/v1/accounts/{clerk.id}/unlock", headers=h)
    assert r.status_code == 200 and r.json()["failures_cleared"] == 5
    row = await AuditLog.filter(action="accounts.unlock", outcome="success").first()
    assert row.actor_id == str(boss.id) and row.target_id == str(clerk.id)
    assert row.before == {"failures": 5} and row.after == {"failures": 0}
    denied = await AuditLog.filter(action="accounts.unlock", outcome="denied").count()
    assert denied == 1
    async with another_client(app) as c:
        r = await _try(c, clerk.username, factories.PASSWORD, ip="10.0.8.1")  # no delay, no captcha
        assert r.status_code == 200, r.text


async def test_login_page_shows_a_captcha_when_one_is_due(client, clock, solvable):
    import re

    t = await factories.tree()
    a = await factories.admin(t.province)

    async def form():
        r = await client.get("/admin/login", headers={"X-Forwarded-For": "10.4.4.4"})
        return r, re.search(r'name="csrf_token" value="([^"]+)"', r.text).group(1)

    r, token = await form()
    assert "data-captcha" not in r.text
    for _ in range(5):
        r = await client.post("/admin/login", headers={"X-Forwarded-For": "10.4.4.4"},
                              data={"csrf_token": token, "username": a.username, "password": WRONG})
        assert r.status_code == 303  # back to the form, the refusal flashed
        r = await client.get(r.headers["location"], headers={"X-Forwarded-For": "10.4.4.4"})
        token = re.search(r'name="csrf_token" value="([^"]+)"', r.text).group(1)
    assert "用户名或密码错误" in r.text and "data-captcha" in r.text and 'src="data:image/png;base64,' in r.text
    clock[0] += 30
    cid = re.search(r'name="captcha_id" value="([^"]+)"', r.text).group(1)
    r = await client.post("/admin/login", headers={"X-Forwarded-For": "10.4.4.4"},
                          data={"csrf_token": token, "username": a.username, "password": factories.PASSWORD,
                                "captcha_id": cid, "captcha_answer": ANSWER})
    assert r.status_code == 303 and r.headers["location"] == "/admin/"


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


async def test_physician_pc_login_follows_the_policy_and_an_institution_unlocks_it(client, app, clock, solvable):
    """The physician PC login shares the policy: a delay, then a captcha from the mini-program API's
    own endpoint (a physician is never stuck behind a captcha it cannot fetch), and an unlock by an
    administrator who maintains the physician, scoped and audited."""
    mp = "/api/mp/v1/assessment"
    t = await factories.tree()
    hosp = await factories.admin(t.hospital_a1, roles=("institution_admin",))
    other_hosp = await factories.admin(t.hospital_b1, roles=("institution_admin",))
    doc = await factories.physician(t.hospital_a1)
    doc.password_hash, doc.must_change_password = passwords.hash_password(factories.PASSWORD), False
    await doc.save()

    async def pc(password, ip, **extra):
        return await client.post(f"{mp}/login", headers={"X-Forwarded-For": ip},
                                 json={"id_number": doc.id_number, "password": password, **extra})

    for i in range(5):
        assert (await pc(WRONG, f"10.3.3.{i}")).status_code == 401
    r = await pc(factories.PASSWORD, "10.3.4.1")
    assert r.status_code == 429 and r.json()["code"] == "accounts.locked" and r.headers["retry-after"] == "30"
    clock[0] += 30
    r = await pc(factories.PASSWORD, "10.3.4.1")
    assert r.status_code == 401 and r.json()["code"] == "accounts.captcha_required"
    assert r.json()["details"]["captcha_url"] == f"{mp}/captcha"
    cid = (await client.get(f"{mp}/captcha")).json()["captcha_id"]
    r = await pc(factories.PASSWORD, "10.3.4.1", captcha_id=cid, captcha_answer=ANSWER)
    assert r.status_code == 200 and r.json()["access_token"]

    # Attacked again; the institution lifts it (another institution cannot even see the physician).
    for i in range(6):
        await pc(WRONG, f"10.3.5.{i}")
    unlock = f"/api/admin/v1/accounts/physician-logins/{doc.id}/unlock"
    async with another_client(app) as other:
        s = await factories.login(other, other_hosp.username)
        r = await other.post(unlock, headers={"X-CSRF-Token": s["csrf_token"]})
        assert r.status_code == 404
    s = await factories.login(client, hosp.username)
    r = await client.post(unlock, headers={"X-CSRF-Token": s["csrf_token"]})
    assert r.status_code == 200 and r.json()["failures_cleared"] == 5
    row = await AuditLog.filter(action="physicians.unlock_login").first()
    assert row.actor_id == str(hosp.id) and row.target_id == str(doc.id) and row.before == {"failures": 5}
    assert doc.id_number not in str(row.before) + str(row.after)
    assert (await pc(factories.PASSWORD, "10.3.6.1")).status_code == 200  # no delay, no captcha
