"""Photos and app events during the exam, their analysis, and the risk of a session.

Why: proctors cannot watch thousands of phones; they read a ranked list and a
timeline. This module turns what the phones send into both:

* Uploads. The phone takes a photo at each offset of the session's randomised
  capture schedule and uploads it. The upload is judged as an image (size,
  complete decode, re-encoded without EXIF by media.uploads), stored
  content-addressed, recorded as a pending Capture and acknowledged: the
  acknowledgement waits for the disk and the database, never for the face engine.
  A phone that lost the network keeps its photos and sends them after the
  reconnect, even once the exam has been submitted or timed out: what counts is
  that the photo was taken inside the session's window (with CLOCK_SKEW for the
  phone's clock). Such a photo is marked late and placed on the timeline by the
  time it was taken. The same photo sent twice (a retry) is the same capture.
* Analysis. A background job (arq worker; an embedded task with the in-process
  Redis) runs the face engine in the process pool of media.face, never in the
  event loop, and classifies the photo: no_face, several_faces, mismatch or
  match, with every face's distance to the physician's active enrolment and the
  region's threshold. Re-running it on an analysed capture changes nothing. If
  the engine fails the capture stays pending and the sweeper queues it again
  (a killed worker or a restarted Redis loses no photo); after MAX_FAILURES it is
  marked failed.
* Events. Leaving the app and losing the network are recorded by the phone and
  sent in a batch when it can; identical events (kind, time) are stored once.
* Risk. After every analysis and every batch of events, `recompute_case` counts
  the signals of the session and weighs them into ProctorCase.risk (WEIGHTS),
  by which the review side ranks cases. It never changes the case's state.

The taker is told whether a photo arrived and has been looked at, never what
the analysis found (that would coach a stand-in); proctors see everything
through `timeline`, which the review module wraps with scope and signed links.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import statistics
from typing import Any

from redis.exceptions import RedisError
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import cache, db, jobs
from core.assessment.models import Physician
from core.audit import service as audit_service
from core.db import utcnow
from core.errors import NotFound, ValidationFailed
from core.exam import service as exam_service
from core.exam.models import ExamSession, Paper
from core.principal import SYSTEM, Principal
from core.proctoring import service as proctoring_service
from core.proctoring.errors import (
    ConsentRequired, EngineBusy, NotProctored, OutsideWindow, QuotaExceeded, UnknownEvent,
)
from core.proctoring.models import Capture, ProctorCase, SessionEvent, VerificationAttempt
from core.proctoring.schemas import CaptureOut, CaptureRowOut, CapturesOut, EventsRecordedOut
from media import face, uploads
from media.storage import get_storage, key_of

log = logging.getLogger("huiyi.proctoring")

# The phone's clock may differ from ours; times this far outside the window are still its own.
CLOCK_SKEW = dt.timedelta(minutes=2)
# Received this long after it was taken: the photo waited on the phone for a connection.
LATE_AFTER = dt.timedelta(seconds=60)
# After the session has ended, photos and events are accepted for this long (a phone that
# was offline at the end sends them when it reconnects); later the record is closed.
UPLOAD_GRACE = dt.timedelta(hours=24)
# A scheduled photo counts as taken when a capture lies within this distance of its time:
# half the shortest gap of the schedule, so that two slots never share one photo.
SLOT_TOLERANCE = dt.timedelta(seconds=exam_service.CAPTURE_GAP[0] / 2)
# A pending capture older than this is queued again by the sweeper (and not sooner).
STALE_AFTER = dt.timedelta(minutes=5)
SWEEP_BATCH = 500
SWEEP_JOB = 20  # captures per analysis job the sweeper queues: several workers share a backlog
MAX_FAILURES = 5  # engine failures before a capture is marked failed instead of retried
MAX_EVENTS = 2000  # per session: a phone that floods events is refused, not stored
CLIENT_EVENTS = ("app_hidden", "app_visible", "offline", "online")
OUTCOMES = ("match", "mismatch", "no_face", "several_faces", "no_reference")

# How much each signal adds to a session's risk. A different person on a photo is the
# strongest sign; a second face often is a helper; no face means the taker left the camera;
# each time the app was left counts, and so does how long it stayed hidden; a network drop
# and a scheduled photo that never arrived (or could not be analysed) count once each; a photo
# that arrived late could have been chosen after the fact, but usually just waited for the network.
WEIGHTS = {"mismatch": 5.0, "several_faces": 3.0, "no_face": 2.0, "app_hidden": 1.0, "hidden_seconds": 0.02,
           "offline": 1.0, "missing": 1.0, "failed": 1.0, "late": 0.5}


def _queued_key(capture_id: int) -> str:
    return f"proctoring:capture-queued:{capture_id}"


# ================================================================== session checks

async def _own_session(actor: Principal, session_id: int, action: str) -> ExamSession:
    """The taker's own session; another physician's looks absent, and the attempt is audited."""
    try:
        session, _paper = await exam_service.own_session(actor, session_id)
    except NotFound:
        if await ExamSession.exists(id=session_id):
            await audit_service.record_denied(actor=actor, action=action, target_type="ExamSession",
                                              target_id=session_id, reason="not the taker's session")
        raise
    return session


_UPLOADABLE = {kind: sql + " AND EXISTS (SELECT 1 FROM proctor_case c WHERE c.session_id = t0.id)"
                             " AND EXISTS (SELECT 1 FROM proctor_face_consent f"
                             " WHERE f.physician_id = ph.id AND f.withdrawn_at IS NULL)"
               for kind, sql in exam_service.OWN_SESSION_SQL.items()}


async def _uploadable(actor: Principal, session_id: int) -> ExamSession | None:
    """The taker's own, proctored session with an active face consent, in one statement
    (every taker uploads every two minutes); None when any of it is missing."""
    if actor.kind not in _UPLOADABLE:
        return None
    found = await db.load_joined(_UPLOADABLE[actor.kind], [session_id, actor.id], ExamSession, Paper)
    if found is None:
        return None
    session, paper = found
    session.paper = paper
    return session


def _end(session: ExamSession) -> dt.datetime:
    """When the session stopped: submitted, or its deadline."""
    return session.submitted_at if session.submitted_at is not None else session.deadline


def _check_time(session: ExamSession, at: dt.datetime, now: dt.datetime, what: str) -> None:
    """`at` (the phone's clock) must lie in the session, allowing for the phone's clock; and
    once the session has ended, it may be reported only for UPLOAD_GRACE."""
    if at.tzinfo is None:  # the schemas demand an offset; a naive time cannot be placed
        raise ValidationFailed(details={"errors": [{"path": "taken_at" if what == "capture" else "at",
                                                    "message": "时间须带时区", "type": "timezone_aware"}]})
    window = {"started_at": session.started_at, "ended_at": _end(session), "at": at, "what": what}
    if now > _end(session) + UPLOAD_GRACE:
        raise OutsideWindow("考试结束已超过 24 小时，不再接收", details={**window, "reason": "too_late"})
    if at > now + CLOCK_SKEW:
        raise OutsideWindow("时间晚于当前时间，请检查手机时钟", details={**window, "reason": "in_future"})
    if at < session.started_at - CLOCK_SKEW:
        raise OutsideWindow("时间早于本场考试开始时间", details={**window, "reason": "before_start"})
    if at > _end(session) + CLOCK_SKEW:
        raise OutsideWindow("时间晚于本场考试结束时间", details={**window, "reason": "after_end"})


def _next_capture_in(session: ExamSession, now: dt.datetime) -> int | None:
    """Seconds until the next scheduled photo (None when no more are due)."""
    if session.submitted_at is not None or now >= session.deadline:
        return None
    elapsed = (now - session.started_at).total_seconds()
    upcoming = [s for s in session.capture_schedule or [] if s > elapsed]
    return int(upcoming[0] - elapsed) if upcoming else None


def _max_captures(session: ExamSession) -> int:
    # Retakes and a few photos of the phone's own initiative, but no flood.
    return 2 * len(session.capture_schedule or []) + 20


# ================================================================== uploads

# Why analyses are queued in batches: arq's enqueue is six Redis commands (WATCH, EXISTS,
# MULTI, SET, ZADD, EXEC), about 3 ms of CPU, a third of what an upload cost when paid per
# photo. The uploads of each QUEUE_EVERY seconds of a server process become one job. A photo
# acknowledged but not yet queued when the process dies is safe: it is pending in the
# database, and the sweeper queues it.
QUEUE_EVERY = 0.2
_unqueued: list[int] = []
_flusher: asyncio.Task | None = None


def _queue(capture_id: int) -> None:
    """Queue the analysis with the others of the next QUEUE_EVERY seconds."""
    global _flusher
    _unqueued.append(capture_id)
    loop = asyncio.get_running_loop()
    if _flusher is None or _flusher.done() or _flusher.get_loop() is not loop:
        _flusher = loop.create_task(_flush_soon())


async def _flush_soon() -> None:
    await asyncio.sleep(QUEUE_EVERY)
    await flush_queue()


async def flush_queue() -> int:
    """Queue what this process has accepted and not yet queued (also called when the server
    stops); a Redis failure only delays the analyses until the sweeper. Returns how many."""
    ids = list(_unqueued)
    _unqueued.clear()
    if not ids:
        return 0
    try:
        async with cache.redis().pipeline(transaction=False) as pipe:
            for capture_id in ids:  # the sweeper leaves them alone while the job waits
                pipe.set(_queued_key(capture_id), "1", ex=int(STALE_AFTER.total_seconds()))
            await pipe.execute()
        await jobs.enqueue("analyse_captures", ids)
    except (RedisError, OSError) as exc:
        log.warning("%s captures not queued (%s); the sweeper will queue them", len(ids), type(exc).__name__)
        return 0
    return len(ids)


def _taker_view(session: ExamSession, c: Capture) -> CaptureRowOut:
    return CaptureRowOut(capture_id=c.id, session_id=session.id, taken_at=c.taken_at, received_at=c.received_at,
                         late=c.late, state="pending" if c.analysis == "pending" else "done")


def _acknowledged(session: ExamSession, c: Capture, *, duplicate: bool, now: dt.datetime) -> CaptureOut:
    return CaptureOut(**dict(_taker_view(session, c)), duplicate=duplicate,
                      next_capture_in=_next_capture_in(session, now))


async def upload_capture(*, actor: Principal, session_id: int, photo: bytes, taken_at: dt.datetime) -> CaptureOut:
    """Accept a photo taken during the physician's own exam; its analysis follows in a worker."""
    session = await _uploadable(actor, session_id)
    now = utcnow()
    if session is None:  # something is missing: the precise checks say what, in order
        session = await _own_session(actor, session_id, "proctoring.capture")
        if not await ProctorCase.exists(session_id=session.id):
            raise NotProctored()
        _check_time(session, taken_at, now, "capture")
        if await proctoring_service._active_consent(session.paper.physician_id) is None:
            raise ConsentRequired()
    _check_time(session, taken_at, now, "capture")
    clean = await asyncio.to_thread(uploads.sanitize_image, photo)  # NotAnImage / ImageTooLarge / ImageTruncated
    key = key_of(clean)  # re-encoding is deterministic: a resent photo has the same key
    held = await Capture.filter(session_id=session.id).values_list("photo_key", flat=True)  # one read for both
    if key in held:
        existing = await Capture.get(session_id=session.id, photo_key=key)
        return _acknowledged(session, existing, duplicate=True, now=now)
    limit = _max_captures(session)
    if len(held) >= limit:
        raise QuotaExceeded("本场考试上传的照片已达上限", details={"kind": "captures", "max": limit})
    key = await proctoring_service._store(clean)
    late = session.submitted_at is not None or now > session.deadline or now - taken_at > LATE_AFTER
    # Not audited, like an answer: the Capture row is the record of the upload (session, times,
    # photo), and the audit chain, one locked head for the whole system, stays off the path
    # every taker uses every two minutes. Refused uploads of someone else's session are audited.
    try:
        capture = await Capture.create(session_id=session.id, photo_key=key, taken_at=taken_at, late=late)
    except IntegrityError:  # the same photo, sent twice at once
        capture = await Capture.get(session_id=session.id, photo_key=key)
        return _acknowledged(session, capture, duplicate=True, now=now)
    _queue(capture.id)
    return _acknowledged(session, capture, duplicate=False, now=now)


async def my_captures(*, actor: Principal, session_id: int) -> CapturesOut:
    """What the phone has delivered for a session, so that it resends only what is missing."""
    session = await _own_session(actor, session_id, "proctoring.captures")
    rows = await Capture.filter(session_id=session.id).order_by("taken_at", "id")
    return CapturesOut(session_id=session.id, capture_schedule=session.capture_schedule or [],
                       next_capture_in=_next_capture_in(session, utcnow()),
                       items=[_taker_view(session, c) for c in rows])


# ================================================================== analysis

def _classify(faces: list[dict[str, Any]], has_reference: bool, threshold: float) -> str:
    if not faces:
        return "no_face"
    if len(faces) > 1:
        return "several_faces"
    if not has_reference:  # consent withdrawn or never enrolled (a proctor released the session)
        return "no_reference"
    return "match" if faces[0]["distance"] <= threshold else "mismatch"


async def _note_failure(capture: Capture, exc: BaseException) -> str:
    detail = dict(capture.detail or {})
    detail["failures"] = int(detail.get("failures", 0)) + 1
    detail["error"] = type(exc).__name__
    state = "failed" if detail["failures"] >= MAX_FAILURES else "pending"
    log.warning("capture %s analysis failed (%s, attempt %s)", capture.id, detail["error"], detail["failures"],
                exc_info=not isinstance(exc, EngineBusy))  # a busy engine is expected, anything else a fault
    changed = await Capture.filter(id=capture.id, analysis="pending").update(detail=detail, analysis=state)
    if changed and state == "failed":
        await recompute_case(capture.session_id)
    return state


async def analyse(capture_id: int) -> str | None:
    """Analyse one capture (if still pending); returns its analysis, None if it is gone."""
    capture = await Capture.get_or_none(id=capture_id)
    if capture is None or capture.analysis != "pending":
        return capture.analysis if capture else None
    try:
        data = await asyncio.to_thread(get_storage().get, capture.photo_key)
        check, found = await proctoring_service.in_face_pool(face.analyse_all, data)
    except Exception as exc:  # engine down, pool worker killed, file unreadable: retried by the sweeper
        return await _note_failure(capture, exc)
    paper = await Paper.get(id=(await ExamSession.get(id=capture.session_id)).paper_id)
    physician = await Physician.get(id=paper.physician_id)
    enrolment = await proctoring_service._active_enrolment(physician.id)
    reference = enrolment.encoding if enrolment is not None and enrolment.encoding else None
    threshold, region = await proctoring_service.threshold_for(physician)
    faces = [{"box": f["box"], "score": f["score"],
              "distance": round(face.distance(reference, f["encoding"]), 4) if reference else None}
             for f in found]
    outcome = _classify(faces, reference is not None, threshold)
    distances = [f["distance"] for f in faces if f["distance"] is not None]
    detail = {"threshold": threshold, "region": region, "enrolment_id": enrolment.id if reference else None,
              "size": list(check.size), "faces": faces, "problems": check.problems,
              "failures": int((capture.detail or {}).get("failures", 0))}
    if check.box is not None:
        detail["quality"] = {"face_px": check.face_px, "sharpness": round(check.sharpness, 1),
                             "brightness": round(check.brightness, 1)}
    changed = await Capture.filter(id=capture.id, analysis="pending").update(
        analysis=outcome, faces=len(faces), distance=min(distances) if distances else None, detail=detail,
        analysed_at=utcnow())
    if changed:  # another run may have finished first: its result stands
        await recompute_case(capture.session_id, finding=(capture.id, outcome))
    return outcome if changed else (await Capture.get(id=capture.id)).analysis


async def analyse_capture(ctx: dict, capture_id: int) -> str | None:
    """One capture (jobs of this name may still wait in Redis from before the batches)."""
    return await analyse(capture_id)


async def analyse_captures(ctx: dict, capture_ids: list[int]) -> list[str | None]:
    """The worker's side of a batch of uploads (queued by upload_capture), one after another:
    the face pool is the limit, and arq runs several such jobs side by side."""
    # A capture that cannot be analysed stays pending for the sweeper; the batch goes on.
    return (await jobs.per_item("analyse_captures", capture_ids, analyse)).results


async def sweep_pending_captures(ctx: dict) -> int:
    """The periodic job of `sweep_pending` (registered in core/wiring.py)."""
    return await sweep_pending()


async def sweep_pending(*, older_than: dt.timedelta = STALE_AFTER, limit: int = SWEEP_BATCH) -> int:
    """Queue again the captures pending for longer than `older_than` whose last queueing
    has lapsed (a lost job, a killed worker, an engine failure). Returns how many."""
    cutoff = utcnow() - older_than
    ids = await Capture.filter(analysis="pending", received_at__lt=cutoff).order_by("id").limit(limit) \
        .values_list("id", flat=True)

    async def claim(capture_id: int) -> bool:
        # One queueing per STALE_AFTER: a backlog is not multiplied by every sweep.
        return bool(await cache.redis().set(_queued_key(capture_id), "1", ex=int(STALE_AFTER.total_seconds()),
                                            nx=True))

    run = await jobs.per_item("sweep_pending", ids, claim)
    queued = [capture_id for capture_id, claimed in zip(ids, run.results) if claimed]
    batches = [queued[start:start + SWEEP_JOB] for start in range(0, len(queued), SWEEP_JOB)]
    await jobs.per_item("sweep_pending.enqueue", batches, lambda batch: jobs.enqueue("analyse_captures", batch),
                        ident=lambda batch: f"{batch[0]}..{batch[-1]}")
    return len(queued)


# ================================================================== events

@db.transactional
async def record_events(*, actor: Principal, session_id: int, events: list[dict[str, Any]]) -> EventsRecordedOut:
    """Store the events the phone recorded (leaving the app, network drops); the whole batch
    or nothing. Identical events (same kind and time) are stored once."""
    session = await _own_session(actor, session_id, "proctoring.events")
    case = await ProctorCase.get_or_none(session_id=session.id)
    if case is None:
        raise NotProctored("本场为模拟考试，不记录监考事件")
    now = utcnow()
    for n, e in enumerate(events):
        if e["kind"] not in CLIENT_EVENTS:
            raise UnknownEvent(details={"index": n, "kind": e["kind"], "allowed": list(CLIENT_EVENTS)})
        try:
            _check_time(session, e["at"], now, "event")
        except OutsideWindow as exc:
            exc.details["index"] = n
            raise
    async with in_transaction():
        # One batch at a time per session, so that a resent batch finds the first one's rows.
        await ExamSession.filter(id=session.id).select_for_update().first()
        seen = {(k, _instant(at)) for k, at in await SessionEvent.filter(session_id=session.id)
                .values_list("kind", "at")}
        fresh = []
        for e in events:
            ident = (e["kind"], _instant(e["at"]))
            if ident not in seen:
                seen.add(ident)
                fresh.append(SessionEvent(session_id=session.id, kind=e["kind"], at=e["at"], detail=e.get("detail")))
        if len(seen) > MAX_EVENTS:
            raise QuotaExceeded("本场考试记录的事件已达上限", details={"kind": "events", "max": MAX_EVENTS})
        if fresh:
            await SessionEvent.bulk_create(fresh)
            await audit_service.record(
                actor=actor, action="proctoring.events", target_type="ExamSession", target_id=session.id,
                after={"stored": len(fresh), "kinds": sorted({e.kind for e in fresh})}, org_id=case.institution_id)
    if fresh:
        await recompute_case(session.id)
    return EventsRecordedOut(session_id=session.id, received=len(events), stored=len(fresh),
                             duplicates=len(events) - len(fresh))


def _instant(at: dt.datetime) -> dt.datetime:
    """A time comparable across databases: UTC, to the microsecond MariaDB keeps."""
    return at.astimezone(dt.timezone.utc).replace(tzinfo=None)


# ================================================================== risk

def _durations(events: list[SessionEvent], start: str, stop: str, end: dt.datetime) -> float:
    """Seconds between each `start` event and the next `stop` (or `end` if none came)."""
    total, since = 0.0, None
    for e in events:
        if e.kind == start and since is None:
            since = e.at
        elif e.kind == stop and since is not None:
            total += max(0.0, (e.at - since).total_seconds())
            since = None
    if since is not None:
        total += max(0.0, (end - since).total_seconds())
    return total


def _clock_offset(captures: list[Capture]) -> dt.timedelta:
    """How far the phone's clock runs ahead of ours: the median of taken_at - received_at over
    photos sent at once (upload time makes it a little early; the slot tolerance absorbs that)."""
    prompt = [(c.taken_at - c.received_at).total_seconds() for c in captures if not c.late]
    if not prompt:
        return dt.timedelta(0)
    skew = CLOCK_SKEW.total_seconds()
    return dt.timedelta(seconds=max(-skew, min(skew, statistics.median(prompt))))


def _missing_slots(session: ExamSession, captures: list[Capture], now: dt.datetime) -> list[dt.datetime]:
    """Scheduled photo times (our clock) already past, with no capture near them."""
    horizon = min(now, _end(session))
    offset = _clock_offset(captures)
    taken = [c.taken_at - offset for c in captures]
    out = []
    for seconds in session.capture_schedule or []:
        slot = session.started_at + dt.timedelta(seconds=seconds)
        if slot + SLOT_TOLERANCE > horizon:
            break  # not due yet, or after the taker submitted
        if not any(abs(t - slot) <= SLOT_TOLERANCE for t in taken):
            out.append(slot)
    return out


def _signals(session: ExamSession, captures: list[Capture], events: list[SessionEvent],
             now: dt.datetime) -> dict[str, Any]:
    by = {k: sum(1 for c in captures if c.analysis == k) for k in (*OUTCOMES, "pending", "failed")}
    events = sorted(events, key=lambda e: (e.at, e.id))
    end = min(now, _end(session))
    return {
        "captures": len(captures), "analysed": len(captures) - by["pending"], **by,
        "late": sum(1 for c in captures if c.late),
        "missing": len(_missing_slots(session, captures, now)),
        "app_hidden": sum(1 for e in events if e.kind == "app_hidden"),
        "hidden_seconds": round(_durations(events, "app_hidden", "app_visible", end)),
        "offline": sum(1 for e in events if e.kind == "offline"),
        "offline_seconds": round(_durations(events, "offline", "online", end)),
    }


def risk_of(signals: dict[str, Any]) -> float:
    """The weighted sum of WEIGHTS over the signals."""
    return round(sum(w * signals.get(k, 0) for k, w in WEIGHTS.items()), 2)


# A photo analysed after a "clear" verdict (a late upload within UPLOAD_GRACE) that shows
# someone else or several people is evidence the verdict did not see: the case goes back
# to the proctors' queue. Other findings only change the risk.
REOPENING_FINDINGS = ("mismatch", "several_faces")


@db.transactional
async def recompute_case(session_id: int, *, finding: tuple[int, str] | None = None) -> dict[str, Any] | None:
    """Count the session's signals and weigh its risk into its ProctorCase; the state is
    untouched except that a cleared case is reopened by a REOPENING_FINDINGS `finding`
    (capture id, analysis). Returns {"risk", "signals"}, or None for a session no proctor watches."""
    async with in_transaction():
        # The lock first: the reads below then see every capture and event committed before it,
        # so two recomputations racing cannot leave the older count behind.
        case = await ProctorCase.filter(session_id=session_id).select_for_update().first()
        if case is None:
            return None
        session = await ExamSession.get(id=session_id)
        captures = await Capture.filter(session_id=session_id).order_by("taken_at", "id")
        events = await SessionEvent.filter(session_id=session_id)
        signals = _signals(session, captures, events, utcnow())
        risk = risk_of(signals)
        await ProctorCase.filter(id=case.id).update(signals=signals, risk=risk, updated_at=utcnow())
        if finding is not None and finding[1] in REOPENING_FINDINGS and case.state == "clear":
            await ProctorCase.filter(id=case.id).update(state="open")
            await audit_service.record(
                actor=SYSTEM, action="proctoring.case_reopened", target_type="ProctorCase", target_id=case.id,
                before={"state": "clear"}, after={"state": "open", "capture_id": finding[0], "finding": finding[1]},
                org_id=case.institution_id)
    return {"risk": risk, "signals": signals}


# ================================================================== timeline

def _offset(session: ExamSession, at: dt.datetime) -> int:
    return int((at - session.started_at).total_seconds())


async def timeline(session_id: int) -> list[dict[str, Any]]:
    """Verification attempts, captures (placed by when they were taken), events and the
    scheduled photos that never came, in time order. Pure data: callers check scope."""
    session = await ExamSession.get_or_none(id=session_id)
    if session is None:
        raise NotFound("考试不存在", details={"session_id": session_id})
    items: list[dict[str, Any]] = []
    for v in await VerificationAttempt.filter(session_id=session_id):
        items.append({"type": "verification", "id": v.id, "at": v.at, "outcome": v.outcome,
                      "distance": v.distance, "threshold": v.threshold, "reason": v.reason,
                      "photo_key": v.photo_key, "by_admin_id": v.by_admin_id})
    captures = await Capture.filter(session_id=session_id).order_by("taken_at", "id")
    for c in captures:
        d = c.detail or {}
        items.append({"type": "capture", "id": c.id, "at": c.taken_at, "received_at": c.received_at,
                      "late": c.late, "analysis": c.analysis, "faces": c.faces, "distance": c.distance,
                      "threshold": d.get("threshold"), "face_details": d.get("faces", []), "size": d.get("size"),
                      "problems": d.get("problems", []), "photo_key": c.photo_key, "analysed_at": c.analysed_at})
    for e in await SessionEvent.filter(session_id=session_id):
        items.append({"type": "event", "id": e.id, "at": e.at, "kind": e.kind, "detail": e.detail})
    for slot in _missing_slots(session, captures, utcnow()):
        items.append({"type": "missing", "id": None, "at": slot})
    order = {"verification": 0, "event": 1, "capture": 2, "missing": 3}
    items.sort(key=lambda i: (i["at"], order[i["type"]], i["id"] or 0))
    for i in items:
        i["offset_seconds"] = _offset(session, i["at"])
    return items
