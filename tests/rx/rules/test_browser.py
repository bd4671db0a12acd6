"""审方规则 in Chromium against the served app: the menu entry, a draft made, a rule's form opened by
its row, its parameters edited as JSON and refused beside the field, then saved, filters swapping
the list, the draft published (confirmed) and the difference shown."""
from __future__ import annotations

import json

from playwright.async_api import expect

from core.rx.models import Rule, RuleSet
from core.rx.rules import service
from tests import factories
from tests.admin_web.test_browser import _login, browser, page, server  # noqa: F401  (fixtures)


async def test_edit_and_publish_rules_in_the_browser(page, server):  # noqa: F811
    await service.ensure_seeded()
    t = await factories.tree()
    await factories.admin(t.hospital_a1, username="yaoshike", roles=("institution_admin",))
    page.on("dialog", lambda d: d.accept())
    await _login(page, server, "yaoshike")
    await page.wait_for_url(server + "/admin/")
    await page.click("nav.nav >> text=审方规则")
    await page.wait_for_url(server + "/admin/rx/rules")
    await expect(page.locator('tr[data-version="1"]')).to_contain_text("已发布")

    await page.fill("input[name=note]", "本院调整对乙酰氨基酚")
    await page.click("[data-action=new-draft]")
    await page.wait_for_url(server + "/admin/rx/rules/2?notice=draft")
    await page.select_option("#f-kind", "dose")
    await page.fill("#f-subject", "paracetamol")
    await page.click("form.filters button[type=submit]")
    await expect(page.locator("table[data-rules] tbody tr")).to_have_count(1)
    await page.click('tr[data-code="DOSE-paracetamol"] >> text=编辑')

    params = json.loads(await page.input_value("#f-params"))
    params["bands"][0]["per_day_max"] = -3
    await page.fill("#f-params", json.dumps(params, ensure_ascii=False))
    await page.click("button:has-text('保存')")
    await expect(page.locator('[data-error-for="params"]')).to_contain_text("bands.0.per_day_max")
    params["bands"][0]["per_day_max"] = 3000
    await page.fill("#f-params", json.dumps(params, ensure_ascii=False))
    await page.click("button:has-text('保存')")
    await expect(page.locator(".alert-ok")).to_contain_text("规则已保存")
    draft = await RuleSet.get(version=2)
    saved = await Rule.get(ruleset_id=draft.id, code="DOSE-paracetamol")
    assert saved.params["bands"][0]["per_day_max"] == 3000

    await page.goto(server + "/admin/rx/rules/2")
    await page.click("[data-action=publish]")
    await page.wait_for_url(server + "/admin/rx/rules/2?notice=published")
    await expect(page.locator("h1 [data-state]")).to_have_text("已发布")
    await page.goto(server + "/admin/rx/rules")
    await page.click('tr[data-version="2"] [data-action=diff]')
    await expect(page.locator("[data-diff-summary]")).to_have_text("新增 0 条，删除 0 条，修改 1 条")
    await expect(page.locator('table[data-diff="changed"] tr[data-code="DOSE-paracetamol"]')).to_contain_text("params")
