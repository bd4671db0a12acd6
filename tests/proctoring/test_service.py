"""Consent, enrolment and verification before the exam, on real photos; a proctor's release."""
from __future__ import annotations

import io

import pytest
from PIL import Image, ImageFilter

from core.assessment import service as assessment_service
from core.audit.models import AuditLog
from core.errors import NotFound
from core.exam import service as exam_service
from core.exam.models import ExamSession
from core.orgs.models import OrgKind, OrgNode
from core.proctoring import service as proctoring
from core.proctoring.errors import ConsentRequired, NotEnrolled, PhotoRejected, ReleaseRequired
from core.proctoring.models import FaceConsent, FaceEnrolment, ProctorCase, VerificationAttempt
from media.storage import get_storage
from tests import factories
from tests.exam.test_service import _taker
from tests.proctoring.test_face import ASTRONAUT, GRACE, grace, grace_other_shot, jpeg


async def _session():
    """A physician with a started exam session; returns (mp principal, physician, session id, tree nodes)."""
    me, paper, _province, _e = await _taker()
    doc = await assessment_service.physician_of(me)
    sid = (await exam_service.start(actor=me, paper_id=paper.id, device_id="phone-0001")).session_id
    hospital = await OrgNode.get(id=doc.institution_id)
    county = await OrgNode.get(id=hospital.parent_id)
    city = await OrgNode.get(id=county.parent_id)
    return me, doc, sid, hospital, county, city


async def test_enrolment_needs_consent_first_and_consent_is_recorded():
    me, doc, *_ = await _session()
    with pytest.raises(ConsentRequired) as exc:
        await proctoring.enrol_face(actor=me, photo=GRACE)
    assert exc.value.code == "proctoring.consent_required"
    assert not await FaceEnrolment.exists()
    status = await proctoring.give_consent(actor=me, text_version="2026-01")
    assert status.consent.text_version == "2026-01" and status.enrolment is None
    await proctoring.give_consent(actor=me, text_version="2026-01")  # the same notice again: one record
    consent = await FaceConsent.get(physician_id=doc.id)
    assert consent.consented_at is not None and consent.withdrawn_at is None
    assert await AuditLog.filter(action="proctoring.consent").count() == 1


async def test_bad_photos_are_rejected_with_reasons_and_store_nothing():
    me, *_ = await _session()
    await proctoring.give_consent(actor=me, text_version="2026-01")
    with pytest.raises(PhotoRejected) as exc:
        await proctoring.enrol_face(actor=me, photo=jpeg(grace().filter(ImageFilter.GaussianBlur(3))))
    assert exc.value.details["problems"][0]["code"] == "blurry" and "模糊" in exc.value.message
    from media.uploads import NotAnImage

    with pytest.raises(NotAnImage):
        await proctoring.enrol_face(actor=me, photo=b"not a photo")
    assert not await FaceEnrolment.exists()


async def test_enrol_then_verify_same_person_matches_and_unlocks_the_session():
    me, doc, sid, *_ = await _session()
    await proctoring.give_consent(actor=me, text_version="2026-01")
    first = await proctoring.enrol_face(actor=me, photo=jpeg(grace().resize((400, 469))))
    answer = await proctoring.enrol_face(actor=me, photo=GRACE)  # a new enrolment replaces the old one
    enrolments = await FaceEnrolment.filter(physician_id=doc.id).order_by("id")
    assert [e.active for e in enrolments] == [False, True] and answer.enrolment.id == enrolments[1].id
    assert first.enrolment.source == "capture" and len(enrolments[1].encoding) == 128
    assert get_storage().exists(enrolments[1].photo_key)

    result = await proctoring.verify(actor=me, session_id=sid, photo=grace_other_shot())
    assert result.outcome == "match" and result.verified is True and "distance" not in result.model_dump()
    attempt = await VerificationAttempt.get(session_id=sid)
    assert attempt.outcome == "match" and attempt.distance < 0.5 and attempt.threshold == 0.5
    assert Image.open(io.BytesIO(get_storage().get(attempt.photo_key))).format == "JPEG"
    assert (await ExamSession.get(id=sid)).verified is True
    again = await proctoring.verify(actor=me, session_id=sid, photo=ASTRONAUT)
    assert again.outcome == "already_verified" and await VerificationAttempt.filter(session_id=sid).count() == 1
    assert await AuditLog.filter(action="proctoring.verify", outcome="success").count() == 1


async def test_three_failures_need_a_proctor_in_scope_to_release():
    me, doc, sid, hospital, county, city = await _session()
    await proctoring.give_consent(actor=me, text_version="2026-01")
    await proctoring.enrol_face(actor=me, photo=GRACE)
    outcomes = []
    for photo in (ASTRONAUT, jpeg(grace().crop((0, 420, 160, 600)).resize((320, 360))), ASTRONAUT):
        r = await proctoring.verify(actor=me, session_id=sid, photo=photo)
        outcomes.append((r.outcome, r.attempts_left, r.verified))
    assert outcomes == [("mismatch", 2, False), ("no_face", 1, False), ("mismatch", 0, False)]
    with pytest.raises(ReleaseRequired) as exc:
        await proctoring.verify(actor=me, session_id=sid, photo=grace_other_shot())
    assert exc.value.code == "proctoring.release_required"
    rows = await VerificationAttempt.filter(session_id=sid).order_by("id")
    assert [r.outcome for r in rows] == ["mismatch", "no_face", "mismatch"]
    assert rows[0].distance > 0.5 and rows[1].distance is None and all(r.photo_key for r in rows)
    assert not (await ExamSession.get(id=sid)).verified

    province = await OrgNode.get(id=city.parent_id)
    stranger = await factories.actor(await factories.org(province, OrgKind.CITY))
    with pytest.raises(NotFound):
        await proctoring.release(actor=stranger, session_id=sid, reason="本人已核对身份证")
    assert await AuditLog.filter(outcome="denied", target_type="ProctorCase").exists()
    # The proctor of the assessment institution assigned to the physician's county releases it.
    case = await ProctorCase.get(session_id=sid)
    proctor = await factories.actor(await OrgNode.get(id=case.assessment_org_id), roles=("proctor",))
    done = await proctoring.release(actor=proctor, session_id=sid, reason="本人已核对身份证")
    assert done.verified is True and (await ExamSession.get(id=sid)).verified is True
    listing = await proctoring.verifications(actor=proctor, session_id=sid)
    assert [i.outcome for i in listing.items] == ["mismatch", "no_face", "mismatch", "released"]
    assert listing.items[-1].by_admin_id == proctor.id and listing.failed_attempts == 3
    assert await AuditLog.filter(action="proctoring.release").count() == 1


async def test_region_threshold_and_withdrawal(settings, monkeypatch):
    me, doc, sid, hospital, county, city = await _session()
    monkeypatch.setattr(settings, "face_thresholds_by_region", {city.code: 0.3, county.code: 0.05})
    assert await proctoring.threshold_for(doc) == (0.05, county.code)  # the county beats its city
    await proctoring.give_consent(actor=me, text_version="2026-01")
    await proctoring.enrol_face(actor=me, photo=GRACE)
    r = await proctoring.verify(actor=me, session_id=sid, photo=grace_other_shot())
    attempt = await VerificationAttempt.get(session_id=sid)
    assert r.outcome == "mismatch" and attempt.threshold == 0.05 and 0.05 < attempt.distance < 0.5

    status = await proctoring.withdraw_consent(actor=me)
    assert status.consent is None and status.enrolment is None
    assert (await FaceEnrolment.get(physician_id=doc.id)).encoding == []
    with pytest.raises(NotEnrolled):
        await proctoring.verify(actor=me, session_id=sid, photo=GRACE)


async def test_institution_enrols_the_registered_photo_with_the_physicians_consent():
    me, doc, sid, hospital, county, city = await _session()
    admin = await factories.actor(hospital, roles=("institution_admin",))
    with pytest.raises(ConsentRequired):
        await proctoring.enrol_from_registered_photo(actor=admin, physician_id=doc.id, photo=GRACE)
    await proctoring.give_consent(actor=me, text_version="2026-01")
    other_hospital = await factories.org(county, OrgKind.MEDICAL)
    outsider = await factories.actor(other_hospital, roles=("institution_admin",))
    with pytest.raises(NotFound):
        await proctoring.enrol_from_registered_photo(actor=outsider, physician_id=doc.id, photo=GRACE)
    r = await proctoring.enrol_from_registered_photo(actor=admin, physician_id=doc.id, photo=GRACE)
    assert r.enrolment.source == "registered"
    assert (await proctoring.verify(actor=me, session_id=sid, photo=grace_other_shot())).verified is True


async def test_over_http(client, app):
    me, doc, sid, hospital, county, city = await _session()
    if not any(r.path.startswith("api/mp/v1/proctoring") for r in app.router.routes):
        pytest.fail("register miniprogram_api.proctoring.bp and admin_web.api.proctoring.bp")
    h = {"Authorization": "Bearer " + factories.mp_token(me)}
    mp = "/api/mp/v1/proctoring"
    r = await client.post(f"{mp}/face", headers=h, files={"photo": ("a.jpg", GRACE, "image/jpeg")})
    assert r.status_code == 409 and r.json()["code"] == "proctoring.consent_required"
    r = await client.post(f"{mp}/consent", headers=h, json={"text_version": "2026-01", "x": 1})
    assert r.status_code == 422
    r = await client.post(f"{mp}/consent", headers=h, json={"text_version": "2026-01"})
    assert r.status_code == 200 and r.json()["consent"]["text_version"] == "2026-01"
    r = await client.post(f"{mp}/face", headers=h, files={"photo": ("a.jpg", b"GIF89a broken", "image/jpeg")})
    assert r.status_code == 422 and r.json()["code"] == "media.not_an_image"
    r = await client.post(f"{mp}/face", headers=h, files={"photo": ("a.jpg", GRACE, "image/jpeg")})
    assert r.status_code == 201 and r.json()["enrolment"]["source"] == "capture"
    r = await client.post(f"{mp}/sessions/{sid}/verify", headers=h,
                          files={"photo": ("b.jpg", ASTRONAUT, "image/jpeg")})
    assert r.status_code == 200 and r.json()["outcome"] == "mismatch" and r.json()["attempts_left"] == 2

    await factories.admin(county, username="proctor")
    async with factories.AdminSession(client, "proctor") as proctor:
        r = await proctor.get(f"/api/admin/v1/proctoring/sessions/{sid}/verifications")
        assert r.status_code == 200 and r.json()["items"][0]["distance"] > 0.5
        r = await proctor.post(f"/api/admin/v1/proctoring/sessions/{sid}/release", json={"reason": "已人工核对"})
        assert r.status_code == 200 and r.json()["verified"] is True
    assert (await ExamSession.get(id=sid)).verified is True
