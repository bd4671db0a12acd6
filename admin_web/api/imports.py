"""Background xlsx imports: upload, poll progress, download the report or template."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import xlsx, XLSX
from admin_web.api.guard import admin_required
from core import import_jobs
from core.http import returns, returns_file
from core.import_jobs import ImportJobOut, ImportStartedOut

bp = Blueprint("admin_imports", url_prefix="/imports")


@bp.get("/<kind:str>/template.xlsx")
@returns_file(XLSX)
@openapi.summary("该类导入的模板（xlsx，含示例行）")
@admin_required
async def template(request: Request, kind: str):
    return xlsx(await import_jobs.template(kind, actor=request.ctx.actor), f"{kind}-template.xlsx")


@bp.post("/<kind:str>")
@returns(ImportStartedOut, status=202)
@openapi.summary("上传 xlsx 开始导入（后台执行，返回任务编号）")
@admin_required
async def start(request: Request, kind: str):
    upload = request.files.get("file")
    params = {k: v[0] for k, v in request.form.items() if k != "csrf_token"}
    job_id = await import_jobs.start(actor=request.ctx.actor, kind=kind, content=upload.body if upload else b"",
                                     params=params)
    return ImportStartedOut(job_id=job_id)


@bp.get("/jobs/<job_id:str>")
@returns(ImportJobOut)
@openapi.summary("导入任务的进度与结果")
@admin_required
async def status(request: Request, job_id: str):
    return await import_jobs.status(actor=request.ctx.actor, job_id=job_id)


@bp.get("/jobs/<job_id:str>/report.xlsx")
@returns_file(XLSX)
@openapi.summary("导入任务的逐行报告（xlsx）")
@admin_required
async def report(request: Request, job_id: str):
    return xlsx(await import_jobs.report(actor=request.ctx.actor, job_id=job_id), "import-report.xlsx")
