"""The daily reconciliation: WeChat Pay's trade bill (downloaded by the real client, gzip, its hash
checked) against our payments and refunds; balanced for a clean day, and every kind of planted
discrepancy found (amount changed, a payment we never learned of, a payment WeChat Pay never
had); the report as JSON and xlsx, for the province only."""
from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook

from core.accounts.models import AdminAccount
from core.db import utcnow
from core.localtime import LOCAL
from core.payments import reconcile
from core.payments import service as payments
from core.payments.models import BillReport, PaymentOrder
from tests import factories
from tests.payments.conftest import ref


async def _paid(w, wechatpay, n: int, amount: int) -> PaymentOrder:
    started = await payments.checkout(actor=w.payer, reference=ref(n), org_id=w.hospital_id, amount_fen=amount,
                                      description=f"测试订单 {n}")
    assert (await wechatpay.pay(started["pay_params"])).status_code == 200
    await wechatpay.delivered()
    return await PaymentOrder.get(id=started["order"]["id"])


async def _login(client, actor) -> dict:
    session = await factories.login(client, (await AdminAccount.get(id=actor.id)).username)
    return {"X-CSRF-Token": session["csrf_token"]}


async def test_a_clean_day_balances_and_planted_discrepancies_are_found(pay_world, wechatpay, client):
    w = pay_world
    first = await _paid(w, wechatpay, 1, 1500)
    second = await _paid(w, wechatpay, 2, 800)
    await payments.admin_refund(actor=w.county, order_id=first.id, amount_fen=300, reason="部分退款")
    await wechatpay.delivered()
    today = dt.datetime.now(LOCAL).date().isoformat()
    bill = await wechatpay.bill(today)
    assert first.out_trade_no in bill and "`REFUND" in bill and bill.startswith("交易时间,公众账号ID")

    h = await _login(client, w.province)
    r = await client.post(f"/api/admin/v1/payments/reconciliations/{today}", headers=h)
    assert r.status_code == 200, r.text
    report = r.json()
    assert (report["state"], report["bill_found"], report["bill_rows"]) == ("balanced", True, 3)
    assert (report["matched"], report["missing_ours"], report["missing_theirs"], report["amount_mismatch"]) == (
        3, 0, 0, 0)
    assert (report["their_paid_fen"], report["our_paid_fen"]) == (2300, 2300)
    assert (report["their_refunded_fen"], report["our_refunded_fen"]) == (300, 300)
    assert len(report["bill_sha1"]) == 40
    assert {(i["kind"], i["out_trade_no"]) for i in report["items"]} == {
        ("payment", first.out_trade_no), ("payment", second.out_trade_no), ("refund", first.out_trade_no)}

    # Planted: our amount of the second payment changed; a payment WeChat Pay has that we never
    # learned of; a payment of ours WeChat Pay never had.
    await PaymentOrder.filter(id=second.id).update(amount_fen=900)
    third = await _paid(w, wechatpay, 3, 200)
    await PaymentOrder.filter(id=third.id).update(state="created", paid_at=None, transaction_id=None)
    ghost = await PaymentOrder.create(
        out_trade_no="PGHOST0000000001", reference=ref(9), description="凭空的订单", org_id=w.hospital_id,
        channel="miniprogram", appid="wx", openid="o", amount_fen=4200, state="paid", paid_at=utcnow(),
        expires_at=utcnow(), transaction_id="4200000000GHOST")
    r = await client.post(f"/api/admin/v1/payments/reconciliations/{today}", headers=h)
    report = r.json()
    assert report["state"] == "discrepancies"
    assert (report["matched"], report["missing_ours"], report["missing_theirs"], report["amount_mismatch"]) == (
        2, 1, 1, 1)
    found = {i["outcome"]: i for i in report["items"] if i["outcome"] != "matched"}
    assert (found["amount_mismatch"]["out_trade_no"], found["amount_mismatch"]["their_fen"],
            found["amount_mismatch"]["our_fen"]) == (second.out_trade_no, 800, 900)
    assert found["missing_ours"]["out_trade_no"] == third.out_trade_no
    assert found["missing_ours"]["note"] == "我方订单状态：待支付" and found["missing_ours"]["our_fen"] is None
    assert (found["missing_theirs"]["out_trade_no"], found["missing_theirs"]["our_fen"]) == (ghost.out_trade_no, 4200)
    assert [i["outcome"] for i in report["items"]][:3] == ["amount_mismatch", "missing_ours", "missing_theirs"]
    assert await BillReport.all().count() == 1  # run again, the day's report is replaced

    # The same report read back, listed, and exported for the record.
    assert (await client.get(f"/api/admin/v1/payments/reconciliations/{today}")).json() == {
        **report, "run_at": report["run_at"]}
    listed = (await client.get("/api/admin/v1/payments/reconciliations")).json()
    assert listed["items"][0]["bill_date"] == today and listed["items"][0]["missing_ours"] == 1
    r = await client.get(f"/api/admin/v1/payments/reconciliations/{today}/export")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    rows = list(load_workbook(io.BytesIO(r.content), read_only=True).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("类型", "结果", "商户订单号")
    assert ("支付", "金额不符", second.out_trade_no) in {tuple(x[:3]) for x in rows}
    assert any(x and x[0] == "合计" for x in rows)


async def test_reconciliation_is_the_provinces_and_needs_a_published_day(pay_world, wechatpay, client):
    w = pay_world
    h = await _login(client, w.county)
    today = dt.datetime.now(LOCAL).date()
    r = await client.post(f"/api/admin/v1/payments/reconciliations/{today.isoformat()}", headers=h)
    assert r.status_code == 403
    client.cookies.clear()
    h = await _login(client, w.province)
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    r = await client.post(f"/api/admin/v1/payments/reconciliations/{tomorrow}", headers=h)
    assert r.status_code == 409 and r.json()["code"] == "payments.bill_unavailable"
    assert (await client.get("/api/admin/v1/payments/reconciliations/2026-13-01")).status_code == 404
    assert (await client.get("/api/admin/v1/payments/reconciliations/20260101")).status_code == 404
    assert (await client.get(f"/api/admin/v1/payments/reconciliations/{today.isoformat()}")).status_code == 404
    # A day without a trade: WeChat Pay has no bill, and neither do we: balanced, nothing listed.
    quiet = (today - dt.timedelta(days=3)).isoformat()
    r = await client.post(f"/api/admin/v1/payments/reconciliations/{quiet}", headers=h)
    assert r.status_code == 200, r.text
    assert (r.json()["bill_found"], r.json()["state"], r.json()["items"]) == (False, "balanced", [])
    # The worker's morning run over yesterday.
    assert await reconcile.reconcile_job({}) == 0
    assert await BillReport.filter(bill_date=today - dt.timedelta(days=1)).exists()
