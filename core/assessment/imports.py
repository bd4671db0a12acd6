"""Importing physicians from the province's xlsx template into an institution
(seed 000: 新增医师和导入医师), optionally confirming them for the open cycle.

All or nothing: every row is checked first (format, ID check digit, duplicates
in the file and in the register, the institution in the caller's scope); if any
row fails nothing is written and the caller gets the row-by-row report.
"""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from pydantic import BaseModel, ConfigDict, Field, field_validator
from tortoise.transactions import in_transaction

from core import crypto, idcard, scope
from core.assessment.errors import NotAnInstitution
from core.assessment.models import Cycle, CycleStatus, Enrolment, Physician
from core.audit import service as audit_service
from core.imports import ImportReport, duplicates, read_rows, template_xlsx, validate_rows
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal
from core.db import transactional


class PhysicianImportParams(BaseModel):
    """The import centre's form fields of the physician import."""

    model_config = ConfigDict(extra="forbid")
    institution_id: int
    enrol: bool = True

COLUMNS = {"姓名": "name", "身份证号": "id_number", "手机号": "phone", "执业类别": "practice_category",
           "专业": "specialty", "执业证书编号": "license_no"}
EXAMPLE = ["张三", "42010219800101001X", "13800001234", "临床", "内科", "110420100000001"]
Progress = Callable[[int, int], Awaitable[None]]


class PhysicianRowIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=64)
    id_number: str
    phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    practice_category: str = Field(default="临床", max_length=32)
    specialty: str = Field(default="", max_length=64)
    license_no: str = Field(default="", max_length=32)

    @field_validator("id_number")
    @classmethod
    def _valid(cls, v: str) -> str:
        problem = idcard.problem(v)
        if problem:
            raise ValueError(problem)
        return idcard.normalize(v)


def template() -> bytes:
    return template_xlsx("医师导入模板", list(COLUMNS), EXAMPLE)


async def _noop(done: int, total: int) -> None:
    return None


@transactional
async def import_physicians(*, actor: Principal, institution_id: int, content: bytes, enrol: bool = True,
                            progress: Progress = _noop) -> ImportReport:
    await scope.require(actor, "physicians.write")
    if enrol:
        await scope.require(actor, "enrolment.manage")
    inst = await scope.get(actor, OrgNode, institution_id)
    if inst.kind != OrgKind.MEDICAL:
        raise NotAnInstitution(details={"institution_id": institution_id})
    cycle = await Cycle.filter(status=CycleStatus.OPEN).first() if enrol else None
    rows = read_rows(content, COLUMNS)
    reports = validate_rows(rows, PhysicianRowIn, COLUMNS)
    duplicates(reports, "id_number", "身份证号在文件中重复")
    total = len(reports)
    # The register lookup is by blind index, one query for the whole file.
    bidx = {r.row: crypto.blind_index(r.parsed.id_number, purpose="id_number") for r in reports if r.parsed}
    existing = set(await Physician.filter(id_number_bidx__in=list(bidx.values())).values_list(
        "id_number_bidx", flat=True))
    for r in reports:
        if r.parsed and bidx[r.row] in existing:
            r.add("id_number", "该身份证号的医师已存在")
    await progress(total // 2, total)
    report = ImportReport.of(reports, COLUMNS)
    if not report.ok:
        await audit_service.record(actor=actor, action="physicians.import", outcome="failure", org_id=inst.id,
                                   after={"rows": total, "failed": len(report.failed)})
        return report
    created: list[dict[str, Any]] = []
    async with in_transaction():
        for n, r in enumerate(reports, start=1):
            p = r.parsed
            doc = await Physician.create(
                name=p.name, id_number=p.id_number, id_number_bidx=bidx[r.row], phone=p.phone,
                phone_bidx=crypto.blind_index(p.phone, purpose="phone") if p.phone else None,
                institution_id=inst.id, practice_category=p.practice_category, specialty=p.specialty,
                license_no=p.license_no)
            if cycle is not None:
                await Enrolment.create(cycle_id=cycle.id, physician_id=doc.id, institution_id=inst.id,
                                       confirmed=True)
            created.append({"row": r.row, "physician_id": doc.id})
            if n % 50 == 0:
                await progress(total // 2 + n // 2, total)
        await audit_service.record(actor=actor, action="physicians.import", org_id=inst.id,
                                   after={"rows": total, "enrolled_cycle": cycle.id if cycle else None})
    await progress(total, total)
    report.created = created
    return report
