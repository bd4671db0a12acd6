"""What the browser video tests share: a served app on a real Janus, Chromium with fake cameras, and
the checks that a <video> really plays.

- `video_server`: the served app (a subprocess on the tests' database and Redis) with VIDEO_PROVIDER
  janus pointed at the session's Janus (`janus_server`, tests/janus_server.py), its public address the
  Janus WebSocket the browsers join; the test process's own settings point at the same Janus, so a
  test can open rooms the way core/consult does.
- `video_browser`: one Chromium whose fake camera shows a real face (320×240, small for 2 shared
  cores); `desk(...)` and `handset(...)` contexts on it, every console error failing the test.
- `console_login(page, actor)`: a doctor's workstation login on a desk page.
- `assert_playing(locator)`: a <video> with a decoded picture (videoWidth > 0) whose time advances.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from playwright.async_api import async_playwright, expect

from tests import factories
from tests.h5.conftest import CHROMIUM, FACES, LAUNCH_ARGS, PHONE, WECHAT_UA, _is_error, server_env, write_y4m
from tests.live_server import Server, ServerFailed, free_port

SMALL = (320, 240)
MEDIA = 40_000  # ms for what depends on WebRTC (ICE, the first frames, a quality sample every 5 s) on a busy machine


@pytest.fixture(scope="module")
def video_server(settings, database, janus_server, tmp_path_factory):
    from core.rooms import providers
    from core.settings import get_settings, set_settings

    tmp = tmp_path_factory.mktemp("video-server")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    janus_env = dict(VIDEO_PROVIDER="janus", JANUS_URL=janus_server.http_url, JANUS_PUBLIC_URL=janus_server.ws_url,
                     JANUS_API_SECRET=janus_server.api_secret, JANUS_TOKEN_SECRET=janus_server.token_secret,
                     JANUS_ADMIN_KEY=janus_server.admin_key, JANUS_ADMIN_SECRET=janus_server.admin_secret)
    env = server_env(settings, PUBLIC_BASE_URL=base, WECHAT_OFFLINE="1", WECHAT_API_BASE=base + "/dev/wechat/",
                     SMS_OFFLINE="1", SMS_API_BASE=base + "/dev/sms/", WECHATPAY_OFFLINE="1",
                     WECHATPAY_DEV_DIR=str(tmp / "wechatpay-dev"), **janus_env, **factories.VIDEO_ENV)
    before = get_settings()
    set_settings(dataclasses.replace(
        before, video_provider="janus", janus_url=janus_server.http_url, janus_public_url=janus_server.ws_url,
        janus_api_secret=janus_server.api_secret, janus_token_secret=janus_server.token_secret,
        janus_admin_key=janus_server.admin_key, janus_admin_secret=janus_server.admin_secret,
        janus_events_secret=janus_server.events_secret, public_base_url=base))
    providers.reset()
    server = Server(env, tmp / "server.log", port=port)
    try:
        server.start()
    except ServerFailed as exc:
        set_settings(before)
        pytest.fail(str(exc))
    try:
        yield base
    finally:
        server.stop()
        set_settings(before)
        providers.reset()


@dataclasses.dataclass
class Browsers:
    base: str
    browser: object
    errors: list
    contexts: list

    async def _page(self, context):
        self.contexts.append(context)
        page = await context.new_page()
        page.set_default_timeout(30_000)  # media on 2 shared cores: ICE and the first frames can take a while
        page.on("pageerror", lambda exc: self.errors.append(f"{page.url}: {exc}"))
        page.on("console", lambda msg: self.errors.append(f"{page.url}: {msg.text}") if _is_error(msg) else None)
        return page

    async def handset(self):
        """A phone in WeChat's browser (the H5 client)."""
        return await self._page(await self.browser.new_context(
            viewport=PHONE, screen=PHONE, is_mobile=True, has_touch=True, user_agent=WECHAT_UA, locale="zh-CN",
            base_url=self.base, permissions=["camera", "microphone"]))

    async def desk(self):
        """A doctor's desk (the console)."""
        return await self._page(await self.browser.new_context(
            viewport={"width": 1280, "height": 900}, locale="zh-CN", base_url=self.base,
            permissions=["camera", "microphone"]))


@pytest.fixture
async def video_browser(video_server, tmp_path):
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: apt-get install chromium (.ci/run does)"
    y4m = write_y4m(FACES / "grace_hopper.jpg", tmp_path / "face.y4m", size=SMALL)
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                          args=[*LAUNCH_ARGS, f"--use-file-for-fake-video-capture={y4m}"])
        b = Browsers(video_server, browser, [], [])
        try:
            yield b
        finally:
            for c in b.contexts:
                await c.close()
            await browser.close()
    assert not b.errors, b.errors  # no script failed, nothing was refused by the CSP


async def assert_playing(video) -> None:
    """The <video> shows decoded frames: it has a size and its time moves on."""
    handle = await video.element_handle()
    page = video.page
    await page.wait_for_function("v => v.videoWidth > 0 && v.readyState >= 2", arg=handle)
    start = await handle.evaluate("v => v.currentTime")
    await page.wait_for_function("([v, t]) => v.currentTime > t + 0.3 && !v.paused", arg=[handle, start])



async def console_login(page, actor) -> None:
    """Log a desk page in to the console as the doctor's workstation account."""
    from core.accounts.models import AdminAccount

    await page.goto("/admin/login")
    await page.fill("#f-username", (await AdminAccount.get(id=actor.id)).username)
    await page.fill("#f-password", factories.PASSWORD)
    await page.click("button:has-text('登录')")
    await expect(page.locator(".topbar .user")).to_be_visible()
