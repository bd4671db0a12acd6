"""Taking the exam on the phone: papers, start/resume, saving answers, answer card, submit."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.exam import service as exam_service
from core.exam.schemas import AnswerCardOut, PaperOut, SaveIn, SaveResultOut, SessionOut, StartIn, SubmittedOut
from core.http import parse_body, returns
from core.outputs import Items
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_exam", url_prefix="/exam")


@bp.get("/papers")
@returns(Items[PaperOut])
@openapi.summary("我的试卷（本周期与历次）")
@mp_required
async def papers(request: Request):
    return {"items": await exam_service.my_papers(actor=request.ctx.actor)}


@bp.post("/papers/<paper_id:int>/start")
@returns(SessionOut)
@openapi.summary("开始或继续考试（截止时间以服务器为准；换设备继续时旧设备退出作答）")
@openapi.body({"application/json": StartIn.model_json_schema()})
@mp_required
async def start(request: Request, paper_id: int):
    body = parse_body(request, StartIn)
    return await exam_service.start(actor=request.ctx.actor, paper_id=paper_id, device_id=body.device_id)


@bp.get("/sessions/<session_id:int>")
@returns(SessionOut)
@openapi.summary("考试场次：剩余时间（以服务器时间为准）、题目与已保存的答案")
@mp_required
async def view(request: Request, session_id: int):
    return await exam_service.view(actor=request.ctx.actor, session_id=session_id)


@bp.put("/sessions/<session_id:int>/answers/<question_id:int>")
@returns(SaveResultOut)
@openapi.summary("保存一题的答案（带序号；重试或乱序到达不会覆盖较新的答案）")
@openapi.body({"application/json": SaveIn.model_json_schema()})
@mp_required
async def save(request: Request, session_id: int, question_id: int):
    body = parse_body(request, SaveIn)
    return await exam_service.save_answer(actor=request.ctx.actor, session_id=session_id,
                                          question_id=question_id, answer=body.answer, seq=body.seq,
                                          device_id=body.device_id, marked=body.marked)


@bp.get("/sessions/<session_id:int>/card")
@returns(AnswerCardOut)
@openapi.summary("答题卡：每题是否已答、是否标记")
@mp_required
async def card(request: Request, session_id: int):
    return await exam_service.answer_card(actor=request.ctx.actor, session_id=session_id)


@bp.post("/sessions/<session_id:int>/submit")
@returns(SubmittedOut)
@openapi.summary("交卷（可重复提交，结果相同）")
@mp_required
async def submit(request: Request, session_id: int):
    return await exam_service.submit(actor=request.ctx.actor, session_id=session_id)
