"""Two tenants with data of every kind the admin and mini-program routes address.

Why: the cross-tenant sweep (tests/test_cross_tenant.py, issue 9) replays every
id-bearing route as one tenant with the other tenant's ids. That needs, on each
side, a real object behind every id a route can take; the same world serves any
test that wants two symmetric tenants.

Side "a" hangs off city_a / county_a1 / hospital_a1, side "b" off city_b /
county_b1 / hospital_b1 (siblings under the province). Each side has its
administrators (city and county commissions, hospital, assessment institution), its
physicians, enrolments, exam sessions, proctor cases, captures, record room,
departments, a doctor of the internet hospital, record requests, messages, an import job, an
assessment application with an attachment, and on the phone: two physicians (a finished exam
with a certificate and a mock exam; an exam in progress) and three patients (a
family with a member, a grant, a pending invite, 就诊人 live and deleted, a record
request and its paid payment order, a message). Every name carries the side's
marker (甲 / 乙) so that an answer leaking the other side's data can be spotted.
"""
from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from core.accounts.models import AdminAccount
from core.assessment.models import AssessmentAssignment, Cycle, Enrolment, Physician
from core.db import utcnow
from core.exam.models import Blueprint, ExamSession, Paper, Question, QuestionGroup
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal
from tests import factories

MARKERS = {"a": "甲", "b": "乙"}


@dataclass
class Side:
    key: str  # "a" / "b"
    marker: str
    city: OrgNode
    county: OrgNode
    hospital: OrgNode
    assessor: OrgNode
    admins: dict[str, AdminAccount] = field(default_factory=dict)  # city / county / hosp / assess
    principals: dict[str, Principal] = field(default_factory=dict)
    admin_ids: dict[str, Any] = field(default_factory=dict)  # what admin routes address, by kind
    mp_ids: dict[str, Any] = field(default_factory=dict)  # what mini-program routes address, by kind
    mp: dict[str, Principal] = field(default_factory=dict)  # pat / doc / doc2 (the phone's accounts)


@dataclass
class World:
    tree: factories.Tree
    province: Principal
    cycle: Cycle
    a: Side
    b: Side
    shared: dict[str, Any]  # province-wide objects (cycle, question bank, dictionaries)


ADMIN_ROLES = (("city", "city", ("commission_admin",)), ("county", "county", ("commission_admin",)), ("hosp", "hospital", ("institution_admin",)),
               ("assess", "assessor", ("assessment_admin",)),
               # The hospital's doctor at the workstation (the side's catalogue doctor logs in with it).
               ("doc", "hospital", ("doctor",)))


async def _admins(side: Side) -> None:
    for key, where, roles in ADMIN_ROLES:
        node = getattr(side, where)
        account = await factories.admin(node, roles=roles, username=f"{key}_{side.key}")
        side.admins[key] = account
        side.principals[key] = factories.principal_for(account, node)


async def _exam(side: Side, cycle: Cycle) -> None:
    """A finished exam (certificate, proctor case with a photo) and one in progress, each
    of a physician bound to a phone account; a submitted mock exam of the first one."""
    from core.family import patients
    from tests.proctoring.test_face import GRACE

    m = side.marker
    done = await factories.proctor_case(side.hospital, cycle=cycle, assessment_org=side.assessor,
                                        name=f"{m}方考生", score=86.0)
    live = await factories.proctor_case(side.hospital, cycle=cycle, assessment_org=side.assessor,
                                        name=f"{m}方考中", submitted=False)
    await factories.capture(done.session_id, GRACE)
    for case, key in ((done, "doc"), (live, "doc2")):
        session = await ExamSession.get(id=case.session_id)
        paper = await Paper.get(id=session.paper_id)
        doc = await Physician.get(id=paper.physician_id)
        side.mp[key] = await factories.mp_physician(doc)
        # With a real-name identity, so that family routes refuse them for scope, not for identity.
        await patients.set_identity(actor=side.mp[key], name=f"{m}方医生", id_number=factories.id_number(),
                                    phone=factories.phone())
        side.mp_ids[f"{key}_paper"] = paper.id
        side.mp_ids[f"{key}_session"] = session.id
        side.mp_ids[f"{key}_enrolment"] = paper.enrolment_id
    side.admin_ids["session"] = done.session_id
    side.admin_ids["live_session"] = live.session_id
    side.admin_ids["enrolment"] = side.mp_ids["doc_enrolment"]
    side.admin_ids["cycle"] = cycle.id
    side.admin_ids["mp_account"] = side.mp["doc"].id  # bound to a physician of the side's hospital
    # A submitted mock exam of the first physician (not counted, no proctor case).
    done_paper = await Paper.get(id=side.mp_ids["doc_paper"])
    mock = await Paper.create(blueprint_id=done_paper.blueprint_id, physician_id=done_paper.physician_id,
                              enrolment_id=None, kind="mock", seed=7, items=[], total_points=100,
                              state="submitted")
    now = utcnow()
    await ExamSession.create(paper_id=mock.id, started_at=now - dt.timedelta(minutes=30),
                             deadline=now + dt.timedelta(minutes=30), submitted_at=now - dt.timedelta(minutes=1),
                             submitted_by="taker", active_device="phone-1", score=50, passed=False, verified=True)
    side.mp_ids["mock_paper"] = mock.id


def _image(key: str) -> bytes:
    """A small PNG of its own per side (stored files are content-addressed: equal bytes, equal keys)."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 30, 30) if key == "a" else (30, 30, 200)).save(buf, "PNG")
    return buf.getvalue()


async def _console(side: Side) -> None:
    """What only the console addresses: physicians, a deletion, a department, an import job,
    an application with its attachment, a message to the hospital."""
    from core import import_jobs
    from core.assessment import institutions
    from core.assessment import service as assessment_service
    from core.notify import service as notify_service
    from core.records import service as records_service

    m, hosp, county = side.marker, side.principals["hosp"], side.principals["county"]
    doc = await factories.physician(side.hospital, name=f"{m}方医师")
    side.admin_ids["physician"] = doc.id
    gone = await factories.physician(side.hospital, name=f"{m}方已删")
    await assessment_service.delete_physician(actor=county, physician_id=gone.id)
    side.admin_ids["deleted_physician"] = gone.id
    side.admin_ids["admin_account"] = side.admins["hosp"].id
    side.admin_ids["institution"] = side.hospital.id
    side.admin_ids["assignment_target"] = side.county.id
    side.admin_ids["county"] = side.county.id
    side.admin_ids["assessor"] = side.assessor.id
    dept = await records_service.create_department(actor=hosp, institution_id=side.hospital.id,
                                                   code=f"D{side.key}", name=f"{m}方科室")
    side.admin_ids["department"] = dept.id
    from core.records.models import Department

    doctor = await factories.catalogue_doctor(await Department.get(id=dept.id), name=f"{m}方医生")
    doctor.account_id = side.admins["doc"].id
    await doctor.save(update_fields=["account_id"])
    side.admin_ids["doctor"] = doctor.id
    from core.doctors.models import DoctorTemplate

    template = await DoctorTemplate.create(kind="reply", doctor_id=doctor.id, title=f"{m}方模板",
                                           body={"text": f"{m}方快捷回复"})
    side.admin_ids["doctor_template"] = template.id
    message = await notify_service.notify(org_id=side.hospital.id, kind="test", title=f"{m}方机构消息")
    side.admin_ids["admin_message"] = message.id
    await OrgNode.filter(id=side.hospital.id).update(may_apply_assessment=True)
    app = await institutions.submit_application(actor=hosp, statement=f"{m}方申请", files=[
        institutions.Upload("apply.png", _image(side.key), "image/png")])
    side.admin_ids["application"] = app.id
    side.admin_ids["attachment_key"] = app.attachments[0]["key"]
    from core.assessment.models import BadRecord

    bad = await BadRecord.create(physician_id=side.admin_ids["physician"], occurred_on=dt.date(2026, 3, 1),
                                 category=f"{m}方不良记录", description="", source="")
    side.admin_ids["bad_record"] = bad.id
    job = await import_jobs.start(actor=hosp, kind="physicians", content=await import_jobs.template("physicians"),
                                  params={"institution_id": str(side.hospital.id)})
    for _ in range(40):  # the embedded runner (memory://) runs it; with real Redis no worker is up
        if (await import_jobs.status(actor=hosp, job_id=job))["state"] in ("done", "failed"):
            break
        await asyncio.sleep(0.05)
    else:
        await import_jobs.run_import({}, job)
    side.admin_ids["import_job"] = job
    from core.faq.models import FaqEntry

    entry = await FaqEntry.create(org_id=side.hospital.id, category=f"{m}方分类", question=f"{m}方问题",
                                  answer=f"{m}方答案", published=True)
    side.admin_ids["faq_entry"] = entry.id


async def _records(side: Side) -> None:
    """Three phone accounts: `pat` owns a family with `pat2`, who grants `pat` a scope; `pat3`
    is invited by phone (pending). `pat` has a 就诊人, a deleted 就诊人, a record request at
    the side's hospital and a message."""
    from core.family import patients
    from core.notify import service as notify_service
    from core.records import service as records_service

    m = side.marker
    await factories.record_room(side.hospital)
    pat = await factories.mp_patient_account(f"{m}方患者")
    pat2 = await factories.mp_patient_account(f"{m}方家人")
    pat3 = await factories.mp_patient_account(f"{m}方受邀")
    fam = await factories.family_of(pat, pat2, name=f"{m}方之家")
    grants = await factories.family_grant(fam, pat2, pat, "record_requests")
    from core.family import service as family_service

    invite = await family_service.invite(actor=pat.actor, family_id=fam.id, channel="phone", phone=pat3.phone)
    kid = await factories.add_patient(pat.actor, name=f"{m}方孩子", id_number=factories.id_number(
        born="20150101"), relation="子女")
    old = await factories.add_patient(pat.actor, name=f"{m}方旧人", id_number=factories.id_number(
        born="19500101"), relation="父母")
    await patients.delete_patient(actor=pat.actor, patient_id=old.id)
    await factories.his_stays(side.hospital, pat.patient)
    check = await factories.identity_check(pat.actor, pat.patient)
    found = await records_service.check_records(actor=pat.actor, institution_id=side.hospital.id,
                                                patient_id=pat.patient.id)
    req = await records_service.submit(actor=pat.actor, institution_id=side.hospital.id, patient_id=pat.patient.id,
                                       identity_check_id=check.id, admission_ids=[found.admissions[0].id],
                                       purpose="medical_insurance", contents=["front_page"])
    message = await notify_service.notify(account_id=pat.actor.id, kind="test", title=f"{m}方个人消息")
    ticket = await _support_ticket(side, pat)
    side.mp_ids["support_ticket"] = side.admin_ids["support_ticket"] = ticket
    side.mp_ids["support_chat"] = side.admin_ids["support_chat"] = await _service_chat(side, pat, take=True)
    from core.conversations import service as conversations
    from core.principal import SYSTEM

    conv = await conversations.open_conversation(actor=SYSTEM, kind="consult", title=f"{m}方咨询", parties=[
        {"kind": "mp", "id": pat.actor.id, "role": "patient"}, {"kind": "mp", "id": pat2.actor.id, "role": "doctor"}])
    await conversations.send_text(actor=pat.actor, conversation_id=conv.id, client_id="t-1", text=f"{m}方的消息")
    side.mp.update(pat=pat.actor, pat2=pat2.actor, pat3=pat3.actor)
    side.mp_ids.update(family=fam.id, member_account=pat2.actor.id, grant=grants[0].id, invite=invite.id,
                       patient=kid.id, deleted_patient=old.id, record_request=req.id,
                       message=message.id, conversation=conv.id, institution=side.hospital.id,
                       self_patient=pat.patient.id,
                       identity_check=check.id, admission=found.admissions[0].id)
    side.admin_ids["record_request"] = req.id
    await _consult_order(side, pat)
    await _insurance_rx(side, pat)
    await _accompany_task(side, pat, pat2, fam)
    from core.payments.models import PaymentOrder

    order = await PaymentOrder.create(
        out_trade_no=f"P{side.key.upper()}{req.id:010d}", reference=f"records.request:{req.id}",
        description=f"{m}方病案复印", org_id=side.hospital.id, payer_id=pat.actor.id, channel="miniprogram",
        appid="wx-demo-appid", openid=f"o-{side.key}", amount_fen=1500, state="paid", paid_at=utcnow(),
        expires_at=utcnow(), transaction_id=f"42000{side.key}{req.id:020d}")
    side.admin_ids["payment_order"] = order.id
    from core.payments.models import PaymentRefund

    refund = await PaymentRefund.create(order_id=order.id, out_refund_no=f"R{side.key.upper()}{order.id:012d}",
                                        amount_fen=500, reason=f"{m}方退款", state="abnormal",
                                        requested_by_type="admin")
    side.admin_ids["payment_refund"] = refund.id
    # The payer's e-invoice of that payment (core/invoices) and a console account's signing key (core/signing).
    from core.invoices import service as invoices
    from core.signing import service as signing
    from core.signing.models import SignerKey

    side.mp_ids["invoice"] = (await invoices.issue_blue(order_id=order.id)).id
    signed = await signing.sign(actor=side.principals["hosp"], subject=f"tenant.{side.key}:1", role="doctor",
                                content={"marker": m})
    side.admin_ids["signer_key"] = (await SignerKey.get(key_id=signed.key_id)).id


async def _accompany_task(side: Side, pat: factories.MpPerson, relative: factories.MpPerson, fam) -> None:
    """An open visit of `pat` at the side's hospital (open to the accompaniment) and its accompaniment
    task, `relative` (granted 陪诊) invited."""
    from core.accompany import service as accompany

    await factories.his_connection(side.hospital)
    await factories.family_grant(fam, pat, relative, "accompaniment")
    visit = await factories.visit(side.hospital, pat.patient, department=f"{side.marker}方内科")
    home = await accompany.invite(actor=pat.actor, visit_id=visit.id, account_ids=[relative.actor.id])
    side.mp_ids.update(visit=visit.id, accompany_task=home.id, accompany_companion=home.companions[0].id)
    side.admin_ids["visit"] = visit.id
    from core.db import utcnow
    from core.visits.models import VisitEvent

    quarantined = await VisitEvent.create(institution_id=side.hospital.id, event_id=f"{side.key}-bad-1",
                                          source="webhook", status="quarantined", reason="malformed",
                                          detail=f"{side.marker}方的坏事件", received_at=utcnow())
    side.admin_ids["visit_event"] = quarantined.id


async def _consult_order(side: Side, person: factories.MpPerson) -> None:
    """A paid 图文咨询 of `person` with the side's doctor, accepted, with a message each way; the side's
    hospital administrator's conversation is the customer-service session it took (a participant)."""
    from core.consult import desk, patient
    from core.consult.schemas import OrderIn
    from core.conversations import service as conversations
    from core.doctors import consent
    from core.doctors.models import Doctor
    from core.payments import demo as payments_demo
    from core.support.models import ServiceChat

    m = side.marker
    doctor = await Doctor.get(id=side.admin_ids["doctor"])
    await consent.accept(actor=person.actor, version=(await consent.current()).version)
    order = await patient.place(actor=person.actor, data=OrderIn(
        doctor_id=doctor.id, patient_id=person.patient.id, symptoms=f"{m}方患者咳嗽三天，夜间加重"))
    await payments_demo.paid_without_gateway(actor=person.actor, reference=f"consult.order:{order.id}",
                                             org_id=side.hospital.id, amount_fen=order.price_fen,
                                             description=f"{m}方图文咨询")
    await desk.accept(actor=side.principals["doc"], order_id=order.id)
    await conversations.send_text(actor=side.principals["doc"], conversation_id=order.conversation_id,
                                  client_id="d-1", text=f"{m}方医生的回复")
    side.mp_ids["consult_order"] = side.admin_ids["consult_order"] = order.id
    chat = await ServiceChat.get(id=side.mp_ids["support_chat"])
    side.admin_ids["conversation"] = chat.conversation_id
    await _video_room(side, person)
    await _pharmacy(side, person)
    await _prescription(side, person, order.id)


async def _pharmacy(side: Side, person: factories.MpPerson) -> None:
    """An approved prescription of `person` from the side's consultation, bought for delivery and on its
    way (a parcel with one tracking event), and the person's saved address."""
    from core.consult.models import ConsultOrder
    from core.pharmacy.models import DeliveryAddress, RxOrder, Shipment, ShipmentEvent
    from core.rx.models import Prescription

    m = side.marker
    consult = await ConsultOrder.get(id=side.admin_ids["consult_order"])
    rx = await Prescription.create(
        number=f"CF{m.encode().hex()[:6]}{consult.id:08d}", kind="western", state="approved",
        consult_order_id=consult.id, doctor_id=consult.doctor_id, department_id=consult.department_id,
        institution_id=side.hospital.id, patient_id=person.patient.id, account_id=person.actor.id,
        patient_name=f"{m}方患者", total_fen=1000, signed_at=utcnow())
    address = await DeliveryAddress.create(account_id=person.actor.id, receiver=f"{m}方收货人", phone="13800138000",
                                           region=f"{m}方省 市 区", detail=f"{m}方街道 1 号", is_default=True)
    order = await RxOrder.create(
        number=f"YP{m.encode().hex()[:6]}{rx.id:08d}", prescription_id=rx.id, state="shipped",
        account_id=person.actor.id, patient_id=person.patient.id, institution_id=side.hospital.id,
        fulfilment="delivery", receiver=f"{m}方收货人", phone="13800138000", address=f"{m}方街道 1 号",
        drug_fen=1000, delivery_fen=0, amount_fen=1000, paid_at=utcnow())
    shipment = await Shipment.create(order_id=order.id, carrier="jsonapi", waybill_no=f"WB{m.encode().hex()[:6]}{order.id}",
                                     state="in_transit")
    await ShipmentEvent.create(shipment_id=shipment.id, event_id="e1", status="in_transit",
                               description=f"{m}方转运中心", at=utcnow())
    side.mp_ids["rx_order"] = side.admin_ids["rx_order"] = order.id
    side.admin_ids["rx_shipment"] = shipment.id
    side.mp_ids["delivery_address"] = address.id



async def _prescription(side: Side, person: factories.MpPerson, order_id: int) -> None:
    """A prescription of the consultation waiting for review (rows only: the sweep reads and acts on it)."""
    from core.consult.models import ConsultOrder
    from core.rx.models import Prescription, PrescriptionItem

    m = side.marker
    drug = await factories.rx_drug("amoxicillin")  # (not 对乙酰氨基酚: its name holds B's marker)
    order = await ConsultOrder.get(id=order_id)
    rx = await Prescription.create(
        number=f"CF{side.key.upper()}{order_id:010d}", kind="western", state="pending_review",
        consult_order_id=order_id, doctor_id=order.doctor_id, department_id=order.department_id,
        institution_id=order.institution_id, patient_id=person.patient.id, account_id=person.actor.id,
        patient_name=person.patient.name, diagnoses=[{"code": "J06.9", "name": f"{m}方上感"}], note=f"{m}方嘱托",
        total_fen=drug.price_fen)
    await PrescriptionItem.create(prescription_id=rx.id, seq=1, drug_id=drug.id, drug_name=drug.generic_name,
                                  strength=drug.strength, form=drug.form, dose="500", dose_unit="mg",
                                  frequency="tid", days=3, route="口服", quantity=1, unit=drug.unit,
                                  price_fen=drug.price_fen, amount_fen=drug.price_fen)
    side.mp_ids["prescription"] = rx.id
    side.admin_ids.setdefault("prescription", rx.id)
    from core.rx.models import ExamRequest

    req = await ExamRequest.create(number=f"SQ{side.key.upper()}{order_id:010d}", kind="lab", state="signed",
                                   consult_order_id=order_id, doctor_id=order.doctor_id,
                                   department_id=order.department_id, institution_id=order.institution_id,
                                   patient_id=person.patient.id, clinical=f"{m}方临床摘要")
    side.admin_ids["exam_request"] = req.id


async def _video_room(side: Side, person: factories.MpPerson) -> None:
    """A paid 视频问诊 of `person` with a video doctor of the side's hospital, checked in for today, and its
    video room (rows as the waiting room and a provider leave them, none needed to read them): that
    doctor and the patient in it, the side's workstation doctor invited into it (邀请视频会诊, so that
    the guest's reading of the order has a reader), a quality sample, a recording."""
    import datetime as dt

    from core.consult.models import ConsultOrder
    from core.db import utcnow
    from core.localtime import local_date
    from core.rooms import service as rooms
    from core.rooms.models import RoomRecording, VideoRoom

    from core.doctors.models import Doctor
    from core.records.models import Department

    m = side.marker
    now = utcnow()
    treating = await factories.catalogue_doctor(await Department.get(id=side.admin_ids["department"]),
                                                name=f"{m}方视频医生")
    account = await factories.admin(side.hospital, roles=("doctor",))
    await Doctor.filter(id=treating.id).update(account_id=account.id)
    order = await ConsultOrder.create(
        number=f"ZX{side.key.upper()}{now:%Y%m%d%H%M%S}", kind="video", state="queued", account_id=person.actor.id,
        patient_id=person.patient.id, patient_name=person.patient.name, doctor_id=treating.id,
        department_id=side.admin_ids["department"], institution_id=side.hospital.id, price_fen=8000, window_hours=24,
        symptoms=f"{m}方患者发热两天", paid_at=now, slot_day=local_date(now), slot_period="afternoon",
        checked_in_at=now)
    side.mp_ids["video_order"] = side.admin_ids["video_order"] = order.id
    room = await VideoRoom.create(provider="janus", provider_room=f"9{order.id}", secret="s",
                                  subject_type="consult.order", subject_id=order.id, institution_id=side.hospital.id)
    await rooms.admit(room=room, role="doctor", account_type="admin", account_id=account.id,
                      display=f"{m}方视频医生")
    patient = await rooms.admit(room=room, role="patient", account_type="mp", account_id=person.actor.id,
                                display=f"{m}方患者")
    await rooms.admit(room=room, role="guest_doctor", account_type="admin", account_id=side.admins["doc"].id,
                      display=f"{m}方医生")
    for actor in (factories.principal_for(account, side.hospital), person.actor, side.principals["doc"]):
        await rooms.presence(actor=actor, room_id=room.id, present=True)
    await rooms.quality(actor=person.actor, room_id=room.id, stats={"level": "good", "rtt_ms": 90})
    recording = await RoomRecording.create(room=room, participant=patient, kind="audio", storage_key="ab" * 32,
                                           content_type="audio/ogg", bytes=10, source=f"{m}-{room.id}.mjr",
                                           recorded_at=utcnow(), retain_until=dt.date(2041, 1, 1))
    side.admin_ids["video_room"] = side.mp_ids["video_room"] = room.id
    side.admin_ids["room_participant"] = side.mp_ids["room_participant"] = patient.id
    side.admin_ids["room_recording"] = side.mp_ids["room_recording"] = recording.id


async def _support_ticket(side: Side, person: factories.MpPerson) -> int:
    """A feedback ticket of `person` to the side's hospital (its desk opened once), answered by the
    hospital: the thread carries the side's marker both ways."""
    from core.support import service as support_service
    from core.support.models import SupportDesk
    from core.support.schemas import ReplyIn, TicketIn

    m = side.marker
    await SupportDesk.get_or_create(institution_id=side.hospital.id, defaults={"enabled": True,
                                                                                "hours": f"{m}方服务时间"})
    ticket = await support_service.submit_ticket(actor=person.actor, data=TicketIn(
        institution_id=side.hospital.id, category="other", content=f"{m}方反馈"))
    await support_service.reply(actor=side.principals["hosp"], ticket_id=ticket.id, data=ReplyIn(content=f"{m}方回复"))
    return ticket.id


async def _service_chat(side: Side, person: factories.MpPerson, *, take: bool = False) -> int:
    """An online customer-service session of `person` with the side's hospital (desk opened by
    _support_ticket), taken and answered by the hospital when `take`."""
    from core.support import chat as chat_service

    chat = await chat_service.open_chat(actor=person.actor, institution_id=side.hospital.id)
    if take:
        await chat_service.take(actor=side.principals["hosp"], chat_id=chat.id)
        await chat_service.send_text(actor=side.principals["hosp"], chat_id=chat.id, client_id="t-1",
                                     text=f"{side.marker}方客服")
    return chat.id


async def _insurance_rx(side: Side, person) -> None:
    """An approved prescription of the side's doctor for `person`, uploaded to the insurance
    e-prescription centre (rows only: the sweep reads and refuses, it never calls the centre)."""
    from decimal import Decimal

    from core.db import utcnow
    from core.doctors.models import Doctor
    from core.insurance.models import InsuranceRx
    from core.rx.models import Prescription, PrescriptionItem

    m = side.marker
    doctor = await Doctor.get(id=side.admin_ids["doctor"])
    drug = await factories.rx_drug("amoxicillin")  # the dictionary is platform-wide: no marker in it
    rx = await Prescription.create(
        number=f"CF-{side.key}", kind="western", state="approved", doctor_id=doctor.id,
        department_id=side.admin_ids["department"], institution_id=side.hospital.id, patient_id=person.patient.id,
        account_id=person.actor.id, patient_name=f"{m}方患者", diagnoses=[{"code": "J06.9", "name": f"{m}方诊断"}],
        signed_at=utcnow())
    await PrescriptionItem.create(prescription_id=rx.id, seq=1, drug_id=drug.id, drug_name=drug.generic_name,
                                  strength=drug.strength, form=drug.form, dose=Decimal("500"), dose_unit="mg",
                                  frequency="tid", days=3, route=drug.route, quantity=1, unit=drug.unit,
                                  price_fen=drug.price_fen, amount_fen=drug.price_fen)
    row = await InsuranceRx.create(prescription_id=rx.id, institution_id=side.hospital.id, state="uploaded",
                                   hi_rxno=f"HI-{side.key}", trace_id=f"RT-{side.key}", uploaded_at=utcnow(),
                                   review={"rxChkOpnn": f"{m}方审核意见"})
    side.admin_ids["prescription"] = rx.id
    side.admin_ids["insurance_rx"] = row.id


async def world() -> World:
    """Both sides, the province's open cycle and a small shared question bank."""
    t = await factories.tree()
    province = await factories.actor(t.province)
    cycle = await factories.open_cycle(province)
    from core.doctors import consent
    from core.doctors.schemas import ConsentIn

    await consent.publish(actor=province, data=ConsentIn(body="患者须知", fees="图文咨询 30 元/次"))
    sides = {}
    for key, city, county, hospital in (("a", t.city_a, t.county_a1, t.hospital_a1),
                                        ("b", t.city_b, t.county_b1, t.hospital_b1)):
        assessor = await factories.org(city, OrgKind.ASSESSMENT, f"{MARKERS[key]}方考核机构")
        await AssessmentAssignment.create(target_id=county.id, assessment_org_id=assessor.id)
        for node, what in ((county, "卫健局"), (hospital, "医院")):  # the marker in every name
            node.name = f"{MARKERS[key]}方{what}"
            await node.save(update_fields=["name"])
        side = Side(key, MARKERS[key], city, county, hospital, assessor)
        await _admins(side)
        await _exam(side, cycle)
        await _console(side)
        await _records(side)
        sides[key] = side
    questions = await factories.exam_bank()
    group = await QuestionGroup.create(kind="B1", stem="共用选项", specialty="内科", category="基础",
                                       shared_options=factories.exam_bank_options())
    from core.dicts.models import DictItem

    blueprint = await Blueprint.filter(cycle_id=cycle.id).order_by("id").first()
    # A doctor every patient may find (the catalogue is public), at a hospital of neither side.
    public_doctor = await factories.catalogue_doctor(await factories.department(t.hospital_a2, name="全科"),
                                                     name="平台医生")
    shared = {"cycle": cycle.id, "question": questions[0].id, "group": group.id, "blueprint": blueprint.id,
              "dict_item": (await DictItem.all().order_by("id").first()).id, "doctor": public_doctor.id}
    from core.rx.models import Rule
    from core.rx.rules import service as rx_rules

    await rx_rules.ensure_seeded()
    shared.update(rx_rules_version=1, rx_rule=(await Rule.all().order_by("id").first()).id)
    # One row of each 三大字典 under one id, so that every dictionary's routes address a real row.
    from core.dicts.models import ChargeItem, Diagnosis, Drug

    await Drug.create(id=777_777, code="SHARED-1", generic_name="维生素C片", form="片剂", strength="0.1g*100片",
                      strength_value=100, dose_unit="mg", unit="瓶", route="口服", price_fen=350)
    await Diagnosis.create(id=777_777, code="R50.9", name="发热")
    await ChargeItem.create(id=777_777, code="SHARED-1", name="血常规", category="lab", price_fen=2000)
    shared.update(medical_dict_entry=777_777)
    assert await Enrolment.exists(id=sides["b"].admin_ids["enrolment"]) and await Question.exists(id=shared["question"])
    return World(t, province, cycle, sides["a"], sides["b"], shared)


async def grow(side: Side, cycle: Cycle) -> None:
    """More of the side's data: a physician enrolled, a finished exam with its result and proctor
    case, a deletion, a message to the hospital, a record request and a message on the phone."""
    from core.assessment import service as assessment_service
    from core.notify import service as notify_service
    from core.records import service as records_service

    m = side.marker
    doc = await factories.physician(side.hospital, name=f"{m}方新医师")
    await assessment_service.enrol(actor=side.principals["hosp"], cycle_id=cycle.id, physician_ids=[doc.id])
    await factories.proctor_case(side.hospital, cycle=cycle, assessment_org=side.assessor, name=f"{m}方新考生",
                                 score=40.0, risk=0.9)
    gone = await factories.physician(side.hospital, name=f"{m}方又删")
    await assessment_service.delete_physician(actor=side.principals["county"], physician_id=gone.id)
    await notify_service.notify(org_id=side.hospital.id, kind="test", title=f"{m}方新消息")
    pat = await factories.mp_patient_account(f"{m}方新患者")
    await factories.his_stays(side.hospital, pat.patient)
    check = await factories.identity_check(pat.actor, pat.patient)
    found = await records_service.check_records(actor=pat.actor, institution_id=side.hospital.id,
                                                patient_id=pat.patient.id)
    await records_service.submit(actor=pat.actor, institution_id=side.hospital.id, patient_id=pat.patient.id,
                                 identity_check_id=check.id, admission_ids=[found.admissions[0].id],
                                 purpose="medical_insurance", contents=["front_page"])
    await _support_ticket(side, pat)
    await _service_chat(side, pat)
