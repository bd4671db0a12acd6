"""常见问题 on the phone (H5, 390×844 Chromium): a physician reads the published entries of
their province for physicians and everyone, by category and keyword; a draft or an entry for
patients is not shown. The screen shows what the service answers for the same caller."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.faq import service as faq_service
from core.faq.schemas import FaqIn, FaqPublicFilter
from tests import factories
from tests.h5.conftest import login_as

pytestmark = pytest.mark.e2e


async def test_a_physician_reads_the_faq_by_category_and_keyword(phone):
    world = await factories.exam_world()
    entries = [("报名与考核", "如何参加定期考核测评？", "审核通过后在“参加测评”中开始考试。", "physician", True),
               ("人脸核验", "人脸核验失败怎么办？", "请本人正对镜头重拍；多次失败请联系监考人员放行。", "all", True),
               ("人脸核验", "尚未发布的条目", "草稿", "physician", False),
               ("病案复印", "病案复印多久能拿到？", "审核通过后三个工作日内。", "patient", True)]
    for category, question, answer, audience, published in entries:
        await faq_service.create_entry(actor=world.province, data=FaqIn(
            category=category, question=question, answer=answer, audience=audience, published=published))
    shown = await faq_service.published_for(actor=world.me, filters=FaqPublicFilter())
    assert [e.question for e in shown.items] == ["人脸核验失败怎么办？", "如何参加定期考核测评？"]

    page = await phone()
    await login_as(page, world.openid)
    await page.click("a.tile:has-text('常见问题')")
    items = page.locator(".faq-item")
    await expect(items).to_have_count(2)
    for entry in shown.items:
        await expect(page.locator(f".faq-item[data-faq-id='{entry.id}']")).to_contain_text(entry.question)
    await expect(page.locator(".chips .chip")).to_have_text(["全部", "人脸核验", "报名与考核"])

    await page.click(".chip:has-text('人脸核验')")
    await expect(items).to_have_count(1)
    await items.first.locator(".faq-q").click()
    await expect(items.first.locator(".faq-a")).to_have_text("请本人正对镜头重拍；多次失败请联系监考人员放行。")

    await page.click(".chip:has-text('全部')")
    await page.fill("[data-faq-q]", "参加")
    await page.click("form.search button")
    await expect(items).to_have_count(1)
    await expect(items.first).to_contain_text("如何参加定期考核测评？")
    await page.fill("[data-faq-q]", "不存在的问题")
    await page.click("form.search button")
    await expect(page.locator(".empty")).to_have_text("没有找到相关问题")
