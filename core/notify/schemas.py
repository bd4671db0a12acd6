"""Request shapes of in-app messages."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from core.inputs import BigId


class MarkReadIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message_ids: list[BigId] | None = Field(default=None, max_length=500)  # none: every unread message
