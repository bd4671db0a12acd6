"""The visit assistant as patients and relatives see it (seed 003 门诊就医助手): my visits, a visit's
steps with their data items and guide, the to-dos, the live topic `visit:<id>`, and the patient's
own actions (check in, cancel the booking) through the HIS adapter.

Why one gate (`_viewable`): a visit is health data. Its patient's own account always sees it; a
family member sees it only under a live `health_records` grant of the patient (core.family:
`authorize`, and every access written with `log_access` where the patient reads it); other
domains may register viewers (`register_viewer`: core/accompany lets a visit's accepted
companions read it) without this module importing them. Everybody else gets 404, as for a visit
that does not exist, and the attempt is audited. Only the patient's own account acts.
"""
from __future__ import annotations

import inspect
from typing import Any, Awaitable, Callable

from core import topics
from core.audit import service as audit_service
from core.errors import AppError
from core.family import service as family_service
from core.family.errors import NoGrant
from core.family.models import Grant, Patient
from core.his import adapter as his_adapter
from core.masking import mask_id_number, mask_name
from core.orgs.models import OrgNode
from core.principal import Principal
from core.visits import steps as steps_config
from core.visits.apply import apply_batch, topic_of
from core.visits.errors import ActionUnavailable, AssistantClosed, NotAllowed, UnknownAction, VisitNotFound
from core.visits.models import HisConnection, Visit, VisitEvent, VisitStep, VisitTodo
from core.visits.schemas import (
    STATE_TEXT, VISIT_STATE_TEXT, ActedOut, StepOut, TodoOut, TodosOut, VisitDetailOut, VisitOut, VisitPatientOut,
    VisitsOut,
)

SCOPE = "health_records"  # the family grant that lets a relative see a visit
TOPIC = "visit"
ACTIONS = {"checkin": "签到", "cancel": "取消预约"}
LIST_LIMIT = 50

Viewer = Callable[[Principal, Visit], "Awaitable[bool | None] | bool | None"]
_viewers: list[Viewer] = []


def register_viewer(fn: Viewer) -> None:
    """Start-up wiring: `fn(actor, visit)` answers True when the actor may read the visit (read-only),
    None or False when it has no say. Registering the same function again changes nothing."""
    if fn not in _viewers:
        _viewers.append(fn)


# ------------------------------------------------------------------ who may see a visit

class _Access:
    __slots__ = ("own", "grant", "viewer")

    def __init__(self, own: bool, grant: Grant | None = None, viewer: bool = False):
        self.own, self.grant, self.viewer = own, grant, viewer


async def _owner_account(visit: Visit) -> int | None:
    return await Patient.filter(id=visit.patient_id).first().values_list("account_id", flat=True)


async def _viewable(actor: Principal, visit: Visit, *, action: str) -> _Access:
    """How the actor may see the visit, or VisitNotFound (audited). A grant holder's access is logged."""
    if actor.kind == "mp" and actor.id is not None:
        if await _owner_account(visit) == actor.id:
            return _Access(own=True)
        for fn in _viewers:
            said = fn(actor, visit)
            if inspect.isawaitable(said):
                said = await said
            if said:
                return _Access(own=False, viewer=True)
        try:
            grant = await family_service.authorize(actor=actor, patient_id=visit.patient_id, scope=SCOPE)
        except NoGrant:
            grant = None  # authorize recorded the denial
        else:
            if grant is not None:
                await family_service.log_access(actor=actor, grant=grant, action=action, target_type="Visit",
                                                target_id=visit.id)
                return _Access(own=False, grant=grant)
    else:
        await audit_service.record_denied(actor=actor, action=f"visits.{action}", target_type="Visit",
                                          target_id=visit.id, reason="not a mini-program account")
    raise VisitNotFound(details={"id": visit.id})


async def can_view(actor: Principal, visit: Visit) -> bool:
    """May the actor read this visit (its patient, a grant holder, a registered viewer)? A grant
    holder's look is logged for the patient, a refusal audited."""
    try:
        await _viewable(actor, visit, action="view")
    except VisitNotFound:
        return False
    return True


async def _visit(actor: Principal, visit_id: int, *, action: str) -> tuple[Visit, _Access]:
    visit = await Visit.filter(id=visit_id).first()
    if visit is None:
        raise VisitNotFound(details={"id": visit_id})
    return visit, await _viewable(actor, visit, action=action)


# ------------------------------------------------------------------ shaping

async def _institutions(ids: set[int]) -> dict[int, str]:
    return dict(await OrgNode.filter(id__in=ids).values_list("id", "name")) if ids else {}


async def _patients(ids: set[int]) -> dict[int, Patient]:
    return {p.id: p for p in await Patient.filter(id__in=ids)} if ids else {}


def _patient_out(p: Patient | None, patient_id: int) -> VisitPatientOut:
    return VisitPatientOut(id=patient_id, name=mask_name(p.name) if p else None,
                           id_number=mask_id_number(p.id_number) if p else None)


async def _configs(institution_ids: set[int]) -> dict[int, list[steps_config.Step]]:
    return {i: await steps_config.config_of(i) for i in institution_ids}


def _step_name(config: list[steps_config.Step], code: str) -> str:
    return next((s.name for s in config if s.code == code), "")


async def _outs(visits: list[Visit], me: int | None) -> list[VisitOut]:
    names = await _institutions({v.institution_id for v in visits})
    people = await _patients({v.patient_id for v in visits})
    configs = await _configs({v.institution_id for v in visits})
    open_counts: dict[int, int] = {}
    for vid in await VisitTodo.filter(visit_id__in=[v.id for v in visits], state="open").values_list("visit_id",
                                                                                                   flat=True):
        open_counts[vid] = open_counts.get(vid, 0) + 1
    return [_out(v, names.get(v.institution_id, ""), people.get(v.patient_id), configs[v.institution_id],
                 open_counts.get(v.id, 0), me) for v in visits]


def _out(v: Visit, institution_name: str, p: Patient | None, config: list[steps_config.Step], open_todos: int,
         me: int | None) -> VisitOut:
    return VisitOut(id=v.id, institution_id=v.institution_id, institution_name=institution_name, his_visit=v.his_visit,
                    patient=_patient_out(p, v.patient_id), mine=p is not None and me is not None and p.account_id == me,
                    department=v.department, doctor=v.doctor, location=v.location, visit_date=v.visit_date,
                    step=v.step, step_name=_step_name(config, v.step), state=v.state,
                    state_text=VISIT_STATE_TEXT.get(v.state, v.state), ended_at=v.ended_at, created_at=v.created_at,
                    open_todos=open_todos, seq=v.seq)


def _actions(visit: Visit, config: list[steps_config.Step], rows: dict[str, VisitStep]) -> list[str]:
    """What the patient may do now: check in before the check-in step is over, cancel before the
    visit got past registration."""
    if visit.state != "open":
        return []
    enabled = [s for s in config if s.enabled]
    pos = {s.code: s.position for s in enabled}
    reached = pos.get(visit.step, 0)
    out = []
    if "checkin" in pos and reached <= pos["checkin"]:
        row = rows.get("checkin")
        if row is None or row.state in ("pending", "waiting", "active"):
            out.append("checkin")
    early = max((pos[c] for c in ("appointment", "registration") if c in pos), default=0)
    if early and reached <= early and not any(
            r.state == "done" for c, r in rows.items() if c in pos and pos[c] > early):
        out.append("cancel")
    return out


def _todo_out(t: VisitTodo, config: list[steps_config.Step], institution_name: str = "") -> TodoOut:
    return TodoOut(id=t.id, visit_id=t.visit_id, step=t.step, step_name=_step_name(config, t.step), kind=t.kind,
                   text=t.text, state=t.state, institution_name=institution_name, created_at=t.created_at,
                   updated_at=t.updated_at)


async def _detail(visit: Visit, access: _Access, me: int | None) -> VisitDetailOut:
    config = await steps_config.config_of(visit.institution_id)
    rows = {s.code: s for s in await VisitStep.filter(visit_id=visit.id)}
    names = await _institutions({visit.institution_id})
    people = await _patients({visit.patient_id})
    todos = await VisitTodo.filter(visit_id=visit.id, state="open").order_by("id")
    base = _out(visit, names.get(visit.institution_id, ""), people.get(visit.patient_id), config, len(todos), me)
    actions = _actions(visit, config, rows) if access.own else []
    shown = [s for s in config if s.enabled or s.code in rows]
    steps = []
    for s in shown:
        row = rows.get(s.code)
        state = row.state if row else "pending"
        steps.append(StepOut(code=s.code, name=s.name, position=s.position, state=state,
                             state_text=STATE_TEXT.get(state, state), data=row.data if row else {},
                             his_at=row.his_at if row else None, guide=s.guide, current=s.code == visit.step,
                             actions=[a for a in actions if (a == "checkin" and s.code == "checkin")
                                      or (a == "cancel" and s.code in ("appointment", "registration"))]))
    current = next((s for s in shown if s.code == visit.step), None)
    after = [s for s in shown if s.enabled and current is not None and s.position > current.position]
    nxt = after[0] if after else (shown[0] if current is None and shown else None)
    return VisitDetailOut(**base.model_dump(), steps=steps,
                          todos=[_todo_out(t, config, base.institution_name) for t in todos],
                          guide=(current.guide if current else (nxt.guide if nxt else "")),
                          next_step=nxt.code if nxt else None, actions=actions)


# ------------------------------------------------------------------ reading

async def my_visits(*, actor: Principal, patient_id: int | None = None, limit: int = LIST_LIMIT) -> VisitsOut:
    """The actor's own visits (of every 就诊人 of the account), newest first; with `patient_id`, that
    patient's: the actor's own 就诊人, or a member who granted `health_records` (the look is logged)."""
    me = _mp(actor)
    if patient_id is None:
        qs = Visit.filter(patient__account_id=me)
    else:
        grant = await family_service.authorize(actor=actor, patient_id=patient_id, scope=SCOPE)
        await family_service.log_access(actor=actor, grant=grant, action="visits", target_type="Patient",
                                        target_id=patient_id)
        qs = Visit.filter(patient_id=patient_id)
    visits = await qs.order_by("-created_at", "-id").limit(limit)
    return VisitsOut(items=await _outs(visits, me))


async def visits_of(*, patient_id: int, limit: int = LIST_LIMIT) -> list[VisitDetailOut]:
    """For other domains that authorised and logged the access themselves (core/family/archive.py):
    the patient's visits with their steps, newest first."""
    visits = await Visit.filter(patient_id=patient_id).order_by("-created_at", "-id").limit(limit)
    return [await _detail(v, _Access(own=False), None) for v in visits]


async def visit_detail(*, actor: Principal, visit_id: int) -> VisitDetailOut:
    visit, access = await _visit(actor, visit_id, action="view")
    return await _detail(visit, access, actor.id)


async def todos(*, actor: Principal, include_done: bool = False, limit: int = 100) -> TodosOut:
    """The open to-dos of the actor's own visits, newest first."""
    me = _mp(actor)
    qs = VisitTodo.filter(patient__account_id=me)
    if not include_done:
        qs = qs.filter(state="open")
    rows = await qs.order_by("-updated_at", "-id").limit(limit)
    institution_of = dict(await Visit.filter(id__in={t.visit_id for t in rows}).values_list("id", "institution_id")) \
        if rows else {}
    names = await _institutions(set(institution_of.values()))
    configs = await _configs(set(institution_of.values()))
    return TodosOut(items=[_todo_out(t, configs[institution_of[t.visit_id]],
                                     names.get(institution_of[t.visit_id], "")) for t in rows])


def _mp(actor: Principal) -> int:
    if actor.kind != "mp" or actor.id is None:
        raise VisitNotFound()
    return actor.id


# ------------------------------------------------------------------ the patient's actions

async def act(*, actor: Principal, visit_id: int, action: str) -> ActedOut:
    """Check in, or cancel the booking, through the institution's HIS: the HIS reports the change
    as an event, which moves the step. Only the patient's own account acts (relatives and
    companions read only: 403 visits.not_allowed)."""
    if action not in ACTIONS:
        raise UnknownAction(details={"action": action, "known": sorted(ACTIONS)})
    visit, access = await _visit(actor, visit_id, action=f"act.{action}")
    if not access.own:
        await audit_service.record_denied(actor=actor, action=f"visits.{action}", target_type="Visit",
                                          target_id=visit.id, reason="not the patient")
        raise NotAllowed()
    config = await steps_config.config_of(visit.institution_id)
    rows = {s.code: s for s in await VisitStep.filter(visit_id=visit.id)}
    if action not in _actions(visit, config, rows):
        raise ActionUnavailable(details={"action": action, "step": visit.step, "state": visit.state})
    connection = await HisConnection.filter(institution_id=visit.institution_id).first()
    if connection is None or not connection.assistant_enabled:
        raise AssistantClosed()
    cls = his_adapter.adapter_class(connection.adapter)
    if cls is None:
        raise his_adapter.HisUnavailable("该机构的HIS接口未配置", details={"adapter": connection.adapter})
    adapter = cls(institution_id=visit.institution_id, config=connection.config)
    method = getattr(adapter, "check_in" if action == "checkin" else "cancel_booking", None)
    if method is None:
        raise his_adapter.HisUnavailable(details={"adapter": connection.adapter, "action": action})
    try:
        reported = await method(his_visit=visit.his_visit)
    except AppError:
        raise
    except Exception as exc:  # the HIS's failure is not ours to show
        raise his_adapter.HisUnavailable(details={"action": action}) from exc
    await audit_service.record(actor=actor, action=f"visits.{action}", target_type="Visit", target_id=visit.id,
                               after={"his_visit": visit.his_visit, "institution": visit.institution_id})
    if isinstance(reported, list) and reported:
        # What the HIS answered is applied now (the patient sees it at once); the same events coming
        # again through the HIS's feed are duplicates.
        await apply_batch(institution_id=visit.institution_id, items=reported[:50], source="act")
    return ActedOut(visit_id=visit.id, action=action, done=True,
                    message=f"{ACTIONS[action]}已提交，医院确认后就诊进度会自动更新")


# ------------------------------------------------------------------ the realtime topic `visit:<id>`

def _vid(tid: str) -> int:
    if not (tid.isdigit() and len(tid) <= 10 and 1 <= int(tid) <= 2**31 - 1):
        raise VisitNotFound()
    return int(tid)


async def _topic_access(actor: Principal, tid: str) -> topics.TopicAccess:
    visit, _ = await _visit(actor, _vid(tid), action="subscribe")
    return topics.TopicAccess(seq=visit.seq, live=visit.state == "open")


async def _topic_items(tid: str, after_seq: int, limit: int) -> list[dict[str, Any]]:
    """The applied changes after `after_seq`, in order: the step, its state, and the step's data as it stands."""
    visit = await Visit.filter(id=_vid(tid)).first()
    if visit is None:
        return []
    rows = await VisitEvent.filter(visit_id=visit.id, status="applied", seq__gt=after_seq) \
        .order_by("seq").limit(limit).only("seq", "event_id", "step", "state", "his_at")
    config = await steps_config.config_of(visit.institution_id)
    data = dict(await VisitStep.filter(visit_id=visit.id, code__in={r.step for r in rows}).values_list("code", "data")) \
        if rows else {}
    return [{"seq": r.seq, "step": r.step, "name": _step_name(config, r.step), "state": r.state,
             "state_text": STATE_TEXT.get(r.state, r.state), "at": r.his_at.isoformat() if r.his_at else None,
             "data": data.get(r.step) or {}, "visit": {"id": visit.id, "step": visit.step, "state": visit.state}}
            for r in rows]


def register_topics() -> None:
    """Start-up wiring: `visit:<id>` topics for the realtime gateway (sequenced by Visit.seq)."""
    topics.register(topics.TopicKind(TOPIC, authorise=_topic_access, fetch=_topic_items))


__all__ = ["act", "can_view", "my_visits", "register_topics", "register_viewer", "todos", "topic_of",
           "visit_detail", "visits_of"]
