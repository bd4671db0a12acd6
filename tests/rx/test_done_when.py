"""Issue 14's Done-when, end to end on MariaDB + Redis with the real parts: a video consultation for a
pregnant patient (the waiting room and a real Janus room), a prescription the rules flag, the
pharmacist's rejection, the doctor's appeal (upheld), the accepted rejection and the revised
prescription, signatures checked (one prescription changed in the database after signing is refused
when shown, dispensed and uploaded), the review passed, payment through the offline WeChat Pay, pick-up
by code for one order and delivery with tracking from the loopback carrier for another, the e-invoice
mailed through a real SMTP server and its PDF read, a refund with its reversing invoice, the insurance
e-prescription upload with the centre's review and pick-up notifications, and the day's reconciliation
balancing."""
from __future__ import annotations

import asyncio
import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from core import wiring
from core.consult import video
from core.consult.schemas import CallNextIn
from core.demo.medical_dicts import seed_medical_dicts
from core.dicts.models import Drug
from core.errors import AppError
from core.events import service as events
from core.insurance import service as insurance_service
from core.insurance.models import InsuranceRx
from core.invoices.models import Invoice
from core.localtime import LOCAL
from core.notify.models import Message
from core.payments import reconcile
from core.payments.models import PaymentOrder, PaymentRefund
from core.pharmacy import addresses, console as pharmacy_console, logistics, patient as pharmacy_patient, pickup
from core.pharmacy.models import RxOrder
from core.pharmacy.schemas import AddressIn, OrderIn, ReturnIn
from core.principal import SYSTEM
from core.rx import prescribing, review
from core.rx import service as rx_service
from core.rx.models import Prescription, PrescriptionItem, RxEvent
from core.rx.rules import service as rules_service
from core.rx.schemas import AppealIn, ClinicalIn, ItemIn, PrescriptionBody, PrescriptionIn, ReviewIn
from tests import factories
from tests.carrier_stub import carrier  # noqa: F401  (fixture)
from tests.insurance_stub import insurance  # noqa: F401  (fixture)
from tests.smtp_server import smtp  # noqa: F401  (fixture)

pytestmark = pytest.mark.e2e


async def _fails(code: str, aw):
    with pytest.raises(AppError) as e:
        await aw
    assert e.value.code == code, (e.value.code, e.value.details)
    return e.value


async def _settle(*groups: str) -> None:
    """The worker's part: events committed and not yet relayed go out (the relay after commit is batched),
    then the consumer groups read them."""
    await events.relay_pending(grace=dt.timedelta(0))
    await factories.drain(*groups)


def _item(drug, dose: str, frequency: str, days: int, **kw) -> ItemIn:
    return ItemIn(drug_id=drug.id, dose=Decimal(dose), frequency=frequency, days=days, **kw)


@pytest.fixture
async def world(janus):
    wiring.wire()
    w = await factories.video_world()
    await seed_medical_dicts()
    await rules_service.ensure_seeded()
    hospital = w.tree.hospital_a1
    await events.ensure_groups()  # as the worker does at start: the groups read what comes from now on
    pharmacist = await factories.admin(hospital, roles=("pharmacist",))
    clerk = await factories.admin(hospital, roles=("pharmacy_staff",))
    return w, factories.principal_for(pharmacist, hospital), factories.principal_for(clerk, hospital)


async def test_from_a_video_consultation_to_the_reconciled_day(world, wechatpay, smtp, insurance, carrier,
                                                                client):
    w, pharmacist, clerk = world
    doctor = w.doctor_actor
    mum = w.patients[0]  # 周一, ten weeks pregnant, allergic to penicillin
    drugs = {d.knowledge_key: d for d in await Drug.all()}

    # ---- the video consultation: booked, paid, checked in, called and answered
    order_id = await factories.video_order(w, wechatpay, mum)
    await video.check_in(actor=mum.actor, order_id=order_id)
    called = await video.call_next(actor=doctor, data=CallNextIn())
    assert called.order.id == order_id
    assert (await video.answer(actor=mum.actor, order_id=order_id)).state == "in_progress"

    # ---- the doctor prescribes; the rules flag it while it is written and when it is signed
    clinical = ClinicalIn(weight_kg=Decimal("58"), pregnancy="pregnant", gestation_weeks=10, allergies=["penicillin"])
    draft = await prescribing.create(actor=doctor, data=PrescriptionIn(
        consult_order_id=order_id, clinical=clinical, diagnoses=["O23.5"],
        items=[_item(drugs["metronidazole"], "400", "bid", 7), _item(drugs["amoxicillin"], "500", "tid", 7)]))
    assert draft.state == "draft" and draft.clinical.pregnancy == "pregnant" and draft.clinical.gestation_weeks == 10
    checks = {(c.kind, c.severity, tuple(c.items)) for c in draft.checks}
    assert ("allergy", "error", (2,)) in checks  # amoxicillin for a penicillin allergy
    assert any(k == "pregnancy" and s == "warning" and i == (1,) for k, s, i in checks)  # metronidazole, 1st trimester
    first = await prescribing.sign(actor=doctor, prescription_id=draft.id)
    assert first.state == "pending_review" and first.signature.valid and first.signature.reason == "ok"
    row = await Prescription.get(id=first.id)
    assert row.problem and row.finding_level == "error" and row.signature_id and len(row.digest) == 64
    version = (await rules_service.published()).version
    auto = first.reviews[-1]
    assert auto.kind == "auto" and auto.ruleset_version == version and auto.findings

    # ---- the pharmacist rejects with reasons; the doctor is told
    queue = await review.queue(actor=pharmacist)
    assert first.id in [r.id for r in queue.items]
    rejected = await review.review(actor=pharmacist, prescription_id=first.id, data=ReviewIn(
        decision="reject", reasons=["allergy", "pregnancy"], note="青霉素过敏，孕早期慎用甲硝唑"))
    assert rejected.state == "rejected" and rejected.reviews[-1].signed
    doctor_account = w.doctor.account_id
    assert await Message.filter(admin_account_id=doctor_account).exists()

    # ---- the doctor appeals; the appeal goes back to a pharmacist, who upholds the rejection
    appealed = await prescribing.appeal(actor=doctor, prescription_id=first.id,
                                        data=AppealIn(reason="患者既往使用阿莫西林无过敏反应"))
    assert appealed.state == "appealed"
    assert first.id in [r.id for r in (await review.queue(actor=pharmacist, state="appealed")).items]
    upheld = await review.review(actor=pharmacist, prescription_id=first.id, data=ReviewIn(
        decision="reject", reasons=["allergy"], note="过敏史明确，维持不通过"))
    assert upheld.state == "rejected"
    await _fails("rx.already_appealed", prescribing.appeal(actor=doctor, prescription_id=first.id,
                                                           data=AppealIn(reason="再次申诉")))

    # ---- the doctor accepts and revises: amoxicillin replaced by azithromycin, metronidazole left out
    revision = await prescribing.accept(actor=doctor, prescription_id=first.id)
    assert (await Prescription.get(id=first.id)).state == "void"
    assert revision.state == "draft"
    revised_row = await Prescription.get(id=revision.id)
    assert (revised_row.previous_id, revised_row.modified, revised_row.version) == (first.id, True, 2)
    revised = await prescribing.update(actor=doctor, prescription_id=revision.id, data=PrescriptionBody(
        clinical=clinical, diagnoses=["O23.5"], items=[_item(drugs["azithromycin"], "500", "qd", 3)]))
    assert not [c for c in revised.checks if c.severity == "error"]
    revised = await prescribing.sign(actor=doctor, prescription_id=revision.id)
    passed = await review.review(actor=pharmacist, prescription_id=revised.id, data=ReviewIn(decision="pass"))
    assert passed.state == "approved" and passed.signature.valid

    # Three more, passed: paracetamol to deliver, folic acid to return, vitamin B6 to be tampered with.
    async def approved(key: str, dose: str, frequency: str, days: int) -> int:
        d = await prescribing.create(actor=doctor, data=PrescriptionIn(
            consult_order_id=order_id, clinical=clinical, diagnoses=["O21.0"],
            items=[_item(drugs[key], dose, frequency, days)]))
        await prescribing.sign(actor=doctor, prescription_id=d.id)
        out = await review.review(actor=pharmacist, prescription_id=d.id, data=ReviewIn(decision="pass"))
        assert out.state == "approved", out.checks
        return d.id

    to_deliver = await approved("paracetamol", "500", "tid", 3)
    to_return = await approved("folic_acid", "0.4", "qd", 30)
    tampered = await approved("vitamin_b6", "10", "tid", 7)

    # ---- a change after signing is detected and refused: shown, dispensed, ordered, uploaded
    await PrescriptionItem.filter(prescription_id=tampered).update(dose=Decimal("100"))
    shown = await prescribing.detail(actor=doctor, prescription_id=tampered)
    assert not shown.signature.valid and shown.signature.reason == "altered"
    await _fails("signing.document_altered", rx_service.require_dispensable(actor=clerk, prescription_id=tampered))
    await _fails("signing.document_altered", pharmacy_patient.place(actor=mum.actor, data=OrderIn(
        prescription_id=tampered, fulfilment="pickup")))
    await _fails("signing.document_altered", insurance_service.save(actor=doctor, prescription_id=tampered))
    assert not await RxOrder.filter(prescription_id=tampered).exists()
    assert not await InsuranceRx.filter(prescription_id=tampered).exists()

    async def pay(order_id: int) -> None:
        started = await pharmacy_patient.pay(actor=mum.actor, order_id=order_id)
        assert (await wechatpay.pay(started.payment.pay_params.model_dump())).status_code == 200
        await wechatpay.delivered()

    # ---- pick-up by code: paid, dispensed, collected once with its own code
    pick = await pharmacy_patient.place(actor=mum.actor, data=OrderIn(prescription_id=revised.id, fulfilment="pickup"))
    await pay(pick.id)
    mine = await pharmacy_patient.detail(actor=mum.actor, order_id=pick.id)
    assert mine.state == "paid" and mine.pickup_code and len(mine.pickup_code) == 8
    await pharmacy_console.dispense(actor=clerk, order_id=pick.id)
    collected = await pickup.collect(actor=clerk, code=mine.pickup_code)
    assert collected.state == "collected"
    await _fails("pharmacy.code_used", pickup.collect(actor=clerk, code=mine.pickup_code))

    # ---- delivery with tracking from the loopback carrier
    home = await addresses.create(actor=mum.actor, data=AddressIn(
        receiver="周一", phone="13800138001", region="湖北省 武汉市 江汉区", detail="解放大道 688 号 2 栋 1501"))
    parcel = await pharmacy_patient.place(actor=mum.actor, data=OrderIn(
        prescription_id=to_deliver, fulfilment="delivery", address_id=home.id))
    await pay(parcel.id)
    await pharmacy_console.dispense(actor=clerk, order_id=parcel.id)
    shipment = await logistics.ship(actor=clerk, order_id=parcel.id)
    carrier.advance(shipment.waybill_no, "picked_up", description="快递员已揽收", location="武汉")
    carrier.advance(shipment.waybill_no, "delivered", description="已签收", location="江汉区")
    r = await asyncio.to_thread(carrier.push, shipment.waybill_no)
    assert r.status_code == 200, r.text
    tracked = await pharmacy_patient.detail(actor=mum.actor, order_id=parcel.id)
    assert tracked.state == "delivered"
    assert [e.status for e in tracked.shipment.events] == ["delivered", "picked_up"]  # newest first

    # ---- the e-invoice of the pick-up order, mailed through SMTP, its PDF read
    await _settle("invoices.issue")
    pick_payment = await PaymentOrder.get(reference=f"pharmacy.order:{pick.id}")
    blue = await Invoice.get(payment_order_id=pick_payment.id, kind="blue")
    r = await client.post(f"/api/mp/v1/invoices/{blue.id}/email", json={"email": "zhou.yi@example.cn"},
                          headers=mum.headers)
    assert r.status_code == 200, r.text
    assert r.json()["emailed_at"] and not r.json()["email_error"], r.json()
    [(filename, data)] = smtp.attachments()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert blue.number in text and f"{pick_payment.amount_fen / 100:.2f}" in text

    # ---- a refund (the pharmacy takes back the folic acid) and its reversing invoice
    back = await pharmacy_patient.place(actor=mum.actor, data=OrderIn(prescription_id=to_return, fulfilment="pickup"))
    await pay(back.id)
    await pharmacy_console.return_order(actor=clerk, order_id=back.id, data=ReturnIn(reason="患者已在线下购买"))
    await _settle("pharmacy.money")  # the refund asked of WeChat Pay
    back_payment = await PaymentOrder.get(reference=f"pharmacy.order:{back.id}")
    for _ in range(50):  # WeChat Pay keeps a refund "processing" a moment, then notifies its success
        await wechatpay.delivered()
        refund = await PaymentRefund.get(order_id=back_payment.id)
        if refund.state != "processing":
            break
        await asyncio.sleep(0.2)
    await _settle("pharmacy.money", "invoices.issue")
    assert (await RxOrder.get(id=back.id)).refund_state == "refunded"
    assert refund.state == "success" and refund.amount_fen == back_payment.amount_fen
    original = await Invoice.get(payment_order_id=back_payment.id, kind="blue")
    red = await Invoice.get(payment_order_id=back_payment.id, kind="red")
    assert (red.original_id, red.amount_fen, red.refund_id) == (original.id, refund.amount_fen, refund.id)

    # ---- the insurance e-prescription: uploaded, reviewed and picked up by the centre's notifications
    saved = await insurance_service.save(actor=doctor, prescription_id=revised.id)
    assert saved.state == "uploaded" and saved.hi_rxno
    insurance.centre.review(saved.hi_rxno, passed=True, opinion="审核通过")
    for kind in ("review", "review", "pickup"):  # the review notice comes twice: applied once
        if kind == "pickup":
            insurance.centre.pick_up(saved.hi_rxno, pharmacy="静安区某定点药店")
        path, headers, body = insurance.notice(kind, saved.hi_rxno, notice_id=f"NT-{kind}")
        r = await client.post(path, content=body, headers=headers)
        assert r.status_code == 200, r.text
    assert (await InsuranceRx.get(prescription_id=revised.id)).state == "dispensed"

    # ---- the timeline of the revised prescription, every step kept
    steps = [e.event for e in await RxEvent.filter(prescription_id=revised.id).order_by("id")]
    for step in ("revised", "signed", "auto_reviewed", "passed", "paid", "dispensed", "collected",
                 "insurance_uploaded", "insurance_reviewed", "insurance_picked_up"):
        assert step in steps, (step, steps)
    first_steps = [e.event for e in await RxEvent.filter(prescription_id=first.id).order_by("id")]
    assert first_steps[:6] == ["prescribed", "signed", "auto_reviewed", "rejected", "appealed", "rejected"]

    # ---- the day balances: the video consultation, three medicine orders and one refund
    today = dt.datetime.now(LOCAL).date()
    report = await reconcile.reconcile(actor=SYSTEM, day=today)
    assert report["state"] == "balanced", report
    assert (report["matched"], report["missing_ours"], report["missing_theirs"], report["amount_mismatch"]) == (
        5, 0, 0, 0)
