"""Practice on the phone (学习): questions by specialty and category, answers checked at
once, the wrong-answer notebook, favourites, progress, and mock exams (started here,
then answered and submitted through the exam endpoints like any paper)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.exam import practice as practice_service
from core.exam.schemas import (
    FavouriteChangedOut, FavouriteOut, MockOut, MockReviewOut, MockStartedOut, MockStartIn, NotesQuery, PageQuery,
    PracticeAnswerIn, PracticeCategoriesOut, PracticeProgressOut, PracticeQuery, PracticeQuestionsOut,
    PracticeResultOut, WrongNoteOut,
)
from core.http import parse_body, query_model, returns
from core.outputs import Page
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_practice", url_prefix="/practice")


async def _paged(request: Request, list_fn, schema: type[PageQuery] = PageQuery) -> dict:
    """A page of one of the physician's lists; the schema's other fields are the list's filters."""
    args = query_model(request, schema)
    filters = args.model_dump(exclude={"page", "page_size"})
    total, items = await list_fn(actor=request.ctx.actor, limit=args.page_size,
                                 offset=(args.page - 1) * args.page_size, **filters)
    return {"total": total, "page": args.page, "page_size": args.page_size, "items": items}


@bp.get("/categories")
@returns(PracticeCategoriesOut)
@openapi.summary("题库的专业与分类（题量与本人练习进度）")
@mp_required
async def categories(request: Request):
    return await practice_service.categories(actor=request.ctx.actor)


@bp.get("/questions")
@returns(PracticeQuestionsOut)
@openapi.summary("下一组练习题（不含答案；病例组题、共用选项题整组按序给出）")
@openapi.description("mode: sequential 顺序练习 / random 随机练习 / wrong 错题重做 / favourites 收藏题")
@mp_required
async def questions(request: Request):
    args = query_model(request, PracticeQuery)
    return await practice_service.next_questions(actor=request.ctx.actor, **args.model_dump())


@bp.post("/questions/<question_id:int>/answer")
@returns(PracticeResultOut)
@openapi.summary("提交一道练习题的答案：对错、正确答案与解析；答错自动加入错题本")
@openapi.body({"application/json": PracticeAnswerIn.model_json_schema()})
@mp_required
async def answer(request: Request, question_id: int):
    body = parse_body(request, PracticeAnswerIn)
    return await practice_service.answer(actor=request.ctx.actor, question_id=question_id, answer=body.answer)


@bp.get("/wrong-notes")
@returns(Page[WrongNoteOut])
@openapi.summary("错题本（连续答对若干次后移出；include_cleared=1 同时列出已移出的）")
@mp_required
async def wrong_notes(request: Request):
    return await _paged(request, practice_service.wrong_notes, NotesQuery)


@bp.get("/favourites")
@returns(Page[FavouriteOut])
@openapi.summary("收藏夹")
@mp_required
async def favourites(request: Request):
    return await _paged(request, practice_service.favourites)


@bp.put("/favourites/<question_id:int>")
@returns(FavouriteChangedOut)
@openapi.summary("收藏题目（重复收藏无影响）")
@mp_required
async def favourite(request: Request, question_id: int):
    return await practice_service.favourite(actor=request.ctx.actor, question_id=question_id)


@bp.delete("/favourites/<question_id:int>")
@returns(FavouriteChangedOut)
@openapi.summary("取消收藏（未收藏时无影响）")
@mp_required
async def unfavourite(request: Request, question_id: int):
    return await practice_service.unfavourite(actor=request.ctx.actor, question_id=question_id)


@bp.get("/progress")
@returns(PracticeProgressOut)
@openapi.summary("练习统计：答题数、正确率（总体、分类）、近7天与30天每日答题、错题本、收藏、模拟考试")
@mp_required
async def progress(request: Request):
    return await practice_service.progress(actor=request.ctx.actor)


@bp.post("/mocks")
@returns(MockStartedOut)
@openapi.summary("开始模拟考试（按本周期组卷方案随机出卷，不计成绩、无需人脸核验；未完成的继续作答）")
@openapi.description("返回考试页面数据（kind=mock：无需人脸核验、不抓拍）；作答、答题卡与交卷使用 "
                     "/api/mp/v1/exam/sessions/<session_id>/... 接口，"
                     "交卷后用 /practice/mocks/<paper_id>/review 查看解析。")
@openapi.body({"application/json": MockStartIn.model_json_schema()})
@mp_required
async def start_mock(request: Request):
    body = parse_body(request, MockStartIn)
    return await practice_service.start_mock(actor=request.ctx.actor, device_id=body.device_id,
                                             cycle_id=body.cycle_id)


@bp.get("/mocks")
@returns(Page[MockOut])
@openapi.summary("我的模拟考试")
@mp_required
async def mocks(request: Request):
    return await _paged(request, practice_service.mocks)


@bp.get("/mocks/<paper_id:int>/review")
@returns(MockReviewOut)
@openapi.summary("模拟考试交卷后的逐题解析（所选答案、正确答案、得分、解析）")
@mp_required
async def mock_review(request: Request, paper_id: int):
    return await practice_service.mock_review(actor=request.ctx.actor, paper_id=paper_id)
