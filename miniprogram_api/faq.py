"""常见问题 on the phone (mini-program and H5): the published entries for the caller."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.faq import service as faq_service
from core.faq.schemas import FaqPublicFilter, FaqPublicPage
from core.http import ok, query_model
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_faq", url_prefix="/faq")


@bp.get("")
@openapi.summary("常见问题：调用者可见的已发布条目（医师看到医师与通用条目，患者与家属看到患者与通用条目）")
@openapi.description("category 按分类筛选，q 按关键词搜索问题与答案；categories 列出全部可见分类。"
                     "institution_id：帮助与反馈中该医院（及其上级机构）发布的面向患者的帮助。")
@openapi.parameter("institution_id", int)
@openapi.parameter("category", str)
@openapi.parameter("q", str)
@openapi.parameter("page", int)
@openapi.parameter("page_size", int)
@openapi.response(200, {"application/json": FaqPublicPage.model_json_schema()})
@mp_required
async def faq(request: Request):
    page = await faq_service.published_for(actor=request.ctx.actor, filters=query_model(request, FaqPublicFilter))
    return ok(page.model_dump(mode="json"))
