"""Statistics of the periodic assessment (seed 000 统计分析): progress of filing,
review and exam, final and make-up results by region and institution, the daily
trend and the distributions the console charts, xlsx exports of every table,
and the item analysis of an exam.

Why one module: every table here is the same shape — counts of the caller's
confirmed enrolments in a cycle, grouped by a node of the org tree — so they
share one mechanism. The database groups by institution (at most a few
thousand groups, the same SQL on MySQL and SQLite); the roll-up to cities or
counties reads the region from the institution's materialised path
("/1/5/12/40/": city 5 is the 2nd element, county 12 the 3rd) in Python.
Every query starts from `scope.scoped`, so a county sees only its own
institutions' numbers.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Mapping, Sequence

from tortoise.expressions import Q, Subquery
from tortoise.functions import Count

from core import scope
from core.assessment.errors import StatsLevelNotAllowed, StatsUnknownChoice
from core.assessment.models import Cycle, Enrolment, ReviewAction
from core.assessment.schemas import (
    StatsBlueprintOut, StatsColumnOut, StatsDistributionOut, StatsInstitutionOut, StatsItemsOut, StatsRegionOut,
    StatsShareOut, StatsTrendOut,
)
from core.assessment.states import LABELS as STATE_LABELS, State
from core.audit import service as audit_service
from core.errors import NotFound
from core.exam.models import Answer, Blueprint, ExamSession, Paper, Question
from core.exports import to_xlsx
from core.localtime import LocalDay, utc_start
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal

PERMISSION = "stats.read"
# Days are counted in China Standard Time (no daylight saving), not in UTC:
# a filing submitted at 07:00 in Wuhan belongs to that day, not the one before.

# ------------------------------------------------------------------ what is counted

_REVIEWED_BY_INSTITUTION = [State.INSTITUTION_APPROVED.value, State.INSTITUTION_REJECTED.value,
                            State.APPROVED.value, State.ASSESSMENT_REJECTED.value]

# Each metric is a condition on one confirmed enrolment; None counts them all.
METRICS: dict[str, Q | None] = {
    "enrolled": None,
    "filed": ~Q(state=State.DRAFT.value),
    "institution_reviewed": Q(state__in=_REVIEWED_BY_INSTITUTION),
    "approved": Q(state=State.APPROVED.value),
    "rejected": Q(state__in=[State.INSTITUTION_REJECTED.value, State.ASSESSMENT_REJECTED.value]),
    "exam_taken": Q(exam_score__isnull=False),
    "passed": Q(result="pass"),
    "failed": Q(result="fail"),
    "makeup_listed": ~Q(makeup="none"),  # ever put on the make-up list
    "makeup_pending": Q(makeup="listed"),  # waiting for the province to decide
    "makeup_confirmed": Q(makeup="confirmed"),
    "makeup_refused": Q(makeup="refused"),
    "makeup_taken": Q(makeup_score__isnull=False),
    "makeup_passed": Q(result="makeup_pass"),
    "makeup_failed": Q(makeup="confirmed", result="fail"),
    "exempt": Q(result="exempt"),
    "pending": Q(result__isnull=True),
}

# rate → (numerator metrics, denominator metric); a rate over nothing is 0.
RATES: dict[str, tuple[tuple[str, ...], str]] = {
    "filing_rate": (("filed",), "enrolled"),
    "review_rate": (("institution_reviewed",), "filed"),
    "approval_rate": (("approved",), "filed"),
    "exam_rate": (("exam_taken",), "approved"),
    "pass_rate": (("passed", "makeup_passed", "exempt"), "enrolled"),
    "makeup_pass_rate": (("makeup_passed",), "makeup_taken"),
}

LABELS = {
    "enrolled": "参加人数", "filed": "已填报", "institution_reviewed": "机构已审核", "approved": "复核通过",
    "rejected": "被驳回", "exam_taken": "已考试", "passed": "合格", "failed": "不合格",
    "makeup_listed": "列入补考", "makeup_pending": "待确认补考", "makeup_confirmed": "确认补考",
    "makeup_refused": "不予补考", "makeup_taken": "已补考", "makeup_passed": "补考合格", "makeup_failed": "补考不合格",
    "exempt": "免考", "pending": "暂无结果",
    "filing_rate": "填报率(%)", "review_rate": "审核率(%)", "approval_rate": "复核通过率(%)",
    "exam_rate": "参考率(%)", "pass_rate": "合格率(%)", "makeup_pass_rate": "补考合格率(%)",
}


@dataclass(frozen=True)
class Table:
    title: str
    metrics: tuple[str, ...]
    rates: tuple[str, ...]


PROGRESS = Table("考核进度", ("enrolled", "filed", "institution_reviewed", "approved", "rejected", "exam_taken",
                              "passed", "failed", "makeup_listed", "makeup_confirmed", "makeup_passed", "exempt"),
                 ("filing_rate", "review_rate", "approval_rate", "exam_rate", "pass_rate"))
FINAL = Table("考核结果", ("enrolled", "passed", "makeup_passed", "exempt", "failed", "pending"), ("pass_rate",))
MAKEUP = Table("补考结果", ("makeup_listed", "makeup_pending", "makeup_confirmed", "makeup_refused", "makeup_taken",
                            "makeup_passed", "makeup_failed"), ("makeup_pass_rate",))

# level → (index of the region in an institution's path, kind of node listed at that level)
LEVELS: dict[str, tuple[int | None, OrgKind]] = {
    "city": (1, OrgKind.CITY), "county": (2, OrgKind.COUNTY), "institution": (None, OrgKind.MEDICAL),
}
_AUTO = {OrgKind.PROVINCE.value: "city", OrgKind.CITY.value: "county", OrgKind.COUNTY.value: "institution"}
_COMMISSIONS = set(_AUTO)

# What a pie can be cut by, with the order and labels of its slices (None = not set yet).
DISTRIBUTIONS: dict[str, dict[str | None, str]] = {
    "result": {"pass": "合格", "makeup_pass": "补考合格", "exempt": "免考", "fail": "不合格", None: "暂无结果"},
    "state": {s.value: STATE_LABELS[s] for s in State},
    "procedure": {"general": "一般程序", "simple": "简易程序", "exempt": "免考", None: "未选择"},
    "makeup": {"none": "未列入补考", "listed": "待确认补考", "confirmed": "确认补考", "refused": "不予补考"},
}

# Trend series: review actions counted per day.
TREND_SERIES = {"submitted": ("submit",), "institution_reviewed": ("institution_approve", "institution_reject"),
                "assessment_reviewed": ("assessment_approve", "assessment_reject")}
TREND_LABELS = {"submitted": "提交填报", "institution_reviewed": "机构审核", "assessment_reviewed": "考核机构复核"}
_MAX_TREND_DAYS = 400


# ------------------------------------------------------------------ shared mechanism

async def _begin(actor: Principal, cycle_id: int) -> Cycle:
    await scope.require(actor, PERMISSION)
    cycle = await Cycle.get_or_none(id=cycle_id)
    if cycle is None:
        raise NotFound(details={"type": "Cycle", "id": cycle_id})
    return cycle


def _enrolments(actor: Principal, cycle_id: int):
    """The caller's confirmed enrolments of the cycle: the population of every table."""
    return scope.scoped(actor, Enrolment).filter(cycle_id=cycle_id, confirmed=True)


async def _counts_by_institution(qs, metrics: Sequence[str]) -> dict[int, Counter]:
    """One GROUP BY institution_id with a conditional count per metric."""
    ann = {m: Count("id", _filter=METRICS[m]) if METRICS[m] is not None else Count("id") for m in metrics}
    rows = await qs.annotate(**ann).group_by("institution_id").values("institution_id", *metrics)
    return {r["institution_id"]: Counter({m: int(r[m] or 0) for m in metrics}) for r in rows}


def _with_rates(counts: Mapping[str, int], table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {m: int(counts.get(m, 0)) for m in table.metrics}
    for rate in table.rates:
        num, den = RATES[rate]
        d = counts.get(den, 0)
        out[rate] = round(sum(counts.get(n, 0) for n in num) / d, 4) if d else 0.0
    return out


def _needed(table: Table) -> list[str]:
    names = list(table.metrics)
    for rate in table.rates:
        num, den = RATES[rate]
        names += [*num, den]
    return list(dict.fromkeys(names))


def _actor_index(actor: Principal) -> int:
    return len(actor.org_path.strip("/").split("/")) - 1 if actor.org_path else 0


def _resolve_level(actor: Principal, level: str) -> str:
    if level == "auto":
        return _AUTO.get(actor.org_kind or "", "institution")
    if level not in LEVELS:
        raise StatsUnknownChoice(details={"level": level, "allowed": ["auto", *LEVELS]})
    index = LEVELS[level][0]
    # A commission or an institution breaks its own subtree down; an assessment
    # institution's enrolments lie wherever it was assigned, so any level fits it.
    if (index is not None and actor.org_kind != OrgKind.ASSESSMENT.value
            and index <= _actor_index(actor)):
        raise StatsLevelNotAllowed(details={"level": level, "allowed": _levels_below(actor)})
    return level


def _levels_below(actor: Principal) -> list[str]:
    return [name for name, (index, _) in LEVELS.items() if index is None or index > _actor_index(actor)]


def _region_key(path: str, index: int | None) -> int:
    ids = path.strip("/").split("/")
    # An institution hanging off a higher region than the level stands for itself.
    return int(ids[-1] if index is None else ids[min(index, len(ids) - 1)])


async def _by_region(actor: Principal, cycle_id: int, level: str, table: Table) -> StatsRegionOut:
    await _begin(actor, cycle_id)
    level = _resolve_level(actor, level)
    index, kind = LEVELS[level]
    per_inst = await _counts_by_institution(_enrolments(actor, cycle_id), _needed(table))
    paths = dict(await OrgNode.filter(id__in=list(per_inst)).values_list("id", "path")) if per_inst else {}
    grouped: dict[int, Counter] = {}
    for inst_id, counts in per_inst.items():
        grouped.setdefault(_region_key(paths[inst_id], index), Counter()).update(counts)
    # Regions of the level without any enrolment still get a row: progress shows who has not started.
    nodes = {n.id: n for n in await scope.scoped(actor, OrgNode).filter(kind=kind)}
    missing = [k for k in grouped if k not in nodes]
    if missing:
        nodes.update({n.id: n for n in await OrgNode.filter(id__in=missing)})
    rows = [{"id": n.id, "name": n.name, "code": n.code, "kind": n.kind.value,
             **_with_rates(grouped.get(n.id, Counter()), table)} for n in sorted(nodes.values(), key=lambda n: n.id)]
    total = sum(grouped.values(), Counter())
    return StatsRegionOut(cycle_id=cycle_id, level=level, title=table.title, columns=_columns(table), rows=rows,
                          total=_with_rates(total, table))


def _columns(table: Table) -> list[StatsColumnOut]:
    return [StatsColumnOut(key=k, label=LABELS[k]) for k in (*table.metrics, *table.rates)]


# ------------------------------------------------------------------ the tables

async def progress_by_region(*, actor: Principal, cycle_id: int, level: str = "auto") -> StatsRegionOut:
    """Filing, review and exam progress per child region of the caller (province → cities,
    city → counties, county → institutions), with a total row."""
    return await _by_region(actor, cycle_id, level, PROGRESS)


async def final_results(*, actor: Principal, cycle_id: int, level: str = "auto") -> StatsRegionOut:
    """Pass / make-up pass / exempt / fail / no result yet per region."""
    return await _by_region(actor, cycle_id, level, FINAL)


async def makeup_results(*, actor: Principal, cycle_id: int, level: str = "auto") -> StatsRegionOut:
    """The make-up list per region: listed, decided, taken and its outcome."""
    return await _by_region(actor, cycle_id, level, MAKEUP)


def _institutions(actor: Principal, cycle_id: int, *, region: OrgNode | None, q: str | None):
    # Institutions in the caller's subtree (also those with nobody enrolled yet), and
    # those whose enrolments the caller sees (an assessment institution's assignments).
    enrolled = _enrolments(actor, cycle_id).values("institution_id")
    qs = OrgNode.filter(kind=OrgKind.MEDICAL).filter(
        Q(id__in=Subquery(scope.scoped(actor, OrgNode).values("id"))) | Q(id__in=Subquery(enrolled)))
    if region is not None:
        qs = qs.filter(path__startswith=region.path)
    if q:
        qs = qs.filter(name__icontains=q)
    return qs


async def progress_by_institution(*, actor: Principal, cycle_id: int, region_id: int | None = None,
                                  q: str | None = None, limit: int | None = 20,
                                  offset: int = 0) -> tuple[int, list[StatsInstitutionOut]]:
    """Progress per institution, filtered by region and name, one page at a time (the columns
    are those of PROGRESS)."""
    await _begin(actor, cycle_id)
    region = await scope.get(actor, OrgNode, region_id) if region_id is not None else None
    qs = _institutions(actor, cycle_id, region=region, q=q)
    total = await qs.count()
    page = qs.order_by("id").offset(offset)
    insts = await (page.limit(limit) if limit is not None else page)
    counts = await _counts_by_institution(_enrolments(actor, cycle_id).filter(
        institution_id__in=[i.id for i in insts]), _needed(PROGRESS)) if insts else {}
    parents = dict(await OrgNode.filter(id__in={i.parent_id for i in insts}).values_list("id", "name")) \
        if insts else {}
    return total, [StatsInstitutionOut(id=i.id, name=i.name, code=i.code, region_id=i.parent_id,
                                       region_name=parents.get(i.parent_id, ""),
                                       **_with_rates(counts.get(i.id, Counter()), PROGRESS)) for i in insts]


async def trend(*, actor: Principal, cycle_id: int, since: dt.date | None = None,
                until: dt.date | None = None) -> StatsTrendOut:
    """Submissions and reviews per day (China time), gaps filled with zeros, for the line chart."""
    await _begin(actor, cycle_id)
    qs = ReviewAction.filter(enrolment_id__in=Subquery(_enrolments(actor, cycle_id).values("id")))
    if since:
        qs = qs.filter(at__gte=utc_start(since))
    if until:
        qs = qs.filter(at__lt=utc_start(until + dt.timedelta(days=1)))
    actions = [a for names in TREND_SERIES.values() for a in names]
    day = LocalDay("at", ReviewAction._meta.db.capabilities.dialect)
    rows = await qs.filter(action__in=actions).annotate(day=day, n=Count("id")).group_by(
        "day", "action").values("day", "action", "n")
    series_of = {a: s for s, names in TREND_SERIES.items() for a in names}
    per_day: dict[dt.date, Counter] = {}
    for r in rows:
        d = r["day"] if isinstance(r["day"], dt.date) else dt.date.fromisoformat(str(r["day"]))
        per_day.setdefault(d, Counter())[series_of[r["action"]]] += int(r["n"])
    days: list[dt.date] = []
    if per_day or (since and until):
        first, last = since or min(per_day), until or max(per_day)
        last = min(last, first + dt.timedelta(days=_MAX_TREND_DAYS - 1))
        days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    return StatsTrendOut(cycle_id=cycle_id, series=[StatsColumnOut(key=k, label=TREND_LABELS[k]) for k in TREND_SERIES],
                         rows=[{"day": d.isoformat(), **{k: per_day.get(d, Counter())[k] for k in TREND_SERIES}}
                               for d in days])


async def result_distribution(*, actor: Principal, cycle_id: int, by: str = "result") -> StatsDistributionOut:
    """How the caller's enrolments split by result (or state, procedure, make-up), for the pie."""
    await _begin(actor, cycle_id)
    if by not in DISTRIBUTIONS:
        raise StatsUnknownChoice(details={"by": by, "allowed": list(DISTRIBUTIONS)})
    rows = await _enrolments(actor, cycle_id).annotate(n=Count("id")).group_by(by).values(by, "n")
    counts = {r[by]: int(r["n"]) for r in rows}
    items = [StatsShareOut(key=key, label=label, count=counts.get(key, 0)) for key, label in DISTRIBUTIONS[by].items()]
    return StatsDistributionOut(cycle_id=cycle_id, by=by, items=items, total=sum(i.count for i in items))


# ------------------------------------------------------------------ exports

def _pct(v: float) -> float:
    return round(v * 100, 2)


def _region_sheet(columns: list[StatsColumnOut], rows: list[Mapping[str, Any]], first: str,
                  total: Mapping[str, Any] | None = None) -> tuple[list[str], list[list]]:
    keys = [c.key for c in columns]
    headers = [first, *(c.label for c in columns)]
    shape = lambda row: [_pct(row[k]) if k in RATES else row[k] for k in keys]  # noqa: E731
    out = [[r["name"], *shape(r)] for r in rows]
    if total is not None:
        out.append(["合计", *shape(total)])
    return headers, out


_LEVEL_HEADERS = {"city": "市", "county": "县（区）", "institution": "机构"}


async def _export_region(fn, actor, cycle_id, params) -> tuple[str, list[str], list[list]]:
    data = await fn(actor=actor, cycle_id=cycle_id, level=params.get("level") or "auto")
    return (data.title, *_region_sheet(data.columns, data.rows, _LEVEL_HEADERS[data.level], data.total))


async def _export_institutions(actor, cycle_id, params):
    _, insts = await progress_by_institution(actor=actor, cycle_id=cycle_id, region_id=params.get("region_id"),
                                             q=params.get("q"), limit=None)
    headers, rows = _region_sheet(_columns(PROGRESS), [i.model_dump() for i in insts], "机构")
    return "机构考核进度", [headers[0], "所属地区", *headers[1:]], [
        [row[0], i.region_name, *row[1:]] for row, i in zip(rows, insts)]


async def _export_trend(actor, cycle_id, params):
    data = await trend(actor=actor, cycle_id=cycle_id, since=params.get("since"), until=params.get("until"))
    return "每日趋势", ["日期", *(s.label for s in data.series)], [
        [r["day"], *(r[s.key] for s in data.series)] for r in data.rows]


async def _export_distribution(actor, cycle_id, params):
    data = await result_distribution(actor=actor, cycle_id=cycle_id, by=params.get("by") or "result")
    return "分布", ["类别", "人数", "占比(%)"], [
        [i.label, i.count, _pct(i.count / data.total) if data.total else 0.0] for i in data.items]


async def _export_items(actor, cycle_id, params):
    data = await exam_items(actor=actor, cycle_id=cycle_id)
    keys = [c.key for c in data.columns]
    return data.title, [c.label for c in data.columns], [[r[k] for k in keys] for r in data.rows]


Exporter = Callable[[Principal, int, dict[str, Any]], Awaitable[tuple[str, list[str], list[list]]]]
EXPORTS: dict[str, Exporter] = {
    "progress": lambda a, c, p: _export_region(progress_by_region, a, c, p),
    "results": lambda a, c, p: _export_region(final_results, a, c, p),
    "makeup": lambda a, c, p: _export_region(makeup_results, a, c, p),
    "institutions": _export_institutions,
    "trend": _export_trend,
    "distribution": _export_distribution,
    "items": _export_items,
}


async def export(*, actor: Principal, table: str, cycle_id: int, **params: Any) -> bytes:
    """Any statistics table as xlsx, with exactly what the caller sees on screen; audited."""
    await scope.require(actor, PERMISSION)
    if table not in EXPORTS:
        raise StatsUnknownChoice(details={"table": table, "allowed": list(EXPORTS)})
    title, headers, rows = await EXPORTS[table](actor, cycle_id, params)
    await audit_service.record(actor=actor, action="stats.export", target_type="Cycle", target_id=cycle_id,
                               after={"table": table, "rows": len(rows),
                                      "params": {k: v for k, v in params.items() if v is not None}})
    return to_xlsx(title, headers, rows)


# ------------------------------------------------------------------ item analysis

def item_analysis(responses: Sequence[tuple[float, Mapping[Any, float]]], *,
                  max_scores: Mapping[Any, float] | None = None,
                  group_fraction: float = 0.27) -> list[dict[str, Any]]:
    """Facility and discrimination of each question (classical test theory).

    `responses` holds one (total score, {question_id: score}) per candidate, a
    score being 1/0 or a partial score out of `max_scores[question_id]` (default 1).
    A question a candidate left out counts as 0. Per question:

    - facility: mean proportion of the marks obtained (P, 难度/通过率);
    - discrimination: proportion correct in the top `group_fraction` of candidates
      by total score minus that in the bottom one (D, Kelley's 27 %); ties at the
      boundary are broken by the order of `responses`;
    - point_biserial: Pearson correlation of the question score with the total
      score (None when either does not vary).
    """
    n = len(responses)
    questions = list(dict.fromkeys(q for _, answers in responses for q in answers))
    if not n:
        return []
    totals = [float(t) for t, _ in responses]
    g = min(max(1, int(n * group_fraction + 0.5)), n // 2)
    order = sorted(range(n), key=lambda i: (-totals[i], i))
    upper, lower = order[:g], order[n - g:] if g else []
    out = []
    for q in questions:
        top = float((max_scores or {}).get(q, 1.0))
        p = [min(max(float(answers.get(q, 0.0)) / top, 0.0), 1.0) for _, answers in responses]
        disc = (sum(p[i] for i in upper) - sum(p[i] for i in lower)) / g if g else None
        out.append({"question_id": q, "n": n, "facility": round(sum(p) / n, 4),
                    "discrimination": None if disc is None else round(disc, 4),
                    "point_biserial": _pearson(p, totals)})
    return out


def _pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        return None
    return round(sxy / math.sqrt(sxx * syy), 4)


# The exam's papers that are counted: a mock exam is practice, a voided exam is no evidence.
COUNTED_PAPERS = ("exam", "makeup")
ITEM_COLUMNS = {"specialty": "专业", "question_id": "题目ID", "qtype": "题型", "category": "分类",
                "difficulty": "难度等级", "n": "作答人次", "facility": "难度系数(得分率)", "discrimination": "区分度",
                "point_biserial": "点二列相关"}


async def exam_items(*, actor: Principal, cycle_id: int, specialty: str | None = None) -> StatsItemsOut:
    """Item analysis of the cycle's exam from the answers of the caller's physicians.

    Sessions counted: submitted, not voided, of exam and make-up papers. Each blueprint
    is analysed on its own (its papers share a scale: the session score, 0-100, is the
    total that ranks candidates). Papers are drawn at random from the bank, so a question
    is analysed among the sessions whose paper had it: facility = share of its points
    obtained there (an unanswered question scores 0), discrimination = that share in the
    top 27 % of those sessions by score minus the bottom 27 % (see item_analysis).
    """
    await _begin(actor, cycle_id)
    bps = Blueprint.filter(cycle_id=cycle_id)
    if specialty:
        bps = bps.filter(specialty=specialty)
    blueprints = await bps.order_by("specialty", "id")
    counted = ExamSession.filter(
        submitted_at__isnull=False, voided=False, paper__kind__in=COUNTED_PAPERS,
        paper__blueprint_id__in=[b.id for b in blueprints],
        paper__enrolment_id__in=Subquery(_enrolments(actor, cycle_id).values("id")))
    sessions = await counted.order_by("id").values("id", "score", "paper_id", "paper__blueprint_id") \
        if blueprints else []
    items = dict(await Paper.filter(id__in=list({s["paper_id"] for s in sessions})).values_list("id", "items")) \
        if sessions else {}
    got: dict[tuple[int, int], float] = {}
    if sessions:
        for sid, qid, pts in await Answer.filter(session_id__in=Subquery(counted.values("id"))).values_list(
                "session_id", "question_id", "points"):
            got[(sid, qid)] = float(pts or 0.0)
    rows, summary = [], []
    for bp in blueprints:
        mine = [s for s in sessions if s["paper__blueprint_id"] == bp.id]
        summary.append(StatsBlueprintOut(blueprint_id=bp.id, specialty=bp.specialty, name=bp.name,
                                         sessions=len(mine)))
        presented: dict[int, list[int]] = {}  # question -> positions in `mine` of the sessions that had it
        top: dict[int, float] = {}
        for n, s in enumerate(mine):
            for item in items[s["paper_id"]]:
                presented.setdefault(item["q"], []).append(n)
                top[item["q"]] = float(item["points"])
        # Questions put to exactly the same sessions are analysed together.
        populations: dict[tuple[int, ...], list[int]] = {}
        for qid, at in presented.items():
            populations.setdefault(tuple(at), []).append(qid)
        for at, qids in populations.items():
            responses = [(float(mine[n]["score"] or 0.0), {q: got.get((mine[n]["id"], q), 0.0) for q in qids})
                         for n in at]
            for r in item_analysis(responses, max_scores={q: top[q] for q in qids}):
                rows.append({"specialty": bp.specialty, "blueprint_id": bp.id, **r})
    meta = {q.id: q for q in await Question.filter(id__in=[r["question_id"] for r in rows])} if rows else {}
    for r in rows:
        q = meta[r["question_id"]]
        r.update(qtype=q.qtype, category=q.category, difficulty=q.difficulty, group_id=q.group_id)
    rows.sort(key=lambda r: (r["specialty"], r["question_id"]))
    return StatsItemsOut(cycle_id=cycle_id, title="题目分析", blueprints=summary,
                         columns=[StatsColumnOut(key=k, label=v) for k, v in ITEM_COLUMNS.items()], rows=rows)
