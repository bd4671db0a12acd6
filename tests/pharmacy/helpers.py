"""Shared steps of the pharmacy tests: the world with a delivery fee, an approved prescription, paying."""
from __future__ import annotations

from core import wiring
from core.dicts.models import ChargeItem
from core.pharmacy import patient
from core.pharmacy.schemas import AddressIn, OrderIn
from tests import factories

DELIVERY_FEE = 1200


async def world():
    wiring.wire()
    w = await factories.rx_world()
    await ChargeItem.create(code="PS001", name="配送费", category="delivery", unit="次", price_fen=DELIVERY_FEE)
    return w


async def approved(w, **kw):
    """An approved prescription of the world's patient (w.consult.parent), signed by the doctor and passed
    by the pharmacist through core/rx: what require_dispensable accepts."""
    return await factories.rx_signed_approved(w, **kw)


async def address(who, **kw):
    from core.pharmacy import addresses

    data = {"receiver": "王大山", "phone": "13800138000", "region": "湖北省 武汉市 江岸区",
            "detail": "解放大道 1000 号 3 栋 201", **kw}
    return await addresses.create(actor=who.actor, data=AddressIn(**data))


async def order(w, rx, who=None, *, fulfilment="pickup", address_id=None):
    who = who or w.consult.child
    return await patient.place(actor=who.actor, data=OrderIn(prescription_id=rx.id, fulfilment=fulfilment,
                                                             address_id=address_id))


async def paid(w, wechatpay, order_id, who=None) -> None:
    who = who or w.consult.child
    started = await patient.pay(actor=who.actor, order_id=order_id)
    r = await wechatpay.pay(started.payment.pay_params.model_dump())
    assert r.status_code == 200, r.text
    await wechatpay.delivered()
