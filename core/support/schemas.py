"""Request and answer shapes of 帮助与反馈: desks, feedback tickets and their replies."""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from core.conversations.schemas import MessageOut
from core.inputs import Id
from core.outputs import Out
from core.support.models import ChatState, TicketCategory, TicketState

CONTENT_MAX = 1000  # a ticket or a reply: enough to describe a problem, not a document
MAX_IMAGES = 4  # per ticket and per reply
FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2099, 12, 31)  # date filters the calendar can turn into instants


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)



class TicketIn(In):
    institution_id: Id = Field(description="医院（GET /support/desks 列出的客服台）")
    category: TicketCategory = Field(description="consult 问诊咨询 / payment 支付与退款 / records 病案复印 / "
                                                 "account 账号与就诊人 / malfunction 功能异常 / suggestion 意见建议 / other 其他")
    content: str = Field(min_length=1, max_length=CONTENT_MAX, description="问题描述")
    images: list[str] = Field(default_factory=list, max_length=MAX_IMAGES,
                              description="POST /support/images 返回的 image_token，最多 4 张")


class FollowUpIn(In):
    """The sender adding to an open ticket (补充说明)."""
    content: str = Field(min_length=1, max_length=CONTENT_MAX)
    images: list[str] = Field(default_factory=list, max_length=MAX_IMAGES,
                              description="POST /support/images 返回的 image_token，最多 4 张")


class ReplyIn(In):
    """The hospital answering (images, if any, arrive as files beside it)."""
    content: str = Field(min_length=1, max_length=CONTENT_MAX, description="回复内容，提交人将收到消息通知")


class CloseIn(In):
    note: str = Field(default="", max_length=500, description="结束语（可选）：作为最后一条回复发给提交人")


class TicketFilter(In):
    """Filters of the console list (query string)."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    state: TicketState | None = None
    category: TicketCategory | None = None
    institution_id: Id | None = None
    ticket_id: Id | None = Field(default=None, description="反馈编号")
    date_from: dt.date | None = Field(default=None, ge=FIRST_DAY, le=LAST_DAY, description="提交日期起（含）")
    date_to: dt.date | None = Field(default=None, ge=FIRST_DAY, le=LAST_DAY, description="提交日期止（含）")


class DeskIn(In):
    enabled: bool
    hours: str = Field(default="", max_length=64, description="服务时间，如“工作日 8:00-17:30”")
    phone: str = Field(default="", max_length=32, pattern=r"^[0-9+\-() ]*$", description="客服电话（机构号码）")
    welcome: str = Field(default="", max_length=200, description="在线客服欢迎语")


# ---------------------------------------------------------------- answers

class DeskPublicOut(Out):
    """A hospital open to 帮助与反馈, as patients see it."""
    institution_id: int
    name: str
    hours: str
    phone: str


class DeskOut(DeskPublicOut):
    """A hospital's desk settings in the console (defaults while never configured)."""
    enabled: bool
    welcome: str
    configured: bool = Field(description="是否已保存过设置")
    open_tickets: int = Field(description="待处理的问题反馈数")


class ImageTokenOut(Out):
    image_token: str = Field(description="提交反馈或补充说明时放入 images；1 小时内、仅本账号有效")
    url: str = Field(description="图片预览地址（签名链接）")


class EntryOut(Out):
    """One entry of a ticket's thread."""
    id: int
    author: str = Field(description="sender 提交人 / operator 医院")
    author_name: str = Field(description="提交人看到“我”与“医院客服”；后台看到客服账号名")
    content: str
    image_urls: list[str]
    created_at: dt.datetime


class TicketSummaryOut(Out):
    id: int
    institution_id: int
    institution_name: str
    category: TicketCategory
    category_label: str
    state: TicketState
    state_label: str
    excerpt: str = Field(description="问题描述的前 60 个字")
    replies: int = Field(description="医院回复数")
    created_at: dt.datetime
    last_activity_at: dt.datetime


class TicketOut(TicketSummaryOut):
    """A ticket as its sender sees it: the description, the images, the thread."""
    content: str
    image_urls: list[str]
    thread: list[EntryOut]
    closed_at: dt.datetime | None
    closed_by: str = Field(description="sender 本人关闭 / operator 医院关闭；未关闭为空")
    can_follow_up: bool
    can_close: bool


class TicketRowOut(TicketSummaryOut):
    """A row of the console list."""
    sender: str = Field(description="提交人（实名姓名脱敏；未实名为“未实名用户”）")
    first_reply_at: dt.datetime | None


class TicketAdminOut(TicketRowOut):
    """A ticket in the console: the row, the description, the thread."""
    content: str
    image_urls: list[str]
    thread: list[EntryOut]
    closed_at: dt.datetime | None
    closed_by: str
    can_reply: bool


class MyTicketsQuery(BaseModel):
    """Filters of the sender's list (query string; paging by core.http.page_args)."""
    model_config = ConfigDict(extra="ignore")
    state: TicketState | None = None


# ---------------------------------------------------------------- online customer service

class ChatOpenIn(In):
    institution_id: Id = Field(description="医院（GET /support/desks 列出的客服台）")


class ChatFilter(In):
    """Filters of the seats' queue (query string)."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    state: ChatState | None = Field(default=None, description="waiting 排队中 / serving 服务中 / closed 已结束；"
                                                              "不传时为排队中与本人服务中的会话")
    institution_id: Id | None = None


class ChatOut(Out):
    """A customer-service session; its messages are those of conversation `conversation_id`
    (GET/POST /conversations/<id>/messages, or the realtime topic conversation:<id>)."""
    id: int
    conversation_id: int
    institution_id: int
    institution_name: str
    state: ChatState
    state_label: str
    created_at: dt.datetime
    taken_at: dt.datetime | None
    closed_at: dt.datetime | None
    closed_by: str = Field(description="sender 患者结束 / operator 客服结束；未结束为空")
    hours: str = Field(description="客服台服务时间")
    ahead: int | None = Field(None, description="排队中：同一医院在您之前排队的会话数")


class ChatRowOut(ChatOut):
    """A row of the seats' queue."""
    patient: str = Field(description="患者（实名姓名脱敏；未实名为“未实名用户”）")
    seat: str = Field(description="接入的客服账号名；未接入为空")
    mine: bool = Field(description="由本人接入")
    last_at: dt.datetime | None = Field(description="最近一条消息的时间")
    unread: int = Field(description="本人未读的消息数（未接入的会话为全部消息数）")


class ChatDetailOut(ChatRowOut):
    """A session with its messages after `after_seq`, for the seat that serves it or reads it back."""
    messages: list[MessageOut]
    last_seq: int
    can_send: bool = Field(description="本人接入且会话未结束")
    can_take: bool
