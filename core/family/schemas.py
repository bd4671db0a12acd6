"""Request and answer shapes of the family domain, and the one list of grant scopes.

Why here: every domain that reads another member's data (records, vital signs,
appointments, accompaniment) names its scope from SCOPES, so a new scope is one
line here and the pickers, grant forms and labels follow. The answers (`...Out`)
carry personal data exactly as the services present it: masked
(`patients.present`, `_names`); a model here never un-masks anything.
"""
from __future__ import annotations

import datetime as _dt
from typing import Literal, get_args

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, RootModel, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from core import idcard
from core.inputs import EditIn, Id, PageNo
from core.outputs import Out
from core.sms.schemas import MOBILE, SMS_CODE

# What a member may open to another member, with the label the phone shows (seed 003 隐私授权管理).
SCOPES: dict[str, str] = {
    "health_records": "健康档案",
    "vital_signs": "体征数据",
    "appointments": "门诊预约",
    "record_requests": "病案复印",
    "accompaniment": "陪诊",
    "consultations": "在线问诊",
}
Scope = Literal["health_records", "vital_signs", "appointments", "record_requests", "accompaniment", "consultations"]
assert set(get_args(Scope)) == set(SCOPES)  # one list: the Literal only exists for validation

# What the family home says about each change; {actor} and {subject} are masked names.
EVENT_TEXT: dict[str, str] = {
    "family.created": "{actor} 创建了家庭",
    "family.renamed": "{actor} 修改了家庭名称",
    "family.dissolved": "{actor} 解散了家庭",
    "member.invited": "{actor} 发出了加入邀请",
    "invite.revoked": "{actor} 撤销了一条邀请",
    "member.applied": "{actor} 申请加入家庭",
    "code.regenerated": "{actor} 更换了家庭邀请码",
    "member.joined": "{subject} 加入了家庭",
    "member.refused": "{actor} 拒绝了 {subject} 的加入申请",
    "member.left": "{actor} 退出了家庭",
    "member.removed": "{actor} 将 {subject} 移出了家庭",
    "member.updated": "{actor} 修改了 {subject} 的成员信息",
    "owner.transferred": "{actor} 将户主转让给 {subject}",
    "grant.given": "{actor} 授权 {subject}：{scopes}",
    "grant.revoked": "{actor} 撤销了对 {subject} 的授权：{scopes}",
}

# How a 就诊人 or a family member relates to the account (本人 is the account's own identity).
Relation = Literal["配偶", "父母", "子女", "兄弟姐妹", "祖父母", "外祖父母", "孙子女", "亲属", "朋友", "其他"]

_NAME = r"^[\u3400-\u9fffA-Za-z·•. ]+$"  # Chinese names, minority names with ·, Latin names
_MOBILE = MOBILE


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _id_number(v: str) -> str:
    problem = idcard.problem(v)
    if problem:
        # A custom error keeps the message exactly as the phone should show it.
        raise PydanticCustomError("id_number", problem)
    return idcard.normalize(v)


class IdentityIn(In):
    """The account holder's real-name information (实名信息)."""

    name: str = Field(min_length=1, max_length=32, pattern=_NAME)
    id_number: str = Field(max_length=32)
    phone: str = Field(pattern=_MOBILE)

    _check_id = field_validator("id_number")(_id_number)


class PatientIn(In):
    """A person the account acts for (就诊人), e.g. a parent: the phone is verified by the SMS code
    sent to it (POST /sms/codes with purpose "patient")."""

    name: str = Field(min_length=1, max_length=32, pattern=_NAME)
    id_number: str = Field(max_length=32)
    phone: str = Field(pattern=_MOBILE, description="就诊人手机号（接收验证码）")
    sms_code: str = Field(pattern=SMS_CODE, description="发送到该手机号的6位短信验证码")
    relation: Relation

    _check_id = field_validator("id_number")(_id_number)


class PatientPatch(EditIn):
    name: str | None = Field(default=None, min_length=1, max_length=32, pattern=_NAME)
    id_number: str | None = Field(default=None, max_length=32)
    phone: str | None = Field(default=None, pattern=_MOBILE)
    sms_code: str | None = Field(default=None, pattern=SMS_CODE, description="修改手机号时：发送到新手机号的短信验证码")
    relation: Relation | None = None

    @field_validator("id_number")
    @classmethod
    def _check_id(cls, v: str | None) -> str | None:
        return None if v is None else _id_number(v)


class FamilyIn(In):
    name: str = Field(min_length=1, max_length=64)


class InviteIn(In):
    """An invitation: to a phone number (shows up for the account with that real-name phone),
    or a share link / mini-program code that one person may use before it expires."""

    channel: Literal["phone", "link", "code"]
    phone: str | None = Field(default=None, pattern=_MOBILE, validate_default=True)
    relation: Relation | Literal[""] = ""
    valid_hours: int | None = Field(default=None, ge=1, le=720)

    @field_validator("phone")
    @classmethod
    def _phone_iff_phone_channel(cls, v: str | None, info: ValidationInfo) -> str | None:
        if (info.data.get("channel") == "phone") != (v is not None):
            raise PydanticCustomError("phone", "按手机号邀请时需要填写手机号，分享链接或小程序码时不填")
        return v


class TokenIn(In):
    # Tokens travel in the body, never in the URL, so access logs do not hold them.
    token: str = Field(min_length=16, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")


class ApplyIn(In):
    # The family's join code as a member shows it (XXXX-XXXX-XXXX; case, spaces and dashes do not matter).
    code: str = Field(min_length=12, max_length=20, pattern=r"^[A-Za-z0-9\- ]+$")
    relation: Relation | Literal[""] = ""
    note: str = Field(default="", max_length=200)


class RefuseIn(In):
    reason: str = Field(default="", max_length=200)


class MemberPatch(EditIn):
    relation: Relation | Literal[""] | None = None
    note: str | None = Field(default=None, max_length=200)


class TransferIn(In):
    account_id: Id


class GrantIn(In):
    """What the caller opens to one other member: one or more scopes, see or act, until when."""

    grantee: Id = Field(description="被授权成员的账号 account_id")
    scopes: list[Scope] = Field(min_length=1, max_length=len(SCOPES))
    can_act: bool = False
    expires_at: AwareDatetime | None = None

    @field_validator("scopes")
    @classmethod
    def _distinct(cls, v: list[str]) -> list[str]:
        return list(dict.fromkeys(v))

    @field_validator("expires_at")
    @classmethod
    def _future(cls, v: _dt.datetime | None) -> _dt.datetime | None:
        if v is not None and v <= _dt.datetime.now(_dt.timezone.utc):
            raise PydanticCustomError("expires_at", "授权截止时间应晚于当前时间")
        return v


class PatientsQuery(In):
    deleted: bool = False  # the account's recycle bin of 就诊人


class ReachableQuery(In):
    scope: Scope
    act: bool = False


class PageQuery(In):
    page: PageNo = 1
    page_size: int = Field(default=20, ge=1, le=100)


# ------------------------------------------------------------------ answers of done actions
# Acknowledgements whose only content is that the action happened (the flag is always true).

class PatientDeletedOut(Out):
    deleted: bool


class DissolvedOut(Out):
    dissolved: bool


class LeftOut(Out):
    left: bool


class RemovedOut(Out):
    removed: bool


class RevokedOut(Out):
    revoked: bool


class DeclinedOut(Out):
    declined: bool


class ApplicationStateOut(Out):
    """The application's new state: active (approved) or refused."""
    state: Literal["active", "refused"]


# ------------------------------------------------------------------ declared answers (core.http.returns)

Role = Literal["owner", "member"]
_MASKED = "（脱敏）"


class IdCardReadOut(Out):
    """What was read from the photo of an ID card, in clear for its sender to check and correct:
    nothing is saved until the 就诊人 is added."""
    name: str | None = Field(description="识别出的姓名；未识别出为 null")
    id_number: str | None = Field(description="识别出的身份证号（已通过校验位检查）；未识别出为 null")


class PatientOut(Out):
    """A 就诊人, or the account's own real-name identity (is_self), as every answer shows it:
    name, ID number and phone masked; the age instead of the birth date (which the masked ID
    number hides)."""
    id: int = Field(description="就诊人 patient_id")
    name: str = Field(description="姓名" + _MASKED)
    id_number: str = Field(description="身份证号" + _MASKED)
    phone: str | None = Field(description="手机号" + _MASKED)
    relation: str = Field(description="与账号本人的关系；本人为“本人”")
    is_self: bool = Field(description="是否为账号本人的实名信息")
    gender: str = Field(description="男 / 女，由身份证号得出")
    age: int | None
    verified: bool = Field(description="是否已核验身份（人脸比对身份证照片）")


class IdentityOut(Out):
    identity: PatientOut | None = Field(description="本人实名信息；未填写时为 null")


class ReachablePatientOut(PatientOut):
    """Someone the caller may pick for a service: one of their own patients (mine), or a family
    member who granted the scope (relation as the family owner describes them)."""
    mine: bool = Field(description="是否为本人账号下的就诊人（否则为授权了该范围的家庭成员）")
    account_id: int = Field(description="该就诊人所属的账号")
    grant_id: int | None = Field(description="所依据的授权；本人的就诊人为 null")
    can_act: bool = Field(description="可否代办（否则只能查看）")
    family_id: int | None = Field(description="授权所在的家庭；本人的就诊人为 null")


class MyFamilyOut(Out):
    """A family of the caller's list. A pending application shows only the family id (to
    withdraw it with): name, members and owner are null until the owner accepts."""
    id: int
    name: str | None
    role: Role
    state: Literal["active", "pending"] = Field(description="active 已加入；pending 申请待户主审核")
    members: int | None = Field(description="成员人数")
    owner: str | None = Field(description="户主姓名" + _MASKED)
    is_owner: bool


class GrantScopeOut(Out):
    """One scope open between the viewer and a member."""
    grant_id: int
    scope: Scope
    label: str
    can_act: bool = Field(description="可否代办（否则只能查看）")
    expires_at: _dt.datetime | None = Field(description="截止时间；长期有效为 null")


class AccountPersonOut(Out):
    """The real-name identity of an account as other members see it (masked); null fields for
    an account without one."""
    account_id: int
    name: str | None = Field(description="姓名" + _MASKED)
    phone: str | None = Field(description="手机号" + _MASKED)
    gender: str | None
    age: int | None


class MemberOut(AccountPersonOut):
    """An active member as another member sees them (masked), with what each opened to the other."""
    role: Role
    relation: str = Field(description="户主填写的成员关系；可为空")
    joined_at: _dt.datetime | None
    me: bool = Field(description="是否为查看者本人")
    granted_to_me: list[GrantScopeOut] = Field(description="该成员授权给我的范围")
    granted_by_me: list[GrantScopeOut] = Field(description="我授权给该成员的范围")


class FamilyOut(Out):
    """A family as its members see it."""
    id: int
    name: str
    created_at: _dt.datetime
    my_role: Role
    owner_account_id: int
    join_code: str = Field(description="家庭邀请码（XXXX-XXXX-XXXX），成员可转给他人申请加入")
    members: list[MemberOut]


class FamilyEventOut(Out):
    """A change in the family, in a sentence with masked names."""
    id: int
    kind: str = Field(description="如 member.joined、grant.given、data.vital_signs")
    text: str
    at: _dt.datetime


class ScopeAccessOut(Out):
    """One scope of a member's data and what the viewer may do with it."""
    scope: Scope
    label: str
    i_may: Literal["see", "act"] | None = Field(description="see 可查看；act 可代办；null 未授权")


class AccessOut(Out):
    """One access a member made to the caller's data under a grant."""
    id: int
    at: _dt.datetime
    grantee: int = Field(description="访问者的账号 account_id")
    grantee_name: str | None = Field(description="访问者姓名" + _MASKED)
    scope: str = Field(description="授权范围（见 SCOPES）")
    label: str
    action: str = Field(description="如 view、request、download")
    target_type: str
    target_id: str


class MemberHomeOut(MemberOut):
    """A member's home: the member, each scope of their data the viewer may use, their recent
    changes and, for another member, what they looked at of the viewer's data."""
    scopes: list[ScopeAccessOut]
    patient_id: int | None = Field(description="该成员本人的 patient_id，其他服务凭此查询；未授权任何范围时为 null")
    family_id: int
    events: list[FamilyEventOut]
    their_accesses_to_me: list[AccessOut] | None = Field(
        description="该成员查看或代办我的数据的记录（最近 10 条）；成员是本人时为 null")


class InviteOut(Out):
    """An open invitation of the family."""
    id: int
    channel: Literal["phone", "link", "code"]
    phone: str | None = Field(description="被邀请的手机号" + _MASKED + "；分享链接与小程序码为 null")
    relation: str
    by: str | None = Field(description="邀请人姓名" + _MASKED)
    expires_at: _dt.datetime
    created_at: _dt.datetime


class PhoneInviteOut(Out):
    """An invitation sent to a phone number: it shows up for the account with that real-name phone."""
    id: int
    family_id: int
    channel: Literal["phone"]
    phone: str = Field(description="被邀请的手机号" + _MASKED)
    relation: str
    expires_at: _dt.datetime


class MpCodeOut(Out):
    page: str = Field(description="小程序页面")
    scene: str = Field(description="小程序码的 scene（即令牌）")


class ShareInviteOut(Out):
    """A single-use share link or mini-program code; the token is in this answer only."""
    id: int
    family_id: int
    channel: Literal["link", "code"]
    phone: None
    relation: str
    expires_at: _dt.datetime
    token: str
    link: str = Field(description="H5 加入页链接（令牌在 # 之后，不进访问日志）")
    share_path: str = Field(description="小程序分享卡片的页面路径")
    mp_code: MpCodeOut
    qr_png: str = Field(description="链接的二维码，PNG 的 base64")


class InviteMadeOut(RootModel[PhoneInviteOut | ShareInviteOut]):
    """The invitation just made: by phone, or a share link / mini-program code; `channel` tells which."""
    # Not a pydantic discriminated union: its mapping's pointers into the model's own definitions
    # are not references core.openapi_doc.finish moves, so the served document would point nowhere.
    # The two branches exclude each other all the same (channel, extra fields forbidden).


class InvitePreviewOut(Out):
    """What the join page shows before accepting a share link."""
    family_id: int
    family_name: str
    by: str | None = Field(description="邀请人姓名" + _MASKED)
    owner: str | None = Field(description="户主姓名" + _MASKED)
    relation: str
    expires_at: _dt.datetime
    needs_approval: bool = Field(description="接受后是否还需户主审核（非户主发出的邀请）")
    members: int = Field(description="成员人数")


class InviteForMeOut(Out):
    """A phone invitation waiting for the caller."""
    id: int
    family_id: int
    family_name: str
    by: str | None = Field(description="邀请人姓名" + _MASKED)
    relation: str
    expires_at: _dt.datetime
    needs_approval: bool = Field(description="接受后是否还需户主审核（非户主发出的邀请）")


class JoinedOut(Out):
    """An invitation accepted: a member at once (the owner's invitation), or an application
    waiting for the owner, which shows nothing of the family yet."""
    family_id: int
    family_name: str | None = Field(description="家庭名称；待审核时为 null")
    state: Literal["active", "pending"]


class AppliedOut(Out):
    """An application with the join code: only the family id, to withdraw it with."""
    family_id: int
    state: Literal["pending"]


class JoinCodeOut(Out):
    id: int = Field(description="家庭 family_id")
    join_code: str = Field(description="新的家庭邀请码（XXXX-XXXX-XXXX）")


class FamilyApplicationOut(AccountPersonOut):
    """A pending application to join, as the owner sees it: the applicant (masked) and what they wrote."""
    relation: str
    note: str
    via: Literal["invite", "apply"] = Field(description="invite 经成员邀请；apply 凭家庭邀请码申请")
    applied_at: _dt.datetime


class GrantOut(Out):
    """A live grant: `grantor` opened `scope` of their data to `grantee`."""
    id: int
    family_id: int
    grantor: int = Field(description="授权人 account_id")
    grantor_name: str | None = Field(description="授权人姓名" + _MASKED)
    grantee: int = Field(description="被授权人 account_id")
    grantee_name: str | None = Field(description="被授权人姓名" + _MASKED)
    scope: Scope
    label: str
    can_act: bool = Field(description="可否代办（否则只能查看）")
    expires_at: _dt.datetime | None = Field(description="截止时间；长期有效为 null")
    created_at: _dt.datetime


class GrantsOut(Out):
    given: list[GrantOut] = Field(description="我给出的授权")
    received: list[GrantOut] = Field(description="我收到的授权")


# ------------------------------------------------------------------ the BFF family screens

class ScopeOut(Out):
    scope: Scope
    label: str


class PendingOut(Out):
    applications: int | None = Field(description="待审核的加入申请；非户主为 null")
    invites: int = Field(description="未使用的邀请（户主看全部，成员看自己发出的）")


class FamilyHomeOut(Out):
    """The family home in one answer; `family`, `events` and `pending` are about the chosen
    family (?family_id=, else the first one the caller is in), null / empty without one."""
    identity: PatientOut | None = Field(description="本人实名信息；未填写时为 null")
    families: list[MyFamilyOut]
    invites_for_me: list[InviteForMeOut]
    scopes: list[ScopeOut] = Field(description="可授权的范围")
    family: FamilyOut | None
    events: list[FamilyEventOut]
    pending: PendingOut | None


class SwitchMemberOut(Out):
    account_id: int
    name: str | None = Field(description="姓名" + _MASKED)
    relation: str


class MemberScreenOut(MemberHomeOut):
    """A member's screen: the member's home, the family's name and the other members to switch to."""
    switch_to: list[SwitchMemberOut]
    family_name: str


# ------------------------------------------------------------------ 家庭健康档案调阅 (archive.py, vitals.py)

VitalKind = Literal["temperature", "pulse", "blood_pressure", "glucose", "weight", "height", "spo2"]


class VitalIn(In):
    """One measurement the person (or a relative granted 体征数据 with 代办) records. Blood pressure:
    `value` systolic, `value2` diastolic; the other kinds have no value2. Ranges are checked per kind."""

    kind: VitalKind
    value: float = Field(gt=0, le=1000)
    value2: float | None = Field(default=None, gt=0, le=1000, description="仅血压：舒张压")
    measured_at: AwareDatetime | None = Field(default=None, description="测量时间；不填为现在")


class VitalsQuery(In):
    kind: VitalKind | None = None
    days: int = Field(default=90, ge=1, le=3650, description="最近多少天")


class VitalKindOut(Out):
    kind: VitalKind
    label: str
    unit: str


class VitalSignOut(Out):
    id: int
    kind: VitalKind
    label: str
    value: float
    value2: float | None
    unit: str
    text: str = Field(description="如 120/80 mmHg、36.8 ℃")
    measured_at: _dt.datetime
    source: Literal["self", "his"]
    source_label: str = Field(description="本人记录 / 医院测量")
    visit_id: int | None


class VitalPointOut(Out):
    at: _dt.datetime
    value: float
    value2: float | None


class VitalSeriesOut(Out):
    """One kind's measurements in time order (oldest first), for the trend chart."""
    kind: VitalKind
    label: str
    unit: str
    points: list[VitalPointOut]


class VitalsOut(Out):
    patient_id: int
    kinds: list[VitalKindOut]
    latest: list[VitalSignOut] = Field(description="每类体征最新的一次")
    items: list[VitalSignOut] = Field(description="时间范围内的测量，最新在前（最多 500 条）")
    series: list[VitalSeriesOut]


class ArchiveVisitOut(Out):
    id: int
    institution_id: int
    institution: str
    department: str
    doctor: str
    visit_date: _dt.date | None
    state: str = Field(description="open 就诊中 / ended 已结束 / cancelled 已取消")
    state_label: str
    step: str = Field(description="已到达的最远节点代码")
    step_name: str
    created_at: _dt.datetime


class ReportItemOut(Out):
    name: str
    value: str
    unit: str
    range: str
    flag: str = Field(description="H 偏高 / L 偏低 / 空 正常")


class ArchiveReportOut(Out):
    """One exam (检验检查) of a visit with its report, as the hospital reported it."""
    visit_id: int
    institution: str
    department: str
    visit_date: _dt.date | None
    at: _dt.datetime | None
    name: str
    location: str
    report_state: str
    ready: bool
    title: str
    conclusion: str
    items: list[ReportItemOut]


class DrugOut(Out):
    name: str
    spec: str
    dosage: str
    quantity: str


class ArchivePrescriptionOut(Out):
    """The record and prescriptions of a consultation (门诊就诊) of a visit."""
    visit_id: int
    institution: str
    department: str
    doctor: str
    visit_date: _dt.date | None
    at: _dt.datetime | None
    chief_complaint: str
    diagnosis: str
    advice: str
    drugs: list[DrugOut]


class ArchiveSectionOut(Out):
    section: Literal["visits", "reports", "prescriptions", "vitals"]
    label: str
    scope: Scope
    i_may: Literal["see", "act"] | None = Field(description="see 可查看；act 可代办；null 未授权（本人为 act）")
    count: int | None = Field(description="条数；未授权为 null")


class MemberArchiveOut(Out):
    """A patient's health archive (家庭健康档案) overview: each section with what the viewer may do,
    and the latest few entries of the sections the viewer may see (null where not granted)."""
    patient: PatientOut
    mine: bool = Field(description="本人（自己账号下的就诊人）为 true")
    sections: list[ArchiveSectionOut]
    visits: list[ArchiveVisitOut] | None
    reports: list[ArchiveReportOut] | None
    prescriptions: list[ArchivePrescriptionOut] | None
    vitals: list[VitalSignOut] | None = Field(description="每类体征最新的一次")


class ArchiveVisitsOut(Out):
    patient_id: int
    items: list[ArchiveVisitOut]


class ArchiveReportsOut(Out):
    patient_id: int
    items: list[ArchiveReportOut]


class ArchivePrescriptionsOut(Out):
    patient_id: int
    items: list[ArchivePrescriptionOut]
