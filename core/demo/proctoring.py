"""Three proctored demo exams whose photos the real face engine judges: the physician
throughout, a different person on an in-exam photo, and a photo with no face.

Why: the proctors' list ranks cases by the risk the analyses produce
(core/proctoring/captures.py). Each demo physician consents, enrols a face,
verifies before answering and uploads an in-exam photo through the services,
as the phone would. The analysis the server queues after an upload
(analyse_captures) is run here directly, with the same function, so the cases
have their outcome when seeding ends: the loader's process stops before an
embedded job would run, and a worker may not be running yet. A queued job that
arrives later finds the capture analysed and changes nothing.
"""
from __future__ import annotations

import datetime as dt
import random

from core.assessment.models import Enrolment, Physician
from core.db import utcnow
from core.demo import photos
from core.demo.assessment import physician_actor
from core.demo.exams import answer_and_submit, start
from core.proctoring import captures
from core.proctoring import service as proctoring_service
from core.proctoring.models import Capture

CONSENT_VERSION = "2026.1"
# (what the in-exam photo shows, the photo): one case per outcome.
CASES = [("match", photos.same_person_live), ("mismatch", photos.other_person), ("no_face", photos.no_face)]


async def seed_cases(rows: list[Enrolment]) -> dict[str, int]:
    """One proctored exam per CASES entry, on the given approved enrolments; returns the session
    id of each outcome."""
    rng = random.Random(3301)
    out: dict[str, int] = {}
    for (outcome, photo), row in zip(CASES, rows):
        doc = await Physician.get(id=row.physician_id)
        me = physician_actor(doc)
        await proctoring_service.give_consent(actor=me, text_version=CONSENT_VERSION)
        await proctoring_service.enrol_face(actor=me, photo=photos.physician())
        session = await start(doc)
        if outcome == "mismatch":  # someone else first tried to pass the check, then the physician did
            await proctoring_service.verify(actor=me, session_id=session.session_id, photo=photos.other_person())
        await proctoring_service.verify(actor=me, session_id=session.session_id, photo=photos.same_person_live())
        taken = utcnow() - dt.timedelta(seconds=5)
        upload = await captures.upload_capture(actor=me, session_id=session.session_id, photo=photo(),
                                               taken_at=taken)
        if outcome == "no_face":  # the taker left the app while away from the camera
            await captures.record_events(actor=me, session_id=session.session_id, events=[
                {"kind": "app_hidden", "at": taken - dt.timedelta(seconds=40)},
                {"kind": "app_visible", "at": taken - dt.timedelta(seconds=10)}])
        await captures.analyse(upload.capture_id)
        await answer_and_submit(doc, session, ability=rng.uniform(0.7, 0.9), rng=rng)
        out[outcome] = session.session_id
    return out


async def analysed() -> dict[str, int]:
    """How many captures each analysis outcome has (for tests and the start-up listing)."""
    rows = await Capture.all().values_list("analysis", flat=True)
    return {a: rows.count(a) for a in set(rows)}


async def seed_verdicts(sessions: dict[str, int]) -> None:
    """The proctors at work: the sessions released at the test centre cleared in one batch by the
    assessment institution, the matching one cleared, the one without a face marked suspected;
    the one with somebody else on the photo is left open, for a proctor to judge (and a second
    proctor to confirm)."""
    from core.demo import catalog
    from core.demo.orgs import admin
    from core.exam.models import ExamSession
    from core.orgs.models import OrgNode
    from core.proctoring import review
    from core.proctoring.models import ProctorCase

    async def assessor_of(org_id: int):
        code = (await OrgNode.get(id=org_id)).code
        return await admin(next(u for u, (c, roles, _l) in catalog.ACCOUNTS.items()
                                if roles == ["assessment_admin"] and c == code))

    proctored = set(sessions.values())
    submitted = set(await ExamSession.filter(submitted_at__isnull=False).values_list("id", flat=True))
    by_assessor: dict[int, list[int]] = {}
    for case in await ProctorCase.filter(session_id__in=submitted - proctored).order_by("session_id"):
        by_assessor.setdefault(case.assessment_org_id, []).append(case.session_id)
    for org_id, session_ids in by_assessor.items():
        await review.clear_many(actor=await assessor_of(org_id), session_ids=session_ids,
                                reason="考点现场核验身份，考中无异常")
    for outcome, verdict, reason in (("match", "clear", "考中照片均为本人"),
                                     ("no_face", "suspected", "考中照片未见人脸，且曾切出小程序约30秒，待进一步核实")):
        if outcome in sessions:
            case = await ProctorCase.get(session_id=sessions[outcome])
            await review.give_verdict(actor=await assessor_of(case.assessment_org_id), session_id=case.session_id,
                                      verdict=verdict, reason=reason)
