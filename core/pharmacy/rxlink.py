"""What the pharmacy asks of the prescriptions' domain and of the medical dictionaries.

Why one module: the pharmacy depends on three things owned elsewhere — that a prescription may be
dispensed (approved, both signatures verified: core/rx's `require_dispensable`), the timeline every
step is written on (core/rx's `record_event`), and the delivery fee (the 配送费 charge item of the
medical dictionaries). Naming them here keeps the pharmacy's services free of those domains'
details, and the one place to change if their interfaces grow.
"""
from __future__ import annotations

from typing import Any

from core.principal import Principal
from core.rx import service as rx_service
from core.rx.models import Prescription


async def require_dispensable(*, actor: Principal, prescription_id: int) -> Prescription:
    """Approved, and the doctor's and the pharmacist's signatures verified (409 `rx.not_approved` /
    `signing.document_altered` otherwise)."""
    return await rx_service.require_dispensable(actor=actor, prescription_id=prescription_id)


async def record_event(*, prescription_id: int, event: str, order_id: int, actor_type: str, actor_id: int | None = None,
                       actor_name: str = "", note: str = "", data: dict[str, Any] | None = None) -> None:
    """One step of the prescription's timeline for the order (core/rx/states.py TIMELINE names it)."""
    await rx_service.record_event(prescription_id=prescription_id, event=event, actor_type=actor_type,
                                  actor_id=actor_id, actor_name=actor_name, note=note[:500], data=data,
                                  order_id=order_id)


async def delivery_fee_fen() -> int | None:
    """The price of the enabled 配送费 charge item (category delivery); None when there is none."""
    from core.dicts import medical

    rows = await medical.search_charge_items(q="", category="delivery", limit=1)
    return int(rows[0].price_fen) if rows else None
