"""Inputs and answers of conversations (HTTP and socket commands share them)."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.inputs import Id
from core.outputs import Out

MAX_TEXT = 2000  # characters of a text message
MAX_SEQ = 2**53 - 1  # what a JavaScript client holds exactly
CLIENT_ID = r"^[A-Za-z0-9_.:-]{1,64}$"
PARTY_KINDS = ("mp", "physician", "admin", "doctor", "staff", "system")
Seq = int


class In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TextIn(In):
    """A text message. `client_id`: the client's own id of this message, unique per sender in the
    conversation (a UUID is fine); sending it again answers the stored message."""

    client_id: str = Field(pattern=CLIENT_ID)
    text: str = Field(min_length=1, max_length=MAX_TEXT)

    @field_validator("text")
    @classmethod
    def _printable(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("消息不能为空")
        if any(ord(ch) < 32 and ch not in "\n\t" for ch in v):
            raise ValueError("消息含有不可见的控制字符")
        return v


class UploadForm(In):
    """The non-file fields of an image or voice upload."""

    client_id: str = Field(pattern=CLIENT_ID)


class MarkIn(In):
    """Move the caller's cursors forward (never back): received up to `delivered_seq`, read up to `read_seq`."""

    delivered_seq: int | None = Field(None, ge=0, le=MAX_SEQ)
    read_seq: int | None = Field(None, ge=0, le=MAX_SEQ)


class HistoryQuery(In):
    after_seq: int = Field(0, ge=0, le=MAX_SEQ)
    limit: int = Field(50, ge=1, le=200)


class ListQuery(In):
    page: int = Field(1, ge=1, le=100_000)
    page_size: int = Field(20, ge=1, le=100)


def validate_system(event: str, text: str, key: str, data: dict | None) -> dict:
    """The body of a system item, from the owning domain (a programming error raises ValueError)."""
    import json
    import re

    if not re.fullmatch(r"[a-z_]{1,32}", event) or not 1 <= len(text) <= 200 or not re.fullmatch(CLIENT_ID, key):
        raise ValueError(f"bad system item {event!r} / {key!r}")
    data = dict(data or {})
    if len(json.dumps(data, ensure_ascii=False)) > 1024:
        raise ValueError("system item data larger than 1 KB")
    return {"event": event, "text": text, "data": data}


class PartyIn(In):
    """A participant as the owning domain adds it."""

    kind: Literal["mp", "physician", "admin", "doctor", "staff"]
    id: Id
    role: str = Field(min_length=1, max_length=16, pattern=r"^[a-z_]+$")
    name: str = Field("", max_length=64)
    for_patient_id: Id | None = None
    grant_scope: str | None = Field(None, max_length=32)
    can_write: bool = True


# ------------------------------------------------------------------ answers

class MediaOut(Out):
    url: str = Field(description="短时有效的签名地址（过期后重新获取消息即得新地址）")
    content_type: str
    width: int | None = None
    height: int | None = None
    duration_ms: int | None = None


class SystemOut(Out):
    event: str = Field(description="系统事件：accepted、ended、refunded、prescription_issued 等")
    text: str
    data: dict = Field(default_factory=dict)


class MessageOut(Out):
    """One message at its place in the conversation's sequence. A recalled message keeps its
    place with `recalled` true and no content; a `recall` item (later in the sequence) says which."""

    id: int
    conversation_id: int
    seq: int
    sender: str = Field(description="发送方：<kind>:<id>，如 mp:12；系统消息为 system:0")
    client_id: str
    kind: Literal["text", "image", "voice", "system", "recall"]
    at: dt.datetime
    recalled: bool = False
    text: str | None = Field(None, description="文字；已撤回的消息为「消息已撤回」")
    media: MediaOut | None = None
    system: SystemOut | None = None
    recall_seq: int | None = Field(None, description="kind=recall：被撤回消息的序号")


class SentOut(Out):
    """The stored message; `duplicate` is true when the client id had been stored before (a resend)."""

    duplicate: bool
    message: MessageOut


class HistoryOut(Out):
    items: list[MessageOut]
    last_seq: int = Field(description="会话当前最后一条消息的序号")
    has_more: bool = Field(description="after_seq 之后还有未返回的消息：以最后一条的 seq 继续请求")
    state: Literal["open", "closed"]


class ParticipantOut(Out):
    party: str
    role: str
    name: str
    delivered_seq: int
    read_seq: int


class ConversationOut(Out):
    id: int
    kind: str
    title: str
    state: Literal["open", "closed"]
    last_seq: int
    last_at: dt.datetime | None
    close_reason: str
    me: str = Field(description="调用者在会话中的身份（<kind>:<id>）")
    can_write: bool
    participants: list[ParticipantOut]


class ConversationRow(Out):
    id: int
    kind: str
    title: str
    state: Literal["open", "closed"]
    last_seq: int
    last_at: dt.datetime | None
    unread: int


class CursorOut(Out):
    delivered_seq: int
    read_seq: int
