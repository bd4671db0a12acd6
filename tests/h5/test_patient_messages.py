"""The message centre of the H5 client: the unread count on the home tile and on the screen,
falling as messages are read (one, then all), and a message opening the screen it links to."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.notify import service as notify_service
from core.notify.models import Message
from tests.h5.patient_world import login, open_screen, world

pytestmark = pytest.mark.e2e


async def test_reading_messages_lowers_the_unread_count(phone):
    w = await world()
    me = w.parent.actor.id
    first = await notify_service.notify(account_id=me, kind="family.invite", title="张*燕 邀请您加入家庭「张家」",
                                        link="/family/invites")
    await notify_service.notify(account_id=me, kind="record_request.state", title="病案复印申请审核中",
                                body="申请号 BA1：身份核验与归档病案校验通过", link="/records")
    await notify_service.notify(account_id=me, kind="record_request.state", title="病案复印申请已提交",
                                link="/records")
    page = await phone()
    await login(page, w.parent)
    badge = page.locator(".tile[href='#/messages'] [data-badge]")
    await expect(badge).to_have_text("3")

    await page.click(".tile[href='#/messages']")
    await expect(page.locator("[data-unread]")).to_have_text("3")
    await page.click(f"[data-message='{first.id}']")
    await page.wait_for_url("**/h5/#/family/invites")  # the message leads to its screen
    assert (await Message.get(id=first.id)).read_at is not None
    assert await Message.filter(account_id=me, read_at__isnull=True).count() == 2

    await open_screen(page, "#/")
    await expect(badge).to_have_text("2")
    await page.click(".tile[href='#/messages']")
    await expect(page.locator("[data-unread]")).to_have_text("2")
    await page.click("[data-read-all]")
    await expect(page.locator("[data-unread]")).to_have_text("0")
    assert await Message.filter(account_id=me, read_at__isnull=True).count() == 0
    await open_screen(page, "#/")
    await expect(badge).to_have_count(0)
