"""What the review rules see of a prescription, and what they answer.

Why: the rules engine (core/rx/rules) judges a prescription without touching the database: the
prescribing service builds an `RxContext` from the prescription it holds (the patient as recorded
on it, each item with its drug s knowledge key) and the engine answers `Finding`s. The same
context serves the check shown while the doctor is still writing and the review after signing,
and the benchmark builds it in memory.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

# Administrations per day of each frequency code (prn counts as its most: the range check is of
# the worst case the order allows; once is one administration in all).
FREQUENCIES: dict[str, tuple[str, Decimal]] = {
    "qd": ("每日一次", Decimal(1)), "bid": ("每日两次", Decimal(2)), "tid": ("每日三次", Decimal(3)),
    "qid": ("每日四次", Decimal(4)), "q8h": ("每8小时一次", Decimal(3)), "q12h": ("每12小时一次", Decimal(2)),
    "q6h": ("每6小时一次", Decimal(4)), "qn": ("每晚一次", Decimal(1)), "qod": ("隔日一次", Decimal("0.5")),
    "qw": ("每周一次", Decimal(1) / Decimal(7)), "prn": ("必要时", Decimal(4)), "once": ("立即一次", Decimal(1)),
}

SEVERITIES = ("info", "warning", "error")  # error: the pharmacist must reject or the doctor must explain


@dataclass(frozen=True)
class ItemContext:
    seq: int
    drug_id: int
    knowledge_key: str  # core/dicts Drug.knowledge_key ("" when the drug has no knowledge)
    drug_name: str
    kind: str  # western / chinese_patent / herbal
    form: str
    route: str
    dose: Decimal  # per administration, in dose_unit
    dose_unit: str
    frequency: str  # a FREQUENCIES code
    days: int
    group_no: int | None = None
    override_reason: str = ""

    @property
    def per_day(self) -> Decimal:
        return self.dose * FREQUENCIES[self.frequency][1]


@dataclass(frozen=True)
class RxContext:
    kind: str  # western / herbal
    age_months: int | None
    weight_kg: Decimal | None
    sex: str  # 男 / 女 / ""
    pregnancy: str  # none / pregnant / lactating
    gestation_weeks: int | None
    allergies: tuple[str, ...]  # allergen keys (knowledge keys or classes) and free text
    current_medication: tuple[str, ...]  # knowledge keys
    diagnoses: tuple[str, ...]  # ICD-10 codes
    items: tuple[ItemContext, ...]
    herbal_doses: int | None = None


@dataclass(frozen=True)
class Finding:
    rule_id: int
    rule_code: str
    version: int  # the RuleSet version the rule belongs to
    kind: str
    severity: str  # a SEVERITIES value
    message: str  # Chinese, shown to doctor and pharmacist
    items: tuple[int, ...] = field(default_factory=tuple)  # the item seqs concerned

    def as_dict(self) -> dict:
        return {"rule_id": self.rule_id, "rule_code": self.rule_code, "version": self.version, "kind": self.kind,
                "severity": self.severity, "message": self.message, "items": list(self.items)}
