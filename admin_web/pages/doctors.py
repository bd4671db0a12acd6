"""The internet hospital's back office pages (seed 004 综合管理后台 rows 3, 4, 10, 11): doctors
(list with filters, create, edit, practice sites, photo, services and prices, online/offline,
the workstation login), their schedule by month, departments (list, add, rename,
enable/disable) and the informed consent (versions, publish).

Why: administrators keep the catalogue here; the pages call core.doctors with the request
schemas of the JSON API (admin_web/api/doctors.py) and every form post ends in a redirect.
Prices are typed in 元 and stored in fen.
"""
from __future__ import annotations

import datetime as dt
import re

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages import once
from admin_web.pages.common import (
    Listing, Params, check_form, fen_of, form_values, go, is_htmx, page, render, respond,
)
from core.doctors import consent, departments, schedules
from core.doctors import service as doctors_service
from core.doctors.errors import AccountLinked, DepartmentExists, DepartmentUnavailable, NotAHospital
from core.doctors.models import PERIOD_LABELS, SERVICE_LABELS, TITLE_LABELS, Period, ServiceKind
from core.doctors.schemas import (
    MONTH_PATTERN, AccountIn, ConsentIn, DoctorEditIn, DoctorFilter, DoctorIn, HospitalDepartmentEditIn,
    HospitalDepartmentFilter, HospitalDepartmentIn, MonthScheduleIn, ServicesIn,
)
from core import scope
from core.errors import NotFound, ValidationFailed

BASE = "/admin/doctors"
DEPTS = "/admin/departments"
TITLES = {t.value: label for t, label in TITLE_LABELS.items()}
SERVICES = {k.value: label for k, label in SERVICE_LABELS.items()}
NOTICES = {"created": "医生已保存", "saved": "修改已保存", "enabled": "医生已上线，患者可以搜索并问诊",
           "disabled": "医生已下线，患者端不再显示", "photo": "照片已更新", "services": "服务与价格已保存",
           "account": "工作站登录账号已开通", "schedule": "排班已保存", "dept_created": "科室已新增",
           "dept_saved": "科室已修改", "dept_enabled": "科室已启用", "dept_disabled": "科室已停用",
           "consent": "新版本已发布，患者下单前须重新同意"}
PROFILE = ("name", "title", "specialties", "introduction")


def _notice(request: Request) -> str | None:
    return NOTICES.get(request.args.get("notice", ""))


async def _department_choices(actor) -> dict[int, str]:
    return {d.id: f"{d.institution_name} · {d.name}" for d in await departments.choices(actor=actor)}


def _sites(request: Request) -> list[int] | None:
    """The practice sites of a doctor form: the primary department first, then the others ticked."""
    raw = [(request.form.get("primary_department") or "").strip()] + request.form.getlist("department_ids", [])
    try:
        ids = [int(v) for v in raw if v and v.strip()]
    except ValueError:
        raise ValidationFailed(details={"errors": [{"path": "department_ids", "message": "应为整数"}]}) from None
    ordered = list(dict.fromkeys(ids))
    return ordered or None


# ---------------------------------------------------------------- the list

def _filters(p: Params) -> dict:
    return {"q": p.text("q", max_length=32), "institution_id": p.int("institution_id"),
            "department_id": p.int("department_id"), "title": p.choice("title", TITLES),
            "enabled": p.choice("enabled", ("1", "0")), "service": p.choice("service", SERVICES)}


@bp.get("/doctors")
@page
async def doctors_list(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    f = _filters(p)
    total, rows = await doctors_service.list_doctors(actor=actor, filters=DoctorFilter(
        q=f["q"], institution_id=f["institution_id"], department_id=f["department_id"], title=f["title"],
        enabled=None if f["enabled"] is None else f["enabled"] == "1", service=f["service"]), limit=size, offset=(number - 1) * size)
    return await respond(request, "admin/doctors/list.html", "admin/doctors/_list.html",
                         listing=Listing(rows, total, number, size, f), titles=TITLES, services=SERVICES,
                         hospitals=await departments.hospitals(actor=actor) if not is_htmx(request) else {},
                         depts=await _department_choices(actor) if not is_htmx(request) else {},
                         notice=_notice(request))


@bp.post("/doctors/<doctor_id:int>/enable")
@page
async def doctors_enable(request: Request, doctor_id: int):
    await doctors_service.set_enabled(actor=request.ctx.actor, doctor_id=doctor_id, enabled=True)
    return go(request, f"{BASE}/{doctor_id}?notice=enabled")


@bp.post("/doctors/<doctor_id:int>/disable")
@page
async def doctors_disable(request: Request, doctor_id: int):
    await doctors_service.set_enabled(actor=request.ctx.actor, doctor_id=doctor_id, enabled=False)
    return go(request, f"{BASE}/{doctor_id}?notice=disabled")


# ---------------------------------------------------------------- create and edit

async def _form(request: Request, *, doctor=None, values: dict, errors: dict, status: int = 200, **extra):
    actor = request.ctx.actor
    return await render(request, "admin/doctors/form.html", status=status, doctor=doctor, values=values,
                        errors=errors, titles=TITLES, depts=await _department_choices(actor),
                        kinds=SERVICE_LABELS, notice=_notice(request), section=BASE, **extra)


@bp.get("/doctors/new")
@page
async def doctors_new(request: Request):
    return await _form(request, values={"title": "attending"}, errors={})


@bp.post("/doctors/new")
@page
async def doctors_create(request: Request):
    values = form_values(request, PROFILE)
    values["department_ids"] = _sites(request)
    values["enabled"] = request.form.get("enabled") == "true"
    body, errors = check_form(DoctorIn, {k: v for k, v in values.items() if v is not None})
    if body is None:
        return await _form(request, values=values, errors=errors, status=422)
    try:
        doctor = await doctors_service.create_doctor(actor=request.ctx.actor, data=body)
    except DepartmentUnavailable as exc:
        return await _form(request, values=values, errors={"department_ids": exc.message}, status=exc.status)
    return go(request, f"{BASE}/{doctor.id}?notice=created")


@bp.get("/doctors/<doctor_id:int>")
@page
async def doctors_edit(request: Request, doctor_id: int):
    actor = request.ctx.actor
    doctor = await doctors_service.get_doctor(actor=actor, doctor_id=doctor_id)
    secret = await once.take(actor, request.args.get("once"))
    if secret is not None and secret.get("doctor_id") != doctor.id:
        secret = None
    values = {**doctor.model_dump(mode="json"), "department_ids": [s.department_id for s in doctor.sites]}
    return await _form(request, doctor=doctor, values=values, errors={}, password=secret and secret.get("password"),
                       may_account=actor.has("accounts.write"))


@bp.post("/doctors/<doctor_id:int>")
@page
async def doctors_save(request: Request, doctor_id: int):
    actor = request.ctx.actor
    doctor = await doctors_service.get_doctor(actor=actor, doctor_id=doctor_id)
    values = form_values(request, PROFILE)
    for optional in ("specialties", "introduction"):  # emptied on purpose
        values.setdefault(optional, "")
    sites = _sites(request)
    if sites is not None:
        values["department_ids"] = sites
    body, errors = check_form(DoctorEditIn, values)
    if body is None:
        return await _form(request, doctor=doctor, values=values, errors=errors, status=422)
    try:
        await doctors_service.update_doctor(actor=actor, doctor_id=doctor_id, data=body)
    except DepartmentUnavailable as exc:
        return await _form(request, doctor=doctor, values=values, errors={"department_ids": exc.message},
                           status=exc.status)
    return go(request, f"{BASE}/{doctor_id}?notice=saved")


@bp.post("/doctors/<doctor_id:int>/photo")
@page
async def doctors_photo(request: Request, doctor_id: int):
    upload = request.files.get("photo") if request.files else None
    if upload is None or not upload.body:
        raise ValidationFailed("请选择要上传的照片", details={"errors": [{"path": "photo", "message": "请选择要上传的照片",
                                                                  "type": "missing"}]})
    await doctors_service.set_photo(actor=request.ctx.actor, doctor_id=doctor_id, data=upload.body)
    return go(request, f"{BASE}/{doctor_id}?notice=photo")


_fen = fen_of  # 元 as typed, in fen


@bp.post("/doctors/<doctor_id:int>/services")
@page
async def doctors_services(request: Request, doctor_id: int):
    """图文咨询 and 视频问诊: price in 元, window in hours, on or off; a service left without a
    price is not touched."""
    items = []
    for kind in ServiceKind:
        price = (request.form.get(f"{kind.value}_price") or "").strip()
        if not price:
            continue
        items.append({"kind": kind.value, "price_fen": _fen(price),
                      "window_hours": (request.form.get(f"{kind.value}_window") or "").strip() or 48,
                      "enabled": request.form.get(f"{kind.value}_enabled") == "true"})
    body, errors = check_form(ServicesIn, {"items": items})
    if body is None:
        raise ValidationFailed("服务与价格有误：价格为 0–10000 元（最多两位小数），问诊时长为 1–168 小时",
                               details={"errors": [{"path": k, "message": v} for k, v in errors.items()]})
    await doctors_service.set_services(actor=request.ctx.actor, doctor_id=doctor_id, data=body)
    return go(request, f"{BASE}/{doctor_id}?notice=services")


@bp.post("/doctors/<doctor_id:int>/account")
@page
async def doctors_account(request: Request, doctor_id: int):
    actor = request.ctx.actor
    body, errors = check_form(AccountIn, form_values(request, ("username",)))
    if body is None:
        raise ValidationFailed("登录名为 3–64 位字母、数字、点、下划线或连字符",
                               details={"errors": [{"path": k, "message": v} for k, v in errors.items()]})
    try:
        _, _, initial = await doctors_service.create_account(actor=actor, doctor_id=doctor_id, username=body.username)
    except AccountLinked:
        return go(request, f"{BASE}/{doctor_id}")
    token = await once.put(actor, {"password": initial, "doctor_id": doctor_id})
    return go(request, f"{BASE}/{doctor_id}?notice=account&once={token}")


# ---------------------------------------------------------------- the schedule of a month

def _month(request: Request) -> str:
    month = (request.args.get("month") or request.form.get("month") or "").strip() or schedules.current_month()
    if not re.match(MONTH_PATTERN, month):
        raise ValidationFailed("月份应为 YYYY-MM", details={"errors": [{"path": "month", "message": "月份应为 YYYY-MM"}]})
    return month


def _shift(month: str, by: int) -> str:
    year, mon = (int(x) for x in month.split("-"))
    n = year * 12 + mon - 1 + by
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


@bp.get("/doctors/<doctor_id:int>/schedule")
@page
async def doctors_schedule(request: Request, doctor_id: int):
    actor = request.ctx.actor
    month = _month(request)
    doctor = await doctors_service.get_doctor(actor=actor, doctor_id=doctor_id)
    shown = await schedules.month_schedule(actor=actor, doctor_id=doctor_id, month=month)
    first, last = schedules.month_bounds(month)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    cells = {(s.day.isoformat(), s.period.value): s for s in shown.slots}
    return await render(request, "admin/doctors/schedule.html", doctor=doctor, month=month, days=days, cells=cells,
                        periods=PERIOD_LABELS, prev=_shift(month, -1), next=_shift(month, 1), section=BASE,
                        weekdays="一二三四五六日", notice=_notice(request))


@bp.post("/doctors/<doctor_id:int>/schedule")
@page
async def doctors_schedule_save(request: Request, doctor_id: int):
    """The month grid: `cap_<day>_<period>` (empty: off duty) and `dept_<day>_<period>`."""
    month = _month(request)
    first, last = schedules.month_bounds(month)
    primary = (request.form.get("default_department") or "").strip()
    slots = []
    for n in range((last - first).days + 1):
        day = (first + dt.timedelta(days=n)).isoformat()
        for period in Period:
            cap = (request.form.get(f"cap_{day}_{period.value}") or "").strip()
            if cap:
                chosen = (request.form.get(f"dept_{day}_{period.value}") or "").strip()
                slots.append({"day": day, "period": period.value, "capacity": cap, "department_id": chosen or primary})
    body, errors = check_form(MonthScheduleIn, {"month": month, "slots": slots})
    if body is None:
        raise ValidationFailed("排班有误：号源数为 1–200，每个时段须选择出诊科室",
                               details={"errors": [{"path": k, "message": v} for k, v in errors.items()]})
    await schedules.set_month(actor=request.ctx.actor, doctor_id=doctor_id, data=body)
    return go(request, f"{BASE}/{doctor_id}/schedule?month={month}&notice=schedule")


# ---------------------------------------------------------------- departments

def _dept_filters(p: Params) -> dict:
    return {"institution_id": p.int("institution_id"), "q": p.text("q", max_length=32),
            "active": p.choice("active", ("1", "0"))}


async def _departments_page(request: Request, *, form: dict | None = None, errors: dict | None = None,
                            status: int = 200):
    actor = request.ctx.actor
    p = Params(request) if request.method == "GET" else None
    number, size = p.paging() if p else (1, 20)
    f = _dept_filters(p) if p else {"institution_id": None, "q": None, "active": None}
    total, rows = await departments.list_departments(actor=actor, filters=HospitalDepartmentFilter(
        institution_id=f["institution_id"], q=f["q"], active=None if f["active"] is None else f["active"] == "1"),
        limit=size, offset=(number - 1) * size)
    hospitals = await departments.hospitals(actor=actor)
    # A hospital's own administrator adds departments to the own hospital, preselected.
    default = {"institution_id": actor.org_id} if actor.org_id in hospitals else {}
    return await respond(request, "admin/doctors/departments.html", "admin/doctors/_departments.html", status=status,
                         listing=Listing(rows, total, number, size, f), hospitals=hospitals, dept_form=form or default,
                         dept_errors=errors or {}, notice=_notice(request))


@bp.get("/departments")
@page
async def departments_list(request: Request):
    return await _departments_page(request)


@bp.post("/departments/new")
@page
async def departments_create(request: Request):
    form = form_values(request, ("institution_id", "code", "name"))
    body, errors = check_form(HospitalDepartmentIn, form)
    if body is None:
        return await _departments_page(request, form=form, errors=errors, status=422)
    try:
        await departments.create_department(actor=request.ctx.actor, data=body)
    except (DepartmentExists, NotAHospital) as exc:
        return await _departments_page(request, form=form, errors={"code": exc.message}, status=exc.status)
    except NotFound:
        return await _departments_page(request, form=form, errors={"institution_id": "请选择管辖范围内的医疗机构"},
                                       status=422)
    return go(request, f"{DEPTS}?notice=dept_created")


@bp.post("/departments/<department_id:int>")
@page
async def departments_rename(request: Request, department_id: int):
    body, errors = check_form(HospitalDepartmentEditIn, form_values(request, ("name",)))
    if body is None or body.name is None:
        raise ValidationFailed("科室名称为 1–64 个字", details={"errors": [{"path": "name", "message": "科室名称为 1–64 个字"}]})
    await departments.update_department(actor=request.ctx.actor, department_id=department_id, data=body)
    return go(request, f"{DEPTS}?notice=dept_saved")


@bp.post("/departments/<department_id:int>/enable")
@page
async def departments_enable(request: Request, department_id: int):
    await departments.set_active(actor=request.ctx.actor, department_id=department_id, active=True)
    return go(request, f"{DEPTS}?notice=dept_enabled")


@bp.post("/departments/<department_id:int>/disable")
@page
async def departments_disable(request: Request, department_id: int):
    await departments.set_active(actor=request.ctx.actor, department_id=department_id, active=False)
    return go(request, f"{DEPTS}?notice=dept_disabled")


# ---------------------------------------------------------------- the informed consent

async def _consent_page(request: Request, *, form: dict | None = None, errors: dict | None = None,
                        status: int = 200):
    actor = request.ctx.actor
    versions = await consent.versions(actor=actor)
    current = versions[0] if versions else None
    return await render(request, "admin/doctors/consent.html", status=status, versions=versions,
                        may_publish=scope.is_root(actor),
                        consent_form=form or ({"title": current.title, "body": current.body, "fees": current.fees}
                                              if current else {"title": "互联网诊疗知情同意书"}),
                        consent_errors=errors or {}, notice=_notice(request))


@bp.get("/doctors/consent")
@page
async def doctors_consent(request: Request):
    return await _consent_page(request)


@bp.post("/doctors/consent")
@page
async def doctors_consent_publish(request: Request):
    form = form_values(request, ("title", "body", "fees"))
    body, errors = check_form(ConsentIn, form)
    if body is None:
        return await _consent_page(request, form=form, errors=errors, status=422)
    await consent.publish(actor=request.ctx.actor, data=body)
    return go(request, f"{BASE}/consent?notice=consent")
