"""审方管理 (seed 004 综合管理后台 5): the prescriptions of the hospitals in the actor's scope with the
filters the back office asks for (date range, department, doctor, review state, drug, diagnosis and
pharmacist by fuzzy text, 医生已修改, 问题处方), xlsx export, and the review statistics (reviewed
share, rejection reasons, time from signing to the pharmacist's first decision, per day and per
pharmacist).

Why shaped so: the list must answer within 100 ms at a million prescriptions whatever the filters,
so no text is ever searched in the big tables. Fuzzy text goes to the small lists first — the 药品字典
gives drug ids, the 诊断字典 ICD-10 codes (a typed code prefix is a range of the rx_diagnosis index),
the console accounts the pharmacists' ids — and the big tables are then read through their indexes:
rx_item (drug_id, prescription_id), rx_diagnosis (code, prescription_id), rx_prescription
(institution | department | doctor | state | reviewer, created_at). A match-nothing text answers at
once. A drug or diagnosis with few rows is read first and its prescriptions by primary key (an exact
total); a common one is a semi-join probed per prescription in date order (MariaDB would otherwise
materialise a million ids before reading twenty). The total is counted up to COUNT_CAP rows when the
filters are equalities of a date-ordered index, and only to the end of the page ("N+") through the
flags (医生已修改, 问题处方) and joins, where matches are sparse and counting on would read the table.
Rows come newest first by created_at.
"""
from __future__ import annotations

import datetime as dt
import re
import statistics as pystats
from dataclasses import dataclass
from typing import Any

from tortoise import Tortoise
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from core import scope
from core.accounts.models import AdminAccount
from core.audit import service as audit_service
from core.db import utcnow
from core.dicts import medical
from core.dicts import service as dicts_service
from core.doctors.models import Doctor
from core.errors import AppError
from core.exports import to_xlsx
from core.localtime import local_date, utc_start, within_days
from core.masking import mask_name
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal
from core.records.models import Department
from core.rx.console_schemas import (
    PREGNANCY_LABELS, STATE_LABELS, CodeNameOut, CountOut, RxConsoleFilter, RxConsolePage, RxConsoleRowOut,
    RxStatsDayOut, RxStatsFilter, RxStatsOut, RxStatsPharmacistOut, RxStatsSummaryOut,
)
from core.rx.models import Prescription, PrescriptionDiagnosis, PrescriptionItem, RxReview

PERM_READ = "rx.read"
COUNT_CAP = 2_000  # the total shown counts this far ("2000+" beyond)
IN_CHUNK = 900  # below in_predicate_conversion_threshold (1000)
FEW_ROWS = 3_000  # a drug or diagnosis this rare is looked up first, its prescriptions then by id
EXPORT_MAX = 10_000
MAX_OFFSET = 10_000  # deep pages: narrow the filters instead
MAX_MATCHES = 200  # drugs, codes or pharmacists a fuzzy text may stand for
STATS_DEFAULT_DAYS = 30
REJECT_REASONS = "rx_reject_reason"
REVIEW_URL = "/admin/rx/review/{id}"
_ICD_PREFIX = re.compile(r"^[A-Za-z][0-9][0-9A-Za-z.]{0,6}$")
EXPORT_HEADERS = ("处方号", "类别", "审核状态", "开方时间", "签名时间", "医院", "科室", "医生", "患者", "性别",
                  "诊断", "药品", "金额（元）", "规则提示", "问题处方", "医生已修改", "审方药师", "审核时间")


class DeepPage(AppError):
    status, code, message = 422, "rx.console_page_too_deep", "翻页过深，请缩小查询条件（日期、科室、医生等）"


# ---------------------------------------------------------------- the filters, through indexes

async def _institutions(actor: Principal, institution_id: int | None) -> list[int]:
    """The hospitals in the actor's scope (one, when asked for one of them)."""
    qs = scope.scoped(actor, OrgNode).filter(kind=OrgKind.MEDICAL)
    if institution_id:
        qs = qs.filter(id=institution_id)
    return list(await qs.values_list("id", flat=True))


async def _drug_ids(text: str) -> list[int]:
    return await medical.drug_ids_matching(text, limit=MAX_MATCHES)


async def _diagnosis_filter(text: str) -> Q | None:
    """rx_diagnosis rows of the dictionary's codes whose code or name matches, and of the codes in use
    that start with a typed ICD-10 prefix — always as a list of codes, so that each is an equality on
    the (code, prescription_id) index (a LIKE range there could not use prescription_id)."""
    q = text.strip()
    codes = set(await medical.diagnoses_matching(q, limit=MAX_MATCHES))
    if _ICD_PREFIX.match(q):
        codes |= set(await PrescriptionDiagnosis.filter(code__startswith=q.upper()).distinct()
                     .limit(MAX_MATCHES).values_list("code", flat=True))
    return Q(code__in=sorted(codes)) if codes else None


async def _pharmacist_ids(actor: Principal, text: str) -> list[int]:
    q = text.strip()
    qs = scope.scoped(actor, AdminAccount).filter(Q(display_name__icontains=q) | Q(username__icontains=q))
    return list(await qs.limit(MAX_MATCHES).values_list("id", flat=True))


@dataclass
class Matched:
    """The filtered prescriptions: `qs` with every filter but a rare drug's or diagnosis's, whose few
    prescription ids are `ids` (then read as primary-key lookups, see _page)."""
    qs: QuerySet[Prescription]
    ids: list[int] | None
    joined: bool = False  # a common drug or diagnosis is a semi-join on its index
    sparse: bool = False  # a filter without an index ordered by date (flags, joins): no count beyond the page

    async def page(self, offset: int, limit: int) -> tuple[list[Prescription], int | None]:
        """The rows of one page newest first, and the exact total when it came for free."""
        if self.ids is None:
            return await _probing(self.qs.order_by("-created_at", "-id").offset(offset).limit(limit),
                                  self.joined), None
        found: list[tuple[dt.datetime, int]] = []
        for start in range(0, len(self.ids), IN_CHUNK):
            found.extend((at, pid) for pid, at in await self.qs.filter(id__in=self.ids[start:start + IN_CHUNK])
                         .values_list("id", "created_at"))
        found.sort(reverse=True)
        wanted = [pid for _, pid in found[offset:offset + limit]]
        rows = {r.id: r for r in await Prescription.filter(id__in=wanted)} if wanted else {}
        return [rows[i] for i in wanted], len(found)


async def _query(actor: Principal, f: RxConsoleFilter) -> Matched | None:
    """The filtered prescriptions, or None when a filter can match nothing (no query needed). A long
    IN list would be turned by MariaDB into a derived table scanned against the date index (above
    in_predicate_conversion_threshold), so few ids are read in chunks below it instead."""
    institutions = await _institutions(actor, f.institution_id)
    if not institutions:
        return None
    qs = Prescription.filter(institution_id__in=institutions) if len(institutions) > 1 else \
        Prescription.filter(institution_id=institutions[0])
    qs = within_days(qs, "created_at", f.date_from, f.date_to)
    if f.department_id:
        qs = qs.filter(department_id=f.department_id)
    if f.doctor_id:
        qs = qs.filter(doctor_id=f.doctor_id)
    if f.state:
        qs = qs.filter(state=f.state)
    if f.modified:
        qs = qs.filter(modified=True)
    if f.problem:
        qs = qs.filter(problem=True)
    if f.pharmacist:
        ids = await _pharmacist_ids(actor, f.pharmacist)
        if not ids:
            return None
        qs = qs.filter(reviewer_id__in=ids)
    narrowed: set[int] | None = None  # prescription ids a rare drug or diagnosis leaves
    joined = False
    if f.drug:
        ids = await _drug_ids(f.drug)
        if not ids:
            return None
        rows = PrescriptionItem.filter(drug_id__in=ids)
        few = await _few(rows)
        if few is None:
            qs = qs.filter(id__in=Subquery(rows.values("prescription_id")))
            joined = True
        else:
            narrowed = few
    if f.diagnosis:
        cond = await _diagnosis_filter(f.diagnosis)
        if cond is None:
            return None
        rows = PrescriptionDiagnosis.filter(cond)
        few = await _few(rows)
        if few is None:
            qs = qs.filter(id__in=Subquery(rows.values("prescription_id")))
            joined = True
        else:
            narrowed = few if narrowed is None else narrowed & few
    if narrowed is not None and not narrowed:
        return None
    return Matched(qs, sorted(narrowed) if narrowed is not None else None, joined,
                   sparse=joined or bool(f.modified or f.problem))


async def _few(rows) -> set[int] | None:
    """The prescription ids of these item / diagnosis rows when they are few (an index-only read of
    at most FEW_ROWS entries of (drug_id | code, prescription_id)); None when there are more — then
    the big table is joined instead, and a common drug or diagnosis matches early in date order."""
    found = await rows.limit(FEW_ROWS + 1).values_list("prescription_id", flat=True)
    return None if len(found) > FEW_ROWS else set(found)


async def _capped_count(matched: Matched) -> tuple[int, bool]:
    """How many rows match, counting no further than COUNT_CAP (an index range on a date-ordered
    index: the filters here are equalities of one); one more row tells that there are more."""
    n = len(await matched.qs.order_by().limit(COUNT_CAP + 1).values_list("id", flat=True))
    return (COUNT_CAP, True) if n > COUNT_CAP else (n, False)


# MariaDB would materialise a common drug's semi-join (a million rows) before reading 20; with
# materialisation and semi-join rewriting off for this one statement, IN becomes an index probe per
# prescription read in date order, which stops at the page's end.
_PROBE = "SET STATEMENT optimizer_switch='materialization=off,semijoin=off' FOR "


async def _probing(qs: QuerySet[Prescription], joined: bool) -> list[Prescription]:
    """`qs` run as it is, or on MariaDB through a semi-join with the probing plan."""
    if not joined:
        return await qs
    conn = Tortoise.get_connection("default")
    if conn.capabilities.dialect != "mysql":
        return await qs
    qs._choose_db_if_not_chosen()  # noqa: SLF001 - the statement Tortoise would send, prefixed
    qs._make_query()  # noqa: SLF001
    sql, params = qs.query.get_parameterized_sql()
    return [Prescription._init_from_db(**row) for row in await conn.execute_query_dict(_PROBE + sql, params)]


# ---------------------------------------------------------------- rows

async def _rows(rows: list[Prescription]) -> list[RxConsoleRowOut]:
    """The page's rows with names, drugs and reviewer: one query per table, none per row."""
    if not rows:
        return []
    ids = [r.id for r in rows]
    drugs: dict[int, list[str]] = {}
    for pid, name in await PrescriptionItem.filter(prescription_id__in=ids).order_by("prescription_id", "seq") \
            .values_list("prescription_id", "drug_name"):
        drugs.setdefault(pid, []).append(name)
    orgs = dict(await OrgNode.filter(id__in={r.institution_id for r in rows}).values_list("id", "name"))
    depts = dict(await Department.filter(id__in={r.department_id for r in rows}).values_list("id", "name"))
    doctors = dict(await Doctor.filter(id__in={r.doctor_id for r in rows}).values_list("id", "name"))
    reviewers = {r.reviewer_id for r in rows if r.reviewer_id}
    names = {a: (d or u) for a, d, u in await AdminAccount.filter(id__in=reviewers)
             .values_list("id", "display_name", "username")} if reviewers else {}
    out = []
    for r in rows:
        out.append(RxConsoleRowOut(
            id=r.id, number=r.number, kind=r.kind, state=r.state, state_label=STATE_LABELS.get(r.state, r.state),
            created_at=r.created_at, signed_at=r.signed_at, reviewed_at=r.reviewed_at,
            institution_id=r.institution_id, institution_name=orgs.get(r.institution_id, ""),
            department_id=r.department_id, department_name=depts.get(r.department_id, ""),
            doctor_id=r.doctor_id, doctor_name=doctors.get(r.doctor_id, ""),
            patient_name=mask_name(r.patient_name) or "", sex=r.sex, age_months=r.age_months,
            pregnancy=r.pregnancy, diagnoses=[CodeNameOut(code=d.get("code", ""), name=d.get("name", ""))
                                              for d in (r.diagnoses or []) if isinstance(d, dict)],
            drugs=drugs.get(r.id, []), total_fen=r.total_fen, finding_level=r.finding_level, problem=r.problem,
            modified=r.modified, appealed=r.appealed, reviewer_id=r.reviewer_id,
            reviewer_name=names.get(r.reviewer_id, "") if r.reviewer_id else "",
            review_url=REVIEW_URL.format(id=r.id)))
    return out


async def list_prescriptions(*, actor: Principal, filters: RxConsoleFilter, page: int = 1,
                             page_size: int = 20) -> RxConsolePage:
    """One page of the prescriptions in scope, newest first, with a capped total."""
    await scope.require(actor, PERM_READ)
    page, page_size = max(1, int(page)), max(1, min(int(page_size), 100))
    offset = (page - 1) * page_size
    if offset > MAX_OFFSET:
        raise DeepPage(details={"max_offset": MAX_OFFSET})
    matched = await _query(actor, filters)
    if matched is None:
        return RxConsolePage(total=0, total_capped=False, page=page, page_size=page_size, items=[])
    rows, exact = await matched.page(offset, page_size + 1)
    more = len(rows) > page_size
    rows = rows[:page_size]
    if exact is not None:
        total, capped = exact, False
    elif not more:
        total, capped = offset + len(rows), False  # this page ends the list: nothing more to count
    elif matched.sparse:
        # Flags and joins match sparsely in date order: counting further would read on through the
        # table; the answer says "at least" (the page after this one exists).
        total, capped = offset + len(rows) + 1, True
    else:
        total, capped = await _capped_count(matched)
    return RxConsolePage(total=total, total_capped=capped, page=page, page_size=page_size, items=await _rows(rows))


async def export_xlsx(*, actor: Principal, filters: RxConsoleFilter) -> bytes:
    """The filtered prescriptions (at most EXPORT_MAX, newest first) as xlsx; audited."""
    await scope.require(actor, PERM_READ)
    matched = await _query(actor, filters)
    rows = (await matched.page(0, EXPORT_MAX))[0] if matched is not None else []
    out: list[RxConsoleRowOut] = []
    for start in range(0, len(rows), 500):
        out.extend(await _rows(rows[start:start + 500]))
    await audit_service.record(actor=actor, action="rx.console.export", target_type="Prescription",
                               after={"rows": len(out), "filters": filters.model_dump(mode="json",
                                                                                      exclude_none=True)})

    def local(at: dt.datetime | None) -> str:
        return "" if at is None else (at + dt.timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")

    return to_xlsx("审方管理", EXPORT_HEADERS, (
        (r.number, "中草药" if r.kind == "herbal" else "西药/中成药", r.state_label, local(r.created_at),
         local(r.signed_at), r.institution_name, r.department_name, r.doctor_name, r.patient_name,
         r.sex + (f" {PREGNANCY_LABELS.get(r.pregnancy, '')}" if PREGNANCY_LABELS.get(r.pregnancy) else ""),
         "；".join(f"{d.code} {d.name}" for d in r.diagnoses), "、".join(r.drugs), f"{r.total_fen / 100:.2f}",
         r.finding_level, "是" if r.problem else "", "是" if r.modified else "", r.reviewer_name,
         local(r.reviewed_at)) for r in out))


# ---------------------------------------------------------------- choices of the filters

async def choices(*, actor: Principal, institution_id: int | None = None) -> dict[str, dict[int, str]]:
    """The hospitals, departments and doctors in scope (the filters' selects)."""
    await scope.require(actor, PERM_READ)
    institutions = await _institutions(actor, institution_id)
    return {
        "institutions": dict(await OrgNode.filter(id__in=institutions).order_by("name")
                             .values_list("id", "name")) if institutions else {},
        "departments": dict(await Department.filter(institution_id__in=institutions, deleted_at__isnull=True)
                            .order_by("name").values_list("id", "name")) if institutions else {},
        "doctors": dict(await Doctor.filter(institution_id__in=institutions, deleted_at__isnull=True)
                        .order_by("name").values_list("id", "name")) if institutions else {},
    }


# ---------------------------------------------------------------- statistics

def period(filters: RxStatsFilter) -> tuple[dt.date, dt.date]:
    end = filters.date_to or local_date(utcnow())
    start = filters.date_from or end - dt.timedelta(days=STATS_DEFAULT_DAYS - 1)
    return start, end


def _p(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, int(round(q * (len(ordered) - 1)))))], 1)


def _median(values: list[float]) -> float | None:
    return round(pystats.median(values), 1) if values else None


async def _reason_labels() -> dict[str, str]:
    try:
        return await dicts_service.labels(kind=REJECT_REASONS)
    except AppError:  # the kind is registered by core/rx at start-up; without it the codes stand alone
        return {}


async def stats(*, actor: Principal, filters: RxStatsFilter) -> RxStatsOut:
    """Review statistics of the prescriptions signed in the period (China days) in scope: how many were
    decided by a pharmacist, passed, rejected, still waiting; the rejection reasons counted over the
    pharmacists' rejections of the period; the time from signing to the first pharmacist decision
    (median, p90), per day of signing and per pharmacist (of that first decision)."""
    await scope.require(actor, PERM_READ)
    start, end = period(filters)
    institutions = await _institutions(actor, filters.institution_id)
    since, until = utc_start(start), utc_start(end + dt.timedelta(days=1))
    signed_rows = await Prescription.filter(institution_id__in=institutions, signed_at__gte=since,
                                            signed_at__lt=until).values_list("id", "signed_at", "state", "problem") \
        if institutions else []
    signed = {pid: (at, state, problem) for pid, at, state, problem in signed_rows}
    decisions = await RxReview.filter(prescription_id__in=Subquery(
        Prescription.filter(institution_id__in=institutions or [0], signed_at__gte=since, signed_at__lt=until)
        .values("id")), kind__in=("pharmacist", "intervention")).order_by("created_at", "id").values_list(
        "prescription_id", "created_at", "decision", "pharmacist_id", "pharmacist_name", "kind") \
        if institutions else []
    first: dict[int, tuple] = {}
    for pid, at, decision, ph_id, ph_name, kind in decisions:
        if kind == "pharmacist" and pid not in first:
            first[pid] = (at, decision, ph_id, ph_name)

    def seconds(pid: int) -> float:
        return max(0.0, (first[pid][0] - signed[pid][0]).total_seconds())

    waits = [seconds(p) for p in first if p in signed]
    pending = sum(1 for _, state, _ in signed.values() if state in ("pending_review", "appealed"))
    # The period's rejections (by the day they were made) and their reasons.
    rejections = await RxReview.filter(prescription__institution_id__in=institutions or [0],
                                       created_at__gte=since, created_at__lt=until, decision="reject",
                                       kind__in=("pharmacist", "intervention")).values_list("reasons", flat=True) \
        if institutions else []
    labels = await _reason_labels()
    counts: dict[str, int] = {}
    for reasons in rejections:
        for code in reasons or []:
            counts[str(code)] = counts.get(str(code), 0) + 1
    reasons_out = [CountOut(key=k, label=labels.get(k, k), count=n)
                   for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    days: dict[dt.date, dict[str, Any]] = {}
    d = start
    while d <= end:
        days[d] = {"signed": 0, "reviewed": 0, "rejected": 0, "waits": []}
        d += dt.timedelta(days=1)
    for pid, (at, _state, _problem) in signed.items():
        row = days.get(local_date(at))
        if row is None:
            continue
        row["signed"] += 1
        if pid in first:
            row["reviewed"] += 1
            row["waits"].append(seconds(pid))
            if first[pid][1] == "reject":
                row["rejected"] += 1
    pharmacists: dict[Any, dict[str, Any]] = {}
    for pid, (at, decision, ph_id, ph_name) in first.items():
        if pid not in signed:
            continue
        row = pharmacists.setdefault(ph_id, {"name": ph_name, "reviews": 0, "passed": 0, "rejected": 0,
                                             "waits": []})
        row["reviews"] += 1
        row["passed" if decision == "pass" else "rejected"] += 1
        row["waits"].append(seconds(pid))
    reviewed = sum(1 for p in first if p in signed)
    return RxStatsOut(
        date_from=start, date_to=end,
        summary=RxStatsSummaryOut(
            signed=len(signed), reviewed=reviewed,
            reviewed_share=round(reviewed / len(signed), 4) if signed else None,
            passed=sum(1 for p, v in first.items() if p in signed and v[1] == "pass"),
            rejected=sum(1 for p, v in first.items() if p in signed and v[1] == "reject"),
            pending=pending, problem=sum(1 for _, _, problem in signed.values() if problem),
            median_seconds=_median(waits), p90_seconds=_p(waits, 0.9)),
        reasons=reasons_out,
        days=[RxStatsDayOut(day=k, signed=v["signed"], reviewed=v["reviewed"], rejected=v["rejected"],
                            median_seconds=_median(v["waits"])) for k, v in days.items()],
        pharmacists=sorted((RxStatsPharmacistOut(id=k, name=v["name"], reviews=v["reviews"], passed=v["passed"],
                                                 rejected=v["rejected"], median_seconds=_median(v["waits"]),
                                                 p90_seconds=_p(v["waits"], 0.9))
                            for k, v in pharmacists.items()), key=lambda r: (-r.reviews, r.name)))


async def stats_xlsx(*, actor: Principal, filters: RxStatsFilter, table: str = "pharmacists") -> tuple[str, bytes]:
    s = await stats(actor=actor, filters=filters)
    stamp = f"{s.date_from:%Y%m%d}-{s.date_to:%Y%m%d}"
    if table == "days":
        return f"rx-review-days-{stamp}.xlsx", to_xlsx("每日审方", ("日期", "签名处方", "已审", "拒绝", "审方用时中位（分钟）"), (
            (str(d.day), d.signed, d.reviewed, d.rejected,
             round(d.median_seconds / 60, 1) if d.median_seconds is not None else "") for d in s.days))
    return f"rx-review-pharmacists-{stamp}.xlsx", to_xlsx("药师审方", (
        "药师", "审方数", "通过", "拒绝", "用时中位（分钟）", "用时P90（分钟）"), (
        (p.name, p.reviews, p.passed, p.rejected, round(p.median_seconds / 60, 1) if p.median_seconds is not None
         else "", round(p.p90_seconds / 60, 1) if p.p90_seconds is not None else "") for p in s.pharmacists))
