"""Recycle bin (seed 001, platform item 10): soft delete, listing and restore.

Why: a business record deleted by a user goes here instead of disappearing;
administrators see what was deleted in their scope and restore it. Domains'
recyclable models are registered at start-up (core/wiring.py); domains call `soft_delete`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.models import Model

from core import scope
from core.audit import service as audit_service
from core.db import utcnow, transactional
from core.errors import AppError
from core.principal import Principal


class UnknownKind(AppError):
    status, code, message = 422, "recycle.unknown_kind", "回收站中没有这种数据类型"


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    model: type[Model]
    title_field: str


_KINDS: dict[str, Kind] = {}


def register(key: str, label: str, model: type[Model], title_field: str) -> None:
    """At start-up (core/wiring.py): a domain's recyclable model."""
    _KINDS[key] = Kind(key, label, model, title_field)


def kinds() -> list[Kind]:
    return list(_KINDS.values())


def _kind(key: str) -> Kind:
    if key not in _KINDS:
        raise UnknownKind(details={"kind": key, "known": sorted(_KINDS)})
    return _KINDS[key]


async def soft_delete(*, actor: Principal, obj: Any, action: str) -> None:
    """Mark `obj` deleted; call inside the domain's transaction after its own checks."""
    before = audit_service.snapshot(obj)
    obj.deleted_at = utcnow()
    obj.deleted_by_id = actor.id
    await obj.save(update_fields=["deleted_at", "deleted_by_id"])
    await audit_service.record(actor=actor, action=action, target_type=type(obj).__name__,
                               target_id=obj.pk, before=before, after=None)


@dataclass
class DeletedItem:
    kind: str
    label: str
    id: Any
    title: str
    deleted_at: Any
    deleted_by_id: int | None


async def list_deleted(*, actor: Principal, kind: str | None = None, limit: int = 50,
                       offset: int = 0) -> tuple[int, list[DeletedItem]]:
    await scope.require(actor, "recycle.read")
    chosen = [_kind(kind)] if kind else kinds()
    items: list[DeletedItem] = []
    total = 0
    for k in chosen:
        qs = scope.scoped(actor, k.model, deleted=True)
        total += await qs.count()
        for obj in await qs.order_by("-deleted_at").limit(offset + limit):
            items.append(DeletedItem(k.key, k.label, obj.pk, str(getattr(obj, k.title_field)),
                                     obj.deleted_at, obj.deleted_by_id))
    items.sort(key=lambda i: i.deleted_at, reverse=True)
    return total, items[offset:offset + limit]


@transactional
async def restore(*, actor: Principal, kind: str, record_id: Any) -> Any:
    await scope.require(actor, "recycle.restore")
    k = _kind(kind)
    async with scope.locked(actor, k.model, record_id, deleted=True) as obj:
        obj.deleted_at = None
        obj.deleted_by_id = None
        await obj.save(update_fields=["deleted_at", "deleted_by_id"])
        await audit_service.record(actor=actor, action="recycle.restore", target_type=k.model.__name__,
                                   target_id=obj.pk, after=audit_service.snapshot(obj))
    return obj
