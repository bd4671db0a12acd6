"""电子处方管理: the records in scope with filters, one record refreshed from the centre, the drug
catalogue matched to our 药品字典; insurance.read and the scope decide."""
from __future__ import annotations

from core.insurance import service
from core.insurance.schemas import ListQuery
from core.insurance.models import InsuranceRx
from tests.factories import actor, admin, login, rx_signed_approved, tree
from tests.insurance.conftest import doctor_headers

WS = "/api/admin/v1/workstation/rx/prescriptions/{}/insurance"


async def test_list_detail_refresh_and_catalogue(client, w, approved, insurance):
    h = await doctor_headers(client, w)
    hi = (await client.post(WS.format(approved.id), headers=h)).json()["hi_rxno"]
    other = await rx_signed_approved(w)
    await client.post(WS.format(other.id), headers=h)
    await client.request("DELETE", WS.format(other.id), headers=h, json={"reason": "撤销"})

    boss = await admin(w.hospital, roles=("institution_admin",))
    bh = {"X-CSRF-Token": (await login(client, boss.username))["csrf_token"]}
    r = await client.get("/api/admin/v1/insurance/prescriptions")
    assert r.status_code == 200 and r.json()["total"] == 2
    r = await client.get("/api/admin/v1/insurance/prescriptions?state=uploaded")
    assert [i["hi_rxno"] for i in r.json()["items"]] == [hi]
    r = await client.get(f"/api/admin/v1/insurance/prescriptions?q={other.number}")
    assert [i["state"] for i in r.json()["items"]] == ["revoked"]
    rid = (await client.get(f"/api/admin/v1/insurance/prescriptions?q={hi}")).json()["items"][0]["id"]
    assert (await client.get(f"/api/admin/v1/insurance/prescriptions/{rid}")).json()["prescription_id"] == approved.id

    insurance.centre.review(hi, passed=True)
    r = await client.post(f"/api/admin/v1/insurance/prescriptions/{rid}/refresh", headers=bh, json={"what": "review"})
    assert r.status_code == 200 and r.json()["state"] == "review_passed"
    insurance.centre.pick_up(hi)
    r = await client.post(f"/api/admin/v1/insurance/prescriptions/{rid}/refresh", headers=bh, json={"what": "pickup"})
    assert r.json()["state"] == "dispensed" and r.json()["pickup"]["setlStas"] == "dispensed"
    r = await client.post(f"/api/admin/v1/insurance/prescriptions/{rid}/refresh", headers=bh, json={"what": "query"})
    assert r.status_code == 200 and r.json()["state"] == "dispensed"
    r = await client.post(f"/api/admin/v1/insurance/prescriptions/{rid}/refresh", headers=bh, json={"what": "drop"})
    assert r.status_code == 422

    amox = w.drugs["amoxicillin"]
    insurance.centre.add_drug(amox.insurance_code, "阿莫西林胶囊", "某品牌", "胶囊剂", "0.25g*24粒", "某药厂")
    r = await client.get("/api/admin/v1/insurance/catalogue?keyword=阿莫西林")
    assert r.status_code == 200 and r.json()["total"] == 2
    ours = {i["code"]: [d["code"] for d in i["our_drugs"]] for i in r.json()["items"]}
    assert ours[amox.insurance_code] == [amox.code] and ours["XJ01CAA040A001010100001"] == []
    assert (await client.get("/api/admin/v1/insurance/catalogue?page_size=500")).status_code == 422
    calls = len(insurance.centre.calls)
    r = await client.get("/api/admin/v1/insurance/catalogue")  # nothing asked: nothing fetched
    assert r.status_code == 200 and r.json()["total"] == 0 and len(insurance.centre.calls) == calls


async def test_scope_and_permission(client, w, approved, insurance):
    h = await doctor_headers(client, w)
    await client.post(WS.format(approved.id), headers=h)
    # The doctor has no insurance.read.
    assert (await client.get("/api/admin/v1/insurance/prescriptions")).status_code == 403
    # Another tree's administrator sees none of it.
    t2 = await tree()
    stranger = await admin(t2.hospital_a1, roles=("institution_admin",))
    await login(client, stranger.username)
    r = await client.get("/api/admin/v1/insurance/prescriptions")
    assert r.status_code == 200 and r.json()["total"] == 0
    rid = (await InsuranceRx.get(prescription_id=approved.id)).id
    assert (await client.get(f"/api/admin/v1/insurance/prescriptions/{rid}")).status_code == 404
    r = await client.post(f"/api/admin/v1/insurance/prescriptions/{rid}/refresh", json={"what": "query"},
                          headers={"X-CSRF-Token": (await login(client, stranger.username))["csrf_token"]})
    assert r.status_code == 404 and not [s for s, _ in insurance.centre.calls if s == "query"]
    # The province's commission sees its hospitals' records.
    province = await actor(w.consult.tree.province)
    assert (await service.list_rx(actor=province, query=ListQuery())).total == 1
