"""Request bodies of proctoring (the photos themselves come as multipart files)."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ConsentIn(In):
    # The version of the notice the phone showed, e.g. "2026-01".
    text_version: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9._\-]+$")


class ReleaseIn(In):
    reason: str = Field(min_length=2, max_length=255)
