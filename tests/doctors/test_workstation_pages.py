"""The workstation's console pages (/admin/workstation...): the menu entry only for an account
linked to a doctor; the home with the queue's slot; switching the practice site from the header;
the month grid; the name card; the statistics; templates created, refused beside their form,
edited, ordered and deleted through form posts (POST → 303 → GET), with what the database holds."""
from __future__ import annotations

from core.doctors import schedules
from core.doctors.models import DoctorTemplate, DoctorWorkstation
from core.doctors.schemas import MonthScheduleIn
from tests import factories
from tests.admin_web.world import Pages
from tests.doctors.test_workstation_api import doctor_at_two_sites

BASE = "/admin/workstation"


async def _doctor_pages(client):
    t, kid, other, doc = await doctor_at_two_sites()
    pages = Pages(client)
    await pages.login("bianque")
    return t, kid, other, doc, pages


async def test_the_menu_shows_the_workstation_to_doctors_only(client):
    t = await factories.tree()
    await factories.admin(t.hospital_a1, username="clerk", roles=("institution_admin",))
    pages = Pages(client)
    await pages.login("clerk")
    home = await pages.get("/admin/")
    assert 'href="/admin/workstation"' not in home.text
    r = await pages.get(BASE)
    assert r.status_code == 403 and "医生工作站仅供已开通工作站账号的医生使用" in r.text

    _, _, _, _, doctor = await _doctor_pages(client)
    home = await doctor.get("/admin/")
    assert 'href="/admin/workstation"' in home.text


async def test_the_doctor_s_workstation_pages(client):
    t, kid, other, doc, pages = await _doctor_pages(client)
    home = await pages.get(BASE)
    assert home.status_code == 200
    assert 'data-module-slot="consult-queue"' in home.text and f'data-department="{kid.id}"' in home.text
    assert 'aria-current="page">医生工作站<' in home.text or 'class="active" aria-current="page">医生工作站' in home.text
    assert "data-site-switch" in home.text and "江岸医院 · 儿科" in home.text

    # Switch the practice site from the header: back to the page it was posted from, remembered.
    r = await pages.submit(f"{BASE}/site", {"department_id": other.id, "back": f"{BASE}/card"})
    assert r.posted.headers["location"].startswith(f"{BASE}/card")
    assert "已切换到 西陵医院 · 西陵儿科" in r.text and 'data-current-site>西陵医院 · 西陵儿科' in r.text
    assert await DoctorWorkstation.get(doctor_id=doc.id).values_list("department_id", flat=True) == other.id
    assert 'src="/api/admin/v1/workstation/card.png"' in r.text and f"/consult/doctors/{doc.id}" in r.text

    # The month grid.
    province = await factories.actor(t.province)
    await schedules.set_month(actor=province, doctor_id=doc.id, data=MonthScheduleIn(month="2026-05", slots=[
        {"day": "2026-05-04", "period": "morning", "department_id": kid.id, "capacity": 12}]))
    grid = await pages.get(f"{BASE}/schedule?month=2026-05")
    assert 'data-day="2026-05-04"' in grid.text and 'data-period="morning"' in grid.text and "本月出诊 1 个时段" in grid.text
    assert 'href="/admin/workstation/schedule?month=2026-04"' in grid.text
    assert (await pages.get(f"{BASE}/schedule?month=2026-5")).status_code == 422

    stats = await pages.get(f"{BASE}/stats")
    assert 'data-chart="workstation_months"' in stats.text and 'data-figure="consultations">0<' in stats.text


async def test_templates_through_the_pages(client):
    t, kid, other, doc, pages = await _doctor_pages(client)
    r = await pages.submit(f"{BASE}/templates", {"kind": "reply", "title": "问候", "text": "您好，请讲。"})
    assert r.posted.status_code == 303 and "已新增快捷回复“问候”" in r.text and "您好，请讲。" in r.text
    r = await pages.submit(f"{BASE}/templates", {"kind": "diagnosis", "title": "呼吸道", "items": "上感\n\n支气管炎\n",
                                                 "department_id": kid.id})
    assert "已新增诊断模板" in r.text
    diag = await DoctorTemplate.get(kind="diagnosis")
    assert diag.body == {"items": ["上感", "支气管炎"]} and diag.department_id == kid.id
    # Refused: back beside the form with what was typed; nothing stored.
    r = await pages.submit(f"{BASE}/templates", {"kind": "record", "title": "空病历"})
    assert 'data-error-for="record"' in r.text and 'value="空病历"' in r.text
    r = await pages.submit(f"{BASE}/templates", {"kind": "reply", "title": "", "text": "x" * 10})
    assert 'data-error-for="title"' in r.text and "x" * 10 in r.text
    assert await DoctorTemplate.filter(doctor_id=doc.id).count() == 2

    # Edit, order, delete.
    r2 = await pages.submit(f"{BASE}/templates", {"kind": "reply", "title": "再见", "text": "祝早日康复"})
    first = await DoctorTemplate.get(title="问候")
    second = await DoctorTemplate.get(title="再见")
    form = await pages.get(f"{BASE}/templates/{first.id}")
    assert "您好，请讲。" in form.text and "data-edit-template" in form.text
    r = await pages.submit(f"{BASE}/templates/{first.id}", {"title": "问候语", "text": ""})
    assert 'data-error-for="text"' in r.text and (await DoctorTemplate.get(id=first.id)).title == "问候"
    r = await pages.submit(f"{BASE}/templates/{first.id}", {"title": "问候语", "text": "您好！"})
    assert "“问候语”已保存" in r.text and (await DoctorTemplate.get(id=first.id)).body == {"text": "您好！"}
    r = await pages.submit(f"{BASE}/templates/{second.id}/move", {"to": "up"})
    assert r.text.index("再见") < r.text.index("问候语")
    assert await DoctorTemplate.filter(doctor_id=doc.id, kind="reply").order_by("sort").values_list("title", flat=True) \
        == ["再见", "问候语"]
    r = await pages.submit(f"{BASE}/templates/{second.id}/delete")
    assert "“再见”已删除" in r.text and not await DoctorTemplate.filter(id=second.id).exists()
    assert r2.posted.status_code == 303

    # A colleague of 儿科 sees the shared diagnosis template read-only and cannot change it.
    await factories.workstation_doctor(kid, name="张仲景", username="zhangzj")
    colleague = Pages(client, ip="10.20.0.2")
    await colleague.login("zhangzj")
    listed = await colleague.get(f"{BASE}/templates?kind=diagnosis")
    assert 'data-templates="shared"' in listed.text and "呼吸道" in listed.text and 'data-templates="mine"' not in listed.text
    ro = await colleague.get(f"{BASE}/templates/{diag.id}")
    assert "共享，只读" in ro.text and "data-edit-template" not in ro.text
    r = await colleague.post(f"{BASE}/templates/{diag.id}", {"title": "改掉"})
    assert r.status_code == 404
    r = await colleague.post(f"{BASE}/templates/{diag.id}/delete")
    assert r.status_code == 404 and await DoctorTemplate.filter(id=diag.id).exists()
