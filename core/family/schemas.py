"""Request shapes of the family domain, and the one list of grant scopes.

Why here: every domain that reads another member's data (records, vital signs,
appointments, accompaniment) names its scope from SCOPES, so a new scope is one
line here and the pickers, grant forms and labels follow.
"""
from __future__ import annotations

import datetime as _dt
from typing import Literal, get_args

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from core import idcard
from core.inputs import EditIn, Id, PageNo
from core.outputs import Out

# What a member may open to another member, with the label the phone shows (seed 003 隐私授权管理).
SCOPES: dict[str, str] = {
    "health_records": "健康档案",
    "vital_signs": "体征数据",
    "appointments": "门诊预约",
    "record_requests": "病案复印",
    "accompaniment": "陪诊",
}
Scope = Literal["health_records", "vital_signs", "appointments", "record_requests", "accompaniment"]
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
_MOBILE = r"^1[3-9]\d{9}$"


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
    """A person the account acts for (就诊人), e.g. a parent."""

    name: str = Field(min_length=1, max_length=32, pattern=_NAME)
    id_number: str = Field(max_length=32)
    phone: str | None = Field(default=None, pattern=_MOBILE)
    relation: Relation

    _check_id = field_validator("id_number")(_id_number)


class PatientPatch(EditIn):
    name: str | None = Field(default=None, min_length=1, max_length=32, pattern=_NAME)
    id_number: str | None = Field(default=None, max_length=32)
    phone: str | None = Field(default=None, pattern=_MOBILE)
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
