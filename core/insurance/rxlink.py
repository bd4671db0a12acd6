"""The two things the insurance adapter needs of core/rx: is this prescription fit to go onward
(approved, both signatures verified) and a step on its timeline.

Why a module of its own: both belong to core/rx's public service (`require_dispensable`,
`record_event`, issue 14's contract); this is the one place that calls them.
"""
from __future__ import annotations

from typing import Any

from core.principal import Principal
from core.rx import service as rx_service
from core.rx.models import Prescription


async def require_dispensable(*, actor: Principal, prescription_id: int) -> Prescription:
    """409 `rx.not_approved` / `signing.document_altered` for what must not reach the centre."""
    return await rx_service.require_dispensable(actor=actor, prescription_id=prescription_id)


async def record_event(*, prescription_id: int, event: str, actor_type: str, actor_id: int | None = None,
                       actor_name: str = "", note: str = "", data: dict[str, Any] | None = None) -> None:
    await rx_service.record_event(prescription_id=prescription_id, event=event, actor_type=actor_type,
                                  actor_id=actor_id, actor_name=actor_name, note=note[:500], data=data)
