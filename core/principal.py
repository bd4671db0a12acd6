"""Who is acting: the principal every service function receives as `actor`.

Why: services own permissions and audit, so they must know the caller;
handlers build a Principal from the session or token and pass it down.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Principal:
    kind: str  # "admin", "mp", "system", "anonymous"
    id: int | None = None
    name: str = ""
    org_id: int | None = None
    org_path: str | None = None
    org_kind: str | None = None
    roles: tuple[str, ...] = ()
    permissions: frozenset[str] = field(default_factory=frozenset)

    def has(self, permission: str) -> bool:
        return permission in self.permissions

    @property
    def audit_id(self) -> str | None:
        return None if self.id is None else str(self.id)


SYSTEM = Principal(kind="system", name="system")
ANONYMOUS = Principal(kind="anonymous", name="anonymous")
