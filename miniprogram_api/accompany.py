"""Cloud accompaniment on the phone (seed 003 线上陪诊服务): the visits one may have accompanied, the
family members who may be invited, the invitation, tasks as patient and as companion (history with
state=ended), a task's home, accept / decline, remove / invite more / end, the patient's visit actions
(a companion's are refused 403), presence, and the task's video room (then /api/mp/v1/rooms/<id>/join).
Live changes: the realtime topics `accompany:<task id>` and `visit:<visit id>` a task's home lists."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.accompany import service, video
from core.accompany.schemas import (
    CandidatesOut, InviteIn, InviteMoreIn, TaskHomeOut, TaskRoomOut, TasksFilter, TasksOut, VisitOut,
)
from core.http import parse_body, query_model, returns
from core.outputs import Items
from core.rooms.schemas import OkOut
from core.visits.schemas import ActedOut
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_accompany", url_prefix="/accompany")


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


@bp.get("/visits")
@returns(Items[VisitOut])
@openapi.summary("陪诊就诊记录：本人及可代办（陪诊授权可代办）家人的进行中就诊，新的在前，标记就诊中 / 未就诊")
@mp_required
async def visits(request: Request):
    return {"items": await service.visits_for_accompany(actor=request.ctx.actor)}


@bp.get("/visits/<visit_id:int>/candidates")
@returns(CandidatesOut)
@openapi.summary("可邀请的陪诊人：就诊人的家庭成员，已获“陪诊”授权的可选（其余注明原因），及温馨提醒")
@mp_required
async def candidates(request: Request, visit_id: int):
    return await service.candidates(actor=request.ctx.actor, visit_id=visit_id)


@bp.post("/tasks")
@returns(TaskHomeOut, status=201)
@openapi.summary("发起陪诊邀请：创建陪诊任务（同一就诊进行中的任务只有一个，再次邀请即加入），向每位陪诊人发送站内消息")
@_body(InviteIn)
@mp_required
async def invite(request: Request):
    body = parse_body(request, InviteIn)
    return await service.invite(actor=request.ctx.actor, visit_id=body.visit_id, account_ids=body.account_ids,
                                reminder=body.reminder)


@bp.get("/tasks")
@returns(TasksOut)
@openapi.summary("我的陪诊：role=patient 我发起的 / companion 我陪诊的（待接受的邀请与已接受的）；state=ended 为历史陪诊记录")
@openapi.parameter("role", str)
@openapi.parameter("state", str)
@mp_required
async def tasks(request: Request):
    f = query_model(request, TasksFilter)
    return await service.tasks(actor=request.ctx.actor, role=f.role, state=f.state)


@bp.get("/tasks/<task_id:int>")
@returns(TaskHomeOut)
@openapi.summary("陪诊主页：患者（可办理就诊业务、管理陪诊人）或陪诊人（只读）视角的就诊信息、陪诊人及状态、就医助手节点")
@mp_required
async def home(request: Request, task_id: int):
    return await service.task_home(actor=request.ctx.actor, task_id=task_id)


@bp.post("/tasks/<task_id:int>/accept")
@returns(TaskHomeOut)
@openapi.summary("接受陪诊邀请")
@mp_required
async def accept(request: Request, task_id: int):
    return await service.accept(actor=request.ctx.actor, task_id=task_id)


@bp.post("/tasks/<task_id:int>/decline")
@returns(OkOut)
@openapi.summary("拒绝陪诊邀请")
@mp_required
async def decline(request: Request, task_id: int):
    await service.decline(actor=request.ctx.actor, task_id=task_id)
    return {"ok": True}


@bp.post("/tasks/<task_id:int>/companions")
@returns(TaskHomeOut)
@openapi.summary("陪诊人新邀请：为进行中的陪诊邀请更多家庭成员")
@_body(InviteMoreIn)
@mp_required
async def invite_more(request: Request, task_id: int):
    body = parse_body(request, InviteMoreIn)
    return await service.invite_more(actor=request.ctx.actor, task_id=task_id, account_ids=body.account_ids)


@bp.post("/tasks/<task_id:int>/companions/<companion_id:int>/remove")
@returns(TaskHomeOut)
@openapi.summary("移除陪诊人：立即失去查看权限（已打开的实时订阅随即关闭），并移出视频陪诊室")
@mp_required
async def remove(request: Request, task_id: int, companion_id: int):
    return await service.remove(actor=request.ctx.actor, task_id=task_id, companion_id=companion_id)


@bp.post("/tasks/<task_id:int>/end")
@returns(TaskHomeOut)
@openapi.summary("结束陪诊：停止就诊信息分享，视频陪诊室随之结束")
@mp_required
async def end(request: Request, task_id: int):
    return await service.end(actor=request.ctx.actor, task_id=task_id)


@bp.post("/tasks/<task_id:int>/actions/<action:str>")
@returns(ActedOut)
@openapi.summary("在陪诊主页办理就诊业务（签到、取消预约等，仅患者一方；陪诊人 403 accompany.companion_cannot_act）")
@mp_required
async def act(request: Request, task_id: int, action: str):
    return await service.act(actor=request.ctx.actor, task_id=task_id, action=action[:32])


@bp.post("/tasks/<task_id:int>/presence")
@returns(OkOut)
@openapi.summary("陪诊人在线心跳：陪诊人主页打开时定期调用，患者可见其“陪诊中”")
@mp_required
async def presence(request: Request, task_id: int):
    await service.touch(actor=request.ctx.actor, task_id=task_id)
    return {"ok": True}


@bp.post("/tasks/<task_id:int>/room")
@returns(TaskRoomOut)
@openapi.summary("视频陪诊室：打开（或取得）本次陪诊的视频房间并加入成员，之后 POST /rooms/<room_id>/join 取得入会凭证")
@mp_required
async def room(request: Request, task_id: int):
    return await video.room(actor=request.ctx.actor, task_id=task_id)
