"""Demo data: a payment confirmed as WeChat Pay would confirm it, without reaching WeChat Pay.

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
from core.payments.gateway import Transaction
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
