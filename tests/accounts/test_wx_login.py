"""Mini-program login end to end: wx.login code → WeChat (loopback stub, real
wechatpy) → MpAccount → JWT pair; /me; refresh rotation and reuse detection;
WeChat's errors; the access_token shared through Redis; the request shapes."""
from __future__ import annotations

import asyncio
import datetime as dt
import json

import fakeredis
import jwt
import pytest
from tortoise import Tortoise

from core import cache, crypto, wechat as wechat_mod
from core.accounts import service as accounts_service, tokens
from core.accounts.errors import RefreshReused
from core.accounts.models import MpAccount, RefreshToken
from core.audit.models import AuditLog
from core.cache import redis
from tests.wechat_stub import SESSION_PATH, TOKEN_PATH

WX = "/api/mp/v1/auth/wx-login"
REFRESH = "/api/mp/v1/auth/refresh"
ME = "/api/mp/v1/auth/me"
PAIR_KEYS = {"access_token", "refresh_token", "token_type", "expires_in", "account_id"}


# ----------------------------------------------------------------- helpers

def assert_error(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"code", "message", "details", "request_id"}, body
    assert body["code"] == code, body
    assert isinstance(body["message"], str) and body["message"]
    assert isinstance(body["details"], dict)
    assert body["request_id"] and body["request_id"] == r.headers["x-request-id"]
    return body


async def login(client, code: str) -> dict:
    r = await client.post(WX, json={"code": code})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == PAIR_KEYS and body["token_type"] == "Bearer"
    return body


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def claims_of(token: str, settings) -> dict:
    return jwt.decode(token, tokens.signing_key(), algorithms=["HS256"], audience=settings.jwt_audience,
                      issuer=settings.jwt_issuer)


async def raw_mp_account(account_id: int) -> dict:
    rows = await Tortoise.get_connection("default").execute_query_dict(
        "SELECT openid, unionid, session_key FROM mp_account WHERE id = %d" % int(account_id))
    assert len(rows) == 1
    return rows[0]


def second_worker_redis(settings):
    """Another process's connection to the same Redis (same in-process server for fakeredis)."""
    if settings.redis_is_memory:
        kw = cache.redis().connection_pool.connection_kwargs
        return fakeredis.FakeAsyncRedis(host=kw["host"], port=kw["port"], decode_responses=True)
    return cache.make_client(settings.redis_url)


def token_key(settings) -> str:
    return f"wechat:access-token:{settings.wechat_appid}"


# ----------------------------------------------------------------- first login, accounts

async def test_first_login_creates_account_with_encrypted_session_key(client, wechat, settings):
    code = wechat.code_for("o-first-openid", unionid="u-first-union")
    session_key = wechat.session_key_of(code)
    r = await client.post(WX, json={"code": code})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == PAIR_KEYS and body["token_type"] == "Bearer" and body["expires_in"] == 900
    assert session_key not in r.text and "session_key" not in r.text

    account = await MpAccount.get(openid="o-first-openid")
    assert body["account_id"] == account.id
    assert account.unionid == "u-first-union"
    assert account.session_key == session_key  # decrypted by the model
    assert account.disabled is False and account.last_login_at is not None
    raw = await raw_mp_account(account.id)
    assert raw["openid"] == "o-first-openid" and raw["unionid"] == "u-first-union"
    assert raw["session_key"].startswith("k1$") and session_key not in raw["session_key"]
    assert crypto.decrypt(raw["session_key"]) == session_key

    # WeChat saw exactly the documented request, with our app's credentials.
    [sent] = wechat.params_of(SESSION_PATH)
    assert sent["js_code"] == code and sent["grant_type"] == "authorization_code"
    assert sent["appid"] == settings.wechat_appid and sent["secret"] == settings.wechat_secret
    assert sent["access_token"] == wechat.issued_tokens[0]
    assert wechat.hits[TOKEN_PATH] == 1 and wechat.hits[SESSION_PATH] == 1

    # One refresh token row, the family of this login.
    refresh_claims = jwt.decode(body["refresh_token"], tokens.signing_key(), algorithms=["HS256"],
                                audience=settings.jwt_audience)
    row = await RefreshToken.get(jti=refresh_claims["jti"])
    assert row.account_id == account.id and row.family == refresh_claims["fam"]
    assert row.used_at is None and row.revoked_at is None
    assert abs((row.expires_at - dt.datetime.fromtimestamp(refresh_claims["exp"], dt.timezone.utc))
               .total_seconds()) < 1

    [audit] = await AuditLog.filter(action="auth.wx_login")
    assert audit.outcome == "success" and audit.actor_type == "mp"
    assert audit.actor_id == str(account.id) and audit.target_type == "MpAccount"
    assert audit.target_id == str(account.id) and audit.after == {"created": True}
    assert audit.request_id == r.headers["x-request-id"]
    assert session_key not in json.dumps([audit.before, audit.after])


async def test_second_login_same_openid_is_same_account_new_session_key(client, wechat):
    first_code = wechat.code_for("o-same")
    second_code = wechat.code_for("o-same")
    first = await login(client, first_code)
    second = await client.post(WX, json={"code": second_code})
    assert second.status_code == 200
    assert second.json()["account_id"] == first["account_id"]
    assert wechat.session_key_of(second_code) not in second.text
    assert await MpAccount.all().count() == 1
    account = await MpAccount.get(id=first["account_id"])
    assert account.session_key == wechat.session_key_of(second_code)  # the newest one is kept
    # Each login starts its own refresh-token family.
    families = {row.family for row in await RefreshToken.filter(account_id=account.id)}
    assert len(families) == 2
    audits = await AuditLog.filter(action="auth.wx_login").order_by("seq")
    assert [a.after for a in audits] == [{"created": True}, {"created": False}]


async def test_unionid_finds_the_account_of_another_openid(client, wechat):
    first = await login(client, wechat.code_for("o-app-a", unionid="u-person"))
    # Same person (unionid), an openid we have not seen: the same account, not a new one.
    again = await login(client, wechat.code_for("o-app-b", unionid="u-person"))
    assert again["account_id"] == first["account_id"]
    assert await MpAccount.all().count() == 1
    account = await MpAccount.get(id=first["account_id"])
    assert account.openid == "o-app-a" and account.unionid == "u-person"
    # Another person without unionid is another account.
    other = await login(client, wechat.code_for("o-stranger"))
    assert other["account_id"] != first["account_id"]
    assert (await MpAccount.get(id=other["account_id"])).unionid is None


async def test_unionid_learned_on_a_later_login(client, wechat):
    first = await login(client, wechat.code_for("o-late"))
    assert (await MpAccount.get(id=first["account_id"])).unionid is None
    await login(client, wechat.code_for("o-late", unionid="u-late"))
    assert (await MpAccount.get(id=first["account_id"])).unionid == "u-late"
    # A later answer without unionid does not erase it.
    await login(client, wechat.code_for("o-late"))
    assert (await MpAccount.get(id=first["account_id"])).unionid == "u-late"


async def test_concurrent_first_logins_of_one_openid_make_one_account(client, wechat):
    codes = [wechat.code_for("o-racer") for _ in range(4)]
    answers = await asyncio.gather(*(client.post(WX, json={"code": c}) for c in codes))
    assert [a.status_code for a in answers] == [200] * 4, [a.text for a in answers]
    assert len({a.json()["account_id"] for a in answers}) == 1
    assert await MpAccount.filter(openid="o-racer").count() == 1
    assert await RefreshToken.all().count() == 4


async def test_service_wx_login_directly(wechat, settings):
    code = wechat.code_for("o-service", unionid="u-service")
    pair = await accounts_service.wx_login(code=code)
    assert isinstance(pair, accounts_service.TokenPair) and pair.expires_in == settings.jwt_access_seconds
    actor = await accounts_service.authenticate_access(token=pair.access_token)
    assert actor.kind == "mp" and actor.id == pair.account_id
    assert (await MpAccount.get(id=pair.account_id)).openid == "o-service"


async def test_disabled_account_cannot_log_in_or_refresh(client, wechat):
    first = await login(client, wechat.code_for("o-disabled"))
    await MpAccount.filter(id=first["account_id"]).update(disabled=True)
    tokens_before = await RefreshToken.all().count()

    r = await client.post(WX, json={"code": wechat.code_for("o-disabled")})
    assert_error(r, 403, "accounts.disabled")
    assert await RefreshToken.all().count() == tokens_before
    denied = await AuditLog.filter(action="auth.wx_login", outcome="denied").first()
    assert denied is not None and denied.actor_id == str(first["account_id"])
    assert denied.after == {"reason": "disabled"}

    r = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert_error(r, 403, "accounts.disabled")
    [row] = await RefreshToken.all()
    assert row.used_at is None  # rolled back: the token was not spent


# ----------------------------------------------------------------- access tokens

async def test_access_token_claims_and_me(client, wechat, settings):
    pair = await login(client, wechat.code_for("o-claims"))
    header = jwt.get_unverified_header(pair["access_token"])
    assert header["alg"] == "HS256"
    c = claims_of(pair["access_token"], settings)
    assert c["aud"] == "huiyi-mp" and c["iss"] == settings.jwt_issuer and c["typ"] == "access"
    assert c["sub"] == str(pair["account_id"]) and c["exp"] - c["iat"] == 900
    assert abs(c["iat"] - dt.datetime.now(dt.timezone.utc).timestamp()) < 30
    rc = claims_of(pair["refresh_token"], settings)
    assert rc["typ"] == "refresh" and rc["exp"] - rc["iat"] == settings.jwt_refresh_seconds
    assert c["fam"] == rc["fam"] and c["jti"] != rc["jti"]

    r = await client.get(ME, headers=bearer(pair["access_token"]))
    assert r.status_code == 200
    assert r.json() == {"account_id": pair["account_id"], "kind": "mp", "physician_bound": False}


def _forge(settings, account_id: int, **change) -> dict:
    now = int(dt.datetime.now(dt.timezone.utc).timestamp())
    claims = {"iss": settings.jwt_issuer, "aud": settings.jwt_audience, "sub": str(account_id),
              "typ": "access", "iat": now, "exp": now + 900, "jti": "forged-jti"}
    claims.update(change)
    return {k: v for k, v in claims.items() if v is not None}


@pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")  # forged tokens
@pytest.mark.parametrize("case", [
    "expired", "wrong_audience", "wrong_issuer", "alg_none", "other_key", "raw_secret_key",
    "hs512", "refresh_as_access", "no_typ", "garbage", "non_numeric_sub",
])
async def test_bad_access_tokens_are_401(client, wechat, settings, case):
    pair = await login(client, wechat.code_for("o-victim"))
    uid = pair["account_id"]
    key = tokens.signing_key()
    expect = "auth.token_invalid"
    if case == "expired":
        token, _, _ = tokens.encode(sub=uid, typ="access", seconds=-10)
        expect = "auth.token_expired"
    elif case == "wrong_audience":
        token = jwt.encode(_forge(settings, uid, aud="huiyi-admin"), key, algorithm="HS256")
    elif case == "wrong_issuer":
        token = jwt.encode(_forge(settings, uid, iss="someone-else"), key, algorithm="HS256")
    elif case == "alg_none":
        token = jwt.encode(_forge(settings, uid), None, algorithm="none")
    elif case == "other_key":
        token = jwt.encode(_forge(settings, uid), b"k" * 32, algorithm="HS256")
    elif case == "raw_secret_key":  # the signing key is derived, not SECRET_KEY itself
        token = jwt.encode(_forge(settings, uid), settings.secret_key, algorithm="HS256")
    elif case == "hs512":  # right key, algorithm not pinned
        token = jwt.encode(_forge(settings, uid), key, algorithm="HS512")
    elif case == "refresh_as_access":
        token = pair["refresh_token"]
    elif case == "no_typ":
        token = jwt.encode(_forge(settings, uid, typ=None), key, algorithm="HS256")
    elif case == "garbage":
        token = "not.a.jwt"
    else:
        token = jwt.encode(_forge(settings, uid, sub="1 OR 1=1"), key, algorithm="HS256")
    r = await client.get(ME, headers=bearer(token))
    assert_error(r, 401, expect)
    # The good token still works: nothing above disturbed the account.
    assert (await client.get(ME, headers=bearer(pair["access_token"]))).status_code == 200


@pytest.mark.parametrize("header", [None, "", "Bearer", "Bearer ", "Basic dXNlcjpwdw==", "Token abc"])
async def test_me_without_bearer_token_is_401(client, header):
    headers = {} if header is None else {"Authorization": header}
    assert_error(await client.get(ME, headers=headers), 401, "auth.unauthenticated")


# ----------------------------------------------------------------- refresh

async def test_refresh_rotates_and_marks_the_old_token_used(client, wechat, settings):
    code = wechat.code_for("o-rotate")
    first = await login(client, code)
    old_jti = claims_of(first["refresh_token"], settings)["jti"]

    r = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert r.status_code == 200, r.text
    second = r.json()
    assert set(second) == PAIR_KEYS and second["account_id"] == first["account_id"]
    assert second["access_token"] != first["access_token"]
    assert second["refresh_token"] != first["refresh_token"]
    assert wechat.session_key_of(code) not in r.text

    old = await RefreshToken.get(jti=old_jti)
    assert old.used_at is not None and old.revoked_at is None
    new_claims = claims_of(second["refresh_token"], settings)
    new = await RefreshToken.get(jti=new_claims["jti"])
    assert new.family == old.family == new_claims["fam"]
    assert new.used_at is None and new.revoked_at is None
    assert claims_of(second["access_token"], settings)["fam"] == old.family
    # WeChat is not asked again on refresh.
    assert wechat.hits[SESSION_PATH] == 1

    me = await client.get(ME, headers=bearer(second["access_token"]))
    assert me.json()["account_id"] == first["account_id"]
    # The previous access token stays valid until it expires (nothing was reused).
    assert (await client.get(ME, headers=bearer(first["access_token"]))).status_code == 200


async def test_reused_refresh_token_revokes_the_whole_family(client, wechat, settings):
    first = await login(client, wechat.code_for("o-stolen"))
    other_login = await login(client, wechat.code_for("o-stolen"))  # another device: another family
    second = (await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})).json()
    third = (await client.post(REFRESH, json={"refresh_token": second["refresh_token"]})).json()
    family = claims_of(first["refresh_token"], settings)["fam"]
    assert await RefreshToken.filter(family=family).count() == 3

    # The thief (or a confused client) replays the first, already used, refresh token.
    r = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert_error(r, 401, "auth.refresh_reused")

    rows = await RefreshToken.filter(family=family)
    assert len(rows) == 3 and all(row.revoked_at is not None for row in rows)
    newest = await RefreshToken.get(jti=claims_of(third["refresh_token"], settings)["jti"])
    assert newest.used_at is None and newest.revoked_at is not None
    # So the newest refresh token of that family fails now, and so do its access tokens.
    assert_error(await client.post(REFRESH, json={"refresh_token": third["refresh_token"]}),
                 401, "auth.refresh_reused")
    assert_error(await client.get(ME, headers=bearer(third["access_token"])), 401, "auth.token_invalid")
    # No new token was issued by the replays.
    assert await RefreshToken.filter(family=family).count() == 3

    # The other device's family is untouched.
    other_family = claims_of(other_login["refresh_token"], settings)["fam"]
    assert await RefreshToken.filter(family=other_family, revoked_at__isnull=False).count() == 0
    assert (await client.get(ME, headers=bearer(other_login["access_token"]))).status_code == 200
    r = await client.post(REFRESH, json={"refresh_token": other_login["refresh_token"]})
    assert r.status_code == 200

    denied = await AuditLog.filter(action="auth.refresh", outcome="denied").order_by("seq")
    assert len(denied) == 2
    assert denied[0].actor_id == str(first["account_id"]) and denied[0].target_type == "MpAccount"
    assert denied[0].after == {"reason": "refresh token reused", "family": family}


async def test_concurrent_use_of_one_refresh_token_is_reuse(client, wechat, settings):
    pair = await login(client, wechat.code_for("o-double"))
    answers = await asyncio.gather(*(client.post(REFRESH, json={"refresh_token": pair["refresh_token"]})
                                     for _ in range(2)))
    assert sorted(a.status_code for a in answers) == [200, 401], [a.text for a in answers]
    loser = next(a for a in answers if a.status_code == 401)
    assert_error(loser, 401, "auth.refresh_reused")
    family = claims_of(pair["refresh_token"], settings)["fam"]
    rows = await RefreshToken.filter(family=family)
    assert len(rows) == 2 and all(row.revoked_at is not None for row in rows)


async def test_service_refresh_reuse_raises(wechat):
    pair = await accounts_service.wx_login(code=wechat.code_for("o-svc-reuse"))
    rotated = await accounts_service.refresh(refresh_token=pair.refresh_token)
    assert rotated.account_id == pair.account_id
    with pytest.raises(RefreshReused):
        await accounts_service.refresh(refresh_token=pair.refresh_token)
    assert await RefreshToken.filter(revoked_at__isnull=True).count() == 0


async def test_bad_refresh_tokens(client, wechat, settings):
    pair = await login(client, wechat.code_for("o-bad-refresh"))
    uid = pair["account_id"]
    # An access token is not a refresh token.
    body = assert_error(await client.post(REFRESH, json={"refresh_token": pair["access_token"]}),
                        401, "auth.token_invalid")
    assert body["details"] == {"reason": "wrong token type"}
    # Well signed but never issued (no row): refused.
    forged, _, _ = tokens.encode(sub=uid, typ="refresh", seconds=600, fam="f" * 36)
    assert_error(await client.post(REFRESH, json={"refresh_token": forged}), 401, "auth.token_invalid")
    # Expired.
    jti = claims_of(pair["refresh_token"], settings)["jti"]
    expired, _, _ = tokens.encode(sub=uid, typ="refresh", seconds=-10, jti=jti)
    assert_error(await client.post(REFRESH, json={"refresh_token": expired}), 401, "auth.token_expired")
    # A row of another account is not enough.
    other = await login(client, wechat.code_for("o-bad-refresh-2"))
    swapped, _, _ = tokens.encode(sub=other["account_id"], typ="refresh", seconds=600, jti=jti)
    assert_error(await client.post(REFRESH, json={"refresh_token": swapped}), 401, "auth.token_invalid")
    # None of these spent or revoked the real token.
    row = await RefreshToken.get(jti=jti)
    assert row.used_at is None and row.revoked_at is None
    assert (await client.post(REFRESH, json={"refresh_token": pair["refresh_token"]})).status_code == 200


# ----------------------------------------------------------------- WeChat's errors

@pytest.mark.parametrize("errcode,status,code", [
    (40029, 400, "wechat.code_invalid"),
    (45011, 429, "wechat.rate_limited"),
    (40226, 403, "wechat.user_blocked"),
])
async def test_wechat_errors_map_and_create_nothing(client, wechat, errcode, status, code):
    r = await client.post(WX, json={"code": wechat.code_failing(errcode)})
    body = assert_error(r, status, code)
    assert body["details"] == {"errcode": errcode}
    assert "rid:" not in r.text  # WeChat's own message stays in our log
    assert await MpAccount.all().count() == 0
    assert await RefreshToken.all().count() == 0
    assert await AuditLog.filter(action="auth.wx_login").count() == 0
    assert wechat.hits[SESSION_PATH] == 1


async def test_unknown_and_reused_codes_are_code_invalid(client, wechat):
    assert_error(await client.post(WX, json={"code": "never-issued"}), 400, "wechat.code_invalid")
    code = wechat.code_for("o-once")
    first = await login(client, code)
    body = assert_error(await client.post(WX, json={"code": code}), 400, "wechat.code_invalid")
    assert body["details"] == {"errcode": 40163}  # WeChat: code been used
    assert await MpAccount.all().count() == 1
    assert await RefreshToken.filter(account_id=first["account_id"]).count() == 1


async def test_wrong_app_secret_is_upstream_error_without_leaking(client, wechat, settings, monkeypatch):
    monkeypatch.setattr(settings, "wechat_secret", "not-the-secret")
    r = await client.post(WX, json={"code": wechat.code_for("o-secret")})
    body = assert_error(r, 502, "wechat.upstream_error")
    assert body["details"] == {"errcode": 40125}
    assert "appsecret" not in r.text and "not-the-secret" not in r.text
    assert wechat.hits[TOKEN_PATH] == 1 and wechat.hits[SESSION_PATH] == 0
    assert await redis().get(token_key(settings)) is None
    assert await redis().get(token_key(settings) + ":lock") is None  # lock released on failure
    assert await MpAccount.all().count() == 0


async def test_wechat_unreachable_is_502_not_500(client, wechat):
    wechat.stop()
    body = assert_error(await client.post(WX, json={"code": "any-code"}), 502, "wechat.upstream_error")
    assert body["details"] == {"reason": "ConnectionError"}
    assert await MpAccount.all().count() == 0


async def test_slow_wechat_times_out_as_502(client, wechat, monkeypatch):
    # wechatpy itself fetches the access_token without any timeout; ours applies to every call.
    monkeypatch.setattr(wechat_mod, "TIMEOUT_SECONDS", 0.3)
    wechat.stall_next(TOKEN_PATH, 2)
    body = assert_error(await client.post(WX, json={"code": wechat.code_for("o-slow")}),
                        502, "wechat.upstream_error")
    assert body["details"] == {"reason": "ReadTimeout"}
    wechat.stall_next(SESSION_PATH, 2)
    body = assert_error(await client.post(WX, json={"code": wechat.code_for("o-slow")}),
                        502, "wechat.upstream_error")
    assert body["details"] == {"reason": "ReadTimeout"}
    assert await MpAccount.all().count() == 0


# ----------------------------------------------------------------- access_token in Redis

async def test_access_token_is_fetched_once_and_shared_through_redis(client, wechat, settings):
    codes = [wechat.code_for(f"o-crowd-{i}") for i in range(10)]
    answers = await asyncio.gather(*(client.post(WX, json={"code": c}) for c in codes))
    assert [a.status_code for a in answers] == [200] * 10, [a.text for a in answers]
    assert len({a.json()["account_id"] for a in answers}) == 10
    assert await MpAccount.all().count() == 10
    assert wechat.hits[TOKEN_PATH] == 1 and wechat.hits[SESSION_PATH] == 10
    [token] = wechat.issued_tokens
    assert {p["access_token"] for p in wechat.params_of(SESSION_PATH)} == {token}
    assert await redis().get(token_key(settings)) == token
    assert 7200 - 300 - 60 < await redis().ttl(token_key(settings)) <= 7200 - 300
    assert await redis().get(token_key(settings) + ":lock") is None

    # A second worker (its own Redis connection, no token of its own) reuses it.
    own = cache.redis()
    other = second_worker_redis(settings)
    cache.set_client(other)
    try:
        pair = await accounts_service.wx_login(code=wechat.code_for("o-other-worker"))
    finally:
        cache.set_client(own)
        await other.aclose()
    assert pair.account_id
    assert wechat.hits[TOKEN_PATH] == 1 and wechat.hits[SESSION_PATH] == 11
    assert wechat.params_of(SESSION_PATH)[-1]["access_token"] == token


async def test_rejected_access_token_is_dropped_and_refetched(client, wechat, settings):
    await login(client, wechat.code_for("o-before"))
    [old_token] = wechat.issued_tokens
    wechat.fail_next(SESSION_PATH, 40001)  # WeChat no longer accepts the token we hold

    code = wechat.code_for("o-after")
    pair = await login(client, code)
    assert (await MpAccount.get(id=pair["account_id"])).openid == "o-after"
    assert wechat.hits[TOKEN_PATH] == 2
    new_token = wechat.issued_tokens[1]
    assert [p["access_token"] for p in wechat.params_of(SESSION_PATH)] == [old_token, old_token, new_token]
    assert await redis().get(token_key(settings)) == new_token


async def test_access_token_rejected_twice_gives_up(client, wechat, settings):
    wechat.fail_next(SESSION_PATH, 40001)
    wechat.fail_next(SESSION_PATH, 42001)
    body = assert_error(await client.post(WX, json={"code": wechat.code_for("o-unlucky")}),
                        502, "wechat.upstream_error")
    assert body["details"] == {"errcode": 42001}
    assert wechat.hits[TOKEN_PATH] == 2 and wechat.hits[SESSION_PATH] == 2
    assert await redis().get(token_key(settings)) is None  # the rejected token is not kept
    assert await MpAccount.all().count() == 0


async def test_invalidate_keeps_a_token_another_worker_already_replaced(wechat, settings):
    await redis().set(token_key(settings), "fresh-token")
    await wechat_mod.invalidate_access_token("stale-token")
    assert await redis().get(token_key(settings)) == "fresh-token"
    await wechat_mod.invalidate_access_token("fresh-token")
    assert await redis().get(token_key(settings)) is None


# ----------------------------------------------------------------- request shapes

async def test_malformed_and_invalid_bodies(client, wechat):
    r = await client.post(WX, content=b'{"code": ', headers={"Content-Type": "application/json"})
    assert_error(r, 400, "request.malformed")
    r = await client.post(WX, content=b'["code"]', headers={"Content-Type": "application/json"})
    assert_error(r, 400, "request.malformed")

    body = assert_error(await client.post(WX, json={"code": "abc", "openid": "o-chosen"}),
                        422, "request.validation_failed")
    assert [e["path"] for e in body["details"]["errors"]] == ["openid"]
    body = assert_error(await client.post(WX, json={}), 422, "request.validation_failed")
    assert [e["path"] for e in body["details"]["errors"]] == ["code"]
    body = assert_error(await client.post(WX, json={"code": "   "}), 422, "request.validation_failed")
    assert [e["path"] for e in body["details"]["errors"]] == ["code"]
    body = assert_error(await client.post(WX, json={"code": 12345}), 422, "request.validation_failed")
    assert [e["path"] for e in body["details"]["errors"]] == ["code"]
    body = assert_error(await client.post(REFRESH, json={}), 422, "request.validation_failed")
    assert [e["path"] for e in body["details"]["errors"]] == ["refresh_token"]

    # None of these reached WeChat or wrote anything.
    assert sum(wechat.hits.values()) == 0
    assert await MpAccount.all().count() == 0
