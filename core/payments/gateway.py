"""Charging a patient for a service (record copies now; consultations later).

Why: some institutions charge for record copies (RecordRoom.fee_cents). The
money goes through WeChat Pay in production, which needs a merchant account
this project does not have; services therefore talk to a `PaymentGateway`,
and the `loopback` gateway (the default outside production) settles every
charge at once, so that the flow around payment is real and tested. A real
gateway implements `charge` and registers under its name (PAYMENT_GATEWAY).
"""
from __future__ import annotations

import abc
import secrets
from dataclasses import dataclass

from core.errors import ServiceUnavailable
from core.registry import Registry
from core.settings import get_settings


@dataclass(frozen=True)
class Charge:
    ok: bool
    transaction_id: str = ""
    reason: str = ""


class PaymentGateway(abc.ABC):
    name = ""

    @abc.abstractmethod
    async def charge(self, *, order_no: str, amount_cents: int, description: str, payer_account_id: int) -> Charge:
        """Take `amount_cents` from the payer for `order_no` (idempotent per order_no in real gateways)."""


class LoopbackGateway(PaymentGateway):
    """Settles every charge at once; no money moves. Refused in production by get_gateway."""

    name = "loopback"

    async def charge(self, *, order_no: str, amount_cents: int, description: str, payer_account_id: int) -> Charge:
        if amount_cents <= 0:
            return Charge(False, reason="amount must be positive")
        return Charge(True, transaction_id=f"LOOP{secrets.token_hex(8).upper()}")


GATEWAYS: Registry[PaymentGateway] = Registry("PAYMENT_GATEWAY")
GATEWAYS.register("loopback", LoopbackGateway)


def get_gateway() -> PaymentGateway:
    s = get_settings()
    if s.payment_gateway == "loopback" and s.is_production:
        # The loopback gateway settles without money: an institution that charges needs a real one.
        raise ServiceUnavailable("在线支付尚未开通，请联系医院病案室", details={"gateway": s.payment_gateway})
    return GATEWAYS.create(s.payment_gateway)
