"""Request and answer shapes of the org tree."""
from __future__ import annotations

import datetime as _dt
import re

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.inputs import EditIn, Id
from core.orgs.models import OrgKind
from core.outputs import ImportReportOut, Out


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class OrgCreateIn(In):
    name: str = Field(min_length=1, max_length=128)
    kind: OrgKind
    code: str = Field(min_length=1, max_length=32, pattern=r"^[0-9A-Za-z\-]+$")
    parent_id: Id
    contact_name: str = Field(default="", max_length=64)
    contact_phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    address: str = Field(default="", max_length=255)


class OrgUpdateIn(EditIn):
    clearable = frozenset({"contact_phone"})  # the column is nullable; null removes the number
    name: str | None = Field(default=None, min_length=1, max_length=128)
    contact_name: str | None = Field(default=None, max_length=64)
    contact_phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    address: str | None = Field(default=None, max_length=255)


# ----------------------------------------------------------------- own-org profile
# Seed 000 本机构信息管理: a commission edits its own info, that of its assessment
# management committee and that of its assessment office. One schema per section,
# one mechanism (core.orgs.service.get_profile / update_profile) over all of them.
# The profile holds official contact data: office phones are landlines or service
# numbers, not personal mobiles (those live encrypted in OrgNode.contact_phone and
# AdminAccount.phone). Person-name fields are marked {"pii": "name"} and are
# masked when another (superior) org views the profile.

_OFFICE_PHONE = r"^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|[48]00-?\d{3}-?\d{4}|12\d{3})$"
_PERSON = {"pii": "name"}


class CommissionProfile(In):
    """本卫健委信息"""
    full_name: str = Field(min_length=1, max_length=128, description="单位全称")
    address: str = Field(default="", max_length=255)
    postcode: str = Field(default="", pattern=r"^(\d{6})?$")
    office_phone: str = Field(default="", max_length=32, description="办公电话")
    email: str = Field(default="", max_length=128, pattern=r"^([^@\s]+@[^@\s]+\.[^@\s]+)?$")
    website: str = Field(default="", max_length=255)
    leader: str = Field(default="", max_length=64, description="分管负责人", json_schema_extra=_PERSON)
    intro: str = Field(default="", max_length=2000)

    @field_validator("office_phone")
    @classmethod
    def _phone(cls, v: str) -> str:
        return _check_phone(v)


class CommitteeProfile(In):
    """考核管理委员会信息"""
    name: str = Field(min_length=1, max_length=128, description="委员会名称")
    director: str = Field(min_length=1, max_length=64, description="主任委员", json_schema_extra=_PERSON)
    deputy_directors: list[str] = Field(default_factory=list, max_length=10, description="副主任委员",
                                        json_schema_extra=_PERSON)
    member_count: int = Field(default=0, ge=0, le=500, description="委员人数")
    established_on: _dt.date | None = None
    duties: str = Field(default="", max_length=2000, description="职责")

    @field_validator("deputy_directors")
    @classmethod
    def _names(cls, v: list[str]) -> list[str]:
        v = [x.strip() for x in v]
        if any(not x or len(x) > 64 for x in v):
            raise ValueError("副主任委员姓名应为1到64个字符")
        return v


class OfficeProfile(In):
    """考核办公室信息"""
    name: str = Field(min_length=1, max_length=128, description="办公室名称")
    head: str = Field(min_length=1, max_length=64, description="负责人", json_schema_extra=_PERSON)
    office_phone: str = Field(min_length=1, max_length=32, description="联系电话（办公电话）")
    email: str = Field(default="", max_length=128, pattern=r"^([^@\s]+@[^@\s]+\.[^@\s]+)?$")
    address: str = Field(default="", max_length=255)
    office_hours: str = Field(default="", max_length=128, description="办公时间")

    @field_validator("office_phone")
    @classmethod
    def _phone(cls, v: str) -> str:
        return _check_phone(v)


def _check_phone(v: str) -> str:
    if v and not re.match(_OFFICE_PHONE, v):
        raise ValueError("应为办公电话（如 027-87654321），手机号请填在机构联系人处")
    return v


PROFILE_SECTIONS: dict[str, type[In]] = {
    "commission": CommissionProfile, "committee": CommitteeProfile, "office": OfficeProfile,
}
PROFILE_LABELS = {"commission": "本卫健委信息", "committee": "考核管理委员会信息", "office": "考核办公室信息"}


def profile_pii(section: str) -> dict[str, str]:
    """Field name -> masking rule of a section's person fields."""
    out = {}
    for name, f in PROFILE_SECTIONS[section].model_fields.items():
        extra = f.json_schema_extra if isinstance(f.json_schema_extra, dict) else {}
        if extra.get("pii"):
            out[name] = str(extra["pii"])
    return out


# What a profile answer carries: the sections as stored (each validated by its schema above
# when it was saved, so every field is there), person names masked for a superior that did
# not reveal them. No bounds here: a masked name is not what was typed.
_MASKED = "他人查看时脱敏（除非已申请查看原文）"


class CommissionProfileOut(Out):
    """本卫健委信息"""
    full_name: str = Field(description="单位全称")
    address: str
    postcode: str
    office_phone: str = Field(description="办公电话")
    email: str
    website: str
    leader: str = Field(description="分管负责人；" + _MASKED)
    intro: str


class CommitteeProfileOut(Out):
    """考核管理委员会信息"""
    name: str = Field(description="委员会名称")
    director: str = Field(description="主任委员；" + _MASKED)
    deputy_directors: list[str] = Field(description="副主任委员；" + _MASKED)
    member_count: int = Field(description="委员人数")
    established_on: _dt.date | None
    duties: str = Field(description="职责")


class OfficeProfileOut(Out):
    """考核办公室信息"""
    name: str = Field(description="办公室名称")
    head: str = Field(description="负责人；" + _MASKED)
    office_phone: str = Field(description="联系电话（办公电话）")
    email: str
    address: str
    office_hours: str = Field(description="办公时间")


class CommissionSectionOut(Out):
    label: str
    data: CommissionProfileOut | None = Field(description="尚未填写时为空")


class CommitteeSectionOut(Out):
    label: str
    data: CommitteeProfileOut | None = Field(description="尚未填写时为空")


class OfficeSectionOut(Out):
    label: str
    data: OfficeProfileOut | None = Field(description="尚未填写时为空")


class ProfileSectionsOut(Out):
    commission: CommissionSectionOut
    committee: CommitteeSectionOut
    office: OfficeSectionOut


class ProfileOut(Out):
    """A commission's profile (core.orgs.service.get_profile): its own, or a subordinate's."""
    org_id: int
    name: str
    kind: OrgKind
    own: bool = Field(description="是否本机构（本机构看到原文，上级查看下级时人名脱敏）")
    sections: ProfileSectionsOut


class ProfileSavedOut(Out):
    """One section saved: what was stored, as the section's schema read it."""
    section: Literal["commission", "committee", "office"]
    data: CommissionProfileOut | CommitteeProfileOut | OfficeProfileOut


# ----------------------------------------------------------------- subordinates

# Kinds an administrator manages as subordinate accounts (seed 000 所辖机构账户管理).
SUBORDINATE_KINDS = (OrgKind.CITY, OrgKind.COUNTY, OrgKind.MEDICAL, OrgKind.INDUSTRY, OrgKind.ASSESSMENT)
# Who may be allowed to apply as an assessment institution.
MAY_APPLY_KINDS = (OrgKind.MEDICAL, OrgKind.INDUSTRY)
_USERNAME = r"^[A-Za-z0-9_.\-]+$"
_CODE = r"^[0-9A-Za-z\-]+$"


class SubordinateCreateIn(In):
    name: str = Field(min_length=1, max_length=128)
    kind: OrgKind
    code: str = Field(min_length=1, max_length=32, pattern=_CODE)
    parent_id: Id
    contact_name: str = Field(default="", max_length=64)
    contact_phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    address: str = Field(default="", max_length=255)
    username: str = Field(min_length=3, max_length=64, pattern=_USERNAME)
    may_apply_assessment: bool = False
    activate: bool = Field(default=False, description="创建后立即激活管理员账号")

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: OrgKind) -> OrgKind:
        if v not in SUBORDINATE_KINDS:
            raise ValueError("不能新建该类型的下级机构")
        return v


class SubordinateFilter(BaseModel):
    """Query string of the subordinate list and export."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    kind: OrgKind | None = None
    name: str | None = Field(default=None, max_length=128)
    code: str | None = Field(default=None, max_length=32)
    region_id: Id | None = None
    activated: bool | None = None
    may_apply: bool | None = None


class IdsIn(In):
    org_ids: list[Id] = Field(min_length=1, max_length=1000)


class ActivateIn(IdsIn):
    activated: bool


class MayApplyIn(IdsIn):
    allowed: bool


# The import template (seed 000 批量导入): header -> field.
IMPORT_COLUMNS = {
    "名称": "name", "类型": "kind", "机构编码": "code", "上级机构编码": "parent_code",
    "联系人": "contact_name", "联系电话": "contact_phone", "管理员用户名": "username",
}
KIND_BY_LABEL = {
    "市卫健委": OrgKind.CITY, "区县卫健委": OrgKind.COUNTY, "区县卫健局": OrgKind.COUNTY,
    "医疗机构": OrgKind.MEDICAL, "医疗卫生机构": OrgKind.MEDICAL, "行业组织": OrgKind.INDUSTRY,
    "考核机构": OrgKind.ASSESSMENT,
}


class SubordinateRowIn(In):
    name: str = Field(min_length=1, max_length=128)
    kind: OrgKind
    code: str = Field(min_length=1, max_length=32, pattern=_CODE)
    parent_code: str = Field(min_length=1, max_length=32)
    contact_name: str = Field(default="", max_length=64)
    contact_phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    username: str = Field(min_length=3, max_length=64, pattern=_USERNAME)

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, v):
        if isinstance(v, str):
            v = KIND_BY_LABEL.get(v.strip(), v.strip())
        try:
            kind = OrgKind(v)
        except ValueError:
            raise ValueError("类型应为：" + "、".join(dict.fromkeys(KIND_BY_LABEL))) from None
        if kind not in SUBORDINATE_KINDS:
            raise ValueError("不能导入该类型的机构")
        return kind


class OrgOut(Out):
    """An org node; `contact_name` and `contact_phone` masked unless revealed."""
    id: int
    name: str
    kind: OrgKind
    code: str
    parent_id: int | None
    level: int
    address: str
    contact_name: str | None
    contact_phone: str | None


class SubordinateAccountOut(Out):
    id: int
    username: str
    disabled: bool
    must_change_password: bool


class SubordinateOut(OrgOut):
    """A subordinate org with its administrator accounts (activated: one of them is enabled)."""
    kind_label: str
    may_apply_assessment: bool
    activated: bool
    accounts: list[SubordinateAccountOut]


class SubordinateInitialOut(SubordinateOut):
    initial_password: str = Field(description="只出现这一次；首次登录时须修改")


class SubordinateImportedOut(Out):
    """An org and its first administrator account created by an import (not activated yet)."""
    row: int = Field(description="上传文件中的行号")
    org_id: int
    name: str
    code: str
    kind: OrgKind
    account_id: int
    username: str
    initial_password: str = Field(description="只出现这一次；首次登录时须修改")


SubordinateImportOut = ImportReportOut[SubordinateImportedOut]


class SubordinatePasswordResetOut(Out):
    org_id: int
    account_id: int
    username: str
    initial_password: str = Field(description="只出现这一次；首次登录时须修改")
