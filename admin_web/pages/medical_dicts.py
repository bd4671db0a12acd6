"""三大字典 in the console (seed 004 综合管理后台 12): drugs, ICD-10 diagnoses and charge items, one
tab each — a table with filters (code / name / pinyin initials, drug kind or charge category,
enabled), batch 启用 / 停用 with each row's outcome, 新增 and 编辑 forms (prices typed in 元),
导入 through the import centre (its page for the kind) and 导出 xlsx in the template's columns.

Why: the formulary and the lists beside it are kept by the hospital's pharmacy and billing staff
from a browser, over the same services as the JSON API (core/dicts/medical.py decides permission
`dicts.medical` and writes the audit rows); these pages turn answers into HTML and refusals into
messages beside the field that caused them.
"""
from __future__ import annotations

from dataclasses import dataclass

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.pages import blueprint as bp
from admin_web.pages.common import (
    Listing, Outcome, Params, check_form, done, fen_of, form_values, page, refuse, render, respond, row_labels,
)
from core.dicts import medical
from core.dicts.errors import MedicalCodeTaken
from core.dicts.schemas import CHARGE_CATEGORIES, DRUG_KINDS
from core.errors import AppError

BASE = "/admin/dicts/medical"
TABS = {"drugs": "药品", "diagnoses": "诊断（ICD-10）", "charge_items": "收费项目"}
ENABLED = {"true": "启用", "false": "停用"}


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: str = "text"  # text / number / yuan / select / bool
    choices: dict | None = None
    required: bool = False
    create_only: bool = False  # the code: never changed once made
    help: str = ""


FIELDS: dict[str, tuple[FormField, ...]] = {
    "drugs": (
        FormField("code", "药品编码", required=True, create_only=True),
        FormField("kind", "类别", "select", DRUG_KINDS, True),
        FormField("generic_name", "通用名", required=True), FormField("trade_name", "商品名"),
        FormField("form", "剂型", required=True, help="如 片剂、胶囊、注射液、饮片"),
        FormField("strength", "规格", required=True, help="如 0.25g*24粒"),
        FormField("strength_value", "单位含量", "number", required=True, help="每粒/片/支所含的量，按剂量单位计"),
        FormField("dose_unit", "剂量单位", required=True, help="mg、g、ml、IU……"),
        FormField("unit", "售卖单位", required=True, help="盒、瓶、支、g"),
        FormField("pack_size", "包装数量", "number", required=True),
        FormField("route", "给药途径", required=True, help="口服、静脉滴注、外用、煎服……"),
        FormField("price_fen", "单价（元）", "yuan", required=True),
        FormField("insurance_code", "国家医保代码"), FormField("manufacturer", "生产企业"),
        FormField("knowledge_key", "知识库键", help="审方规则按此识别药品，如 amoxicillin"),
        FormField("pinyin", "拼音首字母"), FormField("enabled", "启用", "bool")),
    "diagnoses": (
        FormField("code", "ICD-10编码", required=True, create_only=True, help="如 O21.0"),
        FormField("name", "诊断名称", required=True), FormField("pinyin", "拼音首字母"),
        FormField("enabled", "启用", "bool")),
    "charge_items": (
        FormField("code", "项目编码", required=True, create_only=True), FormField("name", "项目名称", required=True),
        FormField("category", "类别", "select", CHARGE_CATEGORIES, True),
        FormField("unit", "单位", required=True), FormField("price_fen", "单价（元）", "yuan", required=True),
        FormField("insurance_code", "医保编码"), FormField("specimen", "标本/部位"),
        FormField("pinyin", "拼音首字母"), FormField("enabled", "启用", "bool")),
}
NOTICES = {"created": "已新增", "saved": "已保存"}


def _yuan(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:.2f}"


def _tab(dictionary: str) -> str:
    medical.spec(dictionary)  # 404 for anything else
    return dictionary


def _filters(p: Params, dictionary: str) -> dict:
    shown = {"q": p.text("q")}
    if dictionary == "drugs":
        shown["kind"] = p.choice("kind", DRUG_KINDS)
    if dictionary == "charge_items":
        shown["category"] = p.choice("category", CHARGE_CATEGORIES)
    shown["enabled"] = p.choice("enabled", ENABLED)
    return {k: v for k, v in shown.items() if v is not None}


def _service_filters(shown: dict) -> dict:
    out = {k: v for k, v in shown.items() if k != "enabled"}
    if "enabled" in shown:
        out["enabled"] = shown["enabled"] == "true"
    return out


async def _list(request: Request, dictionary: str, *, outcome: Outcome | None = None, status: int = 200):
    p = Params(request)
    number, size = p.paging()
    shown = _filters(p, dictionary)
    result = await medical.list_entries(actor=request.ctx.actor, dictionary=dictionary, page=number, page_size=size,
                                        **_service_filters(shown))
    listing = Listing(result.items, result.total, number, size, shown)
    base = f"{BASE}/{dictionary}"
    return await respond(request, "admin/medical_dicts/list.html", "admin/medical_dicts/_list.html", status=status,
                         listing=listing, outcome=outcome, dictionary=dictionary, tabs=TABS, base=BASE,
                         list_base=base, kinds=DRUG_KINDS, categories=CHARGE_CATEGORIES, enabled_choices=ENABLED,
                         export_query=listing.query(page=1, page_size=20), yuan=_yuan,
                         notice=NOTICES.get(request.args.get("notice", "")))


@bp.get("/dicts/medical")
@page
async def medical_dicts_home(request: Request):
    return await _list(request, "drugs")


@bp.get("/dicts/medical/<dictionary:str>")
@page
async def medical_dicts_list(request: Request, dictionary: str):
    return await _list(request, _tab(dictionary))


@bp.get("/dicts/medical/<dictionary:str>/export.xlsx")
@page
async def medical_dicts_export(request: Request, dictionary: str):
    shown = _filters(Params(request), _tab(dictionary))
    data = await medical.export_xlsx(actor=request.ctx.actor, dictionary=dictionary, **_service_filters(shown))
    return xlsx(data, f"{dictionary}.xlsx")


@bp.post("/dicts/medical/<dictionary:str>/enabled")
@page
async def medical_dicts_enabled(request: Request, dictionary: str):
    """批量启用 / 停用: each ticked row answers for itself above the list."""
    _tab(dictionary)
    enabled = request.form.get("to") == "enable"
    title = "批量启用" if enabled else "批量停用"
    p = Params(request)
    ids = p.ids()
    number, size = p.paging()
    query = Listing([], 0, number, size, _filters(p, dictionary)).query()
    back = f"{BASE}/{dictionary}" + (f"?{query}" if query else "")
    if not ids:
        outcome = Outcome(title, [], message="请先勾选要操作的条目")
        return await refuse(request, back, lambda: _list(request, dictionary, status=422, outcome=outcome),
                            outcome=outcome)
    results = await medical.set_enabled(actor=request.ctx.actor, dictionary=dictionary, ids=ids, enabled=enabled)
    return await done(request, back, outcome=Outcome(title, results, row_labels(request)))


# ---------------------------------------------------------------- the form

def _form_of(entry, dictionary: str) -> dict:
    out = {}
    for f in FIELDS[dictionary]:
        v = getattr(entry, f.name)
        out[f.name] = _yuan(v) if f.kind == "yuan" else ("true" if v else "false") if f.kind == "bool" else (
            format(v.normalize(), "f") if hasattr(v, "normalize") else str(v))
    return out


def _body(request: Request, dictionary: str, *, create: bool) -> tuple[dict, dict]:
    """(what was typed, what the schema gets)."""
    fields = [f for f in FIELDS[dictionary] if create or not f.create_only]
    typed = form_values(request, [f.name for f in fields if f.kind != "bool"])
    data: dict = {}
    for f in fields:
        if f.kind == "bool":
            data[f.name] = request.form.get(f.name) == "true"
            typed[f.name] = "true" if data[f.name] else "false"
        elif f.name in typed:
            data[f.name] = fen_of(typed[f.name]) if f.kind == "yuan" else typed[f.name]
        elif not create and not f.required:
            data[f.name] = ""  # a field emptied in the edit form is cleared
    return typed, data


async def _form_page(request: Request, dictionary: str, *, medical_id: int | None = None, form: dict | None = None,
                     errors: dict | None = None, status: int = 200):
    entry = None
    if medical_id is not None:
        entry = await medical.get_entry(actor=request.ctx.actor, dictionary=dictionary, entry_id=medical_id)
    if form is None:
        form = _form_of(entry, dictionary) if entry else {"enabled": "true", "unit": "次" if dictionary ==
                                                          "charge_items" else ""}
    return await render(request, "admin/medical_dicts/form.html", status=status, dictionary=dictionary, tabs=TABS,
                        base=BASE, entry=entry, fields=FIELDS[dictionary], form=form, errors=errors or {})


@bp.get("/dicts/medical/<dictionary:str>/new")
@page
async def medical_dicts_new(request: Request, dictionary: str):
    await medical.list_entries(actor=request.ctx.actor, dictionary=_tab(dictionary), page_size=1)  # permission
    return await _form_page(request, dictionary)


@bp.post("/dicts/medical/<dictionary:str>/new")
@page
async def medical_dicts_create(request: Request, dictionary: str):
    s = medical.spec(_tab(dictionary))
    typed, data = _body(request, dictionary, create=True)
    body, errors = check_form(s.create_in, data)
    if body is None:
        return await _form_page(request, dictionary, form=typed, errors=errors, status=422)
    try:
        await medical.create_entry(actor=request.ctx.actor, dictionary=dictionary, data=body)
    except MedicalCodeTaken as exc:
        return await _form_page(request, dictionary, form=typed, errors={"code": exc.message}, status=409)
    return await done(request, f"{BASE}/{dictionary}?notice=created")


@bp.get("/dicts/medical/<dictionary:str>/<medical_id:int>")
@page
async def medical_dicts_edit(request: Request, dictionary: str, medical_id: int):
    return await _form_page(request, _tab(dictionary), medical_id=medical_id)


@bp.post("/dicts/medical/<dictionary:str>/<medical_id:int>")
@page
async def medical_dicts_save(request: Request, dictionary: str, medical_id: int):
    s = medical.spec(_tab(dictionary))
    typed, data = _body(request, dictionary, create=False)
    body, errors = check_form(s.edit_in, data)
    if body is None:
        return await _form_page(request, dictionary, medical_id=medical_id, form=typed, errors=errors, status=422)
    try:
        await medical.update_entry(actor=request.ctx.actor, dictionary=dictionary, entry_id=medical_id, data=body)
    except AppError as exc:
        if exc.status >= 500 or exc.status in (401, 403, 404):
            raise
        return await _form_page(request, dictionary, medical_id=medical_id, form=typed, errors={"__all__": exc.message},
                                status=exc.status)
    return await done(request, f"{BASE}/{dictionary}?notice=saved")
