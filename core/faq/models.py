"""One FAQ entry: a question and its answer, for physicians, patients or both.

An entry belongs to the org that wrote it and applies to that org's subtree: the
province's entries reach every physician of the province, a county's only its own.
"""
from __future__ import annotations

from enum import Enum

from tortoise import fields

from core.db import SoftDeleteModel


class Audience(str, Enum):
    physician = "physician"
    patient = "patient"
    all = "all"


class FaqEntry(SoftDeleteModel):
    id = fields.IntField(primary_key=True)
    org = fields.ForeignKeyField("models.OrgNode", related_name="faq_entries", on_delete=fields.RESTRICT)
    category = fields.CharField(max_length=32, db_index=True)
    question = fields.CharField(max_length=200)
    answer = fields.TextField()
    sort = fields.IntField(default=0)  # smaller first within a category
    audience = fields.CharEnumField(Audience, max_length=16, default=Audience.all)
    published = fields.BooleanField(default=False)
    published_at = fields.DatetimeField(null=True)

    scope_org_field = "org"

    class Meta:
        table = "faq_entry"
        indexes = (("published", "audience"),)
