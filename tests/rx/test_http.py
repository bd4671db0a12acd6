"""Prescriptions over HTTP: the workstation's, the pharmacist's and the patient's answers, their
permissions (the doctor's own, the hospital's pharmacists, the patient and granting relatives, every
relative's read logged), and bad input answered in the one error model with nothing written."""
from __future__ import annotations

import pytest

from core.accounts.models import AdminAccount
from core.family.models import GrantAccess
from core.rx.models import Prescription
from tests import factories
from tests.rx import flow

WS, RV, MP = "/api/admin/v1/workstation/rx", "/api/admin/v1/rx", "/api/mp/v1/rx"


@pytest.fixture
async def w():
    return await flow.world()


async def _user(w, actor) -> str:
    return (await AdminAccount.get(id=actor.id)).username


async def test_prescribe_review_and_read_over_http(w, client):
    async with factories.AdminSession(client, await _user(w, w.doctor_actor)) as s:
        r = await s.get(f"{WS}/catalogue/drugs", params={"q": "阿莫西林"})
        assert r.status_code == 200 and [d["id"] for d in r.json()["items"]] == [w.drugs["amoxicillin"].id]
        r = await s.get(f"{WS}/catalogue/diagnoses", params={"q": "O21"})
        assert r.status_code == 200 and r.json()["items"][0]["code"] == "O21.0"
        r = await s.get(f"{WS}/orders/{w.order.id}")
        assert r.status_code == 200 and r.json()["can_prescribe"] and r.json()["prescriptions"] == []
        bad = flow.body(w, ("paracetamol", "500", "tid", 3), diagnoses=("J06.9",))
        bad["items"] = bad["items"] * 6
        r = await s.post(f"{WS}/prescriptions", json=bad)
        assert r.status_code == 422 and r.json()["code"] == "request.validation_failed", r.text
        r = await s.post(f"{WS}/prescriptions", json={**flow.body(w, ("paracetamol", "500", "tid", 3)),
                                                      "extra": 1})
        assert r.status_code == 422
        assert not await Prescription.all().exists()
        r = await s.post(f"{WS}/prescriptions", json=flow.body(w, ("paracetamol", "500", "tid", 3),
                                                               diagnoses=("J06.9",)))
        assert r.status_code == 201, r.text
        rx = r.json()
        assert rx["state"] == "draft" and rx["can_sign"] and rx["items"][0]["quantity"] == 1
        r = await s.post(f"{WS}/prescriptions/{rx['id']}/sign")
        assert r.status_code == 200 and r.json()["state"] == "pending_review" and r.json()["signature"]["valid"]
        r = await s.post(f"{WS}/prescriptions/{rx['id']}/appeal", json={"reason": "x"})
        assert r.status_code == 422
        r = await s.post(f"{WS}/prescriptions/{rx['id']}/appeal", json={"reason": "理由充分"})
        assert r.status_code == 409 and r.json()["code"] == "rx.illegal_transition"
        assert (await s.get(f"{WS}/prescriptions", params={"state": "pending_review"})).json()["total"] == 1
        assert (await s.get(f"{WS}/prescriptions", params={"state": "nope"})).status_code == 422
        r = await s.get(f"{RV}/review-queue")
        assert r.status_code == 403
    async with factories.AdminSession(client, await _user(w, w.consult.colleague_actor)) as s:
        r = await s.get(f"{WS}/prescriptions/{rx['id']}")
        assert r.status_code == 404 and r.json()["code"] == "rx.not_found"
    async with factories.AdminSession(client, w.pharmacist.username) as s:
        r = await s.get(f"{RV}/review-queue")
        assert r.status_code == 200 and [i["id"] for i in r.json()["items"]] == [rx["id"]]
        reasons = (await s.get(f"{RV}/reject-reasons")).json()["items"]
        assert {"用药禁忌", "剂量不适宜", "其他"} <= {x["label"] for x in reasons}
        r = await s.get(f"{RV}/prescriptions/{rx['id']}")
        assert r.status_code == 200 and r.json()["can_review"] and r.json()["signature"]["valid"]
        r = await s.post(f"{RV}/prescriptions/{rx['id']}/review", json={"decision": "maybe"})
        assert r.status_code == 422
        r = await s.post(f"{RV}/prescriptions/{rx['id']}/review", json={"decision": "pass"})
        assert r.status_code == 200 and r.json()["state"] == "approved", r.text
        r = await s.post(f"{WS}/prescriptions", json=flow.body(w, ("paracetamol", "500", "tid", 3)))
        assert r.status_code == 403 and r.json()["code"] == "rx.not_a_doctor"

    parent, child, stranger = w.consult.parent, w.consult.child, w.consult.stranger
    r = await client.get(f"{MP}/prescriptions", headers=parent.headers)
    assert r.status_code == 200 and [i["id"] for i in r.json()["items"]] == [rx["id"]]
    r = await client.get(f"{MP}/prescriptions/{rx['id']}", headers=parent.headers)
    body = r.json()
    assert r.status_code == 200 and body["can_buy"] and body["signature"]["valid"]
    assert [e["event"] for e in body["timeline"]] == ["prescribed", "signed", "passed"]
    r = await client.get(f"{MP}/prescriptions/{rx['id']}", headers=stranger.headers)
    assert r.status_code == 404 and r.json()["code"] == "rx.not_found"  # as if missing (audited)
    # the child holds the parent's 在线问诊 grant: reads are allowed and logged for the parent
    before = await GrantAccess.all().count()
    r = await client.get(f"{MP}/prescriptions/{rx['id']}", headers=child.headers)
    assert r.status_code == 200, r.text
    r = await client.get(f"{MP}/prescriptions", params={"patient_id": parent.patient.id}, headers=child.headers)
    assert r.status_code == 200 and r.json()["total"] == 1
    assert await GrantAccess.all().count() == before + 2
    r = await client.get(f"{MP}/prescriptions", params={"patient_id": parent.patient.id}, headers=stranger.headers)
    assert r.status_code == 403


async def test_a_draft_is_the_doctors_own_and_never_the_patients(w, client):
    async with factories.AdminSession(client, await _user(w, w.doctor_actor)) as s:
        r = await s.post(f"{WS}/prescriptions", json=flow.body(w, ("paracetamol", "500", "tid", 3)))
        rx = r.json()
        r = await s.put(f"{WS}/prescriptions/{rx['id']}", json={**flow.body(w, ("folic_acid", "0.4", "qd", 30)),
                                                                 "consult_order_id": None})
        assert r.status_code == 422
        edit = flow.body(w, ("folic_acid", "0.4", "qd", 30), diagnoses=("Z34.0",))
        edit.pop("consult_order_id")
        r = await s.put(f"{WS}/prescriptions/{rx['id']}", json=edit)
        assert r.status_code == 200 and r.json()["items"][0]["drug_name"] == "叶酸片"
        assert r.json()["items"][0]["quantity"] == 1  # 0.4 mg × 30 ÷ 0.4 mg ÷ 31
        r = await s.post(f"{WS}/requests", json={"consult_order_id": w.order.id, "kind": "lab", "items": [999999]})
        assert r.status_code == 422 and r.json()["code"].startswith("dicts.")
    r = await client.get(f"{MP}/prescriptions/{rx['id']}", headers=w.consult.parent.headers)
    assert r.status_code == 404
    assert (await client.get(f"{MP}/prescriptions", headers=w.consult.parent.headers)).json()["total"] == 0
