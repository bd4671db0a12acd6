"""Request and answer shapes of the assessment domain."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core import idcard


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PhysicianCreateIn(In):
    name: str = Field(min_length=1, max_length=64)
    id_number: str
    phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    institution_id: int
    practice_category: str = Field(default="临床", max_length=32)
    specialty: str = Field(default="", max_length=64)
    license_no: str = Field(default="", max_length=32)

    @field_validator("id_number")
    @classmethod
    def _valid_id(cls, v: str) -> str:
        p = idcard.problem(v)
        if p:
            raise ValueError(p)
        return idcard.normalize(v)


class PhysicianUpdateIn(In):
    name: str | None = Field(default=None, min_length=1, max_length=64)
    phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    practice_category: str | None = Field(default=None, max_length=32)
    specialty: str | None = Field(default=None, max_length=64)
    license_no: str | None = Field(default=None, max_length=32)
