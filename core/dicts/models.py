"""Business dictionaries maintained in the console (record purposes, record contents, ...)."""
from __future__ import annotations

from tortoise import fields

from core.db import TimestampedModel


class DictItem(TimestampedModel):
    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=32)  # record_purpose / record_content / ...
    code = fields.CharField(max_length=32)
    label = fields.CharField(max_length=64)
    sort = fields.IntField(default=0)
    active = fields.BooleanField(default=True)
    extra = fields.JSONField(default=dict)

    class Meta:
        table = "dict_item"
        unique_together = (("kind", "code"),)
