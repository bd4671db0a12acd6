"""The payment platform across services: the per-service summary (图文 and video consultations apart,
record copies, medicines) for a date range, and the reconciliation's differences over many days;
services, JSON API, pages and xlsx."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from core.accounts.models import AdminAccount
from core.consult.models import ConsultOrder
from core.errors import Forbidden, ValidationFailed
from core.localtime import LOCAL
from core.payments import purposes, summary
from core.payments.models import BillItem, BillReport, PaymentOrder
from tests import factories
from tests.admin_web.world import Pages


@pytest.fixture
async def money():
    w = await factories.consult_world()
    h = w.tree.hospital_a1
    text = await factories.consult_order(w)
    video = await factories.consult_order(w)
    await ConsultOrder.filter(id=video.id).update(kind="video")
    await factories.payment_order(h, amount_fen=3000, reference=f"consult.order:{text.id}")
    await factories.payment_order(h, amount_fen=8000, refunded_fen=8000, reference=f"consult.order:{video.id}")
    await factories.payment_order(h, amount_fen=1200, refunded_fen=200, reference="records.request:77")
    await factories.payment_order(h, amount_fen=5600, reference="pharmacy.order:5")
    # placed, never paid: counted as an order, not as money
    o, _ = await factories.payment_order(h, amount_fen=999, reference="records.request:78")
    await PaymentOrder.filter(id=o.id).update(state="created", paid_at=None, transaction_id=None)
    # another city's hospital: outside a county's scope
    await factories.payment_order(w.tree.hospital_b1, amount_fen=100000, reference="records.request:79")
    return w


def _by_service(found):
    return {r["service"]: r for r in found["rows"]}


async def test_summary_per_service(money):
    w = money
    county = await factories.actor(w.tree.county_a1)
    found = await summary.summary(actor=county)
    rows = _by_service(found)
    pharmacy = purposes.label_of("pharmacy.order:5")
    assert set(rows) == {"图文咨询", "视频问诊", "病案复印", pharmacy}
    assert {k: rows["图文咨询"][k] for k in ("orders", "paid_orders", "paid_fen", "refunds", "refunded_fen",
                                          "net_fen")} == dict(orders=1, paid_orders=1, paid_fen=3000, refunds=0,
                                                              refunded_fen=0, net_fen=3000)
    assert (rows["视频问诊"]["paid_fen"], rows["视频问诊"]["refunded_fen"], rows["视频问诊"]["net_fen"]) == (8000, 8000, 0)
    assert (rows["病案复印"]["orders"], rows["病案复印"]["paid_orders"], rows["病案复印"]["net_fen"]) == (2, 1, 1000)
    assert found["total"]["paid_fen"] == 3000 + 8000 + 1200 + 5600
    assert found["total"]["net_fen"] == 3000 + 0 + 1000 + 5600
    # the province sees the other city too; a date range without anything is empty
    province = await factories.actor(w.tree.province)
    assert _by_service(await summary.summary(actor=province))["病案复印"]["paid_fen"] == 1200 + 100000
    today = dt.datetime.now(LOCAL).date()
    past = await summary.summary(actor=province, date_from=today - dt.timedelta(days=40),
                                 date_to=today - dt.timedelta(days=35))
    assert past["rows"] == [] and past["total"]["paid_fen"] == 0
    assert (await summary.summary(actor=province, org_id=w.tree.hospital_b1.id))["total"]["paid_fen"] == 100000


async def test_summary_bounds_and_permission(money):
    w = money
    province = await factories.actor(w.tree.province)
    today = dt.datetime.now(LOCAL).date()
    with pytest.raises(ValidationFailed):
        await summary.summary(actor=province, date_from=today, date_to=today - dt.timedelta(days=1))
    with pytest.raises(ValidationFailed):
        await summary.summary(actor=province, date_from=today - dt.timedelta(days=400), date_to=today)
    with pytest.raises(Forbidden):
        await summary.summary(actor=await factories.actor(w.tree.hospital_a1, roles=("proctor",)))


async def _reports():
    report = await BillReport.create(bill_date=dt.date(2026, 11, 3), state="discrepancies", matched=1,
                                     missing_ours=1, missing_theirs=1)
    other = await BillReport.create(bill_date=dt.date(2026, 11, 5), state="discrepancies", amount_mismatch=1)
    await BillItem.create(report=report, kind="payment", outcome="matched", out_trade_no="P1", their_fen=1, our_fen=1)
    await BillItem.create(report=report, kind="payment", outcome="missing_ours", out_trade_no="PX", their_fen=500,
                          note="我方无此支付")
    await BillItem.create(report=report, kind="refund", outcome="missing_theirs", out_trade_no="P2",
                          out_refund_no="R2", our_fen=200, note="账单中无此退款")
    return other


async def test_discrepancies_over_days(money):
    w = money
    other = await _reports()
    order = await PaymentOrder.filter(reference="pharmacy.order:5").first()
    await BillItem.create(report=other, kind="payment", outcome="amount_mismatch", out_trade_no=order.out_trade_no,
                          their_fen=5500, our_fen=5600, org_id=w.tree.hospital_a1.id, note="金额不符")
    province = await factories.actor(w.tree.province)
    total, rows, counts = await summary.discrepancies(actor=province, date_from=dt.date(2026, 11, 1),
                                                      date_to=dt.date(2026, 11, 30))
    assert total == 3 and counts == {"missing_ours": 1, "missing_theirs": 1, "amount_mismatch": 1}
    assert rows[0]["bill_date"] == dt.date(2026, 11, 5) and rows[0]["order_id"] == order.id
    assert rows[0]["service"] == purposes.label_of(order.reference)
    total, rows, _ = await summary.discrepancies(actor=province, date_from=dt.date(2026, 11, 1),
                                                 date_to=dt.date(2026, 11, 30), outcome="missing_ours")
    assert total == 1 and rows[0]["out_trade_no"] == "PX"
    with pytest.raises(ValidationFailed):
        await summary.discrepancies(actor=province, outcome="matched")
    with pytest.raises(Forbidden):  # the province's, like reconciliation
        await summary.discrepancies(actor=await factories.actor(w.tree.county_a1))


async def test_api_and_pages(money, client):
    w = money
    await _reports()
    admin = await factories.admin(w.tree.province)
    async with factories.AdminSession(client, admin.username) as s:
        r = await s.get("/api/admin/v1/payments/summary")
        assert r.status_code == 200, r.text
        rows = {x["service"]: x for x in r.json()["rows"]}
        assert rows["视频问诊"]["refunded_fen"] == 8000 and r.json()["total"]["service"] == "合计"
        assert (await s.get("/api/admin/v1/payments/summary?date_from=2026-13-01")).status_code == 422
        r = await s.get("/api/admin/v1/payments/summary/export")
        assert r.status_code == 200
        sheet = load_workbook(io.BytesIO(r.content)).active
        values = [[c.value for c in row] for row in sheet.iter_rows()]
        assert values[0][0] == "业务" and values[-1][0] == "合计"
        r = await s.get("/api/admin/v1/payments/discrepancies?date_from=2026-11-01&date_to=2026-11-30")
        assert r.status_code == 200 and r.json()["total"] == 2 and r.json()["counts"]["missing_ours"] == 1
        assert (await s.get("/api/admin/v1/payments/discrepancies?outcome=bogus")).status_code == 422
    pages = Pages(client)
    assert (await pages.login(admin.username)).status_code == 303
    home = await pages.get("/admin/")
    assert 'href="/admin/payments/summary"' in home.text and 'href="/admin/payments/discrepancies"' in home.text
    r = await pages.get("/admin/payments/summary")
    assert r.status_code == 200 and "视频问诊" in r.text and "图文咨询" in r.text and "合计" in r.text
    r = await pages.get("/admin/payments/summary?date_from=2026-11-30&date_to=2026-11-01")
    assert r.status_code in (400, 422) and "开始日期不能晚于结束日期" in r.text
    # the orders list names the service as the summary does
    r = await pages.get("/admin/payments/orders")
    assert r.status_code == 200 and "视频问诊" in r.text and "图文咨询" in r.text
    r = await pages.get("/admin/payments/discrepancies?date_from=2026-11-01&date_to=2026-11-30")
    assert r.status_code == 200 and "我方缺失" in r.text and "PX" in r.text
    # a county's administrator: the summary yes, the province's differences no
    county = await AdminAccount.get(id=(await factories.actor(w.tree.county_a1)).id)
    pages = Pages(client, ip="10.20.0.2")
    await pages.login(county.username)
    assert "病案复印" in (await pages.get("/admin/payments/summary")).text
    assert (await pages.get("/admin/payments/discrepancies")).status_code == 403
