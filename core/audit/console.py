"""The console's use cases of the audit log: reading it within one's scope, verifying the chain.

Why a module of its own: core/audit/service.py appends to the log and checks the chain,
and everything below the services uses it, core/scope.py included (a denied access is
audited). Reading the log needs the scope, which needs the appending: the reading sits
above scope, the appending below it (import-linter: the one import of core.scope from the
audit package, listed in .importlinter).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q

from core import scope
from core.audit import service as audit_service
from core.audit.anchors import get_anchor_store
from core.audit.models import AuditHead
from core.audit.schemas import AuditRowOut
from core.audit.service import ChainReport
from core.principal import Principal


async def list_rows(*, actor: Principal, action: str | None = None, outcome: str | None = None,
                    who: str | None = None, target_type: str | None = None, target_id: str | None = None,
                    since: Any = None, until: Any = None,
                    limit: int = 50, offset: int = 0) -> tuple[int, list[AuditRowOut]]:
    """Rows of the actor's scope, newest first, as the console shows them (the chain fields stay
    inside). `action` matches a prefix ("accounts." takes the domain), `who` an actor's name or id,
    `since`/`until` bound the time (datetimes, until excluded)."""
    await scope.require(actor, "audit.read")
    qs = scope.audit_rows(actor)
    if action:
        qs = qs.filter(action__startswith=action) if action.endswith(".") else qs.filter(action=action)
    if outcome:
        qs = qs.filter(outcome=outcome)
    if who:
        qs = qs.filter(Q(actor_name__icontains=who) | Q(actor_id=who))
    if target_type:
        qs = qs.filter(target_type=target_type)
    if target_id:
        qs = qs.filter(target_id=target_id)
    if since is not None:
        qs = qs.filter(at__gte=since)
    if until is not None:
        qs = qs.filter(at__lt=until)
    rows = await qs.order_by("-seq").offset(offset).limit(limit)
    return await qs.count(), [AuditRowOut.model_validate(r) for r in rows]


@dataclass
class Verification:
    report: ChainReport
    anchor: dict[str, Any] | None  # the newest anchor, as stored (None: never anchored)
    head_seq: int | None


async def verify(*, actor: Principal) -> Verification:
    """The console's "verify chain": the whole chain walked (verify_chain) against the newest
    anchor. The chain is one for the platform, so only the root of the tree runs it."""
    await scope.require(actor, "audit.read", province=True)
    report = await audit_service.verify_chain()
    head = await AuditHead.get_or_none(id=1)
    await audit_service.record(actor=actor, action="audit.verify", target_type="AuditLog",
                 after={"ok": report.ok, "rows": report.rows, "first_bad_seq": report.first_bad_seq},
                 outcome="success" if report.ok else "failure")
    return Verification(report, get_anchor_store().latest(), head.seq if head else None)
