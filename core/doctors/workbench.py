"""The doctor's own tools in the workstation (seed 004 医生移动端 rows 18–27, 医生工作站 rows 340–350):
my profile and practice sites, the practice site I work at now (多点执业: 切换科室), my schedule by
month, my QR name card, my statistics, and my templates: quick replies (快捷回复), record templates
(主诉、现病史、既往史、诊断、医嘱) and diagnosis templates (a named list of diagnoses).

Who: an administrator account linked to a Doctor (`service.doctor_for_account`), whatever its
roles; any other account is refused with 403 `doctors.not_a_doctor`. Every function acts on the
caller's own doctor only, so there is no scope to check beyond that link.

Templates are one mechanism for the three kinds (one table, the content checked per kind by
schemas.TemplateIn): the queue and chat (quick replies), the consultation record (record and
diagnosis templates) read them through `templates_for`. A template belongs to the doctor who
wrote it; shared with one of the owner's departments it is read-only for that department's other
doctors, and only the owner changes, orders or deletes it.

The current practice site is a row of its own (DoctorWorkstation), not a column of the catalogue's
doctor: the back office edits the doctor, the doctor edits this. `current_site` is what the
consultation queue filters by; it falls back to the primary site when none was chosen or the
chosen one is no longer a site of the doctor.
"""
from __future__ import annotations

import asyncio
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.doctors import schedules
from core.doctors import service as doctors_service
from core.doctors.errors import (
    NotADoctor, SiteNotMine, TemplateBodyInvalid, TemplateLimit, TemplateNotFound, TemplateOrderInvalid,
)
from core.doctors.models import (
    TEMPLATE_LABELS, TITLE_LABELS, Doctor, DoctorConsultation, DoctorSite, DoctorTemplate, DoctorWorkstation,
    ServiceKind, TemplateKind,
)
from core.doctors.schemas import (
    BODY_FIELDS, MAX_TEMPLATES, MonthScheduleOut, NameCardOut, OrderSetBody, PrescriptionBodyTemplate, RecordOut,
    SiteSwitchIn, StatsMonthOut, TemplateEditIn,
    TemplateIn, TemplateOrderIn, TemplateOut, TemplatesOut, WorkstationOut, WorkstationSiteOut, WorkstationStatsOut,
)
from core.localtime import local_date
from core.principal import Principal
from core.settings import get_settings

STATS_MONTHS = 12


async def doctor_of(actor: Principal) -> Doctor:
    """The caller's doctor, or 403 `doctors.not_a_doctor` (audited: someone tried the workstation)."""
    doctor = await doctors_service.doctor_for_account(actor.id) if actor.kind == "admin" and actor.id else None
    if doctor is None:
        await audit_service.record_denied(actor=actor, action="workstation.open", target_type="Doctor",
                                          target_id=None, reason="no doctor linked to the account")
        raise NotADoctor()
    return doctor


async def is_doctor(actor: Principal) -> bool:
    """Whether the console shows the workstation to this account (its menu entry)."""
    return actor.kind == "admin" and actor.id is not None and \
        await Doctor.filter(account_id=actor.id, deleted_at__isnull=True).exists()


def page_url(doctor_id: int) -> str:
    """The patient's page of the doctor in the H5 client (what the name card's QR code opens)."""
    return f"{get_settings().public_base_url}/h5/#/consult/doctors/{doctor_id}"


# ---------------------------------------------------------------- practice sites

async def current_site(doctor_id: int) -> DoctorSite | None:
    """The practice site the doctor works at now: the one chosen in the workstation while it is
    still a site of the doctor, else the primary one; None for a doctor without sites. For the
    consultation queue (core/consult) too."""
    sites = (await doctors_service.sites_of([doctor_id])).get(doctor_id, [])
    if not sites:
        return None
    chosen = await DoctorWorkstation.filter(doctor_id=doctor_id).values_list("department_id", flat=True)
    return next((s for s in sites if chosen and s.department_id == chosen[0]), sites[0])


async def _workstation(doctor: Doctor) -> WorkstationOut:
    view = (await doctors_service.views([await Doctor.get(id=doctor.id).prefetch_related("institution",
                                                                                          "account")]))[0]
    current = await current_site(doctor.id)
    current_id = current.department_id if current else None
    return WorkstationOut(doctor=view, current_department_id=current_id, page_url=page_url(doctor.id),
                          sites=[WorkstationSiteOut(**s.model_dump(), current=s.department_id == current_id)
                                 for s in view.sites])


async def workstation(*, actor: Principal) -> WorkstationOut:
    return await _workstation(await doctor_of(actor))


@transactional
async def switch_site(*, actor: Principal, data: SiteSwitchIn) -> WorkstationOut:
    """Work at another of my practice sites (its department) from now on; remembered across logins."""
    doctor = await doctor_of(actor)
    if not await DoctorSite.filter(doctor_id=doctor.id, department_id=data.department_id).exists():
        raise SiteNotMine(details={"department_id": data.department_id})
    before = await current_site(doctor.id)
    async with in_transaction():
        row = await DoctorWorkstation.filter(doctor_id=doctor.id).select_for_update().first()
        if row is None:
            await DoctorWorkstation.create(doctor_id=doctor.id, department_id=data.department_id)
        else:
            row.department_id = data.department_id
            await row.save(update_fields=["department_id", "changed_at"])
        await audit_service.record(actor=actor, action="workstation.switch_site", target_type="Doctor",
                                   target_id=doctor.id, org_id=doctor.institution_id,
                                   before={"department_id": before.department_id if before else None},
                                   after={"department_id": data.department_id})
    return await _workstation(doctor)


# ---------------------------------------------------------------- schedule, card, statistics

async def my_schedule(*, actor: Principal, month: str) -> MonthScheduleOut:
    doctor = await doctor_of(actor)
    return await schedules.slots(doctor.id, month)


async def name_card(*, actor: Principal) -> NameCardOut:
    doctor = await doctor_of(actor)
    site = await current_site(doctor.id)
    institution = site.institution.name if site else (await doctor.institution).name
    return NameCardOut(doctor_id=doctor.id, name=doctor.name, title_label=TITLE_LABELS[doctor.title],
                       department_name=site.department.name if site else "", institution_name=institution,
                       photo_url=doctors_service.photo_url(doctor), page_url=page_url(doctor.id))


@dataclass(frozen=True)
class CardFile:
    data: bytes
    content_type: str
    filename: str


async def name_card_file(*, actor: Principal, fmt: str) -> CardFile:
    """The name card as a PNG of its QR code (to show on the phone and share) or as a printable PDF
    (name, title, department, hospital, photo, the QR code): media/documents.py draws both."""
    from media import documents, storage

    card = await name_card(actor=actor)
    if fmt == "png":
        data = await asyncio.to_thread(documents.qr_png, card.page_url, box_size=10)
        return CardFile(data, "image/png", f"doctor-{card.doctor_id}-qr.png")
    doctor = await Doctor.get(id=card.doctor_id)
    photo = None
    if doctor.photo_key:
        try:
            photo = await asyncio.to_thread(storage.get_storage().get, doctor.photo_key)
        except storage.StorageError:  # a photo lost from the store: the card without it
            photo = None
    data = await asyncio.to_thread(documents.render_name_card, documents.NameCard(
        name=card.name, title=card.title_label, department=card.department_name, institution=card.institution_name,
        url=card.page_url, photo=photo))
    return CardFile(data, "application/pdf", f"doctor-{card.doctor_id}-card.pdf")


def _months(today: dt.date, count: int) -> list[str]:
    out, year, month = [], today.year, today.month
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


async def statistics(*, actor: Principal, months: int = STATS_MONTHS) -> WorkstationStatsOut:
    """Totals from the doctor's row (moved once per order by ledger.py) and the last `months` China
    months from the ledger's rows: paid, completed by kind, rated. Order-based figures (response
    times) come with the consultation orders (core/consult)."""
    doctor = await doctor_of(actor)
    wanted = _months(local_date(utcnow()), months)
    since = dt.datetime.strptime(wanted[0] + "-01", "%Y-%m-%d").replace(tzinfo=dt.timezone.utc) - dt.timedelta(hours=8)
    rows = await DoctorConsultation.filter(doctor_id=doctor.id).filter(
        Q(at__gte=since) | Q(completed_at__gte=since) | Q(rated_at__gte=since)).values_list(
        "kind", "at", "completed_at", "score", "rated_at")
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def month_of(at: dt.datetime) -> str:
        return local_date(at).strftime("%Y-%m")

    for kind, at, completed_at, score, rated_at in rows:
        if at is not None and at >= since:
            tally[month_of(at)]["consultations"] += 1
        if completed_at is not None and completed_at >= since:
            tally[month_of(completed_at)]["text_done" if kind == ServiceKind.text else "video_done"] += 1
        if score is not None and rated_at is not None and rated_at >= since:
            tally[month_of(rated_at)]["ratings"] += 1
            tally[month_of(rated_at)]["score_sum"] += score
    out = []
    for m in wanted:
        t = tally.get(m, {})
        n = t.get("ratings", 0)
        out.append(StatsMonthOut(month=m, consultations=t.get("consultations", 0), text_done=t.get("text_done", 0),
                                 video_done=t.get("video_done", 0), ratings=n,
                                 rating_average=round(t["score_sum"] / n, 1) if n else None))
    return WorkstationStatsOut(consultations=await DoctorConsultation.filter(doctor_id=doctor.id).count(),
                               text_done=doctor.text_done, video_done=doctor.video_done,
                               rating=doctors_service.rating(doctor), months=out)


# ---------------------------------------------------------------- templates

def _body(kind: TemplateKind, data: TemplateIn | TemplateEditIn) -> dict:
    if kind == TemplateKind.reply:
        return {"text": data.text}
    if kind == TemplateKind.record:
        return data.record.model_dump()
    if kind == TemplateKind.prescription:
        return data.prescription.model_dump(mode="json")
    if kind == TemplateKind.order_set:
        return data.order_set.model_dump(mode="json")
    return {"items": list(data.items)}


def template_out(t: DoctorTemplate, *, me: int, owner_name: str, department_name: str | None) -> TemplateOut:
    body = t.body or {}
    return TemplateOut(
        id=t.id, kind=t.kind, kind_label=TEMPLATE_LABELS[t.kind], title=t.title,
        text=body.get("text") if t.kind == TemplateKind.reply else None,
        record=RecordOut(**{k: body.get(k, "") for k in RecordOut.model_fields}) if t.kind == TemplateKind.record
        else None,
        items=list(body.get("items", [])) if t.kind == TemplateKind.diagnosis else None,
        prescription=PrescriptionBodyTemplate(**body) if t.kind == TemplateKind.prescription else None,
        order_set=OrderSetBody(**body) if t.kind == TemplateKind.order_set else None,
        department_id=t.department_id, department_name=department_name, mine=t.doctor_id == me,
        owner_name=owner_name, sort=t.sort, updated_at=t.updated_at)


async def _outs(rows: list[DoctorTemplate], me: int) -> list[TemplateOut]:
    doctors = dict(await Doctor.filter(id__in={t.doctor_id for t in rows}).values_list("id", "name")) if rows else {}
    from core.records.models import Department

    depts = dict(await Department.filter(id__in={t.department_id for t in rows if t.department_id})
                 .values_list("id", "name")) if rows else {}
    return [template_out(t, me=me, owner_name=doctors.get(t.doctor_id, ""),
                         department_name=depts.get(t.department_id)) for t in rows]


async def templates_for(doctor_id: int, kind: TemplateKind | None = None) -> TemplatesOut:
    """A doctor's own templates (in the doctor's order) and those shared with the doctor's practice
    sites by other doctors (read-only); for the chat and the consultation record too."""
    mine = DoctorTemplate.filter(doctor_id=doctor_id)
    site_ids = await DoctorSite.filter(doctor_id=doctor_id).values_list("department_id", flat=True)
    shared = DoctorTemplate.filter(department_id__in=list(site_ids)).exclude(doctor_id=doctor_id)
    if kind is not None:
        mine, shared = mine.filter(kind=kind), shared.filter(kind=kind)
    order = list(TemplateKind)
    mine_rows = sorted(await mine, key=lambda t: (order.index(t.kind), t.sort, t.id))
    shared_rows = sorted(await shared, key=lambda t: (order.index(t.kind), t.department_id, t.doctor_id, t.sort, t.id))
    return TemplatesOut(mine=await _outs(mine_rows, doctor_id), shared=await _outs(shared_rows, doctor_id))


async def list_templates(*, actor: Principal, kind: TemplateKind | None = None) -> TemplatesOut:
    doctor = await doctor_of(actor)
    return await templates_for(doctor.id, kind)


async def get_template(*, actor: Principal, template_id: int) -> TemplateOut:
    """One template the caller may read: its own, or one shared with one of its practice sites."""
    doctor = await doctor_of(actor)
    sites = await DoctorSite.filter(doctor_id=doctor.id).values_list("department_id", flat=True)
    row = await DoctorTemplate.filter(Q(doctor_id=doctor.id) | Q(department_id__in=list(sites) or [0]),
                                      id=template_id).first()
    if row is None:
        raise TemplateNotFound(details={"id": template_id})
    return (await _outs([row], doctor.id))[0]


async def _shared_site(doctor: Doctor, department_id: int | None) -> None:
    if department_id is not None and not await DoctorSite.filter(doctor_id=doctor.id,
                                                                  department_id=department_id).exists():
        raise SiteNotMine(details={"department_id": department_id})


@transactional
async def create_template(*, actor: Principal, data: TemplateIn) -> TemplateOut:
    doctor = await doctor_of(actor)
    await _shared_site(doctor, data.department_id)
    async with in_transaction():
        # The doctor's row serialises a doctor's template writes (the count and the next place).
        await Doctor.filter(id=doctor.id).select_for_update().only("id").first()
        qs = DoctorTemplate.filter(doctor_id=doctor.id, kind=data.kind)
        if await qs.count() >= MAX_TEMPLATES:
            raise TemplateLimit(details={"kind": data.kind.value, "max": MAX_TEMPLATES})
        last = await qs.order_by("-sort").first().values_list("sort", flat=True)
        row = await DoctorTemplate.create(kind=data.kind, doctor_id=doctor.id, department_id=data.department_id,
                                          title=data.title, body=_body(data.kind, data), sort=(last or 0) + 1)
        await audit_service.record(actor=actor, action="workstation.template_create", target_type="DoctorTemplate",
                                   target_id=row.id, org_id=doctor.institution_id,
                                   after=audit_service.snapshot(row))
    return (await _outs([row], doctor.id))[0]


async def _own(doctor: Doctor, template_id: int) -> DoctorTemplate:
    row = await DoctorTemplate.filter(id=template_id, doctor_id=doctor.id).select_for_update().first()
    if row is None:
        raise TemplateNotFound(details={"id": template_id})
    return row


@transactional
async def update_template(*, actor: Principal, template_id: int, data: TemplateEditIn) -> TemplateOut:
    """Change the fields sent of one of my templates; its content must be of its kind."""
    doctor = await doctor_of(actor)
    changes = data.model_dump(exclude_unset=True)
    if "department_id" in changes:
        await _shared_site(doctor, data.department_id)
    async with in_transaction():
        row = await _own(doctor, template_id)
        wanted = BODY_FIELDS[row.kind][0]
        for name, _label in BODY_FIELDS.values():
            if name in changes and name != wanted:
                raise TemplateBodyInvalid(details={"kind": row.kind.value, "field": name, "expected": wanted})
        before = audit_service.snapshot(row)
        if "title" in changes:
            row.title = data.title
        if "department_id" in changes:
            row.department_id = data.department_id
        if wanted in changes:
            row.body = _body(row.kind, data)
        await row.save()
        await audit_service.record(actor=actor, action="workstation.template_update", target_type="DoctorTemplate",
                                   target_id=row.id, org_id=doctor.institution_id, before=before,
                                   after=audit_service.snapshot(row))
    return (await _outs([row], doctor.id))[0]


@transactional
async def delete_template(*, actor: Principal, template_id: int) -> None:
    doctor = await doctor_of(actor)
    async with in_transaction():
        row = await _own(doctor, template_id)
        before = audit_service.snapshot(row)
        await row.delete()
        await audit_service.record(actor=actor, action="workstation.template_delete", target_type="DoctorTemplate",
                                   target_id=template_id, org_id=doctor.institution_id, before=before)


@transactional
async def order_templates(*, actor: Principal, data: TemplateOrderIn) -> TemplatesOut:
    """Put my templates of one kind in the order given (all of them, each once)."""
    doctor = await doctor_of(actor)
    async with in_transaction():
        rows = {t.id: t for t in await DoctorTemplate.filter(doctor_id=doctor.id, kind=data.kind)
                .select_for_update()}
        missing, unknown = sorted(set(rows) - set(data.ids)), sorted(set(data.ids) - set(rows))
        if missing or unknown:
            raise TemplateOrderInvalid(details={"missing": missing, "unknown": unknown})
        before = sorted(rows, key=lambda i: (rows[i].sort, i))
        for n, template_id in enumerate(data.ids, start=1):
            if rows[template_id].sort != n:
                rows[template_id].sort = n
                await rows[template_id].save(update_fields=["sort", "updated_at"])
        await audit_service.record(actor=actor, action="workstation.template_order", target_type="Doctor",
                                   target_id=doctor.id, org_id=doctor.institution_id,
                                   before={"kind": data.kind.value, "ids": before},
                                   after={"kind": data.kind.value, "ids": data.ids})
    return await templates_for(doctor.id, data.kind)


async def move_template(*, actor: Principal, template_id: int, step: int) -> TemplatesOut:
    """One of my templates one place up (step -1) or down (+1) among those of its kind (the pages' arrows)."""
    doctor = await doctor_of(actor)
    row = await DoctorTemplate.filter(id=template_id, doctor_id=doctor.id).first()
    if row is None:
        raise TemplateNotFound(details={"id": template_id})
    ids = [t.id for t in sorted(await DoctorTemplate.filter(doctor_id=doctor.id, kind=row.kind),
                                key=lambda t: (t.sort, t.id))]
    at = ids.index(row.id)
    to = min(max(at + step, 0), len(ids) - 1)
    ids.insert(to, ids.pop(at))
    return await order_templates(actor=actor, data=TemplateOrderIn(kind=row.kind, ids=ids))
