"""The console's realtime client (admin_web/static/realtime.js) in Chromium: the customer-service
seat's session page gets a ticket, follows the conversation over the socket, shows the patient's
messages without a reload and sends its own over the socket (acknowledged once); when the account
is disabled the socket is closed and the client stops (no ticket any more)."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.accounts import service as accounts_service
from core.conversations import service as conversations
from core.conversations.models import ChatMessage
from core.support import chat as chat_service
from core.support.models import SupportDesk
from tests import factories
from tests.admin_web import test_browser

pytestmark = pytest.mark.e2e
server, browser, page, _login = test_browser.server, test_browser.browser, test_browser.page, test_browser._login


async def test_the_seat_page_talks_over_the_socket(page, server, settings):
    if settings.redis_is_memory:
        pytest.skip("the served app and the tests share the events through a real Redis")
    t = await factories.tree()
    await SupportDesk.create(institution_id=t.hospital_a1.id, enabled=True, hours="全天", phone="027-1")
    patient = await factories.mp_patient_account("孙悟空")
    opened = await chat_service.open_chat(actor=patient.actor, institution_id=t.hospital_a1.id)
    seat = await factories.admin(t.hospital_a1, username="live_seat", roles=("customer_service",))
    seat_actor = factories.principal_for(seat, t.hospital_a1)
    await chat_service.take(actor=seat_actor, chat_id=opened.id)

    await _login(page, server, "live_seat")
    await page.wait_for_url(server + "/admin/")
    await page.goto(f"{server}/admin/support/chats/{opened.id}")
    transcript = page.locator("#transcript")
    await expect(transcript).to_have_attribute("data-live", "live")
    await expect(page.locator("[data-live-state]")).to_have_text("实时连接")

    # The patient writes (HTTP, another process): the page shows it without being reloaded.
    await page.evaluate("window.__same_page = true")
    await conversations.send_text(actor=patient.actor, conversation_id=opened.conversation_id,
                                  client_id="p-live-1", text="请问今天几点下班？")
    await expect(transcript.locator("[data-sender=patient]")).to_contain_text("请问今天几点下班？")

    # The seat answers: over the socket (no form post, the page stays), stored once as the seat's.
    await page.fill("#f-text", "我们 17:30 下班。")
    await page.click("[data-action=send]")
    await expect(transcript.locator("[data-sender=me]")).to_contain_text("我们 17:30 下班。")
    assert await page.evaluate("window.__same_page") is True
    stored = await ChatMessage.filter(conversation_id=opened.conversation_id, sender_kind="admin",
                                      sender_id=seat.id, kind="text")
    assert [conversations.present(m)["text"] for m in stored] == ["我们 17:30 下班。"]

    # Disabled: the gateway closes the socket (4003), no new ticket is given, the page polls no more.
    boss = factories.principal_for(await factories.admin(t.hospital_a1, roles=("institution_admin",)), t.hospital_a1)
    await accounts_service.set_disabled(actor=boss, account_id=seat.id, disabled=True)
    await expect(transcript).to_have_attribute("data-live", "ended", timeout=30_000)
