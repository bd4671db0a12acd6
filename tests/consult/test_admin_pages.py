"""The console's 问诊订单 and 诊疗统计 pages: the list with its tabs and filters, export, an order with
its trail, payment and refunds, the refund form (posted, redirected, refused beside the form with
what was typed, nothing written), the statistics page with its charts' JSON and exports; the menu
by permission; another county's order is missing."""
from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from core import wiring
from core.consult.models import ConsultOrder
from core.payments.models import PaymentRefund
from tests import factories
from tests.admin_web.world import Pages
from tests.consult.test_admin import _ended
from tests.consult.test_orders import _paid

ORDERS = "/admin/consult/orders"


@pytest.fixture
async def world():
    wiring.wire()
    return await factories.consult_world()


async def test_operator_refunds_from_the_console(client, world, wechatpay):
    w = world
    ended = await _ended(w, wechatpay)
    waiting = await _paid(w, wechatpay)
    await factories.consult_order(w, who=w.stranger, state="expired", refund_state="refunded", final_event="expire")
    await factories.admin(w.tree.hospital_a1, username="yunying", roles=("consult_operator",))
    pages = Pages(client)
    await pages.login("yunying")

    listed = await pages.get(ORDERS)
    assert listed.status_code == 200, listed.text
    assert 'href="/admin/consult/orders"' in listed.text and 'href="/admin/consult/stats"' in listed.text
    assert 'data-count="done">1<' in listed.text and 'data-count="waiting">1<' in listed.text
    assert 'data-count="cancelled">1<' in listed.text and "王*山" in listed.text
    number = (await ConsultOrder.get(id=ended)).number
    only = await pages.get(f"{ORDERS}?state=done", htmx=True)
    assert number in only.text and "<html" not in only.text and f'data-row-id="{waiting}"' not in only.text
    bad = await pages.get(f"{ORDERS}?date_from=2026-13-01")
    assert bad.status_code == 422 and "开始日期" in bad.text
    export = await pages.get(f"{ORDERS}/export?state=done")
    assert export.status_code == 200
    rows = list(load_workbook(io.BytesIO(export.content)).active.values)
    assert len(rows) == 2 and rows[1][0] == number

    page = await pages.get(f"{ORDERS}/{ended}")
    assert page.status_code == 200 and 'data-action="refund"' in page.text and "孩子咳嗽三天" in page.text
    assert 'data-event="accept"' in page.text and "30.00 元" in page.text
    # A waiting order has no refund form.
    assert 'data-action="refund"' not in (await pages.get(f"{ORDERS}/{waiting}")).text

    # Refused beside the form, with what was typed; nothing written.
    r = await pages.submit(f"{ORDERS}/{ended}/refund", {"amount": "12.345", "reason": "部分退款"})
    assert r.posted.status_code == 303 and 'data-error-for="amount"' in r.text and 'value="12.345"' in r.text
    r = await pages.submit(f"{ORDERS}/{ended}/refund", {"amount": "50", "reason": "超额退款"},
                           headers={"Referer": f"http://testserver{ORDERS}/{ended}"})
    assert r.posted.status_code == 303 and "退款金额超过订单剩余可退金额" in r.text
    assert not await PaymentRefund.exists(order__reference=f"consult.order:{ended}")

    r = await pages.submit(f"{ORDERS}/{ended}/refund", {"amount": "10", "reason": "回复不及时，部分退款",
                                                         "out_refund_no": "RAPAGE000001"})
    assert r.posted.headers["location"].startswith(f"{ORDERS}/{ended}?flash=")
    assert "已退款 10.00 元（RAPAGE000001）" in r.text
    # Posted again (a double click): the same refund.
    await pages.submit(f"{ORDERS}/{ended}/refund", {"amount": "10", "reason": "回复不及时，部分退款",
                                                     "out_refund_no": "RAPAGE000001"})
    await wechatpay.delivered()
    assert await PaymentRefund.filter(order__reference=f"consult.order:{ended}").count() == 1
    page = await pages.get(f"{ORDERS}/{ended}")
    assert 'data-refund-no="RAPAGE000001"' in page.text and 'data-event="refund"' in page.text
    assert "20.00 元" in page.text  # what is left

    stats = await pages.get("/admin/consult/stats")
    assert stats.status_code == 200 and 'data-figure="orders">3<' in stats.text and "李时珍" in stats.text
    assert 'data-chart="consult_days"' in stats.text
    charts = await pages.get("/admin/consult/stats/charts.json")
    assert charts.status_code == 200
    body = charts.json()
    assert {r["key"]: r["count"] for r in body["by_state"]}["ended"] == 1 and len(body["by_day"]) == 30
    assert {r["key"]: r["count"] for r in body["refunds"]} == {"expire": 1, "reject": 0, "cancel": 0,
                                                                "withdraw": 0, "leave": 0, "refund": 1}
    assert (await pages.get("/admin/consult/stats?date_from=2026-05-02&date_to=2026-05-01")).status_code == 422
    export = await pages.get("/admin/consult/stats/export?table=doctors")
    assert export.status_code == 200 and list(load_workbook(io.BytesIO(export.content)).active.values)[1][0] == "李时珍"


async def test_menu_and_scope(client, world, wechatpay):
    w = world
    ended = await _ended(w, wechatpay)
    await factories.admin(w.tree.county_a1, username="county_a1")
    await factories.admin(w.tree.county_a2, username="county_a2")
    await factories.admin(w.tree.hospital_a1, username="clerk", roles=("record_room",))
    pages = Pages(client)
    await pages.login("county_a1")
    home = await pages.get("/admin/")
    assert 'href="/admin/consult/orders"' in home.text
    page = await pages.get(f"{ORDERS}/{ended}")
    assert page.status_code == 200 and 'data-action="refund"' not in page.text  # a commission does not refund
    r = await pages.post(f"{ORDERS}/{ended}/refund", {"amount": "1", "reason": "越权退款"})
    assert r.status_code == 403
    # A county without doctors has no such menu; a guessed order is missing there.
    pages = Pages(client, ip="10.20.0.2")
    await pages.login("county_a2")
    assert 'href="/admin/consult/orders"' not in (await pages.get("/admin/")).text
    assert (await pages.get(f"{ORDERS}/{ended}")).status_code == 404
    pages = Pages(client, ip="10.20.0.3")
    await pages.login("clerk")
    assert 'href="/admin/consult/orders"' not in (await pages.get("/admin/")).text
    assert (await pages.get(ORDERS)).status_code == 403
