"""The prescription workflow through core/rx's services: prescribing with the patient's state and the
rules' preview, signing with the automatic review, the pharmacist's signed decisions, the doctor's
appeal (once) and acceptance with a revision, intervention, the timeline per role, and a row changed
in the database after signing refused wherever it goes onward. Bad input leaves nothing written."""
from __future__ import annotations

from decimal import Decimal

import pytest

from core.audit.models import AuditLog
from core.consult.models import ConsultOrder
from core.errors import AppError
from core.events.models import EventOutbox
from core.notify.models import Message
from core.rx import patient as rx_patient
from core.rx import prescribing, review
from core.rx import service as rx
from core.rx.models import Prescription, PrescriptionItem, RxAppeal, RxEvent, RxReview
from core.rx.schemas import AppealIn, InterveneIn, PrescriptionBody, PrescriptionIn, ReviewIn
from core.signing.models import Signature
from tests import factories
from tests.rx import flow


@pytest.fixture
async def w():
    return await flow.world()


def _in(w, *items, **kw) -> PrescriptionIn:
    return PrescriptionIn.model_validate(flow.body(w, *items, **kw))


async def _codes(coro) -> str:
    with pytest.raises(AppError) as e:
        await coro
    return e.value.code


async def test_prescribe_sign_reject_appeal_uphold_accept_revise_pass(w):
    doc, ph = w.doctor_actor, w.pharmacist_actor
    draft = await prescribing.create(actor=doc, data=_in(w, ("metronidazole", "200", "tid", 7),
                                                         ("amoxicillin", "500", "tid", 7)))
    assert draft.state == "draft" and draft.version == 1 and draft.signature.reason == "unsigned"
    # the patient's state as recorded, the quantity computed: 500 mg × 3 × 7 ÷ 250 mg ÷ 24 → 2 boxes
    assert draft.clinical.pregnancy == "pregnant" and draft.clinical.gestation_weeks == 10
    assert draft.clinical.allergies == ["penicillin"] and draft.clinical.weight_kg == Decimal("62")
    amox = next(i for i in draft.items if i.drug_name.startswith("阿莫西林"))
    assert amox.quantity == 2 and amox.amount_fen == 2 * w.drugs["amoxicillin"].price_fen
    assert draft.total_fen == sum(i.amount_fen for i in draft.items)
    assert any(c.kind == "allergy" and c.severity == "error" for c in draft.checks)
    assert draft.diagnoses[0].code == "N76.0" and draft.diagnoses[0].name == "急性阴道炎"

    signed = await prescribing.sign(actor=doc, prescription_id=draft.id)
    assert signed.state == "pending_review" and signed.signature.valid and signed.finding_level == "error"
    assert signed.problem
    row = await Prescription.get(id=draft.id)
    assert row.digest and row.signature_id and row.signed_at
    auto = await RxReview.get(prescription_id=draft.id, kind="auto")
    assert auto.ruleset_version is not None and any(f["kind"] == "allergy" for f in auto.findings)
    # signing again answers it as it is
    assert (await prescribing.sign(actor=doc, prescription_id=draft.id)).state == "pending_review"
    assert await Signature.filter(subject=f"rx.prescription:{draft.id}").count() == 1

    queue = await review.queue(actor=ph)
    assert [r.id for r in queue.items] == [draft.id]
    assert await _codes(review.review(actor=ph, prescription_id=draft.id,
                                      data=ReviewIn(decision="reject", reasons=[]))) == "rx.reasons_required"
    assert await _codes(review.review(actor=ph, prescription_id=draft.id,
                                      data=ReviewIn(decision="reject", reasons=["nonsense"]))) == "rx.unknown_reason"
    rejected = await review.review(actor=ph, prescription_id=draft.id,
                                   data=ReviewIn(decision="reject", reasons=["allergy"], note="青霉素过敏"))
    assert rejected.state == "rejected" and rejected.can_review is False
    decision = await RxReview.get(prescription_id=draft.id, kind="pharmacist")
    assert decision.signature_id and decision.reasons == ["allergy"]
    assert any("处方审核" in m.title for m in await flow.console_messages(w.doctor.account_id))
    # the same decision again changes nothing
    await review.review(actor=ph, prescription_id=draft.id,
                        data=ReviewIn(decision="reject", reasons=["allergy"], note="青霉素过敏"))
    assert await RxReview.filter(prescription_id=draft.id, kind="pharmacist").count() == 1

    appealed = await prescribing.appeal(actor=doc, prescription_id=draft.id, data=AppealIn(reason="患者已做皮试阴性"))
    assert appealed.state == "appealed" and appealed.appeals[0].reason == "患者已做皮试阴性"
    assert [r.id for r in (await review.queue(actor=ph, state="appealed")).items] == [draft.id]
    upheld = await review.review(actor=ph, prescription_id=draft.id,
                                 data=ReviewIn(decision="reject", reasons=["allergy", "pregnancy"]))
    assert upheld.state == "rejected" and upheld.appealed and not upheld.can_appeal and upheld.can_accept is False
    assert (await RxAppeal.get(prescription_id=draft.id)).state == "upheld"
    assert await _codes(prescribing.appeal(actor=doc, prescription_id=draft.id,
                                           data=AppealIn(reason="再申诉一次"))) == "rx.already_appealed"

    revision = await prescribing.accept(actor=doc, prescription_id=draft.id)
    assert revision.state == "draft" and revision.previous_id == draft.id and revision.modified
    assert revision.version == 2 and len(revision.items) == 2
    assert (await Prescription.get(id=draft.id)).state == "void"
    again = await prescribing.accept(actor=doc, prescription_id=draft.id)  # accepting twice: the same revision
    assert again.id == revision.id and await Prescription.filter(previous_id=draft.id).count() == 1
    body = flow.body(w, ("metronidazole", "200", "tid", 7), ("paracetamol", "500", "tid", 3))
    body.pop("consult_order_id")
    revised = await prescribing.update(actor=doc, prescription_id=revision.id,
                                       data=PrescriptionBody.model_validate(body))
    assert not any(c.kind == "allergy" for c in revised.checks)
    await prescribing.sign(actor=doc, prescription_id=revision.id)
    passed = await review.review(actor=ph, prescription_id=revision.id, data=ReviewIn(decision="pass"))
    assert passed.state == "approved" and passed.valid_until is not None
    assert await Message.filter(account_id=w.consult.parent.actor.id, kind="rx.approved").exists()
    assert (await rx.require_dispensable(actor=w.pharmacy_actor, prescription_id=revision.id)).id == revision.id
    assert await _codes(rx.require_dispensable(actor=w.pharmacy_actor, prescription_id=draft.id)) == "rx.not_approved"

    doctor_view = await prescribing.detail(actor=doc, prescription_id=draft.id)
    steps = [e.event for e in doctor_view.timeline]
    assert steps == ["prescribed", "signed", "auto_reviewed", "rejected", "appealed", "rejected", "accepted",
                     "revised"], steps
    names = {e.event for e in await RxEvent.filter(prescription_id=revision.id)}
    assert {"revised", "signed", "auto_reviewed", "passed"} <= names
    emitted = set(await EventOutbox.filter(name__startswith="rx.").values_list("name", flat=True))
    assert {"rx.signed", "rx.rejected", "rx.appealed", "rx.voided", "rx.approved"} <= emitted

    # the patient: patient-facing steps only, no internal notes, the signature valid, names masked
    mine = await rx_patient.prescription(actor=w.consult.parent.actor, prescription_id=revision.id)
    assert mine.signature.valid and mine.can_buy and "auto_reviewed" not in [e.event for e in mine.timeline]
    assert all(e.data == {} for e in mine.timeline) and "*" in mine.patient_name


async def test_a_prescription_changed_after_signing_is_refused_onward(w):
    doc, ph = w.doctor_actor, w.pharmacist_actor
    p = await prescribing.create(actor=doc, data=_in(w, ("paracetamol", "500", "tid", 3), diagnoses=("J06.9",)))
    await prescribing.sign(actor=doc, prescription_id=p.id)
    await review.review(actor=ph, prescription_id=p.id, data=ReviewIn(decision="pass"))
    await rx.require_dispensable(actor=w.pharmacy_actor, prescription_id=p.id)
    # someone with database access raises the quantity
    await PrescriptionItem.filter(prescription_id=p.id, seq=1).update(quantity=20)
    assert await _codes(rx.require_dispensable(actor=w.pharmacy_actor,
                                               prescription_id=p.id)) == "signing.document_altered"
    assert await AuditLog.filter(action="signing.refused", outcome="denied").exists()
    shown = await review.detail(actor=ph, prescription_id=p.id)
    assert shown.signature.valid is False and shown.signature.reason == "altered"
    mine = await rx_patient.prescription(actor=w.consult.parent.actor, prescription_id=p.id)
    assert mine.signature.valid is False


async def test_a_changed_review_breaks_the_pharmacists_signature(w):
    doc, ph = w.doctor_actor, w.pharmacist_actor
    p = await prescribing.create(actor=doc, data=_in(w, ("paracetamol", "500", "tid", 3), diagnoses=("J06.9",)))
    await prescribing.sign(actor=doc, prescription_id=p.id)
    await review.review(actor=ph, prescription_id=p.id, data=ReviewIn(decision="pass"))
    await RxReview.filter(prescription_id=p.id, kind="pharmacist").update(note="事后补写")
    assert await _codes(rx.require_dispensable(actor=w.pharmacy_actor,
                                               prescription_id=p.id)) == "signing.document_altered"


async def test_tampered_before_review_cannot_be_passed(w):
    doc, ph = w.doctor_actor, w.pharmacist_actor
    p = await prescribing.create(actor=doc, data=_in(w, ("paracetamol", "500", "tid", 3), diagnoses=("J06.9",)))
    await prescribing.sign(actor=doc, prescription_id=p.id)
    await Prescription.filter(id=p.id).update(note="改过的嘱托")
    assert await _codes(review.review(actor=ph, prescription_id=p.id,
                                      data=ReviewIn(decision="pass"))) == "signing.document_altered"
    assert (await Prescription.get(id=p.id)).state == "pending_review"
    assert await RxReview.filter(prescription_id=p.id, kind="pharmacist").count() == 0
    assert await AuditLog.filter(action="signing.refused").exists()


async def test_a_dose_out_of_range_needs_an_override_reason_and_the_finding_stays(w):
    doc = w.doctor_actor
    p = await prescribing.create(actor=doc, data=_in(w, ("paracetamol", "1500", "qid", 3), diagnoses=("J06.9",)))
    assert any(c.kind == "dose" and c.severity == "error" for c in p.checks)
    with pytest.raises(AppError) as e:
        await prescribing.sign(actor=doc, prescription_id=p.id)
    assert e.value.code == "rx.dose_override_required" and e.value.details["seq"] == 1
    assert "对乙酰氨基酚" in e.value.details["drug"]
    row = await Prescription.get(id=p.id)
    assert row.state == "draft" and row.signature_id is None and not await Signature.all().exists()
    assert not await RxReview.filter(prescription_id=p.id).exists()
    body = flow.body(w, ("paracetamol", "1500", "qid", 3, {"override_reason": "高热，已评估肝功能"}),
                     diagnoses=("J06.9",))
    body.pop("consult_order_id")
    await prescribing.update(actor=doc, prescription_id=p.id, data=PrescriptionBody.model_validate(body))
    signed = await prescribing.sign(actor=doc, prescription_id=p.id)
    assert signed.state == "pending_review"
    assert any(c.kind == "dose" and c.severity == "warning" for c in signed.checks)
    assert signed.items[0].override_reason == "高热，已评估肝功能"


async def test_bad_prescriptions_leave_nothing_written(w):
    doc = w.doctor_actor
    await w.drugs["warfarin"].__class__.filter(id=w.drugs["warfarin"].id).update(enabled=False)
    assert await _codes(prescribing.create(actor=doc, data=_in(w, ("warfarin", "2.5", "qd", 7)))) \
        == "dicts.drug_disabled"
    assert await _codes(prescribing.create(actor=doc, data=_in(w, ("paracetamol", "500", "tid", 3),
                                                               diagnoses=("X99.9",)))) == "dicts.diagnosis_unknown"
    assert await _codes(prescribing.create(actor=doc, data=_in(w, ("danggui", "10", "qd", 7)))) == "rx.kind_mismatch"
    # another doctor's consultation answers as missing
    assert await _codes(prescribing.create(actor=w.consult.colleague_actor,
                                           data=_in(w, ("paracetamol", "500", "tid", 3)))) == "consult.order_not_found"
    # a pharmacist is not a doctor
    assert await _codes(prescribing.create(actor=w.pharmacist_actor,
                                           data=_in(w, ("paracetamol", "500", "tid", 3)))) == "rx.not_a_doctor"
    await ConsultOrder.filter(id=w.order.id).update(state="waiting")
    assert await _codes(prescribing.create(actor=doc, data=_in(w, ("paracetamol", "500", "tid", 3)))) \
        == "rx.order_not_open"
    assert not await Prescription.all().exists() and not await PrescriptionItem.all().exists()
    assert not await RxEvent.all().exists()
    # schema bounds
    for bad in ({"items": [{"drug_id": 1, "dose": "1", "frequency": "tid", "days": 7}] * 6},
                {"items": [{"drug_id": 1, "dose": "0", "frequency": "tid", "days": 7}]},
                {"items": [{"drug_id": 1, "dose": "1", "frequency": "tid", "days": 31}]},
                {"items": [{"drug_id": 1, "dose": "1", "frequency": "hourly", "days": 7}]},
                {"clinical": {"pregnancy": "pregnant"}}, {"diagnoses": []}, {"surprise": 1},
                {"kind": "herbal"}):
        base = flow.body(w, ("paracetamol", "500", "tid", 3))
        base.update(bad)
        with pytest.raises(Exception):
            PrescriptionIn.model_validate(base)


async def test_intervention_on_an_approved_prescription_and_its_limits(w):
    doc, ph = w.doctor_actor, w.pharmacist_actor
    p = await prescribing.create(actor=doc, data=_in(w, ("paracetamol", "500", "tid", 3), diagnoses=("J06.9",)))
    await prescribing.sign(actor=doc, prescription_id=p.id)
    assert await _codes(review.intervene(actor=ph, prescription_id=p.id,
                                         data=InterveneIn(reasons=["dose"]))) == "rx.illegal_transition"
    await review.review(actor=ph, prescription_id=p.id, data=ReviewIn(decision="pass"))
    out = await review.intervene(actor=ph, prescription_id=p.id, data=InterveneIn(reasons=["dose"], note="剂量偏大"))
    assert out.state == "rejected" and out.can_intervene is False
    assert await EventOutbox.filter(name="rx.intervened").exists()
    assert (await RxReview.filter(prescription_id=p.id, kind="intervention").first()).signature_id
    # the doctor may appeal an intervention once
    assert (await prescribing.appeal(actor=doc, prescription_id=p.id, data=AppealIn(reason="剂量已核对"))).state \
        == "appealed"

    q = await prescribing.create(actor=doc, data=_in(w, ("paracetamol", "500", "tid", 3), diagnoses=("J06.9",)))
    await prescribing.sign(actor=doc, prescription_id=q.id)
    await review.review(actor=ph, prescription_id=q.id, data=ReviewIn(decision="pass"))
    await _dispensed_order(w, q.id)
    assert await _codes(review.intervene(actor=ph, prescription_id=q.id,
                                         data=InterveneIn(reasons=["dose"]))) == "rx.already_dispensed"


async def _dispensed_order(w, prescription_id: int) -> None:
    from core.db import utcnow
    from core.pharmacy.models import RxOrder

    p = await Prescription.get(id=prescription_id)
    await RxOrder.create(number=f"YP{prescription_id:010d}", prescription_id=p.id, state="dispensed",
                         account_id=p.account_id, patient_id=p.patient_id, institution_id=p.institution_id,
                         fulfilment="pickup", drug_fen=p.total_fen, amount_fen=p.total_fen, paid_at=utcnow(),
                         dispensed_at=utcnow())


async def test_revoke_copy_history_and_scope(w):
    doc, ph = w.doctor_actor, w.pharmacist_actor
    p = await prescribing.create(actor=doc, data=_in(w, ("paracetamol", "500", "tid", 3), diagnoses=("J06.9",)))
    await prescribing.sign(actor=doc, prescription_id=p.id)
    revoked = await prescribing.revoke(actor=doc, prescription_id=p.id)
    assert revoked.state == "revoked"
    assert (await prescribing.revoke(actor=doc, prescription_id=p.id)).state == "revoked"  # idempotent
    assert await _codes(review.review(actor=ph, prescription_id=p.id,
                                      data=ReviewIn(decision="pass"))) == "rx.illegal_transition"
    from core.rx.schemas import CopyIn
    copied = await prescribing.copy(actor=doc, data=CopyIn(consult_order_id=w.order.id, prescription_id=p.id))
    assert copied.state == "draft" and copied.items[0].drug_id == w.drugs["paracetamol"].id
    assert copied.timeline[-1].note.startswith("复制自历史处方")
    panel = await prescribing.order_panel(actor=doc, consult_order_id=w.order.id)
    assert {r.id for r in panel.prescriptions} == {p.id, copied.id} and panel.can_prescribe
    assert panel.clinical.allergies == ["penicillin"] and panel.clinical.from_prescription_id == p.id
    # a pharmacist of another hospital sees neither the queue nor the prescription
    other = await factories.admin(w.consult.tree.hospital_b1, roles=("pharmacist",))
    actor = factories.principal_for(other, w.consult.tree.hospital_b1)
    assert (await review.queue(actor=actor)).total == 0
    assert await _codes(review.detail(actor=actor, prescription_id=p.id)) == "rx.not_found"
    # a doctor has no review permission
    assert await _codes(review.queue(actor=doc)) == "auth.forbidden"


async def test_the_record_is_signed_when_the_consultation_ends(w):
    from core.consult import desk
    from core.consult.models import ConsultRecord
    from core.consult.schemas import EndIn, RecordIn

    doc = w.doctor_actor
    p = await prescribing.create(actor=doc, data=_in(w, ("paracetamol", "500", "tid", 3), diagnoses=("J06.9",)))
    await prescribing.sign(actor=doc, prescription_id=p.id)
    await desk.save_record(actor=doc, order_id=w.order.id, data=RecordIn(
        chief_complaint="发热两天", diagnosis=["急性上呼吸道感染"], advice="多饮水"))
    await desk.end(actor=doc, order_id=w.order.id, data=EndIn(summary="按医嘱服药"))
    record = await ConsultRecord.get(order_id=w.order.id)
    assert record.signed_at and await Signature.filter(subject=f"consult.record:{record.id}", role="doctor").exists()
    mine = await rx_patient.prescription(actor=w.consult.parent.actor, prescription_id=p.id)
    assert mine.record.chief_complaint == "发热两天" and mine.record.signature_valid
    await ConsultRecord.filter(id=record.id).update(advice="改过的医嘱")
    mine = await rx_patient.prescription(actor=w.consult.parent.actor, prescription_id=p.id)
    assert mine.record.signature_valid is False
    # within a day of its end the doctor may still prescribe in it; later not
    assert (await prescribing.order_panel(actor=doc, consult_order_id=w.order.id)).can_prescribe
    from core.db import utcnow
    import datetime as dt
    await ConsultOrder.filter(id=w.order.id).update(finished_at=utcnow() - dt.timedelta(hours=25))
    assert await _codes(prescribing.create(actor=doc, data=_in(w, ("paracetamol", "500", "tid", 3)))) \
        == "rx.order_not_open"


async def test_an_approved_prescription_unpaid_past_its_validity_expires(w):
    import datetime as dt

    from core.db import utcnow

    doc, ph = w.doctor_actor, w.pharmacist_actor
    ids = []
    for _ in range(2):
        p = await prescribing.create(actor=doc, data=_in(w, ("paracetamol", "500", "tid", 3), diagnoses=("J06.9",)))
        await prescribing.sign(actor=doc, prescription_id=p.id)
        await review.review(actor=ph, prescription_id=p.id, data=ReviewIn(decision="pass"))
        ids.append(p.id)
    await _dispensed_order(w, ids[1])  # paid: it stays
    assert await rx.expire_due() == 0  # still valid
    await Prescription.filter(id__in=ids).update(valid_until=utcnow() - dt.timedelta(minutes=1))
    assert await rx.sweep_expired_prescriptions({}) == 1
    assert [p.state for p in await Prescription.filter(id__in=ids).order_by("id")] == ["expired", "approved"]
    assert await EventOutbox.filter(name="rx.expired").count() == 1
    assert await rx.expire_due() == 0  # once
    assert await _codes(rx.require_dispensable(actor=w.pharmacy_actor, prescription_id=ids[0])) == "rx.not_approved"


async def test_herbal_prescriptions_and_signed_requests(w):
    from core.dicts.models import ChargeItem
    from core.rx.models import ExamRequest
    from core.rx.schemas import ExamRequestIn

    doc = w.doctor_actor
    herbal = flow.body(w, ("danggui", "10", "qd", 1), ("gancao", "6", "qd", 1, {"note": "后下"}),
                       diagnoses=("Z34.0",), kind="herbal", herbal_doses=7, herbal_usage="水煎服，每日一剂，分两次温服")
    p = await prescribing.create(actor=doc, data=PrescriptionIn.model_validate(herbal))
    assert p.kind == "herbal" and p.herbal_doses == 7
    assert [(i.quantity, i.days) for i in p.items] == [(70, 7), (42, 7)]  # grams: dose × doses
    assert p.total_fen == 70 * w.drugs["danggui"].price_fen + 42 * w.drugs["gancao"].price_fen
    signed = await prescribing.sign(actor=doc, prescription_id=p.id)
    assert signed.state == "pending_review" and signed.signature.valid
    western_in_herbal = flow.body(w, ("paracetamol", "500", "tid", 3), kind="herbal", herbal_doses=3)
    assert await _codes(prescribing.create(actor=doc, data=PrescriptionIn.model_validate(western_in_herbal))) \
        == "rx.kind_mismatch"

    blood = await ChargeItem.create(code="JY001", name="血常规", category="lab", price_fen=2000, specimen="血液")
    urine = await ChargeItem.create(code="JY002", name="尿常规", category="lab", price_fen=1500, specimen="尿液")
    r = await prescribing.create_request(actor=doc, data=ExamRequestIn(
        consult_order_id=w.order.id, kind="lab", items=[blood.id, urine.id], clinical="孕早期检查", diagnoses=["Z34.0"]))
    assert r.state == "signed" and r.total_fen == 3500 and r.signature.valid and r.number.startswith("SQ")
    await ExamRequest.filter(id=r.id).update(total_fen=1)
    assert (await prescribing.request_detail(actor=doc, request_id=r.id)).signature.valid is False
    assert await _codes(prescribing.request_detail(actor=w.consult.colleague_actor, request_id=r.id)) \
        == "rx.request_not_found"
