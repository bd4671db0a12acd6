"""购药 on the H5 client (390×844 Chromium; seed 004 居民移动端 7 在线支付, 9 在线购药, 10 物流信息,
11 收货地址): the pregnant patient of `rx_world` buys one approved prescription for pick-up — pays
through the offline WeChat Pay cashier (what WeChat's sheet does), sees her 8-digit pick-up code
large with the pharmacy, and after the window takes the code sees the order collected. She buys a
second one for delivery, first cancelling an unpaid order, adding her first address inline (a wrong
phone is refused on the form), sees the delivery fee in the amount, pays, and follows the parcel:
the pharmacy dispenses and hands it to the loopback carrier, whose signed tracking pushes reach the
served app and appear on her order page until it is delivered. Her addresses are kept, edited, made
default and deleted on 收货地址, the phone masked in the list."""
from __future__ import annotations

import asyncio
import dataclasses
import json
import re

import pytest
from playwright.async_api import expect

from core.accounts.models import MpAccount
from core.pharmacy import console, logistics, pickup
from core.pharmacy.models import DeliveryAddress, RxOrder, Shipment
from core.settings import get_settings, set_settings
from tests import carrier_stub, factories
from tests.h5 import rx_world
from tests.h5.conftest import login_as, serve_h5

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def loopback_carrier():
    stub = carrier_stub.CarrierStub().start()
    try:
        yield stub
    finally:
        stub.stop()


@pytest.fixture(scope="module")
def h5_server(settings, database, tmp_path_factory, loopback_carrier):
    """The served app taking the loopback carrier's signed tracking pushes."""
    yield from serve_h5(settings, tmp_path_factory, LOGISTICS_CARRIER="jsonapi",
                        LOGISTICS_API_BASE=loopback_carrier.base, LOGISTICS_APP_KEY=carrier_stub.APP_KEY,
                        LOGISTICS_APP_SECRET=carrier_stub.SECRET)


class Carrier:
    """The loopback carrier as a test drives it: a parcel moves on, and the carrier pushes the step,
    signed, to the notify_url of the waybill (the served app's endpoint)."""

    def __init__(self, stub):
        self.stub = stub

    async def push(self, waybill_no: str, status: str, description: str, location: str) -> None:
        event = self.stub.advance(waybill_no, status, description=description, location=location)
        answer = await asyncio.to_thread(self.stub.push, waybill_no, [event])
        assert answer.status_code == 200, answer.text
        assert answer.json()["accepted"] == 1


@pytest.fixture
def h5_carrier(h5_server, loopback_carrier):
    """The test process hands parcels to the loopback carrier, naming the served app as where its
    tracking goes (the pharmacy's ship call runs here, as the console's request would)."""
    before = get_settings()
    set_settings(dataclasses.replace(before, logistics_carrier="jsonapi", logistics_api_base=loopback_carrier.base,
                                     logistics_app_key=carrier_stub.APP_KEY, logistics_app_secret=carrier_stub.SECRET,
                                     logistics_timeout=5.0, public_base_url=h5_server))
    try:
        yield Carrier(loopback_carrier)
    finally:
        set_settings(before)


async def _openid(person) -> str:
    return (await MpAccount.get(id=person.actor.id)).openid


async def test_pick_up_paid_through_the_offline_cashier_shows_the_code(phone):
    w = await factories.rx_world()
    rx = await rx_world.approved(w)
    mother = w.consult.parent
    page = await phone()
    await login_as(page, await _openid(mother))

    await page.goto(f"/h5/#/rx/prescriptions/{rx.id}")
    await page.click("[data-buy]")
    await page.check("[data-choose='pickup'] input")
    await expect(page.locator("[data-address-pick]")).to_have_count(0)
    await expect(page.locator("[data-amount] [data-total]")).to_have_text(f"¥{rx.total_fen / 100:.2f}")
    await page.click("[data-place-order]")

    detail = page.locator("[data-order-detail]")
    await expect(detail.locator("[data-state]")).to_have_text("待支付")
    order = await RxOrder.get(prescription_id=rx.id)
    assert (order.fulfilment, order.state, order.amount_fen, order.delivery_fen) == ("pickup", "created", rx.total_fen, 0)
    await expect(page.locator("[data-pickup-code]")).to_have_count(0)  # no code before paying

    # ---- the offline cashier pays (as WeChat's sheet would), the server confirms with WeChat Pay
    await page.click("[data-pay]")
    await expect(detail.locator("[data-state]")).to_have_text("待发药")
    order = await RxOrder.get(id=order.id)
    assert order.state == "paid" and order.paid_at is not None
    code = page.locator("[data-pickup-code]")
    await expect(code).to_have_text(re.compile(r"^\d{8}$"))
    assert await code.text_content() == order.pickup_code
    await expect(page.locator("[data-pickup-place]")).to_contain_text(w.hospital.name)
    await expect(page.locator("[data-timeline] [data-event='paid']")).to_have_count(1)

    # ---- the pharmacy dispenses, the window takes the code: collected, the code gone
    await console.dispense(actor=w.pharmacy_actor, order_id=order.id)
    await pickup.collect(actor=w.pharmacy_actor, code=order.pickup_code)
    await page.reload()
    await expect(detail.locator("[data-state]")).to_have_text("已取药")
    await expect(page.locator("[data-pickup-code]")).to_have_count(0)
    await expect(page.locator("[data-timeline] [data-event='collected']")).to_have_count(1)

    # ---- 药品订单 lists it; the prescription links to the order now
    await page.goto("/h5/#/rx/orders")
    await expect(page.locator(f"[data-order='{order.id}'] [data-state]")).to_have_text("已取药")
    await page.goto(f"/h5/#/rx/prescriptions/{rx.id}")
    await expect(page.locator("[data-buy]")).to_have_count(0)
    await page.click("[data-order-link]")
    await expect(page.locator(f"[data-order-detail='{order.id}']")).to_be_visible()


async def test_delivery_to_a_new_address_with_tracking_pushed_by_the_carrier(phone, h5_carrier):
    w = await factories.rx_world()
    rx = await rx_world.approved(w, items=(("folic_acid", "0.4", "qd", 30, 1, "饭后"),))
    mother = w.consult.parent
    page = await phone()
    pushed = []  # what the realtime socket brought
    page.on("websocket", lambda ws: ws.on("framereceived", lambda f: pushed.append(
        json.loads(f)) if isinstance(f, str) else None))
    await login_as(page, await _openid(mother))

    # ---- first an unpaid pick-up order, cancelled: the prescription may be bought again
    await page.goto(f"/h5/#/rx/prescriptions/{rx.id}/buy")
    await page.check("[data-choose='pickup'] input")
    await page.click("[data-place-order]")
    await expect(page.locator("[data-order-detail] [data-state]")).to_have_text("待支付")
    await page.click("[data-cancel]")
    await page.click(".dialog .btn-primary")
    await expect(page.locator("[data-order-detail] [data-state]")).to_have_text("已取消")
    await expect(page.locator("[data-pay]")).to_have_count(0)

    # ---- delivery: no address yet, so the form is open; a wrong phone is refused on the form
    await page.goto(f"/h5/#/rx/prescriptions/{rx.id}")
    await page.click("[data-buy]")
    await page.check("[data-choose='delivery'] input")
    form = page.locator("[data-address-form]")
    await expect(form).to_be_visible()
    await form.locator("[data-receiver]").fill("王秀英")
    await form.locator("[data-phone-input]").fill("1380013")
    await form.locator("[data-region]").fill("上海市 静安区")
    await form.locator("[data-detail]").fill("南京西路1266号 3号楼 1201室")
    await expect(form).to_contain_text("请输入11位手机号")
    await expect(form.locator("[data-save-address]")).to_be_disabled()
    await form.locator("[data-phone-input]").fill("13800138000")
    await form.locator("[data-save-address]").click()
    await expect(form).to_have_count(0)
    saved = await DeliveryAddress.get(account_id=mother.actor.id)
    assert (saved.receiver, saved.phone, saved.region) == ("王秀英", "13800138000", "上海市 静安区")
    pick = page.locator(f"[data-address-pick] [data-address='{saved.id}']")
    await expect(pick.locator("input")).to_be_checked()
    await expect(pick).to_contain_text("138****8000")
    await page.click("[data-place-order]")

    # ---- the order: the delivery fee in the amount, paid through the cashier
    detail = page.locator("[data-order-detail]")
    await expect(detail.locator("[data-state]")).to_have_text("待支付")
    fee = rx_world.DELIVERY_FEE_FEN
    await expect(detail.locator("[data-delivery-fee]")).to_have_text(f"¥{fee / 100:.2f}")
    await expect(detail.locator("[data-amount]")).to_contain_text(f"¥{(rx.total_fen + fee) / 100:.2f}")
    await page.click("[data-pay]")
    await expect(detail.locator("[data-state]")).to_have_text("待发药")
    order = await RxOrder.get(prescription_id=rx.id)
    assert (order.state, order.fulfilment, order.amount_fen) == ("paid", "delivery", rx.total_fen + fee)
    await expect(page.locator("[data-pickup-code]")).to_have_count(0)

    # ---- dispensed and handed to the loopback carrier: the waybill shows while the page refreshes
    await console.dispense(actor=w.pharmacy_actor, order_id=order.id)
    shipment = await logistics.ship(actor=w.pharmacy_actor, order_id=order.id)
    # These moves were made in this process: their news reaches the served app's sockets only when both
    # share Redis (MariaDB + Redis runs), not on the embedded memory:// of the default run.
    await page.reload()
    await expect(detail.locator("[data-state]")).to_have_text("配送中")
    await expect(page.locator("[data-waybill]")).to_contain_text(shipment.waybill_no)
    await expect(page.locator("[data-tracking] [data-live]")).to_be_visible()  # following rx_order:<id>

    # ---- the carrier pushes its tracking (signed) to the served app; each step appears
    await h5_carrier.push(shipment.waybill_no, "picked_up", "快递员已揽收", "上海静安营业部")
    await expect(page.locator("[data-tracking-events] [data-status='picked_up']")).to_be_visible()
    await h5_carrier.push(shipment.waybill_no, "out_for_delivery", "快递员正在派送", "上海静安营业部")
    await expect(page.locator("[data-tracking-events] [data-status='out_for_delivery']")).to_be_visible()
    await h5_carrier.push(shipment.waybill_no, "delivered", "已签收，本人签收", "上海市静安区")
    await expect(detail.locator("[data-state]")).to_have_text("已签收")
    await expect(page.locator("[data-tracking-events] li").first).to_have_attribute("data-status", "delivered")
    await expect(page.locator("[data-tracking-events] li")).to_have_count(3)
    assert (await Shipment.get(id=shipment.id)).state == "delivered"
    live = [f["data"]["status"] for f in pushed if f.get("op") == "notice" and f.get("name") == "pharmacy.tracking"]
    assert live == ["picked_up", "out_for_delivery", "delivered"], pushed
    assert (await RxOrder.get(id=order.id)).state == "delivered"


async def test_addresses_are_kept_edited_made_default_and_deleted(phone):
    w = await factories.rx_world()
    mother = w.consult.parent
    page = await phone()
    await login_as(page, await _openid(mother))
    await page.goto("/h5/#/rx/addresses")
    await expect(page.locator(".rx-addresses .empty")).to_have_text("还没有收货地址")

    async def add(receiver, phone_no, detail, default=False):
        await page.click("[data-add-address]")
        form = page.locator("[data-address-form]")
        await form.locator("[data-receiver]").fill(receiver)
        await form.locator("[data-phone-input]").fill(phone_no)
        await form.locator("[data-region]").fill("上海市 静安区")
        await form.locator("[data-detail]").fill(detail)
        if default:
            await form.locator("[data-make-default]").check()
        await form.locator("[data-save-address]").click()
        await expect(form).to_have_count(0)

    await add("王秀英", "13800138000", "南京西路1266号")
    await add("李明", "13900139000", "延安中路100号", default=True)
    rows = page.locator("[data-addresses] [data-address]")
    await expect(rows).to_have_count(2)
    first, second = await DeliveryAddress.filter(account_id=mother.actor.id).order_by("id")
    assert (first.is_default, second.is_default) == (False, True)
    await expect(page.locator(f"[data-address='{second.id}'] [data-default]")).to_be_visible()
    await expect(page.locator(f"[data-address='{first.id}'] [data-phone]")).to_have_text("138****8000")
    await expect(page.locator("[data-addresses]")).not_to_contain_text("13800138000")

    # ---- edit the street only (the masked fields stay as they are), then make the first the default
    await page.click(f"[data-address='{first.id}'] [data-edit]")
    form = page.locator("[data-address-form]")
    await form.locator("[data-detail]").fill("南京西路1288号 5楼")
    await form.locator("[data-save-address]").click()
    await expect(form).to_have_count(0)
    first = await DeliveryAddress.get(id=first.id)
    assert (first.receiver, first.phone, first.detail) == ("王秀英", "13800138000", "南京西路1288号 5楼")
    await page.click(f"[data-address='{first.id}'] [data-set-default]")
    await expect(page.locator(f"[data-address='{first.id}'] [data-default]")).to_be_visible()
    await expect(page.locator(f"[data-address='{second.id}'] [data-default]")).to_have_count(0)

    # ---- delete the second
    await page.click(f"[data-address='{second.id}'] [data-delete]")
    await page.click(".dialog .btn-primary")
    await expect(rows).to_have_count(1)
    assert await DeliveryAddress.filter(account_id=mother.actor.id, deleted_at=None).count() == 1
