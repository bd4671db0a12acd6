"""The accompaniment's HTTP API (/api/mp/v1/accompany): the walk of both sides, the refusals with
their codes, and nothing written by a refused or malformed request."""
from __future__ import annotations

from core.accompany.models import AccompanyTask, Companion
from core.audit.models import AuditLog
from tests import factories as f

API = "/api/mp/v1/accompany"


async def test_both_sides_over_http(client):
    w = await f.accompany_world()
    r = await client.get(f"{API}/visits", headers=w.father.headers)
    assert r.status_code == 200 and [v["id"] for v in r.json()["items"]] == [w.visit.id]
    assert r.json()["items"][0]["status_label"] == "就诊中"
    r = await client.get(f"{API}/visits/{w.visit.id}/candidates", headers=w.father.headers)
    eligible = {c["account_id"]: c["eligible"] for c in r.json()["items"]}
    assert eligible == {w.daughter.actor.id: True, w.son.actor.id: False}
    assert w.daughter.id_number not in r.text and w.daughter.phone not in r.text

    # Malformed and refused invitations write nothing.
    r = await client.post(f"{API}/tasks", json={"visit_id": w.visit.id, "account_ids": [], "x": 1},
                          headers=w.father.headers)
    assert r.status_code == 422
    r = await client.post(f"{API}/tasks", json={"visit_id": w.visit.id, "account_ids": [w.son.actor.id]},
                          headers=w.father.headers)
    assert r.status_code == 403 and r.json()["code"] == "accompany.not_candidate"
    r = await client.post(f"{API}/tasks", json={"visit_id": w.visit.id, "account_ids": [w.daughter.actor.id]},
                          headers=w.stranger.headers)
    assert r.status_code == 404 and r.json()["code"] == "accompany.visit_not_found"
    assert await AccompanyTask.all().count() == 0

    r = await client.post(f"{API}/tasks", json={"visit_id": w.visit.id, "account_ids": [w.daughter.actor.id],
                                                "reminder": "请陪我看病"}, headers=w.father.headers)
    assert r.status_code == 201, r.text
    task = r.json()
    assert task["role"] == "patient" and task["companions"][0]["state"] == "invited"
    tid = task["id"]
    r = await client.get(f"{API}/tasks?role=companion", headers=w.daughter.headers)
    assert [(t["id"], t["my_state"]) for t in r.json()["items"]] == [(tid, "invited")]
    r = await client.post(f"{API}/tasks/{tid}/accept", headers=w.daughter.headers)
    assert r.status_code == 200 and r.json()["my_state"] == "accepted"
    home = (await client.get(f"{API}/tasks/{tid}", headers=w.daughter.headers)).json()
    assert home["role"] == "companion" and home["can_act"] is False and home["actions"] == []
    assert any(s["code"] == "queue" and s["data"]["number"] == "A012" for s in home["steps"])
    assert home["visit"]["patient_name"] == "张*山"
    # The companion reads the visit itself too (core/visits' viewer), read-only...
    r = await client.get(f"/api/mp/v1/visits/{w.visit.id}", headers=w.daughter.headers)
    assert r.status_code == 200 and r.json()["actions"] == [] and r.json()["mine"] is False
    # ...and never acts, here or through core/visits.
    r = await client.post(f"{API}/tasks/{tid}/actions/checkin", headers=w.daughter.headers)
    assert r.status_code == 403 and r.json()["code"] == "accompany.companion_cannot_act"
    r = await client.post(f"/api/mp/v1/visits/{w.visit.id}/actions/checkin", headers=w.daughter.headers)
    assert r.status_code == 403 and r.json()["code"] == "visits.not_allowed"
    assert await AuditLog.filter(action="accompany.act", outcome="denied").count() == 1
    r = await client.post(f"{API}/tasks/{tid}/end", headers=w.daughter.headers)
    assert r.status_code == 403 and r.json()["code"] == "accompany.not_owner"
    r = await client.post(f"{API}/tasks/{tid}/presence", headers=w.daughter.headers)
    assert r.status_code == 200

    mine = (await client.get(f"{API}/tasks/{tid}", headers=w.father.headers)).json()
    assert mine["role"] == "patient" and mine["companions"][0]["present"] is True
    cid = mine["companions"][0]["id"]
    r = await client.post(f"{API}/tasks/{tid}/companions/{cid}/remove", headers=w.father.headers)
    assert r.status_code == 200 and r.json()["companions"][0]["state"] == "removed"
    r = await client.get(f"{API}/tasks/{tid}", headers=w.daughter.headers)
    assert r.status_code == 404
    r = await client.get(f"/api/mp/v1/visits/{w.visit.id}", headers=w.daughter.headers)
    assert r.status_code == 404
    r = await client.post(f"{API}/tasks/{tid}/companions", json={"account_ids": [w.daughter.actor.id]},
                          headers=w.father.headers)
    assert r.status_code == 200 and (await Companion.get(id=cid)).state == "invited"
    r = await client.post(f"{API}/tasks/{tid}/decline", headers=w.daughter.headers)
    assert r.status_code == 200 and (await Companion.get(id=cid)).state == "declined"
    r = await client.post(f"{API}/tasks/{tid}/end", headers=w.father.headers)
    assert r.status_code == 200 and r.json()["state"] == "ended" and r.json()["end_reason"] == "owner"
    r = await client.get(f"{API}/tasks?role=patient&state=ended", headers=w.father.headers)
    assert [t["id"] for t in r.json()["items"]] == [tid]
    r = await client.get(f"{API}/tasks?role=someone", headers=w.father.headers)
    assert r.status_code == 422
