"""Logging in to the H5 client: the official account's web authorisation code, exchanged by
the real wechatpy client (WeChatOAuth) against the offline WeChat, lands on the
mini-program's account by unionid; the development persona picker does the same in a
phone-sized Chromium; production has none of the development endpoints."""
from __future__ import annotations

import httpx
import pytest
from playwright.async_api import expect

from bff.app import create_app
from core import wechat
from core.accounts.models import MpAccount
from core.demo_personas import PERSONAS
from core.settings import Settings, set_settings
from tests.h5.conftest import login_as, login_persona, server_env
from tests.live_server import serve

pytestmark = pytest.mark.e2e

PROD = {"HUIYI_ENV": "production", "LOGISTICS_APP_SECRET": "l" * 32, "INSURANCE_APP_SECRET": "i" * 32, "SECRET_KEY": "s" * 40, "PII_KEYS": "k1:" + "ab" * 16,
        "PII_INDEX_KEY": "cd" * 16, "AUDIT_KEY": "ef" * 16, "WECHAT_APPID": "wx-real",
        "WECHAT_SECRET": "real-secret", "REDIS_URL": "redis://127.0.0.1:6379/0", "VIDEO_PROVIDER": "janus"}


async def _code(c: httpx.AsyncClient, openid: str, unionid: str | None = None) -> str:
    r = await c.post("/dev/wechat/codes", json={"openid": openid, **({"unionid": unionid} if unionid else {})})
    assert r.status_code == 201, r.text
    return r.json()["code"]


async def test_web_login_lands_on_the_mini_program_account_by_unionid(h5_server):
    mp = await MpAccount.create(openid="o-miniprogram-1", unionid="u-same-person")
    async with httpx.AsyncClient(base_url=h5_server, timeout=20) as c:
        code = await _code(c, "o-official-account-1", "u-same-person")
        r = await c.post("/api/mp/v1/auth/wx-web-login", json={"code": code})
        assert r.status_code == 200, r.text
        pair = r.json()
        assert pair["account_id"] == mp.id and pair["token_type"] == "Bearer"
        assert await MpAccount.all().count() == 1  # no second account for the official account's openid
        await mp.refresh_from_db()
        assert mp.openid == "o-miniprogram-1" and mp.last_login_at is not None

        me = await c.get("/api/mp/v1/auth/me", headers={"Authorization": "Bearer " + pair["access_token"]})
        assert me.json() == {"account_id": mp.id, "kind": "mp", "physician_bound": False}
        # The same refresh rotation as the mini-program's tokens.
        r = await c.post("/api/mp/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
        assert r.status_code == 200 and r.json()["refresh_token"] != pair["refresh_token"]

        # A used code and an unknown one: WeChat's 40163 / 40029 as our error, with a message to show.
        r = await c.post("/api/mp/v1/auth/wx-web-login", json={"code": code})
        assert r.status_code == 400, r.text
        body = r.json()
        assert body["code"] == "wechat.code_invalid" and body["details"] == {"errcode": 40163}
        assert body["message"] == "微信授权已失效或已使用，请重新打开页面授权"
        r = await c.post("/api/mp/v1/auth/wx-web-login", json={"code": "code-never-minted"})
        assert r.status_code == 400 and r.json()["details"] == {"errcode": 40029}, r.text
        r = await c.post("/api/mp/v1/auth/wx-web-login", json={"code": ""})
        assert r.status_code == 422, r.text

        # Without a unionid, a new person gets an account of their own.
        r = await c.post("/api/mp/v1/auth/wx-web-login", json={"code": await _code(c, "o-official-only")})
        assert r.status_code == 200 and r.json()["account_id"] != mp.id
        assert await MpAccount.filter(openid="o-official-only", unionid=None).exists()

        # The offline WeChat answers the web authorisation as WeChat documents it.
        q = {"appid": "wx-demo-oa-appid", "secret": "wx-demo-oa-secret", "grant_type": "authorization_code",
             "code": await _code(c, "o-doc", "u-doc")}
        answer = (await c.get("/dev/wechat/sns/oauth2/access_token", params=q)).json()
        assert set(answer) == {"access_token", "expires_in", "refresh_token", "openid", "scope", "unionid"}
        assert answer["openid"] == "o-doc" and answer["unionid"] == "u-doc" and answer["expires_in"] == 7200
        for wrong, errcode in (({"appid": "wx-demo-appid"}, 40013), ({"secret": "x"}, 40125),
                               ({"grant_type": "client_credential"}, 40002)):
            r = await c.get("/dev/wechat/sns/oauth2/access_token", params={**q, **wrong})
            assert r.json()["errcode"] == errcode and r.json()["errmsg"], r.text

    # A disabled account is refused here too.
    mp.disabled = True
    await mp.save()
    async with httpx.AsyncClient(base_url=h5_server, timeout=20) as c:
        r = await c.post("/api/mp/v1/auth/wx-web-login", json={"code": await _code(c, "o-web-2", "u-same-person")})
        assert r.status_code == 403 and r.json()["code"] == "accounts.disabled", r.text


async def test_production_refuses_dev_login_and_an_unconfigured_official_account(settings):
    prod = Settings.from_env(PROD)
    prod.database_url = settings.database_url
    try:
        app = create_app(prod, name="huiyi_prod_no_h5_dev")
        paths = {"/" + r.path for r in app.router.routes}
        assert "/api/mp/v1/auth/wx-web-login" in paths and "/h5" in {p.rstrip("/") for p in paths}
        assert not {p for p in paths if p.startswith("/dev/")}
        from h5 import client_config
        assert client_config()["dev_login"] is False
        # The official account's secret left at the development default: no login attempt at all.
        with pytest.raises(wechat.WeChatWebLoginUnconfigured):
            await wechat.web_code_to_user("any-code")
    finally:
        set_settings(settings)


async def test_persona_picker_logs_in_at_phone_size(phone, h5_server):
    page = await phone()
    await page.goto("/h5/")
    assert await page.evaluate("[innerWidth, innerHeight]") == [390, 844]
    await expect(page.locator("[data-persona]")).to_have_count(len(PERSONAS))
    await expect(page.locator(f"[data-persona='{PERSONAS[0]['key']}']")).to_contain_text(PERSONAS[0]['label'])

    await login_persona(page, "patient")
    patient = await MpAccount.get(openid="demo-openid-patient")
    assert patient.unionid == "demo-unionid-patient"
    # A reload keeps the session (tokens in localStorage); the top bar shows the home title.
    await page.reload()
    await expect(page.locator(".home")).to_be_visible()
    await expect(page.locator(".topbar-title")).to_have_text("惠医")

    # Logging out returns to the picker; an arbitrary openid logs in as a new account.
    await page.click("button:has-text('退出登录')")
    await expect(page.locator("[data-persona]")).to_have_count(len(PERSONAS))
    await login_as(page, "o-typed-in-test", "u-typed-in-test")
    assert await MpAccount.filter(openid="o-typed-in-test", unionid="u-typed-in-test").exists()
    assert await MpAccount.all().count() == 2

    # An unknown route inside the app says so, with a way back.
    await page.goto("/h5/#/no/such/screen")
    await expect(page.locator(".empty")).to_have_text("页面不存在")
    await page.click(".topbar-back")
    await expect(page.locator(".home")).to_be_visible()


async def test_an_expired_session_refreshes_and_a_dead_one_shows_the_server_message(phone, h5_server):
    page = await phone()
    await login_as(page, "o-session-test")
    # The access token expired: the next call refreshes (rotation) and goes on.
    await page.evaluate("""() => { const t = JSON.parse(localStorage.getItem('huiyi.h5.tokens'));
        t.access_token = 'expired.token.value'; t.expires_at = Date.now() + 600000;
        localStorage.setItem('huiyi.h5.tokens', JSON.stringify(t)); }""")
    await page.reload()
    await expect(page.locator(".home")).to_be_visible()
    # The account is disabled: the refresh is refused and the login screen shows why.
    await MpAccount.filter(openid="o-session-test").update(disabled=True)
    await page.evaluate("""() => { const t = JSON.parse(localStorage.getItem('huiyi.h5.tokens'));
        t.expires_at = 0; localStorage.setItem('huiyi.h5.tokens', JSON.stringify(t)); }""")
    await page.reload()
    await expect(page.locator("[data-persona]").first).to_be_visible()
    await expect(page.locator(".error-banner, .toast-error").first).to_contain_text("账号已停用")


@pytest.fixture
def official_server(settings, h5_server, tmp_path):
    """A second served app configured as production would be (no offline WeChat, so no
    persona picker) whose WeChat is the first server's offline WeChat."""
    with serve(server_env(settings, WECHAT_OFFLINE="0", WECHAT_API_BASE=h5_server + "/dev/wechat/"),
               tmp_path / "official.log") as base:
        yield base


async def test_wechat_web_authorisation_in_the_browser(phone, h5_server, official_server):
    mp = await MpAccount.create(openid="o-miniprogram-web", unionid="u-web-person")
    seen = []

    async def wechat_authorize(route):
        # WeChat's authorize page: the user agrees, WeChat sends them back with a code and the state.
        from urllib.parse import parse_qs, urlsplit
        q = {k: v[-1] for k, v in parse_qs(urlsplit(route.request.url).query).items()}
        seen.append(q)
        async with httpx.AsyncClient(base_url=h5_server, timeout=20) as c:
            code = await _code(c, "o-official-web", "u-web-person")
        await route.fulfill(status=302, headers={"Location": f"{q['redirect_uri']}?code={code}&state={q['state']}"})

    page = await phone()
    await page.route("https://open.weixin.qq.com/**", wechat_authorize)
    # Inside WeChat (the user agent says MicroMessenger) the page authorises at once.
    await page.goto(official_server + "/h5/#/physician/exam")
    await expect(page.locator(".topbar-title")).to_have_text("定期考核")
    assert len(seen) == 1
    assert seen[0]["appid"] == "wx-demo-oa-appid" and seen[0]["scope"] == "snsapi_userinfo"
    assert seen[0]["response_type"] == "code" and seen[0]["redirect_uri"] == official_server + "/h5/"
    assert "code=" not in page.url  # the used code left the address bar
    tokens = await page.evaluate("JSON.parse(localStorage.getItem('huiyi.h5.tokens'))")
    assert tokens["account_id"] == mp.id  # the mini-program's account, found by unionid
    assert await MpAccount.all().count() == 1

    # Coming back with a code WeChat no longer accepts: the server's message, and no loop.
    used = f"{official_server}/h5/?code=code-never-minted&state=x"
    other = await phone()
    await other.route("https://open.weixin.qq.com/**", wechat_authorize)
    await other.goto(used)
    await expect(other.locator(".error-banner")).to_have_text("微信授权已失效或已使用，请重新打开页面授权")
    await expect(other.locator("button:has-text('微信授权登录')")).to_be_visible()
    assert len(seen) == 1
