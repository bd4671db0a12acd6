"""WeChat Pay APIv3 end to end: the real wechatpayv3 client against the offline WeChat Pay over TCP,
its notifications posted to our notify endpoint, on the tests' database and Redis.

Order → the payer pays → notification → paid; the forged notification (bad signature, another
platform key, another APIv3 key) and the replayed one change nothing and are audited; a
notification sent again by WeChat Pay (signed afresh) changes nothing either; a stale one is
refused; close; a payment after the business gave up is refunded automatically; the sweeper
takes a payment whose notification never came; certificate mode works like public-key mode.
"""
from __future__ import annotations

import asyncio
import base64
import dataclasses
import datetime as dt
import json
import secrets
import time

import pytest

from core.audit.models import AuditLog
from core.db import utcnow
from core.events.models import EventOutbox
from core.payments import gateway, keys, offline
from core.payments import service as payments
from core.payments.errors import AlreadyPaid, PayerUnknown
from core.payments.models import PaymentNotice, PaymentOrder, PaymentRefund
from core.settings import get_settings, set_settings
from tests.payments.conftest import ref


async def _checkout(w, n: int = 1, amount: int = 1500) -> dict:
    return await payments.checkout(actor=w.payer, reference=ref(n), org_id=w.hospital_id, amount_fen=amount,
                                   description=f"测试订单 {n}", channel="miniprogram")


async def _paid(w, wechatpay, n: int = 1, amount: int = 1500) -> PaymentOrder:
    started = await _checkout(w, n, amount)
    r = await wechatpay.pay(started["pay_params"])
    assert r.status_code == 200 and r.json()["err_msg"] == "get_brand_wcpay_request:ok", r.text
    await wechatpay.delivered()
    return await PaymentOrder.get(out_trade_no=started["order"]["out_trade_no"])


def _resign(notification: dict, bundle: dict, *, timestamp: int | None = None, key: str | None = None) -> dict:
    """The notification's body signed afresh, as WeChat Pay signs each new attempt."""
    stamp, nonce = str(timestamp or int(time.time())), secrets.token_hex(16).upper()
    body = notification["body"]
    return {**notification["headers"], "Wechatpay-Timestamp": stamp, "Wechatpay-Nonce": nonce,
            "Wechatpay-Signature": gateway.sign_base64(key or bundle["platform_private_key"],
                                                       f"{stamp}\n{nonce}\n{body}\n")}


async def test_an_order_is_paid_by_the_payer_and_confirmed_by_the_notification(pay_world, wechatpay):
    w = pay_world
    started = await _checkout(w)
    order = await PaymentOrder.get(out_trade_no=started["order"]["out_trade_no"])
    assert (order.state, order.amount_fen, order.reference, order.open_reference) == (
        "created", 1500, ref(1), ref(1))
    assert order.prepay_id and order.appid == get_settings().wechat_appid
    params = started["pay_params"]
    assert params["package"] == f"prepay_id={order.prepay_id}" and params["signType"] == "RSA"
    # What WeChat's client checks: the merchant's signature over appId, timeStamp, nonceStr, package.
    message = "\n".join(params[k] for k in ("appId", "timeStamp", "nonceStr", "package")) + "\n"
    assert gateway.verify_base64(wechatpay.bundle["merchant_public_key"], message, params["paySign"])
    # Asked again while it fits, the same order and prepay_id come back (one payable order per reference).
    again = await _checkout(w)
    assert again["order"]["id"] == order.id and again["pay_params"]["package"] == params["package"]

    r = await wechatpay.pay(params)
    assert r.status_code == 200, r.text
    sent = await wechatpay.delivered()
    assert [(n["event_type"], n["status"]) for n in sent] == [("TRANSACTION.SUCCESS", 200)]
    order = await PaymentOrder.get(id=order.id)
    assert order.state == "paid" and order.open_reference is None and order.transaction_id.startswith("42000")
    assert order.paid_at is not None and order.trade_state == "SUCCESS"
    assert w.shop.paid == [(1, order.out_trade_no)] and w.shop.after_commit == [1]
    notice = await PaymentNotice.get(out_trade_no=order.out_trade_no)
    assert (notice.event_type, notice.outcome, notice.repeats) == ("TRANSACTION.SUCCESS", "applied", 0)
    log = await AuditLog.get(action="payments.paid")
    assert log.after["source"] == "notification" and log.after["accepted"] is True
    assert await EventOutbox.filter(name="payments.paid").count() == 1
    # WeChat Pay agrees, and asking again changes nothing; the reference cannot be paid twice.
    assert await payments.sync_order(out_trade_no=order.out_trade_no) == "unchanged"
    with pytest.raises(AlreadyPaid):
        await _checkout(w)
    assert w.shop.paid == [(1, order.out_trade_no)]


async def test_a_payer_without_an_openid_for_the_app_is_refused_before_any_order(pay_world, wechatpay):
    with pytest.raises(PayerUnknown):  # an account of the mini-program paying in WeChat's browser
        await payments.checkout(actor=pay_world.payer, reference=ref(1), org_id=pay_world.hospital_id,
                                amount_fen=100, description="x", channel="h5")
    assert not await PaymentOrder.exists()


async def test_forged_notifications_change_nothing_and_are_audited(pay_world, wechatpay, client):
    w = pay_world
    order = await _paid(w, wechatpay)
    real = (await wechatpay.delivered())[0]
    # An order paid by nobody, for which a forger claims a payment.
    unpaid = await PaymentOrder.get(out_trade_no=(await _checkout(w, 2))["order"]["out_trade_no"])
    resource = {"mchid": wechatpay.bundle["mchid"], "out_trade_no": unpaid.out_trade_no,
                "transaction_id": "4200000000000000000000000001", "trade_state": "SUCCESS",
                "amount": {"total": unpaid.amount_fen}, "success_time": dt.datetime.now().astimezone().isoformat()}
    attacker_key, _ = keys._rsa_pem()
    forged_body = json.dumps({
        "id": "forged-1", "create_time": "2026-01-01T00:00:00+08:00", "resource_type": "encrypt-resource",
        "event_type": "TRANSACTION.SUCCESS", "summary": "支付成功",
        "resource": {"original_type": "transaction",
                     # the forger does not know our APIv3 key
                     **offline.encrypt(secrets.token_hex(16), json.dumps(resource), "transaction")}})
    path = gateway.TRANSACTION_NOTIFY_PATH
    attempts = {
        # signed by a key that is not WeChat Pay's platform key
        "another key": (_resign({"body": forged_body, "headers": real["headers"]}, wechatpay.bundle,
                                key=attacker_key), forged_body),
        # WeChat Pay's real notification with its body changed after signing
        "tampered body": (real["headers"], real["body"].replace('"summary": "支付成功"', '"summary": "支付失败"')),
        # no signature at all
        "unsigned": ({"Content-Type": "application/json"}, forged_body),
        # a real signature over a resource sealed with another APIv3 key
        "wrong APIv3 key": (_resign({"body": forged_body, "headers": real["headers"]}, wechatpay.bundle),
                            forged_body),
    }
    before = await AuditLog.filter(action="payments.notify", outcome="denied").count()
    for what, (headers, body) in attempts.items():
        r = await client.post(path, content=body.encode(), headers=headers)
        assert r.status_code == 401, (what, r.text)
        assert r.json()["code"] == "payments.notification_rejected" and r.json()["details"]["reason"] == "signature"
    unpaid = await PaymentOrder.get(id=unpaid.id)
    assert unpaid.state == "created" and unpaid.transaction_id is None
    assert (await PaymentOrder.get(id=order.id)).state == "paid"
    assert await PaymentNotice.all().count() == 1 and w.shop.paid == [(1, order.out_trade_no)]
    denied = await AuditLog.filter(action="payments.notify", outcome="denied").order_by("id")
    assert len(denied) - before == len(attempts) and all(d.after["reason"] == "signature" for d in denied)
    assert all(d.ip for d in denied)  # from where it came


async def test_replayed_and_stale_notifications_are_refused_a_resent_one_changes_nothing(pay_world, wechatpay,
                                                                                        client):
    w = pay_world
    order = await _paid(w, wechatpay)
    real = (await wechatpay.delivered())[0]
    path = gateway.TRANSACTION_NOTIFY_PATH
    # The captured request posted again as it was: its nonce was used.
    r = await client.post(path, content=real["body"].encode(), headers=real["headers"])
    assert r.status_code == 401 and r.json()["details"]["reason"] == "replayed"
    # Signed correctly but six minutes old.
    old = _resign(real, wechatpay.bundle, timestamp=int(time.time()) - 360)
    r = await client.post(path, content=real["body"].encode(), headers=old)
    assert r.status_code == 401 and r.json()["details"]["reason"] == "stale"
    # WeChat Pay sends the same notification again (it heard no answer): taken, nothing changes.
    r = await client.post(path, content=real["body"].encode(), headers=_resign(real, wechatpay.bundle))
    assert r.status_code == 200 and r.json() == {"code": "SUCCESS", "message": "成功"}
    notice = await PaymentNotice.get(out_trade_no=order.out_trade_no)
    assert (notice.outcome, notice.repeats) == ("applied", 1) and notice.last_repeat_at is not None
    assert w.shop.paid == [(1, order.out_trade_no)]
    assert await AuditLog.filter(action="payments.paid").count() == 1
    assert await EventOutbox.filter(name="payments.paid").count() == 1
    reasons = await AuditLog.filter(action="payments.notify", outcome="denied").values_list("after", flat=True)
    assert sorted(a["reason"] for a in reasons) == ["replayed", "stale"]
    # The payment's notification posted to the refund endpoint: not a refund, refused.
    r = await client.post(gateway.REFUND_NOTIFY_PATH, content=real["body"].encode(),
                          headers=_resign(real, wechatpay.bundle))
    assert r.status_code == 401 and r.json()["details"]["reason"] == "malformed"
    assert (await PaymentOrder.get(id=order.id)).state == "paid"


async def test_close_stops_the_payment(pay_world, wechatpay):
    w = pay_world
    started = await _checkout(w)
    closed = await payments.close(reference=ref(1), reason="用户取消")
    assert closed["state"] == "closed" and closed["close_reason"] == "用户取消"
    order = await PaymentOrder.get(id=started["order"]["id"])
    assert order.open_reference is None and order.closed_at is not None
    tx = await gateway.get_gateway().query(out_trade_no=order.out_trade_no)
    assert tx.trade_state == "CLOSED"
    r = await wechatpay.pay(started["pay_params"])  # the payer's sheet was still open
    assert r.status_code == 400 and r.json()["code"] == "ORDER_CLOSED"
    assert (await PaymentOrder.get(id=order.id)).state == "closed"
    # A new checkout opens a new order.
    fresh = await _checkout(w)
    assert fresh["order"]["id"] != order.id and fresh["order"]["state"] == "created"
    assert await EventOutbox.filter(name="payments.closed").count() == 1


async def test_a_payment_after_the_business_gave_up_is_refunded_automatically(pay_world, wechatpay):
    w = pay_world
    started = await _checkout(w)
    w.shop.cancelled.add(1)  # cancelled while the payer stood at the cashier
    r = await wechatpay.pay(started["pay_params"])
    assert r.status_code == 200
    await wechatpay.delivered()  # the payment, then the refund's result
    order = await PaymentOrder.get(id=started["order"]["id"])
    refund = await PaymentRefund.get(order_id=order.id)
    assert refund.automatic and refund.amount_fen == 1500 and refund.reason == "测试订单已取消，自动退款"
    assert refund.state == "success" and refund.succeeded_at is not None and refund.refund_id
    assert (order.state, order.refunded_fen) == ("refunded", 1500)
    assert w.shop.paid == []
    names = await EventOutbox.all().order_by("id").values_list("name", flat=True)
    assert [n for n in names if n.startswith("payments.")] == ["payments.paid", "payments.refund_requested",
                                                               "payments.refunded"]
    events = {e.name: e.payload for e in await EventOutbox.filter(name__startswith="payments.")}
    assert events["payments.paid"]["accepted"] is False and events["payments.refunded"]["full"] is True
    sent = await wechatpay.delivered()
    assert sorted(n["event_type"] for n in sent) == ["REFUND.SUCCESS", "TRANSACTION.SUCCESS"]


def _notifications_lost() -> None:
    """Orders made from now on give WeChat Pay a notify URL where nobody answers."""
    set_settings(dataclasses.replace(get_settings(), wechatpay_notify_base="http://127.0.0.1:9"))


async def test_closing_a_paid_order_takes_the_payment_then_refunds_it(pay_world, wechatpay):
    """The business closes just after the payer paid, the notification not arrived: WeChat Pay says
    paid, not closed; the payment is taken, refused by the business and refunded."""
    w = pay_world
    _notifications_lost()
    started = await _checkout(w)
    w.shop.cancelled.add(1)
    assert (await wechatpay.pay(started["pay_params"])).status_code == 200
    offline.cancel_deliveries()
    result = await payments.close(reference=ref(1), reason="用户取消")
    assert result["state"] == "paid" and result["transaction_id"]  # its refund is under way
    refund = await PaymentRefund.get(order__reference=ref(1))
    assert refund.automatic and refund.state == "processing"
    # The refund's notification is lost too: the sweeper asks WeChat Pay.
    await PaymentRefund.filter(id=refund.id).update(updated_at=utcnow() - dt.timedelta(minutes=5))
    await asyncio.sleep(offline.REFUND_SECONDS)
    assert await payments.sweep() == 1
    order = await PaymentOrder.get(id=started["order"]["id"])
    assert (order.state, order.refunded_fen) == ("refunded", 1500)
    assert (await PaymentRefund.get(id=refund.id)).state == "success" and w.shop.paid == []


async def test_the_sweeper_takes_a_payment_whose_notification_never_came_and_closes_the_unpaid(pay_world,
                                                                                             wechatpay):
    w = pay_world
    _notifications_lost()
    lost = await _checkout(w, 1)
    unpaid = await _checkout(w, 2)
    await wechatpay.pay(lost["pay_params"])
    offline.cancel_deliveries()
    assert (await PaymentOrder.get(id=lost["order"]["id"])).state == "created"
    assert await payments.sweep() == 0  # not past their time yet: the payer may still pay
    await PaymentOrder.filter(id__in=[lost["order"]["id"], unpaid["order"]["id"]]).update(
        expires_at=utcnow() - dt.timedelta(minutes=5))
    assert await payments.sweep() == 2
    paid, closed = await PaymentOrder.get(id=lost["order"]["id"]), await PaymentOrder.get(id=unpaid["order"]["id"])
    assert paid.state == "paid" and paid.transaction_id and w.shop.paid == [(1, paid.out_trade_no)]
    assert (closed.state, closed.close_reason) == ("closed", "支付超时")
    assert (await gateway.get_gateway().query(out_trade_no=closed.out_trade_no)).trade_state == "CLOSED"
    assert (await AuditLog.get(action="payments.paid")).after["source"] == "query"


async def test_certificate_mode_downloads_the_platform_certificate_and_verifies_with_it(pay_world, wechatpay,
                                                                                       tmp_path):
    """A merchant without a platform public key id: the client downloads WeChat Pay's certificates
    (encrypted with the APIv3 key) and checks answers and notifications against them."""
    b = wechatpay.bundle
    set_settings(dataclasses.replace(
        get_settings(), wechatpay_mchid=b["mchid"], wechatpay_private_key=b["merchant_private_key"],
        wechatpay_cert_serial_no=b["merchant_serial_no"], wechatpay_apiv3_key=b["apiv3_key"],
        wechatpay_public_key="", wechatpay_public_key_id="", wechatpay_cert_dir=str(tmp_path / "certs")))
    order = await _paid(pay_world, wechatpay)
    assert order.state == "paid"
    sent = (await wechatpay.delivered())[0]
    assert sent["headers"]["Wechatpay-Serial"] == b["platform_certificate_serial_no"]
    assert list((tmp_path / "certs").glob("*.pem"))  # kept for the next start
    assert base64.b64decode(sent["headers"]["Wechatpay-Signature"])
