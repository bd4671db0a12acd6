"""Assessment administration: cycles (province), enrolment (institutions), two-level
review, scores and make-up. Thin handlers over core.assessment.service."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import batch_answer, paged, xlsx, XLSX
from admin_web.api.guard import admin_required
from core.assessment import service as assessment_service
from core.assessment.schemas import (
    CycleCreatedOut, CycleCreateIn, CycleHistoryOut, CycleOut, CycleSettingsIn, CycleStatusOut, CycleVersionOut,
    EnrolIn, EnrolmentCancelledOut, EnrolmentDetailOut, EnrolmentOut, HistoryOut, MakeupDecisionIn, PhysicianOut, PhysicianPasswordOut,
    ReviewIn, ScoreIn, ScoreOut, TransferIn, TransferredOut,
)
from core.http import page_args, parse_body, query_id, returns, returns_file
from core.outputs import BatchOut, Items, Page

bp = Blueprint("admin_assessment", url_prefix="/assessment")


# ------------------------------------------------------------------ cycles

@bp.get("/cycles")
@returns(Items[CycleOut])
@openapi.summary("考核周期列表")
@admin_required
async def list_cycles(request: Request):
    return {"items": await assessment_service.list_cycles(actor=request.ctx.actor)}


@bp.post("/cycles")
@returns(CycleCreatedOut, status=201)
@openapi.summary("新建考核周期（仅省级）")
@openapi.body({"application/json": CycleCreateIn.model_json_schema()})
@admin_required
async def create_cycle(request: Request):
    body = parse_body(request, CycleCreateIn)
    cycle = await assessment_service.create_cycle(actor=request.ctx.actor, code=body.code, name=body.name,
                                                  settings=body.settings.model_dump(mode="json"))
    return {"id": cycle.id, "code": cycle.code, "status": cycle.status.value,
            "version": cycle.settings_version}


@bp.put("/cycles/<cycle_id:int>/settings")
@returns(CycleVersionOut)
@openapi.summary("修改考核周期的设置（周期开启后冻结）")
@openapi.body({"application/json": CycleSettingsIn.model_json_schema()})
@admin_required
async def update_settings(request: Request, cycle_id: int):
    body = parse_body(request, CycleSettingsIn)
    cycle = await assessment_service.update_cycle_settings(actor=request.ctx.actor, cycle_id=cycle_id,
                                                           settings=body.model_dump(mode="json"))
    return {"id": cycle.id, "version": cycle.settings_version}


@bp.get("/cycles/<cycle_id:int>/history")
@returns(CycleHistoryOut)
@openapi.summary("考核周期设置的历史版本")
@admin_required
async def cycle_history(request: Request, cycle_id: int):
    return {"items": await assessment_service.cycle_history(actor=request.ctx.actor, cycle_id=cycle_id)}


@bp.post("/cycles/<cycle_id:int>/open")
@returns(CycleStatusOut)
@openapi.summary("开启考核周期（设置随之冻结）")
@admin_required
async def open_cycle(request: Request, cycle_id: int):
    cycle = await assessment_service.open_cycle(actor=request.ctx.actor, cycle_id=cycle_id)
    return {"id": cycle.id, "status": cycle.status.value}


@bp.post("/cycles/<cycle_id:int>/close")
@returns(CycleStatusOut)
@openapi.summary("结束考核周期")
@admin_required
async def close_cycle(request: Request, cycle_id: int):
    cycle = await assessment_service.close_cycle(actor=request.ctx.actor, cycle_id=cycle_id)
    return {"id": cycle.id, "status": cycle.status.value}


# ------------------------------------------------------------------ enrolment

@bp.get("/cycles/<cycle_id:int>/candidates")
@returns(Page[PhysicianOut])
@openapi.summary("未确认参加本周期的医师")
@admin_required
async def candidates(request: Request, cycle_id: int):
    size, offset = page_args(request)
    total, docs = await assessment_service.list_candidates(
        actor=request.ctx.actor, cycle_id=cycle_id, q=request.args.get("q"),
        institution_id=query_id(request, "institution_id"), limit=size, offset=offset)
    return paged(request, total, [await assessment_service.present(d, actor=request.ctx.actor) for d in docs])


@bp.post("/cycles/<cycle_id:int>/enrolments")
@returns(BatchOut)
@openapi.summary("参加 / 批量参加本周期考核")
@openapi.body({"application/json": EnrolIn.model_json_schema()})
@admin_required
async def enrol(request: Request, cycle_id: int):
    body = parse_body(request, EnrolIn)
    results = await assessment_service.enrol(actor=request.ctx.actor, cycle_id=cycle_id,
                                             physician_ids=body.physician_ids)
    return batch_answer(results)


@bp.get("/cycles/<cycle_id:int>/enrolments")
@returns(Page[EnrolmentOut])
@openapi.summary("已确认参加的医师（条件查询、分页）")
@admin_required
async def list_enrolments(request: Request, cycle_id: int):
    size, offset = page_args(request)
    total, rows = await assessment_service.list_enrolments(
        actor=request.ctx.actor, cycle_id=cycle_id, limit=size, offset=offset, **_list_filters(request))
    return paged(request, total, [await assessment_service.enrolment_view(r, actor=request.ctx.actor) for r in rows])


def _list_filters(request: Request) -> dict:
    a = request.args
    return {"state": a.get("state"), "procedure": a.get("procedure"), "q": a.get("q"),
            "institution_id": query_id(request, "institution_id"), "makeup": a.get("makeup"),
            "result": a.get("result")}


@bp.get("/cycles/<cycle_id:int>/enrolments/export")
@returns_file(XLSX)
@openapi.summary("导出本周期参加考核的医师（xlsx）")
@admin_required
async def export_enrolments(request: Request, cycle_id: int):
    data = await assessment_service.export_enrolments(actor=request.ctx.actor, cycle_id=cycle_id,
                                                      **_list_filters(request))
    return xlsx(data, "enrolments.xlsx")


@bp.post("/enrolments/<enrolment_id:int>/cancel")
@returns(EnrolmentCancelledOut)
@openapi.summary("取消医师参加本周期考核（已提交填报的不能取消）")
@admin_required
async def cancel(request: Request, enrolment_id: int):
    row = await assessment_service.cancel_enrolment(actor=request.ctx.actor, enrolment_id=enrolment_id)
    return {"id": row.id, "confirmed": row.confirmed}


@bp.post("/physicians/<physician_id:int>/reset-password")
@returns(PhysicianPasswordOut)
@openapi.summary("重置医师的电脑端登录密码（给出初始密码）")
@admin_required
async def reset_password(request: Request, physician_id: int):
    initial = await assessment_service.reset_physician_password(actor=request.ctx.actor, physician_id=physician_id)
    return {"id": physician_id, "initial_password": initial}


@bp.post("/physicians/<physician_id:int>/transfer")
@returns(TransferredOut)
@openapi.summary("医师调动到另一医疗机构")
@openapi.body({"application/json": TransferIn.model_json_schema()})
@admin_required
async def transfer(request: Request, physician_id: int):
    body = parse_body(request, TransferIn)
    doc = await assessment_service.transfer_physician(actor=request.ctx.actor, physician_id=physician_id,
                                                      to_institution_id=body.to_institution_id,
                                                      reason=body.reason)
    return {"id": doc.id, "institution_id": doc.institution_id}


@bp.get("/physicians/<physician_id:int>/history")
@returns(HistoryOut)
@openapi.summary("医师历次考核记录")
@admin_required
async def history(request: Request, physician_id: int):
    rows = await assessment_service.physician_history(actor=request.ctx.actor, physician_id=physician_id)
    return {"items": [{"enrolment_id": r.id, "cycle": r.cycle.name, "state": r.state, "result": r.result,
                          "exam_score": r.exam_score, "makeup_score": r.makeup_score} for r in rows]}


# ------------------------------------------------------------------ review, scores, make-up

@bp.post("/reviews")
@returns(BatchOut)
@openapi.summary("审核 / 复核（单个或批量；层级由账号所属机构决定）")
@openapi.body({"application/json": ReviewIn.model_json_schema()})
@admin_required
async def review(request: Request):
    body = parse_body(request, ReviewIn)
    results = await assessment_service.review(actor=request.ctx.actor, enrolment_ids=body.enrolment_ids,
                                              decision=body.decision, reason=body.reason)
    return batch_answer(results)


@bp.get("/enrolments/<enrolment_id:int>")
@returns(EnrolmentDetailOut)
@openapi.summary("参加考核记录详情：填报、审核、成绩与结果")
@admin_required
async def enrolment_detail(request: Request, enrolment_id: int):
    return await assessment_service.enrolment_detail(actor=request.ctx.actor, enrolment_id=enrolment_id)


@bp.post("/enrolments/<enrolment_id:int>/score")
@returns(ScoreOut)
@openapi.summary("录入考核成绩")
@openapi.body({"application/json": ScoreIn.model_json_schema()})
@admin_required
async def score(request: Request, enrolment_id: int):
    body = parse_body(request, ScoreIn)
    row = await assessment_service.record_score(actor=request.ctx.actor, enrolment_id=enrolment_id,
                                                score=body.score, makeup=body.makeup)
    return {"id": row.id, "exam_score": row.exam_score, "makeup_score": row.makeup_score,
            "makeup": row.makeup, "result": row.result}


@bp.post("/makeup")
@returns(BatchOut)
@openapi.summary("省级确认 / 不允许参加补考（单个或批量）")
@openapi.body({"application/json": MakeupDecisionIn.model_json_schema()})
@admin_required
async def makeup(request: Request):
    body = parse_body(request, MakeupDecisionIn)
    results = await assessment_service.decide_makeup(actor=request.ctx.actor, enrolment_ids=body.enrolment_ids,
                                                     confirm=body.confirm)
    return batch_answer(results)
