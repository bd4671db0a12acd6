"""Cloud accompaniment (seed 003 线上陪诊服务) through its service: visits to accompany, candidates from
the family and its grants, invite / accept / decline, the two homes (the companion read-only and
never acting), removal (access ends at once), invite again, the end by the patient and by the
visit, history for both sides, and the task's video room."""
from __future__ import annotations

import datetime as dt

import pytest

from core.accompany import service as accompany
from core.accompany import video
from core.accompany.errors import (
    CompanionCannotAct, NotCandidate, NotInvited, NotOpen, NotOwner, TaskEnded, TaskNotFound, VisitNotFound,
)
from core.accompany.models import AccompanyTask, Companion
from core.audit.models import AuditLog
from core.db import utcnow
from core.events import service as events
from core.events.models import EventOutbox
from core.family import service as family_service
from core.family.models import GrantAccess
from core.notify.models import Message
from core.rooms import service as rooms
from core.rooms.errors import ParticipantRemoved
from core.rooms.models import RoomParticipant, VideoRoom
from core.visits.models import HisConnection, Visit
from tests import factories as f


async def _task(w, *who, reminder: str = "记得带医保卡") -> int:
    home = await accompany.invite(actor=w.father.actor, visit_id=w.visit.id,
                                  account_ids=[p.actor.id for p in (who or (w.daughter,))], reminder=reminder)
    return home.id


async def test_visit_records_newest_first_with_their_state(settings):
    w = await f.accompany_world()
    booked = await f.visit(w.hospital, w.father.patient, step="appointment")
    await f.visit(w.hospital, w.father.patient, step="pharmacy", state="ended")  # over: not offered
    closed = await f.org(None, f.OrgKind.MEDICAL, "未开通医院")
    await f.his_connection(closed, accompany=False)
    await f.visit(closed, w.father.patient)  # the hospital has no accompaniment
    mine = await accompany.visits_for_accompany(actor=w.father.actor)
    assert [(v.id, v.status, v.status_label) for v in mine] == [
        (booked.id, "not_started", "未就诊"), (w.visit.id, "in_progress", "就诊中")]
    assert mine[1].patient_name == "张*山" and mine[1].step_name == "排队候诊" and mine[1].task_id is None
    # Relatives see none of it without a grant to act; the daughter's 陪诊 grant lets her see, not organise.
    assert await accompany.visits_for_accompany(actor=w.son.actor) == []
    assert await accompany.visits_for_accompany(actor=w.daughter.actor) == []
    # Acting for him (陪诊 granted with acting): the son may organise the accompaniment.
    await f.family_grant(w.family, w.father, w.son, "accompaniment", can_act=True)
    assert [v.id for v in await accompany.visits_for_accompany(actor=w.son.actor)] == [booked.id, w.visit.id]


async def test_candidates_are_the_family_members_the_patient_granted_accompaniment(settings):
    w = await f.accompany_world()
    got = await accompany.candidates(actor=w.father.actor, visit_id=w.visit.id)
    assert got.visit.id == w.visit.id and "陪诊人只能查看" in got.notice
    rows = {c.account_id: c for c in got.items}
    assert set(rows) == {w.daughter.actor.id, w.son.actor.id}  # the stranger is nobody's family
    assert rows[w.daughter.actor.id].eligible and rows[w.daughter.actor.id].name == "张*花"
    assert not rows[w.son.actor.id].eligible and rows[w.son.actor.id].reason == "未获得“陪诊”授权"
    # Not his visit: answered like a missing one, audited.
    with pytest.raises(VisitNotFound):
        await accompany.candidates(actor=w.stranger.actor, visit_id=w.visit.id)
    assert await AuditLog.filter(action="accompany.visit", outcome="denied").count() == 1


async def test_invite_accept_and_the_two_homes(settings):
    w = await f.accompany_world()
    # The son was never granted 陪诊, the stranger is not family: refused, nothing written.
    for nobody in (w.son, w.stranger):
        with pytest.raises(NotCandidate):
            await accompany.invite(actor=w.father.actor, visit_id=w.visit.id, account_ids=[nobody.actor.id])
    assert await AccompanyTask.all().count() == 0
    task_id = await _task(w)
    task = await AccompanyTask.get(id=task_id)
    assert (task.owner_id, task.visit_id, task.state, task.reminder) == (w.father.actor.id, w.visit.id, "active",
                                                                          "记得带医保卡")
    c = await Companion.get(task_id=task_id)
    assert (c.account_id, c.state) == (w.daughter.actor.id, "invited")
    msg = await Message.get(account_id=w.daughter.actor.id, kind="accompany.invite")
    assert msg.link == f"/accompany/tasks/{task_id}" and "记得带医保卡" in msg.body
    assert await AuditLog.filter(action="accompany.invite", target_type="AccompanyTask", outcome="success").count() == 1
    assert await AuditLog.filter(action="accompany.invite", outcome="denied").count() == 2

    # Invited: the visit's outline to decide on, no steps yet; no access to the visit.
    home = await accompany.task_home(actor=w.daughter.actor, task_id=task_id)
    assert (home.role, home.my_state, home.steps, home.topics) == ("companion", "invited", None, [])
    assert await accompany.can_view_visit(w.daughter.actor, w.visit) is None

    home = await accompany.accept(actor=w.daughter.actor, task_id=task_id)
    assert await GrantAccess.filter(action="accompany.view").count() == 1  # one look, one row
    assert home.my_state == "accepted" and not home.can_act and home.actions == []
    assert [s.code for s in home.steps][:4] == ["appointment", "registration", "checkin", "queue"]
    queue = next(s for s in home.steps if s.code == "queue")
    assert (queue.state, queue.data) == ("active", {"number": "A012", "ahead": 3})
    assert home.topics == [f"accompany:{task_id}", f"visit:{w.visit.id}"]
    assert await accompany.can_view_visit(w.daughter.actor, w.visit) is True
    # The companion's viewing is logged under the grant, for the father to read.
    access = await GrantAccess.filter(grantee_id=w.daughter.actor.id).order_by("id")
    assert [(a.scope, a.action, a.target_id) for a in access][-1] == ("accompaniment", "accompany.view",
                                                                      str(w.visit.id))
    assert await Message.filter(account_id=w.father.actor.id, kind="accompany.accepted").count() == 1

    mine = await accompany.task_home(actor=w.father.actor, task_id=task_id)
    assert mine.role == "patient" and mine.can_act
    assert [(x.name, x.state, x.present) for x in mine.companions] == [("张*花", "accepted", True)]
    # Present means the home was seen within the last minute.
    await Companion.filter(id=c.id).update(last_seen_at=utcnow() - dt.timedelta(minutes=5))
    mine = await accompany.task_home(actor=w.father.actor, task_id=task_id)
    assert mine.companions[0].present is False

    # Nobody else reads it; the son (family, no grant) neither.
    for nobody in (w.son, w.stranger):
        with pytest.raises(TaskNotFound):
            await accompany.task_home(actor=nobody.actor, task_id=task_id)


async def test_a_companion_never_acts_nor_manages(settings):
    w = await f.accompany_world()
    task_id = await _task(w)
    await accompany.accept(actor=w.daughter.actor, task_id=task_id)
    with pytest.raises(CompanionCannotAct) as exc:
        await accompany.act(actor=w.daughter.actor, task_id=task_id, action="checkin")
    assert exc.value.status == 403 and exc.value.code == "accompany.companion_cannot_act"
    assert await AuditLog.filter(action="accompany.act", outcome="denied").count() == 1
    assert await accompany.is_companion(w.daughter.actor, w.visit.id) is True
    assert await accompany.is_companion(w.father.actor, w.visit.id) is False
    c = await Companion.get(task_id=task_id)
    for call in (accompany.end(actor=w.daughter.actor, task_id=task_id),
                 accompany.remove(actor=w.daughter.actor, task_id=task_id, companion_id=c.id),
                 accompany.invite_more(actor=w.daughter.actor, task_id=task_id, account_ids=[w.son.actor.id])):
        with pytest.raises(NotOwner):
            await call
    assert (await AccompanyTask.get(id=task_id)).state == "active"


async def test_removed_companion_loses_access_at_once_and_may_be_invited_again(settings):
    w = await f.accompany_world()
    task_id = await _task(w)
    await accompany.accept(actor=w.daughter.actor, task_id=task_id)
    c = await Companion.get(task_id=task_id)
    before = await EventOutbox.all().count()
    home = await accompany.remove(actor=w.father.actor, task_id=task_id, companion_id=c.id)
    assert [(x.id, x.state) for x in home.companions] == [(c.id, "removed")]
    # The gateway is told to ask again on both topics she followed.
    sent = await EventOutbox.filter(id__gt=before).order_by("id")
    assert {(e.topic, e.payload.get("recheck")) for e in sent if e.name.startswith("accompany.")} == {
        (f"accompany:{task_id}", True), (f"visit:{w.visit.id}", True)}
    with pytest.raises(TaskNotFound):
        await accompany.task_home(actor=w.daughter.actor, task_id=task_id)
    assert await accompany.can_view_visit(w.daughter.actor, w.visit) is None
    assert await Message.filter(account_id=w.daughter.actor.id, kind="accompany.removed").count() == 1
    assert await AuditLog.filter(action="accompany.remove", target_id=str(task_id)).count() == 1
    with pytest.raises(NotInvited):
        await accompany.accept(actor=w.daughter.actor, task_id=task_id)
    # 陪诊人新邀请: the son, once granted; and the daughter again.
    await f.family_grant(w.family, w.father, w.son, "accompaniment")
    await accompany.invite_more(actor=w.father.actor, task_id=task_id, account_ids=[w.son.actor.id, w.daughter.actor.id])
    assert dict(await Companion.filter(task_id=task_id).values_list("account_id", "state")) == {
        w.daughter.actor.id: "invited", w.son.actor.id: "invited"}
    await accompany.accept(actor=w.daughter.actor, task_id=task_id)
    assert (await accompany.task_home(actor=w.daughter.actor, task_id=task_id)).steps is not None
    # Declining: the son says no, the father is told.
    await accompany.decline(actor=w.son.actor, task_id=task_id)
    assert (await Companion.get(task_id=task_id, account_id=w.son.actor.id)).state == "declined"
    assert await Message.filter(account_id=w.father.actor.id, kind="accompany.declined").count() == 1


async def test_a_revoked_grant_ends_the_companions_access(settings):
    w = await f.accompany_world()
    task_id = await _task(w)
    await accompany.accept(actor=w.daughter.actor, task_id=task_id)
    await family_service.revoke(actor=w.father.actor, family_id=w.family.id, grant_id=w.grant.id)
    with pytest.raises(TaskNotFound):
        await accompany.task_home(actor=w.daughter.actor, task_id=task_id)
    assert await accompany.can_view_visit(w.daughter.actor, w.visit) is None


async def test_the_patient_ends_it_and_both_sides_keep_the_history(settings):
    w = await f.accompany_world()
    task_id = await _task(w)
    await accompany.accept(actor=w.daughter.actor, task_id=task_id)
    home = await accompany.end(actor=w.father.actor, task_id=task_id)
    assert (home.state, home.end_reason, home.can_act, home.topics) == ("ended", "owner", False, [])
    task = await AccompanyTask.get(id=task_id)
    assert task.ended_at is not None
    # Sharing stopped: the companion sees the record, not the visit.
    theirs = await accompany.task_home(actor=w.daughter.actor, task_id=task_id)
    assert theirs.state == "ended" and theirs.steps is None
    assert await accompany.can_view_visit(w.daughter.actor, w.visit) is None
    with pytest.raises(TaskEnded):
        await accompany.invite_more(actor=w.father.actor, task_id=task_id, account_ids=[w.daughter.actor.id])
    assert await Message.filter(account_id=w.daughter.actor.id, kind="accompany.ended").count() == 1
    # A new task for the same visit, newer: both histories newest first.
    second = await _task(w)
    await accompany.accept(actor=w.daughter.actor, task_id=second)
    await accompany.end(actor=w.father.actor, task_id=second)
    for who, role in ((w.father, "patient"), (w.daughter, "companion")):
        hist = await accompany.tasks(actor=who.actor, role=role, state="ended")
        assert [t.id for t in hist.items] == [second, task_id]
        assert all(t.role == role and t.visit.id == w.visit.id for t in hist.items)
    assert (await accompany.tasks(actor=w.daughter.actor, role="companion", state="ended")).items[0].my_state == \
        "accepted"
    assert (await accompany.tasks(actor=w.father.actor, role="patient", state="active")).items == []


async def test_the_task_ends_by_itself_when_the_visit_ends(settings):
    w = await f.accompany_world()
    task_id = await _task(w)
    await accompany.accept(actor=w.daughter.actor, task_id=task_id)
    await Visit.filter(id=w.visit.id).update(state="ended", ended_at=utcnow())
    await events.emit(accompany.VISIT_ENDED, {"visit_id": w.visit.id})  # as core/visits says it
    await f.drain("accompany.visits")
    task = await AccompanyTask.get(id=task_id)
    assert (task.state, task.end_reason) == ("ended", "visit_ended")
    assert await Message.filter(account_id=w.father.actor.id, kind="accompany.ended").count() == 1
    assert await AuditLog.filter(action="accompany.end", actor_type="system").count() == 1
    # Said again: nothing more happens.
    await events.emit(accompany.VISIT_ENDED, {"visit_id": w.visit.id})
    await f.drain("accompany.visits")
    assert await AuditLog.filter(action="accompany.end").count() == 1
    # And no new task for an ended visit.
    with pytest.raises(NotOpen):
        await _task(w)


async def test_no_accompaniment_where_the_hospital_has_not_opened_it(settings):
    w = await f.accompany_world()
    await HisConnection.filter(institution_id=w.hospital.id).update(accompany_enabled=False)
    with pytest.raises(NotOpen):
        await _task(w)


async def test_the_video_room_admits_the_task_and_follows_it(settings, media):
    w = await f.accompany_world()
    task_id = await _task(w)
    await accompany.accept(actor=w.daughter.actor, task_id=task_id)
    mine = await video.room(actor=w.father.actor, task_id=task_id)
    assert mine.room.subject_type == "accompany.task" and mine.room.subject_id == task_id
    assert (await AccompanyTask.get(id=task_id)).room_id == mine.room_id
    theirs = await video.room(actor=w.daughter.actor, task_id=task_id)
    assert theirs.room_id == mine.room_id
    members = {p.account_id: p for p in await RoomParticipant.filter(room_id=mine.room_id)}
    assert (members[w.father.actor.id].role, members[w.daughter.actor.id].role) == ("patient", "relative")
    creds = await rooms.join(actor=w.daughter.actor, room_id=mine.room_id)
    assert creds["role"] == "relative" and creds["media"]["provider"] == "acc_fake"
    # Nobody else gets in: not a member of the task.
    with pytest.raises(TaskNotFound):
        await video.room(actor=w.son.actor, task_id=task_id)

    # Removed from the task: removed from the room at the provider, and refused there.
    c = await Companion.get(task_id=task_id)
    await accompany.remove(actor=w.father.actor, task_id=task_id, companion_id=c.id)
    p = await RoomParticipant.get(id=members[w.daughter.actor.id].id)
    assert p.state == "removed" and ("remove", p.id) in media.calls
    with pytest.raises(ParticipantRemoved):
        await rooms.join(actor=w.daughter.actor, room_id=mine.room_id)
    # Invited again and accepted: back in the room.
    await accompany.invite_more(actor=w.father.actor, task_id=task_id, account_ids=[w.daughter.actor.id])
    await accompany.accept(actor=w.daughter.actor, task_id=task_id)
    await video.room(actor=w.daughter.actor, task_id=task_id)
    assert (await RoomParticipant.get(id=p.id)).state == "admitted"
    assert (await rooms.join(actor=w.daughter.actor, room_id=mine.room_id))["role"] == "relative"

    # The gate: a grant revoked keeps her out although the room still lists her.
    await family_service.revoke(actor=w.father.actor, family_id=w.family.id, grant_id=w.grant.id)
    with pytest.raises(TaskNotFound):
        await rooms.join(actor=w.daughter.actor, room_id=mine.room_id)
    # ...and the group following ended grants takes her out of the room at the provider.
    await f.drain("accompany.grants")
    assert (await RoomParticipant.get(id=p.id)).state == "removed"
    assert [c for c in media.calls if c == ("remove", p.id)] == [("remove", p.id)] * 2

    # The end of the task ends the room.
    await accompany.end(actor=w.father.actor, task_id=task_id)
    assert (await VideoRoom.get(id=mine.room_id)).state == "ended" and ("end", mine.room_id) in media.calls


async def test_the_room_ends_later_when_the_provider_was_away(settings, media):
    w = await f.accompany_world()
    task_id = await _task(w)
    room = await video.room(actor=w.father.actor, task_id=task_id)
    media.away = True
    await accompany.end(actor=w.father.actor, task_id=task_id)  # the task ends regardless
    assert (await AccompanyTask.get(id=task_id)).state == "ended"
    assert (await VideoRoom.get(id=room.room_id)).state == "open"
    media.away = False
    await f.drain("accompany.rooms")
    assert (await VideoRoom.get(id=room.room_id)).state == "ended"
