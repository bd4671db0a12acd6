"""Practice on the phone (seed 000 学习: 模拟自测、题库练习、错题集、收藏夹): practice
by specialty and category, mock exams on the cycle's blueprint that count for
nothing, the wrong-answer notebook, favourites and progress statistics.

Why here and built on core.exam.service: practice reads the same live bank as
the exam, keeps case (A3/A4) and shared-option (B1) groups together in the
same way, and a mock exam is an ordinary paper of kind "mock" drawn from the
physician's blueprint by the exam's own drawing, taken through the exam's own
endpoints (start, save, answer card, submit). `counted()` in the exam service
keeps a mock out of what makes an exam count: no face verification, no
photos, no proctor case, no frozen blueprint, no score in the assessment.

Every answer given in practice or in a submitted mock is one PracticeAnswer
row; progress is counted from those rows. A wrong answer puts the question in
the notebook (again, if it had left it); `practice_clear_after` right answers
in a row take it out. The notebook is updated with single UPDATE statements
(counter + 1 in the database), so two answers sent at once cannot lose a count.

Unlike answer saves in the exam, these are the physician's own learning
records, written at the pace of a phone tapping through questions; like answer
saves they are not audit rows (the audit chain serialises its writers). Starting
and submitting a mock are audited by the exam service, as for any paper.
"""
from __future__ import annotations

import datetime as dt
import random
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F, Q, Subquery
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core.assessment import service as assessment_service
from core.assessment.models import Cycle, CycleStatus, Physician
from core.localtime import LOCAL, local_date
from core.db import utcnow, transactional
from core.errors import NotFound, ValidationFailed
from core.exam import bank
from core.exam import service as exam_service
from core.exam.errors import InvalidAnswer, MockNotSubmitted, NoPaper, QuestionNotFound, QuestionUnavailable
from core.exam.models import (
    Answer, Blueprint, ExamSession, Favourite, Paper, PracticeAnswer, Question, WrongNote,
)
from core.exam.schemas import (
    AccuracyOut, CategoryAccuracyOut, DayOut, DaysOut, FavouriteChangedOut, FavouriteOut, MockOut, MockReviewOut,
    MockStartedOut, MockSummaryOut, NoteOut, NotebookCountOut, OptionOut, PracticeCategoriesOut, PracticeCategoryOut,
    PracticeProgressOut, PracticeQuestionBaseOut, PracticeQuestionOut, PracticeQuestionsOut, PracticeResultOut,
    PracticeSpecialtyOut, PracticeSummaryOut, ReviewedItemOut, ReviewedQuestionOut, WrongNoteOut,
)
from core.principal import Principal
from core.settings import get_settings

MODES = ("sequential", "random", "wrong", "favourites")
MAX_LIMIT = 50
DAYS = (7, 30)


def _live():
    """The bank as practice sees it: current versions only (an edit of a used question
    retires the old version), nothing deleted."""
    return Question.filter(retired=False, deleted_at__isnull=True)


def _narrow(qs, specialty: str | None, category: str | None):
    if specialty:
        qs = qs.filter(specialty=specialty)
    if category:
        qs = qs.filter(category=category)
    return qs


def _rate(correct: int, answered: int) -> float:
    return round(correct / answered, 4) if answered else 0.0


def _present(q: Question, model: type[PracticeQuestionBaseOut], **more: Any) -> PracticeQuestionBaseOut:
    """A question as the phone shows it (prefetch `group`), as `model` with the `more` fields:
    a question to practise (PracticeQuestionOut) has no field for its answer, one to review
    (_reviewed) has."""
    return model(question_id=q.id, qtype=q.qtype, specialty=q.specialty, category=q.category,
                 difficulty=q.difficulty, group_id=q.group_id, group_stem=q.group.stem if q.group_id else None,
                 position=q.position, stem=q.stem,
                 options=[OptionOut(key=o["key"], text=o["text"]) for o in exam_service.options_of(q)], **more)


def _reviewed(q: Question) -> ReviewedQuestionOut:
    """A question of the notebook or the favourites: for review, so with its answer and explanation."""
    return _present(q, ReviewedQuestionOut, answer=q.answer, explanation=q.explanation, retired=q.retired)


async def _question(question_id: int) -> Question:
    """A live question, or the error that says why not."""
    q = await Question.get_or_none(id=question_id, deleted_at__isnull=True).prefetch_related("group")
    if q is None:
        raise QuestionNotFound(details={"question_id": question_id})
    if q.retired:
        raise QuestionUnavailable(details={"question_id": question_id,
                                           "latest_id": await bank._latest(Question, q.origin_id or q.id)})
    return q


# ================================================================== the bank by category

async def categories(*, actor: Principal) -> PracticeCategoriesOut:
    """Specialties and categories of the live bank with their question counts and the
    physician's progress in each (questions practised at least once, answers, accuracy);
    the physician's own specialty first."""
    doc = await assessment_service.physician_of(actor)
    totals = await _live().annotate(n=Count("id")).group_by("specialty", "category").values(
        "specialty", "category", "n")
    practised = await _live().filter(id__in=Subquery(PracticeAnswer.filter(physician_id=doc.id).values(
        "question_id"))).annotate(n=Count("id")).group_by("specialty", "category").values(
        "specialty", "category", "n")
    done = {(r["specialty"], r["category"]): int(r["n"]) for r in practised}
    answers = await _answer_counts(doc.id, "specialty", "category")
    specialties: dict[str, PracticeSpecialtyOut] = {}
    for r in sorted(totals, key=lambda r: (r["specialty"] != doc.specialty, r["specialty"], r["category"])):
        key = (r["specialty"], r["category"])
        answered, correct = answers.get(key, (0, 0))
        s = specialties.get(r["specialty"])
        if s is None:
            s = specialties[r["specialty"]] = PracticeSpecialtyOut(
                specialty=r["specialty"], mine=r["specialty"] == doc.specialty, questions=0, practised=0,
                categories=[])
        s.questions += int(r["n"])
        s.practised += done.get(key, 0)
        s.categories.append(PracticeCategoryOut(category=r["category"], questions=int(r["n"]),
                                                practised=done.get(key, 0), answered=answered, correct=correct,
                                                accuracy=_rate(correct, answered)))
    return PracticeCategoriesOut(specialty=doc.specialty, specialties=list(specialties.values()))


async def _answer_counts(physician_id: int, *by: str) -> dict[tuple, tuple[int, int]]:
    """(answers, right answers) of a physician, grouped by `by` columns of PracticeAnswer."""
    rows = await PracticeAnswer.filter(physician_id=physician_id).annotate(
        answered=Count("id"), right=Count("id", _filter=Q(correct=True))).group_by(*by).values(
        *by, "answered", "right")
    return {tuple(r[b] for b in by): (int(r["answered"]), int(r["right"] or 0)) for r in rows}


# ================================================================== questions to practise

async def next_questions(*, actor: Principal, specialty: str | None = None, category: str | None = None,
                         mode: str = "sequential", limit: int = 10) -> PracticeQuestionsOut:
    """Up to `limit` questions to practise, without their answers. A case or shared-option
    group comes whole and in order (so a group may take the answer over `limit`).

    sequential: the bank in order, least practised first (a second round starts when
    the first is done); random: any order; wrong: the open notebook, latest mistakes
    first; favourites: newest first.
    """
    doc = await assessment_service.physician_of(actor)
    if mode not in MODES:
        raise ValidationFailed(details={"errors": [{"path": "mode", "message": f"应为{'、'.join(MODES)}之一",
                                                    "type": "literal_error"}]})
    limit = max(1, min(int(limit), MAX_LIMIT))
    pool = _narrow(_live(), specialty, category)
    if mode in ("wrong", "favourites"):
        picked = await _units_of_listed(doc.id, pool, mode)
    else:
        units = exam_service._units(await pool.order_by("id").only("id", "group_id", "position"))
        if mode == "random":
            random.SystemRandom().shuffle(units)
        else:
            counts = dict(await PracticeAnswer.filter(physician_id=doc.id, question_id__in=Subquery(
                pool.values("id"))).annotate(n=Count("id")).group_by("question_id").values_list("question_id", "n"))
            units.sort(key=lambda u: (min(counts.get(q.id, 0) for q in u), min(q.id for q in u)))
        picked = [[q.id for q in u] for u in units]
    ids: list[int] = []
    for unit in picked:
        if ids and len(ids) + len(unit) > limit:
            break
        ids += unit
    questions = {q.id: q for q in await Question.filter(id__in=ids).prefetch_related("group")} if ids else {}
    favourites = set(await Favourite.filter(physician_id=doc.id, question_id__in=ids).values_list(
        "question_id", flat=True)) if ids else set()
    noted = set(await WrongNote.filter(physician_id=doc.id, question_id__in=ids, cleared_at__isnull=True)
                .values_list("question_id", flat=True)) if ids else set()
    items = [_present(questions[i], PracticeQuestionOut, favourite=i in favourites, in_notebook=i in noted)
             for i in ids]
    return PracticeQuestionsOut(mode=mode, specialty=specialty, category=category, items=items)


async def _units_of_listed(physician_id: int, pool, mode: str) -> list[list[int]]:
    """The notebook's or the favourites' questions, each with the rest of its group, in
    the list's order (the group's place is that of its first listed question)."""
    if mode == "wrong":
        listed = WrongNote.filter(physician_id=physician_id, cleared_at__isnull=True).order_by("-last_at", "-id")
    else:
        listed = Favourite.filter(physician_id=physician_id).order_by("-created_at", "-id")
    order = list(dict.fromkeys(await listed.values_list("question_id", flat=True)))
    seeds = {q.id: q for q in await pool.filter(id__in=order).only("id", "group_id", "position")} if order else {}
    groups = {q.group_id for q in seeds.values() if q.group_id}
    members = await _live().filter(group_id__in=groups).only("id", "group_id", "position") if groups else []
    every = {q.id: q for q in [*seeds.values(), *members]}
    unit_of = {q.id: tuple(m.id for m in unit) for unit in exam_service._units(list(every.values())) for q in unit}
    return [list(u) for u in dict.fromkeys(unit_of[qid] for qid in order if qid in seeds)]


# ================================================================== answering

@transactional
async def answer(*, actor: Principal, question_id: int, answer: list[str]) -> PracticeResultOut:
    """Check one practice answer: whether it is right, the right answer and the explanation;
    recorded for progress, and the notebook follows (see the module's docstring)."""
    doc = await assessment_service.physician_of(actor)
    q = await _question(question_id)
    if not answer:
        raise InvalidAnswer("请选择答案", details={"question_id": question_id})
    chosen = exam_service._check_answer(q, {"opts": [o["key"] for o in exam_service.options_of(q)]}, answer)
    correct = set(chosen) == set(q.answer)
    async with in_transaction():
        await PracticeAnswer.create(physician_id=doc.id, question_id=q.id, specialty=q.specialty,
                                    category=q.category, correct=correct, mode="practice")
        note = await _note(doc.id, q.id, correct)
    return PracticeResultOut(question_id=q.id, correct=correct, your_answer=chosen, answer=q.answer,
                             explanation=q.explanation, notebook=_present_note(note))


async def _note(physician_id: int, question_id: int, correct: bool) -> WrongNote | None:
    """Keep the notebook in step with one answer; answers the note (None: never noted)."""
    now = utcnow()
    notes = WrongNote.filter(physician_id=physician_id, question_id=question_id)
    if correct:
        await notes.filter(cleared_at__isnull=True).update(streak=F("streak") + 1, last_at=now)
        await notes.filter(cleared_at__isnull=True, streak__gte=get_settings().practice_clear_after).update(
            cleared_at=now)
    else:
        wrong = {"wrong_count": F("wrong_count") + 1, "streak": 0, "cleared_at": None, "last_at": now}
        if not await notes.update(**wrong):
            try:
                await WrongNote.create(physician_id=physician_id, question_id=question_id, wrong_count=1)
            except IntegrityError:  # the same question answered wrong twice at once
                await notes.update(**wrong)
    return await notes.first()


def _present_note(note: WrongNote | None, model: type[NoteOut] = NoteOut, **more: Any) -> NoteOut:
    """Where a question stands in the notebook, as `model` with the `more` fields."""
    clear_after = get_settings().practice_clear_after
    if note is None:
        return model(in_notebook=False, wrong_count=0, streak=0, clear_after=clear_after, cleared_at=None, **more)
    return model(in_notebook=note.cleared_at is None, wrong_count=note.wrong_count, streak=note.streak,
                 clear_after=clear_after, cleared_at=note.cleared_at, **more)


async def record_mock(*, paper: Paper, questions: dict[int, Question], saved: dict[int, Answer]) -> int:
    """A submitted mock's answers go to progress and the notebook like practice answers
    (called by the exam service inside the submit's transaction). A question left
    empty was not answered, so it counts neither way. Answers how many were recorded."""
    rows = []
    for item in paper.items:
        a = saved.get(item["q"])
        if a is None or not a.answer:
            continue
        q = questions[item["q"]]
        rows.append(PracticeAnswer(physician_id=paper.physician_id, question_id=q.id, specialty=q.specialty,
                                   category=q.category, correct=set(a.answer) == set(q.answer), mode="mock"))
    if rows:
        await PracticeAnswer.bulk_create(rows)
    for row in rows:
        await _note(paper.physician_id, row.question_id, row.correct)
    return len(rows)


# ================================================================== notebook and favourites

async def _listed(rows: list) -> list[ReviewedQuestionOut | None]:
    """Questions of notebook or favourite rows, with answer and explanation (the lists are for review)."""
    qs = {q.id: q for q in await Question.filter(id__in=[r.question_id for r in rows]).prefetch_related(
        "group")} if rows else {}
    return [_reviewed(qs[r.question_id]) if r.question_id in qs else None for r in rows]


async def wrong_notes(*, actor: Principal, include_cleared: bool = False, limit: int = 20,
                      offset: int = 0) -> tuple[int, list[WrongNoteOut]]:
    """The notebook, latest mistakes first; cleared questions only when asked for."""
    doc = await assessment_service.physician_of(actor)
    qs = WrongNote.filter(physician_id=doc.id)
    if not include_cleared:
        qs = qs.filter(cleared_at__isnull=True)
    total = await qs.count()
    rows = await qs.order_by("-last_at", "-id").offset(offset).limit(limit)
    return total, [_present_note(r, WrongNoteOut, question_id=r.question_id, added_at=r.added_at, last_at=r.last_at,
                                 question=q) for r, q in zip(rows, await _listed(rows))]


async def favourite(*, actor: Principal, question_id: int) -> FavouriteChangedOut:
    """Add to favourites; adding twice is the same as once."""
    doc = await assessment_service.physician_of(actor)
    await _question(question_id)
    try:
        _, created = await Favourite.get_or_create(physician_id=doc.id, question_id=question_id)
    except IntegrityError:  # added from two taps at once
        created = False
    return FavouriteChangedOut(question_id=question_id, favourite=True, changed=created)


async def unfavourite(*, actor: Principal, question_id: int) -> FavouriteChangedOut:
    """Remove from favourites; removing what is not there changes nothing."""
    doc = await assessment_service.physician_of(actor)
    removed = await Favourite.filter(physician_id=doc.id, question_id=question_id).delete()
    return FavouriteChangedOut(question_id=question_id, favourite=False, changed=bool(removed))


async def favourites(*, actor: Principal, limit: int = 20, offset: int = 0) -> tuple[int, list[FavouriteOut]]:
    doc = await assessment_service.physician_of(actor)
    qs = Favourite.filter(physician_id=doc.id)
    total = await qs.count()
    rows = await qs.order_by("-created_at", "-id").offset(offset).limit(limit)
    return total, [FavouriteOut(question_id=r.question_id, created_at=r.created_at, question=q)
                   for r, q in zip(rows, await _listed(rows))]


# ================================================================== progress

async def summary(*, actor: Principal) -> PracticeSummaryOut:
    """What the exam home and the practice home show of practice, in a few queries: answers
    and accuracy, the notebook, favourites, mocks taken with the best and the last score."""
    return await _summary(await assessment_service.physician_of(actor))


async def _summary(doc: Physician, model: type[PracticeSummaryOut] = PracticeSummaryOut,
                   **more: Any) -> PracticeSummaryOut:
    """The summary as `model` with the `more` fields."""
    modes = {m: (0, 0) for m in ("practice", "mock")} | {m: v for (m,), v in (await _answer_counts(
        doc.id, "mode")).items()}
    answered, correct = sum(a for a, _ in modes.values()), sum(c for _, c in modes.values())
    notes = WrongNote.filter(physician_id=doc.id)
    return model(
        answered=answered, correct=correct, accuracy=_rate(correct, answered),
        by_mode={m: AccuracyOut(answered=a, correct=c, accuracy=_rate(c, a)) for m, (a, c) in modes.items()},
        notebook=NotebookCountOut(open=await notes.filter(cleared_at__isnull=True).count(),
                                  cleared=await notes.filter(cleared_at__isnull=False).count(),
                                  clear_after=get_settings().practice_clear_after),
        favourites=await Favourite.filter(physician_id=doc.id).count(),
        mocks=await _mock_summary(doc.id), **more)


async def progress(*, actor: Principal) -> PracticeProgressOut:
    """The summary, with answers and accuracy by category and answers per day over the last
    7 and 30 days (China time, today included, days without answers as zeros)."""
    doc = await assessment_service.physician_of(actor)
    cats = await _answer_counts(doc.id, "specialty", "category")
    today = local_date(utcnow())
    first = today - dt.timedelta(days=max(DAYS) - 1)
    since = dt.datetime.combine(first, dt.time(), tzinfo=LOCAL)
    per_day: dict[dt.date, list[int]] = {}
    for at, right in await PracticeAnswer.filter(physician_id=doc.id, at__gte=since).values_list("at", "correct"):
        acc = per_day.setdefault(local_date(at), [0, 0])
        acc[0] += 1
        acc[1] += bool(right)
    days = {}
    for n in DAYS:
        rows = [DayOut(day=(d := today - dt.timedelta(days=i)), answered=per_day.get(d, [0, 0])[0],
                       correct=per_day.get(d, [0, 0])[1]) for i in range(n - 1, -1, -1)]
        days[f"last_{n}_days"] = DaysOut(answered=sum(r.answered for r in rows),
                                         correct=sum(r.correct for r in rows), days=rows)
    return await _summary(
        doc, PracticeProgressOut,
        categories=[CategoryAccuracyOut(specialty=s, category=c, answered=a, correct=r, accuracy=_rate(r, a))
                    for (s, c), (a, r) in sorted(cats.items())],
        **days)


async def _mock_summary(physician_id: int) -> MockSummaryOut:
    done = await ExamSession.filter(paper__physician_id=physician_id, paper__kind="mock",
                                    submitted_at__isnull=False).order_by("-submitted_at", "-id").values(
        "score", "submitted_at", "paper_id")
    scores = [r["score"] for r in done if r["score"] is not None]
    return MockSummaryOut(taken=len(done), best_score=max(scores) if scores else None,
                          last_score=done[0]["score"] if done else None,
                          last_submitted_at=done[0]["submitted_at"] if done else None,
                          last_paper_id=done[0]["paper_id"] if done else None)


# ================================================================== mock exams

async def _mock_cycle(cycle_id: int | None) -> Cycle:
    if cycle_id is None:
        return await assessment_service.current_cycle()
    cycle = await Cycle.get_or_none(id=cycle_id)
    # A cycle still in preparation is not shown to physicians.
    if cycle is None or cycle.status == CycleStatus.DRAFT:
        raise NotFound("考核周期不存在", details={"type": "Cycle", "id": cycle_id})
    return cycle


@transactional
async def start_mock(*, actor: Principal, device_id: str, cycle_id: int | None = None) -> MockStartedOut:
    """Start a mock exam drawn afresh from the physician's blueprint of the cycle (the open one
    by default), and answer the exam page of it. An unfinished mock is resumed instead of
    drawing another; one past its deadline is submitted first. It counts for nothing and
    needs no face verification; it is answered and submitted through the exam endpoints."""
    doc = await assessment_service.physician_of(actor)
    async with in_transaction():
        # One mock drawn at a time per physician, even from two taps at once.
        await Physician.filter(id=doc.id).select_for_update().first()
        paper = await Paper.filter(physician_id=doc.id, kind="mock", state__in=("ready", "in_progress")).order_by(
            "-id").first()
        if paper is not None:
            session = await ExamSession.get_or_none(paper_id=paper.id)
            if session is not None and utcnow() > session.deadline + exam_service.GRACE:
                await exam_service._finish(session.id, by="deadline", actor=actor)
                paper = None
        resumed = paper is not None
        if paper is None:
            cycle = await _mock_cycle(cycle_id)
            bp = await exam_service.blueprint_for(cycle_id=cycle.id, physician=doc)
            paper = await exam_service.new_paper(bp=bp, physician_id=doc.id, kind="mock")
    page = await exam_service.start(actor=actor, paper_id=paper.id, device_id=device_id)
    return MockStartedOut(**dict(page), resumed=resumed)


async def mocks(*, actor: Principal, limit: int = 20, offset: int = 0) -> tuple[int, list[MockOut]]:
    """The physician's mock exams, newest first, with their scores."""
    doc = await assessment_service.physician_of(actor)
    qs = Paper.filter(physician_id=doc.id, kind="mock")
    total = await qs.count()
    papers = await qs.order_by("-id").offset(offset).limit(limit).prefetch_related("blueprint")
    sessions = {s.paper_id: s for s in await ExamSession.filter(paper_id__in=[p.id for p in papers])} \
        if papers else {}
    out = []
    for p in papers:
        s = sessions.get(p.id)
        out.append(MockOut(paper_id=p.id, session_id=s.id if s else None, name=p.blueprint.name,
                           cycle_id=p.blueprint.cycle_id, state=p.state, questions=len(p.items),
                           time_limit_minutes=p.blueprint.time_limit_minutes, pass_mark=p.blueprint.pass_mark,
                           started_at=s.started_at if s else None, deadline=s.deadline if s else None,
                           submitted_at=s.submitted_at if s else None, score=s.score if s else None,
                           passed=s.passed if s else None))
    return total, out


async def mock_review(*, actor: Principal, paper_id: int) -> MockReviewOut:
    """A submitted mock question by question: the answer given, the right one, the points
    and the explanation (a counted exam never shows these on the phone)."""
    doc = await assessment_service.physician_of(actor)
    paper = await Paper.get_or_none(id=paper_id, physician_id=doc.id, kind="mock")
    if paper is None:
        raise NoPaper("模拟考试不存在", details={"paper_id": paper_id})
    session = await ExamSession.get_or_none(paper_id=paper.id)
    if session is None or session.submitted_at is None:
        raise MockNotSubmitted(details={"paper_id": paper_id})
    page = await exam_service.view(actor=actor, session_id=session.id)
    bp = await Blueprint.get(id=paper.blueprint_id)
    questions = {q.id: q for q in await Question.filter(id__in=[i.question_id for i in page.items])}
    points = dict(await Answer.filter(session_id=session.id).values_list("question_id", "points"))
    items = []
    for item in page.items:
        q = questions[item.question_id]
        items.append(ReviewedItemOut(**dict(item), correct_answer=q.answer, explanation=q.explanation,
                                     correct=set(item.answer) == set(q.answer), points_scored=points.get(q.id) or 0.0))
    return MockReviewOut(**{**dict(page), "items": items}, name=bp.name, pass_mark=bp.pass_mark,
                         passed=session.passed, submitted_at=session.submitted_at)
