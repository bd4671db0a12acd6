"""The visit assistant on the phone (seed 003 门诊就医助手): my visits (or a family member's under a
health_records grant), the to-dos, a visit's steps with their data items and guide, and the patient's
own actions (签到, 取消预约) through the hospital's system. Live updates: the realtime topic `visit:<id>`."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.http import query_id, returns
from core.visits import service as visits
from core.visits.schemas import ActedOut, TodosOut, VisitDetailOut, VisitsOut
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_visits", url_prefix="/visits")


@bp.get("/")
@returns(VisitsOut)
@openapi.summary("我的就诊：本账号就诊人的门诊就诊，新的在前；patient_id：某位就诊人或授权了“健康档案”的家庭成员的就诊（查看记录告知本人）")
@openapi.parameter("patient_id", int)
@mp_required
async def mine(request: Request):
    return await visits.my_visits(actor=request.ctx.actor, patient_id=query_id(request, "patient_id"))


@bp.get("/todos")
@returns(TodosOut)
@openapi.summary("就诊待办：待支付、当前就诊中、检查报告已出、药品待取等，随就诊环节更新；done=1 含已完成的")
@openapi.parameter("done", bool)
@mp_required
async def todos(request: Request):
    return await visits.todos(actor=request.ctx.actor, include_done=request.args.get("done") in ("1", "true"))


@bp.get("/<visit_id:int>")
@returns(VisitDetailOut)
@openapi.summary("就诊详情：医院配置的就诊环节（顺序、名称、状态、数据项）、下一步指引、待办和本人可办理的操作；"
                 "实时更新订阅 visit:<id>")
@mp_required
async def detail(request: Request, visit_id: int):
    return await visits.visit_detail(actor=request.ctx.actor, visit_id=visit_id)


@bp.post("/<visit_id:int>/actions/<action:str>")
@returns(ActedOut)
@openapi.summary("就诊人本人办理：checkin 签到，cancel 取消预约（经医院系统办理，医院确认后环节自动更新）；家属与陪诊人不能办理")
@mp_required
async def act(request: Request, visit_id: int, action: str):
    return await visits.act(actor=request.ctx.actor, visit_id=visit_id, action=action[:32])
