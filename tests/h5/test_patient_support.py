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


async def test_the_patient_chats_with_customer_service(phone, h5_server):
    """The patient opens 在线客服, writes while waiting; a seat takes the session and answers in the
    console's API of the served app; the patient's screen shows it live, and the patient ends it."""
    import httpx

    from core.support.models import ServiceChat

    t = await factories.tree()
    await SupportDesk.create(institution_id=t.hospital_a1.id, enabled=True, hours="工作日 8:00-17:30",
                             welcome="您好，这里是甲医院在线客服。")
    await factories.admin(t.hospital_a1, username="seat_h5", roles=("customer_service",))
    me = await factories.mp_patient_account("孙小美")
    page = await phone()
    await login(page, me)
    await open_screen(page, "#/support")
    await page.click("[data-chat]")
    await expect(page.locator("[data-chat-state]")).to_have_text("排队中")
    await expect(page.locator("[data-chat-list]")).to_contain_text("您好，这里是甲医院在线客服。")
    await page.fill("textarea[name=chat_text]", "请问检查报告多久出？")
    await page.click("[data-chat-submit]")
    await expect(page.locator("[data-chat-list] li.chat-mine").first).to_contain_text("请问检查报告多久出？")
    await expect(page.locator("[data-pending]")).to_have_count(0)
    chat = await ServiceChat.get(account_id=me.actor.id)

    async with httpx.AsyncClient(base_url=h5_server, timeout=10) as seat:
        csrf = (await seat.post("/api/admin/v1/auth/login", json={"username": "seat_h5",
                                                                   "password": factories.PASSWORD})).json()["csrf_token"]
        h = {"X-CSRF-Token": csrf}
        assert (await seat.post(f"/api/admin/v1/support/chats/{chat.id}/take", headers=h)).status_code == 200
        r = await seat.post(f"/api/admin/v1/support/chats/{chat.id}/messages", headers=h,
                            json={"client_id": "seat-1", "text": "一般检查后3个工作日内出报告。"})
        assert r.status_code == 200, r.text
    await expect(page.locator("[data-chat-list]")).to_contain_text("客服已接入")
    theirs = page.locator("[data-chat-list] li.chat-theirs")
    await expect(theirs.last).to_contain_text("一般检查后3个工作日内出报告。")
    await expect(theirs.last).to_contain_text("医院客服")
    await expect(page.locator("[data-chat-state]")).to_have_text("服务中")

    await page.click("[data-chat-end]")
    await page.click(".dialog >> text=确定")
    await expect(page.locator("[data-chat-ended]")).to_be_visible()
    await expect(page.locator("[data-chat-list]")).to_contain_text("本次服务已结束")
    await expect(page.locator("[data-chat-state]")).to_have_text("已结束")
    assert (await ServiceChat.get(id=chat.id)).state == "closed"
    texts = await page.locator("[data-chat-list] li").all_inner_texts()
    assert sum("请问检查报告多久出？" in x for x in texts) == 1  # shown once, though sent and echoed
