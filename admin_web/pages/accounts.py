"""Administrator accounts and their roles (seed 000/001 账号与权限管理): the accounts of the
actor's scope with filters, a new account, and on an account's page: its roles, disable or
enable, a password reset (the new password shown once) and lifting its login delays.

Why: the JSON API (admin_web/api/accounts.py) had no page, so a commission could not set
up its people without calling it by hand. Every action calls the same service function
as its JSON route (scope, the roles one may grant, not acting on oneself, audit: all in
core.accounts.service); the page posts, redirects with a notice, and shows the outcome.
"""
from __future__ import annotations

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages import once
from admin_web.pages.common import Listing, Params, check_form, form_values, go, page, render, respond
from core.accounts import service as accounts_service
from core.accounts.errors import RolesBeyondOwn, UnknownRole, UsernameTaken
from core.accounts.permissions import PERMISSIONS, ROLES
from core.accounts.schemas import AdminCreateIn, AdminRolesIn
from core.errors import NotFound, ValidationFailed
from core.orgs import service as orgs_service
from core.principal import Principal

BASE = "/admin/accounts"
ROLE_LABELS = {k: v["label"] for k, v in ROLES.items()}
# What each role may do, in words, for the role form.
ROLE_GRANTS = {k: "、".join(PERMISSIONS[p] for p in sorted(v["permissions"])) for k, v in ROLES.items()}
NOTICES = {"created": "账号已创建，初始密码仅显示这一次，首次登录时须修改",
           "reset": "密码已重置，新密码仅显示这一次，该账号的登录状态已全部失效",
           "roles": "角色已保存，下一次操作起生效", "disabled": "账号已停用，其登录状态已全部失效",
           "enabled": "账号已启用", "unlocked": "已解除登录限制，该账号可立即重新登录"}


async def org_choices(actor: Principal) -> dict[int, str]:
    """The orgs of the actor's scope (for selects and names), the own org first."""
    if not actor.has("orgs.read"):
        return {actor.org_id: (await orgs_service.own_org_name(actor))} if actor.org_id else {}
    _, nodes = await orgs_service.list_orgs(actor=actor, limit=2000)
    return {n.id: ("　" * max(0, n.level - (actor.org_path or "").count("/") + 2)) + n.name for n in nodes}


def _filters(p: Params) -> dict:
    state = p.choice("state", ("active", "disabled"))
    return {"q": p.text("q"), "org_id": p.int("org_id"), "role": p.choice("role", ROLES),
            "disabled": None if state is None else state == "disabled", "state": state}


@bp.get("/accounts")
@page
async def accounts_list(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    filters = _filters(p)
    args = {k: v for k, v in filters.items() if k != "state"}
    total, rows = await accounts_service.list_admins(actor=actor, limit=size, offset=(number - 1) * size, **args)
    shown = {k: v for k, v in filters.items() if k != "disabled"}
    return await respond(request, "admin/accounts/list.html", "admin/accounts/_list.html",
                         listing=Listing(rows, total, number, size, shown), orgs=await org_choices(actor),
                         role_labels=ROLE_LABELS, notice=NOTICES.get(request.args.get("notice", "")))


# ---------------------------------------------------------------- new account

async def _new_form(request: Request, *, values: dict, errors: dict, status: int = 200):
    return await render(request, "admin/accounts/form.html", status=status, values=values, errors=errors,
                        orgs=await org_choices(request.ctx.actor), role_labels=ROLE_LABELS)


@bp.get("/accounts/new")
@page
async def account_new(request: Request):
    return await _new_form(request, values={"org_id": str(request.ctx.actor.org_id)}, errors={})


@bp.post("/accounts/new")
@page
async def account_create(request: Request):
    actor = request.ctx.actor
    values = form_values(request, ("username", "display_name", "org_id", "phone"))
    values["roles"] = [r for r in request.form.getlist("roles", []) if r]
    body, errors = check_form(AdminCreateIn, values)
    if body is None:
        return await _new_form(request, values=values, errors=errors, status=422)
    try:
        account, initial = await accounts_service.create_admin(actor=actor, **body.model_dump())
    except UsernameTaken as exc:
        return await _new_form(request, values=values, errors={"username": exc.message}, status=exc.status)
    except (UnknownRole, RolesBeyondOwn) as exc:
        return await _new_form(request, values=values, errors={"roles": exc.message}, status=exc.status)
    except NotFound:
        return await _new_form(request, values=values, errors={"org_id": "请选择管辖范围内的机构"}, status=422)
    token = await once.put(actor, {"password": initial, "account_id": account.id})
    return go(request, f"{BASE}/{account.id}?notice=created&once={token}")


# ---------------------------------------------------------------- one account

@bp.get("/accounts/<account_id:int>")
@page
async def account_detail(request: Request, account_id: int):
    actor = request.ctx.actor
    account = await accounts_service.get_admin(actor=actor, account_id=account_id)
    secret = await once.take(actor, request.args.get("once"))
    if secret is not None and secret.get("account_id") != account.id:
        secret = None
    state = await accounts_service.login_state(actor=actor, account_id=account_id)
    orgs = await org_choices(actor)
    return await render(request, "admin/accounts/detail.html", account=account, state=state,
                        account_org=orgs.get(account.org_id, "").strip(),
                        role_labels=ROLE_LABELS, grants=ROLE_GRANTS,
                        password=secret and secret.get("password"), own=account.id == actor.id,
                        notice=NOTICES.get(request.args.get("notice", "")))


@bp.post("/accounts/<account_id:int>/roles")
@page
async def account_roles(request: Request, account_id: int):
    body, errors = check_form(AdminRolesIn, {"roles": [r for r in request.form.getlist("roles", []) if r]})
    if body is None:
        raise ValidationFailed("请至少选择一个角色", details={"errors": [{"path": "roles", "message": m}
                                                              for m in errors.values()]})
    await accounts_service.set_roles(actor=request.ctx.actor, account_id=account_id, roles=body.roles)
    return go(request, f"{BASE}/{account_id}?notice=roles")


@bp.post("/accounts/<account_id:int>/disable")
@page
async def account_disable(request: Request, account_id: int):
    await accounts_service.set_disabled(actor=request.ctx.actor, account_id=account_id, disabled=True)
    return go(request, f"{BASE}/{account_id}?notice=disabled")


@bp.post("/accounts/<account_id:int>/enable")
@page
async def account_enable(request: Request, account_id: int):
    await accounts_service.set_disabled(actor=request.ctx.actor, account_id=account_id, disabled=False)
    return go(request, f"{BASE}/{account_id}?notice=enabled")


@bp.post("/accounts/<account_id:int>/reset-password")
@page
async def account_reset_password(request: Request, account_id: int):
    actor = request.ctx.actor
    account, initial = await accounts_service.reset_password(actor=actor, account_id=account_id)
    token = await once.put(actor, {"password": initial, "account_id": account.id})
    return go(request, f"{BASE}/{account_id}?notice=reset&once={token}")


@bp.post("/accounts/<account_id:int>/unlock")
@page
async def account_unlock(request: Request, account_id: int):
    await accounts_service.unlock_admin(actor=request.ctx.actor, account_id=account_id)
    return go(request, f"{BASE}/{account_id}?notice=unlocked")
