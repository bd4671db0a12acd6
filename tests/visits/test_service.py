"""The visit assistant's reading side (core/visits/service.py): who sees a visit (the patient, a
relative under a health_records grant with every look logged, registered viewers; a stranger gets
404, audited), the detail in the institution's order with names, data, guide and to-dos, the to-do
list, the topic's authorisation and the patient-only actions."""
import pytest

from core import topics
from core.audit.models import AuditLog
from core.errors import AppError
from core.family.models import GrantAccess
from core.visits import service, steps as steps_config
from core.visits.apply import apply_batch
from core.visits.models import Visit
from core.visits.schemas import StepConfigIn
from tests import factories
from tests.factories import visit_event as ev


async def _fails(code: str, coro):
    with pytest.raises(AppError) as e:
        await coro
    assert e.value.code == code, e.value.code
    return e.value


async def _visit(w, number: str = "V1") -> Visit:
    await apply_batch(institution_id=w.hospital.id, source="sim", items=[
        ev(number, "registration", "done", patient=w.patient, minutes=0,
           visit_info={"department": "心内科", "doctor": "李医生", "location": "门诊2楼"}),
        ev(number, "checkin", "done", minutes=5),
        ev(number, "queue", "active", minutes=6, data={"number": "A3", "ahead": 2}),
        ev(number, "payment", "waiting", minutes=30, data={"total_fen": 1200})])
    return await Visit.get(his_visit=number)


async def test_the_patient_sees_the_visit_in_the_institution_order_with_guide_and_todos():
    w = await factories.visit_world()
    visit = await _visit(w)
    mine = await service.my_visits(actor=w.patient.actor)
    assert [v.id for v in mine.items] == [visit.id]
    one = mine.items[0]
    assert one.mine and one.step == "payment" and one.step_name == "门诊缴费" and one.open_todos == 1
    assert one.patient.id_number != w.patient.id_number and one.patient.id_number.endswith(w.patient.id_number[-4:])
    d = await service.visit_detail(actor=w.patient.actor, visit_id=visit.id)
    assert [s.code for s in d.steps] == [s.code for s in steps_config.DEFAULTS]
    states = {s.code: s.state for s in d.steps}
    assert states["consultation"] == "pending" and states["queue"] == "active" and states["payment"] == "waiting"
    assert next(s for s in d.steps if s.code == "queue").data == {"number": "A3", "ahead": 2}
    assert d.next_step == "exam" and d.guide.startswith("缴费后") and d.department == "心内科"
    assert [t.text for t in d.todos] == ["处方待缴费"]
    assert d.actions == []  # past registration: neither check-in nor cancel
    todos = await service.todos(actor=w.patient.actor)
    assert [(t.kind, t.step_name, t.institution_name) for t in todos.items] == [
        ("pending_payment", "门诊缴费", "静安区中心医院")]
    # For domains that authorised the reading themselves (the family archive): the same detail.
    listed = await service.visits_of(patient_id=w.patient.patient.id)
    assert [(v.id, v.step, v.actions) for v in listed] == [(visit.id, "payment", [])]

    # Another institution's order and names are the ones shown.
    admin = await factories.actor(w.tree.province)
    order = ["appointment", "registration", "payment", "checkin", "queue", "consultation", "exam", "pharmacy",
             "followup"]
    config = [StepConfigIn(code=c, position=n, name=("收费" if c == "payment" else next(
        s.name for s in steps_config.DEFAULTS if s.code == c))) for n, c in enumerate(order, start=1)]
    await steps_config.save_config(actor=admin, institution_id=w.hospital.id, steps=config)
    d = await service.visit_detail(actor=w.patient.actor, visit_id=visit.id)
    assert [s.code for s in d.steps] == order and d.step_name == "收费"


async def test_a_relative_under_a_grant_reads_and_is_logged_a_stranger_gets_404():
    w = await factories.visit_world()
    visit = await _visit(w)
    d = await service.visit_detail(actor=w.relative.actor, visit_id=visit.id)
    assert d.id == visit.id and not d.mine and d.actions == []
    logged = await GrantAccess.filter(grantee_id=w.relative.actor.id, target_type="Visit")
    assert [(a.target_id, a.action, a.grantor_id) for a in logged] == [(str(visit.id), "view", w.patient.actor.id)]
    listed = await service.my_visits(actor=w.relative.actor, patient_id=w.patient.patient.id)
    assert [v.id for v in listed.items] == [visit.id]
    assert not (await service.my_visits(actor=w.relative.actor)).items  # not among her own

    await _fails("visits.not_found", service.visit_detail(actor=w.stranger.actor, visit_id=visit.id))
    assert await AuditLog.filter(action="family.authorize", outcome="denied", actor_id=str(w.stranger.actor.id)).exists()
    await _fails("visits.not_found", service.visit_detail(actor=w.stranger.actor, visit_id=visit.id + 999))
    await _fails("family.no_grant", service.my_visits(actor=w.stranger.actor, patient_id=w.patient.patient.id))
    assert not await service.can_view(w.stranger.actor, visit)

    # The topic: the same gate.
    kind, tid = topics.parse(f"visit:{visit.id}")
    assert (await kind.authorise(w.relative.actor, tid)).seq == visit.seq
    await _fails("visits.not_found", kind.authorise(w.stranger.actor, tid))

    # A registered viewer (core/accompany's companions) reads without a grant.
    async def companion(actor, v):
        return actor.id == w.stranger.actor.id and v.id == visit.id

    service.register_viewer(companion)
    try:
        assert await service.can_view(w.stranger.actor, visit)
        await _fails("visits.not_allowed", service.act(actor=w.stranger.actor, visit_id=visit.id, action="checkin"))
    finally:
        service._viewers.remove(companion)


async def test_actions_only_for_the_patient_and_only_when_the_step_allows():
    w = await factories.visit_world()
    await apply_batch(institution_id=w.hospital.id, source="booking", items=[
        ev("B1", "appointment", "done", patient=w.patient)])
    visit = await Visit.get(his_visit="B1")
    d = await service.visit_detail(actor=w.patient.actor, visit_id=visit.id)
    assert d.actions == ["checkin", "cancel"]
    assert next(s for s in d.steps if s.code == "checkin").actions == ["checkin"]
    await _fails("visits.not_allowed", service.act(actor=w.relative.actor, visit_id=visit.id, action="cancel"))
    await _fails("visits.not_found", service.act(actor=w.stranger.actor, visit_id=visit.id, action="cancel"))
    await _fails("visits.unknown_action", service.act(actor=w.patient.actor, visit_id=visit.id, action="pay"))
    later = await _visit(w, "V9")
    await _fails("visits.action_unavailable", service.act(actor=w.patient.actor, visit_id=later.id,
                                                          action="checkin"))
