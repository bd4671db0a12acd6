"""Request shapes of record-copy requests (the photos and the PDF come as multipart files)."""
from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.dicts.schemas import DictItemOut, DictKindOut  # noqa: F401 (the console's API answers them)
from core.inputs import EditIn, Id
from core.outputs import Out
from core.payments.schemas import CheckoutOut, OrderOut


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# ------------------------------------------------------------------ patient side

class IdentityForm(In):
    """The form fields that come with the multipart `id_photo` and `face_photo`."""

    patient_id: Id
    # As read from the ID card; compared with the patient (就诊人) on file.
    id_number: str | None = Field(default=None, max_length=32)
    name: str | None = Field(default=None, max_length=64)


class MailDetail(In):
    recipient: str = Field(min_length=1, max_length=32)
    phone: str = Field(pattern=r"^1\d{10}$")
    address: str = Field(min_length=5, max_length=200)


Delivery = Literal["download", "mail", "pickup"]


class SubmitIn(In):
    institution_id: Id
    patient_id: Id
    identity_check_id: Id
    admission_ids: list[str] = Field(min_length=1, max_length=20)
    purpose: str = Field(min_length=1, max_length=32)
    contents: list[str] = Field(min_length=1, max_length=20)
    delivery: Delivery = "download"
    delivery_detail: MailDetail | None = None

    @model_validator(mode="after")
    def _mail_needs_address(self) -> "SubmitIn":
        if self.delivery == "mail" and self.delivery_detail is None:
            raise ValueError("邮寄须填写收件人、电话和地址")
        return self


Group = Literal["reviewing", "rejected", "in_progress", "done"]


# ------------------------------------------------------------------ console

State = Literal["submitted", "under_review", "approved", "rejected", "paid", "in_preparation", "ready",
                "downloaded", "expired"]


class RequestFilters(In):
    state: State | None = None
    institution_id: Id | None = None
    purpose: str | None = Field(default=None, max_length=32)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str | None = Field(default=None, max_length=64)  # request number or the patient's name


class ReviewIn(In):
    approve: bool
    reason: str = Field(default="", max_length=500)  # required (non-blank) to reject


class BatchReviewIn(ReviewIn):
    request_ids: list[Id] = Field(min_length=1, max_length=200)


class StatsQuery(In):
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    group_by: Literal["state", "institution", "day"] = "state"


class ReviewModeIn(In):
    mode: Literal["manual", "auto"]


class RoomIn(In):
    enabled: bool | None = None
    review_mode: Literal["manual", "auto"] | None = None
    fee_cents: int | None = Field(default=None, ge=0, le=1_000_000)
    his_kind: str | None = Field(default=None, min_length=1, max_length=32)
    his_config: dict[str, Any] | None = None
    contact_phone: str | None = Field(default=None, max_length=32)
    notice: str | None = Field(default=None, max_length=2000)


class DepartmentIn(In):
    code: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_\-]+$")
    name: str = Field(min_length=1, max_length=64)


class DepartmentUpdateIn(EditIn):
    name: str | None = Field(default=None, min_length=1, max_length=64)
    active: bool | None = None


class DictItemIn(In):
    code: str = Field(min_length=1, max_length=32, pattern=r"^[a-z0-9_]+$")
    label: str = Field(min_length=1, max_length=64)
    sort: int = Field(default=0, ge=0, le=100000)
    active: bool = True


class DictItemUpdateIn(EditIn):
    label: str | None = Field(default=None, min_length=1, max_length=64)
    sort: int | None = Field(default=None, ge=0, le=100000)
    active: bool | None = None


class RoomOut(Out):
    """An institution's record room settings (the institution's own contact phone, not personal data)."""
    institution_id: int
    name: str
    code: str
    enabled: bool
    review_mode: str
    fee_cents: int
    his_kind: str
    contact_phone: str
    notice: str


class DepartmentOut(Out):
    id: int
    institution_id: int
    code: str
    name: str
    active: bool





# ------------------------------------------------------------------ answers
# What core/records/service.py answers, as the handlers send it through these models. Personal
# data is masked as the service masks it (the patient's name, the mail recipient's phone; the
# console's patient unless revealed).

class RecordCodeOut(Out):
    code: str
    label: str


class AdmissionOut(Out):
    """An archived inpatient stay as the institution's HIS names it (core.his.adapter.Admission)."""
    id: str = Field(description="HIS 中该次住院的标识（提交申请时的 admission_ids）")
    visit_no: str = Field(description="住院号")
    department: str
    admitted_on: dt.date
    discharged_on: dt.date | None
    diagnosis: str


class MailDetailOut(Out):
    recipient: str
    phone: str = Field(description="收件人电话（脱敏）")
    address: str


class NoDetailOut(Out):
    """No delivery detail: downloaded or picked up at the hospital."""


class RequestStateOut(Out):
    state: State
    state_label: str
    state_color: str = Field(description="管理端列表中该状态的颜色（#rrggbb）")


class RequestOut(RequestStateOut):
    """A record-copy request as a list shows it (core.records.service._summary)."""
    id: int
    number: str = Field(description="申请号")
    institution_id: int
    institution: str = Field(description="医疗机构名称")
    patient_id: int
    patient_name: str = Field(description="就诊人姓名（脱敏）")
    requester_id: int = Field(description="提交申请的小程序账号")
    on_behalf: bool = Field(description="是否凭家庭授权为他人申请")
    purpose: str = Field(description="复印用途（字典 record_purpose 的编码）")
    purpose_label: str
    contents: list[RecordCodeOut] = Field(description="复印内容（字典 record_content）")
    admissions: list[AdmissionOut] = Field(description="申请复印的住院记录")
    reason: str = Field(description="拒绝原因（未拒绝时为空）")
    fee_cents: int = Field(description="复印费用（分）")
    paid_at: dt.datetime | None
    created_at: dt.datetime
    ready_at: dt.datetime | None = Field(description="复印件准备好的时间")
    expires_at: dt.datetime | None = Field(description="复印件下载截止时间")
    download_count: int
    document_source: Literal["upload", "generated"] | None = Field(
        description="复印件来源：病案室上传或由HIS结构化病历生成；尚无复印件时为空")
    delivery: Delivery
    delivery_label: str
    detail: MailDetailOut | NoDetailOut = Field(description="邮寄时的收件信息；在线下载与到院自取为空对象")


class TimelineEntryOut(Out):
    at: dt.datetime
    from_state: State | Literal[""] = Field(description="之前的状态；提交时为空")
    to_state: State
    label: str = Field(description="之后状态的名称")
    actor_type: Literal["patient", "admin", "system"]
    note: str


class PatientRequestOut(RequestOut):
    """A request with its tracking timeline and what the patient can do next."""
    timeline: list[TimelineEntryOut]
    can_pay: bool
    can_download: bool


class RequestGroupOut(Out):
    key: Group
    label: str
    count: int


class RequestGroupCountsOut(Out):
    reviewing: int
    rejected: int
    in_progress: int
    done: int


class MyRequestsOut(Out):
    """The phone's requests (made by the account, or about its own patients), newest first."""
    total: int = Field(description="符合 state 筛选的申请数")
    counts: RequestGroupCountsOut = Field(description="各分组的申请数（不受 state 筛选影响）")
    groups: list[RequestGroupOut]
    items: list[RequestOut]


class RecordInstitutionOut(Out):
    """An institution whose record room takes online requests."""
    id: int
    name: str
    address: str
    contact_phone: str = Field(description="病案室联系电话")
    notice: str = Field(description="申请须知")
    fee_cents: int = Field(description="复印费用（分），0 为免费")


class FormOptionsOut(Out):
    purposes: list[DictItemOut] = Field(description="复印用途")
    contents: list[DictItemOut] = Field(description="复印内容")
    deliveries: list[RecordCodeOut] = Field(description="领取方式：download / mail / pickup")


class CheckedInstitutionOut(Out):
    id: int
    name: str
    fee_cents: int
    notice: str


class NamedPatientOut(Out):
    id: int
    name: str = Field(description="脱敏")


class ArchivedOut(FormOptionsOut):
    """The patient's archived stays at the institution, with what the request form offers."""
    institution: CheckedInstitutionOut
    patient: NamedPatientOut
    mrn: str = Field(description="HIS 中的病案号")
    identity_check_id: int = Field(description="提交申请时使用的身份核验")
    admissions: list[AdmissionOut]


class IdentityProblemOut(Out):
    code: str
    message: str


class IdentityCheckOut(Out):
    """An identity check, stored passed or failed (the evidence the record room reviews)."""
    id: int
    patient_id: int
    outcome: Literal["passed", "failed"]
    passed: bool
    problems: list[IdentityProblemOut] = Field(description="未通过的原因")
    message: str
    valid_until: dt.datetime | None = Field(description="通过时：在此之前可凭本次核验提交申请")


class DownloadLinkOut(Out):
    url: str = Field(description="限时签名下载链接（无需令牌）")
    expires_in: int = Field(description="链接有效秒数")
    expires_at: dt.datetime
    copy_expires_at: dt.datetime = Field(description="复印件本身的下载截止时间")


class RecordsHomeOut(Out):
    """The 一键病案 home of the mini-program in one round trip."""
    groups: list[RequestGroupOut]
    total: int = Field(description="本人的申请总数")
    recent: list[RequestOut] = Field(description="最近的申请（至多10条）")
    unread_messages: int
    institutions: list[RecordInstitutionOut]


class RequestPatientOut(Out):
    """The patient of a request; name, ID number and phone masked unless revealed."""
    id: int
    name: str | None
    id_number: str | None
    phone: str | None


class IdentityEvidenceOut(Out):
    id: int
    verifier: str = Field(description="核验方式")
    outcome: Literal["passed", "failed"]
    reason: str = Field(description="未通过的原因")
    distance: float | None = Field(description="人脸距离（越小越像）")
    threshold: float | None = Field(description="通过的距离阈值")
    at: dt.datetime
    id_photo_url: str | None = Field(description="身份证照片的限时链接")
    face_photo_url: str | None = Field(description="现场人脸照片的限时链接")


class ConsoleRequestOut(RequestOut):
    """A request in the console: the patient, the identity evidence, the timeline."""
    patient: RequestPatientOut
    identity: IdentityEvidenceOut | None
    timeline: list[TimelineEntryOut]
    reviewed_by: str | None = Field(description="审核人用户名")
    allowed: list[str] = Field(description="当前状态下允许的操作")
    has_copy: bool


class ReviewedOut(RequestStateOut):
    id: int
    number: str
    reason: str = Field(description="拒绝原因（通过时为空）")


class CopyReadyOut(RequestStateOut):
    """The copy stored and the request ready for download."""
    id: int
    number: str
    pages: int
    document_source: Literal["upload", "generated"]
    ready_at: dt.datetime
    expires_at: dt.datetime


class RequestStateCountOut(Out):
    key: State
    label: str
    color: str
    count: int


class RequestKeyCountOut(Out):
    key: int | str = Field(description="机构ID（按机构）或日期 YYYY-MM-DD（按日）")
    label: str
    count: int


class CopyCountsOut(Out):
    upload: int = Field(description="复印件由病案室上传")
    generated: int = Field(description="复印件由HIS生成")
    none: int = Field(description="尚无复印件")


class RequestStatsOut(Out):
    """Counts of requests over a period; rows by state carry the state's colour."""
    group_by: Literal["state", "institution", "day"]
    total: int
    rows: list[RequestStateCountOut | RequestKeyCountOut]
    copies: CopyCountsOut


# ------------------------------------------------------------------ payment (patient side)

class RequestPaymentOut(Out):
    """Where a request stands with its fee: the state, whether it was paid, its latest payment order."""
    request_id: int
    state: str
    state_label: str
    paid: bool
    order: OrderOut | None


class PayStartOut(RequestPaymentOut):
    """The payment order and the signed parameters the payer's WeChat pays with."""
    payment: CheckoutOut
