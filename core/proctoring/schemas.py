"""Request bodies and answers of proctoring (the photos themselves come as multipart files)."""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from core.inputs import Id
from core.outputs import Out


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ConsentIn(In):
    # The version of the notice the phone showed, e.g. "2026-01".
    text_version: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9._\-]+$")


class ReleaseIn(In):
    reason: str = Field(min_length=2, max_length=255)


# ------------------------------------------------------------------ proctor review

VerdictChoice = Literal["clear", "suspected", "cheating"]
CaseState = Literal["open", "clear", "suspected", "cheating_pending", "cheating"]


class CaseFilters(In):
    """Filters of the ranked case list (query string of the API and the page)."""

    state: CaseState | None = None
    institution_id: Id | None = None
    min_risk: float | None = Field(default=None, ge=0)
    q: str | None = Field(default=None, max_length=64)  # the physician's name


class VerdictIn(In):
    verdict: VerdictChoice
    # Required (non-blank) for suspected and cheating: the service says so with proctoring.reason_required.
    reason: str = Field(default="", max_length=500)


class SecondReviewIn(In):
    confirm: bool
    reason: str = Field(default="", max_length=500)


class BatchClearIn(In):
    session_ids: list[Id] = Field(min_length=1, max_length=200)
    reason: str = Field(default="", max_length=500)


# ------------------------------------------------------------------ photos and events during the exam

class CaptureIn(In):
    """The form fields that come with a capture's multipart `photo`."""

    # The phone's clock when the photo was taken, with its offset (e.g. 2026-05-01T09:30:00+08:00).
    taken_at: AwareDatetime


class EventIn(In):
    kind: Literal["app_hidden", "app_visible", "offline", "online"]
    at: AwareDatetime
    detail: dict[str, Any] | None = None

    @field_validator("detail")
    @classmethod
    def _small(cls, v: dict[str, Any] | None) -> dict[str, Any] | None:
        if v is not None and len(json.dumps(v, ensure_ascii=False, default=str)) > 1000:
            raise ValueError("detail 过大（最多 1000 个字符）")
        return v


class EventsIn(In):
    """Events the phone recorded while it could not send them (sent on reconnect)."""

    events: list[EventIn] = Field(min_length=1, max_length=500)


class ReleasedOut(Out):
    session_id: int
    verified: bool
    attempt_id: int


class VerificationOut(Out):
    id: int
    at: _dt.datetime
    outcome: str
    distance: float | None
    threshold: float | None
    reason: str
    photo_key: str | None
    by_admin_id: int | None


class VerificationsOut(Out):
    """A session's face verification attempts, oldest first."""
    session_id: int
    verified: bool
    failed_attempts: int
    max_attempts: int
    items: list[VerificationOut]


class VerdictOut(Out):
    """The case after a verdict; a confirmed cheating (second review) also says what was voided."""
    session_id: int
    state: str
    state_label: str
    verdict_id: int
    voided: bool | None = None
    enrolment_id: int | None = None
    result: str | None = None


class ConsentOut(Out):
    text_version: str
    consented_at: _dt.datetime


class EnrolmentOut(Out):
    id: int
    source: str = Field(description="capture 现场采集 / registered 登记照片")
    created_at: _dt.datetime


class FaceStatusOut(Out):
    """What the phone needs to pick its next screen: null when not given / not enrolled."""
    consent: ConsentOut | None
    enrolment: EnrolmentOut | None
