"""The doctor's workstation in the console (seed 004 医生移动端 / 医生工作站): a home with the
sections 问诊 (a slot for live parts of the consultations, see home.html; the queue and the chat are
我的诊室, admin_web/pages/consult_desk.py, one of the tabs),
我的排班 (the month as a grid), 我的名片 (the QR code, the printable card), 我的统计 (figures and a
chart) and 模板 (quick replies, record and diagnosis templates: list, create, edit, delete, order),
with the practice-site switcher in the header for a doctor with several sites.

Why pages on the console's stack: a doctor logs in with a console account (core/doctors/service.py),
so the session, CSRF, password policy and disabling are the console's; the pages call
core/doctors/workbench.py (the same functions as /api/admin/v1/workstation) and every form post
ends in a redirect. They are laid out for a phone (390 px) as much as for a desk.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import check_form, done, page, render
from admin_web.pages.rx_doctor import names_of as _names, panel_context
from core.doctors import schedules, workbench
from core.doctors.errors import TemplateNotFound
from core.doctors.models import PERIOD_LABELS, TEMPLATE_LABELS, Period, TemplateKind
from core.doctors.schemas import (
    BODY_FIELDS, MONTH_PATTERN, RECORD_FIELDS, SiteSwitchIn, TemplateEditIn, TemplateIn,
)
from core.db import utcnow
from core.errors import ValidationFailed
from core.localtime import local_date

BASE = "/admin/workstation"
# "consult" is 我的诊室 (admin_web/pages/consult_desk.py: the queue and the chat); "video" the video
# consultations (admin_web/pages/consult_video.py: the waiting room and the call).
TABS = (("", "工作台"), ("consult", "我的诊室"), ("video", "视频问诊"), ("schedule", "我的排班"), ("card", "我的名片"), ("stats", "我的统计"),
        ("templates", "模板"), ("rx", "我的处方"), ("log", "门诊日志"))
KINDS = {k.value: label for k, label in TEMPLATE_LABELS.items()}
# Kinds whose body is structured (处方模板, 医嘱套): kind → the body's field, edited with the prescribing
# panel (templates/admin/workstation/_rx.html in template mode) and carried in the form as JSON.
STRUCTURED = {k.value: BODY_FIELDS[k][0] for k in TemplateKind if k.value in ("prescription", "order_set")}


def _plain(value):
    """A body as JSON-able data (an output model, or what it holds)."""
    return value.model_dump(mode="json") if hasattr(value, "model_dump") else value
WEEKDAYS = "一二三四五六日"


async def _frame(request: Request, tab: str, template: str, **ctx):
    """A workstation page: the doctor and sites (the switcher) around the tab's own content."""
    me = await workbench.workstation(actor=request.ctx.actor)
    return await render(request, template, me=me, tab=tab, tabs=TABS, base=BASE, section=BASE, **ctx)


def _here(request: Request) -> str:
    """The workstation page a form was posted from (its hidden `back`), else the home."""
    back = (request.form.get("back") or "").strip()
    return back if back.startswith(BASE) and "//" not in back and len(back) < 300 else BASE


@bp.get("/workstation")
@page
async def workstation_home(request: Request):
    return await _frame(request, "", "admin/workstation/home.html")


@bp.post("/workstation/site")
@page
async def workstation_site(request: Request):
    body, errors = check_form(SiteSwitchIn, {"department_id": request.form.get("department_id") or ""})
    if body is None:
        raise ValidationFailed("请选择执业科室", details={"errors": [{"path": "department_id", "message": "请选择执业科室"}]})
    out = await workbench.switch_site(actor=request.ctx.actor, data=body)
    current = next(s for s in out.sites if s.current)
    return await done(request, _here(request), notice=f"已切换到 {current.institution_name} · {current.department_name}")


# ---------------------------------------------------------------- 我的排班

def _month(request: Request) -> str:
    import re

    month = (request.args.get("month") or "").strip() or schedules.current_month()
    if not re.fullmatch(MONTH_PATTERN, month):
        raise ValidationFailed("月份应为 YYYY-MM", details={"errors": [{"path": "month", "message": "应为 YYYY-MM"}]})
    return month


@bp.get("/workstation/schedule")
@page
async def workstation_schedule(request: Request):
    month = _month(request)
    shown = await workbench.my_schedule(actor=request.ctx.actor, month=month)
    first, last = schedules.month_bounds(month)
    by_day: dict[dt.date, list] = {}
    for s in shown.slots:
        by_day.setdefault(s.day, []).append(s)
    # Weeks of the calendar, Monday first; None outside the month.
    weeks = [[d if d and d.month == first.month else None for d in week]
             for week in calendar.Calendar().monthdatescalendar(first.year, first.month)]
    prev = (first - dt.timedelta(days=1)).strftime("%Y-%m")
    nxt = (last + dt.timedelta(days=1)).strftime("%Y-%m")
    return await _frame(request, "schedule", "admin/workstation/schedule.html", month=month, weeks=weeks,
                        by_day=by_day, prev=prev, next=nxt, weekdays=WEEKDAYS, total=len(shown.slots),
                        periods={p.value: label for p, label in PERIOD_LABELS.items()}, today=local_date(utcnow()),
                        order=[p.value for p in Period])


# ---------------------------------------------------------------- 我的名片

@bp.get("/workstation/card")
@page
async def workstation_card(request: Request):
    card = await workbench.name_card(actor=request.ctx.actor)
    return await _frame(request, "card", "admin/workstation/card.html", card=card)


# ---------------------------------------------------------------- 我的统计

@bp.get("/workstation/stats")
@page
async def workstation_stats(request: Request):
    stats = await workbench.statistics(actor=request.ctx.actor)
    return await _frame(request, "stats", "admin/workstation/stats.html", stats=stats)


# ---------------------------------------------------------------- 模板

def _kind(request: Request) -> str:
    kind = (request.args.get("kind") or request.form.get("kind") or "reply").strip()
    if kind not in KINDS:
        raise ValidationFailed("模板类型不正确", details={"errors": [{"path": "kind", "message": "取值不在可选范围内"}]})
    return kind


def _template_values(request: Request, kind: str) -> dict:
    """What a template form typed, as the request schema wants it (empty fields left out)."""
    f = request.form
    values: dict = {"title": (f.get("title") or "").strip()}
    dept = (f.get("department_id") or "").strip()
    values["department_id"] = dept or None
    if kind == TemplateKind.reply.value:
        values["text"] = (f.get("text") or "").strip() or None
    elif kind == TemplateKind.record.value:
        values["record"] = {name: (f.get(name) or "").strip() for name in RECORD_FIELDS}
    elif kind in STRUCTURED:
        # 处方模板 / 医嘱套: the prescribing panel's editor (consult-rx.js) posts its body as JSON.
        values[STRUCTURED[kind]] = _json_body(f.get("body"))
    else:
        lines = [x.strip() for x in (f.get("items") or "").splitlines()]
        values["items"] = [x for x in lines if x] or None
    # An empty content field is left out (the schema says what is missing); department_id None unshares.
    return {k: v for k, v in values.items() if v is not None or k == "department_id"}


def _json_body(raw: str | None) -> dict | None:
    """The structured body a template form carries (bounded; not JSON or not an object → None: the
    schema then says what is missing)."""
    raw = (raw or "").strip()
    if not raw or len(raw) > 20_000:
        return None
    try:
        body = json.loads(raw)
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _flat(values: dict) -> dict:
    """What the form shows again after a refusal (the record's fields and the diagnoses flattened)."""
    out = {k: v for k, v in values.items() if k not in ("record", "items", *STRUCTURED.values()) and v is not None}
    for name in STRUCTURED.values():
        if values.get(name) is not None:
            out["body"] = json.dumps(values[name], ensure_ascii=False)
    out.update(values.get("record") or {})
    if values.get("items"):
        out["items"] = "\n".join(values["items"])
    return out


def _errors(errors: dict) -> dict:
    """Field errors keyed by the form's names (record.advice → advice; the whole body → text/items)."""
    return {k.split(".")[-1] if k.startswith("record.") else ("body" if k == "__all__" else k.split(".")[0]): v
            for k, v in errors.items()}


@bp.get("/workstation/templates")
@page
async def workstation_templates(request: Request):
    kind = _kind(request)
    listed = await workbench.list_templates(actor=request.ctx.actor, kind=TemplateKind(kind))
    names = await _names([*listed.mine, *listed.shared]) if kind in STRUCTURED else {}
    return await _frame(request, "templates", "admin/workstation/templates.html", kind=kind, kinds=KINDS,
                        listed=listed, record_fields=RECORD_FIELDS, form={}, errors={}, structured=STRUCTURED,
                        names=names, names_json=json.dumps(names, ensure_ascii=False), **panel_context())


@bp.post("/workstation/templates")
@page
async def workstation_template_create(request: Request):
    kind = _kind(request)
    here = f"{BASE}/templates?kind={kind}"
    values = _template_values(request, kind)
    body, errors = check_form(TemplateIn, {"kind": kind, **values})
    if body is None:
        return await done(request, here, errors=_errors(errors), form=_flat(values))
    made = await workbench.create_template(actor=request.ctx.actor, data=body)
    return await done(request, here, notice=f"已新增{made.kind_label}“{made.title}”")


@bp.get("/workstation/templates/<template_id:int>")
@page
async def workstation_template(request: Request, template_id: int):
    t = await workbench.get_template(actor=request.ctx.actor, template_id=template_id)
    form = {"title": t.title, "department_id": t.department_id or ""}
    if t.text is not None:
        form["text"] = t.text
    if t.record is not None:
        form.update(t.record.model_dump())
    if t.items is not None:
        form["items"] = "\n".join(t.items)
    if t.kind.value in STRUCTURED and getattr(t, STRUCTURED[t.kind.value], None) is not None:
        form["body"] = json.dumps(_plain(getattr(t, STRUCTURED[t.kind.value])), ensure_ascii=False)
    return await _frame(request, "templates", "admin/workstation/template.html", t=t, form=form, errors={},
                        record_fields=RECORD_FIELDS, kind=t.kind.value, structured=STRUCTURED,
                        names_json=json.dumps(await _names([t]), ensure_ascii=False), **panel_context())


@bp.post("/workstation/templates/<template_id:int>")
@page
async def workstation_template_save(request: Request, template_id: int):
    t = await workbench.get_template(actor=request.ctx.actor, template_id=template_id)
    if not t.mine:  # a colleague's shared template is read-only: answered as the service would
        raise TemplateNotFound(details={"id": template_id})
    here = f"{BASE}/templates/{template_id}"
    values = _template_values(request, t.kind.value)
    body, errors = check_form(TemplateEditIn, values)
    content, label = BODY_FIELDS[t.kind]
    if content not in values:  # an emptied content is a mistake, not "leave it as it was"
        body, errors = None, {**errors, content: f"请填写{label}"}
    if body is None:
        return await done(request, here, errors=_errors(errors), form=_flat(values))
    saved = await workbench.update_template(actor=request.ctx.actor, template_id=template_id, data=body)
    return await done(request, f"{BASE}/templates?kind={saved.kind.value}", notice=f"“{saved.title}”已保存")


@bp.post("/workstation/templates/<template_id:int>/delete")
@page
async def workstation_template_delete(request: Request, template_id: int):
    t = await workbench.get_template(actor=request.ctx.actor, template_id=template_id)
    await workbench.delete_template(actor=request.ctx.actor, template_id=template_id)
    return await done(request, f"{BASE}/templates?kind={t.kind.value}", notice=f"“{t.title}”已删除")


@bp.post("/workstation/templates/<template_id:int>/move")
@page
async def workstation_template_move(request: Request, template_id: int):
    step = -1 if request.form.get("to") == "up" else 1
    out = await workbench.move_template(actor=request.ctx.actor, template_id=template_id, step=step)
    kind = out.mine[0].kind.value if out.mine else "reply"
    return await done(request, f"{BASE}/templates?kind={kind}")
