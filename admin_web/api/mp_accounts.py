"""Administrator actions on mini-program accounts and WeChat bindings (scoped, audited).

Why: issue 9 — a misused mini-program account must stop at once (disable ends its tokens),
and a physician's binding moves to another WeChat account only with a one-time code the
institution issues here (the password alone cannot move it). The services decide scope
and audit: core.accounts.mp_accounts and core.assessment.service.issue_rebind_code.
"""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import paged
from admin_web.api.guard import admin_required
from core.accounts import mp_accounts
from core.assessment import service as assessment_service
from core.accounts.schemas import MpAccountListedOut, MpAccountOut, RebindCodeOut
from core.http import page_args, returns
from core.outputs import Page

bp = Blueprint("admin_mp_accounts", url_prefix="/mp-accounts")
rebind_bp = Blueprint("admin_physician_rebind", url_prefix="/assessment/physicians")


def _out(view: mp_accounts.MpAccountView) -> MpAccountOut:
    a = view.account
    return MpAccountOut(id=a.id, disabled=a.disabled, created_at=a.created_at, last_login_at=a.last_login_at,
                        physician_id=view.physician_id, institution_id=view.institution_id)


@bp.get("/")
@returns(Page[MpAccountListedOut])
@openapi.summary("小程序账号列表（本级及下级机构医师绑定的账号；省级为全部）；q 按医师姓名或账号编号，disabled=1 只看已停用")
@openapi.parameter("q", str)
@openapi.parameter("disabled", str)
@admin_required
async def list_accounts(request: Request):
    size, offset = page_args(request)
    flag = request.args.get("disabled")
    total, rows = await mp_accounts.list_mp_accounts(
        actor=request.ctx.actor, q=(request.args.get("q") or "").strip()[:64] or None,
        disabled=None if flag in (None, "") else flag in ("1", "true"), limit=size, offset=offset)
    return paged(request, total, [
        MpAccountListedOut(**_out(mp_accounts.MpAccountView(r.account, r.physician_id, r.institution_id)).model_dump(),
                           physician_name=r.physician_name) for r in rows])


@bp.get("/<account_id:int>")
@returns(MpAccountOut)
@openapi.summary("小程序账号（本级及下级机构医师绑定的账号；省级可查看全部）")
@admin_required
async def get_account(request: Request, account_id: int):
    return _out(await mp_accounts.get_mp_account(actor=request.ctx.actor, account_id=account_id))


@bp.post("/<account_id:int>/disable")
@returns(MpAccountOut)
@openapi.summary("停用小程序账号：其访问令牌与刷新令牌立即失效")
@admin_required
async def disable(request: Request, account_id: int):
    view = await mp_accounts.set_mp_disabled(actor=request.ctx.actor, account_id=account_id, disabled=True)
    return _out(view)


@bp.post("/<account_id:int>/enable")
@returns(MpAccountOut)
@openapi.summary("重新启用小程序账号（需重新登录）")
@admin_required
async def enable(request: Request, account_id: int):
    view = await mp_accounts.set_mp_disabled(actor=request.ctx.actor, account_id=account_id, disabled=False)
    return _out(view)


@rebind_bp.post("/<physician_id:int>/rebind-code")
@returns(RebindCodeOut)
@openapi.summary("签发换绑码：医师已绑定的微信需换到新账号时使用（仅显示一次，72小时内有效，用后作废）")
@admin_required
async def rebind_code(request: Request, physician_id: int):
    code, expires = await assessment_service.issue_rebind_code(actor=request.ctx.actor, physician_id=physician_id)
    return RebindCodeOut(physician_id=physician_id, rebind_code=code, expires_at=expires)
