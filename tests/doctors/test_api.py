"""The catalogue over HTTP: the back office's JSON API (/api/admin/v1/doctors, /departments) scoped
to the administrator's subtree, the phone's (/api/mp/v1/doctors) and the BFF screens
(/api/bff/v1/consult). Bad input is refused with a clear 4xx and writes nothing; a photo must be
an image, and what is stored is the re-encoded JPEG served through a signed link."""
from __future__ import annotations

import io

from PIL import Image

from core.audit.models import AuditLog
from core.doctors.models import ConsentAcceptance, Doctor, DoctorFollow, DoctorSchedule, DoctorService
from core.records.models import Department
from tests import factories
from tests.doctors.test_service import png

ADMIN = "/api/admin/v1"
MP = "/api/mp/v1/doctors"
BFF = "/api/bff/v1/consult"


async def _admins():
    t = await factories.tree()
    await factories.admin(t.hospital_a1, username="hosp_a", roles=("institution_admin",))
    await factories.admin(t.hospital_b1, username="hosp_b", roles=("institution_admin",))
    await factories.admin(t.province, username="prov")
    return t


async def test_a_hospital_keeps_its_departments_and_doctors_and_another_hospital_cannot(client):
    t = await _admins()
    async with factories.AdminSession(client, "hosp_a") as s:
        r = await s.post(f"{ADMIN}/departments/", json={"institution_id": t.hospital_a1.id, "code": "EK",
                                                        "name": "儿科"})
        assert r.status_code == 201, r.text
        dept = r.json()
        r = await s.post(f"{ADMIN}/doctors/", json={"name": "李时珍", "title": "chief", "specialties": "小儿哮喘",
                                                    "department_ids": [dept["id"]]})
        assert r.status_code == 201, r.text
        doc = r.json()
        assert (doc["institution_name"], doc["enabled"], doc["sites"][0]["department_name"]) == ("江岸医院", False, "儿科")
        r = await s.put(f"{ADMIN}/doctors/{doc['id']}/services", json={"items": [
            {"kind": "text", "price_fen": 3000, "window_hours": 48}, {"kind": "video", "price_fen": 8000}]})
        assert r.status_code == 200 and [x["price_fen"] for x in r.json()["services"]] == [3000, 8000]
        r = await s.post(f"{ADMIN}/doctors/{doc['id']}/photo", files={"photo": ("li.png", png(), "image/png")})
        assert r.status_code == 200, r.text
        photo = await client.get(r.json()["photo_url"])
        assert photo.status_code == 200 and photo.headers["content-type"] == "image/jpeg"
        assert Image.open(io.BytesIO(photo.content)).format == "JPEG"
        r = await s.put(f"{ADMIN}/doctors/{doc['id']}/schedules", json={"month": "2026-05", "slots": [
            {"day": "2026-05-04", "period": "morning", "department_id": dept["id"], "capacity": 20}]})
        assert r.status_code == 200 and r.json()["slots"][0]["period_label"] == "上午"
        r = await s.get(f"{ADMIN}/doctors/{doc['id']}/schedules?month=2026-05")
        assert [x["day"] for x in r.json()["slots"]] == ["2026-05-04"]
        r = await s.post(f"{ADMIN}/doctors/{doc['id']}/enable")
        assert r.json()["enabled"] is True
        r = await s.post(f"{ADMIN}/doctors/{doc['id']}/account", json={"username": "doctor.li"})
        assert r.status_code == 201 and r.json()["initial_password"]
        listed = (await s.get(f"{ADMIN}/doctors/?q=哮喘&enabled=true")).json()
        assert listed["total"] == 1 and listed["items"][0]["account_username"] == "doctor.li"
        assert (await s.get(f"{ADMIN}/departments/?q=儿")).json()["items"][0]["doctors"] == 1

    async with factories.AdminSession(client, "hosp_b") as s:
        for method, url, kw in (
                ("GET", f"{ADMIN}/doctors/{doc['id']}", {}),
                ("PATCH", f"{ADMIN}/doctors/{doc['id']}", {"json": {"name": "篡改"}}),
                ("POST", f"{ADMIN}/doctors/{doc['id']}/disable", {}),
                ("PUT", f"{ADMIN}/doctors/{doc['id']}/services",
                 {"json": {"items": [{"kind": "text", "price_fen": 1}]}}),
                ("POST", f"{ADMIN}/doctors/{doc['id']}/photo",
                 {"files": {"photo": ("x.png", png((40, 40)), "image/png")}}),
                ("GET", f"{ADMIN}/doctors/{doc['id']}/schedules", {}),
                ("PUT", f"{ADMIN}/doctors/{doc['id']}/schedules", {"json": {"month": "2026-05"}}),
                ("POST", f"{ADMIN}/doctors/{doc['id']}/account", {"json": {"username": "intruder"}}),
                ("GET", f"{ADMIN}/departments/{dept['id']}", {}),
                ("PATCH", f"{ADMIN}/departments/{dept['id']}", {"json": {"name": "篡改"}}),
                ("POST", f"{ADMIN}/departments/{dept['id']}/disable", {}),
        ):
            r = await s.client.request(method, url, headers={"X-CSRF-Token": s.csrf}, **kw)
            assert r.status_code == 404 and r.json()["code"] == "request.not_found", (method, url, r.text)
        # Creating in another hospital's department or hospital looks like a missing one.
        r = await s.post(f"{ADMIN}/doctors/", json={"name": "越界", "title": "resident", "department_ids": [dept["id"]]})
        assert r.status_code == 404 and r.json()["code"] == "doctors.department_unavailable"
        r = await s.post(f"{ADMIN}/departments/", json={"institution_id": t.hospital_a1.id, "code": "X", "name": "越界"})
        assert r.status_code == 404
        assert (await s.get(f"{ADMIN}/doctors/")).json()["total"] == 0
        assert (await s.get(f"{ADMIN}/departments/")).json()["total"] == 0
        assert (await s.get(f"{ADMIN}/doctors/?institution_id={t.hospital_a1.id}")).json()["total"] == 0
    stored = await Doctor.get(id=doc["id"])
    assert (stored.name, stored.enabled) == ("李时珍", True)
    assert await DoctorService.get(doctor_id=doc["id"], kind="text").values_list("price_fen", flat=True) == 3000
    assert await DoctorSchedule.filter(doctor_id=doc["id"]).count() == 1
    assert (await Department.get(id=dept["id"])).active
    assert await AuditLog.filter(outcome="denied", actor_name="hosp_b").count() >= 11


async def test_bad_input_is_refused_and_a_photo_must_be_an_image(client):
    t = await _admins()
    dept = await factories.department(t.hospital_a1)
    doc = await factories.catalogue_doctor(dept)
    before = await DoctorService.filter(doctor_id=doc.id).values_list("kind", "price_fen")
    async with factories.AdminSession(client, "hosp_a") as s:
        bad = [
            ("POST", f"{ADMIN}/doctors/", {"name": "", "title": "chief", "department_ids": [dept.id]}),
            ("POST", f"{ADMIN}/doctors/", {"name": "甲", "title": "professor", "department_ids": [dept.id]}),
            ("POST", f"{ADMIN}/doctors/", {"name": "甲", "title": "chief", "department_ids": []}),
            ("POST", f"{ADMIN}/doctors/", {"name": "甲", "title": "chief", "department_ids": [dept.id, dept.id]}),
            ("POST", f"{ADMIN}/doctors/", {"name": "甲", "title": "chief", "department_ids": [2**31]}),
            ("POST", f"{ADMIN}/doctors/", {"name": "甲", "title": "chief", "department_ids": [dept.id], "x": 1}),
            ("POST", f"{ADMIN}/doctors/", {"name": "甲" * 33, "title": "chief", "department_ids": [dept.id]}),
            ("PATCH", f"{ADMIN}/doctors/{doc.id}", {"name": None}),
            ("PATCH", f"{ADMIN}/doctors/{doc.id}", {"specialties": "长" * 501}),
            ("PUT", f"{ADMIN}/doctors/{doc.id}/services", {"items": [{"kind": "text", "price_fen": 1_000_001}]}),
            ("PUT", f"{ADMIN}/doctors/{doc.id}/services", {"items": [{"kind": "text", "price_fen": -1}]}),
            ("PUT", f"{ADMIN}/doctors/{doc.id}/services", {"items": [{"kind": "text", "price_fen": 1,
                                                                       "window_hours": 0}]}),
            ("PUT", f"{ADMIN}/doctors/{doc.id}/services", {"items": [{"kind": "package", "price_fen": 1}]}),
            ("PUT", f"{ADMIN}/doctors/{doc.id}/services", {"items": [{"kind": "text", "price_fen": 1}] * 2}),
            ("PUT", f"{ADMIN}/doctors/{doc.id}/schedules", {"month": "2026-13", "slots": []}),
            ("PUT", f"{ADMIN}/doctors/{doc.id}/schedules", {"month": "2026-05", "slots": [
                {"day": "2026-05-04", "period": "night", "department_id": dept.id, "capacity": 1}]}),
            ("PUT", f"{ADMIN}/doctors/{doc.id}/schedules", {"month": "2026-05", "slots": [
                {"day": "2026-05-04", "period": "morning", "department_id": dept.id, "capacity": 201}]}),
            ("POST", f"{ADMIN}/doctors/{doc.id}/account", {"username": "a b"}),
            ("POST", f"{ADMIN}/departments/", {"institution_id": t.hospital_a1.id, "code": "儿科", "name": "儿科"}),
        ]
        for method, url, body in bad:
            r = await s.client.request(method, url, json=body, headers={"X-CSRF-Token": s.csrf})
            assert r.status_code == 422 and r.json()["code"] == "request.validation_failed", (url, body, r.text)
        for query in ("q=" + "长" * 33, "page_size=201", "institution_id=0", "title=x", "department_id=99999999999"):
            r = await s.get(f"{ADMIN}/doctors/?{query}")
            assert r.status_code == 422, (query, r.text)
        assert (await s.get(f"{ADMIN}/doctors/{doc.id}/schedules?month=May")).status_code == 422
        r = await s.put(f"{ADMIN}/doctors/{doc.id}/schedules", json={"month": "2026-05", "slots": [
            {"day": "2026-06-01", "period": "morning", "department_id": dept.id, "capacity": 1}]})
        assert r.status_code == 422 and r.json()["code"] == "doctors.month_invalid"

        # Photos: judged by their content, whatever the name says.
        for name, data, code, status in (("photo.jpg", b"%PDF-1.7 fake", "media.not_an_image", 422),
                                         ("photo.png", png()[:3000], "media.truncated", 422),
                                         ("big.png", png((1200, 1200)), "media.too_large", 413)):
            r = await s.post(f"{ADMIN}/doctors/{doc.id}/photo", files={"photo": (name, data, "image/jpeg")})
            assert (r.status_code, r.json()["code"]) == (status, code), (name, r.text)
        r = await s.post(f"{ADMIN}/doctors/{doc.id}/photo", files={"other": ("x.png", png(), "image/png")})
        assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "photo"
    assert (await Doctor.get(id=doc.id)).photo_key is None
    assert await DoctorService.filter(doctor_id=doc.id).values_list("kind", "price_fen") == before
    assert not await DoctorSchedule.exists()
    assert await Doctor.all().count() == 1 and not await AuditLog.filter(action__startswith="doctors.").exists()

    # No permission, no catalogue.
    await factories.admin(t.hospital_a1, username="proctor", roles=("proctor",))
    async with factories.AdminSession(client, "proctor") as s:
        assert (await s.get(f"{ADMIN}/doctors/")).status_code == 403


async def test_the_phone_searches_follows_and_accepts_the_consent(client):
    t = await _admins()
    kid = await factories.department(t.hospital_a1, name="儿科")
    eye = await factories.department(t.hospital_b1, name="眼科")
    li = await factories.catalogue_doctor(kid, name="李时珍")
    sun = await factories.catalogue_doctor(eye, name="孙思邈", services=(("text", 1500),))
    hidden = await factories.catalogue_doctor(kid, name="下线医生", enabled=False)
    pat = await factories.mp_patient_account()
    h = pat.headers

    r = await client.get(MP, headers=h)
    assert r.status_code == 200 and r.json()["total"] == 2
    r = await client.get(f"{MP}?department_id={kid.id}", headers=h)
    assert [d["name"] for d in r.json()["items"]] == ["李时珍"]
    r = await client.get(f"{MP}?q=眼科&page_size=1", headers=h)
    assert r.json()["items"][0]["services"] == [{"kind": "text", "label": "图文咨询", "price_fen": 1500,
                                                  "window_hours": 48}]
    for query in ("page_size=51", "page=0", "q=" + "长" * 33, "department_id=0", "kind=phone", "page=100001"):
        r = await client.get(f"{MP}?{query}", headers=h)
        assert r.status_code == 422 and r.json()["code"] == "request.validation_failed", query
    r = await client.get(f"{MP}/departments", headers=h)
    assert [(d["name"], d["institution_name"]) for d in r.json()["items"]] == [("儿科", "江岸医院"), ("眼科", "西陵医院")]

    r = await client.get(f"{MP}/{li.id}", headers=h)
    assert r.status_code == 200 and (r.json()["following"], r.json()["title_label"]) == (False, "主任医师")
    for gone in (hidden.id, 9_000_000):
        r = await client.get(f"{MP}/{gone}", headers=h)
        assert r.status_code == 404 and r.json()["code"] == "doctors.doctor_unavailable"
        assert (await client.post(f"{MP}/{gone}/follow", headers=h)).status_code == 404
    r = await client.post(f"{MP}/{li.id}/follow", headers=h)
    assert r.status_code == 200 and r.json() == {"doctor_id": li.id, "following": True, "followers": 1}
    assert (await client.post(f"{MP}/{li.id}/follow", headers=h)).json()["followers"] == 1
    r = await client.get(f"{MP}/followed", headers=h)
    assert [d["id"] for d in r.json()["items"]] == [li.id]
    r = await client.delete(f"{MP}/{li.id}/follow", headers=h)
    assert r.json()["following"] is False and not await DoctorFollow.exists()
    assert (await client.get(f"{MP}/recent", headers=h)).json() == {"items": []}

    r = await client.get(f"{MP}/{sun.id}/schedules?month=2026-13", headers=h)
    assert r.status_code == 422
    r = await client.get(f"{MP}/{sun.id}/schedules?month=2026-05", headers=h)
    assert r.json() == {"doctor_id": sun.id, "month": "2026-05", "slots": []}

    # The informed consent: none published yet, then read and accept the current version.
    r = await client.get(f"{MP}/consent", headers=h)
    assert r.status_code == 404 and r.json()["code"] == "doctors.consent_unpublished"
    screen = (await client.get(f"{BFF}/doctors/{li.id}", headers=h)).json()
    assert screen["consent_required"] is False and screen["doctor"]["name"] == "李时珍"
    async with factories.AdminSession(client, "prov") as s:
        r = await s.post(f"{ADMIN}/doctors/consent", json={"body": "须知", "fees": "图文咨询 15–30 元/次"})
        assert r.status_code == 201 and r.json()["version"] == 1
    async with factories.AdminSession(client, "hosp_a") as s:
        r = await s.post(f"{ADMIN}/doctors/consent", json={"body": "须知", "fees": "越级"})
        assert r.status_code == 403
        assert [v["version"] for v in (await s.get(f"{ADMIN}/doctors/consent")).json()["items"]] == [1]
    screen = (await client.get(f"{BFF}/doctors/{li.id}?month=2026-05", headers=h)).json()
    assert (screen["consent_required"], screen["consent_version"], screen["schedule"]["month"]) == (True, 1, "2026-05")
    r = await client.get(f"{MP}/consent", headers=h)
    assert (r.json()["version"], r.json()["accepted"], r.json()["fees"]) == (1, False, "图文咨询 15–30 元/次")
    for body in ({"version": 0}, {"version": "一"}, {}, {"version": 1, "x": 1}):
        assert (await client.post(f"{MP}/consent", json=body, headers=h)).status_code == 422
    r = await client.post(f"{MP}/consent", json={"version": 2}, headers=h)
    assert r.status_code == 409 and r.json()["code"] == "doctors.consent_outdated"
    r = await client.post(f"{MP}/consent", json={"version": 1}, headers=h)
    assert r.status_code == 200 and r.json()["accepted"] is True
    assert await ConsentAcceptance.filter(account_id=pat.actor.id, version=1).exists()
    assert (await client.get(f"{BFF}/doctors/{li.id}", headers=h)).json()["consent_required"] is False
    home = (await client.get(f"{BFF}/home", headers=h)).json()
    assert len(home["departments"]) == 2 and home["followed"] == [] and home["recent"] == []
    assert (await client.get(MP)).status_code == 401
