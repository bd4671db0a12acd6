"""Background xlsx imports: upload, poll progress, download the report or template."""
from __future__ import annotations

from sanic import Blueprint, Request

from admin_web.api.common import xlsx
from admin_web.api.guard import admin_required
from core import import_jobs
from core.http import ok

bp = Blueprint("admin_imports", url_prefix="/imports")


@bp.get("/<kind:str>/template.xlsx")
@admin_required
async def template(request: Request, kind: str):
    return xlsx(await import_jobs.template(kind, actor=request.ctx.actor), f"{kind}-template.xlsx")


@bp.post("/<kind:str>")
@admin_required
async def start(request: Request, kind: str):
    upload = request.files.get("file")
    params = {k: v[0] for k, v in request.form.items() if k != "csrf_token"}
    job_id = await import_jobs.start(actor=request.ctx.actor, kind=kind, content=upload.body if upload else b"",
                                     params=params)
    return ok({"job_id": job_id}, status=202)


@bp.get("/jobs/<job_id:str>")
@admin_required
async def status(request: Request, job_id: str):
    return ok(await import_jobs.status(actor=request.ctx.actor, job_id=job_id))


@bp.get("/jobs/<job_id:str>/report.xlsx")
@admin_required
async def report(request: Request, job_id: str):
    return xlsx(await import_jobs.report(actor=request.ctx.actor, job_id=job_id), "import-report.xlsx")
