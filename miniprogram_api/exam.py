"""Taking the exam on the phone: papers, start/resume, saving answers, answer card, submit."""
from __future__ import annotations

from dataclasses import asdict

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.exam import service as exam_service
from core.exam.schemas import SaveIn, StartIn
from core.http import ok, parse_body
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_exam", url_prefix="/exam")


@bp.get("/papers")
@openapi.summary("我的试卷（本周期与历次）")
@mp_required
async def papers(request: Request):
    return ok({"items": await exam_service.my_papers(actor=request.ctx.actor)})


@bp.post("/papers/<paper_id:int>/start")
@openapi.summary("开始或继续考试（截止时间以服务器为准；换设备继续时旧设备退出作答）")
@openapi.body({"application/json": StartIn.model_json_schema()})
@mp_required
async def start(request: Request, paper_id: int):
    body = parse_body(request, StartIn)
    return ok(await exam_service.start(actor=request.ctx.actor, paper_id=paper_id, device_id=body.device_id))


@bp.get("/sessions/<session_id:int>")
@openapi.summary("考试场次：剩余时间（以服务器时间为准）、题目与已保存的答案")
@mp_required
async def view(request: Request, session_id: int):
    return ok(await exam_service.view(actor=request.ctx.actor, session_id=session_id))


@bp.put("/sessions/<session_id:int>/answers/<question_id:int>")
@openapi.summary("保存一题的答案（带序号；重试或乱序到达不会覆盖较新的答案）")
@openapi.body({"application/json": SaveIn.model_json_schema()})
@mp_required
async def save(request: Request, session_id: int, question_id: int):
    body = parse_body(request, SaveIn)
    result = await exam_service.save_answer(actor=request.ctx.actor, session_id=session_id,
                                            question_id=question_id, answer=body.answer, seq=body.seq,
                                            device_id=body.device_id, marked=body.marked)
    return ok(asdict(result))


@bp.get("/sessions/<session_id:int>/card")
@openapi.summary("答题卡：每题是否已答、是否标记")
@mp_required
async def card(request: Request, session_id: int):
    return ok(await exam_service.answer_card(actor=request.ctx.actor, session_id=session_id))


@bp.post("/sessions/<session_id:int>/submit")
@openapi.summary("交卷（可重复提交，结果相同）")
@mp_required
async def submit(request: Request, session_id: int):
    return ok(await exam_service.submit(actor=request.ctx.actor, session_id=session_id))
