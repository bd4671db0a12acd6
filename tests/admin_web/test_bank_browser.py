"""The question-bank and blueprint forms in Chromium: the group form grows a sub-question
in the page, the blueprint form a rule row, and what was entered is what the bank holds."""
from __future__ import annotations

from playwright.async_api import expect

from core.exam.models import Blueprint, Question, QuestionGroup
from tests.admin_web.test_browser import _login, browser, page, server  # noqa: F401  (fixtures)
from tests.admin_web.world import world


async def _fill_sub(page, i: int, answer: str):
    await page.fill(f"[name=q{i}_stem]", f"第{i + 1}问题干")
    for k in "ABCD":
        await page.fill(f"[name=q{i}_opt_{k}]", f"{k}选项{i}")
    await page.check(f"input[name=q{i}_answer][value={answer}]")


async def test_a_case_group_with_an_added_sub_question_and_a_blueprint(page, server):  # noqa: F811
    w = await world()
    await _login(page, server, "prov")
    await page.click("nav.nav >> text=题库")
    await page.click("[data-new=A3]")
    await page.fill("#f-stem", "女，45岁，反复上腹痛3年")
    await page.fill("#f-specialty", "内科")
    await page.fill("#f-category", "消化")
    for i, answer in enumerate("ABC"):
        await _fill_sub(page, i, answer)
    await page.click("[data-add-sub]")
    await expect(page.locator("[data-sub]")).to_have_count(4)
    await expect(page.locator("[data-sub='3'] [data-sub-number]")).to_have_text("4")
    await _fill_sub(page, 3, "D")
    await page.click("button:has-text('保存')")
    await expect(page.locator(".alert-ok")).to_contain_text("题目已保存")
    group = await QuestionGroup.get(stem="女，45岁，反复上腹痛3年")
    members = await Question.filter(group_id=group.id).order_by("position")
    assert [m.answer for m in members] == [["A"], ["B"], ["C"], ["D"]]
    assert members[3].stem == "第4问题干"

    await page.click("nav.nav >> text=组卷方案")
    await page.click("text=新建组卷方案")
    await page.select_option("#f-cycle_id", str(w.cycle.id))
    await page.fill("#f-specialty", "内科")
    await page.fill("#f-name", "内科病例方案")
    for i in range(4):
        await page.fill(f"[name=r{i}_category]", "")
    await page.click("[data-add-rule]")
    await page.fill("[name=r4_category]", "消化")
    await page.select_option("[name=r4_qtype]", "A3")
    await page.fill("[name=r4_count]", "4")
    await page.click("button:has-text('保存')")
    await expect(page.locator("[data-check]")).to_have_attribute("data-check", "ok")
    bp = await Blueprint.get(cycle_id=w.cycle.id, specialty="内科")
    assert bp.rules == [{"category": "消化", "qtype": "A3", "difficulty": None, "count": 4, "points": 1.0}]
