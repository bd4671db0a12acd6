"""Outpatient visits as the hospitals report them (seed 003 门诊就医助手, 各家医疗机构云陪诊接入).

A hospital system (HIS, its appointment, queue, lab and pharmacy systems) reports what happens
in a visit as events; the event centre (core/visits/centre) applies each one exactly once to the
visit it names, in the visit s own order. What a visit looks like to the patient is the
institution s configured steps (`VisitStepConfig`), each with its current state and the data
items the HIS sent (`VisitStep`), plus the to-dos the steps create (`VisitTodo`).

`HisConnection` is the onboarding of one institution: whether the assistant and the cloud
accompaniment are open there, and how its systems reach us (AMQP queue, signed webhook, or a
poller asking the HIS adapter for changes since a cursor).

Model docstrings become table comments: no apostrophes in them (aerich does not escape them).
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField, TimestampedModel


class HisConnection(TimestampedModel):
    """One institution onboarded to the visit assistant: switches, HIS connection, cursor and health."""

    id = fields.IntField(primary_key=True)
    institution = fields.OneToOneField("models.OrgNode", related_name="his_connection", on_delete=fields.CASCADE)
    assistant_enabled = fields.BooleanField(default=False)  # 门诊就医助手 open to patients
    accompany_enabled = fields.BooleanField(default=False)  # 云陪诊 open to patients
    adapter = fields.CharField(max_length=32, default="demo")  # a registered HIS adapter name
    mode = fields.CharField(max_length=8, default="webhook")  # amqp / webhook / poll
    queue = fields.CharField(max_length=128, default="")  # the AMQP queue the HIS publishes to
    config = fields.JSONField(default=dict)  # the adapter s settings (base URL, ...), no secrets
    secret = EncryptedField(mask="secret")  # webhook HMAC key / AMQP or HIS credential, never shown
    cursor = fields.CharField(max_length=128, default="")  # the poller s position in the HIS s change feed
    poll_seconds = fields.IntField(default=30)
    last_event_at = fields.DatetimeField(null=True)  # when the HIS said it happened (the latest applied)
    last_received_at = fields.DatetimeField(null=True)  # when we received it
    last_polled_at = fields.DatetimeField(null=True)
    last_error = fields.CharField(max_length=300, default="")
    received = fields.BigIntField(default=0)  # events taken in (every transport)
    applied = fields.BigIntField(default=0)
    duplicates = fields.BigIntField(default=0)
    refused = fields.BigIntField(default=0)  # unsigned, replayed, malformed at the edge

    scope_org_field = "institution"

    class Meta:
        table = "his_connection"


class VisitStepConfig(Model):
    """One step of an institution s outpatient visit: its place in the order, name and to-do."""

    id = fields.IntField(primary_key=True)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="visit_steps", on_delete=fields.CASCADE)
    code = fields.CharField(max_length=24)  # appointment / registration / checkin / queue / consultation / payment / exam / pharmacy / followup
    position = fields.IntField()  # 1..n, the order of the steps
    name = fields.CharField(max_length=32)  # the display name the hospital chose
    enabled = fields.BooleanField(default=True)
    todo = fields.CharField(max_length=32, default="")  # the to-do kind this step creates ("" none)
    todo_state = fields.CharField(max_length=12, default="waiting")  # the step state in which that to-do is open
    guide = fields.CharField(max_length=200, default="")  # where to go next, shown under the step

    scope_org_field = "institution"

    class Meta:
        table = "visit_step_config"
        unique_together = (("institution", "code"),)


class Visit(TimestampedModel):
    """One outpatient visit at one institution, as its HIS numbers it."""

    id = fields.IntField(primary_key=True)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="visits", on_delete=fields.RESTRICT)
    his_visit = fields.CharField(max_length=64)  # the HIS s visit number
    patient = fields.ForeignKeyField("models.Patient", related_name="visits", on_delete=fields.RESTRICT)
    department = fields.CharField(max_length=64, default="")
    doctor = fields.CharField(max_length=64, default="")
    location = fields.CharField(max_length=128, default="")
    visit_date = fields.DateField(null=True)
    step = fields.CharField(max_length=24, default="")  # the furthest step reached (never moves back)
    state = fields.CharField(max_length=12, default="open", index=True)  # open / ended / cancelled
    ended_at = fields.DatetimeField(null=True)
    booked_by = fields.ForeignKeyField("models.MpAccount", related_name="booked_visits", null=True,
                                       on_delete=fields.SET_NULL)  # a family member who booked it under a grant
    seq = fields.IntField(default=0)  # the visit s topic sequence: one per applied change

    scope_org_field = "institution"

    class Meta:
        table = "visit"
        unique_together = (("institution", "his_visit"),)
        indexes = (("patient", "created_at"),)


class VisitStep(Model):
    """A step of one visit: its state and the data items the HIS reported for it."""

    id = fields.IntField(primary_key=True)
    visit = fields.ForeignKeyField("models.Visit", related_name="steps", on_delete=fields.CASCADE)
    code = fields.CharField(max_length=24)
    state = fields.CharField(max_length=12, default="pending")  # pending / active / waiting / done / skipped / cancelled
    data = fields.JSONField(default=dict)  # department, location, pick-up code, record, prescriptions, ...
    his_at = fields.DatetimeField(null=True)  # when the HIS says the latest applied event happened
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "visit_step"
        unique_together = (("visit", "code"),)


class VisitEvent(Model):
    """Every event the centre took, once per institution and HIS event id: applied, or why not."""

    id = fields.BigIntField(primary_key=True)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="visit_events", on_delete=fields.CASCADE)
    event_id = fields.CharField(max_length=64)  # the HIS s own id of the event
    visit = fields.ForeignKeyField("models.Visit", related_name="events", null=True, on_delete=fields.SET_NULL)
    source = fields.CharField(max_length=8)  # amqp / webhook / poll / sim / replay
    step = fields.CharField(max_length=24, default="")
    state = fields.CharField(max_length=12, default="")  # the step state the event reported
    status = fields.CharField(max_length=12, index=True)  # applied / stale / quarantined / discarded
    seq = fields.IntField(null=True)  # applied: the visit s topic sequence number this change took
    reason = fields.CharField(max_length=40, default="")  # quarantine: malformed / unknown_patient / unknown_step / ...
    detail = fields.CharField(max_length=300, default="")
    payload = fields.JSONField(null=True)  # kept while quarantined, for the replay
    his_at = fields.DatetimeField(null=True)
    received_at = fields.DatetimeField()
    applied_at = fields.DatetimeField(null=True)

    scope_org_field = "institution"

    class Meta:
        table = "visit_event"
        unique_together = (("institution", "event_id"),)
        indexes = (("institution", "status", "received_at"), ("visit", "seq"))


class VisitTodo(TimestampedModel):
    """Something the patient has to do in a visit (pay, go in, collect a report or medicine), linked to its step."""

    id = fields.IntField(primary_key=True)
    visit = fields.ForeignKeyField("models.Visit", related_name="todos", on_delete=fields.CASCADE)
    patient = fields.ForeignKeyField("models.Patient", related_name="visit_todos", on_delete=fields.CASCADE)
    step = fields.CharField(max_length=24)
    kind = fields.CharField(max_length=32)  # pending_payment / in_consultation / report_ready / medicine_ready / ...
    text = fields.CharField(max_length=200)
    state = fields.CharField(max_length=8, default="open", index=True)  # open / done

    class Meta:
        table = "visit_todo"
        unique_together = (("visit", "step", "kind"),)
