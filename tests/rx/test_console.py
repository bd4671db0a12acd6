"""审方管理 (core/rx/console.py): every filter exact on a constructed set of prescriptions — date range,
hospital scope, department, doctor, review state, drug / diagnosis / pharmacist by fuzzy text,
医生已修改, 问题处方 and their combinations — paging with the capped total, export, and the review
statistics (reviewed share, rejection reasons, time to the first decision, per day and per pharmacist)
exact on known reviews."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from core.accounts.models import AdminAccount
from core.audit.models import AuditLog
from core.db import utcnow
from core.dicts.models import Diagnosis
from core.localtime import local_date
from core.rx import console
from core.rx.console_schemas import RxConsoleFilter, RxStatsFilter
from core.rx.models import Prescription, RxReview
from tests import factories


class Set:
    pass


async def _set():
    w = await factories.rx_world()
    s = Set()
    s.w = w
    now = utcnow()
    await AdminAccount.filter(id=w.pharmacist.id).update(display_name="张药师")
    wang = await factories.admin(w.hospital, roles=("pharmacist",), display_name="王药师") \
        if "display_name" in factories.admin.__code__.co_varnames else \
        await factories.admin(w.hospital, roles=("pharmacist",))
    await AdminAccount.filter(id=wang.id).update(display_name="王药师")
    s.wang = wang
    for code, name in (("O21.0", "轻度妊娠剧吐"), ("O21.1", "妊娠剧吐伴代谢紊乱"), ("J06.9", "急性上呼吸道感染")):
        await Diagnosis.create(code=code, name=name)
    s.p1 = await factories.rx_prescription(w, state="approved", reviewer=w.pharmacist,
                                           created_at=now - dt.timedelta(days=2))
    s.p2 = await factories.rx_prescription(w, state="rejected", reviewer=wang, problem=True,
                                           items=(("metronidazole", "200", "tid", 7, 1),
                                                  ("folic_acid", "0.4", "qd", 30, 1)),
                                           diagnoses=(("O21.0", "轻度妊娠剧吐"),), created_at=now - dt.timedelta(days=1))
    other_dept = await factories.department(w.hospital, name="产科")
    s.dept = other_dept
    s.p3 = await factories.rx_prescription(w, state="pending_review", modified=True,
                                           items=(("paracetamol", "500", "tid", 3, 1),),
                                           diagnoses=(("O21.1", "妊娠剧吐伴代谢紊乱"),), created_at=now)
    await Prescription.filter(id=s.p3.id).update(department_id=other_dept.id, doctor_id=w.consult.colleague.id)
    s.p4 = await factories.rx_prescription(w, state="approved", reviewer=w.pharmacist,
                                           created_at=now - dt.timedelta(days=40))
    s.p5 = await factories.rx_prescription(w, state="approved", created_at=now - dt.timedelta(hours=1))
    await Prescription.filter(id=s.p5.id).update(institution_id=w.consult.tree.hospital_a2.id)  # another county
    return s


async def _ids(actor, **filters) -> list[int]:
    page = await console.list_prescriptions(actor=actor, filters=RxConsoleFilter(**filters), page_size=100)
    assert page.total == len(page.items) and not page.total_capped
    return [r.id for r in page.items]


async def test_every_filter_is_exact():
    s = await _set()
    ph = s.w.pharmacist_actor
    p1, p2, p3, p4 = s.p1.id, s.p2.id, s.p3.id, s.p4.id
    today = local_date(utcnow())
    assert await _ids(ph) == [p3, p2, p1, p4]  # newest first; the other county's p5 is out of scope
    assert await _ids(ph, date_from=today - dt.timedelta(days=7)) == [p3, p2, p1]
    assert await _ids(ph, date_to=today - dt.timedelta(days=30)) == [p4]
    assert await _ids(ph, date_from=today - dt.timedelta(days=2), date_to=today - dt.timedelta(days=1)) == [p2, p1]
    assert await _ids(ph, department_id=s.dept.id) == [p3]
    assert await _ids(ph, doctor_id=s.w.consult.colleague.id) == [p3]
    assert await _ids(ph, doctor_id=s.w.doctor.id) == [p2, p1, p4]
    assert await _ids(ph, state="rejected") == [p2]
    assert await _ids(ph, state="approved") == [p1, p4]
    assert await _ids(ph, modified=True) == [p3]
    assert await _ids(ph, problem=True) == [p2]
    assert await _ids(ph, problem=False) == [p3, p2, p1, p4]  # unticked: no filter
    # Drugs by name, trade name fragment, code; disabled drugs still find old prescriptions.
    assert await _ids(ph, drug="阿莫") == [p1, p4]
    assert await _ids(ph, drug="叶酸") == [p2]
    assert await _ids(ph, drug="D-paracet") == [p3]
    assert await _ids(ph, drug="不存在的药") == []
    # Diagnoses by name (through the dictionary) or ICD-10 prefix (the index range).
    assert await _ids(ph, diagnosis="妊娠剧吐") == [p3, p2]
    assert await _ids(ph, diagnosis="O21") == [p3, p2]
    assert await _ids(ph, diagnosis="o21.1") == [p3]
    assert await _ids(ph, diagnosis="上呼吸道") == [p1, p4]
    assert await _ids(ph, diagnosis="J06.9") == [p1, p4]
    assert await _ids(ph, diagnosis="骨折") == []
    # Pharmacists by name or account.
    assert await _ids(ph, pharmacist="王") == [p2]
    assert await _ids(ph, pharmacist="张药") == [p1, p4]
    assert await _ids(ph, pharmacist=s.wang.username) == [p2]
    assert await _ids(ph, pharmacist="李") == []
    # Combinations.
    assert await _ids(ph, drug="阿莫", date_from=today - dt.timedelta(days=7)) == [p1]
    assert await _ids(ph, drug="阿莫", pharmacist="张", diagnosis="J06", state="approved") == [p1, p4]
    assert await _ids(ph, diagnosis="O21", modified=True) == [p3]
    assert await _ids(ph, diagnosis="O21", problem=True, drug="甲硝唑", pharmacist="王药师") == [p2]
    assert await _ids(ph, diagnosis="O21", problem=True, drug="阿莫") == []

    page = await console.list_prescriptions(actor=ph, filters=RxConsoleFilter(), page_size=3)
    assert (page.total, len(page.items), page.total_capped) == (4, 3, False)
    page2 = await console.list_prescriptions(actor=ph, filters=RxConsoleFilter(), page=2, page_size=3)
    assert [r.id for r in page2.items] == [p4] and page2.total == 4
    row = page.items[1]
    assert row.number == s.p2.number and row.drugs == ["甲硝唑片", "叶酸片"] and row.reviewer_name == "王药师"
    assert row.patient_name != s.p2.patient_name and "*" in row.patient_name
    assert row.review_url == f"/admin/rx/review/{p2}" and row.state_label == "审核拒绝"
    assert [d.code for d in row.diagnoses] == ["O21.0"]

    # The county sees its hospital's; the other county and a hospital without rx.read see nothing / nothing allowed.
    county = factories.principal_for(await factories.admin(s.w.consult.tree.county_a1), s.w.consult.tree.county_a1)
    assert await _ids(county) == [p3, p2, p1, p4]
    province = factories.principal_for(await factories.admin(s.w.consult.tree.province), s.w.consult.tree.province)
    assert s.p5.id in await _ids(province)
    other = factories.principal_for(await factories.admin(s.w.consult.tree.county_a2), s.w.consult.tree.county_a2)
    assert await _ids(other) == [s.p5.id]
    assert await _ids(other, institution_id=s.w.hospital.id) == []
    with pytest.raises(Exception) as e:
        await console.list_prescriptions(actor=s.w.pharmacy_actor, filters=RxConsoleFilter())
    assert e.value.status == 403
    with pytest.raises(Exception) as e:
        await console.list_prescriptions(actor=ph, filters=RxConsoleFilter(), page=2000, page_size=20)
    assert e.value.code == "rx.console_page_too_deep"


async def test_capped_total(monkeypatch):
    s = await _set()
    monkeypatch.setattr(console, "COUNT_CAP", 2)
    page = await console.list_prescriptions(actor=s.w.pharmacist_actor, filters=RxConsoleFilter(), page_size=1)
    assert (page.total, page.total_capped, len(page.items)) == (2, True, 1)
    page = await console.list_prescriptions(actor=s.w.pharmacist_actor, filters=RxConsoleFilter(problem=True),
                                            page_size=1)
    assert (page.total, page.total_capped) == (1, False)


async def test_export():
    s = await _set()
    data = await console.export_xlsx(actor=s.w.pharmacist_actor, filters=RxConsoleFilter(diagnosis="O21"))
    rows = list(load_workbook(io.BytesIO(data)).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == console.EXPORT_HEADERS
    assert [r[0] for r in rows[1:]] == [s.p3.number, s.p2.number]
    assert rows[2][11] == "甲硝唑片、叶酸片" and rows[2][14] == "是" and rows[1][15] == "是"
    assert await AuditLog.filter(action="rx.console.export").count() == 1


async def _review(p, *, pharmacist, minutes: int, decision: str, reasons=(), kind="pharmacist"):
    r = await RxReview.create(prescription_id=p.id, kind=kind, decision=decision, reasons=list(reasons),
                              pharmacist_id=pharmacist.id, pharmacist_name=pharmacist.display_name or "")
    await RxReview.filter(id=r.id).update(created_at=p.signed_at + dt.timedelta(minutes=minutes))


async def test_statistics_are_exact():
    s = await _set()
    zhang = await AdminAccount.get(id=s.w.pharmacist.id)
    wang = await AdminAccount.get(id=s.wang.id)
    await RxReview.create(prescription_id=s.p1.id, kind="auto", findings=[])  # the engine's check: no decision
    await _review(s.p1, pharmacist=zhang, minutes=10, decision="pass")
    await _review(s.p2, pharmacist=wang, minutes=30, decision="reject", reasons=["dose", "allergy"])
    await _review(s.p2, pharmacist=zhang, minutes=50, decision="reject", reasons=["dose"])  # after an appeal
    await _review(s.p4, pharmacist=zhang, minutes=5, decision="pass")  # signed 40 days ago: outside
    out = await console.stats(actor=s.w.pharmacist_actor, filters=RxStatsFilter())
    sm = out.summary
    assert (sm.signed, sm.reviewed, sm.passed, sm.rejected, sm.pending, sm.problem) == (3, 2, 1, 1, 1, 1)
    assert sm.reviewed_share == pytest.approx(0.6667) and sm.median_seconds == 1200 and sm.p90_seconds == 1800
    assert [(r.key, r.count) for r in out.reasons] == [("dose", 2), ("allergy", 1)]
    assert len(out.days) == 30 and out.days[-1].day == local_date(utcnow())
    by_day = {d.day: d for d in out.days}
    d2 = by_day[local_date(s.p2.signed_at)]
    assert (d2.signed, d2.reviewed, d2.rejected, d2.median_seconds) == (1, 1, 1, 1800)
    assert [(p.name, p.reviews, p.passed, p.rejected, p.median_seconds) for p in out.pharmacists] == [
        ("张药师", 1, 1, 0, 600), ("王药师", 1, 0, 1, 1800)]
    today = local_date(utcnow())
    wide = await console.stats(actor=s.w.pharmacist_actor,
                               filters=RxStatsFilter(date_from=today - dt.timedelta(days=60), date_to=today))
    assert wide.summary.signed == 4 and wide.summary.reviewed == 3 and wide.summary.median_seconds == 600
    name, data = await console.stats_xlsx(actor=s.w.pharmacist_actor, filters=RxStatsFilter(), table="days")
    assert name.startswith("rx-review-days-") and load_workbook(io.BytesIO(data)).worksheets[0].max_row == 31
    with pytest.raises(Exception):
        RxStatsFilter(date_from=today - dt.timedelta(days=400), date_to=today)


async def test_common_drugs_and_diagnoses_are_joined_with_the_same_answers(monkeypatch):
    """A drug or diagnosis above FEW_ROWS rows is a semi-join (on MariaDB, probed per prescription in date
    order): the same prescriptions, and a total that stops at the page ("N+") when there are more."""
    s = await _set()
    monkeypatch.setattr(console, "FEW_ROWS", 0)
    ph = s.w.pharmacist_actor
    p1, p2, p3, p4 = s.p1.id, s.p2.id, s.p3.id, s.p4.id
    assert await _ids(ph, drug="阿莫") == [p1, p4]
    assert await _ids(ph, diagnosis="O21") == [p3, p2]
    assert await _ids(ph, diagnosis="O21", problem=True, drug="甲硝唑", pharmacist="王药师") == [p2]
    assert await _ids(ph, drug="阿莫", diagnosis="O21") == []
    page = await console.list_prescriptions(actor=ph, filters=RxConsoleFilter(drug="阿莫"), page_size=1)
    assert ([r.id for r in page.items], page.total, page.total_capped) == ([p1], 2, True)
    page = await console.list_prescriptions(actor=ph, filters=RxConsoleFilter(drug="阿莫"), page=2, page_size=1)
    assert ([r.id for r in page.items], page.total, page.total_capped) == ([p4], 2, False)
    data = await console.export_xlsx(actor=ph, filters=RxConsoleFilter(diagnosis="妊娠剧吐"))
    assert [r[0] for r in list(load_workbook(io.BytesIO(data)).worksheets[0].iter_rows(values_only=True))[1:]] == [
        s.p3.number, s.p2.number]
