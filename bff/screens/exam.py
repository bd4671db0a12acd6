"""Exam screens of the mini-program, one endpoint per page, each in one round trip:
the exam home (cycle, filing state, papers, results, practice progress) and the exam
page (questions, saved answers, answer card, time left)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.assessment import service as assessment_service
from core.assessment.states import LABELS, State
from core.errors import AppError
from core.exam import practice as practice_service
from core.exam import service as exam_service
from core.exam.schemas import CurrentEnrolmentOut, ExamHomeOut, ExamPageOut, NoEnrolmentOut
from core.http import returns
from miniprogram_api.guard import mp_required

bp = Blueprint("bff_exam", url_prefix="/exam")


@bp.get("/home")
@returns(ExamHomeOut)
@openapi.summary("考试首页：本人的考核、试卷、进行中的考试与核验状态（一次取齐）")
@mp_required
async def home(request: Request):
    actor = request.ctx.actor
    try:
        doc, cycle, row, settings = await assessment_service.my_enrolment(actor=actor)
        current = CurrentEnrolmentOut(cycle=cycle.name, state=row.state, state_label=LABELS[State(row.state)],
                                      procedure=row.procedure, reason=row.last_reason, result=row.result)
    except AppError as exc:  # not enrolled / no open cycle: the home still shows history
        current = NoEnrolmentOut(message=exc.message, code=exc.code)
    return ExamHomeOut(current=current, papers=await exam_service.my_papers(actor=actor),
                       results=await assessment_service.my_results(actor=actor),
                       practice=await practice_service.summary(actor=actor))


@bp.get("/sessions/<session_id:int>")
@returns(ExamPageOut)
@openapi.summary("答题页：场次、试卷、已保存的答案与标记、抓拍计划（一次取齐）")
@mp_required
async def exam_page(request: Request, session_id: int):
    actor = request.ctx.actor
    page = await exam_service.view(actor=actor, session_id=session_id)
    return ExamPageOut(**dict(page), card=await exam_service.answer_card(actor=actor, session_id=session_id))
