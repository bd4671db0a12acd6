"""Cloud accompaniment (seed 003 线上陪诊服务 1–9): a patient invites family members to follow one visit live.

Who may be picked (decided here, from the family model and its grants): an account that is an
active member of a family the patient's account is also active in, AND to which the patient's
account has a live grant of scope `accompaniment` (陪诊). Being in the family is not enough: the
companion sees the visit's health data (steps, record, prescriptions, reports), which in this
service is only ever shown under a grant. `candidates` lists every co-member, those without the
grant marked not eligible with the reason, so the patient knows whom to grant first. No grant is
created on invitation: granting stays the family's own act (隐私授权管理).

Who organises (the task's owner, role "patient"): the patient's own account (any of its 就诊人),
or a member acting for the patient under an `accompaniment` grant with acting (can_act).

Access of a companion is checked on every read and subscription: accepted in an active task of the
visit and the grant still live. Removal, the end of the task and a revoked grant therefore end it
at once; open sockets included: removal and end emit `accompany.changed` with `"recheck": true` on
`accompany:<task>` and `accompany.access_changed` with `"recheck": true` on `visit:<visit>`, so every
gateway process asks the owning domains again and drops the subscriptions no longer allowed
(a revoked grant re-checks through `family.grant_ended`). The task's video room (core/rooms, subject
`accompany.task`) follows: removed companions are taken out, the room ends with the task
(`sync_room`, at once and again by the consumer group `accompany.rooms` while the provider is away).

A task is created by the invitation, one active task per visit; it ends when the patient ends it
or by itself when the visit ends (consumer group `accompany.visits` on `visits.ended`). Invitations,
acceptances, removals, ends and each companion's viewing of the visit are audited; viewing is also
logged under the grant (family.log_access), shown to the patient in "who looked at my data".
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from core import topics
from core.accompany import visit_view
from core.accompany.errors import (
    CompanionCannotAct, NotCandidate, NotInvited, NotOpen, NotOwner, TaskEnded, TaskExists,
    TaskNotFound, VisitNotFound,
)
from core.accompany.models import AccompanyTask, Companion
from core.accompany.schemas import (
    CandidateOut, CandidatesOut, CompanionOut, TaskHomeOut, TaskOut, TasksOut, VisitOut,
)
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.errors import AppError
from core.events import service as events
from core.events.service import Event
from core.family import service as family_service
from core.family.models import FamilyMember, Grant, Patient
from core.family.patients import require_mp
from core.masking import mask_name
from core.notify import service as notify_service
from core.principal import SYSTEM, Principal
from core.visits.models import HisConnection, Visit

log = logging.getLogger("huiyi.accompany")

SCOPE = "accompaniment"
TOPIC = "accompany"  # accompany:<task id>: companions invited / accepted / declined / removed, presence, the end
CHANGED = "accompany.changed"
ACCESS_CHANGED = "accompany.access_changed"  # on visit:<id>: who may follow the visit changed
ROOM_SYNC = "accompany.room_sync"  # the task's room must follow the task (removed companions, the end)
GRANT_ENDED = family_service.GRANT_ENDED  # core/family: {grant, grantor, grantee, scope, ...}
VISIT_ENDED = visit_view.VISIT_ENDED  # core/visits: {visit_id}, the visit ended or was cancelled
PRESENT_SECONDS = 60  # a companion's home seen this recently (or in the video) counts as present
LINK = "/accompany/tasks/{id}"  # an H5 route, as every message link (the message centre opens it)
ACTIVE = "active"
STATE_LABELS = {"invited": "已邀请", "accepted": "已接受", "declined": "已拒绝", "removed": "已移除"}
NOTICE = ("线上陪诊可邀请已授权“陪诊”的家庭成员远程查看本次就诊的实时进程，并可发起视频陪诊。"
          "陪诊人只能查看，不能办理任何就诊业务；您可以随时移除陪诊人或结束陪诊，结束后将停止信息分享。"
          "就诊结束时陪诊自动结束。")


# ---------------------------------------------------------------- who is who


def _mp(account_id: int) -> Principal:
    return Principal(kind="mp", id=account_id, name=f"mp:{account_id}")


def _active_families(account_id: int) -> Subquery:
    return Subquery(FamilyMember.filter(account_id=account_id, state="active",
                                        family__dissolved_at__isnull=True).values("family_id"))


async def _grant(grantor: int | None, grantee: int, *, act: bool = False) -> Grant | None:
    """The grantor's live `accompaniment` grant to the grantee, both still active in its family."""
    if grantor is None:
        return None
    qs = family_service.live_grants().filter(grantor_id=grantor, grantee_id=grantee, scope=SCOPE) \
        .filter(family_id__in=_active_families(grantee)).filter(family_id__in=_active_families(grantor))
    if act:
        qs = qs.filter(can_act=True)
    return await qs.order_by("id").first()


async def _patient_account(visit: Visit) -> tuple[Patient | None, int | None]:
    p = await Patient.get_or_none(id=visit.patient_id)
    return p, (p.account_id if p is not None else None)


async def _may_organise(me: int, visit: Visit) -> bool:
    """The visit's patient is one of the actor's 就诊人, or its real-name person granted the actor
    `accompaniment` with acting."""
    p, account = await _patient_account(visit)
    if p is None or account is None:
        return False
    if account == me:
        return True
    return p.is_self and await _grant(account, me, act=True) is not None


async def _organisable(actor: Principal, visit_id: int) -> tuple[int, Visit]:
    me = require_mp(actor)
    visit = await visit_view.get_visit(visit_id)
    if visit is None or not await _may_organise(me, visit):
        await audit_service.record_denied(actor=actor, action="accompany.visit", target_type="Visit",
                                          target_id=visit_id, reason="not own or acted-for")
        raise VisitNotFound()
    return me, visit


async def _names(account_ids) -> dict[int, str | None]:
    ids = {a for a in account_ids if a}
    rows = await Patient.filter(account_id__in=ids, is_self=True, deleted_at__isnull=True) \
        .values_list("account_id", "name") if ids else []
    return {a: mask_name(n) for a, n in rows}


async def _relations(patient_account: int | None, account_ids) -> dict[int, str]:
    """How the patient's families describe each account (FamilyMember.relation)."""
    ids = {a for a in account_ids if a}
    if patient_account is None or not ids:
        return {}
    rows = await FamilyMember.filter(account_id__in=ids, state="active",
                                     family_id__in=_active_families(patient_account)) \
        .order_by("id").values_list("account_id", "relation")
    out: dict[int, str] = {}
    for a, rel in rows:
        if rel and a not in out:
            out[a] = rel
    return out


async def _accompany_open(institution_id: int) -> bool:
    return await HisConnection.filter(institution_id=institution_id, accompany_enabled=True).exists()


# ---------------------------------------------------------------- visits and candidates


async def visits_for_accompany(*, actor: Principal) -> list[VisitOut]:
    """陪诊就诊记录: the open visits of the actor's 就诊人 and of the members who let the actor act for
    them, at institutions open to the accompaniment, newest first, 就诊中 / 未就诊."""
    me = require_mp(actor)
    own = await Patient.filter(account_id=me, deleted_at__isnull=True).values_list("id", flat=True)
    grantors = await family_service.live_grants().filter(grantee_id=me, scope=SCOPE, can_act=True) \
        .filter(family_id__in=_active_families(me)).values_list("grantor_id", flat=True)
    acted = []
    for grantor in set(grantors):
        if await _grant(grantor, me, act=True) is not None:
            acted += await Patient.filter(account_id=grantor, is_self=True, deleted_at__isnull=True) \
                .values_list("id", flat=True)
    visits = await visit_view.open_visits_of(list({*own, *acted}))
    if visits:
        open_here = set(await HisConnection.filter(institution_id__in={v.institution_id for v in visits},
                                                   accompany_enabled=True).values_list("institution_id", flat=True))
        visits = [v for v in visits if v.institution_id in open_here]
    tasks = dict(await AccompanyTask.filter(visit_id__in=[v.id for v in visits], state=ACTIVE)
                 .values_list("visit_id", "id")) if visits else {}
    return [VisitOut(**s) for s in await visit_view.summaries(visits, tasks=tasks)]


async def _visit_out(visit: Visit) -> VisitOut:
    task = await AccompanyTask.filter(visit_id=visit.id, state=ACTIVE).values_list("id", flat=True)
    return VisitOut(**(await visit_view.summaries([visit], tasks={visit.id: task[0]} if task else {}))[0])


async def _co_members(patient_account: int) -> dict[int, str]:
    """Accounts active in a family the patient's account is active in: account -> relation."""
    rows = await FamilyMember.filter(family_id__in=_active_families(patient_account), state="active") \
        .exclude(account_id=patient_account).order_by("id").values_list("account_id", "relation")
    out: dict[int, str] = {}
    for a, rel in rows:
        if a not in out or (rel and not out[a]):
            out[a] = rel
    return out


async def candidates(*, actor: Principal, visit_id: int) -> CandidatesOut:
    """Who may be invited to accompany the visit: the patient's family members, eligible when the
    patient's account granted them `accompaniment` (others listed with the reason)."""
    me, visit = await _organisable(actor, visit_id)
    _, pa = await _patient_account(visit)
    members = await _co_members(pa) if pa is not None else {}
    members.pop(me, None)
    task = await AccompanyTask.filter(visit_id=visit.id, state=ACTIVE).first()
    states = dict(await Companion.filter(task_id=task.id).values_list("account_id", "state")) if task else {}
    names = await _names(members)
    items = []
    for account, relation in members.items():
        granted = await _grant(pa, account) is not None
        state = states.get(account)
        reason = ("" if granted and state not in ("invited", "accepted")
                  else "已在本次陪诊中" if state in ("invited", "accepted") else "未获得“陪诊”授权")
        items.append(CandidateOut(account_id=account, name=names.get(account), relation=relation or "家庭成员",
                                  eligible=not reason, reason=reason, state=state))
    items.sort(key=lambda c: (not c.eligible, c.account_id))
    return CandidatesOut(visit=await _visit_out(visit), notice=NOTICE, items=items)


# ---------------------------------------------------------------- invitation


async def invite(*, actor: Principal, visit_id: int, account_ids: list[int], reminder: str = "") -> TaskHomeOut:
    """陪诊邀请: the task is created (one active per visit; inviting again adds to it), each companion
    invited and told by an in-app message linking to the task."""
    me, visit = await _organisable(actor, visit_id)
    if visit.state != "open" or not await _accompany_open(visit.institution_id):
        raise NotOpen(details={"visit_state": visit.state})
    await _check_candidates(actor, me, visit, account_ids)
    task_id = await _invited(actor, me, visit, list(dict.fromkeys(account_ids)), reminder, task_id=None)
    return await task_home(actor=actor, task_id=task_id)


async def invite_more(*, actor: Principal, task_id: int, account_ids: list[int]) -> TaskHomeOut:
    """陪诊人新邀请: more companions for a running task (a removed or declining one may be asked again)."""
    me, task = await _owned(actor, task_id)
    if task.state != ACTIVE:
        raise TaskEnded()
    visit = await Visit.get(id=task.visit_id)
    await _check_candidates(actor, me, visit, account_ids)
    await _invited(actor, me, visit, list(dict.fromkeys(account_ids)), None, task_id=task.id)
    return await task_home(actor=actor, task_id=task.id)


async def _check_candidates(actor: Principal, me: int, visit: Visit, account_ids: list[int]) -> None:
    _, pa = await _patient_account(visit)
    for account in account_ids:
        ok = account != me and account != pa and await _grant(pa, account) is not None
        if not ok:
            await audit_service.record_denied(actor=actor, action="accompany.invite", target_type="Visit",
                                              target_id=visit.id, reason=f"not a candidate: mp:{account}")
            raise NotCandidate(details={"account_id": account})


@transactional
async def _invited(actor: Principal, me: int, visit: Visit, account_ids: list[int], reminder: str | None, *,
                   task_id: int | None) -> int:
    async with in_transaction():
        await Visit.filter(id=visit.id).select_for_update().first()  # one active task per visit: invitations in turn
        task = await AccompanyTask.filter(visit_id=visit.id, state=ACTIVE).select_for_update().first()
        if task_id is not None and (task is None or task.id != task_id):
            raise TaskEnded()
        if task is not None and task.owner_id != me:
            raise TaskExists(details={"task_id": task.id})
        created = task is None
        if created:
            task = await AccompanyTask.create(visit_id=visit.id, owner_id=me, reminder=(reminder or "")[:200])
        elif reminder:
            task.reminder = reminder[:200]
            await task.save(update_fields=["reminder", "updated_at"])
        invited = []
        for account in account_ids:
            c = await Companion.get_or_none(task_id=task.id, account_id=account)
            if c is None:
                c = await Companion.create(task_id=task.id, account_id=account)
            elif c.state in ("declined", "removed"):
                c.state, c.accepted_at, c.removed_at = "invited", None, None
                await c.save(update_fields=["state", "accepted_at", "removed_at", "updated_at"])
            else:
                continue  # invited or accepted already: not told twice
            invited.append(c)
        owner_name = (await _names([me])).get(me) or "您的家人"
        summary = (await visit_view.summaries([visit]))[0]
        where = " ".join(x for x in (summary["institution_name"], summary["department"]) if x)
        told = [await notify_service.notify(
            account_id=c.account_id, kind="accompany.invite", title="线上陪诊邀请",
            body=f"{owner_name}邀请您线上陪同{summary['patient_name'] or '家人'}就诊（{where}）"
                 + (f"：{task.reminder}" if task.reminder else ""),
            link=LINK.format(id=task.id)) for c in invited]
        await notify_service.push(told)
        await audit_service.record(actor=actor, action="accompany.invite", target_type="AccompanyTask",
                                   target_id=task.id, org_id=visit.institution_id,
                                   after={"visit_id": visit.id, "created": created,
                                          "companions": [c.account_id for c in invited]})
        for c in invited:
            await _changed(task, "invited", companion=c)
        return task.id


async def _changed(task: AccompanyTask, kind: str, *, companion: Companion | None = None,
                   recheck: bool = False) -> None:
    payload: dict[str, Any] = {"task_id": task.id, "kind": kind, "state": task.state}
    if companion is not None:
        payload.update(companion_id=companion.id, companion_state=companion.state)
    if recheck:
        payload["recheck"] = True
    await events.emit(CHANGED, payload, topic=f"{TOPIC}:{task.id}")
    if recheck:  # the visit's topic: its followers are asked for again (a companion's access ended)
        await events.emit(ACCESS_CHANGED, {"task_id": task.id, "visit_id": task.visit_id, "kind": kind,
                                           "recheck": True}, topic=f"visit:{task.visit_id}")


# ---------------------------------------------------------------- the companion's answer


async def _my_companion(actor: Principal, task_id: int) -> tuple[int, AccompanyTask, Companion]:
    me = require_mp(actor)
    task = await AccompanyTask.get_or_none(id=task_id)
    c = await Companion.get_or_none(task_id=task_id, account_id=me) if task else None
    if c is None:
        raise TaskNotFound()
    return me, task, c


@transactional
async def accept(*, actor: Principal, task_id: int) -> TaskHomeOut:
    """The companion accepts: from now on (while the task runs and the grant lasts) they follow the visit."""
    me, task, c = await _my_companion(actor, task_id)
    if c.state == "accepted" and task.state == ACTIVE:
        return await task_home(actor=actor, task_id=task_id)
    if task.state != ACTIVE:
        raise TaskEnded()
    if c.state != "invited":
        raise NotInvited(details={"state": c.state})
    _, pa = await _patient_account(await Visit.get(id=task.visit_id))
    if await _grant(pa, me) is None:
        raise NotCandidate(details={"account_id": me})
    async with in_transaction():
        task = await AccompanyTask.filter(id=task_id).select_for_update().first()
        c = await Companion.get(id=c.id)
        if task.state != ACTIVE or c.state != "invited":
            raise NotInvited(details={"state": c.state})
        c.state, c.accepted_at, c.last_seen_at = "accepted", utcnow(), utcnow()
        await c.save(update_fields=["state", "accepted_at", "last_seen_at", "updated_at"])
        await audit_service.record(actor=actor, action="accompany.accept", target_type="AccompanyTask",
                                   target_id=task.id, after={"companion_id": c.id})
        name = (await _names([me])).get(me) or "陪诊人"
        await notify_service.notify(account_id=task.owner_id, kind="accompany.accepted", title="陪诊人已接受邀请",
                                    body=f"{name}已接受您的线上陪诊邀请", link=LINK.format(id=task.id))
        await _changed(task, "accepted", companion=c)
    return await task_home(actor=actor, task_id=task_id)


@transactional
async def decline(*, actor: Principal, task_id: int) -> None:
    me, task, c = await _my_companion(actor, task_id)
    if c.state == "declined":
        return
    if c.state != "invited":
        raise NotInvited(details={"state": c.state})
    async with in_transaction():
        c.state = "declined"
        await c.save(update_fields=["state", "updated_at"])
        await audit_service.record(actor=actor, action="accompany.decline", target_type="AccompanyTask",
                                   target_id=task.id, after={"companion_id": c.id})
        name = (await _names([me])).get(me) or "陪诊人"
        await notify_service.notify(account_id=task.owner_id, kind="accompany.declined", title="陪诊邀请被拒绝",
                                    body=f"{name}拒绝了您的线上陪诊邀请", link=LINK.format(id=task.id))
        await _changed(task, "declined", companion=c)


# ---------------------------------------------------------------- the patient's hand: remove, end


async def _owned(actor: Principal, task_id: int) -> tuple[int, AccompanyTask]:
    me = require_mp(actor)
    task = await AccompanyTask.get_or_none(id=task_id)
    if task is None:
        raise TaskNotFound()
    if task.owner_id != me:
        if await Companion.filter(task_id=task_id, account_id=me).exists():
            await audit_service.record_denied(actor=actor, action="accompany.manage", target_type="AccompanyTask",
                                              target_id=task_id, reason="companion")
            raise NotOwner()
        raise TaskNotFound()
    return me, task


async def remove(*, actor: Principal, task_id: int, companion_id: int) -> TaskHomeOut:
    """陪诊人移除: the companion loses access now (their sockets on the task and the visit are dropped),
    and is taken out of the task's video room."""
    me, task = await _owned(actor, task_id)
    await _removed(actor, task.id, companion_id)
    await sync_room(task_id=task.id)
    return await task_home(actor=actor, task_id=task.id)


@transactional
async def _removed(actor: Principal, task_id: int, companion_id: int) -> None:
    async with in_transaction():
        task = await AccompanyTask.filter(id=task_id).select_for_update().first()
        c = await Companion.get_or_none(id=companion_id, task_id=task_id)
        if c is None:
            raise TaskNotFound(message="陪诊人不存在")
        if c.state == "removed":
            return
        before = c.state
        c.state, c.removed_at = "removed", utcnow()
        await c.save(update_fields=["state", "removed_at", "updated_at"])
        await audit_service.record(actor=actor, action="accompany.remove", target_type="AccompanyTask",
                                   target_id=task.id, before={"state": before},
                                   after={"companion_id": c.id, "account": c.account_id})
        await notify_service.notify(account_id=c.account_id, kind="accompany.removed", title="您已被移出陪诊",
                                    body="患者已将您移出本次线上陪诊，您将无法再查看本次就诊信息")
        await _changed(task, "removed", companion=c, recheck=True)
        if task.room_id is not None:
            await events.emit(ROOM_SYNC, {"task_id": task.id})


async def end(*, actor: Principal, task_id: int) -> TaskHomeOut:
    """结束陪诊: information stops being shared now; the video room ends."""
    _, task = await _owned(actor, task_id)
    await _end(actor, task.id, "owner")
    await sync_room(task_id=task.id)
    return await task_home(actor=actor, task_id=task.id)


@transactional
async def _end(actor: Principal, task_id: int, reason: str) -> bool:
    async with in_transaction():
        task = await AccompanyTask.filter(id=task_id).select_for_update().first()
        if task is None or task.state != ACTIVE:
            return False
        task.state, task.end_reason, task.ended_at = "ended", reason, utcnow()
        await task.save(update_fields=["state", "end_reason", "ended_at", "updated_at"])
        visit = await Visit.get(id=task.visit_id)
        await audit_service.record(actor=actor, action="accompany.end", target_type="AccompanyTask",
                                   target_id=task.id, org_id=visit.institution_id, after={"reason": reason})
        text = {"owner": "患者已结束本次线上陪诊", "visit_ended": "就诊已结束，线上陪诊自动结束",
                "visit_cancelled": "就诊已取消，线上陪诊自动结束"}.get(reason, "线上陪诊已结束")
        told = [await notify_service.notify(account_id=a, kind="accompany.ended", title="线上陪诊已结束", body=text,
                                            link=LINK.format(id=task.id))
                for a in await Companion.filter(task_id=task.id, state__in=("invited", "accepted"))
                .values_list("account_id", flat=True)]
        if reason != "owner":
            told.append(await notify_service.notify(account_id=task.owner_id, kind="accompany.ended",
                                                    title="线上陪诊已结束", body=text, link=LINK.format(id=task.id)))
        await _changed(task, "ended", recheck=True)
        if task.room_id is not None:
            await events.emit(ROOM_SYNC, {"task_id": task.id})
        return True


async def on_visit_ended(event: Event) -> None:
    """Consumer (group `accompany.visits`) of `visits.ended`: the visit's running tasks end by
    themselves (a repeat finds nothing to end; the room is asked again)."""
    visit_id = int(event.payload["visit_id"])
    visit = await Visit.get_or_none(id=visit_id)
    reason = "visit_cancelled" if visit is not None and visit.state == "cancelled" else "visit_ended"
    for task_id in await AccompanyTask.filter(visit_id=visit_id).values_list("id", flat=True):
        await _end(SYSTEM, task_id, reason)
        await sync_room(task_id=task_id)


# ---------------------------------------------------------------- reading


async def _role(actor: Principal, task: AccompanyTask, *, audit: bool = True) -> tuple[str, Companion | None,
                                                                                        Grant | None]:
    """("patient", None, None) for the owner; ("companion", row, grant) for an accepted companion whose
    grant lasts, ("invited", row, None) for one who has not answered; otherwise TaskNotFound."""
    me = require_mp(actor)
    if task.owner_id == me:
        return "patient", None, None
    c = await Companion.get_or_none(task_id=task.id, account_id=me)
    if c is not None and c.state == "invited" and task.state == ACTIVE:
        return "invited", c, None
    if c is not None and c.state == "accepted":
        _, pa = await _patient_account(await Visit.get(id=task.visit_id))
        grant = await _grant(pa, me)
        if grant is not None:
            return "companion", c, grant
    if audit:
        await audit_service.record_denied(actor=actor, action="accompany.read", target_type="AccompanyTask",
                                          target_id=task.id, reason=f"companion {c.state if c else 'none'}")
    raise TaskNotFound()


def _present(c: Companion, in_room: set[int], now: dt.datetime) -> bool:
    return c.state == "accepted" and (c.account_id in in_room or (
        c.last_seen_at is not None and (now - c.last_seen_at).total_seconds() <= PRESENT_SECONDS))


async def _in_room(task: AccompanyTask) -> set[int]:
    if task.room_id is None:
        return set()
    from core.rooms.models import RoomParticipant

    return set(await RoomParticipant.filter(room_id=task.room_id, account_type="mp", present=True,
                                            state="admitted").values_list("account_id", flat=True))


async def _companions(task: AccompanyTask, pa: int | None, *, only_accepted: bool) -> list[CompanionOut]:
    qs = Companion.filter(task_id=task.id)
    if only_accepted:
        qs = qs.filter(state="accepted")
    rows = await qs.order_by("id")
    names = await _names(c.account_id for c in rows)
    relations = await _relations(pa, [c.account_id for c in rows])
    in_room, now = await _in_room(task), utcnow()
    return [CompanionOut(id=c.id, account_id=c.account_id, name=names.get(c.account_id),
                         relation=relations.get(c.account_id, "家庭成员"), state=c.state,
                         state_label=STATE_LABELS.get(c.state, c.state), accepted_at=c.accepted_at,
                         present=_present(c, in_room, now), last_seen_at=c.last_seen_at) for c in rows]


async def task_home(*, actor: Principal, task_id: int) -> TaskHomeOut:
    """患者陪诊主页 / 陪诊人主页: the visit, the companions (accepted, present), the steps live (core/visits'
    reading, through the viewer this domain registers), and the actions for the patient's own account
    only. A companion's reading is logged under the grant, for the patient to see."""
    task = await AccompanyTask.get_or_none(id=task_id)
    if task is None:
        raise TaskNotFound()
    role, me_row, _ = await _role(actor, task)
    visit = await Visit.get(id=task.visit_id)
    _, pa = await _patient_account(visit)
    sees_steps = role == "patient" or (role == "companion" and task.state == ACTIVE)
    shown = await visit_view.detail(actor, visit) if sees_steps else None  # a companion's look logged there
    if role == "companion" and shown is not None:
        await touch(actor=actor, task_id=task.id)
    can_act = (role == "patient" and task.state == ACTIVE and visit.state == "open" and shown is not None
               and shown.mine)
    owner = (await _names([task.owner_id])).get(task.owner_id)
    return TaskHomeOut(
        id=task.id, role="patient" if role == "patient" else "companion", state=task.state,
        end_reason=task.end_reason, reminder=task.reminder, owner_name=owner, visit=await _visit_out(visit),
        companions=await _companions(task, pa, only_accepted=role != "patient"),
        my_companion_id=me_row.id if me_row else None, my_state=me_row.state if me_row else None,
        steps=shown.steps if shown else None, todos=shown.todos if shown else [],
        guide=shown.guide if shown else "", can_act=can_act, actions=shown.actions if can_act else [],
        room_id=task.room_id if task.state == ACTIVE and role in ("patient", "companion") else None,
        created_at=task.created_at, ended_at=task.ended_at,
        topics=[f"{TOPIC}:{task.id}", f"visit:{visit.id}"] if shown is not None and task.state == ACTIVE else [])


async def touch(*, actor: Principal, task_id: int) -> None:
    """The companion's home is open (called by its reads and a heartbeat): presence for the patient."""
    me = require_mp(actor)
    c = await Companion.get_or_none(task_id=task_id, account_id=me, state="accepted")
    if c is None:
        task = await AccompanyTask.get_or_none(id=task_id)
        if task is None or task.owner_id != me:
            raise TaskNotFound()
        return
    now = utcnow()
    was = c.last_seen_at is not None and (now - c.last_seen_at).total_seconds() <= PRESENT_SECONDS
    await Companion.filter(id=c.id).update(last_seen_at=now)
    if not was:
        task = await AccompanyTask.get(id=task_id)
        c.last_seen_at = now
        await _changed(task, "present", companion=c)


async def tasks(*, actor: Principal, role: str = "patient", state: str | None = None) -> TasksOut:
    """The actor's tasks in one role, newest first: as patient (发起的), or as companion (invitations
    to answer and accompaniments accepted; removed and declined ones are no longer shown).
    `state="ended"` is the history (陪诊记录履历)."""
    me = require_mp(actor)
    if role == "patient":
        qs = AccompanyTask.filter(owner_id=me)
        mine: dict[int, str] = {}
    else:
        rows = await Companion.filter(account_id=me, state__in=("invited", "accepted")) \
            .values_list("task_id", "state")
        mine = dict(rows)
        qs = AccompanyTask.filter(id__in=list(mine))
    if state:
        qs = qs.filter(state=state)
    found = await qs.order_by("-created_at", "-id").limit(200)
    found = [t for t in found if role == "patient" or mine[t.id] == "accepted" or t.state == ACTIVE]
    visits = await visit_view.visits_by_id(list({t.visit_id for t in found}))
    summaries = {s["id"]: s for s in await visit_view.summaries(list(visits.values()))}
    names = await _names(t.owner_id for t in found)
    counts: dict[int, int] = {}
    for tid in await Companion.filter(task_id__in=[t.id for t in found], state="accepted") \
            .values_list("task_id", flat=True):
        counts[tid] = counts.get(tid, 0) + 1
    active = {t.visit_id: t.id for t in found if t.state == ACTIVE}
    items = [TaskOut(id=t.id, role=role, state=t.state, end_reason=t.end_reason, reminder=t.reminder,
                     owner_name=names.get(t.owner_id),
                     visit=VisitOut(**{**summaries[t.visit_id], "task_id": active.get(t.visit_id)}),
                     my_state=mine.get(t.id), companions=counts.get(t.id, 0), created_at=t.created_at,
                     ended_at=t.ended_at) for t in found]
    return TasksOut(items=items)


async def act(*, actor: Principal, task_id: int, action: str):
    """A visit action from the patient's home (check in, cancel the booking), through core/visits
    (which lets only the patient's own account act). A companion never advances a step:
    403 accompany.companion_cannot_act, audited."""
    me = require_mp(actor)
    task = await AccompanyTask.get_or_none(id=task_id)
    if task is None:
        raise TaskNotFound()
    if task.owner_id != me:
        if await Companion.filter(task_id=task_id, account_id=me).exists():
            await audit_service.record_denied(actor=actor, action="accompany.act", target_type="AccompanyTask",
                                              target_id=task_id, reason=f"companion tried {action[:32]}")
            raise CompanionCannotAct()
        raise TaskNotFound()
    if task.state != ACTIVE:
        raise TaskEnded()
    return await visit_view.act(actor=actor, visit_id=task.visit_id, action=action)


# ---------------------------------------------------------------- what other domains ask


async def viewer_of(actor: Principal, visit: Visit) -> tuple[str, Grant | None] | None:
    """("owner", None) or ("companion", grant) when the actor belongs to a running task of the visit:
    its owner, or an accepted companion whose `accompaniment` grant lasts; None otherwise."""
    if actor.kind != "mp" or actor.id is None:
        return None
    me = int(actor.id)
    task = await AccompanyTask.filter(visit_id=visit.id, state=ACTIVE).first()
    if task is None:
        return None
    if task.owner_id == me:
        return "owner", None
    if await Companion.filter(task_id=task.id, account_id=me, state="accepted").exists():
        _, pa = await _patient_account(visit)
        grant = await _grant(pa, me)
        if grant is not None:
            return "companion", grant
    return None


async def can_view_visit(actor: Principal, visit: Visit) -> bool | None:
    """core/visits' viewer hook (its reading and `visit:<id>`): the owner and the accepted companions
    (grant live) of a running task may read the visit, read-only. A companion's every look (a read, a
    subscription) is logged under the grant and audited. None: not ours to say."""
    found = await viewer_of(actor, visit)
    if found is None:
        return None
    kind, grant = found
    if kind == "companion":
        await family_service.log_access(actor=actor, grant=grant, action="accompany.view", target_type="Visit",
                                        target_id=visit.id)
    return True


async def is_companion(actor: Principal, visit_id: int) -> bool:
    """For core/visits' `act`: is the actor (only) a companion of the visit? Then it refuses 403."""
    if actor.kind != "mp" or actor.id is None:
        return False
    return await Companion.filter(task__visit_id=visit_id, task__state=ACTIVE, account_id=int(actor.id)) \
        .exclude(task__owner_id=int(actor.id)).exists()


async def _topic_access(actor: Principal, topic_id: str) -> topics.TopicAccess:
    if not topic_id.isdigit():
        raise TaskNotFound()
    task = await AccompanyTask.get_or_none(id=int(topic_id))
    if task is None:
        raise TaskNotFound()
    role, _, _ = await _role(actor, task, audit=False)
    if role == "invited":
        raise TaskNotFound()
    if role == "companion" and task.state == ACTIVE:
        await touch(actor=actor, task_id=task.id)  # following the task: present for the patient
    return topics.TopicAccess(live=task.state == ACTIVE)


def register_topics() -> None:
    """Start-up wiring: `accompany:<task id>` carries the task's changes (unsequenced notices)."""
    topics.register(topics.TopicKind(TOPIC, authorise=_topic_access))


# ---------------------------------------------------------------- the video room


async def sync_room(*, task_id: int) -> None:
    """Make the task's room follow the task: removed (or declined) companions taken out, the room ended
    with the task. Idempotent; a provider that is away leaves it to the group `accompany.rooms`."""
    from core.accompany import video

    try:
        await video.sync(task_id)
    except AppError as exc:
        log.warning("accompany: room of task %s not in step yet (%s); the group retries", task_id, exc.code)


async def on_grant_ended(event: Event) -> None:
    """Consumer (group `accompany.grants`) of `family.grant_ended`: a companion whose `accompaniment`
    grant ended is taken out of the video rooms of the grantor's running tasks (their sockets were
    already re-checked by the gateway; reads and joins are refused by the grant check)."""
    p = event.payload
    if p.get("scope") != SCOPE:
        return
    tasks = await AccompanyTask.filter(state=ACTIVE, room_id__isnull=False, visit__patient__account_id=int(p["grantor"]),
                                       companions__account_id=int(p["grantee"])).values_list("id", flat=True)
    from core.accompany import video

    for task_id in set(tasks):
        await video.sync(task_id)


async def on_room_sync(event: Event) -> None:
    """Consumer (group `accompany.rooms`) of `accompany.room_sync`: raises while the provider is away."""
    from core.accompany import video

    await video.sync(int(event.payload["task_id"]))
