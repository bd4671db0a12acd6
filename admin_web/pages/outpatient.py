"""门诊日志 in the doctor's workstation and 医生费用 in the consultations' back office (pages over
core/consult/outpatient.py, the same services as admin_web/api/outpatient.py)."""
from __future__ import annotations

from urllib.parse import urlencode

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.api.outpatient import date_arg, fee_filters
from admin_web.pages import blueprint as bp
from admin_web.pages.common import page, render
from admin_web.pages.workstation import _frame
from core.consult import admin as consult_admin
from core.consult import outpatient

# The log's columns per consultation kind (the rest of outpatient.LOG_EVENTS is in the JSON).
COLUMNS = ("accept", "answer", "end", "close", "reject", "expire", "no_show")


def _yuan(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:.2f}"


@bp.get("/workstation/log")
@page
async def workstation_log(request: Request):
    log = await outpatient.doctor_log(actor=request.ctx.actor, date_from=date_arg(request, "from"),
                                      date_to=date_arg(request, "to"))
    columns = [c for c in COLUMNS if c in log.event_labels]
    return await _frame(request, "log", "admin/workstation/log.html", log=log, columns=columns,
                        values={"from": str(log.date_from), "to": str(log.date_to)})


@bp.get("/consult/fees")
@page
async def consult_fees(request: Request):
    actor = request.ctx.actor
    filters = fee_filters(request)
    data = await outpatient.fees(actor=actor, **filters)
    values = {"date_from": str(data.date_from), "date_to": str(data.date_to),
              "institution_id": filters["institution_id"], "doctor_id": filters["doctor_id"]}
    query = urlencode({k: v for k, v in values.items() if v})
    return await render(request, "admin/consult/fees.html", data=data, values=values, query=query, yuan=_yuan,
                        hospitals=await consult_admin.hospitals(actor=actor),
                        doctors=await consult_admin.doctors(actor=actor, institution_id=filters["institution_id"]))


@bp.get("/consult/fees/export")
@page
async def consult_fees_export(request: Request):
    name, body = await outpatient.fees_xlsx(actor=request.ctx.actor, **fee_filters(request))
    return xlsx(body, name)
