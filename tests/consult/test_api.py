"""Consultations over HTTP: the phone's and the workstation's answers to bad input are clear errors in
the one model and change nothing; the workstation is the order's doctor's only."""
from __future__ import annotations

import pytest

from core import wiring
from core.accounts.models import AdminAccount
from core.consult.models import ConsultOrder, ConsultRecord
from tests import factories

MP, DESK = "/api/mp/v1/consult", "/api/admin/v1/workstation/consult"


@pytest.fixture
async def world():
    wiring.wire()
    return await factories.consult_world()


def _h(person) -> dict:
    return {"Authorization": "Bearer " + factories.mp_token(person.actor)}


async def test_bad_orders_are_refused_with_their_fields_and_nothing_is_stored(world, client):
    w = world
    good = {"doctor_id": w.doctor.id, "patient_id": w.parent.patient.id, "symptoms": "咳嗽三天，夜间加重，有痰"}
    for body, path in (({**good, "symptoms": "咳嗽"}, "symptoms"), ({**good, "symptoms": "咳" * 1001}, "symptoms"),
                       ({**good, "kind": "phone"}, "kind"), ({**good, "doctor_id": 2**40}, "doctor_id"),
                       ({**good, "surprise": 1}, "surprise"), ({**good, "illness_duration": "久" * 33},
                                                               "illness_duration")):
        r = await client.post(f"{MP}/orders", json=body, headers=_h(w.child))
        assert r.status_code == 422 and r.json()["code"] == "request.validation_failed", r.text
        assert path in str(r.json()["details"]), r.text
    r = await client.post(f"{MP}/orders", json={**good, "patient_id": w.stranger.patient.id}, headers=_h(w.child))
    assert r.status_code == 403 and r.json()["code"] == "family.no_grant"
    r = await client.post(f"{MP}/orders", json={**good, "doctor_id": 9_000_000}, headers=_h(w.child))
    assert r.status_code == 409 and r.json()["code"] == "consult.service_unavailable"
    assert await ConsultOrder.all().count() == 0
    r = await client.post(f"{MP}/orders", json=good, headers=_h(w.child))
    assert r.status_code == 201 and r.json()["state"] == "created"
    order_id = r.json()["id"]
    for url, body in ((f"{MP}/orders/{order_id}/rating", {"score": 6}), (f"{MP}/orders/{order_id}/rating",
                                                                        {"score": 5, "comment": "好" * 501}),
                      (f"{MP}/orders/{order_id}/pay", {"channel": "sms"}),
                      (f"{MP}/orders/{order_id}/cancel", {"reason": "因" * 201})):
        r = await client.post(url, json=body, headers=_h(w.child))
        assert r.status_code == 422, (url, r.text)
    r = await client.post(f"{MP}/orders/{order_id}/rating", json={"score": 5}, headers=_h(w.child))
    assert r.status_code == 409 and r.json()["code"] == "consult.illegal_transition"
    r = await client.get(f"{MP}/orders/{order_id}", headers=_h(w.stranger))
    assert r.status_code == 404 and r.json()["code"] == "consult.order_not_found"
    listed = (await client.get(f"{MP}/orders", params={"state": "unpaid"}, headers=_h(w.child))).json()
    assert [o["id"] for o in listed["items"]] == [order_id]
    assert {g["key"]: g["count"] for g in listed["groups"]}["unpaid"] == 1
    assert (await client.get(f"{MP}/orders", params={"state": "nonsense"}, headers=_h(w.child))).status_code == 422


async def test_the_workstation_is_the_doctors_own(world, client):
    w = world
    r = await client.post(f"{MP}/orders", json={"doctor_id": w.doctor.id, "patient_id": w.child.patient.id,
                                                "symptoms": "头痛两天，伴有低烧和乏力"}, headers=_h(w.child))
    order_id = r.json()["id"]
    await ConsultOrder.filter(id=order_id).update(state="waiting")  # as if paid: the payment flow is tested elsewhere
    admin = await factories.admin(w.tree.hospital_a1, roles=("institution_admin",))
    async with factories.AdminSession(client, admin.username) as s:
        r = await s.get(f"{DESK}/orders")
        assert r.status_code == 403 and r.json()["code"] == "consult.not_a_doctor"
    colleague = await AdminAccount.get(id=w.colleague_actor.id)
    async with factories.AdminSession(client, colleague.username) as s:
        assert (await s.get(f"{DESK}/orders", params={"tab": "all"})).json()["total"] == 0
        r = await s.post(f"{DESK}/orders/{order_id}/accept")
        assert r.status_code == 404 and r.json()["code"] == "consult.order_not_found"
    me = await AdminAccount.get(id=w.doctor_actor.id)
    async with factories.AdminSession(client, me.username) as s:
        r = await s.get(f"{DESK}/orders", params={"tab": "bogus"})
        assert r.status_code == 422
        r = await s.post(f"{DESK}/orders/{order_id}/reject", json={"reason": "x"})
        assert r.status_code == 422 and "reason" in str(r.json()["details"])
        assert (await s.post(f"{DESK}/orders/{order_id}/accept")).json()["state"] == "in_progress"
        r = await s.put(f"{DESK}/orders/{order_id}/record", json={"diagnosis": [f"诊断{i}" for i in range(11)]})
        assert r.status_code == 422
        r = await s.put(f"{DESK}/orders/{order_id}/record", json={"diagnosis": ["诊" * 101]})
        assert r.status_code == 422
        assert await ConsultRecord.all().count() == 0
        r = await s.post(f"{DESK}/orders/{order_id}/transfer", json={"doctor_id": 9_000_000, "reason": "转科治疗"})
        assert r.status_code == 409 and r.json()["code"] == "consult.transfer_refused"
        r = await s.post(f"{DESK}/orders/{order_id}/end", json={"summary": "好好休息"})
        assert r.status_code == 409 and r.json()["code"] == "consult.record_incomplete"
        detail = (await s.get(f"{DESK}/orders/{order_id}")).json()
        assert detail["can_write"] and detail["patient"]["name"] == "王小明" and detail["symptoms"] == "头痛两天，伴有低烧和乏力"
    assert (await ConsultOrder.get(id=order_id)).state == "in_progress"
