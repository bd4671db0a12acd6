"""The demo HIS's outpatient side through the HisAdapter interface: departments, doctors, slots,
booking with capacity, cancel, check-in, the change log a poller reads, and the sink."""
from __future__ import annotations

import datetime as dt

import pytest

from core.errors import AppError
from core.his import adapter as his
from core.his import demo
from core.his.adapter import HisAdapter, HisUnavailable
from core.his.models import HisBooking, HisSlot, HisVisitEvent
from core.localtime import LOCAL
from tests import factories as f


async def _hospital():
    t = await f.tree()
    inst = t.hospital_a1
    await f.his_outpatient(inst)
    return inst, his.adapter_for(institution_id=inst.id, name="demo")


PERSON = {"id_number": "310106195804120024", "name": "王秀英"}


async def _tomorrow_slot(adapter):
    docs = await adapter.doctors(department_code="HX")
    slots = await adapter.slots(doctor_code=docs[0].code, day=f.his_future_slot_day())
    return docs[0], slots[0]


async def test_catalogue_through_the_adapter():
    inst, adapter = await _hospital()
    depts = await adapter.departments()
    assert [(d.code, d.name) for d in depts] == [("HX", "呼吸内科"), ("XN", "心血管内科")]
    assert depts[0].location == "门诊楼2楼 A区"
    docs = await adapter.doctors(department_code="XN")
    assert [(d.name, d.title, d.department_code) for d in docs] == [("陈志强", "副主任医师", "XN"),
                                                                   ("王丽华", "主治医师", "XN")]
    doctor, slot = await _tomorrow_slot(adapter)
    assert slot.capacity == 2 and slot.remaining == 2 and slot.doctor_code == doctor.code
    assert slot.fee_fen == 3500  # 主任医师
    # Another institution's adapter sees none of it.
    other = his.adapter_for(institution_id=inst.id + 999, name="demo")
    assert await other.departments() == []
    assert await other.doctors(department_code="HX") == []


async def test_book_fills_the_slot_and_reports_the_appointment():
    inst, adapter = await _hospital()
    sent = []

    async def sink(institution_id, items):
        sent.append((institution_id, items))

    demo.set_sink(sink)
    try:
        doctor, slot = await _tomorrow_slot(adapter)
        b = await adapter.book(slot_id=slot.id, patient=PERSON)
    finally:
        demo.set_sink(None)
    assert b.his_visit.startswith("MZ") and b.number == 1 and b.department == "呼吸内科"
    assert b.doctor == doctor.name and b.day == f.his_future_slot_day()
    [e] = b.events
    assert e["step"] == "appointment" and e["state"] == "done" and e["visit"] == b.his_visit
    assert e["patient"] == PERSON and e["data"]["department"] == "呼吸内科"
    assert e["visit_info"]["date"] == b.day.isoformat()
    assert sent == [(inst.id, [e])]
    assert (await HisSlot.get(id=int(slot.id))).booked == 1
    row = await HisBooking.get(his_visit=b.his_visit)
    assert row.state == "booked" and row.id_number == PERSON["id_number"]
    assert [r.payload for r in await HisVisitEvent.filter(institution_id=inst.id)] == [e]
    assert (await adapter.slots(doctor_code=doctor.code, day=b.day))[0].remaining == 1


async def test_slot_capacity_is_kept():
    inst, adapter = await _hospital()
    _, slot = await _tomorrow_slot(adapter)
    await adapter.book(slot_id=slot.id, patient=PERSON)
    await adapter.book(slot_id=slot.id, patient={"id_number": "310106195602110012", "name": "李国华"})
    with pytest.raises(AppError) as exc:
        await adapter.book(slot_id=slot.id, patient=PERSON)
    assert exc.value.code == "his.slot_full" and exc.value.status == 409
    assert (await HisSlot.get(id=int(slot.id))).booked == 2
    assert await HisBooking.filter(slot_id=int(slot.id)).count() == 2
    with pytest.raises(AppError) as exc:
        await adapter.book(slot_id="999999", patient=PERSON)
    assert exc.value.code == "his.slot_not_found"


async def test_past_slot_refused():
    inst, adapter = await _hospital()
    today = dt.datetime.now(LOCAL).date()
    past = await HisSlot.create(doctor_id=(await HisSlot.first()).doctor_id, day=today - dt.timedelta(days=1),
                                starts="08:00", ends="09:00", capacity=3)
    with pytest.raises(AppError) as exc:
        await adapter.book(slot_id=str(past.id), patient=PERSON)
    assert exc.value.code == "his.slot_past"
    assert (await HisSlot.get(id=past.id)).booked == 0


async def test_cancel_frees_the_slot_and_ends_the_visit():
    inst, adapter = await _hospital()
    _, slot = await _tomorrow_slot(adapter)
    b = await adapter.book(slot_id=slot.id, patient=PERSON)
    [e] = await adapter.cancel_booking(his_visit=b.his_visit)
    assert (e["step"], e["state"], e["visit_state"]) == ("appointment", "cancelled", "cancelled")
    assert (await HisSlot.get(id=int(slot.id))).booked == 0
    assert (await HisBooking.get(his_visit=b.his_visit)).state == "cancelled"
    assert await adapter.cancel_booking(his_visit=b.his_visit) == []  # again: nothing more
    with pytest.raises(AppError) as exc:
        await adapter.cancel_booking(his_visit="MZ000")
    assert exc.value.code == "his.booking_not_found"


async def test_check_in_reports_checkin_and_queue_and_blocks_cancel():
    inst, adapter = await _hospital()
    _, slot = await _tomorrow_slot(adapter)
    b = await adapter.book(slot_id=slot.id, patient=PERSON)
    events = await adapter.check_in(his_visit=b.his_visit)
    assert [(e["step"], e["state"]) for e in events] == [("checkin", "done"), ("queue", "active")]
    assert events[1]["data"]["ahead"] == 0 and events[1]["data"]["number"].startswith("H")
    assert events[0]["at"] < events[1]["at"]
    with pytest.raises(AppError) as exc:
        await adapter.check_in(his_visit=b.his_visit)
    assert exc.value.code == "his.booking_state"
    with pytest.raises(AppError) as exc:
        await adapter.cancel_booking(his_visit=b.his_visit)
    assert exc.value.code == "his.booking_state"


async def test_visit_changes_pages_the_change_log_by_cursor():
    inst, adapter = await _hospital()
    _, slot = await _tomorrow_slot(adapter)
    b1 = await adapter.book(slot_id=slot.id, patient=PERSON)
    b2 = await adapter.book(slot_id=slot.id, patient={"id_number": "310106195602110012", "name": "李国华"})
    await adapter.cancel_booking(his_visit=b1.his_visit)
    page, cursor = await adapter.visit_changes(cursor="", limit=2)
    assert [e["visit"] for e in page] == [b1.his_visit, b2.his_visit]
    page2, cursor2 = await adapter.visit_changes(cursor=cursor, limit=2)
    assert [(e["visit"], e["state"]) for e in page2] == [(b1.his_visit, "cancelled")]
    assert await adapter.visit_changes(cursor=cursor2, limit=2) == ([], cursor2)
    ping = await adapter.ping()
    assert ping["departments"] == 2 and ping["cursor"] == cursor2


async def test_an_adapter_without_outpatient_support_says_unavailable():
    class Minimal(HisAdapter):
        async def find_patient(self, *, id_number, name):
            return None

        async def archived_admissions(self, patient):
            return []

        async def documents(self, *, admission_id, kinds):
            return []

    a = Minimal(institution_id=1)
    for call in (a.ping(), a.visit_changes(cursor="", limit=1), a.departments(), a.doctors(department_code="X"),
                 a.slots(doctor_code="X", day=dt.date.today()), a.book(slot_id="1", patient=PERSON),
                 a.cancel_booking(his_visit="1"), a.check_in(his_visit="1")):
        with pytest.raises(HisUnavailable):
            await call
    with pytest.raises(HisUnavailable):
        his.adapter_for(institution_id=1, name="nope")
