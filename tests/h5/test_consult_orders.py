"""Consultation orders on the H5 client (390×844 Chromium, seed 004 居民移动端 1, 5–7, 12–15, 18): a
relative orders for her parent under the family grant "在线问诊" with a photo, is sent to a new
informed consent on the way and comes back to what she typed, pays through the offline cashier and
sees 待接诊; the doctor (the service, as the workstation calls it) accepts and writes, the patient
sees it live, replies, sends a voice file and recalls a message; the doctor ends with a record; the
patient reads the record and rates once; the message centre's links open the order. A second order,
paid and cancelled before the doctor accepts, shows 退款中 and then 已退款 once the refund consumer
(consult.money, driven here as the worker would) and WeChat Pay's notification have run."""
from __future__ import annotations

import asyncio
import io
import json

import pytest
from PIL import Image
from playwright.async_api import expect

from core.accounts.models import MpAccount
from core.consult import desk, patient
from core.consult.models import ConsultOrder
from core.consult.schemas import EndIn, OrderIn, RecordIn
from core.conversations import service as conversations
from core.conversations.models import ChatMessage
from core.doctors import consent
from core.doctors.models import ConsentAcceptance
from core.doctors.schemas import ConsentIn
from core.notify.models import Message
from tests import factories
from tests.conversations.media import voice
from tests.h5.conftest import login_as

pytestmark = pytest.mark.e2e

SYMPTOMS = "父亲咳嗽三天，夜间加重，体温37.8度，想问是否需要去医院"


def _jpeg(color=(200, 80, 60), size=(2400, 1800)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="JPEG")
    return out.getvalue()


async def _openid(person) -> str:
    return (await MpAccount.get(id=person.actor.id)).openid


async def test_a_relative_orders_for_her_parent_chats_with_the_doctor_and_rates(phone):
    w = await factories.consult_world()
    page = await phone()
    pushed = []  # what the realtime socket brought (the doctor's moves arrive live, not by polling)
    page.on("websocket", lambda ws: ws.on("framereceived", lambda f: pushed.append(
        json.loads(f)) if isinstance(f, str) else None))
    await login_as(page, await _openid(w.child))
    await expect(page.locator("a.tile:has-text('我的问诊')")).to_be_visible()

    # ---- the doctor page → the order form: her own identity and her father (his grant lets her act)
    await page.goto(f"/h5/#/consult/doctors/{w.doctor.id}")
    await page.click("[data-service='text'] button")
    form = page.locator("[data-order-form]")
    await expect(form).to_contain_text("图文咨询 ¥30.00")
    await expect(page.locator("[data-patients] [data-patient]")).to_have_count(2)
    await expect(page.locator(f"[data-patient='{w.parent.patient.id}']")).to_contain_text("家庭成员授权")
    await page.check(f"[data-patient='{w.parent.patient.id}'] input")
    await page.fill("[data-symptoms]", "咳嗽三天")
    await expect(page.locator("[data-counter]")).to_have_text("4/1000")
    await expect(page.locator("[data-submit-order]")).to_be_disabled()  # fewer than 10 characters
    await page.fill("[data-symptoms]", SYMPTOMS)
    await expect(page.locator("[data-counter]")).to_have_text(f"{len(SYMPTOMS)}/1000")
    await page.select_option("[data-duration]", "一周内")
    await page.check("[data-visited='yes']")
    await page.set_input_files("input[name=order_images]", files=[
        {"name": "throat.jpg", "mimeType": "image/jpeg", "buffer": _jpeg()}])
    await expect(page.locator("[data-images] [data-image-state]")).to_have_count(1)

    # ---- a new informed consent was published meanwhile: refused, read and accepted, back to the form
    await consent.publish(actor=await factories.actor(w.tree.province),
                          data=ConsentIn(body="新版患者须知", fees="图文咨询 30 元/次"))
    await page.click("[data-submit-order]")
    await expect(page.locator("[data-consent='2']")).to_contain_text("新版患者须知")
    await page.check("[data-read]")
    await page.click("[data-accept]")
    await expect(page.locator("[data-symptoms]")).to_have_value(SYMPTOMS)
    await expect(page.locator("[data-images] [data-image-state]")).to_have_count(1)
    assert await ConsentAcceptance.exists(account_id=w.child.actor.id, version=2)
    assert not await ConsultOrder.exists(account_id=w.child.actor.id)
    await page.click("[data-submit-order]")

    # ---- the order, waiting for payment; the photo (scaled on the phone) is in its conversation
    await expect(page.locator("[data-order-detail] [data-state]")).to_have_text("待支付")
    order = await ConsultOrder.get(account_id=w.child.actor.id)
    assert (order.patient_id, order.state, order.grant_id is not None) == (w.parent.patient.id, "created", True)
    assert (order.symptoms, order.illness_duration, order.visited_before) == (SYMPTOMS, "一周内", True)
    image = await ChatMessage.get(conversation_id=order.conversation_id, kind="image")
    assert (image.sender_kind, image.sender_id) == ("mp", w.child.actor.id)
    shape = json.loads(image.body)
    assert shape["type"] == "image/jpeg" and max(shape["w"], shape["h"]) <= 1600
    await expect(page.locator("[data-patient]")).to_contain_text("家属代问诊")

    # ---- pay through the offline cashier (what WeChat's sheet does), then 待接诊
    await page.click("[data-pay]")
    await expect(page.locator("[data-order-detail] [data-state]")).to_have_text("待接诊")
    await expect(page.locator("[data-payment-state]")).to_have_text("已支付")
    order = await ConsultOrder.get(id=order.id)
    assert order.state == "waiting" and order.paid_at is not None

    # ---- my orders: the tab 待接诊 counts it
    await page.goto("/h5/#/consult/orders")
    await expect(page.locator("[data-group='waiting'] b")).to_have_text("1")
    await page.click("[data-group='waiting']")
    await expect(page.locator(f"[data-order='{order.id}'] [data-state]")).to_have_text("待接诊")
    await expect(page.locator(f"[data-order='{order.id}'] [data-cancel]")).to_be_visible()

    # ---- the chat: the doctor accepts and writes; she sees both live and replies
    await page.click(f"[data-order='{order.id}'] [data-go-chat]")
    chat = page.locator("[data-chat-list]")
    await expect(chat).to_contain_text(f"问诊单：{SYMPTOMS}")
    await expect(chat.locator("li[data-kind='image']")).to_have_count(1)
    await desk.accept(actor=w.doctor_actor, order_id=order.id)
    await expect(chat).to_contain_text("李时珍医生已接诊")
    await expect(page.locator("[data-chat-state]")).to_have_text("问诊中")
    await conversations.send_text(actor=w.doctor_actor, conversation_id=order.conversation_id, client_id="doc-1",
                                  text="您好，请问有没有痰？")
    theirs = chat.locator("li.chat-theirs")
    await expect(theirs.last).to_contain_text("您好，请问有没有痰？")
    await expect(theirs.last).to_contain_text("李时珍医生")
    live = [f["data"]["seq"] for f in pushed if f.get("op") == "msg"]
    assert live, "nothing came over the realtime socket"
    await page.fill("textarea[name=chat_text]", "有白痰，不多")
    await page.click("[data-chat-submit]")
    await expect(chat.locator("li.chat-mine").last).to_contain_text("有白痰，不多")
    await page.set_input_files("input[name=chat_voice]", files=[
        {"name": "voice.mp3", "mimeType": "audio/mpeg", "buffer": voice("mp3", seconds=2)}])
    await expect(chat.locator("li[data-kind='voice'] audio")).to_have_count(1)
    await page.fill("textarea[name=chat_text]", "发错了")
    await page.click("[data-chat-submit]")
    await expect(chat.locator("li.chat-mine").last).to_contain_text("发错了")
    await chat.locator("li.chat-mine").last.locator("[data-recall]").click()
    await expect(chat.locator("[data-recalled]")).to_have_count(1)
    await expect(chat).not_to_contain_text("发错了")
    await expect(page.locator("[data-pending]")).to_have_count(0)
    mine = await ChatMessage.filter(conversation_id=order.conversation_id, sender_kind="mp",
                                    sender_id=w.child.actor.id).order_by("seq")
    assert [m.kind for m in mine] == ["image", "text", "voice", "text", "recall"]
    assert json.loads(mine[1].body)["text"] == "有白痰，不多" and mine[3].recalled_at is not None

    # ---- the doctor writes the record and ends: the input goes, the record shows
    await desk.save_record(actor=w.doctor_actor, order_id=order.id, data=RecordIn(
        chief_complaint="咳嗽3天", present_history="夜间加重，低热", diagnosis=["急性支气管炎"],
        advice="多饮水，若高热不退请线下就诊"))
    await desk.end(actor=w.doctor_actor, order_id=order.id, data=EndIn(summary="按医嘱用药，三天后复诊"))
    await expect(chat).to_contain_text("李时珍医生已结束服务：按医嘱用药，三天后复诊")
    await expect(page.locator("[data-chat-ended]")).to_be_visible()
    await expect(page.locator("[data-chat-send]")).to_have_count(0)

    # The end reloads the order and the head loses its "in progress" line, moving the link up: a
    # click aimed before that re-render lands beside it, so the head must show the end first.
    await expect(page.locator("[data-chat-state]")).to_have_text("已完成")
    await page.click("[data-order-link]")
    await expect(page.locator("[data-order-detail] [data-state]")).to_have_text("已完成")
    await expect(page.locator("[data-record] [data-diagnosis]")).to_have_text("急性支气管炎")
    await expect(page.locator("[data-record] [data-advice]")).to_have_text("多饮水，若高热不退请线下就诊")
    await expect(page.locator("[data-summary]")).to_have_text("按医嘱用药，三天后复诊")
    await expect(page.locator("[data-rate]")).to_be_disabled()
    await page.click("[data-star='4']")
    await page.fill("[data-comment]", "回复及时，讲解清楚")
    await page.click("[data-rate]")
    await expect(page.locator("[data-rating]")).to_contain_text("回复及时，讲解清楚")
    await expect(page.locator("[data-rate-form]")).to_have_count(0)
    order = await ConsultOrder.get(id=order.id)
    assert (order.state, order.score, order.comment) == ("ended", 4, "回复及时，讲解清楚")

    # ---- 诊疗记录: her father's, under the grant
    await page.goto("/h5/#/consult/records")
    await expect(page.locator(".consult-records .empty")).to_have_text("暂无诊疗记录")  # none of her own
    await page.select_option("[data-record-patient]", str(w.parent.patient.id))
    row = page.locator(f"[data-record-row='{order.id}']")
    await expect(row).to_contain_text("急性支气管炎")
    await expect(row).to_contain_text("李时珍")

    # ---- the message centre: an order's message opens the order
    await page.goto("/h5/#/messages")
    note = await Message.filter(account_id=w.child.actor.id, kind="consult.state").order_by("-id").first()
    assert note.link == f"/consult/orders/{order.id}"
    await page.click(f"[data-message='{note.id}']")
    await expect(page.locator(f"[data-order-detail='{order.id}']")).to_be_visible()
    assert page.url.endswith(f"#/consult/orders/{order.id}")


async def test_cancelling_a_paid_order_shows_the_refund_until_it_is_done(phone, h5_wechatpay):
    w = await factories.consult_world()
    placed = await patient.place(actor=w.child.actor, data=OrderIn(
        doctor_id=w.doctor.id, patient_id=w.child.patient.id, symptoms="皮疹两天，瘙痒明显，想咨询用药"))
    page = await phone()
    await login_as(page, await _openid(w.child))
    await page.goto("/h5/#/consult/orders")
    card = page.locator(f"[data-order='{placed.id}']")
    await expect(card.locator("[data-state]")).to_have_text("待支付")
    await expect(page.locator("[data-group='unpaid'] b")).to_have_text("1")
    await card.locator("[data-go-pay]").click()
    await page.click("[data-pay]")
    await expect(page.locator("[data-order-detail] [data-state]")).to_have_text("待接诊")

    await page.click("[data-cancel]")
    await page.click(".dialog button:has-text('确定')")
    await expect(page.locator("[data-order-detail] [data-state]")).to_have_text("已取消")
    await expect(page.locator("[data-order-detail] [data-refund]")).to_have_text("退款中")
    await expect(page.locator("[data-cancel]")).to_have_count(0)
    order = await ConsultOrder.get(id=placed.id)
    assert (order.state, order.refund_state) == ("cancelled", "requested")

    # The worker's consumer asks WeChat Pay for the refund; its notification comes back to the server,
    # whose event the consumer follows to the order.
    for _ in range(40):
        await factories.drain("consult.money")
        order = await ConsultOrder.get(id=placed.id)
        if order.refund_state == "refunded":
            break
        await asyncio.sleep(0.5)
    assert order.refund_state == "refunded" and order.refunded_at is not None
    await expect(page.locator("[data-order-detail] [data-refund]")).to_have_text("已退款")  # the screen follows
    await expect(page.locator("[data-refund-state]")).to_contain_text("¥30.00 原路退回")

    await page.goto("/h5/#/consult/orders?tab=cancelled")
    await expect(page.locator(f"[data-order='{placed.id}'] [data-refund]")).to_have_text("已退款")
    refund_note = await Message.get(account_id=w.child.actor.id, kind="consult.refund")
    await page.goto("/h5/#/messages")
    await page.click(f"[data-message='{refund_note.id}']")
    await expect(page.locator(f"[data-order-detail='{placed.id}'] [data-refund]")).to_have_text("已退款")
