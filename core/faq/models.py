"""One FAQ entry: a question and its answer (or a help article: a title and its text), for
physicians, patients, the internet hospital's doctors, or everyone.

An entry belongs to the org that wrote it and applies to that org's subtree: the
province's entries reach every physician of the province, a county's only its own.
"""
from __future__ import annotations

from enum import Enum

from tortoise import fields

from core.db import SoftDeleteModel


class Audience(str, Enum):
    physician = "physician"  # physicians of the periodic assessment (seed 000), on the phone
    patient = "patient"  # patients and relatives, on the phone
    doctor = "doctor"  # the internet hospital's doctors (seed 004), in the workstation
    all = "all"  # every reader


class FaqEntry(SoftDeleteModel):
    id = fields.IntField(primary_key=True)
    org = fields.ForeignKeyField("models.OrgNode", related_name="faq_entries", on_delete=fields.RESTRICT)
    category = fields.CharField(max_length=32, db_index=True)
    question = fields.CharField(max_length=200)
    answer = fields.TextField()
    sort = fields.IntField(default=0)  # smaller first within a category
    # The column comment keeps the text the table was created with: aerich cannot alter a column
    # comment on SQLite, and a new reader (doctor) needs no change in the database (VARCHAR(16)).
    audience = fields.CharEnumField(Audience, max_length=16, default=Audience.all,
                                    description="physician: physician\npatient: patient\nall: all")
    published = fields.BooleanField(default=False)
    published_at = fields.DatetimeField(null=True)

    scope_org_field = "org"

    class Meta:
        table = "faq_entry"
        indexes = (("published", "audience"),)
