"""The demo data (core/demo/): what `make run` promises is there, made by the services, once.

One seeding per test run (the first seed runs the face engine on real photos and
takes a while), checked part by part, then seeded again: nothing is added.
"""
import datetime as dt
import random
from types import SimpleNamespace

import pytest
from tortoise.expressions import Subquery

from core import demo, idcard
from core.accounts.models import AdminAccount, MpAccount
from core.assessment import stats
from core.assessment.models import Certificate, Cycle, Enrolment, Physician
from core.audit.models import AuditLog
from core.cli import demo_listing
from core.demo import catalog
from core.demo.people import birth_of, gender_of
from core.demo_personas import PERSONAS, persona
from core.exam import service as exam_service
from core.exam.bank import QTYPES
from core.exam.models import Blueprint, ExamSession, Paper, Question
from core.family.models import Family, FamilyInvite, FamilyMember, Grant, Patient
from core.faq.models import FaqEntry
from core.notify.models import Message
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal
from core.proctoring.models import Capture, ProctorCase, VerificationAttempt
from core.records.models import RecordRequest, RecordRequestEvent, RecordRoom
from core.records.states import State
from tests import factories


async def _counts() -> dict[str, int]:
    models = (OrgNode, AdminAccount, Physician, Patient, Question, Blueprint, Cycle, Enrolment, Paper, ExamSession,
              Capture, Certificate, MpAccount, Family, Grant, RecordRequest, Message, AuditLog)
    return {m.__name__: await m.all().count() for m in models}


async def _mp(key: str) -> Principal:
    acct = await MpAccount.get(openid=persona(key)["openid"])
    return Principal(kind="mp", id=acct.id, name=f"mp:{acct.id}")


async def _support() -> None:
    """帮助与反馈: the district's hospitals open, the patient persona's ticket answered, help for both sides."""
    from core.support.models import SupportDesk, SupportTicket

    assert await SupportDesk.filter(enabled=True).count() == await RecordRoom.filter(enabled=True).count()
    ticket = await SupportTicket.get(account_id=(await _mp("patient")).id)
    assert ticket.state == "replied" and ticket.replies == 1
    assert await FaqEntry.filter(audience="doctor", published=True).exists()
    from core.support.models import ServiceChat

    assert await ServiceChat.filter(account_id=(await _mp("patient")).id, state="waiting").exists()


async def test_the_demo_holds_every_flow_and_seeds_once(client):
    listing = await demo.seed(physicians=30, patients=8)
    await _org_tree()
    await _physicians_agree_with_their_id_numbers()
    await _bank_blueprints_and_open_cycle()
    await _exams_statistics_and_item_analysis_agree()
    await _proctoring_outcomes()
    await _records_in_every_state()
    await _personas()
    await _console_pages_have_something()
    await _internet_hospital_catalogue(client)
    await _consultations(client)
    await _visits(client)
    await _prescriptions(client)
    # The printed accounts log in, and see their own tree.
    assert ("province", demo.DEMO_PASSWORD, catalog.ACCOUNTS["province"][2]) in listing
    usernames = {u for u, _p, _w in listing}
    assert {"province", "city1", "county1", "inst1", "assessor1", "proctor1", "industry1", "jingan", "records1",
            "records3", "kefu1"} <= usernames
    await _support()
    await factories.login(client, "jingan", demo.DEMO_PASSWORD)
    assert (await client.get("/api/admin/v1/physicians")).json()["total"] == 0  # the records branch has none
    await factories.login(client, "province", demo.DEMO_PASSWORD)
    # 30 drawn and the personas' 3, less the one an institution removed (in the recycle bin).
    assert (await client.get("/api/admin/v1/physicians?page_size=200")).json()["total"] == 30 + 3 - 1
    # Seeding again adds nothing and answers the same.
    before = await _counts()
    assert await demo.seed(physicians=30, patients=8) == listing
    assert await _counts() == before


async def _prescriptions(client) -> None:
    """The demo doctor's prescriptions in each state, signed and reviewed; the pharmacist's queue."""
    from core.rx.models import Prescription

    states = set(await Prescription.all().values_list("state", flat=True))
    assert {"approved", "appealed", "pending_review", "draft"} <= states
    assert not await Prescription.filter(state="approved", signature_id__isnull=True).exists()
    await factories.login(client, catalog.PHARMACIST_ACCOUNT[0], demo.DEMO_PASSWORD)
    queue = (await client.get("/api/admin/v1/rx/review-queue")).json()
    assert {r["state"] for r in queue["items"]} == {"pending_review", "appealed"}
    r = await client.get(f"/api/admin/v1/rx/prescriptions/{queue['items'][0]['id']}")
    assert r.status_code == 200 and r.json()["signature"]["valid"]


async def _org_tree() -> None:
    roots = await OrgNode.filter(parent_id__isnull=True)
    assert sorted(r.code for r in roots) == ["310000", "420000"]
    hubei = await OrgNode.get(code="420000")
    cities = await OrgNode.filter(parent_id=hubei.id, kind=OrgKind.CITY)
    assert sorted(c.code for c in cities) == ["420100", "420500"]
    for city in cities:
        counties = await OrgNode.filter(parent_id=city.id, kind=OrgKind.COUNTY)
        assert len(counties) == 2 and all(c.code.startswith(city.code[:4]) for c in counties)
        assert await OrgNode.filter(parent_id=city.id, kind=OrgKind.ASSESSMENT).count() == 1
    for inst in await OrgNode.filter(kind=OrgKind.MEDICAL, path__startswith=hubei.path):
        assert (await OrgNode.get(id=inst.parent_id)).kind == OrgKind.COUNTY
    assert await OrgNode.filter(kind=OrgKind.INDUSTRY, parent_id=hubei.id).count() == 1
    jingan = await OrgNode.get(code="310106")
    shanghai = await OrgNode.get(code="310000")
    assert jingan.path.startswith(shanghai.path) and not jingan.path.startswith(hubei.path)
    assert await RecordRoom.filter(institution__parent_id=jingan.id).count() == 18
    for username, (code, roles, _label) in catalog.ACCOUNTS.items():
        account = await AdminAccount.get(username=username).prefetch_related("org")
        assert account.org.code == code and account.roles == roles and not account.must_change_password


async def _physicians_agree_with_their_id_numbers() -> None:
    docs = await Physician.all().prefetch_related("institution")
    assert len(docs) == 30 + 3
    counties = {n.id: n.code for n in await OrgNode.filter(kind=OrgKind.COUNTY)}
    for doc in docs:
        assert idcard.problem(doc.id_number) is None, doc.id_number
        assert doc.id_number[:6] == counties[doc.institution.parent_id]
    for row in await Enrolment.filter(filing__isnull=False).prefetch_related("physician"):
        basic = row.filing.get("basic")
        if basic:
            assert basic["gender"] == gender_of(row.physician.id_number)
            assert basic["birth_date"] == birth_of(row.physician.id_number).isoformat()
    for p in await Patient.all():
        assert idcard.problem(p.id_number) is None
        assert (p.gender, p.birth_date) == (gender_of(p.id_number), birth_of(p.id_number))
    states = {e.state for e in await Enrolment.all()}
    assert {"draft", "submitted", "institution_approved", "institution_rejected", "approved",
            "assessment_rejected"} <= states
    for rejected in await Enrolment.filter(state__in=["institution_rejected", "assessment_rejected"]):
        assert rejected.last_reason
    # Candidates the institutions can still enrol.
    current = Enrolment.filter(cycle__code=catalog.CYCLE_CODE)
    assert await Physician.filter(deleted_at__isnull=True).exclude(
        id__in=Subquery(current.values("physician_id"))).count() >= 11


async def _bank_blueprints_and_open_cycle() -> None:
    cycle = await Cycle.get(code=catalog.CYCLE_CODE)
    assert cycle.status.value == "open"
    from core.assessment.service import settings_of

    settings = await settings_of(cycle)
    today = dt.date.today()
    assert dt.date.fromisoformat(settings["filing_starts"]) < today < dt.date.fromisoformat(settings["filing_ends"])
    for specialty in ("内科", "外科", "儿科"):
        held = set(await Question.filter(specialty=specialty).values_list("qtype", flat=True))
        assert held == set(QTYPES)
        bp = await Blueprint.get(cycle_id=cycle.id, specialty=specialty)
        items = await exam_service._draw(bp, random.Random(7))  # every rule can be drawn
        assert {i["qtype"] for i in items} == set(QTYPES)
        assert len(items) == sum(rule["count"] for rule in bp.rules)
    assert set(await Physician.all().values_list("specialty", flat=True)) <= {"内科", "外科", "儿科"}
    # Every approved physician without a paper yet can start the exam, through the service.
    persona_doc = await Physician.get(mp_account_id=(await _mp("doctor")).id)
    me = await _mp("doctor")
    papers = await exam_service.my_papers(actor=me)
    assert [p.kind for p in papers] == ["exam"] and papers[0].state == "ready"
    session = await exam_service.start(actor=me, paper_id=papers[0].paper_id, device_id="test-phone-0001")
    assert session.remaining_seconds > 0 and len(session.items) == 20 and not session.verified
    assert (await Enrolment.get(physician_id=persona_doc.id, cycle_id=cycle.id)).state == "approved"


async def _exams_statistics_and_item_analysis_agree() -> None:
    cycle = await Cycle.get(code=catalog.CYCLE_CODE)
    submitted = await ExamSession.filter(submitted_at__isnull=False, paper__kind__in=("exam", "makeup")) \
        .prefetch_related("paper")
    assert len(submitted) >= 8
    for s in submitted:
        row = await Enrolment.get(id=s.paper.enrolment_id)
        expected = row.makeup_score if s.paper.kind == "makeup" else row.exam_score
        assert expected == s.score  # the statistics read exactly what the exam scored
    assert await Enrolment.filter(result="pass", exam_score__gte=60).exists()
    assert await Enrolment.filter(makeup="listed").exists()  # awaiting the province's decision
    assert await Enrolment.filter(makeup="confirmed", makeup_score__isnull=True).exists()  # may take the make-up
    assert await Enrolment.filter(result="makeup_pass").exists()
    certifiable = await Enrolment.filter(result__in=["pass", "makeup_pass", "exempt"]).count()
    assert certifiable and await Certificate.all().count() == certifiable
    province = await _admin("province")
    analysis = await stats.exam_items(actor=province, cycle_id=cycle.id)
    counted = {s.specialty: s.sessions for s in analysis.blueprints}
    assert sum(counted.values()) == len(submitted)
    assert analysis.rows and all(0 <= r["facility"] <= 1 for r in analysis.rows)
    results = await stats.result_distribution(actor=province, cycle_id=cycle.id)
    assert results  # the statistics page has figures for the same cycle


async def _proctoring_outcomes() -> None:
    outcomes = {c.analysis: c for c in await Capture.all()}
    assert set(outcomes) == {"match", "mismatch", "no_face"}
    risk = {k: (await ProctorCase.get(session_id=c.session_id)).risk for k, c in outcomes.items()}
    assert risk["mismatch"] > risk["no_face"] > risk["match"]
    verified = await VerificationAttempt.filter(outcome="match").count()
    assert verified == 3 and await VerificationAttempt.filter(outcome="mismatch").count() == 1
    assert await VerificationAttempt.filter(outcome="released").exists()


async def _records_in_every_state() -> None:
    held = set(await RecordRequest.all().values_list("state", flat=True))
    assert held == {s.value for s in State}
    for req in await RecordRequest.all():
        assert await RecordRequestEvent.filter(request_id=req.id).exists()
    rejected = await RecordRequest.get(state="rejected")
    assert rejected.reason
    mother = await _mp("patient")
    assert await Message.filter(account_id=mother.id, kind="record_request.state").count() >= 10
    rooms = await OrgNode.filter(code__in=["JA31010609", "JA31010602"]).values_list("id", flat=True)
    assert await Message.filter(org_id__in=list(rooms), kind="record_request.new").exists()
    son = await _mp("relative")
    assert await RecordRequest.filter(requester_id=son.id, grant_id__isnull=False).exists()


async def _visits(client) -> None:
    """Every 静安区 institution onboarded, 中医医院 with its own steps, slots to book, the personas'
    visits in different steps and their appointments (one booked by the son under a grant)."""
    from core.his.models import HisBooking, HisSlot
    from core.visits.models import HisConnection, Visit, VisitStepConfig, VisitTodo

    jingan = await OrgNode.get(code=catalog.DISTRICT[1])
    conns = await HisConnection.filter(institution__parent_id=jingan.id)
    assert len(conns) == 18 and all(c.assistant_enabled and c.accompany_enabled and c.secret for c in conns)
    assert sorted({c.mode for c in conns}) == ["amqp", "poll", "webhook"]
    tcm = await OrgNode.get(code="JA31010606")
    names = await VisitStepConfig.filter(institution_id=tcm.id).order_by("position").values_list("code", "name")
    assert names[5] == ("exam", "检查检验") and names[6] == ("payment", "诊间结算")
    assert await HisSlot.filter(day__gte=dt.date.today()).count() > 500
    mother, son = await _mp("patient"), await _mp("relative")
    mine = await Visit.filter(patient__account_id=mother.id).order_by("id")
    assert {v.step for v in mine} >= {"payment", "followup", "appointment"}
    assert {v.state for v in mine} == {"open", "ended"}
    assert await VisitTodo.filter(patient__account_id=mother.id, kind="pending_payment", state="open").exists()
    assert await Visit.filter(patient__account_id=son.id, step="queue", state="open").exists()
    assert await Visit.filter(booked_by_id=son.id, patient__account_id=mother.id, step="appointment").exists()
    assert await HisBooking.filter(state="booked").count() == 2
    r = await client.get("/api/mp/v1/appointments", headers={"Authorization": "Bearer " + factories.mp_token(son)})
    assert r.status_code == 200  # his own visit (through 预约) and the one he booked for his mother
    assert sorted((a["mine"], a["booked_by_me"]) for a in r.json()["items"]) == [(False, True), (True, False)]
    # 闸北中心医院's HIS sent what could not be applied: in 隔离事件 with their reasons, for replay.
    from core.visits.models import VisitEvent

    zhabei = await OrgNode.get(code="JA31010601")
    reasons = await VisitEvent.filter(institution_id=zhabei.id, status="quarantined").values_list("reason", flat=True)
    assert "malformed" in reasons and reasons.count("unknown_patient") >= 3, reasons
    # 线上陪诊: the son accompanies his mother's visit of this morning (accepted), and sees its steps.
    r = await client.get("/api/mp/v1/accompany/tasks?role=companion",
                         headers={"Authorization": "Bearer " + factories.mp_token(son)})
    assert r.status_code == 200, r.text
    tasks = r.json()["items"]
    assert len(tasks) == 1 and tasks[0]["state"] == "active", tasks
    r = await client.get(f"/api/mp/v1/accompany/tasks/{tasks[0]['id']}",
                         headers={"Authorization": "Bearer " + factories.mp_token(son)})
    assert r.status_code == 200 and r.json()["role"] == "companion", r.text
    assert any(s["code"] == "payment" and s["state"] == "waiting" for s in r.json()["steps"]), r.json()["steps"]


async def _personas() -> None:
    for p in PERSONAS:
        acct = await MpAccount.get(openid=p["openid"])
        assert acct.unionid == p["unionid"] and not acct.disabled
    assert {p["kind"] for p in PERSONAS} == {"physician_unbound", "physician", "patient", "relative"}
    unbound = await Physician.get(name="周建华")
    assert unbound.mp_account_id is None and not await Enrolment.filter(physician_id=unbound.id).exists()
    from core.assessment import service as assessment_service

    newcomer = await _mp("doctor_new")
    doc = await assessment_service.bind_physician(actor=newcomer, id_number="420102198507150036", name="周建华",
                                                  password=demo.DEMO_PASSWORD)
    assert doc.id == unbound.id  # the persona's description tells exactly how to bind
    passed = await Physician.get(mp_account_id=(await _mp("doctor_passed")).id)
    cycle = await Cycle.get(code=catalog.CYCLE_CODE)
    assert (await Enrolment.get(physician_id=passed.id, cycle_id=cycle.id)).result == "pass"
    assert await Enrolment.filter(physician_id=passed.id, cycle__code="2025", result="pass").exists()
    assert await Certificate.filter(enrolment__physician_id=passed.id).exists()
    mother, son = await _mp("patient"), await _mp("relative")
    assert await Patient.filter(account_id=mother.id, is_self=True, verified_at__isnull=False).exists()
    assert await Patient.filter(account_id=mother.id, is_self=False, deleted_at__isnull=True).count() == 1  # 就诊人
    family = await Family.get(owner_id=mother.id)
    assert await FamilyMember.filter(family_id=family.id, account_id=son.id, state="active").exists()
    assert await FamilyInvite.filter(family_id=family.id, used_at__isnull=True).exists()
    grant = await Grant.get(grantor_id=mother.id, grantee_id=son.id, scope="record_requests")
    assert grant.can_act and grant.expires_at is not None and grant.revoked_at is None
    # 家庭健康档案: her son reads her home measurements under her 体征数据 grant.
    from core.family import archive
    from core.principal import Principal

    me = await Patient.get(account_id=mother.id, is_self=True)
    seen = await archive.vital_signs(actor=Principal(kind="mp", id=son.id, name=f"mp:{son.id}"), patient_id=me.id)
    assert {v.kind for v in seen.latest} == {"blood_pressure", "glucose", "weight"} and len(seen.series[0].points) >= 8


async def _internet_hospital_catalogue(client) -> None:
    """Departments and doctors online with prices, photos and this month's schedule; a doctor
    practising at two hospitals; the consent published; the patient persona follows two doctors;
    the doctor's workstation login works with the demo password."""
    from core.doctors import catalogue, consent, schedules
    from core.doctors.models import Doctor, DoctorSchedule, DoctorSite
    from core.doctors.schemas import DoctorSearch

    me = await _mp("patient")
    found = await catalogue.search(actor=me, filters=DoctorSearch(page_size=50))
    assert found.total >= 8 and all(d.services for d in found.items)
    assert sum(1 for d in found.items if d.photo_url) >= 6
    multi = await Doctor.get(name="黄振华")
    assert len({s.institution_id for s in await DoctorSite.filter(doctor_id=multi.id)}) == 2
    assert await Doctor.filter(enabled=False).exists()
    assert await DoctorSchedule.filter(day__gte=schedules.month_bounds(schedules.current_month())[0]).count() > 100
    assert [d.name for d in await catalogue.followed(actor=me)] == ["张丽", "李华"]
    assert (await consent.for_patient(actor=me)).version == 1
    await factories.login(client, catalog.DOCTOR_ACCOUNT[0], demo.DEMO_PASSWORD)
    account = await AdminAccount.get(username=catalog.DOCTOR_ACCOUNT[0])
    assert (await Doctor.get(account_id=account.id)).name == "李华"
    from core.doctors.models import DoctorTemplate

    kinds = await DoctorTemplate.filter(doctor__account_id=account.id).values_list("kind", flat=True)
    assert {k.value for k in kinds} == {"reply", "record", "diagnosis"} and len(kinds) >= 8
    r = await client.get("/admin/workstation")
    assert r.status_code == 200 and "李华" in r.text and "data-module-slot" in r.text
    client.cookies.clear()


async def _consultations(client) -> None:
    """Orders in every state at 闸北中心医院 and in Hubei, spread over the past days, answered, rated,
    refunded (one partly by the back office); the statistics and the doctors' tallies agree."""
    from core.consult import admin as consult_admin
    from core.consult.models import ConsultOrder
    from core.consult.schemas import StatsFilter
    from core.doctors.models import Doctor
    from core.payments.models import PaymentOrder

    states = set(await ConsultOrder.all().values_list("state", flat=True))
    assert states == {"created", "waiting", "in_progress", "ended", "closed", "cancelled", "rejected", "expired",
                      "queued"}
    # 张丽's video waiting room: two checked in, one booked; calls held on earlier days by 张丽 (3),
    # 李华 (2) and 吴佳怡 (1), their rooms ended with both sides' joins, the back office's 视频问诊.
    assert sorted(await ConsultOrder.filter(kind="video").values_list("state", flat=True)) == [
        *["ended"] * 6, "queued", "queued", "waiting"]
    from core.rooms.models import RoomParticipant, VideoRoom
    held = await ConsultOrder.filter(kind="video", state="ended").values_list("room_id", "calls", "score")
    assert all(room_id and calls == 1 for room_id, calls, _ in held)
    assert await VideoRoom.filter(id__in=[r for r, _, _ in held], state="ended", started_at__isnull=False).count() == 6
    assert await RoomParticipant.filter(room_id__in=[r for r, _, _ in held]).count() == 12
    assert await ConsultOrder.filter(refund_state="refunded").count() == 5
    assert await PaymentOrder.filter(reference__startswith="consult.order:", state="partially_refunded").count() == 1
    jingan = await consult_admin.stats(actor=await _admin("jingan"), filters=StatsFilter())
    figures = jingan.summary
    assert (figures.orders, figures.completed, figures.rated) == (13, 6, 6)  # with 吴佳怡's video call
    assert figures.replied >= 6 and figures.avg_response_minutes and figures.acceptance_rate
    assert sum(1 for d in jingan.by_day if d.orders) >= 6 and figures.refunded_fen == 4000 + 5000 + 4000 + 1000
    assert {r.name for r in jingan.doctors} == {"吴佳怡", "沈国平"}
    inst1 = await consult_admin.stats(actor=await _admin("inst1"), filters=StatsFilter())
    assert inst1.summary.orders == 5 and inst1.summary.rated == 3 and inst1.summary.refunded_fen == 5000  # 2 video calls
    wu = await Doctor.get(name="吴佳怡")
    assert (wu.rating_count, wu.rating_sum, wu.text_done) == (3, 14, 2)  # her video call rated 5
    await factories.login(client, "doctor_wu", demo.DEMO_PASSWORD)
    client.cookies.clear()


async def _console_pages_have_something() -> None:
    from core.assessment.models import AssessmentApplication, BadRecord, CycleSettings
    from core.exam.models import Favourite, PracticeAnswer, WrongNote
    from core.faq.models import FaqEntry

    past = await Cycle.get(code="2025")
    assert past.status.value == "closed"
    assert await Enrolment.filter(cycle_id=past.id, result="pass").exists()
    assert await Enrolment.filter(cycle_id=past.id, result="fail", makeup="refused").exists()
    current = await Cycle.get(code=catalog.CYCLE_CODE)
    assert await CycleSettings.filter(cycle_id=current.id).count() == 2 and current.settings_version == 2
    assert sorted(await AssessmentApplication.all().values_list("status", flat=True)) == [
        "approved", "rejected", "submitted", "submitted", "submitted"]
    # one bad record in every hospital, so each district's and hospital's list shows one
    recorded = await BadRecord.all().values_list("physician__institution__code", flat=True)
    assert sorted(recorded) == sorted(code for _county, _name, code in catalog.INSTITUTIONS)
    assert await FaqEntry.filter(published=True, org__code="420000").exists()
    assert await FaqEntry.filter(published=True, org__code="310000").exists()
    edited = await Question.filter(version=2).first()
    assert edited is not None and await Question.filter(id=edited.origin_id, retired=True, used=True).exists()
    assert await Physician.filter(deleted_at__isnull=False).count() == 1
    assert await Patient.filter(deleted_at__isnull=False, account_id=(await _mp("patient")).id).count() == 1
    doctor = await Physician.get(mp_account_id=(await _mp("doctor")).id)
    assert await PracticeAnswer.filter(physician_id=doctor.id, mode="practice").count() >= 10
    assert await WrongNote.filter(physician_id=doctor.id).exists() and await Favourite.filter(
        physician_id=doctor.id).count() == 2
    assert await Paper.filter(physician_id=doctor.id, kind="mock", state="submitted").exists()
    states = set(await ProctorCase.all().values_list("state", flat=True))
    assert states == {"open", "clear", "suspected"}
    mismatch = await Capture.get(analysis="mismatch")
    assert (await ProctorCase.get(session_id=mismatch.session_id)).state == "open"  # left for a proctor to judge


async def _admin(username: str) -> Principal:
    from core.demo.orgs import admin

    return await admin(username)


async def test_the_demo_is_refused_in_production(monkeypatch):
    monkeypatch.setattr(demo, "get_settings", lambda: SimpleNamespace(is_production=True))
    with pytest.raises(demo.DemoRefused):
        await demo.seed()
    assert not await OrgNode.exists() and not await AdminAccount.exists()


def test_the_listing_names_every_account_and_persona():
    text = demo_listing(demo.accounts_listing(), demo.personas_listing(), base="http://127.0.0.1:8000")
    assert "http://127.0.0.1:8000/admin/" in text and "http://127.0.0.1:8000/h5/" in text
    for username in list(catalog.ACCOUNTS) + [u for u, _l in catalog.RECORDS_ACCOUNTS]:
        assert f"  {username} " in text
    for p in PERSONAS:
        assert p["key"] in text and p["label"] in text
