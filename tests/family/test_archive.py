"""家庭健康档案调阅 (issue 13 point 5): a member reads another member's visits, reports, prescriptions
and vital signs only under the grant of each section's scope; every read is logged for the person
(谁查看了我的数据) and audited; vital signs recorded by the person, a granted relative, or a hospital."""
import datetime as dt

import pytest

from core.audit.models import AuditLog
from core.db import utcnow
from core.errors import AppError
from core.events.service import Event
from core.family import archive, service, vitals
from core.family.models import FamilyEvent, GrantAccess, VitalSign
from tests import factories


async def _fails(code: str, coro):
    with pytest.raises(AppError) as e:
        await coro
    assert e.value.code == code, e.value.code
    return e.value


@pytest.fixture
async def world():
    daughter = await factories.mp_patient_account("王小红")
    father = await factories.mp_patient_account("王建国", number=factories.id_number(born="19500101"))
    fam = await factories.family_of(daughter, father, name="王家")
    visit = await factories.archive_visit(father.patient)
    return daughter, father, fam, visit


async def test_own_archive_needs_no_grant_and_logs_nothing(world):
    daughter, father, fam, visit = world
    own = await factories.archive_visit(daughter.patient)
    out = await archive.member_archive(actor=daughter.actor, patient_id=daughter.patient.id)
    assert out.mine is True and [s.i_may for s in out.sections] == ["act"] * 4
    assert [v.id for v in out.visits] == [own.id] and out.visits[0].institution == "静安区闸北中心医院"
    assert out.patient.name == "王*红"
    assert await GrantAccess.all().count() == 0


async def test_health_records_grant_shows_visits_reports_prescriptions_and_logs_each_read(world):
    daughter, father, fam, visit = world
    await factories.family_grant(fam, father, daughter, "health_records")

    visits = await archive.visits(actor=daughter.actor, patient_id=father.patient.id)
    assert [(v.id, v.department, v.state_label, v.step_name) for v in visits.items] == \
        [(visit.id, "呼吸内科", "已结束", "检验检查")]
    reports = await archive.reports(actor=daughter.actor, patient_id=father.patient.id)
    ready, pending = reports.items
    assert (ready.name, ready.ready, ready.title, ready.conclusion) == \
        ("血常规", True, "血常规检验报告", "白细胞略高，提示轻度感染")
    assert [(i.name, i.value, i.flag) for i in ready.items] == [("白细胞", "11.2", "H"), ("血红蛋白", "135", "")]
    assert (pending.name, pending.ready, pending.title, pending.items) == ("胸部CT", False, "", [])
    rx = await archive.prescriptions(actor=daughter.actor, patient_id=father.patient.id)
    assert [(p.diagnosis, p.doctor, [d.name for d in p.drugs]) for p in rx.items] == \
        [("急性支气管炎", "李医生", ["阿莫西林胶囊"])]

    # Vital signs are another scope: refused, and the attempt audited.
    await _fails("family.no_grant", archive.vital_signs(actor=daughter.actor, patient_id=father.patient.id))
    denied = await AuditLog.filter(action="family.authorize", outcome="denied").order_by("-seq").first()
    assert denied.target_id == str(father.patient.id) and "vital_signs" in denied.after["reason"]

    # Each read is a row the father reads, and an audit row.
    rows = await GrantAccess.filter(grantor_id=father.actor.id).order_by("id")
    assert [(r.grantee_id, r.scope, r.action, r.target_id) for r in rows] == [
        (daughter.actor.id, "health_records", "archive_visits", str(father.patient.id)),
        (daughter.actor.id, "health_records", "archive_reports", str(father.patient.id)),
        (daughter.actor.id, "health_records", "archive_prescriptions", str(father.patient.id))]
    total, shown = await service.accesses_to_me(actor=father.actor)
    assert total == 3 and shown[0].action == "archive_prescriptions" and shown[0].grantee_name == "王*红"
    assert shown[0].label == "健康档案"
    audited = await AuditLog.filter(action="family.access").order_by("seq")
    assert [a.after["access"] for a in audited] == ["archive_visits", "archive_reports", "archive_prescriptions"]
    assert {a.actor_id for a in audited} == {str(daughter.actor.id)}

    # The overview: the records sections, vitals locked, one access for what was shown.
    out = await archive.member_archive(actor=daughter.actor, patient_id=father.patient.id)
    assert out.mine is False and out.patient.name == "王*国"
    assert {s.section: (s.i_may, s.count) for s in out.sections} == {
        "visits": ("see", 1), "reports": ("see", 2), "prescriptions": ("see", 1), "vitals": (None, None)}
    assert out.vitals is None and len(out.visits) == 1
    assert await GrantAccess.filter(grantor_id=father.actor.id, action="archive_view").count() == 1


async def test_without_a_grant_every_section_is_refused_and_nothing_logged(world):
    daughter, father, fam, visit = world
    stranger = await factories.mp_patient_account("路人甲")
    for who in (daughter, stranger):
        for call in (archive.member_archive, archive.visits, archive.reports, archive.prescriptions,
                     archive.vital_signs):
            await _fails("family.no_grant", call(actor=who.actor, patient_id=father.patient.id))
    # An unknown patient answers the same.
    await _fails("family.no_grant", archive.visits(actor=daughter.actor, patient_id=father.patient.id + 999))
    assert await GrantAccess.all().count() == 0
    assert await AuditLog.filter(action="family.access").count() == 0
    assert await AuditLog.filter(action="family.authorize", outcome="denied").count() >= 11


async def test_a_revoked_grant_stops_at_once(world):
    daughter, father, fam, visit = world
    [g] = await factories.family_grant(fam, father, daughter, "health_records")
    assert (await archive.visits(actor=daughter.actor, patient_id=father.patient.id)).items
    await service.revoke(actor=father.actor, family_id=fam.id, grant_id=g.id)
    await _fails("family.no_grant", archive.visits(actor=daughter.actor, patient_id=father.patient.id))
    await _fails("family.no_grant", archive.member_archive(actor=daughter.actor, patient_id=father.patient.id))
    assert await GrantAccess.filter(grantor_id=father.actor.id).count() == 1


async def test_vital_signs_see_only_grant_reads_but_cannot_record(world):
    daughter, father, fam, visit = world
    await factories.family_grant(fam, father, daughter, "vital_signs")
    assert await vitals.record_from_visit(visit_id=visit.id) == 3
    out = await archive.vital_signs(actor=daughter.actor, patient_id=father.patient.id)
    assert {v.kind: v.text for v in out.latest} == {"temperature": "37.8 ℃", "pulse": "92 次/分",
                                                     "blood_pressure": "128/82 mmHg"}
    assert {v.source for v in out.items} == {"his"} and out.items[0].visit_id == visit.id
    assert [s.kind for s in out.series] == ["temperature", "pulse", "blood_pressure"]
    # See only: recording for the father is refused, nothing stored.
    await _fails("family.no_grant", vitals.record(actor=daughter.actor, patient_id=father.patient.id,
                                                  kind="weight", value=70))
    assert await VitalSign.filter(patient_id=father.patient.id).count() == 3
    # The overview shows vitals but not the records sections.
    over = await archive.member_archive(actor=daughter.actor, patient_id=father.patient.id)
    assert over.visits is None and over.reports is None and len(over.vitals) == 3
    assert {s.section: s.i_may for s in over.sections}["vitals"] == "see"
    assert [r.action for r in await GrantAccess.filter(grantor_id=father.actor.id).order_by("id")] == \
        ["archive_vitals", "archive_vitals"]


async def test_an_act_grant_records_for_the_member_logged_audited_and_on_the_family_home(world):
    daughter, father, fam, visit = world
    await factories.family_grant(fam, father, daughter, "vital_signs", can_act=True)
    at = utcnow() - dt.timedelta(hours=2)
    shown = await vitals.record(actor=daughter.actor, patient_id=father.patient.id, kind="blood_pressure",
                                value=135, value2=85, measured_at=at)
    assert shown.text == "135/85 mmHg" and shown.source == "self"
    row = await VitalSign.get(id=shown.id)
    assert (row.patient_id, row.recorded_by_id, row.source, row.unit) == \
        (father.patient.id, daughter.actor.id, "self", "mmHg")
    access = await GrantAccess.get(grantor_id=father.actor.id)
    assert (access.action, access.target_type, access.target_id) == ("vital_record", "VitalSign", str(row.id))
    audit = await AuditLog.filter(action="family.vital_record").first()
    assert audit.after["vital"] == row.id and audit.after["grant"] == access.grant_id
    assert await FamilyEvent.filter(family_id=fam.id, kind="data.vital_signs").exists()
    # Out of range, or a blood pressure without its diastolic: refused, nothing stored.
    await _fails("family.vital_invalid", vitals.record(actor=daughter.actor, patient_id=father.patient.id,
                                                       kind="temperature", value=55))
    await _fails("family.vital_invalid", vitals.record(actor=daughter.actor, patient_id=father.patient.id,
                                                       kind="blood_pressure", value=120))
    await _fails("family.vital_invalid", vitals.record(actor=daughter.actor, patient_id=father.patient.id,
                                                       kind="weight", value=70,
                                                       measured_at=utcnow() + dt.timedelta(days=1)))
    assert await VitalSign.filter(patient_id=father.patient.id).count() == 1


async def test_visit_vitals_are_copied_once_through_the_consumer(world):
    daughter, father, fam, visit = world
    event = Event(id=1, name="visits.changed", topic=f"visit:{visit.id}", payload={"visit_id": visit.id}, at=utcnow())
    await vitals.on_visit_changed(event)
    await vitals.on_visit_changed(event)  # redelivered
    await vitals.on_visit_changed(Event(id=2, name="visits.changed", topic=f"visit:{visit.id}", payload={},
                                        at=utcnow()))
    rows = await VitalSign.filter(patient_id=father.patient.id).order_by("kind")
    assert [(r.kind, float(r.value), r.value2 and float(r.value2), r.step, r.source) for r in rows] == [
        ("blood_pressure", 128.0, 82.0, "consultation", "his"), ("pulse", 92.0, None, "consultation", "his"),
        ("temperature", 37.8, None, "consultation", "his")]
    # Implausible or malformed values a HIS sends are dropped.
    odd = await factories.archive_visit(father.patient, steps={"checkin": {"vitals": {
        "temperature": "abc", "pulse": 900, "weight": "65.5", "systolic": 80, "diastolic": 120, "spo2": True}}})
    assert await vitals.record_from_visit(visit_id=odd.id) == 1
    assert [r.kind for r in await VitalSign.filter(visit_id=odd.id)] == ["weight"]
    assert await vitals.record_from_visit(visit_id=999999) == 0


# ------------------------------------------------------------------ over HTTP

async def test_archive_over_http(client, world):
    daughter, father, fam, visit = world
    base = f"/api/mp/v1/family/patients/{father.patient.id}"
    r = await client.get(base + "/archive", headers=daughter.headers)
    assert r.status_code == 403 and r.json()["code"] == "family.no_grant"
    await factories.family_grant(fam, father, daughter, "health_records", "vital_signs", can_act=True)
    r = await client.get(base + "/archive", headers=daughter.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["patient"]["name"] == "王*国" and father.id_number not in r.text and father.phone not in r.text
    assert [s["i_may"] for s in body["sections"]] == ["act"] * 4
    for section in ("visits", "reports", "prescriptions"):
        r = await client.get(f"{base}/archive/{section}", headers=daughter.headers)
        assert r.status_code == 200 and r.json()["items"], (section, r.text)
    r = await client.post(base + "/vitals", headers=daughter.headers,
                          json={"kind": "weight", "value": 68.5, "measured_at": utcnow().isoformat()})
    assert r.status_code == 201, r.text
    assert r.json()["text"] == "68.5 kg"
    r = await client.post(base + "/vitals", headers=daughter.headers, json={"kind": "weight", "value": 68.5, "x": 1})
    assert r.status_code == 422
    r = await client.get(base + "/archive/vitals?kind=weight&days=7", headers=daughter.headers)
    assert r.status_code == 200 and [v["value"] for v in r.json()["items"]] == [68.5]
    assert r.json()["series"][0]["points"][0]["value"] == 68.5
    r = await client.get("/api/mp/v1/me/accesses", headers=father.headers)
    assert [a["action"] for a in r.json()["items"]][:3] == ["archive_vitals", "vital_record", "archive_prescriptions"]
    doc = (await client.get("/docs/openapi.json")).json()
    assert "/api/mp/v1/family/patients/{patient_id}/archive/vitals" in doc["paths"]


async def test_vitals_from_the_visit_centre_reach_the_archive_through_the_consumer_group():
    """HIS events through core/visits' apply_batch: the consumer group family.vitals of visits.changed
    copies the consultation's vitals, and the archive reads the visit through core/visits."""
    from core.visits import apply

    w = await factories.visit_world()
    await factories.family_grant(w.family, w.patient, w.relative, "health_records", "vital_signs")
    events = [factories.visit_event("H-1", "registration", "done", patient=w.patient,
                                    visit_info={"department": "心内科", "doctor": "张医生"}),
              factories.visit_event("H-1", "consultation", "done", minutes=20, data=factories.ARCHIVE_CONSULTATION),
              factories.visit_event("H-1", "exam", "done", minutes=40, data=factories.ARCHIVE_EXAM)]
    outcomes = await apply.apply_batch(institution_id=w.hospital.id, items=events, source="sim")
    assert [o.status for o in outcomes] == ["applied"] * 3
    await factories.drain("family.vitals")
    await factories.drain("family.vitals")  # nothing left, nothing twice
    rows = await VitalSign.filter(patient_id=w.patient.patient.id).order_by("kind")
    assert [(r.kind, r.source, r.step) for r in rows] == [("blood_pressure", "his", "consultation"),
                                                          ("pulse", "his", "consultation"),
                                                          ("temperature", "his", "consultation")]
    out = await archive.member_archive(actor=w.relative.actor, patient_id=w.patient.patient.id)
    [v] = out.visits
    assert (v.institution, v.department, v.step, v.step_name) == ("静安区中心医院", "心内科", "exam", "检验检查")
    assert [r.name for r in out.reports] == ["血常规", "胸部CT"] and out.prescriptions[0].diagnosis == "急性支气管炎"
    assert {x.kind for x in out.vitals} == {"temperature", "pulse", "blood_pressure"}
