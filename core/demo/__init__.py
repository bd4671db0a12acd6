"""Demo data for `make run` and manual testing: every flow tryable at once, with stable passwords.

Why: a new engineer, a hospital's evaluator or a helper writing a console page
sees a populated system and logs in with the accounts printed at start-up:

- orgs.py: 湖北省 → cities → districts, institutions, assessment institutions, an
  industry organisation, an administrator of each kind;
- assessment.py: physicians whose ID numbers agree with them (people.py), the
  open 2026 cycle, filings at every step of the review;
- bank_data.py / bank.py: a question bank of every type for 内科, 外科, 儿科 and
  the cycle's blueprints;
- exams.py: exams taken and submitted, so statistics, item analysis, make-up and
  certificates agree; proctoring.py: three proctored exams whose photos the face
  engine judges (match, different person, no face);
- records.py: 上海市 → 静安区 (a tree of its own) with 18 record rooms and the demo HIS;
- personas.py: the H5 personas' accounts (core/demo_personas.py);
  requests.py: record-copy requests in every state;
- core/support/demo.py: 帮助与反馈 (desks of the district's hospitals, a customer-service
  account, help for doctors and patients, an answered ticket);
- doctors.py: the internet hospital's catalogue (departments, doctors with photos, prices and
  schedules at 武汉市第一医院 and 西陵区妇幼保健院, the informed consent, a doctor's login);
- consult.py: consultation orders in every state at 闸北中心医院, 武汉市第一医院 and 西陵区妇幼保健院
  (paid, answered, recorded, ended, rated, refunded; spread over the past days), with the
  workstation logins of their doctors.
- payments.py: refunds of the paid record-copy fee (one abnormal) and a week of reconciliations.
- rx.py: the 三大字典, the review rules, the pharmacist `pharmacist1` and the demo doctor's prescriptions
  (approved, rejected and appealed, waiting for review, a draft).
- visits.py: the 门诊就医助手 at every 静安区 institution (connections, 中医医院's own steps, the demo
  HIS's departments, doctors and two weeks of slots) and the personas' visits and appointments.

Each part is built through the services (the data is what the product makes)
and created once: every step checks its own marker, so a second run adds
nothing and a database seeded by an older loader gets the parts it lacks. A
seeded database answers in a few queries, so `make run` starts at once.
Refused in production: the demo passwords are public.
"""
from __future__ import annotations

import sys

from core.accounts.models import AdminAccount, MpAccount
from core.demo import catalog
from core.assessment.models import AssessmentApplication, BadRecord, Cycle, Enrolment, Physician
from core.consult.models import ConsultOrder
from core.doctors.models import Doctor
from core.errors import AppError
from core.exam.models import Blueprint, Question
from core.family.models import Patient
from core.faq.models import FaqEntry
from core.orgs.models import OrgNode
from core.payments.models import BillReport
from core.rx.models import Prescription
from core.settings import get_settings
from core.support.models import SupportDesk
from core.visits.models import HisConnection

DEMO_PASSWORD = "Huiyi@2026"


class DemoRefused(AppError):
    status, code, message = 409, "demo.refused_in_production", "生产环境不能加载演示数据（演示账号的密码是公开的）"


async def seed(*, physicians: int = 50, patients: int = 20) -> list[tuple[str, str, str]]:
    """Create whatever part of the demo is missing. Returns (username, password, what) for printing."""
    if get_settings().is_production:
        raise DemoRefused()
    if not await _complete():
        await _build(physicians=physicians, patients=patients)
    return accounts_listing()


async def _complete() -> bool:
    """Every part's marker is there (a handful of indexed reads, no loader imported)."""
    cycle = await Cycle.get_or_none(code=catalog.CYCLE_CODE)
    return (cycle is not None and cycle.status.value != "draft"
            and await OrgNode.filter(code=catalog.PROVINCE[1]).exists()
            and await OrgNode.filter(code=catalog.DISTRICT[1]).exists()
            and await Question.exists() and await Blueprint.filter(cycle_id=cycle.id).exists()
            and await Enrolment.filter(cycle_id=cycle.id).exists() and await MpAccount.exists()
            and await FaqEntry.exists() and await AssessmentApplication.exists() and await BadRecord.exists()
            and await SupportDesk.exists() and await Doctor.exists() and await ConsultOrder.exists()
            and await BillReport.exists() and await HisConnection.exists()
            and await Prescription.exists())


async def _build(*, physicians: int, patients: int) -> None:
    from core.demo import assessment, bank, exams, institutions, orgs, personas, proctoring, records, requests
    from core.faq import demo as faq_demo

    if not await OrgNode.filter(code=catalog.PROVINCE[1]).exists():
        _step("湖北省组织机构与管理员")
        await orgs.seed_orgs(DEMO_PASSWORD)
    if not await Physician.exists():
        _step("医师")
        await assessment.seed_physicians(count=physicians, password=DEMO_PASSWORD)
    if not await Patient.filter(account_id__isnull=True).exists():
        _step("静安区居民")
        await _anonymous_patients(patients)
    if not await OrgNode.filter(code=catalog.DISTRICT[1]).exists():
        _step("上海市静安区病案室与演示 HIS")
        await records.seed_records(password=DEMO_PASSWORD)
    if not await Question.exists():
        _step("题库")
        await bank.seed_bank()
    cycle = await Cycle.get_or_none(code=catalog.CYCLE_CODE)
    if cycle is None:
        if not await Cycle.filter(code=assessment.PAST_CODE).exists():  # only before 2026 opens: one open cycle
            _step("2025 年度考核（已结束）")
            await assessment.seed_past_cycle(await Physician.all().order_by("id"))
        _step("2026 年度考核周期")
        cycle = await assessment.seed_cycle()
    if not await Blueprint.filter(cycle_id=cycle.id).exists():
        await bank.seed_blueprints(cycle)
    if cycle.status.value == "draft":
        await assessment.open_cycle(cycle)
    if not await Enrolment.filter(cycle_id=cycle.id).exists():
        _step("填报与审核、测评（人脸核验与考中照片）、补考、证书")
        stages = await assessment.seed_filings(cycle, await Physician.all().order_by("id"))
        persona_ids = {(await Physician.get(id_number_bidx=_bidx(f.person.id_number))).id
                       for f in assessment.FIXED.values()}
        proctored = [r for r in stages.get("exam_pass", []) if r.physician_id not in persona_ids]
        proctored = proctored[:len(proctoring.CASES)]
        cases = await proctoring.seed_cases(proctored)
        stages["exam_pass"] = [r for r in stages.get("exam_pass", []) if r not in proctored]
        await exams.seed_exams(stages)
        await proctoring.seed_verdicts(cases)
        await institutions.seed_versions()
        await institutions.seed_recycle_bin()
    if not await MpAccount.exists():
        _step("H5 演示身份、家庭与病案复印申请")
        accounts = await personas.seed_personas(DEMO_PASSWORD)
        await requests.seed_requests(accounts)
        doctor = await Physician.get(mp_account_id=accounts["doctor"].id)
        await exams.seed_practice(doctor)
    if not await AssessmentApplication.exists():
        _step("考核机构申请与不良记录")
        await institutions.seed_applications()
    if not await BadRecord.exists():
        await institutions.seed_bad_records()
    if not await FaqEntry.exists():
        _step("常见问题")
        for code, physicians_, patients_ in ((catalog.PROVINCE[1], True, False), (catalog.ROOT[1], False, True)):
            await faq_demo.seed(org=await OrgNode.get(code=code), physician=physicians_, patient=patients_)
    if not await SupportDesk.exists():
        _step("帮助与反馈")
        from core.support import demo as support_demo

        await support_demo.seed(password=DEMO_PASSWORD)
    if not await Doctor.exists():
        from core.demo import doctors
        from core.demo_personas import persona

        _step("互联网医院：科室、医生、服务价格、排班与知情同意书")
        await doctors.seed_doctors(DEMO_PASSWORD)
        patient = await MpAccount.get(openid=persona("patient")["openid"])
        await doctors.seed_follows(personas.actor_of(patient))
    if not await ConsultOrder.exists():
        from core.demo import consult

        _step("互联网医院：问诊订单、支付、病历、评价与退款")
        await consult.seed_consultations(DEMO_PASSWORD)
    if not await BillReport.exists():
        from core.demo import payments
        from core.demo.orgs import admin

        _step("支付：退款与对账")
        await payments.seed_payments(await admin("jingan"))
    if not await HisConnection.exists():
        from core.demo import visits

        _step("门诊就医助手：机构接入、就诊环节、号源、就诊与预约")
        await visits.seed_visits()
    if not await Prescription.exists():
        from core.demo import rx as rx_demo

        _step("互联网医院：药品/诊断字典、审方规则、药师与处方（通过、申诉中、待审核、草稿）")
        await rx_demo.seed_prescriptions(DEMO_PASSWORD)
    from core.pharmacy.models import RxOrder

    # After the prescriptions (core/demo/rx.py): medicine orders of approved ones, in every state.
    if not await RxOrder.exists() and await Prescription.filter(state="approved", account_id__isnull=False).exists():
        from core.pharmacy import demo as pharmacy_demo

        _step("药品订单：支付、发药、取药码、物流轨迹")
        await pharmacy_demo.seed()


def _step(what: str) -> None:
    """The first seeding takes a while (the face engine looks at real photos): say what it does."""
    print(f"seed-demo: {what}…", file=sys.stderr, flush=True)


def _bidx(number: str) -> str:
    from core import crypto

    return crypto.blind_index(number, purpose="id_number")


async def _anonymous_patients(count: int) -> None:
    """Residents of 静安区 known to the hospitals (the demo HIS) but without an account: what a
    record room finds in its HIS."""
    import random

    from core.demo import people
    from core.family import patients as patients_service

    rng = random.Random(310106)
    for n in range(count):
        who = people.person(rng, "310106", n, born_from=1940, born_to=2005)
        await Patient.create(name=who.name, **patients_service.with_derived(
            {"id_number": who.id_number, "phone": who.phone}))


def accounts_listing() -> list[tuple[str, str, str]]:
    rows = [(username, DEMO_PASSWORD, label) for username, (_code, _roles, label) in catalog.ACCOUNTS.items()]
    rows += [(username, DEMO_PASSWORD, label) for username, label in catalog.RECORDS_ACCOUNTS]
    from core.support import demo as support_demo

    rows += [(username, DEMO_PASSWORD, label) for username, label in support_demo.ACCOUNTS]
    rows += [(catalog.DOCTOR_ACCOUNT[0], DEMO_PASSWORD, catalog.DOCTOR_ACCOUNT[1])]
    rows += [(username, DEMO_PASSWORD, label) for username, (_admin, _name, label) in
             catalog.CONSULT_DOCTOR_ACCOUNTS.items()]
    rows += [(catalog.PHARMACIST_ACCOUNT[0], DEMO_PASSWORD, catalog.PHARMACIST_ACCOUNT[1])]
    rows += [("（医师）", DEMO_PASSWORD, "医师在小程序或 H5 中用身份证号、姓名和此密码绑定；PC 端用身份证号和此密码登录")]
    return rows


def personas_listing() -> list[tuple[str, str, str]]:
    """(persona key, label, what to try) for printing."""
    from core.demo_personas import PERSONAS

    return [(p["key"], p["label"], p["description"]) for p in PERSONAS]


async def admin_count() -> int:
    return await AdminAccount.all().count()

