"""A business of the tests' own for payments: `tests.order:<id>` orders that a test may cancel.

Why not only record copies: a payment that arrives after its business gave up must be
refused by the business and refunded; record copies cannot be cancelled by the payer,
consultations (which can) come later. The purpose is registered as a domain registers
its own (core/payments/purposes.py), so payments sees no difference.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from core.accounts.models import MpAccount
from core.payments import purposes
from core.principal import Principal
from tests import factories

KIND = "tests.order"


@dataclass
class Shop:
    cancelled: set[int] = field(default_factory=set)
    paid: list[tuple[int, str]] = field(default_factory=list)  # (reference id, out_trade_no) taken
    after_commit: list[int] = field(default_factory=list)


SHOP = Shop()


async def _on_paid(order: purposes.PaidOrder) -> purposes.Decision:
    if order.reference_id in SHOP.cancelled:
        return purposes.Decision(False, reason="测试订单已取消，自动退款")
    SHOP.paid.append((order.reference_id, order.out_trade_no))

    async def pushed() -> None:
        SHOP.after_commit.append(order.reference_id)

    return purposes.Decision(True, after_commit=pushed)


@dataclass
class World:
    tree: factories.Tree
    province: Principal  # the root: reconciles
    county: Principal  # a county commission: sees its hospital's orders
    other_county: Principal
    payer: Principal
    hospital_id: int
    shop: Shop


@pytest.fixture
async def pay_world() -> World:
    purposes.register(KIND, on_paid=_on_paid, label="测试订单")
    SHOP.cancelled.clear(), SHOP.paid.clear(), SHOP.after_commit.clear()
    t = await factories.tree()
    account = await MpAccount.create(openid=f"o-payer-{id(t)}")
    return World(t, await factories.actor(t.province), await factories.actor(t.county_a1),
                 await factories.actor(t.county_b1), Principal(kind="mp", id=account.id, name=f"mp:{account.id}"),
                 t.hospital_a1.id, SHOP)


def ref(n: int) -> str:
    return purposes.reference(KIND, n)
