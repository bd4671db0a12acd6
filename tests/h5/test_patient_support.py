"""帮助与反馈 in the H5 client (seed 004 居民移动端 24), in Chromium against the served app: a patient
picks the hospital, reads its help, sends feedback with a photo (a file that is no image is refused
with the server's words), is told of the hospital's reply in 消息中心, reads it on the ticket, adds to
it and closes it."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from playwright.async_api import expect

from core.faq.models import FaqEntry
from core.support import service as support_service
from core.support.models import SupportDesk, SupportTicket
from core.support.schemas import ReplyIn
from tests import factories
from tests.h5.patient_world import login, open_screen

pytestmark = pytest.mark.e2e


async def test_feedback_is_sent_answered_and_read(phone, tmp_path):
    t = await factories.tree()
    await SupportDesk.create(institution_id=t.hospital_a1.id, enabled=True, hours="工作日 8:00-17:30",
                             phone="027-88886666")
    await FaqEntry.create(org_id=t.hospital_a1.id, category="就诊", question="本院夜间有门诊吗？",
                          answer="急诊24小时开放。\n夜间门诊 18:00-21:00。", audience="patient", published=True)
    me = await factories.mp_patient_account("刘晓红")
    staff = await factories.actor(t.hospital_a1, roles=("customer_service",))
    page = await phone()
    await login(page, me)
    await page.click(".home >> text=帮助与反馈")

    await expect(page.locator("[data-desk-info]")).to_contain_text("027-88886666")
    await page.click("text=本院夜间有门诊吗？")
    await expect(page.locator("[data-faq]")).to_contain_text("急诊24小时开放")

    await page.click("[data-new-ticket]")
    await page.click("[data-category=payment] >> xpath=..")
    await page.fill("textarea[name=content]", "支付成功了，订单还显示待支付")
    # A file that is no image is refused by the server, with its words.
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"this is not a picture")
    await page.set_input_files("input[name=images]", str(fake))
    await expect(page.locator(".error-banner")).to_contain_text("不是有效的图片")
    shot = tmp_path / "shot.png"
    buf = io.BytesIO()
    Image.new("RGB", (900, 1600), (30, 120, 200)).save(buf, "PNG")
    shot.write_bytes(buf.getvalue())
    await page.set_input_files("input[name=images]", str(shot))
    await expect(page.locator("[data-images] figure img")).to_have_count(1)
    await page.click("[data-submit]")

    await expect(page.locator(".ticket [data-state]")).to_have_text("待处理")
    await expect(page.locator("[data-content]")).to_have_text("支付成功了，订单还显示待支付")
    ticket = await SupportTicket.get(account_id=me.actor.id)
    assert ticket.category == "payment" and len(ticket.images) == 1

    # The hospital answers (its console calls the same service).
    await support_service.reply(actor=staff, ticket_id=ticket.id, data=ReplyIn(content="已核实，订单已更新为已支付。"))
    await open_screen(page, "#/messages")
    await page.click("[data-messages] >> text=您的问题反馈有新回复")
    await expect(page.locator("[data-entry=operator]")).to_contain_text("已核实，订单已更新为已支付。")
    await expect(page.locator("[data-entry=operator]")).to_contain_text("医院客服")
    await expect(page.locator(".ticket [data-state]")).to_have_text("已回复")

    await page.fill("textarea[name=more]", "谢谢，发票在哪里看？")
    await page.click("[data-send]")
    await expect(page.locator("[data-entry=sender]")).to_contain_text("发票在哪里看")
    await expect(page.locator(".ticket [data-state]")).to_have_text("待处理")
    await page.click("[data-close]")
    await page.click(".dialog >> text=确定")
    await expect(page.locator("[data-closed]")).to_be_visible()
    await expect(page.locator("[data-follow-up]")).to_have_count(0)
    assert (await SupportTicket.get(id=ticket.id)).state == "closed"

    await open_screen(page, "#/support/tickets")
    await page.click("[data-states] >> text=已关闭")
    await expect(page.locator("[data-tickets] [data-ticket]")).to_have_count(1)
