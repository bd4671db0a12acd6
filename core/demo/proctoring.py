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
            await proctoring_service.verify(actor=me, session_id=session["session_id"], photo=photos.other_person())
        await proctoring_service.verify(actor=me, session_id=session["session_id"], photo=photos.same_person_live())
        taken = utcnow() - dt.timedelta(seconds=5)
        upload = await captures.upload_capture(actor=me, session_id=session["session_id"], photo=photo(),
                                               taken_at=taken)
        if outcome == "no_face":  # the taker left the app while away from the camera
            await captures.record_events(actor=me, session_id=session["session_id"], events=[
                {"kind": "app_hidden", "at": taken - dt.timedelta(seconds=40)},
                {"kind": "app_visible", "at": taken - dt.timedelta(seconds=10)}])
        await captures.analyse(upload["capture_id"])
        await answer_and_submit(doc, session, ability=rng.uniform(0.7, 0.9), rng=rng)
        out[outcome] = session["session_id"]
    return out


async def analysed() -> dict[str, int]:
    """How many captures each analysis outcome has (for tests and the start-up listing)."""
    rows = await Capture.all().values_list("analysis", flat=True)
    return {a: rows.count(a) for a in set(rows)}
