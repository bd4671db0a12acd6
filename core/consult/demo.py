"""Demo data's hook for consultation orders: an order made now, as if it had happened days ago.

Why: `seed-demo` builds its consultations through the services (order, payment, acceptance, chat,
record, end, rating, refunds), all of which stamp the present; the back office's statistics
(orders by day, response times) need them spread over the past weeks. This moves a finished
order's times and its trail back together, and sets how long the doctor took to reply.
Refused in production.
"""
from __future__ import annotations

import datetime as dt

from core.consult.models import ConsultOrder, ConsultOrderEvent
from core.settings import get_settings

TIMES = ("created_at", "paid_at", "accept_by", "reminded_at", "accepted_at", "first_reply_at", "ends_at",
         "finished_at", "refunded_at", "rated_at")


async def backdate(order_id: int, *, days: float = 0, reply_minutes: float | None = None) -> None:
    """Move the order `days` back in time; with `reply_minutes`, the doctor accepted that long before
    the first reply (before now, for an order still running whose reply is not recorded yet)."""
    if get_settings().is_production:
        raise RuntimeError("demo hooks are refused in production")
    order = await ConsultOrder.get(id=order_id)
    shift = dt.timedelta(days=days)
    changes = {name: getattr(order, name) - shift for name in TIMES if getattr(order, name) is not None}
    # Placed and paid a little before the doctor accepted (the seeding did it all in one second).
    before = dt.timedelta(minutes=(reply_minutes or 0) + 5)
    if reply_minutes is not None and order.accepted_at is not None:
        replied = changes.get("first_reply_at") or changes["accepted_at"]
        changes["accepted_at"] = replied - dt.timedelta(minutes=reply_minutes)
    for name in ("created_at", "paid_at"):
        if name in changes:
            changes[name] -= before
    await ConsultOrder.filter(id=order_id).update(**changes)
    for event in await ConsultOrderEvent.filter(order_id=order_id):
        if event.event == "accept" and "accepted_at" in changes:
            at = changes["accepted_at"]
        else:
            at = event.at - shift - (before if event.event in ("place", "pay") else dt.timedelta())
        await ConsultOrderEvent.filter(id=event.id).update(at=at)


async def check_in(actor, order_id: int) -> None:
    """签到 whatever the clock says (the demo's waiting room is seeded at any hour); refused in production."""
    if get_settings().is_production:
        raise RuntimeError("demo hooks are refused in production")
    from core.consult import video

    await video._checked_in(actor, order_id)
