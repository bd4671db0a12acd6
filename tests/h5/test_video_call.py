"""视频陪诊 in Chromium on a real Janus (issue 12, point 4): the patient in the H5 call screen invites a
relative by a single-use link (with its QR code), the relative opens it on another phone, logs in,
accepts and joins; each sees the other's camera through Janus (a playing <video>, not a placeholder),
both see the other's connection quality, and the patient removes the relative, whose call stops at once.
The room's trail in the database says the same.
"""
from __future__ import annotations

import re

import pytest
from playwright.async_api import expect

from core import wiring
from core.accounts.models import MpAccount
from core.consult import patient
from core.consult.schemas import OrderIn
from core.payments import demo as payments_demo
from core.rooms import service as rooms
from core.rooms.models import RoomEvent, RoomParticipant
from tests import factories
from tests.h5.conftest import login_as
from tests.h5.video_world import MEDIA, assert_playing, console_login

pytestmark = pytest.mark.e2e


async def _video_room(w):
    placed = await patient.place(actor=w.child.actor, data=OrderIn(
        doctor_id=w.doctor.id, patient_id=w.child.patient.id, symptoms="咳嗽一周，夜间加重，想视频看看"))
    await payments_demo.paid_without_gateway(actor=w.child.actor, reference=f"consult.order:{placed.id}",
                                             org_id=w.tree.hospital_a1.id, amount_fen=placed.price_fen,
                                             description="视频问诊")
    room = await rooms.open_room(subject_type="consult.order", subject_id=placed.id,
                                 institution_id=w.tree.hospital_a1.id, description="视频问诊")
    await rooms.admit(room=room, role="patient", account_type="mp", account_id=w.child.actor.id, display="王小明")
    await rooms.admit(room=room, role="doctor", account_type="admin", account_id=w.doctor_actor.id, display="李时珍")
    return room


async def test_a_patient_invites_a_relative_into_the_call_and_removes_her(video_browser):
    wiring.wire()
    w = await factories.consult_world()
    room = await _video_room(w)

    # The patient opens the call: the camera is on, nobody else is there yet.
    me = await video_browser.handset()
    await login_as(me, (await MpAccount.get(id=w.child.actor.id)).openid)
    await me.goto(f"/h5/#/video/rooms/{room.id}")
    await expect(me.locator("[data-call-state]")).to_have_text("通话中", timeout=MEDIA)
    await assert_playing(me.locator("[data-local-video]"))
    await expect(me.locator("[data-waiting-peer]")).to_be_visible()

    # 视频陪诊: a single-use link with its QR code.
    await me.fill("input[name=invite_note]", "姐姐")
    await me.click("[data-invite]")
    link = await me.locator("[data-invite-link]").inner_text()
    assert re.match(r"^http://127\.0\.0\.1:\d+/h5/#/video/invite\?token=[\w-]{16,}$", link), link
    await expect(me.locator("[data-invite-qr]")).to_be_visible()

    # The relative opens the link on her own phone, logs in, accepts and is in the call.
    sister = await video_browser.handset()
    await login_as(sister, (await MpAccount.get(id=w.stranger.actor.id)).openid)
    await sister.goto(link[link.index("/h5/"):])
    await expect(sister.locator("[data-invitation]")).to_contain_text("王小明 邀请您视频陪诊")
    await sister.click("[data-accept]")
    await expect(sister.locator("[data-call-state]")).to_have_text("通话中", timeout=MEDIA)

    # Each sees the other's camera through Janus.
    await assert_playing(sister.locator("[data-remote-video]"))
    await assert_playing(me.locator("[data-remote-video]"))
    await expect(me.locator("[data-room-events]")).to_contain_text("姐姐进入了视频")

    # Both sides' connection quality, measured by each browser and passed through the room's topic.
    await expect(me.locator("[data-my-quality]")).to_have_attribute("data-level", re.compile("good|fair|poor"),
                                                                     timeout=MEDIA)
    sister_row = me.locator("[data-peer]", has_text="姐姐")
    await expect(sister_row.locator("[data-peer-quality]")).to_contain_text(re.compile("良好|一般|较差"),
                                                                      timeout=MEDIA)
    await expect(sister.locator("[data-peer]", has_text="王小明").locator("[data-peer-quality]")).to_contain_text(
        re.compile("良好|一般|较差"), timeout=MEDIA)

    # The patient removes her: her call stops, and the patient's screen loses her picture.
    await sister_row.locator("[data-remove]").click()
    await me.click(".dialog .btn-primary")
    await expect(sister.locator("[data-call-state]")).to_have_text("您已被移出视频")
    await expect(me.locator("[data-remote-video]")).to_have_count(0, timeout=MEDIA)
    await expect(sister_row).to_contain_text("已移出")

    relative = await RoomParticipant.get(room_id=room.id, role="relative")
    assert relative.state == "removed" and relative.display == "姐姐"
    kinds = await RoomEvent.filter(room_id=room.id).values_list("kind", "participant_id")
    assert ("joined", relative.id) in kinds and ("removed", relative.id) in kinds and ("accepted", relative.id) in kinds
    assert {p for k, p in kinds if k == "quality"} >= {relative.id}


async def test_the_doctor_sees_the_patient_and_invites_a_colleague_into_the_call(video_browser):
    wiring.wire()
    w = await factories.consult_world()
    room = await _video_room(w)

    # The patient waits in the call screen on the phone; the doctor opens the call at the workstation.
    patient_phone = await video_browser.handset()
    await login_as(patient_phone, (await MpAccount.get(id=w.child.actor.id)).openid)
    await patient_phone.goto(f"/h5/#/video/rooms/{room.id}")
    doctor = await video_browser.desk()
    await console_login(doctor, w.doctor_actor)
    await doctor.goto(f"/admin/workstation/video/{room.id}")
    await expect(doctor.locator("[data-call-state]")).to_have_text("视频中", timeout=MEDIA)
    await expect(doctor.locator("[data-symptoms]")).to_contain_text("咳嗽一周，夜间加重")
    await assert_playing(doctor.locator("[data-remote-video]"))
    await assert_playing(patient_phone.locator("[data-remote-video]"))
    await expect(doctor.locator("[data-peer]", has_text="王小明").locator("[data-peer-quality]")).to_contain_text(
        re.compile("良好|一般|较差"), timeout=MEDIA)

    # 邀请视频会诊: the colleague opens the link at his own workstation, accepts, and joins with the order read-only.
    await doctor.select_option("[data-invite-doctor]", str(w.colleague.id))
    await doctor.click("[data-invite]")
    await expect(doctor.locator("[data-invite-link]")).to_contain_text("#invitation=")
    link = (await doctor.locator("[data-invite-link]").inner_text()).split("：", 1)[1]
    guest = await video_browser.desk()
    await console_login(guest, w.colleague_actor)
    await guest.goto(link)
    await expect(guest.locator("[data-invitation-text]")).to_contain_text("邀请您参加视频会诊")
    await guest.click("[data-accept-invitation]")
    await expect(guest.locator("[data-call-state]")).to_have_text("视频中", timeout=MEDIA)
    await expect(guest.locator("[data-symptoms]")).to_contain_text("咳嗽一周")
    await expect(guest.locator("[data-readonly]")).to_be_visible()
    await expect(guest.locator("[data-remote-video]")).to_have_count(2, timeout=MEDIA)
    await expect(patient_phone.locator("[data-remote-video]")).to_have_count(2, timeout=MEDIA)
    assert "#invitation" not in guest.url

    # The doctor removes him: his call stops.
    await doctor.locator("[data-peer][data-role=guest_doctor] [data-remove]").click()
    await expect(guest.locator("[data-call-state]")).to_have_text("您已被移出视频")
    await expect(patient_phone.locator("[data-remote-video]")).to_have_count(1, timeout=MEDIA)
    assert (await RoomParticipant.get(room_id=room.id, role="guest_doctor")).state == "removed"
