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
    assert results[0]["result"] == "makeup_pass" and results[0]["makeup_score"] == 75


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
    assert mine[0]["state"] == "institution_rejected" and mine[0]["reason"] == "工作成绩填写过于简略"
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
