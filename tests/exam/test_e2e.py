"""The online exam end to end, over HTTP as the phone and the console use it (issue 4):
consent and face enrolment, verification before answering, answers with photos
during the exam (one match, one different person, one with no face) and app events,
a disconnect and resume on another device, the auto-submit at the deadline by the
worker's job, a late photo, the proctor's verdict with a second review by another
proctor, and the assessment result it leaves. CI runs it on MariaDB and real Redis.

The worker's jobs (face analysis, auto-submit) are called as the worker calls them,
so the test does not depend on a worker process; tests/exam/test_reliability.py and
tests/proctoring/test_captures.py run the real worker."""
from __future__ import annotations

import datetime as dt

import httpx

from core import jobs
from core.assessment.models import Enrolment
from core.audit.models import AuditLog
from core.db import utcnow
from core.exam import service as exam_service
from core.exam.models import Answer, ExamSession, Paper
from core.proctoring import captures
from core.proctoring.models import Capture, ProctorCase, SessionEvent, Verdict, VerificationAttempt
from tests import factories
from tests.exam.test_service import _taker
from tests.proctoring.test_captures import grace_shot, no_face
from tests.proctoring.test_face import ASTRONAUT, GRACE

MP = "/api/mp/v1"
ADMIN = "/api/admin/v1/proctoring"


def _photo(data: bytes, **form) -> dict:
    return {"files": {"photo": ("photo.jpg", data, "image/jpeg")}, "data": form}


async def _analyse_pending() -> list[str]:
    """What the worker does for every queued capture (idempotent if it already ran)."""
    return [await captures.analyse(c.id) or "" for c in await Capture.filter(analysis="pending").order_by("id")]


async def _an_hour_passes(session_id: int) -> None:
    """Move the session and what was recorded in it an hour into the past."""
    hour = dt.timedelta(hours=1)
    session = await ExamSession.get(id=session_id)
    await ExamSession.filter(id=session_id).update(started_at=session.started_at - hour,
                                                   deadline=session.deadline - hour)
    assert session.deadline - hour + exam_service.GRACE < utcnow()
    for c in await Capture.filter(session_id=session_id):
        await Capture.filter(id=c.id).update(taken_at=c.taken_at - hour, received_at=c.received_at - hour)
    for ev in await SessionEvent.filter(session_id=session_id):
        await SessionEvent.filter(id=ev.id).update(at=ev.at - hour)


async def test_a_physician_takes_the_exam_and_two_proctors_void_it_for_cheating(client):
    me, paper, _province, e = await _taker()
    await factories.admin(await e.institution, roles=("institution_admin",), username="hosp_proctor")
    await factories.admin(await e.assessment_org, roles=("proctor",), username="assess_proctor")
    phone = {"Authorization": "Bearer " + factories.mp_token(me)}

    # ---- consent, then the reference face (nothing is captured before consent)
    r = await client.post(f"{MP}/proctoring/face", headers=phone, **_photo(GRACE))
    assert r.status_code in (403, 409, 422) and r.json()["code"] == "proctoring.consent_required"
    r = await client.post(f"{MP}/proctoring/consent", headers=phone, json={"text_version": "2026-01"})
    assert r.status_code == 200 and r.json()["consent"]["text_version"] == "2026-01"
    r = await client.post(f"{MP}/proctoring/face", headers=phone, **_photo(GRACE))
    assert r.status_code == 201, r.text
    status = (await client.get(f"{MP}/proctoring/face", headers=phone)).json()
    assert status["consent"]["text_version"] == "2026-01" and status["enrolment"]["source"] == "capture"

    # ---- start: the server sets the deadline and the photo schedule; answers wait for the face check
    r = await client.post(f"{MP}/exam/papers/{paper.id}/start", headers=phone, json={"device_id": "phone-aaaa"})
    view = r.json()
    sid, items = view["session_id"], view["items"]
    assert view["verified"] is False and view["capture_schedule"] and view["remaining_seconds"] > 0
    q1, q2 = items[0]["question_id"], items[1]["question_id"]
    save = {"device_id": "phone-aaaa", "answer": ["B"], "seq": 1}
    r = await client.put(f"{MP}/exam/sessions/{sid}/answers/{q1}", headers=phone, json=save)
    assert r.status_code == 409 and r.json()["code"] == "exam.not_verified"
    assert not await Answer.exists(session_id=sid)

    r = await client.post(f"{MP}/proctoring/sessions/{sid}/verify", headers=phone, **_photo(ASTRONAUT))
    assert r.json()["outcome"] == "mismatch" and r.json()["verified"] is False
    r = await client.post(f"{MP}/proctoring/sessions/{sid}/verify", headers=phone, **_photo(grace_shot(3)))
    assert r.json()["outcome"] == "match" and r.json()["verified"] is True
    assert [a.outcome for a in await VerificationAttempt.filter(session_id=sid).order_by("id")] == \
        ["mismatch", "match"]

    # ---- answering, with three photos and the app left once
    r = await client.put(f"{MP}/exam/sessions/{sid}/answers/{q1}", headers=phone, json=save)
    assert r.json()["applied"] is True
    started = (await ExamSession.get(id=sid)).started_at
    shots = {"match": grace_shot(0), "mismatch": ASTRONAUT, "no_face": no_face()}
    for n, data in enumerate(shots.values()):
        taken = (started + dt.timedelta(seconds=5 + n)).isoformat()
        r = await client.post(f"{MP}/proctoring/sessions/{sid}/captures", headers=phone,
                              **_photo(data, taken_at=taken))
        assert r.status_code == 201, r.text
        assert r.json()["state"] in ("pending", "done") and "analysis" not in r.json()  # the phone is not told
    events = [{"kind": "app_hidden", "at": (started + dt.timedelta(seconds=20)).isoformat()},
              {"kind": "app_visible", "at": (started + dt.timedelta(seconds=50)).isoformat()}]
    r = await client.post(f"{MP}/proctoring/sessions/{sid}/events", headers=phone, json={"events": events})
    assert r.status_code == 200 and await SessionEvent.filter(session_id=sid).count() == 2

    # ---- the phone drops off; the physician resumes on a tablet, the phone is told, nothing is lost
    r = await client.post(f"{MP}/exam/papers/{paper.id}/start", headers=phone, json={"device_id": "tablet-bbbb"})
    assert r.json()["session_id"] == sid and r.json()["items"][0]["answer"] == ["B"]
    r = await client.put(f"{MP}/exam/sessions/{sid}/answers/{q2}", headers=phone,
                         json={"device_id": "phone-aaaa", "answer": ["A"], "seq": 2})
    assert r.status_code == 409 and r.json()["code"] == "exam.device_replaced"
    r = await client.put(f"{MP}/exam/sessions/{sid}/answers/{q2}", headers=phone,
                         json={"device_id": "tablet-bbbb", "answer": ["B"], "seq": 2})
    assert r.json()["applied"] is True

    # ---- the tablet never comes back: an hour later the deadline has passed and the worker's job submits
    await _an_hour_passes(sid)
    await jobs.FUNCTIONS["auto_submit"]({}, sid)
    session = await ExamSession.get(id=sid)
    assert session.submitted_by == "deadline" and session.score is not None
    assert {a.question_id: a.answer for a in await Answer.filter(session_id=sid)} == {q1: ["B"], q2: ["B"]}
    assert (await Paper.get(id=paper.id)).state == "submitted"
    scored = await Enrolment.get(id=e.id)
    assert scored.exam_score == session.score

    # ---- a photo taken before the deadline arrives after a reconnect: kept and marked late
    taken = (session.started_at + dt.timedelta(seconds=120)).isoformat()
    r = await client.post(f"{MP}/proctoring/sessions/{sid}/captures", headers=phone,
                          **_photo(grace_shot(6), taken_at=taken))
    assert r.status_code == 201 and (await Capture.get(id=r.json()["capture_id"])).late is True

    # ---- verdicts wait for the analysis
    async with factories.AdminSession(client, "hosp_proctor") as first:
        if await Capture.exists(session_id=sid, analysis="pending"):
            r = await first.post(f"{ADMIN}/cases/{sid}/verdict", json={"verdict": "clear"})
            assert r.status_code == 409 and r.json()["code"] == "proctoring.analysis_pending"
    outcomes = await _analyse_pending()
    assert set(outcomes) <= {"match", "mismatch", "no_face", ""}
    by_outcome = {c.analysis: c for c in await Capture.filter(session_id=sid)}
    assert set(by_outcome) == {"match", "mismatch", "no_face"}
    assert by_outcome["match"].distance < 0.5 < by_outcome["mismatch"].distance and by_outcome["no_face"].faces == 0

    # ---- the institution's proctor: ranked list, the timeline with photos, a cheating verdict
    async with factories.AdminSession(client, "hosp_proctor") as first:
        listed = (await first.get(f"{ADMIN}/cases")).json()
        assert [c["session_id"] for c in listed["items"]] == [sid]
        case = listed["items"][0]
        assert case["risk"] > 0
        detail = (await first.get(f"{ADMIN}/cases/{sid}")).json()
        kinds = [(row["type"], row.get("analysis")) for row in detail["timeline"]]
        assert ("capture", "mismatch") in kinds and ("capture", "no_face") in kinds and ("capture", "match") in kinds
        assert any(row["type"] == "event" for row in detail["timeline"])
        assert any(row.get("late") for row in detail["timeline"] if row["type"] == "capture")
        photo_url = next(row["photo_url"] for row in detail["timeline"]
                         if row["type"] == "capture" and row["analysis"] == "mismatch")
        photo = await client.get(httpx.URL(photo_url).raw_path.decode())
        assert photo.status_code == 200 and photo.content[:3] == b"\xff\xd8\xff"  # a JPEG, served by the link
        r = await first.post(f"{ADMIN}/cases/{sid}/verdict", json={"verdict": "cheating", "reason": ""})
        assert r.status_code == 422 and r.json()["code"] == "proctoring.reason_required"
        r = await first.post(f"{ADMIN}/cases/{sid}/verdict",
                             json={"verdict": "cheating", "reason": "第二张抓拍为他人代考"})
        assert r.status_code == 200 and r.json()["state"] == "cheating_pending"
        r = await first.post(f"{ADMIN}/cases/{sid}/second-review", json={"confirm": True, "reason": "同意"})
        assert r.status_code == 403 and r.json()["code"] == "proctoring.same_reviewer"
    assert (await ExamSession.get(id=sid)).voided is False  # one proctor cannot void a result alone

    # ---- the assessment institution's proctor confirms: the exam is void, the result fails
    async with factories.AdminSession(client, "assess_proctor") as second:
        r = await second.post(f"{ADMIN}/cases/{sid}/second-review",
                              json={"confirm": True, "reason": "复核照片，确认非本人作答"})
        assert r.status_code == 200 and r.json()["state"] == "cheating"
    assert (await ProctorCase.get(session_id=sid)).state == "cheating"
    assert (await ExamSession.get(id=sid)).voided is True
    final = await Enrolment.get(id=e.id)
    assert final.exam_score is None and final.result == "fail" and final.makeup == "refused"
    assert [(v.verdict, v.stage) for v in await Verdict.filter(session_id=sid).order_by("id")] == \
        [("cheating", "first"), ("cheating", "second")]
    actions = set(await AuditLog.all().values_list("action", flat=True))
    assert {"exam.start", "exam.takeover", "proctoring.verify", "proctoring.case_view",
            "scores.void_for_cheating"} <= actions

    # ---- the physician sees the result on the phone
    home = (await client.get("/api/bff/v1/exam/home", headers=phone)).json()
    assert home["results"][0]["result"] == "fail"
