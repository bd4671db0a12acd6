"""The whole periodic-assessment flow through the services: province opens a
cycle, institution enrols, physician files, institution reviews, assessment
institution re-reviews, exam score, result, make-up."""
import pytest

from core.assessment import service as svc
from core.assessment.errors import (
    CycleFrozen, FilingIncomplete, FilingLocked, IllegalTransition, ReasonRequired,
)
from core.assessment.models import AssessmentAssignment, Enrolment, ReviewAction
from core.audit.models import AuditLog
from core.errors import Forbidden
from core.orgs.models import OrgKind
from tests import factories


async def _world():
    t = await factories.tree()
    assessor = await factories.org(t.city_a, OrgKind.ASSESSMENT, "武汉考核机构")
    await AssessmentAssignment.create(target_id=t.county_a1.id, assessment_org_id=assessor.id)
    province = await factories.actor(t.province)
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    assessing = await factories.actor(assessor, roles=("assessment_admin",))
    return t, assessor, province, hospital, assessing


async def _file(me, procedure="general", sections=None):
    for key, data in (sections or factories.FILING).items():
        await svc.save_section(actor=me, section=key, data=data)
    await svc.save_section(actor=me, section="procedure", data={"procedure": procedure})
    if procedure == "exempt":
        await svc.save_section(actor=me, section="exemption", data={"reason": "援外医疗"})
    return await svc.submit_filing(actor=me)


async def test_general_procedure_from_cycle_to_result_and_makeup():
    t, assessor, province, hospital, assessing = await _world()
    cycle = await factories.open_cycle(province)
    pass_doc = await factories.physician(t.hospital_a1, name="合格医师")
    fail_doc = await factories.physician(t.hospital_a1, name="补考医师")
    res = await svc.enrol(actor=hospital, cycle_id=cycle.id, physician_ids=[pass_doc.id, fail_doc.id])
    assert [r.ok for r in res] == [True, True]
    me_pass, me_fail = await factories.mp_physician(pass_doc), await factories.mp_physician(fail_doc)

    e1 = await _file(me_pass)
    e2 = await _file(me_fail)
    assert e1.state == "submitted" and e1.assessment_org_id == assessor.id

    out = await svc.review(actor=hospital, enrolment_ids=[e1.id, e2.id], decision="approve")
    assert all(r.ok for r in out)
    out = await svc.review(actor=assessing, enrolment_ids=[e1.id, e2.id], decision="approve")
    assert all(r.ok for r in out)
    assert (await Enrolment.get(id=e1.id)).state == "approved"

    await svc.record_score(actor=assessing, enrolment_id=e1.id, score=82)
    await svc.record_score(actor=assessing, enrolment_id=e2.id, score=41)
    r1, r2 = await Enrolment.get(id=e1.id), await Enrolment.get(id=e2.id)
    assert r1.result == "pass" and r2.result is None and r2.makeup == "listed"

    out = await svc.decide_makeup(actor=province, enrolment_ids=[e2.id, e1.id], confirm=True)
    assert out[0].ok and not out[1].ok and out[1].code == "assessment.makeup_not_listed"
    await svc.record_score(actor=assessing, enrolment_id=e2.id, score=75, makeup=True)
    assert (await Enrolment.get(id=e2.id)).result == "makeup_pass"

    trail = [(a.level, a.action, a.to_state) for a in await ReviewAction.filter(enrolment_id=e1.id).order_by("id")]
    assert trail == [("physician", "submit", "submitted"),
                     ("institution", "institution_approve", "institution_approved"),
                     ("assessment", "assessment_approve", "approved")]
    results = await svc.my_results(actor=me_fail)
    assert results[0].result == "makeup_pass" and results[0].makeup_score == 75


async def test_rejection_reasons_reach_the_physician_who_resubmits():
    t, assessor, province, hospital, assessing = await _world()
    cycle = await factories.open_cycle(province)
    doc = await factories.physician(t.hospital_a1)
    await svc.enrol(actor=hospital, cycle_id=cycle.id, physician_ids=[doc.id])
    me = await factories.mp_physician(doc)
    e = await _file(me, procedure="simple")
    with pytest.raises(ReasonRequired):
        await svc.review(actor=hospital, enrolment_ids=[e.id], decision="reject", reason=" ")
    with pytest.raises(FilingLocked):
        await svc.save_section(actor=me, section="ethics", data={"statement": "改"})
    await svc.review(actor=hospital, enrolment_ids=[e.id], decision="reject", reason="工作成绩填写过于简略")
    mine = await svc.my_results(actor=me)
    assert mine[0].state == "institution_rejected" and mine[0].reason == "工作成绩填写过于简略"
    await svc.save_section(actor=me, section="performance", data={"summary": "补充：年手术量300台。"})
    e = await svc.submit_filing(actor=me)
    await svc.review(actor=hospital, enrolment_ids=[e.id], decision="approve")
    await svc.review(actor=assessing, enrolment_ids=[e.id], decision="approve")
    row = await Enrolment.get(id=e.id)
    assert row.result == "pass" and row.filing["performance"]["summary"].startswith("补充")  # simple: no exam


async def test_exemption_is_reviewed_and_gives_exempt():
    t, assessor, province, hospital, assessing = await _world()
    cycle = await factories.open_cycle(province)
    doc = await factories.physician(t.hospital_a1)
    await svc.enrol(actor=hospital, cycle_id=cycle.id, physician_ids=[doc.id])
    me = await factories.mp_physician(doc)
    e = await _file(me, procedure="exempt", sections={k: factories.FILING[k] for k in ("basic", "practice")})
    await svc.review(actor=hospital, enrolment_ids=[e.id], decision="approve")
    await svc.review(actor=assessing, enrolment_ids=[e.id], decision="approve")
    assert (await Enrolment.get(id=e.id)).result == "exempt"


async def test_illegal_transitions_and_batch_rows_answer_each():
    t, assessor, province, hospital, assessing = await _world()
    cycle = await factories.open_cycle(province)
    doc = await factories.physician(t.hospital_a1)
    await svc.enrol(actor=hospital, cycle_id=cycle.id, physician_ids=[doc.id])
    me = await factories.mp_physician(doc)
    e = await _file(me)
    # The assessment institution cannot re-review before the institution has reviewed.
    out = await svc.review(actor=assessing, enrolment_ids=[e.id], decision="approve")
    assert not out[0].ok and out[0].code == "assessment.illegal_transition"
    out = await svc.review(actor=hospital, enrolment_ids=[e.id, 999999], decision="approve")
    assert out[0].ok and (out[1].ok, out[1].code) == (False, "request.not_found")
    with pytest.raises(IllegalTransition) as exc:
        await svc.submit_filing(actor=me)
    assert exc.value.details["state"] == "institution_approved"
    assert await AuditLog.filter(action="review.institution_approve").count() == 1


async def test_incomplete_filing_and_frozen_settings():
    t, assessor, province, hospital, assessing = await _world()
    cycle = await factories.open_cycle(province)
    with pytest.raises(CycleFrozen):
        await svc.update_cycle_settings(actor=province, cycle_id=cycle.id, settings=factories.CYCLE_SETTINGS)
    with pytest.raises(Forbidden):  # a city commission is not the province
        city = await factories.actor(t.city_a)
        await svc.create_cycle(actor=city, code="X", name="x", settings=factories.CYCLE_SETTINGS)
    doc = await factories.physician(t.hospital_a1)
    await svc.enrol(actor=hospital, cycle_id=cycle.id, physician_ids=[doc.id])
    me = await factories.mp_physician(doc)
    await svc.save_section(actor=me, section="basic", data=factories.FILING["basic"])
    with pytest.raises(FilingIncomplete) as exc:
        await svc.submit_filing(actor=me)
    assert "practice" in exc.value.details["missing"] and "执业信息" in exc.value.details["labels"]
    assert (await Enrolment.get(cycle_id=cycle.id, physician_id=doc.id)).state == "draft"


async def test_transfer_keeps_history_and_moves_the_open_enrolment():
    from core.assessment.models import Physician, PhysicianTransfer

    t, assessor, province, hospital, assessing = await _world()
    cycle = await factories.open_cycle(province)
    doc = await factories.physician(t.hospital_a1)
    await svc.enrol(actor=hospital, cycle_id=cycle.id, physician_ids=[doc.id])
    city = await factories.actor(t.city_a)
    await svc.transfer_physician(actor=city, physician_id=doc.id, to_institution_id=t.hospital_a2.id,
                                 reason="工作调动")
    assert (await Physician.get(id=doc.id)).institution_id == t.hospital_a2.id
    moves = await PhysicianTransfer.filter(physician_id=doc.id)
    assert [(m.from_institution_id, m.to_institution_id, m.reason) for m in moves] == [
        (t.hospital_a1.id, t.hospital_a2.id, "工作调动")]
    row = await Enrolment.get(physician_id=doc.id)
    assert row.institution_id == t.hospital_a2.id and row.assessment_org_id is None  # a2 has no assessor
    # The old hospital no longer sees the physician; the new one does.
    total, _ = await svc.list_enrolments(actor=hospital, cycle_id=cycle.id)
    assert total == 0
    # A county admin cannot move a physician into another city.
    county = await factories.actor(t.county_a2)
    from core.errors import NotFound

    with pytest.raises(NotFound):
        await svc.transfer_physician(actor=county, physician_id=doc.id, to_institution_id=t.hospital_b1.id)


async def test_cancel_refuse_makeup_and_export():
    import io

    from openpyxl import load_workbook

    from core.assessment.errors import CannotCancel

    t, assessor, province, hospital, assessing = await _world()
    cycle = await factories.open_cycle(province)
    a = await factories.physician(t.hospital_a1, name="孙取消")
    b = await factories.physician(t.hospital_a1, name="李不补")
    await svc.enrol(actor=hospital, cycle_id=cycle.id, physician_ids=[a.id, b.id])
    ea = await Enrolment.get(physician_id=a.id)
    await svc.cancel_enrolment(actor=hospital, enrolment_id=ea.id)
    total, cands = await svc.list_candidates(actor=hospital, cycle_id=cycle.id)
    assert [c.id for c in cands] == [a.id]  # back among the candidates

    eb = await _file(await factories.mp_physician(b))
    with pytest.raises(CannotCancel):
        await svc.cancel_enrolment(actor=hospital, enrolment_id=eb.id)
    await svc.review(actor=hospital, enrolment_ids=[eb.id], decision="approve")
    await svc.review(actor=assessing, enrolment_ids=[eb.id], decision="approve")
    await svc.record_score(actor=assessing, enrolment_id=eb.id, score=30)
    out = await svc.decide_makeup(actor=province, enrolment_ids=[eb.id], confirm=False)
    assert out[0].ok and (await Enrolment.get(id=eb.id)).result == "fail"

    data = await svc.export_enrolments(actor=hospital, cycle_id=cycle.id)
    rows = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    assert rows[0][1] == "姓名" and len(rows) == 2
    assert rows[1][1] == "李*补" and rows[1][5] == "复核通过" and rows[1][8] == "不允许补考" and rows[1][10] == "不合格"
