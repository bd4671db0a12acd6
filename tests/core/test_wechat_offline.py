"""The offline WeChat (core/wechat_offline.py) as a developer meets it: a served
process answering as WeChat under /dev/wechat/, reached by the real wechatpy
client over TCP (the ASGI client cannot receive wechatpy's outbound HTTP), and
refused in production."""
from __future__ import annotations

import httpx
import pytest

from bff.app import create_app
from core import wechat
from core.accounts.models import MpAccount
from core.errors import ValidationFailed
from core.settings import Settings, SettingsError
from tests.live_server import Server, free_port

PROD = {"HUIYI_ENV": "production", "LOGISTICS_APP_SECRET": "l" * 32, "INSURANCE_APP_SECRET": "i" * 32, "SECRET_KEY": "s" * 40, "PII_KEYS": "k1:" + "ab" * 16,
        "PII_INDEX_KEY": "cd" * 16, "AUDIT_KEY": "ef" * 16, "WECHAT_APPID": "wx-real",
        "WECHAT_SECRET": "real-secret", "REDIS_URL": "redis://127.0.0.1:6379/0", "VIDEO_PROVIDER": "janus"}


@pytest.fixture
def served(settings, tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {"DATABASE_URL": settings.database_url, "REDIS_URL": settings.redis_url, "HUIYI_ENV": "development",
           "STORAGE_DIR": str(settings.storage_dir), "LOG_LEVEL": "WARNING", "PUBLIC_BASE_URL": base,
           "WECHAT_OFFLINE": "1", "WECHAT_API_BASE": base + "/dev/wechat/"}
    server = Server(env, tmp_path / "server.log", port=port)
    server.start()
    try:
        yield base
    finally:
        server.stop()


async def test_wx_login_through_the_offline_wechat(served, settings):
    async with httpx.AsyncClient(base_url=served, timeout=20) as c:
        r = await c.post("/dev/wechat/codes", json={"openid": "o-dev-1", "unionid": "u-dev-1"})
        assert r.status_code == 201, r.text
        code = r.json()["code"]

        r = await c.post("/api/mp/v1/auth/wx-login", json={"code": code})
        assert r.status_code == 200, r.text
        assert r.json()["token_type"] == "Bearer" and r.json()["access_token"]
        account = await MpAccount.get(id=r.json()["account_id"])
        assert account.openid == "o-dev-1" and account.unionid == "u-dev-1"

        # WeChat's 40163 (code used) reaches the client in our error model.
        r = await c.post("/api/mp/v1/auth/wx-login", json={"code": code})
        assert r.status_code == 400 and r.json()["code"] == "wechat.code_invalid", r.text
        assert r.json()["details"] == {"errcode": 40163}
        r = await c.post("/api/mp/v1/auth/wx-login", json={"code": "code-never-minted"})
        assert r.status_code == 400 and r.json()["details"] == {"errcode": 40029}, r.text

        r = await c.post("/dev/wechat/codes", json={"openid": ""})
        assert r.status_code == ValidationFailed.status and r.json()["code"] == ValidationFailed.code, r.text

        # WeChat's own answers for a wrong app.
        r = await c.get("/dev/wechat/cgi-bin/token", params={"grant_type": "client_credential",
                                                              "appid": "wx-other", "secret": "x"})
        assert r.json()["errcode"] == 40013
        r = await c.post("/dev/wechat/cgi-bin/message/subscribe/send", params={"access_token": "forged"},
                         json={"touser": "o-dev-1", "template_id": "T", "data": {}})
        assert r.json()["errcode"] == 40001

        assert (await c.get("/dev/wechat/messages")).json() == {"items": []}

    # A subscribe message sent through wechatpy (as the notify sender does) lands in the message list.
    old = settings.wechat_api_base
    settings.wechat_api_base = served + "/dev/wechat/"
    try:
        await wechat.send_subscribe_message(openid="o-dev-1", template_id="TPL-1",
                                            data={"thing1": {"value": "病案复印已寄出"}}, page="pages/me")
    finally:
        settings.wechat_api_base = old
    async with httpx.AsyncClient(base_url=served, timeout=20) as c:
        items = (await c.get("/dev/wechat/messages")).json()["items"]
    assert len(items) == 1
    assert items[0]["touser"] == "o-dev-1" and items[0]["template_id"] == "TPL-1"
    assert items[0]["data"] == {"thing1": {"value": "病案复印已寄出"}} and items[0]["page"] == "pages/me"


def test_development_defaults_to_offline_and_points_wechatpy_at_it():
    s = Settings.from_env({"HUIYI_ENV": "development", "PUBLIC_BASE_URL": "http://127.0.0.1:8000/"})
    assert s.wechat_offline and s.wechat_api_base == "http://127.0.0.1:8000/dev/wechat/"
    # A configured real WeChat keeps it off; the test settings keep it off too.
    s = Settings.from_env({"HUIYI_ENV": "development", "WECHAT_APPID": "wx-real"})
    assert not s.wechat_offline and s.wechat_api_base == "https://api.weixin.qq.com/"
    assert not Settings.from_env({"HUIYI_ENV": "test"}).wechat_offline


def test_production_refuses_the_offline_wechat():
    Settings.from_env(PROD)  # the production settings themselves are acceptable
    with pytest.raises(SettingsError, match="WECHAT_OFFLINE"):
        Settings.from_env({**PROD, "WECHAT_OFFLINE": "1"})
    s = Settings.from_env(PROD)
    s.wechat_offline = True
    with pytest.raises(SettingsError, match="WECHAT_OFFLINE"):
        s.check()


def _paths(app) -> set[str]:
    # The router as create_app built it: starting a second app in-process breaks Sanic's
    # start-up of the suite's own app, and an absent route is what answers 404.
    return {"/" + r.path for r in app.router.routes}


def test_production_has_no_offline_routes(settings):
    prod = Settings.from_env(PROD)
    prod.database_url = settings.database_url
    dev = Settings.from_env({"HUIYI_ENV": "development", "DATABASE_URL": settings.database_url,
                             "REDIS_URL": settings.redis_url})
    try:
        paths = _paths(create_app(prod, name="huiyi_prod_no_dev_wechat"))
        assert "/api/mp/v1/auth/wx-login" in paths
        assert not {p for p in paths if p.startswith("/dev/")}, paths
        dev_paths = {p for p in _paths(create_app(dev, name="huiyi_dev_wechat")) if p.startswith("/dev/")}
        # The development loopbacks of the carrier and the insurance centre (their own tests list them).
        assert any(p.startswith("/dev/logistics/") for p in dev_paths)
        assert any(p.startswith("/dev/insurance/") for p in dev_paths)
        assert {p for p in dev_paths if not p.startswith(("/dev/wechatpay/", "/dev/logistics", "/dev/insurance/"))} == {
            "/dev/wechat/cgi-bin/token", "/dev/wechat/sns/jscode2session",
            "/dev/wechat/cgi-bin/message/subscribe/send", "/dev/wechat/codes", "/dev/wechat/messages",
            "/dev/wechat/sns/oauth2/access_token", "/dev/h5/personas",
            "/dev/sms", "/dev/sms/messages"}  # the loopback SMS provider (core/sms/offline.py)
        # The offline WeChat Pay (tests/payments/test_offline.py) is there too in development.
        assert "/dev/wechatpay/v3/pay/transactions/jsapi" in dev_paths
    finally:
        from core.settings import set_settings
        set_settings(settings)
