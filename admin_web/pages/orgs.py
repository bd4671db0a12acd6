"""The org tree and the subordinate organisations' accounts (seed 000 所辖机构账户管理):
the tree of the actor's scope with a query, and the subordinates' list with filters,
batch activation and "may apply as assessment institution", a new subordinate with
its first administrator, password resets, export and import.

Why: the JSON API (admin_web/api/orgs.py, subordinates.py) had no page. Each action
calls the service of its JSON route (core.orgs.service: scope, rules, audit). Batch
actions and new passwords go through a redirect like every form post: their outcome
(rows, or a password shown once) travels in admin_web.pages.once, never in the URL.
"""
from __future__ import annotations

from urllib.parse import urlencode

from sanic import Request

from admin_web.api import subordinates as subordinates_api
from admin_web.api.common import xlsx
from admin_web.pages import blueprint as bp
from admin_web.pages import once
from admin_web.pages.common import (
    Listing, Outcome, Params, check_form, form_values, go, page, render, respond, row_labels,
)
from core.batch import RowResult
from core.errors import AppError, NotFound, ValidationFailed
from core.orgs import service as orgs_service
from core.orgs.models import OrgKind
from core.orgs.schemas import MAY_APPLY_KINDS, SUBORDINATE_KINDS, SubordinateCreateIn

TREE = "/admin/orgs"
SUBS = "/admin/orgs/subordinates"
KIND_LABELS = {k.value: v for k, v in orgs_service.KIND_LABELS.items()}
SUB_KINDS = {k.value: orgs_service.KIND_LABELS[k] for k in SUBORDINATE_KINDS}
MAX_IMPORT_BYTES = 2 * 1024 * 1024
NOTICES = {"created": "下级机构及其管理员账号已创建（账号未激活时需先激活），初始密码仅显示这一次",
           "reset": "密码已重置，新密码仅显示这一次", "imported": "导入完成，各账号的初始密码仅显示这一次"}
BATCH = {"activate": ("批量激活", "set_activated", True), "deactivate": ("批量停用", "set_activated", False),
         "allow": ("允许申请考核机构", "set_may_apply", True), "disallow": ("不允许申请考核机构", "set_may_apply", False)}


# ---------------------------------------------------------------- the tree

@bp.get("/orgs")
@page
async def org_tree(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    q = p.text("q")
    kind = p.choice("kind", KIND_LABELS)
    _, nodes = await orgs_service.list_orgs(actor=actor, limit=5000)
    hits = {n.id for n in nodes if (not q or q in n.name or q in n.code) and (not kind or n.kind.value == kind)}
    # A match keeps its ancestors on screen, so it stays in its place in the tree.
    by_id = {n.id: n for n in nodes}
    shown = set()
    for node_id in hits:
        for part in by_id[node_id].path.strip("/").split("/"):
            if part and int(part) in by_id:
                shown.add(int(part))
    top = (actor.org_path or "").count("/") - 1
    rows = [{"node": n, "depth": max(0, n.path.count("/") - 1 - top), "hit": n.id in hits and bool(q or kind)}
            for n in sorted(nodes, key=lambda n: [int(x) for x in n.path.strip("/").split("/") if x])
            if n.id in shown]
    return await render(request, "admin/orgs/tree.html", rows=rows, total=len(nodes), matched=len(hits),
                        filters={"q": q, "kind": kind}, kind_labels=KIND_LABELS)


@bp.get("/orgs/export")
@page
async def org_tree_export(request: Request):
    p = Params(request)
    kind = p.choice("kind", KIND_LABELS)
    data = await orgs_service.export_orgs(actor=request.ctx.actor, kind=OrgKind(kind) if kind else None,
                                          q=p.text("q"))
    return xlsx(data, "orgs.xlsx")


# ---------------------------------------------------------------- subordinates

def _sub_filters(p: Params) -> dict:
    return {"kind": p.choice("kind", SUB_KINDS), "name": p.text("name"), "code": p.text("code", max_length=32),
            "activated": p.choice("activated", ("1", "0")), "may_apply": p.choice("may_apply", ("1", "0"))}


def _service_filters(f: dict) -> dict:
    return {"kind": OrgKind(f["kind"]) if f["kind"] else None, "name": f["name"], "code": f["code"],
            "activated": None if f["activated"] is None else f["activated"] == "1",
            "may_apply": None if f["may_apply"] is None else f["may_apply"] == "1"}


async def _subordinates(request: Request, *, outcome: Outcome | None = None, status: int = 200,
                        import_errors: list | None = None):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    filters = _sub_filters(p)
    total, rows = await orgs_service.list_subordinates(actor=actor, limit=size, offset=(number - 1) * size,
                                                       **_service_filters(filters))
    secret = await once.take(actor, request.args.get("once"))
    if secret and secret.get("outcome"):
        o = secret["outcome"]
        outcome = Outcome(o["title"], [RowResult(**r) for r in o["rows"]], {int(k): v for k, v in o["labels"].items()})
    parents = {n.id: n.name for n in (await orgs_service.list_orgs(actor=actor, limit=5000))[1]
               if n.kind.value in ("province_commission", "city_commission", "county_commission")}
    return await respond(request, "admin/orgs/subordinates.html", "admin/orgs/_subordinates.html", status=status,
                         listing=Listing(rows, total, number, size, filters), kinds=SUB_KINDS,
                         kind_labels=KIND_LABELS, outcome=outcome, parents=parents,
                         may_apply_kinds={k.value for k in MAY_APPLY_KINDS},
                         passwords=(secret or {}).get("passwords"), import_errors=import_errors,
                         notice=NOTICES.get(request.args.get("notice", "")))


@bp.get("/orgs/subordinates")
@page
async def subordinates(request: Request):
    return await _subordinates(request)


@bp.post("/orgs/subordinates/batch")
@page
async def subordinates_batch(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    action = p.choice("action", BATCH)
    if action is None:
        raise ValidationFailed("请选择要执行的操作")
    title, fn, value = BATCH[action]
    ids = p.ids()
    if not ids:
        return await _subordinates(request, status=422, outcome=Outcome(title, [], message="请先勾选机构"))
    if fn == "set_activated":
        results = await orgs_service.set_activated(actor=actor, org_ids=ids, activated=value)
    else:
        results = await orgs_service.set_may_apply(actor=actor, org_ids=ids, allowed=value)
    token = await once.put(actor, {"outcome": {"title": title, "labels": row_labels(request),
                                               "rows": [r.__dict__ for r in results]}})
    back = Listing([], 0, *p.paging(), _sub_filters(p)).query()
    return go(request, f"{SUBS}?{back}&once={token}" if back else f"{SUBS}?once={token}")


@bp.post("/orgs/subordinates/<org_id:int>/reset-password")
@page
async def subordinate_reset_password(request: Request, org_id: int):
    actor = request.ctx.actor
    reset = await orgs_service.reset_subordinate_password(actor=actor, org_id=org_id)
    token = await once.put(actor, {"passwords": [[reset.username, reset.initial_password]]})
    return go(request, f"{SUBS}?notice=reset&once={token}")


@bp.get("/orgs/subordinates/export")
@page
async def subordinates_export(request: Request):
    p = Params(request)
    data = await orgs_service.export_subordinates(actor=request.ctx.actor, ids=p.ids() or None,
                                                  **_service_filters(_sub_filters(p)))
    return xlsx(data, "subordinates.xlsx")


@bp.get("/orgs/subordinates/template.xlsx")
@page
async def subordinates_template(request: Request):
    return await subordinates_api.import_template(request)  # one template for the API and the page


@bp.post("/orgs/subordinates/import")
@page
async def subordinates_import(request: Request):
    actor = request.ctx.actor
    upload = request.files.get("file") if request.files else None
    if upload is None or not upload.body:
        raise ValidationFailed("请选择要上传的文件")
    if len(upload.body) > MAX_IMPORT_BYTES:
        raise ValidationFailed("文件不能超过2MB")
    report = await orgs_service.import_subordinates(actor=actor, content=upload.body)
    if not report.ok:
        return await _subordinates(request, status=422, import_errors=report.to_dict()["errors"])
    token = await once.put(actor, {"passwords": [[c.get("username", ""), c.get("initial_password", "")]
                                                 for c in report.created]})
    return go(request, f"{SUBS}?notice=imported&once={token}")


# ---------------------------------------------------------------- new subordinate

FIELDS = ("name", "kind", "code", "parent_id", "contact_name", "contact_phone", "address", "username")


async def _sub_form(request: Request, *, values: dict, errors: dict, status: int = 200):
    actor = request.ctx.actor
    _, nodes = await orgs_service.list_orgs(actor=actor, limit=5000)
    parents = {n.id: n.name for n in nodes if n.kind.value in ("province_commission", "city_commission",
                                                                "county_commission")}
    return await render(request, "admin/orgs/form.html", status=status, values=values, errors=errors,
                        kinds=SUB_KINDS, parents=parents)


@bp.get("/orgs/subordinates/new")
@page
async def subordinate_new(request: Request):
    return await _sub_form(request, values={"parent_id": str(request.ctx.actor.org_id)}, errors={})


@bp.post("/orgs/subordinates/new")
@page
async def subordinate_create(request: Request):
    actor = request.ctx.actor
    values = form_values(request, FIELDS)
    for flag in ("may_apply_assessment", "activate"):
        values[flag] = request.form.get(flag) == "true"
    body, errors = check_form(SubordinateCreateIn, values)
    if body is None:
        return await _sub_form(request, values=values, errors=errors, status=422)
    try:
        sub = await orgs_service.create_subordinate(actor=actor, **body.model_dump())
    except NotFound:
        return await _sub_form(request, values=values, errors={"parent_id": "请选择管辖范围内的上级机构"}, status=422)
    except AppError as exc:
        if exc.status >= 500 or exc.status in (401, 403):
            raise
        field = {"orgs.code_taken": "code", "accounts.username_taken": "username"}.get(exc.code, "kind")
        return await _sub_form(request, values=values, errors={field: exc.message}, status=exc.status)
    token = await once.put(actor, {"passwords": [[sub.accounts[0].username, sub.initial_password]]})
    return go(request, f"{SUBS}?" + urlencode({"notice": "created", "once": token, "name": sub.name}))
