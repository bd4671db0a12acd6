"""The exam question bank (seed 000 题库): standalone questions (A1/A2 with one
answer, X with two or more), case groups (A3/A4: one shared stem whose
sub-questions always travel together and in order) and shared-option groups
(B1: one option list answered by several questions); each with specialty,
category, difficulty and explanation.

Why versions: a paper stores question ids and its answers are scored against
the question the physician saw. So a question that a paper used is never
edited in place: the edit writes a new row (same origin_id, the id of the
first version; version + 1) and retires the old row, which the papers keep
pointing at. A group is versioned as a whole, the group row and every
sub-question, so the new version keeps the order. An unused question is just
edited.

Scope: the bank belongs to the province. Every function requires `exam.bank`
at the root of the org tree; the bank's tables hang off no org node, so there
is nothing narrower to filter by.

The rules that tie fields together (option keys, answers among the options,
how many answers a type takes, what a group needs) are checked here, by one
checker that the API and the xlsx import (core.exam.imports) share, so both
give the same Chinese messages. Everything is checked before anything is
written.
"""
from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.db import utcnow, transactional
from core.errors import AppError, NotFound
from core.exam.errors import GroupMember, InvalidGroup, InvalidQuestion, QuestionRetired, QuestionSuperseded
from core.exam.models import Favourite, Question, QuestionGroup, WrongNote
from core.exam.schemas import (
    GroupDetailOut, GroupEditedOut, GroupOut, GroupSummaryOut, MemberEditedOut, QuestionDetailOut, QuestionEditedOut,
    QuestionListedOut, QuestionOut, VersionOut,
)
from core.principal import Principal

KEYS = "ABCDEF"
STANDALONE = ("A1", "A2", "X")
GROUP_KINDS = ("A3", "A4", "B1")
QTYPES = STANDALONE + GROUP_KINDS
MIN_OPTIONS, MAX_OPTIONS = 4, 6
MIN_GROUP = 2
# What a question's content is: an edit that changes none of these changes nothing.
QUESTION_FIELDS = ("qtype", "stem", "options", "answer", "explanation", "specialty", "category", "difficulty")
MEMBER_FIELDS = ("stem", "options", "answer", "explanation")
GROUP_FIELDS = ("kind", "stem", "shared_options", "specialty", "category", "difficulty")


# ================================================================== the checker

@dataclass(frozen=True)
class Problem:
    path: str  # "answer", "options", "shared_options", "stem", "questions.1.answer", ...
    message: str
    key: str | None = None  # the option the problem is about, when there is one (the import names its column)


def norm_options(options: Iterable[dict[str, Any]] | None) -> list[dict[str, str]] | None:
    if not options:
        return None
    return [{"key": str(o["key"]).strip().upper(), "text": str(o["text"]).strip()} for o in options]


def norm_answer(answer: Iterable[str] | None) -> list[str]:
    return [str(a).strip().upper() for a in answer or ()]


def check_options(options: list[dict[str, str]] | None, path: str) -> list[Problem]:
    """4 to 6 options keyed A, B, C... in order, no two alike."""
    n = len(options or ())
    if n == 0:
        return [Problem(path, "请填写选项", "A")]
    out = []
    if not MIN_OPTIONS <= n <= MAX_OPTIONS:
        out.append(Problem(path, f"选项应为{MIN_OPTIONS}至{MAX_OPTIONS}个（当前{n}个）",
                           KEYS[n] if n < MIN_OPTIONS else None))
    expected = list(KEYS[:n])
    if [o["key"] for o in options] != expected:
        out.append(Problem(path, f"选项应依次编号为{'、'.join(expected)}"))
    seen: dict[str, str] = {}
    for o in options:
        if o["text"] in seen:
            out.append(Problem(path, f"选项{o['key']}与选项{seen[o['text']]}内容相同", o["key"]))
        else:
            seen[o["text"]] = o["key"]
    return out


def check_answer(answer: list[str], keys: list[str], *, qtype: str, path: str) -> list[Problem]:
    """Every answer is one of `keys`; X takes two or more, every other type exactly one."""
    if not answer:
        return [Problem(path, "请填写答案")]
    out = []
    if len(set(answer)) != len(answer):
        out.append(Problem(path, "答案中有重复的选项"))
    outside = [a for a in dict.fromkeys(answer) if a not in keys]
    if outside:
        allowed = f"（可选{keys[0]}至{keys[-1]}）" if keys else ""
        out.append(Problem(path, f"答案{'、'.join(outside)}不在选项中{allowed}"))
    if qtype == "X":
        if len(set(answer)) < 2:
            out.append(Problem(path, "X型题（多选题）至少应有2个正确答案"))
    elif len(set(answer)) != 1:
        out.append(Problem(path, f"{qtype}型题只能有1个正确答案"))
    return out


def question_problems(draft: dict[str, Any]) -> list[Problem]:
    """A standalone question (normalised draft with QUESTION_FIELDS)."""
    if draft["qtype"] not in STANDALONE:
        return [Problem("qtype", f"{draft['qtype']}型题须放在题组中")]
    options = draft["options"]
    return check_options(options, "options") + check_answer(
        draft["answer"], [o["key"] for o in options or ()], qtype=draft["qtype"], path="answer")


def group_problems(draft: dict[str, Any]) -> list[Problem]:
    """A group (normalised draft with GROUP_FIELDS and `questions`)."""
    kind, out = draft["kind"], []
    if kind not in GROUP_KINDS:
        return [Problem("kind", "题组类型应为A3、A4或B1")]
    if len(draft["questions"]) < MIN_GROUP:
        out.append(Problem("questions", f"题组至少应有{MIN_GROUP}道小题"))
    if kind == "B1":
        shared = draft["shared_options"]
        out += check_options(shared, "shared_options")
        keys = [o["key"] for o in shared or ()]
    else:
        if not draft["stem"]:
            out.append(Problem("stem", f"{kind}题组须填写共用题干"))
        if draft["shared_options"]:
            out.append(Problem("shared_options", f"{kind}题组的小题各有选项，不能设置共用选项"))
    for i, sub in enumerate(draft["questions"]):
        path = f"questions.{i}"
        if kind == "B1":
            if sub["options"]:
                out.append(Problem(f"{path}.options", "B1题使用题组的共用选项，小题不能另设选项"))
        else:
            out += check_options(sub["options"], f"{path}.options")
            keys = [o["key"] for o in sub["options"] or ()]
        out += check_answer(sub["answer"], keys, qtype=kind, path=f"{path}.answer")
    return out


def _raise(cls: type[AppError], problems: list[Problem]) -> None:
    if problems:
        raise cls(f"{cls.message}：{problems[0].message}",
                  details={"errors": [{"path": p.path, "message": p.message} for p in problems]})


def question_draft(*, qtype: str, stem: str, options, answer, explanation: str = "", specialty: str,
                   category: str, difficulty: int = 3) -> dict[str, Any]:
    return {"qtype": qtype, "stem": stem.strip(), "options": norm_options(options), "answer": norm_answer(answer),
            "explanation": (explanation or "").strip(), "specialty": specialty.strip(),
            "category": category.strip(), "difficulty": difficulty}


def member_draft(sub: dict[str, Any]) -> dict[str, Any]:
    return {"stem": sub["stem"].strip(), "options": norm_options(sub.get("options")),
            "answer": norm_answer(sub["answer"]), "explanation": (sub.get("explanation") or "").strip()}


def group_draft(*, kind: str, stem: str = "", shared_options=None, questions: list[dict[str, Any]],
                specialty: str, category: str, difficulty: int = 3) -> dict[str, Any]:
    return {"kind": kind, "stem": (stem or "").strip(), "shared_options": norm_options(shared_options),
            "specialty": specialty.strip(), "category": category.strip(), "difficulty": difficulty,
            "questions": [member_draft(s) for s in questions]}


# ================================================================== writing (inside a transaction, after checks)

def _stored_answer(answer: list[str]) -> list[str]:
    return sorted(set(answer))


async def insert_question(draft: dict[str, Any], *, group_id: int | None = None, position: int = 0,
                          origin_id: int | None = None, version: int = 1) -> Question:
    """Write one checked question; the first version is its own origin. Callers own the
    permission check, the transaction and the audit row."""
    q = await Question.create(qtype=draft["qtype"], stem=draft["stem"], options=draft["options"],
                              answer=_stored_answer(draft["answer"]), explanation=draft["explanation"],
                              specialty=draft["specialty"], category=draft["category"],
                              difficulty=draft["difficulty"], group_id=group_id, position=position,
                              origin_id=origin_id, version=version)
    if origin_id is None:
        q.origin_id = q.id
        await Question.filter(id=q.id).update(origin_id=q.id)
    return q


async def insert_group(draft: dict[str, Any], *, previous: tuple[QuestionGroup, list[Question]] | None = None
                       ) -> tuple[QuestionGroup, list[Question]]:
    """Write a checked group and its questions in order. With `previous` (the version it
    replaces), the group and each sub-question continue the previous one's origin."""
    old_group, old_questions = previous if previous else (None, [])
    g = await QuestionGroup.create(
        kind=draft["kind"], stem=draft["stem"], shared_options=draft["shared_options"],
        specialty=draft["specialty"], category=draft["category"], difficulty=draft["difficulty"],
        origin_id=old_group.origin_id if old_group else None, version=old_group.version + 1 if old_group else 1)
    if old_group is None:
        g.origin_id = g.id
        await QuestionGroup.filter(id=g.id).update(origin_id=g.id)
    questions = []
    for i, sub in enumerate(draft["questions"]):
        before = old_questions[i] if i < len(old_questions) else None
        questions.append(await insert_question(
            {**sub, "qtype": draft["kind"], "specialty": draft["specialty"], "category": draft["category"],
             "difficulty": draft["difficulty"], "options": sub["options"] if draft["kind"] != "B1" else None},
            group_id=g.id, position=i + 1, origin_id=before.origin_id if before else None,
            version=before.version + 1 if before else 1))
    return g, questions


async def _practice_follows(pairs: list[tuple[int, int]]) -> None:
    """Wrong-answer notebook entries and favourites move to the new version of their
    question (old id, new id): physicians practise what the bank holds now, not a retired
    row. A sub-question dropped from a group keeps its entries on the retired row."""
    for old, new in pairs:
        await WrongNote.filter(question_id=old).update(question_id=new)
        await Favourite.filter(question_id=old).update(question_id=new)


# ================================================================== presenting

def _content(q: Question) -> dict[str, Any]:
    return {f: getattr(q, f) for f in QUESTION_FIELDS}


def _group_content(g: QuestionGroup, questions: list[Question]) -> dict[str, Any]:
    return {**{f: getattr(g, f) for f in GROUP_FIELDS},
            "questions": [{f: getattr(q, f) for f in MEMBER_FIELDS} for q in questions]}


def present(q: Question, model: type[QuestionOut] = QuestionOut, **more: Any) -> QuestionOut:
    """A question as the console sees it; `model` a richer view of it with the `more` fields."""
    return model(id=q.id, **_content(q), group_id=q.group_id, position=q.position, origin_id=q.origin_id,
                 version=q.version, retired=q.retired, used=q.used, created_at=q.created_at,
                 updated_at=q.updated_at, **more)


def present_group(g: QuestionGroup, questions: list[Question], model: type[GroupOut] = GroupOut,
                  **more: Any) -> GroupOut:
    """A group with its questions in order; `model` a richer view of it with the `more` fields."""
    return model(id=g.id, **{f: getattr(g, f) for f in GROUP_FIELDS}, origin_id=g.origin_id, version=g.version,
                 retired=g.retired, used=any(q.used for q in questions), questions=[present(q) for q in questions],
                 created_at=g.created_at, updated_at=g.updated_at, **more)


def _group_summary(g: QuestionGroup) -> GroupSummaryOut:
    return GroupSummaryOut(id=g.id, kind=g.kind, stem=g.stem, shared_options=g.shared_options, version=g.version,
                           retired=g.retired)


async def _members(group_id: int, *, lock: bool = False) -> list[Question]:
    qs = Question.filter(group_id=group_id, deleted_at__isnull=True).order_by("position", "id")
    return list(await (qs.select_for_update() if lock else qs))


async def _versions(model, origin_id: int | None) -> list[VersionOut]:
    rows = await model.filter(origin_id=origin_id).order_by("version") if origin_id else []
    return [VersionOut(id=r.id, version=r.version, retired=r.retired, created_at=r.created_at) for r in rows]


async def _require(actor: Principal) -> None:
    await scope.require(actor, "exam.bank", province=True)


# ================================================================== use cases

@transactional
async def create_question(*, actor: Principal, qtype: str, stem: str, options: list[dict[str, Any]],
                          answer: list[str], explanation: str = "", specialty: str, category: str,
                          difficulty: int = 3) -> QuestionOut:
    """A standalone A1/A2/X question."""
    await _require(actor)
    draft = question_draft(qtype=qtype, stem=stem, options=options, answer=answer, explanation=explanation,
                           specialty=specialty, category=category, difficulty=difficulty)
    _raise(InvalidQuestion, question_problems(draft))
    async with in_transaction():
        q = await insert_question(draft)
        await audit_service.record(actor=actor, action="exam.question_create", target_type="Question",
                                   target_id=q.id, after=_content(q))
    return present(q)


@transactional
async def create_group(*, actor: Principal, kind: str, stem: str = "", shared_options=None,
                       questions: list[dict[str, Any]], specialty: str, category: str,
                       difficulty: int = 3) -> GroupOut:
    """An A3/A4 case group or a B1 shared-option group with its questions, all or nothing."""
    await _require(actor)
    draft = group_draft(kind=kind, stem=stem, shared_options=shared_options, questions=questions,
                        specialty=specialty, category=category, difficulty=difficulty)
    _raise(InvalidGroup, group_problems(draft))
    async with in_transaction():
        g, qs = await insert_group(draft)
        await audit_service.record(actor=actor, action="exam.group_create", target_type="QuestionGroup",
                                   target_id=g.id, after={**draft, "question_ids": [q.id for q in qs]})
    return present_group(g, qs)


async def get_question(*, actor: Principal, question_id: int) -> QuestionDetailOut:
    """One question with its group (if any) and every version of it."""
    await _require(actor)
    q = await Question.get_or_none(id=question_id, deleted_at__isnull=True)
    if q is None:
        raise NotFound("题目不存在", details={"type": "Question", "id": question_id})
    group = None
    if q.group_id:
        g = await QuestionGroup.get(id=q.group_id)
        group = present_group(g, await _members(g.id))
    return present(q, QuestionDetailOut, group=group, versions=await _versions(Question, q.origin_id))


async def get_group(*, actor: Principal, group_id: int) -> GroupDetailOut:
    await _require(actor)
    g = await QuestionGroup.get_or_none(id=group_id)
    if g is None:
        raise NotFound("题组不存在", details={"type": "QuestionGroup", "id": group_id})
    return present_group(g, await _members(g.id), GroupDetailOut,
                         versions=await _versions(QuestionGroup, g.origin_id))


async def list_questions(*, actor: Principal, specialty: str | None = None, category: str | None = None,
                         qtype: str | None = None, difficulty: int | None = None, q: str | None = None,
                         group_id: int | None = None, include_retired: bool = False, status: str | None = None,
                         limit: int = 20, offset: int = 0) -> tuple[int, list[QuestionListedOut]]:
    """Questions matching the filters, in bank order (a group's questions side by side).
    `q` searches the stem and the group's shared stem. `status`: "active" (the default),
    "retired" (retired or replaced by a newer version) or "all" (as include_retired)."""
    await _require(actor)
    qs = Question.filter(deleted_at__isnull=True)
    if status == "retired":
        qs = qs.filter(retired=True)
    elif not include_retired and status != "all":
        qs = qs.filter(retired=False)
    for name, value in (("specialty", specialty), ("category", category), ("qtype", qtype),
                        ("difficulty", difficulty), ("group_id", group_id)):
        if value not in (None, ""):
            qs = qs.filter(**{name: value})
    if q and q.strip():
        qs = qs.filter(Q(stem__icontains=q.strip()) | Q(group__stem__icontains=q.strip()))
    total = await qs.count()
    rows = await qs.order_by("id").offset(offset).limit(limit).prefetch_related("group")
    return total, [present(row, QuestionListedOut, group=_group_summary(row.group) if row.group_id else None)
                   for row in rows]


async def facets(*, actor: Principal) -> dict[str, list[str]]:
    """The specialties and categories the bank holds (choices of the list's filters and forms)."""
    await _require(actor)
    live = Question.filter(deleted_at__isnull=True)
    return {"specialties": sorted(set(await live.distinct().values_list("specialty", flat=True))),
            "categories": sorted(set(await live.distinct().values_list("category", flat=True)))}


async def _latest(model, origin_id: int | None) -> int | None:
    row = await model.filter(origin_id=origin_id, retired=False).order_by("-version").first() if origin_id else None
    return row.id if row else None


@transactional
async def edit_question(*, actor: Principal, question_id: int,
                        changes: dict[str, Any]) -> QuestionEditedOut | MemberEditedOut:
    """Change a question: in place while no paper used it, else as a new version (the old
    row retired, papers keep it). A question of a group changes through its group, which
    is versioned as a whole, and answers with the group too."""
    await _require(actor)
    changes = {k: v for k, v in changes.items() if v is not None}
    unknown = sorted(set(changes) - set(QUESTION_FIELDS))
    _raise(InvalidQuestion, [Problem(k, "不能修改该字段") for k in unknown])
    found = await Question.get_or_none(id=question_id, deleted_at__isnull=True)
    if found is None:
        raise NotFound("题目不存在", details={"type": "Question", "id": question_id})
    if found.group_id:
        return await _edit_member(actor, found, changes)
    async with in_transaction():
        q = await Question.filter(id=question_id, deleted_at__isnull=True).select_for_update().first()
        if q is None:
            raise NotFound("题目不存在", details={"type": "Question", "id": question_id})
        if q.retired:
            raise QuestionRetired(details={"latest_id": await _latest(Question, q.origin_id)})
        current = _content(q)
        merged = {**current, **changes}
        draft = question_draft(**merged)
        _raise(InvalidQuestion, question_problems(draft))
        draft["answer"] = _stored_answer(draft["answer"])
        diff = {k: draft[k] for k in QUESTION_FIELDS if draft[k] != current[k]}
        if not diff:
            return QuestionEditedOut(versioned=False, changed=False, previous_id=None, question=present(q))
        before = {k: current[k] for k in diff}
        if q.used:
            new = await insert_question(draft, origin_id=q.origin_id or q.id, version=q.version + 1)
            q.retired = True
            await q.save(update_fields=["retired", "updated_at"])
            await _practice_follows([(q.id, new.id)])
            await audit_service.record(actor=actor, action="exam.question_version", target_type="Question",
                                       target_id=new.id, before={"id": q.id, "version": q.version, **before},
                                       after={"id": new.id, "version": new.version, **diff})
            return QuestionEditedOut(versioned=True, changed=True, previous_id=q.id, question=present(new))
        for k, v in diff.items():
            setattr(q, k, v)
        await q.save(update_fields=[*diff, "updated_at"])
        await audit_service.record(actor=actor, action="exam.question_edit", target_type="Question",
                                   target_id=q.id, before=before, after=diff)
    return QuestionEditedOut(versioned=False, changed=True, previous_id=None, question=present(q))


async def _edit_member(actor: Principal, q: Question, changes: dict[str, Any]) -> MemberEditedOut:
    outside = sorted(set(changes) - set(MEMBER_FIELDS))
    _raise(InvalidQuestion, [Problem(k, "题组小题的题型、专业、分类和难度随题组设置，请修改题组") for k in outside])
    result, idx = await _edit_group(actor, q.group_id, {}, member=(q.id, changes))
    return MemberEditedOut(versioned=result.versioned, changed=result.changed,
                           previous_id=q.id if result.versioned else None, question=result.group.questions[idx],
                           group=result.group)


async def edit_group(*, actor: Principal, group_id: int, changes: dict[str, Any]) -> GroupEditedOut:
    """Change a group (`questions`, when given, is the whole new ordered list): in place
    while none of its questions was used, else the group and all its questions as a new
    version."""
    await _require(actor)
    changes = {k: v for k, v in changes.items() if v is not None}
    unknown = sorted(set(changes) - (set(GROUP_FIELDS) - {"kind"}) - {"questions"})
    _raise(InvalidGroup, [Problem(k, "不能修改该字段") for k in unknown])
    result, _ = await _edit_group(actor, group_id, changes)
    return result


@transactional
async def _edit_group(actor: Principal, group_id: int, changes: dict[str, Any], *,
                      member: tuple[int, dict[str, Any]] | None = None) -> tuple[GroupEditedOut, int | None]:
    """The edit, with the index of `member` (a question of the group asked about) in the group."""
    async with in_transaction():
        g = await QuestionGroup.filter(id=group_id).select_for_update().first()
        if g is None:
            raise NotFound("题组不存在", details={"type": "QuestionGroup", "id": group_id})
        if g.retired:
            raise QuestionRetired(details={"latest_id": await _latest(QuestionGroup, g.origin_id)})
        members = await _members(g.id, lock=True)
        current = _group_content(g, members)
        merged = copy.deepcopy(current)
        merged.update({k: v for k, v in changes.items() if k != "questions"})
        if "questions" in changes:
            merged["questions"] = changes["questions"]
        idx = None
        if member is not None:
            idx = next((i for i, m in enumerate(members) if m.id == member[0]), None)
            if idx is None:  # dropped from the group by an edit that committed first
                raise NotFound("题目不存在", details={"type": "Question", "id": member[0]})
            merged["questions"][idx] = {**merged["questions"][idx], **member[1]}
        draft = group_draft(**merged)
        problems = group_problems(draft)
        if member is not None:
            # Asked about one question: name its fields as the question's own.
            prefix = f"questions.{idx}."
            problems = [Problem(p.path.removeprefix(prefix), p.message, p.key) for p in problems]
            _raise(InvalidQuestion, problems)
        _raise(InvalidGroup, problems)
        for sub in draft["questions"]:
            sub["answer"] = _stored_answer(sub["answer"])
        if draft == current:
            return GroupEditedOut(versioned=False, changed=False, previous_id=None,
                                  group=present_group(g, members)), idx
        before = {**current, "question_ids": [m.id for m in members]}
        if any(m.used for m in members):
            new_g, new_members = await insert_group(draft, previous=(g, members))
            await QuestionGroup.filter(id=g.id).update(retired=True, updated_at=utcnow())
            await Question.filter(id__in=[m.id for m in members]).update(retired=True, updated_at=utcnow())
            await _practice_follows(list(zip([m.id for m in members], [q.id for q in new_members])))
            await audit_service.record(actor=actor, action="exam.group_version", target_type="QuestionGroup",
                                       target_id=new_g.id, before={"id": g.id, "version": g.version, **before},
                                       after={"id": new_g.id, "version": new_g.version, **draft,
                                              "question_ids": [q.id for q in new_members]})
            return GroupEditedOut(versioned=True, changed=True, previous_id=g.id,
                                  group=present_group(new_g, new_members)), idx
        members = await _rewrite_in_place(actor, g, members, draft)
        await audit_service.record(actor=actor, action="exam.group_edit", target_type="QuestionGroup",
                                   target_id=g.id, before=before,
                                   after={**draft, "question_ids": [m.id for m in members]})
    return GroupEditedOut(versioned=False, changed=True, previous_id=None, group=present_group(g, members)), idx


async def _rewrite_in_place(actor: Principal, g: QuestionGroup, members: list[Question],
                            draft: dict[str, Any]) -> list[Question]:
    """An unused group: the i-th question keeps its row; added ones are created, dropped
    ones go to deleted_at (no paper can point at them)."""
    for f in GROUP_FIELDS:
        setattr(g, f, draft[f])
    await g.save()
    out = []
    for i, sub in enumerate(draft["questions"]):
        values = {**sub, "qtype": g.kind, "specialty": g.specialty, "category": g.category,
                  "difficulty": g.difficulty, "options": sub["options"] if g.kind != "B1" else None,
                  "position": i + 1}
        if i < len(members):
            q = members[i]
            for k, v in values.items():
                setattr(q, k, v)
            await q.save()
        else:
            q = await insert_question(values, group_id=g.id, position=i + 1)
        out.append(q)
    for dropped in members[len(draft["questions"]):]:
        await Question.filter(id=dropped.id).update(deleted_at=utcnow(), deleted_by_id=actor.id)
    return out


async def retire_question(*, actor: Principal, question_id: int) -> QuestionOut:
    """Take a standalone question out of future papers (papers that have it keep it)."""
    return await _set_question_retired(actor, question_id, True)


async def restore_question(*, actor: Principal, question_id: int) -> QuestionOut:
    """Put a standalone question retired by hand back into future papers. An old version
    whose edit made a newer one stays retired (papers are drawn from the newest)."""
    return await _set_question_retired(actor, question_id, False)


async def retire_group(*, actor: Principal, group_id: int) -> GroupOut:
    """Take a whole group out of future papers."""
    return await _set_group_retired(actor, group_id, True)


async def restore_group(*, actor: Principal, group_id: int) -> GroupOut:
    """Put a group retired by hand back, with all its questions."""
    return await _set_group_retired(actor, group_id, False)


async def _superseded(model, row) -> bool:
    """A retired row that a newer version replaced (as opposed to one retired by hand)."""
    return await model.filter(origin_id=row.origin_id, version__gt=row.version).exists()


@transactional
async def _set_question_retired(actor: Principal, question_id: int, retired: bool) -> QuestionOut:
    await _require(actor)
    async with in_transaction():
        q = await Question.filter(id=question_id, deleted_at__isnull=True).select_for_update().first()
        if q is None:
            raise NotFound("题目不存在", details={"type": "Question", "id": question_id})
        if q.group_id:
            raise GroupMember(("题组中的小题不能单独停用，请停用整个题组" if retired
                               else "题组中的小题不能单独恢复，请恢复整个题组"), details={"group_id": q.group_id})
        if q.retired != retired:
            if not retired and await _superseded(Question, q):
                raise QuestionSuperseded(details={"latest_id": await _latest(Question, q.origin_id)})
            q.retired = retired
            await q.save(update_fields=["retired", "updated_at"])
            await audit_service.record(actor=actor, action="exam.question_" + ("retire" if retired else "restore"),
                                       target_type="Question", target_id=q.id, before={"retired": not retired},
                                       after={"retired": retired})
    return present(q)


@transactional
async def _set_group_retired(actor: Principal, group_id: int, retired: bool) -> GroupOut:
    await _require(actor)
    async with in_transaction():
        g = await QuestionGroup.filter(id=group_id).select_for_update().first()
        if g is None:
            raise NotFound("题组不存在", details={"type": "QuestionGroup", "id": group_id})
        members = await _members(g.id, lock=True)
        if g.retired != retired:
            if not retired and await _superseded(QuestionGroup, g):
                raise QuestionSuperseded(details={"latest_id": await _latest(QuestionGroup, g.origin_id)})
            g.retired = retired
            await g.save(update_fields=["retired", "updated_at"])
            await Question.filter(id__in=[m.id for m in members]).update(retired=retired, updated_at=utcnow())
            await audit_service.record(actor=actor, action="exam.group_" + ("retire" if retired else "restore"),
                                       target_type="QuestionGroup", target_id=g.id, before={"retired": not retired},
                                       after={"retired": retired, "question_ids": [m.id for m in members]})
            members = await _members(g.id)
    return present_group(g, members)


async def mark_used(question_ids: Iterable[int]) -> int:
    """Called when a paper is drawn (inside its transaction): from now on these questions
    change only by new versions. Answers how many rows were marked."""
    ids = sorted({int(i) for i in question_ids})
    if not ids:
        return 0
    return await Question.filter(id__in=ids, used=False).update(used=True)
