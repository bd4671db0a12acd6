"""Statistics over a small province built through the real flow: exact counts per
region for the province, a city, a county, an institution and an assessment
institution; results, make-up, trend and distribution; xlsx exports; permissions;
and the item analysis on a hand-computed example."""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import pytest
from openpyxl import load_workbook

from core.assessment import service as svc, stats
from core.assessment.errors import NameQueryTooBroad, StatsLevelNotAllowed, StatsUnknownChoice
from core.assessment.models import AssessmentAssignment, Enrolment, ReviewAction
from core.audit.models import AuditLog
from core.errors import Forbidden, NotFound
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal
from tests import factories


@dataclass
class World:
    t: factories.Tree
    hospital_b2: OrgNode  # in county B1, nobody enrolled
    cycle_id: int
    province: Principal
    assessing_a: Principal
    ids: dict[str, int]  # physician label -> enrolment id


async def _file(me, procedure):
    sections = factories.FILING if procedure == "general" else {
        k: factories.FILING[k] for k in ("basic", "practice", "performance", "ethics")}
    for key, data in sections.items():
        await svc.save_section(actor=me, section=key, data=data)
    await svc.save_section(actor=me, section="procedure", data={"procedure": procedure})
    if procedure == "exempt":
        await svc.save_section(actor=me, section="exemption", data={"reason": "援外医疗"})
    return await svc.submit_filing(actor=me)


# label: (hospital, procedure or None = stays a draft, steps after submission)
#   steps: "i+" institution approves, "i-" rejects; "a+"/"a-" assessment; ("score", x); ("makeup", confirm);
#   ("mscore", x) the make-up score
PLAN = {
    "p1": ("hospital_a1", None, []),
    "p2": ("hospital_a1", "general", []),
    "p3": ("hospital_a1", "general", ["i-"]),
    "p4": ("hospital_a1", "general", ["i+", "a+", ("score", 85)]),
    "p5": ("hospital_a1", "general", ["i+", "a+", ("score", 40), ("makeup", True), ("mscore", 70)]),
    "q1": ("hospital_a2", "exempt", ["i+", "a+"]),
    "q2": ("hospital_a2", "general", ["i+", "a+", ("score", 50), ("makeup", False)]),
    "q3": ("hospital_a2", "general", ["i+"]),
    "r1": ("hospital_b1", "simple", ["i+", "a+"]),
    "r2": ("hospital_b1", "general", ["i+", "a+", ("score", 30)]),
    "r3": ("hospital_b1", "general", ["i+", "a-"]),
    "r4": ("hospital_b1", None, []),
}


async def _world() -> World:
    t = await factories.tree()
    hospital_b2 = await factories.org(t.county_b1, OrgKind.MEDICAL, "西陵区妇幼保健院")
    assessor_a = await factories.org(t.city_a, OrgKind.ASSESSMENT, "武汉考核机构")
    assessor_b = await factories.org(t.city_b, OrgKind.ASSESSMENT, "宜昌考核机构")
    await AssessmentAssignment.create(target_id=t.city_a.id, assessment_org_id=assessor_a.id)
    await AssessmentAssignment.create(target_id=t.city_b.id, assessment_org_id=assessor_b.id)
    province = await factories.actor(t.province)
    assessing = {"city_a": await factories.actor(assessor_a, roles=("assessment_admin",)),
                 "city_b": await factories.actor(assessor_b, roles=("assessment_admin",))}
    hospitals = {}
    cycle = await factories.open_cycle(province)
    ids = {}
    for label, (hosp, procedure, steps) in PLAN.items():
        node = getattr(t, hosp)
        if hosp not in hospitals:
            hospitals[hosp] = await factories.actor(node, roles=("institution_admin",))
        hospital = hospitals[hosp]
        assessor = assessing["city_a" if hosp.startswith("hospital_a") else "city_b"]
        doc = await factories.physician(node, name=f"医师{label}")
        assert (await svc.enrol(actor=hospital, cycle_id=cycle.id, physician_ids=[doc.id]))[0].ok
        row = await Enrolment.get(cycle_id=cycle.id, physician_id=doc.id)
        ids[label] = row.id
        if procedure is None:
            continue
        await _file(await factories.mp_physician(doc), procedure)
        for step in steps:
            if step in ("i+", "i-"):
                out = await svc.review(actor=hospital, enrolment_ids=[row.id],
                                       decision="approve" if step == "i+" else "reject", reason="材料不全")
            elif step in ("a+", "a-"):
                out = await svc.review(actor=assessor, enrolment_ids=[row.id],
                                       decision="approve" if step == "a+" else "reject", reason="不符合要求")
            elif step[0] == "score":
                await svc.record_score(actor=assessor, enrolment_id=row.id, score=step[1])
                continue
            elif step[0] == "mscore":
                await svc.record_score(actor=assessor, enrolment_id=row.id, score=step[1], makeup=True)
                continue
            else:
                out = await svc.decide_makeup(actor=province, enrolment_ids=[row.id], confirm=step[1])
            assert out[0].ok, out
    # Enrolled, then cancelled before filing: not counted anywhere.
    gone = await factories.physician(t.hospital_a1, name="取消医师")
    await svc.enrol(actor=hospitals["hospital_a1"], cycle_id=cycle.id, physician_ids=[gone.id])
    await svc.cancel_enrolment(actor=hospitals["hospital_a1"],
                               enrolment_id=(await Enrolment.get(physician_id=gone.id)).id)
    return World(t, hospital_b2, cycle.id, province, assessing["city_a"], ids)


PROGRESS_CITY_A = {"enrolled": 8, "filed": 7, "institution_reviewed": 6, "approved": 4, "rejected": 1,
                   "exam_taken": 3, "passed": 1, "failed": 1, "makeup_listed": 2, "makeup_confirmed": 1,
                   "makeup_passed": 1, "exempt": 1, "filing_rate": 0.875, "review_rate": 0.8571,
                   "approval_rate": 0.5714, "exam_rate": 0.75, "pass_rate": 0.375}
PROGRESS_CITY_B = {"enrolled": 4, "filed": 3, "institution_reviewed": 3, "approved": 2, "rejected": 1,
                   "exam_taken": 1, "passed": 1, "failed": 0, "makeup_listed": 1, "makeup_confirmed": 0,
                   "makeup_passed": 0, "exempt": 0, "filing_rate": 0.75, "review_rate": 1.0,
                   "approval_rate": 0.6667, "exam_rate": 0.5, "pass_rate": 0.25}
PROGRESS_TOTAL = {"enrolled": 12, "filed": 10, "institution_reviewed": 9, "approved": 6, "rejected": 2,
                  "exam_taken": 4, "passed": 2, "failed": 1, "makeup_listed": 3, "makeup_confirmed": 1,
                  "makeup_passed": 1, "exempt": 1, "filing_rate": 0.8333, "review_rate": 0.9,
                  "approval_rate": 0.6, "exam_rate": 0.6667, "pass_rate": 0.3333}


def _strip(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in ("id", "name", "code", "kind", "region_id", "region_name")}


async def test_province_progress_per_city_with_total():
    w = await _world()
    data = await stats.progress_by_region(actor=w.province, cycle_id=w.cycle_id)
    assert data.level == "city"
    assert [(r["id"], r["name"]) for r in data.rows] == [(w.t.city_a.id, "武汉市卫健委"),
                                                            (w.t.city_b.id, "宜昌市卫健委")]
    assert _strip(data.rows[0]) == PROGRESS_CITY_A
    assert _strip(data.rows[1]) == PROGRESS_CITY_B
    assert data.total == PROGRESS_TOTAL
    assert [c.key for c in data.columns][:3] == ["enrolled", "filed", "institution_reviewed"]
    assert data.columns[0].label == "参加人数"


async def test_city_sees_its_counties_and_county_only_its_institutions():
    w = await _world()
    city = await factories.actor(w.t.city_a)
    data = await stats.progress_by_region(actor=city, cycle_id=w.cycle_id)
    assert data.level == "county"
    rows = {r["id"]: r for r in data.rows}
    assert set(rows) == {w.t.county_a1.id, w.t.county_a2.id}
    assert (rows[w.t.county_a1.id]["enrolled"], rows[w.t.county_a1.id]["filed"],
            rows[w.t.county_a1.id]["approved"], rows[w.t.county_a1.id]["makeup_passed"]) == (5, 4, 2, 1)
    assert (rows[w.t.county_a2.id]["enrolled"], rows[w.t.county_a2.id]["exempt"],
            rows[w.t.county_a2.id]["failed"]) == (3, 1, 1)
    assert _strip(data.total) == PROGRESS_CITY_A

    county = await factories.actor(w.t.county_b1)
    data = await stats.progress_by_region(actor=county, cycle_id=w.cycle_id)
    assert data.level == "institution"
    # The county's own two institutions, the one without enrolments as a zero row; nothing of city A.
    assert [(r["id"], r["enrolled"], r["filed"], r["approved"]) for r in data.rows] == [
        (w.t.hospital_b1.id, 4, 3, 2), (w.hospital_b2.id, 0, 0, 0)]
    assert data.total == PROGRESS_CITY_B
    with pytest.raises(StatsLevelNotAllowed) as exc:
        await stats.progress_by_region(actor=county, cycle_id=w.cycle_id, level="county")
    assert exc.value.details["allowed"] == ["institution"]


async def test_province_can_break_down_by_county_and_institution():
    w = await _world()
    data = await stats.progress_by_region(actor=w.province, cycle_id=w.cycle_id, level="county")
    assert [(r["id"], r["enrolled"], r["passed"]) for r in data.rows] == [
        (w.t.county_a1.id, 5, 1), (w.t.county_a2.id, 3, 0), (w.t.county_b1.id, 4, 1)]
    data = await stats.progress_by_region(actor=w.province, cycle_id=w.cycle_id, level="institution")
    assert [(r["id"], r["enrolled"]) for r in data.rows] == [
        (w.t.hospital_a1.id, 5), (w.t.hospital_a2.id, 3), (w.t.hospital_b1.id, 4), (w.hospital_b2.id, 0)]


async def test_institution_and_assessment_institution_see_their_own():
    w = await _world()
    hospital = await factories.actor(w.t.hospital_a2, roles=("institution_admin",))
    data = await stats.progress_by_region(actor=hospital, cycle_id=w.cycle_id)
    assert [(r["id"], r["enrolled"], r["exempt"]) for r in data.rows] == [(w.t.hospital_a2.id, 3, 1)]
    # The assessment institution of city A sees the enrolments assigned to it, wherever they are.
    data = await stats.progress_by_region(actor=w.assessing_a, cycle_id=w.cycle_id, level="city")
    assert [(r["id"], r["enrolled"]) for r in data.rows] == [(w.t.city_a.id, 8)]
    data = await stats.progress_by_region(actor=w.assessing_a, cycle_id=w.cycle_id)
    assert [(r["id"], r["enrolled"]) for r in data.rows] == [(w.t.hospital_a1.id, 5), (w.t.hospital_a2.id, 3)]


async def test_final_and_makeup_results():
    w = await _world()
    data = await stats.final_results(actor=w.province, cycle_id=w.cycle_id)
    assert [_strip(r) for r in data.rows] == [
        {"enrolled": 8, "passed": 1, "makeup_passed": 1, "exempt": 1, "failed": 1, "pending": 4, "pass_rate": 0.375},
        {"enrolled": 4, "passed": 1, "makeup_passed": 0, "exempt": 0, "failed": 0, "pending": 3, "pass_rate": 0.25}]
    assert data.total["pending"] == 7 and data.total["pass_rate"] == 0.3333
    data = await stats.makeup_results(actor=w.province, cycle_id=w.cycle_id)
    assert [_strip(r) for r in data.rows] == [
        {"makeup_listed": 2, "makeup_pending": 0, "makeup_confirmed": 1, "makeup_refused": 1, "makeup_taken": 1,
         "makeup_passed": 1, "makeup_failed": 0, "makeup_pass_rate": 1.0},
        {"makeup_listed": 1, "makeup_pending": 1, "makeup_confirmed": 0, "makeup_refused": 0, "makeup_taken": 0,
         "makeup_passed": 0, "makeup_failed": 0, "makeup_pass_rate": 0.0}]
    county = await factories.actor(w.t.county_a2)
    data = await stats.final_results(actor=county, cycle_id=w.cycle_id)
    assert [(r["id"], r["failed"], r["exempt"], r["pending"]) for r in data.rows] == [
        (w.t.hospital_a2.id, 1, 1, 1)]


async def test_institution_table_filters_and_pages():
    w = await _world()
    total, rows = await stats.progress_by_institution(actor=w.province, cycle_id=w.cycle_id, limit=2)
    assert total == 4
    assert [(r.id, r.region_name, r.enrolled) for r in rows] == [
        (w.t.hospital_a1.id, "江岸区卫健局", 5), (w.t.hospital_a2.id, "武昌区卫健局", 3)]
    total, rows = await stats.progress_by_institution(actor=w.province, cycle_id=w.cycle_id, limit=2, offset=2)
    assert (total, [(r.id, r.enrolled, r.filing_rate) for r in rows]) == (
        4, [(w.t.hospital_b1.id, 4, 0.75), (w.hospital_b2.id, 0, 0.0)])
    total, rows = await stats.progress_by_institution(actor=w.province, cycle_id=w.cycle_id,
                                                      region_id=w.t.city_b.id, q="妇幼")
    assert (total, [r.id for r in rows]) == (1, [w.hospital_b2.id])
    county = await factories.actor(w.t.county_a1)
    total, rows = await stats.progress_by_institution(actor=county, cycle_id=w.cycle_id)
    assert (total, [r.id for r in rows]) == (1, [w.t.hospital_a1.id])
    with pytest.raises(NotFound):  # another county's region is as absent as a missing one
        await stats.progress_by_institution(actor=county, cycle_id=w.cycle_id, region_id=w.t.county_b1.id)
    total, rows = await stats.progress_by_institution(actor=w.assessing_a, cycle_id=w.cycle_id)
    assert (total, [r.id for r in rows]) == (2, [w.t.hospital_a1.id, w.t.hospital_a2.id])


async def _date_actions(w: World) -> None:
    """Move the review trail to known days: every action on 5 March (10:00 China time),
    p2's submission at 01:30 on 2 March and p3's at 23:59 on 3 March (China time)."""
    await ReviewAction.all().update(at=dt.datetime(2026, 3, 5, 2, 0, tzinfo=dt.timezone.utc))
    await ReviewAction.filter(enrolment_id=w.ids["p2"], action="submit").update(
        at=dt.datetime(2026, 3, 1, 17, 30, tzinfo=dt.timezone.utc))
    await ReviewAction.filter(enrolment_id=w.ids["p3"], action="submit").update(
        at=dt.datetime(2026, 3, 3, 15, 59, tzinfo=dt.timezone.utc))


async def test_trend_counts_per_china_day_and_fills_gaps():
    w = await _world()
    await _date_actions(w)
    data = await stats.trend(actor=w.province, cycle_id=w.cycle_id)
    assert [s.key for s in data.series] == ["submitted", "institution_reviewed", "assessment_reviewed"]
    assert data.rows == [
        {"day": "2026-03-02", "submitted": 1, "institution_reviewed": 0, "assessment_reviewed": 0},
        {"day": "2026-03-03", "submitted": 1, "institution_reviewed": 0, "assessment_reviewed": 0},
        {"day": "2026-03-04", "submitted": 0, "institution_reviewed": 0, "assessment_reviewed": 0},
        {"day": "2026-03-05", "submitted": 8, "institution_reviewed": 9, "assessment_reviewed": 7}]
    county = await factories.actor(w.t.county_b1)
    data = await stats.trend(actor=county, cycle_id=w.cycle_id)
    assert data.rows == [{"day": "2026-03-05", "submitted": 3, "institution_reviewed": 3,
                             "assessment_reviewed": 3}]
    data = await stats.trend(actor=w.province, cycle_id=w.cycle_id, since=dt.date(2026, 3, 3),
                             until=dt.date(2026, 3, 4))
    assert [(r["day"], r["submitted"]) for r in data.rows] == [("2026-03-03", 1), ("2026-03-04", 0)]


async def test_distributions_for_the_pie():
    w = await _world()
    data = await stats.result_distribution(actor=w.province, cycle_id=w.cycle_id)
    assert [(i.key, i.label, i.count) for i in data.items] == [
        ("pass", "合格", 2), ("makeup_pass", "补考合格", 1), ("exempt", "免考", 1), ("fail", "不合格", 1),
        (None, "暂无结果", 7)]
    assert data.total == 12
    data = await stats.result_distribution(actor=w.province, cycle_id=w.cycle_id, by="state")
    assert {i.key: i.count for i in data.items} == {
        "draft": 2, "submitted": 1, "institution_approved": 1, "institution_rejected": 1, "approved": 6,
        "assessment_rejected": 1}
    data = await stats.result_distribution(actor=await factories.actor(w.t.city_b), cycle_id=w.cycle_id,
                                           by="procedure")
    assert {i.key: i.count for i in data.items} == {"general": 2, "simple": 1, "exempt": 0, None: 1}
    with pytest.raises(StatsUnknownChoice):
        await stats.result_distribution(actor=w.province, cycle_id=w.cycle_id, by="name")


def _sheet(data: bytes) -> list[list]:
    ws = load_workbook(io.BytesIO(data), read_only=True).active
    return [list(r) for r in ws.iter_rows(values_only=True)]


async def test_exports_hold_the_tables_and_are_audited():
    w = await _world()
    await _date_actions(w)
    rows = _sheet(await stats.export(actor=w.province, table="progress", cycle_id=w.cycle_id))
    assert rows[0][:4] == ["市", "参加人数", "已填报", "机构已审核"] and rows[0][-1] == "合格率(%)"
    assert rows[1][:3] == ["武汉市卫健委", 8, 7] and rows[1][-5:] == [87.5, 85.71, 57.14, 75, 37.5]
    assert rows[2][:2] == ["宜昌市卫健委", 4] and rows[3][:3] == ["合计", 12, 10] and len(rows) == 4
    log = await AuditLog.filter(action="stats.export").order_by("-seq").first()
    assert log.after == {"table": "progress", "rows": 3, "params": {}} and log.target_id == str(w.cycle_id)

    county = await factories.actor(w.t.county_a1)
    rows = _sheet(await stats.export(actor=county, table="results", cycle_id=w.cycle_id))
    assert rows == [["机构", "参加人数", "合格", "补考合格", "免考", "不合格", "暂无结果", "合格率(%)"],
                    ["江岸医院", 5, 1, 1, 0, 0, 3, 40], ["合计", 5, 1, 1, 0, 0, 3, 40]]
    rows = _sheet(await stats.export(actor=w.province, table="makeup", cycle_id=w.cycle_id, level="county"))
    assert rows[0][0] == "县（区）" and [r[0] for r in rows[1:]] == ["江岸区卫健局", "武昌区卫健局", "西陵区卫健局", "合计"]
    assert [r[1] for r in rows[1:]] == [1, 1, 1, 3]
    rows = _sheet(await stats.export(actor=w.province, table="institutions", cycle_id=w.cycle_id,
                                     region_id=w.t.city_b.id))
    assert rows[0][:3] == ["机构", "所属地区", "参加人数"]
    assert [r[:3] for r in rows[1:]] == [["西陵医院", "西陵区卫健局", 4], ["西陵区妇幼保健院", "西陵区卫健局", 0]]
    rows = _sheet(await stats.export(actor=w.province, table="trend", cycle_id=w.cycle_id))
    assert rows[0] == ["日期", "提交填报", "机构审核", "考核机构复核"] and rows[-1] == ["2026-03-05", 8, 9, 7]
    rows = _sheet(await stats.export(actor=w.province, table="distribution", cycle_id=w.cycle_id))
    assert rows[0] == ["类别", "人数", "占比(%)"] and rows[1] == ["合格", 2, 16.67] and rows[5] == ["暂无结果", 7, 58.33]
    assert await AuditLog.filter(action="stats.export", outcome="success").count() == 6
    with pytest.raises(StatsUnknownChoice):
        await stats.export(actor=w.province, table="physicians", cycle_id=w.cycle_id)


async def test_roles_without_stats_read_are_refused_and_audited():
    w = await _world()
    for role in ("viewer", "auditor", "industry_admin"):
        who = await factories.actor(w.t.city_a, roles=(role,))
        for call in (stats.progress_by_region(actor=who, cycle_id=w.cycle_id),
                     stats.export(actor=who, table="progress", cycle_id=w.cycle_id),
                     stats.trend(actor=who, cycle_id=w.cycle_id)):
            with pytest.raises(Forbidden):
                await call
    assert await AuditLog.filter(action="stats.read", outcome="denied").count() == 9
    assert not await AuditLog.filter(action="stats.export").exists()
    with pytest.raises(NotFound):
        await stats.final_results(actor=w.province, cycle_id=w.cycle_id + 99)


# ------------------------------------------------------------------ the scoped enrolment list

async def test_enrolment_list_filters_pages_and_name_search(monkeypatch):
    """list_enrolments reads a page of ids first and matches names in the physician
    table first (bench/assessment.py); the answers are those of the plain query."""
    w = await _world()
    for sort_here in (5000, 0):  # a small result sorted in Python, a large one by the database
        monkeypatch.setattr(svc, "_SORT_HERE_MAX", sort_here)
        total, rows = await svc.list_enrolments(actor=w.province, cycle_id=w.cycle_id, limit=5, offset=5)
        assert total == 12 and [r.id for r in rows] == sorted(w.ids.values())[5:10]
        assert rows[0].physician.name == "医师q1" and rows[0].institution.name == "武昌医院"
        total, rows = await svc.list_enrolments(actor=w.province, cycle_id=w.cycle_id, limit=5, offset=10)
        assert (total, [r.id for r in rows]) == (12, sorted(w.ids.values())[10:])
    total, rows = await svc.list_enrolments(actor=w.province, cycle_id=w.cycle_id, state="approved",
                                            procedure="general")
    assert (total, [r.id for r in rows]) == (4, [w.ids[k] for k in ("p4", "p5", "q2", "r2")])
    county = await factories.actor(w.t.county_a2)
    total, rows = await svc.list_enrolments(actor=county, cycle_id=w.cycle_id, result="fail")
    assert (total, [r.id for r in rows]) == (1, [w.ids["q2"]])
    total, rows = await svc.list_enrolments(actor=county, cycle_id=w.cycle_id, makeup="refused", limit=20,
                                            offset=20)
    assert (total, rows) == (1, [])
    await factories.physician(w.t.hospital_b1, name="医师p3")  # same name, not enrolled
    for cap in (1000, 0):  # matched by id list, and by the join when the name is too common
        monkeypatch.setattr(svc, "_NAME_IDS_MAX", cap)
        total, rows = await svc.list_enrolments(actor=w.province, cycle_id=w.cycle_id, q="医师p3")
        assert (total, [r.id for r in rows]) == (1, [w.ids["p3"]])
        total, _ = await svc.list_enrolments(actor=w.province, cycle_id=w.cycle_id, q="p3")
        assert total == 0  # names match from their start
        total, rows = await svc.list_enrolments(actor=await factories.actor(w.t.city_b), cycle_id=w.cycle_id,
                                                q="医师")
        assert (total, [r.id for r in rows]) == (4, [w.ids[k] for k in ("r1", "r2", "r3", "r4")])
        total, rows = await svc.list_enrolments(actor=w.province, cycle_id=w.cycle_id, q="无此人")
        assert (total, rows) == (0, [])
        # One character is a surname: a prefix match too.
        total, _ = await svc.list_enrolments(actor=county, cycle_id=w.cycle_id, q="医")
        assert total == 3
        total, _ = await svc.list_enrolments(actor=w.province, cycle_id=w.cycle_id, q="师")
        assert total == 0
        if cap:
            total, _ = await svc.list_enrolments(actor=w.province, cycle_id=w.cycle_id, q="医")
            assert total == 12
        else:  # a too common surname across the province asks for more
            with pytest.raises(NameQueryTooBroad):
                await svc.list_enrolments(actor=w.province, cycle_id=w.cycle_id, q="医")
            total, _ = await svc.list_enrolments(actor=w.province, cycle_id=w.cycle_id, q="医",
                                                 institution_id=w.t.hospital_b1.id)
            assert total == 4


# ------------------------------------------------------------------ HTTP

async def test_http_endpoints_answer_json_and_xlsx(client):
    w = await _world()
    acct = await factories.admin(w.t.city_a, username="city_stats")
    await factories.login(client, "city_stats")
    base = "/api/admin/v1/stats"
    r = await client.get(f"{base}/progress", params={"cycle_id": w.cycle_id})
    assert r.status_code == 200, r.text
    assert r.json()["level"] == "county" and _strip(r.json()["total"]) == PROGRESS_CITY_A
    r = await client.get(f"{base}/results", params={"cycle_id": w.cycle_id, "level": "institution"})
    assert [(x["name"], x["passed"], x["failed"]) for x in r.json()["rows"]] == [("江岸医院", 1, 0),
                                                                               ("武昌医院", 0, 1)]
    r = await client.get(f"{base}/makeup", params={"cycle_id": w.cycle_id})
    assert r.json()["total"]["makeup_refused"] == 1
    r = await client.get(f"{base}/institutions", params={"cycle_id": w.cycle_id, "page": 2, "page_size": 1,
                                                         "q": "", "region_id": ""})
    body = r.json()
    assert (body["total"], body["page"], [x["name"] for x in body["items"]]) == (2, 2, ["武昌医院"])
    r = await client.get(f"{base}/distribution", params={"cycle_id": w.cycle_id, "by": "makeup"})
    assert {i["key"]: i["count"] for i in r.json()["items"]} == {"none": 6, "listed": 0, "confirmed": 1,
                                                                 "refused": 1}
    await _date_actions(w)
    r = await client.get(f"{base}/trend", params={"cycle_id": w.cycle_id, "since": "2026-03-05"})
    assert r.json()["rows"] == [{"day": "2026-03-05", "submitted": 5, "institution_reviewed": 6,
                                 "assessment_reviewed": 4}]
    r = await client.get(f"{base}/export/progress.xlsx", params={"cycle_id": w.cycle_id})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert _sheet(r.content)[-1][:3] == ["合计", 8, 7]
    log = await AuditLog.filter(action="stats.export").first()
    assert log.actor_id == str(acct.id) and log.after["table"] == "progress"

    for params, code in (({}, "request.validation_failed"), ({"cycle_id": "x"}, "request.validation_failed"),
                         ({"cycle_id": w.cycle_id, "level": "city"}, "stats.level_not_allowed"),
                         ({"cycle_id": w.cycle_id, "level": "street"}, "request.validation_failed"),
                         ({"cycle_id": w.cycle_id, "extra": "1"}, "request.validation_failed")):
        r = await client.get(f"{base}/progress", params=params)
        assert (r.status_code, r.json()["code"]) == (422, code), (params, r.text)
    r = await client.get(f"{base}/progress", params={"cycle_id": w.cycle_id + 99})
    assert (r.status_code, r.json()["code"]) == (404, "request.not_found")
    r = await client.get(f"{base}/export/physicians.xlsx", params={"cycle_id": w.cycle_id})
    assert (r.status_code, r.json()["code"]) == (422, "stats.unknown_choice")
    r = await client.get(f"{base}/export/progress.csv", params={"cycle_id": w.cycle_id})
    assert r.status_code == 404


async def test_http_refuses_without_permission_or_login(client):
    w = await _world()
    await factories.admin(w.t.province, roles=("viewer",), username="viewer_stats")
    r = await client.get("/api/admin/v1/stats/progress", params={"cycle_id": w.cycle_id})
    assert r.status_code == 401 and r.json()["code"] == "accounts.session_expired"
    await factories.login(client, "viewer_stats")
    for path in ("progress", "institutions", "trend", "distribution", "export/results.xlsx"):
        r = await client.get(f"/api/admin/v1/stats/{path}", params={"cycle_id": w.cycle_id})
        assert (r.status_code, r.json()["code"]) == (403, "auth.forbidden"), path


# ------------------------------------------------------------------ item analysis

def test_item_analysis_on_a_hand_computed_example():
    # Ten candidates (totals 10 … 1), three questions. 27 % of 10 rounds to groups of 3:
    # upper = totals 10, 9, 8; lower = totals 3, 2, 1.
    # Q1 right for the six best: P = 0.6, D = 3/3 - 0/3 = 1.0.
    # Q2 right for totals 10, 8, 6, 4, 2: P = 0.5, D = 2/3 - 1/3 = 0.3333.
    # Q3 partial, out of 2 points: 2,2,1,1,1,1,1,1,0,0 → proportions 1,1,.5,.5,.5,.5,.5,.5,0,0: P = 0.5,
    #    D = (1 + 1 + .5)/3 - (.5 + 0 + 0)/3 = 0.6667.
    # Point-biserial (Pearson with the total): totals have mean 5.5 and Σ(t - 5.5)² = 82.5.
    # Q1: Σ(x-.6)(t-5.5) = .4·(4.5+3.5+2.5+1.5+.5-.5) - .6·(-1.5-2.5-3.5-4.5) = 4.8 + 7.2 = 12,
    #     Σ(x-.6)² = 6·.16 + 4·.36 = 2.4 → r = 12/√(2.4·82.5) = 12/14.0712 = 0.8528.
    # Q2: Σ(x-.5)(t-5.5) = .5·(4.5+2.5+.5-1.5-3.5) - .5·(3.5+1.5-.5-2.5-4.5) = 1.25 + 1.25 = 2.5,
    #     Σ(x-.5)² = 2.5 → r = 2.5/√(2.5·82.5) = 2.5/14.3614 = 0.1741.
    # Q3: Σ(x-.5)(t-5.5) = .5·4.5 + .5·3.5 - .5·(-3.5) - .5·(-4.5) = 8, Σ(x-.5)² = 4·.25 = 1
    #     → r = 8/√82.5 = 0.8808.
    q3 = [2, 2, 1, 1, 1, 1, 1, 1, 0, 0]
    responses = [(10 - i, {"q1": 1 if i < 6 else 0, "q2": 1 if i % 2 == 0 else 0, "q3": q3[i]})
                 for i in range(10)]
    out = stats.item_analysis(responses, max_scores={"q3": 2})
    assert out == [
        {"question_id": "q1", "n": 10, "facility": 0.6, "discrimination": 1.0, "point_biserial": 0.8528},
        {"question_id": "q2", "n": 10, "facility": 0.5, "discrimination": 0.3333, "point_biserial": 0.1741},
        {"question_id": "q3", "n": 10, "facility": 0.5, "discrimination": 0.6667, "point_biserial": 0.8808},
    ]


def test_item_analysis_edge_cases():
    assert stats.item_analysis([]) == []
    # Everybody right: no spread, so no correlation; a question someone skipped counts as 0.
    out = stats.item_analysis([(3, {"a": 1, "b": 1}), (2, {"a": 1}), (1, {"a": 1, "b": 0})])
    assert out[0] == {"question_id": "a", "n": 3, "facility": 1.0, "discrimination": 0.0, "point_biserial": None}
    assert out[1]["facility"] == 0.3333 and out[1]["discrimination"] == 1.0
    one = stats.item_analysis([(5, {"a": 1})])
    assert one == [{"question_id": "a", "n": 1, "facility": 1.0, "discrimination": None, "point_biserial": None}]
