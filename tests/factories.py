"""Builders of test data. Tests create what they need through these, nothing else."""
from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from core import crypto, idcard
from core.accounts import passwords
from core.accounts.models import AdminAccount
from core.accounts.permissions import permissions_for
from core.assessment.models import Physician
from core.family.schemas import PatientOut
from core.orgs import service as orgs_service
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal

PASSWORD = "Test@Passw0rd"
_seq = itertools.count(1)
# ID numbers count on their own: on the shared counter a big scenario (the cross-tenant world) used a
# thousand values between two numbers and made the same number twice (equal region and birth date).
_id_seq = itertools.count(1)
_rng = random.Random(7)


def id_number(region: str = "420102", born: str = "19800101") -> str:
    """A valid number never given before in the session: past 1,000 the county digits move on (a
    sweep that creates physicians by the hundred made one twice)."""
    n = next(_id_seq)
    county = f"{(int(region[4:]) + n // 1000) % 100:02d}"
    return idcard.with_check_digit(f"{region[:4]}{county}{born}{n % 1000:03d}")


def phone() -> str:
    return f"139{_rng.randint(10000000, 99999999)}"


SYSTEM_ROOT = None


def principal_for(account: AdminAccount, org: OrgNode) -> Principal:
    return Principal(kind="admin", id=account.id, name=account.username, org_id=org.id, org_path=org.path,
                     org_kind=org.kind.value, roles=tuple(account.roles), permissions=permissions_for(account.roles))


async def org(parent: OrgNode | None, kind: OrgKind, name: str | None = None) -> OrgNode:
    n = next(_seq)
    if parent is None:
        return await orgs_service.create_root(name=name or f"省{n}", code=f"P{n}")
    node = await OrgNode.create(name=name or f"{kind.value}-{n}", kind=kind, code=f"C{n}",
                                parent_id=parent.id, level=parent.level + 1)
    node.path = f"{parent.path}{node.id}/"
    await node.save(update_fields=["path"])
    return node


@dataclass
class Tree:
    province: OrgNode
    city_a: OrgNode
    city_b: OrgNode
    county_a1: OrgNode
    county_a2: OrgNode
    county_b1: OrgNode
    hospital_a1: OrgNode
    hospital_a2: OrgNode
    hospital_b1: OrgNode


async def tree() -> Tree:
    p = await org(None, OrgKind.PROVINCE, "湖北省卫健委")
    ca = await org(p, OrgKind.CITY, "武汉市卫健委")
    cb = await org(p, OrgKind.CITY, "宜昌市卫健委")
    a1 = await org(ca, OrgKind.COUNTY, "江岸区卫健局")
    a2 = await org(ca, OrgKind.COUNTY, "武昌区卫健局")
    b1 = await org(cb, OrgKind.COUNTY, "西陵区卫健局")
    return Tree(p, ca, cb, a1, a2, b1, await org(a1, OrgKind.MEDICAL, "江岸医院"),
                await org(a2, OrgKind.MEDICAL, "武昌医院"), await org(b1, OrgKind.MEDICAL, "西陵医院"))


async def admin(org_node: OrgNode, *, roles=("commission_admin",), username: str | None = None,
                password: str = PASSWORD, must_change: bool = False, disabled: bool = False) -> AdminAccount:
    from core.db import utcnow

    return await AdminAccount.create(
        username=username or f"admin{next(_seq)}", org_id=org_node.id, roles=list(roles),
        password_hash=passwords.hash_password(password), must_change_password=must_change,
        password_changed_at=utcnow(), disabled=disabled, display_name="测试管理员")


async def actor(org_node: OrgNode, *, roles=("commission_admin",)) -> Principal:
    a = await admin(org_node, roles=roles)
    return principal_for(a, org_node)


async def physician(institution: OrgNode, *, name: str = "张三丰", number: str | None = None,
                    phone_no: str | None = None, specialty: str = "内科") -> Physician:
    number = number or id_number()
    phone_no = phone_no or phone()
    return await Physician.create(name=name, id_number=number, phone=phone_no, institution_id=institution.id,
                                  specialty=specialty,
                                  id_number_bidx=crypto.blind_index(number, purpose="id_number"),
                                  phone_bidx=crypto.blind_index(phone_no, purpose="phone"))


async def login(client, username: str, password: str = PASSWORD, ip: str = "10.9.9.9") -> dict:
    """Log in through the API; the client keeps the cookie. Returns the answer with csrf_token."""
    r = await client.post("/api/admin/v1/auth/login", json={"username": username, "password": password},
                          headers={"X-Forwarded-For": ip})
    assert r.status_code == 200, r.text
    return r.json()


CYCLE_SETTINGS = {
    "filing_starts": "2026-01-01", "filing_ends": "2026-12-31", "procedures_allowed": ["general", "simple", "exempt"],
    "pass_mark": 60, "exam_blueprint_ref": "BP-2026", "simple_requires_exam": False,
    "makeup_starts": "2026-11-01", "makeup_ends": "2026-12-31", "content": "业务水平测评、工作成绩、职业道德",
}

FILING = {
    "basic": {"gender": "男", "birth_date": "1980-01-01", "education": "本科", "title": "主治医师", "department": "内科"},
    "practice": {"license_no": "110420100000001", "practice_category": "临床", "practice_scope": "内科专业",
                 "practice_place": "武汉市第一医院"},
    "education": {"items": [{"school": "武汉大学医学院", "major": "临床医学", "degree": "学士"}]},
    "work_history": {"items": [{"employer": "武汉市第一医院", "position": "住院医师"}]},
    "performance": {"summary": "年门诊量8000人次，无医疗事故。"},
    "ethics": {"statement": "遵守医德规范。"},
}


async def open_cycle(province_actor, code: str = "2026", **overrides):
    from core.assessment import service as assessment_service

    cycle = await assessment_service.create_cycle(actor=province_actor, code=code, name=f"{code}年度周期",
                                                  settings={**CYCLE_SETTINGS, **overrides})
    return await assessment_service.open_cycle(actor=province_actor, cycle_id=cycle.id)


async def mp_physician(doc):
    """A physician bound to a mini-program account; returns the mp principal."""
    from core.accounts.models import MpAccount

    acct = await MpAccount.create(openid=f"o-{doc.id}-{next(_seq)}")
    doc.mp_account_id = acct.id
    await doc.save(update_fields=["mp_account_id"])
    return Principal(kind="mp", id=acct.id, name=f"mp:{acct.id}")


def mp_token(principal) -> str:
    """A real access token for a mini-program principal (as wx-login would issue)."""
    from core.accounts import tokens

    token, _, _ = tokens.encode(sub=principal.id, typ="access", seconds=900)
    return token


class AdminSession:
    """Logs an administrator in through the API and sends the CSRF header on writes."""

    def __init__(self, client, username: str, password: str = PASSWORD):
        self.client, self.username, self.password, self.csrf = client, username, password, None

    async def __aenter__(self):
        self.csrf = (await login(self.client, self.username, self.password))["csrf_token"]
        return self

    async def __aexit__(self, *exc):
        return False

    async def get(self, url, **kw):
        return await self.client.get(url, **kw)

    async def post(self, url, json=None, **kw):
        return await self.client.post(url, json=json, headers={"X-CSRF-Token": self.csrf}, **kw)

    async def put(self, url, json=None, **kw):
        return await self.client.put(url, json=json, headers={"X-CSRF-Token": self.csrf}, **kw)


def imports_xlsx(headers, rows) -> bytes:
    """An xlsx upload: a header row and data rows (cells as given: str, int, date...)."""
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


async def admin_web_submitted(hospital_actor, cycle, doc, procedure: str = "general"):
    """A physician the institution enrolled, who then filed and submitted (state "submitted")."""
    from core.assessment import service as assessment_service

    await assessment_service.enrol(actor=hospital_actor, cycle_id=cycle.id, physician_ids=[doc.id])
    me = await mp_physician(doc)
    for key, data in FILING.items():
        await assessment_service.save_section(actor=me, section=key, data=data)
    await assessment_service.save_section(actor=me, section="procedure", data={"procedure": procedure})
    if procedure == "exempt":
        await assessment_service.save_section(actor=me, section="exemption", data={"reason": "援外医疗"})
    return await assessment_service.submit_filing(actor=me)


async def exam_bank(specialty: str = "内科", category: str = "基础", singles: int = 6, multis: int = 3) -> list:
    """A small question bank: single-choice (A1) and multiple-choice (X) questions."""
    from core.exam.models import Question

    opts = [{"key": k, "text": f"选项{k}"} for k in "ABCDE"]
    out = []
    for i in range(singles):
        out.append(await Question.create(qtype="A1", stem=f"单选题{i}", options=opts, answer=["B"],
                                         specialty=specialty, category=category, difficulty=3))
    for i in range(multis):
        out.append(await Question.create(qtype="X", stem=f"多选题{i}", options=opts, answer=["A", "C"],
                                         specialty=specialty, category=category, difficulty=3))
    return out


async def exam_blueprint(province_actor, cycle, specialty: str = "内科", minutes: int = 30, **kw):
    from core.exam import service as exam_service

    rules = kw.pop("rules", [{"category": "基础", "qtype": "A1", "count": 4, "points": 1},
                             {"category": "基础", "qtype": "X", "count": 2, "points": 2}])
    return await exam_service.save_blueprint(actor=province_actor, cycle_id=cycle.id, specialty=specialty,
                                             name=f"{cycle.code}{specialty}测评", time_limit_minutes=minutes,
                                             pass_mark=60, rules=rules, **kw)


def exam_bank_options(*texts: str) -> list[dict]:
    """Options keyed A, B, C... for question-bank tests."""
    texts = texts or ("选项甲", "选项乙", "选项丙", "选项丁", "选项戊")
    return [{"key": chr(65 + i), "text": t} for i, t in enumerate(texts)]


async def exam_bank_paper(province_actor, institution, cycle, specialty: str = "内科", rules=None):
    """A paper drawn (as the exam does) for a fresh approved physician of `specialty`
    from the live bank; the blueprint is made on first use."""
    from core.assessment.models import Enrolment
    from core.exam import service as exam_service
    from core.exam.models import Blueprint

    if not await Blueprint.exists(cycle_id=cycle.id, specialty=specialty):
        await exam_blueprint(province_actor, cycle, specialty=specialty, **({"rules": rules} if rules else {}))
    doc = await physician(institution, specialty=specialty)
    row = await Enrolment.create(cycle_id=cycle.id, physician_id=doc.id, institution_id=institution.id,
                                 confirmed=True, state="approved", procedure="general")
    return await exam_service.paper_for(enrolment=row)


# ---------------------------------------------------------------- proctor review (issue 4 point 7)

async def proctor_case(institution, *, cycle, assessment_org=None, name: str = "李明德", risk: float = 0.0,
                       signals: dict | None = None, score: float = 86.0, submitted: bool = True,
                       kind: str = "exam"):
    """A physician's counted exam session, finished and scored into the assessment (as the
    exam's submit does), with the proctor case the exam opens. Returns the ProctorCase."""
    import datetime as dt

    from core.assessment import service as assessment_service
    from core.assessment.models import Enrolment
    from core.db import utcnow
    from core.exam.models import Blueprint, ExamSession, Paper
    from core.proctoring.models import ProctorCase

    doc = await physician(institution, name=name)
    enrolment = await Enrolment.create(cycle_id=cycle.id, physician_id=doc.id, institution_id=institution.id,
                                       assessment_org_id=assessment_org.id if assessment_org else None,
                                       confirmed=True, state="approved", procedure="general",
                                       makeup="confirmed" if kind == "makeup" else "none")
    bp, _ = await Blueprint.get_or_create(cycle_id=cycle.id, specialty=doc.specialty, defaults={
        "name": f"{cycle.code}{doc.specialty}测评", "time_limit_minutes": 60, "pass_mark": 60, "rules": [],
        "frozen": True})
    paper = await Paper.create(blueprint_id=bp.id, physician_id=doc.id, enrolment_id=enrolment.id, kind=kind,
                               seed=next(_seq), items=[], total_points=100,
                               state="submitted" if submitted else "in_progress")
    now = utcnow()
    session = await ExamSession.create(
        paper_id=paper.id, started_at=now - dt.timedelta(minutes=50), deadline=now + dt.timedelta(minutes=10),
        submitted_at=now - dt.timedelta(minutes=5) if submitted else None, submitted_by="taker" if submitted else None,
        active_device="phone-1", score=score if submitted else None, passed=score >= 60 if submitted else None,
        verified=True)
    if submitted:
        await assessment_service.apply_exam_score(enrolment_id=enrolment.id, score=score, makeup=kind == "makeup")
    return await ProctorCase.create(session_id=session.id, institution_id=institution.id,
                                    assessment_org_id=assessment_org.id if assessment_org else None,
                                    risk=risk, signals=signals or {})


async def capture(session_id: int, photo: bytes, *, analysis: str = "match", distance: float | None = 0.31,
                  faces: int | None = 1, late: bool = False, minutes_ago: float = 30):
    """An in-exam photo, stored as uploads store it (re-encoded), with its analysis already done."""
    import datetime as dt

    from core.db import utcnow
    from core.proctoring.models import Capture
    from media import uploads
    from media.storage import get_storage

    key = get_storage().put(uploads.sanitize_image(photo))
    taken = utcnow() - dt.timedelta(minutes=minutes_ago)
    return await Capture.create(session_id=session_id, photo_key=key, taken_at=taken, analysis=analysis,
                                faces=faces, distance=distance, late=late,
                                analysed_at=None if analysis == "pending" else utcnow())


async def session_event(session_id: int, kind: str, *, minutes_ago: float = 20, detail: dict | None = None):
    import datetime as dt

    from core.db import utcnow
    from core.proctoring.models import SessionEvent

    return await SessionEvent.create(session_id=session_id, kind=kind, at=utcnow() - dt.timedelta(minutes=minutes_ago),
                                     detail=detail)


@dataclass
class MpPerson:
    """A mini-program account with its real-name identity: the principal, the self Patient, the
    Authorization header of a real access token, and the clear numbers (to assert they never show)."""

    actor: Principal
    patient: object
    headers: dict
    id_number: str
    phone: str


async def mp_patient_account(name: str = "王小明", phone_number: str | None = None, *,
                             number: str | None = None) -> MpPerson:
    from core.accounts.models import MpAccount
    from core.family import patients

    acct = await MpAccount.create(openid=f"o-patient-{next(_seq)}")
    me = Principal(kind="mp", id=acct.id, name=f"mp:{acct.id}")
    number, phone_number = number or id_number(born="19700101"), phone_number or phone()
    shown = await patients.set_identity(actor=me, name=name, id_number=number, phone=phone_number)
    from core.family.models import Patient

    return MpPerson(me, await Patient.get(id=shown.id), {"Authorization": "Bearer " + mp_token(me)},
                    number, phone_number)


async def sms_code(actor: Principal, phone_number: str, purpose: str = "patient") -> str:
    """A verification code for `phone_number`, as its owner would read it from the SMS. Issued
    without a provider, for tests of other things; the SMS flow's own tests read the codes the
    loopback provider delivered (tests/sms_stub.py, fixture `sms`)."""
    from core.sms import service as sms_service

    return await sms_service.issue(account_id=actor.id, purpose=purpose, phone=phone_number)


async def add_patient(actor: Principal, *, name: str, id_number: str, relation: str,
                      phone_number: str | None = None) -> PatientOut:
    """A 就诊人 added through the service, with the SMS code of its phone."""
    from core.family import patients

    phone_number = phone_number or phone()
    return await patients.add_patient(actor=actor, name=name, id_number=id_number, relation=relation,
                                      phone=phone_number, sms_code=await sms_code(actor, phone_number))


async def family_of(owner: MpPerson, *members: MpPerson, name: str = "我的家"):
    """A family of `owner` with `members` active (invited by phone by the owner, accepted)."""
    from core.family import service as family_service
    from core.family.models import Family

    fam = await family_service.create_family(actor=owner.actor, name=name)
    for m in members:
        inv = await family_service.invite(actor=owner.actor, family_id=fam.id, channel="phone", phone=m.phone)
        await family_service.accept_invite(actor=m.actor, invite_id=inv.id)
    return await Family.get(id=fam.id)


async def family_grant(family, grantor: MpPerson, grantee: MpPerson, *scopes: str, can_act: bool = False,
                       expires_at=None) -> list[dict]:
    from core.family import service as family_service

    return await family_service.give(actor=grantor.actor, family_id=family.id, grantee=grantee.actor.id,
                                     scopes=list(scopes) or ["health_records"], can_act=can_act,
                                     expires_at=expires_at)


# ---------------------------------------------------------------- record copies (issue 5 points 4-8)

RECORD_CONTENTS = ("front_page", "discharge_summary", "operation", "lab", "exam", "orders", "nursing", "consent")


async def record_room(institution, *, review_mode: str = "manual", fee_cents: int = 0, enabled: bool = True):
    """The institution takes online record-copy requests, answered by the demo HIS."""
    from core.records.models import RecordRoom

    return await RecordRoom.create(institution_id=institution.id, review_mode=review_mode, fee_cents=fee_cents,
                                   enabled=enabled, his_kind="demo")


async def his_stays(institution, patient, *, archived: bool = True, stays: int = 1, kinds=RECORD_CONTENTS,
                    name: str | None = None) -> list:
    """The demo HIS of `institution` knows `patient` (a family Patient; `name` overrides the name the
    HIS has) with `stays` inpatient stays, archived or not, each with a structured document per kind."""
    import datetime as dt

    from core.his.models import HisAdmission, HisDocument, HisPatient

    n = next(_seq)
    hp = await HisPatient.create(institution_id=institution.id, mrn=f"MRN{n:06d}", name=name or patient.name,
                                 id_number=patient.id_number,
                                 id_number_bidx=crypto.blind_index(patient.id_number, purpose="id_number"))
    out = []
    for k in range(stays):
        admitted = dt.date(2025, 3, 1) + dt.timedelta(days=40 * k)
        adm = await HisAdmission.create(patient_id=hp.id, visit_no=f"ZY{n:05d}{k}", department="心内科",
                                        admitted_on=admitted, discharged_on=admitted + dt.timedelta(days=7),
                                        diagnosis="冠状动脉粥样硬化性心脏病", archived=archived)
        for kind in kinds:
            await HisDocument.create(admission_id=adm.id, kind=kind, title=f"{kind}记录", body=[
                {"heading": "摘要", "text": f"住院号 ZY{n:05d}{k} 的{kind}内容。" * 3}],
                written_at=dt.datetime(2025, 3, 8 + k, 10, tzinfo=dt.timezone.utc))
        out.append(adm)
    return out


def pdf_pages(count: int, *, size=(595, 842), rotate: int = 0) -> bytes:
    """A real PDF of `count` pages (each says which page it is), as a record room would scan it."""
    import io

    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size)
    for i in range(count):
        c.drawString(72, size[1] - 72, f"Scanned page {i + 1} of {count}")
        c.showPage()
    c.save()
    if not rotate:
        return buf.getvalue()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    for page in writer.pages:
        page.rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


async def identity_check(person_actor, patient, *, outcome: str = "passed", minutes_ago: float = 0):
    """An identity check already made (for tests that are not about the face engine)."""
    import datetime as dt

    from core.db import utcnow
    from core.records.models import IdentityCheck

    check = await IdentityCheck.create(account_id=person_actor.id, patient_id=patient.id, outcome=outcome,
                                       distance=0.3, threshold=0.5)
    if minutes_ago:
        await IdentityCheck.filter(id=check.id).update(at=utcnow() - dt.timedelta(minutes=minutes_ago))
    return check


# ---------------------------------------------------------------- record-room console (issue 5 point 6)

async def identity_check_with_photos(person_actor, patient, *, id_photo: bytes, face_photo: bytes,
                                     distance: float = 0.31, threshold: float = 0.5):
    """A passed identity check whose ID-card and live photos are stored, as the console shows them."""
    from core.records.models import IdentityCheck
    from media.storage import get_storage

    storage = get_storage()
    return await IdentityCheck.create(account_id=person_actor.id, patient_id=patient.id, outcome="passed",
                                      id_photo_key=storage.put(id_photo), face_photo_key=storage.put(face_photo),
                                      distance=distance, threshold=threshold)


async def record_staff(institution, username: str, *, roles=("record_room",)):
    """An administrator of `institution` with record-room roles (password factories.PASSWORD)."""
    account = await admin(institution, roles=roles, username=username)
    return principal_for(account, institution)


# ---------------------------------------------------------------- the exam on the phone (issue 10, H5)

PHYSICIAN_PASSWORD = "Doc#Passw0rd1"


async def exam_bank_all_types(specialty: str = "内科") -> dict[str, list]:
    """A bank with one of every exam question type, with explanations: A1 and X standalone
    questions, an A3 case group of two and a B1 shared-option group of two (category 基础)."""
    from core.exam.models import Question, QuestionGroup

    opts = exam_bank_options("阿司匹林", "氯吡格雷", "硝酸甘油", "美托洛尔", "呋塞米")
    out: dict[str, list] = {"A1": [], "X": [], "A3": [], "B1": []}
    for i in range(4):
        out["A1"].append(await Question.create(
            qtype="A1", stem=f"急性心肌梗死患者首选的抗血小板药物是（第{i + 1}题）", options=opts, answer=["A"],
            explanation="阿司匹林为首选。", specialty=specialty, category="基础"))
    for i in range(2):
        out["X"].append(await Question.create(
            qtype="X", stem=f"可用于心绞痛发作或预防的药物有（第{i + 1}题）", options=opts, answer=["C", "D"],
            explanation="硝酸甘油、美托洛尔。", specialty=specialty, category="基础"))
    case = await QuestionGroup.create(kind="A3", stem="男，62岁，胸骨后压榨性疼痛2小时，心电图V1-V4导联ST段抬高。",
                                      specialty=specialty, category="基础")
    for pos, stem in enumerate(("最可能的诊断是", "首选的检查是")):
        out["A3"].append(await Question.create(
            qtype="A3", group=case, position=pos, stem=stem, answer=["B"], specialty=specialty, category="基础",
            options=exam_bank_options("稳定型心绞痛", "急性前壁心肌梗死", "主动脉夹层", "肺栓塞", "心包炎")))
    shared = exam_bank_options("肝脏", "肾脏", "心脏", "肺", "脾脏")
    b1 = await QuestionGroup.create(kind="B1", stem="", shared_options=shared, specialty=specialty, category="基础")
    for pos, (stem, key) in enumerate((("胆汁由哪个器官分泌", "A"), ("尿液由哪个器官生成", "B"))):
        out["B1"].append(await Question.create(qtype="B1", group=b1, position=pos, stem=stem, answer=[key],
                                               specialty=specialty, category="基础"))
    return out


ALL_TYPES_RULES = [{"category": "基础", "qtype": "A1", "count": 4, "points": 1},
                   {"category": "基础", "qtype": "X", "count": 2, "points": 2},
                   {"category": "基础", "qtype": "A3", "count": 2, "points": 1},
                   {"category": "基础", "qtype": "B1", "count": 2, "points": 1}]


@dataclass
class ExamWorld:
    """A province with an open cycle, a bank of every type with a blueprint, and one physician of
    江岸医院 with a password (PHYSICIAN_PASSWORD) enrolled for the cycle; `openid` is the WeChat
    identity the phone logs in with (bound to the physician when asked)."""

    tree: Tree
    province: Principal
    hospital: Principal
    assessing: Principal
    cycle: object
    doc: Physician
    id_number: str
    openid: str
    enrolment: object
    me: Principal | None = None  # the physician's mini-program principal once bound

    async def approve(self) -> None:
        """Both review levels pass the submitted filing (the institution, then the assessment institution)."""
        from core.assessment import service as assessment_service

        await self.enrolment.refresh_from_db()
        await assessment_service.review(actor=self.hospital, enrolment_ids=[self.enrolment.id], decision="approve")
        await assessment_service.review(actor=self.assessing, enrolment_ids=[self.enrolment.id], decision="approve")
        await self.enrolment.refresh_from_db()

    async def bound(self) -> Principal:
        """The physician's mini-program principal after the phone bound the record."""
        await self.doc.refresh_from_db()
        assert self.doc.mp_account_id, "the physician is not bound"
        self.me = Principal(kind="mp", id=self.doc.mp_account_id, name=f"mp:{self.doc.mp_account_id}")
        return self.me

    async def paper(self):
        """The physician's counted paper of the cycle (drawn on first look, as the phone's list does)."""
        from core.exam import service as exam_service
        from core.exam.models import Paper

        await exam_service.my_papers(actor=self.me)
        return await Paper.get(physician_id=self.doc.id, kind="exam")


async def exam_world(*, bound: bool = True, approved: bool = True, minutes: int = 30,
                     name: str = "林巧稚", openid: str | None = None) -> ExamWorld:
    """The exam scenario the H5 tests share. `bound=False`: the physician still has to bind and
    file (the phone does it); otherwise the filing is submitted and, with `approved`, passed."""
    from core.accounts.models import MpAccount
    from core.assessment import service as assessment_service
    from core.assessment.models import AssessmentAssignment, Enrolment

    t = await tree()
    assessor = await org(t.city_a, OrgKind.ASSESSMENT, "武汉市医师协会")
    await AssessmentAssignment.create(target_id=t.county_a1.id, assessment_org_id=assessor.id)
    province = await actor(t.province)
    hospital = await actor(t.hospital_a1, roles=("institution_admin",))
    assessing = await actor(assessor, roles=("assessment_admin",))
    cycle = await open_cycle(province)
    await exam_bank_all_types()
    await exam_blueprint(province, cycle, minutes=minutes, rules=ALL_TYPES_RULES)
    number = id_number(born="19800101")
    doc = await physician(t.hospital_a1, name=name, number=number)
    doc.password_hash = passwords.hash_password(PHYSICIAN_PASSWORD)
    await doc.save(update_fields=["password_hash"])
    await assessment_service.enrol(actor=hospital, cycle_id=cycle.id, physician_ids=[doc.id])
    openid = openid or f"o-h5-doctor-{next(_seq)}"
    world = ExamWorld(t, province, hospital, assessing, cycle, doc, number, openid,
                      await Enrolment.get(cycle_id=cycle.id, physician_id=doc.id))
    if bound:
        acct = await MpAccount.create(openid=openid)
        doc.mp_account_id = acct.id
        await doc.save(update_fields=["mp_account_id"])
        world.me = Principal(kind="mp", id=acct.id, name=f"mp:{acct.id}")
        for key, data in FILING.items():
            await assessment_service.save_section(actor=world.me, section=key, data=data)
        await assessment_service.save_section(actor=world.me, section="procedure", data={"procedure": "general"})
        await assessment_service.submit_filing(actor=world.me)
        if approved:
            await world.approve()
    return world


async def department(institution: OrgNode, *, name: str = "儿科", code: str | None = None, active: bool = True):
    """A hospital department (the record room's list, which the doctors' catalogue shares)."""
    from core.records.models import Department

    return await Department.create(institution_id=institution.id, code=code or f"K{next(_seq)}", name=name,
                                   active=active)


async def catalogue_doctor(*departments, name: str = "李时珍", title: str = "chief", enabled: bool = True,
                           specialties: str = "小儿呼吸道感染、哮喘", services=(("text", 3000), ("video", 8000))):
    """A doctor of the internet hospital practising at `departments` (the first is the primary
    site), with services (kind, price in fen) enabled."""
    from core.doctors.models import Doctor, DoctorService, DoctorSite

    first = departments[0]
    doc = await Doctor.create(institution_id=first.institution_id, name=name, title=title, specialties=specialties,
                              introduction=f"{name}，从事临床工作二十年。", enabled=enabled)
    for n, d in enumerate(departments):
        await DoctorSite.create(doctor_id=doc.id, department_id=d.id, institution_id=d.institution_id,
                                primary=n == 0, sort=n)
    for kind, price in services:
        await DoctorService.create(doctor_id=doc.id, kind=kind, price_fen=price, window_hours=48, enabled=True)
    return doc


async def workstation_doctor(*departments, name: str = "华佗", username: str | None = None, **kw):
    """A catalogue doctor at `departments` with a workstation login (an administrator account with the
    doctor role at the doctor's hospital, password PASSWORD). Returns (doctor, account, principal)."""
    from core.doctors.models import Doctor

    doc = await catalogue_doctor(*departments, name=name, **kw)
    hospital = await OrgNode.get(id=doc.institution_id)
    account = await admin(hospital, roles=("doctor",), username=username)
    await Doctor.filter(id=doc.id).update(account_id=account.id)
    return await Doctor.get(id=doc.id), account, principal_for(account, hospital)
# ---------------------------------------------------------------- consultations (issue 11 points 5-9)

@dataclass
class ConsultWorld:
    """A hospital's department with two doctors who take 图文咨询 (the second, a colleague to transfer
    to), the consent published, and a family: `child` may act for `parent` ("在线问诊", can act)."""
    tree: Tree
    department: object
    doctor: object  # core.doctors.models.Doctor
    doctor_actor: Principal  # the doctor's workstation login
    colleague: object
    colleague_actor: Principal
    child: MpPerson
    parent: MpPerson
    stranger: MpPerson
    family: object


async def consult_world(*, price_fen: int = 3000, accept_consent: bool = True) -> ConsultWorld:
    from core.doctors import consent
    from core.doctors.schemas import ConsentIn

    t = await tree()
    dept = await department(t.hospital_a1, name="儿科")
    accounts = []
    doctors = []
    for name in ("李时珍", "孙思邈"):
        doc = await catalogue_doctor(dept, name=name, services=(("text", price_fen),))
        acc = await admin(t.hospital_a1, roles=("doctor",))
        doc.account_id = acc.id
        await doc.save(update_fields=["account_id"])
        doctors.append(doc)
        accounts.append(principal_for(acc, t.hospital_a1))
    await consent.publish(actor=await actor(t.province), data=ConsentIn(body="患者须知", fees="图文咨询 30 元/次"))
    child = await mp_patient_account("王小明", number=id_number(born="19950101"))
    parent = await mp_patient_account("王大山", number=id_number(born="19550101"))
    stranger = await mp_patient_account("赵路人")
    fam = await family_of(child, parent)
    await family_grant(fam, parent, child, "consultations", can_act=True)
    for who in (child, parent, stranger) if accept_consent else ():
        await consent.accept(actor=who.actor, version=1)
    return ConsultWorld(t, dept, doctors[0], accounts[0], doctors[1], accounts[1], child, parent, stranger, fam)


async def drain(*groups: str) -> int:
    """Run the event consumer groups over what their stream holds, as the worker does (a test's worker)."""
    from core.events import service as events

    done = 0
    for g in groups:
        reader = events.GroupReader(events.CONSUMERS[g], name="test")
        await reader.ensure_group()
        while read := await reader.read_new():  # a hundred at a time, to the stream's end
            done += read
    return done


async def payment_order(institution: OrgNode, *, payer: int | None = None, amount_fen: int = 1000,
                        refunded_fen: int = 0, reference: str = "records.request:999999"):
    """A payment order paid to `institution` as WeChat Pay's notification leaves it (rows only, no
    gateway), with a succeeded refund of `refunded_fen` when given: (order, refund or None)."""
    import datetime as dt
    import secrets

    from core.db import utcnow
    from core.payments.models import PaymentOrder, PaymentRefund

    now = utcnow()
    order = await PaymentOrder.create(
        out_trade_no="P" + secrets.token_hex(12).upper(), reference=reference, description="测试支付",
        org_id=institution.id, payer_id=payer, channel="miniprogram", appid="wx-test", openid="o-test-payer",
        amount_fen=amount_fen, refunded_fen=refunded_fen,
        state="partially_refunded" if 0 < refunded_fen < amount_fen else "refunded" if refunded_fen else "paid",
        trade_state="SUCCESS", expires_at=now + dt.timedelta(minutes=30), paid_at=now,
        transaction_id="4200" + secrets.token_hex(12))
    refund = None
    if refunded_fen:
        refund = await PaymentRefund.create(order_id=order.id, out_refund_no="R" + secrets.token_hex(12).upper(),
                                            refund_id="5030" + secrets.token_hex(12), amount_fen=refunded_fen,
                                            reason="测试退款", state="success", requested_by_type="admin",
                                            succeeded_at=now)
    return order, refund


async def consult_order(w: ConsultWorld, *, doctor=None, who: MpPerson | None = None, state: str = "ended",
                        created_at=None, paid: bool = True, accepted_at=None, first_reply_at=None,
                        score: int | None = None, refund_state: str = "", final_event: str | None = None,
                        price_fen: int = 3000):
    """A consultation order as the back office finds it, written straight into its tables with the
    times given (statistics need exact ones): its trail is `place`, `pay` when paid, `accept` when
    accepted and the final move `final_event` (no payment, conversation or messages)."""
    from core.consult.models import ConsultOrder, ConsultOrderEvent
    from core.db import utcnow

    doctor = doctor or w.doctor
    who = who or w.parent
    created_at = created_at or utcnow()
    order = await ConsultOrder.create(
        number=f"ZX{next(_seq):012d}", kind="text", state=state, account_id=who.actor.id, patient_id=who.patient.id,
        patient_name=who.patient.name, doctor_id=doctor.id, department_id=w.department.id,
        institution_id=doctor.institution_id, price_fen=price_fen, window_hours=48, symptoms="咳嗽三天，夜间加重",
        paid_at=created_at if paid else None, accepted_at=accepted_at, first_reply_at=first_reply_at,
        finished_at=created_at if state in ("ended", "closed", "cancelled", "rejected", "expired") else None,
        refund_state=refund_state, score=score)
    await ConsultOrder.filter(id=order.id).update(created_at=created_at)
    trail = [("place", "", "created")] + ([("pay", "created", "waiting")] if paid else [])
    if accepted_at:
        trail.append(("accept", "waiting", "in_progress"))
    if final_event:
        trail.append((final_event, trail[-1][2], state))
    for event, before, after in trail:
        await ConsultOrderEvent.create(order_id=order.id, event=event, from_state=before, to_state=after,
                                       actor_type="system")
    return await ConsultOrder.get(id=order.id)


# ---------------------------------------------------------------- video consultations (issue 12 point 2)

# Every period of the day covers the whole China day: a slot of today is on now, whenever a test runs.
# `video_world` sets it in this process's settings; a served process needs VIDEO_ENV in its environment.
ALL_DAY = "morning=00:00-23:59:59,afternoon=00:00-23:59:59,evening=00:00-23:59:59"
VIDEO_ENV = {"CONSULT_PERIODS": ALL_DAY}


@dataclass
class VideoWorld:
    """A doctor who takes 视频问诊 (with a workstation login) on duty today (`slot`, on now) and the day after
    tomorrow (`later`: too early to check in, whatever the hour, even with the check-in lead), a colleague (video too, with a slot today), three patients who
    order for themselves, and the consult world's family (`child` may act for `parent`)."""
    tree: Tree
    department: object
    doctor: object
    doctor_actor: Principal
    colleague: object
    colleague_actor: Principal
    patients: list  # three MpPerson
    child: MpPerson
    parent: MpPerson
    stranger: MpPerson
    slot: object  # core.doctors.models.DoctorSchedule, today
    later: object  # the day after tomorrow
    colleague_slot: object
    price_fen: int


async def video_world(*, price_fen: int = 8000, capacity: int = 5) -> VideoWorld:
    import datetime as dt

    from core.db import utcnow
    from core.doctors import consent
    from core.doctors.models import DoctorSchedule
    from core.doctors.schemas import ConsentIn
    from core.localtime import local_date
    from core.settings import get_settings

    get_settings().consult_periods = ALL_DAY
    t = await tree()
    dept = await department(t.hospital_a1, name="儿科")
    doctors, actors = [], []
    for name in ("扁鹊", "张仲景"):
        doc = await catalogue_doctor(dept, name=name, services=(("text", 3000), ("video", price_fen)))
        acc = await admin(t.hospital_a1, roles=("doctor",))
        doc.account_id = acc.id
        await doc.save(update_fields=["account_id"])
        doctors.append(doc)
        actors.append(principal_for(acc, t.hospital_a1))
    today = local_date(utcnow())
    slots = [await DoctorSchedule.create(doctor_id=doc.id, department_id=dept.id, institution_id=dept.institution_id,
                                         day=day, period="afternoon", capacity=capacity)
             for doc, day in ((doctors[0], today), (doctors[0], today + dt.timedelta(days=2)), (doctors[1], today))]
    await consent.publish(actor=await actor(t.province), data=ConsentIn(body="患者须知", fees="视频问诊 80 元/次"))
    patients = [await mp_patient_account(name, number=id_number(born=born))
                for name, born in (("周一", "19900101"), ("吴二", "19910202"), ("郑三", "19920303"))]
    child = await mp_patient_account("王小明", number=id_number(born="19950101"))
    parent = await mp_patient_account("王大山", number=id_number(born="19550101"))
    stranger = await mp_patient_account("赵路人")
    fam = await family_of(child, parent)
    await family_grant(fam, parent, child, "consultations", can_act=True)
    for who in (*patients, child, parent, stranger):
        await consent.accept(actor=who.actor, version=1)
    return VideoWorld(t, dept, doctors[0], actors[0], doctors[1], actors[1], patients, child, parent, stranger,
                      slots[0], slots[1], slots[2], price_fen)


async def video_order(w: VideoWorld, wechatpay, who: MpPerson, *, slot=None, for_patient: MpPerson | None = None,
                      doctor=None) -> int:
    """A video order placed by `who` (for itself, or `for_patient` under a grant) for `slot` (today's by
    default) and paid through the offline WeChat Pay (the `wechatpay` fixture): its id, state waiting."""
    from core.consult import patient
    from core.consult.schemas import OrderIn

    slot = slot or w.slot
    placed = await patient.place(actor=who.actor, data=OrderIn(
        doctor_id=(doctor or w.doctor).id, kind="video", slot_id=slot.id, patient_id=(for_patient or who).patient.id,
        symptoms="孩子发热两天，想视频让医生看看咽喉", illness_duration="三天内"))
    started = await patient.pay(actor=who.actor, order_id=placed.id)
    r = await wechatpay.pay(started.payment.pay_params.model_dump())
    assert r.status_code == 200, r.text
    await wechatpay.delivered()
    return placed.id


# ---------------------------------------------------------------- video rooms (issue 12)

@dataclass
class RoomWorld:
    """An open video room of a consultation order on this deployment's provider: the order's
    patient (`w.parent`) and doctor (`w.doctor`) admitted with full permissions."""
    world: ConsultWorld
    order: object
    room: object  # core.rooms.models.VideoRoom
    patient: object  # RoomParticipant
    doctor: object


async def video_room(w: ConsultWorld | None = None) -> RoomWorld:
    from core.db import utcnow
    from core.rooms import service as rooms

    w = w or await consult_world()
    order = await consult_order(w, state="in_progress", accepted_at=utcnow())
    room = await rooms.open_room(subject_type="consult.order", subject_id=order.id,
                                 institution_id=order.institution_id, description=f"视频问诊 {order.number}")
    patient = await rooms.admit(room=room, role="patient", account_type="mp", account_id=w.parent.actor.id,
                                display=w.parent.patient.name)
    doctor = await rooms.admit(room=room, role="doctor", account_type="admin", account_id=w.doctor_actor.id,
                               display=w.doctor.name)
    return RoomWorld(w, order, room, patient, doctor)


# ---------------------------------------------------------------- 家庭健康档案 (issue 13 point 5, h4)

ARCHIVE_EXAM = {"items": [
    {"name": "血常规", "location": "门诊楼2楼检验科", "report_state": "ready",
     "report": {"title": "血常规检验报告", "conclusion": "白细胞略高，提示轻度感染",
                "items": [{"name": "白细胞", "value": "11.2", "unit": "10^9/L", "range": "3.5-9.5", "flag": "H"},
                          {"name": "血红蛋白", "value": "135", "unit": "g/L", "range": "115-150", "flag": ""}]}},
    {"name": "胸部CT", "location": "医技楼1楼CT室", "report_state": "pending"}]}
ARCHIVE_CONSULTATION = {
    "doctor": "李医生", "record": {"chief_complaint": "咳嗽三天", "diagnosis": "急性支气管炎", "advice": "多饮水，按时服药"},
    "prescriptions": [{"name": "阿莫西林胶囊", "spec": "0.25g*24粒", "dosage": "每次2粒，每日3次", "quantity": "1盒"}],
    "vitals": {"temperature": 37.8, "pulse": 92, "systolic": 128, "diastolic": 82}}


async def archive_visit(patient, institution=None, *, his_visit: str | None = None, steps: dict | None = None,
                        state: str = "ended", department: str = "呼吸内科", doctor: str = "李医生",
                        days_ago: int = 3):
    """A visit of `patient` as the visit centre leaves it: steps with the data a HIS reported
    (by default a consultation with record, prescription and vitals, and an exam with one report ready)."""
    import datetime as dt

    from core.db import utcnow
    from core.visits.models import Visit, VisitStep

    if institution is None:
        root = await org(None, OrgKind.PROVINCE, "上海市卫健委")
        institution = await org(root, OrgKind.MEDICAL, "静安区闸北中心医院")
    at = utcnow() - dt.timedelta(days=days_ago)
    steps = steps if steps is not None else {"registration": {"fee_fen": 2500, "paid": True},
                                             "consultation": ARCHIVE_CONSULTATION, "exam": ARCHIVE_EXAM}
    visit = await Visit.create(institution_id=institution.id, his_visit=his_visit or f"V{next(_seq):06d}",
                               patient_id=patient.id, department=department, doctor=doctor, location="门诊楼3楼",
                               visit_date=at.date(), step=list(steps)[-1] if steps else "", state=state)
    for i, (code, data) in enumerate(steps.items()):
        await VisitStep.create(visit_id=visit.id, code=code, state="done", data=data,
                               his_at=at + dt.timedelta(minutes=10 * i))
    return visit


# ---------------------------------------------------------------- visit assistant (issue 13)

@dataclass
class VisitWorld:
    """A hospital onboarded to the visit assistant, a patient with an account (`patient`), a daughter
    in the patient's family holding a `health_records` grant (`relative`) and a stranger."""

    tree: Tree
    hospital: OrgNode
    connection: object
    patient: MpPerson
    relative: MpPerson
    stranger: MpPerson
    family: object


async def visits_hospital(parent: OrgNode | None = None, *, name: str | None = None, enabled: bool = True,
                          accompany: bool = True, mode: str = "webhook"):
    """A medical institution with its HisConnection (assistant open unless `enabled=False`): (hospital, connection)."""
    from core.visits.models import HisConnection

    if parent is None:
        parent = (await tree()).county_a1
    hospital = await org(parent, OrgKind.MEDICAL, name or f"静安医院{next(_seq)}")
    conn = await HisConnection.create(institution_id=hospital.id, assistant_enabled=enabled,
                                      accompany_enabled=accompany, adapter="demo", mode=mode, secret="s3cret")
    return hospital, conn


async def visit_world(*, grant: bool = True) -> VisitWorld:
    t = await tree()
    hospital, conn = await visits_hospital(t.county_a1, name="静安区中心医院")
    patient = await mp_patient_account("王建国", number=id_number(born="19500302"))
    relative = await mp_patient_account("王小红")
    stranger = await mp_patient_account("赵路人")
    fam = await family_of(patient, relative)
    if grant:
        await family_grant(fam, patient, relative, "health_records")
    return VisitWorld(t, hospital, conn, patient, relative, stranger, fam)


_visit_event_seq = itertools.count(1)


def visit_event(visit: str, step: str, state: str, *, at=None, minutes: float = 0, patient: MpPerson | None = None,
                data: dict | None = None, event_id: str | None = None, visit_state: str | None = None,
                visit_info: dict | None = None) -> dict:
    """One HIS event envelope (`at`: a datetime, or now + `minutes`)."""
    import datetime as dt

    at = at or dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))) + dt.timedelta(minutes=minutes)
    e = {"event_id": event_id or f"ev-{next(_visit_event_seq)}", "visit": visit, "step": step, "state": state,
         "at": at.isoformat(), "data": data or {}}
    if patient is not None:
        e["patient"] = {"id_number": patient.id_number, "name": patient.patient.name}
    if visit_state:
        e["visit_state"] = visit_state
    if visit_info:
        e["visit_info"] = visit_info
    return e


# ---------------------------------------------------------------- cloud accompaniment (issue 13, h5)

async def his_connection(institution: OrgNode, *, assistant: bool = True, accompany: bool = True, **kw):
    """The institution onboarded to the visit assistant (and the accompaniment)."""
    from core.visits.models import HisConnection

    return await HisConnection.create(institution=institution, assistant_enabled=assistant,
                                      accompany_enabled=accompany, secret="", **kw)


async def visit(institution: OrgNode, patient, *, step: str = "registration", state: str = "open",
                department: str = "内科", doctor: str = "王医生", steps: dict | None = None, **kw):
    """A visit as the event centre leaves it: `steps` maps a step code to (state, data)."""
    import datetime as _dt

    from core.visits.models import Visit, VisitStep

    v = await Visit.create(institution=institution, his_visit=f"HV{next(_seq):06d}", patient_id=patient.id,
                           department=department, doctor=doctor, location="门诊楼3层", step=step, state=state,
                           visit_date=kw.pop("visit_date", _dt.date(2026, 12, 7)), **kw)
    for code, (st, data) in (steps or {}).items():
        await VisitStep.create(visit=v, code=code, state=st, data=data)
    return v


@dataclass
class AccompanyWorld:
    """A father (the patient) whose family holds a daughter (granted 陪诊) and a son (not granted);
    a stranger outside; his open visit at a hospital open to the accompaniment."""
    hospital: OrgNode
    father: MpPerson
    daughter: MpPerson
    son: MpPerson
    stranger: MpPerson
    family: object
    grant: object
    visit: object


async def accompany_world() -> AccompanyWorld:
    root = await org(None, OrgKind.PROVINCE, "上海市卫健委")
    hospital = await org(root, OrgKind.MEDICAL, "静安区中心医院")
    await his_connection(hospital)
    father = await mp_patient_account("张大山", number=id_number(born="19500101"))
    daughter = await mp_patient_account("张小花")
    son = await mp_patient_account("张小山")
    stranger = await mp_patient_account("李路人")
    fam = await family_of(father, daughter, son)
    grant = (await family_grant(fam, father, daughter, "accompaniment"))[0]
    v = await visit(hospital, father.patient, step="queue", steps={
        "registration": ("done", {"fee_fen": 1500, "paid": True}), "checkin": ("done", {}),
        "queue": ("active", {"number": "A012", "ahead": 3})})
    return AccompanyWorld(hospital, father, daughter, son, stranger, fam, grant, v)


# ---------------------------------------------------------------- visits: the demo HIS's outpatient side (issue 13)

async def his_outpatient(institution, *, days: int = 3, capacity: int = 2, departments=("呼吸内科", "心血管内科"),
                         first_day=None):
    """The demo HIS of `institution` opens departments, doctors and slots (weekends included) from today."""
    import datetime as dt

    from core.his import demo
    from core.localtime import LOCAL

    first_day = first_day or dt.datetime.now(LOCAL).date()
    return await demo.seed_outpatient(institution.id, first_day=first_day, days=days, capacity=capacity,
                                      departments=list(departments), weekends=True)


def his_future_slot_day():
    """A day whose every slot lies ahead (tomorrow, China time)."""
    import datetime as dt

    from core.localtime import LOCAL

    return dt.datetime.now(LOCAL).date() + dt.timedelta(days=1)


# ---------------------------------------------------------------- 就医助手 console (issue 13, h7)

async def onboarded(institution: OrgNode, **fields):
    """An institution onboarded to 就医助手 (both switches on, webhook) with some counters."""
    from core.visits.models import HisConnection

    values = {"assistant_enabled": True, "accompany_enabled": True, "adapter": "demo", "mode": "webhook",
              "secret": "factory-secret", "received": 12, "applied": 9, "duplicates": 2, "refused": 1,
              **fields}
    return await HisConnection.create(institution_id=institution.id, **values)


async def quarantined_event(institution: OrgNode, *, event_id: str | None = None, reason: str = "unknown_patient",
                            step: str = "registration", payload: dict | None = None, days_ago: float = 0,
                            patient_number: str | None = None):
    """A visit event the centre could not apply, kept with its payload for a replay."""
    import datetime as _dt

    from core.db import utcnow
    from core.visits.apply import seal
    from core.visits.models import VisitEvent

    n = next(_seq)
    event_id = event_id or f"EV{n}"
    payload = payload if payload is not None else {
        "event_id": event_id, "visit": f"V{n}", "step": step, "state": "waiting",
        "at": "2026-12-07T09:30:00+08:00", "data": {"department": "内科", "fee_fen": 500},
        "patient": {"id_number": patient_number or id_number(born="19650302"), "name": "王小明"}}
    return await VisitEvent.create(institution_id=institution.id, event_id=event_id, source="webhook", step=step,
                                   status="quarantined", reason=reason, detail="没有该身份证号的患者",
                                   payload=seal(payload), received_at=utcnow() - _dt.timedelta(days=days_ago))


async def visit_at(institution: OrgNode, patient, *, his_visit: str | None = None, steps: dict | None = None,
                   state: str = "open", department: str = "内科"):
    """A visit as the centre leaves it: its steps (code -> state, in the order given, the last the
    furthest reached), one applied event per step."""
    from core.db import utcnow
    from core.visits.models import Visit, VisitEvent, VisitStep

    steps = steps if steps is not None else {"registration": "done", "checkin": "done", "queue": "active"}
    n = next(_seq)
    v = await Visit.create(institution_id=institution.id, his_visit=his_visit or f"MZ{n}", patient_id=patient.id,
                           department=department, doctor="李医生", location="门诊楼二层", step=list(steps)[-1],
                           state=state, seq=len(steps))
    for i, (code, step_state) in enumerate(steps.items(), start=1):
        await VisitStep.create(visit_id=v.id, code=code, state=step_state, data={"department": department},
                               his_at=utcnow())
        await VisitEvent.create(institution_id=institution.id, event_id=f"E{n}-{i}", visit_id=v.id, source="webhook",
                                step=code, status="applied", received_at=utcnow(), applied_at=utcnow(),
                                his_at=utcnow())
    return v


# ---------------------------------------------------------------- prescriptions (issue 14)

# A few drugs of the demo formulary, by knowledge key: (kind, generic, form, strength, strength_value,
# dose_unit, unit, pack_size, route, price_fen). The full demo formulary is core/demo's.
RX_DRUGS = {
    "amoxicillin": ("western", "阿莫西林胶囊", "胶囊", "0.25g*24粒", "250", "mg", "盒", 24, "口服", 1850),
    "paracetamol": ("western", "对乙酰氨基酚片", "片剂", "0.5g*12片", "500", "mg", "盒", 12, "口服", 620),
    "metronidazole": ("western", "甲硝唑片", "片剂", "0.2g*21片", "200", "mg", "盒", 21, "口服", 450),
    "folic_acid": ("western", "叶酸片", "片剂", "0.4mg*31片", "0.4", "mg", "盒", 31, "口服", 1200),
    "warfarin": ("western", "华法林钠片", "片剂", "2.5mg*60片", "2.5", "mg", "瓶", 60, "口服", 2300),
    "aspirin": ("western", "阿司匹林肠溶片", "片剂", "100mg*30片", "100", "mg", "盒", 30, "口服", 1560),
    "ibuprofen": ("western", "布洛芬混悬液", "混悬液", "100ml:2g", "20", "mg", "瓶", 100, "口服", 2480),
    "ceftriaxone": ("western", "注射用头孢曲松钠", "注射剂", "1g", "1000", "mg", "支", 1, "静脉滴注", 1800),
    "calcium_gluconate": ("western", "葡萄糖酸钙注射液", "注射液", "10ml:1g", "1000", "mg", "支", 1, "静脉滴注", 90),
    "misoprostol": ("western", "米索前列醇片", "片剂", "0.2mg*3片", "0.2", "mg", "盒", 3, "口服", 3500),
    "danggui": ("herbal", "当归", "饮片", "1g", "1", "g", "g", 1, "煎服", 12),
    "gancao": ("herbal", "甘草", "饮片", "1g", "1", "g", "g", 1, "煎服", 6),
}


async def rx_drug(key: str, *, enabled: bool = True, **overrides):
    """One drug of RX_DRUGS as the 药品字典 holds it (created once per test)."""
    from decimal import Decimal

    from core.dicts.models import Drug

    found = await Drug.get_or_none(knowledge_key=key, code=f"D-{key}")
    if found:
        return found
    kind, name, form, strength, value, dose_unit, unit, pack, route, price = RX_DRUGS[key]
    fields = dict(code=f"D-{key}", kind=kind, generic_name=name, form=form, strength=strength,
                  strength_value=Decimal(value), dose_unit=dose_unit, unit=unit, pack_size=pack, route=route,
                  price_fen=price, insurance_code=f"XJ{abs(hash(key)) % 10**12:012d}", knowledge_key=key,
                  enabled=enabled)
    fields.update(overrides)
    return await Drug.create(**fields)


@dataclass
class RxWorld:
    """The consult world's hospital with a video consultation in progress for `parent` (a pregnant
    woman, 28 weeks, 62 kg, allergic to penicillin) with `doctor`, a pharmacist and a pharmacy clerk of
    the same hospital, and the RX_DRUGS formulary."""
    consult: ConsultWorld
    order: object  # core.consult.models.ConsultOrder, in progress
    pharmacist: object  # AdminAccount with the pharmacist role
    pharmacist_actor: Principal
    pharmacy_actor: Principal  # pharmacy_staff
    drugs: dict  # knowledge key -> Drug

    @property
    def hospital(self):
        return self.consult.tree.hospital_a1

    @property
    def doctor(self):
        return self.consult.doctor

    @property
    def doctor_actor(self) -> Principal:
        return self.consult.doctor_actor


async def rx_world() -> RxWorld:
    from core.db import utcnow

    w = await consult_world()
    order = await consult_order(w, who=w.parent, state="in_progress", accepted_at=utcnow())
    pharmacist = await admin(w.tree.hospital_a1, roles=("pharmacist",))
    clerk = await admin(w.tree.hospital_a1, roles=("pharmacy_staff",))
    drugs = {key: await rx_drug(key) for key in RX_DRUGS}
    from core.rx.rules import service as rx_rules

    await rx_rules.ensure_seeded()  # review rules version 1, from the demo knowledge set
    return RxWorld(w, order, pharmacist, principal_for(pharmacist, w.tree.hospital_a1),
                   principal_for(clerk, w.tree.hospital_a1), drugs)


async def rx_prescription(w: RxWorld, *, state: str = "approved", items=(("amoxicillin", "500", "tid", 5, 1),),
                          who: MpPerson | None = None, kind: str = "western", pregnancy: str = "pregnant",
                          allergies=("penicillin",), diagnoses=(("J06.9", "急性上呼吸道感染"),), created_at=None,
                          reviewer=None, problem: bool = False, modified: bool = False):
    """A prescription written straight into its tables in `state` (no signature, review or timeline):
    items are (knowledge key, dose, frequency, days, quantity). For lists, filters and the pharmacy;
    the prescribing flow itself goes through core/rx's service."""
    from decimal import Decimal

    from core.db import utcnow
    from core.rx.models import Prescription, PrescriptionDiagnosis, PrescriptionItem

    who = who or w.consult.parent
    now = created_at or utcnow()
    rows = []
    for seq, (key, dose, freq, days, qty) in enumerate(items, start=1):
        drug = w.drugs.get(key) or await rx_drug(key)
        rows.append((seq, drug, Decimal(dose), freq, days, qty))
    total = sum(d.price_fen * q for _, d, _, _, _, q in rows)
    rx = await Prescription.create(
        number=f"CF{next(_seq):012d}", kind=kind, state=state, consult_order_id=w.order.id, doctor_id=w.doctor.id,
        department_id=w.consult.department.id, institution_id=w.hospital.id, patient_id=who.patient.id,
        account_id=who.actor.id, patient_name=who.patient.name, sex="女", age_months=30 * 12,
        weight_kg=Decimal("62"), pregnancy=pregnancy, gestation_weeks=28 if pregnancy == "pregnant" else None,
        allergies=list(allergies), diagnoses=[{"code": c, "name": n} for c, n in diagnoses], total_fen=total,
        signed_at=None if state == "draft" else now, reviewer_id=getattr(reviewer, "id", reviewer),
        reviewed_at=now if state in ("approved", "rejected") else None, problem=problem, modified=modified)
    await Prescription.filter(id=rx.id).update(created_at=now)
    await PrescriptionItem.bulk_create([PrescriptionItem(
        prescription_id=rx.id, seq=seq, drug_id=d.id, drug_name=d.generic_name, strength=d.strength, form=d.form,
        dose=dose, dose_unit=d.dose_unit, frequency=freq, days=days, route=d.route, quantity=q, unit=d.unit,
        price_fen=d.price_fen, amount_fen=d.price_fen * q) for seq, d, dose, freq, days, q in rows])
    await PrescriptionDiagnosis.bulk_create([PrescriptionDiagnosis(prescription_id=rx.id, code=c, name=n)
                                             for c, n in diagnoses])
    return await Prescription.get(id=rx.id)


async def rx_signed_approved(w: RxWorld, **kw):
    """A prescription as rx_prescription writes it (same arguments), then signed by the doctor over its
    canonical content and passed by the world's pharmacist through core/rx (the pharmacist's review
    signed): what require_dispensable accepts."""
    from core.rx import review
    from core.rx import service as rx_service
    from core.rx.models import Prescription
    from core.rx.schemas import ReviewIn
    from core.signing import service as signing

    kw.pop("state", None)
    p = await rx_prescription(w, state="pending_review", **kw)
    sig = await signing.sign(actor=w.doctor_actor, subject=rx_service.subject(p.id), role="doctor",
                             content=rx_service.content_of(p, await rx_service.items_of(p.id)))
    await Prescription.filter(id=p.id).update(signature_id=sig.id, digest=sig.digest)
    await review.review(actor=w.pharmacist_actor, prescription_id=p.id, data=ReviewIn(decision="pass"))
    return await Prescription.get(id=p.id)
