"""Record-copy requests through the services: identity on real faces, the HIS check,
submission under grants, the state machine with auto mode and payment, the
console (scope, review, batch, upload, generation, stats, settings,
departments, dictionaries) and the notifications of every change."""
from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from PIL import Image
from pypdf import PdfReader

from core.audit.models import AuditLog
from core.dicts import service as dicts_service
from core.errors import AppError, Forbidden, NotFound
from core.family.models import GrantAccess, Patient
from core.notify.models import Message
from core.orgs.models import OrgNode
from core.records import service as records
from core.records.errors import (
    AdmissionUnknown, DictUnknown, IdentityRequired, IllegalTransition, NoArchivedRecords, NoDocuments,
    ReasonRequired, TooManyChecks,
)
from core.records.models import IdentityCheck, RecordRequest, RecordRequestEvent
from core.records.schemas import PatientRequestOut
from media.record_copies import NotAPdf
from media.storage import get_storage
from media.uploads import NotAnImage
from tests import factories
from tests.proctoring.test_face import ASTRONAUT, GRACE, grace_other_shot, jpeg


@dataclass
class World:
    tree: factories.Tree
    hospital: OrgNode
    me: factories.MpPerson
    staff: object  # record-room principal of the hospital
    stays: list


async def world(*, review_mode: str = "manual", fee_cents: int = 0, name: str = "王小明") -> World:
    t = await factories.tree()
    await factories.record_room(t.hospital_a1, review_mode=review_mode, fee_cents=fee_cents)
    me = await factories.mp_patient_account(name)
    stays = await factories.his_stays(t.hospital_a1, me.patient, stays=2)
    staff = await factories.actor(t.hospital_a1, roles=("record_room",))
    return World(t, t.hospital_a1, me, staff, stays)


async def submitted(w: World, *, person=None, patient=None, contents=("front_page", "discharge_summary"),
                    purpose: str = "medical_insurance", **kw) -> PatientRequestOut:
    """A request made with a passed identity check (made directly: these tests are not about faces)."""
    person, patient = person or w.me, patient or w.me.patient
    check = await factories.identity_check(person.actor, patient)
    found = await records.check_records(actor=person.actor, institution_id=w.hospital.id, patient_id=patient.id)
    return await records.submit(actor=person.actor, institution_id=w.hospital.id, patient_id=patient.id,
                                identity_check_id=check.id, admission_ids=[found.admissions[0].id],
                                purpose=purpose, contents=list(contents), **kw)


async def _messages(account_id: int) -> list[Message]:
    return await Message.filter(account_id=account_id).order_by("id")


# =================================================================== identity on real faces

async def test_identity_passes_when_the_live_face_matches_the_id_card_photo():
    w = await world()
    answer = await records.verify_identity(actor=w.me.actor, patient_id=w.me.patient.id, id_photo=GRACE,
                                           face_photo=grace_other_shot(), id_number=w.me.id_number, name="王小明")
    assert answer.passed is True and answer.outcome == "passed" and answer.problems == []
    assert "distance" not in answer.model_dump() and answer.valid_until is not None
    check = await IdentityCheck.get(id=answer.id)
    assert check.outcome == "passed" and check.verifier == "face" and check.distance < check.threshold == 0.5
    storage = get_storage()
    for key in (check.id_photo_key, check.face_photo_key):  # both kept, re-encoded as JPEG
        assert Image.open(io.BytesIO(storage.get(key))).format == "JPEG"
    assert check.id_photo_key != check.face_photo_key
    assert (await Patient.get(id=w.me.patient.id)).verified_at is not None
    log = await AuditLog.get(action="records.identity_check")
    assert log.outcome == "success" and log.after["distance"] == check.distance


async def test_identity_fails_when_the_faces_differ_and_says_why():
    w = await world()
    answer = await records.verify_identity(actor=w.me.actor, patient_id=w.me.patient.id, id_photo=GRACE,
                                           face_photo=ASTRONAUT, id_number=w.me.id_number, name="王小明")
    assert answer.passed is False and [p.code for p in answer.problems] == ["face_mismatch"]
    assert "人脸与身份证照片不一致" in answer.message
    check = await IdentityCheck.get(id=answer.id)
    assert check.outcome == "failed" and check.distance > 0.5 and "不一致" in check.reason
    assert (await Patient.get(id=w.me.patient.id)).verified_at is None
    assert (await AuditLog.get(action="records.identity_check")).outcome == "failure"
    # A failed check opens nothing.
    with pytest.raises(IdentityRequired) as exc:
        await records.check_records(actor=w.me.actor, institution_id=w.hospital.id, patient_id=w.me.patient.id)
    assert exc.value.details["reason"] == "failed"


async def test_invalid_id_number_and_wrong_name_fail_before_any_face_analysis():
    w = await world()
    wrong_digit = w.me.id_number[:-1] + ("0" if w.me.id_number[-1] != "0" else "1")
    answer = await records.verify_identity(actor=w.me.actor, patient_id=w.me.patient.id, id_photo=GRACE,
                                           face_photo=grace_other_shot(), id_number=wrong_digit, name="王大明")
    codes = [p.code for p in answer.problems]
    assert codes == ["id_invalid", "name_mismatch"] and "校验位" in answer.problems[0].message
    check = await IdentityCheck.get(id=answer.id)
    assert check.distance is None and check.outcome == "failed"  # no face analysis was spent
    other = factories.id_number(region="310106")
    answer = await records.verify_identity(actor=w.me.actor, patient_id=w.me.patient.id, id_photo=GRACE,
                                           face_photo=grace_other_shot(), id_number=other, name="王小明")
    assert [p.code for p in answer.problems] == ["id_mismatch"]


async def test_an_id_photo_without_a_face_and_an_upload_that_is_no_image():
    w = await world()
    blank = jpeg(Image.new("RGB", (600, 380), (200, 210, 220)))
    answer = await records.verify_identity(actor=w.me.actor, patient_id=w.me.patient.id, id_photo=blank,
                                           face_photo=grace_other_shot())
    assert [p.code for p in answer.problems] == ["id_photo_no_face"]
    assert "身份证照片中未检测到人像" in answer.message
    before = await IdentityCheck.all().count()
    with pytest.raises(NotAnImage):
        await records.verify_identity(actor=w.me.actor, patient_id=w.me.patient.id, id_photo=b"%PDF-1.4 no",
                                      face_photo=grace_other_shot())
    assert await IdentityCheck.all().count() == before  # nothing half-stored


async def test_repeated_failures_are_cut_off_for_the_day():
    w = await world()
    for _ in range(records.MAX_FAILED_CHECKS_PER_DAY):
        await factories.identity_check(w.me.actor, w.me.patient, outcome="failed")
    with pytest.raises(TooManyChecks) as exc:
        await records.verify_identity(actor=w.me.actor, patient_id=w.me.patient.id, id_photo=GRACE,
                                      face_photo=grace_other_shot())
    assert exc.value.status == 429
    assert await AuditLog.filter(action="records.identity_check", outcome="denied").count() == 1


# =================================================================== the HIS check

async def test_no_archived_records_stops_the_request():
    w = await world()
    stranger = await factories.mp_patient_account("赵无档")  # unknown to the hospital's HIS
    await factories.identity_check(stranger.actor, stranger.patient)
    with pytest.raises(NoArchivedRecords) as exc:
        await records.check_records(actor=stranger.actor, institution_id=w.hospital.id,
                                    patient_id=stranger.patient.id)
    assert exc.value.code == "records.no_archived_records" and "无法申请复印" in exc.value.message
    recent = await factories.mp_patient_account("钱未归")  # a stay not archived yet
    await factories.his_stays(w.hospital, recent.patient, archived=False)
    check = await factories.identity_check(recent.actor, recent.patient)
    with pytest.raises(NoArchivedRecords) as exc:
        await records.check_records(actor=recent.actor, institution_id=w.hospital.id, patient_id=recent.patient.id)
    assert exc.value.details["patient_known"] is True
    with pytest.raises(NoArchivedRecords):  # submitting anyway is refused the same way
        await records.submit(actor=recent.actor, institution_id=w.hospital.id, patient_id=recent.patient.id,
                             identity_check_id=check.id, admission_ids=["1"], purpose="self", contents=["lab"])
    assert not await RecordRequest.exists()
    assert await AuditLog.filter(action="records.check", outcome="failure").count() == 2


async def test_the_his_is_asked_only_after_a_recent_passed_identity_check():
    w = await world()
    with pytest.raises(IdentityRequired):
        await records.check_records(actor=w.me.actor, institution_id=w.hospital.id, patient_id=w.me.patient.id)
    await factories.identity_check(w.me.actor, w.me.patient, minutes_ago=180)
    with pytest.raises(IdentityRequired) as exc:
        await records.check_records(actor=w.me.actor, institution_id=w.hospital.id, patient_id=w.me.patient.id)
    assert exc.value.details["reason"] == "stale"
    await factories.identity_check(w.me.actor, w.me.patient)
    found = await records.check_records(actor=w.me.actor, institution_id=w.hospital.id, patient_id=w.me.patient.id)
    assert len(found.admissions) == 2 and found.mrn.startswith("MRN")
    assert {p.code for p in found.purposes} == {"self", "medical_insurance", "commercial_insurance", "legal",
                                                       "other"}
    assert len(found.contents) == 8 and found.patient.name == "王*明"


# =================================================================== submission and the state machine

async def test_submit_in_manual_mode_waits_for_review_and_notifies_both_sides():
    w = await world()
    req = await submitted(w)
    assert req.state == "under_review" and req.state_label == "审核中" and req.number.startswith("BA")
    assert [e.to_state for e in req.timeline] == ["submitted", "under_review"]
    row = await RecordRequest.get(id=req.id)
    assert row.contents == ["front_page", "discharge_summary"] and row.admissions[0]["visit_no"].startswith("ZY")
    assert row.grant_id is None and row.requester_id == w.me.actor.id
    mine = await _messages(w.me.actor.id)
    assert [m.link for m in mine] == [f"/records/requests/{row.id}"] * 2 and "审核中" in mine[-1].title
    console = await Message.get(org_id=w.hospital.id)
    assert console.kind == "record_request.new" and console.link == f"/admin/records/requests/{row.id}"
    assert "王*明" in console.body and row.number in console.body
    assert (await AuditLog.get(action="records.submit")).org_id == w.hospital.id


async def test_submission_checks_its_choices():
    w = await world()
    check = await factories.identity_check(w.me.actor, w.me.patient)
    base = dict(actor=w.me.actor, institution_id=w.hospital.id, patient_id=w.me.patient.id,
                identity_check_id=check.id, admission_ids=[str(w.stays[0].id)], purpose="self", contents=["lab"])
    with pytest.raises(DictUnknown):
        await records.submit(**{**base, "purpose": "resale"})
    with pytest.raises(DictUnknown) as exc:
        await records.submit(**{**base, "contents": ["lab", "xray_film"]})
    assert exc.value.details["codes"] == ["xray_film"]
    with pytest.raises(AdmissionUnknown):
        await records.submit(**{**base, "admission_ids": ["999999"]})
    other = await factories.mp_patient_account("孙别人")
    foreign = await factories.his_stays(w.hospital, other.patient)
    with pytest.raises(AdmissionUnknown):  # another person's stay
        await records.submit(**{**base, "admission_ids": [str(foreign[0].id)]})
    assert not await RecordRequest.exists()
    ok = await records.submit(**{**base, "delivery": "mail", "delivery_detail": {
        "recipient": "王小明", "phone": "13912345678", "address": "上海市静安区共和新路1号"}})
    assert ok.delivery_label == "邮寄" and ok.detail.phone == "139****5678"
    stored = (await RecordRequest.get(id=ok.id)).delivery_detail
    assert stored["phone"].startswith("k1$") and "13912345678" not in str(stored)


async def test_review_passes_or_rejects_and_refuses_illegal_moves():
    w = await world()
    first, second = await submitted(w), await submitted(w)
    passed = await records.review(actor=w.staff, request_id=first.id, approve=True)
    assert passed.state == "in_preparation"  # free: straight to preparation
    events = await RecordRequestEvent.filter(request_id=first.id).order_by("id").values_list("to_state", flat=True)
    assert events == ["submitted", "under_review", "approved", "in_preparation"]
    assert (await RecordRequest.get(id=first.id)).reviewed_by_id == w.staff.id
    with pytest.raises(ReasonRequired):
        await records.review(actor=w.staff, request_id=second.id, approve=False, reason="  ")
    rejected = await records.review(actor=w.staff, request_id=second.id, approve=False, reason="身份证照片不清晰")
    assert rejected.state == "rejected" and rejected.reason == "身份证照片不清晰"
    with pytest.raises(IllegalTransition) as exc:
        await records.review(actor=w.staff, request_id=second.id, approve=True)
    assert exc.value.status == 409 and exc.value.code == "records.illegal_transition"
    assert exc.value.details == {"state": "rejected", "event": "approve", "allowed": []}
    with pytest.raises(IllegalTransition) as exc:
        await records.review(actor=w.staff, request_id=first.id, approve=False, reason="x")
    assert exc.value.details["allowed"] == ["deliver"]
    last = (await _messages(w.me.actor.id))[-1]
    assert "已拒绝" in last.title and "身份证照片不清晰" in last.body and last.link.endswith(str(second.id))
    mine = await records.my_requests(actor=w.me.actor, state="rejected")
    assert mine.total == 1 and mine.counts.model_dump() == {"reviewing": 0, "rejected": 1, "in_progress": 1, "done": 0}
    assert (await records.my_requests(actor=w.me.actor, state="in_preparation")).items[0].id == first.id


async def test_auto_mode_approves_when_every_check_passes_and_a_fee_is_paid_first(wechatpay):
    w = await world(review_mode="auto", fee_cents=1500)
    req = await submitted(w)
    assert req.state == "approved" and req.can_pay is True and req.fee_cents == 1500
    assert [e.to_state for e in req.timeline] == ["submitted", "approved"]
    assert req.timeline[-1].actor_type == "system"
    with pytest.raises(IllegalTransition):  # the record room cannot deliver before the payment
        await records.upload_copy(actor=w.staff, request_id=req.id, pdf=factories.pdf_pages(1))
    # Paying opens a WeChat Pay order of the fee; the request waits for WeChat Pay's word.
    started = await records.pay(actor=w.me.actor, request_id=req.id)
    order = started.payment.order
    assert (started.state, started.paid) == ("approved", False)
    assert (order.reference, order.amount_fen, order.org_id) == (
        f"records.request:{req.id}", 1500, w.hospital.id)
    assert (await wechatpay.pay(started.payment.pay_params.model_dump())).status_code == 200
    await wechatpay.delivered()  # the notification: paid, and on to preparation
    paid = await records.detail(actor=w.me.actor, request_id=req.id)
    assert paid.state == "in_preparation" and paid.paid_at is not None and paid.can_pay is False
    assert [e.to_state for e in paid.timeline][-2:] == ["paid", "in_preparation"]
    assert paid.timeline[-2].actor_type == "patient" and paid.timeline[-2].note == "已支付 15.00 元"
    log = await AuditLog.get(action="records.pay")
    assert log.after == {"fee_cents": 1500, "out_trade_no": order.out_trade_no}
    assert await Message.filter(org_id=w.hospital.id, kind="record_request.paid").count() == 1
    with pytest.raises(IllegalTransition):
        await records.pay(actor=w.me.actor, request_id=req.id)
    confirmed = await records.confirm_payment(actor=w.me.actor, request_id=req.id)
    assert (confirmed.paid, confirmed.order.state) == (True, "paid")


async def test_the_payer_confirms_when_the_notification_is_late(wechatpay):
    """The payer's client says it paid before WeChat Pay's notification came: confirming asks
    WeChat Pay, and the notification that comes later changes nothing."""
    w = await world(review_mode="auto", fee_cents=800)
    req = await submitted(w)
    started = await records.pay(actor=w.me.actor, request_id=req.id)
    again = await records.pay(actor=w.me.actor, request_id=req.id)  # the same order, reused
    assert again.payment.order.id == started.payment.order.id
    assert (await records.confirm_payment(actor=w.me.actor, request_id=req.id)).paid is False
    assert (await wechatpay.pay(started.payment.pay_params.model_dump())).status_code == 200
    confirmed = await records.confirm_payment(actor=w.me.actor, request_id=req.id)
    assert confirmed.paid is True and confirmed.state == "in_preparation"
    await wechatpay.delivered()
    assert await RecordRequestEvent.filter(request_id=req.id, to_state="paid").count() == 1
    assert await Message.filter(org_id=w.hospital.id, kind="record_request.paid").count() == 1


async def test_free_auto_mode_goes_straight_to_preparation():
    w = await world(review_mode="auto")
    req = await submitted(w)
    assert req.state == "in_preparation" and req.can_pay is False
    assert [e.to_state for e in req.timeline] == ["submitted", "approved", "in_preparation"]


# =================================================================== for another member, under a grant

async def test_a_member_requests_for_another_only_under_a_grant_and_the_grantor_sees_it():
    w = await world(name="王老先")
    son = await factories.mp_patient_account("王小明")
    fam = await factories.family_of(w.me, son)
    check_args = dict(actor=son.actor, patient_id=w.me.patient.id, id_photo=GRACE, face_photo=grace_other_shot(),
                      id_number=w.me.id_number, name="王老先")
    with pytest.raises(AppError) as exc:
        await records.verify_identity(**check_args)
    assert exc.value.code == "family.no_grant" and not await IdentityCheck.exists()
    await factories.family_grant(fam, w.me, son, "record_requests")  # see only: not enough to act
    with pytest.raises(AppError) as exc:
        await records.verify_identity(**check_args)
    assert exc.value.code == "family.no_grant"
    await factories.family_grant(fam, w.me, son, "record_requests", can_act=True)
    # The father stands before the son's phone; a stranger's face does not pass.
    failed = await records.verify_identity(**{**check_args, "face_photo": ASTRONAUT})
    assert failed.passed is False and failed.problems[0].code == "face_mismatch"
    assert (await records.verify_identity(**check_args)).passed is True
    found = await records.check_records(actor=son.actor, institution_id=w.hospital.id, patient_id=w.me.patient.id)
    req = await records.submit(actor=son.actor, institution_id=w.hospital.id, patient_id=w.me.patient.id,
                               identity_check_id=found.identity_check_id,
                               admission_ids=[found.admissions[0].id], purpose="self", contents=["lab"])
    row = await RecordRequest.get(id=req.id)
    assert row.grant_id is not None and row.requester_id == son.actor.id and req.on_behalf is True
    actions = await GrantAccess.filter(grantor_id=w.me.actor.id).values_list("action", flat=True)
    assert {"identity_check", "record_check", "record_request"} <= set(actions)
    # The father sees the request made for him; a stranger does not.
    assert (await records.my_requests(actor=w.me.actor)).total == 1
    assert (await records.detail(actor=w.me.actor, request_id=row.id)).number == row.number
    stranger = await factories.mp_patient_account("李路人")
    with pytest.raises(NotFound):
        await records.detail(actor=stranger.actor, request_id=row.id)


# =================================================================== the console

async def test_console_sees_its_own_subtree_only():
    w = await world()
    req = await submitted(w)
    other_room = await factories.actor(w.tree.hospital_b1, roles=("record_room",))
    total, items = await records.list_requests(actor=other_room)
    assert total == 0 and items == []
    for call in (records.request_detail(actor=other_room, request_id=req.id),
                 records.review(actor=other_room, request_id=req.id, approve=True),
                 records.upload_copy(actor=other_room, request_id=req.id, pdf=factories.pdf_pages(1))):
        with pytest.raises(NotFound):
            await call
    assert await AuditLog.filter(action="scope.read", outcome="denied").count() == 3
    assert (await RecordRequest.get(id=req.id)).state == "under_review"
    city = await factories.actor(w.tree.city_a)  # a commission reads, does not review
    total, items = await records.list_requests(actor=city)
    assert total == 1 and items[0].state_color == "#fa8c16" and items[0].patient_name == "王*明"
    with pytest.raises(Forbidden):
        await records.review(actor=city, request_id=req.id, approve=True)
    viewer = await factories.actor(w.hospital, roles=("viewer",))
    with pytest.raises(Forbidden):
        await records.list_requests(actor=viewer)


async def test_console_detail_shows_identity_evidence_through_signed_links():
    w = await world()
    answer = await records.verify_identity(actor=w.me.actor, patient_id=w.me.patient.id, id_photo=GRACE,
                                           face_photo=grace_other_shot(), id_number=w.me.id_number, name="王小明")
    found = await records.check_records(actor=w.me.actor, institution_id=w.hospital.id, patient_id=w.me.patient.id)
    req = await records.submit(actor=w.me.actor, institution_id=w.hospital.id, patient_id=w.me.patient.id,
                               identity_check_id=answer.id, admission_ids=[found.admissions[1].id],
                               purpose="legal", contents=["front_page"])
    d = await records.request_detail(actor=w.staff, request_id=req.id)
    assert d.identity.outcome == "passed" and d.identity.distance < 0.5
    assert d.identity.id_photo_url.startswith("/media/identity_photo.")
    assert d.patient.name == "王*明" and w.me.id_number not in str(d)
    assert d.purpose_label == "法律事务" and d.allowed == ["approve", "reject"]
    assert [t.label for t in d.timeline] == ["已提交", "审核中"]


async def test_batch_review_answers_per_row():
    w = await world()
    a, b = await submitted(w), await submitted(w)
    await records.review(actor=w.staff, request_id=b.id, approve=True)
    rows = await records.batch_review(actor=w.staff, request_ids=[a.id, b.id, 999999], approve=True)
    assert [(r.id, r.ok, r.code) for r in rows] == [(a.id, True, ""), (b.id, False, "records.illegal_transition"),
                                                   (999999, False, "request.not_found")]
    with pytest.raises(ReasonRequired):
        await records.batch_review(actor=w.staff, request_ids=[a.id], approve=False)


async def test_upload_refuses_what_is_not_a_pdf_and_stores_nothing():
    w = await world()
    req = await submitted(w)
    await records.review(actor=w.staff, request_id=req.id, approve=True)
    storage = get_storage()
    before = set(storage.iter_keys())
    for bad in (b"not a pdf at all", GRACE, b"%PDF-1.7\n garbage that does not parse", b""):
        with pytest.raises(NotAPdf) as exc:
            await records.upload_copy(actor=w.staff, request_id=req.id, pdf=bad)
        assert exc.value.status == 422 and exc.value.code == "media.not_a_pdf"
    assert set(storage.iter_keys()) == before
    row = await RecordRequest.get(id=req.id)
    assert row.state == "in_preparation" and row.document_key is None
    done = await records.upload_copy(actor=w.staff, request_id=req.id, pdf=factories.pdf_pages(3))
    assert done.state == "ready" and done.pages == 3 and done.document_source == "upload"
    row = await RecordRequest.get(id=req.id)
    assert row.document_key and (row.expires_at - row.ready_at).days == 30
    assert PdfReader(io.BytesIO(storage.get(row.document_key))).metadata["/HuiyiRequest"] == row.number
    last = (await _messages(w.me.actor.id))[-1]
    assert "待下载" in last.title and "3 页" in last.body and "前下载" in last.body


async def test_the_same_scan_uploaded_for_two_requests_is_stored_as_two_copies():
    w = await world()
    keys = []
    for _ in range(2):
        req = await submitted(w)
        await records.review(actor=w.staff, request_id=req.id, approve=True)
        await records.upload_copy(actor=w.staff, request_id=req.id, pdf=factories.pdf_pages(2))
        keys.append((await RecordRequest.get(id=req.id)).document_key)
    assert keys[0] != keys[1]  # each copy names its request, so a link names one request


async def test_generate_the_copy_from_the_his_structured_documents():
    w = await world()
    req = await submitted(w, contents=("front_page", "discharge_summary", "operation"))
    await records.review(actor=w.staff, request_id=req.id, approve=True)
    done = await records.generate_copy(actor=w.staff, request_id=req.id)
    assert done.state == "ready" and done.document_source == "generated" and done.pages >= 1
    row = await RecordRequest.get(id=req.id)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(get_storage().get(row.document_key))).pages)
    assert row.number in text and row.admissions[0]["visit_no"] in text
    empty = await factories.mp_patient_account("周空档")
    await factories.his_stays(w.hospital, empty.patient, kinds=())  # archived, but no structured documents
    req2 = await submitted(w, person=empty, patient=empty.patient)
    await records.review(actor=w.staff, request_id=req2.id, approve=True)
    with pytest.raises(NoDocuments):
        await records.generate_copy(actor=w.staff, request_id=req2.id)
    assert (await RecordRequest.get(id=req2.id)).state == "in_preparation"


async def test_stats_by_state_institution_and_day():
    w = await world()
    a = await submitted(w)
    await submitted(w)
    await records.review(actor=w.staff, request_id=a.id, approve=True)
    await records.upload_copy(actor=w.staff, request_id=a.id, pdf=factories.pdf_pages(1))
    by_state = await records.stats(actor=w.staff)
    counts = {r.key: r.count for r in by_state.rows}
    assert counts["ready"] == 1 and counts["under_review"] == 1 and by_state.total == 2
    assert by_state.copies.model_dump() == {"upload": 1, "generated": 0, "none": 1}
    by_inst = await records.stats(actor=w.staff, group_by="institution")
    assert [r.model_dump() for r in by_inst.rows] == [{"key": w.hospital.id, "label": w.hospital.name, "count": 2}]
    by_day = await records.stats(actor=w.staff, group_by="day")
    assert len(by_day.rows) == 1 and by_day.rows[0].count == 2
    elsewhere = await factories.actor(w.tree.city_b)
    assert (await records.stats(actor=elsewhere)).total == 0


async def test_review_mode_rooms_and_departments_are_rows_not_code():
    w = await world()
    admin = await factories.actor(w.hospital, roles=("institution_admin",))
    with pytest.raises(Forbidden):  # record-room staff do not change settings
        await records.set_review_mode(actor=w.staff, institution_id=w.hospital.id, mode="auto")
    assert (await records.set_review_mode(actor=admin, institution_id=w.hospital.id, mode="auto")).review_mode == "auto"
    assert (await submitted(w)).state == "in_preparation"
    # A new institution joins with rows only: an org node (as the console creates it) and its room.
    county = await factories.actor(w.tree.county_a1)
    new = await factories.org(w.tree.county_a1, factories.OrgKind.MEDICAL, "新开住院医院")
    room = await records.configure_room(actor=county, institution_id=new.id, fee_cents=500, his_kind="demo")
    assert room.enabled is True and room.fee_cents == 500
    assert new.id in [i.id for i in await records.institutions(actor=w.me.actor)]
    with pytest.raises(AppError) as exc:
        await records.configure_room(actor=county, institution_id=new.id, his_kind="no-such-his")
    assert exc.value.code == "records.unknown_his"
    with pytest.raises(NotFound):
        await records.configure_room(actor=county, institution_id=w.tree.hospital_b1.id, enabled=False)
    d = await records.create_department(actor=admin, institution_id=w.hospital.id, code="NK", name="内科")
    with pytest.raises(AppError) as exc:
        await records.create_department(actor=admin, institution_id=w.hospital.id, code="NK", name="内科二")
    assert exc.value.code == "records.department_exists"
    await records.update_department(actor=admin, department_id=d.id, name="心内科", active=False)
    assert [(x.name, x.active) for x in await records.departments(actor=w.staff, institution_id=w.hospital.id)] \
        == [("心内科", False)]
    await records.delete_department(actor=admin, department_id=d.id)
    assert await records.departments(actor=w.staff, institution_id=w.hospital.id) == []
    assert await AuditLog.filter(action__startswith="records.department").count() == 3


async def test_dictionaries_have_defaults_and_only_the_platform_edits_them():
    w = await world()
    purposes = await dicts_service.items(kind="record_purpose")
    assert [p.label for p in purposes] == ["本人留存", "医保报销", "商业保险理赔", "法律事务", "其他"]
    province = await factories.actor(w.tree.province)
    admin = await factories.actor(w.hospital, roles=("institution_admin",))
    with pytest.raises(Forbidden):
        await dicts_service.create_item(actor=admin, kind="record_content", code="imaging", label="影像资料")
    item = await dicts_service.create_item(actor=province, kind="record_content", code="imaging", label="影像资料")
    assert "imaging" in await dicts_service.active_codes(kind="record_content")
    with pytest.raises(AppError) as exc:
        await dicts_service.create_item(actor=province, kind="record_content", code="imaging", label="再来")
    assert exc.value.code == "dicts.code_taken"
    await submitted(w, contents=("imaging",))
    with pytest.raises(AppError) as exc:
        await dicts_service.delete_item(actor=province, item_id=item.id)
    assert exc.value.code == "dicts.in_use"
    await dicts_service.update_item(actor=province, item_id=item.id, active=False)
    assert "imaging" not in await dicts_service.active_codes(kind="record_content")
    assert (await dicts_service.labels(kind="record_content"))["imaging"] == "影像资料"  # old rows still named


# =================================================================== the HIS adapter

async def test_the_demo_his_answers_through_the_adapter_interface():
    from core.his import adapter as his
    from core.records.models import RecordRoom

    w = await world()
    room = await RecordRoom.get(institution_id=w.hospital.id)
    demo = his.get_adapter(room)
    assert type(demo).__name__ == "DemoHis" and "demo" in his.known()
    ref = await demo.find_patient(id_number=w.me.id_number.lower(), name="王小明")
    assert ref is not None and ref.mrn.startswith("MRN")
    assert await demo.find_patient(id_number=w.me.id_number, name="王小") is None  # the name must match too
    stays = await demo.archived_admissions(ref)
    assert [s.id for s in stays] == [str(a.id) for a in sorted(w.stays, key=lambda a: a.admitted_on, reverse=True)]
    docs = await demo.documents(admission_id=stays[0].id, kinds=["lab", "operation"])
    assert sorted(d.kind for d in docs) == ["lab", "operation"] and docs[0].sections[0]["heading"] == "摘要"
    # Another institution's adapter sees none of it: the HIS is per hospital.
    await factories.record_room(w.tree.hospital_b1)
    other = his.get_adapter(await RecordRoom.get(institution_id=w.tree.hospital_b1.id))
    assert await other.find_patient(id_number=w.me.id_number, name="王小明") is None
    assert await other.documents(admission_id=stays[0].id, kinds=["lab"]) == []
    room.his_kind = "unknown"
    with pytest.raises(AppError) as exc:
        his.get_adapter(room)
    assert exc.value.code == "his.unavailable" and exc.value.status == 503
