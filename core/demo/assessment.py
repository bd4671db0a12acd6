"""Demo physicians, the open 2026 cycle, and filings at every step of the two-level review.

Why through the services: physicians are created by their institution
(assessment_service.create_physician), enrolled by it, file and submit as
themselves, and are reviewed by their institution and their assessment
institution, with reasons on rejections. What the console and the phone show
is what the product made.

The cycle's dates follow the day of seeding (filing from 60 days before to 120
days after, make-up in the last 30 days of that), so the exam window is open
whenever the demo is fresh; the cycle is open, which is what lets approved
physicians start their exam (core/exam/service.py my_papers).
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from core.accounts.passwords import hash_password
from core.assessment import service as assessment_service
from core.assessment.models import Cycle, Enrolment, Physician
from core.demo import people
from core.demo.bank_data import SPECIALTIES
from core.demo.catalog import ACCOUNTS, CYCLE_CODE, INSTITUTIONS
from core.demo.orgs import admin
from core.localtime import LOCAL
from core.orgs.models import OrgNode
from core.principal import Principal

TITLES = ["住院医师", "主治医师", "副主任医师", "主任医师"]
SCHOOLS = ["华中科技大学同济医学院", "武汉大学医学部", "湖北医药学院", "三峡大学医学院", "长江大学医学部"]
DEGREES = ["本科", "硕士", "博士"]

# What happens to each enrolled physician, in turn (the first ones of each institution stay unenrolled:
# candidates the institution can still enrol in the console).
STAGES = ["exam_pass", "exam_fail", "approved", "submitted", "institution_rejected", "exam_pass",
          "assessment_rejected", "exam_fail", "institution_approved", "exam_pass", "draft", "exam_fail", "simple",
          "exempt", "exam_pass", "partial", "exam_pass", "approved", "exam_pass"]
INSTITUTION_REASONS = ["工作经历与人事档案记载不一致，请核对起止时间后重新提交", "执业地点填写有误，请按执业证书填写"]
ASSESSMENT_REASONS = ["工作成绩缺少年度门诊量和手术量的说明，请补充后重新提交",
                      "职业道德评定缺少所在科室意见，请补充后重新提交"]


@dataclass(frozen=True)
class Fixed:
    """A physician the H5 personas use (core/demo_personas.py), with their stage."""
    person: people.Person
    institution_code: str
    specialty: str
    stage: str


FIXED = {
    "doctor_new": Fixed(people.known("周建华", "420102198507150036", "13871000001"), INSTITUTIONS[0][2], "内科",
                        "unbound"),
    "doctor": Fixed(people.known("陈静", "420102198803220043", "13871000002"), INSTITUTIONS[0][2], "内科",
                    "approved"),
    "doctor_passed": Fixed(people.known("刘强", "420102197909180014", "13871000003"), INSTITUTIONS[1][2], "外科",
                           "exam_pass"),
}


def physician_actor(doc: Physician) -> Principal:
    """The physician as on the PC (ID number + password login): what the filing screens act as."""
    return Principal(kind="physician", id=doc.id, name=f"physician:{doc.id}")


async def seed_physicians(*, count: int, password: str) -> list[Physician]:
    """Physicians of the six institutions, created by each institution's administrator, with the
    region of their institution's district in their ID numbers."""
    rng = random.Random(2026)
    password_hash = hash_password(password)  # one hash for all: argon2 per physician would take seconds
    institutions = {code: await OrgNode.get(code=code).prefetch_related("parent") for _c, _n, code in INSTITUTIONS}
    admins = {code: await admin(username) for username, (code, roles, _l) in ACCOUNTS.items()
              if roles == ["institution_admin"]}
    docs = []
    plan = [(f.person, f.institution_code, f.specialty) for f in FIXED.values()]
    for n in range(count):
        code = INSTITUTIONS[n % len(INSTITUTIONS)][2]
        region = institutions[code].parent.code
        plan.append((people.person(rng, region, n), code, SPECIALTIES[n % len(SPECIALTIES)]))
    for n, (who, code, specialty) in enumerate(plan):
        docs.append(await assessment_service.create_physician(
            actor=admins[code], name=who.name, id_number=who.id_number, institution_id=institutions[code].id,
            phone=who.phone, specialty=specialty, practice_category="临床", license_no=f"1104201{n + 1:08d}",
            password_hash=password_hash, must_change_password=False))
    return docs


def settings_for(day: dt.date) -> dict:
    return {
        "filing_starts": (day - dt.timedelta(days=60)).isoformat(),
        "filing_ends": (day + dt.timedelta(days=120)).isoformat(),
        "procedures_allowed": ["general", "simple", "exempt"], "pass_mark": 60, "exam_blueprint_ref": "BP-2026-临床",
        "simple_requires_exam": False,
        "makeup_starts": (day + dt.timedelta(days=90)).isoformat(),
        "makeup_ends": (day + dt.timedelta(days=120)).isoformat(),
        "content": "考核内容包括业务水平测评、工作成绩和职业道德评定。业务水平测评在手机上进行，"
                   "考前须同意人脸采集协议并完成人脸核验，考中随机拍照。",
    }


async def seed_cycle() -> Cycle:
    """The cycle as the province set it up: a first version of the settings, then a second one
    (the console lists both) before it opened."""
    chief = await admin("province")
    settings = settings_for(dt.datetime.now(LOCAL).date())
    cycle = await assessment_service.create_cycle(actor=chief, code=CYCLE_CODE, name="2026年度医师定期考核",
                                                  settings={**settings, "content": "考核内容包括业务水平测评、工作成绩和职业道德评定。"})
    return await assessment_service.update_cycle_settings(actor=chief, cycle_id=cycle.id, settings=settings)


PAST_CODE = "2025"
PAST_SETTINGS = {
    "filing_starts": "2025-03-01", "filing_ends": "2025-08-31", "procedures_allowed": ["general", "simple", "exempt"],
    "pass_mark": 60, "exam_blueprint_ref": "", "simple_requires_exam": False,
    "makeup_starts": "2025-10-08", "makeup_ends": "2025-10-31",
    "content": "2025年度考核：业务水平测评由考核机构组织线下笔试，成绩由考核机构录入。",
}


async def seed_past_cycle(docs: list[Physician]) -> Cycle:
    """The closed 2025 cycle of the Wuhan institutions' physicians: filed, reviewed, scored by the
    assessment institution (its test was on paper), certified; one failed and was refused a make-up.
    So physicians see the results of every cycle, and statistics have a year to compare."""
    rng = random.Random(2025)
    chief = await admin("province")
    cycle = await assessment_service.create_cycle(actor=chief, code=PAST_CODE, name="2025年度医师定期考核",
                                                  settings=PAST_SETTINGS)
    await assessment_service.open_cycle(actor=chief, cycle_id=cycle.id)
    wuhan = [code for _county, _name, code in INSTITUTIONS[:2]]
    institutions = {n.id: n for n in await OrgNode.filter(code__in=wuhan)}
    unbound = FIXED["doctor_new"].person.id_number
    mine = [d for d in docs if d.institution_id in institutions and d.id_number != unbound]
    accounts = {code: u for u, (code, roles, _l) in ACCOUNTS.items() if roles == ["institution_admin"]}
    assessor = await admin("assessor1")
    for inst_id, inst in institutions.items():
        await assessment_service.enrol(actor=await admin(accounts[inst.code]), cycle_id=cycle.id,
                                       physician_ids=[d.id for d in mine if d.institution_id == inst_id])
    failed = []
    for n, doc in enumerate(mine):
        me = physician_actor(doc)
        for section, data in filing(doc, institutions[doc.institution_id].name, "general", rng).items():
            await assessment_service.save_section(actor=me, section=section, data=data)
        row = await assessment_service.submit_filing(actor=me)
        await _review(await admin(accounts[institutions[doc.institution_id].code]), row, "approve")
        await _review(assessor, row, "approve")
        score = rng.choice((52.0, 58.0)) if n == 4 else float(rng.randint(66, 95))
        await assessment_service.record_score(actor=assessor, enrolment_id=row.id, score=score)
        if score < 60:
            failed.append(row.id)
    if failed:
        await assessment_service.decide_makeup(actor=chief, enrolment_ids=failed, confirm=False)
    from core.demo.exams import issue_certificates

    await issue_certificates()
    await assessment_service.close_cycle(actor=chief, cycle_id=cycle.id)
    return cycle


async def open_cycle(cycle: Cycle) -> None:
    await assessment_service.open_cycle(actor=await admin("province"), cycle_id=cycle.id)


def filing(doc: Physician, institution: str, procedure: str, rng: random.Random) -> dict[str, dict]:
    """Every section a physician fills in, agreeing with their ID number and record."""
    born = people.birth_of(doc.id_number)
    graduated = born.year + rng.choice((23, 24, 25, 26))
    degree = rng.choice(DEGREES)
    return {
        "basic": {"gender": people.gender_of(doc.id_number), "birth_date": born.isoformat(), "education": degree,
                  "title": TITLES[min(3, max(0, (2026 - graduated) // 7))], "department": doc.specialty},
        "practice": {"license_no": doc.license_no, "practice_category": "临床", "practice_scope": f"{doc.specialty}专业",
                     "practice_place": institution, "first_registered_on": f"{graduated + 1}-07-01"},
        "education": {"items": [{"school": rng.choice(SCHOOLS), "major": "临床医学", "degree": degree,
                                 "end": f"{graduated}-06-30"}]},
        "work_history": {"items": [{"employer": institution, "position": f"{doc.specialty}医师",
                                    "start": f"{graduated + 1}-08-01"}]},
        "performance": {"summary": f"本考核周期内在{doc.specialty}从事临床工作，年均门诊量约{rng.randint(30, 90) * 100}人次，"
                                   f"参与科室医疗质量控制和住院医师带教。",
                        "workload": f"年均管理住院患者约{rng.randint(20, 60) * 10}人次。"},
        "ethics": {"statement": "遵守医师职业道德规范，尊重患者，廉洁行医，考核周期内无投诉和不良记录。"},
        "procedure": {"procedure": procedure},
        **({"exemption": {"reason": "本人为省级临床重点专科学科带头人，考核周期内获省科技进步奖，申请免予业务水平测评。"}}
           if procedure == "exempt" else {}),
    }


async def seed_filings(cycle: Cycle, docs: list[Physician]) -> dict[str, list[Enrolment]]:
    """Enrol, file, submit and review; returns the enrolments by the stage they were taken to
    (the exam stages stop at 'approved': core/demo/exams.py takes the exams)."""
    rng = random.Random(4201)
    fixed_ids = {FIXED[k].person.id_number: FIXED[k].stage for k in FIXED}
    by_inst: dict[int, list[Physician]] = {}
    for d in docs:
        by_inst.setdefault(d.institution_id, []).append(d)
    names = dict(await OrgNode.filter(id__in=list(by_inst)).values_list("id", "name"))
    codes = dict(await OrgNode.filter(id__in=list(by_inst)).values_list("id", "code"))
    accounts = {code: username for username, (code, roles, _l) in ACCOUNTS.items() if roles == ["institution_admin"]}
    plan: list[tuple[Physician, str]] = []
    turn = 0
    for inst_id, group in sorted(by_inst.items()):
        drawn = [d for d in group if d.id_number not in fixed_ids]
        for d in group:
            if d.id_number in fixed_ids:
                plan.append((d, fixed_ids[d.id_number]))
        for d in drawn[2:]:  # the first two of each institution stay candidates
            plan.append((d, STAGES[turn % len(STAGES)]))
            turn += 1
    out: dict[str, list[Enrolment]] = {}
    for inst_id in sorted(by_inst):
        mine = [d for d, stage in plan if d.institution_id == inst_id and stage != "unbound"]
        if mine:
            await assessment_service.enrol(actor=await admin(accounts[codes[inst_id]]), cycle_id=cycle.id,
                                           physician_ids=[d.id for d in mine])
    reviewers: dict[str, Principal] = {}
    for doc, stage in plan:
        if stage == "unbound":
            continue
        me = physician_actor(doc)
        row = await Enrolment.get(cycle_id=cycle.id, physician_id=doc.id)
        out.setdefault(stage, []).append(row)
        if stage == "draft":
            continue
        procedure = {"simple": "simple", "exempt": "exempt"}.get(stage, "general")
        sections = filing(doc, names[doc.institution_id], procedure, rng)
        if stage == "partial":
            sections = {k: sections[k] for k in ("basic", "practice", "education")}
        for section, data in sections.items():
            await assessment_service.save_section(actor=me, section=section, data=data)
        if stage == "partial":
            continue
        await assessment_service.submit_filing(actor=me)
        inst = reviewers.get(codes[doc.institution_id]) or await admin(accounts[codes[doc.institution_id]])
        reviewers[codes[doc.institution_id]] = inst
        if stage == "submitted":
            continue
        if stage == "institution_rejected":
            await _review(inst, row, "reject", rng.choice(INSTITUTION_REASONS))
            continue
        await _review(inst, row, "approve")
        if stage == "institution_approved":
            continue
        assessor = await admin("assessor1" if (await Enrolment.get(id=row.id)).assessment_org_id == (
            await OrgNode.get(code="KH420100")).id else "assessor2")
        if stage == "assessment_rejected":
            await _review(assessor, row, "reject", rng.choice(ASSESSMENT_REASONS))
            continue
        await _review(assessor, row, "approve")
    return out


async def _review(actor: Principal, row: Enrolment, decision: str, reason: str = "") -> None:
    results = await assessment_service.review(actor=actor, enrolment_ids=[row.id], decision=decision, reason=reason)
    failed = [r for r in results if not r.ok]
    if failed:
        raise RuntimeError(f"demo review of enrolment {row.id} failed: {failed}")
