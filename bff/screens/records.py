"""Record-copy screens of the mini-program: the 一键病案 home (my requests by state
group with counts, unread messages, the institutions to choose from) in one round trip."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.http import returns
from core.notify import service as notify_service
from core.records import service as records_service
from core.records.schemas import RecordsHomeOut
from miniprogram_api.guard import mp_required

bp = Blueprint("bff_records", url_prefix="/records")


@bp.get("/home")
@returns(RecordsHomeOut)
@openapi.summary("病案复印首页：就诊人、可申请的医院与本人的申请（一次取齐）")
@mp_required
async def home(request: Request):
    actor = request.ctx.actor
    mine = await records_service.my_requests(actor=actor, limit=10)
    return RecordsHomeOut(groups=mine.groups, total=mine.total, recent=mine.items,
                          unread_messages=await notify_service.unread_count(actor=actor),
                          institutions=await records_service.institutions(actor=actor))
