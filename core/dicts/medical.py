"""三大字典 (seed 004 综合管理后台 12; seed 003 字典库升级 / 国家医保码): drugs, ICD-10 diagnoses and
charge items, the lists prescribing, review, the pharmacy, invoices and the insurance centre read.

Why here and shaped so: every other domain names these rows by id (drugs, charge items) or code
(diagnoses) and must refuse a disabled or unknown one the same way, so the reads that check
(`require_*`) live beside the reads that search, with no actor (anyone who may prescribe may
look a drug up). The lists are small (thousands of rows), so a search is a LIKE over code, names
and pinyin initials; the big tables (prescriptions and their items) never are searched by text.
A row in use is disabled, never deleted: prescriptions keep their own snapshot of name, strength
and price, so a change here never rewrites history.

Editing is `dicts.medical` (one deployment-wide list, kept by whoever holds it), audited; the
import centre's kinds `drugs`, `diagnoses` and `charge_items` create new codes and update known ones.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable

from pydantic import BaseModel, field_validator
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.transactions import in_transaction

from core import batch, exports, imports, scope
from core.audit import service as audit_service
from core.db import transactional
from core.dicts import errors
from core.dicts.models import ChargeItem, Diagnosis, Drug
from core.dicts.schemas import (CHARGE_CATEGORIES, DRUG_KINDS, ChargeItemEditIn, ChargeItemIn, ChargeItemOut,
                                DiagnosisEditIn, DiagnosisIn, DiagnosisOut, DrugEditIn, DrugIn, DrugOut)
from core.errors import NotFound
from core.http import validate
from core.imports import ImportReport
from core.outputs import Page
from core.principal import Principal

MAX_LIMIT = 100
MAX_IDS = 200
MAX_Q = 64


def _q(q: str | None) -> str:
    return (q or "").strip()[:MAX_Q]


def _limit(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


def _text(q: str, *names: str) -> Q:
    """q found in any of `names` (contains), upper-cased pinyin initials too."""
    cond = Q()
    for n, name in enumerate(names):
        part = Q(**{f"{name}__icontains": q})
        cond = part if n == 0 else cond | part
    return cond


def _ranked(rows: list, q: str, code_attr: str, name_attrs: tuple[str, ...]) -> list:
    """Exact code first, then names and codes that start with q, then the rest (stable)."""
    ql = q.lower()

    def rank(r) -> int:
        code = getattr(r, code_attr).lower()
        if code == ql:
            return 0
        if code.startswith(ql) or any(getattr(r, a).lower().startswith(ql) for a in name_attrs):
            return 1
        return 2

    return sorted(rows, key=rank) if q else rows


# ---------------------------------------------------------------- drugs

async def search_drugs(*, q: str = "", kind: str | None = None, enabled_only: bool = True,
                       limit: int = 20) -> list[DrugOut]:
    """Drugs whose code, generic or trade name, pinyin initials or insurance code contain q."""
    q, limit = _q(q), _limit(limit)
    qs = Drug.all()
    if q:
        qs = qs.filter(_text(q, "code", "generic_name", "trade_name", "pinyin", "insurance_code"))
    if kind:
        qs = qs.filter(kind=kind)
    if enabled_only:
        qs = qs.filter(enabled=True)
    rows = await qs.order_by("generic_name", "id").limit(limit * 3 if q else limit)
    return [DrugOut.model_validate(d) for d in _ranked(rows, q, "code", ("generic_name", "trade_name", "pinyin"))
            [:limit]]


def _ids(ids: Iterable[int]) -> list[int]:
    out = list(dict.fromkeys(int(i) for i in ids))
    if len(out) > MAX_IDS:
        raise errors.TooMany(details={"max": MAX_IDS})
    return out


async def drugs_by_ids(ids: Iterable[int]) -> dict[int, Drug]:
    """The drugs of these ids that exist, enabled or not (old prescriptions name disabled ones)."""
    wanted = _ids(ids)
    if not wanted:
        return {}
    return {d.id: d for d in await Drug.filter(id__in=wanted)}


async def require_enabled_drugs(ids: Iterable[int]) -> dict[int, Drug]:
    """Every id an enabled drug, or 422 dicts.drug_unknown / dicts.drug_disabled naming them."""
    wanted = _ids(ids)
    found = await drugs_by_ids(wanted)
    missing = [i for i in wanted if i not in found]
    if missing:
        raise errors.DrugUnknown(details={"ids": missing})
    disabled = [found[i] for i in wanted if not found[i].enabled]
    if disabled:
        names = [d.generic_name + (f"（{d.strength}）" if d.strength else "") for d in disabled]
        raise errors.DrugDisabled(f"药品已停用：{'、'.join(names)}",
                                  details={"ids": [d.id for d in disabled], "names": names})
    return found


async def drugs_by_knowledge_key(keys: Iterable[str]) -> dict[str, list[Drug]]:
    """knowledge key -> the drugs carrying it (the rules name drugs by key)."""
    out: dict[str, list[Drug]] = {}
    for d in await Drug.filter(knowledge_key__in=list(dict.fromkeys(keys))[:MAX_IDS]).order_by("id"):
        out.setdefault(d.knowledge_key, []).append(d)
    return out


async def drug_ids_matching(q: str, *, limit: int = 200) -> list[int]:
    """Ids of the drugs whose code, names, pinyin initials contain q (or whose insurance code is q),
    disabled ones too (for searching old prescriptions)."""
    q = _q(q)
    if not q:
        return []
    cond = _text(q, "code", "generic_name", "trade_name", "pinyin") | Q(insurance_code=q)
    return list(await Drug.filter(cond).limit(limit).values_list("id", flat=True))


# ---------------------------------------------------------------- diagnoses

async def search_diagnoses(*, q: str = "", enabled_only: bool = True, limit: int = 20) -> list[DiagnosisOut]:
    """Diagnoses whose ICD-10 code, name or pinyin initials contain q."""
    q, limit = _q(q), _limit(limit)
    qs = Diagnosis.all()
    if q:
        qs = qs.filter(_text(q, "code", "name", "pinyin"))
    if enabled_only:
        qs = qs.filter(enabled=True)
    rows = await qs.order_by("code", "id").limit(limit * 3 if q else limit)
    return [DiagnosisOut.model_validate(d) for d in _ranked(rows, q, "code", ("name", "pinyin"))[:limit]]


async def require_diagnoses(codes: Iterable[str]) -> list[Diagnosis]:
    """The diagnoses of these ICD-10 codes in the order given, every one known and enabled, or 422
    dicts.diagnosis_unknown / dicts.diagnosis_disabled naming them."""
    wanted = list(dict.fromkeys(str(c).strip().upper() for c in codes))
    if len(wanted) > MAX_IDS:
        raise errors.TooMany(details={"max": MAX_IDS})
    found = {d.code.upper(): d for d in await Diagnosis.filter(code__in=wanted)} if wanted else {}
    missing = [c for c in wanted if c not in found]
    if missing:
        raise errors.DiagnosisUnknown(f"诊断不存在：{'、'.join(missing)}", details={"codes": missing})
    disabled = [found[c] for c in wanted if not found[c].enabled]
    if disabled:
        raise errors.DiagnosisDisabled(f"诊断已停用：{'、'.join(f'{d.code} {d.name}' for d in disabled)}",
                                       details={"codes": [d.code for d in disabled]})
    return [found[c] for c in wanted]


async def diagnoses_matching(q: str, *, limit: int = 200) -> list[str]:
    """ICD-10 codes whose code or name contains q, disabled ones too (for searching old rows)."""
    q = _q(q)
    if not q:
        return []
    return [d.code for d in await Diagnosis.filter(_text(q, "code", "name", "pinyin")).limit(limit)]


# ---------------------------------------------------------------- charge items

async def search_charge_items(*, q: str = "", category: str | None = None, enabled_only: bool = True,
                              limit: int = 20) -> list[ChargeItemOut]:
    """Charge items whose code, name or pinyin initials contain q."""
    q, limit = _q(q), _limit(limit)
    qs = ChargeItem.all()
    if q:
        qs = qs.filter(_text(q, "code", "name", "pinyin"))
    if category:
        qs = qs.filter(category=category)
    if enabled_only:
        qs = qs.filter(enabled=True)
    rows = await qs.order_by("category", "code", "id").limit(limit * 3 if q else limit)
    return [ChargeItemOut.model_validate(c) for c in _ranked(rows, q, "code", ("name", "pinyin"))[:limit]]


async def require_charge_items(ids: Iterable[int]) -> list[ChargeItem]:
    """The charge items of these ids in the order given, each existing and enabled, or 422."""
    wanted = _ids(ids)
    found = {c.id: c for c in await ChargeItem.filter(id__in=wanted)} if wanted else {}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise errors.ChargeItemUnknown(details={"ids": missing})
    disabled = [found[i] for i in wanted if not found[i].enabled]
    if disabled:
        raise errors.ChargeItemDisabled(f"收费项目已停用：{'、'.join(c.name for c in disabled)}",
                                        details={"ids": [c.id for c in disabled]})
    return [found[i] for i in wanted]


async def delivery_fee() -> ChargeItem | None:
    """The enabled 配送费 item (category delivery) the pharmacy charges for delivery, if any."""
    return await ChargeItem.filter(category="delivery", enabled=True).order_by("id").first()


# ---------------------------------------------------------------- the console: one spec per dictionary

PERMISSION = "dicts.medical"
MAX_PAGE_SIZE = 100
MAX_EXPORT = 50_000  # rows; the dictionaries are far smaller


def _yuan(v: Any) -> Any:
    """A price cell in 元 (as typed or exported) -> fen; anything else is left for the model to refuse."""
    if v is None or isinstance(v, int) and not isinstance(v, bool):
        return v if v is None else v * 100
    try:
        fen = Decimal(str(v).strip().replace(",", "")) * 100
    except (InvalidOperation, ValueError):
        return v
    if fen != fen.to_integral_value():
        raise ValueError("单价最多两位小数")
    return int(fen)


def _yes_no(v: Any) -> Any:
    if isinstance(v, str):
        t = v.strip()
        if t in ("是", "启用", "Y", "y", "1", "true", "TRUE"):
            return True
        if t in ("否", "停用", "N", "n", "0", "false", "FALSE"):
            return False
    return v


def _from_label(labels: dict[str, str]):
    back = {v: k for k, v in labels.items()}

    def conv(v: Any) -> Any:
        return back.get(v.strip(), v.strip()) if isinstance(v, str) else v

    return conv


class DrugRowIn(DrugIn):
    """A row of the drug template: 类别 by its Chinese label, 单价 in 元, 启用 是/否."""

    _kind = field_validator("kind", mode="before")(classmethod(lambda cls, v: _from_label(DRUG_KINDS)(v)))
    _price = field_validator("price_fen", mode="before")(classmethod(lambda cls, v: _yuan(v)))
    _enabled = field_validator("enabled", mode="before")(classmethod(lambda cls, v: _yes_no(v)))


class DiagnosisRowIn(DiagnosisIn):
    _code = field_validator("code", mode="before")(classmethod(lambda cls, v: v.upper() if isinstance(v, str) else v))
    _enabled = field_validator("enabled", mode="before")(classmethod(lambda cls, v: _yes_no(v)))


class ChargeItemRowIn(ChargeItemIn):
    _category = field_validator("category", mode="before")(
        classmethod(lambda cls, v: _from_label(CHARGE_CATEGORIES)(v)))
    _price = field_validator("price_fen", mode="before")(classmethod(lambda cls, v: _yuan(v)))
    _enabled = field_validator("enabled", mode="before")(classmethod(lambda cls, v: _yes_no(v)))


@dataclass(frozen=True)
class Spec:
    name: str  # drugs / diagnoses / charge_items: the import kind and the URL segment
    label: str
    model: type[Model]
    out: type[BaseModel]
    create_in: type[BaseModel]
    edit_in: type[BaseModel]
    row_in: type[BaseModel]
    search: tuple[str, ...]  # columns q is looked for in
    columns: dict[str, str]  # template / export header -> field
    example: tuple
    order: tuple[str, ...]


def _shown(field: str, value: Any) -> Any:
    if field == "price_fen":
        return f"{Decimal(value) / 100:.2f}"
    if field == "enabled":
        return "是" if value else "否"
    if field == "kind":
        return DRUG_KINDS.get(value, value)
    if field == "category":
        return CHARGE_CATEGORIES.get(value, value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return value


SPECS: dict[str, Spec] = {
    "drugs": Spec(
        "drugs", "药品字典", Drug, DrugOut, DrugIn, DrugEditIn, DrugRowIn,
        ("code", "generic_name", "trade_name", "pinyin", "insurance_code"),
        {"药品编码": "code", "类别": "kind", "通用名": "generic_name", "商品名": "trade_name", "剂型": "form",
         "规格": "strength", "单位含量": "strength_value", "剂量单位": "dose_unit", "售卖单位": "unit",
         "包装数量": "pack_size", "给药途径": "route", "单价（元）": "price_fen", "国家医保代码": "insurance_code",
         "生产企业": "manufacturer", "知识库键": "knowledge_key", "拼音首字母": "pinyin", "启用": "enabled"},
        ("YP-EXAMPLE-01", "西药", "维生素C片", "", "片剂", "0.1g*100片", "100", "mg", "瓶", "100", "口服",
         "3.50", "XA11GAW054A001010100001", "示例药业有限公司", "", "WSSCP", "是"),
        ("generic_name", "id")),
    "diagnoses": Spec(
        "diagnoses", "诊断字典", Diagnosis, DiagnosisOut, DiagnosisIn, DiagnosisEditIn, DiagnosisRowIn,
        ("code", "name", "pinyin"),
        {"ICD-10编码": "code", "诊断名称": "name", "拼音首字母": "pinyin", "启用": "enabled"},
        ("R50.900", "发热", "FR", "是"), ("code", "id")),
    "charge_items": Spec(
        "charge_items", "收费项目字典", ChargeItem, ChargeItemOut, ChargeItemIn, ChargeItemEditIn, ChargeItemRowIn,
        ("code", "name", "pinyin"),
        {"项目编码": "code", "项目名称": "name", "类别": "category", "单位": "unit", "单价（元）": "price_fen",
         "医保编码": "insurance_code", "标本/部位": "specimen", "拼音首字母": "pinyin", "启用": "enabled"},
        ("SF-EXAMPLE-01", "C反应蛋白测定", "检验", "次", "25.00", "250305001", "血液", "CFYDB", "是"),
        ("category", "code", "id")),
}


def spec(dictionary: str) -> Spec:
    if dictionary not in SPECS:
        raise NotFound("字典不存在", details={"dictionary": dictionary, "known": sorted(SPECS)})
    return SPECS[dictionary]


def _filtered(s: Spec, *, q: str = "", kind: str | None = None, category: str | None = None,
              enabled: bool | None = None):
    qs = s.model.all()
    q = _q(q)
    if q:
        qs = qs.filter(_text(q, *s.search))
    if kind and s.model is Drug:
        qs = qs.filter(kind=kind)
    if category and s.model is ChargeItem:
        qs = qs.filter(category=category)
    if enabled is not None:
        qs = qs.filter(enabled=enabled)
    return qs


async def list_entries(*, actor: Principal, dictionary: str, q: str = "", kind: str | None = None,
                       category: str | None = None, enabled: bool | None = None, page: int = 1,
                       page_size: int = 20) -> Page:
    """One page of a dictionary with the console's filters (name/code/pinyin, kind or category, enabled)."""
    await scope.require(actor, PERMISSION)
    s = spec(dictionary)
    page, page_size = max(1, int(page)), max(1, min(int(page_size), MAX_PAGE_SIZE))
    qs = _filtered(s, q=q, kind=kind, category=category, enabled=enabled)
    total = await qs.count()
    rows = await qs.order_by(*s.order).offset((page - 1) * page_size).limit(page_size)
    return Page[s.out](total=total, page=page, page_size=page_size, items=[s.out.model_validate(r) for r in rows])


async def get_entry(*, actor: Principal, dictionary: str, entry_id: int):
    await scope.require(actor, PERMISSION)
    s = spec(dictionary)
    row = await s.model.get_or_none(id=entry_id)
    if row is None:
        raise NotFound(f"{s.label}中没有该项", details={"id": entry_id})
    return s.out.model_validate(row)


def _taken(s: Spec, code: str) -> errors.MedicalCodeTaken:
    return errors.MedicalCodeTaken(f"{s.label}中已有编码 {code}", details={"dictionary": s.name, "code": code})


@transactional
async def create_entry(*, actor: Principal, dictionary: str, data: BaseModel):
    """A new row; 409 dicts.medical_code_taken when the code is in use."""
    await scope.require(actor, PERMISSION)
    s = spec(dictionary)
    if not isinstance(data, s.create_in):  # another dictionary's shape, or a plain dict
        data = validate(s.create_in, data.model_dump() if isinstance(data, BaseModel) else data)
    if await s.model.exists(code=data.code):
        raise _taken(s, data.code)
    try:
        async with in_transaction():
            row = await s.model.create(**data.model_dump())
            await audit_service.record(actor=actor, action=f"dicts.{s.name}.create", target_type=s.model.__name__,
                                       target_id=row.id, after=audit_service.snapshot(row))
    except IntegrityError as exc:  # a concurrent create of the same code
        raise _taken(s, data.code) from exc
    return s.out.model_validate(row)


@transactional
async def update_entry(*, actor: Principal, dictionary: str, entry_id: int, data: BaseModel):
    """Change the fields sent (the code never changes: other rows and files name it)."""
    await scope.require(actor, PERMISSION)
    s = spec(dictionary)
    if not isinstance(data, s.edit_in):
        data = validate(s.edit_in, data.model_dump(exclude_unset=True) if isinstance(data, BaseModel) else data)
    changes = data.model_dump(exclude_unset=True)
    async with in_transaction():
        row = await s.model.filter(id=entry_id).select_for_update().first()
        if row is None:
            raise NotFound(f"{s.label}中没有该项", details={"id": entry_id})
        before = audit_service.snapshot(row)
        for name, value in changes.items():
            setattr(row, name, value)
        await row.save()
        await audit_service.record(actor=actor, action=f"dicts.{s.name}.update", target_type=s.model.__name__,
                                   target_id=row.id, before=before, after=audit_service.snapshot(row))
    return s.out.model_validate(row)


async def set_enabled(*, actor: Principal, dictionary: str, ids: list[int], enabled: bool) -> list[batch.RowResult]:
    """Enable or disable many rows, each its own outcome (a missing id fails alone); audited per row."""
    await scope.require(actor, PERMISSION)
    s = spec(dictionary)
    wanted = _ids(ids)

    @transactional
    async def one(entry_id: int) -> str | None:
        async with in_transaction():
            row = await s.model.filter(id=entry_id).select_for_update().first()
            if row is None:
                raise NotFound(details={"id": entry_id})
            if row.enabled == enabled:
                return "已启用" if enabled else "已停用"
            await s.model.filter(id=entry_id).update(enabled=enabled)
            await audit_service.record(actor=actor, action=f"dicts.{s.name}.{'enable' if enabled else 'disable'}",
                                       target_type=s.model.__name__, target_id=entry_id,
                                       before={"enabled": row.enabled}, after={"enabled": enabled})
        return None

    return await batch.each(wanted, one, not_found=f"{s.label}中没有该项")


async def export_xlsx(*, actor: Principal, dictionary: str, q: str = "", kind: str | None = None,
                      category: str | None = None, enabled: bool | None = None) -> bytes:
    """The filtered rows in the import template's columns (an export edited and imported back updates)."""
    await scope.require(actor, PERMISSION)
    s = spec(dictionary)
    rows = await _filtered(s, q=q, kind=kind, category=category, enabled=enabled).order_by(*s.order).limit(
        MAX_EXPORT).values(*s.columns.values())
    await audit_service.record(actor=actor, action=f"dicts.{s.name}.export", target_type=s.model.__name__,
                               after={"rows": len(rows), "q": _q(q), "kind": kind, "category": category,
                                      "enabled": enabled})
    return exports.to_xlsx(s.label, list(s.columns), ([_shown(f, r[f]) for f in s.columns.values()] for r in rows))


def template(dictionary: str) -> bytes:
    s = spec(dictionary)
    return imports.template_xlsx(f"{s.label}导入模板", list(s.columns), list(s.example))


@transactional
async def import_entries(*, actor: Principal, dictionary: str, content: bytes) -> ImportReport:
    """Rows with a new code are created, rows with a known code update it (all fields of the
    template); every row is checked first and nothing is written when one fails."""
    await scope.require(actor, PERMISSION)
    s = spec(dictionary)
    rows = imports.read_rows(content, s.columns)
    reports = imports.validate_rows(rows, s.row_in, s.columns)
    imports.duplicates(reports, "code", "编码在文件中重复", key=lambda p: p.code.upper())
    valid = [r for r in reports if r.parsed is not None]
    report = ImportReport.of(reports, s.columns)
    if not report.ok:
        return report
    known = {r.code.upper(): r for r in await s.model.filter(code__in=[v.parsed.code for v in valid])}
    created, updated = [], []
    async with in_transaction():
        for r in valid:
            data = r.parsed.model_dump()
            row = known.get(data["code"].upper())
            if row is None:
                row = await s.model.create(**data)
                created.append(row.code)
            else:
                data.pop("code")
                for name, value in data.items():
                    setattr(row, name, value)
                await row.save()
                updated.append(row.code)
        await audit_service.record(actor=actor, action=f"dicts.{s.name}.import", target_type=s.model.__name__,
                                   after={"created": len(created), "updated": len(updated)})
    return ImportReport.of(reports, s.columns, created=[{"code": c, "created": True} for c in created]
                           + [{"code": c, "created": False} for c in updated])


def import_runner(dictionary: str):
    """The import centre's runner of one dictionary (core/import_jobs.py)."""
    async def run(*, actor: Principal, content: bytes, progress, **_params: Any) -> ImportReport:
        await progress(0, 1)
        report = await import_entries(actor=actor, dictionary=dictionary, content=content)
        await progress(1, 1)
        return report

    return run


def template_of(dictionary: str):
    return lambda: template(dictionary)
