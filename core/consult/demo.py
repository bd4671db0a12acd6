"""Demo data's hook for consultation orders: an order made now, as if it had happened days ago.

Why: `seed-demo` builds its consultations through the services (order, payment, acceptance, chat,
record, end, rating, refunds), all of which stamp the present; the back office's statistics
(orders by day, response times) need them spread over the past weeks. This moves a finished
order's times and its trail back together, and sets how long the doctor took to reply.
Refused in production.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from core.consult.models import ConsultOrder, ConsultOrderEvent
from core.db import utcnow
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


async def finished_call(order_id: int, *, doctor_account_id: int, days: float, minutes: float,
                        waited_minutes: float) -> None:
    """A checked-in video order that was called, answered and talked `minutes` long, `days` ago, with its
    room already ended (seed-demo runs without a media server, so the room's rows are written as the
    call would have left them). The record and the end of the service go through the desk afterwards.
    Refused in production."""
    if get_settings().is_production:
        raise RuntimeError("demo hooks are refused in production")
    from core.consult.models import ConsultOrderEvent as Trail
    from core.localtime import local_date
    from core.rooms.models import RoomEvent, RoomParticipant, VideoRoom
    from core.rooms.service import new_provider_user

    order = await ConsultOrder.get(id=order_id)
    china = ZoneInfo("Asia/Shanghai")  # a morning's clinic, `days` ago
    start = dt.datetime.combine(local_date(utcnow()) - dt.timedelta(days=days), dt.time(9, 30), tzinfo=china) \
        + dt.timedelta(minutes=20 * days)
    end = start + dt.timedelta(minutes=minutes)
    called = start - dt.timedelta(seconds=40)
    checked_in = called - dt.timedelta(minutes=waited_minutes)
    room = await VideoRoom.create(provider="builtin", provider_room=f"demo-{order.id}", secret="",
                                  subject_type="consult.order", subject_id=order.id,
                                  institution_id=order.institution_id, state="ended", started_at=start, ended_at=end)
    members = [await RoomParticipant.create(room=room, role=role, account_type=kind, account_id=account, display=name,
                                            provider_user=new_provider_user(), token="", joined_at=start,
                                            left_at=end)
               for role, kind, account, name in (("patient", "mp", order.account_id, order.patient_name),
                                                 ("doctor", "admin", doctor_account_id, "医生"))]
    for p in members:
        await RoomEvent.create(room=room, participant=p, kind="joined", detail={})
        await RoomEvent.create(room=room, participant=p, kind="quality",
                               detail={"level": "good", "rtt_ms": 38, "packet_loss_pct": 0.4, "bitrate_kbps": 620})
        await RoomEvent.create(room=room, participant=p, kind="left", detail={})
    await RoomEvent.create(room=room, participant=None, kind="ended", detail={"by": "doctor"})
    await RoomEvent.filter(room=room).update(at=start)
    await ConsultOrder.filter(id=order.id).update(
        state="in_progress", slot_day=local_date(start), checked_in_at=checked_in, calls=1, room_id=room.id,
        accepted_at=start, first_reply_at=start, ends_at=end + dt.timedelta(hours=1))
    for event, to, at in (("check_in", "queued", checked_in), ("call", "calling", called),
                          ("answer", "in_progress", start)):
        await Trail.create(order_id=order.id, event=event, from_state="", to_state=to, actor_type="system", at=at)


async def finished_call_times(order_id: int) -> None:
    """After the desk ended the service now: its end and the call's end back at the room's end."""
    from core.rooms.models import VideoRoom

    order = await ConsultOrder.get(id=order_id)
    room = await VideoRoom.get(id=order.room_id)
    await ConsultOrder.filter(id=order_id).update(finished_at=room.ended_at, call_ended_at=room.ended_at,
                                                  created_at=room.started_at - dt.timedelta(days=2),
                                                  paid_at=room.started_at - dt.timedelta(days=2),
                                                  rated_at=room.ended_at if order.rated_at else None)
    await ConsultOrderEvent.filter(order_id=order_id, event__in=["end"]).update(at=room.ended_at)
    await ConsultOrderEvent.filter(order_id=order_id, event__in=["place", "pay"]).update(
        at=room.started_at - dt.timedelta(days=2))
