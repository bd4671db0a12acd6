"""The H5 client in a real phone-sized browser: Debian's Chromium driven by Playwright
against the real server (a subprocess on the test database, reached over TCP), with the
offline WeChat on so the persona picker logs in through wechatpy as in development.

Fixtures for every H5 test (physician, exam, patient screens):
- `h5_server`: the base URL of the served app (module scope), with the offline WeChat and the
  loopback SMS provider (`sms_code(h5_server, phone)` reads the code the loopback delivered).
- `phone`: a factory, `page = await phone(photo="grace_hopper.jpg")`, giving a 390×844
  touch page with a WeChat user agent whose camera shows that photo from
  tests/fixtures/faces (Chromium's fake camera reads a Y4M file given at launch, so each
  photo has its own browser). Every console error or uncaught exception of any page fails
  the test; a refused request (4xx) is an answer the screens show, not an error.
- `login_as(page, openid, unionid=None)`: log the page in through the persona picker's
  "other identity" form, and wait for the home screen.
- `h5_wechatpay`: the test process's settings pointed at the served app's offline WeChat Pay (its
  keys, its API, its notify endpoints), for a test that drives what the worker would (a refund of
  the consumer group consult.money) against the payments the page made.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from playwright.async_api import async_playwright, expect

from tests.live_server import Server, ServerFailed, free_port
from tests.media_files import FACES, FRAME_SIZE, FRAMES, write_y4m  # noqa: F401  (h5 tests import FACES from here)

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
               "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]
PHONE = {"width": 390, "height": 844}
# WeChat's in-app browser on Android names itself like this (the app reads MicroMessenger).
WECHAT_UA = ("Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/120.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F30) "
             "NetType/WIFI Language/zh_CN")
WECHATPAY_DIRS: dict[str, Path] = {}  # served app's base URL -> its offline WeChat Pay's WECHATPAY_DEV_DIR


def server_env(settings, **extra: str) -> dict:
    """The environment of a served app on the tests' database, Redis and files."""
    return dict(DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url, HUIYI_ENV="test",
                STORAGE_DIR=str(settings.storage_dir), LOG_LEVEL="WARNING", PROXIES_COUNT="0", **extra)


def serve_h5(settings, tmp_path_factory, **extra: str):
    """Start the served app as `h5_server` does, with `extra` environment (a test module's loopback
    carrier or SMTP server); a generator for a module's own `h5_server` fixture."""
    tmp = tmp_path_factory.mktemp("h5-server")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # The offline WeChat, SMS provider and WeChat Pay, as in development (WeChat Pay's keys made at first use).
    env = server_env(settings, PUBLIC_BASE_URL=base, WECHAT_OFFLINE="1", WECHAT_API_BASE=base + "/dev/wechat/",
                     SMS_OFFLINE="1", SMS_API_BASE=base + "/dev/sms/",
                     WECHATPAY_OFFLINE="1", WECHATPAY_DEV_DIR=str(tmp / "wechatpay-dev"), **extra)
    WECHATPAY_DIRS[base] = tmp / "wechatpay-dev"
    server = Server(env, tmp / "server.log", port=port)
    try:
        server.start()
    except ServerFailed as exc:
        pytest.fail(str(exc))
    try:
        yield base
    finally:
        server.stop()


@pytest.fixture(scope="module")
def h5_server(settings, database, tmp_path_factory):
    """The served app on the tests' database, with the offline WeChat and SMS (as in development)."""
    yield from serve_h5(settings, tmp_path_factory)


@pytest.fixture
def h5_wechatpay(h5_server):
    """The test process speaks to the served app's offline WeChat Pay, as the served app does."""
    from core.payments import keys, offline
    from core.settings import get_settings, set_settings

    before = get_settings()
    set_settings(dataclasses.replace(
        before, wechatpay_offline=True, wechatpay_dev_dir=str(WECHATPAY_DIRS[h5_server]), payment_gateway="wechatpay",
        wechatpay_mchid="", wechatpay_api_base=h5_server + offline.PREFIX, wechatpay_notify_base=h5_server))
    keys.forget_cached()
    try:
        yield h5_server
    finally:
        set_settings(before)
        keys.forget_cached()


@pytest.fixture(scope="module")
async def _chromiums(tmp_path_factory):
    """One Chromium per camera photo, launched when a test first asks for that photo."""
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: apt-get install chromium (.ci/run does)"
    tmp = tmp_path_factory.mktemp("h5-camera")
    browsers: dict[str, object] = {}
    async with async_playwright() as p:
        async def get(photo: str):
            if photo not in browsers:
                y4m = write_y4m(FACES / photo, tmp / (Path(photo).stem + ".y4m"))
                browsers[photo] = await p.chromium.launch(
                    executable_path=CHROMIUM, headless=True,
                    args=[*LAUNCH_ARGS, f"--use-file-for-fake-video-capture={y4m}"])
            return browsers[photo]

        yield get
        for b in browsers.values():
            await b.close()


def _is_error(msg) -> bool:
    if msg.type != "error":
        return False
    # Chromium logs every non-2xx fetch; a 4xx is a refusal the screen shows (tests assert it),
    # and a request that fails while a test has cut the network (context.set_offline) is one
    # the screens queue and send again (the exam's answers).
    return not (msg.text.startswith("Failed to load resource: the server responded with a status of 4")
                or msg.text == "Failed to load resource: net::ERR_INTERNET_DISCONNECTED")


@pytest.fixture
async def phone(_chromiums, h5_server):
    contexts, errors = [], []

    async def make(photo: str = "grace_hopper.jpg"):
        browser = await _chromiums(photo)
        context = await browser.new_context(viewport=PHONE, screen=PHONE, device_scale_factor=3, is_mobile=True,
                                            has_touch=True, user_agent=WECHAT_UA, locale="zh-CN",
                                            base_url=h5_server, permissions=["camera"])
        contexts.append(context)
        page = await context.new_page()
        page.set_default_timeout(15_000)
        page.on("pageerror", lambda exc: errors.append(f"{page.url}: {exc}"))
        page.on("console", lambda msg: errors.append(f"{page.url}: {msg.text}") if _is_error(msg) else None)
        return page

    yield make
    for context in contexts:
        await context.close()
    assert not errors, errors  # no script failed, nothing was refused by the CSP


async def sms_code(base: str, phone: str) -> str:
    """The code in the newest SMS the served app's loopback provider delivered to `phone`, read as
    a tester reads it (GET /dev/sms/messages?phone=)."""
    import re

    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=10) as c:
        items = (await c.get("/dev/sms/messages", params={"phone": phone})).json()["items"]
    assert items, "no SMS was delivered to that phone"
    return re.match(r"^【[^】]+】(\d{6})", items[0]["content"]).group(1)


async def login_as(page, openid: str, unionid: str | None = None) -> None:
    """Log in through the development persona picker with any WeChat identity."""
    await page.goto("/h5/")
    await page.fill("#f-openid", openid)
    if unionid:
        await page.fill("#f-unionid", unionid)
    await page.click("form button:has-text('登录')")
    await expect(page.locator(".home")).to_be_visible()


async def login_persona(page, key: str) -> None:
    """Log in as one of core.demo_personas by tapping it."""
    await page.goto("/h5/")
    await page.click(f"[data-persona='{key}']")
    await expect(page.locator(".home")).to_be_visible()


# The video tests' served app on Janus and their Chromium with a small fake camera (tests/h5/video_world.py).
from tests.h5.video_world import video_browser, video_server  # noqa: E402,F401  (fixtures)
