"""Request and answer shapes of consultations: the patient's phone (order, pay, cancel, rate, my
consultations, the record), the doctor's workstation (queue, accept, reject, transfer, record,
end) and the back office. Every string and number an edge accepts is bounded here."""
from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from core.inputs import Id
from core.outputs import Out, Page
from core.payments.schemas import MAX_FEN, OUT_REFUND_NO, CheckoutOut, RefundOut
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
    state: GroupOrState | None = Field(default=None,
                                       description="分组（unpaid/waiting/in_progress/done/cancelled）或具体状态")
    institution_id: Id | None = Field(default=None, description="医院")
    doctor_id: Id | None = None
    refund_state: Literal["requested", "refunded", "failed"] | None = Field(
        default=None, description="requested 退款中 / refunded 已退款 / failed 退款失败")
    number: str | None = Field(default=None, max_length=24, description="订单号（ZX 开头，完整）")
    date_from: _dt.date | None = Field(default=None, description="下单日期从（含）")
    date_to: _dt.date | None = Field(default=None, description="下单日期至（含）")

    @model_validator(mode="after")
    def _span(self):
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("开始日期不能晚于结束日期")
        return self


STATS_MAX_DAYS = 366


class StatsFilter(In):
    """The statistics' period (China calendar days, both included; the last 30 days by default) and hospital."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    date_from: _dt.date | None = Field(default=None, description="开始日期（含），缺省为近30天")
    date_to: _dt.date | None = Field(default=None, description="结束日期（含），缺省为今天")
    institution_id: Id | None = Field(default=None, description="医院")

    @model_validator(mode="after")
    def _span(self):
        if self.date_from and self.date_to:
            if self.date_from > self.date_to:
                raise ValueError("开始日期不能晚于结束日期")
            if (self.date_to - self.date_from).days >= STATS_MAX_DAYS:
                raise ValueError(f"统计区间不能超过{STATS_MAX_DAYS}天")
        return self


class AdminRefundIn(In):
    """A back-office refund of a consultation's payment: the whole remainder, or a part of it."""
    amount_fen: int | None = Field(default=None, ge=1, le=MAX_FEN,
                                   description="退款金额（分）；缺省为剩余可退的全部金额")
    reason: str = Field(min_length=2, max_length=80, description="退款原因（患者的退款消息中可见）")
    out_refund_no: str | None = Field(default=None, pattern=OUT_REFUND_NO,
                                      description="商户退款单号：同一单号重复提交是同一笔退款（超时重试、重复点击）")


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
    refunded_fen: int = Field(default=0, description="该订单支付已退回的金额（分，含部分退款）")


class AdminOrderDetailOut(AdminOrderOut):
    symptoms: str
    illness_duration: str
    summary: str
    comment: str
    rated_at: _dt.datetime | None
    timeline: list[OrderEventOut]
    payment: PaymentOrderOut | None
    refunds: list[RefundOut] = Field(description="该订单支付的全部退款（自动与后台）")
    remaining_fen: int = Field(description="尚可退款的金额（分）")
    can_refund: bool = Field(description="订单已结束、仍有可退金额，且当前账号有退款权限")


class AdminOrderPage(Page[AdminOrderOut]):
    groups: list[GroupCountOut] = Field(description="各分组的订单数（按其余筛选条件）")


class AdminRefundOut(Out):
    order: AdminOrderDetailOut
    refund: RefundOut


class DayCountOut(Out):
    day: _dt.date
    orders: int = Field(description="当日下单")
    paid: int = Field(description="其中已支付")
    completed: int = Field(description="其中已完成（已完成、已结束）")


class StatsSummaryOut(Out):
    orders: int
    paid: int = Field(description="已支付的订单")
    completed: int
    refunded_orders: int = Field(description="有退款（退款中、已退款、退款失败）的订单")
    paid_fen: int = Field(description="期间实收（按支付时间）")
    refunded_fen: int = Field(description="期间退款成功（按退款时间）")
    accepted: int = Field(description="医生已接诊")
    decided: int = Field(description="医生已处理：接诊、拒绝或超时未接诊（患者接诊前取消的不计）")
    acceptance_rate: float | None = Field(description="接诊率 = 接诊 / 已处理，0–1")
    replied: int = Field(description="医生已回复的接诊订单")
    avg_response_minutes: float | None = Field(description="接诊到医生首次回复的平均分钟数")
    median_response_minutes: float | None
    rated: int
    avg_score: float | None


class RatingsOut(Out):
    count: int
    average: float | None
    distribution: list[GroupCountOut] = Field(description="1–5 分各多少")


class DoctorStatsOut(Out):
    doctor_id: int
    name: str
    institution_name: str
    orders: int
    accepted: int
    completed: int
    avg_response_minutes: float | None
    rated: int
    avg_score: float | None


class ConsultStatsOut(Out):
    date_from: _dt.date
    date_to: _dt.date
    institution_id: int | None
    summary: StatsSummaryOut
    by_day: list[DayCountOut]
    by_state: list[GroupCountOut]
    response: list[GroupCountOut] = Field(description="首次回复时长分布（含“尚未回复”）")
    refunds: list[GroupCountOut] = Field(
        description="退款订单按原因：超时未接诊、医生拒绝、患者取消、医生取消接诊、后台退款（笔）")
    ratings: RatingsOut
    doctors: list[DoctorStatsOut]
