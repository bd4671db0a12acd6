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

from typing import Iterable

from tortoise.expressions import Q

from core.dicts import errors
from core.dicts.models import ChargeItem, Diagnosis, Drug
from core.dicts.schemas import ChargeItemOut, DiagnosisOut, DrugOut

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
