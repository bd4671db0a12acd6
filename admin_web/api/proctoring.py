"""Proctoring in the admin console: enrol a physician's registered photo, review
verification attempts, release a session whose face check keeps failing; proctor
review of exam sessions (ranked cases, a case with its photo timeline, verdicts,
second review of cheating, batch clear)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import batch_answer, paged, uploaded
from admin_web.api.guard import admin_required
from core.http import page_args, parse_body, returns, validate
from core.outputs import BatchOut, Page
from core.proctoring import review, service as proctoring_service
from core.proctoring.schemas import (
    BatchClearIn, CaseFilters, CaseOut, CaseRowOut, RegisteredFaceOut, ReleasedOut, ReleaseIn, SecondReviewIn,
    VerdictIn, VerdictOut, VerificationsOut,
)

bp = Blueprint("admin_proctoring", url_prefix="/proctoring")


@bp.post("/physicians/<physician_id:int>/face")
@returns(RegisteredFaceOut, status=201)
@openapi.summary("以机构登记的照片为医师采集人脸（医师须已同意告知书）")
@openapi.body({"multipart/form-data": {"type": "object",
                                       "properties": {"photo": {"type": "string", "format": "binary"}}}})
@admin_required
async def enrol(request: Request, physician_id: int):
    return await proctoring_service.enrol_from_registered_photo(
        actor=request.ctx.actor, physician_id=physician_id, photo=uploaded(request, "photo").body)


@bp.post("/sessions/<session_id:int>/release")
@returns(ReleasedOut)
@openapi.summary("人工放行（人脸核验未通过时由监考人员确认身份后放行）")
@openapi.body({"application/json": ReleaseIn.model_json_schema()})
@admin_required
async def release(request: Request, session_id: int):
    body = parse_body(request, ReleaseIn)
    return (await proctoring_service.release(actor=request.ctx.actor, session_id=session_id, reason=body.reason))


@bp.get("/sessions/<session_id:int>/verifications")
@returns(VerificationsOut)
@openapi.summary("某场考试的全部人脸核验记录")
@admin_required
async def verifications(request: Request, session_id: int):
    return (await proctoring_service.verifications(actor=request.ctx.actor, session_id=session_id))


# ------------------------------------------------------------------ proctor review

@bp.get("/cases")
@returns(Page[CaseRowOut])
@openapi.summary("监考审核：管辖范围内的考试按风险从高到低排列（可按状态、机构、最低风险、姓名筛选）")
@openapi.parameter("state", str)
@openapi.parameter("institution_id", int)
@openapi.parameter("min_risk", float)
@openapi.parameter("q", str)
@admin_required
async def list_cases(request: Request):
    filters = validate(CaseFilters, {k: request.args.get(k) for k in CaseFilters.model_fields
                                     if request.args.get(k) not in (None, "")})
    size, offset = page_args(request)
    total, items = await review.list_cases(actor=request.ctx.actor, limit=size, offset=offset,
                                           **filters.model_dump())
    return paged(request, total, items)


@bp.get("/cases/<session_id:int>")
@returns(CaseOut)
@openapi.summary("一场考试的监考详情：医师、考试、风险信号、结论记录、照片与事件时间线（照片为限时签名链接）")
@admin_required
async def case_detail(request: Request, session_id: int):
    return await review.case_detail(actor=request.ctx.actor, session_id=session_id)


@bp.post("/cases/<session_id:int>/verdict")
@returns(VerdictOut)
@openapi.summary("给出监考结论：无异常 / 存疑 / 作弊（存疑、作弊须填写理由；作弊须另一名监考人员复核）")
@openapi.body({"application/json": VerdictIn.model_json_schema()})
@admin_required
async def give_verdict(request: Request, session_id: int):
    body = parse_body(request, VerdictIn)
    return (await review.give_verdict(actor=request.ctx.actor, session_id=session_id, verdict=body.verdict,
                                        reason=body.reason))


@bp.post("/cases/<session_id:int>/second-review")
@returns(VerdictOut)
@openapi.summary("复核作弊判定（须为另一名监考人员）：确认则成绩作废、考核不合格；不予认定则改为存疑")
@openapi.body({"application/json": SecondReviewIn.model_json_schema()})
@admin_required
async def second_review(request: Request, session_id: int):
    body = parse_body(request, SecondReviewIn)
    return (await review.second_review(actor=request.ctx.actor, session_id=session_id, confirm=body.confirm,
                                         reason=body.reason))


@bp.post("/cases/clear")
@returns(BatchOut)
@openapi.summary("批量判定无异常（逐行返回结果；有非本人或多人照片的考试须逐场判定）")
@openapi.body({"application/json": BatchClearIn.model_json_schema()})
@admin_required
async def clear_many(request: Request):
    body = parse_body(request, BatchClearIn)
    return (batch_answer(await review.clear_many(actor=request.ctx.actor, session_ids=body.session_ids,
                                                   reason=body.reason)))
