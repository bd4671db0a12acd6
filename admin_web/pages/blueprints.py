"""Blueprints (组卷方案) of the province: per cycle and specialty, how many questions of
each category, type and difficulty a paper draws and what each is worth; the list,
a new one, editing it until papers were drawn from it, and a check that the bank can
fill it (what a draw would take, rule by rule).

Why: a physician can start an exam only when the bank satisfies the blueprint of
their specialty; the check shows before the window opens which rule lacks questions.
The form posts the same request schema (BlueprintIn) to the same service as
PUT /api/admin/v1/exam/blueprints; writes end in a 303 to the blueprint's page.
"""
from __future__ import annotations

import re
from typing import Any

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import Params, check_form, go, page, render
from core.assessment import service as assessment_service
from core.exam import service as exam_service
from core.exam.schemas import BlueprintIn

QTYPES = {"A1": "A1", "A2": "A2", "X": "X", "A3": "A3", "A4": "A4", "B1": "B1"}
DIFFICULTIES = {str(i): f"{i}级" for i in range(1, 6)}
RULE_FIELDS = ("category", "qtype", "difficulty", "count", "points")
NEW_RULES = 4
NOTICES = {"saved": "组卷方案已保存"}


async def _cycles(actor) -> dict[str, str]:
    return {str(c.id): c.name for c in await assessment_service.list_cycles(actor=actor)}


@bp.get("/blueprints")
@page
async def blueprints(request: Request):
    actor = request.ctx.actor
    cycle_id = Params(request).int("cycle_id")
    rows = await exam_service.list_blueprints(actor=actor, cycle_id=cycle_id)
    return await render(request, "admin/blueprints/list.html", rows=rows, cycles=await _cycles(actor),
                        cycle_id=cycle_id)


def _rules(form) -> list[dict[str, Any]]:
    """Rule rows r0_, r1_ ... in order; a row left blank is skipped."""
    indexes = sorted({int(m.group(1)) for k in form for m in [re.match(r"^r(\d+)_", k)] if m})
    out = []
    for i in indexes[:50]:
        row = {f: (form.get(f"r{i}_{f}") or "").strip() for f in RULE_FIELDS}
        if not row["category"] and not row["count"]:
            continue
        out.append({k: v for k, v in row.items() if v})
    return out


def _values(item: dict[str, Any]) -> dict[str, Any]:
    values = {k: item.get(k) for k in ("cycle_id", "specialty", "name", "time_limit_minutes", "pass_mark")}
    values["multi_partial"] = item.get("multi_partial")
    for i, rule in enumerate(item.get("rules") or ()):
        for f in RULE_FIELDS:
            values[f"r{i}_{f}"] = rule.get(f)
    return values


def _errors(raw: dict[str, str]) -> dict[str, str]:
    """rules.1.count -> r1_count; a whole rule's message (rules.1) -> r1_category."""
    out: dict[str, str] = {}
    for path, message in raw.items():
        m = re.match(r"^rules\.(\d+)(?:\.(\w+))?", path)
        key = f"r{m.group(1)}_{m.group(2) or 'category'}" if m else path
        out.setdefault(key, message)
    return out


async def _form(request: Request, *, item: dict | None, values: dict, errors: dict, status: int = 200):
    rows = max(NEW_RULES, len([k for k in values if re.match(r"^r\d+_category$", k)]) + 1)
    return await render(request, "admin/blueprints/form.html", status=status, item=item, values=values,
                        errors=errors, rows=rows, cycles=await _cycles(request.ctx.actor), qtypes=QTYPES,
                        difficulties=DIFFICULTIES)


@bp.get("/blueprints/new")
@page
async def new_blueprint(request: Request):
    await exam_service.list_blueprints(actor=request.ctx.actor, cycle_id=0)  # refuses whoever may not set them
    cycle_id = Params(request).int("cycle_id")
    return await _form(request, item=None, errors={},
                       values={"cycle_id": cycle_id, "time_limit_minutes": 90, "pass_mark": 60})


async def _save(request: Request, item: dict | None):
    form = request.form
    values = {k: form.get(k) for k in form if k != "csrf_token"}
    data: dict[str, Any] = {k: (form.get(k) or "").strip()
                            for k in ("cycle_id", "specialty", "name", "time_limit_minutes", "pass_mark")}
    if item is not None:  # a blueprint is one cycle's and one specialty's: those stay
        data["cycle_id"], data["specialty"] = str(item["cycle_id"]), item["specialty"]
        values.update(cycle_id=item["cycle_id"], specialty=item["specialty"])
    data = {k: v for k, v in data.items() if v}
    data["rules"] = _rules(form)
    data["multi_partial"] = form.get("multi_partial") == "true"
    body, errors = check_form(BlueprintIn, data)
    if body is None:
        return await _form(request, item=item, values=values, errors=_errors(errors), status=422)
    saved = await exam_service.save_blueprint(actor=request.ctx.actor, **body.model_dump(mode="json"))
    return go(request, f"/admin/blueprints/{saved.id}?notice=saved")


@bp.post("/blueprints/new")
@page
async def create_blueprint(request: Request):
    return await _save(request, None)


@bp.get("/blueprints/<blueprint_id:int>")
@page
async def blueprint_detail(request: Request, blueprint_id: int):
    check = await exam_service.check_blueprint(actor=request.ctx.actor, blueprint_id=blueprint_id)
    return await render(request, "admin/blueprints/detail.html", item=check["blueprint"], check=check,
                        notice=NOTICES.get(request.args.get("notice", "")))


@bp.get("/blueprints/<blueprint_id:int>/edit")
@page
async def edit_blueprint(request: Request, blueprint_id: int):
    item = await exam_service.get_blueprint(actor=request.ctx.actor, blueprint_id=blueprint_id)
    return await _form(request, item=item, values=_values(item), errors={})


@bp.post("/blueprints/<blueprint_id:int>/edit")
@page
async def save_blueprint(request: Request, blueprint_id: int):
    item = await exam_service.get_blueprint(actor=request.ctx.actor, blueprint_id=blueprint_id)
    return await _save(request, item)
