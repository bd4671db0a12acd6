"""Spreadsheet import pages, one mechanism for every import kind of core/import_jobs.py:
download the template, upload a file with the kind's parameters, watch the
progress (htmx polls the job), read the failed rows and download the report.

Why: imports run in the background (a province-sized file takes longer than a
request should). The page shows a progress bar that polls the job's status and,
when it ends, either what was created or every refused row with its reasons;
the same report is downloadable as xlsx, in the columns the person uploaded.
A new import kind needs only an entry in IMPORTS saying which fields its form has.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Awaitable, Callable

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.pages import blueprint as bp
from admin_web.pages.common import (
    ACCESS_DENIED, env, fragment, is_htmx, page, refuse, render, see_other, service_field_errors,
)
from admin_web.pages.enrolment import institutions
from core import import_jobs
from core.errors import AppError, Forbidden, NotFound, ValidationFailed
from core.orgs.models import OrgKind
from core.principal import Principal


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str  # "select", "yesno" or "fixed" (a value the person cannot change)
    choices: dict
    value: str = ""
    help: str = ""


@dataclass(frozen=True)
class ImportPage:
    kind: str
    title: str
    description: str
    fields: Callable[[Principal], Awaitable[list[Field]]]
    unit: str = "条"  # what one created row is called in the result ("已导入 3 名医师")
    back: str = ""  # the list the imported rows show up in


async def _no_fields(actor: Principal) -> list[Field]:
    return []


async def _physician_fields(actor: Principal) -> list[Field]:
    if actor.org_kind == OrgKind.MEDICAL.value:
        inst = Field("institution_id", "导入到", "fixed", {str(actor.org_id): "本机构"}, str(actor.org_id))
    else:
        inst = Field("institution_id", "导入到医疗机构", "select",
                     {str(k): v for k, v in (await institutions(actor)).items()})
    return [inst, Field("enrol", "同时确认参加本周期考核", "yesno", {"true": "是", "false": "否"}, "true",
                        "选“是”时，导入的医师直接进入已确认名单")]


IMPORTS = {
    "physicians": ImportPage("physicians", "导入医师",
                             "按模板填写姓名、身份证号、手机号、执业类别、专业与执业证书编号。"
                             "任何一行未通过校验时，整个文件都不会导入，请按错误报告修改后重新上传。",
                             _physician_fields, "名医师", "/admin/physicians"),
    "questions": ImportPage("questions", "导入题目",
                            "一行一题；同一题组编号的行组成一个A3/A4/B1题组（共用题干或共用选项写在题组第一行）。"
                            "任何一行未通过校验时，整个文件都不会导入。", _no_fields, "道题目", "/admin/bank"),
    "subordinates": ImportPage("subordinates", "导入下级机构",
                               "每行一个下级机构及其管理员账号；上级机构编码须为本机构或管辖范围内的机构，"
                               "也可以是文件中靠前一行的机构。导入后的初始密码只在本次结果中显示。", _no_fields,
                               "个机构"),
    "bad_records": ImportPage("bad_records", "导入不良记录",
                              "按模板填写医师身份证号、姓名、发生日期、类别、描述与来源；身份证号须为已登记的医师，"
                              "姓名须一致。任何一行未通过校验时，整个文件都不会导入。", _no_fields, "条不良记录",
                              "/admin/bad-records"),
}
IMPORTS.update({  # 三大字典 (core/dicts/medical.py): a known code is updated, a new one created
    "drugs": ImportPage("drugs", "导入药品字典", "按模板填写；药品编码已存在的行更新该药品，新编码的行新增。单价以元为单位，"
                        "类别填 西药 / 中成药 / 中草药，启用填 是 / 否。任何一行未通过校验时，整个文件都不会导入。",
                        _no_fields, "条（新增或更新）", "/admin/dicts/medical/drugs"),
    "diagnoses": ImportPage("diagnoses", "导入诊断字典", "按模板填写 ICD-10 编码与诊断名称；编码已存在的行更新名称。"
                            "任何一行未通过校验时，整个文件都不会导入。", _no_fields, "条（新增或更新）",
                            "/admin/dicts/medical/diagnoses"),
    "charge_items": ImportPage("charge_items", "导入收费项目", "按模板填写；项目编码已存在的行更新该项目。类别填 检验 / 检查 / "
                               "服务 / 材料 / 配送，单价以元为单位。任何一行未通过校验时，整个文件都不会导入。",
                               _no_fields, "条（新增或更新）", "/admin/dicts/medical/charge_items"),
})
# The fragment polled by htmx names what was created without knowing the page.
env.globals["import_units"] = {k: v.unit for k, v in IMPORTS.items()}


def _spec(kind: str) -> ImportPage:
    if kind not in IMPORTS:
        raise NotFound("没有这种导入", details={"kind": kind, "known": sorted(IMPORTS)})
    return IMPORTS[kind]


@bp.get("/imports")
@page
async def centre(request: Request):
    """The import centre: every kind this administrator may import, with its template and
    upload, and their recent jobs (progress, outcome, report)."""
    actor = request.ctx.actor
    specs = [IMPORTS[k] for k in import_jobs.kinds() if k in IMPORTS and import_jobs.allowed(actor, k)]
    return await render(request, "admin/imports/centre.html", specs=specs,
                        jobs=await import_jobs.recent(actor=actor), titles={k: v.title for k, v in IMPORTS.items()})


def _max_bytes(request: Request) -> int:
    return int(request.app.config.REQUEST_MAX_SIZE) - 64 * 1024  # room for the form around the file


@bp.get("/imports/<kind:str>")
@page
async def form(request: Request, kind: str):
    spec = _spec(kind)
    if not import_jobs.allowed(request.ctx.actor, kind):
        raise Forbidden("您没有这种导入的权限", details={"kind": kind})
    return await render(request, "admin/imports/page.html", spec=spec, fields=await spec.fields(request.ctx.actor),
                        errors={}, max_bytes=_max_bytes(request))


@bp.get("/imports/<kind:str>/template.xlsx")
@page
async def template(request: Request, kind: str):
    return xlsx(await import_jobs.template(_spec(kind).kind, actor=request.ctx.actor), f"{kind}-template.xlsx")


@bp.post("/imports/<kind:str>")
@page
async def start(request: Request, kind: str):
    spec = _spec(kind)
    actor = request.ctx.actor
    fields = await spec.fields(actor)
    params = {f.name: f.value if f.kind == "fixed" else (request.form.get(f.name) or "").strip()
              for f in fields}
    params = {k: v for k, v in params.items() if v}
    upload = request.files.get("file")
    try:
        job_id = await import_jobs.start(actor=actor, kind=spec.kind, content=upload.body if upload else b"",
                                         params=params)
    except AppError as exc:
        if exc.status in ACCESS_DENIED:
            raise  # a kind this account may not import: the error page, as its GET answers
        errors = service_field_errors(exc) if isinstance(exc, ValidationFailed) else {"file": exc.message}

        async def in_place(status: int = exc.status):
            return fragment(request, "admin/imports/_refused.html", status=status, errors=errors, fields=fields)

        return await refuse(request, f"/admin/imports/{spec.kind}", in_place, errors=errors)
    # htmx follows the redirect too: the job's page answers it with the progress fragment.
    return see_other(f"/admin/imports/jobs/{job_id}")


@bp.get("/imports/jobs/<job_id:str>")
@page
async def job(request: Request, job_id: str):
    status = await import_jobs.status(actor=request.ctx.actor, job_id=job_id)
    if is_htmx(request):
        return fragment(request, "admin/imports/_job.html", job=status)
    spec = _spec(status["kind"])
    return await render(request, "admin/imports/job.html", job=status, spec=spec,
                        section=f"/admin/imports/{spec.kind}")


@bp.get("/imports/jobs/<job_id:str>/report.xlsx")
@page
async def report(request: Request, job_id: str):
    return xlsx(await import_jobs.report(actor=request.ctx.actor, job_id=job_id), "import-report.xlsx")
