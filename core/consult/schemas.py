"""Request and answer shapes of consultations: the patient's phone (order, pay, cancel, rate, my
consultations, the record), the doctor's workstation (queue, accept, reject, transfer, record,
end) and the back office. Every string and number an edge accepts is bounded here."""
from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.inputs import Id
from core.outputs import Out
from core.payments.schemas import CheckoutOut
from core.payments.schemas import OrderOut as PaymentOrderOut

SYMPTOMS_MAX = 1000
REASON_MAX = 200
MAX_DIAGNOSES = 10
StateName = Literal["created", "waiting", "in_progress", "ended", "closed", "cancelled", "rejected", "expired"]
GroupOrState = Literal["unpaid", "waiting", "in_progress", "done", "cancelled", "created", "ended", "closed",
                       "rejected", "expired"]
KindName = Literal["text", "video"]


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# ---------------------------------------------------------------- patient side: in

class OrderIn(In):
    doctor_id: Id
    kind: KindName = Field(default="text", description="text 图文咨询（视频问诊随后开放）")
    patient_id: Id = Field(description="就诊人：本人的，或家庭成员授权“在线问诊”（可代办）的")
    department_id: Id | None = Field(default=None, description="医生的执业科室；缺省为其主执业科室")
    symptoms: str = Field(min_length=10, max_length=SYMPTOMS_MAX, description="病情描述（10–1000 字）")
    illness_duration: str = Field(default="", max_length=32, description="患病时长，如“一周内”")
    visited_before: bool = Field(default=False, description="是否已在医院就诊过")


class CancelIn(In):
    reason: str = Field(default="", max_length=REASON_MAX)


class RateIn(In):
    score: int = Field(ge=1, le=5, description="服务满意度 1–5")
    comment: str = Field(default="", max_length=500, description="评价内容")


class OrderFilter(In):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    state: GroupOrState | None = Field(default=None, description="分组（unpaid/waiting/in_progress/done/cancelled）或具体状态")


# ---------------------------------------------------------------- doctor side: in

class ReasonIn(In):
    reason: str = Field(min_length=2, max_length=REASON_MAX, description="原因（患者可见）")


class TransferIn(In):
    doctor_id: Id = Field(description="转给同一医院提供同类服务的医生")
    reason: str = Field(min_length=2, max_length=REASON_MAX)


class RecordIn(In):
    chief_complaint: str = Field(default="", max_length=500, description="主诉")
    present_history: str = Field(default="", max_length=2000, description="现病史")
    past_history: str = Field(default="", max_length=1000, description="既往史")
    diagnosis: list[str] = Field(default_factory=list, max_length=MAX_DIAGNOSES, description="诊断")
    advice: str = Field(default="", max_length=2000, description="医嘱与注意事项")

    @field_validator("diagnosis")
    @classmethod
    def _diagnoses(cls, v: list[str]) -> list[str]:
        out = [d.strip() for d in v if d and d.strip()]
        if any(len(d) > 100 for d in out):
            raise ValueError("每条诊断不超过100字")
        return list(dict.fromkeys(out))


class EndIn(In):
    summary: str = Field(min_length=2, max_length=1000, description="结束语与治疗建议（发送给患者）")


class DeskFilter(In):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    tab: Literal["new", "in_progress", "ending", "done", "all"] = "new"
    department_id: Id | None = None


class AdminOrderFilter(In):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    state: GroupOrState | None = None
    institution_id: Id | None = None
    doctor_id: Id | None = None
    refund_state: Literal["requested", "refunded", "failed"] | None = None
    number: str | None = Field(default=None, max_length=24)
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None


# ---------------------------------------------------------------- answers

class OrderDoctorOut(Out):
    id: int
    name: str
    title_label: str
    photo_url: str | None


class OrderPatientOut(Out):
    id: int
    name: str = Field(description="患者端打码；接诊医生可见全名")
    gender: str
    age: int | None


class OrderOut(Out):
    id: int
    number: str
    kind: KindName
    kind_label: str
    state: StateName
    state_label: str
    refund_state: str = Field(description="\"\" / requested 退款中 / refunded 已退款 / failed 退款失败")
    refund_label: str
    doctor: OrderDoctorOut
    department_name: str
    institution_name: str
    patient: OrderPatientOut
    for_relative: bool = Field(description="为家庭成员下单（凭授权）")
    price_fen: int
    window_hours: int
    created_at: _dt.datetime
    paid_at: _dt.datetime | None
    accept_by: _dt.datetime | None
    accepted_at: _dt.datetime | None
    ends_at: _dt.datetime | None
    finished_at: _dt.datetime | None
    reason: str
    conversation_id: int | None
    score: int | None
    can_pay: bool
    can_cancel: bool
    can_rate: bool
    can_chat: bool = Field(description="可进入问诊会话交流：已支付、未结束（支付前的病情图片也在会话中）")


class OrderEventOut(Out):
    event: str
    from_state: str
    to_state: str
    label: str
    actor_type: str
    note: str
    at: _dt.datetime


class RecordOut(Out):
    chief_complaint: str
    present_history: str
    past_history: str
    diagnosis: list[str]
    advice: str
    doctor_name: str
    signed_at: _dt.datetime | None
    updated_at: _dt.datetime


class OrderDetailOut(OrderOut):
    symptoms: str
    illness_duration: str
    visited_before: bool
    summary: str
    comment: str
    timeline: list[OrderEventOut]
    record: RecordOut | None = Field(description="诊疗记录：医生结束服务后可见")
    payment: PaymentOrderOut | None


class GroupCountOut(Out):
    key: str
    label: str
    count: int


class MyOrdersOut(Out):
    total: int
    groups: list[GroupCountOut]
    items: list[OrderOut]


class PayStartOut(Out):
    order: OrderOut
    payment: CheckoutOut


class ConsultRecordRowOut(Out):
    """One entry of the patient's 诊疗记录 (or of the doctor's 历史诊疗记录 of a patient)."""
    order_id: int
    number: str
    kind_label: str
    doctor_name: str
    department_name: str
    institution_name: str
    finished_at: _dt.datetime | None
    record: RecordOut


class DeskRowOut(OrderOut):
    symptoms: str
    unread: int
    last_at: _dt.datetime | None


class ColleagueOut(Out):
    id: int
    name: str
    title_label: str
    department_name: str


class DeskCountsOut(Out):
    new: int
    in_progress: int
    ending: int
    done_today: int


class DeskPageOut(Out):
    counts: DeskCountsOut
    total: int
    items: list[DeskRowOut]


class DeskOrderOut(DeskRowOut):
    illness_duration: str
    visited_before: bool
    summary: str
    comment: str
    timeline: list[OrderEventOut]
    record: RecordOut | None
    history_count: int = Field(description="该患者既往的诊疗记录数")
    can_accept: bool
    can_end: bool
    can_write: bool


class AdminOrderOut(OrderOut):
    account_id: int
    first_reply_at: _dt.datetime | None
    refunded_at: _dt.datetime | None


class AdminOrderDetailOut(AdminOrderOut):
    symptoms: str
    summary: str
    comment: str
    timeline: list[OrderEventOut]
    payment: PaymentOrderOut | None
