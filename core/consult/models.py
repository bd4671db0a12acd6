"""Consultation orders, their trail, and the doctor's record of each consultation (seed 004).

An order is a patient's (or a relative's, under a family grant) request to one doctor for
one service (图文咨询 now, 视频问诊 next) at the price the doctor charged when it was placed.
Its state follows core/consult/states.py; every move leaves a `ConsultOrderEvent`. The
conversation (core/conversations) carries the exchange; the order keeps its id.

Health data (the symptoms, the record) is encrypted at rest like the chat itself; the names
of the patient are kept as shown at ordering, masked for everyone but the treating doctor.

Model docstrings become table comments: no apostrophes in them (aerich does not escape them).
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField, TimestampedModel


class ConsultOrder(TimestampedModel):
    """One consultation order; the state machine is in core/consult/states.py."""

    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=24, unique=True)  # ZX<yyyymmdd><id>, shown to people
    kind = fields.CharField(max_length=16)  # a doctors ServiceKind: text / video
    state = fields.CharField(max_length=16, index=True)
    # Who ordered, for whom: the payer account; the 就诊人; the grant scope when ordered for another member.
    account = fields.ForeignKeyField("models.MpAccount", related_name="consult_orders", on_delete=fields.RESTRICT)
    patient = fields.ForeignKeyField("models.Patient", related_name="consult_orders", on_delete=fields.RESTRICT)
    grant = fields.ForeignKeyField("models.Grant", related_name="consult_orders", null=True,
                                   on_delete=fields.SET_NULL)
    # The patient at ordering (the doctor sees these; the name and age may change later in the family).
    patient_name = EncryptedField(mask="name")
    patient_gender = fields.CharField(max_length=4, default="")
    patient_age = fields.SmallIntField(null=True)
    doctor = fields.ForeignKeyField("models.Doctor", related_name="consult_orders", on_delete=fields.RESTRICT)
    department = fields.ForeignKeyField("models.Department", related_name="consult_orders", on_delete=fields.RESTRICT)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="consult_orders", on_delete=fields.RESTRICT)
    price_fen = fields.IntField()
    window_hours = fields.SmallIntField()
    symptoms = EncryptedField(mask="secret")  # 病情描述
    illness_duration = fields.CharField(max_length=32, default="")  # 患病时长, as the patient put it
    visited_before = fields.BooleanField(default=False)  # 是否在医院就诊过
    conversation_id = fields.IntField(null=True)
    paid_at = fields.DatetimeField(null=True)
    accept_by = fields.DatetimeField(null=True, index=True)  # not accepted by then: expired and refunded
    reminded_at = fields.DatetimeField(null=True)  # the doctor was reminded to accept soon
    accepted_at = fields.DatetimeField(null=True)
    first_reply_at = fields.DatetimeField(null=True)  # the doctor s first message (response time)
    ends_at = fields.DatetimeField(null=True, index=True)  # the window closes then
    finished_at = fields.DatetimeField(null=True)  # ended, closed, cancelled, rejected or expired
    reason = fields.CharField(max_length=200, default="")  # why rejected, cancelled, transferred
    summary = fields.TextField(default="")  # the doctor s closing words, sent to the patient
    refund_state = fields.CharField(max_length=16, default="")  # "" / requested / refunded / failed
    refunded_at = fields.DatetimeField(null=True)
    score = fields.SmallIntField(null=True)  # the patient s rating, 1-5
    comment = fields.CharField(max_length=500, default="")
    rated_at = fields.DatetimeField(null=True)
    # Video orders (core/consult/video.py): the slot booked (the doctor s schedule day and period; the
    # schedule rows are replaced when a month is saved, so the order keeps the day and period, not the row),
    # the waiting room (check-in, calls, missed calls) and the video room of the call (core/rooms).
    slot_day = fields.DateField(null=True)
    slot_period = fields.CharField(max_length=16, default="")  # a doctors Period: morning / afternoon / evening
    checked_in_at = fields.DatetimeField(null=True)  # 签到: the queue is in check-in order
    called_at = fields.DatetimeField(null=True)  # the call ringing now (None when not being called)
    calls = fields.SmallIntField(default=0)  # how often the doctor called
    missed = fields.SmallIntField(default=0)  # calls not answered in time
    room_id = fields.IntField(null=True)  # core/rooms VideoRoom of the call
    call_ended_at = fields.DatetimeField(null=True)  # the doctor hung up or the service ended (pace, busy)

    scope_org_field = "institution"

    class Meta:
        table = "consult_order"
        indexes = (("doctor", "state"), ("account", "state"), ("institution", "created_at"),
                   ("doctor", "slot_day", "slot_period"))


class ConsultOrderEvent(Model):
    """One move of an order: from, to, by whom, why (the order timeline)."""

    id = fields.IntField(primary_key=True)
    order = fields.ForeignKeyField("models.ConsultOrder", related_name="events", on_delete=fields.CASCADE)
    event = fields.CharField(max_length=16)
    from_state = fields.CharField(max_length=16, default="")
    to_state = fields.CharField(max_length=16)
    actor_type = fields.CharField(max_length=16)  # patient / doctor / system / admin
    actor_id = fields.IntField(null=True)
    note = fields.CharField(max_length=500, default="")
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "consult_order_event"


class ConsultRecord(TimestampedModel):
    """The doctor s medical record of one consultation (诊疗记录: 主诉、现病史、既往史、诊断、医嘱)."""

    id = fields.IntField(primary_key=True)
    order = fields.OneToOneField("models.ConsultOrder", related_name="record", on_delete=fields.CASCADE)
    doctor = fields.ForeignKeyField("models.Doctor", related_name="consult_records", on_delete=fields.RESTRICT)
    patient = fields.ForeignKeyField("models.Patient", related_name="consult_records", on_delete=fields.RESTRICT)
    chief_complaint = EncryptedField(mask="secret")
    present_history = EncryptedField(mask="secret")
    past_history = EncryptedField(mask="secret")
    diagnosis = EncryptedField(mask="secret")  # JSON list of diagnosis texts
    advice = EncryptedField(mask="secret")
    signed_at = fields.DatetimeField(null=True)  # final: the service ended with it

    class Meta:
        table = "consult_record"
        indexes = (("patient", "created_at"),)
