"""The catalogue on the patient's phone (seed 004 居民移动端 rows 17 医生搜索, 20 医生介绍,
21 关注/曾就诊医生): search by department or name, the doctor page with ratings and counts,
follow and unfollow, my followed doctors, my recently consulted doctors.

Why public: a patient is nobody's tenant; any patient may consult any doctor who is online
(`Doctor.enabled`) and practises at an enabled department of a live hospital, whatever the
tree. Doctors offline, deleted or without such a site answer like missing ones. Follows are
the account's own (only mini-program accounts follow), recent doctors come from the
consultations the consult domain reports (ledger.py).
"""
from __future__ import annotations

from tortoise.expressions import F, Q, Subquery
from tortoise.functions import Count, Max
from tortoise.transactions import in_transaction

from core.audit import service as audit_service
from core.db import transactional
from core.doctors import schedules
from core.doctors.errors import DoctorUnavailable, PatientOnly
from core.doctors.models import (
    SERVICE_LABELS, TITLE_LABELS, Doctor, DoctorConsultation, DoctorFollow, DoctorService, DoctorSite,
)
from core.doctors.schemas import (
    DoctorCardOut, DoctorPageOut, DoctorSearch, FollowOut, MonthScheduleOut, OfferOut, PublicDepartmentOut,
    PublicSiteOut, RecentDoctorOut,
)
from core.doctors.service import follower_counts, photo_url, rating, services_of, sites_of
from core.outputs import Page
from core.principal import Principal
from core.records.models import Department

MAX_LISTED = 100  # followed / recent doctors shown


def patient(actor: Principal) -> int:
    """The mini-program account acting; other principals follow nobody and order nothing."""
    if actor.kind != "mp" or actor.id is None:
        raise PatientOnly()
    return actor.id


def offered_sites():
    """Practice sites at an enabled department of a live hospital."""
    return DoctorSite.filter(department__active=True, department__deleted_at__isnull=True,
                             institution__deleted_at__isnull=True)


def listed():
    """The doctors a patient may find and consult."""
    return Doctor.filter(enabled=True, deleted_at__isnull=True,
                         id__in=Subquery(offered_sites().values("doctor_id")))


async def cards(doctors: list[Doctor]) -> list[DoctorCardOut]:
    ids = [d.id for d in doctors]
    sites, services = await sites_of(ids), await services_of(ids)
    return [DoctorCardOut(
        id=d.id, name=d.name, title=d.title, title_label=TITLE_LABELS[d.title], specialties=d.specialties,
        photo_url=photo_url(d),
        sites=[PublicSiteOut(department_id=s.department_id, department_name=s.department.name,
                             institution_id=s.institution_id, institution_name=s.institution.name, primary=s.primary)
               for s in sites[d.id] if s.department.active and s.department.deleted_at is None
               and s.institution.deleted_at is None],
        services=[OfferOut(kind=s.kind, label=SERVICE_LABELS[s.kind], price_fen=s.price_fen,
                           window_hours=s.window_hours) for s in services[d.id] if s.enabled],
        rating=rating(d), consultations=d.text_done + d.video_done) for d in doctors]


async def search(*, actor: Principal, filters: DoctorSearch) -> Page[DoctorCardOut]:
    """Online doctors by department, hospital, service and text (name, 擅长, department name);
    the most consulted first."""
    qs = listed()
    if filters.department_id is not None:
        qs = qs.filter(id__in=Subquery(offered_sites().filter(department_id=filters.department_id)
                                       .values("doctor_id")))
    if filters.institution_id is not None:
        qs = qs.filter(id__in=Subquery(offered_sites().filter(institution_id=filters.institution_id)
                                       .values("doctor_id")))
    if filters.kind is not None:
        qs = qs.filter(id__in=Subquery(DoctorService.filter(kind=filters.kind, enabled=True).values("doctor_id")))
    if filters.q:
        qs = qs.filter(Q(name__icontains=filters.q) | Q(specialties__icontains=filters.q)
                       | Q(id__in=Subquery(offered_sites().filter(department__name__icontains=filters.q)
                                           .values("doctor_id"))))
    total = await qs.count()
    size = filters.page_size
    rows = await qs.annotate(done=F("text_done") + F("video_done")).order_by("-done", "id") \
        .offset((filters.page - 1) * size).limit(size)
    return Page[DoctorCardOut](total=total, page=filters.page, page_size=size, items=await cards(rows))


async def _listed_doctor(doctor_id: int) -> Doctor:
    doctor = await listed().filter(id=doctor_id).first()
    if doctor is None:
        raise DoctorUnavailable(details={"doctor_id": doctor_id})
    return doctor


async def doctor_page(*, actor: Principal, doctor_id: int) -> DoctorPageOut:
    """医生介绍: profile, services and prices, rating, completed consultations, followers, and
    whether the caller follows the doctor."""
    doctor = await _listed_doctor(doctor_id)
    card = (await cards([doctor]))[0]
    following = actor.kind == "mp" and actor.id is not None and \
        await DoctorFollow.exists(account_id=actor.id, doctor_id=doctor.id)
    return DoctorPageOut(**card.model_dump(), introduction=doctor.introduction, text_done=doctor.text_done,
                         video_done=doctor.video_done, followers=(await follower_counts([doctor.id])).get(doctor.id, 0),
                         following=bool(following))


async def doctor_schedule(*, actor: Principal, doctor_id: int, month: str) -> MonthScheduleOut:
    """The doctor's duty periods of a month, at enabled departments."""
    doctor = await _listed_doctor(doctor_id)
    return await schedules.slots(doctor.id, month, offered_only=True)


async def departments(*, actor: Principal, institution_id: int | None = None) -> list[PublicDepartmentOut]:
    """Enabled departments with at least one online doctor, by hospital: what search offers."""
    sites = offered_sites().filter(doctor__enabled=True, doctor__deleted_at__isnull=True)
    if institution_id is not None:
        sites = sites.filter(institution_id=institution_id)
    counts = dict(await sites.annotate(n=Count("doctor_id", distinct=True)).group_by("department_id")
                  .values_list("department_id", "n"))
    rows = await Department.filter(id__in=list(counts)).order_by("institution_id", "code", "id") \
        .prefetch_related("institution")
    return [PublicDepartmentOut(id=d.id, name=d.name, institution_id=d.institution_id,
                                institution_name=d.institution.name, doctors=counts[d.id]) for d in rows]


# ---------------------------------------------------------------- follows and recent doctors

async def _follow_out(account_id: int, doctor_id: int) -> FollowOut:
    return FollowOut(doctor_id=doctor_id, following=await DoctorFollow.exists(account_id=account_id,
                                                                               doctor_id=doctor_id),
                     followers=(await follower_counts([doctor_id])).get(doctor_id, 0))


@transactional
async def follow(*, actor: Principal, doctor_id: int) -> FollowOut:
    """Follow an online doctor; following again changes nothing."""
    me = patient(actor)
    doctor = await _listed_doctor(doctor_id)
    async with in_transaction():
        if not await DoctorFollow.filter(account_id=me, doctor_id=doctor.id).select_for_update().exists():
            await DoctorFollow.create(account_id=me, doctor_id=doctor.id)
            await audit_service.record(actor=actor, action="doctors.follow", target_type="Doctor",
                                       target_id=doctor.id, org_id=doctor.institution_id)
    return await _follow_out(me, doctor.id)


@transactional
async def unfollow(*, actor: Principal, doctor_id: int) -> FollowOut:
    """Stop following (also a doctor gone offline since); unfollowing again changes nothing."""
    me = patient(actor)
    async with in_transaction():
        if await DoctorFollow.filter(account_id=me, doctor_id=doctor_id).delete():
            await audit_service.record(actor=actor, action="doctors.unfollow", target_type="Doctor",
                                       target_id=doctor_id)
    return await _follow_out(me, doctor_id)


async def followed(*, actor: Principal) -> list[DoctorCardOut]:
    """My followed doctors who are online, the latest followed first."""
    me = patient(actor)
    ids = await DoctorFollow.filter(account_id=me).order_by("-created_at", "-id").limit(MAX_LISTED) \
        .values_list("doctor_id", flat=True)
    found = {d.id: d for d in await listed().filter(id__in=list(ids))}
    return await cards([found[i] for i in ids if i in found])


async def recent(*, actor: Principal, limit: int = 20) -> list[RecentDoctorOut]:
    """Doctors I consulted (图文 or 视频), the latest consultation first; online ones only."""
    me = patient(actor)
    last = await DoctorConsultation.filter(account_id=me).annotate(last=Max("at")).group_by("doctor_id") \
        .order_by("-last").limit(min(limit, MAX_LISTED)).values_list("doctor_id", "last")
    found = {d.id: d for d in await listed().filter(id__in=[i for i, _ in last])}
    shown = [(found[i], at) for i, at in last if i in found]
    return [RecentDoctorOut(**card.model_dump(), last_at=at)
            for card, (_, at) in zip(await cards([d for d, _ in shown]), shown)]
