"""Demo payments for the console's 支付订单, 退款管理 and 支付对账: the paid record-copy fee of the
demo (core/demo/requests.py) partly refunded (one refund succeeded, one came back ABNORMAL, for
the operator to settle at the merchant platform), and the reconciliation of the last week's
days, today's with one trade only WeChat Pay knows.

Why: the demo shows every kind of row the pages have; it runs while no server (and so no
offline WeChat Pay) answers, so WeChat Pay's answers are played by core/payments/demo.py.
"""
from __future__ import annotations

import datetime as dt

from core.localtime import LOCAL
from core.payments import demo as payments_demo
from core.payments.models import PaymentOrder
from core.principal import Principal


async def seed_payments(actor: Principal) -> None:
    """`actor`: the administrator who refunds (the district's)."""
    # The record-copy fee: refunds of it concern nobody else (a consultation's refunds are its own).
    order = await PaymentOrder.filter(state="paid", reference__startswith="records.request:").order_by("id").first()
    if order is not None and order.amount_fen >= 300:
        await payments_demo.refunded_without_gateway(actor=actor, out_trade_no=order.out_trade_no, amount_fen=100,
                                                     reason="复印页数少于预计，退还差额")
        await payments_demo.refunded_without_gateway(actor=actor, out_trade_no=order.out_trade_no, amount_fen=200,
                                                     reason="邮寄改为自取，退还邮费", status="ABNORMAL")
    today = dt.datetime.now(LOCAL).date()
    for back in range(6, -1, -1):
        await payments_demo.reconciled_without_gateway(day=today - dt.timedelta(days=back),
                                                       unknown_fen=1000 if back == 0 else 0)
