"""Request and answer shapes of consultations: the patient's phone (order, pay, cancel, rate, my
consultations, the record), the doctor's workstation (queue, accept, reject, transfer, record,
end) and the back office. Every string and number an edge accepts is bounded here."""
from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from core.doctors.schemas import OrderFormOut
from core.inputs import Id
from core.outputs import Out, Page
from core.payments.schemas import MAX_FEN, OUT_REFUND_NO, CheckoutOut, RefundOut
from core.payments.schemas import OrderOut as PaymentOrderOut
from core.rooms.schemas import RecordingOut as RoomRecordingOut

SYMPTOMS_MAX = 1000
REASON_MAX = 200
MAX_DIAGNOSES = 10
StateName = Literal["created", "waiting", "in_progress", "ended", "closed", "cancelled", "rejected", "expired",
                    "queued", "calling", "no_show"]
GroupOrState = Literal["unpaid", "waiting", "in_progress", "done", "cancelled", "created", "ended", "closed",
                       "rejected", "expired", "queued", "calling", "no_show"]
PeriodName = Literal["morning", "afternoon", "evening"]
KindName = Literal["text", "video"]


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# ---------------------------------------------------------------- patient side: in

class OrderIn(In):
    doctor_id: Id
    kind: KindName = Field(default="text", description="text 图文咨询 / video 视频问诊（须选 slot_id）")
    patient_id: Id = Field(description="就诊人：本人的，或家庭成员授权“在线问诊”（可代办）的")
    department_id: Id | None = Field(default=None, description="医生的执业科室；缺省为其主执业科室")
    symptoms: str = Field(min_length=10, max_length=SYMPTOMS_MAX, description="病情描述（10–1000 字）")
    illness_duration: str = Field(default="", max_length=32, description="患病时长，如“一周内”")
    visited_before: bool = Field(default=False, description="是否已在医院就诊过")
    slot_id: Id | None = Field(default=None, description="视频问诊：所选的医生排班时段（video-slots 中可预约的）")

    @model_validator(mode="after")
    def _slot_for_video(self):
        if self.slot_id is not None and self.kind != "video":
            raise ValueError("只有视频问诊需要选择时段（slot_id）")
        return self


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
    kind: KindName | None = Field(default=None, description="服务：text 图文咨询 / video 视频问诊")
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
    slot_day: _dt.date | None = Field(default=None, description="视频问诊：预约的出诊日期")
    slot_period: PeriodName | None = Field(default=None, description="视频问诊：预约的时段")
    slot_label: str = Field(default="", description="视频问诊：时段，如“12-08 上午 08:00–12:00”")
    room_id: int | None = Field(default=None, description="视频问诊：医生呼叫后的视频房间（/rooms/<id>/join）")


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


# ---------------------------------------------------------------- back office: video consultations

class VideoCallFilter(In):
    """The calls' list: rooms of video consultations by the China day they were opened."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    state: Literal["open", "ended"] | None = Field(default=None, description="open 进行中 / ended 已结束")
    institution_id: Id | None = Field(default=None, description="医院")
    doctor_id: Id | None = None
    number: str | None = Field(default=None, max_length=24, description="订单号（完整）")
    date_from: _dt.date | None = Field(default=None, description="开始日期（含）")
    date_to: _dt.date | None = Field(default=None, description="结束日期（含）")

    @model_validator(mode="after")
    def _span(self):
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("开始日期不能晚于结束日期")
        return self


class VideoParticipantOut(Out):
    id: int
    role: str
    role_label: str
    display: str = Field(description="患者与陪诊亲友打码，医生显示姓名")
    state: str = Field(description="admitted 已加入名单 / removed 已移出 / left 已离开")
    present: bool = Field(description="此刻在房间中")
    joined_at: _dt.datetime | None
    left_at: _dt.datetime | None
    removed_at: _dt.datetime | None
    recording_consent: bool | None = Field(description="是否同意录制；null 尚未表态")


class VideoCallOut(Out):
    """One call (a video room of a consultation order)."""
    room_id: int
    provider: str = Field(description="janus / trtc / builtin")
    state: str = Field(description="open 进行中 / ended 已结束")
    order_id: int | None
    number: str
    doctor_id: int | None
    doctor_name: str
    institution_name: str
    patient_name: str = Field(description="打码")
    created_at: _dt.datetime = Field(description="房间创建（医生呼叫）")
    started_at: _dt.datetime | None = Field(description="接通（第一位成员进入）；null 尚未接通")
    ended_at: _dt.datetime | None
    seconds: int | None = Field(description="通话时长（秒）：接通到结束，进行中的为至今")
    recording: bool = Field(description="此刻正在录制")
    present: int = Field(description="此刻在房间中的人数")
    participants: list[VideoParticipantOut]


class VideoCallPage(Page[VideoCallOut]):
    pass


class LiveCallsOut(Out):
    at: _dt.datetime = Field(description="统计时刻")
    items: list[VideoCallOut] = Field(description="进行中的视频房间，最早开始的在前")


class RoomEventOut(Out):
    id: int
    kind: str = Field(description="joined / left / removed / invited / accepted / recording_consent / "
                                  "recording_started / recording_stopped / ended（网络质量样本见 quality）")
    label: str
    participant: str = Field(description="成员（患者、亲友打码）")
    role_label: str
    note: str = Field(description="说明：离开原因、邀请对象、录制同意等")
    at: _dt.datetime


class QualitySummaryOut(Out):
    """One member's connection-quality samples of the call, summarised."""
    participant_id: int | None
    participant: str
    role_label: str
    samples: int
    levels: dict[str, int] = Field(description="各等级的样本数：good / fair / poor / lost")
    worst: str = Field(description="最差等级")
    avg_rtt_ms: float | None
    max_rtt_ms: int | None
    avg_packet_loss_pct: float | None
    max_packet_loss_pct: float | None
    avg_bitrate_kbps: float | None


class VideoCallDetailOut(VideoCallOut):
    order: AdminOrderOut | None
    events: list[RoomEventOut] = Field(description="房间轨迹：进出、移出、邀请、录制、结束")
    quality: list[QualitySummaryOut]
    recordings: list[RoomRecordingOut] = Field(description="录像；播放地址经 /api/admin/v1/rooms/<room_id>/recordings/"
                                                           "<id>/view 签发，每次查看留审计记录")


class VideoSummaryOut(Out):
    booked: int = Field(description="预约在期间、已支付的视频问诊订单")
    calls: int = Field(description="已结束的接通通话")
    avg_call_minutes: float | None = Field(description="平均通话时长（分钟）：接通到结束")
    median_call_minutes: float | None
    waited: int = Field(description="测得候诊时长的接诊（已签到且已接通）")
    avg_wait_minutes: float | None = Field(description="平均候诊时长（分钟）：签到到接通的那次呼叫")
    median_wait_minutes: float | None
    no_shows: int = Field(description="未应诊（爽约）")
    no_show_rate: float | None = Field(description="爽约率 = 未应诊 / （未应诊 + 已接通），0–1")
    missed_calls: int = Field(description="患者未接听的呼叫次数")
    rejected: int = Field(description="医生拒诊（退款）")
    left: int = Field(description="患者退出候诊或取消（退款）")
    expired: int = Field(description="时段结束未被呼叫（退款）")
    charged_fen: int = Field(description="已支付订单按下单价格的金额（分）")
    refunded_fen: int = Field(description="其中已退回（分）")
    revenue_fen: int = Field(description="收入 = 已支付 - 已退回（分）")


class VideoDayOut(Out):
    day: _dt.date
    booked: int
    calls: int
    no_shows: int
    missed_calls: int
    avg_call_minutes: float | None
    avg_wait_minutes: float | None
    revenue_fen: int


class VideoDoctorStatsOut(Out):
    doctor_id: int
    name: str
    institution_name: str
    price_fen: int | None = Field(description="医生当前的视频问诊价格（分）；null 未设置")
    price_enabled: bool = Field(description="视频问诊服务是否开通")
    booked: int
    calls: int
    avg_call_minutes: float | None
    median_call_minutes: float | None
    avg_wait_minutes: float | None
    no_shows: int
    no_show_rate: float | None
    missed_calls: int
    rejected: int
    revenue_fen: int


class VideoStatsOut(Out):
    date_from: _dt.date
    date_to: _dt.date
    institution_id: int | None
    summary: VideoSummaryOut
    by_day: list[VideoDayOut] = Field(description="按预约日期")
    doctors: list[VideoDoctorStatsOut]


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
        description="退款订单按原因：超时未接诊、医生拒绝、患者取消、医生取消接诊、患者退出候诊、后台退款（笔）")
    ratings: RatingsOut
    doctors: list[DoctorStatsOut]


# ---------------------------------------------------------------- video: the waiting room (video.py, queue.py)

class VideoSlotOut(Out):
    """One of a doctor's upcoming periods a video consultation can be booked for."""
    id: int = Field(description="排班时段（下单时的 slot_id）")
    day: _dt.date
    period: PeriodName
    period_label: str
    label: str = Field(description="如“12-08 上午 08:00–12:00”")
    starts_at: _dt.datetime
    ends_at: _dt.datetime
    check_in_from: _dt.datetime = Field(description="可签到的最早时间")
    department_id: int
    department_name: str
    capacity: int
    booked: int = Field(description="已预约（含待支付）")
    left: int = Field(description="剩余号源")
    can_book: bool


class VideoSlotsOut(Out):
    doctor_id: int
    price_fen: int | None = Field(description="视频问诊价格（分）；None：医生未开通视频问诊")
    notice: str = Field(description="预约须知（签到、呼叫与爽约规则），支付前展示给患者")
    slots: list[VideoSlotOut]


class ConsultOrderFormOut(OrderFormOut):
    """BFF: the order form, with the video slots to choose from when the doctor offers 视频问诊."""
    video: VideoSlotsOut | None = Field(default=None,
                                        description="视频问诊：可预约的时段与预约须知（医生未开通时为 None）")


class QueueStatusOut(Out):
    """The patient's view of a video order in the waiting room (also pushed on waiting:<order id>)."""
    order_id: int
    number: str
    state: StateName
    state_label: str
    slot_day: _dt.date
    slot_period: PeriodName
    slot_label: str
    starts_at: _dt.datetime
    ends_at: _dt.datetime
    check_in_from: _dt.datetime
    checked_in_at: _dt.datetime | None
    position: int | None = Field(description="排队位置：0 正在呼叫您，1 下一位；未签到或已就诊为 None")
    ahead: int | None = Field(description="前面还有几位")
    wait_minutes: int | None = Field(description="预计等待（分钟，按医生近期每位患者的平均用时）")
    pace_minutes: float = Field(description="医生近期每位患者的平均视频用时（分钟）")
    calls: int
    missed: int = Field(description="未接听的呼叫次数")
    no_show_calls: int = Field(description="未接听达到此次数即视为爽约（不退款）")
    call_until: _dt.datetime | None = Field(description="本次呼叫的接听截止时间")
    room_id: int | None = Field(description="医生呼叫后：视频房间，接听（answer）后加入 /rooms/<id>/join")
    topic: str = Field(description="实时推送的主题（waiting:<订单id>）")
    notice: str
    can_check_in: bool
    can_leave: bool
    can_answer: bool


class VideoQueueEntryOut(Out):
    order_id: int
    number: str
    patient: OrderPatientOut
    symptoms: str
    state: StateName
    state_label: str
    position: int | None = Field(description="0 呼叫中；1 起为排队位置；未签到为 None")
    wait_minutes: int | None
    checked_in_at: _dt.datetime | None
    calls: int
    missed: int
    called_at: _dt.datetime | None
    room_id: int | None


class VideoSlotQueueOut(Out):
    day: _dt.date
    period: PeriodName
    label: str
    starts_at: _dt.datetime
    ends_at: _dt.datetime
    capacity: int | None = Field(description="号源（排班已删除时为 None）")
    booked: int
    queue: list[VideoQueueEntryOut] = Field(description="已签到的患者，按就诊顺序（呼叫中的在前）")
    not_checked_in: list[VideoQueueEntryOut] = Field(description="已支付、尚未签到")
    done: int = Field(description="本时段已接诊（问诊中、已完成）")


class VideoDeskOut(Out):
    """The doctor's video waiting room: today's slots with their queues."""
    day: _dt.date
    pace_minutes: float
    active_order_id: int | None = Field(description="正在呼叫或通话中的订单（同一时间只有一个）")
    call_seconds: int
    no_show_calls: int
    slots: list[VideoSlotQueueOut]


class VideoDayQuery(In):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    day: _dt.date | None = Field(default=None, description="日期（YYYY-MM-DD），缺省为今天")


class CallNextIn(In):
    day: _dt.date | None = Field(default=None, description="时段的日期；缺省为今天有人候诊的第一个时段")
    period: PeriodName | None = None

    @model_validator(mode="after")
    def _both(self):
        if (self.day is None) != (self.period is None):
            raise ValueError("day 与 period 须同时给出")
        return self


class CallOut(Out):
    order: DeskOrderOut
    room_id: int
