"""Use cases of the physician register (the foundation part of the assessment domain)."""
from __future__ import annotations

from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import crypto, idcard, pii, scope
from core.assessment.errors import NotAnInstitution, PhysicianExists
from core.assessment.models import Physician
from core.audit import service as audit_service
from core.exports import to_xlsx
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal
from core.recycle import service as recycle_service

recycle_service.register("physician", "医师", Physician, "name")


def _bidx(kind: str, value: str | None) -> str | None:
    return crypto.blind_index(value, purpose=kind) if value else None


async def create_physician(*, actor: Principal, name: str, id_number: str, institution_id: int,
                           phone: str | None = None, **extra: Any) -> Physician:
    await scope.require(actor, "physicians.write")
    inst = await scope.get(actor, OrgNode, institution_id)
    if inst.kind != OrgKind.MEDICAL:
        raise NotAnInstitution(details={"institution_id": institution_id})
    id_number = idcard.normalize(id_number)
    try:
        async with in_transaction():
            doc = await Physician.create(
                name=name, id_number=id_number, id_number_bidx=_bidx("id_number", id_number),
                phone=phone, phone_bidx=_bidx("phone", phone), institution_id=inst.id, **extra)
            await audit_service.record(actor=actor, action="physicians.create", target_type="Physician",
                                       target_id=doc.id, after=audit_service.snapshot(doc), org_id=inst.id)
    except IntegrityError as exc:
        raise PhysicianExists() from exc
    return doc


def _filtered(actor: Principal, *, q: str | None, institution_id: int | None, id_number: str | None):
    qs = scope.scoped(actor, Physician)
    if q:
        qs = qs.filter(name__icontains=q)
    if institution_id is not None:
        qs = qs.filter(institution_id=institution_id)
    if id_number:
        qs = qs.filter(id_number_bidx=_bidx("id_number", idcard.normalize(id_number)))
    return qs


async def list_physicians(*, actor: Principal, q: str | None = None, institution_id: int | None = None,
                          id_number: str | None = None, limit: int = 20,
                          offset: int = 0) -> tuple[int, list[Physician]]:
    await scope.require(actor, "physicians.read")
    qs = _filtered(actor, q=q, institution_id=institution_id, id_number=id_number)
    return await qs.count(), await qs.order_by("id").offset(offset).limit(limit)


async def get_physician(*, actor: Principal, physician_id: int) -> Physician:
    await scope.require(actor, "physicians.read")
    return await scope.get(actor, Physician, physician_id)


async def present(doc: Physician, *, actor: Principal, reveal: bool = False) -> dict[str, Any]:
    return {"id": doc.id, "institution_id": doc.institution_id, "practice_category": doc.practice_category,
            "specialty": doc.specialty, "license_no": doc.license_no,
            **await pii.present(doc, actor=actor, reveal=reveal)}


async def update_physician(*, actor: Principal, physician_id: int, changes: dict[str, Any]) -> Physician:
    await scope.require(actor, "physicians.write")
    async with scope.locked(actor, Physician, physician_id) as doc:
        before = audit_service.snapshot(doc)
        if "phone" in changes:
            changes["phone_bidx"] = _bidx("phone", changes["phone"])
        for k, v in changes.items():
            setattr(doc, k, v)
        await doc.save(update_fields=list(changes) or None)
        await audit_service.record(actor=actor, action="physicians.update", target_type="Physician",
                                   target_id=doc.id, before=before, after=audit_service.snapshot(doc),
                                   org_id=doc.institution_id)
    return doc


async def delete_physician(*, actor: Principal, physician_id: int) -> None:
    await scope.require(actor, "physicians.write")
    async with scope.locked(actor, Physician, physician_id) as doc:
        await recycle_service.soft_delete(actor=actor, obj=doc, action="physicians.delete")


async def export_physicians(*, actor: Principal, q: str | None = None, institution_id: int | None = None,
                            ids: list[int] | None = None) -> bytes:
    await scope.require(actor, "physicians.export")
    qs = _filtered(actor, q=q, institution_id=institution_id, id_number=None)
    if ids:
        qs = qs.filter(id__in=ids)
    docs = await qs.order_by("id").prefetch_related("institution")
    await audit_service.record(actor=actor, action="physicians.export",
                               after={"rows": len(docs), "ids": [d.id for d in docs][:200]})
    rows = []
    for d in docs:
        p = await pii.present(d, actor=actor)
        rows.append([d.id, p["name"], p["id_number"], p["phone"], d.institution.name,
                     d.practice_category, d.specialty, d.license_no])
    return to_xlsx("医师", ["ID", "姓名", "身份证号", "手机号", "执业机构", "执业类别", "专业", "执业证号"], rows)
