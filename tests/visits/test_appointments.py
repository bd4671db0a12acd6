"""家庭门诊预约: booking for oneself or for a member under an `appointments` act grant (see-only
or no grant refused, audited), the booking as the visit's first step, cancelling, slot capacity,
and the HTTP face."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from core.audit.models import AuditLog
from core.errors import AppError
from core.family.models import GrantAccess
from core.his import adapter as his
from core.his.models import HisBooking, HisSlot
from core.localtime import LOCAL
from core.visits import appointments
from core.visits.models import Visit, VisitEvent, VisitStep
from tests import factories as f

MP = "/api/mp/v1"


@dataclass
class World:
    hospital: object
    conn: object
    father: f.MpPerson
    daughter: f.MpPerson
    stranger: f.MpPerson
    family: object
    slot: object  # tomorrow's first slot of 呼吸内科's first doctor (capacity 2)


async def _world(*, grant: str | None = "act") -> World:
    t = await f.tree()
    hospital, conn = await f.visits_hospital(t.county_a1, name="静安区中心医院")
    await f.his_outpatient(hospital)
    father = await f.mp_patient_account("李国华", number="310106195602110012")
    daughter = await f.mp_patient_account("李芳")
    stranger = await f.mp_patient_account("赵路人")
    fam = await f.family_of(father, daughter)
    if grant:
        await f.family_grant(fam, father, daughter, "appointments", can_act=grant == "act")
    adapter = his.adapter_for(institution_id=hospital.id, name="demo")
    doctor = (await adapter.doctors(department_code="HX"))[0]
    slot = (await adapter.slots(doctor_code=doctor.code, day=f.his_future_slot_day()))[0]
    return World(hospital, conn, father, daughter, stranger, fam, slot)


async def _book(w: World, who: f.MpPerson, patient=None, slot=None):
    return await appointments.book(actor=who.actor, patient_id=(patient or w.father.patient).id,
                                   institution_id=w.hospital.id, slot_id=(slot or w.slot).id)


async def test_own_booking_is_the_visits_first_step():
    w = await _world(grant=None)
    out = await _book(w, w.father)
    visit = await Visit.get(id=out.visit_id)
    assert visit.patient_id == w.father.patient.id and visit.booked_by_id is None
    assert visit.step == "appointment" and visit.state == "open" and visit.department == "呼吸内科"
    assert visit.visit_date == f.his_future_slot_day() and visit.doctor == "张建国"
    step = await VisitStep.get(visit_id=visit.id, code="appointment")
    assert step.state == "done" and step.data["time"] == "08:00-09:00" and step.data["number"] == 1
    ev = await VisitEvent.get(visit_id=visit.id)
    assert (ev.source, ev.status, ev.step) == ("booking", "applied", "appointment")
    assert out.mine and not out.booked_by_me and out.state == "booked" and out.cancellable
    assert out.fee_fen == 3500 and out.number == 1 and out.time == "08:00-09:00"
    assert w.father.id_number not in out.model_dump_json() and out.patient.name != "李国华"
    assert (await HisSlot.get(id=int(w.slot.id))).booked == 1
    log = await AuditLog.get(action="visits.appointment_book")
    assert log.target_id == str(visit.id) and log.after["grant"] is None and log.actor_id == str(w.father.actor.id)
    assert [a.visit_id for a in await appointments.my_appointments(actor=w.father.actor)] == [visit.id]


async def test_a_member_books_for_another_under_an_act_grant():
    w = await _world()
    out = await _book(w, w.daughter)
    visit = await Visit.get(id=out.visit_id)
    assert visit.patient_id == w.father.patient.id and visit.booked_by_id == w.daughter.actor.id
    assert not out.mine and out.booked_by_me
    access = await GrantAccess.get(grantee_id=w.daughter.actor.id)
    assert (access.action, access.scope, access.target_id) == ("appointment.book", "appointments", str(visit.id))
    assert (await AuditLog.get(action="visits.appointment_book")).after["grant"] == access.grant_id
    booking = await HisBooking.get(his_visit=visit.his_visit)
    assert booking.name == "李国华" and booking.id_number == w.father.id_number
    # Both see it among their appointments; a stranger does not.
    assert [a.visit_id for a in await appointments.my_appointments(actor=w.daughter.actor)] == [visit.id]
    assert [a.visit_id for a in await appointments.my_appointments(actor=w.father.actor)] == [visit.id]
    assert await appointments.my_appointments(actor=w.stranger.actor) == []


@pytest.mark.parametrize("grant", ["see", None])
async def test_booking_without_an_act_grant_is_refused_and_audited(grant):
    w = await _world(grant=grant)
    with pytest.raises(AppError) as exc:
        await _book(w, w.daughter)
    assert exc.value.status == 403 and exc.value.code == "family.no_grant"
    assert not await Visit.exists() and not await HisBooking.exists()
    assert (await HisSlot.get(id=int(w.slot.id))).booked == 0
    denied = await AuditLog.get(action="family.authorize", outcome="denied")
    assert denied.target_id == str(w.father.patient.id) and "appointments act" in denied.after["reason"]
    with pytest.raises(AppError) as exc:
        await _book(w, w.stranger)
    assert exc.value.code == "family.no_grant"


async def test_cancel_frees_the_slot_and_cancels_the_visit():
    w = await _world()
    out = await _book(w, w.daughter)
    with pytest.raises(AppError) as exc:
        await appointments.cancel(actor=w.stranger.actor, visit_id=out.visit_id)
    assert exc.value.code == "family.no_grant"
    done = await appointments.cancel(actor=w.daughter.actor, visit_id=out.visit_id)
    assert done.state == "cancelled" and not done.cancellable
    visit = await Visit.get(id=out.visit_id)
    assert visit.state == "cancelled"
    assert (await VisitStep.get(visit_id=visit.id, code="appointment")).state == "cancelled"
    assert (await HisSlot.get(id=int(w.slot.id))).booked == 0
    assert (await HisBooking.get(his_visit=visit.his_visit)).state == "cancelled"
    log = await AuditLog.get(action="visits.appointment_cancel")
    assert log.target_id == str(visit.id) and log.actor_id == str(w.daughter.actor.id)
    assert await GrantAccess.filter(action="appointment.cancel").count() == 1
    with pytest.raises(AppError) as exc:
        await appointments.cancel(actor=w.father.actor, visit_id=out.visit_id)
    assert exc.value.code == "visits.appointment_not_cancellable"


async def test_no_cancel_after_check_in():
    w = await _world(grant=None)
    out = await _book(w, w.father)
    adapter = his.adapter_for(institution_id=w.hospital.id, name="demo")
    from core.visits.apply import apply_batch

    await apply_batch(institution_id=w.hospital.id, items=await adapter.check_in(his_visit=out.his_visit),
                      source="webhook")
    assert (await Visit.get(id=out.visit_id)).step == "queue"
    with pytest.raises(AppError) as exc:
        await appointments.cancel(actor=w.father.actor, visit_id=out.visit_id)
    assert exc.value.code == "visits.appointment_not_cancellable"
    assert (await HisBooking.get(his_visit=out.his_visit)).state == "checked_in"
    [mine] = await appointments.my_appointments(actor=w.father.actor)
    assert mine.state == "visiting"


async def test_slot_capacity():
    w = await _world()
    mother = await f.add_patient(w.father.actor, name="王秀英", id_number="310106195804120024", relation="配偶")
    from core.family.models import Patient

    await _book(w, w.father)
    await _book(w, w.father, patient=await Patient.get(id=mother.id))
    with pytest.raises(AppError) as exc:
        await _book(w, w.daughter)
    assert exc.value.code == "his.slot_full" and exc.value.status == 409
    assert await Visit.all().count() == 2 and (await HisSlot.get(id=int(w.slot.id))).booked == 2


async def test_closed_institution_and_unknown_slot():
    w = await _world()
    w.conn.assistant_enabled = False
    await w.conn.save()
    with pytest.raises(AppError) as exc:
        await _book(w, w.father)
    assert exc.value.code == "visits.assistant_closed"
    assert await appointments.institutions(actor=w.father.actor) == []
    w.conn.assistant_enabled = True
    await w.conn.save()
    with pytest.raises(AppError) as exc:
        await appointments.book(actor=w.father.actor, patient_id=w.father.patient.id, institution_id=w.hospital.id,
                                slot_id="99999999")
    assert exc.value.code == "his.slot_not_found" and not await Visit.exists()
    # An institution whose steps have no 预约 takes no booking (its event would be quarantined).
    from core.visits.models import VisitStepConfig

    await VisitStepConfig.create(institution_id=w.hospital.id, code="registration", position=1, name="挂号")
    await VisitStepConfig.create(institution_id=w.hospital.id, code="appointment", position=2, name="预约",
                                 enabled=False)
    with pytest.raises(AppError) as exc:
        await _book(w, w.father)
    assert exc.value.code == "visits.booking_closed" and not await HisBooking.exists()


async def test_the_phone_books_and_cancels(client):
    w = await _world()
    h = w.daughter.headers
    r = await client.get(f"{MP}/appointments/institutions", headers=h)
    assert r.status_code == 200 and r.json()["items"] == [{"id": w.hospital.id, "name": "静安区中心医院"}]
    r = await client.get(f"{MP}/appointments/departments", params={"institution_id": w.hospital.id}, headers=h)
    assert [d["name"] for d in r.json()["items"]] == ["呼吸内科", "心血管内科"]
    r = await client.get(f"{MP}/appointments/doctors", params={"institution_id": w.hospital.id,
                                                             "department_code": "HX"}, headers=h)
    doctor = r.json()["items"][0]
    assert doctor["name"] == "张建国" and doctor["title"] == "主任医师"
    day = f.his_future_slot_day().isoformat()
    r = await client.get(f"{MP}/appointments/slots", params={"institution_id": w.hospital.id,
                                                           "doctor_code": doctor["code"], "day": day}, headers=h)
    slot = r.json()["items"][0]
    assert slot["remaining"] == 2 and slot["starts"] == "08:00"
    far = (dt.datetime.now(LOCAL).date() + dt.timedelta(days=30)).isoformat()
    r = await client.get(f"{MP}/appointments/slots", params={"institution_id": w.hospital.id,
                                                           "doctor_code": doctor["code"], "day": far}, headers=h)
    assert r.status_code == 422 and r.json()["code"] == "visits.day_out_of_range"
    r = await client.post(f"{MP}/appointments", json={"patient_id": w.father.patient.id,
                                                      "institution_id": w.hospital.id, "slot_id": slot["id"]},
                          headers=h)
    assert r.status_code == 201, r.text
    booked = r.json()
    assert booked["state"] == "booked" and booked["booked_by_me"] and w.father.id_number not in r.text
    r = await client.get(f"{MP}/appointments", headers=w.father.headers)
    assert [a["visit_id"] for a in r.json()["items"]] == [booked["visit_id"]]
    r = await client.post(f"{MP}/appointments", json={"patient_id": w.father.patient.id,
                                                      "institution_id": w.hospital.id, "slot_id": slot["id"]},
                          headers=w.stranger.headers)
    assert r.status_code == 403 and r.json()["code"] == "family.no_grant"
    r = await client.post(f"{MP}/appointments/{booked['visit_id']}/cancel", headers=h)
    assert r.status_code == 200 and r.json()["state"] == "cancelled"
    r = await client.post(f"{MP}/appointments", json={"patient_id": w.father.patient.id,
                                                      "institution_id": w.hospital.id, "slot_id": slot["id"],
                                                      "extra": 1}, headers=h)
    assert r.status_code == 422
