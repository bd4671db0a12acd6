"""Assessment cycles of the province (seed 000 考核设置): the list, a new cycle, its
settings edited as a new version while it is a draft, every version with what
changed from the one before, and opening / closing the cycle.

Why: the province sets a cycle up before any institution can confirm physicians;
without these pages that meant calling the JSON API by hand. The forms post to the
same request schemas and service functions as /api/admin/v1/assessment/cycles, so
the rules (settings frozen once open, one open cycle at a time) live in the service
and come back here as messages. Every write ends in a 303 to the cycle's page with
a notice, so a reload never repeats it.
"""
from __future__ import annotations

from typing import Any

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import check_form, go, page, render
from core.assessment import service as assessment_service
from core.assessment.errors import CycleCodeTaken
from core.assessment.schemas import CycleCreateIn, CycleOut, CycleSettingsIn
from core.errors import NotFound

SETTING_LABELS = {
    "filing_starts": "填报开始日期", "filing_ends": "填报截止日期", "procedures_allowed": "适用考核程序",
    "pass_mark": "合格分数线", "exam_blueprint_ref": "组卷方案编号", "simple_requires_exam": "简易程序须参加测评",
    "makeup_starts": "补考开始日期", "makeup_ends": "补考截止日期", "content": "考核内容说明",
}
PROCEDURES = {k: v for k, v in assessment_service.PROCEDURE_LABELS.items() if k}
STATUS_LABELS = {"draft": "未开启（可修改设置）", "open": "进行中（设置已冻结）", "closed": "已结束"}
NOTICES = {"created": "考核周期已新建", "saved": "已保存为新的设置版本", "opened": "考核周期已开启，设置已冻结",
           "closed": "考核周期已结束"}


def shown(key: str, value: Any) -> str:
    """A setting as a person reads it."""
    if value is None or value == "":
        return "—"
    if key == "procedures_allowed":
        return "、".join(PROCEDURES.get(v, v) for v in value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def diff(before: dict | None, after: dict) -> list[tuple[str, str, str]]:
    """(label, before, after) of every setting that changed between two versions."""
    before = before or {}
    return [(SETTING_LABELS.get(k, k), shown(k, before.get(k)), shown(k, after.get(k)))
            for k in SETTING_LABELS if before.get(k) != after.get(k)]


def _settings_from_form(request: Request) -> dict[str, Any]:
    form = request.form
    data: dict[str, Any] = {k: (form.get(k) or "").strip() for k in SETTING_LABELS
                            if k not in ("procedures_allowed", "simple_requires_exam")}
    data = {k: v for k, v in data.items() if v or k in ("exam_blueprint_ref", "content")}
    data["procedures_allowed"] = [v for v in form.getlist("procedures_allowed", []) if v]
    data["simple_requires_exam"] = form.get("simple_requires_exam") == "true"
    return data


async def _cycle(request: Request, cycle_id: int) -> CycleOut:
    for row in await assessment_service.list_cycles(actor=request.ctx.actor):
        if row.id == cycle_id:
            return row
    raise NotFound("考核周期不存在", details={"type": "Cycle", "id": cycle_id})


@bp.get("/cycles")
@page
async def cycles(request: Request):
    rows = await assessment_service.list_cycles(actor=request.ctx.actor)
    return await render(request, "admin/cycles/list.html", rows=rows, status_labels=STATUS_LABELS,
                        notice=NOTICES.get(request.args.get("notice", "")))


async def _form(request: Request, *, cycle: CycleOut | None, values: dict, errors: dict, status: int = 200):
    return await render(request, "admin/cycles/form.html", status=status, cycle=cycle, values=values,
                        errors=errors, labels=SETTING_LABELS, procedures=PROCEDURES)


@bp.get("/cycles/new")
@page
async def new_cycle(request: Request):
    await assessment_service.require_cycles_manager(request.ctx.actor)
    return await _form(request, cycle=None, errors={},
                       values={"procedures_allowed": list(PROCEDURES), "pass_mark": "60"})


@bp.post("/cycles/new")
@page
async def create_cycle(request: Request):
    settings = _settings_from_form(request)
    values = {"code": (request.form.get("code") or "").strip(), "name": (request.form.get("name") or "").strip(),
              **settings}
    body, errors = check_form(CycleCreateIn, {"code": values["code"], "name": values["name"], "settings": settings})
    errors = {k.removeprefix("settings."): v for k, v in errors.items()}
    if body is None:
        return await _form(request, cycle=None, values=values, errors=errors, status=422)
    try:
        cycle = await assessment_service.create_cycle(actor=request.ctx.actor, code=body.code, name=body.name,
                                                      settings=body.settings.model_dump(mode="json"))
    except CycleCodeTaken as exc:
        return await _form(request, cycle=None, values=values, errors={"code": exc.message}, status=exc.status)
    return go(request, f"/admin/cycles/{cycle.id}?notice=created")


@bp.get("/cycles/<cycle_id:int>")
@page
async def cycle_detail(request: Request, cycle_id: int):
    actor = request.ctx.actor
    cycle = await _cycle(request, cycle_id)
    history = await assessment_service.cycle_history(actor=actor, cycle_id=cycle_id)
    versions = []
    previous = None
    for row in history:
        versions.append({**dict(row), "changes": diff(previous, row.settings)})
        previous = row.settings
    blueprints = await _blueprints(actor, cycle_id)
    return await render(request, "admin/cycles/detail.html", cycle=cycle, versions=list(reversed(versions)),
                        labels=SETTING_LABELS, shown=shown, status_labels=STATUS_LABELS, blueprints=blueprints,
                        notice=NOTICES.get(request.args.get("notice", "")))


async def _blueprints(actor, cycle_id: int) -> list:
    if not actor.has("exam.blueprint"):
        return []
    from core.exam import service as exam_service

    return await exam_service.list_blueprints(actor=actor, cycle_id=cycle_id)


@bp.get("/cycles/<cycle_id:int>/settings")
@page
async def edit_settings(request: Request, cycle_id: int):
    await assessment_service.require_cycles_manager(request.ctx.actor)
    cycle = await _cycle(request, cycle_id)
    return await _form(request, cycle=cycle, values=dict(cycle.settings or {}), errors={})


@bp.post("/cycles/<cycle_id:int>/settings")
@page
async def save_settings(request: Request, cycle_id: int):
    cycle = await _cycle(request, cycle_id)
    values = _settings_from_form(request)
    body, errors = check_form(CycleSettingsIn, values)
    if body is None:
        return await _form(request, cycle=cycle, values=values, errors=errors, status=422)
    await assessment_service.update_cycle_settings(actor=request.ctx.actor, cycle_id=cycle_id,
                                                   settings=body.model_dump(mode="json"))
    return go(request, f"/admin/cycles/{cycle_id}?notice=saved")


@bp.post("/cycles/<cycle_id:int>/open")
@page
async def open_cycle(request: Request, cycle_id: int):
    await assessment_service.open_cycle(actor=request.ctx.actor, cycle_id=cycle_id)
    return go(request, f"/admin/cycles/{cycle_id}?notice=opened")


@bp.post("/cycles/<cycle_id:int>/close")
@page
async def close_cycle(request: Request, cycle_id: int):
    await assessment_service.close_cycle(actor=request.ctx.actor, cycle_id=cycle_id)
    return go(request, f"/admin/cycles/{cycle_id}?notice=closed")
