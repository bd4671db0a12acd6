"""Demo data: a payment (and a refund) confirmed as WeChat Pay would confirm it, without reaching WeChat Pay.

Why: `seed-demo` runs as a command while no server (and so no offline WeChat Pay)
answers, yet the demo needs requests that were paid. The order is made and marked
paid by the same service functions a notification drives (the business's `on_paid`,
the audit rows, the events); only the gateway is left out, so the demo's payments
are unknown to the offline WeChat Pay's bill. Refused in production.
"""
from __future__ import annotations

import datetime as dt
import secrets

from core.db import utcnow
from core.payments import service
from core.payments.gateway import RefundInfo, Transaction
from core.payments.models import PaymentOrder
from core.principal import Principal
from core.settings import get_settings


async def paid_without_gateway(*, actor: Principal, reference: str, org_id: int, amount_fen: int,
                               description: str, channel: str = "miniprogram") -> str:
    """Order `reference` and mark it paid now; the order's out_trade_no."""
    if get_settings().is_production:
        raise RuntimeError("demo payments are refused in production")
    appid, openid = await service._payer(actor, channel)
    order, _ = await service._open_order(reference=reference, org_id=org_id, amount_fen=amount_fen,
                                         description=description, channel=channel, appid=appid, openid=openid,
                                         payer_id=actor.id)
    now = utcnow()
    await service.apply_paid(Transaction(
        out_trade_no=order.out_trade_no, trade_state="SUCCESS", amount_fen=amount_fen, success_time=now,
        transaction_id="42000" + now.astimezone(dt.timezone(dt.timedelta(hours=8))).strftime("%Y%m%d")
        + "".join(secrets.choice("0123456789") for _ in range(15))), source="demo")
    return order.out_trade_no


async def refunded_without_gateway(*, actor: Principal, reference: str, reason: str, amount_fen: int | None = None,
                                   out_refund_no: str | None = None) -> str:
    """Refund (part of) the paid order of `reference` and mark the refund succeeded now, as WeChat Pay's
    refund notification would; the refund's out_refund_no. Refused in production."""
    if get_settings().is_production:
        raise RuntimeError("demo refunds are refused in production")
    order = await PaymentOrder.filter(reference=reference).order_by("-id").first()
    if order is None:
        raise RuntimeError(f"no payment order for {reference}")
    refund = await service._ask_refund(order_id=order.id, amount_fen=amount_fen, reason=reason,
                                       out_refund_no=out_refund_no, actor=actor)
    await service.apply_refund(RefundInfo(out_refund_no=refund.out_refund_no, status="SUCCESS",
                                          refund_id="50300" + secrets.token_hex(10), out_trade_no=order.out_trade_no,
                                          amount_fen=refund.amount_fen, success_time=utcnow()), source="demo")
    return refund.out_refund_no
