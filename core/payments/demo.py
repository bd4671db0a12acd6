"""Demo data: a payment, a refund and a day's reconciliation as WeChat Pay would bring them,
without reaching WeChat Pay.

Why: `seed-demo` runs as a command while no server (and so no offline WeChat Pay)
answers, yet the demo needs requests that were paid, refunds to look at in the console
(one of them abnormal) and a reconciliation report. The order is made and marked paid,
and refunds are recorded and answered, by the same service functions a notification
drives (the business's `on_paid`, the audit rows, the events); only the gateway is left
out, so the demo's payments are unknown to the offline WeChat Pay's bill, and the demo's
reconciliation compares our records with a bill made of them (plus one trade of
WeChat Pay's we never heard of). Refused in production.
"""
from __future__ import annotations

import datetime as dt
import secrets

from core.db import utcnow
from core.localtime import LOCAL
from core.payments import reconcile, service
from core.payments.gateway import Bill, BillRow, RefundInfo, Transaction
from core.payments.models import PaymentOrder, PaymentRefund
from core.principal import SYSTEM, Principal
from core.settings import get_settings


def _refuse_in_production() -> None:
    if get_settings().is_production:
        raise RuntimeError("demo payments are refused in production")


def _digits(n: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(n))


async def paid_without_gateway(*, actor: Principal, reference: str, org_id: int, amount_fen: int,
                               description: str, channel: str = "miniprogram") -> str:
    """Order `reference` and mark it paid now; the order's out_trade_no."""
    _refuse_in_production()
    appid, openid = await service._payer(actor, channel)
    order, _ = await service._open_order(reference=reference, org_id=org_id, amount_fen=amount_fen,
                                         description=description, channel=channel, appid=appid, openid=openid,
                                         payer_id=actor.id)
    now = utcnow()
    await service.apply_paid(Transaction(
        out_trade_no=order.out_trade_no, trade_state="SUCCESS", amount_fen=amount_fen, success_time=now,
        transaction_id="42000" + now.astimezone(dt.timezone(dt.timedelta(hours=8))).strftime("%Y%m%d")
        + _digits(15)), source="demo")
    return order.out_trade_no


async def refunded_without_gateway(*, actor: Principal, out_trade_no: str, amount_fen: int, reason: str,
                                   status: str = "SUCCESS") -> str:
    """Refund part of a paid order and let WeChat Pay's answer be `status` (SUCCESS, ABNORMAL);
    the refund's out_refund_no."""
    _refuse_in_production()
    order = await PaymentOrder.get(out_trade_no=out_trade_no)
    refund = await service._ask_refund(order_id=order.id, amount_fen=amount_fen, reason=reason, out_refund_no=None,
                                       actor=actor)
    await service.apply_refund(RefundInfo(
        out_refund_no=refund.out_refund_no, status=status, refund_id="503" + _digits(26), out_trade_no=out_trade_no,
        amount_fen=amount_fen, success_time=utcnow() if status == "SUCCESS" else None,
        user_received_account="支付用户零钱" if status == "SUCCESS" else ""), source="demo")
    return refund.out_refund_no


async def reconciled_without_gateway(*, day: dt.date, unknown_fen: int = 0) -> None:
    """The reconciliation of `day` against a bill made of our own successful payments and refunds
    of that day, plus (with `unknown_fen`) a payment only WeChat Pay knows: one difference to look at."""
    _refuse_in_production()
    ours = await reconcile._ours(day)
    rows = [BillRow(kind="payment", out_trade_no=no, transaction_id=o.transaction_id, amount_fen=o.amount_fen,
                    trade_state="SUCCESS") for no, o in ours["payment"].items()]
    for no, o in ours["refund"].items():
        refund = await PaymentRefund.get(out_refund_no=no)
        rows.append(BillRow(kind="refund", out_trade_no=o.out_trade_no, transaction_id=o.transaction_id,
                            amount_fen=o.amount_fen, out_refund_no=no, refund_id=refund.refund_id or "",
                            trade_state="REFUND"))
    if unknown_fen:
        stamp = dt.datetime.combine(day, dt.time(9, 30), LOCAL).strftime("%Y%m%d%H%M%S")
        rows.append(BillRow(kind="payment", out_trade_no=f"P{stamp}D{_digits(9)}", transaction_id="42000" + _digits(23),
                            amount_fen=unknown_fen, trade_state="SUCCESS"))
    bill = Bill(day=day, found=bool(rows), rows=rows, sha1=secrets.token_hex(20) if rows else "")
    await reconcile._store(day, bill, await reconcile.compare(day, bill), SYSTEM)
