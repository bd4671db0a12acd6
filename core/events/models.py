"""The outbox of domain events (core/events/service.py).

An event row is written in the transaction of the change it reports, so the two
commit or roll back together; `relayed_at` is set once the event is on Redis.
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class EventOutbox(Model):
    """A domain event written with its change and relayed to Redis after the commit"""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=64)  # <domain>.<event>
    topic = fields.CharField(max_length=128, null=True)  # conversation:123, account:45
    payload = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)
    relayed_at = fields.DatetimeField(null=True, index=True)  # NULL: still to relay

    class Meta:
        table = "event_outbox"
