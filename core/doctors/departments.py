"""Departments of the hospitals (科室管理, seed 004 综合管理后台 row 4): the list by institution
and name, add, rename, enable and disable.

Why on the record room's table: a hospital has one list of departments, and the record room
already keeps it (`record_department`, core.records.models.Department: code unique in the
institution, name, active, soft delete). The catalogue needs nothing more of a department,
so its practice sites and schedule slots point at those rows instead of a second list that
would drift from the first (a department renamed in one place and not the other). The record
room's own endpoints (records.manage) and these (doctors.manage, for the back office of the
internet hospital) edit the same rows; disabling a department takes it off patients' search
and off the schedules offered, and its doctors stay (they may practise elsewhere too).
"""
from __future__ import annotations

from tortoise.exceptions import IntegrityError
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.db import transactional
from core.doctors.errors import DepartmentExists, DepartmentUnavailable, NotAHospital
from core.doctors.models import DoctorSite
from core.doctors.schemas import (
    HospitalDepartmentEditIn, HospitalDepartmentFilter, HospitalDepartmentIn, HospitalDepartmentOut,
)
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal
from core.records.models import Department

PERMISSION = "doctors.manage"
MAX_CHOICES = 500  # departments offered in one form's list


async def doctor_counts(department_ids: list[int]) -> dict[int, int]:
    """How many live doctors practise at each department."""
    if not department_ids:
        return {}
    rows = await DoctorSite.filter(department_id__in=department_ids, doctor__deleted_at__isnull=True) \
        .annotate(n=Count("id")).group_by("department_id").values_list("department_id", "n")
    return dict(rows)


def view(d: Department, doctors: int) -> HospitalDepartmentOut:
    return HospitalDepartmentOut(id=d.id, institution_id=d.institution_id, institution_name=d.institution.name,
                                 code=d.code, name=d.name, active=d.active, doctors=doctors)


async def _views(rows: list[Department]) -> list[HospitalDepartmentOut]:
    counts = await doctor_counts([d.id for d in rows])
    return [view(d, counts.get(d.id, 0)) for d in rows]


async def list_departments(*, actor: Principal, filters: HospitalDepartmentFilter, limit: int = 20,
                           offset: int = 0) -> tuple[int, list[HospitalDepartmentOut]]:
    await scope.require(actor, PERMISSION)
    qs = scope.scoped(actor, Department)
    if filters.institution_id is not None:
        qs = qs.filter(institution_id=filters.institution_id)
    if filters.q:
        qs = qs.filter(name__icontains=filters.q)
    if filters.active is not None:
        qs = qs.filter(active=filters.active)
    total = await qs.count()
    rows = await qs.order_by("institution_id", "code", "id").offset(offset).limit(limit).prefetch_related("institution")
    return total, await _views(rows)


async def get_department(*, actor: Principal, department_id: int) -> HospitalDepartmentOut:
    await scope.require(actor, PERMISSION)
    d = await scope.get(actor, Department, department_id)
    await d.fetch_related("institution")
    return (await _views([d]))[0]


async def choices(*, actor: Principal, active_only: bool = True) -> list[HospitalDepartmentOut]:
    """The departments the actor may put doctors in (the doctor form's list)."""
    await scope.require(actor, PERMISSION)
    qs = scope.scoped(actor, Department).filter(institution__deleted_at__isnull=True)
    if active_only:
        qs = qs.filter(active=True)
    rows = await qs.order_by("institution_id", "code", "id").limit(MAX_CHOICES).prefetch_related("institution")
    return [view(d, 0) for d in rows]


async def hospitals(*, actor: Principal) -> dict[int, str]:
    """The medical institutions in the actor's scope (filters and the department form)."""
    await scope.require(actor, PERMISSION)
    rows = await scope.scoped(actor, OrgNode).filter(kind=OrgKind.MEDICAL).order_by("path").limit(MAX_CHOICES)
    return {o.id: o.name for o in rows}


async def in_scope(actor: Principal, department_ids: list[int]) -> list[Department]:
    """The departments named, in the order given: each in the actor's scope, enabled, of a live
    hospital; DepartmentUnavailable names the first that is not (out of scope looks missing)."""
    found = {d.id: d for d in await scope.scoped(actor, Department).filter(
        id__in=department_ids, active=True, institution__deleted_at__isnull=True).prefetch_related("institution")}
    for department_id in department_ids:
        if department_id not in found:
            raise DepartmentUnavailable(details={"department_id": department_id})
    return [found[i] for i in department_ids]


@transactional
async def create_department(*, actor: Principal, data: HospitalDepartmentIn) -> HospitalDepartmentOut:
    await scope.require(actor, PERMISSION)
    inst = await scope.get(actor, OrgNode, data.institution_id)
    if inst.kind != OrgKind.MEDICAL:
        raise NotAHospital(details={"kind": inst.kind.value})
    try:
        async with in_transaction():
            d = await Department.create(institution_id=inst.id, code=data.code, name=data.name)
            await audit_service.record(actor=actor, action="departments.create", target_type="Department",
                                       target_id=d.id, after=audit_service.snapshot(d), org_id=inst.id)
    except IntegrityError as exc:
        raise DepartmentExists(details={"code": data.code}) from exc
    d.institution = inst
    return view(d, 0)


@transactional
async def update_department(*, actor: Principal, department_id: int,
                            data: HospitalDepartmentEditIn) -> HospitalDepartmentOut:
    await scope.require(actor, PERMISSION)
    changes = data.model_dump(exclude_unset=True)
    async with scope.locked(actor, Department, department_id) as d:
        before = audit_service.snapshot(d)
        for name, value in changes.items():
            setattr(d, name, value)
        if changes:
            await d.save(update_fields=[*changes, "updated_at"])
        await audit_service.record(actor=actor, action="departments.update", target_type="Department",
                                   target_id=d.id, before=before, after=audit_service.snapshot(d),
                                   org_id=d.institution_id)
    return await get_department(actor=actor, department_id=department_id)


@transactional
async def set_active(*, actor: Principal, department_id: int, active: bool) -> HospitalDepartmentOut:
    """Enable or disable (停用/启用) a department; repeating either is harmless."""
    await scope.require(actor, PERMISSION)
    async with scope.locked(actor, Department, department_id) as d:
        if d.active != active:
            before = audit_service.snapshot(d)
            d.active = active
            await d.save(update_fields=["active", "updated_at"])
            await audit_service.record(actor=actor, action="departments.enable" if active else "departments.disable",
                                       target_type="Department", target_id=d.id, before=before,
                                       after=audit_service.snapshot(d), org_id=d.institution_id)
    return await get_department(actor=actor, department_id=department_id)
