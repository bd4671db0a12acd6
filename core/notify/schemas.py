"""Request and answer shapes of in-app messages."""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from core.inputs import BigId
from core.outputs import Out


class MarkReadIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message_ids: list[BigId] | None = Field(default=None, max_length=500)  # none: every unread message


# ---------------------------------------------------------------- declared answers (core.http.returns)

class MessageOut(Out):
    id: int
    kind: str = Field(description="消息类型，如 record_request.state、family.invite")
    title: str
    body: str
    link: str = Field(description="消息指向的页面，如 /records/requests/12；可为空")
    created_at: dt.datetime
    read: bool
    read_at: dt.datetime | None
    handled: bool
    handled_at: dt.datetime | None


class MessagesOut(Out):
    total: int
    unread: int
    items: list[MessageOut]


class UnreadOut(Out):
    unread: int


class MarkedReadOut(Out):
    marked: int
    unread: int
