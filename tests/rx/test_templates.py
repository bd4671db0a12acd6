"""处方模板 and 医嘱套: two more kinds of the workstation's templates, their bodies bounded per kind,
filled into a draft by the prescribing panel (the drugs checked then, against the formulary)."""
from __future__ import annotations

import pytest

from core.accounts.models import AdminAccount
from core.doctors.models import DoctorTemplate
from tests import factories
from tests.rx import flow

TPL = "/api/admin/v1/workstation/templates"


@pytest.fixture
async def w():
    return await flow.world()


async def test_prescription_templates_and_order_sets(w, client):
    me = await AdminAccount.get(id=w.doctor_actor.id)
    line = {"drug_id": w.drugs["folic_acid"].id, "dose": "0.4", "frequency": "qd", "days": 30}
    async with factories.AdminSession(client, me.username) as s:
        r = await s.post(TPL, json={"kind": "prescription", "title": "孕期补充叶酸",
                                    "prescription": {"kind": "western", "items": [line]}})
        assert r.status_code == 201, r.text
        assert r.json()["kind_label"] == "处方模板" and r.json()["prescription"]["items"][0]["dose"] == "0.4"
        r = await s.post(TPL, json={"kind": "order_set", "title": "早孕检查", "order_set": {
            "diagnoses": ["Z34.0"], "prescriptions": [{"kind": "western", "items": [line]}],
            "requests": [{"kind": "lab", "items": [1, 2]}]}})
        assert r.status_code == 201, r.text
        assert r.json()["order_set"]["diagnoses"] == ["Z34.0"]
        for bad in ({"kind": "prescription", "title": "六种药", "prescription": {"items": [
                        {**line, "drug_id": n} for n in range(1, 7)]}},
                    {"kind": "prescription", "title": "空", "prescription": {"items": []}},
                    {"kind": "prescription", "title": "两样", "prescription": {"items": [line]}, "text": "x"},
                    {"kind": "order_set", "title": "空", "order_set": {}},
                    {"kind": "prescription", "title": "剂量", "prescription": {"items": [{**line, "dose": "-1"}]}},
                    {"kind": "prescription", "title": "天数", "prescription": {"items": [{**line, "days": 31}]}}):
            r = await s.post(TPL, json=bad)
            assert r.status_code == 422, (bad, r.text)
        assert await DoctorTemplate.filter(kind__in=["prescription", "order_set"]).count() == 2
        r = await s.get(TPL, params={"kind": "prescription"})
        assert [t["title"] for t in r.json()["mine"]] == ["孕期补充叶酸"]
