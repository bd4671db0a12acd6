"""Request shapes of in-app messages."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class MarkReadIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message_ids: list[int] | None = Field(default=None, max_length=500)  # none: every unread message
