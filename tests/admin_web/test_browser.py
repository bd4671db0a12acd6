"""The console in a real browser: Debian's Chromium driven by Playwright against the
real server, started as a process on the test database and reached over TCP.

Playwright cannot download its own browser here, so it launches /usr/bin/chromium
(`.ci/run` installs it with apt-get when absent). The data is built with the
factories and the services in this process; what the pages did is read back
from the database.
"""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live_server import serve
from playwright.async_api import async_playwright, expect

from core.assessment import certificates
from core.assessment import service as assessment_service
from core.assessment.models import Enrolment, Physician
from tests import factories
from tests.admin_web.world import world

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def server(settings, database, tmp_path_factory):
    """`sanic bff.app:create_app` on the tests' database and Redis, with the tests' keys."""
    tmp = tmp_path_factory.mktemp("browser-server")
    env = dict(DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url, HUIYI_ENV="test",
               STORAGE_DIR=str(settings.storage_dir), LOG_LEVEL="WARNING", PROXIES_COUNT="0")
    with serve(env, tmp / "server.log") as base:
        yield base


@pytest.fixture(scope="module")
async def browser():
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: apt-get install chromium (.ci/run does)"
    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield b
        await b.close()


@pytest.fixture
async def page(browser):
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    pg = await context.new_page()
    pg.set_default_timeout(15_000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    # The pages' Content-Security-Policy allows only our own scripts: nothing may be refused.
    pg.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    yield pg
    await context.close()
    assert not errors, errors  # no script of the console failed, nothing was blocked


async def _login(page, base: str, username: str, password: str = factories.PASSWORD):
    await page.goto(base + "/admin/login")
    await page.fill("#f-username", username)
    await page.fill("#f-password", password)
    await page.click("button:has-text('登录')")


# ---------------------------------------------------------------- login

async def test_login_shows_a_wrong_password_and_lands_on_home(page, server):
    await world()
    await _login(page, server, "hosp", "Wrong#Pass1")
    await expect(page.locator("[data-login-error]")).to_have_text("用户名或密码错误")
    assert page.url.startswith(server + "/admin/login?flash=")  # POST → 303 → GET
    await expect(page.locator("#f-username")).to_have_value("hosp")

    await page.fill("#f-password", factories.PASSWORD)
    await page.click("button:has-text('登录')")
    await page.wait_for_url(server + "/admin/")
    await expect(page.locator("h1")).to_contain_text("欢迎")
    await expect(page.locator(".who")).to_contain_text("江岸医院")
    await expect(page.locator("nav.nav")).to_contain_text("参加考核确认")
    cookie = {c["name"]: c for c in await page.context.cookies()}["huiyi_admin"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"

    # On a phone the navigation folds behind the menu button.
    await page.set_viewport_size(PHONE)
    await expect(page.locator("nav.nav")).to_be_hidden()
    await page.click("label.nav-button")
    await expect(page.locator("nav.nav")).to_be_visible()
    await page.click("nav.nav >> text=已确认医师")
    await page.wait_for_url(server + "/admin/enrolment/confirmed")

    await page.click("button:has-text('退出')")
    await page.wait_for_url("**/admin/login?notice=logout")
    await page.goto(server + "/admin/")
    assert page.url.startswith(server + "/admin/login")


# ---------------------------------------------------------------- enrolment

async def test_enrol_a_physician_by_selecting_the_row_and_batch_joining(page, server):
    w = await world()
    chosen = await factories.physician(w.t.hospital_a1, name="欧阳明远")
    other = await factories.physician(w.t.hospital_a1, name="司马一鸣")
    await _login(page, server, "hosp")
    await page.wait_for_url(server + "/admin/")
    await page.click("nav.nav >> text=参加考核确认")
    await expect(page.locator("#list tbody tr[data-row-id]")).to_have_count(2)

    # Filter by name: htmx swaps only the list and keeps the filter in the URL.
    await page.fill("#f-q", "欧阳")
    await page.click("form.filters button:has-text('查询')")
    await expect(page.locator("#list tbody tr[data-row-id]")).to_have_count(1)
    assert "q=%E6%AC%A7%E9%98%B3" in page.url
    batch = page.locator("#list button:has-text('批量参加')")
    await expect(batch).to_be_disabled()
    await page.check(f"tr[data-row-id='{chosen.id}'] input[name=ids]")
    await expect(page.locator("[data-selected-count]")).to_have_text("1")
    await batch.click()
    await expect(page.locator("[data-outcome]")).to_contain_text("成功 1 条")
    await expect(page.locator(f"[data-outcome-row='{chosen.id}']")).to_contain_text("欧**远")
    await expect(page.locator("#list tbody tr[data-row-id]")).to_have_count(0)

    await page.click("nav.nav >> text=已确认医师")
    row = page.locator(f"#list tr[data-physician-id='{chosen.id}']")
    await expect(row).to_contain_text("欧**远")
    await expect(row).to_contain_text("未提交")
    enrolled = await Enrolment.filter(cycle_id=w.cycle.id, confirmed=True).values_list("physician_id", flat=True)
    assert enrolled == [chosen.id] and other.id not in enrolled


# ---------------------------------------------------------------- review

async def test_review_pass_one_then_batch_pass_two(page, server):
    w = await world()
    names = ("审核一", "审核二", "审核三")
    rows = [await factories.admin_web_submitted(w.hospital, w.cycle, await factories.physician(w.t.hospital_a1,
                                                                                                 name=n))
            for n in names]
    await _login(page, server, "hosp")
    await page.wait_for_url(server + "/admin/")
    await page.click("nav.nav >> text=待审核")
    await expect(page.locator("#list tbody tr[data-row-id]")).to_have_count(3)

    await page.click(f"tr[data-row-id='{rows[0].id}'] button[data-action=approve]")
    await expect(page.locator("[data-outcome]")).to_contain_text("通过：成功 1 条")
    await expect(page.locator("#list tbody tr[data-row-id]")).to_have_count(2)
    assert (await Enrolment.get(id=rows[0].id)).state == "institution_approved"

    await page.check("[data-check-all=ids]")
    await expect(page.locator("[data-selected-count]")).to_have_text("2")
    await page.click("#list button:has-text('批量通过')")
    await expect(page.locator("[data-outcome]")).to_contain_text("批量通过：成功 2 条")
    for r in rows[1:]:
        await expect(page.locator(f"[data-outcome-row='{r.id}']")).to_contain_text("成功")
    await expect(page.locator("#list td.empty")).to_have_text("没有等待处理的填报")
    states = {e.id: e.state for e in await Enrolment.filter(id__in=[r.id for r in rows])}
    assert set(states.values()) == {"institution_approved"}


# ---------------------------------------------------------------- statistics

async def test_statistics_page_draws_charts_from_the_servers_numbers(page, server):
    w = await world()
    for n in range(3):
        doc = await factories.physician(w.t.hospital_a1 if n < 2 else w.t.hospital_b1, name=f"统计医师{n}")
        await factories.admin_web_submitted(w.hospital if n < 2 else await factories.actor(
            w.t.hospital_b1, roles=("institution_admin",)), w.cycle, doc)
    await _login(page, server, "prov")
    await page.wait_for_url(server + "/admin/")
    async with page.expect_response(lambda r: "/admin/stats/charts.json" in r.url) as answer:
        await page.click("nav.nav >> text=考核统计")
    data = await (await answer.value).json()
    by_name = {r["name"]: r for r in data["progress"]["rows"]}
    assert by_name["武汉市卫健委"]["enrolled"] == 2 and by_name["宜昌市卫健委"]["enrolled"] == 1

    chart = page.locator("#chart-progress")
    await expect(chart).to_have_attribute("data-state", "rendered")
    assert await chart.locator("canvas").count() >= 1
    # Bars drawn: 4 series for each region the server sent.
    await expect(chart).to_have_attribute("data-points", str(4 * len(data["progress"]["rows"])))
    for name in ("trend", "distribution"):
        await expect(page.locator(f"#chart-{name}")).to_have_attribute("data-state", "rendered")
        assert await page.locator(f"#chart-{name} canvas").count() >= 1
    await expect(page.locator("#chart-trend")).to_have_attribute("data-points", str(len(data["trend"]["rows"])))
    table = page.locator("[data-progress-table]")
    await expect(table.locator("tr", has_text="武汉市卫健委")).to_contain_text("2")
    await expect(table.locator("tr.total")).to_contain_text("3")


# ---------------------------------------------------------------- certificate verification

async def test_certificate_verification_page(page, server):
    w = await world()
    doc = await factories.physician(w.t.hospital_a1, name="证书持有人")
    row = await factories.admin_web_submitted(w.hospital, w.cycle, doc, procedure="exempt")
    await assessment_service.review(actor=w.hospital, enrolment_ids=[row.id], decision="approve")
    await assessment_service.review(actor=w.assessing, enrolment_ids=[row.id], decision="approve")
    cert = await certificates.issue_certificate(actor=w.hospital, enrolment_id=row.id)
    token = certificates.verification_token(cert)

    answer = await page.goto(f"{server}/verify/certificate/{token}")
    assert answer.status == 200
    card = page.locator("section.card")
    await expect(card).to_contain_text("证书有效")
    await expect(card).to_contain_text("证***人")
    await expect(card).to_contain_text(w.cycle.name)
    await expect(card).to_contain_text("免考")
    await expect(card).to_contain_text(cert.serial)
    assert "证书持有人" not in await page.content()

    tampered = token[:-1] + ("0" if token[-1] != "0" else "1")
    answer = await page.goto(f"{server}/verify/certificate/{tampered}")
    assert answer.status == 400
    await expect(card).to_contain_text("证书无效")
    await expect(card).to_contain_text("篡改")


# ---------------------------------------------------------------- import

async def test_import_shows_progress_then_the_refused_rows_and_the_report(page, server, settings, tmp_path):
    w = await world()
    header = ["姓名", "身份证号", "手机号", "执业类别", "专业", "执业证书编号"]
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(factories.imports_xlsx(header, [["甲医师", "123", "", "临床", "", ""]]))
    good = tmp_path / "good.xlsx"
    good.write_bytes(factories.imports_xlsx(header, [["乙医师", factories.id_number(), "", "临床", "", ""]]))
    await _login(page, server, "hosp")
    await page.wait_for_url(server + "/admin/")
    await page.click("nav.nav >> text=导入医师")

    await _upload(page, bad)
    await expect(page.locator("#import-job")).to_be_visible()  # the progress fragment, polling
    await _run_jobs(settings)
    await expect(page.locator("#import-job")).to_have_attribute("data-state", "done")
    await expect(page.locator("[data-import-rejected]")).to_contain_text("1 行未通过校验")
    await expect(page.locator("[data-failed-row='2']")).to_contain_text("身份证号")
    async with page.expect_download() as download:
        await page.click("[data-report]")
    assert (await download.value).suggested_filename == "import-report.xlsx"

    await _upload(page, good)
    await _run_jobs(settings)
    await expect(page.locator("[data-import-done]")).to_contain_text("已导入 1 名医师")
    doc = await Physician.get(name="乙医师")
    assert doc.institution_id == w.t.hospital_a1.id and not await Physician.filter(name="甲医师").exists()


async def _upload(page, path) -> None:
    """Choose the file and upload it; returns once the job is queued (the post answered with its
    redirect to the job, which htmx follows)."""
    await page.set_input_files("#f-file", str(path))
    async with page.expect_response(lambda r: r.url.endswith("/admin/imports/physicians")
                                    and r.request.method == "POST") as answer:
        await page.click("button:has-text('上传并导入')")
    assert (await answer.value).status == 303


async def _run_jobs(settings) -> None:
    """With real Redis the arq worker runs imports (the embedded Redis runs them in the server)."""
    if settings.redis_is_memory:
        return
    env = dict(os.environ, DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url)
    done = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "core.cli", "worker", "--burst"],
                                   env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


# ---------------------------------------------------------------- phones

async def test_main_pages_fit_a_phone_screen(page, server):
    """Readable on a phone: no page is wider than the screen (wide tables scroll inside their card)."""
    w = await world()
    for n in range(3):
        await factories.physician(w.t.hospital_a1, name=f"手机医师{n}")
    await factories.admin_web_submitted(w.hospital, w.cycle, await factories.physician(w.t.hospital_a1))
    await page.set_viewport_size(PHONE)
    await _login(page, server, "hosp")
    await page.wait_for_url(server + "/admin/")
    for path in ("/admin/", "/admin/enrolment/candidates", "/admin/enrolment/confirmed", "/admin/review",
                 "/admin/physicians", "/admin/physicians/new", "/admin/imports/physicians", "/admin/stats"):
        await page.goto(server + path)
        if path == "/admin/stats":
            await expect(page.locator("#chart-progress")).to_have_attribute("data-state", "rendered")
        widths = await page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], (path, widths)
        await expect(page.locator("nav.nav")).to_be_hidden()
