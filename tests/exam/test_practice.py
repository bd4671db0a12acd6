"""Practice on the phone: categories with progress, questions to practise (groups whole and
in order, no answers), answers checked and the wrong-answer notebook, favourites, progress
figures, and mock exams that count for nothing and need no face verification.
The services first, then the same over HTTP as the mini-program calls them."""
import datetime as dt

import pytest

from core.assessment.errors import CycleNotOpen, NotBound
from core.assessment.models import Enrolment
from core.db import utcnow
from core.errors import NotFound, ValidationFailed
from core.exam import bank
from core.exam import practice
from core.exam import service as exam_service
from core.exam.errors import (
    BlueprintMissing, InvalidAnswer, MockNotSubmitted, NoPaper, NotVerified, QuestionNotFound, QuestionUnavailable,
)
from core.exam.models import (
    Answer, Blueprint, ExamSession, Favourite, Paper, PracticeAnswer, Question, WrongNote,
)
from core.exam.schemas import AccuracyOut, DayOut, MockSummaryOut, NotebookCountOut, OptionOut
from core.proctoring.models import ProctorCase
from core.settings import get_settings
from tests import factories
from tests.exam.test_service import _taker

MP = "/api/mp/v1/practice"
OPTS = factories.exam_bank_options()


async def _world():
    """A bank: 内科/基础 6 A1 (answer B) + 3 X (answer A, C); 内科/病例 an A3 case group of
    three and a B1 group of two; 外科/基础 two A1; one retired and one deleted 内科/基础
    question that practice never sees. Returns (me, province actor, bank dict)."""
    t = await factories.tree()
    province = await factories.actor(t.province)
    basics = await factories.exam_bank()
    case = await bank.create_group(
        actor=province, kind="A3", stem="男，65岁，胸痛2小时。", specialty="内科", category="病例",
        questions=[{"stem": f"第{i}问", "options": OPTS, "answer": ["A"], "explanation": f"解析{i}"}
                   for i in range(1, 4)])
    b1 = await bank.create_group(
        actor=province, kind="B1", shared_options=OPTS, specialty="内科", category="病例",
        questions=[{"stem": "B1第一问", "answer": ["C"]}, {"stem": "B1第二问", "answer": ["D"]}])
    surgery = await factories.exam_bank(specialty="外科", singles=2, multis=0)
    retired = await Question.create(qtype="A1", stem="旧版本", options=OPTS, answer=["A"], specialty="内科",
                                    category="基础", retired=True)
    await Question.create(qtype="A1", stem="已删除", options=OPTS, answer=["A"], specialty="内科",
                          category="基础", deleted_at=utcnow())
    doc = await factories.physician(t.hospital_a1, specialty="内科")
    me = await factories.mp_physician(doc)
    return me, province, {
        "singles": [q.id for q in basics[:6]], "multis": [q.id for q in basics[6:]],
        "case": [q.id for q in case.questions], "b1": [q.id for q in b1.questions],
        "surgery": [q.id for q in surgery], "retired": retired.id, "doc": doc,
    }


def _groups_whole_and_in_order(items: list[dict]) -> None:
    """Every group's questions are side by side and in their order."""
    seen: list[int | None] = []
    for item in items:
        if item.group_id is not None and seen and seen[-1] != item.group_id:
            assert item.group_id not in seen, "a group came back in pieces"
        seen.append(item.group_id)
    for gid in {i.group_id for i in items if i.group_id}:
        positions = [i.position for i in items if i.group_id == gid]
        assert positions == sorted(positions) == list(range(1, len(positions) + 1))


# ------------------------------------------------------------------ categories and questions

async def test_categories_count_the_live_bank_with_the_physicians_progress():
    me, _, b = await _world()
    out = await practice.categories(actor=me)
    assert out.specialty == "内科"
    assert [(s.specialty, s.mine, s.questions) for s in out.specialties] == [
        ("内科", True, 14), ("外科", False, 2)]  # retired and deleted questions are not counted
    basics = out.specialties[0].categories
    assert [(c.category, c.questions, c.practised, c.answered) for c in basics] == [
        ("基础", 9, 0, 0), ("病例", 5, 0, 0)]

    s1, s2 = b["singles"][:2]
    await practice.answer(actor=me, question_id=s1, answer=["A"])  # wrong
    await practice.answer(actor=me, question_id=s1, answer=["B"])
    await practice.answer(actor=me, question_id=s2, answer=["B"])
    await practice.answer(actor=me, question_id=b["case"][0], answer=["A"])
    out = await practice.categories(actor=me)
    basics = {c.category: c for c in out.specialties[0].categories}
    assert basics["基础"].model_dump() == {"category": "基础", "questions": 9, "practised": 2, "answered": 3, "correct": 2,
                            "accuracy": 0.6667}
    assert basics["病例"].model_dump() == {"category": "病例", "questions": 5, "practised": 1, "answered": 1, "correct": 1,
                            "accuracy": 1.0}
    assert out.specialties[0].practised == 3


async def test_next_questions_keep_groups_whole_in_order_and_hide_answers():
    me, _, b = await _world()
    # Limit 4: the case group (3) fits, the B1 group (2) would go over, so it waits.
    out = await practice.next_questions(actor=me, category="病例", limit=4)
    assert [i.question_id for i in out.items] == b["case"]
    assert out.items[0].group_stem == "男，65岁，胸痛2小时。"
    for item in out.items:
        assert "answer" not in item and "explanation" not in item
        assert item.favourite is False and item.in_notebook is False
    # A group bigger than the limit still comes whole.
    out = await practice.next_questions(actor=me, category="病例", limit=1)
    assert [i.question_id for i in out.items] == b["case"]
    # Sequential: what was practised least comes first, so the B1 group is next.
    for qid in b["case"]:
        await practice.answer(actor=me, question_id=qid, answer=["A"])
    out = await practice.next_questions(actor=me, category="病例", limit=10)
    assert [i.question_id for i in out.items] == b["b1"] + b["case"]
    assert [o.key for o in out.items[0].options] == list("ABCDE")  # the group's shared options
    assert out.items[0].options[2] == OptionOut(key="C", text="选项丙")
    # Random: any order of units, never a group in pieces.
    for _ in range(5):
        out = await practice.next_questions(actor=me, specialty="内科", mode="random", limit=50)
        assert sorted(i.question_id for i in out.items) == sorted(
            b["singles"] + b["multis"] + b["case"] + b["b1"])
        _groups_whole_and_in_order(out.items)
    # Specialty narrows; retired and deleted questions never come.
    out = await practice.next_questions(actor=me, specialty="外科", limit=50)
    assert [i.question_id for i in out.items] == b["surgery"]
    with pytest.raises(ValidationFailed):
        await practice.next_questions(actor=me, mode="everything")


# ------------------------------------------------------------------ answers and the notebook

async def test_an_answer_is_checked_recorded_and_a_wrong_one_goes_to_the_notebook():
    me, _, b = await _world()
    q = b["multis"][0]
    r = await practice.answer(actor=me, question_id=q, answer=["A"])
    assert (r.correct, r.your_answer, r.answer) == (False, ["A"], ["A", "C"])
    assert r.notebook.model_dump() == {"in_notebook": True, "wrong_count": 1, "streak": 0, "clear_after": 3,
                                       "cleared_at": None}
    row = await PracticeAnswer.get(question_id=q)
    assert (row.correct, row.mode, row.specialty, row.category) == (False, "practice", "内科", "基础")
    note = await WrongNote.get(question_id=q)
    assert (note.wrong_count, note.streak, note.cleared_at) == (1, 0, None)
    # Keys in any order and repeated are the same answer.
    r = await practice.answer(actor=me, question_id=q, answer=["C", "A", "C"])
    assert r.correct and r.your_answer == ["A", "C"] and r.notebook.streak == 1
    # A right answer to a question never noted leaves the notebook alone.
    r = await practice.answer(actor=me, question_id=b["singles"][0], answer=["B"])
    assert r.notebook.in_notebook is False and await WrongNote.all().count() == 1
    assert await PracticeAnswer.all().count() == 3


async def test_notebook_entries_and_favourites_follow_their_question_to_its_new_version():
    me, province, b = await _world()
    single, sub = b["singles"][0], b["b1"][1]
    await practice.answer(actor=me, question_id=single, answer=["A"])  # wrong: noted
    await practice.answer(actor=me, question_id=single, answer=["B"])  # then right once
    await practice.answer(actor=me, question_id=sub, answer=["A"])  # wrong: noted
    await practice.favourite(actor=me, question_id=single)
    await Question.filter(id__in=[single, sub]).update(used=True)  # in a paper: edits make new versions
    edited = await bank.edit_question(actor=province, question_id=single, changes={"stem": "第二版题干"})
    group = await bank.edit_question(actor=province, question_id=sub, changes={"stem": "B1第二问（修订）"})
    new_single, new_sub = edited.question.id, group.question.id
    assert edited.versioned and group.versioned and {new_single, new_sub}.isdisjoint({single, sub})

    total, notes = await practice.wrong_notes(actor=me)
    assert total == 2 and {n.question_id for n in notes} == {new_single, new_sub}
    by = {n.question_id: n for n in notes}
    assert by[new_single].question.stem == "第二版题干" and by[new_single].wrong_count == 1
    assert by[new_single].streak == 1  # the history of the entry came along
    assert by[new_sub].question.stem == "B1第二问（修订）"
    assert [f.question_id for f in (await practice.favourites(actor=me))[1]] == [new_single]
    # Practising the new version continues the same entry.
    r = await practice.answer(actor=me, question_id=new_single, answer=["B"])
    assert r.notebook.streak == 2 and await WrongNote.filter(question_id=single).count() == 0


async def test_the_notebook_clears_after_n_right_in_a_row_and_a_wrong_one_resets_the_run():
    me, _, b = await _world()
    q = b["singles"][0]
    await practice.answer(actor=me, question_id=q, answer=["A"])
    for _ in range(2):
        await practice.answer(actor=me, question_id=q, answer=["B"])
    r = await practice.answer(actor=me, question_id=q, answer=["C"])  # wrong again: the run starts over
    assert r.notebook.model_dump() == {"in_notebook": True, "wrong_count": 2, "streak": 0, "clear_after": 3,
                                       "cleared_at": None}
    for n in (1, 2):
        r = await practice.answer(actor=me, question_id=q, answer=["B"])
        assert r.notebook.streak == n and r.notebook.in_notebook
    r = await practice.answer(actor=me, question_id=q, answer=["B"])
    assert r.notebook.in_notebook is False and r.notebook.cleared_at is not None
    note = await WrongNote.get(question_id=q)
    assert (note.wrong_count, note.streak) == (2, 3) and note.cleared_at is not None
    assert await practice.wrong_notes(actor=me) == (0, [])
    total, items = await practice.wrong_notes(actor=me, include_cleared=True)
    assert total == 1 and items[0].question.answer == ["B"] and not items[0].in_notebook
    # Right again after clearing changes nothing; wrong again brings it back.
    await practice.answer(actor=me, question_id=q, answer=["B"])
    assert (await WrongNote.get(question_id=q)).streak == 3
    await practice.answer(actor=me, question_id=q, answer=["D"])
    note = await WrongNote.get(question_id=q)
    assert (note.wrong_count, note.streak, note.cleared_at) == (3, 0, None)
    total, items = await practice.wrong_notes(actor=me)
    assert total == 1 and items[0].question_id == q and items[0].wrong_count == 3


async def test_clear_after_is_a_setting(monkeypatch):
    me, _, b = await _world()
    monkeypatch.setattr(get_settings(), "practice_clear_after", 1)
    q = b["singles"][1]
    await practice.answer(actor=me, question_id=q, answer=["A"])
    r = await practice.answer(actor=me, question_id=q, answer=["B"])
    assert r.notebook.in_notebook is False and r.notebook.clear_after == 1


async def test_wrong_mode_brings_noted_questions_with_their_whole_group():
    me, _, b = await _world()
    await practice.answer(actor=me, question_id=b["singles"][2], answer=["A"])
    await practice.answer(actor=me, question_id=b["case"][1], answer=["B"])  # the middle question of the case
    out = await practice.next_questions(actor=me, mode="wrong")
    # Latest mistake first; the case comes whole, only its second question is in the notebook.
    assert [i.question_id for i in out.items] == b["case"] + [b["singles"][2]]
    assert [i.in_notebook for i in out.items] == [False, True, False, True]
    out = await practice.next_questions(actor=me, mode="wrong", category="基础")
    assert [i.question_id for i in out.items] == [b["singles"][2]]


# ------------------------------------------------------------------ favourites

async def test_favourites_are_idempotent():
    me, _, b = await _world()
    q = b["b1"][1]
    assert (await practice.favourite(actor=me, question_id=q)).changed is True
    assert (await practice.favourite(actor=me, question_id=q)).changed is False
    assert await Favourite.filter(question_id=q).count() == 1
    await practice.favourite(actor=me, question_id=b["singles"][0])
    total, items = await practice.favourites(actor=me)
    assert total == 2 and {i.question_id for i in items} == {q, b["singles"][0]}
    listed = next(i for i in items if i.question_id == q).question
    assert listed.answer == ["D"] and listed.group_id is not None  # the lists are for review
    out = await practice.next_questions(actor=me, mode="favourites")
    assert set(b["b1"]) <= {i.question_id for i in out.items}
    assert [i.favourite for i in out.items if i.question_id in b["b1"]] == [False, True]
    assert (await practice.unfavourite(actor=me, question_id=q)).changed is True
    assert (await practice.unfavourite(actor=me, question_id=q)).changed is False
    assert not await Favourite.filter(question_id=q).exists()
    assert (await practice.favourites(actor=me))[0] == 1


# ------------------------------------------------------------------ progress

async def test_progress_figures_are_exact():
    me, _, b = await _world()
    s = b["singles"]
    # Today: 3 answers, 2 right (s0 wrong then right; s1 right).
    await practice.answer(actor=me, question_id=s[0], answer=["A"])
    await practice.answer(actor=me, question_id=s[0], answer=["B"])
    await practice.answer(actor=me, question_id=s[1], answer=["B"])
    # Three days ago: 2 answers in 病例, 1 right. Ten days ago: 1 wrong. Forty days ago: 1 right.
    for qid, ans, days in ((b["case"][0], ["A"], 3), (b["case"][1], ["E"], 3), (s[2], ["A"], 10),
                           (s[3], ["B"], 40)):
        await practice.answer(actor=me, question_id=qid, answer=ans)
        row = await PracticeAnswer.filter(question_id=qid).order_by("-id").first()
        await PracticeAnswer.filter(id=row.id).update(at=utcnow() - dt.timedelta(days=days))
    await practice.favourite(actor=me, question_id=s[4])
    # s0 leaves the notebook: after its wrong answer, 1 right today and these 2 more make 3 in a row.
    for _ in range(2):
        await practice.answer(actor=me, question_id=s[0], answer=["B"])  # today: +2 answers, both right
    p = await practice.progress(actor=me)
    assert (p.answered, p.correct, p.accuracy) == (9, 6, 0.6667)
    assert p.model_dump()["by_mode"] == {"practice": {"answered": 9, "correct": 6, "accuracy": 0.6667},
                                         "mock": {"answered": 0, "correct": 0, "accuracy": 0.0}}
    assert p.model_dump()["categories"] == [
        {"specialty": "内科", "category": "基础", "answered": 7, "correct": 5, "accuracy": 0.7143},
        {"specialty": "内科", "category": "病例", "answered": 2, "correct": 1, "accuracy": 0.5},
    ]
    week, month = p.last_7_days, p.last_30_days
    assert len(week.days) == 7 and len(month.days) == 30
    assert (week.answered, week.correct) == (7, 5)  # today 5 (4 right) + three days ago 2 (1 right)
    assert (month.answered, month.correct) == (8, 5)  # and the wrong one ten days ago
    today = (utcnow() + dt.timedelta(hours=8)).date()
    assert week.days[-1] == DayOut(day=today, answered=5, correct=4)
    assert week.days[-4] == DayOut(day=today - dt.timedelta(days=3), answered=2, correct=1)
    assert month.days[-11] == DayOut(day=today - dt.timedelta(days=10), answered=1, correct=0)
    assert sum(d.answered for d in month.days) == 8 and month.days == month.days[:23] + week.days
    # Notebook: s0 cleared (wrong, then right 3 times), case[1] and s2 open.
    assert p.notebook == NotebookCountOut(open=2, cleared=1, clear_after=3)
    assert p.favourites == 1
    assert p.mocks == MockSummaryOut(taken=0, best_score=None, last_score=None, last_submitted_at=None,
                                     last_paper_id=None)


# ------------------------------------------------------------------ mock exams

async def test_mock_exam_needs_no_verification_and_counts_for_nothing():
    me, paper, province, e = await _taker()
    before = await Enrolment.get(id=e.id)
    view = await practice.start_mock(actor=me, device_id="phone-mock-1")
    mock = await Paper.get(id=view.paper_id)
    assert (view.kind, view.resumed, mock.kind, mock.enrolment_id) == ("mock", False, "mock", None)
    assert mock.id != paper.id and len(view.items) == 6 and view.capture_schedule == []
    assert view.verified is False and not await ProctorCase.filter(session_id=view.session_id).exists()
    sid = view.session_id
    # Answered without a face check; four A1 right, both X wrong: 4 of 8 points.
    for item in view.items:
        right = item.qtype == "A1"
        await exam_service.save_answer(actor=me, session_id=sid, question_id=item.question_id,
                                       answer=["B"] if right else ["A"], seq=1, device_id="phone-mock-1")
    # The real exam still wants the face check.
    real = await exam_service.start(actor=me, paper_id=paper.id, device_id="phone-real-1")
    with pytest.raises(NotVerified):
        await exam_service.save_answer(actor=me, session_id=real.session_id, question_id=paper.items[0]["q"],
                                       answer=["B"], seq=1, device_id="phone-real-1")
    assert not await Answer.filter(session_id=real.session_id).exists()

    with pytest.raises(MockNotSubmitted):
        await practice.mock_review(actor=me, paper_id=mock.id)
    # Starting again before submitting resumes the same mock.
    again = await practice.start_mock(actor=me, device_id="phone-mock-1")
    assert again.resumed is True and again.paper_id == mock.id
    result = await exam_service.submit(actor=me, session_id=sid)
    assert result.score == 50.0 and result.passed is False

    after = await Enrolment.get(id=e.id)
    for f in ("exam_score", "makeup_score", "result", "makeup", "state"):
        assert getattr(after, f) == getattr(before, f), f
    assert after.exam_score is None and after.result is None
    # Its answers go to progress and the notebook, as mock answers.
    rows = await PracticeAnswer.filter(mode="mock").order_by("id")
    assert len(rows) == 6 and sum(r.correct for r in rows) == 4
    assert set(await WrongNote.all().values_list("question_id", flat=True)) == {
        i.question_id for i in view.items if i.qtype == "X"}
    review = await practice.mock_review(actor=me, paper_id=mock.id)
    x = next(i for i in review.items if i.qtype == "X")
    assert (x.answer, x.correct_answer, x.correct, x.points_scored) == (["A"], ["A", "C"], False, 0.0)
    assert review.score == 50.0

    # Another mock: a new paper; the list and the progress show both.
    second = await practice.start_mock(actor=me, device_id="phone-mock-1")
    assert second.resumed is False and second.paper_id != mock.id
    for item in second.items:
        answer = ["B"] if item.qtype == "A1" else ["A", "C"]
        await exam_service.save_answer(actor=me, session_id=second.session_id, question_id=item.question_id,
                                       answer=answer, seq=1, device_id="phone-mock-1")
    assert (await exam_service.submit(actor=me, session_id=second.session_id)).score == 100.0
    total, listed = await practice.mocks(actor=me)
    assert total == 2 and [m.score for m in listed] == [100.0, 50.0]
    p = await practice.progress(actor=me)
    assert p.mocks.taken == 2 and p.mocks.best_score == 100.0 and p.mocks.last_score == 100.0
    assert p.by_mode["mock"] == AccuracyOut(answered=12, correct=10, accuracy=0.8333)
    # Neither mock is among the assessment's papers, and the enrolment still has no score.
    assert [x.paper_id for x in await exam_service.my_papers(actor=me)] == [paper.id]
    assert (await Enrolment.get(id=e.id)).exam_score is None


async def test_a_mock_before_any_exam_leaves_the_blueprint_editable_and_an_overdue_one_is_submitted():
    t = await factories.tree()
    province = await factories.actor(t.province)
    cycle = await factories.open_cycle(province)
    await factories.exam_bank()
    bp = await factories.exam_blueprint(province, cycle)
    me = await factories.mp_physician(await factories.physician(t.hospital_a1))
    view = await practice.start_mock(actor=me, device_id="phone-mock-1")
    assert not (await Blueprint.get(id=bp.id)).frozen
    await factories.exam_blueprint(province, cycle, minutes=45)  # still editable
    await ExamSession.filter(id=view.session_id).update(deadline=utcnow() - dt.timedelta(minutes=5))
    fresh = await practice.start_mock(actor=me, device_id="phone-mock-1")
    assert fresh.resumed is False and fresh.paper_id != view.paper_id
    old = await ExamSession.get(id=view.session_id)
    assert old.submitted_by == "deadline" and old.score == 0.0
    assert (await ExamSession.get(id=fresh.session_id)).deadline - utcnow() > dt.timedelta(minutes=44)


async def test_a_mock_needs_a_blueprint_and_an_open_cycle():
    t = await factories.tree()
    province = await factories.actor(t.province)
    me = await factories.mp_physician(await factories.physician(t.hospital_a1, specialty="儿科"))
    with pytest.raises(CycleNotOpen):
        await practice.start_mock(actor=me, device_id="phone-mock-1")
    cycle = await factories.open_cycle(province)
    await factories.exam_bank()
    await factories.exam_blueprint(province, cycle)  # 内科 only
    with pytest.raises(BlueprintMissing) as exc:
        await practice.start_mock(actor=me, device_id="phone-mock-1")
    assert exc.value.details == {"specialty": "儿科"}
    with pytest.raises(NotFound):
        await practice.start_mock(actor=me, device_id="phone-mock-1", cycle_id=cycle.id + 99)
    assert not await Paper.exists()


# ------------------------------------------------------------------ bad input

async def test_bad_input_is_refused_and_writes_nothing():
    me, province, b = await _world()
    with pytest.raises(QuestionNotFound):
        await practice.answer(actor=me, question_id=999999, answer=["A"])
    with pytest.raises(QuestionUnavailable) as exc:
        await practice.answer(actor=me, question_id=b["retired"], answer=["A"])
    assert exc.value.details["question_id"] == b["retired"]
    with pytest.raises(InvalidAnswer) as exc:
        await practice.answer(actor=me, question_id=b["singles"][0], answer=["Z"])
    assert exc.value.details["allowed"] == list("ABCDE")
    with pytest.raises(InvalidAnswer):
        await practice.answer(actor=me, question_id=b["singles"][0], answer=["A", "B"])  # single choice
    with pytest.raises(InvalidAnswer):
        await practice.answer(actor=me, question_id=b["singles"][0], answer=[])
    with pytest.raises(InvalidAnswer):  # B1 answers from the group's shared keys only
        await practice.answer(actor=me, question_id=b["b1"][0], answer=["F"])
    with pytest.raises(QuestionNotFound):
        await practice.favourite(actor=me, question_id=999999)
    with pytest.raises(QuestionUnavailable):
        await practice.favourite(actor=me, question_id=b["retired"])
    # A new version retires the old one: practice points at the latest.
    edited = await bank.edit_question(actor=province, question_id=b["singles"][5], changes={"stem": "改过的题干"})
    assert edited.versioned is False  # never used in a paper: edited in place, still practisable
    await Question.filter(id=b["singles"][5]).update(used=True)
    edited = await bank.edit_question(actor=province, question_id=b["singles"][5], changes={"stem": "第二版"})
    with pytest.raises(QuestionUnavailable) as exc:
        await practice.answer(actor=me, question_id=b["singles"][5], answer=["B"])
    assert exc.value.details["latest_id"] == edited.question.id
    assert not await PracticeAnswer.exists() and not await WrongNote.exists() and not await Favourite.exists()


async def test_an_unbound_account_and_another_physicians_mock_are_refused():
    me, paper, _, e = await _taker()
    view = await practice.start_mock(actor=me, device_id="phone-mock-1")
    institution = await e.institution
    other = await factories.mp_physician(await factories.physician(institution, name="他人"))
    with pytest.raises(NoPaper):
        await practice.mock_review(actor=other, paper_id=view.paper_id)
    with pytest.raises(NotFound):
        await exam_service.save_answer(actor=other, session_id=view.session_id,
                                       question_id=view.items[0].question_id, answer=["B"], seq=1,
                                       device_id="phone-mock-1")
    with pytest.raises(NotFound):
        await exam_service.submit(actor=other, session_id=view.session_id)
    assert not await Answer.exists() and (await ExamSession.get(id=view.session_id)).submitted_at is None
    from core.accounts.models import MpAccount
    from core.principal import Principal

    acct = await MpAccount.create(openid="o-unbound")
    with pytest.raises(NotBound):
        await practice.progress(actor=Principal(kind="mp", id=acct.id, name="mp:unbound"))


# ------------------------------------------------------------------ over HTTP

QUESTION_KEYS = {"question_id", "qtype", "specialty", "category", "difficulty", "group_id", "group_stem", "position",
                 "stem", "options", "favourite", "in_notebook"}


async def test_practice_over_http(client):
    me, _, b = await _world()
    h = {"Authorization": "Bearer " + factories.mp_token(me)}
    assert (await client.get(f"{MP}/categories")).status_code == 401
    r = await client.get(f"{MP}/categories", headers=h)
    assert [s["specialty"] for s in r.json()["specialties"]] == ["内科", "外科"]

    r = await client.get(f"{MP}/questions", params={"category": "病例", "limit": 5}, headers=h)
    items = r.json()["items"]
    assert [i["question_id"] for i in items] == b["case"] + b["b1"]
    assert all(set(i) == QUESTION_KEYS for i in items)  # never the answer or the explanation
    for params, path in (({"mode": "all"}, "mode"), ({"limit": 0}, "limit"), ({"limit": 51}, "limit"),
                         ({"x": 1}, "x")):
        r = await client.get(f"{MP}/questions", params=params, headers=h)
        assert (r.status_code, r.json()["details"]["errors"][0]["path"]) == (422, path), params

    q = b["singles"][0]
    r = await client.post(f"{MP}/questions/{q}/answer", json={"answer": ["A"]}, headers=h)
    assert r.status_code == 200 and r.json() == {
        "question_id": q, "correct": False, "your_answer": ["A"], "answer": ["B"], "explanation": "",
        "notebook": {"in_notebook": True, "wrong_count": 1, "streak": 0, "clear_after": 3, "cleared_at": None}}
    bad = [(q, {"answer": []}, 422, "request.validation_failed"),
           (q, {"answer": ["B"], "x": 1}, 422, "request.validation_failed"),
           (q, {"answer": ["Z"]}, 422, "exam.invalid_answer"),
           (q, {"answer": ["A", "B"]}, 422, "exam.invalid_answer"),
           (999999, {"answer": ["A"]}, 404, "exam.question_not_found"),
           (b["retired"], {"answer": ["A"]}, 409, "exam.question_unavailable")]
    for qid, body, status, code in bad:
        r = await client.post(f"{MP}/questions/{qid}/answer", json=body, headers=h)
        assert (r.status_code, r.json()["code"]) == (status, code), body
        assert r.json()["message"]  # a sentence a person can read
    r = await client.post(f"{MP}/questions/{q}/answer", content=b"{not json", headers=h)
    assert (r.status_code, r.json()["code"]) == (400, "request.malformed")
    assert await PracticeAnswer.all().count() == 1 and await WrongNote.all().count() == 1

    r = await client.get(f"{MP}/wrong-notes", headers=h)
    assert r.json()["total"] == 1 and r.json()["items"][0]["question"]["answer"] == ["B"]
    r = await client.get(f"{MP}/wrong-notes", params={"include_cleared": "yes-please"}, headers=h)
    assert r.status_code == 422

    fav = f"{MP}/favourites/{b['case'][2]}"
    assert (await client.put(fav, headers=h)).json() == {"question_id": b["case"][2], "favourite": True,
                                                         "changed": True}
    assert (await client.put(fav, headers=h)).json()["changed"] is False
    assert (await client.put(f"{MP}/favourites/999999", headers=h)).status_code == 404
    r = await client.get(f"{MP}/favourites", params={"page_size": 1}, headers=h)
    assert (r.json()["total"], r.json()["page_size"], len(r.json()["items"])) == (1, 1, 1)
    home = (await client.get("/api/bff/v1/practice/home", headers=h)).json()
    assert home["specialty"] == "内科" and home["summary"]["notebook"]["open"] == 1
    assert home["summary"]["favourites"] == 1 and home["latest_mock"] is None
    assert home["specialties"][0]["categories"][0]["answered"] == 1
    assert (await client.delete(fav, headers=h)).json()["changed"] is True
    assert (await client.delete(fav, headers=h)).json()["changed"] is False
    assert not await Favourite.exists()

    p = (await client.get(f"{MP}/progress", headers=h)).json()
    assert (p["answered"], p["correct"], p["notebook"]["open"], p["favourites"]) == (1, 0, 1, 0)
    assert p["last_7_days"]["days"][-1]["answered"] == 1


async def test_mock_exam_over_http(client):
    me, paper, _, e = await _taker()
    h = {"Authorization": "Bearer " + factories.mp_token(me)}
    r = await client.post(f"{MP}/mocks", json={"device_id": "x"}, headers=h)
    assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "device_id"
    r = await client.post(f"{MP}/mocks", json={"device_id": "phone-mock-9"}, headers=h)
    assert r.status_code == 200 and r.json()["kind"] == "mock" and r.json()["verified"] is False
    sid, pid, items = r.json()["session_id"], r.json()["paper_id"], r.json()["items"]
    for item in items:  # answered through the exam's own endpoint, with no face check
        r = await client.put(f"/api/mp/v1/exam/sessions/{sid}/answers/{item['question_id']}", headers=h,
                             json={"device_id": "phone-mock-9", "answer": ["B"], "seq": 1})
        assert r.status_code == 200 and r.json()["applied"] is True
    r = await client.get(f"{MP}/mocks/{pid}/review", headers=h)
    assert (r.status_code, r.json()["code"]) == (409, "exam.mock_not_submitted")
    r = await client.post(f"/api/mp/v1/exam/sessions/{sid}/submit", headers=h)
    assert r.json()["score"] == 50.0  # the four A1 right, the two X wrong
    review = (await client.get(f"{MP}/mocks/{pid}/review", headers=h)).json()
    assert sum(i["correct"] for i in review["items"]) == 4
    assert {tuple(i["correct_answer"]) for i in review["items"]} == {("B",), ("A", "C")}
    listed = (await client.get(f"{MP}/mocks", headers=h)).json()
    assert listed["total"] == 1 and listed["items"][0]["score"] == 50.0 and listed["items"][0]["paper_id"] == pid

    home = (await client.get("/api/bff/v1/exam/home", headers=h)).json()
    assert [p["paper_id"] for p in home["papers"]] == [paper.id]  # the mock is not an assessment paper
    assert home["practice"]["mocks"]["taken"] == 1 and home["practice"]["by_mode"]["mock"]["answered"] == 6
    assert home["current"]["result"] is None and (await Enrolment.get(id=e.id)).exam_score is None
    practice_home = (await client.get("/api/bff/v1/practice/home", headers=h)).json()
    assert practice_home["latest_mock"]["paper_id"] == pid and practice_home["summary"]["notebook"]["open"] == 2

    other = await factories.mp_physician(await factories.physician(await e.institution, name="他人"))
    h2 = {"Authorization": "Bearer " + factories.mp_token(other)}
    r = await client.get(f"{MP}/mocks/{pid}/review", headers=h2)
    assert (r.status_code, r.json()["code"]) == (404, "exam.no_paper")
    assert (await client.get(f"{MP}/mocks", headers=h2)).json()["total"] == 0


@pytest.mark.nodb
def test_clear_after_setting_is_checked():
    from core.settings import Settings, SettingsError

    assert Settings.from_env({}).practice_clear_after == 3
    assert Settings.from_env({"PRACTICE_CLEAR_AFTER": "5"}).practice_clear_after == 5
    for bad in ("0", "many"):
        with pytest.raises(SettingsError):
            Settings.from_env({"PRACTICE_CLEAR_AFTER": bad})
