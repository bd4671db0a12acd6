"""Use cases of the periodic assessment (seed 000): the physician register,
cycles, enrolment, the physician's filing, two-level review, scores, make-up
and results. Statistics, certificates and assessment institutions have their
own modules beside this one."""
from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from core import batch, crypto, idcard, pii, scope
from core.accounts import tokens
from core.accounts.passwords import hash_password, verify_password
from core.assessment.errors import (
    AlreadyBound, AlreadyEnrolled, BindFailed, CannotCancel, CycleAlreadyOpen, CycleCodeTaken, CycleFrozen, CycleNotOpen, FilingIncomplete,
    FilingLocked, MakeupNotListed, NotAnInstitution, NotBound, NotEnrolled, PhysicianExists, ProcedureNotAllowed,
    NameQueryTooBroad, ReasonRequired, RebindCodeInvalid, ScoreNotExpected, UnknownSection,
)
from core.assessment.models import (
    AssessmentAssignment, Cycle, CycleSettings, CycleStatus, Enrolment, Physician, PhysicianTransfer, RebindCode,
    ReviewAction,
)
from core.assessment.schemas import (
    REQUIRED, SECTION_LABELS, SECTIONS, CycleOut, CycleVersionRowOut, EnrolmentDetailOut, EnrolmentOut,
    FilingCycleOut, FilingOut, FilingSectionOut, MyResultOut, PersonOut, PhysicianOut, ReviewStepOut, TrailStepOut,
)
from core.assessment.states import EDITABLE, LABELS, TRANSITIONS, Event, State, fire
from core.audit import service as audit_service
from core.db import utcnow, transactional
from core.errors import NotFound
from core.exports import to_xlsx
from core.orgs.models import OrgKind, OrgNode
from core.principal import SYSTEM, Principal
from core.recycle import service as recycle_service



def _bidx(kind: str, value: str | None) -> str | None:
    return crypto.blind_index(value, purpose=kind) if value else None


@transactional
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


async def present(doc: Physician, *, actor: Principal, reveal: bool = False) -> PhysicianOut:
    return PhysicianOut(id=doc.id, institution_id=doc.institution_id, practice_category=doc.practice_category,
                        specialty=doc.specialty, license_no=doc.license_no,
                        # the bound WeChat account, for /mp-accounts/{id}/disable (None when unbound)
                        mp_account_id=doc.mp_account_id,
                        **await pii.present(doc, actor=actor, reveal=reveal))


@transactional
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


@transactional
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


# =================================================================== cycles

def _settings_view(cycle: Cycle, row: CycleSettings | None) -> CycleOut:
    return CycleOut(id=cycle.id, code=cycle.code, name=cycle.name, status=cycle.status.value,
                    version=row.version if row else 0, settings=row.settings if row else None,
                    opened_at=cycle.opened_at, closed_at=cycle.closed_at)


async def settings_of(cycle: Cycle) -> dict[str, Any]:
    row = await CycleSettings.get(cycle_id=cycle.id, version=cycle.settings_version)
    return row.settings


async def require_cycles_manager(actor: Principal) -> None:
    """Refuse now (before a form is shown) what create/update/open/close would refuse."""
    await scope.require(actor, "cycles.manage", province=True)


@transactional
async def create_cycle(*, actor: Principal, code: str, name: str, settings: dict[str, Any]) -> Cycle:
    await scope.require(actor, "cycles.manage", province=True)
    try:
        async with in_transaction():
            cycle = await Cycle.create(code=code, name=name, settings_version=1)
            await CycleSettings.create(cycle_id=cycle.id, version=1, settings=settings, created_by_id=actor.id)
            await audit_service.record(actor=actor, action="cycles.create", target_type="Cycle",
                                       target_id=cycle.id, after={"code": code, "name": name, **settings})
    except IntegrityError as exc:
        raise CycleCodeTaken(details={"code": code}) from exc
    return cycle


@transactional
async def update_cycle_settings(*, actor: Principal, cycle_id: int, settings: dict[str, Any]) -> Cycle:
    """A new version of the settings; refused once the cycle has opened."""
    await scope.require(actor, "cycles.manage", province=True)
    async with in_transaction():
        cycle = await Cycle.filter(id=cycle_id).select_for_update().first()
        if cycle is None:
            raise NotFound(details={"type": "Cycle", "id": cycle_id})
        if cycle.status != CycleStatus.DRAFT:
            raise CycleFrozen(details={"status": cycle.status.value})
        before = await settings_of(cycle)
        cycle.settings_version += 1
        await cycle.save(update_fields=["settings_version"])
        await CycleSettings.create(cycle_id=cycle.id, version=cycle.settings_version, settings=settings,
                                   created_by_id=actor.id)
        await audit_service.record(actor=actor, action="cycles.update_settings", target_type="Cycle",
                                   target_id=cycle.id, before=before, after=settings)
    return cycle


@transactional
async def open_cycle(*, actor: Principal, cycle_id: int) -> Cycle:
    await scope.require(actor, "cycles.manage", province=True)
    async with in_transaction():
        cycle = await Cycle.filter(id=cycle_id).select_for_update().first()
        if cycle is None:
            raise NotFound(details={"type": "Cycle", "id": cycle_id})
        if cycle.status != CycleStatus.DRAFT:
            raise CycleFrozen(details={"status": cycle.status.value})
        if await Cycle.filter(status=CycleStatus.OPEN).exists():
            raise CycleAlreadyOpen()
        cycle.status = CycleStatus.OPEN
        cycle.opened_at = utcnow()
        await cycle.save(update_fields=["status", "opened_at"])
        await audit_service.record(actor=actor, action="cycles.open", target_type="Cycle", target_id=cycle.id,
                                   after={"settings_version": cycle.settings_version})
    return cycle


@transactional
async def close_cycle(*, actor: Principal, cycle_id: int) -> Cycle:
    await scope.require(actor, "cycles.manage", province=True)
    async with in_transaction():
        cycle = await Cycle.filter(id=cycle_id, status=CycleStatus.OPEN).select_for_update().first()
        if cycle is None:
            raise CycleNotOpen()
        cycle.status = CycleStatus.CLOSED
        cycle.closed_at = utcnow()
        await cycle.save(update_fields=["status", "closed_at"])
        await audit_service.record(actor=actor, action="cycles.close", target_type="Cycle", target_id=cycle.id)
    return cycle


async def list_cycles(*, actor: Principal) -> list[CycleOut]:
    """Every cycle with its current settings: the open one is editable only while draft."""
    out = []
    for cycle in await Cycle.all().order_by("-id"):
        row = await CycleSettings.get_or_none(cycle_id=cycle.id, version=cycle.settings_version)
        out.append(_settings_view(cycle, row))
    return out


async def cycle_history(*, actor: Principal, cycle_id: int) -> list[CycleVersionRowOut]:
    rows = await CycleSettings.filter(cycle_id=cycle_id).order_by("version")
    return [CycleVersionRowOut.model_validate(r) for r in rows]


async def current_cycle() -> Cycle:
    cycle = await Cycle.filter(status=CycleStatus.OPEN).first()
    if cycle is None:
        raise CycleNotOpen()
    return cycle


# =================================================================== enrolment

async def _assessment_org_for(institution: OrgNode) -> int | None:
    """The assessment institution assigned to the institution, else to its nearest region."""
    ids = [int(x) for x in institution.path.strip("/").split("/")]
    rows = {a.target_id: a.assessment_org_id for a in await AssessmentAssignment.filter(target_id__in=ids)}
    for node_id in reversed(ids):
        if node_id in rows:
            return rows[node_id]
    return None


async def enrol(*, actor: Principal, cycle_id: int, physician_ids: list[int]) -> list[batch.RowResult]:
    """Confirm physicians for the cycle (join / batch join); each row answers for itself."""
    await scope.require(actor, "enrolment.manage")
    cycle = await Cycle.get_or_none(id=cycle_id, status=CycleStatus.OPEN)
    if cycle is None:
        raise CycleNotOpen()

    @transactional
    async def join(pid: int) -> None:
        doc = await scope.get(actor, Physician, pid)
        inst = await OrgNode.get(id=doc.institution_id)
        async with in_transaction():
            row = await Enrolment.filter(cycle_id=cycle.id, physician_id=doc.id).select_for_update().first()
            if row is not None and row.confirmed:
                raise AlreadyEnrolled()
            if row is None:
                row = await Enrolment.create(cycle_id=cycle.id, physician_id=doc.id, institution_id=inst.id,
                                             assessment_org_id=await _assessment_org_for(inst), confirmed=True)
            else:
                row.confirmed, row.cancelled = True, False
                await row.save(update_fields=["confirmed", "cancelled"])
            await audit_service.record(actor=actor, action="enrolment.join", target_type="Enrolment",
                                       target_id=row.id, org_id=inst.id,
                                       after={"physician_id": doc.id, "cycle_id": cycle.id})

    return await batch.each(physician_ids, join, not_found="医师不存在或不在管辖范围内")


@transactional
async def cancel_enrolment(*, actor: Principal, enrolment_id: int) -> Enrolment:
    await scope.require(actor, "enrolment.manage")
    async with scope.locked(actor, Enrolment, enrolment_id) as row:
        if row.state != State.DRAFT.value:
            raise CannotCancel(details={"state": row.state})
        row.confirmed, row.cancelled = False, True
        await row.save(update_fields=["confirmed", "cancelled"])
        await audit_service.record(actor=actor, action="enrolment.cancel", target_type="Enrolment",
                                   target_id=row.id, org_id=row.institution_id)
    return row


# A name search matches physicians first, then enrolments by physician id: the database
# cannot guess how few names '%王伟%' matches, and joined to the province's 200,000
# enrolments it reads every row (seconds; bench/assessment.py). Past this many matching
# physicians the name is too common to list, and the join answers as before.
_NAME_IDS_MAX = 1000
_SORT_HERE_MAX = 5000


def _above_county(actor: Principal) -> bool:
    """The caller's subtree is a province or a city (paths are /province/city/county/...)."""
    return actor.org_path is not None and actor.org_path.count("/") <= 3


async def _enrolments(actor: Principal, cycle_id: int, *, confirmed: bool | None = True, state: str | None = None,
                      procedure: str | None = None, institution_id: int | None = None, q: str | None = None,
                      makeup: str | None = None, result: str | None = None):
    qs = scope.scoped(actor, Enrolment).filter(cycle_id=cycle_id)
    if confirmed is not None:
        qs = qs.filter(confirmed=confirmed)
    if state:
        qs = qs.filter(state=state)
    if procedure:
        qs = qs.filter(procedure=procedure)
    if institution_id:
        qs = qs.filter(institution_id=institution_id)
    if makeup:
        qs = qs.filter(makeup=makeup)
    if result:
        qs = qs.filter(result=result)
    if q:
        # Unscoped on purpose: it only narrows the scoped enrolments, and an enrolment of a
        # closed cycle stays with the institution where the physician was at the time.
        # Names match from their start (a surname, or the name as typed so far): the name
        # index answers a prefix, while "somewhere in the name" reads every physician of the
        # province (80-170 ms at 200,000; bench/assessment.py).
        lookup = "startswith"
        ids = list(await Physician.filter(**{f"name__{lookup}": q}).limit(_NAME_IDS_MAX + 1)
                   .values_list("id", flat=True))
        if len(ids) <= _NAME_IDS_MAX:
            qs = qs.filter(physician_id__in=ids)
        elif len(q) == 1 and not institution_id and _above_county(actor):
            # A surname across a city or the province lists thousands of people and costs
            # most of a second (bench/assessment.py): ask for a name or a narrower area.
            raise NameQueryTooBroad(details={"q": q, "matches_over": _NAME_IDS_MAX})
        else:
            qs = qs.filter(**{f"physician__name__{lookup}": q})
    return qs


async def list_enrolments(*, actor: Principal, cycle_id: int, limit: int = 20, offset: int = 0,
                          **filters: Any) -> tuple[int, list[Enrolment]]:
    await scope.require(actor, "enrolment.read")
    qs = await _enrolments(actor, cycle_id, **filters)
    total = await qs.count()
    # The page's ids first, then its rows: the ids come from an index alone, so the
    # wide rows (the filing JSON) are read for this page only, not for every match
    # the database would sort (seconds at a province's 200,000; bench/assessment.py).
    # A few thousand matches are sorted here: given ORDER BY id LIMIT, MariaDB tends to
    # walk an index in id order over the whole province instead of the county's rows.
    if total <= _SORT_HERE_MAX:
        ids = sorted(await qs.values_list("id", flat=True))[offset:offset + limit] if total else []
    else:
        ids = list(await qs.order_by("id").offset(offset).limit(limit).values_list("id", flat=True))
    rows = await Enrolment.filter(id__in=ids).order_by("id").prefetch_related("physician", "institution") \
        if ids else []
    return total, rows


async def count_enrolments(*, actor: Principal, cycle_id: int, **filters: Any) -> int:
    """How many enrolments list_enrolments would find (the counts above a list)."""
    await scope.require(actor, "enrolment.read")
    return await (await _enrolments(actor, cycle_id, **filters)).count()


async def list_candidates(*, actor: Principal, cycle_id: int, q: str | None = None,
                          institution_id: int | None = None, limit: int = 20,
                          offset: int = 0) -> tuple[int, list[Physician]]:
    """Physicians in scope not (or no longer) confirmed for the cycle."""
    await scope.require(actor, "enrolment.read")
    confirmed = Enrolment.filter(cycle_id=cycle_id, confirmed=True).values("physician_id")
    qs = _filtered(actor, q=q, institution_id=institution_id, id_number=None).filter(
        id__not_in=Subquery(confirmed))
    return await qs.count(), await qs.order_by("id").offset(offset).limit(limit)


@transactional
async def reset_physician_password(*, actor: Principal, physician_id: int) -> str:
    """A new initial password; every PC token of the physician ends (like admin sessions)."""
    from core.accounts.service import generate_initial_password

    await scope.require(actor, "enrolment.manage")
    initial = generate_initial_password()
    async with scope.locked(actor, Physician, physician_id) as doc:
        doc.password_hash = hash_password(initial)
        doc.must_change_password = True
        await doc.save(update_fields=["password_hash", "must_change_password"])
        stamp = await tokens.revoke(_token_subject(doc.id))
        await audit_service.record(actor=actor, action="physicians.reset_password", target_type="Physician",
                                   target_id=doc.id, org_id=doc.institution_id, after={"tokens_revoked": True})
    await tokens.publish(_token_subject(doc.id), stamp)
    return initial


REBIND_CODE_HOURS = 72
_REBIND_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read out over the phone


def _rebind_hash(code: str) -> str:
    return crypto.blind_index(code.replace("-", "").replace(" ", ""), purpose="rebind_code")


@transactional
async def issue_rebind_code(*, actor: Principal, physician_id: int) -> tuple[str, dt.datetime]:
    """A one-time code (换绑码) that lets the physician move the WeChat binding to another account.

    Shown once (only its keyed hash is kept), valid REBIND_CODE_HOURS, used up by the bind
    that presents it; a new code replaces the physician's unused ones. The institution
    gives it after checking the person, which is what the password alone cannot prove.
    """
    await scope.require(actor, "enrolment.manage")
    code = "".join(secrets.choice(_REBIND_ALPHABET) for _ in range(10))  # 50 bits
    expires = utcnow() + dt.timedelta(hours=REBIND_CODE_HOURS)
    async with scope.locked(actor, Physician, physician_id) as doc:
        await RebindCode.filter(physician_id=doc.id, used_at__isnull=True).delete()
        await RebindCode.create(physician_id=doc.id, code_hash=_rebind_hash(code), expires_at=expires,
                                issued_by_id=actor.id)
        await audit_service.record(actor=actor, action="physicians.issue_rebind_code", target_type="Physician",
                                   target_id=doc.id, org_id=doc.institution_id,
                                   after={"expires_at": expires.isoformat(), "bound": doc.mp_account_id is not None})
    return code, expires


@transactional
async def transfer_physician(*, actor: Principal, physician_id: int, to_institution_id: int,
                             reason: str = "") -> Physician:
    """Change a physician's institution, keeping the history; open enrolments follow."""
    await scope.require(actor, "physicians.write")
    target = await scope.get(actor, OrgNode, to_institution_id)
    if target.kind != OrgKind.MEDICAL:
        raise NotAnInstitution(details={"institution_id": to_institution_id})
    async with scope.locked(actor, Physician, physician_id) as doc:
        before = doc.institution_id
        doc.institution_id = target.id
        await doc.save(update_fields=["institution_id"])
        await PhysicianTransfer.create(physician_id=doc.id, from_institution_id=before,
                                       to_institution_id=target.id, reason=reason, by_admin_id=actor.id)
        await Enrolment.filter(physician_id=doc.id, cycle__status=CycleStatus.OPEN).update(
            institution_id=target.id, assessment_org_id=await _assessment_org_for(target))
        await audit_service.record(actor=actor, action="physicians.transfer", target_type="Physician",
                                   target_id=doc.id, before={"institution_id": before},
                                   after={"institution_id": target.id, "reason": reason}, org_id=target.id)
    return doc


# =================================================================== physician side

def _token_subject(physician_id: int) -> str:
    return f"physician:{physician_id}"


async def _bind_check(limits: list[tuple[str, str | None]], *, actor: Principal) -> None:
    """Every limit of a bind attempt (per physician and address, per WeChat account); a refusal is audited."""
    from core.accounts import lockout
    from core.errors import AppError

    for account, ip in limits:
        try:
            await lockout.check("bind", account, ip)
        except AppError:
            await audit_service.record(actor=actor, action="physicians.bind", outcome="denied",
                                       after={"reason": "rate limited"})
            raise


@transactional
async def bind_physician(*, actor: Principal, id_number: str, name: str, password: str,
                         rebind_code: str | None = None) -> Physician:
    """Link a mini-program account to its physician record (ID + name + password).

    Limited like a login: wrong attempts count per physician (by blind index: no ID number
    in Redis) with the client address, and per WeChat account; every wrong one is audited.
    A physician bound to another WeChat account moves only with the institution's one-time
    code (issue_rebind_code): the password alone cannot take a binding over. The account
    that loses the binding is told in the app, and the move is audited.
    """
    from core import context
    from core.accounts import lockout
    from core.notify import service as notify_service

    bidx = crypto.blind_index(idcard.normalize(id_number), purpose="id_number")
    limits = [(bidx[:32], context.client_ip()), (f"mp{actor.id}", None)]
    await _bind_check(limits, actor=actor)
    doc = await Physician.filter(id_number_bidx=bidx, deleted_at__isnull=True).first()
    ok = verify_password(doc.password_hash if doc else None, password) and doc is not None and doc.name == name
    if not ok:
        for account, ip in limits:
            await lockout.failure("bind", account, ip)
        await audit_service.record(actor=actor, action="physicians.bind", outcome="failure",
                                   target_type="Physician", target_id=doc.id if doc else "",
                                   org_id=doc.institution_id if doc else None,
                                   after={"reason": "bad credentials"})
        raise BindFailed()
    previous = doc.mp_account_id
    takeover = previous is not None and previous != actor.id
    code_row = None
    if takeover:
        if not rebind_code:
            await audit_service.record(actor=actor, action="physicians.bind", outcome="denied",
                                       target_type="Physician", target_id=doc.id, org_id=doc.institution_id,
                                       after={"reason": "already bound to another account"})
            raise AlreadyBound()
        code_row = await RebindCode.filter(physician_id=doc.id, code_hash=_rebind_hash(rebind_code),
                                           used_at__isnull=True, expires_at__gt=utcnow()).first()
        if code_row is None:
            for account, ip in limits:
                await lockout.failure("bind", account, ip)
            await audit_service.record(actor=actor, action="physicians.bind", outcome="failure",
                                       target_type="Physician", target_id=doc.id, org_id=doc.institution_id,
                                       after={"reason": "rebind code invalid"})
            raise RebindCodeInvalid()
    for account, ip in limits:
        await lockout.success("bind", account, ip)
    messages = []
    async with in_transaction():
        if code_row is not None:
            # Used up under the lock: two binds presenting one code cannot both move the binding.
            used = await RebindCode.filter(id=code_row.id, used_at__isnull=True).update(used_at=utcnow())
            if not used:
                raise RebindCodeInvalid()
        await Physician.filter(mp_account_id=actor.id).update(mp_account_id=None)
        doc.mp_account_id = actor.id
        await doc.save(update_fields=["mp_account_id"])
        if takeover:
            await audit_service.record(actor=actor, action="physicians.rebind", target_type="Physician",
                                       target_id=doc.id, org_id=doc.institution_id,
                                       before={"mp_account_id": previous},
                                       after={"mp_account_id": actor.id, "proof": "institution rebind code"})
            messages.append(await notify_service.notify(
                account_id=previous, kind="physician.rebind", title="医师身份已换绑到其他微信账号",
                body="您的微信账号已不再绑定医师身份（医疗机构签发换绑码后由新账号绑定）。如非本人申请，请立即联系所在医疗机构。"))
        else:
            await audit_service.record(actor=actor, action="physicians.bind", target_type="Physician",
                                       target_id=doc.id, org_id=doc.institution_id)
        await notify_service.push(messages)
    return doc


async def my_physician_id(actor: Principal) -> int:
    """The id of the physician behind the caller, read without loading (and decrypting) the row:
    the ownership check of requests that every taker sends all exam long."""
    found = None
    if actor.kind == "mp":
        found = await Physician.filter(mp_account_id=actor.id, deleted_at__isnull=True).first().values_list(
            "id", flat=True)
    elif actor.kind == "physician":
        found = await Physician.filter(id=actor.id, deleted_at__isnull=True).first().values_list("id", flat=True)
    if found is None:
        raise NotBound()
    return found


async def physician_of(actor: Principal) -> Physician:
    """The physician behind a mini-program account (bound) or a PC login."""
    doc = None
    if actor.kind == "mp":
        doc = await Physician.filter(mp_account_id=actor.id, deleted_at__isnull=True).first()
    elif actor.kind == "physician":
        doc = await Physician.filter(id=actor.id, deleted_at__isnull=True).first()
    if doc is None:
        raise NotBound()
    return doc


@dataclass
class PhysicianLogin:
    access_token: str
    expires_in: int
    physician_id: int
    password_change_required: bool


async def _physician_token(doc: Physician) -> PhysicianLogin:
    """A PC token that dies with the next password change or reset (tokens.revoke); from an
    initial or reset password it reaches only the password change (claim pwc)."""
    from core.settings import get_settings

    seconds = get_settings().physician_session_seconds
    token, _, _ = tokens.encode(sub=doc.id, typ="access", seconds=seconds, who="physician",
                                ep=await tokens.stamp_of(_token_subject(doc.id)), pwc=doc.must_change_password)
    return PhysicianLogin(token, seconds, doc.id, doc.must_change_password)


async def physician_login(*, id_number: str, password: str, captcha_id: str | None = None,
                          captcha_answer: str | None = None) -> PhysicianLogin:
    """PC login with ID number and password (seed 000 医师管理平台 PC 账号管理)."""
    from core import context
    from core.accounts import lockout
    from core.errors import AppError

    bidx = crypto.blind_index(idcard.normalize(id_number), purpose="id_number")
    key = bidx[:32]  # failures counted by blind index: no ID number in Redis
    ip = context.client_ip()
    who = Principal(kind="physician", name="physician-login")
    try:
        await lockout.check("physician", key, ip, captcha_id=captcha_id, captcha_answer=captcha_answer)
    except AppError:
        await audit_service.record(actor=who, action="auth.physician_login", outcome="denied",
                                   after={"reason": "locked"})
        raise
    doc = await Physician.filter(id_number_bidx=bidx, deleted_at__isnull=True).first()
    if not verify_password(doc.password_hash if doc else None, password) or doc is None:
        await lockout.failure("physician", key, ip)
        await audit_service.record(actor=Principal(kind="physician", id=doc.id if doc else None,
                                                   name="physician-login"),
                                   action="auth.physician_login", outcome="failure")
        raise BindFailed("身份证号或密码不正确")
    await lockout.success("physician", key, ip)
    result = await _physician_token(doc)
    await audit_service.record(actor=Principal(kind="physician", id=doc.id, name=f"physician:{doc.id}"),
                               action="auth.physician_login", target_type="Physician", target_id=doc.id,
                               org_id=doc.institution_id)
    return result


@transactional
async def change_physician_password(*, actor: Principal, old_password: str,
                                    new_password: str) -> PhysicianLogin | None:
    """Every PC token of the physician ends (the caller's too); a physician on the PC gets a
    fresh token in the answer, a mini-program account keeps its own WeChat tokens."""
    from core.accounts.errors import OldPasswordWrong, PasswordReused
    from core.accounts.passwords import check_policy

    doc = await physician_of(actor)
    if not verify_password(doc.password_hash, old_password):
        await audit_service.record(actor=actor, action="physicians.change_password", outcome="failure",
                                   target_type="Physician", target_id=doc.id, org_id=doc.institution_id,
                                   after={"reason": "old password wrong"})
        raise OldPasswordWrong()
    check_policy(new_password, username="")
    if verify_password(doc.password_hash, new_password):
        raise PasswordReused()
    async with in_transaction():
        doc.password_hash = hash_password(new_password)
        doc.must_change_password = False
        await doc.save(update_fields=["password_hash", "must_change_password"])
        stamp = await tokens.revoke(_token_subject(doc.id))
        await audit_service.record(actor=actor, action="physicians.change_password", target_type="Physician",
                                   target_id=doc.id, org_id=doc.institution_id, after={"tokens_revoked": True})
    await tokens.publish(_token_subject(doc.id), stamp)
    return await _physician_token(doc) if actor.kind == "physician" else None


async def my_enrolment(*, actor: Principal) -> tuple[Physician, Cycle, Enrolment, dict[str, Any]]:
    doc = await physician_of(actor)
    cycle = await current_cycle()
    row = await Enrolment.get_or_none(cycle_id=cycle.id, physician_id=doc.id, confirmed=True)
    if row is None:
        raise NotEnrolled()
    return doc, cycle, row, await settings_of(cycle)


async def my_filing(*, actor: Principal) -> FilingOut:
    """The physician's filing of the open cycle: every section, the review state and its trail."""
    _doc, cycle, row, settings = await my_enrolment(actor=actor)
    trail = await review_trail(enrolment_id=row.id)
    return FilingOut(
        cycle=FilingCycleOut(id=cycle.id, name=cycle.name, filing_starts=settings["filing_starts"],
                             filing_ends=settings["filing_ends"], procedures_allowed=settings["procedures_allowed"]),
        enrolment_id=row.id, state=row.state, state_label=LABELS[State(row.state)],
        editable=State(row.state) in EDITABLE, procedure=row.procedure, reason=row.last_reason,
        sections=[FilingSectionOut(key=k, label=v, data=(row.filing or {}).get(k)) for k, v in SECTION_LABELS.items()],
        trail=[TrailStepOut(level=a.level, action=a.action, to=a.to_state, reason=a.reason, at=a.at) for a in trail])


@transactional
async def save_section(*, actor: Principal, section: str, data: dict[str, Any]) -> Enrolment:
    """Save one filing section as a draft (validated by its schema)."""
    from core.http import validate

    if section not in SECTIONS:
        raise UnknownSection(details={"section": section, "known": list(SECTIONS)})
    parsed = validate(SECTIONS[section], data).model_dump(mode="json")
    doc, cycle, row, settings = await my_enrolment(actor=actor)
    if section == "procedure" and parsed["procedure"] not in settings["procedures_allowed"]:
        raise ProcedureNotAllowed(details={"allowed": settings["procedures_allowed"]})
    async with in_transaction():
        row = await Enrolment.filter(id=row.id).select_for_update().first()
        if State(row.state) not in EDITABLE:
            raise FilingLocked(details={"state": row.state})
        filing = dict(row.filing or {})
        filing[section] = parsed
        row.filing = filing
        fields_ = ["filing"]
        if section == "procedure":
            row.procedure = parsed["procedure"]
            fields_.append("procedure")
        await row.save(update_fields=fields_)
        await audit_service.record(actor=actor, action="filing.save", target_type="Enrolment", target_id=row.id,
                                   org_id=row.institution_id, after={"section": section})
    return row


async def _transition(row: Enrolment, event: Event, *, actor: Principal, reason: str = "") -> None:
    """Fire one event on a locked enrolment: state, review trail and audit together."""
    t = TRANSITIONS[event]
    if t.needs_reason and not reason.strip():
        raise ReasonRequired()
    before = row.state
    row.state = fire(row.state, event).value
    row.last_reason = reason if t.needs_reason else ""
    fields_ = ["state", "last_reason"]
    if event == Event.SUBMIT:
        row.submitted_at = utcnow()
        fields_.append("submitted_at")
    await row.save(update_fields=fields_)
    await ReviewAction.create(enrolment_id=row.id, level=t.level, action=event.value, from_state=before,
                              to_state=row.state, reason=reason, actor_type=actor.kind, actor_id=actor.id)
    await audit_service.record(actor=actor, action=f"review.{event.value}", target_type="Enrolment",
                               target_id=row.id, org_id=row.institution_id,
                               before={"state": before}, after={"state": row.state, "reason": reason})


@transactional
async def submit_filing(*, actor: Principal) -> Enrolment:
    doc, cycle, row, settings = await my_enrolment(actor=actor)
    procedure = (row.filing or {}).get("procedure", {}).get("procedure")
    missing = [s for s in REQUIRED.get(procedure or "general", REQUIRED["general"]) if s not in (row.filing or {})]
    if missing:
        raise FilingIncomplete(details={"missing": missing,
                                        "labels": [SECTION_LABELS[m] for m in missing]})
    async with in_transaction():
        row = await Enrolment.filter(id=row.id).select_for_update().first()
        inst = await OrgNode.get(id=row.institution_id)
        row.assessment_org_id = await _assessment_org_for(inst)
        await row.save(update_fields=["assessment_org_id"])
        await _transition(row, Event.SUBMIT, actor=actor)
    return row


async def review_trail(*, enrolment_id: int) -> list[ReviewAction]:
    return await ReviewAction.filter(enrolment_id=enrolment_id).order_by("id")


# =================================================================== review

_LEVEL_EVENTS = {
    ("institution", "approve"): (Event.INSTITUTION_APPROVE, "review.institution"),
    ("institution", "reject"): (Event.INSTITUTION_REJECT, "review.institution"),
    ("assessment", "approve"): (Event.ASSESSMENT_APPROVE, "review.assessment"),
    ("assessment", "reject"): (Event.ASSESSMENT_REJECT, "review.assessment"),
}


async def review(*, actor: Principal, enrolment_ids: list[int], decision: str, reason: str = "") -> list[batch.RowResult]:
    """Pass or reject filings, one or in batch; the level follows the actor's organisation.

    Each row answers for itself: a row in the wrong state or outside scope does not
    stop the others, and the caller sees why it failed.
    """
    level = "assessment" if actor.org_kind == OrgKind.ASSESSMENT.value else "institution"
    event, permission = _LEVEL_EVENTS[(level, decision)]
    await scope.require(actor, permission)
    if TRANSITIONS[event].needs_reason and not reason.strip():
        raise ReasonRequired()

    @transactional
    async def one(eid: int) -> None:
        async with scope.locked(actor, Enrolment, eid) as row:
            await _transition(row, event, actor=actor, reason=reason)
            if event == Event.ASSESSMENT_APPROVE:
                await _settle(row)

    return await batch.each(enrolment_ids, one)


# =================================================================== scores, make-up, results

async def _settle(row: Enrolment) -> None:
    """Derive the result from review + exam (+ make-up), as far as it is known."""
    cycle = await Cycle.get(id=row.cycle_id)
    s = await settings_of(cycle)
    new = row.result
    if row.state != State.APPROVED.value:
        new = None
    elif row.procedure == "exempt":
        new = "exempt"
    elif row.procedure == "simple" and not s.get("simple_requires_exam"):
        new = "pass"
    elif row.makeup == "refused":
        new = "fail"
    elif row.makeup == "confirmed" and row.makeup_score is not None:
        new = "makeup_pass" if row.makeup_score >= s["pass_mark"] else "fail"
    elif row.exam_score is not None:
        if row.exam_score >= s["pass_mark"]:
            new = "pass"
        else:
            new = None
            if row.makeup == "none":
                row.makeup = "listed"  # failed the exam: on the make-up list
    if new != row.result:
        row.result = new
        row.result_at = utcnow() if new else None
    await row.save(update_fields=["result", "result_at", "makeup"])


@transactional
async def record_score(*, actor: Principal, enrolment_id: int, score: float, makeup: bool = False) -> Enrolment:
    """An exam score (from the exam module, or entered by an assessment institution)."""
    await scope.require(actor, "scores.record")
    async with scope.locked(actor, Enrolment, enrolment_id) as row:
        if row.state != State.APPROVED.value or (makeup and row.makeup != "confirmed"):
            raise ScoreNotExpected(details={"state": row.state, "makeup": row.makeup})
        before = {"exam_score": row.exam_score, "makeup_score": row.makeup_score}
        if makeup:
            row.makeup_score = score
        else:
            row.exam_score = score
        await row.save(update_fields=["makeup_score" if makeup else "exam_score"])
        await _settle(row)
        await audit_service.record(actor=actor, action="scores.record", target_type="Enrolment", target_id=row.id,
                                   org_id=row.institution_id, before=before,
                                   after={"exam_score": row.exam_score, "makeup_score": row.makeup_score,
                                          "result": row.result, "makeup": row.makeup})
    return row


async def decide_makeup(*, actor: Principal, enrolment_ids: list[int], confirm: bool) -> list[batch.RowResult]:
    """Province confirms or refuses make-up participation, one or in batch."""
    await scope.require(actor, "makeup.decide", province=True)

    @transactional
    async def one(eid: int) -> None:
        async with scope.locked(actor, Enrolment, eid) as row:
            if row.makeup != "listed":
                raise MakeupNotListed(details={"makeup": row.makeup})
            row.makeup = "confirmed" if confirm else "refused"
            await row.save(update_fields=["makeup"])
            await _settle(row)
            await audit_service.record(actor=actor, action="makeup.confirm" if confirm else "makeup.refuse",
                                       target_type="Enrolment", target_id=row.id, org_id=row.institution_id,
                                       after={"makeup": row.makeup, "result": row.result})

    return await batch.each(enrolment_ids, one)


async def my_results(*, actor: Principal) -> list[MyResultOut]:
    """Every cycle's result of the calling physician (mini-program and PC)."""
    doc = await physician_of(actor)
    rows = await Enrolment.filter(physician_id=doc.id, confirmed=True).order_by("-cycle_id").prefetch_related("cycle")
    return [MyResultOut(enrolment_id=r.id, cycle=r.cycle.name, cycle_code=r.cycle.code, state=r.state,
                        procedure=r.procedure, exam_score=r.exam_score, makeup=r.makeup,
                        makeup_score=r.makeup_score, result=r.result, result_label=RESULT_LABELS[r.result],
                        certifiable=r.result in CERTIFIABLE, reason=r.last_reason) for r in rows]


async def physician_history(*, actor: Principal, physician_id: int) -> list[Enrolment]:
    """All cycles of one physician, for administrators in scope."""
    await scope.require(actor, "enrolment.read")
    doc = await scope.get(actor, Physician, physician_id)
    return await Enrolment.filter(physician_id=doc.id).order_by("-cycle_id").prefetch_related("cycle")


async def get_enrolment(*, actor: Principal, enrolment_id: int) -> tuple[Enrolment, list[ReviewAction]]:
    """One enrolment with its filing and review trail, in scope."""
    await scope.require(actor, "enrolment.read")
    row = await scope.get(actor, Enrolment, enrolment_id)
    await row.fetch_related("physician", "institution")
    return row, await review_trail(enrolment_id=row.id)


async def enrolment_view(row: Enrolment, *, actor: Principal) -> EnrolmentOut:
    """An enrolment (its physician fetched) as the console's JSON shows it; personal fields masked."""
    return EnrolmentOut(
        id=row.id, cycle_id=row.cycle_id, physician_id=row.physician_id, institution_id=row.institution_id,
        assessment_org_id=row.assessment_org_id, confirmed=row.confirmed, procedure=row.procedure, state=row.state,
        state_label=LABELS[State(row.state)], reason=row.last_reason, exam_score=row.exam_score, makeup=row.makeup,
        makeup_score=row.makeup_score, result=row.result,
        physician=PersonOut(**await pii.present(row.physician, actor=actor)))


async def enrolment_detail(*, actor: Principal, enrolment_id: int) -> EnrolmentDetailOut:
    """One enrolment in scope with its filing (section key → content) and review trail."""
    row, trail = await get_enrolment(actor=actor, enrolment_id=enrolment_id)
    return EnrolmentDetailOut(
        **dict(await enrolment_view(row, actor=actor)), filing=row.filing,
        trail=[ReviewStepOut.model_validate({"level": a.level, "action": a.action, "from": a.from_state,
                                             "to": a.to_state, "reason": a.reason, "at": a.at}) for a in trail])


CERTIFIABLE = ("pass", "makeup_pass", "exempt")
RESULT_LABELS = {"pass": "合格", "fail": "不合格", "makeup_pass": "补考合格", "exempt": "免考", None: ""}
PROCEDURE_LABELS = {"general": "一般程序", "simple": "简易程序", "exempt": "免考", None: ""}
MAKEUP_LABELS = {"none": "", "listed": "待确认补考", "confirmed": "已确认补考", "refused": "不允许补考"}


async def export_enrolments(*, actor: Principal, cycle_id: int, **filters: Any) -> bytes:
    """The confirmed list (or make-up list, or results) as xlsx, with the list's filters."""
    await scope.require(actor, "enrolment.read")
    rows = await (await _enrolments(actor, cycle_id, **filters)).order_by("id").prefetch_related(
        "physician", "institution")
    await audit_service.record(actor=actor, action="enrolment.export",
                               after={"cycle_id": cycle_id, "rows": len(rows), "filters": filters})
    out = []
    for r in rows:
        p = await pii.present(r.physician, actor=actor)
        out.append([r.id, p["name"], p["id_number"], r.institution.name, PROCEDURE_LABELS[r.procedure],
                    LABELS[State(r.state)], r.last_reason, r.exam_score, MAKEUP_LABELS[r.makeup], r.makeup_score,
                    RESULT_LABELS[r.result]])
    return to_xlsx("参加考核医师", ["ID", "姓名", "身份证号", "医疗机构", "考核程序", "审核状态", "驳回原因",
                                "测评成绩", "补考", "补考成绩", "考核结果"], out)


@transactional
async def apply_exam_score(*, enrolment_id: int, score: float, makeup: bool = False) -> Enrolment | None:
    """The exam module reports a score (no acting administrator: the exam itself is the source).

    Called inside the exam's submit transaction; an enrolment that expects no score
    (not approved, or no confirmed make-up) is left alone rather than failing the submit.
    """
    async with in_transaction():
        row = await Enrolment.filter(id=enrolment_id).select_for_update().first()
        if row is None or row.state != State.APPROVED.value or (makeup and row.makeup != "confirmed"):
            return None
        if makeup:
            row.makeup_score = score
        else:
            row.exam_score = score
        await row.save(update_fields=["makeup_score" if makeup else "exam_score"])
        await _settle(row)
        await audit_service.record(actor=SYSTEM, action="scores.from_exam", target_type="Enrolment",
                                   target_id=row.id, org_id=row.institution_id,
                                   after={"score": score, "makeup": makeup, "result": row.result})
    return row


@transactional
async def void_exam_score(*, actor: Principal, enrolment_id: int, reason: str,
                          makeup: bool = False) -> Enrolment | None:
    """A confirmed cheating voids the test it happened in (proctoring's second review).

    The score no longer counts and the cycle ends 不合格 with no make-up: make-up
    (seed 000, decided by the province) is for physicians who failed the test, not
    for a test voided for cheating, and a result obtained by fraud does not stand.
    Marked as make-up refused, the result stays 不合格 whatever is settled later.
    Called inside the proctor's transaction after its permission and scope checks,
    as apply_exam_score is inside the exam's; audited here with the proctor as actor.
    """
    async with in_transaction():
        row = await Enrolment.filter(id=enrolment_id).select_for_update().first()
        if row is None:
            return None
        before = {"exam_score": row.exam_score, "makeup_score": row.makeup_score, "makeup": row.makeup,
                  "result": row.result}
        if makeup:
            row.makeup_score = None
        else:
            row.exam_score = None
        row.makeup = "refused"
        await row.save(update_fields=["makeup_score" if makeup else "exam_score", "makeup"])
        await _settle(row)
        await audit_service.record(actor=actor, action="scores.void_for_cheating", target_type="Enrolment",
                                   target_id=row.id, org_id=row.institution_id, before=before,
                                   after={"exam_score": row.exam_score, "makeup_score": row.makeup_score,
                                          "makeup": row.makeup, "result": row.result, "voided": "makeup" if makeup
                                          else "exam", "reason": reason})
    return row
