"""Business dictionaries maintained in the console (seed 003 系统设置: 平台业务数据字典的维护和修改).

Why: the lists patients choose from (what a record copy is for, what it should
contain) change with policy, not with code. Each kind has defaults, created on
first use so that a fresh database (or one migrated before the kind existed)
needs no seeding step; after that the platform edits them. Dictionaries are
platform-wide (they have no org), so only an administrator at the root of the
tree, holding the kind's permission, changes them; everybody reads them.

A code once used by business rows is never deleted (the rows name it): it is
deactivated, and the domain that owns a kind registers it, with how to tell
(`register_kind`, at start-up).
"""
from __future__ import annotations

from typing import Awaitable, Callable

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import scope
from core.dicts.schemas import DictItemOut, DictKindOut
from core.audit import service as audit_service
from core.dicts.models import DictItem
from core.errors import AppError, NotFound
from core.principal import Principal
from core.db import transactional


class UnknownKind(AppError):
    status, code, message = 422, "dicts.unknown_kind", "未知的字典类型"


class CodeTaken(AppError):
    status, code, message = 409, "dicts.code_taken", "该字典中已有相同编码"


class InUse(AppError):
    status, code, message = 409, "dicts.in_use", "该字典项已被业务数据使用，不能删除，可停用"


# kind -> (label, permission that edits it, defaults [(code, label)]): registered at start-up by the
# domains that use them (core/wiring.py).
KINDS: dict[str, tuple[str, str, list[tuple[str, str]]]] = {}
_USAGE: dict[str, Callable[[str], Awaitable[bool]]] = {}


def register_kind(kind: str, *, label: str, permission: str, defaults: list[tuple[str, str]],
                  in_use: Callable[[str], Awaitable[bool]] | None = None) -> None:
    """A domain's dictionary: who edits it, its first items, and how to tell whether a code is
    used by the domain's rows (such a code is deactivated, never deleted)."""
    KINDS[kind] = (label, permission, list(defaults))
    if in_use is not None:
        _USAGE[kind] = in_use


def _kind(kind: str) -> tuple[str, str, list[tuple[str, str]]]:
    if kind not in KINDS:
        raise UnknownKind(details={"kind": kind, "known": sorted(KINDS)})
    return KINDS[kind]


@transactional
async def ensure_defaults(kind: str) -> None:
    """Create the defaults of `kind` once, when it has no item at all."""
    _label, _perm, defaults = _kind(kind)
    if await DictItem.filter(kind=kind).exists():
        return
    try:
        async with in_transaction():
            for n, (code, label) in enumerate(defaults):
                await DictItem.create(kind=kind, code=code, label=label, sort=(n + 1) * 10)
    except IntegrityError:
        pass  # another request created them first


def view(item: DictItem) -> DictItemOut:
    return DictItemOut.model_validate(item)


async def items(*, kind: str, active_only: bool = True) -> list[DictItemOut]:
    await ensure_defaults(kind)
    qs = DictItem.filter(kind=kind)
    if active_only:
        qs = qs.filter(active=True)
    return [view(i) for i in await qs.order_by("sort", "id")]


async def labels(*, kind: str) -> dict[str, str]:
    """code -> label of every item of `kind`, inactive ones too (old rows still name them)."""
    return {i.code: i.label for i in await items(kind=kind, active_only=False)}


async def active_codes(*, kind: str) -> set[str]:
    return {i.code for i in await items(kind=kind)}


async def kinds() -> list[DictKindOut]:
    return [DictKindOut(kind=k, label=v[0]) for k, v in KINDS.items()]


async def _may_edit(actor: Principal, kind: str) -> None:
    await scope.require(actor, _kind(kind)[1], province=True)


@transactional
async def create_item(*, actor: Principal, kind: str, code: str, label: str, sort: int = 0,
                      active: bool = True) -> DictItemOut:
    await _may_edit(actor, kind)
    await ensure_defaults(kind)
    try:
        async with in_transaction():
            item = await DictItem.create(kind=kind, code=code, label=label, sort=sort, active=active)
            await audit_service.record(actor=actor, action="dicts.create", target_type="DictItem",
                                       target_id=item.id, after=audit_service.snapshot(item))
    except IntegrityError as exc:
        raise CodeTaken(details={"kind": kind, "code": code}) from exc
    return view(item)


async def _item(item_id: int) -> DictItem:
    item = await DictItem.get_or_none(id=item_id)
    if item is None:
        raise NotFound("字典项不存在", details={"id": item_id})
    return item


@transactional
async def update_item(*, actor: Principal, item_id: int, label: str | None = None, sort: int | None = None,
                      active: bool | None = None) -> DictItemOut:
    item = await _item(item_id)
    await _may_edit(actor, item.kind)
    async with in_transaction():
        item = await DictItem.filter(id=item_id).select_for_update().first()
        before = audit_service.snapshot(item)
        for name, value in (("label", label), ("sort", sort), ("active", active)):
            if value is not None:
                setattr(item, name, value)
        await item.save()
        await audit_service.record(actor=actor, action="dicts.update", target_type="DictItem", target_id=item.id,
                                   before=before, after=audit_service.snapshot(item))
    return view(item)


@transactional
async def delete_item(*, actor: Principal, item_id: int) -> None:
    item = await _item(item_id)
    await _may_edit(actor, item.kind)
    in_use = _USAGE.get(item.kind)
    if in_use is not None and await in_use(item.code):
        raise InUse(details={"kind": item.kind, "code": item.code})
    async with in_transaction():
        await audit_service.record(actor=actor, action="dicts.delete", target_type="DictItem", target_id=item.id,
                                   before=audit_service.snapshot(item))
        await item.delete()
