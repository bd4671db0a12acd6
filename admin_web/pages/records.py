"""Record-room console pages (seed 003 一键式病案服务管理端, issue 5 point 6): the
requests with conditional search and coloured states, a request's detail with
the identity evidence and its timeline, review (pass / reject, one or many),
the copy uploaded as a PDF or generated from the HIS's structured records,
statistics with charts, the record rooms (review mode, fee, contact, notice)
and their departments, the purpose and content dictionaries, the messages of
the organisation with the unread count in the header, and what each role may
do.

Why: the record room's teachers work from a browser, on the same services as
the JSON API (core/records, core/dicts, core/notify), which decide scope,
permissions and states; these pages only turn their answers into HTML and
their refusals into messages beside the form that caused them. Every colour of
a state comes from core/records/states.py COLORS, the one mapping, so the
list, the detail, the timeline and the charts never disagree. Writes post and
redirect back with a notice, so a reload never repeats them; the batch review
answers row by row above the list it re-renders.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any, Awaitable, Callable
from urllib.parse import urlencode

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.api.guard import admin_required
from admin_web.pages import blueprint as bp
from admin_web.pages.common import (
    Listing, Outcome, Params, check_form, done, form_values, fragment, go, list_url, page, refuse, render, respond,
    row_labels, safe_next, service_field_errors,
)
from admin_web.pages.enrolment import institutions as medical_institutions
from core import scope
from core.accounts import service as accounts_service
from core.accounts.permissions import PERMISSIONS, ROLES
from core.dicts import service as dicts_service
from core.errors import AppError, NotFound, ValidationFailed
from core.exports import to_xlsx
from core.his import adapter as his
from core.http import ok
from core.notify import service as notify_service
from core.principal import Principal
from core.records import service as records_service
from core.records import states
from core.records.schemas import (
    BatchReviewIn, DepartmentIn, DepartmentUpdateIn, DictItemIn, DictItemUpdateIn, RequestFilters, ReviewIn, RoomIn,
    RoomOut,
)

BASE = "/admin/records"
LIST = f"{BASE}/requests"
READ, REVIEW, MANAGE = records_service.PERM_READ, records_service.PERM_REVIEW, records_service.PERM_MANAGE


# ---------------------------------------------------------------- state colours

def _luminance(colour: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _ink_on(background: str, dark: str = "#1f2328") -> str:
    """White or the console's ink, whichever reads better on the state's colour (WCAG contrast)."""
    lum = _luminance(background)
    return "#fff" if 1.05 / (lum + 0.05) >= (lum + 0.05) / (_luminance(dark) + 0.05) else dark


STATES = {s.value: {"label": states.LABELS[s], "color": c, "style": f"background-color:{c};color:{_ink_on(c)}"}
          for s, c in states.COLORS.items()}
DECISIONS = {"approve": "通过", "reject": "拒绝"}
DONE = {"approve": "已审核通过", "reject": "已拒绝该申请，患者将收到拒绝原因",
        "upload": "复印件已上传，申请已变为“待下载”", "generate": "已由HIS结构化病历生成复印件，申请已变为“待下载”",
        "room": "病案室设置已保存", "mode": "审核方式已修改", "dept_new": "科室已新增", "dept": "科室已修改",
        "dept_deleted": "科室已删除（可在回收站恢复）", "dict_new": "字典项已新增", "dict": "字典项已修改",
        "read": "已标记为已读", "handled": "已标记为已处理"}
FIELD_LABELS = {"state": "状态", "institution_id": "医疗机构", "purpose": "用途", "date_from": "开始日期",
                "date_to": "结束日期", "q": "申请号或姓名", "code": "编码", "name": "名称", "label": "名称",
                "sort": "排序", "fee": "收费", "fee_cents": "收费", "contact_phone": "联系电话", "notice": "申请须知",
                "his_kind": "HIS接口", "review_mode": "审核方式", "reason": "原因", "period": "统计周期"}
REVIEW_MODES = {"manual": "人工审核", "auto": "核验通过后自动审核"}
SOURCES = {"upload": "上传扫描件", "generated": "由HIS结构化病历生成"}
ACTOR_TYPES = {"patient": "患者", "admin": "病案室", "system": "系统"}


def _refused(exc: AppError) -> bool:
    """A refusal shown beside the form that caused it; missing, forbidden and session errors are pages."""
    return 400 <= exc.status < 500 and exc.status not in (401, 403, 404) or exc.code.startswith("his.")


def _invalid(errors: dict[str, str], what: str = "查询条件") -> ValidationFailed:
    named = {FIELD_LABELS.get(k, k): v for k, v in errors.items()}
    return ValidationFailed(f"{what}有误：" + "；".join(f"{k}{v}" for k, v in named.items()),
                            details={"errors": [{"path": k, "message": v, "type": "value"}
                                                for k, v in errors.items()]})


def _back(request: Request, default: str) -> str:
    """Where a form posted from several pages returns (only ever a console page)."""
    return safe_next(request.form.get("back")) or default


def _with_done(url: str, done: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}done={done}"


async def _room_names(actor: Principal) -> dict[int, str]:
    """The institutions whose record rooms the actor sees: choices of the filters, names of the rows."""
    return {r.institution_id: r.name for r in await records_service.rooms(actor=actor)}


# ---------------------------------------------------------------- the request list

def _filters(p: Params) -> tuple[dict[str, Any], dict[str, Any]]:
    """(what the form showed, what the service gets): the filters checked by the API's schema."""
    raw = {k: p.text(k) for k in ("state", "institution_id", "purpose", "date_from", "date_to", "q")}
    given = {k: v for k, v in raw.items() if v is not None}
    body, errors = check_form(RequestFilters, given)
    if body is None:
        raise _invalid(errors)
    return given, body.model_dump()


async def _state_counts(actor: Principal) -> dict[str, int]:
    return {r.key: r.count for r in (await records_service.stats(actor=actor, group_by="state")).rows}


async def _requests(request: Request, *, outcome: Outcome | None = None, status: int = 200):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    shown, filters = _filters(p)
    total, rows = await records_service.list_requests(actor=actor, limit=size, offset=(number - 1) * size, **filters)
    counts = await _state_counts(actor)
    return await respond(request, "admin/records/list.html", "admin/records/_list.html", status=status,
                         listing=Listing(rows, total, number, size, shown), outcome=outcome, states=STATES,
                         counts=counts, institutions=await _room_names(actor),
                         purposes=await dicts_service.labels(kind=records_service.PURPOSE),
                         can_review=actor.has(REVIEW), base=LIST)


@bp.get("/records/requests")
@page
async def records_requests_page(request: Request):
    return await _requests(request)


@bp.get("/records/requests/tabs")
@page
async def records_state_tabs(request: Request):
    """The state tabs and their counts (htmx reloads them when a post changed the counts)."""
    p = Params(request)
    number, size = p.paging()
    shown, _ = _filters(p)
    return fragment(request, "admin/records/_tabs.html", listing=Listing([], 0, number, size, shown),
                    states=STATES, counts=await _state_counts(request.ctx.actor), base=LIST)


@bp.post("/records/requests/review")
@page
async def records_batch_review(request: Request):
    """批量通过 / 批量拒绝 the selected requests; each answers for itself above the list."""
    ids = Params(request).ids()
    decision = request.form.get("decision") or ""
    title = "批量" + DECISIONS.get(decision, "审核")
    back = list_url(request, LIST)

    async def refused(status: int, message: str):
        outcome = Outcome(title, [], message=message)
        return await refuse(request, back, lambda: _requests(request, status=status, outcome=outcome),
                            outcome=outcome)

    if not ids:
        return await refused(422, "请先勾选要审核的申请")
    body, errors = check_form(BatchReviewIn, {"request_ids": ids, "approve": decision == "approve",
                                              "reason": (request.form.get("reason") or "").strip()})
    if decision not in DECISIONS or body is None:
        return await refused(422, "请选择通过或拒绝" if decision not in DECISIONS else "；".join(errors.values()))
    try:
        results = await records_service.batch_review(actor=request.ctx.actor, request_ids=body.request_ids,
                                                     approve=body.approve, reason=body.reason)
    except AppError as exc:
        if not _refused(exc):
            raise
        return await refused(exc.status, exc.message)
    return await done(request, back, outcome=Outcome(title, results, row_labels(request)))


# ---------------------------------------------------------------- one request

async def _request(request: Request, request_id: int, *, problem: AppError | None = None, status: int = 200,
                   form: dict | None = None):
    actor = request.ctx.actor
    reveal = request.args.get("reveal") == "1"
    r = await records_service.request_detail(actor=actor, request_id=request_id, reveal=reveal)
    reviewable = actor.has(REVIEW) and states.Event.APPROVE.value in r.allowed
    preparable = actor.has(REVIEW) and states.Event.DELIVER.value in r.allowed
    return await render(request, "admin/records/detail.html", status=status, r=r, states=STATES,
                        reviewable=reviewable, preparable=preparable, problem=problem, form=form or {},
                        notice=DONE.get(request.args.get("done", "")), reveal=reveal,
                        may_reveal=actor.has("pii.reveal"), sources=SOURCES,
                        actor_types=ACTOR_TYPES, base=LIST)


@bp.get("/records/requests/<request_id:int>")
@page
async def records_request_page(request: Request, request_id: int):
    return await _request(request, request_id)


async def _act(request: Request, request_id: int, done: str, action: Callable[[], Awaitable[Any]], *,
               form: dict | None = None):
    """One action on the request: done, back to its page with a notice; refused, its page with the reason."""
    try:
        await action()
    except AppError as exc:
        if not _refused(exc):
            raise
        return await refuse(request, f"{LIST}/{request_id}",
                            lambda e=exc: _request(request, request_id, problem=e, status=e.status, form=form),
                            problem=exc, form=form)
    return go(request, f"{LIST}/{request_id}?done={done}")


@bp.post("/records/requests/<request_id:int>/review")
@page
async def records_review_one(request: Request, request_id: int):
    form = form_values(request, ("decision", "reason"))
    decision = form.get("decision", "")
    body, errors = check_form(ReviewIn, {"approve": decision == "approve", "reason": form.get("reason", "")})

    async def review():
        if decision not in DECISIONS or body is None:
            raise ValidationFailed("请选择通过或拒绝" if decision not in DECISIONS else "；".join(errors.values()))
        await records_service.review(actor=request.ctx.actor, request_id=request_id, approve=body.approve,
                                     reason=body.reason)

    return await _act(request, request_id, decision, review, form=form)


@bp.post("/records/requests/<request_id:int>/copy")
@page
async def records_upload_copy(request: Request, request_id: int):
    """上传复印件: a PDF, checked by its content (anything else is refused with the reason)."""
    upload = request.files.get("file") if request.files else None

    async def store():
        if upload is None or not upload.body:
            raise ValidationFailed("请选择要上传的PDF文件", details={"errors": [
                {"path": "file", "message": "请选择要上传的PDF文件", "type": "missing"}]})
        await records_service.upload_copy(actor=request.ctx.actor, request_id=request_id, pdf=upload.body)

    return await _act(request, request_id, "upload", store)


@bp.post("/records/requests/<request_id:int>/generate")
@page
async def records_generate_copy(request: Request, request_id: int):
    """由HIS生成: the copy drawn from the structured records of the chosen stays."""
    return await _act(request, request_id, "generate",
                      lambda: records_service.generate_copy(actor=request.ctx.actor, request_id=request_id))


# ---------------------------------------------------------------- statistics

PERIODS = {"day": "按日", "week": "按周", "month": "按月"}
TABLES = {"state": "按状态", "institution": "按机构", "period": "按时间"}
_FILL_DAYS = 400  # the line chart shows empty days as 0 within this span


def _bucket(day: dt.date, period: str) -> tuple[str, str]:
    if period == "month":
        return day.strftime("%Y-%m"), f"{day.year}年{day.month}月"
    if period == "week":
        year, week, _ = day.isocalendar()
        monday = day - dt.timedelta(days=day.weekday())
        return f"{year}-W{week:02d}", f"{monday:%m-%d}起一周"
    return day.isoformat(), day.isoformat()


def _by_period(days: list[dict], period: str, date_from: dt.date | None, date_to: dt.date | None) -> list[dict]:
    """The service's daily counts (China days) regrouped by week or month, with empty days as 0."""
    counts = {dt.date.fromisoformat(r["key"][:10]): r["count"] for r in days}
    start = date_from or (min(counts) if counts else None)
    end = date_to or (max(counts) if counts else None)
    if start is None or end is None or start > end:
        return []
    span = (end - start).days
    every = ([start + dt.timedelta(days=n) for n in range(span + 1)] if span <= _FILL_DAYS
             else sorted(d for d in counts if start <= d <= end))
    out: dict[str, dict] = {}
    for day in every:
        key, label = _bucket(day, period)
        row = out.setdefault(key, {"key": key, "label": label, "count": 0})
        row["count"] += counts.get(day, 0)
    return list(out.values())


async def _stats(request: Request) -> dict[str, Any]:
    """The three groupings of the requests in scope over the period asked for."""
    actor = request.ctx.actor
    p = Params(request)
    shown = {k: p.text(k) for k in ("date_from", "date_to")}
    period = p.choice("period", PERIODS) or "day"
    body, errors = check_form(RequestFilters, {k: v for k, v in shown.items() if v})
    if body is None:
        raise _invalid(errors)
    span = {"date_from": body.date_from, "date_to": body.date_to}
    by_state = await records_service.stats(actor=actor, group_by="state", **span)
    by_institution = await records_service.stats(actor=actor, group_by="institution", **span)
    by_day = await records_service.stats(actor=actor, group_by="day", **span)
    # Plain rows: the charts' JSON and the xlsx export are the page's own shapes.
    return {"filters": {**shown, "period": period}, "period": period, "total": by_state.total,
            "copies": by_state.copies, "states": [r.model_dump() for r in by_state.rows],
            "institutions": [r.model_dump() for r in by_institution.rows],
            "periods": _by_period([r.model_dump() for r in by_day.rows], period, body.date_from, body.date_to)}


@bp.get("/records/stats")
@page
async def records_stats_page(request: Request):
    data = await _stats(request)
    query = urlencode({k: v for k, v in data["filters"].items() if v})
    return await render(request, "admin/records/stats.html", data=data, states=STATES, periods=PERIODS,
                        tables=TABLES, sources=SOURCES, query=query)


@bp.get("/records/stats/charts.json")
@admin_required
async def records_stats_charts(request: Request):
    """What the three charts draw (JSON; errors in the one error model)."""
    data = await _stats(request)
    return ok({k: data[k] for k in ("states", "institutions", "periods", "period", "total")}
              | {"period_label": PERIODS[data["period"]]})


@bp.get("/records/stats/export")
@page
async def records_stats_export(request: Request):
    """One table of the statistics page as xlsx, exactly the rows the page shows."""
    table = Params(request).choice("table", TABLES) or "state"
    data = await _stats(request)
    rows = {"state": data["states"], "institution": data["institutions"], "period": data["periods"]}[table]
    head = {"state": "状态", "institution": "医疗机构", "period": PERIODS[data["period"]].removeprefix("按")}[table]
    body = to_xlsx(f"病案申请{TABLES[table]}", [head, "申请数"],
                   [[r["label"], r["count"]] for r in rows] + [["合计", sum(r["count"] for r in rows)]])
    return xlsx(body, f"record-requests-{table}.xlsx")


# ---------------------------------------------------------------- institutions (record rooms) and departments

INSTITUTIONS = f"{BASE}/institutions"


async def _unopened(actor: Principal, opened: list[RoomOut]) -> dict[int, str]:
    """Medical institutions in scope without a record room (only those who may open one see them)."""
    if not (actor.has(MANAGE) and actor.has("orgs.read")):
        return {}
    have = {r.institution_id for r in opened}
    return {i: n for i, n in (await medical_institutions(actor)).items() if i not in have}


@bp.get("/records/institutions")
@page
async def records_institutions_page(request: Request):
    actor = request.ctx.actor
    rooms = await records_service.rooms(actor=actor)
    return await render(request, "admin/records/institutions.html", rooms=rooms,
                        unopened=await _unopened(actor, rooms), modes=REVIEW_MODES, may_manage=actor.has(MANAGE),
                        notice=DONE.get(request.args.get("done", "")))


async def _institution(request: Request, institution_id: int, *, status: int = 200, room_form: dict | None = None,
                       room_errors: dict | None = None, dept_form: dict | None = None,
                       dept_errors: dict | None = None, problem: AppError | None = None):
    actor = request.ctx.actor
    rooms = await records_service.rooms(actor=actor)
    room = next((r for r in rooms if r.institution_id == institution_id), None)
    name = room.name if room else (await _unopened(actor, rooms)).get(institution_id)
    departments = await records_service.departments(actor=actor, institution_id=institution_id)
    if name is None:  # in scope, but no record room and nothing the actor may open one for
        raise NotFound("该机构未开通病案复印服务", details={"institution_id": institution_id})
    values = room_form if room_form is not None else (
        {**room.model_dump(), "fee": f"{room.fee_cents / 100:.2f}"} if room else {"review_mode": "manual", "fee": "0.00",
                                                                            "his_kind": "demo", "enabled": True})
    return await render(request, "admin/records/institution.html", status=status, institution_id=institution_id,
                        institution_name=name, room=room, values=values, room_errors=room_errors or {},
                        departments=departments, dept_form=dept_form or {}, dept_errors=dept_errors or {},
                        problem=problem, modes=REVIEW_MODES, his_kinds={k: k for k in his.known()},
                        may_manage=actor.has(MANAGE), notice=DONE.get(request.args.get("done", "")))


@bp.get("/records/institutions/<institution_id:int>")
@page
async def records_institution_page(request: Request, institution_id: int):
    return await _institution(request, institution_id)


def _fee_cents(raw: str | None) -> tuple[int | None, str | None]:
    """The fee typed in yuan (up to two decimals) as cents, or the message saying what is wrong."""
    if raw is None or not raw.strip():
        return 0, None
    try:
        yuan = Decimal(raw.strip())
    except InvalidOperation:
        return None, "应为金额，如 10 或 12.50"
    if yuan < 0 or yuan != yuan.quantize(Decimal("0.01")):
        return None, "应为不小于0、最多两位小数的金额"
    return int(yuan * 100), None


@bp.post("/records/institutions/<institution_id:int>/room")
@page
async def records_save_room(request: Request, institution_id: int):
    """开通或修改病案室: enabled, review mode, fee, HIS interface, contact, notice."""
    form = form_values(request, ("review_mode", "fee", "his_kind", "contact_phone", "notice"))
    form["enabled"] = request.form.get("enabled") == "1"
    cents, fee_problem = _fee_cents(form.get("fee"))
    body, errors = check_form(RoomIn, {"enabled": form["enabled"], "review_mode": form.get("review_mode"),
                                       "fee_cents": cents, "his_kind": form.get("his_kind"),
                                       "contact_phone": form.get("contact_phone", ""),
                                       "notice": form.get("notice", "")})
    if fee_problem or body is None:
        errors = {("fee" if k == "fee_cents" else k): v for k, v in errors.items()}
        if fee_problem:
            errors["fee"] = fee_problem
        return await refuse(request, f"{INSTITUTIONS}/{institution_id}",
                            lambda: _institution(request, institution_id, status=422, room_form=form,
                                                 room_errors=errors),
                            values=form, room_errors=errors)
    try:
        await records_service.configure_room(actor=request.ctx.actor, institution_id=institution_id,
                                             **body.model_dump())
    except AppError as exc:
        if not _refused(exc):
            raise
        fields = service_field_errors(exc) if isinstance(exc, ValidationFailed) else {}
        return await refuse(request, f"{INSTITUTIONS}/{institution_id}",
                            lambda e=exc: _institution(request, institution_id, status=e.status, room_form=form,
                                                 room_errors=fields, problem=None if fields else e),
                            values=form, room_errors=fields, problem=None if fields else exc)
    return go(request, f"{INSTITUTIONS}/{institution_id}?done=room")


@bp.post("/records/institutions/<institution_id:int>/review-mode")
@page
async def records_switch_review_mode(request: Request, institution_id: int):
    """The switch of the list: manual review, or automatic when every check passes."""
    mode = request.form.get("mode") or ""
    if mode not in REVIEW_MODES:
        raise _invalid({"review_mode": "取值应为 manual 或 auto"}, "审核方式")
    await records_service.set_review_mode(actor=request.ctx.actor, institution_id=institution_id, mode=mode)
    return go(request, _with_done(_back(request, INSTITUTIONS), "mode"))


@bp.post("/records/institutions/<institution_id:int>/departments")
@page
async def records_create_department(request: Request, institution_id: int):
    form = form_values(request, ("code", "name"))
    body, errors = check_form(DepartmentIn, form)
    try:
        if body is None:
            raise _invalid(errors, "科室信息")
        await records_service.create_department(actor=request.ctx.actor, institution_id=institution_id,
                                                code=body.code, name=body.name)
    except AppError as exc:
        if not _refused(exc):
            raise
        fields = errors or ({"code": exc.message} if exc.code == "records.department_exists" else {})
        return await refuse(request, f"{INSTITUTIONS}/{institution_id}#departments",
                            lambda e=exc: _institution(request, institution_id, status=e.status, dept_form=form,
                                                 dept_errors={"new": fields}, problem=None if fields else e),
                            dept_form=form, dept_errors={"new": fields}, problem=None if fields else exc)
    return go(request, f"{INSTITUTIONS}/{institution_id}?done=dept_new#departments")


def _institution_of(request: Request) -> int:
    """The institution page a department form was posted from (where to go back to)."""
    value = Params(request).int("institution_id")
    if value is None:
        raise _invalid({"institution_id": "必填"}, "科室信息")
    return value


@bp.post("/records/departments/<department_id:int>")
@page
async def records_update_department(request: Request, department_id: int):
    """修改科室名称，或启用 / 停用."""
    institution_id = _institution_of(request)
    form = form_values(request, ("name", "active"))
    data = {"active": form["active"] == "1"} if "active" in form else {"name": form.get("name", "")}
    body, errors = check_form(DepartmentUpdateIn, data)
    try:
        if body is None:
            raise _invalid(errors, "科室信息")
        await records_service.update_department(actor=request.ctx.actor, department_id=department_id,
                                                **body.model_dump(exclude_none=True))
    except AppError as exc:
        if not _refused(exc):
            raise
        dept_errors = {department_id: errors or {"name": exc.message}}
        return await refuse(request, f"{INSTITUTIONS}/{institution_id}#departments",
                            lambda e=exc: _institution(request, institution_id, status=e.status, dept_errors=dept_errors),
                            dept_errors=dept_errors)
    return go(request, f"{INSTITUTIONS}/{institution_id}?done=dept#departments")


@bp.post("/records/departments/<department_id:int>/delete")
@page
async def records_delete_department(request: Request, department_id: int):
    institution_id = _institution_of(request)
    await records_service.delete_department(actor=request.ctx.actor, department_id=department_id)
    return go(request, f"{INSTITUTIONS}/{institution_id}?done=dept_deleted#departments")


# ---------------------------------------------------------------- dictionaries

DICTS = f"{BASE}/dicts"
DICT_KINDS = (records_service.PURPOSE, records_service.CONTENT)


def _may_edit(actor: Principal, kind: str) -> bool:
    """Dictionaries are the platform's: edited at the root of the tree (the service decides; this hides forms)."""
    return actor.has(dicts_service.KINDS[kind][1]) and scope.is_root(actor)


async def _dicts(request: Request, *, status: int = 200, errors: dict | None = None, forms: dict | None = None,
                 problem: AppError | None = None):
    actor = request.ctx.actor
    labels = {k.kind: k.label for k in await dicts_service.kinds()}
    kinds = [{"kind": k, "label": labels[k], "entries": await dicts_service.items(kind=k, active_only=False),
              "editable": _may_edit(actor, k)} for k in DICT_KINDS]
    return await render(request, "admin/records/dicts.html", status=status, kinds=kinds, errors=errors or {},
                        forms=forms or {}, problem=problem, notice=DONE.get(request.args.get("done", "")))


@bp.get("/records/dicts")
@page
async def records_dicts_page(request: Request):
    return await _dicts(request)


def _dict_kind(kind: str) -> str:
    if kind not in DICT_KINDS:
        raise _invalid({"kind": "不是病案复印的字典"}, "字典类型")
    return kind


@bp.post("/records/dicts/<kind:str>")
@page
async def records_create_dict_item(request: Request, kind: str):
    kind = _dict_kind(kind)
    form = form_values(request, ("code", "label", "sort"))
    body, errors = check_form(DictItemIn, form)
    try:
        if body is None:
            raise _invalid(errors, "字典项")
        await dicts_service.create_item(actor=request.ctx.actor, kind=kind, **body.model_dump())
    except AppError as exc:
        if not _refused(exc):
            raise
        fields = errors or ({"code": exc.message} if exc.code == "dicts.code_taken" else {})
        return await refuse(request, f"{DICTS}#{kind}",
                            lambda e=exc: _dicts(request, status=e.status, errors={kind: fields}, forms={kind: form},
                                           problem=None if fields else e),
                            errors={kind: fields}, forms={kind: form}, problem=None if fields else exc)
    return go(request, f"{DICTS}?done=dict_new#{kind}")


@bp.post("/records/dicts/items/<item_id:int>")
@page
async def records_update_dict_item(request: Request, item_id: int):
    """修改名称与排序，或启用 / 停用 (a used item is deactivated, never deleted)."""
    form = form_values(request, ("label", "sort", "active"))
    data = ({"active": form["active"] == "1"} if "active" in form
            else {"label": form.get("label", ""), "sort": form.get("sort", "0")})
    body, errors = check_form(DictItemUpdateIn, data)
    try:
        if body is None:
            raise _invalid(errors, "字典项")
        await dicts_service.update_item(actor=request.ctx.actor, item_id=item_id,
                                        **body.model_dump(exclude_none=True))
    except AppError as exc:
        if not _refused(exc):
            raise
        return await refuse(request, DICTS,
                            lambda e=exc: _dicts(request, status=e.status, errors={item_id: errors}, problem=e),
                            errors={item_id: errors}, problem=exc)
    return go(request, f"{DICTS}?done=dict")


# ---------------------------------------------------------------- messages

MESSAGES = f"{BASE}/messages"


@bp.get("/records/messages")
@page
async def records_messages_page(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    unread_only = p.choice("unread", ("1",)) == "1"
    data = await notify_service.messages(actor=actor, unread_only=unread_only, limit=size,
                                         offset=(number - 1) * size)
    hrefs = {m.id: safe_next(m.link) for m in data.items}  # only console pages are links here
    return await render(request, "admin/records/messages.html", data=data, hrefs=hrefs,
                        listing=Listing(data.items, data.total, number, size,
                                        {"unread": "1" if unread_only else None}),
                        notice=DONE.get(request.args.get("done", "")), base=MESSAGES)


@bp.get("/records/messages/badge")
@page
async def records_messages_badge(request: Request):
    """The header's unread count (htmx polls it)."""
    return fragment(request, "admin/records/_badge.html",
                    unread=await notify_service.unread_count(actor=request.ctx.actor), poll=True)


@bp.post("/records/messages/read")
@page
async def records_mark_read(request: Request):
    """标为已读: the selected messages, or every unread one."""
    ids = Params(request).ids()
    await notify_service.mark_read(actor=request.ctx.actor, message_ids=ids or None)
    return go(request, _with_done(_back(request, MESSAGES), "read"))


@bp.post("/records/messages/<message_id:int>/handled")
@page
async def records_mark_handled(request: Request, message_id: int):
    await notify_service.mark_handled(actor=request.ctx.actor, message_id=message_id)
    return go(request, _with_done(_back(request, MESSAGES), "handled"))


@bp.post("/records/messages/<message_id:int>/open")
@page
async def records_open_message(request: Request, message_id: int):
    """查看: the message is read, and the page it is about opens."""
    actor = request.ctx.actor
    await notify_service.mark_read(actor=actor, message_ids=[message_id])
    return go(request, _back(request, MESSAGES))


# ---------------------------------------------------------------- roles and data permissions

@bp.get("/records/roles")
@page
async def records_roles_page(request: Request):
    """What each role may do, which role the record room gets, and how far each account sees."""
    actor = request.ctx.actor
    roles = [{"key": k, "label": v["label"], "permissions": sorted(v["permissions"]),
              "records": sorted(p for p in v["permissions"] if p.startswith("records."))} for k, v in ROLES.items()]
    accounts = None
    if actor.has("accounts.read"):
        _, found = await accounts_service.list_admins(actor=actor, limit=200)
        accounts = [a for a in found if any(records_service.PERM_READ in ROLES.get(r, {}).get("permissions", ())
                                            for r in a.roles)]
    return await render(request, "admin/records/roles.html", roles=roles, permissions=PERMISSIONS,
                        accounts=accounts, role_labels={k: v["label"] for k, v in ROLES.items()})
