"""What the event centre's edges take and answer: the webhook's receipt, the onboarding of an
institution's HIS connection (switches, adapter, mode, queue), its test and its health."""
from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from core.outputs import Out

MODES = ("amqp", "webhook", "poll")
MODE_LABELS = {"amqp": "消息队列推送（AMQP）", "webhook": "HTTP 推送（签名 Webhook）", "poll": "定时轮询 HIS"}


class EventsIn(BaseModel):
    """A batch of visit events (or post one event object alone); each event is checked when applied."""
    model_config = ConfigDict(extra="forbid")
    events: list[dict[str, Any]] = Field(min_length=1, max_length=500)


class ReceiptOut(Out):
    """How many of the posted events were taken into the institution's stream (refused: over 16 KB)."""
    accepted: int
    refused: int


class ConnectionIn(BaseModel):
    """An institution's onboarding: the switches and how its HIS reaches the centre."""
    model_config = ConfigDict(extra="forbid")
    assistant_enabled: bool
    accompany_enabled: bool
    adapter: str = Field(default="demo", min_length=1, max_length=32, pattern=r"^[a-z0-9_]+$")
    mode: Literal["amqp", "webhook", "poll"] = "webhook"
    queue: str = Field(default="", max_length=128, pattern=r"^[A-Za-z0-9_.:-]*$")
    config: dict[str, str | int | bool] = Field(default_factory=dict, max_length=20)
    poll_seconds: int = Field(default=30, ge=5, le=3600)


class ConnectionOut(Out):
    institution_id: int
    institution_name: str
    configured: bool  # a connection row exists (else: defaults shown)
    assistant_enabled: bool
    accompany_enabled: bool
    adapter: str
    mode: str
    mode_label: str
    queue: str
    config: dict[str, Any]
    poll_seconds: int
    has_secret: bool
    secret_masked: str
    webhook_path: str
    cursor: str
    updated_at: dt.datetime | None


class SecretOut(Out):
    """The new webhook secret, shown this once (stored encrypted; the HIS signs with it)."""
    institution_id: int
    secret: str
    webhook_path: str


class TestOut(Out):
    institution_id: int
    mode: str
    ok: bool
    detail: str
    latency_ms: int


class HealthOut(Out):
    institution_id: int
    institution_name: str
    mode: str
    assistant_enabled: bool
    last_event_at: dt.datetime | None  # when the HIS says the latest applied event happened
    last_received_at: dt.datetime | None
    last_polled_at: dt.datetime | None
    lag_seconds: float | None  # how long the oldest event waiting in the stream has waited
    backlog: int  # events in the stream not applied yet
    pending: int  # of those, read by a sub-centre and not acknowledged
    quarantined: int
    received: int
    applied: int
    duplicates: int
    refused: int
    served_by: str | None  # the centre process holding the stream's lease
    last_error: str
