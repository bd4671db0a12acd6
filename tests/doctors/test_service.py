"""The catalogue's services (core/doctors): departments, doctors, services and prices, schedules,
photos, workstation logins, the patient's search, follows, the ledger the consult domain feeds,
and the informed consent. Scope: another hospital's administrator neither sees nor changes
anything, and what refuses writes nothing."""
from __future__ import annotations

import datetime as dt
import io
import random

import pytest
from PIL import Image

from core.accounts.models import AdminAccount
from core.audit.models import AuditLog
from core.doctors import catalogue, consent, departments, ledger, schedules
from core.doctors import service as doctors
from core.doctors.models import (
    ConsentAcceptance, Doctor, DoctorConsultation, DoctorFollow, DoctorSchedule, DoctorService, DoctorSite,
)
from core.doctors.schemas import HospitalDepartmentIn as DeptIn
from core.doctors.schemas import (
    ConsentIn, DoctorEditIn, DoctorFilter, DoctorIn, DoctorSearch, HospitalDepartmentEditIn, HospitalDepartmentFilter,
    MonthScheduleIn, ServicesIn,
)
from core.errors import AppError, Forbidden, NotFound
from core.records.models import Department
from media.storage import get_storage
from tests import factories


def png(size=(80, 100)) -> bytes:
    """A PNG of noise (no run of equal pixels: cutting it anywhere leaves it truncated)."""
    buf = io.BytesIO()
    Image.frombytes("RGB", size, random.Random(size[0]).randbytes(size[0] * size[1] * 3)).save(buf, "PNG")
    return buf.getvalue()


async def _world():
    t = await factories.tree()
    a = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    b = await factories.actor(t.hospital_b1, roles=("institution_admin",))
    city = await factories.actor(t.city_a)
    province = await factories.actor(t.province)
    return t, a, b, city, province


async def test_departments_are_the_hospitals_list_scoped_and_audited():
    t, a, b, city, _ = await _world()
    kid = await departments.create_department(actor=a, data=DeptIn(institution_id=t.hospital_a1.id, code="EK",
                                                                    name="儿科"))
    assert (kid.institution_name, kid.active, kid.doctors) == ("江岸医院", True, 0)
    # The record room's table: the same row, under records' name.
    assert (await Department.get(id=kid.id)).name == "儿科"
    with pytest.raises(AppError) as exc:
        await departments.create_department(actor=a, data=DeptIn(institution_id=t.hospital_a1.id, code="EK",
                                                                 name="又一个儿科"))
    assert exc.value.code == "doctors.department_exists"
    with pytest.raises(AppError) as exc:
        await departments.create_department(actor=city, data=DeptIn(institution_id=t.county_a1.id, code="X", name="科"))
    assert exc.value.code == "doctors.not_a_hospital"
    with pytest.raises(NotFound):  # another hospital: like a missing one
        await departments.create_department(actor=a, data=DeptIn(institution_id=t.hospital_b1.id, code="Y", name="越界"))
    with pytest.raises(NotFound):
        await departments.set_active(actor=b, department_id=kid.id, active=False)
    assert (await Department.get(id=kid.id)).active
    assert await AuditLog.filter(action="scope.read", outcome="denied", target_id=str(kid.id)).exists()

    await departments.create_department(actor=city, data=DeptIn(institution_id=t.hospital_a2.id, code="EK", name="儿科"))
    off = await departments.set_active(actor=a, department_id=kid.id, active=False)
    assert off.active is False
    await departments.set_active(actor=a, department_id=kid.id, active=False)  # again: nothing more
    assert await AuditLog.filter(action="departments.disable").count() == 1
    renamed = await departments.update_department(actor=a, department_id=kid.id,
                                                  data=HospitalDepartmentEditIn(name="小儿科"))
    assert renamed.name == "小儿科"

    total, rows = await departments.list_departments(actor=city, filters=HospitalDepartmentFilter(q="儿科"))
    assert total == 2 and {r.institution_name for r in rows} == {"江岸医院", "武昌医院"}
    total, rows = await departments.list_departments(actor=city, filters=HospitalDepartmentFilter(active=False))
    assert [r.id for r in rows] == [kid.id]
    total, _ = await departments.list_departments(actor=b, filters=HospitalDepartmentFilter())
    assert total == 0
    with pytest.raises(Forbidden):
        await departments.list_departments(actor=await factories.actor(t.hospital_a1, roles=("proctor",)),
                                           filters=HospitalDepartmentFilter())


async def test_doctors_practise_at_departments_in_scope_and_stay_with_their_hospital():
    t, a, b, city, _ = await _world()
    kid_a = await factories.department(t.hospital_a1, name="儿科")
    resp_a = await factories.department(t.hospital_a1, name="呼吸内科")
    kid_a2 = await factories.department(t.hospital_a2, name="儿科")
    kid_b = await factories.department(t.hospital_b1, name="儿科")
    closed = await factories.department(t.hospital_a1, name="停用科", active=False)

    doc = await doctors.create_doctor(actor=a, data=DoctorIn(name="李时珍", title="chief", specialties="小儿哮喘",
                                                             introduction="从医二十年", department_ids=[kid_a.id,
                                                                                                      resp_a.id]))
    assert doc.institution_id == t.hospital_a1.id and doc.enabled is False and doc.title_label == "主任医师"
    assert [(s.department_name, s.primary) for s in doc.sites] == [("儿科", True), ("呼吸内科", False)]
    assert doc.rating.average is None and doc.photo_url is None and doc.account_id is None
    for bad in ([kid_b.id], [closed.id], [kid_a2.id]):  # another hospital's, disabled, a sibling's
        with pytest.raises(AppError) as exc:
            await doctors.create_doctor(actor=a, data=DoctorIn(name="越界", title="resident", department_ids=bad))
        assert exc.value.code == "doctors.department_unavailable" and exc.value.details["department_id"] == bad[0]
    assert await Doctor.all().count() == 1

    # Another hospital neither sees nor changes it; every attempt is audited as denied.
    with pytest.raises(NotFound):
        await doctors.get_doctor(actor=b, doctor_id=doc.id)
    with pytest.raises(NotFound):
        await doctors.update_doctor(actor=b, doctor_id=doc.id, data=DoctorEditIn(name="篡改"))
    with pytest.raises(NotFound):
        await doctors.set_enabled(actor=b, doctor_id=doc.id, enabled=True)
    with pytest.raises(NotFound):
        await doctors.set_photo(actor=b, doctor_id=doc.id, data=png())
    assert (await doctors.list_doctors(actor=b, filters=DoctorFilter()))[0] == 0
    stored = await Doctor.get(id=doc.id)
    assert (stored.name, stored.enabled, stored.photo_key) == ("李时珍", False, None)
    assert await AuditLog.filter(action="scope.read", outcome="denied", target_type="Doctor").count() == 4

    # 多点执业: the city sets a practice at a sibling hospital; the first site decides the owner.
    moved = await doctors.update_doctor(actor=city, doctor_id=doc.id,
                                        data=DoctorEditIn(department_ids=[kid_a2.id, kid_a.id]))
    assert moved.institution_id == t.hospital_a2.id
    assert [(s.institution_name, s.primary) for s in moved.sites] == [("武昌医院", True), ("江岸医院", False)]
    with pytest.raises(NotFound):  # now the other hospital's doctor
        await doctors.get_doctor(actor=a, doctor_id=doc.id)
    total, rows = await doctors.list_doctors(actor=city, filters=DoctorFilter(department_id=kid_a.id))
    assert total == 1 and rows[0].id == doc.id
    assert (await doctors.list_doctors(actor=city, filters=DoctorFilter(q="哮喘", enabled=False)))[0] == 1
    assert (await doctors.list_doctors(actor=city, filters=DoctorFilter(title="resident")))[0] == 0

    on = await doctors.set_enabled(actor=city, doctor_id=doc.id, enabled=True)
    assert on.enabled and await AuditLog.filter(action="doctors.enable").count() == 1


async def test_services_photo_and_the_workstation_login():
    t, a, b, _, _ = await _world()
    doc = await factories.catalogue_doctor(await factories.department(t.hospital_a1), enabled=False, services=())
    out = await doctors.set_services(actor=a, doctor_id=doc.id, data=ServicesIn(items=[
        {"kind": "text", "price_fen": 2990, "window_hours": 48}, {"kind": "video", "price_fen": 9900,
                                                                    "window_hours": 24, "enabled": False}]))
    assert [(s.kind.value, s.price_fen, s.window_hours, s.enabled) for s in out.services] == \
        [("text", 2990, 48, True), ("video", 9900, 24, False)]
    out = await doctors.set_services(actor=a, doctor_id=doc.id, data=ServicesIn(items=[
        {"kind": "video", "price_fen": 8800, "window_hours": 24}]))
    assert [(s.kind.value, s.price_fen, s.enabled) for s in out.services] == [("text", 2990, True),
                                                                              ("video", 8800, True)]
    with pytest.raises(NotFound):
        await doctors.set_services(actor=b, doctor_id=doc.id, data=ServicesIn(items=[{"kind": "text", "price_fen": 1}]))
    assert await DoctorService.get(doctor_id=doc.id, kind="text").values_list("price_fen", flat=True) == 2990

    # A photo is an image, re-encoded: a PDF or a truncated file is refused and nothing changes.
    for bad, code in ((b"%PDF-1.4 not a photo", "media.not_an_image"), (png()[:2000], "media.truncated")):
        with pytest.raises(AppError) as exc:
            await doctors.set_photo(actor=a, doctor_id=doc.id, data=bad)
        assert exc.value.code == code
    assert (await Doctor.get(id=doc.id)).photo_key is None
    assert not await AuditLog.filter(action="doctors.photo").exists()
    out = await doctors.set_photo(actor=a, doctor_id=doc.id, data=png())
    key = (await Doctor.get(id=doc.id)).photo_key
    assert out.photo_url.startswith("/media/doctor_photo.") and get_storage().get(key)[:2] == b"\xff\xd8"

    # The workstation login: an administrator account with the doctor role at the doctor's hospital.
    out, account_id, initial = await doctors.create_account(actor=a, doctor_id=doc.id, username="doctor.li")
    account = await AdminAccount.get(id=account_id)
    assert (account.roles, account.org_id, account.must_change_password) == (["doctor"], t.hospital_a1.id, True)
    assert out.account_username == "doctor.li" and len(initial) >= 8
    assert (await doctors.doctor_for_account(account_id)).id == doc.id
    with pytest.raises(AppError) as exc:
        await doctors.create_account(actor=a, doctor_id=doc.id, username="doctor.li2")
    assert exc.value.code == "doctors.account_linked"
    other = await factories.catalogue_doctor(await factories.department(t.hospital_a1), name="孙思邈")
    with pytest.raises(AppError) as exc:  # the username is taken: nothing linked
        await doctors.create_account(actor=a, doctor_id=other.id, username="doctor.li")
    assert exc.value.code == "accounts.username_taken"
    assert (await Doctor.get(id=other.id)).account_id is None
    with pytest.raises(NotFound):
        await doctors.create_account(actor=b, doctor_id=other.id, username="intruder")
    assert not await AdminAccount.filter(username="intruder").exists()


async def test_schedules_are_saved_by_month_at_practice_sites():
    t, a, b, _, _ = await _world()
    kid = await factories.department(t.hospital_a1, name="儿科")
    other = await factories.department(t.hospital_a1, name="眼科")
    doc = await factories.catalogue_doctor(kid)
    month = MonthScheduleIn(month="2026-05", slots=[
        {"day": "2026-05-04", "period": "morning", "department_id": kid.id, "capacity": 20},
        {"day": "2026-05-04", "period": "afternoon", "department_id": kid.id, "capacity": 10},
        {"day": "2026-05-06", "period": "evening", "department_id": kid.id, "capacity": 5}])
    out = await schedules.set_month(actor=a, doctor_id=doc.id, data=month)
    assert [(s.day.isoformat(), s.period_label, s.capacity) for s in out.slots] == \
        [("2026-05-04", "上午", 20), ("2026-05-04", "下午", 10), ("2026-05-06", "晚上", 5)]
    await DoctorSchedule.create(doctor_id=doc.id, department_id=kid.id, institution_id=t.hospital_a1.id,
                                day=dt.date(2026, 6, 1), period="morning", capacity=3)
    # The month as a whole: what is not listed goes; other months stay.
    out = await schedules.set_month(actor=a, doctor_id=doc.id, data=MonthScheduleIn(month="2026-05", slots=[
        {"day": "2026-05-31", "period": "morning", "department_id": kid.id, "capacity": 8}]))
    assert [s.day.isoformat() for s in out.slots] == ["2026-05-31"]
    assert await DoctorSchedule.filter(doctor_id=doc.id).count() == 2

    refusals = (
        ({"day": "2026-06-01", "period": "morning", "department_id": kid.id, "capacity": 1}, "doctors.month_invalid"),
        ({"day": "2026-05-02", "period": "morning", "department_id": other.id, "capacity": 1},
         "doctors.site_not_listed"),
    )
    for slot, code in refusals:
        with pytest.raises(AppError) as exc:
            await schedules.set_month(actor=a, doctor_id=doc.id, data=MonthScheduleIn(month="2026-05", slots=[slot]))
        assert exc.value.code == code
    with pytest.raises(AppError) as exc:
        await schedules.set_month(actor=a, doctor_id=doc.id, data=MonthScheduleIn(month="2026-05", slots=[
            {"day": "2026-05-02", "period": "morning", "department_id": kid.id, "capacity": 1}] * 2))
    assert exc.value.code == "request.validation_failed"
    with pytest.raises(NotFound):
        await schedules.set_month(actor=b, doctor_id=doc.id, data=MonthScheduleIn(month="2026-05"))
    assert await DoctorSchedule.filter(doctor_id=doc.id).count() == 2

    # Patients see the periods at enabled departments only.
    me = (await factories.mp_patient_account()).actor
    assert len((await catalogue.doctor_schedule(actor=me, doctor_id=doc.id, month="2026-05")).slots) == 1
    second = await factories.department(t.hospital_a1, name="儿科二病区")
    await DoctorSite.create(doctor_id=doc.id, department_id=second.id, institution_id=t.hospital_a1.id, sort=1)
    await DoctorSchedule.create(doctor_id=doc.id, department_id=second.id, institution_id=t.hospital_a1.id,
                                day=dt.date(2026, 5, 30), period="morning", capacity=3)
    await departments.set_active(actor=a, department_id=second.id, active=False)
    shown = await catalogue.doctor_schedule(actor=me, doctor_id=doc.id, month="2026-05")
    assert [s.day.isoformat() for s in shown.slots] == ["2026-05-31"]
    assert len((await schedules.month_schedule(actor=a, doctor_id=doc.id, month="2026-05")).slots) == 2


async def test_patients_search_follow_and_see_ratings_and_recent_doctors():
    t, a, _, _, _ = await _world()
    kid = await factories.department(t.hospital_a1, name="儿科")
    eye = await factories.department(t.hospital_b1, name="眼科")
    li = await factories.catalogue_doctor(kid, name="李时珍", specialties="小儿哮喘")
    sun = await factories.catalogue_doctor(eye, name="孙思邈", title="attending", specialties="近视防控",
                                           services=(("text", 1000),))
    await factories.catalogue_doctor(kid, name="下线医生", enabled=False)
    gone = await factories.catalogue_doctor(await factories.department(t.hospital_a2, name="关闭科室", active=False),
                                            name="无科室医生")
    pat = await factories.mp_patient_account()
    me = pat.actor

    page = await catalogue.search(actor=me, filters=DoctorSearch())
    assert page.total == 2 and {d.name for d in page.items} == {"李时珍", "孙思邈"}
    assert (await catalogue.search(actor=me, filters=DoctorSearch(department_id=kid.id))).items[0].id == li.id
    assert [d.id for d in (await catalogue.search(actor=me, filters=DoctorSearch(q="眼科"))).items] == [sun.id]
    assert [d.id for d in (await catalogue.search(actor=me, filters=DoctorSearch(q="哮喘"))).items] == [li.id]
    assert [d.id for d in (await catalogue.search(actor=me, filters=DoctorSearch(kind="video"))).items] == [li.id]
    assert [d.id for d in (await catalogue.search(actor=me, filters=DoctorSearch(
        institution_id=t.hospital_b1.id))).items] == [sun.id]
    paged = await catalogue.search(actor=me, filters=DoctorSearch(page=2, page_size=1))
    assert paged.total == 2 and len(paged.items) == 1
    card = next(d for d in page.items if d.id == li.id)
    assert [(s.label, s.price_fen) for s in card.services] == [("图文咨询", 3000), ("视频问诊", 8000)]
    assert card.sites[0].institution_name == "江岸医院"
    depts = await catalogue.departments(actor=me)
    assert [(d.name, d.doctors) for d in depts] == [("儿科", 1), ("眼科", 1)]

    with pytest.raises(AppError) as exc:
        await catalogue.doctor_page(actor=me, doctor_id=gone.id)
    assert exc.value.code == "doctors.doctor_unavailable"
    with pytest.raises(AppError):
        await catalogue.follow(actor=me, doctor_id=gone.id)

    # Follow twice, one row; another account's follows are its own.
    for _ in range(2):
        f = await catalogue.follow(actor=me, doctor_id=li.id)
    assert (f.following, f.followers) == (True, 1) and await DoctorFollow.all().count() == 1
    assert (await catalogue.doctor_page(actor=me, doctor_id=li.id)).following is True
    other = (await factories.mp_patient_account("赵六")).actor
    assert (await catalogue.doctor_page(actor=other, doctor_id=li.id)).following is False
    assert await catalogue.followed(actor=other) == []
    assert [d.id for d in await catalogue.followed(actor=me)] == [li.id]
    await catalogue.unfollow(actor=me, doctor_id=li.id)
    f = await catalogue.unfollow(actor=me, doctor_id=li.id)
    assert (f.following, f.followers) == (False, 0)
    assert await AuditLog.filter(action__in=["doctors.follow", "doctors.unfollow"]).count() == 2
    with pytest.raises(AppError) as exc:  # an administrator follows nobody
        await catalogue.follow(actor=a, doctor_id=li.id)
    assert exc.value.code == "doctors.patient_only"

    # What the consult domain reports: each at most once per order.
    base = dt.datetime(2026, 5, 1, 8, tzinfo=dt.timezone.utc)
    assert await ledger.record_consultation(order_id=1, doctor_id=sun.id, account_id=me.id, kind="text", at=base)
    assert not await ledger.record_consultation(order_id=1, doctor_id=sun.id, account_id=me.id, kind="text")
    await ledger.record_consultation(order_id=2, doctor_id=li.id, account_id=me.id, kind="video",
                                     at=base + dt.timedelta(days=1))
    await ledger.record_consultation(order_id=3, doctor_id=li.id, account_id=me.id, kind="text",
                                     at=base + dt.timedelta(days=2))
    assert [(d.id, d.last_at) for d in await catalogue.recent(actor=me)] == \
        [(li.id, base + dt.timedelta(days=2)), (sun.id, base)]
    assert await catalogue.recent(actor=other) == []
    for order in (2, 2, 3):
        await ledger.record_completed(order_id=order)
    for order, score in ((2, 5), (2, 1), (3, 4)):
        await ledger.record_rating(order_id=order, score=score)
    with pytest.raises(AppError) as exc:
        await ledger.record_rating(order_id=1, score=6)
    assert exc.value.code == "doctors.score_invalid"
    with pytest.raises(AppError) as exc:
        await ledger.record_completed(order_id=99)
    assert exc.value.code == "doctors.consultation_unknown"
    page = await catalogue.doctor_page(actor=me, doctor_id=li.id)
    assert (page.rating.average, page.rating.count, page.text_done, page.video_done, page.consultations) == \
        (4.5, 2, 1, 1, 2)

    class Event:  # what the events relay delivers, possibly twice
        def __init__(self, name, payload):
            self.name, self.payload = name, payload

    for _ in range(2):
        await ledger.consume(Event("consult.order_paid", {"order_id": 4, "doctor_id": sun.id, "account_id": other.id,
                                                          "kind": "text"}))
        await ledger.consume(Event("consult.order_completed", {"order_id": 4}))
        await ledger.consume(Event("consult.order_rated", {"order_id": 4, "score": 3}))
    sun_now = await Doctor.get(id=sun.id)
    assert (sun_now.text_done, sun_now.rating_count, sun_now.rating_sum) == (1, 1, 3)
    assert await DoctorConsultation.all().count() == 4
    # The most consulted first.
    assert [d.id for d in (await catalogue.search(actor=me, filters=DoctorSearch())).items] == [li.id, sun.id]


async def test_the_informed_consent_is_versioned_and_required():
    t, a, _, city, province = await _world()
    me = (await factories.mp_patient_account()).actor
    with pytest.raises(AppError) as exc:
        await consent.require_consent(me.id)
    assert exc.value.code == "doctors.consent_unpublished"
    with pytest.raises(Forbidden):  # below the root of the tree
        await consent.publish(actor=city, data=ConsentIn(body="须知", fees="图文咨询 30 元/次"))
    v1 = await consent.publish(actor=province, data=ConsentIn(body="一、互联网诊疗仅适用于常见病、慢性病复诊。",
                                                              fees="图文咨询：按医生定价，30–100 元/次。"))
    assert v1.version == 1
    with pytest.raises(AppError) as exc:
        await consent.require_consent(me.id)
    assert (exc.value.code, exc.value.status, exc.value.details) == ("doctors.consent_required", 409, {"version": 1})
    shown = await consent.for_patient(actor=me)
    assert (shown.version, shown.accepted, shown.fees) == (1, False, "图文咨询：按医生定价，30–100 元/次。")
    accepted = await consent.accept(actor=me, version=1)
    assert accepted.accepted and accepted.accepted_at is not None
    await consent.accept(actor=me, version=1)
    assert await ConsentAcceptance.filter(account_id=me.id).count() == 1
    assert await consent.require_consent(me.id) == 1
    assert await AuditLog.filter(action="doctors.consent_accept", actor_id=str(me.id)).count() == 1

    await consent.publish(actor=province, data=ConsentIn(body="二、新增视频问诊须知。", fees="视频问诊 50–200 元/次。"))
    with pytest.raises(AppError) as exc:
        await consent.require_consent(me.id)
    assert exc.value.details == {"version": 2}
    with pytest.raises(AppError) as exc:
        await consent.accept(actor=me, version=1)
    assert (exc.value.code, exc.value.details["current"]) == ("doctors.consent_outdated", 2)
    await consent.accept(actor=me, version=2)
    assert await consent.require_consent(me.id) == 2
    listed = await consent.versions(actor=a)
    assert [(v.version, v.acceptances) for v in listed] == [(2, 1), (1, 1)]


async def test_the_consult_domain_s_events_feed_the_ledger_once():
    """Through the real events mechanism: emitted in the consult domain's transaction, relayed to
    the stream after the commit, read by the consumer group doctors.ledger; delivered again, they
    change nothing."""
    from tortoise.transactions import in_transaction

    from core import wiring
    from core.db import transactional
    from core.events import Event
    from core.events import service as events
    from core.events.models import EventOutbox

    t = await factories.tree()
    doc = await factories.catalogue_doctor(await factories.department(t.hospital_a1))
    me = (await factories.mp_patient_account()).actor
    wiring.wire()
    reader = events.GroupReader(events.CONSUMERS["doctors.ledger"], name="test")
    await reader.ensure_group()

    @transactional
    async def consultation_ends():  # what the consult domain will do, in its own transactions
        async with in_transaction():
            await events.emit("consult.order_paid", {"order_id": 77, "doctor_id": doc.id, "account_id": me.id,
                                                     "kind": "video"})
            await events.emit("consult.order_completed", {"order_id": 77})
            await events.emit("consult.order_rated", {"order_id": 77, "score": 4})

    await consultation_ends()
    assert await reader.read_new() == 3
    for row in await EventOutbox.filter(name__startswith="consult.").order_by("id"):
        await ledger.consume(Event.of(row))  # at least once: a second delivery
    doctor = await Doctor.get(id=doc.id)
    assert (doctor.video_done, doctor.rating_count, doctor.rating_sum) == (1, 1, 4)
    assert [d.id for d in await catalogue.recent(actor=me)] == [doc.id]
    assert await events.dead_letters(group="doctors.ledger") == []
