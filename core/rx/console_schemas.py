"""Request and answer shapes of 审方管理 (core/rx/console.py): the list's filters, its rows, the
review statistics. Every string and number an edge accepts is bounded here."""
from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.inputs import Id
from core.outputs import Out

RxState = Literal["draft", "pending_review", "approved", "rejected", "appealed", "void", "revoked", "expired"]
STATE_LABELS = {"draft": "草稿", "pending_review": "待审核", "approved": "审核通过", "rejected": "审核拒绝",
                "appealed": "申诉中", "void": "已作废", "revoked": "已撤回", "expired": "已过期"}
KIND_LABELS = {"western": "西药/中成药", "herbal": "中草药"}
PREGNANCY_LABELS = {"none": "", "pregnant": "妊娠", "lactating": "哺乳"}
STATS_MAX_DAYS = 366


class RxConsoleFilter(BaseModel):
    """审方管理's filters (China calendar days of prescribing, both included)."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    date_from: _dt.date | None = Field(default=None, description="开方日期从（含）")
    date_to: _dt.date | None = Field(default=None, description="开方日期至（含）")
    institution_id: Id | None = Field(default=None, description="医院")
    department_id: Id | None = Field(default=None, description="科室")
    doctor_id: Id | None = Field(default=None, description="医生")
    state: RxState | None = Field(default=None, description="审核状态")
    drug: str | None = Field(default=None, max_length=32, description="药品（编码、通用名、商品名或拼音首字母，模糊）")
    diagnosis: str | None = Field(default=None, max_length=32, description="诊断（ICD-10 编码前缀或名称，模糊）")
    pharmacist: str | None = Field(default=None, max_length=32, description="审方药师姓名或账号（模糊）")
    modified: bool | None = Field(default=None, description="仅医生已修改的处方")
    problem: bool | None = Field(default=None, description="仅问题处方")

    @model_validator(mode="after")
    def _span(self):
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("开始日期不能晚于结束日期")
        return self


class RxStatsFilter(BaseModel):
    """The statistics' period (China days, both included; the last 30 days by default) and hospital."""
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


class CodeNameOut(Out):
    code: str
    name: str


class RxConsoleRowOut(Out):
    """One prescription of 审方管理 (the patient's name masked)."""
    id: int
    number: str
    kind: str
    state: str
    state_label: str
    created_at: _dt.datetime
    signed_at: _dt.datetime | None
    reviewed_at: _dt.datetime | None
    institution_id: int
    institution_name: str
    department_id: int
    department_name: str
    doctor_id: int
    doctor_name: str
    patient_name: str
    sex: str
    age_months: int | None
    pregnancy: str
    diagnoses: list[CodeNameOut]
    drugs: list[str]
    total_fen: int
    finding_level: str
    problem: bool
    modified: bool
    appealed: bool
    reviewer_id: int | None
    reviewer_name: str
    review_url: str = Field(description="药师审方页面")


class RxConsolePage(Out):
    """One page; `total_capped` when more than `total` rows match (the count stops there)."""
    total: int
    total_capped: bool
    page: int
    page_size: int
    items: list[RxConsoleRowOut]


class CountOut(Out):
    key: str
    label: str
    count: int


class RxStatsSummaryOut(Out):
    signed: int = Field(description="期间签名提交的处方")
    reviewed: int = Field(description="其中已有药师决定的")
    reviewed_share: float | None = Field(description="已审比例（0–1）")
    passed: int
    rejected: int
    pending: int
    problem: int
    median_seconds: float | None = Field(description="签名到药师首次决定的中位时间（秒）")
    p90_seconds: float | None


class RxStatsDayOut(Out):
    day: _dt.date
    signed: int
    reviewed: int
    rejected: int
    median_seconds: float | None


class RxStatsPharmacistOut(Out):
    id: int | None
    name: str
    reviews: int
    passed: int
    rejected: int
    median_seconds: float | None
    p90_seconds: float | None


class RxStatsOut(Out):
    date_from: _dt.date
    date_to: _dt.date
    summary: RxStatsSummaryOut
    reasons: list[CountOut]
    days: list[RxStatsDayOut]
    pharmacists: list[RxStatsPharmacistOut]
