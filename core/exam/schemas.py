"""Request and answer shapes of the exam domain."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


QType = Literal["A1", "A2", "X", "A3", "A4", "B1"]


class BlueprintRule(In):
    category: str = Field(min_length=1, max_length=64)
    qtype: QType
    difficulty: int | None = Field(default=None, ge=1, le=5)
    count: int = Field(ge=1, le=500)
    points: float = Field(default=1.0, gt=0, le=100)


class BlueprintIn(In):
    cycle_id: int
    specialty: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=128)
    time_limit_minutes: int = Field(ge=5, le=600)
    pass_mark: float = Field(ge=0, le=100)
    rules: list[BlueprintRule] = Field(min_length=1, max_length=50)
    multi_partial: bool = False


class StartIn(In):
    device_id: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")


class SaveIn(In):
    device_id: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")
    answer: list[str] = Field(max_length=10)
    seq: int = Field(ge=1)
    marked: bool | None = None
