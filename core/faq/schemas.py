"""Request and answer shapes of the FAQ (admin console and phone)."""
from __future__ import annotations

import datetime as _dt

from pydantic import BaseModel, ConfigDict, Field

from core.faq.models import Audience
from core.inputs import EditIn, Id, Int32, PageNo

# A help article (操作帮助说明: steps, screens, what to do when) runs longer than an FAQ answer.
ANSWER_MAX = 20_000
AUDIENCE_HELP = "physician 医师 / patient 患者与家属 / doctor 互联网医院医生（工作站） / all 全部"


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class FaqIn(In):
    category: str = Field(min_length=1, max_length=32, description="分类，如“报名与考核”")
    question: str = Field(min_length=1, max_length=200)
    answer: str = Field(min_length=1, max_length=ANSWER_MAX, description="答案或帮助说明的正文（纯文本，保留换行）")
    sort: int = Field(default=0, ge=0, le=100_000, description="同一分类内从小到大排列")
    audience: Audience = Field(default=Audience.all, description=AUDIENCE_HELP)
    published: bool = False
    org_id: Id | None = Field(default=None, description="所属机构（默认本机构）；其下级机构的用户都能看到")


class FaqEditIn(EditIn):
    category: str | None = Field(default=None, min_length=1, max_length=32)
    question: str | None = Field(default=None, min_length=1, max_length=200)
    answer: str | None = Field(default=None, min_length=1, max_length=ANSWER_MAX)
    sort: int | None = Field(default=None, ge=0, le=100_000)
    audience: Audience | None = None


class FaqFilter(BaseModel):
    """Filters of the console list (query string)."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    category: str | None = Field(default=None, max_length=32)
    audience: Audience | None = None
    published: bool | None = None
    q: str | None = Field(default=None, max_length=50)


class HelpFilter(BaseModel):
    """Filters of a reader's list (query string): the workstation's help."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    category: str | None = Field(default=None, max_length=32)
    q: str | None = Field(default=None, max_length=50, description="关键词，匹配问题与答案")
    page: PageNo = 1
    page_size: int = Field(default=50, ge=1, le=200)


class FaqPublicFilter(HelpFilter):
    """Filters of the phone's read API (query string)."""
    institution_id: Id | None = Field(default=None, description=(
        "帮助与反馈：该医院及其上级机构发布的面向患者的条目（无论调用者是否医师）；不传时按调用者身份"))


class FaqOut(BaseModel):
    id: int
    org_id: int
    org_name: str
    category: str
    question: str
    answer: str
    sort: Int32
    audience: Audience
    published: bool
    published_at: _dt.datetime | None
    updated_at: _dt.datetime


class FaqPage(BaseModel):
    total: int
    page: int
    page_size: int
    items: list[FaqOut]


class FaqPublicOut(BaseModel):
    id: int
    category: str
    question: str
    answer: str
    updated_at: _dt.datetime


class FaqPublicPage(BaseModel):
    total: int
    page: int
    page_size: int
    audience: Audience = Field(description=("按调用者身份确定：已绑定医师档案的为 physician，否则为 patient；"
                                            "指定 institution_id 时为 patient；工作站帮助为 doctor"))
    categories: list[str] = Field(description="调用者可见的全部分类（不受 category、q 筛选影响）")
    items: list[FaqPublicOut]
