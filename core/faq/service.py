"""FAQ and help articles: administrators write and publish entries; readers get the published ones.

Why: seed 000 lists 常见问题 among the mini-program's screens, and patients of seed 003
need the same help on the H5 pages. An entry belongs to the org that wrote it (scoped
by core.scope like every business record) and reaches the users under that org: a
physician sees the published entries of the orgs above their institution; a patient
has no place in the tree and sees the entries published by the top of each tree (a
province, or a district running the record service on its own), never a single
county's or hospital's. Unpublished
entries are drafts and never leave the console; deleted ones go to the recycle bin.

Help articles (seed 004 帮助与反馈: the patient's 常见问题, the doctor's 操作帮助说明) are
entries of this same table, not a second mechanism: what they need is what an FAQ entry
already is (a title, a text, a category, an order, an owning org, drafts, publishing, the
recycle bin, audit), so a second table would copy all of that and give administrators two
places to write help. They add a reader (`Audience.doctor`, read in the workstation through
`staff_help`), a longer text (`schemas.ANSWER_MAX`), and the hospital a patient asks for
help (`institution_id`: that hospital's chain, where a hospital's own entries reach its
patients). The category is the article's section.
"""
from __future__ import annotations

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.errors import Unauthorized
from core.faq.errors import InstitutionNotFound, OrgOutOfScope
from core.faq.models import Audience, FaqEntry
from core.faq.schemas import (
    FaqEditIn, FaqFilter, FaqIn, FaqOut, FaqPublicFilter, FaqPublicOut, FaqPublicPage, HelpFilter,
)
from core.orgs.models import OrgKind, OrgNode
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


# ---------------------------------------------------------------- the readers

def _chain(path: str) -> list[int]:
    """An org and the orgs above it, from its materialised path."""
    return [int(p) for p in path.strip("/").split("/") if p]


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
    return Audience.physician, _chain(institution.path)


async def _hospital_chain(institution_id: int) -> list[int]:
    node = await OrgNode.filter(id=institution_id, kind=OrgKind.MEDICAL, deleted_at__isnull=True).first()
    if node is None:
        raise InstitutionNotFound(details={"institution_id": institution_id})
    return _chain(node.path)


async def _published(audience: Audience, org_ids: list[int] | None, filters: HelpFilter) -> FaqPublicPage:
    """The published entries for `audience` from `org_ids` (None: the roots of the trees)."""
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


async def published_for(*, actor: Principal, filters: FaqPublicFilter) -> FaqPublicPage:
    """The published entries the phone user may read, by category and keyword; with
    `institution_id`, the patients' help of that hospital (帮助与反馈), whoever asks."""
    if filters.institution_id is not None:
        if actor.kind not in ("mp", "physician"):
            raise Unauthorized()
        return await _published(Audience.patient, await _hospital_chain(filters.institution_id), filters)
    audience, org_ids = await _reader(actor)
    return await _published(audience, org_ids, filters)


async def staff_help(*, actor: Principal, filters: HelpFilter) -> FaqPublicPage:
    """操作帮助说明 for the internet hospital's doctors (seed 004 医生移动端 帮助与反馈): the
    published doctors' entries of the orgs above the actor's account. Any console account may
    read them (help is not a privilege); a doctor logs in with an account of its hospital."""
    if actor.kind != "admin" or not actor.org_path:
        raise Unauthorized()
    return await _published(Audience.doctor, _chain(actor.org_path), filters)
