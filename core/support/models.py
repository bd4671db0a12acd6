"""A hospital's help desk and the feedback tickets patients send it.

A desk (客服台) is how a hospital opens 帮助与反馈 to patients: only enabled desks are
listed, addressed by tickets and (later) by customer-service chats. A ticket belongs to
the hospital it was sent to (scope) and to the account that sent it; its replies, from
the sender (补充说明) and from the hospital (回复), form one thread in time order. Texts
are what a patient chose to tell, health matters included: encrypted at rest. Tickets
and replies are never deleted.

Model docstrings become table comments: no apostrophes in them (aerich does not escape them).
"""
from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField, TimestampedModel


class TicketCategory(str, Enum):
    consult = "consult"
    payment = "payment"
    records = "records"
    account = "account"
    malfunction = "malfunction"
    suggestion = "suggestion"
    other = "other"


CATEGORY_LABELS = {TicketCategory.consult: "问诊咨询", TicketCategory.payment: "支付与退款",
                   TicketCategory.records: "病案复印", TicketCategory.account: "账号与就诊人",
                   TicketCategory.malfunction: "功能异常", TicketCategory.suggestion: "意见建议",
                   TicketCategory.other: "其他"}


class TicketState(str, Enum):
    open = "open"  # waiting for the hospital (new, or the sender added something)
    replied = "replied"  # the hospital answered last
    closed = "closed"  # read-only from now on


STATE_LABELS = {TicketState.open: "待处理", TicketState.replied: "已回复", TicketState.closed: "已关闭"}


class Author(str, Enum):
    sender = "sender"
    operator = "operator"


class SupportDesk(TimestampedModel):
    """A hospital help and feedback desk: open to patients or not, service hours, phone, greeting."""

    id = fields.IntField(primary_key=True)
    institution = fields.OneToOneField("models.OrgNode", related_name="support_desk", on_delete=fields.CASCADE)
    enabled = fields.BooleanField(default=False)
    hours = fields.CharField(max_length=64, default="")  # e.g. 工作日 8:00-17:30
    phone = fields.CharField(max_length=32, default="")  # the desk public number, not a person
    welcome = fields.CharField(max_length=200, default="")  # the first words of online service

    scope_org_field = "institution"

    class Meta:
        table = "support_desk"


class SupportTicket(TimestampedModel):
    """A feedback ticket sent by a mini-program account to a hospital."""

    id = fields.IntField(primary_key=True)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="support_tickets", on_delete=fields.RESTRICT)
    account = fields.ForeignKeyField("models.MpAccount", related_name="support_tickets", on_delete=fields.RESTRICT)
    category = fields.CharEnumField(TicketCategory, max_length=16)
    content = EncryptedField(mask="secret")
    images = fields.JSONField(default=list)  # media/storage.py keys of re-encoded JPEGs
    state = fields.CharEnumField(TicketState, max_length=8, default=TicketState.open)
    replies = fields.IntField(default=0)  # the hospital replies (the list shows it)
    first_reply_at = fields.DatetimeField(null=True)  # response time, for the statistics
    last_activity_at = fields.DatetimeField()  # the newest of submission and any reply: the lists order
    closed_at = fields.DatetimeField(null=True)
    closed_by = fields.CharField(max_length=16, default="")  # sender or operator

    scope_org_field = "institution"

    class Meta:
        table = "support_ticket"
        indexes = (("institution", "state", "last_activity_at"), ("account", "last_activity_at"))


class TicketReply(Model):
    """One entry of a ticket thread: the sender adding to it, or the hospital answering."""

    id = fields.IntField(primary_key=True)
    ticket = fields.ForeignKeyField("models.SupportTicket", related_name="thread", on_delete=fields.RESTRICT)
    author = fields.CharEnumField(Author, max_length=8)
    operator = fields.ForeignKeyField("models.AdminAccount", related_name="support_replies", null=True,
                                      on_delete=fields.RESTRICT)
    content = EncryptedField(mask="secret")
    images = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "support_ticket_reply"


class ChatState(str, Enum):
    waiting = "waiting"  # in the hospital queue, no seat yet
    serving = "serving"  # a seat took it
    closed = "closed"


CHAT_STATE_LABELS = {ChatState.waiting: "排队中", ChatState.serving: "服务中", ChatState.closed: "已结束"}


class ServiceChat(Model):
    """An online customer service session of a mini-program account with a hospital, on a conversation."""

    id = fields.IntField(primary_key=True)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="service_chats", on_delete=fields.RESTRICT)
    account = fields.ForeignKeyField("models.MpAccount", related_name="service_chats", on_delete=fields.RESTRICT)
    conversation = fields.OneToOneField("models.Conversation", related_name="service_chat", null=True,
                                        on_delete=fields.RESTRICT)
    state = fields.CharEnumField(ChatState, max_length=8, default=ChatState.waiting)
    seat = fields.ForeignKeyField("models.AdminAccount", related_name="service_chats", null=True,
                                  on_delete=fields.RESTRICT)
    created_at = fields.DatetimeField(auto_now_add=True)
    taken_at = fields.DatetimeField(null=True)  # the wait, for the statistics
    closed_at = fields.DatetimeField(null=True)
    closed_by = fields.CharField(max_length=16, default="")  # sender or operator

    scope_org_field = "institution"

    class Meta:
        table = "support_chat"
        indexes = (("institution", "state", "created_at"), ("account", "state"), ("seat", "state"))
