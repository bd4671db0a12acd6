"""A video consultation in two browsers on a real Janus (issue 12, the Chromium test): the patient on
her phone (H5) in the waiting room and the doctor at the workstation's 视频问诊, each with a fake camera.

The patient checks in and sees her place and estimated wait, updated live when the patient ahead
leaves; the doctor calls her from the waiting room; she lets the call ring out (the call timer fires
as the worker's job would), is back in the queue marked as having missed it, and the doctor calls
again; she answers: each sees the other's camera through Janus (a playing <video>, its time
advancing); the doctor writes the record and ends the service, and the room closes on both sides.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.async_api import expect

from core import wiring
from core.accounts.models import MpAccount
from core.consult import video
from core.consult.models import ConsultOrder
from core.consult.schemas import CancelIn
from core.rooms.models import RoomEvent, RoomParticipant, VideoRoom
from core.settings import get_settings
from tests import factories
from tests.h5.conftest import login_as
from tests.h5.video_world import MEDIA, assert_playing, console_login

pytestmark = pytest.mark.e2e


async def test_waiting_room_call_missed_call_again_answer_and_end(video_browser, wechatpay):
    wiring.wire()
    w = await factories.video_world()
    ahead, her = w.patients[0], w.patients[1]
    ahead_order = await factories.video_order(w, wechatpay, ahead)
    order_id = await factories.video_order(w, wechatpay, her)
    await video.check_in(actor=ahead.actor, order_id=ahead_order)

    # She opens her order, goes to the waiting room and checks in: second, one ahead of her.
    phone = await video_browser.handset()
    await login_as(phone, (await MpAccount.get(id=her.actor.id)).openid)
    await phone.goto(f"/h5/#/consult/orders/{order_id}")
    await phone.click("[data-waiting-link]")
    await phone.click("[data-check-in]")
    await expect(phone.locator("[data-position]")).to_have_text("2")
    await expect(phone.locator("[data-ahead]")).to_have_text("1")

    # The patient ahead leaves the queue: her place moves up, live.
    await video.leave(actor=ahead.actor, order_id=ahead_order, data=CancelIn(reason="临时有事"))
    await expect(phone.locator("[data-position]")).to_have_text("1")
    await expect(phone.locator("[data-ahead]")).to_have_text("0")

    # The doctor sees her in today's waiting room and calls her.
    desk = await video_browser.desk()
    await console_login(desk, w.doctor_actor)
    await desk.goto("/admin/workstation/video")
    entry = desk.locator(f"[data-entry='{order_id}']")
    await expect(entry).to_contain_text("吴二")
    await expect(entry.locator("[data-position]")).to_have_text("第 1 位")
    await entry.locator(f"[data-call='{order_id}']").click()
    await expect(desk.locator("[data-call-state]")).to_have_text("视频中", timeout=MEDIA)
    await expect(desk.locator("[data-symptoms]")).to_contain_text("孩子发热两天")
    await expect(desk.locator("[data-waiting-peer]")).to_be_visible()
    await expect(phone.locator("[data-ringing]")).to_have_text("医生正在呼叫您")

    # She does not answer in time: the call's timer fires (the worker's consult_timer job).
    called_at = (await ConsultOrder.get(id=order_id)).called_at
    assert await video.due(order_id, called_at + dt.timedelta(seconds=get_settings().consult_call_seconds)) == "miss"
    await expect(phone.locator("[data-missed]")).to_contain_text("错过医生的呼叫 1 次")
    await expect(phone.locator("[data-position]")).to_have_text("1")

    # The doctor calls her again; this time she answers and they see each other.
    again = entry.locator(f"[data-call='{order_id}']")
    await expect(again).to_have_text("再次呼叫")
    await again.click()
    await expect(phone.locator("[data-ringing]")).to_be_visible()
    await phone.click("[data-answer]")
    await expect(phone.locator("[data-call-state]")).to_have_text("通话中", timeout=MEDIA)
    await assert_playing(phone.locator("[data-remote-video]"))
    await assert_playing(desk.locator("[data-remote-video]"))
    await assert_playing(phone.locator("[data-local-video]"))
    await expect(desk.locator("[data-peer]", has_text="吴二").locator("[data-peer-quality]")).to_contain_text(
        re.compile("良好|一般|较差"), timeout=MEDIA)
    await expect(phone.locator("[data-peer]", has_text="扁鹊").locator("[data-peer-quality]")).to_contain_text(
        re.compile("良好|一般|较差"), timeout=MEDIA)

    # The record and the end of the service, written during the call; the room closes on her phone.
    await desk.fill("[data-record-form] [name=chief_complaint]", "发热两天")
    await desk.fill("[data-record-form] [name=diagnosis]", "急性上呼吸道感染")
    await desk.fill("[data-end-form] [name=summary]", "多饮水，体温超过38.5℃服退热药")
    await desk.click("[data-end]")
    await expect(desk.locator("[data-subtitle]")).to_contain_text("已完成")
    assert await factories.drain("consult.rooms") >= 1  # the worker's group ends the call's room
    await expect(phone.locator("[data-call-state]")).to_have_text("视频已结束", timeout=MEDIA)

    order = await ConsultOrder.get(id=order_id)
    assert (order.state, order.calls, order.missed) == ("ended", 2, 1)
    room = await VideoRoom.get(id=order.room_id)
    assert room.state == "ended"
    members = {p.role: p for p in await RoomParticipant.filter(room_id=room.id)}
    joined = {p for k, p in await RoomEvent.filter(room_id=room.id).values_list("kind", "participant_id") if k == "joined"}
    assert joined >= {members["patient"].id, members["doctor"].id}
