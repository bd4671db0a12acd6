"""Org tree endpoints: list, detail, create, update, delete, export."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import paged, reveal_requested, xlsx, XLSX
from admin_web.api.guard import admin_required
from core.http import page_args, parse_body, query_id, returns, returns_file, validate
from core.orgs import service as orgs_service
from core.orgs.schemas import OrgCreateIn, OrgOut, OrgUpdateIn
from core.outputs import DeletedOut, Page
from pydantic import BaseModel, ConfigDict

from core.orgs.models import OrgKind

bp = Blueprint("admin_orgs", url_prefix="/orgs")


class OrgFilter(BaseModel):
    model_config = ConfigDict(extra="ignore")
    kind: OrgKind | None = None
    q: str | None = None


def _filters(request: Request) -> OrgFilter:
    return validate(OrgFilter, {k: request.args.get(k) for k in ("kind", "q") if request.args.get(k)})


@bp.get("/")
@returns(Page[OrgOut])
@openapi.summary("组织机构列表（仅本级及下级）")
@admin_required
async def list_orgs(request: Request):
    f = _filters(request)
    size, offset = page_args(request)
    total, nodes = await orgs_service.list_orgs(actor=request.ctx.actor, kind=f.kind, q=f.q,
                                                parent_id=query_id(request, "parent_id"),
                                                limit=size, offset=offset)
    return paged(request, total, [await orgs_service.org_out(n, actor=request.ctx.actor) for n in nodes])


@bp.get("/export")
@returns_file(XLSX)
@openapi.summary("导出本人数据范围内的机构（xlsx）")
@admin_required
async def export_orgs(request: Request):
    f = _filters(request)
    data = await orgs_service.export_orgs(actor=request.ctx.actor, kind=f.kind, q=f.q)
    return xlsx(data, "orgs.xlsx")


@bp.get("/<org_id:int>")
@returns(OrgOut)
@openapi.summary("机构详情")
@admin_required
async def get_org(request: Request, org_id: int):
    return await orgs_service.get_org(actor=request.ctx.actor, org_id=org_id, reveal=reveal_requested(request))


@bp.post("/")
@returns(OrgOut, status=201)
@openapi.summary("新建下级机构")
@openapi.body({"application/json": OrgCreateIn.model_json_schema()})
@admin_required
async def create_org(request: Request):
    body = parse_body(request, OrgCreateIn)
    node = await orgs_service.create_org(actor=request.ctx.actor, **body.model_dump())
    return await orgs_service.org_out(node, actor=request.ctx.actor)


@bp.patch("/<org_id:int>")
@returns(OrgOut)
@openapi.summary("修改机构信息")
@openapi.body({"application/json": OrgUpdateIn.model_json_schema()})
@admin_required
async def update_org(request: Request, org_id: int):
    body = parse_body(request, OrgUpdateIn)
    node = await orgs_service.update_org(actor=request.ctx.actor, org_id=org_id,
                                         changes=body.model_dump(exclude_unset=True))
    return await orgs_service.org_out(node, actor=request.ctx.actor)


@bp.delete("/<org_id:int>")
@returns(DeletedOut)
@openapi.summary("删除机构（移入回收站；有下级、账号或医师时不能删除）")
@admin_required
async def delete_org(request: Request, org_id: int):
    await orgs_service.delete_org(actor=request.ctx.actor, org_id=org_id)
    return DeletedOut(deleted=True, id=org_id)
