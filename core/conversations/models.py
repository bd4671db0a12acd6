"""Conversations, their participants and messages.

Why: consultations, customer service and later the visit assistant talk over one
engine whose delivery is exact. Each conversation carries its own counter
(`last_seq`): every message takes the next number inside the transaction that
stores it, so the sequence has no gap and no number twice, and a client that
knows the last number it holds asks for exactly what it missed. A message is
stored once per (sender, client id): a resend gets the stored message back.

Participants are accounts of any kind, named by the kind of principal that acts
(`party_kind`: "mp" for mini-program and H5 accounts; "physician", "admin", and
later the doctor's workstation and customer-service logins) and its id, so a new
kind of login joins without a schema change. Someone acting for another person
(a relative for a parent) joins with that person's patient id and the family
grant scope that allows it: the grant is checked at every access.

Messages are medical records: never deleted (kept at least three years), their
bodies encrypted at rest; a recalled message keeps its original body, shown to
nobody. A closed conversation is read-only.
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField


class Conversation(Model):
    """A conversation; last_seq is its message counter, taken under the row lock of the writing transaction."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=16)  # consult, service, visit ...
    ref_type = fields.CharField(max_length=32, null=True)  # the owning record, e.g. consult_order
    ref_id = fields.CharField(max_length=64, null=True)
    title = fields.CharField(max_length=64, default="")
    state = fields.CharField(max_length=8, default="open")  # open / closed
    last_seq = fields.BigIntField(default=0)
    last_at = fields.DatetimeField(null=True, index=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    closed_at = fields.DatetimeField(null=True)
    close_reason = fields.CharField(max_length=32, default="")

    class Meta:
        table = "conversation"
        unique_together = (("kind", "ref_type", "ref_id"),)


class Participant(Model):
    """A party in a conversation with its delivered and read cursors."""

    id = fields.IntField(primary_key=True)
    conversation = fields.ForeignKeyField("models.Conversation", related_name="participants",
                                          on_delete=fields.RESTRICT)
    party_kind = fields.CharField(max_length=16)
    party_id = fields.IntField()
    role = fields.CharField(max_length=16)  # patient, doctor, service, relative ...
    name = fields.CharField(max_length=64, default="")  # as the others see it (masked for patients)
    for_patient_id = fields.IntField(null=True)  # acting for this patient ...
    grant_scope = fields.CharField(max_length=32, null=True)  # ... under this family grant scope
    can_write = fields.BooleanField(default=True)
    joined_at = fields.DatetimeField(auto_now_add=True)
    left_at = fields.DatetimeField(null=True)
    delivered_seq = fields.BigIntField(default=0)
    read_seq = fields.BigIntField(default=0)

    class Meta:
        table = "conversation_participant"
        unique_together = (("conversation", "party_kind", "party_id"),)
        indexes = (("party_kind", "party_id"),)


class ChatMessage(Model):
    """One message at its sequence number; unique per sender and client id (a resend is not stored again)."""

    id = fields.BigIntField(primary_key=True)
    conversation = fields.ForeignKeyField("models.Conversation", related_name="messages", on_delete=fields.RESTRICT)
    seq = fields.BigIntField()
    sender_kind = fields.CharField(max_length=16)  # a party kind, or system
    sender_id = fields.IntField(default=0)
    client_id = fields.CharField(max_length=64)
    kind = fields.CharField(max_length=8)  # text, image, voice, system, recall
    body = EncryptedField(mask="secret")  # JSON
    created_at = fields.DatetimeField(auto_now_add=True)
    recalled_at = fields.DatetimeField(null=True)

    class Meta:
        table = "conversation_message"
        unique_together = (("conversation", "seq"), ("conversation", "sender_kind", "sender_id", "client_id"))
