"""Declared answers of the audit log API (read only: nothing changes the log)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from core.outputs import Out


class AuditRowOut(Out):
    """One audit row as the console shows it (the chain fields stay inside)."""
    seq: int
    at: datetime
    actor_type: str
    actor_id: str | None
    actor_name: str
    org_id: int | None
    action: str
    target_type: str
    target_id: str
    before: Any
    after: Any
    ip: str
    request_id: str
    outcome: str
