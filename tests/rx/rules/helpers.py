"""Contexts for the rules' tests and the benchmark: a prescription as the engine sees it, in memory."""
from __future__ import annotations

from decimal import Decimal

from core.rx.context import ItemContext, RxContext
from tests.factories import RX_DRUGS

FORMS = {"montelukast": ("咀嚼片", "口服"), "ceftriaxone": ("注射剂", "静脉滴注"),
         "calcium_gluconate": ("注射液", "静脉滴注"), "cefuroxime": ("片剂", "口服"),
         "ibuprofen": ("混悬液", "口服")}


def item(seq: int, key: str, dose, frequency: str = "tid", *, days: int = 5, unit: str | None = None,
         form: str | None = None, route: str | None = None, group_no: int | None = None,
         override_reason: str = "", name: str | None = None) -> ItemContext:
    known = RX_DRUGS.get(key)
    form = form or FORMS.get(key, (known[2] if known else "片剂",))[0]
    route = route or (FORMS[key][1] if key in FORMS else (known[8] if known else "口服"))
    unit = unit or (known[5] if known else "mg")
    return ItemContext(seq=seq, drug_id=seq, knowledge_key=key, drug_name=name or key, kind="western", form=form,
                       route=route, dose=Decimal(str(dose)), dose_unit=unit, frequency=frequency, days=days,
                       group_no=group_no, override_reason=override_reason)


def ctx(*items: ItemContext, age_months: int | None = 30 * 12, weight_kg=62, pregnancy: str = "none",
        gestation_weeks: int | None = None, allergies=(), current=(), diagnoses=(), kind: str = "western") -> RxContext:
    return RxContext(kind=kind, age_months=age_months, weight_kg=None if weight_kg is None else Decimal(str(weight_kg)),
                     sex="女", pregnancy=pregnancy, gestation_weeks=gestation_weeks, allergies=tuple(allergies),
                     current_medication=tuple(current), diagnoses=tuple(diagnoses), items=tuple(items))
