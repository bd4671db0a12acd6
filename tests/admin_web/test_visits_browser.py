"""就医助手's console pages in Debian's Chromium against the real server (fixtures of test_browser.py):
in 就诊节点配置 上移 / 下移 reorder the rows in the page
(no round trip, the move buttons renumbered), and 保存配置 writes that order to the database; in 隔离事件
the batch buttons wait for a ticked row, 批量丢弃 (its confirmation accepted) and 批量重放 swap the list with
each row's outcome through htmx; 机构接入 draws its health chart."""
from __future__ import annotations

from playwright.async_api import expect

from core.visits.models import VisitStepConfig
from tests import factories
from tests.admin_web.test_browser import _login, browser, page, server  # noqa: F401  (fixtures)


async def test_steps_reordered_in_the_page(page, server):  # noqa: F811
    t = await factories.tree()
    await factories.onboarded(t.hospital_a1)
    account = await factories.admin(t.city_a)
    await _login(page, server, account.username)
    await page.wait_for_url(server + "/admin/")
    await page.click("nav.nav >> text=就医助手·节点配置")
    await page.click(f'[data-institution="{t.hospital_a1.id}"]')
    await page.wait_for_url(f"{server}/admin/visits/steps/{t.hospital_a1.id}")
    rows = page.locator("tr[data-step]")
    await expect(rows.nth(1)).to_have_attribute("data-step", "registration")
    await page.locator('tr[data-step="checkin"] [data-move="up"]').click()
    await expect(rows.nth(1)).to_have_attribute("data-step", "checkin")
    await expect(rows.nth(2)).to_have_attribute("data-step", "registration")
    assert page.url.endswith(f"/admin/visits/steps/{t.hospital_a1.id}")  # no round trip
    await expect(page.locator('tr[data-step="checkin"] [data-position]')).to_have_text("2")
    await page.locator('tr[data-step="appointment"] [data-move="down"]').click()
    await expect(rows.nth(0)).to_have_attribute("data-step", "checkin")
    await expect(page.locator('tr[data-step="checkin"] [data-move="up"]')).to_be_disabled()
    await page.fill('tr[data-step="registration"] input[name^="name_"]', "挂号缴费")
    await page.click("[data-action=save]")
    await expect(page.locator(".alert-ok")).to_contain_text("节点配置已保存")
    saved = [s.code for s in await VisitStepConfig.filter(institution_id=t.hospital_a1.id).order_by("position")]
    assert saved[:3] == ["checkin", "appointment", "registration"]
    assert (await VisitStepConfig.get(institution_id=t.hospital_a1.id, code="registration")).name == "挂号缴费"


async def test_quarantine_batch_discard_and_replay_in_the_page(page, server):  # noqa: F811
    from core.visits.models import VisitEvent

    t = await factories.tree()
    await factories.onboarded(t.hospital_a1)
    one = await factories.quarantined_event(t.hospital_a1, reason="malformed", step="", payload={"oops": 1})
    two = await factories.quarantined_event(t.hospital_a1, reason="malformed", step="", payload={"oops": 2})
    account = await factories.admin(t.city_a)
    await _login(page, server, account.username)
    await page.wait_for_url(server + "/admin/")
    await page.goto(server + "/admin/visits/quarantine")
    discard = page.locator("[data-action=batch-discard]")
    await expect(discard).to_be_disabled()  # nothing ticked yet
    await page.check(f'input[name=ids][value="{one.id}"]')
    await expect(page.locator("[data-selected-count]")).to_have_text("1")
    page.once("dialog", lambda d: d.accept())  # 确定丢弃？
    await discard.click()
    await expect(page.locator(f'[data-outcome-row="{one.id}"]')).to_contain_text("成功")
    await expect(page.locator(f'tr[data-row-id="{one.id}"]')).to_have_count(0)
    assert (await VisitEvent.get(id=one.id)).status == "discarded"
    # 批量重放 of a malformed one: still quarantined, the row says why.
    await page.check(f'input[name=ids][value="{two.id}"]')
    await page.click("[data-action=batch-replay]")
    await expect(page.locator(f'[data-outcome-row="{two.id}"]')).to_contain_text("仍被隔离：格式错误")
    assert (await VisitEvent.get(id=two.id)).status == "quarantined"


async def test_institutions_health_chart(page, server):  # noqa: F811
    t = await factories.tree()
    await factories.onboarded(t.hospital_a1)
    await factories.onboarded(t.hospital_a2, received=40, applied=30)
    account = await factories.admin(t.city_a)
    await _login(page, server, account.username)
    await page.wait_for_url(server + "/admin/")
    await page.click("nav.nav >> text=就医助手·机构接入")
    await expect(page.locator(f'tr[data-institution="{t.hospital_a2.id}"] [data-received]')).to_have_text("40")
    await expect(page.locator("#chart-health canvas")).to_have_count(1)
