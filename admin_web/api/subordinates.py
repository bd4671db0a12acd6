"""Subordinate organisations and their accounts (seed 000 所辖机构账户管理), and the
commission's own profile (本机构信息管理). Thin handlers over core.orgs.service.

Imports: POST the template as multipart field `file`. A valid file is imported at
once (201, created accounts with initial passwords); a file with any bad row
answers 422 `import.rows_invalid` with every failed row and imports nothing.
`?dry_run=1` only checks; `?format=xlsx` (always a dry run) answers the row-by-row
report as a spreadsheet (the same file re-posted, so nothing is kept server-side).
"""
from __future__ import annotations


from pydantic import BaseModel, ConfigDict, Field
from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import batch_answer, dry_run, ids_arg, import_answer, paged, reveal_requested, uploaded, xlsx, XLSX
from admin_web.api.guard import admin_required
from core.http import also_returns, json_object, page_args, parse_body, returns, returns_file, validate
from core.inputs import Id
from core.orgs import service as orgs_service
from core.orgs.schemas import (
    ActivateIn, MayApplyIn, OrgUpdateIn, ProfileOut, ProfileSavedOut, SubordinateCreateIn, SubordinateFilter,
    SubordinateImportOut, SubordinateInitialOut, SubordinateOut, SubordinatePasswordResetOut,
)
from core.outputs import BatchOut, DeletedOut, Page

bp = Blueprint("admin_subordinates", url_prefix="/subordinates")


def _filters(request: Request) -> dict:
    keys = SubordinateFilter.model_fields
    return validate(SubordinateFilter, {k: request.args.get(k) for k in keys if request.args.get(k)}).model_dump()


class ResetIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    account_id: Id | None = Field(default=None)


# ------------------------------------------------------------------ own profile

@bp.get("/me/profile")
@returns(ProfileOut)
@openapi.summary("本机构信息：本卫健委、考核管理委员会、考核办公室")
@admin_required
async def my_profile(request: Request):
    return await orgs_service.get_profile(actor=request.ctx.actor)


@bp.put("/me/profile/<section:str>")
@returns(ProfileSavedOut)
@openapi.summary("保存本机构信息的一个栏目（commission / committee / office）")
@admin_required
async def update_my_profile(request: Request, section: str):
    return await orgs_service.update_profile(actor=request.ctx.actor, section=section, data=json_object(request))


@bp.get("/<org_id:int>/profile")
@returns(ProfileOut)
@openapi.summary("下级机构的机构信息（各信息栏目）")
@admin_required
async def subordinate_profile(request: Request, org_id: int):
    return await orgs_service.get_profile(actor=request.ctx.actor, org_id=org_id, reveal=reveal_requested(request))


# ------------------------------------------------------------------ list, create, batch

@bp.get("/")
@returns(Page[SubordinateOut])
@openapi.summary("下级机构账户（条件查询：kind, name, code, region_id, activated, may_apply）")
@admin_required
async def list_subordinates(request: Request):
    size, offset = page_args(request)
    total, items = await orgs_service.list_subordinates(actor=request.ctx.actor, limit=size, offset=offset,
                                                        **_filters(request))
    return paged(request, total, [await orgs_service.subordinate_out(s, actor=request.ctx.actor) for s in items])


@bp.post("/")
@returns(SubordinateInitialOut, status=201)
@openapi.summary("新增下级机构及其管理员账号（返回初始密码）")
@openapi.body({"application/json": SubordinateCreateIn.model_json_schema()})
@admin_required
async def create_subordinate(request: Request):
    body = parse_body(request, SubordinateCreateIn)
    return await orgs_service.create_subordinate(actor=request.ctx.actor, **body.model_dump())


@bp.get("/export")
@returns_file(XLSX)
@openapi.summary("批量导出（按筛选条件，或 ids=1,2,3）")
@admin_required
async def export_subordinates(request: Request):
    data = await orgs_service.export_subordinates(actor=request.ctx.actor, ids=ids_arg(request),
                                                  **_filters(request))
    return xlsx(data, "subordinates.xlsx")


@bp.get("/import-template")
@returns_file(XLSX)
@openapi.summary("下级机构导入模板（xlsx）")
@admin_required
async def import_template(request: Request):
    return xlsx(await orgs_service.import_template(actor=request.ctx.actor), "subordinates-template.xlsx")


@bp.post("/import")
@returns(SubordinateImportOut, status=201, description="已导入（全部行通过）：创建的机构与管理员账号，含初始密码")
@also_returns(SubordinateImportOut, status=200, description="仅校验（dry_run=1）：全部行通过，未写入")
@returns_file(XLSX, description="逐行校验报告（format=xlsx，仅校验）")
@openapi.summary("批量导入（multipart 字段 file；dry_run=1 仅校验；format=xlsx 返回逐行报告）")
@admin_required
async def import_subordinates(request: Request):
    report = await orgs_service.import_subordinates(actor=request.ctx.actor, content=uploaded(request).body,
                                                    dry_run=dry_run(request))
    return import_answer(request, report, "subordinates-import-report.xlsx", SubordinateImportOut)


@bp.post("/activation")
@returns(BatchOut)
@openapi.summary("批量激活 / 停用（逐行结果）")
@openapi.body({"application/json": ActivateIn.model_json_schema()})
@admin_required
async def set_activated(request: Request):
    body = parse_body(request, ActivateIn)
    return batch_answer(await orgs_service.set_activated(actor=request.ctx.actor, org_ids=body.org_ids,
                                                     activated=body.activated))


@bp.post("/may-apply")
@returns(BatchOut)
@openapi.summary("批量允许 / 不允许申请考核机构（逐行结果）")
@openapi.body({"application/json": MayApplyIn.model_json_schema()})
@admin_required
async def set_may_apply(request: Request):
    body = parse_body(request, MayApplyIn)
    return batch_answer(await orgs_service.set_may_apply(actor=request.ctx.actor, org_ids=body.org_ids,
                                                     allowed=body.allowed))


# ------------------------------------------------------------------ one subordinate

@bp.get("/<org_id:int>")
@returns(SubordinateOut)
@openapi.summary("下级机构详情及其管理员账号")
@admin_required
async def get_subordinate(request: Request, org_id: int):
    return await orgs_service.get_subordinate(actor=request.ctx.actor, org_id=org_id,
                                              reveal=reveal_requested(request))


@bp.patch("/<org_id:int>")
@returns(SubordinateOut)
@openapi.summary("修改下级机构")
@openapi.body({"application/json": OrgUpdateIn.model_json_schema()})
@admin_required
async def update_subordinate(request: Request, org_id: int):
    body = parse_body(request, OrgUpdateIn)
    return await orgs_service.update_subordinate(actor=request.ctx.actor, org_id=org_id,
                                                 changes=body.model_dump(exclude_unset=True))


@bp.delete("/<org_id:int>")
@returns(DeletedOut)
@openapi.summary("删除下级机构（移入回收站）")
@admin_required
async def delete_subordinate(request: Request, org_id: int):
    await orgs_service.delete_subordinate(actor=request.ctx.actor, org_id=org_id)
    return DeletedOut(deleted=True, id=org_id)


@bp.post("/<org_id:int>/reset-password")
@returns(SubordinatePasswordResetOut)
@openapi.summary("重置下级机构管理员密码（默认其第一个账号）")
@admin_required
async def reset_password(request: Request, org_id: int):
    body = parse_body(request, ResetIn)
    return await orgs_service.reset_subordinate_password(actor=request.ctx.actor, org_id=org_id,
                                                         account_id=body.account_id)
