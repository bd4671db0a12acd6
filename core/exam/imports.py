"""Importing questions into the bank from the province's xlsx template: one row
per question; rows sharing a 题组编号 form one A3/A4/B1 group, in row order,
whose shared stem (A3/A4) or shared options (B1, "A.xxx|B.yyy|...") sit on
the group's first row.

All or nothing: every row and every group is checked first, with the bank's
own checker (core.exam.bank) so the messages are the API's, plus what only a
sheet can get wrong (option columns left with gaps, a group spread over the
file, a group's rows disagreeing on type, specialty or difficulty, the same
question twice in the file or already in the bank). If anything fails nothing
is written and the caller gets the row-by-row report; otherwise every question
and group is created in one transaction. Runs in the background through
core.import_jobs (kind "questions").
"""
from __future__ import annotations

import re
from typing import Any, Awaitable, Callable, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.exam import bank
from core.exam.bank import GROUP_KINDS, KEYS, MIN_GROUP, STANDALONE, Problem
from core.exam.models import Question, QuestionGroup
from core.imports import ImportReport, Row, RowReport, duplicates, read_rows, template_xlsx, validate_rows
from core.principal import Principal
from core.db import transactional

COLUMNS = {"题型": "qtype", "题组编号": "group_code", "共用题干": "group_stem", "共用选项": "shared_options",
           "题干": "stem", **{f"选项{k}": f"option_{k.lower()}" for k in KEYS}, "答案": "answer",
           "解析": "explanation", "专业": "specialty", "分类": "category", "难度": "difficulty"}
EXAMPLE = ["A1", "", "", "", "成人心肺复苏时胸外按压的频率为", "60~80次/分", "80~100次/分", "100~120次/分",
           "120~140次/分", "140~160次/分", "", "C", "2020版指南推荐100~120次/分。", "内科", "基础", "2"]
Progress = Callable[[int, int], Awaitable[None]]
_SHARED_PART = re.compile(r"^\s*([A-Fa-f])\s*[.．、:：)）]\s*(.*?)\s*$", re.S)


def _option_field(key: str) -> str:
    return f"option_{key.lower()}"


class QuestionRowIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    qtype: Literal["A1", "A2", "X", "A3", "A4", "B1"]
    group_code: str | None = Field(default=None, max_length=32)
    group_stem: str | None = Field(default=None, max_length=8000)
    shared_options: str | None = Field(default=None, max_length=7000)
    stem: str = Field(min_length=1, max_length=4000)
    option_a: str | None = Field(default=None, max_length=1000)
    option_b: str | None = Field(default=None, max_length=1000)
    option_c: str | None = Field(default=None, max_length=1000)
    option_d: str | None = Field(default=None, max_length=1000)
    option_e: str | None = Field(default=None, max_length=1000)
    option_f: str | None = Field(default=None, max_length=1000)
    answer: list[str]
    explanation: str = Field(default="", max_length=4000)
    specialty: str | None = Field(default=None, max_length=64)
    category: str | None = Field(default=None, max_length=64)
    difficulty: int | None = None

    @field_validator("qtype", mode="before")
    @classmethod
    def _upper(cls, v: Any) -> Any:
        return v.strip().upper() if isinstance(v, str) else v

    @field_validator("answer", mode="before")
    @classmethod
    def _letters(cls, v: Any) -> list[str]:
        # "B", "ACD", "A,C,D" and "a、c" all mean the same.
        text = re.sub(r"[\s,，、;；]", "", str(v)).upper()
        if not re.fullmatch(r"[A-F]+", text):
            raise ValueError("答案应为选项字母，如 B 或 ACD")
        return list(text)

    @field_validator("difficulty")
    @classmethod
    def _range(cls, v: int | None) -> int | None:
        if v is not None and not 1 <= v <= 5:
            raise ValueError("难度应为1至5的整数")
        return v


def parse_shared(text: str) -> list[dict[str, str]] | None:
    """"A.xxx|B.yyy|..." as options, or None when it is not written that way."""
    out = []
    for part in re.split(r"[|｜]", text):
        m = _SHARED_PART.match(part)
        if not m or not m[2]:
            return None
        out.append({"key": m[1].upper(), "text": m[2]})
    return out


def template() -> bytes:
    return template_xlsx("题库导入模板", list(COLUMNS), EXAMPLE)


async def _noop(done: int, total: int) -> None:
    return None


# ---------------------------------------------------------------- checking

def _row_options(rep: RowReport) -> tuple[list[dict[str, str]], bool]:
    """The row's filled option columns; a gap (选项C empty, 选项D filled) is an error of its own."""
    texts = [getattr(rep.parsed, _option_field(k)) for k in KEYS]
    filled = [i for i, t in enumerate(texts) if t]
    gap = False
    for i in range(filled[-1] if filled else 0):
        if not texts[i]:
            rep.add(_option_field(KEYS[i]), "选项不能跳空，请从选项A起依次填写")
            gap = True
    return [{"key": KEYS[i], "text": texts[i]} for i in filled], gap


def _put(rep: RowReport, local: str, problem: Problem) -> None:
    """Report a checker problem on the column it is about."""
    if local == "options":
        key = problem.key or next((k for k in KEYS if getattr(rep.parsed, _option_field(k))), "A")
        rep.add(_option_field(key), problem.message)
    else:
        rep.add(local if local in ("qtype", "stem", "answer") else None, problem.message)


def _standalone(rep: RowReport) -> dict[str, Any] | None:
    p = rep.parsed
    if p is None:
        return None
    if p.qtype in GROUP_KINDS:
        rep.add("group_code", f"{p.qtype}型题须填写题组编号（同一题组的各行填写相同编号）")
        return None
    if p.group_stem:
        rep.add("group_stem", "不属于题组的题目不能填写共用题干")
    if p.shared_options:
        rep.add("shared_options", "不属于题组的题目不能填写共用选项")
    for f in ("specialty", "category"):
        if not getattr(p, f):
            rep.add(f, "必填")
    options, gap = _row_options(rep)
    draft = bank.question_draft(qtype=p.qtype, stem=p.stem, options=options, answer=p.answer,
                                explanation=p.explanation, specialty=p.specialty or "", category=p.category or "",
                                difficulty=p.difficulty or 3)
    for problem in bank.question_problems(draft):
        if not (gap and problem.path == "options"):  # the gap is already the reason
            _put(rep, problem.path, problem)
    return draft if rep.ok else None


def _group(code: str, idxs: list[int], reports: list[RowReport]) -> dict[str, Any] | None:
    reps = [reports[i] for i in idxs]
    head = reps[0]
    for prev, cur in zip(idxs, idxs[1:]):
        if cur != prev + 1:
            reports[cur].add("group_code", f"同一题组的行应连续排列（题组{code}从第{head.row}行开始）")
    if len(reps) < MIN_GROUP:
        head.add("group_code", f"题组至少应有{MIN_GROUP}道小题（题组{code}只有1行）")
    for r in reps:
        if r.parsed is not None and r.parsed.qtype in STANDALONE:
            r.add("group_code", f"{r.parsed.qtype}型题不属于题组，请清空题组编号")
    hp = head.parsed
    if hp is None or hp.qtype in STANDALONE:
        return None  # the first row decides the group; its own errors say what to fix
    kind, where = hp.qtype, f"（第{head.row}行）"
    for r in reps[1:]:
        p = r.parsed
        if p is None:
            continue
        if p.qtype != kind and p.qtype not in STANDALONE:
            r.add("qtype", f"与本题组第一行{where}的题型{kind}不一致")
        if p.group_stem and p.group_stem != hp.group_stem:
            r.add("group_stem", f"共用题干只需填写在题组第一行{where}")
        if p.shared_options and p.shared_options != hp.shared_options:
            r.add("shared_options", f"共用选项只需填写在题组第一行{where}")
        for f in ("specialty", "category", "difficulty"):
            if getattr(p, f) is not None and getattr(p, f) != getattr(hp, f):
                r.add(f, f"与本题组第一行{where}不一致")
    for f in ("specialty", "category"):
        if not getattr(hp, f):
            head.add(f, "必填（填写在题组第一行）")
    shared, shared_bad = None, False
    if hp.shared_options:
        shared = parse_shared(hp.shared_options)
        if shared is None and kind == "B1":
            head.add("shared_options", "共用选项格式应为 A.选项内容|B.选项内容|…")
            shared_bad = True
        elif shared is None:
            shared = [{"key": "A", "text": hp.shared_options}]  # present: the checker refuses it for A3/A4
    members = [r for r in reps if r.parsed is not None and r.parsed.qtype == kind]
    gaps, subs = [], []
    for r in members:
        options, gap = _row_options(r)
        gaps.append(gap)
        subs.append({"stem": r.parsed.stem, "options": options, "answer": r.parsed.answer,
                     "explanation": r.parsed.explanation})
    draft = bank.group_draft(kind=kind, stem=hp.group_stem or "", shared_options=shared, questions=subs,
                             specialty=hp.specialty or "", category=hp.category or "",
                             difficulty=hp.difficulty or 3)
    for problem in bank.group_problems(draft):
        if problem.path == "questions":
            continue  # counted on the sheet's rows above
        if problem.path in ("stem", "shared_options"):
            if not shared_bad or problem.path != "shared_options":
                head.add("group_stem" if problem.path == "stem" else "shared_options",
                         f"{problem.message}（填写在题组第一行）")
            continue
        _, i, local = problem.path.split(".", 2)
        if local == "answer" and shared_bad:
            continue  # no options to hold the answers against until the shared list reads
        if not (local == "options" and gaps[int(i)]):
            _put(members[int(i)], local, problem)
    return draft if len(members) == len(reps) and all(r.ok for r in reps) else None


def _check(rows: list[Row], reports: list[RowReport]) -> list[tuple[str, list[RowReport], dict[str, Any]]]:
    """Every row and group checked; the units to create, in file order, when all passed."""
    order: list[tuple[str, Any]] = []
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        code = row.data.get("group_code")
        code = str(code).strip() if code is not None else ""
        if not code:
            order.append(("question", i))
            continue
        if code not in groups:
            groups[code] = []
            order.append(("group", code))
        groups[code].append(i)
    units = []
    for kind, ref in order:
        if kind == "question":
            draft = _standalone(reports[ref])
            units.append((kind, [reports[ref]], draft))
        else:
            draft = _group(ref, groups[ref], reports)
            units.append((kind, [reports[i] for i in groups[ref]], draft))
    singles = [r for r in reports if r.parsed is not None and not r.parsed.group_code]
    duplicates(singles, "stem", "题干在文件中重复", key=lambda p: (p.specialty, p.stem))
    heads = [reports[idxs[0]] for idxs in groups.values() if reports[idxs[0]].parsed is not None]
    duplicates(heads, "group_stem", "共用题干在文件中重复",
               key=lambda p: (p.specialty, p.group_stem) if p.qtype in ("A3", "A4") and p.group_stem else None)
    return units


async def _check_bank(reports: list[RowReport]) -> None:
    """The same question (or case) already live in the bank for the specialty: importing a
    file twice must not double the bank."""
    singles = [r for r in reports if r.parsed is not None and not r.parsed.group_code]
    if singles:
        have = set(await Question.filter(
            group_id__isnull=True, retired=False, deleted_at__isnull=True,
            stem__in=sorted({r.parsed.stem for r in singles})).values_list("specialty", "stem"))
        for r in singles:
            if (r.parsed.specialty, r.parsed.stem) in have:
                r.add("stem", "题库中已有相同题干的题目")
    heads = [r for r in reports if r.parsed is not None and r.parsed.group_code and r.parsed.group_stem
             and r.parsed.qtype in ("A3", "A4")]
    if heads:
        have = set(await QuestionGroup.filter(retired=False, stem__in=sorted({r.parsed.group_stem for r in heads}))
                   .values_list("specialty", "stem"))
        for r in heads:
            if (r.parsed.specialty, r.parsed.group_stem) in have:
                r.add("group_stem", "题库中已有相同共用题干的题组")


# ---------------------------------------------------------------- importing

@transactional
async def import_questions(*, actor: Principal, content: bytes, progress: Progress = _noop) -> ImportReport:
    await scope.require(actor, "exam.bank", province=True)
    rows = read_rows(content, COLUMNS)
    reports = validate_rows(rows, QuestionRowIn, COLUMNS)
    units = _check(rows, reports)
    await _check_bank(reports)
    total = len(reports)
    await progress(total // 2, total)
    report = ImportReport.of(reports, COLUMNS)
    if not report.ok:
        await audit_service.record(actor=actor, action="exam.questions_import", outcome="failure",
                                   after={"rows": total, "failed": len(report.failed)})
        return report
    created: list[dict[str, Any]] = []
    done = 0
    async with in_transaction():
        for kind, reps, draft in units:
            if kind == "question":
                q = await bank.insert_question(draft)
                created.append({"row": reps[0].row, "question_id": q.id, "group_id": None})
            else:
                g, qs = await bank.insert_group(draft)
                created += [{"row": r.row, "question_id": q.id, "group_id": g.id} for r, q in zip(reps, qs)]
            before, done = done, done + len(reps)
            if done // 50 != before // 50:
                await progress(total // 2 + done // 2, total)
        await audit_service.record(actor=actor, action="exam.questions_import", after={
            "rows": total, "questions": len(created),
            "groups": sorted({c["group_id"] for c in created if c["group_id"]}),
            "question_ids": [c["question_id"] for c in created]})
    await progress(total, total)
    report.created = created
    return report
