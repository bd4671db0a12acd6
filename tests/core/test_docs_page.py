"""`/docs` renders offline: Debian's Chromium loads the page from the real server with every
request that is not for the server itself refused, and Swagger UI (from npm, served by us)
lists the operations of the served document without a console error."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.async_api import async_playwright, expect

from bff import docs
from tests.live_server import serve

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="module")
def server(settings, database, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("docs-server")
    env = dict(DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url, HUIYI_ENV="test",
               STORAGE_DIR=str(settings.storage_dir), LOG_LEVEL="WARNING", PROXIES_COUNT="0")
    with serve(env, tmp / "server.log") as base:
        yield base


async def test_docs_render_offline_with_every_operation(server):
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: apt-get install chromium (.ci/run does)"
    local = urlsplit(server).netloc
    spec = httpx.get(server + docs.SPEC_URL, timeout=60).json()
    operations = sum(1 for item in spec["paths"].values() for m in item if m in ("get", "post", "put", "patch", "delete"))
    refused, errors = [], []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")

        async def offline(route):
            if urlsplit(route.request.url).netloc == local:
                await route.continue_()
            else:  # the internet is not there
                refused.append(route.request.url)
                await route.abort("internetdisconnected")

        await context.route("**/*", offline)
        page = await context.new_page()
        page.set_default_timeout(30_000)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        await page.goto(server + "/docs")
        await expect(page.locator(".info .title")).to_contain_text("惠医")
        # Every section (tag) is listed; opened one at a time, each shows all of its operations.
        tags: dict[str, int] = {}
        for item in spec["paths"].values():
            for method, op in item.items():
                if method in ("get", "post", "put", "patch", "delete"):
                    tag = (op.get("tags") or ["default"])[0]
                    tags[tag] = tags.get(tag, 0) + 1
        assert sum(tags.values()) == operations
        await expect(page.locator("h3.opblock-tag")).to_have_count(len(tags))
        for tag, count in tags.items():
            header = page.locator(f"h3#operations-tag-{tag}")
            await header.click()
            await expect(page.locator(".opblock")).to_have_count(count)
            await header.click()
            await expect(page.locator(".opblock")).to_have_count(0)
        # The Chinese summaries are what a reader sees; the document's security schemes are offered.
        await page.locator("h3#operations-tag-admin_accounts").click()
        await expect(page.locator(".opblock-summary-description").first).to_contain_text("管理员账号")
        await expect(page.locator(".btn.authorize")).to_be_visible()
        # The old address of the page still answers with it.
        await page.goto(server + "/docs/swagger")
        await expect(page.locator("h3.opblock-tag")).to_have_count(len(tags))
        await context.close()
        await browser.close()
    assert not refused, refused
    assert not errors, errors


def test_only_the_whitelisted_files_are_served(server):
    assert httpx.get(server + "/docs/static/swagger-ui-bundle.js").status_code == 200
    for name in ("package.json", "index.html", "..%2Fpackage.json", "swagger-ui-bundle.js.map"):
        r = httpx.get(server + "/docs/static/" + name)
        assert r.status_code == 404 and r.json()["code"] == "request.not_found", name
    page = httpx.get(server + "/docs")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "cdn" not in page.text.lower()
