"""The payments back office (/admin/payments/…), driven through the served app as a browser without
JavaScript does, against the offline WeChat Pay driven by the real client: a county's
administrator finds orders by state, business, number and date with their totals, exports them,
opens one (payer masked, business, notifications), refunds part of it in 元, is refused a refund
beyond what is left (the service's reason beside the form, nothing written), closes an unpaid
order, syncs; refunds are listed by state, asked about again, an abnormal one is settled by hand
with a note (audited); the province reconciles a day and reads its differences, trend and xlsx.
Out of scope orders answer like missing ones, and the menu follows the permissions."""
from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from openpyxl import load_workbook

from core.accounts.models import AdminAccount
from core.audit.models import AuditLog
from core.family import patients
from core.localtime import LOCAL
from core.payments import offline
from core.payments import service as payments
from core.payments.models import BillReport, PaymentOrder, PaymentRefund
from tests import factories
from tests.admin_web.world import Pages
from tests.payments.conftest import ref
from tests.payments.test_refunds import _paid


async def _pages(client, actor) -> Pages:
    pages = Pages(client)
    r = await pages.login((await AdminAccount.get(id=actor.id)).username)
    assert r.status_code == 303
    return pages


def _csrf_form(text: str, action: str) -> dict[str, str]:
    """The hidden fields of the form posting to `action` (its own out_refund_no, for one)."""
    form = re.search(rf'<form method="post" action="{re.escape(action)}"[^>]*>(.*?)</form>', text, re.S).group(1)
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))


async def test_orders_list_detail_refund_and_a_refund_beyond_the_remainder(pay_world, wechatpay, client):
    w = pay_world
    await patients.set_identity(actor=w.payer, name="王小明", id_number=factories.id_number(born="19800101"),
                                phone="13912345678")
    paid = await _paid(w, wechatpay, 1, 1500)
    waiting = (await payments.checkout(actor=w.payer, reference=ref(2), org_id=w.hospital_id, amount_fen=300,
                                       description="测试订单 2"))["order"]
    elsewhere = (await payments.checkout(actor=w.payer, reference=ref(3), org_id=w.tree.hospital_b1.id,
                                         amount_fen=900, description="别处的订单"))["order"]
    pages = await _pages(client, w.county)

    # The menu: orders and refunds (the county holds payments.read), not the province's reconciliation.
    home = await pages.get("/admin/")
    assert 'href="/admin/payments/orders"' in home.text and 'href="/admin/payments/refunds"' in home.text
    assert 'href="/admin/payments/reconciliations"' not in home.text

    listing = await pages.get("/admin/payments/orders")
    assert listing.status_code == 200
    assert paid.out_trade_no in listing.text and waiting["out_trade_no"] in listing.text
    assert elsewhere["out_trade_no"] not in listing.text and "别处的订单" not in listing.text
    assert '<span class="stat-number" data-received>15.00</span>' in listing.text
    assert '<span class="stat-number" data-paid-orders>1</span>' in listing.text
    assert "<span data-kind>测试订单</span>" in listing.text  # the business kind's label
    r = await pages.get("/admin/payments/orders?state=created")
    assert waiting["out_trade_no"] in r.text and paid.out_trade_no not in r.text
    r = await pages.get(f"/admin/payments/orders?number={paid.transaction_id}")  # WeChat Pay's number finds it too
    assert paid.out_trade_no in r.text and waiting["out_trade_no"] not in r.text
    today = dt.datetime.now(LOCAL).date()
    r = await pages.get(f"/admin/payments/orders?date_to={today - dt.timedelta(days=1)}")
    assert 'class="empty"' in r.text and paid.out_trade_no not in r.text
    r = await pages.get("/admin/payments/orders?kind=tests.order&state=paid", htmx=True)  # the list fragment
    assert r.text.startswith('<div id="list"') and paid.out_trade_no in r.text
    r = await pages.get("/admin/payments/orders?date_from=yesterday")
    assert r.status_code == 422 and "查询条件有误" in r.text

    # Export: every filtered order, amounts in 元, audited.
    r = await pages.get("/admin/payments/orders/export?state=paid")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(r.content)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["商户订单号", "微信支付单号", "业务类型"]
    assert rows[1][0] == paid.out_trade_no and rows[1][7] == "15.00" and rows[-1][7] == "15.00"
    assert len(rows) == 4  # header, one order, a blank line, the totals
    assert await AuditLog.filter(action="payments.export", actor_id=str(w.county.id)).count() == 1

    # One order: payer masked, business, notifications received, refunds.
    detail = await pages.get(f"/admin/payments/orders/{paid.id}")
    assert detail.status_code == 200
    assert "王*明" in detail.text and "139****5678" in detail.text and "王小明" not in detail.text
    assert "13912345678" not in detail.text and paid.openid not in detail.text
    assert ref(1) in detail.text and "支付成功通知" in detail.text and "已更新订单" in detail.text
    assert 'data-action="refund"' in detail.text and 'data-action="close"' not in detail.text

    # Refund 5.00 元 of it: a refund row in fen, audited, the payer's money on its way.
    form = _csrf_form(detail.text, f"/admin/payments/orders/{paid.id}/refund")
    number = form["out_refund_no"]
    r = await pages.submit(f"/admin/payments/orders/{paid.id}/refund",
                           {"amount": "5", "reason": "部分退款", "out_refund_no": number})
    assert r.posted.status_code == 303 and r.posted.headers["location"].startswith(
        f"/admin/payments/orders/{paid.id}?flash=")
    assert re.search(r"已退款 5\.00 元|退款 5\.00 元已提交微信支付", r.text), r.text
    refund = await PaymentRefund.get(order_id=paid.id)
    assert (refund.out_refund_no, refund.amount_fen, refund.reason, refund.requested_by_type) == (
        number, 500, "部分退款", "admin")
    assert await AuditLog.filter(action="payments.refund", actor_id=str(w.county.id), target_id=str(paid.id)).count() == 1
    # The same form sent again (a double click): the same refund, not a second one.
    await pages.post(f"/admin/payments/orders/{paid.id}/refund", {"amount": "5", "reason": "部分退款",
                                                                  "out_refund_no": number})
    assert await PaymentRefund.filter(order_id=paid.id).count() == 1
    await wechatpay.delivered()
    assert (await PaymentOrder.get(id=paid.id)).refunded_fen == 500

    # More than what is left: the service's refusal beside the form, what was typed kept, nothing written.
    here = f"http://testserver/admin/payments/orders/{paid.id}"
    page = await pages.get(f"/admin/payments/orders/{paid.id}")
    assert "剩余可退金额 10.00 元" in page.text
    form = _csrf_form(page.text, f"/admin/payments/orders/{paid.id}/refund")
    r = await pages.submit(f"/admin/payments/orders/{paid.id}/refund",
                           {"amount": "10.01", "reason": "超额退款", "out_refund_no": form["out_refund_no"]},
                           headers={"Referer": here})
    assert r.posted.status_code == 303
    assert 'data-error-code="payments.refund_exceeds_remaining"' in r.text
    assert "退款金额超过订单剩余可退金额：本单剩余可退 10.00 元" in r.text and 'value="10.01"' in r.text
    assert await PaymentRefund.filter(order_id=paid.id).count() == 1
    assert not await PaymentRefund.filter(out_refund_no=form["out_refund_no"]).exists()
    # Amounts that are not money never reach the service.
    for amount in ("0", "-1", "abc", "1.234", "NaN"):
        r = await pages.submit(f"/admin/payments/orders/{paid.id}/refund", {"amount": amount, "reason": "x"})
        assert 'data-error-for="amount"' in r.text, amount
    assert await PaymentRefund.filter(order_id=paid.id).count() == 1
    # The rest of it: refunded in full, no refund form any more.
    r = await pages.submit(f"/admin/payments/orders/{paid.id}/refund", {"amount": "10.00", "reason": "余额退款"})
    await wechatpay.delivered()
    order = await PaymentOrder.get(id=paid.id)
    assert (order.state, order.refunded_fen) == ("refunded", 1500)
    page = await pages.get(f"/admin/payments/orders/{paid.id}")
    assert 'data-action="refund"' not in page.text and "退款成功通知" in page.text

    # 同步状态 asks WeChat Pay; nothing changes for a settled order, and the ask is audited.
    r = await pages.submit(f"/admin/payments/orders/{paid.id}/sync")
    assert "同步完成：与微信支付一致" in r.text
    assert await AuditLog.filter(action="payments.sync", actor_id=str(w.county.id)).count() == 1

    # 关闭 an order waiting for payment: closed at WeChat Pay and here, by this administrator.
    page = await pages.get(f"/admin/payments/orders/{waiting['id']}")
    assert 'data-action="close"' in page.text and 'data-action="refund"' not in page.text
    r = await pages.submit(f"/admin/payments/orders/{waiting['id']}/close", {"reason": ""})
    assert 'data-error-for="reason"' in r.text
    r = await pages.submit(f"/admin/payments/orders/{waiting['id']}/close", {"reason": "患者已线下缴费"})
    assert "订单已关闭" in r.text
    closed = await PaymentOrder.get(id=waiting["id"])
    assert (closed.state, closed.close_reason, closed.open_reference) == ("closed", "患者已线下缴费", None)
    assert await AuditLog.filter(action="payments.close", actor_id=str(w.county.id),
                                 target_id=str(closed.id)).count() == 1
    r = await pages.submit(f"/admin/payments/orders/{waiting['id']}/close", {"reason": "再关一次"},
                           headers={"Referer": f"http://testserver/admin/payments/orders/{waiting['id']}"})
    assert "只有待支付的订单可以关闭" in r.text

    # Another county's order answers like a missing one, for reading and for writing.
    assert (await pages.get(f"/admin/payments/orders/{elsewhere['id']}")).status_code == 404
    r = await pages.post(f"/admin/payments/orders/{elsewhere['id']}/refund", {"amount": "1", "reason": "x"})
    assert r.status_code == 404
    assert (await pages.post(f"/admin/payments/orders/{elsewhere['id']}/close", {"reason": "x"})).status_code == 404
    assert (await PaymentOrder.get(id=elsewhere["id"])).state == "created"

    # Read-only roles see the orders but get no forms, and a forged post is refused.
    viewer = await factories.admin(w.tree.county_a1, roles=("viewer",), username="pay_viewer")
    other = Pages(client, ip="10.20.0.2")
    await other.login(viewer.username)
    assert (await other.get("/admin/payments/orders")).status_code == 403


async def test_refunds_page_requery_and_an_abnormal_refund_settled_by_hand(pay_world, wechatpay, client,
                                                                           monkeypatch):
    w = pay_world
    first = await _paid(w, wechatpay, 1, 2000)
    second = await _paid(w, wechatpay, 2, 800)
    # WeChat Pay keeps refunds "processing" for a while in this test: their outcome comes by query.
    monkeypatch.setattr(offline, "REFUND_SECONDS", 600)
    await payments.admin_refund(actor=w.county, order_id=first.id, amount_fen=700, reason="退还差额")
    await payments.admin_refund(actor=w.county, order_id=second.id, amount_fen=800, reason="全额退款")
    broken = await PaymentRefund.get(order_id=first.id)
    fine = await PaymentRefund.get(order_id=second.id)
    assert (broken.state, fine.state) == ("processing", "processing")
    # The payer's card was cancelled: WeChat Pay reports the first refund ABNORMAL.
    kept = await offline._get("refund:" + broken.out_refund_no)
    await offline._put("refund:" + broken.out_refund_no, {**kept, "status": "ABNORMAL"})

    pages = await _pages(client, w.county)
    listing = await pages.get("/admin/payments/refunds")
    assert broken.out_refund_no in listing.text and fine.out_refund_no in listing.text
    assert 'data-count="processing">2<' in listing.text and 'data-count="unhandled">0<' in listing.text
    assert len(re.findall(r'data-action="requery"', listing.text)) == 2

    # Batch 重新查询: the first comes back abnormal, the second stays processing; each row answers.
    back = "/admin/payments/refunds"
    r = await pages.submit(f"{back}/requery", {"ids": [broken.id, fine.id], f"label_{broken.id}": broken.out_refund_no})
    assert r.posted.headers["location"].startswith(back)
    assert "批量重新查询" in r.text and "成功 <b data-outcome-ok>2</b> 条" in r.text
    assert (await PaymentRefund.get(id=broken.id)).state == "abnormal"
    assert 'data-count="unhandled">1<' in r.text and "商户平台（pay.weixin.qq.com）→ 交易中心" in r.text
    assert await AuditLog.filter(action="payments.refund_query", actor_id=str(w.county.id)).count() == 2
    r = await pages.submit(f"{back}/requery", {})
    assert "请先勾选要查询的退款" in r.text

    # The abnormal tab; settled at the merchant platform, recorded with a note (audited).
    r = await pages.get(f"{back}?unhandled=true")
    assert broken.out_refund_no in r.text and fine.out_refund_no not in r.text and 'data-handled-form' in r.text
    page = await pages.get(f"/admin/payments/orders/{first.id}")
    assert "退款异常 7.00 元" in page.text and "有退款异常待处理" in page.text
    r = await pages.submit(f"{back}/{broken.id}/handled", {"note": "", "unhandled": "true"})
    assert r.posted.headers["location"].startswith(f"{back}?unhandled=true")
    assert 'data-error-for="note"' in r.text
    assert (await PaymentRefund.get(id=broken.id)).handled_at is None
    r = await pages.submit(f"{back}/{broken.id}/handled", {"note": "已在商户平台退款至用户零钱", "unhandled": "true"})
    assert "已记录处理说明" in r.text
    settled = await PaymentRefund.get(id=broken.id)
    assert settled.handled_note == "已在商户平台退款至用户零钱" and settled.handled_by_id == w.county.id
    assert settled.state == "abnormal"  # WeChat Pay's state is not ours to change
    row = await AuditLog.get(action="payments.refund_handled", target_id=str(broken.id))
    assert row.actor_id == str(w.county.id) and row.after["note"] == "已在商户平台退款至用户零钱"
    r = await pages.submit(f"{back}/{broken.id}/handled", {"note": "再记一次"},
                           headers={"Referer": "http://testserver/admin/payments/refunds"})
    assert "该退款异常已标记为处理完毕" in r.text
    r = await pages.submit(f"{back}/{fine.id}/handled", {"note": "不是异常"},
                           headers={"Referer": "http://testserver/admin/payments/refunds"})
    assert "只有退款异常的退款需要人工处理" in r.text and (await PaymentRefund.get(id=fine.id)).handled_at is None

    # The money reached the payer at last: asked again, both refunds succeed and the orders follow.
    for no in (broken.out_refund_no, fine.out_refund_no):
        kept = await offline._get("refund:" + no)
        await offline._put("refund:" + no, {**kept, "status": "SUCCESS",
                                            "success_time": offline._rfc3339(offline._now())})
    r = await pages.submit(f"{back}/{broken.id}/requery", {"state": "abnormal"})
    assert r.posted.headers["location"].startswith(f"{back}?state=abnormal&flash=")
    assert "状态已更新为退款成功" in r.text
    r = await pages.submit(f"/admin/payments/orders/{second.id}/sync")  # the order's sync asks its refunds too
    assert (await PaymentRefund.get(id=fine.id)).state == "success"
    assert [(o.state, o.refunded_fen) for o in await PaymentOrder.filter(id__in=[first.id, second.id]).order_by("id")] \
        == [("partially_refunded", 700), ("refunded", 800)]
    r = await pages.submit(f"{back}/{fine.id}/requery", {}, headers={"Referer": "http://testserver/admin/payments/refunds"})
    assert "该退款已有结果，无需重新查询" in r.text
    listing = await pages.get(f"{back}?state=success")
    assert broken.out_refund_no in listing.text and "data-handled" in listing.text
    assert 'data-action="requery"' not in listing.text


async def test_the_province_reconciles_a_day_in_the_console(pay_world, wechatpay, client):
    w = pay_world
    first = await _paid(w, wechatpay, 1, 1500)
    await _paid(w, wechatpay, 2, 800)
    await payments.admin_refund(actor=w.county, order_id=first.id, amount_fen=300, reason="部分退款")
    await wechatpay.delivered()
    # Planted: our record of the second payment says another amount than WeChat Pay's bill.
    await PaymentOrder.filter(reference=ref(2)).update(amount_fen=900)
    today = dt.datetime.now(LOCAL).date().isoformat()

    county = await _pages(client, w.county)
    assert 'href="/admin/payments/reconciliations"' not in (await county.get("/admin/")).text
    assert (await county.get("/admin/payments/reconciliations")).status_code == 403

    pages = await _pages(client, w.province)
    home = await pages.get("/admin/")
    assert 'href="/admin/payments/reconciliations"' in home.text
    listing = await pages.get("/admin/payments/reconciliations")
    assert "尚未对账" in listing.text and 'data-chart="payments_bill_trend"' in listing.text
    r = await pages.submit("/admin/payments/reconciliations/run", {"bill_date": ""})
    assert 'data-error-for="bill_date"' in r.text
    tomorrow = (dt.datetime.now(LOCAL).date() + dt.timedelta(days=1)).isoformat()
    r = await pages.submit("/admin/payments/reconciliations/run", {"bill_date": tomorrow},
                           headers={"Referer": "http://testserver/admin/payments/reconciliations"})
    assert "该日账单暂不可下载" in r.text and not await BillReport.exists()

    r = await pages.submit("/admin/payments/reconciliations/run", {"bill_date": today})
    assert r.posted.headers["location"].startswith(f"/admin/payments/reconciliations/{today}?flash=")
    assert f"{today} 对账完成：发现 1 笔差异" in r.text
    assert '<span class="stat-number" data-count="matched">2</span>' in r.text
    assert '<span class="stat-number" data-count="amount_mismatch">1</span>' in r.text
    mismatch = re.findall(r'<tr data-item-outcome="([a-z_]+)">', r.text)
    assert mismatch == ["amount_mismatch"]  # the differences first, only they by default
    assert "8.00" in r.text and "9.00" in r.text
    everything = await pages.get(f"/admin/payments/reconciliations/{today}?view=all")
    assert len(re.findall(r'<tr data-item-outcome="', everything.text)) == 3
    assert f'href="/admin/payments/orders/{first.id}"' in everything.text

    trend = await pages.get(f"/admin/payments/reconciliations/trend.json?until={today}")
    assert trend.status_code == 200
    assert json.loads(trend.text)["days"] == [{"day": today, "matched": 2, "differences": 1}]
    assert (await pages.get("/admin/payments/reconciliations/trend.json?until=nope")).status_code == 422

    r = await pages.get(f"/admin/payments/reconciliations/{today}/export")
    assert r.status_code == 200
    rows = [[c.value for c in row] for row in load_workbook(io.BytesIO(r.content)).active.iter_rows()]
    assert rows[1][:2] == ["支付", "金额不符"]
    listing = await pages.get("/admin/payments/reconciliations")
    assert f'data-row-id="{today}"' in listing.text and "有差异" in listing.text
    assert (await pages.get("/admin/payments/reconciliations/2026-02-30")).status_code == 404
    assert (await pages.get("/admin/payments/reconciliations/2001-01-01")).status_code == 404
    assert await AuditLog.filter(action="payments.reconcile", actor_id=str(w.province.id)).count() == 1


@pytest.mark.parametrize("roles", [("record_room",), ("customer_service",)])
async def test_no_payment_menu_without_the_permission(pay_world, wechatpay, client, roles):
    w = pay_world
    await _paid(w, wechatpay, 1, 100)
    account = await factories.admin(w.tree.hospital_a1, roles=roles)
    pages = Pages(client)
    await pages.login(account.username)
    home = await pages.get("/admin/")
    assert "/admin/payments/" not in home.text
    assert (await pages.get("/admin/payments/orders")).status_code == 403
