"""Certificates of the periodic assessment: issuing, printing and public verification.

Why: a physician whose cycle ends in 合格, 补考合格 or 免考 gets a certificate
(seed 000: institutions print them, also in batch and for past cycles;
physicians print their own). A certificate is one row per enrolment with a
serial; the PDF is drawn from the enrolment as it is now, so a reprint always
tells the current truth.

Each certificate carries a QR code of a public URL with a token signed by the
server (HMAC-SM3 under a key derived from SECRET_KEY). Only we can make a token
that verifies, and verification reloads the certificate and its enrolment from
the database, so a certificate whose result was later voided or changed shows
as invalid even though the paper still exists.

Printing needs `certificates.print` and follows the caller's scope; a physician
prints only their own. Issuing and printing are audited.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.transactions import in_transaction

from core import crypto, scope
from core.assessment import service as assessment_service
from core.assessment.errors import BatchTooLarge, CertificateInvalid, NoCertificates, NotCertifiable
from core.assessment.models import Certificate, Cycle, Enrolment
from core.audit import service as audit_service
from core.errors import NotFound
from core.masking import mask_id_number, mask_name
from core.orgs.models import OrgNode
from core.principal import Principal
from core.settings import get_settings
from core.db import transactional
from media import documents

CERTIFIABLE = assessment_service.CERTIFIABLE
RESULT_LABELS = assessment_service.RESULT_LABELS
SERIAL_PREFIX = "HB"  # 湖北
MAX_BATCH = 1000  # pages per PDF: beyond that the caller splits by institution
LOCAL_TZ = ZoneInfo("Asia/Shanghai")  # the date printed is the date in China

_SIG_HEX = 32  # 128 bits of the HMAC: plenty against forgery, short enough for a small QR code
_TOKEN = re.compile(r"^([0-9A-Za-z]{1,24}-[0-9]{1,12})\.([0-9a-f]{%d})$" % _SIG_HEX)


def certifiable(row: Enrolment) -> bool:
    return bool(row.confirmed) and row.result in CERTIFIABLE


def serial_for(cycle: Cycle, enrolment_id: int) -> str:
    """HB<cycle code>-<enrolment id>: unique because a certificate belongs to one enrolment."""
    code = re.sub(r"[^0-9A-Za-z]", "", cycle.code)[:16] or str(cycle.id)
    return f"{SERIAL_PREFIX}{code}-{enrolment_id:06d}"


# =================================================================== signed verification token

def _key() -> bytes:
    # A key of its own, derived from SECRET_KEY, so a certificate token is never also a valid
    # signature of something else. Rotating SECRET_KEY invalidates printed QR codes.
    return crypto.derived_key("huiyi.certificate.v1")


def _signature(serial: str) -> str:
    return crypto.hmac_sm3(_key(), f"certificate:{serial}".encode())[:_SIG_HEX]


def verification_token(certificate: Certificate) -> str:
    """`<serial>.<signature>`: readable, URL-safe, and unforgeable without the server's key."""
    return f"{certificate.serial}.{_signature(certificate.serial)}"


def verification_url(certificate: Certificate) -> str:
    return f"{get_settings().public_base_url.rstrip('/')}/verify/certificate/{verification_token(certificate)}"


async def verify(token: str) -> dict[str, Any]:
    """What the public verification page shows, or CertificateInvalid saying why not.

    A malformed or tampered token is the client's mistake (400); a well-signed
    token whose certificate is gone or whose result no longer stands is 404.
    """
    m = _TOKEN.match(token or "")
    if m is None:
        raise CertificateInvalid("证书核验码格式不正确", status=400, details={"reason": "malformed"})
    serial, signature = m.groups()
    if not crypto.constant_time_equals(signature, _signature(serial)):
        raise CertificateInvalid("证书核验码不正确或已被篡改", status=400, details={"reason": "signature"})
    cert = await Certificate.get_or_none(serial=serial)
    if cert is None:
        raise CertificateInvalid("未找到该证书", details={"reason": "unknown"})
    row = await Enrolment.get(id=cert.enrolment_id).prefetch_related("physician", "cycle", "institution")
    if not certifiable(row):
        raise CertificateInvalid("该证书对应的考核结果已变更，证书已失效", details={"reason": "revoked"})
    return {"serial": cert.serial, "name": mask_name(row.physician.name), "cycle": row.cycle.name,
            "result": row.result, "result_label": RESULT_LABELS[row.result],
            "issued_at": cert.issued_at, "issued_on": _local_date(cert.issued_at),
            "authority": await _authority(row.institution)}


# =================================================================== issuing

async def _ensure(row: Enrolment, *, actor: Principal) -> Certificate:
    """The certificate of a locked enrolment, issued on first need (one per enrolment)."""
    if not certifiable(row):
        raise NotCertifiable(details={"enrolment_id": row.id, "result": row.result})
    cert = await Certificate.get_or_none(enrolment_id=row.id)
    if cert is not None:
        return cert
    cycle = await Cycle.get(id=row.cycle_id)
    cert = await Certificate.create(enrolment_id=row.id, serial=serial_for(cycle, row.id))
    await audit_service.record(actor=actor, action="certificates.issue", target_type="Certificate",
                               target_id=cert.id, org_id=row.institution_id,
                               after={"serial": cert.serial, "enrolment_id": row.id, "result": row.result})
    return cert


@transactional
async def issue_certificate(*, actor: Principal, enrolment_id: int) -> Certificate:
    """Issue the certificate of an enrolment in scope; issuing again returns the same one."""
    await scope.require(actor, "certificates.print")
    async with scope.locked(actor, Enrolment, enrolment_id) as row:
        return await _ensure(row, actor=actor)


# =================================================================== printing

def _local_date(at: dt.datetime) -> dt.date:
    return at.astimezone(LOCAL_TZ).date()


async def _authority(institution: OrgNode, cache: dict[int, str] | None = None) -> str:
    """The issuing authority: the commission at the root of the institution's tree."""
    root_id = int(institution.path.strip("/").split("/")[0])
    if cache is not None and root_id in cache:
        return cache[root_id]
    root = await OrgNode.get_or_none(id=root_id)
    name = root.name if root else institution.name
    if cache is not None:
        cache[root_id] = name
    return name


async def _render(pairs: list[tuple[Enrolment, Certificate]]) -> bytes:
    """The PDF of (enrolment with physician, cycle, institution; certificate) pairs."""
    roots: dict[int, str] = {}
    pages = [documents.CertificatePage(
        name=row.physician.name, id_number=mask_id_number(row.physician.id_number) or "",
        institution=row.institution.name, cycle=row.cycle.name, result_label=RESULT_LABELS[row.result],
        serial=cert.serial, issued_on=_local_date(cert.issued_at),
        authority=await _authority(row.institution, roots), verify_url=verification_url(cert),
    ) for row, cert in pairs]
    # Drawing and QR encoding are CPU work: keep them off the event loop.
    return await asyncio.to_thread(documents.render_certificates, pages)


async def certificate_pdf(*, actor: Principal, enrolment_id: int) -> bytes:
    """The certificate of one enrolment in scope, issued on first print."""
    cert = await issue_certificate(actor=actor, enrolment_id=enrolment_id)
    row = await Enrolment.get(id=enrolment_id).prefetch_related("physician", "cycle", "institution")
    data = await _render([(row, cert)])
    await audit_service.record(actor=actor, action="certificates.print", target_type="Certificate",
                               target_id=cert.id, org_id=row.institution_id, after={"serial": cert.serial})
    return data


async def list_certifiable(*, actor: Principal, cycle_id: int, institution_id: int | None = None,
                           q: str | None = None, result: str | None = None, issued: bool | None = None,
                           limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """The enrolments of a cycle in scope whose result earns a certificate (合格, 补考合格,
    免考), with their certificate when one was issued: what the console prints from."""
    await scope.require(actor, "certificates.print")
    qs = (await assessment_service._enrolments(actor, cycle_id, institution_id=institution_id, q=q,
                                               result=result)).filter(result__in=CERTIFIABLE)
    if issued is not None:
        qs = qs.filter(certificate__id__isnull=not issued)
    total = await qs.count()
    rows = await qs.order_by("institution_id", "id").offset(offset).limit(limit).prefetch_related(
        "physician", "institution")
    certs = {c.enrolment_id: c for c in await Certificate.filter(enrolment_id__in=[r.id for r in rows])}
    from core import pii

    return total, [{"id": r.id, "physician": await pii.present(r.physician, actor=actor),
                    "institution": r.institution.name, "result": r.result, "result_label": RESULT_LABELS[r.result],
                    "exam_score": r.exam_score, "makeup_score": r.makeup_score,
                    "serial": certs[r.id].serial if r.id in certs else None,
                    "issued_at": certs[r.id].issued_at if r.id in certs else None} for r in rows]


async def _missing_ids(actor: Principal, wanted: list[int], found: set[int]) -> dict[str, list[int]]:
    """Why asked-for rows are absent: not certifiable (in scope) or not found (absent or outside scope)."""
    missing = [i for i in dict.fromkeys(wanted) if i not in found]
    in_scope = set(await scope.scoped(actor, Enrolment).filter(id__in=missing).values_list("id", flat=True))
    hidden = [i for i in missing if i not in in_scope]
    if hidden and await Enrolment.filter(id__in=hidden).exists():
        # Outside the subtree looks like absent, but the attempt is recorded (as scope.get does).
        await audit_service.record_denied(actor=actor, action="scope.read", target_type="Enrolment",
                                          target_id=",".join(map(str, hidden))[:64], reason="outside scope")
    return {"not_certifiable": sorted(in_scope), "not_found": sorted(hidden)}


@transactional
async def batch_pdf(*, actor: Principal, cycle_id: int, enrolment_ids: list[int] | None = None,
                    institution_id: int | None = None) -> bytes:
    """Every certifiable enrolment of the cycle in scope (optionally chosen ids or one
    institution) in one PDF, issuing the certificates not issued yet."""
    await scope.require(actor, "certificates.print")
    qs = scope.scoped(actor, Enrolment).filter(cycle_id=cycle_id, confirmed=True, result__in=CERTIFIABLE)
    if institution_id is not None:
        qs = qs.filter(institution_id=institution_id)
    if enrolment_ids:
        qs = qs.filter(id__in=enrolment_ids)
    ids = await qs.order_by("institution_id", "id").limit(MAX_BATCH + 1).values_list("id", flat=True)
    if enrolment_ids and len(set(ids)) < len(set(enrolment_ids)):
        raise NotCertifiable("部分医师不存在、不在管辖范围内或考核结果不能打印合格证书",
                             details=await _missing_ids(actor, enrolment_ids, set(ids)))
    if not ids:
        raise NoCertificates(details={"cycle_id": cycle_id, "institution_id": institution_id})
    if len(ids) > MAX_BATCH:
        raise BatchTooLarge(details={"max": MAX_BATCH})

    async with in_transaction():
        # Locked as issue_certificate locks one row: a concurrent batch waits instead of issuing twice.
        rows = await Enrolment.filter(id__in=ids).select_for_update()
        rows = [r for r in rows if certifiable(r)]  # re-checked under the lock
        have = {c.enrolment_id for c in await Certificate.filter(enrolment_id__in=[r.id for r in rows])}
        cycle = await Cycle.get(id=cycle_id)
        new = [Certificate(enrolment_id=r.id, serial=serial_for(cycle, r.id)) for r in rows if r.id not in have]
        if new:
            await Certificate.bulk_create(new)
            await audit_service.record(actor=actor, action="certificates.issue", target_type="Certificate",
                                       org_id=institution_id, after={"count": len(new), "cycle_id": cycle_id,
                                                                    "serials": [c.serial for c in new][:200]})
    if not rows:
        raise NoCertificates(details={"cycle_id": cycle_id, "institution_id": institution_id})
    order = {r.id: i for i, r in enumerate(sorted(rows, key=lambda r: (r.institution_id, r.id)))}
    full = await Enrolment.filter(id__in=list(order)).prefetch_related("physician", "cycle", "institution")
    certs = {c.enrolment_id: c for c in await Certificate.filter(enrolment_id__in=list(order))}
    data = await _render([(r, certs[r.id]) for r in sorted(full, key=lambda r: order[r.id])])
    await audit_service.record(actor=actor, action="certificates.batch_print", target_type="Cycle",
                               target_id=cycle_id, org_id=institution_id,
                               after={"count": len(order), "issued": len(new), "institution_id": institution_id,
                                      "enrolment_ids": list(order)[:200]})
    return data


@transactional
async def my_certificate_pdf(*, actor: Principal, enrolment_id: int) -> bytes:
    """The calling physician's own certificate; someone else's enrolment is not found."""
    doc = await assessment_service.physician_of(actor)
    async with in_transaction():
        row = await Enrolment.filter(id=enrolment_id, physician_id=doc.id).select_for_update().first()
        if row is None:
            raise NotFound(details={"type": "Enrolment", "id": enrolment_id})
        cert = await _ensure(row, actor=actor)
    await row.fetch_related("physician", "cycle", "institution")
    data = await _render([(row, cert)])
    await audit_service.record(actor=actor, action="certificates.print", target_type="Certificate",
                               target_id=cert.id, org_id=row.institution_id, after={"serial": cert.serial})
    return data
