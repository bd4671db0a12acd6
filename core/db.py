"""Database wiring: Tortoise configuration, shared field types and base models.

Why: one place knows which modules hold models, how an encrypted column
behaves and what every business record carries (timestamps, soft delete).
SQLite is the embedded default; MySQL/MariaDB through aiomysql in production.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tortoise import Tortoise, fields
from tortoise.models import Model

from core import crypto

MODEL_MODULES = [
    "core.orgs.models",
    "core.accounts.models",
    "core.audit.models",
    "core.assessment.models",
    "core.family.models",
    "core.exam.models",
    "core.proctoring.models",
    "core.dicts.models",
    "core.notify.models",
    "core.his.models",
    "core.records.models",
]


def dialect_of(db_url: str) -> str:
    scheme = urlsplit(db_url).scheme
    return "sqlite" if scheme.startswith("sqlite") else "mysql"


def migrations_location(db_url: str) -> str:
    # aerich writes dialect-specific SQL, so each dialect has its own history.
    return str(Path(__file__).resolve().parent.parent / "migrations" / dialect_of(db_url))


def tortoise_config(db_url: str, *, with_aerich: bool = True) -> dict[str, Any]:
    if db_url.startswith("sqlite://") and not db_url.startswith("sqlite://:memory:"):
        Path(db_url[len("sqlite://"):]).parent.mkdir(parents=True, exist_ok=True)
    modules = list(MODEL_MODULES) + (["aerich.models"] if with_aerich else [])
    return {
        "connections": {"default": db_url},
        "apps": {"models": {"models": modules, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


async def init_db(db_url: str) -> None:
    # Global fallback: the server opens the database in a start-up listener and
    # serves requests in other tasks, which must see the same Tortoise context.
    await Tortoise.init(config=tortoise_config(db_url), _enable_global_fallback=True)


async def close_db() -> None:
    await Tortoise.close_connections()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class EncryptedField(fields.TextField):
    """SM4-GCM encrypted text; the model sees plaintext, the database ciphertext.

    `mask` names the masking rule used on output and in audit snapshots.
    """

    def __init__(self, *, mask: str, **kwargs: Any):
        self.mask = mask
        super().__init__(**kwargs)

    def to_db_value(self, value: Any, instance: Any) -> Any:
        if value is None:
            return None
        return crypto.encrypt(str(value))

    def to_python_value(self, value: Any) -> Any:
        if value is None or not isinstance(value, str) or "$" not in value:
            return value
        return crypto.decrypt(value)


class TimestampedModel(Model):
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        abstract = True


class SoftDeleteModel(TimestampedModel):
    """Business records are never hard-deleted by users: they go to the recycle bin."""

    deleted_at = fields.DatetimeField(null=True, index=True)
    deleted_by_id = fields.IntField(null=True)

    class Meta:
        abstract = True
