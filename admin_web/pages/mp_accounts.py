"""Mini-program accounts (小程序账号): the accounts the actor reaches, searched by the bound
physician's name or the account number, filtered by state; disable or enable one.

Why: disabling an abused WeChat account was reachable only from a physician's page
(or the JSON API); patients' and relatives' accounts had no page at all. The list
calls core.accounts.mp_accounts.list_mp_accounts, the buttons set_mp_disabled (the
same scope, token revocation and audit as the JSON routes).
"""
from __future__ import annotations

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, go, page, respond
from admin_web.pages.enrolment import institutions
from core.accounts import mp_accounts

BASE = "/admin/mp-accounts"
NOTICES = {"disabled": "小程序账号已停用，其登录状态已全部失效", "enabled": "小程序账号已启用，需重新登录"}


@bp.get("/mp-accounts")
@page
async def mp_account_list(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    state = p.choice("state", ("active", "disabled"))
    filters = {"q": p.text("q"), "state": state}
    total, rows = await mp_accounts.list_mp_accounts(actor=actor, q=filters["q"],
                                                     disabled=None if state is None else state == "disabled",
                                                     limit=size, offset=(number - 1) * size)
    return await respond(request, "admin/mp_accounts/list.html", "admin/mp_accounts/_list.html",
                         listing=Listing(rows, total, number, size, filters),
                         institutions=await institutions(actor) if actor.has("orgs.read") else {},
                         notice=NOTICES.get(request.args.get("notice", "")))


async def _set(request: Request, account_id: int, disabled: bool):
    p = Params(request)
    await mp_accounts.set_mp_disabled(actor=request.ctx.actor, account_id=account_id, disabled=disabled)
    back = Listing([], 0, *p.paging(), {"q": p.text("q"), "state": p.choice("state", ("active", "disabled"))})
    query = back.query(notice="disabled" if disabled else "enabled")
    return go(request, f"{BASE}?{query}")


@bp.post("/mp-accounts/<account_id:int>/disable")
@page
async def mp_account_disable(request: Request, account_id: int):
    return await _set(request, account_id, True)


@bp.post("/mp-accounts/<account_id:int>/enable")
@page
async def mp_account_enable(request: Request, account_id: int):
    return await _set(request, account_id, False)
