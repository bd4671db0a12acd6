"""Demo data for `make run` and manual testing: a small province with stable passwords.

Why: a new engineer or a hospital's evaluator sees a populated system at once,
and logs in with the accounts printed at start-up.
"""
from __future__ import annotations

import random

from core import crypto, idcard
from core.accounts import service as accounts_service
from core.accounts.models import AdminAccount
from core.accounts.passwords import hash_password
from core.assessment.models import AssessmentAssignment, Enrolment, Physician
from core.assessment.states import Event
from core.family.models import Patient
from core.orgs import service as orgs_service
from core.orgs.models import OrgKind, OrgNode
from core.principal import SYSTEM, Principal

DEMO_PASSWORD = "Huiyi@2026"

SPECIALTIES = ["内科", "外科", "妇产科", "儿科", "眼科", "口腔科", "麻醉科", "急诊科"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国"]

# (city, [(county, code)]) — Hubei prefectures and districts
TREE = [
    ("武汉市卫生健康委员会", "420100", [("江岸区卫生健康局", "420102"), ("武昌区卫生健康局", "420106")]),
    ("宜昌市卫生健康委员会", "420500", [("西陵区卫生健康局", "420502"), ("夷陵区卫生健康局", "420506")]),
]
INSTITUTIONS = [  # (county code, name, credit code)
    ("420102", "武汉市第一医院", "MA4201021"), ("420102", "江岸区人民医院", "MA4201022"),
    ("420106", "武昌区中医医院", "MA4201061"), ("420502", "宜昌市中心人民医院", "MA4205021"),
    ("420502", "西陵区妇幼保健院", "MA4205022"), ("420506", "夷陵医院", "MA4205061"),
]


def _person(rng: random.Random, region: str) -> tuple[str, str, str]:
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    born = f"{rng.randint(1960, 1998)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    number = idcard.with_check_digit(f"{region}{born}{rng.randint(0, 999):03d}")
    phone = f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
    return name, number, phone


async def seed(*, physicians: int = 50, patients: int = 20) -> list[tuple[str, str, str]]:
    """Create the demo tree once. Returns (username, password, what) for printing."""
    if await OrgNode.exists():
        await _seed_records()  # databases seeded before the record-copy demo existed get it now
        return accounts_listing()
    rng = random.Random(2026)
    province = await orgs_service.create_root(name="湖北省卫生健康委员会", code="420000")
    root = Principal(kind="system", name="seed-demo", org_id=province.id, org_path=province.path,
                     permissions=frozenset({"orgs.write", "orgs.read", "accounts.write", "physicians.write"}))
    await accounts_service.bootstrap_admin(username="province", password=DEMO_PASSWORD, org_id=province.id,
                                           roles=["commission_admin"], display_name="省卫健委管理员",
                                           must_change_password=False)
    counties: dict[str, OrgNode] = {}
    assessors: list[OrgNode] = []
    for i, (city_name, city_code, county_list) in enumerate(TREE):
        city = await orgs_service.create_org(actor=_as_admin(root), name=city_name, kind=OrgKind.CITY,
                                             code=city_code, parent_id=province.id)
        await accounts_service.bootstrap_admin(username=f"city{i + 1}", password=DEMO_PASSWORD, org_id=city.id,
                                               roles=["commission_admin"], must_change_password=False)
        for j, (county_name, county_code) in enumerate(county_list):
            county = await orgs_service.create_org(actor=_as_admin(root), name=county_name,
                                                   kind=OrgKind.COUNTY, code=county_code, parent_id=city.id)
            counties[county_code] = county
            await accounts_service.bootstrap_admin(username=f"county{i * 2 + j + 1}", password=DEMO_PASSWORD,
                                                   org_id=county.id, roles=["commission_admin"],
                                                   must_change_password=False)
        if i == 0:
            for k in range(2):
                assessor = await orgs_service.create_org(actor=_as_admin(root), name=f"武汉市医师定期考核机构{k + 1}",
                                                         kind=OrgKind.ASSESSMENT, code=f"KH42010{k}",
                                                         parent_id=city.id)
                assessors.append(assessor)
                await accounts_service.bootstrap_admin(username=f"assessor{k + 1}", password=DEMO_PASSWORD,
                                                       org_id=assessor.id, roles=["assessment_admin"],
                                                       must_change_password=False)
    await orgs_service.create_org(actor=_as_admin(root), name="湖北省医师协会", kind=OrgKind.INDUSTRY,
                                  code="XH420000", parent_id=province.id)
    institutions = []
    for n, (county_code, name, code) in enumerate(INSTITUTIONS):
        inst = await orgs_service.create_org(actor=_as_admin(root), name=name, kind=OrgKind.MEDICAL,
                                             code=code, parent_id=counties[county_code].id)
        institutions.append(inst)
        await accounts_service.bootstrap_admin(username=f"inst{n + 1}", password=DEMO_PASSWORD, org_id=inst.id,
                                               roles=["institution_admin"], must_change_password=False)
    # Assessment institution 1 serves Wuhan's counties, 2 serves Yichang (a cross-region designation).
    for code, assessor in (("420100", assessors[0]), ("420500", assessors[1])):
        city = await OrgNode.get(code=code)
        await AssessmentAssignment.create(target_id=city.id, assessment_org_id=assessor.id)
    physician_hash = hash_password(DEMO_PASSWORD)  # one hash for all demo physicians keeps seeding fast
    docs = []
    for n in range(physicians):
        inst = institutions[n % len(institutions)]
        name, number, phone = _person(rng, "420102")
        docs.append(await Physician.create(
            name=name, id_number=number, phone=phone, institution_id=inst.id,
            id_number_bidx=crypto.blind_index(number, purpose="id_number"),
            phone_bidx=crypto.blind_index(phone, purpose="phone"), password_hash=physician_hash,
            must_change_password=False, specialty=rng.choice(SPECIALTIES), license_no=f"1104201{n:08d}"))
    await _seed_cycle(province, docs)
    for n in range(patients):
        name, number, phone = _person(rng, "310106")
        await Patient.create(name=name, id_number=number, phone=phone,
                             id_number_bidx=crypto.blind_index(number, purpose="id_number"),
                             phone_bidx=crypto.blind_index(phone, purpose="phone"))
    await _seed_records()
    return accounts_listing()


async def _seed_records() -> None:
    """The 静安区 district with its 18 record rooms and the demo HIS (core/records/demo.py)."""
    from core.records.demo import seed_records

    province = await OrgNode.filter(parent_id__isnull=True, deleted_at__isnull=True).order_by("id").first()
    if province is not None:
        await seed_records(root=Principal(kind="admin", name="seed-demo", org_id=province.id,
                                          org_path=province.path, permissions=frozenset({"orgs.write", "orgs.read"})),
                           password=DEMO_PASSWORD)


async def _seed_cycle(province: OrgNode, docs: list[Physician]) -> None:
    """An open 2026 cycle with physicians spread over every stage of the flow."""
    from core.assessment import service as assessment_service

    prov = await _admin_principal("province")
    cycle = await assessment_service.create_cycle(actor=prov, code="2026", name="2026年度医师定期考核",
                                                  settings=DEMO_CYCLE)
    await assessment_service.open_cycle(actor=prov, cycle_id=cycle.id)
    by_inst: dict[int, list[Physician]] = {}
    for d in docs:
        by_inst.setdefault(d.institution_id, []).append(d)
    for n, (inst_id, group) in enumerate(sorted(by_inst.items())):
        inst_admin = await _admin_principal(f"inst{n + 1}")
        # The first two of each institution stay unconfirmed: candidates to enrol in the console.
        await assessment_service.enrol(actor=inst_admin, cycle_id=cycle.id, physician_ids=[d.id for d in group[2:]])
    rows = await Enrolment.filter(cycle_id=cycle.id).order_by("id")
    filing = {**DEMO_FILING, "procedure": {"procedure": "general"}}
    for i, row in enumerate(rows):
        stage = i % 5  # 0 draft, 1 submitted, 2 institution approved, 3 approved, 4 approved + scored
        if stage == 0:
            continue
        row.filing, row.procedure = filing, "general"
        await row.save(update_fields=["filing", "procedure"])
        await assessment_service._transition(row, Event.SUBMIT, actor=SYSTEM)
        if stage >= 2:
            await assessment_service._transition(row, Event.INSTITUTION_APPROVE, actor=SYSTEM)
        if stage >= 3:
            await assessment_service._transition(row, Event.ASSESSMENT_APPROVE, actor=SYSTEM)
        if stage == 4:
            row.exam_score = 55.0 if i % 2 else 86.0
            await row.save(update_fields=["exam_score"])
            await assessment_service._settle(row)


async def _admin_principal(username: str) -> Principal:
    from core.accounts.service import _principal

    account = await AdminAccount.get(username=username)
    return _principal(account, await OrgNode.get(id=account.org_id))


DEMO_CYCLE = {
    "filing_starts": "2026-01-01", "filing_ends": "2026-12-31", "procedures_allowed": ["general", "simple", "exempt"],
    "pass_mark": 60, "exam_blueprint_ref": "BP-2026-临床", "simple_requires_exam": False,
    "makeup_starts": "2026-11-01", "makeup_ends": "2026-12-31",
    "content": "考核内容包括业务水平测评、工作成绩和职业道德评定。",
}
DEMO_FILING = {
    "basic": {"gender": "女", "birth_date": "1985-06-01", "education": "硕士", "title": "主治医师", "department": "内科"},
    "practice": {"license_no": "110420100000001", "practice_category": "临床", "practice_scope": "内科专业",
                 "practice_place": "武汉市第一医院"},
    "education": {"items": [{"school": "华中科技大学同济医学院", "major": "临床医学", "degree": "硕士"}]},
    "work_history": {"items": [{"employer": "武汉市第一医院", "position": "主治医师"}]},
    "performance": {"summary": "年门诊量约8000人次，参与科室质控工作。"},
    "ethics": {"statement": "遵守医师职业道德规范，无投诉。"},
}


def _as_admin(p: Principal) -> Principal:
    return Principal(kind="admin", id=None, name=p.name, org_id=p.org_id, org_path=p.org_path,
                     permissions=p.permissions)


def accounts_listing() -> list[tuple[str, str, str]]:
    rows = [("province", DEMO_PASSWORD, "湖北省卫健委（全省）")]
    rows += [(f"city{i}", DEMO_PASSWORD, f"市卫健委 {i}") for i in (1, 2)]
    rows += [(f"county{i}", DEMO_PASSWORD, f"区县卫健委 {i}") for i in range(1, 5)]
    rows += [(f"inst{i}", DEMO_PASSWORD, f"医疗机构 {i}") for i in range(1, 7)]
    rows += [(f"assessor{i}", DEMO_PASSWORD, f"考核机构 {i}") for i in (1, 2)]
    from core.records.demo import ACCOUNTS as RECORDS_ACCOUNTS

    rows += [(username, DEMO_PASSWORD, label) for username, label in RECORDS_ACCOUNTS]
    rows += [("（医师）", DEMO_PASSWORD, "医师在小程序中用身份证号、姓名和此密码绑定")]
    return rows


async def admin_count() -> int:
    return await AdminAccount.all().count()
