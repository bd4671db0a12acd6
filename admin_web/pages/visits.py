"""就医助手 in the console (issue 13 points 1 and 2; seed 003 门诊就医助手 1 助手节点维护管理):
就诊节点配置 (an institution's visit steps: enabled, order, names, to-dos, guide; saved as a whole),
隔离事件 (the events the centre could not apply: filters, a payload pretty-printed, batch 重放 / 丢弃
with each row's outcome, xlsx) and 就诊监控 (the visits in scope, a visit's steps, to-dos and event
trail). 机构接入 (point 7) is visits_onboarding.py.

Why: the people who onboard hospitals and look after the event centre work from a browser on the
same services as the JSON API (core/visits: steps for the configuration, quarantine for replay,
monitor for what the console reads of visits); those decide scope, permission (`visits.manage`)
and audit. These pages turn answers into HTML and refusals into messages beside the form that
caused them; every post redirects (POST → 303 → GET) with what it did flashed.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.pages import blueprint as bp
from admin_web.pages.common import (
    Listing, Outcome, Params, check_form, done, list_url, page, refuse, render, respond, row_labels,
)
from core.batch import RowResult
from core.errors import AppError, ValidationFailed
from core.visits import monitor, quarantine
from core.visits import steps as visit_steps
from core.visits.schemas import STATE_TEXT, VISIT_STATE_TEXT, QuarantineFilter, ReplayOut, StepsIn

BASE = "/admin/visits"
STEPS = f"{BASE}/steps"
QUARANTINE = f"{BASE}/quarantine"
MONITOR = f"{BASE}/monitor"

STEP_LABELS = {s.code: s.name for s in visit_steps.DEFAULTS}
STEP_STATES = dict(STATE_TEXT)
TODO_KINDS = visit_steps.TODO_KINDS
TODO_STATES = {k: STEP_STATES[k] for k in ("active", "waiting", "done")}
REASONS = {"malformed": "格式错误", "unknown_patient": "患者不存在", "unknown_step": "节点未启用",
           "unknown_visit": "就诊不存在且无患者信息", "institution_disabled": "机构未开通"}
VISIT_STATES = dict(VISIT_STATE_TEXT)
EVENT_STATUSES = {"applied": "已应用", "stale": "过期（未覆盖）", "quarantined": "已隔离", "replayed": "已重放",
                  "discarded": "已丢弃"}
FIELD_LABELS = {"institution_id": "机构", "reason": "原因", "date_from": "开始日期", "date_to": "结束日期",
                "state": "状态", "step": "节点", "q": "就诊号"}
QUARANTINE_FILTERS = ("institution_id", "reason", "date_from", "date_to")
MONITOR_FILTERS = ("institution_id", "state", "step", "date_from", "date_to", "q")


def _invalid(errors: dict[str, str], what: str = "查询条件") -> ValidationFailed:
    return ValidationFailed(f"{what}有误：" + "；".join(f"{FIELD_LABELS.get(k, k)}{v}" for k, v in errors.items()),
                            details={"errors": [{"path": k, "message": v, "type": "value"}
                                                for k, v in errors.items()]})


def _date(p: Params, name: str) -> dt.date | None:
    raw = p.text(name, max_length=10)
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise _invalid({name: "应为 yyyy-mm-dd 格式的日期"}) from None


def pretty(value: Any) -> str:
    """A payload as people read it: indented JSON, Chinese kept as typed."""
    if value is None:
        return ""
    if isinstance(value, (bytes, str)):
        try:
            value = json.loads(value)
        except (ValueError, TypeError):
            return value.decode(errors="replace") if isinstance(value, bytes) else value
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False, default=str)


def lag_text(seconds: float | int | None) -> str:
    """How far behind the HIS the centre is, as people read it."""
    if seconds is None:
        return "—"
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}秒"
    if seconds < 3600:
        return f"{seconds // 60}分{seconds % 60:02d}秒"
    if seconds < 86400:
        return f"{seconds // 3600}小时{seconds % 3600 // 60:02d}分"
    return f"{seconds // 86400}天{seconds % 86400 // 3600}小时"


COMMON = dict(step_labels=STEP_LABELS, step_states=STEP_STATES, todo_kinds=TODO_KINDS, todo_states=TODO_STATES,
              reasons=REASONS, visit_states=VISIT_STATES, event_statuses=EVENT_STATUSES, pretty=pretty,
              lag_text=lag_text, base=BASE)


async def institution_choices(actor) -> dict[int, str]:
    """The onboarded institutions of the actor's scope: the filters' and pickers' choices."""
    return await monitor.institutions(actor=actor)


# ---------------------------------------------------------------- 就诊节点配置

@bp.get("/visits/steps")
@page
async def visits_steps_home(request: Request):
    """The onboarded institutions to configure."""
    choices = await institution_choices(request.ctx.actor)
    return await render(request, "admin/visits/steps_home.html", institutions=choices, **COMMON)


def _rows_of(config: Any) -> list[dict[str, Any]]:
    """The editor's rows from the service's configuration, in its order."""
    return [{"code": s.code, "enabled": bool(s.enabled), "name": s.name, "todo": s.todo or "",
             "todo_state": s.todo_state or "waiting", "guide": s.guide or ""} for s in config.steps]


def _typed_rows(request: Request) -> list[dict[str, Any]]:
    """The rows as posted (in the order shown), each one's fields suffixed with its row number."""
    f = request.form
    rows = []
    raw_count = (f.get("count") or "").strip()
    count = min(int(raw_count), 30) if raw_count.isdigit() else 0
    for i in range(count):
        code = (f.get(f"code_{i}") or "").strip()
        if not code:
            continue
        rows.append({"code": code[:24], "enabled": f.get(f"enabled_{i}") in ("1", "on", "true"),
                     "name": (f.get(f"name_{i}") or "").strip(), "todo": (f.get(f"todo_{i}") or "").strip(),
                     "todo_state": (f.get(f"todo_state_{i}") or "").strip() or "waiting",
                     "guide": (f.get(f"guide_{i}") or "").strip()})
    return rows


@bp.get("/visits/steps/<institution_id:int>")
@page
async def visits_steps(request: Request, institution_id: int):
    actor = request.ctx.actor
    config = await visit_steps.get_config(actor=actor, institution_id=institution_id)
    choices = await institution_choices(actor)
    return await render(request, "admin/visits/steps.html", rows=_rows_of(config), steps_form=None, steps_errors={},
                        customised=config.customised, todo_kinds=config.todo_kinds or TODO_KINDS,
                        institution_id=institution_id, institutions=choices,
                        institution_name=config.institution_name, here=f"{STEPS}/{institution_id}",
                        section=STEPS, **{k: v for k, v in COMMON.items() if k != "todo_kinds"})


def _step_errors(errors: dict[str, str]) -> dict[str, str]:
    """Messages keyed `<field>_<row>` from the schema's paths (steps.<row>.<field>)."""
    out: dict[str, str] = {}
    for path, message in errors.items():
        parts = str(path).split(".")
        if len(parts) >= 3 and parts[0] == "steps" and parts[1].isdigit():
            out.setdefault(f"{parts[2]}_{parts[1]}", message)
        elif len(parts) == 2 and parts[0] == "steps" and parts[1].isdigit():
            out.setdefault(f"row_{parts[1]}", message)
        else:
            out.setdefault("__all__", message)
    return out


def _rows_named(rows: list[dict[str, Any]], details: dict[str, Any]) -> dict[str, str]:
    """A refusal of the service about some steps (duplicates, unknown to-dos) beside those rows."""
    out: dict[str, str] = {}
    for i, r in enumerate(rows):
        if r["code"] in (details.get("codes") or ()):
            out[f"row_{i}"] = "节点重复"
        if r["todo"] and r["todo"] in (details.get("todo") or ()):
            out[f"todo_{i}"] = "未知的待办类型"
    return out


@bp.post("/visits/steps/<institution_id:int>")
@page
async def visits_steps_save(request: Request, institution_id: int):
    """保存 the whole configuration (or 上移 / 下移 a row: the order changes in the form, saved with 保存)."""
    here = f"{STEPS}/{institution_id}"
    # The institution is resolved in the administrator's scope before anything else: another
    # tree's id answers as missing (404), not with a form refusal about its rows.
    await visit_steps.get_config(actor=request.ctx.actor, institution_id=institution_id)
    rows = _typed_rows(request)
    move = (request.form.get("move") or "").strip()
    if move:
        direction, _, raw = move.partition(":")
        i = int(raw) if raw.isdigit() else -1
        j = i - 1 if direction == "up" else i + 1
        if 0 <= i < len(rows) and 0 <= j < len(rows):
            rows[i], rows[j] = rows[j], rows[i]
        return await done(request, here, steps_form=rows, notice="顺序已调整，点击“保存配置”后生效")
    body, errors = check_form(StepsIn, {"steps": [{**r, "position": n} for n, r in enumerate(rows, start=1)]})
    if body is None:
        problem = ValidationFailed("节点配置有误，请按提示修改后再保存")
        return await done(request, here, steps_form=rows, steps_errors=_step_errors(errors), alert_error=problem)
    try:
        await visit_steps.save_config(actor=request.ctx.actor, institution_id=institution_id, steps=body.steps)
    except AppError as exc:
        if exc.status != 422:
            raise
        return await done(request, here, steps_form=rows, steps_errors=_rows_named(rows, exc.details),
                          alert_error=exc)
    return await done(request, here, notice="节点配置已保存，患者端即时生效")


# ---------------------------------------------------------------- 隔离事件

def _quarantine_filters(p: Params) -> tuple[dict[str, Any], QuarantineFilter]:
    """(what the form showed, what the service gets), checked by the API's schema."""
    shown = {k: v for k in QUARANTINE_FILTERS if (v := p.text(k)) is not None}
    body, errors = check_form(QuarantineFilter, shown)
    if body is None:
        raise _invalid(errors)
    return shown, body


async def _quarantine(request: Request, *, outcome: Outcome | None = None, status: int = 200):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    shown, filters = _quarantine_filters(p)
    answer = await quarantine.quarantined(actor=actor, filters=filters, limit=size, offset=(number - 1) * size)
    listing = Listing(answer.items, answer.total, number, size, shown)
    return await respond(request, "admin/visits/quarantine.html", "admin/visits/_quarantine.html", status=status,
                         listing=listing, outcome=outcome, institutions=await institution_choices(actor),
                         export_query=listing.query(page=1, page_size=20), qbase=QUARANTINE,
                         dated="date_from" in QuarantineFilter.model_fields, **COMMON)


@bp.get("/visits/quarantine")
@page
async def visits_quarantine(request: Request):
    return await _quarantine(request)


EXPORT_MAX = 20_000


@bp.get("/visits/quarantine/export")
@page
async def visits_quarantine_export(request: Request):
    """The filtered quarantined events as xlsx (every page of the list, up to EXPORT_MAX rows)."""
    from core.exports import to_xlsx

    actor = request.ctx.actor
    _, filters = _quarantine_filters(Params(request))
    rows: list = []
    while len(rows) < EXPORT_MAX:
        answer = await quarantine.quarantined(actor=actor, filters=filters, limit=500, offset=len(rows))
        rows.extend(answer.items)
        if not answer.items or len(rows) >= answer.total:
            break
    body = to_xlsx("隔离事件", ["编号", "机构", "HIS事件号", "节点", "原因", "说明", "来源", "HIS发生时间", "接收时间",
                            "事件内容"], [
        [r.id, r.institution_name, r.event_id, STEP_LABELS.get(r.step, r.step), REASONS.get(r.reason, r.reason),
         r.detail, r.source, _iso(r.his_at), _iso(r.received_at), pretty(r.payload)[:32000]] for r in rows])
    return xlsx(body, "visit-quarantine.xlsx")


def _iso(value: Any) -> str:
    from admin_web.pages.common import env

    return env.filters["local"](value, "%Y-%m-%d %H:%M:%S") if value else ""


REPLAYED = {"applied": "已应用到就诊", "duplicate": "该事件已应用过（重复）", "stale": "已记录；就诊已有更新的数据，未覆盖"}
NOT_HERE = "事件不存在、不在管辖范围或已不在隔离中"


def _replayed(answer: ReplayOut) -> list[RowResult]:
    """Each replayed event's new status as the outcome panel's row."""
    out = []
    for r in answer.items:
        if r.status in REPLAYED:
            out.append(RowResult(r.id, True, "", REPLAYED[r.status] + (f"（就诊 {r.visit_id}）" if r.visit_id else "")))
        elif r.status == "quarantined":
            out.append(RowResult(r.id, False, f"visits.{r.reason or 'quarantined'}",
                                 f"仍被隔离：{REASONS.get(r.reason, r.reason)}"))
        else:
            out.append(RowResult(r.id, False, "visits.event_not_found", NOT_HERE))
    return out


async def _batch(request: Request, title: str, nothing: str, run):
    ids = Params(request).ids()
    back = list_url(request, QUARANTINE)
    if not ids:
        outcome = Outcome(title, [], message=nothing)
        return await refuse(request, back, lambda: _quarantine(request, status=422, outcome=outcome), outcome=outcome)
    results = await run(ids)
    return await done(request, back, outcome=Outcome(title, results, row_labels(request)))


@bp.post("/visits/quarantine/replay")
@page
async def visits_quarantine_replay(request: Request):
    """批量重放: apply the selected events again (after the fix); each answers for itself."""
    return await _batch(request, "批量重放", "请先勾选要重放的事件",
                        lambda ids: _replay(request.ctx.actor, ids))


async def _replay(actor, ids: list[int]) -> list[RowResult]:
    return _replayed(await quarantine.replay(actor=actor, event_ids=ids))


@bp.post("/visits/quarantine/discard")
@page
async def visits_quarantine_discard(request: Request):
    """批量丢弃: the selected events will never be applied; each answers for itself."""
    return await _batch(request, "批量丢弃", "请先勾选要丢弃的事件", lambda ids: _discard(request.ctx.actor, ids))


async def _discard(actor, ids: list[int]) -> list[RowResult]:
    """Each event discarded on its own, so each row says whether it was (the service counts)."""
    out = []
    for event_id in ids:
        answer = await quarantine.discard(actor=actor, event_ids=[event_id])
        if answer.discarded:
            out.append(RowResult(event_id, True, "", "已丢弃"))
        else:
            out.append(RowResult(event_id, False, "visits.event_not_found", NOT_HERE))
    return out


@bp.get("/visits/quarantine/<event_id:int>")
@page
async def visits_quarantine_event(request: Request, event_id: int):
    e = await monitor.event(actor=request.ctx.actor, event_id=event_id)
    return await render(request, "admin/visits/event.html", e=e, qbase=QUARANTINE, section=QUARANTINE, **COMMON)


@bp.post("/visits/quarantine/<event_id:int>/replay")
@page
async def visits_quarantine_event_replay(request: Request, event_id: int):
    here = f"{QUARANTINE}/{event_id}"
    await monitor.event(actor=request.ctx.actor, event_id=event_id)  # out of scope: 404, like a missing one
    results = await _replay(request.ctx.actor, [event_id])
    r = results[0] if results else None
    if r is not None and r.ok:
        return await done(request, here, notice=f"重放成功：{r.message}")
    return await done(request, here, alert_error=AppError(r.message if r else "重放失败", code="visits.replay_failed",
                                                          status=422))


@bp.post("/visits/quarantine/<event_id:int>/discard")
@page
async def visits_quarantine_event_discard(request: Request, event_id: int):
    await monitor.event(actor=request.ctx.actor, event_id=event_id)  # out of scope: 404, like a missing one
    results = await _discard(request.ctx.actor, [event_id])
    r = results[0] if results else None
    if r is not None and r.ok:
        return await done(request, QUARANTINE, notice=f"事件 {event_id} 已丢弃")
    return await done(request, f"{QUARANTINE}/{event_id}",
                      alert_error=AppError(r.message if r else "丢弃失败", code="visits.discard_failed", status=422))


# ---------------------------------------------------------------- 就诊监控

def _monitor_filters(p: Params) -> tuple[dict[str, Any], dict[str, Any]]:
    shown = {k: v for k in MONITOR_FILTERS if (v := p.text(k)) is not None}
    filters: dict[str, Any] = {"institution_id": p.int("institution_id"), "state": p.choice("state", VISIT_STATES),
                               "step": p.choice("step", STEP_LABELS), "date_from": _date(p, "date_from"),
                               "date_to": _date(p, "date_to"), "q": p.text("q")}
    return shown, {k: v for k, v in filters.items() if v is not None}


@bp.get("/visits/monitor")
@page
async def visits_monitor(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    shown, filters = _monitor_filters(p)
    total, rows = await monitor.visits(actor=actor, limit=size, offset=(number - 1) * size, **filters)
    return await respond(request, "admin/visits/monitor.html", "admin/visits/_visits.html",
                         listing=Listing(rows, total, number, size, shown), mbase=MONITOR,
                         institutions=await institution_choices(actor), **COMMON)


@bp.get("/visits/monitor/<visit_id:int>")
@page
async def visits_monitor_visit(request: Request, visit_id: int):
    v = await monitor.visit(actor=request.ctx.actor, visit_id=visit_id)
    return await render(request, "admin/visits/visit.html", v=v, mbase=MONITOR, section=MONITOR, **COMMON)
