"""Proctoring models: consent, the enrolled face, verification attempts before an
exam, captures during it with their analysis, and events (leaving the app,
network drops)."""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class FaceConsent(Model):
    id = fields.IntField(primary_key=True)
    physician = fields.ForeignKeyField("models.Physician", related_name="face_consents", on_delete=fields.CASCADE)
    text_version = fields.CharField(max_length=32)
    consented_at = fields.DatetimeField()
    withdrawn_at = fields.DatetimeField(null=True)
    ip = fields.CharField(max_length=64, default="")

    class Meta:
        table = "proctor_face_consent"


class FaceEnrolment(Model):
    """The reference face: a 128-d encoding and the stored photo it came from."""

    id = fields.IntField(primary_key=True)
    physician = fields.ForeignKeyField("models.Physician", related_name="face_enrolments", on_delete=fields.CASCADE)
    photo_key = fields.CharField(max_length=64)  # media storage key (sha256)
    encoding = fields.JSONField()  # 128 floats
    source = fields.CharField(max_length=16, default="capture")  # capture / registered
    quality = fields.JSONField(default=dict)  # face box, sharpness, brightness
    active = fields.BooleanField(default=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "proctor_face_enrolment"


class VerificationAttempt(Model):
    id = fields.IntField(primary_key=True)
    session = fields.ForeignKeyField("models.ExamSession", related_name="verifications", on_delete=fields.CASCADE)
    photo_key = fields.CharField(max_length=64, null=True)
    outcome = fields.CharField(max_length=16)  # match / mismatch / no_face / several_faces / poor_quality / released
    distance = fields.FloatField(null=True)
    threshold = fields.FloatField(null=True)
    reason = fields.CharField(max_length=255, default="")
    by_admin_id = fields.IntField(null=True)  # a proctor's manual release
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "proctor_verification"


class Capture(Model):
    """A photo taken during the exam; analysed later by a worker."""

    id = fields.IntField(primary_key=True)
    session = fields.ForeignKeyField("models.ExamSession", related_name="captures", on_delete=fields.CASCADE)
    photo_key = fields.CharField(max_length=64)
    taken_at = fields.DatetimeField(db_index=True)  # the phone's clock, checked against the session window
    received_at = fields.DatetimeField(auto_now_add=True)
    analysis = fields.CharField(max_length=16, default="pending", db_index=True)  # pending/match/mismatch/no_face/several_faces
    faces = fields.SmallIntField(null=True)
    distance = fields.FloatField(null=True)  # to the enrolled face: the closest face found
    detail = fields.JSONField(null=True)  # every face's distance and box, the image size
    # Uploaded after a reconnect: received well after it was taken (placed by taken_at).
    late = fields.BooleanField(default=False)
    analysed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "proctor_capture"
        unique_together = (("session", "photo_key"),)


class SessionEvent(Model):
    id = fields.IntField(primary_key=True)
    session = fields.ForeignKeyField("models.ExamSession", related_name="events", on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=32)  # app_hidden / app_visible / offline / online / device_takeover
    at = fields.DatetimeField(db_index=True)
    detail = fields.JSONField(null=True)

    class Meta:
        table = "proctor_session_event"


class Verdict(Model):
    """A verdict by a proctor on a session; cheating needs a second proctor to confirm."""

    id = fields.IntField(primary_key=True)
    session = fields.ForeignKeyField("models.ExamSession", related_name="verdicts", on_delete=fields.CASCADE)
    verdict = fields.CharField(max_length=16)  # clear / suspected / cheating
    reason = fields.CharField(max_length=500, default="")
    by_admin_id = fields.IntField()
    stage = fields.CharField(max_length=16, default="first")  # first / second
    confirmed = fields.BooleanField(null=True)  # for a second review of "cheating"
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "proctor_verdict"


class ProctorCase(Model):
    """An exam session as proctors see it: whose area it belongs to, how risky its
    captures and events make it, and where its verdict stands. One per session,
    opened when the session starts, so that scope and ranking are plain indexed
    filters and not a walk through paper, enrolment and physician."""

    id = fields.IntField(primary_key=True)
    session = fields.OneToOneField("models.ExamSession", related_name="proctor_case", on_delete=fields.CASCADE)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="proctor_cases", on_delete=fields.RESTRICT)
    assessment_org = fields.ForeignKeyField("models.OrgNode", related_name="assessed_proctor_cases", null=True,
                                            on_delete=fields.SET_NULL)
    risk = fields.FloatField(default=0)
    signals = fields.JSONField(default=dict)  # counts: no_face, several_faces, mismatch, app_hidden, offline, late
    # open / clear / suspected / cheating_pending (awaits a second proctor) / cheating (confirmed)
    state = fields.CharField(max_length=20, default="open")
    updated_at = fields.DatetimeField(auto_now=True)

    scope_org_field = "institution"
    scope_assessment_field = "assessment_org"

    class Meta:
        table = "proctor_case"
        indexes = (("institution", "state", "risk"), ("assessment_org", "state", "risk"))
