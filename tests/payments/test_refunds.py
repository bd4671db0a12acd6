"""Refunds through the console's JSON API, driven to WeChat Pay by the real client: partial then full,
a refund larger than what remains refused (nothing written), a retry after a timeout (the same
out_refund_no) refunding once, a refund by a business domain, and the orders list and detail."""
from __future__ import annotations

import dataclasses

import pytest

from core.accounts.models import AdminAccount
from core.audit.models import AuditLog
from core.events.models import EventOutbox
from core.payments import offline
from core.payments import service as payments
from core.payments.errors import NotRefundable
from core.payments.models import PaymentOrder, PaymentRefund
from core.settings import get_settings, set_settings
from tests import factories
from tests.payments.conftest import ref


async def _paid(w, wechatpay, n: int = 1, amount: int = 1500) -> PaymentOrder:
    started = await payments.checkout(actor=w.payer, reference=ref(n), org_id=w.hospital_id, amount_fen=amount,
                                      description=f"测试订单 {n}")
    assert (await wechatpay.pay(started["pay_params"])).status_code == 200
    await wechatpay.delivered()
    order = await PaymentOrder.get(id=started["order"]["id"])
    assert order.state == "paid"
    return order


async def _console(client, actor) -> dict:
    account = await AdminAccount.get(id=actor.id)
    session = await factories.login(client, account.username)
    return {"X-CSRF-Token": session["csrf_token"]}


async def test_partial_then_full_refund_and_nothing_beyond(pay_world, wechatpay, client):
    w = pay_world
    order = await _paid(w, wechatpay)
    h = await _console(client, w.county)
    url = f"/api/admin/v1/payments/orders/{order.id}/refunds"
    r = await client.post(url, json={"amount_fen": 500, "reason": "部分退款"}, headers=h)
    assert r.status_code == 200, r.text
    first = r.json()["refund"]
    assert first["state"] in ("processing", "success") and first["amount_fen"] == 500
    assert r.json()["order"]["remaining_fen"] == 1000
    await wechatpay.delivered()
    detail = (await client.get(f"/api/admin/v1/payments/orders/{order.id}")).json()
    assert (detail["state"], detail["refunded_fen"], detail["remaining_fen"]) == ("partially_refunded", 500, 1000)
    assert [x["state"] for x in detail["refunds"]] == ["success"] and detail["refunds"][0]["refund_id"]

    # More than what remains: a clear refusal, nothing written, nothing sent.
    r = await client.post(url, json={"amount_fen": 1001, "reason": "超额"}, headers=h)
    assert r.status_code == 422 and r.json()["code"] == "payments.refund_exceeds_remaining"
    assert r.json()["details"] == {"amount_fen": 1001, "remaining_fen": 1000}
    assert await PaymentRefund.filter(order_id=order.id).count() == 1

    r = await client.post(url, json={"amount_fen": 1000, "reason": "余额退款"}, headers=h)
    assert r.status_code == 200, r.text
    await wechatpay.delivered()
    order = await PaymentOrder.get(id=order.id)
    assert (order.state, order.refunded_fen) == ("refunded", 1500)
    r = await client.post(url, json={"amount_fen": 1, "reason": "再退"}, headers=h)
    assert r.status_code == 409 and r.json()["code"] == "payments.not_refundable"
    # Bad input never reaches the service.
    for body in ({"amount_fen": 0, "reason": "x"}, {"amount_fen": 10**12, "reason": "x"}, {"amount_fen": 1},
                 {"amount_fen": 1, "reason": "x" * 81}, {"amount_fen": 1, "reason": "x", "out_refund_no": "坏"}):
        assert (await client.post(url, json=body, headers=h)).status_code == 422
    refunded = await EventOutbox.filter(name="payments.refunded").order_by("id").values_list("payload", flat=True)
    assert [p["amount_fen"] for p in refunded] == [500, 1000] and refunded[-1]["full"] is True
    assert await AuditLog.filter(action="payments.refund", actor_id=str(w.county.id)).count() == 2
    # WeChat Pay refunded exactly what we did.
    assert await offline._get("trade:" + order.out_trade_no)
    assert int(await offline.redis().get(offline._KEY + "refunded:" + order.out_trade_no)) == 1500


async def test_a_refund_retried_after_a_timeout_is_the_same_refund(pay_world, wechatpay, client):
    w = pay_world
    order = await _paid(w, wechatpay)
    h = await _console(client, w.county)
    url = f"/api/admin/v1/payments/orders/{order.id}/refunds"
    # WeChat Pay takes the refund but its answer comes after the client gave up (2 s), and its
    # notification does not reach us: the outcome is unknown here.
    set_settings(dataclasses.replace(get_settings(), wechatpay_notify_base="http://127.0.0.1:9"))
    await wechatpay.fault(method="POST", path="/v3/refund/domestic/refunds", delay_seconds=3)
    r = await client.post(url, json={"amount_fen": 600, "reason": "超时重试", "out_refund_no": "RETRY-0001"},
                          headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["refund"]["state"] == "pending" and r.json()["order"]["remaining_fen"] == 900
    # The console retries with the number it was given: WeChat Pay answers with the refund it has.
    r = await client.post(url, json={"amount_fen": 600, "reason": "超时重试", "out_refund_no": "RETRY-0001"},
                          headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["refund"]["state"] == "success"
    offline.cancel_deliveries()
    refunds = await PaymentRefund.filter(order_id=order.id)
    assert [(x.out_refund_no, x.amount_fen, x.state) for x in refunds] == [("RETRY-0001", 600, "success")]
    order = await PaymentOrder.get(id=order.id)
    assert (order.state, order.refunded_fen) == ("partially_refunded", 600)
    assert int(await offline.redis().get(offline._KEY + "refunded:" + order.out_trade_no)) == 600
    # The same number for another amount is another refund's number: refused.
    r = await client.post(url, json={"amount_fen": 700, "reason": "x", "out_refund_no": "RETRY-0001"}, headers=h)
    assert r.status_code == 409 and r.json()["code"] == "payments.refund_conflict"
    assert await PaymentRefund.filter(order_id=order.id).count() == 1


async def test_a_business_refunds_its_reference_and_an_unpaid_one_is_refused(pay_world, wechatpay):
    w = pay_world
    order = await _paid(w, wechatpay)
    out = await payments.refund_reference(actor=w.payer, reference=ref(1), reason="订单未被接诊，全额退款")
    assert out["amount_fen"] == 1500 and out["state"] in ("processing", "success")
    await wechatpay.delivered()
    assert (await PaymentOrder.get(id=order.id)).state == "refunded"
    with pytest.raises(NotRefundable):
        await payments.refund_reference(actor=w.payer, reference=ref(1), reason="again")
    with pytest.raises(NotRefundable):
        await payments.refund_reference(actor=w.payer, reference=ref(2), reason="never paid")


async def test_orders_list_filters_and_scope(pay_world, wechatpay, client):
    w = pay_world
    paid = await _paid(w, wechatpay, 1)
    await payments.checkout(actor=w.payer, reference=ref(2), org_id=w.hospital_id, amount_fen=300, description="待付")
    elsewhere = await payments.checkout(actor=w.payer, reference=ref(3), org_id=w.tree.hospital_b1.id,
                                        amount_fen=900, description="别处")
    h = await _console(client, w.county)
    r = await client.get("/api/admin/v1/payments/orders")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 2 and {o["reference"] for o in body["items"]} == {ref(1), ref(2)}
    assert (await client.get("/api/admin/v1/payments/orders", params={"state": "paid"})).json()["items"][0][
        "out_trade_no"] == paid.out_trade_no
    assert (await client.get("/api/admin/v1/payments/orders", params={"kind": "tests.order"})).json()["total"] == 2
    assert (await client.get("/api/admin/v1/payments/orders", params={"kind": "records.request"})).json()[
        "total"] == 0
    assert (await client.get("/api/admin/v1/payments/orders", params={"state": "nonsense"})).status_code == 422
    # Another county's order answers like a missing one (and the attempt is audited).
    r = await client.get(f"/api/admin/v1/payments/orders/{elsewhere['order']['id']}")
    assert r.status_code == 404
    r = await client.post(f"/api/admin/v1/payments/orders/{elsewhere['order']['id']}/refunds",
                          json={"amount_fen": 1, "reason": "越权"}, headers=h)
    assert r.status_code in (403, 404)
    assert not await PaymentRefund.exists()
    offline.cancel_deliveries()
