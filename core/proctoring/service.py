"""Use cases of face consent, enrolment and identity verification before the exam.

Why: the exam must be taken by the physician it belongs to. Before any face is
captured, the physician consents to a stated version of the notice (recorded
with the time and address). The reference face is enrolled from the phone or
from the photo the institution registered; it must show exactly one clear face.
Before answering, a live photo is compared with that reference. A limited
number of failed attempts is allowed, then only a proctor in whose area the
physician works can release the session, with a reason. Every attempt, its
photo, distance and threshold are kept for review; every write is audited.

Face analysis runs in the process pool of media.face (dlib holds the GIL for
much of its work), decoding and storage in threads: the event loop only waits.
"""
from __future__ import annotations

import asyncio
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, TypeVar

from tortoise.transactions import in_transaction

from core import context, scope
from core.assessment import service as assessment_service
from core.assessment.models import Physician
from core.audit import service as audit_service
from core.db import utcnow, transactional
from core.errors import NotFound
from core.exam import service as exam_service
from core.exam.errors import SessionClosed
from core.exam.models import ExamSession
from core.orgs.models import OrgNode
from core.principal import Principal
from core.proctoring.errors import (
    AlreadyVerified, ConsentRequired, EngineBusy, NotEnrolled, PhotoRejected, ReleaseRequired,
)
from core.proctoring.models import FaceConsent, FaceEnrolment, ProctorCase, VerificationAttempt
from core.proctoring.schemas import (
    AttemptOut, ConsentOut, FaceEnrolledOut, FaceEnrolmentOut, FaceQualityOut, FaceStatusOut, ProblemOut,
    RegisteredFaceOut, ReleasedOut, VerificationOut, VerificationsOut,
)
from core.settings import get_settings
from media import face, uploads
from media.storage import get_storage

T = TypeVar("T")
# Attempts that end the retries only by succeeding; every other outcome is a failure.
_PASSING = ("match", "released")
_OUTCOME_MESSAGES = {
    "match": "身份核验通过，可以开始作答",
    "mismatch": "人脸与采集照片不一致，请本人正对镜头重新拍摄",
}


# ================================================================== helpers

async def in_face_pool(fn: Callable[..., T], *args: Any) -> T:
    """Run a face-engine function in the process pool; the event loop only waits."""
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(face.pool(get_settings().face_processes), fn, *args)
    except BrokenProcessPool as exc:  # a worker died (out of memory, killed): start afresh next time
        face.reset_pool()
        raise EngineBusy() from exc


async def _analyse(photo: bytes) -> tuple[bytes, face.FaceCheck, list[float] | None]:
    """The upload cleaned (thread) and judged and encoded (process pool)."""
    clean = await asyncio.to_thread(uploads.sanitize_image, photo)
    check, encoding = await in_face_pool(face.analyse, clean)
    return clean, check, encoding


async def _store(data: bytes) -> str:
    return await asyncio.to_thread(get_storage().put, data)


def _rejected(check: face.FaceCheck) -> PhotoRejected:
    return PhotoRejected("照片不符合要求：" + "；".join(check.reasons),
                         details={"problems": [{"code": p, "message": face.REASONS[p]} for p in check.problems],
                                  "quality": check.summary()})


async def _active_consent(physician_id: int) -> FaceConsent | None:
    return await FaceConsent.filter(physician_id=physician_id, withdrawn_at__isnull=True).order_by("-id").first()


async def _active_enrolment(physician_id: int) -> FaceEnrolment | None:
    return await FaceEnrolment.filter(physician_id=physician_id, active=True).order_by("-id").first()


def _consent_view(c: FaceConsent | None) -> ConsentOut | None:
    return None if c is None else ConsentOut.model_validate(c)


def _enrolment_view(e: FaceEnrolment | None) -> FaceEnrolmentOut | None:
    return None if e is None else FaceEnrolmentOut.model_validate(e)


async def threshold_for(physician: Physician) -> tuple[float, str | None]:
    """The distance threshold for a physician: the nearest region (county before city)
    of their institution with its own setting, else the default. Returns (threshold, region code)."""
    s = get_settings()
    if s.face_thresholds_by_region:
        inst = await OrgNode.get_or_none(id=physician.institution_id)
        ids = [int(x) for x in inst.path.strip("/").split("/") if x] if inst else []
        codes = {n.id: n.code for n in await OrgNode.filter(id__in=ids)}
        for node_id in reversed(ids):
            code = codes.get(node_id)
            if code in s.face_thresholds_by_region:
                return s.face_thresholds_by_region[code], code
    return s.face_threshold, None


async def _failures(session_id: int) -> int:
    return await VerificationAttempt.filter(session_id=session_id).exclude(outcome__in=_PASSING).count()


def _check_open(session: ExamSession) -> None:
    if session.submitted_at is not None or utcnow() > session.deadline:
        raise SessionClosed(details={"submitted": session.submitted_at is not None})


# ================================================================== consent

@transactional
async def give_consent(*, actor: Principal, text_version: str) -> FaceStatusOut:
    """Record the physician's consent to this version of the notice (again only for a new version)."""
    doc = await assessment_service.physician_of(actor)
    async with in_transaction():
        await Physician.filter(id=doc.id).select_for_update().first()
        current = await _active_consent(doc.id)
        if current is None or current.text_version != text_version:
            current = await FaceConsent.create(physician_id=doc.id, text_version=text_version, consented_at=utcnow(),
                                               ip=(context.client_ip() or "")[:64])
            await audit_service.record(actor=actor, action="proctoring.consent", target_type="FaceConsent",
                                       target_id=current.id, after={"physician_id": doc.id,
                                                                    "text_version": text_version},
                                       org_id=doc.institution_id)
    return await face_status(actor=actor)


@transactional
async def withdraw_consent(*, actor: Principal) -> FaceStatusOut:
    """Withdraw consent: the face templates are erased and no longer used (the photos of
    past attempts stay as the record of those exams)."""
    doc = await assessment_service.physician_of(actor)
    async with in_transaction():
        await Physician.filter(id=doc.id).select_for_update().first()
        withdrawn = await FaceConsent.filter(physician_id=doc.id, withdrawn_at__isnull=True).update(
            withdrawn_at=utcnow())
        erased = await FaceEnrolment.filter(physician_id=doc.id, active=True).update(active=False, encoding=[])
        if withdrawn:
            await audit_service.record(actor=actor, action="proctoring.consent_withdraw", target_type="Physician",
                                       target_id=doc.id, after={"consents": withdrawn, "enrolments_erased": erased},
                                       org_id=doc.institution_id)
    return await face_status(actor=actor)


async def face_status(*, actor: Principal) -> FaceStatusOut:
    """What the phone needs to decide its next screen: consent given? face enrolled?"""
    doc = await assessment_service.physician_of(actor)
    return FaceStatusOut(consent=_consent_view(await _active_consent(doc.id)),
                         enrolment=_enrolment_view(await _active_enrolment(doc.id)))


# ================================================================== enrolment

@transactional
async def _enrol(actor: Principal, doc: Physician, photo: bytes, source: str) -> FaceEnrolment:
    if await _active_consent(doc.id) is None:
        raise ConsentRequired()
    clean, check, encoding = await _analyse(photo)
    if not check.ok:
        raise _rejected(check)
    key = await _store(clean)
    async with in_transaction():
        await Physician.filter(id=doc.id).select_for_update().first()
        if await _active_consent(doc.id) is None:  # withdrawn while the photo was analysed
            raise ConsentRequired()
        replaced = await FaceEnrolment.filter(physician_id=doc.id, active=True).update(active=False)
        enrolment = await FaceEnrolment.create(physician_id=doc.id, photo_key=key, encoding=encoding, source=source,
                                               quality=check.summary())
        await audit_service.record(
            actor=actor, action="proctoring.enrol", target_type="FaceEnrolment", target_id=enrolment.id,
            after={"physician_id": doc.id, "source": source, "photo_key": key, "replaced": replaced,
                   "face_px": check.face_px, "sharpness": round(check.sharpness, 1),
                   "brightness": round(check.brightness, 1)},
            org_id=doc.institution_id if actor.kind != "admin" else None)
    return enrolment


async def enrol_face(*, actor: Principal, photo: bytes) -> FaceEnrolledOut:
    """The physician enrols their own face from the phone (after consenting)."""
    doc = await assessment_service.physician_of(actor)
    e = await _enrol(actor, doc, photo, "capture")
    return FaceEnrolledOut(enrolment=_enrolment_view(e), quality=FaceQualityOut.model_validate(e.quality))


async def enrol_from_registered_photo(*, actor: Principal, physician_id: int, photo: bytes) -> RegisteredFaceOut:
    """The institution enrols the photo it registered for a physician of its own; the
    physician's consent is still required."""
    await scope.require(actor, "physicians.write")
    doc = await scope.get(actor, Physician, physician_id)
    e = await _enrol(actor, doc, photo, "registered")
    return RegisteredFaceOut(physician_id=doc.id, enrolment=_enrolment_view(e),
                             quality=FaceQualityOut.model_validate(e.quality))


# ================================================================== verification

def _attempt_answer(session: ExamSession, attempt: VerificationAttempt | None, failures: int,
                    check: face.FaceCheck | None = None, outcome: str | None = None) -> AttemptOut:
    limit = get_settings().face_max_attempts
    outcome = outcome or attempt.outcome
    if check is not None and check.problems:
        message = "；".join(check.reasons)
    else:
        message = _OUTCOME_MESSAGES.get(outcome, "")
    left = max(0, limit - failures)
    if not session.verified and left == 0:
        message += "。核验失败次数已达上限，请联系监考人员人工放行"
    return AttemptOut(session_id=session.id, attempt_id=attempt.id if attempt else None, outcome=outcome,
                      verified=session.verified, message=message, attempts_left=left,
                      release_required=not session.verified and left == 0,
                      problems=[ProblemOut(code=p, message=face.REASONS[p]) for p in (check.problems if check else [])])


@transactional
async def verify(*, actor: Principal, session_id: int, photo: bytes) -> AttemptOut:
    """Compare a live photo with the enrolment; on a match the session may be answered.

    The taker is not told the distance (it would help to tune a spoof); proctors see it.
    """
    session, _paper = await exam_service.own_session(actor, session_id)
    _check_open(session)
    if session.verified:
        return _attempt_answer(session, None, await _failures(session.id), outcome="already_verified")
    limit = get_settings().face_max_attempts
    failures = await _failures(session.id)
    if failures >= limit:
        await audit_service.record_denied(actor=actor, action="proctoring.verify", target_type="ExamSession",
                                          target_id=session.id, reason="release required")
        raise ReleaseRequired(details={"failed_attempts": failures, "max_attempts": limit})
    doc = await assessment_service.physician_of(actor)
    enrolment = await _active_enrolment(doc.id)
    if enrolment is None:
        raise NotEnrolled()
    clean, check, encoding = await _analyse(photo)
    threshold, region = await threshold_for(doc)
    distance = None
    if check.ok:
        distance = round(face.distance(enrolment.encoding, encoding), 4)
        outcome = "match" if distance <= threshold else "mismatch"
    else:
        outcome = check.outcome
    key = await _store(clean)  # kept whatever the outcome: the record of who stood before the camera
    async with in_transaction():
        locked = await ExamSession.filter(id=session.id).select_for_update().first()
        if locked.verified:  # a parallel attempt matched meanwhile
            return _attempt_answer(locked, None, await _failures(session.id), outcome="already_verified")
        if await _failures(session.id) >= limit:
            raise ReleaseRequired(details={"failed_attempts": limit, "max_attempts": limit})
        attempt = await VerificationAttempt.create(
            session_id=session.id, photo_key=key, outcome=outcome, distance=distance, threshold=threshold,
            reason=("；".join(check.problems) if check.problems else "")[:255])
        if outcome == "match":
            locked.verified = True
            await locked.save(update_fields=["verified"])
        await audit_service.record(
            actor=actor, action="proctoring.verify", target_type="VerificationAttempt", target_id=attempt.id,
            after={"session_id": session.id, "outcome": outcome, "distance": distance, "threshold": threshold,
                   "region": region, "enrolment_id": enrolment.id, "photo_key": key},
            outcome="success" if outcome == "match" else "failure", org_id=doc.institution_id)
        failures_now = await _failures(session.id)
    return _attempt_answer(locked, attempt, failures_now, check)


# ================================================================== proctors

async def case_in_scope(actor: Principal, session_id: int) -> ProctorCase:
    """The proctor case of a session in the actor's area (the physician's institution, or the
    assessment institution assigned to it); outside looks exactly like absent, and is audited."""
    case = await ProctorCase.get_or_none(session_id=session_id)
    try:
        if case is None:
            raise NotFound()
        return await scope.get(actor, ProctorCase, case.id)
    except NotFound:
        raise NotFound("考试不存在或不在管辖范围内", details={"session_id": session_id}) from None


async def _session_in_scope(actor: Principal, session_id: int) -> ExamSession:
    case = await case_in_scope(actor, session_id)
    return await ExamSession.get(id=case.session_id).prefetch_related("paper")


@transactional
async def release(*, actor: Principal, session_id: int, reason: str) -> ReleasedOut:
    """A proctor lets the physician answer without a face match (recorded as an attempt)."""
    await scope.require(actor, "proctoring.review")
    session = await _session_in_scope(actor, session_id)
    async with in_transaction():
        locked = await ExamSession.filter(id=session.id).select_for_update().first()
        if locked.verified:
            raise AlreadyVerified()
        _check_open(locked)
        failures = await _failures(session.id)
        attempt = await VerificationAttempt.create(session_id=session.id, outcome="released", reason=reason[:255],
                                                   by_admin_id=actor.id)
        locked.verified = True
        await locked.save(update_fields=["verified"])
        await audit_service.record(actor=actor, action="proctoring.release", target_type="ExamSession",
                                   target_id=session.id, before={"verified": False, "failed_attempts": failures},
                                   after={"verified": True, "reason": reason, "attempt_id": attempt.id})
    return ReleasedOut(session_id=session.id, verified=True, attempt_id=attempt.id)


async def verifications(*, actor: Principal, session_id: int) -> VerificationsOut:
    """Every verification attempt of a session, oldest first, for a proctor's review."""
    await scope.require(actor, "proctoring.review")
    session = await _session_in_scope(actor, session_id)
    rows = await VerificationAttempt.filter(session_id=session.id).order_by("id")
    failures = sum(1 for r in rows if r.outcome not in _PASSING)
    return VerificationsOut(session_id=session.id, verified=session.verified, failed_attempts=failures,
                            max_attempts=get_settings().face_max_attempts,
                            items=[VerificationOut.model_validate(r) for r in rows])
