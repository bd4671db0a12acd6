"""我的诊室 in real Chromium (admin_web/pages/consult_desk.py, admin_web/static/consult-desk.js) against the
served app on the tests' database and Redis: the doctor sees a paid order arrive in 新接诊, opens it,
accepts, chats live with the patient (whose side here is the phone's API: the H5 screens have their
own browser test), writes the record from the form, and ends the service; the database says so.
"""
from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from playwright.async_api import expect

from core import wiring
from core.accounts.models import AdminAccount
from core.consult import patient
from core.consult.models import ConsultOrder, ConsultRecord
from core.consult.schemas import OrderIn
from core.payments import demo as payments_demo
from tests import factories
from tests.admin_web.test_browser import browser, server  # noqa: F401  (fixtures: the served app, Chromium)

pytestmark = pytest.mark.e2e


async def _paid_order(w) -> ConsultOrder:
    placed = await patient.place(actor=w.child.actor, data=OrderIn(
        doctor_id=w.doctor.id, patient_id=w.parent.patient.id, symptoms="父亲咳嗽一周，夜间加重，有白痰"))
    await payments_demo.paid_without_gateway(actor=w.child.actor, reference=f"consult.order:{placed.id}",
                                             org_id=w.tree.hospital_a1.id, amount_fen=placed.price_fen,
                                             description="图文咨询")
    return await ConsultOrder.get(id=placed.id)


async def _history(base: str, headers: dict, cid: int) -> list[str]:
    async with httpx.AsyncClient(base_url=base) as c:
        r = await c.get(f"/api/mp/v1/conversations/{cid}/messages", params={"limit": 200}, headers=headers)
        return [m.get("text", "") for m in r.json()["items"]]


async def test_the_doctor_accepts_chats_records_and_ends_in_the_browser(server, browser):
    wiring.wire()
    w = await factories.consult_world()
    order = await _paid_order(w)
    son = {"Authorization": "Bearer " + factories.mp_token(w.child.actor)}
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = await context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)

    username = (await AdminAccount.get(id=w.doctor_actor.id)).username
    await page.goto(server + "/admin/login")
    await page.fill("#f-username", username)
    await page.fill("#f-password", factories.PASSWORD)
    await page.click("button:has-text('登录')")
    await page.goto(server + "/admin/workstation/consult")
    item = page.locator(f".desk-item[data-order='{order.id}']")
    await expect(item).to_contain_text("王大山")
    await expect(item).to_contain_text("夜间加重")
    await expect(page.locator("[data-count=new]")).to_have_text("1")
    # The reminder of the new order (下单提醒) leads to it and is read then.
    await expect(page.locator("[data-reminder-count]")).to_have_text("1")
    await page.click("[data-reminders] summary")
    await expect(page.locator("[data-reminder]")).to_contain_text("新的问诊订单")
    await page.click("[data-reminder]")
    await expect(page.locator("[data-reminder-count]")).to_have_text("0")
    await item.click()
    await expect(page.locator("[data-state]")).to_have_text("待接诊")
    await expect(page.locator("[data-chat-note]")).to_have_text("接诊后可以回复患者")
    await page.click("[data-act=accept]")
    await expect(page.locator("[data-state]")).to_have_text("问诊中")
    await expect(page.locator(".chat-line.system").last).to_contain_text("已接诊")
    await expect(page.locator("[data-live-state]")).to_have_text("实时")

    # The patient writes from the phone: it shows at once; the doctor answers with Enter.
    async with httpx.AsyncClient(base_url=server) as c:
        r = await c.post(f"/api/mp/v1/conversations/{order.conversation_id}/messages",
                         json={"client_id": "son-1", "text": "医生您好，痰是白色的"}, headers=son)
        assert r.status_code == 200, r.text
    await expect(page.locator(".chat-line.theirs").last).to_contain_text("痰是白色的")
    await page.fill("[data-text]", "好的，先多喝水，注意休息")
    await page.press("[data-text]", "Enter")
    await expect(page.locator(".chat-line.mine").last).to_contain_text("多喝水")
    until = time.monotonic() + 15
    while "好的，先多喝水，注意休息" not in await _history(server, son, order.conversation_id):
        assert time.monotonic() < until, "the doctor's reply never reached the patient's side"
        await asyncio.sleep(0.2)

    # The record from the form, then the end of the service.
    await page.fill("[data-record-form] [name=chief_complaint]", "咳嗽一周")
    await page.fill("[data-record-form] [name=diagnosis]", "急性支气管炎")
    await page.fill("[data-record-form] [name=advice]", "多饮水")
    await page.click("[data-save-record]")
    await expect(page.locator("[data-record-note]")).to_contain_text("已保存")
    await page.fill("[data-end-form] [name=summary]", "按医嘱服药，一周后复诊")
    await page.click("[data-end]")
    await expect(page.locator("[data-state]")).to_have_text("已完成")
    await expect(page.locator("[data-chat-note]")).to_have_text("本次问诊已结束，会话只读")
    done = await ConsultOrder.get(id=order.id)
    record = await ConsultRecord.get(order_id=order.id)
    assert done.state == "ended" and done.summary == "按医嘱服药，一周后复诊"
    assert record.chief_complaint == "咳嗽一周" and record.signed_at is not None
    await context.close()
    assert not errors, errors
