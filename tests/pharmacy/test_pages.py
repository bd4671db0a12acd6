"""The pharmacy's console pages over HTTP: 发药队列 with the 取药 window (a code collected once, a used
or wrong one said on the page), an order's page with 发药 / 交付物流 / 退药 and its timeline, 物流管理
with the parcel's tracking and 重新查询; the menu shows them to pharmacy staff; the JSON API agrees."""
from __future__ import annotations

import pytest

from core.accounts.models import AdminAccount
from core.pharmacy import patient
from core.pharmacy.models import RxOrder
from tests import factories
from tests.pharmacy import helpers


@pytest.fixture
async def w():
    return await helpers.world()


async def test_the_window_the_order_page_and_logistics(w, client, wechatpay, carrier):
    a = await helpers.order(w, await helpers.approved(w))
    await helpers.paid(w, wechatpay, a.id)
    code = (await patient.detail(actor=w.consult.child.actor, order_id=a.id)).pickup_code
    addr = await helpers.address(w.consult.child)
    b = await helpers.order(w, await helpers.approved(w), fulfilment="delivery", address_id=addr.id)
    await helpers.paid(w, wechatpay, b.id)
    clerk = await AdminAccount.get(id=w.pharmacy_actor.id)
    async with factories.AdminSession(client, clerk.username) as s:
        home = (await s.get("/admin/")).text
        assert "发药队列" in home and "药品订单" in home and "物流管理" not in home  # no parcel yet
        queue = await s.get("/admin/pharmacy/queue")
        assert queue.status_code == 200 and a.number in queue.text and b.number in queue.text
        assert "data-pickup-code" in queue.text and code not in queue.text
        r = await s.post("/admin/pharmacy/pickup", data={"code": code, "csrf_token": s.csrf})
        assert r.status_code == 303
        assert "药品尚未调配完成" in (await s.get(r.headers["location"])).text
        for order_id in (a.id, b.id):
            r = await s.post(f"/admin/pharmacy/orders/{order_id}/dispense", data={"csrf_token": s.csrf})
            assert r.status_code == 303, r.text
        r = await s.post("/admin/pharmacy/pickup", data={"code": code, "csrf_token": s.csrf})
        assert "取药成功" in (await s.get(r.headers["location"])).text
        r = await s.post("/admin/pharmacy/pickup", data={"code": code, "csrf_token": s.csrf})
        assert "该取药码已使用" in (await s.get(r.headers["location"])).text
        r = await s.post("/admin/pharmacy/pickup", data={"code": "12ab", "csrf_token": s.csrf})
        assert "8 位数字取药码" in (await s.get(r.headers["location"])).text
        assert (await RxOrder.get(id=a.id)).state == "collected"

        page = await s.get(f"/admin/pharmacy/orders/{b.id}")
        assert 'data-ship="%d"' % b.id in page.text and "13800138000" not in page.text
        r = await s.post(f"/admin/pharmacy/orders/{b.id}/ship", data={"csrf_token": s.csrf})
        assert r.status_code == 303
        page = await s.get(r.headers["location"])
        assert "已交付物流" in page.text and 'data-event="shipped"' in page.text
        waybill = next(iter(carrier.waybills))
        assert "物流管理" in (await s.get("/admin/")).text
        listed = await s.get("/admin/pharmacy/shipments", params={"waybill_no": waybill})
        assert waybill in listed.text
        shipment_id = (await s.get("/api/admin/v1/pharmacy/shipments")).json()["items"][0]["id"]
        carrier.advance(waybill, "in_transit", description="已到达武汉转运中心", location="武汉")
        r = await s.post(f"/admin/pharmacy/shipments/{shipment_id}/refresh", data={"csrf_token": s.csrf})
        page = await s.get(r.headers["location"])
        assert "已到达武汉转运中心" in page.text and 'data-status="in_transit"' in page.text
        assert (await s.get("/admin/pharmacy/orders", params={"state": "nonsense"})).status_code == 422
        listed = await s.get("/admin/pharmacy/orders", params={"state": "collected"})
        assert a.number in listed.text and b.number not in listed.text

        r = await s.post(f"/admin/pharmacy/orders/{b.id}/return", data={"reason": "", "csrf_token": s.csrf})
        assert "退药原因" in (await s.get(r.headers["location"])).text
        r = await s.post("/api/admin/v1/pharmacy/pickup", json={"code": "1234567"})
        assert r.status_code == 422
        r = await s.post("/api/admin/v1/pharmacy/pickup", json={"code": code})
        assert r.status_code == 409 and r.json()["code"] == "pharmacy.code_used"
        r = await s.post("/api/admin/v1/pharmacy/pickup", json={"code": "00000000" if code != "00000000" else "11111111"})
        assert r.status_code == 404 and r.json()["code"] == "pharmacy.code_unknown"
        r = await s.get("/api/admin/v1/pharmacy/queue")
        assert r.json()["total"] == 0
    pharmacist = await AdminAccount.get(id=w.pharmacist_actor.id)
    other = await factories.admin(w.consult.tree.hospital_b1, roles=("pharmacy_staff",))
    async with factories.AdminSession(client, other.username) as s:  # no orders in its scope: no menu
        assert "药品订单" not in (await s.get("/admin/")).text
    async with factories.AdminSession(client, pharmacist.username) as s:
        assert (await s.get("/admin/pharmacy/orders")).status_code == 403
        assert (await s.get("/api/admin/v1/pharmacy/orders")).status_code == 403
