"""The item-analysis page in Chromium (the console's browser fixtures): reached from the
statistics page, one row per question with the numbers the service computes, narrowed by
specialty, readable on a phone."""
from playwright.async_api import expect

from core.assessment import stats
from tests import factories
from tests.admin_web.test_browser import PHONE, _login, browser, page, server  # noqa: F401 (fixtures)
from tests.admin_web.world import world
from tests.exam.test_item_analysis import RIGHT, _sit


async def test_item_analysis_page_in_a_browser(page, server):  # noqa: F811
    w = await world()
    bank = await factories.exam_bank()
    await factories.exam_blueprint(w.province, w.cycle, rules=[{"category": "基础", "qtype": "A1", "count": 6,
                                                                "points": 1}])
    singles = [q for q in bank if q.qtype == "A1"]
    await _sit(w.province, w.t.hospital_a1, w.cycle, {q.id: RIGHT["A1"] for q in singles})
    await _sit(w.province, w.t.hospital_a1, w.cycle, {singles[0].id: ["B"], singles[1].id: ["A"]})
    expected = {r["question_id"]: r for r in (await stats.exam_items(actor=w.province, cycle_id=w.cycle.id)).rows}
    assert len(expected) == 6 and expected[singles[0].id]["facility"] == 1.0

    await _login(page, server, "prov")
    await page.wait_for_url(server + "/admin/")
    await page.goto(server + "/admin/stats")
    await page.click("text=题目分析（难度系数与区分度）")
    await page.wait_for_url(f"{server}/admin/stats/items?cycle_id={w.cycle.id}")
    table = page.locator("[data-items-table]")
    await expect(table.locator("tbody tr")).to_have_count(6)
    for qid, r in expected.items():
        row = table.locator(f"tr[data-question='{qid}']")
        await expect(row.locator("td").nth(6)).to_have_text(str(r["facility"]))
        await expect(row.locator("td").nth(7)).to_have_text(str(r["discrimination"]))
    # Poorly discriminating questions (below 0.2) are marked for review: q1, right for both.
    await expect(table.locator("tbody tr.warn")).to_have_count(1)
    await page.select_option("#f-specialty", "内科")
    await page.click("button:has-text('查看')")
    await page.wait_for_url("**/admin/stats/items?cycle_id=*&specialty=*")
    await expect(table.locator("tbody tr")).to_have_count(6)

    await page.set_viewport_size(PHONE)
    widths = await page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths
