"""Exam models: a versioned question bank (with case and shared-option groups),
blueprints per cycle and specialty, one paper per physician drawn from the
blueprint, exam sessions with a server-side deadline, and answers kept per
question with the client's sequence number."""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import SoftDeleteModel, TimestampedModel


class QuestionGroup(TimestampedModel):
    """A3/A4: a shared case stem whose sub-questions stay together and in order.
    B1: a shared option list answered by several questions."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=8)  # A3 / A4 / B1
    stem = fields.TextField(default="")
    shared_options = fields.JSONField(null=True)  # B1: [{"key": "A", "text": ...}]
    specialty = fields.CharField(max_length=64, db_index=True)
    category = fields.CharField(max_length=64, db_index=True)
    difficulty = fields.SmallIntField(default=3)
    origin_id = fields.IntField(null=True, db_index=True)
    version = fields.IntField(default=1)
    retired = fields.BooleanField(default=False)

    class Meta:
        table = "exam_question_group"


class Question(SoftDeleteModel):
    """One question. Once a paper uses it, it is never edited in place: an edit
    makes a new version (same origin) and retires the old one."""

    id = fields.IntField(primary_key=True)
    qtype = fields.CharField(max_length=8, db_index=True)  # A1 / A2 / X / A3 / A4 / B1
    group = fields.ForeignKeyField("models.QuestionGroup", related_name="questions", null=True,
                                   on_delete=fields.RESTRICT)
    position = fields.SmallIntField(default=0)  # order inside its group
    stem = fields.TextField()
    options = fields.JSONField(null=True)  # [{"key": "A", "text": ...}]; B1 uses the group's
    answer = fields.JSONField()  # ["B"] or ["A", "C"]
    explanation = fields.TextField(default="")
    specialty = fields.CharField(max_length=64, db_index=True)
    category = fields.CharField(max_length=64, db_index=True)
    difficulty = fields.SmallIntField(default=3, db_index=True)
    origin_id = fields.IntField(null=True, db_index=True)
    version = fields.IntField(default=1)
    retired = fields.BooleanField(default=False, db_index=True)
    used = fields.BooleanField(default=False)

    class Meta:
        table = "exam_question"


class Blueprint(TimestampedModel):
    id = fields.IntField(primary_key=True)
    cycle = fields.ForeignKeyField("models.Cycle", related_name="blueprints", on_delete=fields.RESTRICT)
    specialty = fields.CharField(max_length=64)
    name = fields.CharField(max_length=128)
    time_limit_minutes = fields.IntField()
    pass_mark = fields.FloatField()
    # [{"category", "qtype", "difficulty" (or null), "count", "points"}]; a group counts its sub-questions.
    rules = fields.JSONField()
    multi_partial = fields.BooleanField(default=False)  # X: all-or-nothing unless this is set
    frozen = fields.BooleanField(default=False)

    class Meta:
        table = "exam_blueprint"
        unique_together = (("cycle", "specialty"),)


class Paper(TimestampedModel):
    """The questions one physician gets, in the order and option order they see."""

    id = fields.IntField(primary_key=True)
    blueprint = fields.ForeignKeyField("models.Blueprint", related_name="papers", on_delete=fields.RESTRICT)
    physician = fields.ForeignKeyField("models.Physician", related_name="papers", on_delete=fields.RESTRICT)
    enrolment = fields.ForeignKeyField("models.Enrolment", related_name="papers", null=True,
                                       on_delete=fields.SET_NULL)
    kind = fields.CharField(max_length=8, default="exam")  # exam / makeup / mock
    seed = fields.BigIntField()
    # [{"q": question id, "opts": ["C", "A", ...] shown order, "points": 1.0, "group": id|None}]
    items = fields.JSONField()
    total_points = fields.FloatField()
    state = fields.CharField(max_length=16, default="ready", db_index=True)  # ready/in_progress/submitted

    class Meta:
        table = "exam_paper"


class ExamSession(TimestampedModel):
    id = fields.IntField(primary_key=True)
    paper = fields.OneToOneField("models.Paper", related_name="session", on_delete=fields.RESTRICT)
    started_at = fields.DatetimeField()
    deadline = fields.DatetimeField(db_index=True)
    submitted_at = fields.DatetimeField(null=True)
    submitted_by = fields.CharField(max_length=16, null=True)  # taker / deadline
    active_device = fields.CharField(max_length=64)
    device_epoch = fields.IntField(default=1)
    score = fields.FloatField(null=True)
    passed = fields.BooleanField(null=True)
    voided = fields.BooleanField(default=False)
    # Before answering, the taker's face must match the enrolment (or a proctor releases the session).
    verified = fields.BooleanField(default=False)
    capture_schedule = fields.JSONField(null=True)  # seconds after start at which the phone takes a photo

    class Meta:
        table = "exam_session"


class Answer(Model):
    id = fields.BigIntField(primary_key=True)
    session = fields.ForeignKeyField("models.ExamSession", related_name="answers", on_delete=fields.CASCADE)
    question_id = fields.IntField()
    answer = fields.JSONField()  # list of option keys as the bank knows them
    marked = fields.BooleanField(default=False)
    seq = fields.BigIntField()
    device = fields.CharField(max_length=64, default="")
    saved_at = fields.DatetimeField()
    points = fields.FloatField(null=True)

    class Meta:
        table = "exam_answer"
        unique_together = (("session", "question_id"),)


class PracticeAnswer(Model):
    """One answer given in practice or a mock exam; progress is counted from these rows."""

    id = fields.BigIntField(primary_key=True)
    physician = fields.ForeignKeyField("models.Physician", related_name="practice_answers", on_delete=fields.CASCADE)
    question_id = fields.IntField()
    specialty = fields.CharField(max_length=64)
    category = fields.CharField(max_length=64)
    correct = fields.BooleanField()
    mode = fields.CharField(max_length=8, default="practice")  # practice / mock
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "exam_practice_answer"
        indexes = (("physician", "category"), ("physician", "at"))


class WrongNote(Model):
    """The wrong-answer notebook: a question stays until answered right N times in a row."""

    id = fields.IntField(primary_key=True)
    physician = fields.ForeignKeyField("models.Physician", related_name="wrong_notes", on_delete=fields.CASCADE)
    question_id = fields.IntField()
    wrong_count = fields.IntField(default=1)
    streak = fields.SmallIntField(default=0)  # correct answers in a row since the last wrong one
    added_at = fields.DatetimeField(auto_now_add=True)
    last_at = fields.DatetimeField(auto_now=True)
    cleared_at = fields.DatetimeField(null=True)

    class Meta:
        table = "exam_wrong_note"
        unique_together = (("physician", "question_id"),)


class Favourite(Model):
    id = fields.IntField(primary_key=True)
    physician = fields.ForeignKeyField("models.Physician", related_name="favourites", on_delete=fields.CASCADE)
    question_id = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "exam_favourite"
        unique_together = (("physician", "question_id"),)
