"""Use cases of the org tree: create, list, view, edit, delete and export nodes."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from core import batch, imports, pii, scope
from core.accounts import sessions
from core.accounts.errors import UsernameTaken, WeakPassword
from core.accounts.passwords import check_policy, hash_password
from core.audit import service as audit_service
from core.errors import NotFound
from core.exports import to_xlsx
from core.http import validate
from core.masking import mask_name, mask_phone
from core.orgs.errors import (
    CodeTaken, HasChildren, ImportConflict, InvalidParent, MayApplyNotApplicable, NoAdmin, NoProfile, OwnOrg,
    UnknownProfileSection,
)
from core.orgs.models import ALLOWED_PARENTS, COMMISSION_KINDS, OrgKind, OrgNode
from core.orgs.schemas import (
    IMPORT_COLUMNS, MAY_APPLY_KINDS, PROFILE_LABELS, PROFILE_SECTIONS, SUBORDINATE_KINDS, OrgOut, ProfileOut,
    ProfileSavedOut, ProfileSectionsOut, SubordinateAccountOut, SubordinateInitialOut,
    SubordinateOut, SubordinatePasswordResetOut, SubordinateRowIn, profile_pii,
)
from core.principal import Principal
from core.recycle import service as recycle_service
from core.db import transactional


KIND_LABELS = {
    OrgKind.PROVINCE: "省卫健委", OrgKind.CITY: "市卫健委", OrgKind.COUNTY: "区县卫健委",
    OrgKind.MEDICAL: "医疗机构", OrgKind.ASSESSMENT: "考核机构", OrgKind.INDUSTRY: "行业组织",
}


@transactional
async def create_root(*, name: str, code: str) -> OrgNode:
    """The province node, created once by seed-demo or create-admin."""
    async with in_transaction():
        node = await OrgNode.create(name=name, code=code, kind=OrgKind.PROVINCE, level=0)
        node.path = f"/{node.id}/"
        await node.save(update_fields=["path"])
    return node


@transactional
async def create_org(*, actor: Principal, name: str, kind: OrgKind, code: str, parent_id: int,
                     contact_name: str = "", contact_phone: str | None = None, address: str = "") -> OrgNode:
    await scope.require(actor, "orgs.write")
    parent = await scope.get(actor, OrgNode, parent_id)
    if parent.kind not in ALLOWED_PARENTS[kind]:
        raise InvalidParent(details={"kind": kind.value, "parent_kind": parent.kind.value,
                                     "allowed": [k.value for k in ALLOWED_PARENTS[kind] if k]})
    try:
        async with in_transaction():
            node = await OrgNode.create(name=name, kind=kind, code=code, parent_id=parent.id,
                                        level=parent.level + 1, contact_name=contact_name,
                                        contact_phone=contact_phone, address=address)
            node.path = f"{parent.path}{node.id}/"
            await node.save(update_fields=["path"])
            await audit_service.record(actor=actor, action="orgs.create", target_type="OrgNode",
                                       target_id=node.id, after=audit_service.snapshot(node),
                                       org_id=node.id)
    except IntegrityError as exc:
        raise CodeTaken(details={"code": code}) from exc
    return node


def _filtered(actor: Principal, *, kind: OrgKind | None, q: str | None, parent_id: int | None):
    qs = scope.scoped(actor, OrgNode)
    if kind:
        qs = qs.filter(kind=kind)
    if q:
        qs = qs.filter(name__icontains=q)
    if parent_id is not None:
        qs = qs.filter(parent_id=parent_id)
    return qs


async def list_orgs(*, actor: Principal, kind: OrgKind | None = None, q: str | None = None,
                    parent_id: int | None = None, limit: int = 20, offset: int = 0) -> tuple[int, list[OrgNode]]:
    await scope.require(actor, "orgs.read")
    qs = _filtered(actor, kind=kind, q=q, parent_id=parent_id)
    return await qs.count(), await qs.order_by("path").offset(offset).limit(limit)


async def own_org_name(actor: Principal) -> str:
    """The name of the actor's own organisation: every administrator may know where they sit
    (the console's header), whatever their roles let them read of the tree."""
    if actor.org_id is None:
        return ""
    node = await OrgNode.filter(id=actor.org_id).only("id", "name").first()
    return node.name if node else ""


async def org_out(node: OrgNode, *, actor: Principal, reveal: bool = False) -> OrgOut:
    """A node as answered: its contact masked unless revealed (pii.present: permission, audit row)."""
    return OrgOut(id=node.id, name=node.name, kind=node.kind, code=node.code, parent_id=node.parent_id,
                  level=node.level, address=node.address, **await pii.present(node, actor=actor, reveal=reveal))


async def get_org(*, actor: Principal, org_id: int, reveal: bool = False) -> OrgOut:
    await scope.require(actor, "orgs.read")
    return await org_out(await scope.get(actor, OrgNode, org_id), actor=actor, reveal=reveal)


@transactional
async def update_org(*, actor: Principal, org_id: int, changes: dict[str, Any]) -> OrgNode:
    await scope.require(actor, "orgs.write")
    async with scope.locked(actor, OrgNode, org_id) as node:
        before = audit_service.snapshot(node)
        for k, v in changes.items():
            setattr(node, k, v)
        await node.save(update_fields=list(changes) or None)
        await audit_service.record(actor=actor, action="orgs.update", target_type="OrgNode",
                                   target_id=node.id, before=before, after=audit_service.snapshot(node),
                                   org_id=node.id)
    return node


@transactional
async def delete_org(*, actor: Principal, org_id: int) -> None:
    from core.accounts.models import AdminAccount
    from core.assessment.models import Physician

    await scope.require(actor, "orgs.write")
    async with scope.locked(actor, OrgNode, org_id) as node:
        if actor.org_id == node.id:
            raise HasChildren("不能删除自己所在的机构")
        busy = {
            "children": await OrgNode.filter(parent_id=node.id, deleted_at__isnull=True).count(),
            "admins": await AdminAccount.filter(org_id=node.id, deleted_at__isnull=True).count(),
            "physicians": await Physician.filter(institution_id=node.id, deleted_at__isnull=True).count(),
        }
        if any(busy.values()):
            raise HasChildren(details=busy)
        await recycle_service.soft_delete(actor=actor, obj=node, action="orgs.delete")


async def export_orgs(*, actor: Principal, kind: OrgKind | None = None, q: str | None = None) -> bytes:
    await scope.require(actor, "orgs.read")
    nodes = await _filtered(actor, kind=kind, q=q, parent_id=None).order_by("path")
    await audit_service.record(actor=actor, action="orgs.export", after={"rows": len(nodes)})
    return to_xlsx("组织机构", ["ID", "名称", "类型", "编码", "上级ID", "层级"],
                   ([n.id, n.name, KIND_LABELS[n.kind], n.code, n.parent_id, n.level] for n in nodes))


# =================================================================== own-org profile
# Seed 000 本机构信息管理: a commission keeps three forms about itself (its own info,
# its assessment management committee, its assessment office) in OrgNode.profile,
# one JSON document keyed by section and validated by one schema per section.
# The org's own administrators see and edit the values as entered (they are the
# authors of this form); a superior viewing a subordinate's profile sees person
# names masked unless it reveals them (pii.reveal, audited).

def _profile_schema(section: str):
    if section not in PROFILE_SECTIONS:
        raise UnknownProfileSection(details={"section": section, "known": list(PROFILE_SECTIONS)})
    return PROFILE_SECTIONS[section]


def _masked_section(section: str, data: dict[str, Any] | None) -> dict[str, Any] | None:
    if data is None:
        return None
    out = dict(data)
    for name in profile_pii(section):
        value = out.get(name)
        out[name] = [mask_name(v) for v in value] if isinstance(value, list) else mask_name(value)
    return out


async def get_profile(*, actor: Principal, org_id: int | None = None, reveal: bool = False) -> ProfileOut:
    """The profile sections of the actor's own commission, or of a subordinate commission in scope."""
    await scope.require(actor, "orgs.read")
    node = await scope.get(actor, OrgNode, actor.org_id if org_id is None else org_id)
    if node.kind not in COMMISSION_KINDS:
        raise NoProfile(details={"kind": node.kind.value})
    own = node.id == actor.org_id
    if reveal and not own:
        await scope.require(actor, "pii.reveal")
        await audit_service.record(actor=actor, action="pii.reveal", target_type="OrgNode", target_id=node.id,
                                   after={"fields": ["profile"]}, org_id=node.id)
    stored = node.profile or {}
    return ProfileOut(org_id=node.id, name=node.name, kind=node.kind, own=own, sections=ProfileSectionsOut(**{
        key: {"label": PROFILE_LABELS[key],
              "data": stored.get(key) if own or reveal else _masked_section(key, stored.get(key))}
        for key in PROFILE_SECTIONS}))


@transactional
async def update_profile(*, actor: Principal, section: str, data: dict[str, Any]) -> ProfileSavedOut:
    """Replace one section of the actor's own commission profile (validated by its schema);
    answers what was stored."""
    await scope.require(actor, "orgs.write")
    parsed = validate(_profile_schema(section), data).model_dump(mode="json")
    async with scope.locked(actor, OrgNode, actor.org_id) as node:
        if node.kind not in COMMISSION_KINDS:
            raise NoProfile(details={"kind": node.kind.value})
        profile = dict(node.profile or {})
        before = profile.get(section)
        profile[section] = parsed
        node.profile = profile
        await node.save(update_fields=["profile"])
        await audit_service.record(actor=actor, action="orgs.update_profile", target_type="OrgNode",
                                   target_id=node.id, org_id=node.id,
                                   before={"section": section, "data": _masked_section(section, before)},
                                   after={"section": section, "data": _masked_section(section, parsed)})
    return ProfileSavedOut(section=section, data=parsed)


# =================================================================== subordinate orgs and accounts
# Seed 000 所辖机构账户管理: local commissions, institutions and industry organisations
# below the actor, each with its administrator account(s). "Activated" means the
# org has an enabled administrator account: new subordinates get their first
# account disabled (未激活) unless created with activate=True, and the batch
# activate / deactivate switches all of an org's accounts.

ROLE_FOR_KIND = {
    OrgKind.CITY: "commission_admin", OrgKind.COUNTY: "commission_admin",
    OrgKind.MEDICAL: "institution_admin", OrgKind.INDUSTRY: "industry_admin",
    OrgKind.ASSESSMENT: "assessment_admin",
}


@dataclass
class Subordinate:
    node: OrgNode
    accounts: list  # live AdminAccount rows of the org

    @property
    def activated(self) -> bool:
        return any(not a.disabled for a in self.accounts)


def _live_admins():
    from core.accounts.models import AdminAccount

    return AdminAccount.filter(deleted_at__isnull=True)


async def _subordinates(actor: Principal, *, kind: OrgKind | None = None, name: str | None = None,
                        code: str | None = None, region_id: int | None = None, activated: bool | None = None,
                        may_apply: bool | None = None, ids: list[int] | None = None):


    qs = scope.scoped(actor, OrgNode).filter(kind__in=list(SUBORDINATE_KINDS)).exclude(id=actor.org_id)
    if kind:
        qs = qs.filter(kind=kind)
    if name:
        qs = qs.filter(name__icontains=name)
    if code:
        qs = qs.filter(code__icontains=code)
    if region_id is not None:
        region = await scope.get(actor, OrgNode, region_id)
        qs = qs.filter(path__startswith=region.path)
    if activated is not None:
        enabled = Subquery(_live_admins().filter(disabled=False).values("org_id"))
        qs = qs.filter(id__in=enabled) if activated else qs.exclude(id__in=enabled)
    if may_apply is not None:
        qs = qs.filter(may_apply_assessment=may_apply)
    if ids:
        qs = qs.filter(id__in=ids)
    return qs


async def subordinate_out(sub: Subordinate, *, actor: Principal, reveal: bool = False) -> SubordinateOut:
    """A subordinate as answered: the org (contact masked unless revealed) with its accounts."""
    n = sub.node
    return SubordinateOut(
        **(await org_out(n, actor=actor, reveal=reveal)).model_dump(), kind_label=KIND_LABELS[n.kind],
        may_apply_assessment=n.may_apply_assessment, activated=sub.activated,
        accounts=[SubordinateAccountOut.model_validate(a) for a in sub.accounts])


async def _with_accounts(nodes: list[OrgNode]) -> list[Subordinate]:
    accounts: dict[int, list] = {n.id: [] for n in nodes}
    for a in await _live_admins().filter(org_id__in=list(accounts)).order_by("id"):
        accounts[a.org_id].append(a)
    return [Subordinate(n, accounts[n.id]) for n in nodes]


async def list_subordinates(*, actor: Principal, limit: int = 20, offset: int = 0,
                            **filters: Any) -> tuple[int, list[Subordinate]]:
    """Subordinate orgs in scope with their accounts; filters: kind, name, code, region_id,
    activated, may_apply (all optional, combined with AND)."""
    await scope.require(actor, "orgs.read")
    await scope.require(actor, "accounts.read")
    qs = await _subordinates(actor, **filters)
    total = await qs.count()
    return total, await _with_accounts(await qs.order_by("path").offset(offset).limit(limit))


async def get_subordinate(*, actor: Principal, org_id: int, reveal: bool = False) -> SubordinateOut:
    await scope.require(actor, "orgs.read")
    await scope.require(actor, "accounts.read")
    node = await scope.get(actor, OrgNode, org_id)
    return await subordinate_out((await _with_accounts([node]))[0], actor=actor, reveal=reveal)


async def update_subordinate(*, actor: Principal, org_id: int, changes: dict[str, Any]) -> SubordinateOut:
    """Edit a subordinate's info (update_org) and answer it with its accounts."""
    await scope.require(actor, "accounts.read")
    node = await update_org(actor=actor, org_id=org_id, changes=changes)
    return await subordinate_out((await _with_accounts([node]))[0], actor=actor)


def _new_password(username: str) -> str:
    from core.accounts.service import generate_initial_password

    while True:
        pw = generate_initial_password()
        try:
            check_policy(pw, username=username)
            return pw
        except WeakPassword:  # the random password happened to contain the username
            continue


async def _hashed_passwords(usernames: list[str]) -> list[tuple[str, str]]:
    """(initial password, argon2 hash) per username, hashed off the event loop."""

    def work(chunk: list[str]) -> list[tuple[str, str]]:
        out = []
        for u in chunk:
            pw = _new_password(u)
            out.append((pw, hash_password(pw)))
        return out

    # argon2 takes ~0.1 s a hash and releases the GIL: a few threads share a big import.
    n = max(1, min(4, len(usernames)))
    chunks = [usernames[i::n] for i in range(n)]
    done = await asyncio.gather(*(asyncio.to_thread(work, c) for c in chunks))
    out: list[tuple[str, str]] = [("", "")] * len(usernames)
    for i, part in enumerate(done):
        out[i::n] = part
    return out


async def _insert_subordinate(actor: Principal, *, parent: OrgNode, name: str, kind: OrgKind, code: str,
                              username: str, password_hash: str, contact_name: str = "",
                              contact_phone: str | None = None, address: str = "", may_apply: bool = False,
                              activate: bool = False):
    """Node + its first administrator, inside the caller's transaction, audited."""
    from core.accounts.models import AdminAccount

    node = await OrgNode.create(name=name, kind=kind, code=code, parent_id=parent.id, level=parent.level + 1,
                                contact_name=contact_name, contact_phone=contact_phone, address=address,
                                may_apply_assessment=may_apply)
    node.path = f"{parent.path}{node.id}/"
    await node.save(update_fields=["path"])
    await audit_service.record(actor=actor, action="orgs.create", target_type="OrgNode", target_id=node.id,
                               after=audit_service.snapshot(node), org_id=node.id)
    account = await AdminAccount.create(username=username, org_id=node.id, roles=[ROLE_FOR_KIND[kind]],
                                        password_hash=password_hash, must_change_password=True,
                                        disabled=not activate)
    await audit_service.record(actor=actor, action="accounts.create", target_type="AdminAccount",
                               target_id=account.id, after=audit_service.snapshot(account), org_id=node.id)
    return node, account


async def _check_new(*, kind: OrgKind, parent: OrgNode, code: str, username: str, may_apply: bool) -> None:
    from core.accounts.models import AdminAccount

    if parent.kind not in ALLOWED_PARENTS[kind]:
        raise InvalidParent(details={"kind": kind.value, "parent_kind": parent.kind.value,
                                     "allowed": [k.value for k in ALLOWED_PARENTS[kind] if k]})
    if may_apply and kind not in MAY_APPLY_KINDS:
        raise MayApplyNotApplicable(details={"kind": kind.value})
    # Deleted rows keep their code and username (the recycle bin can restore them).
    if await OrgNode.filter(code=code).exists():
        raise CodeTaken(details={"code": code})
    if await AdminAccount.filter(username=username).exists():
        raise UsernameTaken(details={"username": username})


@transactional
async def create_subordinate(*, actor: Principal, name: str, kind: OrgKind, code: str, parent_id: int,
                             username: str, contact_name: str = "", contact_phone: str | None = None,
                             address: str = "", may_apply_assessment: bool = False,
                             activate: bool = False) -> SubordinateInitialOut:
    """A subordinate org and its first administrator in one transaction.

    Answers them with the initial password (shown once; it must be changed at first login).
    """
    from core.accounts.models import AdminAccount

    await scope.require(actor, "orgs.write")
    await scope.require(actor, "accounts.write")
    parent = await scope.get(actor, OrgNode, parent_id)
    await _check_new(kind=kind, parent=parent, code=code, username=username, may_apply=may_apply_assessment)
    [(initial, hashed)] = await _hashed_passwords([username])
    try:
        async with in_transaction():
            node, account = await _insert_subordinate(
                actor, parent=parent, name=name, kind=kind, code=code, username=username, password_hash=hashed,
                contact_name=contact_name, contact_phone=contact_phone, address=address,
                may_apply=may_apply_assessment, activate=activate)
    except IntegrityError as exc:  # a concurrent creation took the code or the username
        if await AdminAccount.filter(username=username).exists():
            raise UsernameTaken(details={"username": username}) from exc
        raise CodeTaken(details={"code": code}) from exc
    sub = await subordinate_out(Subordinate(node, [account]), actor=actor)
    return SubordinateInitialOut(**sub.model_dump(), initial_password=initial)


async def _revoke_tickets(account_id: int) -> None:
    """A disabled or deleted administrator's realtime sockets close once the change committed."""
    from core.accounts import service as accounts_service  # accounts' service reads orgs' models

    await accounts_service.revoke_tickets(account_id)


async def set_activated(*, actor: Principal, org_ids: list[int], activated: bool) -> list[batch.RowResult]:
    """Batch activate / deactivate: enable or disable every administrator account of each org.

    Each id answers for itself; an id outside the actor's scope fails like a missing one.
    """
    await scope.require(actor, "accounts.write")
    ended: list[int] = []

    @transactional
    async def one(org_id: int) -> str:
        node = await scope.get(actor, OrgNode, org_id)
        if node.id == actor.org_id:
            raise OwnOrg("不能激活或停用本机构的账号")
        async with in_transaction():
            accounts = await _live_admins().filter(org_id=node.id).select_for_update()
            if not accounts:
                raise NoAdmin()
            changed = [a for a in accounts if a.disabled == activated]
            for a in changed:
                before = audit_service.snapshot(a)
                a.disabled = not activated
                await a.save(update_fields=["disabled"])
                await audit_service.record(actor=actor, action="accounts.enable" if activated else
                                           "accounts.disable", target_type="AdminAccount", target_id=a.id,
                                           before=before, after=audit_service.snapshot(a), org_id=node.id)
                if not activated:
                    await _revoke_tickets(a.id)
        ended.extend(a.id for a in changed if not activated)
        return "" if changed else ("已是激活状态" if activated else "已是停用状态")

    results = await batch.each(org_ids, one, not_found="机构不存在或不在管辖范围内")
    for account_id in ended:  # a disabled account loses its sessions at once
        await sessions.end_all(account_id)
    return results


async def set_may_apply(*, actor: Principal, org_ids: list[int], allowed: bool) -> list[batch.RowResult]:
    """Batch allow / disallow institutions and industry organisations to apply as assessment institutions."""
    await scope.require(actor, "orgs.write")

    @transactional
    async def one(org_id: int) -> None:
        async with scope.locked(actor, OrgNode, org_id) as node:
            if node.kind not in MAY_APPLY_KINDS:
                raise MayApplyNotApplicable(details={"kind": node.kind.value})
            if node.may_apply_assessment != allowed:
                node.may_apply_assessment = allowed
                await node.save(update_fields=["may_apply_assessment"])
                await audit_service.record(actor=actor, action="orgs.allow_apply" if allowed else
                                           "orgs.disallow_apply", target_type="OrgNode", target_id=node.id,
                                           before={"may_apply_assessment": not allowed},
                                           after={"may_apply_assessment": allowed}, org_id=node.id)

    return await batch.each(org_ids, one, not_found="机构不存在或不在管辖范围内")


async def reset_subordinate_password(*, actor: Principal, org_id: int,
                                     account_id: int | None = None) -> SubordinatePasswordResetOut:
    """Reset the password of a subordinate org's administrator (its first one unless named)."""
    from core.accounts import service as accounts_service

    await scope.require(actor, "accounts.write")
    node = await scope.get(actor, OrgNode, org_id)
    qs = _live_admins().filter(org_id=node.id)
    if account_id is not None:
        qs = qs.filter(id=account_id)
    account = await qs.order_by("id").first()
    if account is None:
        if account_id is not None:
            raise NotFound(details={"type": "AdminAccount", "id": account_id})
        raise NoAdmin()
    account, initial = await accounts_service.reset_password(actor=actor, account_id=account.id)
    return SubordinatePasswordResetOut(org_id=node.id, account_id=account.id, username=account.username,
                                       initial_password=initial)


@transactional
async def delete_subordinate(*, actor: Principal, org_id: int) -> None:
    """Delete a subordinate org together with its administrator accounts (to the recycle bin).

    Refused while it still has child orgs or physicians: those must move first.
    """
    from core.assessment.models import Physician

    await scope.require(actor, "orgs.write")
    await scope.require(actor, "accounts.write")
    async with scope.locked(actor, OrgNode, org_id) as node:
        if node.id == actor.org_id:
            raise OwnOrg("不能删除自己所在的机构")
        busy = {
            "children": await OrgNode.filter(parent_id=node.id, deleted_at__isnull=True).count(),
            "physicians": await Physician.filter(institution_id=node.id, deleted_at__isnull=True).count(),
        }
        if any(busy.values()):
            raise HasChildren("该机构下还有下级机构或医师，不能删除", details=busy)
        accounts = await _live_admins().filter(org_id=node.id).select_for_update()
        for a in accounts:
            await recycle_service.soft_delete(actor=actor, obj=a, action="accounts.delete")
            await _revoke_tickets(a.id)
        await recycle_service.soft_delete(actor=actor, obj=node, action="orgs.delete")
    for a in accounts:
        await sessions.end_all(a.id)


async def export_subordinates(*, actor: Principal, ids: list[int] | None = None, **filters: Any) -> bytes:
    """The subordinate list (filtered, or the chosen ids) as xlsx; personal data masked."""
    await scope.require(actor, "orgs.read")
    await scope.require(actor, "accounts.read")
    qs = await _subordinates(actor, ids=ids, **filters)
    rows = await _with_accounts(await qs.order_by("path").prefetch_related("parent"))
    await audit_service.record(actor=actor, action="subordinates.export",
                               after={"rows": len(rows), "ids": [r.node.id for r in rows][:200]})
    return to_xlsx("下级机构", ["ID", "名称", "类型", "机构编码", "上级机构", "上级机构编码", "联系人", "联系电话",
                               "管理员用户名", "账号状态", "允许申请考核机构"],
                   ([r.node.id, r.node.name, KIND_LABELS[r.node.kind], r.node.code,
                     r.node.parent.name if r.node.parent else "", r.node.parent.code if r.node.parent else "",
                     mask_name(r.node.contact_name), mask_phone(r.node.contact_phone),
                     "、".join(a.username for a in r.accounts), "已激活" if r.activated else "未激活",
                     "是" if r.node.may_apply_assessment else "否"] for r in rows))


# ------------------------------------------------------------------- batch import

# Each new account's password is hashed (argon2, ~0.1 s) within the request: a
# bound keeps an import well under a minute.
MAX_IMPORT_ROWS = 500

_EXAMPLE_CHILD = {OrgKind.PROVINCE: ("市卫健委", "示例市卫健委"), OrgKind.CITY: ("区县卫健委", "示例区县卫健局"),
                  OrgKind.COUNTY: ("医疗机构", "示例医院")}


async def import_template(*, actor: Principal | None = None) -> bytes:
    """The subordinate import template; for an administrator its example row is one that
    passes the import's own checks as they stand (a child kind allowed under their own
    organisation, its code as the parent, a code and username nobody uses yet)."""
    example = ["示例医院", "医疗机构", "H420102001", "420102", "张三", "13900000000", "hosp420102001"]
    own = await OrgNode.get_or_none(id=actor.org_id, deleted_at__isnull=True) if actor and actor.org_id else None
    if own is not None:
        label, name = _EXAMPLE_CHILD.get(own.kind, ("医疗机构", "示例医院"))
        for n in range(1, 100):
            code = f"{own.code}X{n:02d}"[:32]
            username = f"u{code}".lower()[:64]
            if not await OrgNode.exists(code=code) and not await _username_taken(username):
                example = [name, label, code, own.code, "张三", "13900000000", username]
                break
    return imports.template_xlsx("下级机构导入模板", list(IMPORT_COLUMNS), example)


async def _username_taken(username: str) -> bool:
    from core.accounts.models import AdminAccount

    return await AdminAccount.exists(username=username)


@transactional
async def import_subordinates(*, actor: Principal, content: bytes, dry_run: bool = False):
    """Import subordinate orgs and their first administrators from the xlsx template.

    Every row is checked first (columns, types, parent code in scope, allowed
    parent kind, codes and usernames unique in the file and in the database).
    If any row fails, nothing is written and the report names each row and
    reason; otherwise all rows are created in one transaction (accounts not yet
    activated) and the report lists them with their initial passwords. A parent
    may be an existing org in scope or a row above it in the same file.
    With dry_run nothing is written either way (the check, or the report as xlsx).
    """
    from core.accounts.models import AdminAccount

    await scope.require(actor, "orgs.write")
    await scope.require(actor, "accounts.write")
    rows = imports.read_rows(content, IMPORT_COLUMNS, max_rows=MAX_IMPORT_ROWS)
    reports = imports.validate_rows(rows, SubordinateRowIn, IMPORT_COLUMNS)
    imports.duplicates(reports, "code", "机构编码在文件中重复", key=lambda p: p.code.upper())
    imports.duplicates(reports, "username", "管理员用户名在文件中重复", key=lambda p: p.username.lower())
    valid = [r for r in reports if r.parsed is not None]

    codes = {r.parsed.code for r in valid} | {r.parsed.parent_code for r in valid}
    known = {n.code.upper(): n for n in await OrgNode.filter(code__in=list(codes))}
    taken_names = {a.username.lower() for a in
                   await AdminAccount.filter(username__in=[r.parsed.username for r in valid])}
    in_file = {r.parsed.code.upper(): r for r in valid}
    failed_rows = {str(r.values.get("机构编码", "")).upper(): r.row for r in reports if r.parsed is None}
    denied: list[str] = []
    parents: dict[int, OrgNode | Any] = {}  # report row -> existing parent node, or the parent row's report
    for r in valid:
        p = r.parsed
        existing = known.get(p.code.upper())
        if existing is not None:
            r.add("code", "机构编码已存在" + ("（该机构已删除，可从回收站恢复）" if existing.deleted_at else ""))
        if p.username.lower() in taken_names:
            r.add("username", "管理员用户名已存在")
        parent_row = in_file.get(p.parent_code.upper())
        parent = known.get(p.parent_code.upper())
        if p.parent_code.upper() == p.code.upper():
            r.add("parent_code", "上级机构编码不能是本机构的编码")
            continue
        if parent_row is not None and parent is None:
            if parent_row.row > r.row:
                r.add("parent_code", f"上级机构在第{parent_row.row}行，应位于本行之前")
                continue
            parent_kind = parent_row.parsed.kind
            parents[r.row] = parent_row
        elif parent is None and p.parent_code.upper() in failed_rows:
            r.add("parent_code", f"上级机构（第{failed_rows[p.parent_code.upper()]}行）未通过校验")
            continue
        elif parent is None or parent.deleted_at is not None or not scope.in_subtree(actor, parent.path):
            if parent is not None and parent.deleted_at is None:
                denied.append(p.parent_code)
            r.add("parent_code", "上级机构编码不存在或不在管辖范围内")
            continue
        else:
            parent_kind = parent.kind
            parents[r.row] = parent
        if parent_kind not in ALLOWED_PARENTS[p.kind]:
            r.add("kind", f"{KIND_LABELS[p.kind]}不能设在{KIND_LABELS[parent_kind]}之下")
    if denied:  # guessing codes of other regions leaves a trace, as scope.get does for ids
        await audit_service.record_denied(actor=actor, action="subordinates.import", target_type="OrgNode",
                                          target_id=",".join(denied)[:64], reason="parent outside scope")

    # The report echoes rows back: phones are masked when the rows are read (core.imports);
    # a contact's name is personal only here, so it is masked here.
    for r in reports:
        r.values["联系人"] = mask_name(r.values.get("联系人"))
    report = imports.ImportReport.of(reports, IMPORT_COLUMNS)
    if not report.ok or dry_run:
        return report

    secrets_ = await _hashed_passwords([r.parsed.username for r in reports])
    created: dict[int, OrgNode] = {}
    out = []
    try:
        async with in_transaction():
            for r, (initial, hashed) in zip(reports, secrets_):
                p = r.parsed
                parent = parents[r.row]
                parent_node = created[parent.row] if isinstance(parent, imports.RowReport) else parent
                node, account = await _insert_subordinate(
                    actor, parent=parent_node, name=p.name, kind=p.kind, code=p.code, username=p.username,
                    password_hash=hashed, contact_name=p.contact_name, contact_phone=p.contact_phone)
                created[r.row] = node
                out.append({"row": r.row, "org_id": node.id, "name": node.name, "code": node.code,
                            "kind": node.kind.value, "account_id": account.id, "username": account.username,
                            "initial_password": initial})
            await audit_service.record(actor=actor, action="subordinates.import",
                                       after={"rows": len(out), "org_ids": [o["org_id"] for o in out][:200]})
    except IntegrityError as exc:  # someone took a code or username between the check and the insert
        raise ImportConflict() from exc
    report.created = out
    return report
