"""Request and answer shapes of the catalogue: the back office (departments, doctors, services and
prices, schedules, the informed consent) and the patient's phone (search, doctor pages, follows,
consent). Every string and number an edge accepts is bounded here."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from core.doctors.models import DoctorTitle, Period, ServiceKind, TemplateKind
from core.family.schemas import ReachablePatientOut
from core.inputs import EditIn, Id, PageNo
from core.outputs import Out

MAX_SITES = 10  # practice sites of one doctor
MAX_PRICE_FEN = 1_000_000  # 10 000 元: far above any consultation fee, far below INT
MAX_WINDOW_HOURS = 168  # a week
MAX_CAPACITY = 200  # patients in one period
CODE_PATTERN = r"^[A-Za-z0-9_\-]+$"
MONTH_PATTERN = r"^20\d\d-(0[1-9]|1[0-2])$"


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _distinct(values: list[int]) -> list[int]:
    if len(set(values)) != len(values):
        raise ValueError("不能重复")
    return values


# ---------------------------------------------------------------- departments

class HospitalDepartmentIn(In):
    institution_id: Id = Field(description="所属医疗机构")
    code: str = Field(min_length=1, max_length=32, pattern=CODE_PATTERN, description="科室编码，机构内唯一")
    name: str = Field(min_length=1, max_length=64)


class HospitalDepartmentEditIn(EditIn):
    name: str | None = Field(default=None, min_length=1, max_length=64)


class HospitalDepartmentFilter(BaseModel):
    """Filters of the back office's department list (query string)."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    institution_id: Id | None = None
    q: str | None = Field(default=None, max_length=32, description="科室名称中的文字")
    active: bool | None = None


class HospitalDepartmentOut(Out):
    id: int
    institution_id: int
    institution_name: str
    code: str
    name: str
    active: bool
    doctors: int = Field(description="在该科室执业的医生数")


# ---------------------------------------------------------------- doctors

class DoctorIn(In):
    name: str = Field(min_length=1, max_length=32)
    title: DoctorTitle = Field(description="chief 主任医师 / associate_chief 副主任医师 / attending 主治医师 / "
                                           "resident 住院医师")
    specialties: str = Field(default="", max_length=500, description="擅长")
    introduction: str = Field(default="", max_length=2000)
    department_ids: list[Id] = Field(min_length=1, max_length=MAX_SITES,
                                     description="执业科室，第一个为第一执业点（决定医生归属的医疗机构）")
    enabled: bool = Field(default=False, description="是否上线（患者可以搜索到）")

    @field_validator("department_ids")
    @classmethod
    def _sites(cls, v: list[int]) -> list[int]:
        return _distinct(v)


class DoctorEditIn(EditIn):
    name: str | None = Field(default=None, min_length=1, max_length=32)
    title: DoctorTitle | None = None
    specialties: str | None = Field(default=None, max_length=500)
    introduction: str | None = Field(default=None, max_length=2000)
    department_ids: list[Id] | None = Field(default=None, min_length=1, max_length=MAX_SITES)

    @field_validator("department_ids")
    @classmethod
    def _sites(cls, v: list[int] | None) -> list[int] | None:
        return v if v is None else _distinct(v)


class DoctorFilter(BaseModel):
    """Filters of the back office's doctor list (query string)."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    q: str | None = Field(default=None, max_length=32, description="医生姓名或擅长中的文字")
    institution_id: Id | None = None
    department_id: Id | None = None
    title: DoctorTitle | None = None
    enabled: bool | None = None
    service: ServiceKind | None = Field(default=None, description="开通了该服务的医生：text 图文咨询 / video 视频问诊")


class ServiceIn(In):
    kind: ServiceKind = Field(description="text 图文咨询 / video 视频问诊")
    price_fen: int = Field(ge=0, le=MAX_PRICE_FEN, description="价格（分）；0 为免费")
    window_hours: int = Field(default=48, ge=1, le=MAX_WINDOW_HOURS, description="接诊后可以交流的时长（小时）")
    enabled: bool = True


class ServicesIn(In):
    """The services to set; kinds not listed stay as they are."""
    items: list[ServiceIn] = Field(min_length=1, max_length=len(ServiceKind))

    @field_validator("items")
    @classmethod
    def _kinds(cls, v: list[ServiceIn]) -> list[ServiceIn]:
        if len({s.kind for s in v}) != len(v):
            raise ValueError("每种服务只能出现一次")
        return v


class SlotIn(In):
    day: _dt.date
    period: Period = Field(description="morning 上午 / afternoon 下午 / evening 晚上")
    department_id: Id = Field(description="出诊科室：医生的执业科室之一")
    capacity: int = Field(ge=1, le=MAX_CAPACITY, description="号源数")


class MonthQuery(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    month: str | None = Field(default=None, pattern=MONTH_PATTERN, description="YYYY-MM，默认本月")


class MonthScheduleIn(In):
    """The whole schedule of one month: what is not listed is taken off."""
    month: str = Field(pattern=MONTH_PATTERN, description="YYYY-MM")
    slots: list[SlotIn] = Field(default_factory=list, max_length=31 * len(Period))


class AccountIn(In):
    username: str = Field(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$",
                          description="医生工作站登录名")


class SiteOut(Out):
    department_id: int
    department_name: str
    institution_id: int
    institution_name: str
    primary: bool
    active: bool = Field(description="科室是否启用")


class ServiceOut(Out):
    kind: ServiceKind
    label: str
    price_fen: int
    window_hours: int
    enabled: bool


class RatingOut(Out):
    average: float | None = Field(description="平均评分（1–5 分，保留一位小数）；尚无评价时为 null")
    count: int


class DoctorOut(Out):
    """A doctor as the back office sees it."""
    id: int
    institution_id: int
    institution_name: str
    name: str
    title: DoctorTitle
    title_label: str
    specialties: str
    introduction: str
    photo_url: str | None = Field(description="照片的短期签名链接；未上传时为 null")
    enabled: bool
    sites: list[SiteOut]
    services: list[ServiceOut]
    account_id: int | None = Field(description="医生工作站登录账号")
    account_username: str | None
    rating: RatingOut
    text_done: int
    video_done: int
    followers: int
    updated_at: _dt.datetime


class DoctorAccountOut(Out):
    doctor_id: int
    account_id: int
    username: str
    initial_password: str = Field(description="只出现这一次；首次登录时须修改")


class SlotOut(Out):
    id: int
    day: _dt.date
    period: Period
    period_label: str
    department_id: int
    department_name: str
    institution_name: str
    capacity: int


class MonthScheduleOut(Out):
    doctor_id: int
    month: str
    slots: list[SlotOut]


# ---------------------------------------------------------------- the informed consent

class ConsentIn(In):
    title: str = Field(default="互联网诊疗知情同意书", min_length=1, max_length=64)
    body: str = Field(min_length=1, max_length=20_000, description="患者须知")
    fees: str = Field(min_length=1, max_length=5_000, description="收费标准")


class ConsentVersionOut(Out):
    version: int
    title: str
    body: str
    fees: str
    published_at: _dt.datetime
    acceptances: int = Field(description="同意该版本的患者账号数")


class AcceptIn(In):
    version: Id = Field(description="所阅读并同意的版本")


class ConsentOut(Out):
    """The current informed consent and whether the caller accepted it."""
    version: int
    title: str
    body: str
    fees: str
    published_at: _dt.datetime
    accepted: bool
    accepted_at: _dt.datetime | None


# ---------------------------------------------------------------- the patient's phone

class DoctorSearch(BaseModel):
    """Search of the phone (query string)."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    q: str | None = Field(default=None, max_length=32, description="医生姓名、擅长或科室名称中的文字")
    department_id: Id | None = None
    institution_id: Id | None = None
    kind: ServiceKind | None = Field(default=None, description="只看开通了该服务的医生")
    page: PageNo = 1
    page_size: int = Field(default=20, ge=1, le=50)


class PublicSiteOut(Out):
    department_id: int
    department_name: str
    institution_id: int
    institution_name: str
    primary: bool


class OfferOut(Out):
    kind: ServiceKind
    label: str
    price_fen: int
    window_hours: int


class DoctorCardOut(Out):
    """A doctor in a list of the phone."""
    id: int
    name: str
    title: DoctorTitle
    title_label: str
    specialties: str
    photo_url: str | None
    sites: list[PublicSiteOut]
    services: list[OfferOut] = Field(description="开通的服务与价格")
    rating: RatingOut
    consultations: int = Field(description="累计完成的图文咨询与视频问诊人次")


class RecentDoctorOut(DoctorCardOut):
    last_at: _dt.datetime = Field(description="最近一次问诊的时间")


class DoctorPageOut(DoctorCardOut):
    """The doctor page (医生介绍)."""
    introduction: str
    text_done: int
    video_done: int
    followers: int
    following: bool


class PublicDepartmentOut(Out):
    id: int
    name: str
    institution_id: int
    institution_name: str
    doctors: int = Field(description="可以问诊的医生数")


class FollowOut(Out):
    doctor_id: int
    following: bool
    followers: int


class DoctorScreenOut(Out):
    """BFF: the doctor page with this month's schedule and the caller's consent in one round trip."""
    doctor: DoctorPageOut
    schedule: MonthScheduleOut
    consent_required: bool = Field(description="下单前是否须先同意知情同意书（当前版本尚未同意）")
    consent_version: int | None


class OrderFormOut(Out):
    """BFF: the consultation order form of one doctor in one round trip: the doctor and its services,
    whom the caller may order for (its own 就诊人, then family members whose grant "在线问诊" allows
    acting), and whether the informed consent must be accepted first."""
    doctor: DoctorPageOut
    patients: list[ReachablePatientOut] = Field(description="可选的就诊人：本人的，及授权“在线问诊”可代办的家庭成员")
    consent_required: bool = Field(description="下单前是否须先同意知情同意书（当前版本尚未同意）")
    consent_version: int | None


class ConsultHomeOut(Out):
    """BFF: the consultation home (departments to search by, followed and recent doctors)."""
    departments: list[PublicDepartmentOut]
    followed: list[DoctorCardOut]
    recent: list[RecentDoctorOut]


# ---------------------------------------------------------------- the doctor's workstation (workbench.py)

MAX_TEMPLATES = 200  # of one kind, of one doctor
MAX_DIAGNOSES = 20  # in one diagnosis template
RECORD_FIELDS = {"chief_complaint": "主诉", "present_illness": "现病史", "past_history": "既往史",
                 "diagnosis": "诊断", "advice": "医嘱"}


class RecordBody(In):
    """The fields of a consultation record a record template fills (at least one)."""
    chief_complaint: str = Field(default="", max_length=500, description="主诉")
    present_illness: str = Field(default="", max_length=2000, description="现病史")
    past_history: str = Field(default="", max_length=2000, description="既往史")
    diagnosis: str = Field(default="", max_length=500, description="诊断")
    advice: str = Field(default="", max_length=2000, description="医嘱")

    @model_validator(mode="after")
    def _something(self) -> "RecordBody":
        if not any(getattr(self, name) for name in RECORD_FIELDS):
            raise ValueError("病历模板至少填写一项")
        return self


def _diagnoses(v: list[str] | None) -> list[str] | None:
    if v is None:
        return v
    items = [x.strip() for x in v]
    if any(not x for x in items):
        raise ValueError("诊断不能为空")
    if len(set(items)) != len(items):
        raise ValueError("诊断不能重复")
    return items


class RxLineBody(In):
    """One drug line of a prescription template (checked against the formulary when a draft is made of it)."""
    drug_id: Id
    dose: Decimal = Field(gt=0, le=Decimal(100000), decimal_places=3, description="单次剂量；中草药为每付克数")
    frequency: str = Field(default="qd", pattern=r"^[a-z0-9]{1,8}$", description="频次编码：qd bid tid …")
    days: int = Field(default=7, ge=1, le=30)
    route: str = Field(default="", max_length=16)
    group_no: int | None = Field(default=None, ge=1, le=9)
    note: str = Field(default="", max_length=100)


class PrescriptionBodyTemplate(In):
    """处方模板: the kind and its lines (western ≤ 5 drugs, herbal ≤ 30 herbs with doses and usage)."""
    kind: Literal["western", "herbal"] = "western"
    items: list[RxLineBody] = Field(min_length=1, max_length=30)
    herbal_doses: int | None = Field(default=None, ge=1, le=30)
    herbal_usage: str = Field(default="", max_length=200)
    note: str = Field(default="", max_length=500)

    @model_validator(mode="after")
    def _per_kind(self) -> "PrescriptionBodyTemplate":
        if self.kind == "western" and len(self.items) > 5:
            raise ValueError("西药/中成药处方最多 5 种药品")
        if len({i.drug_id for i in self.items}) != len(self.items):
            raise ValueError("同一药品只能出现一次")
        return self


class RequestBodyTemplate(In):
    kind: Literal["lab", "imaging"]
    items: list[Id] = Field(min_length=1, max_length=10, description="收费项目 id")


class OrderSetBody(In):
    """医嘱套: diagnoses (ICD-10 codes), prescriptions and lab/imaging requests used together."""
    diagnoses: list[Annotated[str, Field(min_length=1, max_length=16)]] = Field(default_factory=list, max_length=5)
    prescriptions: list[PrescriptionBodyTemplate] = Field(default_factory=list, max_length=3)
    requests: list[RequestBodyTemplate] = Field(default_factory=list, max_length=3)

    @model_validator(mode="after")
    def _something(self) -> "OrderSetBody":
        if not (self.diagnoses or self.prescriptions or self.requests):
            raise ValueError("医嘱套至少包含诊断、处方或申请单之一")
        return self


BODY_FIELDS = {TemplateKind.reply: ("text", "回复内容"), TemplateKind.record: ("record", "病历内容"),
               TemplateKind.diagnosis: ("items", "诊断"), TemplateKind.prescription: ("prescription", "处方内容"),
               TemplateKind.order_set: ("order_set", "医嘱套内容")}


class TemplateIn(In):
    """A new template: `text` for a quick reply, `record` for a record template, `items` for a
    diagnosis template (exactly the one of its kind)."""
    kind: TemplateKind = Field(description="reply 快捷回复 / record 病历模板 / diagnosis 诊断模板 / "
                                           "prescription 处方模板 / order_set 医嘱套")
    title: str = Field(min_length=1, max_length=64)
    department_id: Id | None = Field(default=None, description="共享给本人的一个执业科室（该科室的医生只读）；不填为个人模板")
    text: str | None = Field(default=None, min_length=1, max_length=500, description="快捷回复的内容")
    record: RecordBody | None = None
    prescription: PrescriptionBodyTemplate | None = None
    order_set: OrderSetBody | None = None
    items: list[Annotated[str, Field(max_length=100)]] | None = Field(
        default=None, min_length=1, max_length=MAX_DIAGNOSES, description="诊断模板的诊断（每条 1–100 字）")

    @field_validator("items")
    @classmethod
    def _items(cls, v: list[str] | None) -> list[str] | None:
        return _diagnoses(v)

    @model_validator(mode="after")
    def _body_of_kind(self) -> "TemplateIn":
        wanted, label = BODY_FIELDS[self.kind]
        if getattr(self, wanted) is None:
            raise ValueError(f"请填写{label}")
        others = [name for name, _ in BODY_FIELDS.values() if name != wanted and getattr(self, name) is not None]
        if others:
            raise ValueError(f"该类模板只填写 {wanted}，不能填写 {'、'.join(others)}")
        return self


class TemplateEditIn(EditIn):
    """Change the fields sent; the kind stays. `department_id: null` makes a shared template personal."""
    clearable = frozenset({"department_id"})
    title: str | None = Field(default=None, min_length=1, max_length=64)
    department_id: Id | None = None
    text: str | None = Field(default=None, min_length=1, max_length=500)
    record: RecordBody | None = None
    items: list[Annotated[str, Field(max_length=100)]] | None = Field(default=None, min_length=1,
                                                                     max_length=MAX_DIAGNOSES)
    prescription: PrescriptionBodyTemplate | None = None
    order_set: OrderSetBody | None = None

    @field_validator("items")
    @classmethod
    def _items(cls, v: list[str] | None) -> list[str] | None:
        return _diagnoses(v)


class TemplateOrderIn(In):
    """The order of the caller's own templates of one kind (all of them, first first)."""
    kind: TemplateKind
    ids: list[Id] = Field(min_length=1, max_length=MAX_TEMPLATES)

    @field_validator("ids")
    @classmethod
    def _ids(cls, v: list[int]) -> list[int]:
        return _distinct(v)


class TemplateQuery(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    kind: TemplateKind | None = Field(default=None, description="只看一类模板")


class RecordOut(Out):
    chief_complaint: str
    present_illness: str
    past_history: str
    diagnosis: str
    advice: str


class TemplateOut(Out):
    id: int
    kind: TemplateKind
    kind_label: str
    title: str
    text: str | None = Field(description="快捷回复的内容")
    record: RecordOut | None = Field(description="病历模板的各项")
    items: list[str] | None = Field(description="诊断模板的诊断")
    prescription: PrescriptionBodyTemplate | None = Field(default=None, description="处方模板的内容")
    order_set: OrderSetBody | None = Field(default=None, description="医嘱套的内容")
    department_id: int | None = Field(description="共享给的科室；个人模板为 null")
    department_name: str | None
    mine: bool = Field(description="本人的模板（可修改）；否则为科室共享（只读）")
    owner_name: str
    sort: int
    updated_at: _dt.datetime


class TemplatesOut(Out):
    mine: list[TemplateOut] = Field(description="本人的模板，按排序")
    shared: list[TemplateOut] = Field(description="执业科室中其他医生共享的模板（只读）")


class SiteSwitchIn(In):
    department_id: Id = Field(description="切换到的执业科室")


class WorkstationSiteOut(SiteOut):
    current: bool = Field(description="当前所在的执业科室（问诊队列按它筛选）")


class WorkstationOut(Out):
    """The workstation's own doctor: profile, practice sites and the current one."""
    doctor: DoctorOut
    sites: list[WorkstationSiteOut]
    current_department_id: int | None = Field(description="当前执业科室；没有执业科室时为 null")
    page_url: str = Field(description="患者端医生主页（名片二维码打开的地址）")


class NameCardOut(Out):
    doctor_id: int
    name: str
    title_label: str
    department_name: str
    institution_name: str
    photo_url: str | None
    page_url: str


class StatsMonthOut(Out):
    month: str = Field(description="YYYY-MM（北京时间）")
    consultations: int = Field(description="当月下单（已支付）的问诊")
    text_done: int = Field(description="当月完成的图文咨询")
    video_done: int = Field(description="当月完成的视频问诊")
    ratings: int = Field(description="当月收到的评价数")
    rating_average: float | None = Field(description="当月评价的平均分")


class WorkstationStatsOut(Out):
    """My statistics (医生移动端 rows 20–22): totals from the doctor's row, months from the ledger."""
    consultations: int = Field(description="累计问诊（已支付）")
    text_done: int = Field(description="累计完成的图文咨询人次")
    video_done: int = Field(description="累计完成的视频问诊人次")
    rating: RatingOut = Field(description="综合评分：全部评价的平均分")
    months: list[StatsMonthOut] = Field(description="最近的月份，从早到晚")
