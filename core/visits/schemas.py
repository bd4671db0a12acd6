"""What hospital systems send (the event envelope) and what the visit assistant answers.

Why: every transport (AMQP, webhook, poller, booking) carries the same envelope; `VisitEventIn`
is its one definition, checked by `core.visits.apply` (a payload that fails it is quarantined as
malformed, never half applied). The answers are what the phone and the console show of a visit,
its steps and to-dos, and of the step configuration and the quarantine.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from core.inputs import BigId, Id, Int32
from core.outputs import Out

STEP_CODES = ("appointment", "registration", "checkin", "queue", "consultation", "payment", "exam", "pharmacy",
              "followup")
STEP_STATES = ("pending", "active", "waiting", "done", "skipped", "cancelled")
STATE_TEXT = {"pending": "未开始", "active": "进行中", "waiting": "待处理", "done": "已完成", "skipped": "已跳过",
              "cancelled": "已取消"}
VISIT_STATE_TEXT = {"open": "就诊中", "ended": "已结束", "cancelled": "已取消"}
EVENT_MAX_BYTES = 16 * 1024  # one event, as the HIS sent it
DATA_MAX_BYTES = 8 * 1024  # its step data items
QUARANTINE_REASONS = ("malformed", "unknown_patient", "unknown_step", "unknown_visit", "institution_disabled")

StepCode = Literal["appointment", "registration", "checkin", "queue", "consultation", "payment", "exam", "pharmacy",
                   "followup"]
StepState = Literal["pending", "active", "waiting", "done", "skipped", "cancelled"]


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# ------------------------------------------------------------------ the event envelope (HIS -> centre)

class EventPatientIn(In):
    id_number: str = Field(pattern=r"^\d{17}[\dXx]$", description="18 位身份证号")
    name: str = Field(min_length=1, max_length=64)


class VisitInfoIn(In):
    department: str = Field(default="", max_length=64)
    doctor: str = Field(default="", max_length=64)
    location: str = Field(default="", max_length=128)
    date: dt.date | None = None


class VisitEventIn(In):
    """One visit event as a HIS reports it; the institution is the transport's, not the event's."""

    event_id: str = Field(min_length=1, max_length=64, description="HIS 的事件编号，同一机构内唯一")
    visit: str = Field(min_length=1, max_length=64, description="HIS 的就诊号")
    step: str = Field(min_length=1, max_length=24, pattern=r"^[a-z_]+$", description="就诊环节代码")
    state: StepState
    at: AwareDatetime = Field(description="HIS 记录的发生时间（带时区）")
    patient: EventPatientIn | None = Field(default=None, description="就诊尚未建立时必填")
    visit_info: VisitInfoIn | None = None
    data: dict[str, Any] = Field(default_factory=dict, description="环节数据项，不超过 8 KB")
    visit_state: Literal["ended", "cancelled"] | None = None

    @field_validator("data")
    @classmethod
    def _bounded(cls, v: dict[str, Any]) -> dict[str, Any]:
        if len(json.dumps(v, ensure_ascii=False, separators=(",", ":")).encode()) > DATA_MAX_BYTES:
            raise ValueError(f"data larger than {DATA_MAX_BYTES} bytes")
        return v


# ------------------------------------------------------------------ the phone

class VisitPatientOut(Out):
    id: int
    name: str | None  # masked
    id_number: str | None  # masked


class StepOut(Out):
    code: str
    name: str
    position: int
    state: str
    state_text: str
    data: dict[str, Any]
    his_at: dt.datetime | None
    guide: str
    current: bool  # the furthest step reached
    actions: list[str]  # what the patient may do here (checkin, cancel)


class TodoOut(Out):
    id: int
    visit_id: int
    step: str
    step_name: str
    kind: str
    text: str
    state: str
    institution_name: str = ""
    created_at: dt.datetime
    updated_at: dt.datetime


class VisitOut(Out):
    id: int
    institution_id: int
    institution_name: str
    his_visit: str
    patient: VisitPatientOut
    mine: bool  # the actor's own (or own 就诊人's) visit; false: a relative's, under a grant or as a companion
    department: str
    doctor: str
    location: str
    visit_date: dt.date | None
    step: str
    step_name: str
    state: str
    state_text: str
    ended_at: dt.datetime | None
    created_at: dt.datetime
    open_todos: int
    seq: int


class VisitDetailOut(VisitOut):
    steps: list[StepOut]
    todos: list[TodoOut]
    guide: str  # where to go next (the current step's guide)
    next_step: str | None  # the next enabled step after the current one
    actions: list[str]  # what the patient may do now (empty for everyone else)


class VisitsOut(Out):
    items: list[VisitOut]


class TodosOut(Out):
    items: list[TodoOut]


class ActedOut(Out):
    visit_id: int
    action: str
    done: bool
    message: str


# ------------------------------------------------------------------ the console: steps

class StepConfigIn(In):
    code: StepCode
    position: int = Field(ge=1, le=99)
    name: str = Field(min_length=1, max_length=32)
    enabled: bool = True
    todo: str = Field(default="", max_length=32, pattern=r"^[a-z_]*$")
    todo_state: StepState = "waiting"
    guide: str = Field(default="", max_length=200)


class StepsIn(In):
    steps: list[StepConfigIn] = Field(min_length=1, max_length=len(STEP_CODES))


class StepConfigOut(Out):
    code: str
    position: int
    name: str
    enabled: bool
    todo: str
    todo_state: str
    guide: str


class StepsOut(Out):
    institution_id: int
    institution_name: str
    customised: bool  # false: the defaults (nothing saved yet)
    steps: list[StepConfigOut]
    todo_kinds: dict[str, str]


# ------------------------------------------------------------------ the console: quarantine

class QuarantineFilter(In):
    institution_id: Id | None = None
    reason: Literal["malformed", "unknown_patient", "unknown_step", "unknown_visit", "institution_disabled"] | None \
        = None
    date_from: dt.date | None = Field(default=None, description="接收日期起（中国时间，含）")
    date_to: dt.date | None = Field(default=None, description="接收日期止（中国时间，含）")


class QuarantinedOut(Out):
    id: int
    institution_id: int
    institution_name: str
    event_id: str
    source: str
    step: str
    reason: str
    detail: str
    payload: Any  # as received, the ID number masked
    his_at: dt.datetime | None
    received_at: dt.datetime


class EventIdsIn(In):
    ids: list[BigId] = Field(min_length=1, max_length=500)


class ReplayedOut(Out):
    id: int
    event_id: str
    status: str
    reason: str
    visit_id: int | None


class ReplayOut(Out):
    items: list[ReplayedOut]


class DiscardOut(Out):
    discarded: Int32


class QuarantinePage(Out):
    total: int
    page: int
    page_size: int
    items: list[QuarantinedOut]


# ------------------------------------------------------------------ 家庭门诊预约 (appointments, core/visits/appointments.py)

class AppointmentInstitutionOut(Out):
    id: int
    name: str


class AppointmentDepartmentOut(Out):
    code: str
    name: str
    location: str


class AppointmentDoctorOut(Out):
    code: str
    name: str
    title: str
    department_code: str
    speciality: str


class AppointmentSlotOut(Out):
    id: str
    doctor_code: str
    day: dt.date
    starts: str = Field(description="开始时间 HH:MM（北京时间）")
    ends: str
    capacity: int
    remaining: int
    fee_fen: int = Field(description="挂号费（分）")


class DoctorsQuery(In):
    institution_id: Id
    department_code: str = Field(min_length=1, max_length=16)


class SlotsQuery(In):
    institution_id: Id
    doctor_code: str = Field(min_length=1, max_length=16)
    day: dt.date


class BookIn(In):
    patient_id: Id = Field(description="就诊人：本人账户的就诊人，或授权了“门诊预约”（可代办）的家庭成员本人")
    institution_id: Id
    slot_id: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_.:-]+$")


class AppointmentOut(Out):
    visit_id: int
    his_visit: str
    institution_id: int
    institution_name: str
    patient: VisitPatientOut
    mine: bool = Field(description="就诊人是本账户的就诊人（否则是授权我代办的家庭成员）")
    booked_by_me: bool
    department: str
    doctor: str
    location: str
    day: dt.date | None
    time: str = Field(description="预约时段，如 08:00-09:00")
    number: int | None = Field(description="预约序号")
    fee_fen: int | None
    state: str = Field(description="booked 已预约 / cancelled 已取消 / visiting 就诊中 / ended 已结束")
    state_text: str
    cancellable: bool
    created_at: dt.datetime
