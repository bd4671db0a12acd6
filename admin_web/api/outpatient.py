"""The doctor's 门诊日志 (workstation) and the back office's fees per doctor and day (JSON, xlsx);
the services are core/consult/outpatient.py."""
from __future__ import annotations

import datetime as dt

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import XLSX, xlsx
from admin_web.api.guard import admin_required
from core.consult import outpatient
from core.consult.outpatient import FeesOut, OutpatientLogOut
from core.errors import ValidationFailed
from core.http import query_id, returns, returns_file

bp = Blueprint("admin_outpatient")


def date_arg(request: Request, *names: str) -> dt.date | None:
    for name in names:
        raw = (request.args.get(name) or "").strip()
        if raw:
            try:
                if len(raw) == 10:
                    return dt.date.fromisoformat(raw)
            except ValueError:
                pass
            raise ValidationFailed("日期格式应为 yyyy-mm-dd", details={"field": name})
    return None


def fee_filters(request: Request) -> dict:
    return {"date_from": date_arg(request, "date_from", "from"), "date_to": date_arg(request, "date_to", "to"),
            "institution_id": query_id(request, "institution_id"), "department_id": query_id(request, "department_id"),
            "doctor_id": query_id(request, "doctor_id")}


@bp.get("/workstation/log")
@returns(OutpatientLogOut)
@openapi.summary("门诊日志：我每天的接诊人次、问诊动作（按图文 / 视频）与处方开具和审核情况")
@openapi.parameter("from", str, description="开始日期 yyyy-mm-dd，默认 6 天前")
@openapi.parameter("to", str, description="结束日期 yyyy-mm-dd，默认今天；范围最多 92 天")
@admin_required
async def my_log(request: Request):
    return await outpatient.doctor_log(actor=request.ctx.actor, date_from=date_arg(request, "from", "date_from"),
                                       date_to=date_arg(request, "to", "date_to"))


@bp.get("/consult/fees")
@returns(FeesOut)
@openapi.summary("医生费用：每天每位医生的图文、视频问诊与其处方药品订单的费用和退款（按支付日）")
@openapi.parameter("date_from", str)
@openapi.parameter("date_to", str)
@openapi.parameter("institution_id", int)
@openapi.parameter("department_id", int)
@openapi.parameter("doctor_id", int)
@admin_required
async def fees(request: Request):
    return await outpatient.fees(actor=request.ctx.actor, **fee_filters(request))


@bp.get("/consult/fees/export")
@returns_file(XLSX)
@openapi.summary("导出医生费用（xlsx）")
@admin_required
async def fees_export(request: Request):
    name, data = await outpatient.fees_xlsx(actor=request.ctx.actor, **fee_filters(request))
    return xlsx(data, name)
