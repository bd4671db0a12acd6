"""The development loopback carrier (core/pharmacy/offline.py) speaks docs/logistics.md to the production
client: a shipped order's waybill is made there, `advance` pushes signed events to our endpoint and the
order is delivered; an unsigned request to it is refused like a carrier refuses it."""
from __future__ import annotations

import dataclasses
import socket

import httpx
import pytest

from core.pharmacy import console, logistics
from core.pharmacy import offline as dev_carrier
from core.pharmacy.models import RxOrder
from core.settings import get_settings, set_settings
from tests.pharmacy import helpers


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def dev_served():
    from sanic import Sanic

    from bff import logistics as face
    from core import http

    app = Sanic(f"huiyi_dev_logistics_{_port()}")
    app.config.FALLBACK_ERROR_FORMAT = "json"
    app.config.TOUCHUP = False
    app.config.AUTO_EXTEND = False
    http.install(app)
    app.blueprint(face.bp)
    app.blueprint(dev_carrier.bp)
    port = _port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    await server.startup()
    await server.start_serving()
    base = f"http://127.0.0.1:{port}"
    before = get_settings()
    set_settings(dataclasses.replace(before, logistics_offline=True, public_base_url=base,
                                     logistics_api_base=base + dev_carrier.PREFIX + dev_carrier.API))
    try:
        yield base
    finally:
        set_settings(before)
        server.close()
        await server.wait_closed()


async def test_the_development_carrier_delivers(dev_served, wechatpay):
    w = await helpers.world()
    addr = await helpers.address(w.consult.child)
    placed = await helpers.order(w, await helpers.approved(w), fulfilment="delivery", address_id=addr.id)
    await helpers.paid(w, wechatpay, placed.id)
    await console.dispense(actor=w.pharmacy_actor, order_id=placed.id)
    shipment = await logistics.ship(actor=w.pharmacy_actor, order_id=placed.id)
    assert shipment.waybill_no.startswith("DEV")
    async with httpx.AsyncClient(base_url=dev_served + dev_carrier.PREFIX) as c:
        r = await c.post("/v1/waybills", json={"order_no": "x"})
        assert r.status_code == 401
        r = await c.post(f"/waybills/{shipment.waybill_no}/advance", json={"status": "teleported"})
        assert r.status_code == 422
        r = await c.post(f"/waybills/{shipment.waybill_no}/advance",
                         json={"status": "delivered", "description": "已签收", "location": "武汉"})
        assert r.json()["pushed"] == {"status": 200, "answer": {"accepted": 1, "duplicates": 0, "unknown": 0}}
    assert (await RxOrder.get(id=placed.id)).state == "delivered"
    refreshed = await logistics.refresh(actor=w.pharmacy_actor, shipment_id=shipment.id)
    assert [e.status for e in refreshed.events] == ["delivered"]


def test_production_refuses_the_loopback_carrier_and_the_development_secret():
    from core.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match="LOGISTICS_OFFLINE"):
        Settings.from_env({"HUIYI_ENV": "production", "LOGISTICS_OFFLINE": "1"})
    with pytest.raises(SettingsError, match="LOGISTICS_APP_SECRET"):
        Settings.from_env({"HUIYI_ENV": "production", "LOGISTICS_API_BASE": "https://carrier.example/open/v1"})
    dev = Settings.from_env({"HUIYI_ENV": "development"})
    assert dev.logistics_offline and dev.logistics_api_base.endswith("/dev/logistics/v1")
