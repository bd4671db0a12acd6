"""视频问诊统计 and a video call's page in Chromium: the day trend is a line and the doctors stand as bars
on the server's figures for the constructed set of tests/consult/test_video_admin.py; a recording plays
through the rooms' signed link, asked for (and audited) only when 播放 is clicked."""
from __future__ import annotations

import asyncio
import re

from playwright.async_api import expect

from core import wiring
from core.audit.models import AuditLog
from core.doctors.models import DoctorService
from core.rooms.models import RoomRecording, VideoRoom
from media.storage import get_storage
from tests import factories
from tests.admin_web import test_browser
from tests.admin_web.test_charts import OPTION
from tests.consult.test_video_admin import T0, _statistics_set

server, browser, page, _login = test_browser.server, test_browser.browser, test_browser.page, test_browser._login


async def test_video_charts_and_a_recording_played(page, server):
    wiring.wire()
    w = await factories.consult_world()
    for doc, fen in ((w.doctor, 8000), (w.colleague, 6000)):
        await DoctorService.create(doctor_id=doc.id, kind="video", price_fen=fen, window_hours=24, enabled=True)
    made = await _statistics_set(w)
    await factories.admin(w.tree.hospital_a1, username="yunying", roles=("consult_operator",))
    await _login(page, server, "yunying")
    await page.wait_for_url(server + "/admin/")

    await page.goto(server + "/admin/consult/video/stats?date_from=2026-11-20&date_to=2026-11-21")
    await expect(page.locator("#chart-video-days")).to_have_attribute("data-state", "rendered")
    days = await page.evaluate(OPTION, "chart-video-days")
    assert set(days["series"]) == {"line"} and days["x"]["count"] == 2
    await expect(page.locator("#chart-video-doctors")).to_have_attribute("data-state", "rendered")
    doctors = await page.evaluate(OPTION, "chart-video-doctors")
    assert doctors["x"] == {"type": "category", "count": 2, "rotate": 0, "inverse": False}
    assert doctors["series"] == ["bar", "bar"]

    room = await VideoRoom.get(subject_id=made["o1"].id)
    key = await asyncio.to_thread(get_storage().put, b"\x1aE\xdf\xa3 not really a webm")
    recording = await RoomRecording.create(room=room, kind="video", storage_key=key, content_type="video/webm",
                                           bytes=24, source="janus-browser.mjr", recorded_at=T0,
                                           retain_until=T0.date().replace(year=2041))
    await page.goto(server + f"/admin/consult/video/calls/{room.id}")
    assert not await AuditLog.filter(action="rooms.recording_view").exists()
    await page.click(f"[data-recording-id='{recording.id}'] [data-play-recording]")
    player = page.locator("[data-recording-player] video")
    await expect(player).to_have_attribute("src", re.compile(r"^/media/"))
    assert await AuditLog.filter(action="rooms.recording_view", target_id=str(recording.id)).exists()
