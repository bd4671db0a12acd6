"""Demo data for `make run` and manual testing: a small province with stable passwords.

Why: a new engineer or a hospital's evaluator sees a populated system at once,
and logs in with the accounts printed at start-up.
"""
from __future__ import annotations

import random

from core import crypto, idcard
from core.accounts import service as accounts_service
from core.accounts.models import AdminAccount
from core.assessment.models import Physician
from core.family.models import Patient
from core.orgs import service as orgs_service
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal

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
        return accounts_listing()
    rng = random.Random(2026)
    province = await orgs_service.create_root(name="湖北省卫生健康委员会", code="420000")
    root = Principal(kind="system", name="seed-demo", org_id=province.id, org_path=province.path,
                     permissions=frozenset({"orgs.write", "orgs.read", "accounts.write", "physicians.write"}))
    await accounts_service.bootstrap_admin(username="province", password=DEMO_PASSWORD, org_id=province.id,
                                           roles=["commission_admin"], display_name="省卫健委管理员",
                                           must_change_password=False)
    counties: dict[str, OrgNode] = {}
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
                await orgs_service.create_org(actor=_as_admin(root), name=f"武汉市医师定期考核机构{k + 1}",
                                              kind=OrgKind.ASSESSMENT, code=f"KH42010{k}", parent_id=city.id)
    await orgs_service.create_org(actor=_as_admin(root), name="湖北省医师协会", kind=OrgKind.INDUSTRY,
                                  code="XH420000", parent_id=province.id)
    institutions = []
    for n, (county_code, name, code) in enumerate(INSTITUTIONS):
        inst = await orgs_service.create_org(actor=_as_admin(root), name=name, kind=OrgKind.MEDICAL,
                                             code=code, parent_id=counties[county_code].id)
        institutions.append(inst)
        await accounts_service.bootstrap_admin(username=f"inst{n + 1}", password=DEMO_PASSWORD, org_id=inst.id,
                                               roles=["institution_admin"], must_change_password=False)
    for n in range(physicians):
        inst = institutions[n % len(institutions)]
        name, number, phone = _person(rng, "420102")
        await Physician.create(name=name, id_number=number, phone=phone, institution_id=inst.id,
                               id_number_bidx=crypto.blind_index(number, purpose="id_number"),
                               phone_bidx=crypto.blind_index(phone, purpose="phone"),
                               specialty=rng.choice(SPECIALTIES), license_no=f"1104201{n:08d}")
    for n in range(patients):
        name, number, phone = _person(rng, "310106")
        await Patient.create(name=name, id_number=number, phone=phone,
                             id_number_bidx=crypto.blind_index(number, purpose="id_number"),
                             phone_bidx=crypto.blind_index(phone, purpose="phone"))
    return accounts_listing()


def _as_admin(p: Principal) -> Principal:
    return Principal(kind="admin", id=None, name=p.name, org_id=p.org_id, org_path=p.org_path,
                     permissions=p.permissions)


def accounts_listing() -> list[tuple[str, str, str]]:
    rows = [("province", DEMO_PASSWORD, "湖北省卫健委（全省）")]
    rows += [(f"city{i}", DEMO_PASSWORD, f"市卫健委 {i}") for i in (1, 2)]
    rows += [(f"county{i}", DEMO_PASSWORD, f"区县卫健委 {i}") for i in range(1, 5)]
    rows += [(f"inst{i}", DEMO_PASSWORD, f"医疗机构 {i}") for i in range(1, 7)]
    return rows


async def admin_count() -> int:
    return await AdminAccount.all().count()
