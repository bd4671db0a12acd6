"""Each institution's outpatient visit steps: which, in which order, their names, to-dos and guides.

Why: hospitals differ (one has no check-in, one calls 缴费 收费); the patient sees the steps as
their hospital names them. Until a console user saves a configuration (`visits.manage`, scoped to
the institution), the defaults below hold. The event centre (core/visits/apply.py) reads the
configuration of every batch: an event for a step that is not enabled is quarantined.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.db import transactional
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal
from core.visits.errors import InstitutionNotFound, StepConfigInvalid
from core.visits.models import VisitStepConfig
from core.visits.schemas import STEP_CODES, StepConfigIn, StepConfigOut, StepsOut

PERMISSION = "visits.manage"

TODO_KINDS = {"pending_payment": "待支付", "in_consultation": "当前就诊中", "report_ready": "检查报告已出",
              "medicine_ready": "药品已备好，请取药", "questionnaire": "诊后问卷待填写"}


@dataclass(frozen=True)
class Step:
    code: str
    position: int
    name: str
    enabled: bool = True
    todo: str = ""
    todo_state: str = "waiting"
    guide: str = ""

    def todo_text(self) -> str:
        """The to-do's line: the defaults' own words, else the kind's with the step's name."""
        if not self.todo:
            return ""
        own = DEFAULT_TODO_TEXT.get((self.code, self.todo))
        if own:
            return own
        if self.todo == "pending_payment":
            return f"{self.name}待支付"
        return TODO_KINDS.get(self.todo, self.name)


DEFAULTS: tuple[Step, ...] = (
    Step("appointment", 1, "门诊预约", guide="请按预约时间到院，先签到再候诊"),
    Step("registration", 2, "门诊挂号", todo="pending_payment", todo_state="waiting",
         guide="挂号缴费后，请到就诊科室所在楼层签到"),
    Step("checkin", 3, "门诊签到", guide="签到后请在候诊区等候叫号"),
    Step("queue", 4, "排队候诊", guide="请留意叫号屏和消息提醒，过号需重新签到"),
    Step("consultation", 5, "门诊就诊", todo="in_consultation", todo_state="active",
         guide="就诊结束后，请按医嘱缴费"),
    Step("payment", 6, "门诊缴费", todo="pending_payment", todo_state="waiting",
         guide="缴费后请按指引去检验检查或取药"),
    Step("exam", 7, "检验检查", todo="report_ready", todo_state="done",
         guide="请按指引到检查地点；报告出来后可在线查看"),
    Step("pharmacy", 8, "门诊取药", todo="medicine_ready", todo_state="waiting",
         guide="凭取药码到指定窗口取药"),
    Step("followup", 9, "诊后随访", todo="questionnaire", todo_state="waiting",
         guide="请按时填写诊后问卷，如有不适及时复诊"),
)
DEFAULT_TODO_TEXT = {("registration", "pending_payment"): "挂号待支付", ("payment", "pending_payment"): "处方待缴费"}


CACHE_SECONDS = 5.0  # another process's save is seen this much later at most (this process's at once)
_cache: dict[tuple[int, object], tuple[float, list[Step]]] = {}


async def config_of(institution_id: int) -> list[Step]:
    """The institution's steps in order (every code: enabled or not); the defaults when none saved."""
    rows = await VisitStepConfig.filter(institution_id=institution_id).order_by("position", "id")
    if not rows:
        return list(DEFAULTS)
    return [Step(r.code, r.position, r.name, r.enabled, r.todo, r.todo_state, r.guide) for r in rows]


async def cached_config(institution: OrgNode) -> list[Step]:
    """`config_of` kept a few seconds per process (the event centre reads it for every batch), keyed
    by the institution row itself (its id and creation time)."""
    key, now = (institution.id, institution.created_at), time.monotonic()
    hit = _cache.get(key)
    if hit is not None and now - hit[0] < CACHE_SECONDS:
        return hit[1]
    steps = await config_of(institution.id)
    if len(_cache) > 10_000:
        _cache.clear()
    _cache[key] = (now, steps)
    return steps


def _out(institution: OrgNode, steps: list[Step], customised: bool) -> StepsOut:
    return StepsOut(institution_id=institution.id, institution_name=institution.name, customised=customised,
                    steps=[StepConfigOut(code=s.code, position=s.position, name=s.name, enabled=s.enabled,
                                         todo=s.todo, todo_state=s.todo_state, guide=s.guide) for s in steps],
                    todo_kinds=TODO_KINDS)


async def _institution(actor: Principal, institution_id: int) -> OrgNode:
    await scope.require(actor, PERMISSION)
    node = await scope.get(actor, OrgNode, institution_id)
    if node.kind != OrgKind.MEDICAL:
        raise InstitutionNotFound(details={"id": institution_id})
    return node


async def get_config(*, actor: Principal, institution_id: int) -> StepsOut:
    node = await _institution(actor, institution_id)
    customised = await VisitStepConfig.filter(institution_id=institution_id).exists()
    return _out(node, await config_of(institution_id), customised)


def _validated(steps: list[StepConfigIn]) -> list[StepConfigIn]:
    codes = [s.code for s in steps]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise StepConfigInvalid("就诊环节重复", details={"codes": dupes})
    positions = [s.position for s in steps]
    if len(set(positions)) != len(positions):
        raise StepConfigInvalid("环节顺序号重复", details={"positions": sorted(positions)})
    unknown = [s.todo for s in steps if s.todo and s.todo not in TODO_KINDS]
    if unknown:
        raise StepConfigInvalid("未知的待办类型", details={"todo": unknown, "known": sorted(TODO_KINDS)})
    if not any(s.enabled for s in steps):
        raise StepConfigInvalid("至少启用一个就诊环节")
    return sorted(steps, key=lambda s: s.position)


@transactional
async def save_config(*, actor: Principal, institution_id: int, steps: list[StepConfigIn]) -> StepsOut:
    """Replace the institution's configuration. Codes not listed are kept, disabled, after the listed ones
    (the vocabulary is fixed: every code has a row once a configuration is saved)."""
    node = await _institution(actor, institution_id)
    chosen = _validated(steps)
    listed = {s.code for s in chosen}
    last = max(s.position for s in chosen)
    rest = [StepConfigIn(code=d.code, position=last + n, name=d.name, enabled=False, todo=d.todo,
                         todo_state=d.todo_state, guide=d.guide)
            for n, d in enumerate((d for d in DEFAULTS if d.code not in listed), start=1)]
    async with in_transaction():
        before = [(s.code, s.position, s.name, s.enabled) for s in await config_of(institution_id)]
        await VisitStepConfig.filter(institution_id=institution_id).delete()
        await VisitStepConfig.bulk_create([VisitStepConfig(institution_id=institution_id, **s.model_dump())
                                           for s in chosen + rest])
        await audit_service.record(actor=actor, action="visits.steps_save", target_type="OrgNode",
                                   target_id=institution_id,
                                   before={"steps": before},
                                   after={"steps": [(s.code, s.position, s.name, s.enabled) for s in chosen]})
    assert set(STEP_CODES) == {s.code for s in chosen + rest}
    saved = await config_of(institution_id)
    _cache[(node.id, node.created_at)] = (time.monotonic(), saved)
    return _out(node, saved, True)
