"""The visit assistant over HTTP: the phone's visits, to-dos, detail and actions (through the HIS
adapter), and the console's step configuration and quarantine (scope, permission, replay, discard,
audit). Every phone answer is searched for the patient's clear ID number."""
from core.audit.models import AuditLog
from core.his import adapter as his_adapter
from core.visits.apply import apply_batch
from core.visits.models import HisConnection, Visit, VisitEvent, VisitStepConfig
from tests import factories
from tests.factories import visit_event as ev

MP = "/api/mp/v1/visits"
ADMIN = "/api/admin/v1/visits"


class _FakeHis(his_adapter.HisAdapter):
    calls: list = []

    async def find_patient(self, *, id_number, name):
        return None

    async def archived_admissions(self, patient):
        return []

    async def documents(self, *, admission_id, kinds):
        return []

    async def check_in(self, *, his_visit):
        self.calls.append(("check_in", self.institution_id, his_visit))
        return [ev(his_visit, "checkin", "done", minutes=30, event_id=f"{his_visit}-checkin")]

    async def cancel_booking(self, *, his_visit):
        self.calls.append(("cancel_booking", self.institution_id, his_visit))


async def test_the_phone_lists_reads_and_acts(client):
    w = await factories.visit_world()
    await apply_batch(institution_id=w.hospital.id, source="booking", items=[
        ev("B7", "appointment", "done", patient=w.patient, visit_info={"department": "眼科", "doctor": "周医生"}),
        ev("B8", "payment", "waiting", patient=w.patient, minutes=5, data={"total_fen": 800})])
    b7, b8 = await Visit.get(his_visit="B7"), await Visit.get(his_visit="B8")
    seen = []

    async def get(url, who=w.patient):
        r = await client.get(url, headers=who.headers)
        seen.append(r.text)
        return r

    r = await get(f"{MP}")
    assert r.status_code == 200 and {v["id"] for v in r.json()["items"]} == {b7.id, b8.id}
    r = await get(f"{MP}/todos")
    assert [(t["visit_id"], t["text"]) for t in r.json()["items"]] == [(b8.id, "处方待缴费")]
    r = await get(f"{MP}/{b7.id}")
    body = r.json()
    assert r.status_code == 200 and body["actions"] == ["checkin", "cancel"] and body["department"] == "眼科"
    assert [s["code"] for s in body["steps"]][:3] == ["appointment", "registration", "checkin"]
    # The relative under a grant reads (logged), lists by patient; the stranger gets 404.
    r = await get(f"{MP}/{b7.id}", who=w.relative)
    assert r.status_code == 200 and r.json()["actions"] == [] and r.json()["mine"] is False
    r = await get(f"{MP}?patient_id={w.patient.patient.id}", who=w.relative)
    assert r.status_code == 200 and len(r.json()["items"]) == 2
    r = await get(f"{MP}/{b7.id}", who=w.stranger)
    assert r.status_code == 404 and r.json()["code"] == "visits.not_found"
    assert all(w.patient.id_number not in text for text in seen)

    # Acting goes to the institution's HIS adapter; relatives cannot.
    his_adapter.register("fake-visits", _FakeHis)
    await HisConnection.filter(id=w.connection.id).update(adapter="fake-visits")
    _FakeHis.calls.clear()
    r = await client.post(f"{MP}/{b7.id}/actions/checkin", headers=w.relative.headers, json={})
    assert r.status_code == 403 and r.json()["code"] == "visits.not_allowed"
    r = await client.post(f"{MP}/{b7.id}/actions/checkin", headers=w.patient.headers, json={})
    assert r.status_code == 200 and r.json()["done"] is True
    assert _FakeHis.calls == [("check_in", w.hospital.id, "B7")]
    # What the HIS answered is applied at once (its feed bringing it again is a duplicate).
    assert (await Visit.get(id=b7.id)).step == "checkin"
    assert (await VisitEvent.get(event_id="B7-checkin")).source == "act"
    r = await client.post(f"{MP}/{b8.id}/actions/cancel", headers=w.patient.headers, json={})
    assert r.status_code == 409 and r.json()["code"] == "visits.action_unavailable"
    assert await AuditLog.filter(action="visits.checkin", target_id=str(b7.id)).exists()


async def test_the_console_configures_steps_and_handles_the_quarantine(client):
    w = await factories.visit_world()
    elsewhere, _ = await factories.visits_hospital(w.tree.county_b1, name="西陵就医助手医院")
    boss = await factories.admin(w.tree.county_a1, roles=("commission_admin",))
    csrf = (await factories.login(client, boss.username))["csrf_token"]
    h = {"X-CSRF-Token": csrf}

    r = await client.get(f"{ADMIN}/steps/{w.hospital.id}", headers=h)
    assert r.status_code == 200 and r.json()["customised"] is False and len(r.json()["steps"]) == 9
    steps = r.json()["steps"]
    steps[1]["name"] = "挂号"
    steps[2]["enabled"] = False
    r = await client.put(f"{ADMIN}/steps/{w.hospital.id}", headers=h, json={"steps": steps})
    assert r.status_code == 200 and r.json()["customised"] is True
    assert (await VisitStepConfig.get(institution_id=w.hospital.id, code="registration")).name == "挂号"
    assert not (await VisitStepConfig.get(institution_id=w.hospital.id, code="checkin")).enabled
    bad = [dict(s, position=1) for s in steps]
    r = await client.put(f"{ADMIN}/steps/{w.hospital.id}", headers=h, json={"steps": bad})
    assert r.status_code == 422 and r.json()["code"] == "visits.step_config_invalid"
    r = await client.put(f"{ADMIN}/steps/{w.hospital.id}", headers=h,
                         json={"steps": [dict(steps[0], name="名" * 33)]})
    assert r.status_code == 422
    r = await client.get(f"{ADMIN}/steps/{elsewhere.id}", headers=h)
    assert r.status_code == 404  # another county's hospital: like a missing one
    assert await AuditLog.filter(action="scope.read", outcome="denied", target_id=str(elsewhere.id)).exists()

    # The quarantine: a check-in event (now disabled), an unknown patient, one elsewhere.
    stranger_number = factories.id_number(born="19720202")
    await apply_batch(institution_id=w.hospital.id, source="webhook", items=[
        ev("Q1", "registration", "done", patient=w.patient, event_id="q-reg"),
        ev("Q1", "checkin", "done", minutes=2, event_id="q-chk"),
        {**ev("Q2", "registration", "waiting", event_id="q-who"),
         "patient": {"id_number": stranger_number, "name": "陌生人"}}])
    await apply_batch(institution_id=elsewhere.id, source="webhook", items=[b"garbage"])
    r = await client.get(f"{ADMIN}/quarantine", headers=h)
    body = r.json()
    assert r.status_code == 200 and body["total"] == 2  # the other county's is not in scope
    assert {i["reason"] for i in body["items"]} == {"unknown_step", "unknown_patient"}
    assert stranger_number not in r.text
    who = next(i for i in body["items"] if i["reason"] == "unknown_patient")
    assert who["payload"]["patient"]["id_number"].endswith(stranger_number[-4:])
    r = await client.get(f"{ADMIN}/quarantine?reason=unknown_step&institution_id={w.hospital.id}", headers=h)
    assert [i["event_id"] for i in r.json()["items"]] == ["q-chk"]
    chk = r.json()["items"][0]["id"]
    outside = (await VisitEvent.get(institution_id=elsewhere.id)).id

    # Fixed: check-in enabled again; replayed. The other county's id answers not_found.
    steps[2]["enabled"] = True
    await client.put(f"{ADMIN}/steps/{w.hospital.id}", headers=h, json={"steps": steps})
    r = await client.post(f"{ADMIN}/quarantine/replay", headers=h, json={"ids": [chk, outside]})
    assert r.status_code == 200
    assert [(i["id"], i["status"]) for i in r.json()["items"]] == [(chk, "applied"), (outside, "not_found")]
    assert (await VisitEvent.get(id=chk)).status == "applied"
    assert (await Visit.get(his_visit="Q1")).seq == 2
    assert await AuditLog.filter(action="visits.quarantine_replay").exists()
    # Discarded: kept, without its payload; the HIS resending it changes nothing.
    who_id = who["id"]
    r = await client.post(f"{ADMIN}/quarantine/discard", headers=h, json={"ids": [who_id]})
    assert r.status_code == 200 and r.json() == {"discarded": 1}
    row = await VisitEvent.get(id=who_id)
    assert (row.status, row.payload) == ("discarded", None)
    out = await apply_batch(institution_id=w.hospital.id, source="webhook", items=[
        {**ev("Q2", "registration", "waiting", event_id="q-who"),
         "patient": {"id_number": stranger_number, "name": "陌生人"}}])
    assert out[0].status == "duplicate"

    # Without the permission: 403.
    viewer = await factories.admin(w.tree.county_a1, roles=("viewer",))
    await client.post("/api/admin/v1/auth/logout", headers=h)
    csrf = (await factories.login(client, viewer.username))["csrf_token"]
    r = await client.get(f"{ADMIN}/quarantine", headers={"X-CSRF-Token": csrf})
    assert r.status_code == 403
