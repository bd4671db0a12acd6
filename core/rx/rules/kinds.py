"""The kinds of review rule: what each kind's parameters are, checked when a rule is saved.

Why: rules are data a hospital edits (审方规则), so a rule row is only as good as the check on
its parameters. Each kind has one pydantic schema here; `check_rule` validates a whole rule
(subject, severity, message, params) and answers 422 naming the field (`params.bands.0.per_dose_max`)
exactly as the request validation does. The engine (engine.py) compiles validated rows into
lookup tables; it trusts what passed this check and never sees free-form parameters.

Subjects name a drug by its knowledge key (`core/dicts` Drug.knowledge_key, e.g. `amoxicillin`) or
a class (`class:penicillin`); class membership is itself data: rules of kind `class` list the
members of one class, so a hospital adds a drug to a class in a draft like any other rule.
Routes and forms are matched as fragments (`片` matches 片剂 and 咀嚼片, `静脉` matches 静脉滴注):
the formulary's spellings vary and a rule should not break on them.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from core.errors import ValidationFailed
from core.http import validate

SUBJECT_PATTERN = r"^(class:)?[a-z][a-z0-9_]{0,39}$"
KEY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"

# kind -> Chinese label (the console's filter and form)
KINDS: dict[str, str] = {
    "interaction": "相互作用", "allergy": "过敏", "dose": "剂量", "route": "给药途径与剂型",
    "duplicate": "重复用药", "contraindication": "禁忌症", "pregnancy": "妊娠", "lactation": "哺乳",
    "paediatric": "儿童年龄", "compatibility": "配伍禁忌", "class": "药物类别",
}
SEVERITY_LABELS = {"info": "提示", "warning": "警告", "error": "错误"}

# Units a dose can be compared in, with the factor to the base unit of their dimension.
UNITS: dict[str, tuple[str, Decimal]] = {
    "g": ("mass", Decimal(1000)), "mg": ("mass", Decimal(1)), "μg": ("mass", Decimal("0.001")),
    "ug": ("mass", Decimal("0.001")), "mcg": ("mass", Decimal("0.001")), "ng": ("mass", Decimal("0.000001")),
    "l": ("volume", Decimal(1000)), "ml": ("volume", Decimal(1)),
    "iu": ("iu", Decimal(1)), "万iu": ("iu", Decimal(10000)),
}

Subject = Annotated[str, Field(pattern=SUBJECT_PATTERN, max_length=46)]
Key = Annotated[str, Field(pattern=KEY_PATTERN, max_length=40)]
Fragment = Annotated[str, Field(min_length=1, max_length=16)]
Amount = Annotated[Decimal, Field(gt=0, le=Decimal(10) ** 7, max_digits=14, decimal_places=4)]
Months = Annotated[int, Field(ge=0, le=1200)]
Week = Annotated[int, Field(ge=0, le=45)]


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class InteractionParams(Params):
    """The subject's drug(s) with `other` in one prescription, or with what the patient already
    takes (`current_medication`) when `include_current`."""
    other: Subject
    include_current: bool = True


class AllergyParams(Params):
    """Any recorded allergy equal to one of `allergens` (keys, classes, or Chinese names found in
    the free text: 青霉素 matches 青霉素过敏) forbids the subject."""
    allergens: list[Annotated[str, Field(min_length=1, max_length=40)]] = Field(min_length=1, max_length=30)


class DoseBand(Params):
    label: str = Field(default="", max_length=20)
    min_age_months: Months = 0
    max_age_months: Months | None = None  # exclusive; None: no upper bound
    routes: list[Fragment] = Field(default_factory=list, max_length=8)  # empty: any route
    per_dose_min: Amount | None = None
    per_dose_max: Amount | None = None
    per_day_max: Amount | None = None
    per_kg_dose_max: Amount | None = None
    per_kg_day_max: Amount | None = None
    abs_dose_max: Amount | None = None  # the cap of a per-kg dose, whatever the weight
    abs_day_max: Amount | None = None

    @model_validator(mode="after")
    def _sane(self):
        if self.max_age_months is not None and self.max_age_months <= self.min_age_months:
            raise ValueError("年龄上限应大于下限")
        limits = (self.per_dose_max, self.per_day_max, self.per_kg_dose_max, self.per_kg_day_max,
                  self.abs_dose_max, self.abs_day_max)
        if all(v is None for v in limits):
            raise ValueError("至少填写一个剂量上限")
        if self.per_dose_min is not None and self.per_dose_max is not None and self.per_dose_min > self.per_dose_max:
            raise ValueError("单次剂量下限不能大于上限")
        return self


class DoseParams(Params):
    """Limits per dose and per day in `unit`, by age band (the first band the age falls in);
    children per kg with absolute caps. An unknown age counts as an adult's."""
    unit: str
    bands: list[DoseBand] = Field(min_length=1, max_length=12)
    routes: list[Fragment] = Field(default_factory=list, max_length=8)  # empty: any route
    max_days: int | None = Field(default=None, ge=1, le=365)

    @field_validator("unit")
    @classmethod
    def _unit(cls, v: str) -> str:
        if v.lower() not in UNITS:
            raise ValueError("剂量单位应为 " + " / ".join(UNITS))
        return v


class RouteParams(Params):
    routes: list[Fragment] = Field(default_factory=list, max_length=12)
    forms: list[Fragment] = Field(default_factory=list, max_length=16)

    @model_validator(mode="after")
    def _some(self):
        if not self.routes and not self.forms:
            raise ValueError("至少填写允许的给药途径或剂型")
        return self


class DuplicateParams(Params):
    """`min_count` items of the subject class in one prescription are a duplication."""
    min_count: int = Field(default=2, ge=2, le=10)


class ContraindicationParams(Params):
    icd10: list[Annotated[str, Field(pattern=r"^[A-Z][0-9][0-9A-Z.]{0,6}$")]] = Field(min_length=1, max_length=40)


class PregnancyParams(Params):
    """Applies to a pregnant patient whose gestation (weeks) is in [from_week, to_week] (unknown
    weeks: the rule applies); with `above_per_day` only above that daily amount (in `unit`)."""
    category: Literal["A", "B", "C", "D", "X", "禁用", "慎用", "忌用"]
    from_week: Week = 0
    to_week: Week = 45
    above_per_day: Amount | None = None
    unit: str | None = None

    @model_validator(mode="after")
    def _sane(self):
        if self.to_week < self.from_week:
            raise ValueError("孕周上限应不小于下限")
        if self.above_per_day is not None and (self.unit or "").lower() not in UNITS:
            raise ValueError("填写每日剂量阈值时须给出剂量单位")
        return self


class LactationParams(Params):
    level: Literal["caution", "avoid"]


class PaediatricParams(Params):
    min_age_months: int = Field(ge=1, le=240)
    except_forms: list[Fragment] = Field(default_factory=list, max_length=8)


class CompatibilityParams(Params):
    """The subject and `other` in one infusion group (same `group_no`)."""
    other: Subject


class ClassParams(Params):
    members: list[Key] = Field(min_length=1, max_length=300)


PARAMS: dict[str, type[Params]] = {
    "interaction": InteractionParams, "allergy": AllergyParams, "dose": DoseParams, "route": RouteParams,
    "duplicate": DuplicateParams, "contraindication": ContraindicationParams, "pregnancy": PregnancyParams,
    "lactation": LactationParams, "paediatric": PaediatricParams, "compatibility": CompatibilityParams,
    "class": ClassParams,
}
# Kinds whose subject must be a class (a duplicate is two drugs of one class; a class lists members).
CLASS_SUBJECT = {"duplicate", "class"}
# Kinds whose subject must be one drug: a dose or a route only makes sense for one product.
KEY_SUBJECT = {"dose", "route"}


class RuleIn(BaseModel):
    """A rule as written in a draft (console) or generated from the knowledge set."""
    model_config = ConfigDict(extra="forbid")

    code: str = Field(min_length=1, max_length=48, pattern=r"^[A-Za-z0-9_:.\-]+$")
    kind: Literal["interaction", "allergy", "dose", "route", "duplicate", "contraindication", "pregnancy",
                  "lactation", "paediatric", "compatibility", "class"]
    subject: Subject
    params: dict
    severity: Literal["info", "warning", "error"]
    message: str = Field(min_length=1, max_length=300)
    source: str = Field(default="", max_length=200)
    enabled: bool = True


def _refuse(path: str, message: str) -> ValidationFailed:
    return ValidationFailed(details={"errors": [{"path": path, "message": message, "type": "value_error"}]})


def check_params(kind: str, params: dict) -> Params:
    """The parameters of a rule of `kind`, validated; 422 with `params.<field>` paths."""
    try:
        return validate(PARAMS[kind], params)
    except ValidationFailed as exc:
        for e in exc.details.get("errors", ()):
            e["path"] = f"params.{e['path']}" if e["path"] else "params"
        raise


def check_rule(data: dict) -> tuple[RuleIn, Params]:
    """A whole rule, validated: the row's fields, the subject as its kind wants it, the params."""
    rule = validate(RuleIn, data)
    is_class = rule.subject.startswith("class:")
    if rule.kind in CLASS_SUBJECT and not is_class:
        raise _refuse("subject", "此类规则的对象应为药物类别（class:类别名）")
    if rule.kind in KEY_SUBJECT and is_class:
        raise _refuse("subject", "此类规则的对象应为单个药品的知识库编码")
    return rule, check_params(rule.kind, rule.params)
