"""Request and answer shapes of the assessment domain."""
from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, field_validator, model_validator

from core import idcard
from core.inputs import EditIn, Id, PageNo
from core.outputs import ImportReportOut, Out


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PhysicianCreateIn(In):
    name: str = Field(min_length=1, max_length=64)
    id_number: str
    phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    institution_id: Id
    practice_category: str = Field(default="临床", max_length=32)
    specialty: str = Field(default="", max_length=64)
    license_no: str = Field(default="", max_length=32)

    @field_validator("id_number")
    @classmethod
    def _valid_id(cls, v: str) -> str:
        p = idcard.problem(v)
        if p:
            raise ValueError(p)
        return idcard.normalize(v)


class PhysicianUpdateIn(EditIn):
    clearable = frozenset({"phone"})  # the column is nullable; null removes the number
    name: str | None = Field(default=None, min_length=1, max_length=64)
    phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    practice_category: str | None = Field(default=None, max_length=32)
    specialty: str | None = Field(default=None, max_length=64)
    license_no: str | None = Field(default=None, max_length=32)


# ----------------------------------------------------------------- cycles

Procedure = Literal["general", "simple", "exempt"]


class CycleSettingsIn(In):
    """The settings and content of a cycle (seed 000 考核设置); versioned, frozen once open."""

    filing_starts: _dt.date
    filing_ends: _dt.date
    procedures_allowed: list[Procedure] = Field(min_length=1)
    pass_mark: float = Field(ge=0, le=100)
    exam_blueprint_ref: str = Field(default="", max_length=64)
    simple_requires_exam: bool = False
    makeup_starts: _dt.date
    makeup_ends: _dt.date
    content: str = Field(default="", max_length=5000, description="考核内容说明")

    @model_validator(mode="after")
    def _order(self):
        if self.filing_ends < self.filing_starts:
            raise ValueError("填报截止日期不能早于开始日期")
        if self.makeup_ends < self.makeup_starts:
            raise ValueError("补考截止日期不能早于开始日期")
        return self


class CycleCreateIn(In):
    code: str = Field(min_length=1, max_length=32, pattern=r"^[0-9A-Za-z\-]+$")
    name: str = Field(min_length=1, max_length=64)
    settings: CycleSettingsIn


# ----------------------------------------------------------------- filing sections
# Seed 000 填报信息: one schema per section, one mechanism to save and check them.

class BasicInfo(In):
    gender: Literal["男", "女"]
    birth_date: _dt.date
    education: str = Field(min_length=1, max_length=32)
    title: str = Field(default="", max_length=32, description="专业技术职称")
    department: str = Field(default="", max_length=64)


class PracticeInfo(In):
    license_no: str = Field(min_length=1, max_length=32)
    practice_category: str = Field(min_length=1, max_length=32)
    practice_scope: str = Field(min_length=1, max_length=64)
    practice_place: str = Field(min_length=1, max_length=128)
    first_registered_on: _dt.date | None = None


class Site(In):
    institution_name: str = Field(min_length=1, max_length=128)
    since: _dt.date | None = None


class MultiSite(In):
    sites: list[Site] = Field(default_factory=list, max_length=20)


class EducationItem(In):
    school: str = Field(min_length=1, max_length=128)
    major: str = Field(default="", max_length=64)
    degree: str = Field(default="", max_length=32)
    start: _dt.date | None = None
    end: _dt.date | None = None


class Education(In):
    items: list[EducationItem] = Field(min_length=1, max_length=20)


class WorkItem(In):
    employer: str = Field(min_length=1, max_length=128)
    position: str = Field(default="", max_length=64)
    start: _dt.date | None = None
    end: _dt.date | None = None


class WorkHistory(In):
    items: list[WorkItem] = Field(min_length=1, max_length=40)


class Performance(In):
    summary: str = Field(min_length=1, max_length=5000, description="工作成绩")
    workload: str = Field(default="", max_length=2000)


class Ethics(In):
    statement: str = Field(min_length=1, max_length=5000, description="职业道德")
    violations: bool = False


class ProcedureChoice(In):
    procedure: Procedure


class Exemption(In):
    reason: str = Field(min_length=1, max_length=2000, description="申请免考理由")


SECTIONS: dict[str, type[In]] = {
    "basic": BasicInfo, "practice": PracticeInfo, "multi_site": MultiSite, "education": Education,
    "work_history": WorkHistory, "performance": Performance, "ethics": Ethics,
    "procedure": ProcedureChoice, "exemption": Exemption,
}
SECTION_LABELS = {
    "basic": "基本信息", "practice": "执业信息", "multi_site": "多机构备案", "education": "教育经历",
    "work_history": "工作经历", "performance": "工作成绩", "ethics": "职业道德", "procedure": "考核程序",
    "exemption": "免考申请",
}
REQUIRED = {
    "general": ("basic", "practice", "education", "work_history", "performance", "ethics", "procedure"),
    "simple": ("basic", "practice", "performance", "ethics", "procedure"),
    "exempt": ("basic", "practice", "procedure", "exemption"),
}


class ReviewIn(In):
    enrolment_ids: list[Id] = Field(min_length=1, max_length=500)
    decision: Literal["approve", "reject"]
    reason: str = Field(default="", max_length=500)


class EnrolIn(In):
    physician_ids: list[Id] = Field(min_length=1, max_length=1000)


class MakeupDecisionIn(In):
    enrolment_ids: list[Id] = Field(min_length=1, max_length=1000)
    confirm: bool


class ScoreIn(In):
    score: float = Field(ge=0, le=100)
    makeup: bool = False


class BindIn(In):
    id_number: str = Field(min_length=15, max_length=18)
    name: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    # Needed only when the physician is bound to another WeChat account: the one-time code
    # the institution issued (换绑码); the password alone never moves a binding.
    rebind_code: str | None = Field(default=None, min_length=6, max_length=32)


class PhysicianLoginIn(In):
    id_number: str = Field(min_length=15, max_length=18)
    password: str = Field(min_length=1, max_length=256)
    # Required after failures (the answer then says accounts.captcha_required): GET /assessment/captcha.
    captcha_id: str | None = Field(default=None, max_length=64)
    captcha_answer: str | None = Field(default=None, max_length=16)


class PhysicianPasswordIn(In):
    old_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(min_length=1, max_length=256)


class TransferIn(In):
    to_institution_id: Id
    reason: str = Field(default="", max_length=255)


class CertificateBatchIn(In):
    cycle_id: Id
    enrolment_ids: list[Id] | None = Field(default=None, min_length=1, max_length=1000)
    institution_id: Id | None = None


# ----------------------------------------------------------------- statistics (query strings)

class StatsQuery(In):
    cycle_id: Id
    level: Literal["auto", "city", "county", "institution"] = "auto"


class StatsInstitutionsQuery(In):
    cycle_id: Id
    region_id: Id | None = None
    q: str | None = Field(default=None, max_length=64)
    page: PageNo = 1
    page_size: int = Field(default=20, ge=1, le=200)


class StatsTrendQuery(In):
    cycle_id: Id
    since: _dt.date | None = None
    until: _dt.date | None = None


class StatsDistributionQuery(In):
    cycle_id: Id
    by: Literal["result", "state", "procedure", "makeup"] = "result"


class StatsExportQuery(In):
    """Every filter an exported table may take; each table reads those it knows."""

    cycle_id: Id
    level: Literal["auto", "city", "county", "institution"] = "auto"
    region_id: Id | None = None
    q: str | None = Field(default=None, max_length=64)
    since: _dt.date | None = None
    until: _dt.date | None = None
    by: Literal["result", "state", "procedure", "makeup"] = "result"


class StatsItemsQuery(In):
    """Item analysis of a cycle's exam, optionally of one specialty's blueprint."""

    cycle_id: Id
    specialty: str | None = Field(default=None, min_length=1, max_length=64)


class StatsColumnOut(Out):
    key: str
    label: str


class StatsRegionOut(Out):
    """A statistics table by region (core.assessment.stats._by_region): one row per region
    with its counts and rates, keyed by the columns' keys, and the total of those."""
    cycle_id: int
    level: str
    title: str
    columns: list[StatsColumnOut]
    rows: list[dict[str, Any]]
    total: dict[str, int | float]


class StatsTrendOut(Out):
    """Per day filing and review counts; each row carries `day` and one count per series key."""
    cycle_id: int
    series: list[StatsColumnOut]
    rows: list[dict[str, Any]]


class StatsShareOut(Out):
    """One slice; `key` is null for the slice of those without a value yet (e.g. no result)."""
    key: str | None
    label: str
    count: int


class StatsDistributionOut(Out):
    cycle_id: int
    by: str
    items: list[StatsShareOut]
    total: int


class StatsInstitutionOut(Out):
    """One institution's assessment progress (core.assessment.stats.progress_by_institution): the
    counts of the progress table and its rates, each a fraction from 0 to 1 (0 over nothing)."""
    id: int
    name: str
    code: str
    region_id: int | None = Field(description="所属地区（上级机构）")
    region_name: str
    enrolled: int = Field(description="参加人数")
    filed: int = Field(description="已填报")
    institution_reviewed: int = Field(description="机构已审核")
    approved: int = Field(description="复核通过")
    rejected: int = Field(description="被驳回")
    exam_taken: int = Field(description="已考试")
    passed: int = Field(description="合格")
    failed: int = Field(description="不合格")
    makeup_listed: int = Field(description="列入补考")
    makeup_confirmed: int = Field(description="确认补考")
    makeup_passed: int = Field(description="补考合格")
    exempt: int = Field(description="免考")
    filing_rate: float = Field(description="填报率：已填报 / 参加人数")
    review_rate: float = Field(description="审核率：机构已审核 / 已填报")
    approval_rate: float = Field(description="复核通过率：复核通过 / 已填报")
    exam_rate: float = Field(description="参考率：已考试 / 复核通过")
    pass_rate: float = Field(description="合格率：（合格 + 补考合格 + 免考）/ 参加人数")


class StatsBlueprintOut(Out):
    blueprint_id: int
    specialty: str
    name: str
    sessions: int


class StatsItemsOut(Out):
    """Item analysis: per question facility and discrimination, keyed by the columns' keys."""
    cycle_id: int
    title: str
    blueprints: list[StatsBlueprintOut]
    columns: list[StatsColumnOut]
    rows: list[dict[str, Any]]


class PhysicianOut(Out):
    """A physician's record; `name`, `id_number` and `phone` masked unless revealed."""
    id: int
    institution_id: int | None
    practice_category: str
    specialty: str
    license_no: str
    mp_account_id: int | None = Field(description="绑定的小程序账号（未绑定时为空）")
    name: str | None
    id_number: str | None
    phone: str | None


class InstitutionOut(Out):
    """An assessment institution; `contact_name` and `contact_phone` masked."""
    id: int
    name: str
    kind: str
    code: str
    parent_id: int | None
    address: str
    contact_name: str | None
    contact_phone: str | None


class AttachmentOut(Out):
    name: str | None
    key: str | None
    size: int | None
    content_type: str | None


class ApplicationOut(Out):
    """An application to become an assessment institution, with its attachments' descriptions."""
    id: int
    org_id: int
    org_name: str
    org_code: str
    org_kind: str
    status: str = Field(description="submitted / approved / rejected")
    status_label: str
    statement: str
    reason: str
    reviewed_by_id: int | None
    reviewed_at: _dt.datetime | None
    created_at: _dt.datetime
    attachments: list[AttachmentOut]


class AssignmentOut(Out):
    """The assessment institution designated for a region or institution."""
    id: int
    target_id: int
    target_name: str
    target_kind: str
    assessment_org_id: int
    assessment_org_name: str
    assigned_by_id: int | None
    updated_at: _dt.datetime


class UnassignedOut(Out):
    deleted: bool
    target_id: int


class PhysicianTokenOut(Out):
    """The physician's PC sign-in: a bearer token, and whether the password must be changed first."""
    access_token: str
    token_type: Literal["Bearer"]
    expires_in: int
    physician_id: int
    password_change_required: bool


class FilingSubmittedOut(Out):
    enrolment_id: int
    state: str
    state_label: str


class PasswordChangedOut(Out):
    """A mini-program account changed the physician's password: its WeChat tokens stay valid."""
    changed: bool


class PasswordChangedTokenOut(Out):
    """The physician on PC changed the password: every older token is revoked, here is a new one."""
    changed: bool
    access_token: str
    token_type: Literal["Bearer"]
    expires_in: int


class PasswordChangeOut(RootModel[PasswordChangedTokenOut | PasswordChangedOut]):
    """Either shape, by who asked: a PC token (ID number + password) gets a new token, a
    mini-program account does not (its tokens do not come from the password)."""


class FilingCycleOut(Out):
    id: int
    name: str
    filing_starts: _dt.date
    filing_ends: _dt.date
    procedures_allowed: list[Procedure]


class FilingSectionOut(Out):
    key: str = Field(description="栏目：basic / practice / multi_site / education / work_history / "
                                 "performance / ethics / procedure / exemption")
    label: str
    data: dict[str, Any] | None = Field(description="已保存的内容（栏目的模型见 PUT /filing/sections/{section}），"
                                                     "未填时为空")


class TrailStepOut(Out):
    """One step of the review trail: who (level) did what, into which state, why."""
    level: str = Field(description="physician / institution / assessment / province")
    action: str
    to: str = Field(description="之后的状态")
    reason: str
    at: _dt.datetime


class ReviewStepOut(TrailStepOut):
    from_: str = Field(alias="from", description="之前的状态")


class FilingOut(Out):
    """The physician's filing of the open cycle: every section, the review state and trail."""
    cycle: FilingCycleOut
    enrolment_id: int
    state: str
    state_label: str
    editable: bool = Field(description="当前状态下能否修改填报")
    procedure: str | None = Field(description="general / simple / exempt")
    reason: str = Field(description="最近一次驳回的原因")
    sections: list[FilingSectionOut]
    trail: list[TrailStepOut]


class SectionSavedOut(Out):
    enrolment_id: int
    section: str
    data: dict[str, Any] = Field(description="保存后的栏目内容")
    state: str


class MyResultOut(Out):
    """One cycle's outcome for the calling physician."""
    enrolment_id: int
    cycle: str
    cycle_code: str
    state: str
    procedure: str | None = Field(description="general / simple / exempt")
    exam_score: float | None
    makeup: str = Field(description="none / listed / confirmed / refused")
    makeup_score: float | None
    result: str | None = Field(description="pass / fail / makeup_pass / exempt")
    result_label: str
    certifiable: bool = Field(description="可以申领证书")
    reason: str


class CycleCreatedOut(Out):
    id: int
    code: str
    status: str
    version: int = Field(description="设置的版本号")


class CycleVersionOut(Out):
    id: int
    version: int = Field(description="设置的版本号")


class CycleStatusOut(Out):
    id: int
    status: str


class PersonOut(Out):
    """A physician's personal fields, masked."""
    name: str | None
    id_number: str | None
    phone: str | None


class PhysicianBoundOut(PersonOut):
    """The physician record the account is now bound to; personal fields masked."""
    physician_id: int


class EnrolmentOut(Out):
    """A physician's enrolment in a cycle (state, scores, result); personal fields masked."""
    id: int
    cycle_id: int
    physician_id: int
    institution_id: int
    assessment_org_id: int | None
    confirmed: bool
    procedure: str | None = Field(description="general / simple / exempt")
    state: str
    state_label: str
    reason: str
    exam_score: float | None
    makeup: str = Field(description="none / listed / confirmed / refused")
    makeup_score: float | None
    result: str | None = Field(description="pass / fail / makeup_pass / exempt")
    physician: PersonOut


class EnrolmentDetailOut(EnrolmentOut):
    """One enrolment with its filing (section key → content) and review trail."""
    filing: dict[str, Any]
    trail: list[ReviewStepOut]


class EnrolmentCancelledOut(Out):
    id: int
    confirmed: bool


class ScoreOut(Out):
    id: int
    exam_score: float | None
    makeup_score: float | None
    makeup: str
    result: str | None


class PhysicianPasswordOut(Out):
    id: int
    initial_password: str = Field(description="只出现这一次；首次登录时须修改")


class TransferredOut(Out):
    id: int
    institution_id: int


class HistoryRowOut(Out):
    enrolment_id: int
    cycle: str
    state: str
    result: str | None
    exam_score: float | None
    makeup_score: float | None


class HistoryOut(Out):
    items: list[HistoryRowOut]


class EffectiveAssignmentOut(Out):
    """The assessment institution that applies to an org: its own designation or the nearest ancestor's."""
    org_id: int
    assessment_org_id: int | None
    assessment_org_name: str | None
    designated_for_id: int | None
    designated_for_name: str | None
    inherited: bool


class BadRecordOut(Out):
    """A bad record of a physician; the physician's personal fields masked."""
    id: int
    physician_id: int
    institution_id: int | None
    physician: PersonOut
    occurred_on: _dt.date
    category: str
    description: str
    source: str
    imported_at: _dt.datetime


class BadRecordImportedOut(Out):
    """A bad record written by an import."""
    row: int = Field(description="上传文件中的行号")
    bad_record_id: int
    physician_id: int


BadRecordImportOut = ImportReportOut[BadRecordImportedOut]


class CycleVersionRowOut(Out):
    version: int
    settings: dict
    created_at: _dt.datetime
    created_by_id: int | None


class CycleOut(Out):
    """A cycle with its current settings (none before the first version)."""
    id: int
    code: str
    name: str
    status: str = Field(description="draft / open / closed")
    version: int = Field(description="设置的版本号")
    settings: dict[str, Any] | None
    opened_at: _dt.datetime | None
    closed_at: _dt.datetime | None


class CycleHistoryOut(Out):
    items: list[CycleVersionRowOut]
