"""The informed consent of internet consultations (知情同意书, seed 004 居民移动端 row 13): a
versioned text with the notices to patients and the fees, which a patient account accepts
before it may order.

Why versioned: what a patient agreed to must be provable later, word for word. A version is
never edited: the platform (an administrator at the root of a tree, with doctors.manage)
publishes a new one, which becomes the current version; acceptances record the account, the
version and the time. An account must have accepted the current version: after a new version,
it accepts again before its next order. The consult domain calls `require_consent(account_id)`
before it creates an order and keeps the version returned on the order.
"""
from __future__ import annotations

from tortoise.exceptions import IntegrityError
from tortoise.functions import Count, Max
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.db import transactional
from core.doctors.catalogue import patient
from core.doctors.errors import ConsentOutdated, ConsentRequired, ConsentUnpublished
from core.doctors.models import ConsentAcceptance, ConsentVersion
from core.doctors.schemas import ConsentIn, ConsentOut, ConsentVersionOut
from core.doctors.service import PERMISSION
from core.errors import Conflict
from core.principal import Principal

MAX_VERSIONS = 50  # shown in the back office


async def current() -> ConsentVersion | None:
    return await ConsentVersion.all().order_by("-version").first()


async def versions(*, actor: Principal) -> list[ConsentVersionOut]:
    """Every published version, the current one first, with how many accounts accepted each."""
    await scope.require(actor, PERMISSION)
    rows = await ConsentVersion.all().order_by("-version").limit(MAX_VERSIONS)
    counts = dict(await ConsentAcceptance.filter(version__in=[v.version for v in rows]).annotate(n=Count("id"))
                  .group_by("version").values_list("version", "n"))
    return [ConsentVersionOut(version=v.version, title=v.title, body=v.body, fees=v.fees,
                              published_at=v.published_at, acceptances=counts.get(v.version, 0)) for v in rows]


@transactional
async def publish(*, actor: Principal, data: ConsentIn) -> ConsentVersionOut:
    """A new version, current at once: every patient accepts it before the next order."""
    await scope.require(actor, PERMISSION, province=True)
    try:
        async with in_transaction():
            last = await ConsentVersion.all().annotate(top=Max("version")).values_list("top", flat=True)
            row = await ConsentVersion.create(version=(last[0] or 0) + 1, title=data.title, body=data.body,
                                              fees=data.fees, published_by_id=actor.id)
            await audit_service.record(actor=actor, action="doctors.consent_publish", target_type="ConsentVersion",
                                       target_id=row.version, after=audit_service.snapshot(row))
    except IntegrityError as exc:  # two versions published at once: the other one won
        raise Conflict("另一位管理员刚刚发布了新版本，请刷新后再发布") from exc
    return ConsentVersionOut(version=row.version, title=row.title, body=row.body, fees=row.fees,
                             published_at=row.published_at, acceptances=0)


async def _out(account_id: int, version: ConsentVersion) -> ConsentOut:
    accepted = await ConsentAcceptance.get_or_none(account_id=account_id, version=version.version)
    return ConsentOut(version=version.version, title=version.title, body=version.body, fees=version.fees,
                      published_at=version.published_at, accepted=accepted is not None,
                      accepted_at=accepted.accepted_at if accepted else None)


async def for_patient(*, actor: Principal) -> ConsentOut:
    """The current version to read, and whether the caller accepted it."""
    me = patient(actor)
    version = await current()
    if version is None:
        raise ConsentUnpublished()
    return await _out(me, version)


@transactional
async def accept(*, actor: Principal, version: int) -> ConsentOut:
    """Accept the version read, which must be the current one (a newer one is read first);
    accepting again changes nothing."""
    me = patient(actor)
    now = await current()
    if now is None:
        raise ConsentUnpublished()
    if version != now.version:
        raise ConsentOutdated(details={"current": now.version, "version": version})
    async with in_transaction():
        if not await ConsentAcceptance.filter(account_id=me, version=version).select_for_update().exists():
            await ConsentAcceptance.create(account_id=me, version=version)
            await audit_service.record(actor=actor, action="doctors.consent_accept", target_type="ConsentVersion",
                                       target_id=version)
    return await _out(me, now)


async def required(account_id: int) -> int | None:
    """The version the account still has to accept, or None when it accepted the current one."""
    now = await current()
    if now is None:
        raise ConsentUnpublished()
    return None if await ConsentAcceptance.exists(account_id=account_id, version=now.version) else now.version


async def require_consent(account_id: int) -> int:
    """For the consult domain before an order: the version the account accepted, which is the
    current one; ConsentRequired (409, details.version) when it has not, ConsentUnpublished when
    no version was ever published (no order without a consent to accept)."""
    now = await current()
    if now is None:
        raise ConsentUnpublished()
    if not await ConsentAcceptance.exists(account_id=account_id, version=now.version):
        raise ConsentRequired(details={"version": now.version})
    return now.version
