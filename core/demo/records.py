"""Demo data of the record service (seed 003): 上海市 → 静安区 with its 18 record rooms
and the demo HIS, part of `python -m core.cli seed-demo` (core/demo/__init__.py).

Why: seed 003 names the 18 institutions of 静安区 with inpatient care. They are
rows, not code: a district node with its institutions (OrgNode) and a record
room each (RecordRoom, answered by the built-in demo HIS). The district is a
tree of its own, 上海市卫健委 → 上海市（市辖区） → 静安区卫健委 (GB/T 2260:
310000 → 310100 → 310106), not under the assessment's province: a record
service deployment has its own root. The demo patients (ID numbers of region
310106) get HIS records: some with archived stays and structured documents,
some with stays not yet archived, some unknown to the hospitals, so every
branch of the flow shows.

Idempotent: it does nothing once the district exists.
"""
from __future__ import annotations

import datetime as dt
import random

from core import crypto
from core.accounts import service as accounts_service
from core.dicts import service as dicts_service
from core.family.models import Patient
from core.his.models import HisAdmission, HisDocument, HisPatient
from core.orgs import service as orgs_service
from core.orgs.models import OrgKind, OrgNode
from core.demo.catalog import CITY, DISTRICT, RECORDS_ACCOUNTS as ACCOUNTS, ROOT
from core.demo.orgs import system_actor
from core.records.models import Department, RecordRoom

# Seed 003 覆盖范围: (name, code, review mode, fee in cents). Two variants show the settings.
INSTITUTIONS = [
    ("上海市静安区闸北中心医院", "JA31010601", "auto", 0),
    ("上海市静安区市北医院", "JA31010602", "manual", 1000),
    ("上海市静安区北站医院", "JA31010603", "manual", 0),
    ("上海市公惠医院", "JA31010604", "manual", 0),
    ("上海市第四康复医院", "JA31010605", "manual", 0),
    ("上海市静安区中医医院", "JA31010606", "manual", 0),
    ("上海市静安区精神卫生中心", "JA31010607", "manual", 0),
    ("上海市第三康复医院", "JA31010608", "manual", 0),
    ("上海市静安区中心医院", "JA31010609", "manual", 0),
    ("上海市静安区静安寺社区卫生服务中心", "JA31010610", "manual", 0),
    ("上海市静安区曹家渡社区卫生服务中心", "JA31010611", "manual", 0),
    ("上海市静安区江宁路社区卫生服务中心", "JA31010612", "manual", 0),
    ("上海市静安区石门二路社区卫生服务中心", "JA31010613", "manual", 0),
    ("上海市静安区南京西路社区卫生服务中心", "JA31010614", "manual", 0),
    ("上海市静安区芷江西路社区卫生服务中心", "JA31010615", "manual", 0),
    ("上海市静安区彭浦新村社区卫生服务中心", "JA31010616", "manual", 0),
    ("上海市静安区临汾路社区卫生服务中心", "JA31010617", "manual", 0),
    ("上海市静安区彭浦镇第二社区卫生服务中心", "JA31010618", "manual", 0),
]
# The demo HIS holds patients of these hospitals: manual review and free, automatic and free,
# manual review with a fee (so that a request can wait for payment).
HIS_HOSPITALS = ("JA31010609", "JA31010601", "JA31010602")
DEPARTMENTS = [("NK", "内科"), ("WK", "外科"), ("FCK", "妇产科"), ("EK", "儿科"), ("BAS", "病案室")]
_STAYS = [("心内科", "冠状动脉粥样硬化性心脏病"), ("普外科", "急性阑尾炎"), ("呼吸内科", "社区获得性肺炎"),
          ("骨科", "左桡骨远端骨折"), ("内分泌科", "2型糖尿病")]
_DOCS = {
    "front_page": ("病案首页", [("基本信息", "入院途径：门诊。入院科室：{dept}。"), ("出院诊断", "{diagnosis}")]),
    "discharge_summary": ("出院小结", [("入院情况", "患者因“{diagnosis}”入院，一般情况可。"),
                                      ("诊疗经过", "入院后完善相关检查，予规范治疗，病情好转。"),
                                      ("出院医嘱", "注意休息，按时服药，两周后门诊随访。")]),
    "operation": ("手术记录", [("手术名称", "{dept}常规手术"), ("手术经过", "麻醉满意，术程顺利，出血少。")]),
    "lab": ("检验报告", [("血常规", "白细胞 6.2×10^9/L，血红蛋白 132 g/L，血小板 210×10^9/L。"),
                        ("生化", "肝肾功能未见明显异常。")]),
    "exam": ("检查报告", [("胸部CT", "双肺纹理清晰，未见明显实质性病变。")]),
    "orders": ("医嘱单", [("长期医嘱", "二级护理；普食；监测生命体征。")]),
    "nursing": ("护理记录", [("护理评估", "神志清，精神可，生命体征平稳。")]),
    "consent": ("知情同意书", [("内容", "患者及家属已知悉诊疗方案及风险，同意治疗。")]),
}


async def seed_records(*, password: str) -> bool:
    """Create the Shanghai tree, the district's institutions and record rooms, and demo HIS data (once)."""
    if await OrgNode.filter(code=DISTRICT[1]).exists():
        return False
    province = await orgs_service.create_root(name=ROOT[0], code=ROOT[1])
    root = system_actor(province)
    city = await orgs_service.create_org(actor=root, name=CITY[0], kind=OrgKind.CITY, code=CITY[1],
                                         parent_id=province.id)
    district = await orgs_service.create_org(actor=root, name=DISTRICT[0], kind=OrgKind.COUNTY, code=DISTRICT[1],
                                             parent_id=city.id)
    by_code: dict[str, OrgNode] = {}
    for name, code, mode, fee in INSTITUTIONS:
        inst = await orgs_service.create_org(actor=root, name=name, kind=OrgKind.MEDICAL, code=code,
                                             parent_id=district.id)
        by_code[code] = inst
        await RecordRoom.create(institution_id=inst.id, review_mode=mode, fee_cents=fee, his_kind="demo",
                                contact_phone="021-0000" + code[-4:],
                                notice="出院病案一般在出院后7个工作日内归档，归档后方可申请复印。")
    for code in HIS_HOSPITALS:
        for dept_code, dept_name in DEPARTMENTS:
            await Department.create(institution_id=by_code[code].id, code=dept_code, name=dept_name)
    for (username, label), org, roles in zip(
            ACCOUNTS, (district, by_code["JA31010609"], by_code["JA31010601"], by_code["JA31010602"]),
            (["commission_admin"], ["record_room"], ["institution_admin"], ["record_room"])):
        await accounts_service.bootstrap_admin(username=username, password=password, org_id=org.id, roles=roles,
                                               display_name=label.split("（")[0], must_change_password=False)
    for kind in dicts_service.KINDS:
        await dicts_service.ensure_defaults(kind)
    await _his(by_code)
    return True


async def _his(by_code: dict[str, OrgNode]) -> None:
    """Every 4th demo patient is unknown to the hospitals, the next has a stay not archived yet,
    the others archived stays with every kind of structured document."""
    rng = random.Random(310106)
    patients = await Patient.filter(account_id__isnull=True, deleted_at__isnull=True).order_by("id")
    for n, p in enumerate(patients):
        if n % 4 == 0:
            continue
        for h, code in enumerate(HIS_HOSPITALS):
            if n % 4 == 1 and h == 1:
                continue
            await his_records(p, by_code[code], mrn=f"{code[-2:]}{100000 + n}", stays=1 if n % 4 == 1 else 2,
                              archived=n % 4 != 1, turn=n + h, rng=rng)


async def his_records(p: Patient, hospital: OrgNode, *, mrn: str, stays: int, archived: bool, turn: int,
                      rng: random.Random) -> HisPatient:
    """What a hospital's HIS knows of a patient: the record, its stays and their documents."""
    hp = await HisPatient.create(
        institution_id=hospital.id, mrn=mrn, name=p.name, id_number=p.id_number,
        id_number_bidx=crypto.blind_index(p.id_number, purpose="id_number"), gender=p.gender,
        birth_date=p.birth_date)
    for k in range(stays):
        dept, diagnosis = _STAYS[(turn + k) % len(_STAYS)]
        admitted = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
        discharged = admitted + dt.timedelta(days=rng.randint(3, 14))
        adm = await HisAdmission.create(patient_id=hp.id, visit_no=f"ZY{hp.mrn}{k + 1:02d}", department=dept,
                                        admitted_on=admitted, discharged_on=discharged, diagnosis=diagnosis,
                                        archived=archived)
        written = dt.datetime.combine(discharged, dt.time(10, 0), tzinfo=dt.timezone.utc)
        for kind, (title, sections) in _DOCS.items():
            if kind == "operation" and dept not in ("普外科", "骨科"):
                continue  # no operation, no operation notes
            await HisDocument.create(admission_id=adm.id, kind=kind, title=title, written_at=written, body=[
                {"heading": head, "text": text.format(dept=dept, diagnosis=diagnosis)}
                for head, text in sections])
    return hp
