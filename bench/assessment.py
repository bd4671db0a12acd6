"""Assessment figures (issue 3): the province statistics page and the scoped
enrolment list over a province-sized cycle.

Loads 1 province, 17 cities, 100 counties, 1,000 institutions (+ one assessment
institution per city), 200,000 physicians and 200,000 enrolments in assorted
states with their review trail, then measures p50/p95 of

- the province statistics page: progress_by_region + final_results +
  result_distribution (what the page needs), target <= 2 s p95;
- the scoped enrolment list (`list_enrolments`, a page of 20 with the total
  count) as an institution, a county and the province, with filters,
  target <= 100 ms p95.

    mysql -uroot -e "CREATE DATABASE huiyi_bench_e CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    DATABASE_URL=mysql://root:@127.0.0.1:3306/huiyi_bench_e REDIS_URL=redis://127.0.0.1:6379/9 \
        .venv/bin/python bench/assessment.py

The script migrates the database (unless --no-migrate); it loads the data when the
database holds no physician and reuses it otherwise, so a change can be measured
again at once. Rows go in as raw multi-row INSERTs through the Tortoise connection
with explicit ids; ID and phone numbers are real SM4 ciphertexts
(core.crypto.encrypt) with their blind indexes, computed before the inserts; each
filing is ~1 kB of JSON, as the mini-program saves it (that width is what makes
reading rows expensive).

The indexes it led to are declared on the models (core/assessment/models.py,
migration 4); --only LABEL measures matching cases only; a case
stops sampling after --budget seconds and says how many samples it took.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path
from typing import Any, Awaitable, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tortoise import Tortoise  # noqa: E402
from tortoise.transactions import in_transaction  # noqa: E402

from core import cache, crypto, db, idcard  # noqa: E402
from core.accounts.permissions import permissions_for  # noqa: E402
from core.assessment import service as assessment_service, stats  # noqa: E402
from core.assessment.errors import NameQueryTooBroad  # noqa: E402
from core.assessment.models import (  # noqa: E402
    AssessmentAssignment, Cycle, CycleSettings, Enrolment, Physician, ReviewAction,
)
from core.orgs.models import OrgKind, OrgNode  # noqa: E402
from core.principal import Principal  # noqa: E402
from core.settings import get_settings  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "华", "建国"]
SPECIALTIES = ["内科", "外科", "妇产科", "儿科", "眼科", "口腔科", "麻醉科", "急诊科"]
SETTINGS = {"filing_starts": "2026-01-01", "filing_ends": "2026-12-31",
            "procedures_allowed": ["general", "simple", "exempt"], "pass_mark": 60, "exam_blueprint_ref": "BP-2026",
            "simple_requires_exam": False, "makeup_starts": "2026-11-01", "makeup_ends": "2026-12-31",
            "content": "业务水平测评、工作成绩、职业道德"}
# A filing as the mini-program saves it: about 1 kB of JSON per enrolment, as in production.
FILING = {
    "basic": {"gender": "男", "birth_date": "1980-01-01", "education": "本科", "title": "主治医师", "department": "内科"},
    "practice": {"license_no": "110420100000001", "practice_category": "临床", "practice_scope": "内科专业",
                 "practice_place": "武汉市第一医院", "first_registered_on": None},
    "education": {"items": [{"school": "武汉大学医学院", "major": "临床医学", "degree": "学士", "start": None,
                             "end": None}]},
    "work_history": {"items": [{"employer": "武汉市第一医院", "position": "住院医师", "start": None, "end": None},
                               {"employer": "武汉市第一医院", "position": "主治医师", "start": None, "end": None}]},
    "performance": {"summary": "年门诊量8000人次，年收治住院患者600人次，无医疗事故，参与科室质控与带教工作。",
                    "workload": "门诊每周4个半天，病房管床12张。"},
    "ethics": {"statement": "遵守医德规范，廉洁行医，无投诉。", "violations": False},
    "procedure": {"procedure": "general"},
}
BATCH = 2000


def pct(samples: list[float], p: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(len(s) * p))] * 1000


class Loader:
    """Multi-row INSERTs with explicit ids (the tables are empty), in the dialect's placeholder style."""

    def __init__(self) -> None:
        self.conn = Tortoise.get_connection("default")
        self.mysql = self.conn.capabilities.dialect == "mysql"

    def value(self, v: Any) -> Any:
        if isinstance(v, dt.datetime):  # Tortoise keeps UTC: naive in MySQL, ISO text in SQLite
            return v.replace(tzinfo=None) if self.mysql else v.isoformat(sep=" ")
        if isinstance(v, (dict, list)):
            return json.dumps(v, ensure_ascii=False)
        return v

    async def insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        cols = list(rows[0])
        q = "`" if self.mysql else '"'
        ph = "%s" if self.mysql else "?"
        one = "(" + ",".join([ph] * len(cols)) + ")"
        head = f"INSERT INTO {q}{table}{q} (" + ",".join(f"{q}{c}{q}" for c in cols) + ") VALUES "
        async with in_transaction() as conn:
            if self.mysql:
                await conn.execute_script("SET unique_checks=0; SET foreign_key_checks=0;")
            for start in range(0, len(rows), BATCH):
                chunk = rows[start:start + BATCH]
                await conn.execute_query(head + ",".join([one] * len(chunk)),
                                         [self.value(r[c]) for r in chunk for c in cols])
            if self.mysql:
                await conn.execute_script("SET unique_checks=1; SET foreign_key_checks=1;")


async def load(args) -> dict[str, Any]:
    rng = random.Random(2026)
    ld = Loader()
    now = db.utcnow()
    base = {"created_at": now, "updated_at": now}
    live = {**base, "deleted_at": None, "deleted_by_id": None}

    # ---- org tree: ids are assigned here so paths need no round trip
    nodes: list[dict[str, Any]] = []

    def node(kind: OrgKind, name: str, code: str, parent: dict | None) -> dict:
        nid = len(nodes) + 1
        row = {**live, "id": nid, "name": name, "kind": kind.value, "code": code,
               "parent_id": parent["id"] if parent else None, "path": (parent["path"] if parent else "/") + f"{nid}/",
               "level": parent["level"] + 1 if parent else 0, "contact_name": "", "contact_phone": None,
               "address": "", "may_apply_assessment": False, "profile": None}
        nodes.append(row)
        return row

    province = node(OrgKind.PROVINCE, "湖北省卫生健康委员会", "420000", None)
    cities = [node(OrgKind.CITY, f"第{c + 1}市卫生健康委员会", f"42{c + 1:02d}00", province) for c in range(args.cities)]
    counties = [node(OrgKind.COUNTY, f"第{k + 1}县卫生健康局", f"4{k + 1:05d}", cities[k % len(cities)])
                for k in range(args.counties)]
    insts = [node(OrgKind.MEDICAL, f"第{i + 1}医院", f"MA{i + 1:07d}", counties[i % len(counties)])
             for i in range(args.institutions)]
    assessors = {c["id"]: node(OrgKind.ASSESSMENT, f"{c['name']}考核机构", f"KH{c['id']:05d}", c) for c in cities}
    await ld.insert(OrgNode._meta.db_table, nodes)
    for city_id, a in assessors.items():
        await AssessmentAssignment.create(target_id=city_id, assessment_org_id=a["id"])
    city_of = {i["id"]: int(i["path"].strip("/").split("/")[1]) for i in insts}

    cycle = await Cycle.create(code="B2026", name="2026年度定期考核", status="open", settings_version=1, opened_at=now)
    await CycleSettings.create(cycle_id=cycle.id, version=1, settings=SETTINGS)

    # ---- physicians: ciphertexts and blind indexes computed before the inserts
    t = time.perf_counter()
    physicians = []
    for i in range(args.physicians):
        born = dt.date(1960, 1, 1) + dt.timedelta(days=i // 1000)  # distinct (birth date, sequence) pairs
        number = idcard.with_check_digit(f"420102{born:%Y%m%d}{i % 1000:03d}")
        phone = f"13{i:09d}"
        physicians.append({**live, "id": i + 1, "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
                           "id_number": crypto.encrypt(number),
                           "id_number_bidx": crypto.blind_index(number, purpose="id_number"),
                           "phone": crypto.encrypt(phone), "phone_bidx": crypto.blind_index(phone, purpose="phone"),
                           "institution_id": insts[i % len(insts)]["id"], "practice_category": "临床",
                           "specialty": rng.choice(SPECIALTIES), "license_no": f"1104201{i:08d}",
                           "mp_account_id": None, "password_hash": None, "must_change_password": True})
    enc = time.perf_counter() - t
    await ld.insert(Physician._meta.db_table, physicians)

    # ---- enrolments in assorted states, and their review trail
    enrolments, actions = [], []
    start = now - dt.timedelta(days=60)
    for p in physicians:
        eid = p["id"]
        confirmed = rng.random() > 0.03
        roll = rng.random()
        state = "draft" if not confirmed else (
            "draft" if roll < .12 else "submitted" if roll < .22 else "institution_rejected" if roll < .25 else
            "institution_approved" if roll < .35 else "assessment_rejected" if roll < .37 else "approved")
        r = rng.random()
        procedure = ("general" if r < .75 else "simple" if r < .92 else "exempt") if state != "draft" else (
            None if r < .5 else "general")
        row = {**base, "id": eid, "cycle_id": cycle.id, "physician_id": eid, "institution_id": p["institution_id"],
               "assessment_org_id": assessors[city_of[p["institution_id"]]]["id"], "confirmed": confirmed,
               "cancelled": not confirmed, "procedure": procedure, "state": state,
               "filing": FILING if state != "draft" else {"basic": FILING["basic"]}, "submitted_at": None,
               "last_reason": "", "exam_score": None, "makeup": "none", "makeup_score": None, "result": None,
               "result_at": None}
        if state != "draft":
            at = start + dt.timedelta(seconds=rng.randint(0, 55 * 86400))
            row["submitted_at"] = at
            actions.append((eid, "physician", "submit", "draft", "submitted", at))
            if state != "submitted":
                at2 = at + dt.timedelta(hours=rng.randint(2, 72))
                ok = state != "institution_rejected"
                actions.append((eid, "institution", "institution_approve" if ok else "institution_reject",
                                "submitted", "institution_approved" if ok else "institution_rejected", at2))
                if state in ("approved", "assessment_rejected"):
                    ok = state == "approved"
                    actions.append((eid, "assessment", "assessment_approve" if ok else "assessment_reject",
                                    "institution_approved", state, at2 + dt.timedelta(hours=rng.randint(2, 72))))
        if state == "approved":
            if procedure == "exempt":
                row["result"] = "exempt"
            elif procedure == "simple":
                row["result"] = "pass"
            elif rng.random() < .9:
                row["exam_score"] = score = max(0.0, min(100.0, round(rng.gauss(76, 12), 1)))
                if score >= 60:
                    row["result"] = "pass"
                else:
                    m = rng.random()
                    row["makeup"] = "listed" if m < .3 else "confirmed" if m < .8 else "refused"
                    if row["makeup"] == "refused":
                        row["result"] = "fail"
                    elif row["makeup"] == "confirmed" and rng.random() < .7:
                        row["makeup_score"] = ms = round(rng.uniform(40, 95), 1)
                        row["result"] = "makeup_pass" if ms >= 60 else "fail"
            if row["result"]:
                row["result_at"] = now
        enrolments.append(row)
    await ld.insert(Enrolment._meta.db_table, enrolments)
    await ld.insert(ReviewAction._meta.db_table, [
        {"id": n + 1, "enrolment_id": e, "level": lv, "action": a, "from_state": f, "to_state": to, "reason": "",
         "actor_type": "admin", "actor_id": None, "at": at} for n, (e, lv, a, f, to, at) in enumerate(actions)])
    return {"orgs": len(nodes), "physicians": len(physicians), "enrolments": len(enrolments),
            "review_actions": len(actions), "encrypt_s": enc}


def principal(org: OrgNode, role: str = "commission_admin") -> Principal:
    return Principal(kind="admin", id=1, name=f"bench-{org.id}", org_id=org.id, org_path=org.path,
                     org_kind=org.kind.value, roles=(role,), permissions=permissions_for([role]))


ONLY: list[str] = []
BUDGET_S = 120.0


async def measure(label: str, samples: int, call: Callable[[int], Awaitable[Any]]) -> None:
    if ONLY and not any(o in label for o in ONLY):
        return
    await call(0)  # warm the connection pool and caches once, as a running server has
    times: list[float] = []
    began = time.perf_counter()
    for i in range(samples):
        t = time.perf_counter()
        await call(i + 1)
        times.append(time.perf_counter() - t)
        if time.perf_counter() - began > BUDGET_S:  # a slow case reports what it has
            break
    print(f"  {label:<50} n {len(times):4d}   p50 {pct(times, .5):8.1f} ms   p95 {pct(times, .95):8.1f} ms",
          flush=True)


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--physicians", type=int, default=200_000)
    ap.add_argument("--institutions", type=int, default=1_000)
    ap.add_argument("--cities", type=int, default=17)
    ap.add_argument("--counties", type=int, default=100)
    ap.add_argument("--samples", type=int, default=200)
    ap.add_argument("--no-migrate", action="store_true", help="reuse the loaded schema as it is")
    ap.add_argument("--only", action="append", default=[], help="measure only cases whose label contains this")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds of sampling per case at most")
    args = ap.parse_args()
    ONLY.extend(args.only)
    global BUDGET_S
    BUDGET_S = args.budget
    s = get_settings()
    from core.cli import migrate

    if not args.no_migrate:
        await migrate()
    await db.init_db(s.database_url)
    cache.set_client(cache.make_client(s.redis_url))
    if not await Physician.exists():
        t0 = time.perf_counter()
        info = await load(args)
        print(f"loaded {info['orgs']} org nodes, {info['physicians']} physicians, {info['enrolments']} enrolments, "
              f"{info['review_actions']} review actions in {time.perf_counter() - t0:.1f} s "
              f"(of which {info['encrypt_s']:.1f} s SM4/SM3 of ID and phone numbers) "
              f"[{db.dialect_of(s.database_url)}]")
    else:
        print(f"reusing {await Physician.all().count()} physicians, {await Enrolment.all().count()} enrolments")
    cycle = await Cycle.get(code="B2026")
    c = cycle.id

    root = await OrgNode.get(level=0, kind=OrgKind.PROVINCE)
    county = await OrgNode.filter(kind=OrgKind.COUNTY).order_by("id").first()
    inst = await OrgNode.filter(kind=OrgKind.MEDICAL, path__startswith=county.path).order_by("id").first()
    prov, cty, hosp = principal(root), principal(county), principal(inst, "institution_admin")
    n = args.samples
    total_in = {who: (await assessment_service.list_enrolments(actor=p, cycle_id=c))[0]
                for who, p in (("province", prov), ("county", cty), ("institution", hosp))}
    print(f"in scope (confirmed): province {total_in['province']}, county {total_in['county']}, "
          f"institution {total_in['institution']}")

    print("province statistics page (progress_by_region + final_results + result_distribution):")

    async def page(i: int) -> None:
        await stats.progress_by_region(actor=prov, cycle_id=c)
        await stats.final_results(actor=prov, cycle_id=c)
        await stats.result_distribution(actor=prov, cycle_id=c)

    await measure("whole page, province", n, page)

    async def charts(i: int) -> None:  # what admin_web/pages/stats.py charts.json asks for
        await stats.progress_by_region(actor=prov, cycle_id=c)
        await stats.trend(actor=prov, cycle_id=c)
        await stats.result_distribution(actor=prov, cycle_id=c)

    await measure("charts (progress + trend + distribution), province", n, charts)
    await measure("progress_by_region, province", n, lambda i: stats.progress_by_region(actor=prov, cycle_id=c))
    await measure("final_results, province", n, lambda i: stats.final_results(actor=prov, cycle_id=c))
    await measure("result_distribution, province", n, lambda i: stats.result_distribution(actor=prov, cycle_id=c))
    await measure("trend, province", n, lambda i: stats.trend(actor=prov, cycle_id=c))
    await measure("progress_by_institution, province, page of 20", n,
                  lambda i: stats.progress_by_institution(actor=prov, cycle_id=c, offset=(i % 50) * 20))
    await measure("progress_by_region, county", n, lambda i: stats.progress_by_region(actor=cty, cycle_id=c))

    print("scoped enrolment list (page of 20 + total count):")
    states = ["submitted", "approved", "institution_approved", "draft"]
    cases: list[tuple[str, Principal, Callable[[int], dict]]] = [
        ("institution, no filter", hosp, lambda i: {}),
        ("institution, state", hosp, lambda i: {"state": states[i % 4]}),
        ("county, no filter", cty, lambda i: {}),
        ("county, state + procedure", cty, lambda i: {"state": states[i % 4], "procedure": "general"}),
        ("county, name", cty, lambda i: {"q": SURNAMES[i % 20]}),
        ("province, no filter", prov, lambda i: {}),
        ("province, state", prov, lambda i: {"state": states[i % 4]}),
        ("province, state + procedure", prov, lambda i: {"state": states[i % 4], "procedure": "general"}),
        ("province, institution", prov, lambda i: {"institution_id": inst.id + (i % 50)}),
        ("province, makeup", prov, lambda i: {"makeup": ("listed", "confirmed", "refused")[i % 3]}),
        ("province, result", prov, lambda i: {"result": ("pass", "fail", "makeup_pass", "exempt")[i % 4]}),
        ("province, surname + institution", prov, lambda i: {"q": SURNAMES[i % 20],
                                                             "institution_id": inst.id + (i % 50)}),
        ("province, name (full)", prov, lambda i: {"q": SURNAMES[i % 20] + GIVEN[i % 7]}),
    ]
    for label, who, filters in cases:
        await measure(label, n, lambda i, who=who, filters=filters: assessment_service.list_enrolments(
            actor=who, cycle_id=c, limit=20, offset=(i % 10) * 20, **filters(i)))

    async def surname_alone(i: int) -> None:  # thousands of matches: refused, and how fast
        try:
            await assessment_service.list_enrolments(actor=prov, cycle_id=c, q=SURNAMES[i % 20])
        except NameQueryTooBroad:
            return
        raise AssertionError("a surname across the province should be refused")

    await measure("province, surname alone (refused: name_query_too_broad)", n, surname_alone)
    await db.close_db()


if __name__ == "__main__":
    asyncio.run(main())
