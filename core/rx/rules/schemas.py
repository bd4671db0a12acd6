"""What the review rules' console reads and writes (审方规则: versions, rules, differences)."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core.outputs import Out
from core.rx.rules.kinds import RuleIn

__all__ = ["RuleIn", "RuleSetOut", "RuleOut", "RuleFilter", "DraftIn", "PublishIn", "DiffOut", "ChangedRuleOut",
           "RulePage", "VersionsOut", "DiffQuery"]


class RuleSetOut(Out):
    id: int
    version: int
    state: Literal["draft", "published", "retired"]
    state_label: str
    note: str
    based_on: int | None
    created_by_id: int | None
    created_at: dt.datetime
    published_at: dt.datetime | None
    published_by_id: int | None
    rule_count: int


class VersionsOut(Out):
    items: list[RuleSetOut]


class RuleOut(Out):
    id: int
    version: int
    code: str
    kind: str
    kind_label: str
    subject: str
    params: dict
    severity: str
    severity_label: str
    message: str
    source: str
    enabled: bool


class RulePage(Out):
    total: int
    page: int
    page_size: int
    items: list[RuleOut]


class RuleFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["interaction", "allergy", "dose", "route", "duplicate", "contraindication", "pregnancy",
                  "lactation", "paediatric", "compatibility", "class"] | None = None
    severity: Literal["info", "warning", "error"] | None = None
    subject: str | None = Field(default=None, max_length=46)  # part of the subject: a key or class:<name>
    q: str | None = Field(default=None, max_length=50)  # part of the code, message or source
    enabled: bool | None = None


class DiffQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base: int = Field(ge=1, le=1_000_000)
    other: int = Field(ge=1, le=1_000_000)


class DraftIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str = Field(default="", max_length=200)


class PublishIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(default=None, max_length=200)  # replaces the draft's note when given


class ChangedRuleOut(Out):
    code: str
    fields: list[str]
    before: RuleOut
    after: RuleOut


class DiffOut(Out):
    base: int
    other: int
    added: list[RuleOut]
    removed: list[RuleOut]
    changed: list[ChangedRuleOut]
