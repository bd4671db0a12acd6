"""Use cases of the org tree: create, list, view, edit, delete and export nodes."""
from __future__ import annotations

from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.exports import to_xlsx
from core.orgs.errors import CodeTaken, HasChildren, InvalidParent
from core.orgs.models import ALLOWED_PARENTS, OrgKind, OrgNode
from core.principal import Principal
from core.recycle import service as recycle_service

recycle_service.register("org", "组织机构", OrgNode, "name")

KIND_LABELS = {
    OrgKind.PROVINCE: "省卫健委", OrgKind.CITY: "市卫健委", OrgKind.COUNTY: "区县卫健委",
    OrgKind.MEDICAL: "医疗机构", OrgKind.ASSESSMENT: "考核机构", OrgKind.INDUSTRY: "行业组织",
}


async def create_root(*, name: str, code: str) -> OrgNode:
    """The province node, created once by seed-demo or create-admin."""
    async with in_transaction():
        node = await OrgNode.create(name=name, code=code, kind=OrgKind.PROVINCE, level=0)
        node.path = f"/{node.id}/"
        await node.save(update_fields=["path"])
    return node


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


async def get_org(*, actor: Principal, org_id: int) -> OrgNode:
    await scope.require(actor, "orgs.read")
    return await scope.get(actor, OrgNode, org_id)


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
