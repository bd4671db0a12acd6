"""Cloud accompaniment (seed 003 线上陪诊服务): a patient invites family members to follow one visit live.

A task is created by the patient s invitation, for one visit; companions are family members the
family model and its grants allow; each accepts, may be removed (losing access at once, open
sockets included), and the task ends when the visit ends or the patient ends it. The video room
of a task is a core/rooms room with subject `accompany.task:<id>`.

Model docstrings become table comments: no apostrophes in them (aerich does not escape them).
"""
from __future__ import annotations

from tortoise import fields

from core.db import TimestampedModel


class AccompanyTask(TimestampedModel):
    """One accompaniment of one visit, started by the patient (or the one acting for them)."""

    id = fields.IntField(primary_key=True)
    visit = fields.ForeignKeyField("models.Visit", related_name="accompany_tasks", on_delete=fields.RESTRICT)
    owner = fields.ForeignKeyField("models.MpAccount", related_name="accompany_tasks", on_delete=fields.RESTRICT)
    reminder = fields.CharField(max_length=200, default="")  # 温馨提醒 written with the invitation
    state = fields.CharField(max_length=12, default="active", index=True)  # active / ended
    end_reason = fields.CharField(max_length=16, default="")  # visit_ended / owner / visit_cancelled
    ended_at = fields.DatetimeField(null=True)
    room_id = fields.IntField(null=True)  # the task s core/rooms video room, once opened

    class Meta:
        table = "accompany_task"
        indexes = (("owner", "created_at"),)


class Companion(TimestampedModel):
    """A family member invited into a task: invited, accepted, declined or removed."""

    id = fields.IntField(primary_key=True)
    task = fields.ForeignKeyField("models.AccompanyTask", related_name="companions", on_delete=fields.CASCADE)
    account = fields.ForeignKeyField("models.MpAccount", related_name="accompaniments", on_delete=fields.CASCADE)
    state = fields.CharField(max_length=12, default="invited")  # invited / accepted / declined / removed
    accepted_at = fields.DatetimeField(null=True)
    removed_at = fields.DatetimeField(null=True)
    last_seen_at = fields.DatetimeField(null=True)  # presence: the companion s home open now

    class Meta:
        table = "accompany_companion"
        unique_together = (("task", "account"),)
