"""The practice home of the mini-program (学习) in one round trip: the bank's categories
with the physician's progress, the summary (answers, accuracy, notebook and favourites
counts, mocks taken with the best and last score) and the latest mock exam (the one to
resume when it is still in progress)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.exam import practice as practice_service
from core.exam.schemas import PracticeHomeOut
from core.http import returns
from miniprogram_api.guard import mp_required

bp = Blueprint("bff_practice", url_prefix="/practice")


@bp.get("/home")
@returns(PracticeHomeOut)
@openapi.summary("练习首页：练习进度、错题与收藏数量、可用的模拟考试（一次取齐）")
@mp_required
async def home(request: Request):
    actor = request.ctx.actor
    _, latest = await practice_service.mocks(actor=actor, limit=1)
    return PracticeHomeOut(**dict(await practice_service.categories(actor=actor)),
                           summary=await practice_service.summary(actor=actor),
                           latest_mock=latest[0] if latest else None)
