"""Administrator account endpoints (scoped)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import paged, reveal_requested
from admin_web.api.guard import admin_required
from core import pii
from core.accounts import service as accounts_service
from core.accounts.models import AdminAccount
from core.accounts.schemas import (
    AdminAccountInitialOut, AdminAccountOut, AdminCreateIn, AdminDisableIn, AdminRolesIn, LoginStateOut,
    PhysicianUnlockedOut, UnlockedOut,
)
from core.http import page_args, parse_body, returns
from core.outputs import DeletedOut, Page

bp = Blueprint("admin_accounts", url_prefix="/accounts")


async def _out(a: AdminAccount, request: Request, reveal: bool = False) -> AdminAccountOut:
    return AdminAccountOut(**{"id": a.id, "username": a.username, "org_id": a.org_id, "roles": a.roles,
            "disabled": a.disabled, "must_change_password": a.must_change_password,
            **await pii.present(a, actor=request.ctx.actor, reveal=reveal)})


@bp.get("/")
@returns(Page[AdminAccountOut])
@openapi.summary("管理员账号列表（本人数据范围内，分页，可按用户名或姓名查询）")
@admin_required
async def list_accounts(request: Request):
    size, offset = page_args(request)
    total, items = await accounts_service.list_admins(actor=request.ctx.actor, q=request.args.get("q"),
                                                      limit=size, offset=offset)
    return paged(request, total, [await _out(a, request) for a in items])


@bp.get("/<account_id:int>")
@returns(AdminAccountOut)
@openapi.summary("管理员账号详情（reveal=1 时显示完整手机号并记入审计）")
@admin_required
async def get_account(request: Request, account_id: int):
    a = await accounts_service.get_admin(actor=request.ctx.actor, account_id=account_id)
    return await _out(a, request, reveal_requested(request))


@bp.post("/")
@returns(AdminAccountInitialOut, status=201)
@openapi.summary("新建管理员账号（返回须在首次登录时修改的初始密码）")
@openapi.body({"application/json": AdminCreateIn.model_json_schema()})
@admin_required
async def create_account(request: Request):
    body = parse_body(request, AdminCreateIn)
    account, initial = await accounts_service.create_admin(actor=request.ctx.actor, **body.model_dump())
    return AdminAccountInitialOut(**(await _out(account, request)).model_dump(), initial_password=initial)


@bp.post("/<account_id:int>/disabled")
@returns(AdminAccountOut)
@openapi.summary("停用或启用另一管理员（不能停用自己）；停用立即结束其所有会话")
@openapi.body({"application/json": AdminDisableIn.model_json_schema()})
@admin_required
async def set_disabled(request: Request, account_id: int):
    body = parse_body(request, AdminDisableIn)
    a = await accounts_service.set_disabled(actor=request.ctx.actor, account_id=account_id,
                                            disabled=body.disabled)
    return await _out(a, request)


@bp.put("/<account_id:int>/roles")
@returns(AdminAccountOut)
@openapi.summary("修改账号的角色（本机构账号不能授予超出本人权限的角色；不能修改自己的角色）")
@openapi.body({"application/json": AdminRolesIn.model_json_schema()})
@admin_required
async def set_roles(request: Request, account_id: int):
    body = parse_body(request, AdminRolesIn)
    a = await accounts_service.set_roles(actor=request.ctx.actor, account_id=account_id, roles=body.roles)
    return await _out(a, request)


@bp.post("/<account_id:int>/reset-password")
@returns(AdminAccountInitialOut)
@openapi.summary("重置另一管理员的密码（给出须在首次登录时修改的初始密码）；本人密码只能通过修改密码（需原密码）更改")
@admin_required
async def reset_password(request: Request, account_id: int):
    a, initial = await accounts_service.reset_password(actor=request.ctx.actor, account_id=account_id)
    return AdminAccountInitialOut(**(await _out(a, request)).model_dump(), initial_password=initial)


@bp.get("/<account_id:int>/login-state")
@returns(LoginStateOut)
@openapi.summary("账号的登录失败次数与当前须等待的秒数")
@admin_required
async def login_state(request: Request, account_id: int):
    return await accounts_service.login_state(actor=request.ctx.actor, account_id=account_id)


@bp.post("/<account_id:int>/unlock")
@returns(UnlockedOut)
@openapi.summary("解除另一管理员的登录限制（上级或本机构有账号管理权限的管理员；记入操作日志）")
@admin_required
async def unlock(request: Request, account_id: int):
    return await accounts_service.unlock_admin(actor=request.ctx.actor, account_id=account_id)


@bp.post("/physician-logins/<physician_id:int>/unlock")
@returns(PhysicianUnlockedOut)
@openapi.summary("解除医师 PC 端登录与小程序绑定的失败限制（有医师维护权限且在管辖范围内；记入操作日志）")
@admin_required
async def unlock_physician(request: Request, physician_id: int):
    return await accounts_service.unlock_physician(actor=request.ctx.actor, physician_id=physician_id)


@bp.delete("/<account_id:int>")
@returns(DeletedOut)
@openapi.summary("删除管理员账号（移入回收站，可恢复）")
@admin_required
async def delete_account(request: Request, account_id: int):
    await accounts_service.delete_admin(actor=request.ctx.actor, account_id=account_id)
    return DeletedOut(deleted=True, id=account_id)
