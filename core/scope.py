"""Data scope and permission checks: the only place that decides who sees what.

Why: an administrator belongs to one node of the org tree and may touch only
that node's subtree. Every list, detail, update, delete and export builds its
query here, so no handler or service filters by hand, and a guessed id from
another county is indistinguishable from a missing one (and is audited).

A model says how it hangs off the tree with `scope_org_field` (the name of its
foreign key to OrgNode); OrgNode itself is scoped by its own path.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, TypeVar

from tortoise.expressions import Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.audit import service as audit_service
from core.audit.models import AuditLog
from core.errors import Forbidden, NotFound, Unauthorized
from core.principal import Principal

M = TypeVar("M", bound=Model)


def _is_tree(model: type[Model]) -> bool:
    return model.__name__ == "OrgNode"


async def require(actor: Principal, permission: str, *, province: bool = False) -> None:
    """The actor holds `permission` (and, with province=True, sits at the root of the tree)."""
    if actor.kind != "admin":
        raise Unauthorized()
    if not actor.has(permission):
        await audit_service.record_denied(actor=actor, action=permission, reason="missing permission")
        raise Forbidden(details={"permission": permission})
    if province and not is_root(actor):
        await audit_service.record_denied(actor=actor, action=permission, reason="province only")
        raise Forbidden("仅省级卫健委可以执行此操作", details={"permission": permission, "level": "province"})


def is_root(actor: Principal) -> bool:
    return actor.org_path is not None and actor.org_path.count("/") == 2


def _filter(actor: Principal, model: type[Model]) -> dict[str, Any]:
    if actor.org_path is None:
        raise Unauthorized()
    if _is_tree(model):
        return {"path__startswith": actor.org_path}
    # An assessment institution works on what was assigned to it, wherever it sits.
    assessed = getattr(model, "scope_assessment_field", None)
    if assessed and actor.org_kind == "assessment_institution":
        return {f"{assessed}_id": actor.org_id}
    field = getattr(model, "scope_org_field", None)
    if not field:
        raise TypeError(f"{model.__name__} declares no scope_org_field")
    return {f"{field}__path__startswith": actor.org_path}


def _live_or_deleted(model: type[M], deleted: bool) -> QuerySet[M]:
    if "deleted_at" in model._meta.fields_map:
        return model.filter(deleted_at__isnull=not deleted)
    return model.all()


def scoped(actor: Principal, model: type[M], *, deleted: bool = False) -> QuerySet[M]:
    """Records of `model` inside the actor's subtree (live ones, or the recycle bin)."""
    return _live_or_deleted(model, deleted).filter(**_filter(actor, model))


async def get(actor: Principal, model: type[M], pk: Any, *, deleted: bool = False) -> M:
    """One record in scope, or NotFound. Call it outside transactions: a denied
    attempt must stay recorded although the caller's work rolls back."""
    obj = await scoped(actor, model, deleted=deleted).filter(pk=pk).first()
    if obj is None:
        # Outside the subtree looks exactly like absent; the attempt is still recorded.
        if await _live_or_deleted(model, deleted).filter(pk=pk).exists():
            await audit_service.record_denied(actor=actor, action="scope.read",
                                              target_type=model.__name__, target_id=pk,
                                              reason="outside scope")
        raise NotFound(details={"type": model.__name__, "id": pk})
    return obj


@asynccontextmanager
async def locked(actor: Principal, model: type[M], pk: Any, *, deleted: bool = False) -> AsyncIterator[M]:
    """A record in scope, row-locked inside a transaction that commits when the block ends."""
    await get(actor, model, pk, deleted=deleted)
    async with in_transaction():
        obj = await scoped(actor, model, deleted=deleted).filter(pk=pk).select_for_update().first()
        if obj is None:  # changed between the check and the lock
            raise NotFound(details={"type": model.__name__, "id": pk})
        yield obj


def in_subtree(actor: Principal, path: str) -> bool:
    return actor.org_path is not None and path.startswith(actor.org_path)


def audit_rows(actor: Principal) -> QuerySet[AuditLog]:
    from core.orgs.models import OrgNode

    if actor.org_path is None:
        raise Unauthorized()
    if actor.org_path.count("/") <= 2:  # the root of the tree sees every row
        return AuditLog.all()
    ids = OrgNode.filter(path__startswith=actor.org_path).values("id")
    return AuditLog.filter(org_id__in=Subquery(ids))
