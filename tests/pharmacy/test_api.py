"""The phone's pharmacy API over HTTP: addresses (at most 20, one default, masked, bad input refused
with its field and nothing stored), orders refused clearly (no grant, not approved, delivery without an
address), someone else's order and address not found."""
from __future__ import annotations

import pytest

from core import topics
from core.errors import AppError

from core.pharmacy.models import DeliveryAddress, RxOrder
from core.pharmacy.schemas import MAX_ADDRESSES
from tests import factories
from tests.pharmacy import helpers

MP = "/api/mp/v1/pharmacy"


@pytest.fixture
async def w():
    return await helpers.world()


def _h(person) -> dict:
    return {"Authorization": "Bearer " + factories.mp_token(person.actor)}


async def test_addresses_keep_one_default_are_masked_and_bounded(w, client):
    me = w.consult.child
    good = {"receiver": "王小明", "phone": "13912345678", "region": "湖北省 武汉市 江岸区", "detail": "沿江大道 188 号 5 楼"}
    for body, field in (({**good, "phone": "12345"}, "phone"), ({**good, "receiver": ""}, "receiver"),
                        ({**good, "region": "省" * 65}, "region"), ({**good, "detail": "路" * 201}, "detail"),
                        ({**good, "extra": 1}, "extra")):
        r = await client.post(f"{MP}/addresses", json=body, headers=_h(me))
        assert r.status_code == 422 and field in str(r.json()["details"]), r.text
    assert await DeliveryAddress.all().count() == 0
    first = (await client.post(f"{MP}/addresses", json=good, headers=_h(me))).json()
    assert first["is_default"] and first["receiver"] == "王*明" and first["phone"] == "139****5678"
    assert first["detail"] == "沿江大道 1********"
    second = (await client.post(f"{MP}/addresses", json={**good, "is_default": True}, headers=_h(me))).json()
    listed = (await client.get(f"{MP}/addresses", headers=_h(me))).json()["items"]
    assert [(a["id"], a["is_default"]) for a in listed] == [(second["id"], True), (first["id"], False)]
    r = await client.put(f"{MP}/addresses/{first['id']}", json={"is_default": True, "region": "湖北省 武汉市 江汉区"},
                         headers=_h(me))
    assert r.json()["is_default"] and r.json()["region"] == "湖北省 武汉市 江汉区"
    assert (await client.put(f"{MP}/addresses/{first['id']}", json={"phone": None}, headers=_h(me))).status_code == 422
    assert (await client.get(f"{MP}/addresses", headers=_h(w.consult.stranger))).json()["items"] == []
    r = await client.put(f"{MP}/addresses/{first['id']}", json={"detail": "别人的地址"}, headers=_h(w.consult.stranger))
    assert r.status_code == 404 and r.json()["code"] == "pharmacy.address_not_found"
    r = await client.delete(f"{MP}/addresses/{first['id']}", headers=_h(me))
    assert r.status_code == 200
    listed = (await client.get(f"{MP}/addresses", headers=_h(me))).json()["items"]
    assert [(a["id"], a["is_default"]) for a in listed] == [(second["id"], True)]
    for _ in range(MAX_ADDRESSES - 1):
        assert (await client.post(f"{MP}/addresses", json=good, headers=_h(me))).status_code == 201
    r = await client.post(f"{MP}/addresses", json=good, headers=_h(me))
    assert r.status_code == 409 and r.json()["code"] == "pharmacy.too_many_addresses"
    row = await DeliveryAddress.filter(account_id=me.actor.id).first()
    assert row.phone == "13912345678"  # the ORM decrypts; the column is ciphertext (EncryptedField)


async def test_orders_over_http_refuse_clearly_and_show_the_code_only_to_the_family(w, client, wechatpay):
    rx = await helpers.approved(w)
    pending = await factories.rx_prescription(w, state="pending_review")
    child, stranger = w.consult.child, w.consult.stranger
    for body in ({"prescription_id": rx.id, "fulfilment": "delivery"},
                 {"prescription_id": rx.id, "fulfilment": "pickup", "address_id": 1},
                 {"prescription_id": rx.id, "fulfilment": "drone"}, {"prescription_id": 2**40, "fulfilment": "pickup"}):
        r = await client.post(f"{MP}/orders", json=body, headers=_h(child))
        assert r.status_code == 422, r.text
    r = await client.post(f"{MP}/orders", json={"prescription_id": rx.id, "fulfilment": "pickup"}, headers=_h(stranger))
    assert r.status_code == 403 and r.json()["code"] == "family.no_grant"
    r = await client.post(f"{MP}/orders", json={"prescription_id": pending.id, "fulfilment": "pickup"},
                          headers=_h(child))
    assert r.status_code == 409 and r.json()["code"] == "rx.not_approved"
    r = await client.post(f"{MP}/orders", json={"prescription_id": 9_000_000, "fulfilment": "pickup"},
                          headers=_h(child))
    assert r.status_code == 409 and r.json()["code"] == "pharmacy.prescription_unavailable"
    assert await RxOrder.all().count() == 0
    r = await client.post(f"{MP}/orders", json={"prescription_id": rx.id, "fulfilment": "pickup"}, headers=_h(child))
    assert r.status_code == 201 and r.json()["can_pay"], r.text
    order_id = r.json()["id"]
    r = await client.post(f"{MP}/orders/{order_id}/pay", json={}, headers=_h(child))
    assert r.status_code == 200, r.text
    assert (await wechatpay.pay(r.json()["payment"]["pay_params"])).status_code == 200
    r = await client.post(f"{MP}/orders/{order_id}/pay/confirm", headers=_h(child))
    assert r.json()["state"] == "paid"
    shown = (await client.get(f"{MP}/orders/{order_id}", headers=_h(child))).json()
    assert len(shown["pickup_code"]) == 8 and shown["items"][0]["drug_name"]
    assert shown["payment"]["state"] == "paid"
    r = await client.get(f"{MP}/orders/{order_id}", headers=_h(stranger))
    assert r.status_code == 404 and r.json()["code"] == "pharmacy.order_not_found"
    assert shown["topic"] == f"rx_order:{order_id}"
    kind, topic_id = topics.parse(shown["topic"])
    assert (await kind.authorise(w.consult.parent.actor, topic_id)).live
    with pytest.raises(AppError):
        await kind.authorise(stranger.actor, topic_id)
    mine = (await client.get(f"{MP}/orders", headers=_h(w.consult.parent))).json()
    assert [o["id"] for o in mine["items"]] == [order_id] and mine["total"] == 1
    r = await client.post(f"{MP}/orders/{order_id}/cancel", json={}, headers=_h(child))
    assert r.status_code == 409 and r.json()["code"] == "pharmacy.illegal_transition"
    await wechatpay.delivered()
