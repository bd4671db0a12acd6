"""The video room of an accompaniment task (seed 003 线上陪诊服务: 云陪诊室), through core/rooms.

Why here: core/rooms records members and enforces them at the media provider; whether someone
belongs is the accompaniment's to say. The room (subject `accompany.task`) is opened by the first
member who asks for it; the task's owner is admitted as `patient`, each accepted companion as
`relative` when they ask. The gate (`join_gate`, registered in core/wiring.py) lets only members of
a running task in: the owner, and accepted companions whose grant lasts. A companion removed from
the task is removed from the room (kicked at the provider); the room ends with the task (`sync`).
A companion invited again after a removal comes back through a room invitation of the owner's,
named to them and taken at once (core/rooms keeps removed members out otherwise).
"""
from __future__ import annotations

from core.accompany import service
from core.accompany.errors import TaskEnded, TaskNotFound
from core.accompany.models import AccompanyTask, Companion
from core.accompany.schemas import TaskRoomOut
from core.db import utcnow
from core.masking import mask_name
from core.principal import Principal
from core.rooms import service as rooms_service
from core.rooms.models import RoomParticipant, VideoRoom
from core.visits.models import Visit

SUBJECT = "accompany.task"


async def _display(account_id: int, fallback: str) -> str:
    from core.family.models import Patient

    name = await Patient.filter(account_id=account_id, is_self=True, deleted_at__isnull=True) \
        .values_list("name", flat=True)
    return (mask_name(name[0]) if name else None) or fallback


async def room(*, actor: Principal, task_id: int) -> TaskRoomOut:
    """The task's video room (opened on first ask) with the actor admitted; then POST /rooms/<id>/join."""
    task = await AccompanyTask.get_or_none(id=task_id)
    if task is None:
        raise TaskNotFound()
    role, companion, _ = await service._role(actor, task)  # noqa: SLF001 - same domain
    if role == "invited":
        raise TaskNotFound()
    if task.state != service.ACTIVE:
        raise TaskEnded()
    visit = await Visit.get(id=task.visit_id)
    r = await rooms_service.open_room(subject_type=SUBJECT, subject_id=task.id, institution_id=visit.institution_id,
                                      description=f"云陪诊 {task.id}")
    if task.room_id != r.id:
        await AccompanyTask.filter(id=task.id).update(room_id=r.id, updated_at=utcnow())
    owner = await rooms_service.admit(room=r, role="patient", account_type="mp", account_id=task.owner_id,
                                      display=await _display(task.owner_id, "患者"))
    if role == "companion":
        await _admit_companion(r, owner, companion, actor)
        await service.touch(actor=actor, task_id=task.id)
    return TaskRoomOut(task_id=task.id, room_id=r.id, topic=f"room:{r.id}", room=await rooms_service.room_out(r))


async def _admit_companion(r: VideoRoom, owner: RoomParticipant, c: Companion, actor: Principal) -> None:
    p = await RoomParticipant.get_or_none(room=r, account_type="mp", account_id=c.account_id)
    display = await _display(c.account_id, "陪诊亲友")
    if p is None:
        await rooms_service.admit(room=r, role="relative", account_type="mp", account_id=c.account_id,
                                  display=display, invited_by=owner)
    elif p.state == "removed":  # invited to the task again after a removal: back through a named invitation
        _, token = await rooms_service.invite(actor=Principal(kind="mp", id=owner.account_id,
                                                              name=f"mp:{owner.account_id}"),
                                              room_id=r.id, role="relative", note=display,
                                              invitee=("mp", c.account_id))
        await rooms_service.accept(actor=actor, token=token, display=display)


async def join_gate(room: VideoRoom, member: RoomParticipant) -> None:
    """core/rooms asks before issuing join credentials: only members of a running task enter."""
    task = await AccompanyTask.get_or_none(id=room.subject_id)
    if task is None or task.state != service.ACTIVE:
        raise TaskEnded()
    if member.account_type == "mp" and member.role == "patient" and member.account_id == task.owner_id:
        return
    who = Principal(kind="mp", id=member.account_id, name=f"mp:{member.account_id}")
    if member.account_type != "mp" or await service.viewer_of(who, await Visit.get(id=task.visit_id)) is None:
        raise TaskNotFound()


async def sync(task_id: int) -> None:
    """The room follows the task: ended with it; companions no longer accepted are removed."""
    task = await AccompanyTask.get_or_none(id=task_id)
    if task is None or task.room_id is None:
        return
    r = await VideoRoom.get_or_none(id=task.room_id)
    if r is None or r.state != "open":
        return
    if task.state != service.ACTIVE:
        await rooms_service.end(room=r, by="patient" if task.end_reason == "owner" else "system")
        return
    visit = await Visit.get(id=task.visit_id)
    owner = Principal(kind="mp", id=task.owner_id, name=f"mp:{task.owner_id}")
    for p in await rooms_service.members(r):
        if p.role != "relative" or p.state == "removed" or p.account_type != "mp":
            continue
        who = Principal(kind="mp", id=p.account_id, name=f"mp:{p.account_id}")
        if await service.viewer_of(who, visit) is None:  # removed, declined, or the grant ended
            await rooms_service.remove(actor=owner, room_id=r.id, participant_id=p.id)
