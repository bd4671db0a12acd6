"""The catalogue's console pages (/admin/doctors, /admin/departments, /admin/doctors/consent): a
hospital administrator adds a department, a doctor with two practice sites, a photo, prices in
元 and a month's schedule, takes the doctor online, opens the workstation login (its password
shown once); refused forms go back with their errors; another hospital sees nothing."""
from __future__ import annotations

import datetime as dt
import re

from core.accounts.models import AdminAccount
from core.doctors.models import ConsentVersion, Doctor, DoctorSchedule, DoctorService, DoctorSite
from core.records.models import Department
from tests import factories
from tests.admin_web.world import Pages
from tests.doctors.test_service import png


async def test_a_hospital_builds_its_catalogue_in_the_console(client):
    t = await factories.tree()
    await factories.admin(t.hospital_a1, username="hosp_a", roles=("institution_admin",))
    await factories.admin(t.hospital_b1, username="hosp_b", roles=("institution_admin",))
    pages = Pages(client)
    await pages.login("hosp_a")
    home = await pages.get("/admin/")
    assert 'href="/admin/doctors"' in home.text and 'href="/admin/departments"' in home.text

    # Departments: add two, a duplicate code is refused beside the form, one disabled.
    for code, name in (("EK", "儿科"), ("HX", "呼吸内科")):
        r = await pages.post("/admin/departments/new", {"institution_id": t.hospital_a1.id, "code": code, "name": name})
        assert r.status_code == 303 and r.headers["location"] == "/admin/departments?notice=dept_created"
    r = await pages.submit("/admin/departments/new", {"institution_id": t.hospital_a1.id, "code": "EK", "name": "又一个"},
                           headers={"Referer": "http://testserver/admin/departments"})
    assert "该机构已有相同编码的科室" in r.text and 'value="又一个"' in r.text
    kid = await Department.get(institution_id=t.hospital_a1.id, code="EK")
    resp = await Department.get(institution_id=t.hospital_a1.id, code="HX")
    closed = await factories.department(t.hospital_a1, name="停诊科")
    r = await pages.submit(f"/admin/departments/{closed.id}/disable")
    assert "科室已停用" in r.text and not (await Department.get(id=closed.id)).active
    listing = await pages.get("/admin/departments?q=儿")
    assert "儿科" in listing.text and "呼吸内科" not in listing.text

    # A doctor: the form refuses a missing name and keeps what was typed.
    form = await pages.get("/admin/doctors/new")
    assert f'value="{kid.id}"' in form.text and f'value="{closed.id}"' not in form.text
    r = await pages.submit("/admin/doctors/new", {"name": "", "title": "chief", "specialties": "小儿哮喘",
                                                  "primary_department": kid.id},
                           headers={"Referer": "http://testserver/admin/doctors/new"})
    assert 'data-error-for="name"' in r.text and "小儿哮喘" in r.text
    r = await pages.post("/admin/doctors/new", {"name": "李时珍", "title": "chief", "specialties": "小儿哮喘",
                                                "introduction": "从医二十年", "primary_department": kid.id,
                                                "department_ids": [resp.id]})
    assert r.status_code == 303
    doc = await Doctor.get(name="李时珍")
    assert r.headers["location"] == f"/admin/doctors/{doc.id}?notice=created"
    assert [s.department_id for s in await DoctorSite.filter(doctor_id=doc.id).order_by("sort")] == [kid.id, resp.id]

    # Photo, prices in 元, the login, online.
    r = await pages.submit(f"/admin/doctors/{doc.id}/photo", files={"photo": ("li.png", png(), "image/png")})
    assert "照片已更新" in r.text and re.search(r'<img class="doctor-photo" src="/media/doctor_photo\.', r.text)
    r = await pages.submit(f"/admin/doctors/{doc.id}/photo", files={"photo": ("li.jpg", b"not an image", "image/jpeg")},
                           headers={"Referer": f"http://testserver/admin/doctors/{doc.id}"})
    assert "上传的文件不是有效的图片" in r.text
    r = await pages.submit(f"/admin/doctors/{doc.id}/services", {
        "text_price": "29.9", "text_window": "48", "text_enabled": "true", "video_price": "88", "video_window": "24"})
    assert "服务与价格已保存" in r.text
    offered = DoctorService.filter(doctor_id=doc.id).order_by("kind")
    assert await offered.values_list("kind", "price_fen", "enabled") == [("text", 2990, True), ("video", 8800, False)]
    r = await pages.submit(f"/admin/doctors/{doc.id}/services", {"text_price": "29.999"},
                           headers={"Referer": f"http://testserver/admin/doctors/{doc.id}"})
    assert "服务与价格有误" in r.text
    assert await DoctorService.get(doctor_id=doc.id, kind="text").values_list("price_fen", flat=True) == 2990
    r = await pages.submit(f"/admin/doctors/{doc.id}/account", {"username": "doctor.li"})
    password = re.search(r"<code data-initial-password>([^<]+)</code>", r.text).group(1)
    assert (await AdminAccount.get(username="doctor.li")).roles == ["doctor"]
    assert password not in (await pages.get(f"/admin/doctors/{doc.id}")).text  # shown once
    r = await pages.submit(f"/admin/doctors/{doc.id}/enable")
    assert "医生已上线" in r.text and (await Doctor.get(id=doc.id)).enabled

    # The schedule of a month: capacity typed = on duty, at the department chosen.
    page = await pages.get(f"/admin/doctors/{doc.id}/schedule?month=2026-05")
    assert 'name="cap_2026-05-31_evening"' in page.text and "周日" in page.text
    r = await pages.submit(f"/admin/doctors/{doc.id}/schedule", {
        "month": "2026-05", "default_department": kid.id, "cap_2026-05-04_morning": "20",
        "dept_2026-05-04_morning": kid.id, "cap_2026-05-05_afternoon": "8", "dept_2026-05-05_afternoon": resp.id,
        "dept_2026-05-06_morning": kid.id})
    assert r.posted.headers["location"].startswith(f"/admin/doctors/{doc.id}/schedule?month=2026-05")
    assert "排班已保存" in r.text and 'value="20"' in r.text
    assert await DoctorSchedule.filter(doctor_id=doc.id).order_by("day").values_list("day", "department_id",
                                                                                     "capacity") == \
        [(dt.date(2026, 5, 4), kid.id, 20), (dt.date(2026, 5, 5), resp.id, 8)]
    r = await pages.submit(f"/admin/doctors/{doc.id}/schedule", {"month": "2026-05", "default_department": kid.id,
                                                                 "cap_2026-05-04_morning": "0"},
                           headers={"Referer": f"http://testserver/admin/doctors/{doc.id}/schedule?month=2026-05"})
    assert "排班有误" in r.text and await DoctorSchedule.filter(doctor_id=doc.id).count() == 2

    listing = await pages.get("/admin/doctors?q=李&enabled=1")
    assert f'data-row-id="{doc.id}"' in listing.text and "图文咨询 29.90 元" in listing.text
    assert f'data-row-id="{doc.id}"' not in (await pages.get("/admin/doctors?enabled=0")).text

    # Another hospital: none of it.
    other = Pages(client, ip="10.20.0.2")
    await other.login("hosp_b")
    assert f'data-row-id="{doc.id}"' not in (await other.get("/admin/doctors")).text
    assert (await other.get(f"/admin/doctors/{doc.id}")).status_code == 404
    assert (await other.get(f"/admin/doctors/{doc.id}/schedule")).status_code == 404
    assert (await other.post(f"/admin/doctors/{doc.id}/disable")).status_code == 404
    assert (await other.post(f"/admin/departments/{kid.id}/disable")).status_code == 404
    assert (await Doctor.get(id=doc.id)).enabled and (await Department.get(id=kid.id)).active


async def test_the_platform_publishes_the_informed_consent(client):
    t = await factories.tree()
    await factories.admin(t.province, username="prov")
    await factories.admin(t.hospital_a1, username="hosp_a", roles=("institution_admin",))
    pages = Pages(client)
    await pages.login("prov")
    page = await pages.get("/admin/doctors/consent")
    assert "data-no-consent" in page.text and "data-publish" in page.text
    r = await pages.submit("/admin/doctors/consent", {"title": "互联网诊疗知情同意书", "fees": "",
                                                      "body": "须知"},
                           headers={"Referer": "http://testserver/admin/doctors/consent"})
    assert 'data-error-for="fees"' in r.text and not await ConsentVersion.exists()
    r = await pages.submit("/admin/doctors/consent", {"title": "互联网诊疗知情同意书", "fees": "图文咨询 30 元/次",
                                                      "body": "一、仅限复诊。"})
    assert "新版本已发布" in r.text and 'data-version="1"' in r.text
    hospital = Pages(client, ip="10.20.0.3")
    await hospital.login("hosp_a")
    page = await hospital.get("/admin/doctors/consent")
    assert 'data-version="1"' in page.text and "data-publish" not in page.text
    r = await hospital.post("/admin/doctors/consent", {"title": "越级", "fees": "x", "body": "y"})
    assert r.status_code == 403 and await ConsentVersion.all().count() == 1
