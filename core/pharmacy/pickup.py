"""Pick-up codes (seed 004 处方流转/发药: 到院自取): made when a pick-up order is paid, shown to the
patient, typed in at the pharmacy's window.

Why a blind index: the code is a bearer secret (whoever shows it takes the medicines), so it is
stored encrypted like other personal data, and found by `pickup_code_bidx` (core.crypto's keyed
digest), which is unique: no two orders ever share a code. A code works once, for its own order:
the window looks it up within its own hospitals (a code of another hospital is as unknown as a
wrong one), a collected order's code answers 409 `pharmacy.code_used`, and every attempt,
refused or not, is audited. The prescription's signatures are verified again before handing over.
"""
from __future__ import annotations

import secrets

from tortoise.transactions import in_transaction

from core import crypto, scope
from core.audit import service as audit_service
from core.db import transactional
from core.pharmacy import orders
from core.pharmacy.errors import CodeUnknown, CodeUsed, NotReady
from core.pharmacy.models import RxOrder
from core.pharmacy.schemas import OrderDetailOut
from core.pharmacy.states import Event, State
from core.principal import Principal
from core.rx import service as rx_service

PURPOSE = "pharmacy.pickup"
USED = (State.COLLECTED.value, State.RETURNED.value)


def index_of(code: str) -> str:
    return crypto.blind_index(code, purpose=PURPOSE)


async def assign_code(order: RxOrder) -> None:
    """Give a locked pick-up order a fresh 8-digit code (saved by the caller's move)."""
    while True:
        code = f"{secrets.randbelow(10**8):08d}"
        bidx = index_of(code)
        if not await RxOrder.filter(pickup_code_bidx=bidx).exists():
            break
    order.pickup_code, order.pickup_code_bidx = code, bidx
    await order.save(update_fields=["pickup_code", "pickup_code_bidx"])


async def _refuse(actor: Principal, reason: str, order_id: int | None) -> None:
    await audit_service.record(actor=actor, action="pharmacy.pickup", target_type="RxOrder",
                               target_id=order_id or "", outcome="denied", after={"reason": reason})


async def collect(*, actor: Principal, code: str) -> OrderDetailOut:
    """The window hands over the medicines of the order whose code the patient shows, once."""
    await scope.require(actor, "pharmacy.dispense")
    bidx = index_of(code)
    order = await scope.scoped(actor, RxOrder).filter(pickup_code_bidx=bidx).first()
    if order is None:
        elsewhere = await RxOrder.filter(pickup_code_bidx=bidx).first().values_list("id", flat=True)
        await _refuse(actor, "other_hospital" if elsewhere else "unknown", elsewhere)
        raise CodeUnknown()
    if order.state in USED:
        await _refuse(actor, "used", order.id)
        raise CodeUsed(details={"order_number": order.number, "state": order.state})
    if order.state != State.DISPENSED.value:
        await _refuse(actor, f"state:{order.state}", order.id)
        raise NotReady(details={"order_number": order.number, "state": order.state})
    try:
        await rx_service.require_dispensable(actor=actor, prescription_id=order.prescription_id)
    except Exception as exc:
        await _refuse(actor, f"prescription:{getattr(exc, 'code', type(exc).__name__)}", order.id)
        raise
    await _collect(actor, order.id, bidx)
    from core.pharmacy import console

    return await console.detail(actor=actor, order_id=order.id)


@transactional
async def _collect(actor: Principal, order_id: int, bidx: str) -> None:
    async with in_transaction():
        order = await orders.load(order_id, lock=True)
        if order.pickup_code_bidx != bidx or order.state in USED:  # another window was quicker
            raise CodeUsed(details={"order_number": order.number, "state": order.state})
        order.collected_by_id = actor.id
        await order.save(update_fields=["collected_by_id"])
        await orders.move(order, Event.COLLECT, actor=actor, note="凭取药码到窗口取药")
        await audit_service.record(actor=actor, action="pharmacy.pickup", target_type="RxOrder", target_id=order.id,
                                   org_id=order.institution_id, after={"number": order.number})
