"""Request bodies and answers of proctoring (the photos themselves come as multipart files)."""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from core.assessment.schemas import PersonOut
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


class FaceEnrolmentOut(Out):
    id: int
    source: str = Field(description="capture 现场采集 / registered 登记照片")
    created_at: _dt.datetime


class FaceStatusOut(Out):
    """What the phone needs to pick its next screen: null when not given / not enrolled."""
    consent: ConsentOut | None
    enrolment: FaceEnrolmentOut | None


class FaceQualityOut(Out):
    """What the face engine measured on an accepted photo (media.face.FaceCheck)."""
    faces: int = Field(description="检测到的人脸数")
    box: tuple[int, int, int, int] | None = Field(description="人脸框（上、右、下、左，分析尺度的像素）")
    face_px: int = Field(description="人脸框边长（像素）")
    score: float = Field(description="检测置信度")
    sharpness: float = Field(description="清晰度")
    brightness: float = Field(description="亮度（0–255）")
    size: tuple[int, int] = Field(description="分析时的图像宽、高（像素）")
    problems: list[str] = Field(description="不合格原因的代码（被采用的照片为空）")


class FaceEnrolledOut(Out):
    """A face enrolled from the phone; it replaces the previous one."""
    enrolment: FaceEnrolmentOut
    quality: FaceQualityOut


class RegisteredFaceOut(FaceEnrolledOut):
    """A face enrolled by the institution from the photo it registered for the physician."""
    physician_id: int


class ProblemOut(Out):
    code: str
    message: str


class AttemptOut(Out):
    """One verification before the exam. The taker is not told the distance."""
    session_id: int
    attempt_id: int | None = Field(description="本次核验记录（已核验通过时为空：未再核验）")
    outcome: str = Field(description="match / mismatch / no_face / several_faces / poor_quality / already_verified")
    verified: bool
    message: str
    attempts_left: int
    release_required: bool = Field(description="失败次数已达上限，须监考人员人工放行")
    problems: list[ProblemOut]


class CaptureRowOut(Out):
    """A photo the phone delivered; whether it has been looked at, never what was found."""
    capture_id: int
    session_id: int
    taken_at: _dt.datetime
    received_at: _dt.datetime
    late: bool = Field(description="补传：考试结束后或拍摄超过 60 秒后才收到")
    state: Literal["pending", "done"] = Field(description="pending 待分析 / done 已分析")


class CaptureOut(CaptureRowOut):
    """An upload's acknowledgement (201; 200 when the same photo had arrived before)."""
    duplicate: bool = Field(description="同一照片此前已收到（重传）")
    next_capture_in: int | None = Field(description="距下一次抓拍的秒数（不再抓拍时为空）")


class CapturesOut(Out):
    session_id: int
    capture_schedule: list[int] = Field(description="抓拍时刻：开考后的秒数")
    next_capture_in: int | None = Field(description="距下一次抓拍的秒数（不再抓拍时为空）")
    items: list[CaptureRowOut]


class EventsRecordedOut(Out):
    session_id: int
    received: int
    stored: int
    duplicates: int = Field(description="此前已记录的事件（同一类型、同一时间）")


# ------------------------------------------------------------------ a case as proctors see it

class InstitutionRefOut(Out):
    id: int
    name: str


class CasePhysicianOut(PersonOut):
    """The physician of a case; personal fields masked."""
    id: int


class SignalOut(Out):
    key: str
    label: str
    count: int


class CaseExamOut(Out):
    name: str
    kind: str = Field(description="exam 正式测评 / makeup 补考")
    kind_label: str
    started_at: _dt.datetime
    submitted_at: _dt.datetime | None
    score: float | None
    passed: bool | None
    voided: bool = Field(description="已认定作弊，成绩作废")


class CaseRowOut(Out):
    """A proctored exam session in the ranked list."""
    session_id: int
    case_id: int
    risk: float = Field(description="风险分：各风险信号的加权和，列表按它从高到低排列")
    risk_level: Literal["high", "medium", "low"]
    signals: dict[str, int] = Field(description="风险信号计数（抓拍、分析结果、漏拍、切出、断网等）")
    signal_list: list[SignalOut] = Field(description="非零的主要信号，最能说明问题的在前")
    state: CaseState
    state_label: str
    institution: InstitutionRefOut
    physician: CasePhysicianOut
    exam: CaseExamOut
    updated_at: _dt.datetime


class CaseExamDetailOut(CaseExamOut):
    deadline: _dt.datetime
    submitted_by: str | None = Field(description="taker 本人交卷 / deadline 到时自动交卷")
    verified: bool = Field(description="考前身份核验已通过（含人工放行）")
    threshold: float = Field(description="该医师所在地区的人脸比对阈值")


class CaseEnrolmentOut(Out):
    id: int
    exam_score: float | None
    makeup: str
    makeup_score: float | None
    result: str | None
    result_label: str


class CaseVerdictOut(Out):
    id: int
    verdict: VerdictChoice
    label: str
    stage: Literal["first", "second"] = Field(description="first 监考结论 / second 作弊复核")
    confirmed: bool | None = Field(description="复核是否确认作弊（监考结论为空）")
    reason: str
    by_admin_id: int
    by: str = Field(description="给出结论的监考人员")
    at: _dt.datetime


class TimelineBaseOut(Out):
    id: int | None
    at: _dt.datetime
    offset_seconds: int = Field(description="距开考的秒数")
    label: str
    photo_url: str | None = Field(description="照片的限时签名链接")
    by: str | None = Field(description="人工放行的监考人员")


class TimelineVerificationOut(TimelineBaseOut):
    type: Literal["verification"]
    id: int
    outcome: str
    distance: float | None
    threshold: float | None
    reason: str
    by_admin_id: int | None


class FaceFoundOut(Out):
    box: list[int] = Field(description="人脸框（上、右、下、左）")
    score: float
    distance: float | None = Field(description="与采集人脸的距离（无采集人脸时为空）")


class TimelineCaptureOut(TimelineBaseOut):
    type: Literal["capture"]
    id: int
    received_at: _dt.datetime
    late: bool
    analysis: str = Field(description="pending / match / mismatch / no_face / several_faces / no_reference / failed")
    faces: int | None
    distance: float | None
    threshold: float | None
    face_details: list[FaceFoundOut]
    size: list[int] | None = Field(description="分析时的图像宽、高")
    problems: list[str]
    analysed_at: _dt.datetime | None


class TimelineEventOut(TimelineBaseOut):
    type: Literal["event"]
    id: int
    kind: str
    detail: dict[str, Any] | None


class TimelineMissingOut(TimelineBaseOut):
    """A scheduled photo that never came."""
    type: Literal["missing"]
    id: None


# One entry of the timeline, told apart by `type` (a plain union: a discriminator's mapping
# would point into the model's own $defs, which the served document moves to components).
TimelineItemOut = TimelineVerificationOut | TimelineCaptureOut | TimelineEventOut | TimelineMissingOut


class CaseOut(CaseRowOut):
    """One case as a proctor reviews it: the row, the exam, verdicts, what may be done, the timeline."""
    exam: CaseExamDetailOut
    enrolment: CaseEnrolmentOut | None
    pending_analyses: int = Field(description="尚未分析的抓拍（全部分析完才能给出结论）")
    verdicts: list[CaseVerdictOut]
    awaiting_second_review_by_other: bool = Field(description="本人判定的作弊，须另一名监考人员复核")
    allowed: list[str] = Field(description="当前可做的操作：clear / suspected / cheating / confirm / refuse")
    allowed_labels: dict[str, str]
    timeline: list[TimelineItemOut]
