"""邀请视频会诊: what a doctor invited into a running video consultation may read of its order.

Why a module: the invited doctor is not the order's doctor (core/consult/desk.py refuses them,
rightly), yet seed 004 wants them to see the patient's question, record and history while they
take part. Their right comes from the room (core/rooms): an admitted, not removed member of the
order's open room with the role guest_doctor. It ends when they leave the consultation: removed,
or the room ended. They read; they never write the record, and every reading is audited.
"""
from __future__ import annotations

from core.audit import service as audit_service
from core.consult import service as core
from core.consult.desk import me
from core.consult.errors import OrderNotFound
from core.consult.models import ConsultRecord
from core.consult.schemas import DeskOrderOut
from core.principal import Principal
from core.rooms import service as rooms

GUEST_ROLES = ("guest_doctor",)


async def room_order(*, actor: Principal, room_id: int) -> DeskOrderOut:
    """The order of the room the actor was invited into, read-only."""
    await me(actor)  # a doctor's console account
    room = await rooms.get_room(room_id)
    p = await rooms.participant_of(actor, room)
    if room.subject_type != core.PAYMENT_KIND or p.role not in GUEST_ROLES or p.state == "removed" \
            or room.state != "open":
        await audit_service.record_denied(actor=actor, action="consult.guest_read", target_type="video_room",
                                          target_id=room.id, reason=f"{p.role}/{p.state}/{room.state}")
        raise OrderNotFound(details={"room_id": room_id})
    order = await core.load(room.subject_id)
    record = await ConsultRecord.get_or_none(order_id=order.id)
    history = await ConsultRecord.filter(patient_id=order.patient_id, signed_at__isnull=False) \
        .exclude(order_id=order.id).count()
    await audit_service.record(actor=actor, action="consult.guest_read", target_type="ConsultOrder",
                               target_id=order.id, org_id=order.institution_id, after={"room_id": room.id})
    return core.order_out(order, for_doctor=True, model=DeskOrderOut, symptoms=order.symptoms, unread=0,
                          last_at=None, illness_duration=order.illness_duration, visited_before=order.visited_before,
                          summary=order.summary, comment=order.comment, timeline=await core.timeline(order.id),
                          record=core.record_out(record, order.doctor.name) if record else None,
                          history_count=history, can_accept=False, can_end=False, can_write=False)
