"""The back office of video consultations (issue 12 point 7): the calls in progress, a call's detail (the
room's trail, quality summarised per member, recordings played through the audited link), the calls'
list, the video statistics exact on a constructed set (durations, waits, no-shows, missed calls,
rejections, revenue, per doctor with the doctor's video price), scope, export, the JSON API and the pages.

Rooms are built through core/rooms' service (admit, presence, quality, invitations) where no media
server is involved, and written straight into their tables for what only a provider would do (start,
end, recordings): the back office reads the database. MariaDB + Redis.
"""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from core import wiring
from core.audit.models import AuditLog
from core.consult import video_admin
from core.consult.models import ConsultOrder, ConsultOrderEvent
from core.consult.schemas import StatsFilter, VideoCallFilter
from core.db import utcnow
from core.doctors.models import DoctorService
from core.orgs.models import OrgNode
from core.rooms import recordings as room_recordings
from core.rooms import service as rooms
from core.rooms.models import RoomEvent, RoomParticipant, RoomRecording, VideoRoom
from tests import factories
from tests.admin_web.world import Pages
from tests.consult.test_orders import _fails

API = "/api/admin/v1/consult/video"
T0 = dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.timezone.utc)  # 10:00 in China


@pytest.fixture
async def world():
    wiring.wire()
    w = await factories.consult_world()
    for doc, fen in ((w.doctor, 8000), (w.colleague, 6000)):
        await DoctorService.create(doctor_id=doc.id, kind="video", price_fen=fen, window_hours=24, enabled=True)
    return w


async def _video_order(w, *, doctor=None, who=None, state: str = "ended", **fields) -> ConsultOrder:
    """A video consultation order (rows only; the factory writes a text one, made video here)."""
    order = await factories.consult_order(w, doctor=doctor, who=who, state=state,
                                          price_fen=fields.pop("price_fen", 8000), paid=fields.pop("paid", True),
                                          accepted_at=fields.pop("accepted_at", None),
                                          refund_state=fields.pop("refund_state", ""))
    await ConsultOrder.filter(id=order.id).update(kind="video", **fields)
    return await ConsultOrder.get(id=order.id)


async def _room(w, order: ConsultOrder, *, doctor_actor=None, who=None) -> tuple[VideoRoom, RoomParticipant,
                                                                                   RoomParticipant]:
    """The order's room with its doctor and patient admitted (as the waiting room's call does)."""
    who = who or w.parent
    room = await VideoRoom.create(provider="janus", provider_room=str(1000 + order.id), secret="s",
                                  subject_type=video_admin.SUBJECT, subject_id=order.id,
                                  institution_id=order.institution_id)
    doctor = await (await ConsultOrder.get(id=order.id).prefetch_related("doctor")).doctor
    d = await rooms.admit(room=room, role="doctor", account_type="admin", account_id=doctor.account_id,
                          display=f"{doctor.name}医生")
    p = await rooms.admit(room=room, role="patient", account_type="mp", account_id=who.actor.id,
                          display=order.patient_name)
    return room, d, p


async def _finished_call(w, order, *, start: dt.datetime, seconds: int, doctor_actor=None) -> VideoRoom:
    """A call that connected at `start` and lasted `seconds` (the provider's start and end written)."""
    room, _d, _p = await _room(w, order)
    await rooms.presence(actor=doctor_actor or w.doctor_actor, room_id=room.id, present=True)
    await rooms.presence(actor=w.parent.actor, room_id=room.id, present=True)
    await rooms.event(room, None, "ended", by="doctor")
    await VideoRoom.filter(id=room.id).update(state="ended", started_at=start,
                                              ended_at=start + dt.timedelta(seconds=seconds))
    await RoomParticipant.filter(room_id=room.id).update(present=False, left_at=start + dt.timedelta(seconds=seconds))
    return await VideoRoom.get(id=room.id)


async def test_calls_in_progress_a_call_with_its_trail_quality_and_recordings(world):
    w = world
    county = await factories.actor(w.tree.county_a1)
    done = await _video_order(w, state="ended", accepted_at=T0)
    room, doctor_p, patient_p = await _room(w, done)
    # The call as core/rooms records it: both in, a relative invited by the patient, joins, quality
    # samples from both sides, a network change, the relative removed, a recording, the end.
    await rooms.presence(actor=w.doctor_actor, room_id=room.id, present=True)
    await rooms.presence(actor=w.parent.actor, room_id=room.id, present=True)
    _inv, token = await rooms.invite(actor=w.parent.actor, room_id=room.id, role="relative", note="女儿")
    relative = await rooms.accept(actor=w.child.actor, token=token, display="王小明")
    await rooms.presence(actor=w.child.actor, room_id=room.id, present=True)
    for stats in ({"level": "good", "rtt_ms": 80, "packet_loss_pct": 0.0, "bitrate_kbps": 900},
                  {"level": "fair", "rtt_ms": 200, "packet_loss_pct": 2.5, "bitrate_kbps": 500}):
        await rooms.quality(actor=w.doctor_actor, room_id=room.id, stats=stats)
    await rooms.quality(actor=w.parent.actor, room_id=room.id, stats={"level": "poor", "rtt_ms": 400,
                                                                     "packet_loss_pct": 8.0})
    await rooms.presence(actor=w.parent.actor, room_id=room.id, present=False, detail={"reason": "network_change"})
    await rooms.presence(actor=w.parent.actor, room_id=room.id, present=True)
    await rooms.event(room, relative, "removed", by="patient")
    await RoomParticipant.filter(id=relative.id).update(state="removed", removed_at=utcnow(), present=False)
    await rooms.event(room, doctor_p, "recording_started")
    recording = await RoomRecording.create(room=room, participant=patient_p, kind="video", storage_key="ab" * 32,
                                           content_type="video/webm", bytes=2048, source="janus-1-patient.mjr",
                                           recorded_at=T0, retain_until=dt.date(2041, 11, 20))
    await rooms.event(room, None, "ended", by="doctor")
    await VideoRoom.filter(id=room.id).update(state="ended", started_at=T0, ended_at=T0 + dt.timedelta(seconds=750))

    # In progress now: one in a call (recording), one ringing; a room elsewhere is not seen.
    live_order = await _video_order(w, state="in_progress", accepted_at=utcnow(), who=w.stranger)
    live, _, _ = await _room(w, live_order, who=w.stranger)
    await rooms.presence(actor=w.doctor_actor, room_id=live.id, present=True)
    await rooms.presence(actor=w.stranger.actor, room_id=live.id, present=True)
    await VideoRoom.filter(id=live.id).update(started_at=utcnow() - dt.timedelta(seconds=300), recording=True)
    ringing_order = await _video_order(w, state="in_progress", doctor=w.colleague)
    ringing, _, _ = await _room(w, ringing_order)
    other_dept = await factories.department(w.tree.hospital_b1, name="儿科")
    elsewhere = await factories.workstation_doctor(other_dept, name="扁鹊")
    theirs = await _video_order(w, state="in_progress", doctor=elsewhere[0])
    await VideoRoom.create(provider="janus", secret="", subject_type=video_admin.SUBJECT, subject_id=theirs.id,
                           institution_id=theirs.institution_id)

    now = await video_admin.live_calls(actor=county)
    assert [c.room_id for c in now.items] == [live.id, ringing.id]
    in_call, rings = now.items
    assert in_call.number == live_order.number and in_call.doctor_name == "李时珍" and in_call.patient_name == "赵*人"
    assert in_call.present == 2 and in_call.recording and in_call.provider == "janus" and 300 <= in_call.seconds
    assert {p.role for p in in_call.participants if p.present} == {"doctor", "patient"}
    assert rings.started_at is None and rings.seconds is None and rings.doctor_name == "孙思邈" and rings.present == 0
    province = await factories.actor(w.tree.province)
    assert len((await video_admin.live_calls(actor=province)).items) == 3
    assert (await video_admin.live_calls(actor=province, institution_id=w.tree.hospital_b1.id)).items[0].number \
        == theirs.number

    call = await video_admin.call_detail(actor=county, room_id=room.id)
    assert call.seconds == 750 and call.state == "ended" and call.order.number == done.number
    assert call.patient_name == "王*山" and call.order.patient.name == "王*山"
    shown = {p.role: p.display for p in call.participants}
    assert shown == {"doctor": "李时珍医生", "patient": "王*山", "relative": "王*明"}
    assert [e.kind for e in call.events] == ["joined", "joined", "invited", "accepted", "joined", "left", "joined",
                                             "removed", "recording_started", "ended"]
    left = next(e for e in call.events if e.kind == "left")
    assert left.note == "网络切换" and left.participant == "王*山" and left.role_label == "患者"
    assert next(e for e in call.events if e.kind == "removed").note == "由患者移出"
    assert next(e for e in call.events if e.kind == "invited").note == "邀请陪诊亲友"
    quality = {q.participant_id: q for q in call.quality}
    doc_q, pat_q = quality[doctor_p.id], quality[patient_p.id]
    assert (doc_q.samples, doc_q.avg_rtt_ms, doc_q.max_rtt_ms, doc_q.avg_packet_loss_pct, doc_q.worst) == \
        (2, 140.0, 200, 1.25, "fair")
    assert doc_q.levels == {"good": 1, "fair": 1, "poor": 0, "lost": 0} and doc_q.avg_bitrate_kbps == 700.0
    assert (pat_q.samples, pat_q.worst, pat_q.participant, pat_q.avg_bitrate_kbps) == (1, "poor", "王*山", None)
    assert [(r.id, r.participant, r.kind) for r in call.recordings] == [(recording.id, "王*山", "video")]
    # Playback: the rooms' signed link, and the viewing on the record.
    link = await room_recordings.view(actor=county, room_id=room.id, recording_id=recording.id)
    assert link["url"].startswith("/media/")
    assert await AuditLog.filter(action="rooms.recording_view", target_id=str(recording.id)).exists()

    # The calls' list and its filters.
    listed = await video_admin.list_calls(actor=county, filters=VideoCallFilter())
    assert [c.room_id for c in listed.items] == [ringing.id, live.id, room.id] and listed.total == 3
    assert [c.room_id for c in (await video_admin.list_calls(actor=county, filters=VideoCallFilter(
        state="ended"))).items] == [room.id]
    assert (await video_admin.list_calls(actor=county, filters=VideoCallFilter(doctor_id=w.colleague.id))).total == 1
    assert [c.room_id for c in (await video_admin.list_calls(actor=county, filters=VideoCallFilter(
        number=done.number.lower()))).items] == [room.id]

    # Scope: another county finds nothing, and a guessed room is missing (audited); no permission, no list.
    other = await factories.actor(w.tree.county_a2)
    assert (await video_admin.live_calls(actor=other)).items == []
    await _fails("request.not_found", video_admin.call_detail(actor=other, room_id=room.id))
    await _fails("rooms.room_not_found", room_recordings.view(actor=other, room_id=room.id, recording_id=recording.id))
    clerk = await factories.actor(w.tree.hospital_a1, roles=("record_room",))
    await _fails("auth.forbidden", video_admin.live_calls(actor=clerk))
    assert await RoomEvent.filter(room_id=room.id, kind="quality").count() == 3


async def test_pages_calls_in_progress_a_call_and_the_orders_of_video(client, world):
    w = world
    done = await _video_order(w, state="ended", accepted_at=T0)
    room = await _finished_call(w, done, start=T0, seconds=125)
    await rooms.quality(actor=w.doctor_actor, room_id=room.id, stats={"level": "lost", "rtt_ms": 900})
    recording = await RoomRecording.create(room=room, kind="audio", storage_key="cd" * 32, content_type="audio/ogg",
                                           bytes=1024, source="janus-2-doctor.mjr", recorded_at=T0,
                                           retain_until=dt.date(2041, 11, 20))
    live_order = await _video_order(w, state="in_progress", accepted_at=utcnow(), who=w.stranger)
    live, _, _ = await _room(w, live_order, who=w.stranger)
    await rooms.presence(actor=w.doctor_actor, room_id=live.id, present=True)
    await factories.consult_order(w, who=w.stranger, state="ended")  # an image-and-text one
    await factories.admin(w.tree.hospital_a1, username="yunying", roles=("consult_operator",))
    await factories.admin(w.tree.county_a2, username="county_a2")
    pages = Pages(client)
    await pages.login("yunying")

    page = await pages.get("/admin/consult/video")
    assert page.status_code == 200, page.text
    assert 'href="/admin/consult/video"' in page.text and f'data-room="{live.id}"' in page.text
    assert 'data-live-count="1"' in page.text and 'hx-trigger="every 10s"' in page.text
    assert f'data-row-id="{room.id}"' in page.text and "2分05秒" in page.text and "赵*人" in page.text
    fragment = await pages.get("/admin/consult/video/live", htmx=True)
    assert fragment.status_code == 200 and "<html" not in fragment.text and f'data-room="{live.id}"' in fragment.text
    ended = await pages.get("/admin/consult/video?state=ended", htmx=True)
    assert f'data-row-id="{room.id}"' in ended.text and f'data-row-id="{live.id}"' not in ended.text
    assert (await pages.get("/admin/consult/video?date_from=2026-13-01")).status_code == 422

    call = await pages.get(f"/admin/consult/video/calls/{room.id}")
    assert call.status_code == 200, call.text
    assert 'data-room-event="joined"' in call.text and 'data-worst="lost"' in call.text
    assert f'data-recording-id="{recording.id}"' in call.text
    assert f'data-src="/api/admin/v1/rooms/{room.id}/recordings/{recording.id}/view"' in call.text
    # The player's request: the rooms' endpoint signs the link for the back office (session + CSRF), audited.
    r = await pages.post(f"/api/admin/v1/rooms/{room.id}/recordings/{recording.id}/view")
    assert r.status_code == 200, r.text
    assert r.json()["url"].startswith("/media/") and await AuditLog.filter(action="rooms.recording_view").exists()

    orders = await pages.get("/admin/consult/orders?kind=video", htmx=True)
    assert done.number in orders.text and live_order.number in orders.text and 'data-count="all">2<' in orders.text
    order = await pages.get(f"/admin/consult/orders/{done.id}")
    assert "data-video-calls" in order.text and f'href="/admin/consult/video/calls/{room.id}"' in order.text

    # 医生管理: the video price is edited there; the list filters doctors offering video.
    await factories.catalogue_doctor(w.department, name="张仲景", services=(("text", 2000),))
    await factories.admin(w.tree.hospital_a1, username="yiwu", roles=("institution_admin",))
    staff = Pages(client, ip="10.20.0.4")
    await staff.login("yiwu")
    listed = await staff.get("/admin/doctors?service=video", htmx=True)
    assert listed.status_code == 200 and "李时珍" in listed.text and "张仲景" not in listed.text
    assert "视频问诊 80.00 元" in listed.text
    form = await staff.get(f"/admin/doctors/{w.doctor.id}")
    assert 'name="video_price"' in form.text and 'value="80.00"' in form.text

    # Another county: no such menu, a guessed call is missing.
    other = Pages(client, ip="10.20.0.2")
    await other.login("county_a2")
    assert 'href="/admin/consult/video"' not in (await other.get("/admin/")).text
    assert (await other.get(f"/admin/consult/video/calls/{room.id}")).status_code == 404
    r = await other.post(f"/api/admin/v1/rooms/{room.id}/recordings/{recording.id}/view")
    assert r.status_code == 404


D1, D2 = dt.date(2026, 11, 20), dt.date(2026, 11, 21)
PERIOD = StatsFilter(date_from=D1, date_to=D2)


def _at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


async def _called(order: ConsultOrder, *minutes: float) -> None:
    """The doctor's calls on the order's trail, at T0 + minutes."""
    for m in minutes:
        e = await ConsultOrderEvent.create(order_id=order.id, event="call", from_state="queued", to_state="calling",
                                           actor_type="doctor")
        await ConsultOrderEvent.filter(id=e.id).update(at=_at(m))


async def _refunded(order: ConsultOrder, fen: int) -> None:
    await factories.payment_order(await OrgNode.get(id=order.institution_id), payer=order.account_id,
                                  amount_fen=order.price_fen, refunded_fen=fen, reference=f"consult.order:{order.id}")


async def _statistics_set(w) -> dict:
    """Seven video orders of two doctors over two appointment days, and three that do not count."""
    a, b = w.doctor, w.colleague
    o1 = await _video_order(w, slot_day=D1, checked_in_at=_at(0), accepted_at=_at(10.5))
    await _called(o1, 10)
    await _finished_call(w, o1, start=_at(10.5), seconds=600)
    o2 = await _video_order(w, slot_day=D1, checked_in_at=_at(5), accepted_at=_at(30.5), missed=1, calls=2)
    await _called(o2, 20, 30)  # the first one missed
    await _finished_call(w, o2, start=_at(30.5), seconds=1200)
    o3 = await _video_order(w, state="no_show", slot_day=D2, checked_in_at=_at(1440), missed=3, calls=3)
    never, _, _ = await _room(w, o3)  # rang three times, nobody came: not a call
    await VideoRoom.filter(id=never.id).update(state="ended", ended_at=_at(1500))
    o4 = await _video_order(w, state="rejected", slot_day=D2, checked_in_at=_at(1441), refund_state="refunded")
    await _refunded(o4, 8000)
    o5 = await _video_order(w, doctor=b, state="ended", slot_day=D2, checked_in_at=_at(1450), accepted_at=_at(1454),
                            price_fen=6000)
    await _called(o5, 1454)
    no_start = await _finished_call(w, o5, start=_at(1454), seconds=300, doctor_actor=w.colleague_actor)
    # The room's own start was never recorded: the doctor's join counts.
    await VideoRoom.filter(id=no_start.id).update(started_at=None)
    await RoomParticipant.filter(room_id=no_start.id, role="doctor").update(joined_at=_at(1454))
    await _refunded(o5, 1000)  # a partial refund from the back office (the order's refund_state stays "")
    o6 = await _video_order(w, doctor=b, state="no_show", slot_day=D2, price_fen=6000)  # never checked in
    o7 = await _video_order(w, doctor=b, state="cancelled", slot_day=D1, checked_in_at=_at(2), price_fen=6000,
                            refund_state="refunded")
    await _refunded(o7, 6000)
    # Not counted: another day, an image-and-text order, another county's hospital.
    await _video_order(w, slot_day=D2 + dt.timedelta(days=1), checked_in_at=_at(2900), accepted_at=_at(2910))
    await factories.consult_order(w, state="ended")
    other_dept = await factories.department(w.tree.hospital_b1, name="儿科")
    elsewhere, _account, elsewhere_actor = await factories.workstation_doctor(other_dept, name="扁鹊")
    theirs = await _video_order(w, doctor=elsewhere, slot_day=D1, checked_in_at=_at(0), accepted_at=_at(3))
    await _finished_call(w, theirs, start=_at(3), seconds=60, doctor_actor=elsewhere_actor)
    return {"o1": o1, "o5": o5, "theirs": theirs}


async def test_video_statistics_exact_per_day_and_doctor_with_scope_and_export(world):
    w = world
    await _statistics_set(w)
    county = await factories.actor(w.tree.county_a1)
    data = await video_admin.video_stats(actor=county, filters=PERIOD)
    s = data.summary
    assert (s.booked, s.calls, s.avg_call_minutes, s.median_call_minutes) == (7, 3, 11.7, 10.0)
    assert (s.waited, s.avg_wait_minutes, s.median_wait_minutes) == (3, 13.0, 10.0)
    assert (s.no_shows, s.no_show_rate, s.missed_calls, s.rejected, s.left, s.expired) == (2, 0.4, 4, 1, 1, 0)
    assert (s.charged_fen, s.refunded_fen, s.revenue_fen) == (50000, 15000, 35000)
    assert [(d.day, d.booked, d.calls, d.no_shows, d.missed_calls, d.avg_call_minutes, d.avg_wait_minutes,
             d.revenue_fen) for d in data.by_day] == [(D1, 3, 2, 0, 1, 15.0, 17.5, 16000),
                                                      (D2, 4, 1, 2, 3, 5.0, 4.0, 19000)]
    a, b = data.doctors
    assert (a.name, a.price_fen, a.price_enabled, a.booked, a.calls, a.avg_call_minutes, a.median_call_minutes,
            a.avg_wait_minutes, a.no_shows, a.no_show_rate, a.missed_calls, a.rejected, a.revenue_fen) == \
        ("李时珍", 8000, True, 4, 2, 15.0, 15.0, 17.5, 1, 0.3333, 4, 1, 24000)
    assert (b.name, b.price_fen, b.booked, b.calls, b.avg_call_minutes, b.avg_wait_minutes, b.no_shows,
            b.no_show_rate, b.revenue_fen) == ("孙思邈", 6000, 3, 1, 5.0, 4.0, 1, 0.5, 11000)

    # The doctor's price as 医生管理 last set it (here: the service switched off).
    await DoctorService.filter(doctor_id=w.colleague.id, kind="video").update(enabled=False, price_fen=6600)
    b = (await video_admin.video_stats(actor=county, filters=PERIOD)).doctors[1]
    assert (b.price_fen, b.price_enabled, b.revenue_fen) == (6600, False, 11000)  # revenue at the price charged

    # Scope: one hospital, the province (both counties), another county (nothing).
    province = await factories.actor(w.tree.province)
    assert (await video_admin.video_stats(actor=province, filters=PERIOD)).summary.calls == 4
    only_b1 = await video_admin.video_stats(actor=province, filters=StatsFilter(
        date_from=D1, date_to=D2, institution_id=w.tree.hospital_b1.id))
    assert (only_b1.summary.calls, [d.name for d in only_b1.doctors]) == (1, ["扁鹊"])
    hospital = await factories.actor(w.tree.hospital_a1, roles=("consult_operator",))
    assert (await video_admin.video_stats(actor=hospital, filters=PERIOD)).summary.calls == 3
    empty = await video_admin.video_stats(actor=await factories.actor(w.tree.county_a2), filters=PERIOD)
    assert (empty.summary.booked, empty.summary.no_show_rate, empty.doctors) == (0, None, [])
    await _fails("auth.forbidden", video_admin.video_stats(
        actor=await factories.actor(w.tree.hospital_a1, roles=("record_room",)), filters=PERIOD))

    name, body = await video_admin.stats_xlsx(actor=county, filters=PERIOD)
    rows = list(load_workbook(io.BytesIO(body)).active.values)
    assert name == "video-doctors-20261120-20261121.xlsx" and rows[0][:3] == ("医生", "医院", "视频问诊价格（元）")
    assert rows[1] == ("李时珍", "江岸医院", 80, "是", 4, 2, 15, 15, 17.5, 1, 33.3, 4, 1, 240)
    assert rows[2][:6] == ("孙思邈", "江岸医院", 66, "否", 3, 1) and rows[3][0] == "合计" and rows[3][-1] == 350
    name, body = await video_admin.stats_xlsx(actor=county, filters=PERIOD, table="days")
    rows = list(load_workbook(io.BytesIO(body)).active.values)
    assert name.startswith("video-days-") and [r[0] for r in rows] == ["日期", "2026-11-20", "2026-11-21", "合计"]
    assert rows[3][1:5] == (7, 3, 2, 4)


async def test_video_statistics_over_the_json_api_and_the_page(client, world):
    w = world
    made = await _statistics_set(w)
    await factories.admin(w.tree.hospital_a1, username="yunying", roles=("consult_operator",))
    await factories.admin(w.tree.county_a2, username="other_county")
    span = "date_from=2026-11-20&date_to=2026-11-21"
    async with factories.AdminSession(client, "yunying") as s:
        r = await s.get(f"{API}/stats?{span}")
        assert r.status_code == 200, r.text
        assert r.json()["summary"]["calls"] == 3 and r.json()["doctors"][0]["price_fen"] == 8000
        assert (await s.get(f"{API}/stats?date_from=2026-11-22&date_to=2026-11-21")).status_code == 422
        r = await s.get(f"{API}/stats/export?table=days&{span}")
        assert r.status_code == 200 and "video-days-20261120-20261121" in r.headers["content-disposition"]
        r = await s.get(f"{API}/live")
        assert r.status_code == 200 and r.json()["items"] == []
        r = await s.get(f"{API}/calls?state=ended&page_size=10")
        assert r.status_code == 200 and r.json()["total"] == 4  # three calls and one that never connected
        room = (await VideoRoom.get(subject_id=made["o1"].id)).id
        r = await s.get(f"{API}/calls/{room}")
        assert r.status_code == 200 and r.json()["seconds"] == 600 and r.json()["order"]["number"] == made["o1"].number
    async with factories.AdminSession(client, "other_county") as s:
        assert (await s.get(f"{API}/calls/{room}")).status_code == 404
        assert (await s.get(f"{API}/stats?{span}")).json()["summary"]["booked"] == 0

    pages = Pages(client)
    await pages.login("yunying")
    page = await pages.get(f"/admin/consult/video/stats?{span}")
    assert page.status_code == 200, page.text
    assert 'data-figure="calls">3<' in page.text and 'data-figure="no_show_rate">40.0%<' in page.text
    assert 'data-figure="revenue_fen">350.00<' in page.text and 'data-figure="avg_wait_minutes">13.0<' in page.text
    assert f'data-doctor="{w.doctor.id}"' in page.text and 'data-price="8000"' in page.text
    assert 'data-chart="video_days"' in page.text and 'data-chart="video_doctors"' in page.text
    charts = await pages.get(f"/admin/consult/video/stats/charts.json?{span}")
    assert charts.status_code == 200 and [d["calls"] for d in charts.json()["by_day"]] == [2, 1]
    assert [d["name"] for d in charts.json()["doctors"]] == ["李时珍", "孙思邈"]
    export = await pages.get(f"/admin/consult/video/stats/export?table=doctors&{span}")
    assert export.status_code == 200 and list(load_workbook(io.BytesIO(export.content)).active.values)[1][0] == "李时珍"
    assert (await pages.get("/admin/consult/video/stats?date_from=2026-13-01")).status_code == 422
    assert 'href="/admin/consult/video/stats' in (await pages.get("/admin/consult/stats")).text
