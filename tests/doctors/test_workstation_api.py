"""The workstation's JSON API (/api/admin/v1/workstation/...): a doctor's session reaches its own
profile, site switch, schedule, card (JSON, PNG, PDF), statistics and templates; an administrator
without a doctor is refused with 403 doctors.not_a_doctor; bad input answers 422, never 500."""
from __future__ import annotations

from core.doctors.models import DoctorTemplate, DoctorWorkstation
from tests import factories

API = "/api/admin/v1/workstation"


async def doctor_at_two_sites():
    """扁鹊 (login "bianque") practising at 江岸医院 儿科 (primary) and 西陵医院 西陵儿科."""
    t = await factories.tree()
    kid = await factories.department(t.hospital_a1, name="儿科")
    other = await factories.department(t.hospital_b1, name="西陵儿科")
    doc, _, _ = await factories.workstation_doctor(kid, other, name="扁鹊", username="bianque")
    return t, kid, other, doc


async def _doctor_session(client):
    t, kid, other, doc = await doctor_at_two_sites()
    login = await factories.login(client, "bianque")
    return t, kid, other, doc, {"X-CSRF-Token": login["csrf_token"]}


async def test_a_doctor_uses_the_workstation_api(client):
    t, kid, other, doc, h = await _doctor_session(client)
    me = (await client.get(f"{API}/me")).json()
    assert me["doctor"]["id"] == doc.id and me["current_department_id"] == kid.id
    assert [s["current"] for s in me["sites"]] == [True, False] and me["page_url"].endswith(f"/doctors/{doc.id}")

    r = await client.post(f"{API}/site", json={"department_id": other.id}, headers=h)
    assert r.status_code == 200 and r.json()["current_department_id"] == other.id
    assert await DoctorWorkstation.get(doctor_id=doc.id).values_list("department_id", flat=True) == other.id
    r = await client.post(f"{API}/site", json={"department_id": other.id})  # no CSRF token
    assert r.status_code == 403 and r.json()["code"] == "accounts.csrf_failed"
    r = await client.post(f"{API}/site", json={"department_id": 2**40}, headers=h)
    assert r.status_code == 422

    r = await client.get(f"{API}/schedule?month=2026-05")
    assert r.status_code == 200 and r.json()["month"] == "2026-05" and r.json()["slots"] == []
    assert (await client.get(f"{API}/schedule?month=2026-13")).status_code == 422

    card = (await client.get(f"{API}/card")).json()
    assert card["name"] == "扁鹊" and card["department_name"] == "西陵儿科" and card["institution_name"] == "西陵医院"
    png = await client.get(f"{API}/card.png")
    assert png.status_code == 200 and png.headers["content-type"] == "image/png" and png.content[:4] == b"\x89PNG"
    pdf = await client.get(f"{API}/card.pdf?download=1")
    assert pdf.content[:5] == b"%PDF-" and pdf.headers["content-disposition"].startswith("attachment;")
    assert pdf.headers["cache-control"] == "private, no-store"

    stats = (await client.get(f"{API}/stats")).json()
    assert stats["consultations"] == 0 and stats["rating"] == {"average": None, "count": 0}
    assert len(stats["months"]) == 12


async def test_templates_over_the_api(client):
    t, kid, other, doc, h = await _doctor_session(client)
    r = await client.post(f"{API}/templates", headers=h, json={"kind": "reply", "title": "问候", "text": "您好！"})
    assert r.status_code == 201, r.text
    reply = r.json()
    r = await client.post(f"{API}/templates", headers=h, json={
        "kind": "record", "title": "上感", "department_id": kid.id,
        "record": {"chief_complaint": "发热1天", "advice": "多饮水"}})
    assert r.status_code == 201 and r.json()["record"]["advice"] == "多饮水" and r.json()["department_name"] == "儿科"
    record = r.json()
    # Bad bodies: the wrong content for the kind, too long, unknown fields; nothing stored.
    for body in ({"kind": "reply", "title": "x", "items": ["a"]}, {"kind": "diagnosis", "title": "x", "items": []},
                 {"kind": "reply", "title": "x", "text": "y" * 501}, {"kind": "reply", "title": "x", "text": "y",
                                                                    "doctor_id": 1},
                 {"kind": "poem", "title": "x", "text": "y"}):
        r = await client.post(f"{API}/templates", headers=h, json=body)
        assert r.status_code == 422 and r.json()["code"] == "request.validation_failed", (body, r.text)
    assert await DoctorTemplate.filter(doctor_id=doc.id).count() == 2

    r = await client.patch(f"{API}/templates/{reply['id']}", headers=h, json={"text": "您好，请讲。"})
    assert r.status_code == 200 and r.json()["text"] == "您好，请讲。"
    r = await client.patch(f"{API}/templates/{reply['id']}", headers=h, json={"title": None})
    assert r.status_code == 422
    r = await client.patch(f"{API}/templates/{record['id']}", headers=h, json={"department_id": None})
    assert r.status_code == 200 and r.json()["department_id"] is None
    r2 = (await client.post(f"{API}/templates", headers=h, json={"kind": "reply", "title": "再见", "text": "再见"})).json()
    r = await client.post(f"{API}/templates/order", headers=h, json={"kind": "reply", "ids": [r2["id"], reply["id"]]})
    assert r.status_code == 200 and [x["id"] for x in r.json()["mine"]] == [r2["id"], reply["id"]]
    listed = (await client.get(f"{API}/templates?kind=reply")).json()
    assert [x["title"] for x in listed["mine"]] == ["再见", "问候"] and listed["shared"] == []
    assert (await client.get(f"{API}/templates/{record['id']}")).json()["title"] == "上感"
    r = await client.delete(f"{API}/templates/{r2['id']}", headers=h)
    assert r.status_code == 200 and r.json() == {"deleted": True, "id": r2["id"]}
    r = await client.delete(f"{API}/templates/{r2['id']}", headers=h)
    assert r.status_code == 404 and r.json()["code"] == "doctors.template_not_found"


async def test_an_administrator_without_a_doctor_is_refused(client):
    t = await factories.tree()
    await factories.admin(t.hospital_a1, username="clerk", roles=("institution_admin",))
    login = await factories.login(client, "clerk")
    for method, path, body in (("get", "/me", None), ("get", "/templates", None), ("get", "/card.png", None),
                               ("post", "/templates", {"kind": "reply", "title": "x", "text": "y"})):
        r = await client.request(method.upper(), API + path, json=body, headers={"X-CSRF-Token": login["csrf_token"]})
        assert r.status_code == 403 and r.json()["code"] == "doctors.not_a_doctor", (path, r.text)
    assert not await DoctorTemplate.exists()
    r = await client.get(f"{API}/me", headers={"cookie": ""})
    assert r.status_code in (401, 403)
