"""The recycle bin (回收站): what was deleted in the actor's scope, by kind, and restore.

Why: deleted physicians, accounts, orgs, departments and FAQ entries go to the bin
(core.recycle) instead of disappearing; the console had no page to bring one back.
Restoring calls core.recycle.service.restore (scope, permission, audit) and redirects.
There is no purge: the service keeps every deleted record (the audit trail names them).
"""
from __future__ import annotations

from urllib.parse import urlencode

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, go, page, respond
from core.recycle import service as recycle_service

BASE = "/admin/recycle"


@bp.get("/recycle")
@page
async def recycle_bin(request: Request):
    p = Params(request)
    number, size = p.paging()
    kinds = {k.key: k.label for k in recycle_service.kinds()}
    kind = p.choice("kind", kinds)
    total, rows = await recycle_service.list_deleted(actor=request.ctx.actor, kind=kind, limit=size,
                                                     offset=(number - 1) * size)
    restored = p.text("restored", max_length=128)
    return await respond(request, "admin/recycle/list.html", "admin/recycle/_list.html",
                         listing=Listing(rows, total, number, size, {"kind": kind}), kinds=kinds,
                         notice=f"已恢复：{restored}" if restored else None)


@bp.post("/recycle/<kind:str>/<record_id:int>/restore")
@page
async def recycle_restore(request: Request, kind: str, record_id: int):
    p = Params(request)
    obj = await recycle_service.restore(actor=request.ctx.actor, kind=kind, record_id=record_id)
    title = next((str(getattr(obj, k.title_field)) for k in recycle_service.kinds() if k.key == kind), "")
    back = {"kind": p.text("kind") or "", "restored": f"{dict((k.key, k.label) for k in recycle_service.kinds())[kind]}"
            f"“{title[:64]}”"}
    return go(request, f"{BASE}?{urlencode({k: v for k, v in back.items() if v})}")
