"""Photos and app events during the exam on real face photos: uploads judged and stored,
analysis in the background job (embedded task, or the arq worker with real Redis),
late uploads placed on the timeline, events deduplicated, the risk of the session."""
from __future__ import annotations

import asyncio
import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from core import jobs
from core.audit.models import AuditLog
from core.db import utcnow
from core.errors import NotFound, ValidationFailed
from core.exam import service as exam_service
from core.exam.models import ExamSession
from core.proctoring import captures
from core.proctoring import service as proctoring
from core.proctoring.errors import (
    ConsentRequired, EngineBusy, NotProctored, OutsideWindow, QuotaExceeded, UnknownEvent,
)
from core.proctoring.models import Capture, ProctorCase, SessionEvent
from media import uploads
from media.storage import get_storage
from tests import factories
from tests.proctoring.test_face import ASTRONAUT, GRACE, grace, grace_other_shot, jpeg
from tests.proctoring.test_service import _session

MP = "/api/mp/v1/proctoring"


# ---------------------------------------------------------------- photos

def no_face() -> bytes:
    """A real photo with nobody in it: the lower corner of the portrait (uniform and collar)."""
    return jpeg(grace().crop((0, 420, 160, 600)).resize((320, 360)))


def two_faces() -> bytes:
    both = Image.new("RGB", (1024, 600), "white")
    both.paste(grace(), (0, 0))
    both.paste(Image.open(io.BytesIO(ASTRONAUT)).convert("RGB"), (512, 0))
    return jpeg(both)


def grace_shot(n: int) -> bytes:
    """Grace Hopper again, framed a little differently each time (a distinct photo)."""
    return jpeg(grace().crop((50 + n, 30 + n, 510 - n, 590 - n)).resize((340, 414)))


def with_gps_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0131] = "CameraApp 1.0"  # Software
    return jpeg(grace().crop((40, 40, 500, 580)), exif=exif)


def stored_files(settings) -> set[Path]:
    root = Path(settings.storage_dir)
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


# ---------------------------------------------------------------- the exam and the worker

async def _exam():
    """A started, verified exam of a physician enrolled with GRACE; returns (me, doc, session id, hospital)."""
    me, doc, sid, hospital, county, city = await _session()
    await proctoring.give_consent(actor=me, text_version="2026-01")
    await proctoring.enrol_face(actor=me, photo=GRACE)
    assert (await proctoring.verify(actor=me, session_id=sid, photo=grace_other_shot())).verified
    return me, doc, sid, hospital


async def _shift(sid: int, *, started_ago: int, minutes: int = 30, schedule: list[int] | None = None) -> ExamSession:
    """Move the session into the past (it started `started_ago` seconds ago) with a known schedule."""
    start = utcnow() - dt.timedelta(seconds=started_ago)
    values = {"started_at": start, "deadline": start + dt.timedelta(minutes=minutes)}
    if schedule is not None:
        values["capture_schedule"] = schedule
    await ExamSession.filter(id=sid).update(**values)
    return await ExamSession.get(id=sid)


async def _arq_queue():
    from arq import create_pool

    return await create_pool(jobs.redis_settings())


async def analysed(settings, *capture_ids: int) -> list[Capture]:
    """Wait for the queued analysis jobs of these captures and return the captures.

    Embedded Redis: the jobs run as tasks of this process, so we wait for them. Real Redis:
    the jobs must be in arq's queue; they are taken out and run here, as the worker would.
    """
    if settings.redis_is_memory:
        for _ in range(600):
            if not await Capture.filter(id__in=capture_ids, analysis="pending").exists():
                break
            await asyncio.sleep(0.1)
    else:
        await captures.flush_queue()  # the uploads queue in batches (captures.QUEUE_EVERY)
        pool = await _arq_queue()
        try:
            for _ in range(50):  # a batch the timer took may still be on its way to Redis
                queued = [j for j in await pool.queued_jobs() if j.function == "analyse_captures"]
                if {i for j in queued for i in j.args[0]} >= set(capture_ids):
                    break
                await asyncio.sleep(0.1)
            assert {i for j in queued for i in j.args[0]} >= set(capture_ids), "analysis not queued"
            for j in queued:
                await pool.zrem("arq:queue", j.job_id)
                await jobs.FUNCTIONS["analyse_captures"]({}, *j.args)
        finally:
            await pool.aclose()
    rows = {c.id: c for c in await Capture.filter(id__in=capture_ids)}
    return [rows[i] for i in capture_ids]


async def _run_arq_worker(settings) -> None:
    """Real Redis: run `python -m core.cli worker --burst` over the queue (the deferred
    auto-submit of the open exam is taken out first: a burst worker waits for it)."""
    await captures.flush_queue()
    await asyncio.sleep(2 * captures.QUEUE_EVERY)  # and a batch the timer took is in Redis
    pool = await _arq_queue()
    try:
        for j in await pool.queued_jobs():
            if j.function == "auto_submit":
                await pool.zrem("arq:queue", j.job_id)
    finally:
        await pool.aclose()
    await jobs.close()
    env = dict(os.environ, DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url,
               STORAGE_DIR=str(settings.storage_dir))
    done = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "core.cli", "worker", "--burst"],
                                   env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]


async def upload(me, sid, photo, at=None, **kw):
    return await captures.upload_capture(actor=me, session_id=sid, photo=photo, taken_at=at or utcnow(), **kw)


# ---------------------------------------------------------------- tests

async def test_captures_are_analysed_in_the_background_as_match_mismatch_no_face_and_several_faces(settings):
    me, doc, sid, hospital = await _exam()
    photos = {"match": grace_shot(0), "mismatch": ASTRONAUT, "no_face": no_face(), "several_faces": two_faces()}
    answers = {k: await upload(me, sid, p) for k, p in photos.items()}
    assert all(a.state == "pending" and a.late is False and a.duplicate is False for a in answers.values())
    assert not {"analysis", "distance"} & answers["mismatch"].model_dump().keys()  # the taker is not told
    ids = [a.capture_id for a in answers.values()]
    if settings.redis_is_memory:
        rows = await analysed(settings, *ids)
    else:  # the real worker process takes the jobs off Redis
        await _run_arq_worker(settings)
        rows = await Capture.filter(id__in=ids).order_by("id")
    by = dict(zip(photos, rows))
    assert {k: c.analysis for k, c in by.items()} == {k: k for k in photos}
    match, mismatch, nobody, two = by["match"], by["mismatch"], by["no_face"], by["several_faces"]
    assert match.faces == 1 and match.distance < 0.5 and match.detail["threshold"] == 0.5
    assert mismatch.faces == 1 and mismatch.distance > 0.5  # the suit badge is no second face
    assert nobody.faces == 0 and nobody.distance is None and nobody.detail["faces"] == []
    assert two.faces == 2 and sorted(f["distance"] < 0.5 for f in two.detail["faces"]) == [False, True]
    assert two.distance == min(f["distance"] for f in two.detail["faces"]) < 0.5
    assert all(len(f["box"]) == 4 for f in two.detail["faces"]) and two.detail["size"] == [640, 375]
    assert match.detail["enrolment_id"] and match.analysed_at is not None
    # Stored re-encoded, as JPEG; the case's risk weighs the three findings.
    assert all(Image.open(io.BytesIO(get_storage().get(c.photo_key))).format == "JPEG" for c in rows)
    case = await ProctorCase.get(session_id=sid)
    assert case.signals["mismatch"] == case.signals["no_face"] == case.signals["several_faces"] == 1
    assert case.signals["match"] == 1 and case.signals["pending"] == 0 and case.signals["missing"] == 0
    assert case.risk == 5 + 3 + 2 and case.state == "open"
    # The Capture rows are the record of the uploads (like answers, not audited one by one).
    assert not await AuditLog.filter(action="proctoring.capture").exists()
    assert all(c.received_at is not None and c.taken_at is not None and not c.late for c in rows)

    # The phone sees what arrived and that it was looked at, not the outcome.
    mine = await captures.my_captures(actor=me, session_id=sid)
    assert [i.capture_id for i in mine.items] == ids and {i.state for i in mine.items} == {"done"}
    assert mine.capture_schedule and 0 < mine.next_capture_in <= 180


async def test_the_upload_is_reencoded_without_exif_and_a_resent_photo_is_the_same_capture(settings):
    me, doc, sid, hospital = await _exam()
    photo = with_gps_exif()
    assert b"PhoneMaker" in photo
    first = await upload(me, sid, photo)
    again = await upload(me, sid, photo, at=utcnow() + dt.timedelta(seconds=5))
    assert again.capture_id == first.capture_id and again.duplicate is True
    capture = (await analysed(settings, first.capture_id))[0]
    stored = get_storage().get(capture.photo_key)
    assert b"PhoneMaker" not in stored and not Image.open(io.BytesIO(stored)).getexif()
    assert await Capture.filter(session_id=sid).count() == 1 and capture.analysis == "match"


async def test_bad_uploads_give_clear_errors_and_store_nothing(settings):
    me, doc, sid, hospital = await _exam()
    before = stored_files(settings)
    cases = [
        (b"%PDF-1.7 not a photo", uploads.NotAnImage, "media.not_an_image"),
        (b"\xff\xd8\xff" + os.urandom(2 * 1024 * 1024), uploads.ImageTooLarge, "media.too_large"),
        (GRACE[: len(GRACE) // 2], uploads.ImageTruncated, "media.truncated"),
    ]
    for data, error, code in cases:
        with pytest.raises(error) as exc:
            await upload(me, sid, data)
        assert exc.value.code == code
    session = await ExamSession.get(id=sid)
    for at, reason in [(session.started_at - dt.timedelta(minutes=5), "before_start"),
                       (utcnow() + dt.timedelta(minutes=10), "in_future"),
                       (session.deadline + dt.timedelta(minutes=5), "in_future")]:
        with pytest.raises(OutsideWindow) as exc:
            await upload(me, sid, grace_shot(1), at=at)
        assert exc.value.details["reason"] == reason and exc.value.code == "proctoring.outside_window"
    with pytest.raises(ValidationFailed):  # a time without its offset cannot be placed
        await upload(me, sid, grace_shot(1), at=dt.datetime.now())
    assert not await Capture.exists() and stored_files(settings) == before
    assert not await AuditLog.filter(action="proctoring.capture").exists()
    # A phone clock a minute fast is still the phone's own time.
    ok = await upload(me, sid, grace_shot(2), at=utcnow() + dt.timedelta(seconds=60))
    capture = (await analysed(settings, ok.capture_id))[0]
    assert capture.late is False and capture.analysis == "match"
    assert {p.name for p in stored_files(settings) - before} == {capture.photo_key}

    await proctoring.withdraw_consent(actor=me)
    with pytest.raises(ConsentRequired):
        await upload(me, sid, grace_shot(3))
    await proctoring.give_consent(actor=me, text_version="2026-01")
    await ExamSession.filter(id=sid).update(capture_schedule=[])  # room for 20 photos
    await Capture.bulk_create([Capture(session_id=sid, photo_key=f"{n:064x}", taken_at=utcnow(), analysis="match")
                               for n in range(19)])
    with pytest.raises(QuotaExceeded) as exc:
        await upload(me, sid, grace_shot(4))
    assert exc.value.details == {"kind": "captures", "max": 20}
    await ProctorCase.filter(session_id=sid).delete()  # as for a mock exam: nobody watches
    with pytest.raises(NotProctored):
        await upload(me, sid, grace_shot(5))
    assert await Capture.filter(session_id=sid).count() == 20


async def test_a_capture_for_someone_elses_session_looks_absent_and_stores_nothing(settings):
    me, doc, sid, hospital = await _exam()
    other = await factories.mp_physician(await factories.physician(hospital, name="李四"))
    before = stored_files(settings)
    with pytest.raises(NotFound) as exc:
        await upload(other, sid, grace_shot(0))
    assert exc.value.status == 404
    with pytest.raises(NotFound):
        await captures.record_events(actor=other, session_id=sid, events=[{"kind": "offline", "at": utcnow()}])
    with pytest.raises(NotFound):
        await captures.my_captures(actor=other, session_id=sid)
    with pytest.raises(NotFound):
        await upload(me, sid + 999, grace_shot(0))
    assert not await Capture.exists() and not await SessionEvent.exists() and stored_files(settings) == before
    denied = await AuditLog.filter(outcome="denied", target_type="ExamSession").values_list("action", flat=True)
    assert sorted(denied) == ["proctoring.capture", "proctoring.captures", "proctoring.events"]


async def test_late_uploads_after_submit_are_placed_on_the_timeline_and_weigh_into_the_risk(settings):
    me, doc, sid, hospital = await _exam()
    session = await _shift(sid, started_ago=900, schedule=[100, 250, 400, 550, 700])
    at = lambda s: session.started_at + dt.timedelta(seconds=s)  # noqa: E731
    batch = [{"kind": "offline", "at": at(200)}, {"kind": "online", "at": at(330), "detail": {"network": "4g"}},
             {"kind": "app_hidden", "at": at(420)}, {"kind": "app_visible", "at": at(450)}]
    assert (await captures.record_events(actor=me, session_id=sid, events=batch)).stored == 4
    await exam_service.submit(actor=me, session_id=sid)
    await ExamSession.filter(id=sid).update(submitted_at=at(600))  # submitted five minutes ago

    # Back online after submitting, the phone sends what it took while offline.
    a = await upload(me, sid, grace_shot(0), at=at(252))
    b = await upload(me, sid, grace_shot(6), at=at(405))
    assert a.late is True and b.late is True and a.next_capture_in is None
    with pytest.raises(OutsideWindow) as exc:  # taken after the submit (beyond the clock allowance)
        await upload(me, sid, grace_shot(7), at=at(597) + dt.timedelta(minutes=3))
    assert exc.value.details["reason"] == "after_end"
    rows = await analysed(settings, a.capture_id, b.capture_id)
    assert [c.analysis for c in rows] == ["match", "match"] and all(c.late for c in rows)

    items = await captures.timeline(sid)
    kinds = [(i["type"], i.get("kind") or i.get("analysis") or i.get("outcome")) for i in items]
    assert kinds == [("missing", None), ("event", "offline"), ("capture", "match"), ("event", "online"),
                     ("capture", "match"), ("event", "app_hidden"), ("event", "app_visible"), ("missing", None),
                     ("verification", "match")]
    offsets = [i["offset_seconds"] for i in items]
    assert offsets[:8] == [100, 200, 252, 330, 405, 420, 450, 550] and offsets == sorted(offsets)
    cap = items[2]
    assert cap["late"] is True and cap["photo_key"] == rows[0].photo_key and cap["distance"] < 0.5
    assert cap["threshold"] == 0.5 and cap["face_details"][0]["distance"] == cap["distance"]
    assert items[3]["detail"] == {"network": "4g"} and items[-1]["distance"] < 0.5

    case = await ProctorCase.get(session_id=sid)
    s = case.signals
    assert (s["offline"], s["offline_seconds"], s["app_hidden"], s["hidden_seconds"]) == (1, 130, 1, 30)
    assert (s["late"], s["missing"], s["match"], s["captures"]) == (2, 2, 2, 2)
    # offline 1 + app_hidden 1 + 30 s hidden x 0.02 + missing 2 x 1 + late 2 x 0.5
    assert case.risk == pytest.approx(1 + 1 + 0.6 + 2 + 1.0) and case.state == "open"
    assert await captures.recompute_case(sid) == {"risk": case.risk, "signals": s}


async def test_risk_ranks_a_stand_in_above_an_honest_taker(settings):
    me, doc, sid, hospital = await _exam()
    await _shift(sid, started_ago=300, schedule=[290, 500])  # the photos now are the ones due at 290 s
    rows = await analysed(settings, *[(await upload(me, sid, p)).capture_id for p in (ASTRONAUT, two_faces())])
    assert [c.analysis for c in rows] == ["mismatch", "several_faces"]
    await captures.record_events(actor=me, session_id=sid, events=[
        {"kind": "app_hidden", "at": utcnow() - dt.timedelta(seconds=100)}])  # never came back: hidden until now
    case = await ProctorCase.get(session_id=sid)
    assert case.signals["app_hidden"] == 1 and 99 <= case.signals["hidden_seconds"] <= 102
    assert case.signals["missing"] == 0 and case.signals["late"] == 0
    assert case.risk == pytest.approx(5 + 3 + 1 + 0.02 * case.signals["hidden_seconds"])
    assert captures.risk_of({"match": 9, "captures": 9, "analysed": 9}) == 0 < captures.risk_of({"missing": 1})


async def test_events_are_validated_deduplicated_and_stored_all_or_nothing(settings):
    me, doc, sid, hospital = await _exam()
    session = await _shift(sid, started_ago=300)
    t = session.started_at + dt.timedelta(seconds=60)
    batch = [{"kind": "app_hidden", "at": t}, {"kind": "app_visible", "at": t + dt.timedelta(seconds=12)},
             {"kind": "app_hidden", "at": t}]  # the phone repeated itself
    r = await captures.record_events(actor=me, session_id=sid, events=batch)
    assert (r.received, r.stored, r.duplicates) == (3, 2, 1)
    # The same batch resent after another drop, in another time zone notation: nothing new.
    east = dt.timezone(dt.timedelta(hours=8))
    r = await captures.record_events(actor=me, session_id=sid, events=[{**e, "at": e["at"].astimezone(east)}
                                                                       for e in batch])
    assert (r.stored, r.duplicates) == (0, 3)
    assert await SessionEvent.filter(session_id=sid).count() == 2
    with pytest.raises(UnknownEvent):
        await captures.record_events(actor=me, session_id=sid, events=[{"kind": "screenshot", "at": t}])
    with pytest.raises(OutsideWindow) as exc:  # the second is from before the start: the first is not kept either
        await captures.record_events(actor=me, session_id=sid, events=[
            {"kind": "offline", "at": t}, {"kind": "online", "at": session.started_at - dt.timedelta(minutes=3)}])
    assert exc.value.details["index"] == 1 and exc.value.details["reason"] == "before_start"
    assert [e.kind for e in await SessionEvent.filter(session_id=sid).order_by("id")] == ["app_hidden",
                                                                                         "app_visible"]
    case = await ProctorCase.get(session_id=sid)
    assert case.signals["app_hidden"] == 1 and case.signals["hidden_seconds"] == 12
    assert await AuditLog.filter(action="proctoring.events").count() == 1


async def test_the_analysis_job_is_idempotent_retries_engine_failures_and_the_sweeper_finds_pending(
        settings, monkeypatch):
    me, doc, sid, hospital = await _exam()
    key = get_storage().put(uploads.sanitize_image(ASTRONAUT))
    # A capture whose job was lost (worker killed, Redis restarted): only the row is left.
    lost = await Capture.create(session_id=sid, photo_key=key, taken_at=utcnow())
    assert await captures.sweep_pending() == 0  # too recent: its job may still be on its way
    await Capture.filter(id=lost.id).update(received_at=utcnow() - dt.timedelta(minutes=6))
    assert await captures.sweep_pending() == 1
    assert await captures.sweep_pending() == 0  # queued once per STALE_AFTER, not on every sweep
    done = (await analysed(settings, lost.id))[0]
    assert done.analysis == "mismatch" and done.distance > 0.5
    assert (await ProctorCase.get(session_id=sid)).signals["mismatch"] == 1

    # Running the job again changes nothing.
    assert await captures.analyse_capture({}, done.id) == "mismatch"
    assert (await Capture.get(id=done.id)).analysed_at == done.analysed_at
    assert await captures.analyse_capture({}, 10**8) is None  # gone (a wiped session): nothing to do

    # The engine fails: the capture stays pending (for the sweeper) until it has failed MAX_FAILURES times.
    async def broken(fn, *args):
        raise EngineBusy()

    monkeypatch.setattr(proctoring, "in_face_pool", broken)
    retry = await Capture.create(session_id=sid, photo_key=get_storage().put(uploads.sanitize_image(grace_shot(0))),
                                 taken_at=utcnow())
    assert await captures.analyse_capture({}, retry.id) == "pending"
    assert (await Capture.get(id=retry.id)).detail == {"failures": 1, "error": "EngineBusy"}
    for _ in range(captures.MAX_FAILURES - 2):
        assert await captures.analyse_capture({}, retry.id) == "pending"
    assert await captures.analyse_capture({}, retry.id) == "failed"
    case = await ProctorCase.get(session_id=sid)
    assert case.signals["failed"] == 1 and case.risk == 5 + 1


async def test_over_http(client, settings):
    me, doc, sid, hospital = await _exam()
    h = {"Authorization": "Bearer " + factories.mp_token(me)}
    url = f"{MP}/sessions/{sid}/captures"
    now = utcnow().isoformat()
    r = await client.post(url, headers=h, data={"taken_at": now}, files={"photo": ("c.jpg", ASTRONAUT, "image/jpeg")})
    assert r.status_code == 201, r.text
    first = r.json()
    assert first["state"] == "pending" and first["late"] is False and first["session_id"] == sid
    r = await client.post(url, headers=h, data={"taken_at": now}, files={"photo": ("c.jpg", ASTRONAUT, "image/jpeg")})
    assert r.status_code == 200 and r.json()["capture_id"] == first["capture_id"] and r.json()["duplicate"] is True

    r = await client.post(url, headers=h, files={"photo": ("c.jpg", GRACE, "image/jpeg")})
    assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "taken_at"
    r = await client.post(url, headers=h, data={"taken_at": "2026-05-01T09:30:00"},  # no time zone
                          files={"photo": ("c.jpg", GRACE, "image/jpeg")})
    assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "taken_at"
    r = await client.post(url, headers=h, data={"taken_at": now})
    assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "photo"
    r = await client.post(url, headers=h, data={"taken_at": now}, files={"photo": ("c.jpg", b"GIF89a?", "image/jpeg")})
    assert r.status_code == 422 and r.json()["code"] == "media.not_an_image"
    big = b"\xff\xd8\xff" + os.urandom(2 * 1024 * 1024 + 10)
    r = await client.post(url, headers=h, data={"taken_at": now}, files={"photo": ("c.jpg", big, "image/jpeg")})
    assert r.status_code == 413 and r.json()["code"] == "media.too_large"
    r = await client.post(url, headers=h, data={"taken_at": now},
                          files={"photo": ("c.jpg", GRACE[:5000], "image/jpeg")})
    assert r.status_code == 422 and r.json()["code"] == "media.truncated"
    r = await client.post(url, headers=h, data={"taken_at": "2020-01-01T00:00:00Z"},
                          files={"photo": ("c.jpg", GRACE, "image/jpeg")})
    assert r.status_code == 422 and r.json()["code"] == "proctoring.outside_window"
    assert r.json()["details"]["reason"] == "before_start"
    other = await factories.mp_physician(await factories.physician(hospital, name="李四"))
    r = await client.post(url, headers={"Authorization": "Bearer " + factories.mp_token(other)},
                          data={"taken_at": now}, files={"photo": ("c.jpg", GRACE, "image/jpeg")})
    assert r.status_code == 404 and r.json()["code"] == "request.not_found"
    assert await Capture.filter(session_id=sid).count() == 1

    events = f"{MP}/sessions/{sid}/events"
    body = {"events": [{"kind": "offline", "at": now}, {"kind": "online", "at": utcnow().isoformat(),
                                                          "detail": {"network": "wifi"}}]}
    r = await client.post(events, headers=h, json=body)
    assert r.status_code == 200 and r.json() == {"session_id": sid, "received": 2, "stored": 2, "duplicates": 0}
    r = await client.post(events, headers=h, json=body)
    assert r.json()["duplicates"] == 2
    r = await client.post(events, headers=h, json={"events": [{"kind": "screenshot", "at": now}], "x": 1})
    assert r.status_code == 422 and {e["path"] for e in r.json()["details"]["errors"]} == {"events.0.kind", "x"}
    r = await client.post(events, headers=h, json={"events": []})
    assert r.status_code == 422
    assert await SessionEvent.filter(session_id=sid).count() == 2

    await analysed(settings, first["capture_id"])
    r = await client.get(url, headers=h)
    assert r.status_code == 200 and [i["capture_id"] for i in r.json()["items"]] == [first["capture_id"]]
    assert r.json()["items"][0]["state"] == "done" and "analysis" not in r.json()["items"][0]
    case = await ProctorCase.get(session_id=sid)
    assert case.signals["mismatch"] == 1 and case.signals["offline"] == 1 and case.risk == 5 + 1
