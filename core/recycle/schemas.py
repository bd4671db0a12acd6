"""Declared answers of the recycle bin API."""
from __future__ import annotations

from datetime import datetime

from core.outputs import Out


class DeletedItemOut(Out):
    """One deleted record (core.recycle.service.DeletedItem)."""
    kind: str
    label: str
    id: int | str
    title: str
    deleted_at: datetime
    deleted_by_id: int | None


class RestoredOut(Out):
    restored: bool
    kind: str
    id: int | str
