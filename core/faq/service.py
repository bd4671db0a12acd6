"""FAQ: administrators write and publish entries; phone users read the published ones.

Why: seed 000 lists 常见问题 among the mini-program's screens, and patients of seed 003
need the same help on the H5 pages. An entry belongs to the org that wrote it (scoped
by core.scope like every business record) and reaches the users under that org: a
physician sees the published entries of the orgs above their institution; a patient
has no place in the tree and sees the entries published by the top of each tree (a
province, or a district running the record service on its own), never a single
county's or hospital's. Unpublished
entries are drafts and never leave the console; deleted ones go to the recycle bin.
"""
from __future__ import annotations

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.errors import Unauthorized
from core.faq.errors import OrgOutOfScope
from core.faq.models import Audience, FaqEntry
from core.faq.schemas import FaqEditIn, FaqFilter, FaqIn, FaqOut, FaqPublicFilter, FaqPublicOut, FaqPublicPage
from core.orgs.models import OrgNode
from core.principal import Principal
from core.recycle import service as recycle_service

PERMISSION = "faq.manage"



def view(entry: FaqEntry) -> FaqOut:
    return FaqOut(id=entry.id, org_id=entry.org_id, org_name=entry.org.name, category=entry.category,
                  question=entry.question, answer=entry.answer, sort=entry.sort, audience=entry.audience,
                  published=entry.published, published_at=entry.published_at, updated_at=entry.updated_at)


def _search(qs, q: str | None):
    return qs.filter(Q(question__icontains=q) | Q(answer__icontains=q)) if q else qs


async def list_entries(*, actor: Principal, filters: FaqFilter, limit: int = 20,
                       offset: int = 0) -> tuple[int, list[FaqOut]]:
    await scope.require(actor, PERMISSION)
    qs = scope.scoped(actor, FaqEntry)
    if filters.category:
        qs = qs.filter(category=filters.category)
    if filters.audience:
        qs = qs.filter(audience=filters.audience)
    if filters.published is not None:
        qs = qs.filter(published=filters.published)
    qs = _search(qs, filters.q)
    total = await qs.count()
    rows = await qs.order_by("category", "sort", "id").offset(offset).limit(limit).prefetch_related("org")
    return total, [view(e) for e in rows]


async def inherited(*, actor: Principal, limit: int = 200) -> list[FaqOut]:
    """The published entries of the orgs above the actor: what the actor's physicians read
    besides the actor's own (shown in the console, not editable there)."""
    await scope.require(actor, PERMISSION)
    above = [int(p) for p in (actor.org_path or "").strip("/").split("/")[:-1] if p]
    rows = await FaqEntry.filter(org_id__in=above, published=True, deleted_at__isnull=True) \
        .order_by("category", "sort", "id").limit(limit).prefetch_related("org")
    return [view(e) for e in rows]


async def categories(*, actor: Principal) -> list[str]:
    """The categories in use in the actor's scope, for the console's filter and form."""
    await scope.require(actor, PERMISSION)
    return sorted(set(await scope.scoped(actor, FaqEntry).values_list("category", flat=True)))


async def get_entry(*, actor: Principal, entry_id: int) -> FaqOut:
    await scope.require(actor, PERMISSION)
    entry = await scope.get(actor, FaqEntry, entry_id)
    await entry.fetch_related("org")
    return view(entry)


async def _owner(actor: Principal, org_id: int | None) -> OrgNode:
    if org_id is None:
        org_id = actor.org_id
    node = await scope.scoped(actor, OrgNode).filter(id=org_id).first()
    if node is None:
        raise OrgOutOfScope(details={"org_id": org_id})
    return node


@transactional
async def create_entry(*, actor: Principal, data: FaqIn) -> FaqOut:
    await scope.require(actor, PERMISSION)
    org = await _owner(actor, data.org_id)
    async with in_transaction():
        entry = await FaqEntry.create(org=org, category=data.category, question=data.question, answer=data.answer,
                                      sort=data.sort, audience=data.audience, published=data.published,
                                      published_at=utcnow() if data.published else None)
        await audit_service.record(actor=actor, action="faq.create", target_type="FaqEntry", target_id=entry.id,
                                   after=audit_service.snapshot(entry), org_id=org.id)
    return view(entry)


@transactional
async def update_entry(*, actor: Principal, entry_id: int, data: FaqEditIn) -> FaqOut:
    await scope.require(actor, PERMISSION)
    changes = data.model_dump(exclude_unset=True)
    async with scope.locked(actor, FaqEntry, entry_id) as entry:
        before = audit_service.snapshot(entry)
        for name, value in changes.items():
            setattr(entry, name, value)
        if changes:
            await entry.save(update_fields=[*changes, "updated_at"])
        await audit_service.record(actor=actor, action="faq.update", target_type="FaqEntry", target_id=entry.id,
                                   before=before, after=audit_service.snapshot(entry), org_id=entry.org_id)
    await entry.fetch_related("org")
    return view(entry)


@transactional
async def set_published(*, actor: Principal, entry_id: int, published: bool) -> FaqOut:
    """Publish (the phones see it at once) or withdraw an entry; repeating either is harmless."""
    await scope.require(actor, PERMISSION)
    async with scope.locked(actor, FaqEntry, entry_id) as entry:
        if entry.published != published:
            before = audit_service.snapshot(entry)
            entry.published = published
            entry.published_at = utcnow() if published else None
            await entry.save(update_fields=["published", "published_at", "updated_at"])
            await audit_service.record(actor=actor, action="faq.publish" if published else "faq.unpublish",
                                       target_type="FaqEntry", target_id=entry.id, before=before,
                                       after=audit_service.snapshot(entry), org_id=entry.org_id)
    await entry.fetch_related("org")
    return view(entry)


@transactional
async def delete_entry(*, actor: Principal, entry_id: int) -> None:
    """To the recycle bin (restorable there, unpublished meanwhile since deleted rows are never read)."""
    await scope.require(actor, PERMISSION)
    async with scope.locked(actor, FaqEntry, entry_id) as entry:
        await recycle_service.soft_delete(actor=actor, obj=entry, action="faq.delete")


# ---------------------------------------------------------------- the phone

async def _reader(actor: Principal) -> tuple[Audience, list[int] | None]:
    """The caller's audience and the orgs whose entries reach them (None: the roots of the trees)."""
    from core.assessment.models import Physician

    if actor.kind == "physician":
        physician = await Physician.filter(id=actor.id, deleted_at__isnull=True).first()
    elif actor.kind == "mp":
        physician = await Physician.filter(mp_account_id=actor.id, deleted_at__isnull=True).first()
    else:
        raise Unauthorized()
    if physician is None:
        return Audience.patient, None
    institution = await OrgNode.get(id=physician.institution_id)
    return Audience.physician, [int(p) for p in institution.path.strip("/").split("/") if p]


async def published_for(*, actor: Principal, filters: FaqPublicFilter) -> FaqPublicPage:
    """The published entries the phone user may read, by category and keyword."""
    audience, org_ids = await _reader(actor)
    qs = FaqEntry.filter(deleted_at__isnull=True, published=True, audience__in=[audience, Audience.all],
                         org__deleted_at__isnull=True)
    qs = qs.filter(org_id__in=org_ids) if org_ids is not None else qs.filter(org__parent_id__isnull=True)
    cats = sorted(set(await qs.values_list("category", flat=True)))
    if filters.category:
        qs = qs.filter(category=filters.category)
    qs = _search(qs, filters.q)
    total = await qs.count()
    size = filters.page_size
    rows = await qs.order_by("category", "sort", "id").offset((filters.page - 1) * size).limit(size)
    return FaqPublicPage(total=total, page=filters.page, page_size=size, audience=audience, categories=cats,
                         items=[FaqPublicOut(id=e.id, category=e.category, question=e.question, answer=e.answer,
                                             updated_at=e.updated_at) for e in rows])
