"""The question bank (province): list, read, create questions and groups, edit
(a new version once a paper used it), retire. Thin handlers over
core.exam.bank; the xlsx import is the background import kind "questions"
(/api/admin/v1/imports/questions)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import flag, paged
from admin_web.api.guard import admin_required
from core.exam import bank
from core.exam.schemas import (
    GroupDetailOut, GroupEditedOut, GroupEditIn, GroupIn, GroupOut, QuestionDetailOut, QuestionEditIn,
    QuestionEditOut, QuestionIn, QuestionListedOut, QuestionOut,
)
from core.http import page_args, parse_body, query_id, query_int, returns
from core.outputs import Page

bp = Blueprint("admin_exam_bank", url_prefix="/exam/questions")


@bp.get("/")
@returns(Page[QuestionListedOut])
@openapi.summary("题库查询（专业、分类、题型、难度、题干检索；分页）")
@admin_required
async def list_questions(request: Request):
    size, offset = page_args(request)
    a = request.args
    total, items = await bank.list_questions(
        actor=request.ctx.actor, specialty=a.get("specialty"), category=a.get("category"), qtype=a.get("qtype"),
        difficulty=query_int(request, "difficulty", lo=1, hi=5), q=a.get("q"),
        group_id=query_id(request, "group_id"), include_retired=flag(request, "include_retired"),
        limit=size, offset=offset)
    return paged(request, total, items)


@bp.post("/")
@returns(QuestionOut, status=201)
@openapi.summary("新建单选题（A1/A2）或多选题（X）")
@openapi.body({"application/json": QuestionIn.model_json_schema()})
@admin_required
async def create_question(request: Request):
    body = parse_body(request, QuestionIn)
    return await bank.create_question(actor=request.ctx.actor, **body.model_dump())


@bp.get("/<question_id:int>")
@returns(QuestionDetailOut)
@openapi.summary("题目详情（含历史版本号）")
@admin_required
async def get_question(request: Request, question_id: int):
    return await bank.get_question(actor=request.ctx.actor, question_id=question_id)


@bp.put("/<question_id:int>")
@returns(QuestionEditOut)
@openapi.summary("修改题目：未被试卷使用时直接修改，已使用时生成新版本")
@openapi.body({"application/json": QuestionEditIn.model_json_schema()})
@admin_required
async def edit_question(request: Request, question_id: int):
    body = parse_body(request, QuestionEditIn)
    return await bank.edit_question(actor=request.ctx.actor, question_id=question_id,
                                    changes=body.model_dump(exclude_unset=True))


@bp.post("/<question_id:int>/retire")
@returns(QuestionOut)
@openapi.summary("停用题目（不再进入新试卷）")
@admin_required
async def retire_question(request: Request, question_id: int):
    return await bank.retire_question(actor=request.ctx.actor, question_id=question_id)


@bp.post("/groups")
@returns(GroupOut, status=201)
@openapi.summary("新建题组：A3/A4 共用题干，B1 共用选项")
@openapi.body({"application/json": GroupIn.model_json_schema()})
@admin_required
async def create_group(request: Request):
    body = parse_body(request, GroupIn)
    return await bank.create_group(actor=request.ctx.actor, **body.model_dump())


@bp.get("/groups/<group_id:int>")
@returns(GroupDetailOut)
@openapi.summary("题组详情（病例与小题）")
@admin_required
async def get_group(request: Request, group_id: int):
    return await bank.get_group(actor=request.ctx.actor, group_id=group_id)


@bp.put("/groups/<group_id:int>")
@returns(GroupEditedOut)
@openapi.summary("修改题组：已被试卷使用时整组生成新版本")
@openapi.body({"application/json": GroupEditIn.model_json_schema()})
@admin_required
async def edit_group(request: Request, group_id: int):
    body = parse_body(request, GroupEditIn)
    return await bank.edit_group(actor=request.ctx.actor, group_id=group_id,
                                 changes=body.model_dump(exclude_unset=True))


@bp.post("/groups/<group_id:int>/retire")
@returns(GroupOut)
@openapi.summary("停用题组（连同其中的小题）")
@admin_required
async def retire_group(request: Request, group_id: int):
    return await bank.retire_group(actor=request.ctx.actor, group_id=group_id)
