"""Both sides of a consultation in Chromium at once (issue 11 "Done when": the Chromium test has both
sides chatting): a son on his phone in the H5 client (acting for his father under the family grant)
and the doctor at the console's 我的诊室 on a desk, each in its own browser context, talking through
the served app and its realtime gateway. What one types shows on the other's screen; the doctor's
record and end of service reach the phone; the database holds the same messages in the same order.
"""
from __future__ import annotations

import io

import pytest
from PIL import Image
from playwright.async_api import expect

from core import wiring
from core.accounts.models import AdminAccount, MpAccount
from core.consult import patient
from core.consult.models import ConsultOrder
from core.consult.schemas import OrderIn
from core.conversations.models import ChatMessage
from core.payments import demo as payments_demo
from tests import factories
from tests.h5.conftest import login_as

pytestmark = pytest.mark.e2e


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1200, 900), (90, 140, 200)).save(out, format="JPEG")
    return out.getvalue()


async def test_a_son_and_the_doctor_chat_in_two_browsers(phone, _chromiums, h5_server):
    wiring.wire()
    w = await factories.consult_world()
    placed = await patient.place(actor=w.child.actor, data=OrderIn(
        doctor_id=w.doctor.id, patient_id=w.parent.patient.id, symptoms="父亲咳嗽一周，夜间加重，有白痰"))
    await payments_demo.paid_without_gateway(actor=w.child.actor, reference=f"consult.order:{placed.id}",
                                             org_id=w.tree.hospital_a1.id, amount_fen=placed.price_fen,
                                             description="图文咨询")
    order = await ConsultOrder.get(id=placed.id)

    # The son, on his phone: the consultation's chat, waiting for the doctor.
    son = await phone()
    await login_as(son, (await MpAccount.get(id=w.child.actor.id)).openid)
    await son.goto(f"/h5/#/consult/orders/{order.id}/chat")
    son_chat = son.locator("[data-chat-list]")
    await expect(son_chat).to_contain_text("问诊单：父亲咳嗽一周")

    # The doctor, at a desk in another browser context.
    browser = await _chromiums("grace_hopper.jpg")
    desk_context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN",
                                             base_url=h5_server)
    doctor = await desk_context.new_page()
    doctor.set_default_timeout(15_000)
    errors: list[str] = []
    doctor.on("pageerror", lambda exc: errors.append(str(exc)))
    await doctor.goto("/admin/login")
    await doctor.fill("#f-username", (await AdminAccount.get(id=w.doctor_actor.id)).username)
    await doctor.fill("#f-password", factories.PASSWORD)
    await doctor.click("button:has-text('登录')")
    await doctor.goto("/admin/workstation/consult")
    await doctor.click(f".desk-item[data-order='{order.id}']")
    await expect(doctor.locator("[data-live-state]")).to_have_text("实时")
    await doctor.click("[data-act=accept]")
    await expect(doctor.locator("[data-state]")).to_have_text("问诊中")
    await expect(son_chat).to_contain_text("李时珍医生已接诊")
    await expect(son.locator("[data-chat-state]")).to_have_text("问诊中")

    # They talk: each line typed on one side appears on the other.
    await doctor.fill("[data-text]", "您好，痰是什么颜色？")
    await doctor.press("[data-text]", "Enter")
    await expect(son_chat.locator("li.chat-theirs").last).to_contain_text("您好，痰是什么颜色？")
    await son.fill("textarea[name=chat_text]", "白色的，早上多一些")
    await son.click("[data-chat-submit]")
    await expect(doctor.locator(".chat-line.theirs").last).to_contain_text("白色的，早上多一些")
    await son.set_input_files("input[name=chat_image]", files=[
        {"name": "throat.jpg", "mimeType": "image/jpeg", "buffer": _jpeg()}])
    await expect(doctor.locator(".chat-line.theirs img")).to_have_count(1)
    await doctor.fill("[data-text]", "收到照片，不严重")
    await doctor.click("[data-send]")
    await expect(son_chat.locator("li.chat-theirs").last).to_contain_text("收到照片，不严重")

    # The record and the end of the service, from the desk; the phone sees the end.
    await doctor.fill("[data-record-form] [name=chief_complaint]", "咳嗽一周")
    await doctor.fill("[data-record-form] [name=diagnosis]", "急性支气管炎")
    await doctor.click("[data-save-record]")
    await expect(doctor.locator("[data-record-note]")).to_contain_text("已保存")
    await doctor.fill("[data-end-form] [name=summary]", "多饮水，一周后复诊")
    await doctor.click("[data-end]")
    await expect(doctor.locator("[data-state]")).to_have_text("已完成")
    await expect(son_chat).to_contain_text("李时珍医生已结束服务：多饮水，一周后复诊")
    await expect(son.locator("[data-chat-ended]")).to_be_visible()

    stored = await ChatMessage.filter(conversation_id=order.conversation_id).order_by("seq").values_list(
        "seq", "kind", "sender_kind")
    assert [s for s, _, _ in stored] == list(range(1, len(stored) + 1))
    talk = [(k, who) for _, k, who in stored if k != "system"]
    assert talk == [("text", "admin"), ("text", "mp"), ("image", "mp"), ("text", "admin")]
    assert (await ConsultOrder.get(id=order.id)).state == "ended"
    await desk_context.close()
    assert not errors, errors
