"""三大字典 over JSON (seed 004 综合管理后台 12): drugs, ICD-10 diagnoses and charge items under
`/api/admin/v1/dicts/medical/<drugs|diagnoses|charge_items>` — list with filters, one row, create,
edit, enable/disable in batches, export xlsx; imports go through the import centre
(`/api/admin/v1/imports/<drugs|diagnoses|charge_items>`). Permission `dicts.medical`, every change
audited (core/dicts/medical.py). The console page (admin_web/pages/medical_dicts.py) calls the same."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.common import XLSX, batch_answer, xlsx
from core.dicts import medical
from core.dicts.errors import MedicalCodeTaken, TooMany
from core.dicts.schemas import EnableIn, MedicalFilter
from admin_web.api.guard import admin_required
from core.http import fails, page_args, parse_body, query_model, returns, returns_file
from core.outputs import BatchOut, Page

bp = Blueprint("admin_medical_dicts", url_prefix="/dicts/medical")


def _filters(fn):
    for name, kind in (("q", str), ("kind", str), ("category", str), ("enabled", bool), ("page", int),
                       ("page_size", int)):
        fn = openapi.parameter(name, kind)(fn)
    return fn


def _routes(name: str) -> None:
    s = medical.SPECS[name]
    base = f"/{name}"

    async def list_rows(request: Request):
        size, offset = page_args(request)
        f = query_model(request, MedicalFilter)
        return await medical.list_entries(actor=request.ctx.actor, dictionary=name, q=f.q, kind=f.kind,
                                          category=f.category, enabled=f.enabled, page=offset // size + 1,
                                          page_size=size)

    async def export_rows(request: Request):
        f = query_model(request, MedicalFilter)
        data = await medical.export_xlsx(actor=request.ctx.actor, dictionary=name, q=f.q, kind=f.kind,
                                         category=f.category, enabled=f.enabled)
        return xlsx(data, f"{name}.xlsx")

    async def get_row(request: Request, medical_id: int):
        return await medical.get_entry(actor=request.ctx.actor, dictionary=name, entry_id=medical_id)

    async def create_row(request: Request):
        return await medical.create_entry(actor=request.ctx.actor, dictionary=name,
                                          data=parse_body(request, s.create_in))

    async def update_row(request: Request, medical_id: int):
        return await medical.update_entry(actor=request.ctx.actor, dictionary=name, entry_id=medical_id,
                                          data=parse_body(request, s.edit_in))

    async def enable_rows(request: Request):
        data = parse_body(request, EnableIn)
        return batch_answer(await medical.set_enabled(actor=request.ctx.actor, dictionary=name, ids=data.ids,
                                                      enabled=data.enabled))

    body = lambda schema: openapi.body({"application/json": schema.model_json_schema()})  # noqa: E731
    # The project's order (returns outermost, the guard innermost): `returns` hands sanic-ext's record
    # of the operation on to the wrapper the route calls.
    bp.add_route(returns(Page[s.out])(_filters(openapi.summary(f"{s.label}：列表（编码、名称、拼音首字母检索，类别、启用筛选）")(
        admin_required(list_rows)))), base, methods=["GET"], name=f"{name}_list")
    bp.add_route(returns_file(XLSX)(_filters(openapi.summary(f"{s.label}：导出 xlsx（按当前筛选；列与导入模板相同）")(
        admin_required(export_rows)))), f"{base}/export.xlsx", methods=["GET"], name=f"{name}_export")
    bp.add_route(returns(s.out)(openapi.summary(f"{s.label}：详情")(admin_required(get_row))),
                 f"{base}/<medical_id:int>", methods=["GET"], name=f"{name}_get")
    bp.add_route(returns(s.out, status=201)(fails(MedicalCodeTaken)(openapi.summary(f"{s.label}：新增（编码重复 409）")(
        body(s.create_in)(admin_required(create_row))))), base, methods=["POST"], name=f"{name}_create")
    bp.add_route(returns(s.out)(openapi.summary(f"{s.label}：修改（编码不可改）")(body(s.edit_in)(
        admin_required(update_row)))), f"{base}/<medical_id:int>", methods=["PATCH"], name=f"{name}_update")
    bp.add_route(returns(BatchOut)(fails(TooMany)(openapi.summary(
        f"{s.label}：批量启用或停用（每项各自结果；停用后旧处方仍保留）")(body(EnableIn)(admin_required(enable_rows))))),
        f"{base}/enabled", methods=["POST"], name=f"{name}_enabled")


for _name in medical.SPECS:
    _routes(_name)
