"""Assessment institutions (seed 000 考核机构管理): applications to become one,
designation of assessment institutions for regions and institutions, and the
province's bad records (不良记录) that institutions consult.

Why a module of its own: these are the commissions' tools around the assessment
(who may assess whom, and what is known against a physician), apart from the
cycle / filing / review flow in service.py.

Decision: what approving an application does. Seed 000 lists "支持医疗卫生机构
和考核机构管理平台一键切换": the hospital that becomes an assessment institution
stays the same organisation and its staff switch between the two consoles. So
approval does not create a second node nor change the applicant's kind (it
keeps its physicians, departments and accounts as a medical institution or
industry organisation); the approved application is the mark that the
organisation is now an assessment institution. It then appears in the
assessment-institution list (考核机构列表) beside the nodes created directly as
kind `assessment_institution` (as the demo data does), and commissions can
designate it. `is_assessment_institution` is the one test of that status, for
the platform switch and anything else that needs it. A rejected applicant may
apply again; an approved one cannot apply twice; a pending one waits. Only
organisations the commissions allowed (OrgNode.may_apply_assessment) apply;
any commission above the applicant holding `applications.review` reviews
(submitted → approved | rejected, a reason required to reject; anything else
is a 409).

Designation (指派): a city commission designates the assessment institution of a
county, of a medical institution in its subtree, or of its whole city; the
province may do so for any of them. The assessment institution may sit in
another region (跨区域指派): it must be an assessment institution of the same
province, not a node of the actor's subtree. Re-designating replaces; the
nearest designation above an institution applies (service._assessment_org_for).
County commissions do not designate.

Bad records: the province imports them from xlsx, matched to physicians by the
blind index of the ID number (the name must match too); institutions query
those of their own physicians (scope follows the physician's institution).
"""
from __future__ import annotations

import asyncio
import datetime as _dt
import io
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.transactions import in_transaction

from core import crypto, idcard, imports, pii, scope
from core.assessment.errors import IllegalTransition, ReasonRequired
from core.assessment.models import AssessmentApplication, AssessmentAssignment, BadRecord, Physician
from core.assessment.schemas import (
    ApplicationOut, AssignmentOut, AttachmentOut, BadRecordOut, EffectiveAssignmentOut, PersonOut,
)
from core.audit import service as audit_service
from core.db import utcnow, transactional
from core.errors import AppError, Forbidden, NotFound
from core.inputs import Id
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal


# =================================================================== errors

class ApplyNotAllowed(AppError):
    status, code, message = 403, "assessment.apply_not_allowed", "本机构未被允许申请成为考核机构"


class ApplicationPending(AppError):
    status, code, message = 409, "assessment.application_pending", "已有待审核的申请，请等待审核结果"


class AlreadyAssessmentInstitution(AppError):
    status, code, message = 409, "assessment.already_assessment_institution", "本机构已是考核机构"


class AttachmentInvalid(AppError):
    status, code, message = 422, "assessment.attachment_invalid", "附件只能是 PDF、JPEG 或 PNG 文件"


class AttachmentTooLarge(AppError):
    status, code, message = 413, "assessment.attachment_too_large", "单个附件不能超过10MB"


class AttachmentsRequired(AppError):
    status, code, message = 422, "assessment.attachments_required", "请上传申请材料（1到10个附件）"


class NotAssessmentInstitution(AppError):
    status, code, message = 422, "assessment.not_assessment_institution", "所选机构不是考核机构"


class InvalidAssignmentTarget(AppError):
    status, code, message = 422, "assessment.invalid_assignment_target", "只能为市、区县卫生行政部门或医疗机构指派考核机构"


# =================================================================== shapes

class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ApplicationIn(In):
    statement: str = Field(min_length=1, max_length=5000, description="申请说明")


class ApplicationReviewIn(In):
    decision: str = Field(pattern=r"^(approve|reject)$")
    reason: str = Field(default="", max_length=500)


class AssignIn(In):
    target_id: Id
    assessment_org_id: Id


class BadRecordFilter(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    name: str | None = Field(default=None, max_length=64)
    id_number: str | None = Field(default=None, max_length=18)
    category: str | None = Field(default=None, max_length=64)
    occurred_from: _dt.date | None = None
    occurred_to: _dt.date | None = None
    institution_id: int | None = None


BAD_RECORD_COLUMNS = {"身份证号": "id_number", "姓名": "name", "发生日期": "occurred_on", "类别": "category",
                      "描述": "description", "来源": "source"}


class BadRecordFields(In):
    """What a bad record says (an import row and a record entered by hand share it)."""

    occurred_on: _dt.date
    category: str = Field(min_length=1, max_length=64)
    description: str = Field(default="", max_length=2000)
    source: str = Field(default="", max_length=128)

    @field_validator("occurred_on")
    @classmethod
    def _not_future(cls, v: _dt.date) -> _dt.date:
        if v > _dt.date.today():
            raise ValueError("发生日期不能晚于今天")
        return v


class BadRecordRowIn(BadRecordFields):
    id_number: str
    name: str = Field(min_length=1, max_length=64)

    @field_validator("id_number")
    @classmethod
    def _valid_id(cls, v: str) -> str:
        p = idcard.problem(v)
        if p:
            raise ValueError(p)
        return idcard.normalize(v)


# =================================================================== attachments
# Uploads of applications: PDF, JPEG or PNG only, 10 MB each, recognised by their
# bytes (never by name or declared type); images are decoded and re-encoded by
# Pillow, which drops EXIF/GPS and anything smuggled after the image data.

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 10
MAX_IMAGE_PIXELS = 40_000_000
_TYPES = {"pdf": ("application/pdf", ("pdf",)), "jpeg": ("image/jpeg", ("jpg", "jpeg")),
          "png": ("image/png", ("png",))}
_LABEL = {"pdf": "PDF", "jpeg": "JPEG图片", "png": "PNG图片"}


@dataclass
class Upload:
    """An uploaded file as the handler received it."""
    name: str
    body: bytes
    content_type: str = ""  # as declared by the client: not trusted


def _sniff(body: bytes) -> str | None:
    if body.startswith(b"%PDF-"):
        return "pdf"
    if body.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if body.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    return None


def _safe_name(name: str) -> str:
    name = re.split(r"[\\/]", name or "")[-1]
    name = re.sub(r"[\x00-\x1f\x7f\"<>|:*?]", "", name).strip(" .")
    return name[-100:] or "附件"


def _reencode(body: bytes, kind: str) -> bytes:
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(body)) as probe:
            fmt = (probe.format or "").lower()
            if probe.width * probe.height > MAX_IMAGE_PIXELS:
                raise AttachmentInvalid("图片尺寸过大", details={"width": probe.width, "height": probe.height})
            probe.verify()
        with Image.open(io.BytesIO(body)) as img:
            img.load()
            img = ImageOps.exif_transpose(img)  # keep the photo upright once EXIF is gone
            if kind == "jpeg":
                img = img.convert("L" if img.mode == "L" else "RGB")
            elif img.mode not in ("L", "LA", "RGB", "RGBA"):
                has_alpha = "A" in img.mode or "transparency" in img.info
                img = img.convert("RGBA" if has_alpha else "RGB")
            # A fresh image from the pixels alone: no EXIF, ICC, text chunks or comments survive.
            clean = Image.frombytes(img.mode, img.size, img.tobytes())
    except AttachmentInvalid:
        raise
    except Exception as exc:  # Pillow's many decode errors all mean "not a usable image"
        raise AttachmentInvalid("图片文件已损坏或无法识别") from exc
    if fmt != kind:
        raise AttachmentInvalid("图片文件已损坏或无法识别")
    out = io.BytesIO()
    if kind == "jpeg":
        clean.save(out, format="JPEG", quality=90)
    else:
        clean.save(out, format="PNG")
    return out.getvalue()


def clean_attachment(upload: Upload) -> tuple[dict[str, Any], bytes]:
    """Check one upload and return (attachment entry without key, the bytes to store)."""
    name = _safe_name(upload.name)
    size = len(upload.body)
    if size == 0:
        raise AttachmentInvalid("附件为空文件", details={"name": name})
    if size > MAX_ATTACHMENT_BYTES:
        raise AttachmentTooLarge(details={"name": name, "size": size, "max_bytes": MAX_ATTACHMENT_BYTES})
    kind = _sniff(upload.body)
    if kind is None:
        raise AttachmentInvalid(details={"name": name})
    content_type, extensions = _TYPES[kind]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext and ext not in (e for spec in _TYPES.values() for e in spec[1]):
        raise AttachmentInvalid(details={"name": name})
    if ext and ext not in extensions:
        raise AttachmentInvalid(f"文件内容与扩展名不符（内容为{_LABEL[kind]}）", details={"name": name})
    if not ext:
        name = f"{name}.{extensions[0]}"
    if kind == "pdf":
        # The one sanitiser of stored PDFs: parsed to its last page, rewritten without
        # JavaScript, actions, embedded files or XFA (never stored byte for byte).
        from media.uploads import sanitize_pdf

        try:
            data, _pages, _removed = sanitize_pdf(upload.body, max_bytes=MAX_ATTACHMENT_BYTES)
        except AppError as exc:
            raise AttachmentInvalid(f"PDF 文件无法接受：{exc.message}",
                                    details={"name": name, "reason": exc.code}) from exc
    else:
        data = _reencode(upload.body, kind)
    return {"name": name, "size": len(data), "content_type": content_type}, data


def _storage():
    from media.storage import get_storage

    return get_storage()


# =================================================================== applications

_OPEN_STATUS = "submitted"
_STATUS_LABELS = {"submitted": "待审核", "approved": "已通过", "rejected": "未通过"}


def _approved_org_ids():
    return AssessmentApplication.filter(status="approved").values("org_id")


async def is_assessment_institution(org: OrgNode) -> bool:
    """Created as an assessment institution, or approved on application."""
    if org.kind == OrgKind.ASSESSMENT:
        return True
    return await AssessmentApplication.filter(org_id=org.id, status="approved").exists()


@transactional
async def submit_application(*, actor: Principal, statement: str, files: list[Upload]) -> AssessmentApplication:
    """The actor's own institution (or industry organisation) applies, with attachments."""
    await scope.require(actor, "applications.submit")
    org = await scope.get(actor, OrgNode, actor.org_id)
    if org.kind not in (OrgKind.MEDICAL, OrgKind.INDUSTRY) or not org.may_apply_assessment:
        raise ApplyNotAllowed(details={"kind": org.kind.value, "may_apply_assessment": org.may_apply_assessment})
    if not 1 <= len(files) <= MAX_ATTACHMENTS:
        raise AttachmentsRequired(details={"count": len(files), "max": MAX_ATTACHMENTS})
    # Every file is checked before any is stored: one bad file stores nothing.
    cleaned = [await asyncio.to_thread(clean_attachment, f) for f in files]
    store = _storage()
    attachments = []
    for entry, data in cleaned:
        # Content-addressed: an object left behind by a failed submission is harmless and deduplicated.
        attachments.append({**entry, "key": await asyncio.to_thread(store.put, data)})
    async with scope.locked(actor, OrgNode, org.id):  # one application at a time per org
        mine = AssessmentApplication.filter(org_id=org.id)
        if await mine.filter(status="approved").exists():
            raise AlreadyAssessmentInstitution()
        if await mine.filter(status=_OPEN_STATUS).exists():
            raise ApplicationPending()
        app = await AssessmentApplication.create(org_id=org.id, statement=statement, attachments=attachments)
        await audit_service.record(actor=actor, action="applications.submit", target_type="AssessmentApplication",
                                   target_id=app.id, org_id=org.id,
                                   after={"attachments": [a["name"] for a in attachments]})
    app.org = org
    return app


async def list_applications(*, actor: Principal, status: str | None = None, q: str | None = None,
                            limit: int = 20, offset: int = 0) -> tuple[int, list[AssessmentApplication]]:
    """Applications in scope: a commission sees those below it, an applicant its own."""
    await scope.require(actor, "orgs.read")
    qs = scope.scoped(actor, AssessmentApplication)
    if status:
        qs = qs.filter(status=status)
    if q:
        qs = qs.filter(org__name__icontains=q)
    total = await qs.count()
    return total, await qs.order_by("-id").offset(offset).limit(limit).prefetch_related("org")


async def get_application(*, actor: Principal, application_id: int) -> AssessmentApplication:
    await scope.require(actor, "orgs.read")
    app = await scope.get(actor, AssessmentApplication, application_id)
    await app.fetch_related("org")
    return app


async def get_attachment(*, actor: Principal, application_id: int, key: str) -> tuple[dict[str, Any], bytes]:
    """One attachment of an application in scope: (its entry, its bytes)."""
    from media.storage import ObjectMissing

    await scope.require(actor, "orgs.read")
    app = await scope.get(actor, AssessmentApplication, application_id)
    entry = next((a for a in app.attachments or [] if a.get("key") == key), None)
    if entry is None:
        raise NotFound(details={"type": "Attachment", "id": key})
    try:
        data = await asyncio.to_thread(_storage().get, key)
    except ObjectMissing as exc:
        raise NotFound("附件文件已丢失，请联系管理员", details={"type": "Attachment", "id": key}) from exc
    return entry, data


@transactional
async def review_application(*, actor: Principal, application_id: int, decision: str,
                             reason: str = "") -> AssessmentApplication:
    """Approve or reject a submitted application (a reason is required to reject)."""
    await scope.require(actor, "applications.review")
    if decision not in ("approve", "reject"):
        raise AppError("审核结论应为 approve 或 reject", status=422, code="request.validation_failed")
    if decision == "reject" and not reason.strip():
        raise ReasonRequired()
    async with scope.locked(actor, AssessmentApplication, application_id) as app:
        if app.status != _OPEN_STATUS:
            raise IllegalTransition(f"申请{_STATUS_LABELS.get(app.status, app.status)}，不能再次审核",
                                    details={"status": app.status, "event": decision, "allowed": []})
        before = app.status
        app.status = "approved" if decision == "approve" else "rejected"
        app.reason = reason.strip()
        app.reviewed_by_id = actor.id
        app.reviewed_at = utcnow()
        await app.save(update_fields=["status", "reason", "reviewed_by_id", "reviewed_at"])
        await audit_service.record(actor=actor, action=f"applications.{decision}",
                                   target_type="AssessmentApplication", target_id=app.id, org_id=app.org_id,
                                   before={"status": before}, after={"status": app.status, "reason": app.reason})
    await app.fetch_related("org")
    return app


def application_view(app: AssessmentApplication) -> ApplicationOut:
    return ApplicationOut(
        id=app.id, org_id=app.org_id, org_name=app.org.name, org_code=app.org.code, org_kind=app.org.kind.value,
        status=app.status, status_label=_STATUS_LABELS[app.status], statement=app.statement, reason=app.reason,
        reviewed_by_id=app.reviewed_by_id, reviewed_at=app.reviewed_at, created_at=app.created_at,
        attachments=[AttachmentOut(**{k: a.get(k) for k in AttachmentOut.model_fields})
                     for a in app.attachments or []])


# =================================================================== assessment institutions and designation

def _province_path(actor: Principal) -> str:
    if actor.org_path is None:
        raise Forbidden()
    return "/" + actor.org_path.strip("/").split("/")[0] + "/"


def _assessment_institutions(actor: Principal):
    # Deliberately beyond the actor's subtree (跨区域指派): every assessment institution
    # of the actor's province may be designated, so every one of them may be listed.
    return OrgNode.filter(deleted_at__isnull=True, path__startswith=_province_path(actor)).filter(
        Q(kind=OrgKind.ASSESSMENT) | Q(id__in=Subquery(_approved_org_ids())))


async def list_assessment_institutions(*, actor: Principal, q: str | None = None, limit: int = 20,
                                       offset: int = 0) -> tuple[int, list[OrgNode]]:
    """The province's assessment institutions (created as such, or approved applicants)."""
    await scope.require(actor, "orgs.read")
    qs = _assessment_institutions(actor)
    if q:
        qs = qs.filter(name__icontains=q)
    return await qs.count(), await qs.order_by("path").offset(offset).limit(limit)


_DESIGNATORS = (OrgKind.PROVINCE.value, OrgKind.CITY.value)
_TARGETS = (OrgKind.CITY, OrgKind.COUNTY, OrgKind.MEDICAL)


async def _require_designator(actor: Principal) -> None:
    await scope.require(actor, "assignments.manage")
    if actor.org_kind not in _DESIGNATORS:
        await audit_service.record_denied(actor=actor, action="assignments.manage", reason="not province or city")
        raise Forbidden("仅省、市级卫生行政部门可以指派考核机构", details={"permission": "assignments.manage"})


@transactional
async def assign(*, actor: Principal, target_id: int, assessment_org_id: int) -> AssessmentAssignment:
    """Designate the assessment institution of a region or institution in the actor's subtree.

    The assessment institution may be in another region of the province; a second
    designation of the same target replaces the first.
    """
    await _require_designator(actor)
    target = await scope.get(actor, OrgNode, target_id)
    if target.kind not in _TARGETS:
        raise InvalidAssignmentTarget(details={"kind": target.kind.value})
    assessor = await _assessment_institutions(actor).filter(id=assessment_org_id).first()
    if assessor is None:
        raise NotAssessmentInstitution(details={"assessment_org_id": assessment_org_id})
    if assessor.id == target.id:
        raise InvalidAssignmentTarget("不能指派机构自身作为其考核机构", details={"target_id": target.id})
    cross_region = not scope.in_subtree(actor, assessor.path)
    for attempt in (1, 2):
        try:
            async with in_transaction():
                # FOR UPDATE only on a row that exists: on a missing one MariaDB takes a gap lock and
                # two first designations deadlock. A concurrent first insert fails on the unique
                # target instead, and the retry updates.
                row = None
                if await AssessmentAssignment.filter(target_id=target.id).exists():
                    row = await AssessmentAssignment.filter(target_id=target.id).select_for_update().first()
                before = {"assessment_org_id": row.assessment_org_id} if row else None
                if row is None:
                    row = await AssessmentAssignment.create(target_id=target.id, assessment_org_id=assessor.id,
                                                            assigned_by_id=actor.id)
                else:
                    row.assessment_org_id = assessor.id
                    row.assigned_by_id = actor.id
                    await row.save(update_fields=["assessment_org_id", "assigned_by_id", "updated_at"])
                await audit_service.record(actor=actor, action="assignments.assign",
                                           target_type="AssessmentAssignment", target_id=row.id, org_id=target.id,
                                           before=before, after={"target_id": target.id,
                                                                 "assessment_org_id": assessor.id,
                                                                 "cross_region": cross_region})
            break
        except IntegrityError:
            if attempt == 2:
                raise
    row.target, row.assessment_org = target, assessor
    return row


@transactional
async def unassign(*, actor: Principal, target_id: int) -> None:
    """Withdraw a designation (the nearest designation above then applies)."""
    await _require_designator(actor)
    target = await scope.get(actor, OrgNode, target_id)
    async with in_transaction():
        row = await AssessmentAssignment.filter(target_id=target.id).select_for_update().first()
        if row is None:
            raise NotFound("该机构没有指派考核机构", details={"type": "AssessmentAssignment", "target_id": target.id})
        await audit_service.record(actor=actor, action="assignments.unassign", target_type="AssessmentAssignment",
                                   target_id=row.id, org_id=target.id,
                                   before={"target_id": target.id, "assessment_org_id": row.assessment_org_id})
        await row.delete()


async def list_assignments(*, actor: Principal, assessment_org_id: int | None = None,
                           target_kind: OrgKind | None = None, limit: int = 20,
                           offset: int = 0) -> tuple[int, list[AssessmentAssignment]]:
    """Designations whose target is in the actor's subtree."""
    await scope.require(actor, "orgs.read")
    qs = scope.scoped(actor, AssessmentAssignment)
    if assessment_org_id is not None:
        qs = qs.filter(assessment_org_id=assessment_org_id)
    if target_kind is not None:
        qs = qs.filter(target__kind=target_kind)
    total = await qs.count()
    return total, await qs.order_by("target__path").offset(offset).limit(limit).prefetch_related(
        "target", "assessment_org")


async def assignment_for(*, actor: Principal, org_id: int | None = None) -> EffectiveAssignmentOut:
    """Which assessment institution serves an org (the actor's own by default), and from where:
    its own designation or the nearest one above it."""
    await scope.require(actor, "orgs.read")
    node = await scope.get(actor, OrgNode, actor.org_id if org_id is None else org_id)
    ids = [int(x) for x in node.path.strip("/").split("/")]
    rows = {a.target_id: a for a in await AssessmentAssignment.filter(target_id__in=ids)
            .prefetch_related("target", "assessment_org")}
    for node_id in reversed(ids):
        if node_id in rows:
            a = rows[node_id]
            return EffectiveAssignmentOut(org_id=node.id, assessment_org_id=a.assessment_org_id,
                                          assessment_org_name=a.assessment_org.name, designated_for_id=a.target_id,
                                          designated_for_name=a.target.name, inherited=a.target_id != node.id)
    return EffectiveAssignmentOut(org_id=node.id, assessment_org_id=None, assessment_org_name=None,
                                  designated_for_id=None, designated_for_name=None, inherited=False)


def assignment_view(a: AssessmentAssignment) -> AssignmentOut:
    return AssignmentOut(id=a.id, target_id=a.target_id, target_name=a.target.name, target_kind=a.target.kind.value,
                         assessment_org_id=a.assessment_org_id, assessment_org_name=a.assessment_org.name,
                         assigned_by_id=a.assigned_by_id, updated_at=a.updated_at)


# =================================================================== bad records

def _bidx(number: str) -> str:
    return crypto.blind_index(idcard.normalize(number), purpose="id_number")


@transactional
async def import_bad_records(*, actor: Principal, content: bytes, dry_run: bool = False) -> imports.ImportReport:
    """Province imports bad records from xlsx; all rows or none.

    A row fails when the ID number matches no physician, when the name differs from
    the physician's, when it repeats another row of the file, or when the same
    record (physician, date, category, description) was imported before. ID numbers
    and names are masked in the report.
    """
    from core.masking import mask_name

    await scope.require(actor, "badrecords.import", province=True)
    rows = imports.read_rows(content, BAD_RECORD_COLUMNS)
    reports = imports.validate_rows(rows, BadRecordRowIn, BAD_RECORD_COLUMNS)
    imports.duplicates(reports, "id_number", "与文件中另一行是同一条不良记录",
                       key=lambda p: (p.id_number, p.occurred_on, p.category, p.description))
    valid = [r for r in reports if r.parsed is not None]
    found = {d.id_number_bidx: d for d in await scope.scoped(actor, Physician).filter(
        id_number_bidx__in=list({_bidx(r.parsed.id_number) for r in valid}))}
    existing = {(b.physician_id, b.occurred_on, b.category, b.description) for b in await BadRecord.filter(
        physician_id__in=[d.id for d in found.values()])}
    matched: dict[int, Physician] = {}
    for r in valid:
        p = r.parsed
        doc = found.get(_bidx(p.id_number))
        if doc is None:
            r.add("id_number", "未找到该身份证号的医师")
        elif doc.name.strip() != p.name.strip():
            r.add("name", "姓名与该身份证号的医师不符")
        elif (doc.id, p.occurred_on, p.category, p.description) in existing:
            r.add(None, "该不良记录已导入过")
        else:
            matched[r.row] = doc
    for r in reports:  # ID numbers are masked by core/imports.py; the names of physicians too
        r.values["姓名"] = mask_name(r.values.get("姓名"))
    report = imports.ImportReport.of(reports, BAD_RECORD_COLUMNS)
    if not report.ok or dry_run:
        return report
    out = []
    async with in_transaction():
        for r in reports:
            p, doc = r.parsed, matched[r.row]
            rec = await BadRecord.create(physician_id=doc.id, occurred_on=p.occurred_on, category=p.category,
                                         description=p.description, source=p.source)
            out.append({"row": r.row, "bad_record_id": rec.id, "physician_id": doc.id})
        await audit_service.record(actor=actor, action="badrecords.import", target_type="BadRecord",
                                   after={"rows": len(out), "physician_ids": sorted({o["physician_id"] for o in out})[:500]})
    report.created = out
    return report


async def list_bad_records(*, actor: Principal, name: str | None = None, id_number: str | None = None,
                           category: str | None = None, occurred_from: _dt.date | None = None,
                           occurred_to: _dt.date | None = None, institution_id: int | None = None,
                           limit: int = 20, offset: int = 0) -> tuple[int, list[BadRecord]]:
    """Bad records of the physicians in the actor's scope, newest first."""
    await scope.require(actor, "physicians.read")
    mine = scope.scoped(actor, Physician)
    if institution_id is not None:
        mine = mine.filter(institution_id=institution_id)
    if name:
        mine = mine.filter(name__icontains=name)
    if id_number:
        mine = mine.filter(id_number_bidx=_bidx(id_number))
    qs = BadRecord.filter(physician_id__in=Subquery(mine.values("id")))
    if category:
        qs = qs.filter(category=category)
    if occurred_from:
        qs = qs.filter(occurred_on__gte=occurred_from)
    if occurred_to:
        qs = qs.filter(occurred_on__lte=occurred_to)
    total = await qs.count()
    return total, await qs.order_by("-occurred_on", "-id").offset(offset).limit(limit).prefetch_related("physician")


async def bad_record_view(rec: BadRecord, *, actor: Principal) -> BadRecordOut:
    return BadRecordOut(id=rec.id, physician_id=rec.physician_id, institution_id=rec.physician.institution_id,
                        physician=PersonOut(**await pii.present(rec.physician, actor=actor)),
                        occurred_on=rec.occurred_on, category=rec.category, description=rec.description,
                        source=rec.source, imported_at=rec.created_at)


class BadRecordIn(BadRecordFields):
    """One bad record entered by hand (the import's row without the identity columns)."""

    physician_id: Id


class BadRecordDuplicate(AppError):
    status, code, message = 409, "assessment.bad_record_duplicate", "该医师已有相同的不良记录"


class BadRecordRevokeIn(In):
    reason: str = Field(min_length=1, max_length=500)


@transactional
async def record_bad_record(*, actor: Principal, physician_id: int, occurred_on: _dt.date, category: str,
                            description: str = "", source: str = "") -> BadRecord:
    """The province records one bad record of a physician (as one row of the import would)."""
    await scope.require(actor, "badrecords.import", province=True)
    async with scope.locked(actor, Physician, physician_id) as doc:
        if await BadRecord.exists(physician_id=doc.id, occurred_on=occurred_on, category=category,
                                  description=description):
            raise BadRecordDuplicate()
        rec = await BadRecord.create(physician_id=doc.id, occurred_on=occurred_on, category=category,
                                     description=description, source=source)
        await audit_service.record(actor=actor, action="badrecords.record", target_type="BadRecord",
                                   target_id=rec.id, org_id=doc.institution_id,
                                   after={"physician_id": doc.id, "occurred_on": occurred_on.isoformat(),
                                          "category": category, "source": source})
    rec.physician = doc
    return rec


@transactional
async def revoke_bad_record(*, actor: Principal, bad_record_id: int, reason: str) -> None:
    """The province withdraws a bad record entered in error: it leaves every list, and the
    audit log keeps what it said, who withdrew it and why."""
    await scope.require(actor, "badrecords.import", province=True)
    if not reason.strip():
        raise ReasonRequired()
    async with in_transaction():
        rec = await BadRecord.filter(id=bad_record_id, physician_id__in=Subquery(
            scope.scoped(actor, Physician).values("id"))).select_for_update().first()
        if rec is None:
            raise NotFound(details={"type": "BadRecord", "id": bad_record_id})
        await audit_service.record(actor=actor, action="badrecords.revoke", target_type="BadRecord",
                                   target_id=rec.id, before={"physician_id": rec.physician_id,
                                                             "occurred_on": rec.occurred_on.isoformat(),
                                                             "category": rec.category,
                                                             "description": rec.description, "source": rec.source},
                                   after={"reason": reason.strip()})
        await rec.delete()


def bad_record_template() -> bytes:
    return imports.template_xlsx("不良记录", list(BAD_RECORD_COLUMNS))
