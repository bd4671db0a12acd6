"""Request and answer shapes of the org tree."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from core.orgs.models import OrgKind


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class OrgCreateIn(In):
    name: str = Field(min_length=1, max_length=128)
    kind: OrgKind
    code: str = Field(min_length=1, max_length=32, pattern=r"^[0-9A-Za-z\-]+$")
    parent_id: int
    contact_name: str = Field(default="", max_length=64)
    contact_phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    address: str = Field(default="", max_length=255)


class OrgUpdateIn(In):
    name: str | None = Field(default=None, min_length=1, max_length=128)
    contact_name: str | None = Field(default=None, max_length=64)
    contact_phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    address: str | None = Field(default=None, max_length=255)
