"""Delivery through the loopback carrier over real HTTP (tests/carrier_stub.py): the pharmacy hands a
dispensed order over (the waybill made once, by our order number), the carrier pushes signed tracking
to our endpoint over TCP; each event is applied once by its id, told to the patient, and `delivered`
delivers the order. Forged, stale and replayed pushes are refused with 401 pharmacy.tracking_rejected
and audited, nothing applied; the console re-queries a parcel and lists parcels with filters."""
from __future__ import annotations

import asyncio
import json
import time

import pytest

from core.audit.models import AuditLog
from core.errors import AppError
from core.notify.models import Message
from core.pharmacy import console, logistics, patient
from core.pharmacy.models import RxOrder, Shipment, ShipmentEvent
from core.pharmacy.schemas import ShipmentFilter
from core.rx.models import RxEvent
from tests import factories
from tests.carrier_stub import SECRET
from tests.pharmacy import helpers


@pytest.fixture
async def w():
    return await helpers.world()


async def _fails(code: str, aw):
    with pytest.raises(AppError) as e:
        await aw
    assert e.value.code == code, (e.value.code, e.value.details)


async def _shipped(w, wechatpay):
    rx = await helpers.approved(w)
    addr = await helpers.address(w.consult.child)
    placed = await helpers.order(w, rx, fulfilment="delivery", address_id=addr.id)
    await helpers.paid(w, wechatpay, placed.id)
    await _fails("pharmacy.illegal_transition", logistics.ship(actor=w.pharmacy_actor, order_id=placed.id))
    await console.dispense(actor=w.pharmacy_actor, order_id=placed.id)
    return placed


async def test_a_parcel_is_tracked_to_the_door_once_per_event(w, wechatpay, carrier):
    placed = await _shipped(w, wechatpay)
    shipment = await logistics.ship(actor=w.pharmacy_actor, order_id=placed.id)
    assert shipment.state == "created" and shipment.waybill_no in carrier.waybills
    parcel = carrier.waybills[shipment.waybill_no]["parcel"]
    assert parcel["order_no"] == placed.number and parcel["receiver"]["phone"] == "13800138000"
    assert parcel["notify_url"].endswith("/api/logistics/v1/jsonapi/events")
    again = await logistics.ship(actor=w.pharmacy_actor, order_id=placed.id)  # a second click: the same parcel
    assert again.waybill_no == shipment.waybill_no and len(carrier.waybills) == 1
    order = await RxOrder.get(id=placed.id)
    assert order.state == "shipped"

    no = shipment.waybill_no
    carrier.advance(no, "picked_up", description="快递员已揽收", location="武汉江岸")
    carrier.advance(no, "in_transit", description="已到达武汉转运中心", location="武汉")
    r = await asyncio.to_thread(carrier.push, no)
    assert r.status_code == 200 and r.json() == {"accepted": 2, "duplicates": 0, "unknown": 0}, r.text
    r = await asyncio.to_thread(carrier.push, no)  # sent again, signed afresh: nothing new
    assert r.json() == {"accepted": 0, "duplicates": 2, "unknown": 0}
    assert await ShipmentEvent.filter(shipment_id=shipment.id).count() == 2
    assert (await Shipment.get(id=shipment.id)).state == "in_transit"
    tracking = await Message.filter(account_id=order.account_id, kind="pharmacy.tracking").count()
    assert tracking == 2

    delivered = carrier.advance(no, "delivered", description="已签收，本人签收", location="武汉江岸")
    r = await asyncio.to_thread(carrier.push, no, [delivered])
    assert r.json()["accepted"] == 1
    order = await RxOrder.get(id=placed.id)
    assert order.state == "delivered" and order.delivered_at
    seen = await patient.detail(actor=w.consult.child.actor, order_id=placed.id)
    assert seen.shipment.state == "delivered" and [e.status for e in seen.shipment.events][0] == "delivered"
    assert [t.event for t in seen.timeline] == ["ordered", "paid", "dispensed", "shipped", "delivered"]
    assert (await RxEvent.filter(order_id=placed.id, event="delivered").first()).actor_type == "carrier"

    # 重新查询: the carrier's own list again; what we have is not applied twice.
    carrier.advance(no, "exception", description="补充：外包装轻微破损")
    refreshed = await logistics.refresh(actor=w.pharmacy_actor, shipment_id=shipment.id)
    assert len(refreshed.events) == 4 and refreshed.state == "delivered"
    # A carrier that no longer knows the waybill (a loopback since restarted): 409, nothing changed.
    kept = carrier.waybills.pop(no)
    await _fails("pharmacy.waybill_unknown", logistics.refresh(actor=w.pharmacy_actor, shipment_id=shipment.id))
    carrier.waybills[no] = kept
    assert await ShipmentEvent.filter(shipment_id=shipment.id).count() == 4
    page = await console.list_shipments(actor=w.pharmacy_actor, filters=ShipmentFilter(state="delivered"))
    assert [s.waybill_no for s in page.items] == [no]
    assert (await console.list_shipments(actor=w.pharmacy_actor, filters=ShipmentFilter(state="created"))).total == 0
    other = await factories.admin(w.consult.tree.hospital_b1, roles=("pharmacy_staff",))
    elsewhere = factories.principal_for(other, w.consult.tree.hospital_b1)
    assert (await console.list_shipments(actor=elsewhere, filters=ShipmentFilter())).total == 0
    await _fails("pharmacy.shipment_not_found", logistics.shipment_detail(actor=elsewhere, shipment_id=shipment.id))


async def test_forged_stale_and_replayed_pushes_are_refused_and_audited(w, wechatpay, carrier):
    placed = await _shipped(w, wechatpay)
    shipment = await logistics.ship(actor=w.pharmacy_actor, order_id=placed.id)
    no = shipment.waybill_no
    event = carrier.advance(no, "delivered", description="已签收")
    body, headers = carrier.signed([event])
    forged_body = body.replace(b"\xe5\xb7\xb2\xe7\xad\xbe\xe6\x94\xb6", b"\xe6\x8b\x92\xe6\x94\xb6")  # 已签收 → 拒收
    assert forged_body != body
    stale_body, stale_headers = carrier.signed([event], timestamp=int(time.time()) - 400)
    _, wrong_key_headers = carrier.signed([event])
    wrong_key_headers["X-Logistics-Signature"] = "0" * 64
    cases = [(forged_body, headers, "signature"), (stale_body, stale_headers, "stale"),
             (body, wrong_key_headers, "signature"), (body, {"Content-Type": "application/json"}, "signature")]
    for b, h, reason in cases:
        r = await asyncio.to_thread(carrier.push, no, body=b, headers=h)
        assert r.status_code == 401 and r.json()["code"] == "pharmacy.tracking_rejected", r.text
        assert r.json()["details"]["reason"] == reason
    assert await ShipmentEvent.all().count() == 0
    r = await asyncio.to_thread(carrier.push, no, body=body, headers=headers)
    assert r.status_code == 200 and r.json()["accepted"] == 1
    r = await asyncio.to_thread(carrier.push, no, body=body, headers=headers)  # the same request replayed
    assert r.status_code == 401 and r.json()["details"]["reason"] == "replayed"
    denied = await AuditLog.filter(action="pharmacy.tracking", outcome="denied").order_by("seq").values_list(
        "after", flat=True)
    assert [a["reason"] for a in denied] == ["signature", "stale", "signature", "signature", "replayed"]
    r = await asyncio.to_thread(carrier.push, no, body=b'{"events": "x"}', headers=carrier.signed([])[1])
    assert r.status_code == 401  # signed over another body
    bad = b'{"events": [{"event_id": "a b", "waybill_no": "1", "status": "lost", "at": "x"}]}'
    from core.pharmacy import carriers as carrier_module

    r = await asyncio.to_thread(carrier.push, no, body=bad, headers=carrier_module.push_headers(SECRET, bad))
    assert r.status_code == 400 and r.json()["code"] == "pharmacy.tracking_malformed"
    unknown = json.dumps({"events": [{**event, "waybill_no": "NOPE", "event_id": "x-1"}]}).encode()
    r = await asyncio.to_thread(carrier.push, no, body=unknown, headers=carrier_module.push_headers(SECRET, unknown))
    assert r.json() == {"accepted": 0, "duplicates": 0, "unknown": 1}
    assert (await RxOrder.get(id=placed.id)).state == "delivered"


async def test_a_carrier_that_fails_leaves_the_order_dispensed(w, wechatpay, carrier):
    placed = await _shipped(w, wechatpay)
    carrier.fail_next = 503
    await _fails("pharmacy.carrier_failed", logistics.ship(actor=w.pharmacy_actor, order_id=placed.id))
    assert (await RxOrder.get(id=placed.id)).state == "dispensed" and await Shipment.all().count() == 0
    carrier.secret = "another"  # the carrier no longer accepts our signature
    await _fails("pharmacy.carrier_failed", logistics.ship(actor=w.pharmacy_actor, order_id=placed.id))
    carrier.secret = SECRET
    assert (await logistics.ship(actor=w.pharmacy_actor, order_id=placed.id)).state == "created"
