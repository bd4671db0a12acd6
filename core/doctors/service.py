"""Doctors in the back office (seed 004 综合管理后台 rows 3, 10, 11): profile (title, 擅长,
introduction, photo), practice sites, services and prices, going online or offline, and the
workstation login.

Who keeps a doctor: the administrators of the hospital of the first practice site
(`Doctor.institution`, scoped by core.scope) and the commissions above it. A doctor may
practise at several departments of several hospitals (多点执业); every site must lie in the
scope of whoever sets it, so a hospital puts its own doctors in its own departments and a
commission sets up practice across its hospitals.

The workstation login (decision): a doctor logs in with an administrator account
(core/accounts AdminAccount) holding the `doctor` role at the doctor's hospital, linked one
to one by `Doctor.account`. The console's password policy, login throttling and captcha,
sessions with CSRF, forced change of the initial password and disabling all apply unchanged,
and a doctor who is also an administrator needs no second kind of account. The role grants
no console permission: the workstation recognises a doctor by `doctor_for_account(account_id)`
(the session's principal -> the Doctor row), and its own checks (this doctor's orders, this
doctor's schedule) key on that row, not on a permission.
"""
from __future__ import annotations

import asyncio
from collections import defaultdict

from tortoise.expressions import Q, Subquery
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core import scope
from core.accounts import service as accounts_service
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.doctors import departments
from core.doctors.errors import AccountLinked
from core.doctors.models import (
    TITLE_LABELS, SERVICE_LABELS, Doctor, DoctorFollow, DoctorSchedule, DoctorService, DoctorSite, ServiceKind,
)
from core.doctors.schemas import (
    DoctorEditIn, DoctorFilter, DoctorIn, DoctorOut, RatingOut, ServiceOut, ServicesIn, SiteOut,
)
from core.localtime import local_date
from core.principal import Principal
from media import links, uploads

PERMISSION = departments.PERMISSION
DOCTOR_ROLE = "doctor"  # core/accounts/permissions.py: the workstation login's role
PHOTO_LINK_SECONDS = 6 * 3600


def photo_url(doctor: Doctor) -> str | None:
    return links.url(doctor.photo_key, purpose="doctor_photo", ttl_seconds=PHOTO_LINK_SECONDS) \
        if doctor.photo_key else None


def rating(doctor: Doctor) -> RatingOut:
    count = doctor.rating_count
    return RatingOut(average=round(doctor.rating_sum / count, 1) if count else None, count=count)


async def sites_of(doctor_ids: list[int]) -> dict[int, list[DoctorSite]]:
    """Each doctor's practice sites, the first one first, with department and hospital loaded."""
    out: dict[int, list[DoctorSite]] = defaultdict(list)
    if doctor_ids:
        for s in await DoctorSite.filter(doctor_id__in=doctor_ids).order_by("doctor_id", "sort", "id") \
                .prefetch_related("department", "institution"):
            out[s.doctor_id].append(s)
    return out


async def services_of(doctor_ids: list[int]) -> dict[int, list[DoctorService]]:
    out: dict[int, list[DoctorService]] = defaultdict(list)
    if doctor_ids:
        order = list(ServiceKind)
        for s in sorted(await DoctorService.filter(doctor_id__in=doctor_ids), key=lambda s: order.index(s.kind)):
            out[s.doctor_id].append(s)
    return out


async def follower_counts(doctor_ids: list[int]) -> dict[int, int]:
    if not doctor_ids:
        return {}
    return dict(await DoctorFollow.filter(doctor_id__in=doctor_ids).annotate(n=Count("id"))
                .group_by("doctor_id").values_list("doctor_id", "n"))


def service_out(s: DoctorService) -> ServiceOut:
    return ServiceOut(kind=s.kind, label=SERVICE_LABELS[s.kind], price_fen=s.price_fen, window_hours=s.window_hours,
                      enabled=s.enabled)


async def views(doctors: list[Doctor]) -> list[DoctorOut]:
    ids = [d.id for d in doctors]
    sites, services, followers = await sites_of(ids), await services_of(ids), await follower_counts(ids)
    return [DoctorOut(
        id=d.id, institution_id=d.institution_id, institution_name=d.institution.name, name=d.name, title=d.title,
        title_label=TITLE_LABELS[d.title], specialties=d.specialties, introduction=d.introduction,
        photo_url=photo_url(d), enabled=d.enabled,
        sites=[SiteOut(department_id=s.department_id, department_name=s.department.name,
                       institution_id=s.institution_id, institution_name=s.institution.name, primary=s.primary,
                       active=s.department.active and s.department.deleted_at is None) for s in sites[d.id]],
        services=[service_out(s) for s in services[d.id]],
        account_id=d.account_id, account_username=d.account.username if d.account_id else None,
        rating=rating(d), text_done=d.text_done, video_done=d.video_done, followers=followers.get(d.id, 0),
        updated_at=d.updated_at) for d in doctors]


async def _view(doctor_id: int) -> DoctorOut:
    d = await Doctor.get(id=doctor_id).prefetch_related("institution", "account")
    return (await views([d]))[0]


# ---------------------------------------------------------------- reading

async def list_doctors(*, actor: Principal, filters: DoctorFilter, limit: int = 20,
                       offset: int = 0) -> tuple[int, list[DoctorOut]]:
    await scope.require(actor, PERMISSION)
    qs = scope.scoped(actor, Doctor)
    if filters.q:
        qs = qs.filter(Q(name__icontains=filters.q) | Q(specialties__icontains=filters.q))
    if filters.institution_id is not None:
        qs = qs.filter(institution_id=filters.institution_id)
    if filters.department_id is not None:
        qs = qs.filter(id__in=Subquery(DoctorSite.filter(department_id=filters.department_id).values("doctor_id")))
    if filters.title is not None:
        qs = qs.filter(title=filters.title)
    if filters.enabled is not None:
        qs = qs.filter(enabled=filters.enabled)
    if filters.service is not None:
        qs = qs.filter(id__in=Subquery(DoctorService.filter(kind=filters.service, enabled=True).values("doctor_id")))
    total = await qs.count()
    rows = await qs.order_by("institution_id", "id").offset(offset).limit(limit).prefetch_related("institution",
                                                                                                  "account")
    return total, await views(rows)


async def get_doctor(*, actor: Principal, doctor_id: int) -> DoctorOut:
    await scope.require(actor, PERMISSION)
    await scope.get(actor, Doctor, doctor_id)
    return await _view(doctor_id)


async def doctor_for_account(account_id: int) -> Doctor | None:
    """The doctor an administrator account logs in as (the workstation), or None."""
    return await Doctor.get_or_none(account_id=account_id, deleted_at__isnull=True)


# ---------------------------------------------------------------- writing

async def _set_sites(doctor: Doctor, sites: list) -> None:
    """Replace the practice sites (the first is the primary one); slots from today on at a
    department the doctor no longer practises at are taken off the schedule."""
    keep = {d.id for d in sites}
    await DoctorSite.filter(doctor_id=doctor.id).delete()
    await DoctorSite.bulk_create([DoctorSite(doctor_id=doctor.id, department_id=d.id, institution_id=d.institution_id,
                                             primary=n == 0, sort=n) for n, d in enumerate(sites)])
    await DoctorSchedule.filter(doctor_id=doctor.id, day__gte=local_date(utcnow())) \
        .exclude(department_id__in=list(keep)).delete()


@transactional
async def create_doctor(*, actor: Principal, data: DoctorIn) -> DoctorOut:
    await scope.require(actor, PERMISSION)
    sites = await departments.in_scope(actor, data.department_ids)
    async with in_transaction():
        doctor = await Doctor.create(institution_id=sites[0].institution_id, name=data.name, title=data.title,
                                     specialties=data.specialties, introduction=data.introduction,
                                     enabled=data.enabled)
        await _set_sites(doctor, sites)
        await audit_service.record(actor=actor, action="doctors.create", target_type="Doctor", target_id=doctor.id,
                                   after={**audit_service.snapshot(doctor), "department_ids": data.department_ids},
                                   org_id=doctor.institution_id)
    return await _view(doctor.id)


@transactional
async def update_doctor(*, actor: Principal, doctor_id: int, data: DoctorEditIn) -> DoctorOut:
    """Change the fields sent; new practice sites replace the old ones, and the first of them
    decides the hospital that keeps the doctor."""
    await scope.require(actor, PERMISSION)
    changes = data.model_dump(exclude_unset=True)
    department_ids = changes.pop("department_ids", None)
    sites = await departments.in_scope(actor, department_ids) if department_ids is not None else None
    async with scope.locked(actor, Doctor, doctor_id) as doctor:
        before = audit_service.snapshot(doctor)
        for name, value in changes.items():
            setattr(doctor, name, value)
        if sites is not None:
            doctor.institution_id = sites[0].institution_id
            await _set_sites(doctor, sites)
        await doctor.save()
        after = audit_service.snapshot(doctor)
        if department_ids is not None:
            after["department_ids"] = department_ids
        await audit_service.record(actor=actor, action="doctors.update", target_type="Doctor", target_id=doctor.id,
                                   before=before, after=after, org_id=doctor.institution_id)
    return await _view(doctor_id)


@transactional
async def set_enabled(*, actor: Principal, doctor_id: int, enabled: bool) -> DoctorOut:
    """Online (patients find the doctor) or offline; repeating either is harmless."""
    await scope.require(actor, PERMISSION)
    async with scope.locked(actor, Doctor, doctor_id) as doctor:
        if doctor.enabled != enabled:
            before = audit_service.snapshot(doctor)
            doctor.enabled = enabled
            await doctor.save(update_fields=["enabled", "updated_at"])
            await audit_service.record(actor=actor, action="doctors.enable" if enabled else "doctors.disable",
                                       target_type="Doctor", target_id=doctor.id, before=before,
                                       after=audit_service.snapshot(doctor), org_id=doctor.institution_id)
    return await _view(doctor_id)


@transactional
async def set_photo(*, actor: Principal, doctor_id: int, data: bytes) -> DoctorOut:
    """The photo shown to patients: checked to be an image and re-encoded without its metadata
    (media/uploads.py) before anything is written; a refused file changes nothing."""
    await scope.require(actor, PERMISSION)
    await scope.get(actor, Doctor, doctor_id)
    key, _ = await asyncio.to_thread(uploads.accept_image, data)
    async with scope.locked(actor, Doctor, doctor_id) as doctor:
        before = audit_service.snapshot(doctor)
        doctor.photo_key = key
        await doctor.save(update_fields=["photo_key", "updated_at"])
        await audit_service.record(actor=actor, action="doctors.photo", target_type="Doctor", target_id=doctor.id,
                                   before=before, after=audit_service.snapshot(doctor), org_id=doctor.institution_id)
    return await _view(doctor_id)


@transactional
async def set_services(*, actor: Principal, doctor_id: int, data: ServicesIn) -> DoctorOut:
    """Set the services listed (price in fen, consultation window, on or off); the others stay.
    A price changes new orders only: an order keeps the price it was paid at."""
    await scope.require(actor, PERMISSION)
    async with scope.locked(actor, Doctor, doctor_id) as doctor:
        existing = {s.kind: s for s in await DoctorService.filter(doctor_id=doctor.id).select_for_update()}
        before = {k.value: audit_service.snapshot(s) for k, s in existing.items()}
        for item in data.items:
            row = existing.get(item.kind)
            if row is None:
                existing[item.kind] = await DoctorService.create(doctor_id=doctor.id, **item.model_dump())
            else:
                row.update_from_dict(item.model_dump())
                await row.save()
        await doctor.save(update_fields=["updated_at"])
        after = {k.value: audit_service.snapshot(s) for k, s in existing.items()}
        await audit_service.record(actor=actor, action="doctors.services", target_type="Doctor", target_id=doctor.id,
                                   before=before, after=after, org_id=doctor.institution_id)
    return await _view(doctor_id)


@transactional
async def create_account(*, actor: Principal, doctor_id: int, username: str,
                         password: str | None = None) -> tuple[DoctorOut, int, str]:
    """A workstation login for the doctor: an administrator account with the doctor role at the
    doctor's hospital (needs accounts.write too). Returns the doctor, the account id and the
    initial password (generated unless given: the demo gives its own), shown once and changed
    at first login."""
    await scope.require(actor, PERMISSION)
    async with scope.locked(actor, Doctor, doctor_id) as doctor:
        if doctor.account_id is not None:
            raise AccountLinked(details={"account_id": doctor.account_id})
        account, initial = await accounts_service.create_admin(
            actor=actor, username=username, org_id=doctor.institution_id, roles=[DOCTOR_ROLE], display_name=doctor.name,
            password=password)
        doctor.account_id = account.id
        await doctor.save(update_fields=["account_id", "updated_at"])
        await audit_service.record(actor=actor, action="doctors.account", target_type="Doctor", target_id=doctor.id,
                                   after={"account_id": account.id, "username": username},
                                   org_id=doctor.institution_id)
    return await _view(doctor_id), account.id, initial

