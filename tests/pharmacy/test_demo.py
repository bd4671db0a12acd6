"""The demo's medicine orders: every state of the plan made through the services, once."""
from __future__ import annotations

from collections import Counter

from core.pharmacy import demo
from core.pharmacy.models import RxOrder, Shipment, ShipmentEvent
from tests.pharmacy import helpers


async def test_the_demo_orders_reach_every_state_once():
    w = await helpers.world()
    for _ in demo.PLAN:
        await helpers.approved(w)
    assert await demo.seed() == len(demo.PLAN)
    assert await demo.seed() == 0  # again: nothing left to order
    states = Counter(await RxOrder.all().values_list("state", flat=True))
    assert states == Counter({"created": 1, "paid": 2, "dispensed": 1, "collected": 1, "shipped": 1,
                              "delivered": 1})
    assert await Shipment.all().count() == 2 and await ShipmentEvent.all().count() == 2 + 4
    codes = await RxOrder.filter(fulfilment="pickup", state__in=("paid", "dispensed")).values_list(
        "pickup_code", flat=True)
    assert len(codes) == 2 and all(len(c) == 8 for c in codes)
