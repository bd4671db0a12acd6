"""Papers drawn from blueprints, and taking the exam: deadline, idempotent saves,
device takeover, answer card, submit, auto-submit, scoring into the assessment."""
import asyncio
import datetime as dt

import pytest

from core import jobs
from core.assessment import service as assessment_service
from core.assessment.models import AssessmentAssignment, Enrolment
from core.db import utcnow
from core.errors import NotFound
from core.exam import service as exam_service
from core.exam.errors import (
    BlueprintFrozen, DeviceReplaced, InvalidAnswer, NotEnoughQuestions, QuestionNotInPaper, SessionClosed,
)
from core.exam.models import Answer, Blueprint, ExamSession, Paper, Question, QuestionGroup
from core.orgs.models import OrgKind
from tests import factories

PHONE, TABLET = "phone-0001", "tablet-0002"


async def started(me, paper, device_id: str = PHONE) -> int:
    """Start the exam and pass the face check (media/face is tested in tests/proctoring)."""
    view = await exam_service.start(actor=me, paper_id=paper.id, device_id=device_id)
    await ExamSession.filter(id=view.session_id).update(verified=True)
    return view.session_id


async def _taker(**blueprint):
    """An approved physician with a blueprint for their specialty; returns (me, paper, province, enrolment)."""
    t = await factories.tree()
    assessor = await factories.org(t.city_a, OrgKind.ASSESSMENT)
    await AssessmentAssignment.create(target_id=t.county_a1.id, assessment_org_id=assessor.id)
    province = await factories.actor(t.province)
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    assessing = await factories.actor(assessor, roles=("assessment_admin",))
    cycle = await factories.open_cycle(province)
    await factories.exam_bank()
    await factories.exam_blueprint(province, cycle, **blueprint)
    doc = await factories.physician(t.hospital_a1)
    await assessment_service.enrol(actor=hospital, cycle_id=cycle.id, physician_ids=[doc.id])
    me = await factories.mp_physician(doc)
    for key, data in factories.FILING.items():
        await assessment_service.save_section(actor=me, section=key, data=data)
    await assessment_service.save_section(actor=me, section="procedure", data={"procedure": "general"})
    e = await assessment_service.submit_filing(actor=me)
    await assessment_service.review(actor=hospital, enrolment_ids=[e.id], decision="approve")
    await assessment_service.review(actor=assessing, enrolment_ids=[e.id], decision="approve")
    papers = await exam_service.my_papers(actor=me)
    return me, await Paper.get(id=papers[0].paper_id), province, e


async def test_paper_is_drawn_once_shuffled_reproducible_and_freezes_the_blueprint():
    me, paper, province, e = await _taker()
    assert [i["qtype"] for i in paper.items] == ["A1"] * 4 + ["X"] * 2
    assert paper.total_points == 8
    assert await exam_service.redraw(paper=paper) == paper.items  # the seed reproduces the draw
    assert len(await exam_service.my_papers(actor=me)) == 1  # drawn once
    assert await Question.filter(used=True).count() == 6
    bp = await Blueprint.get(id=paper.blueprint_id)
    assert bp.frozen
    cycle = await e.cycle
    with pytest.raises(BlueprintFrozen):
        await factories.exam_blueprint(province, cycle)
    # Options are shuffled per person: six questions all left in bank order has odds of 1 in 120**6.
    assert any(i["opts"] != sorted(i["opts"]) for i in paper.items)


async def test_not_enough_questions_is_a_clear_error():
    t = await factories.tree()
    province = await factories.actor(t.province)
    cycle = await factories.open_cycle(province)
    await factories.exam_bank(singles=2, multis=0)
    bp = await factories.exam_blueprint(province, cycle)
    row = await Enrolment.create(cycle_id=cycle.id, physician_id=(await factories.physician(t.hospital_a1)).id,
                                 institution_id=t.hospital_a1.id, confirmed=True, state="approved",
                                 procedure="general")
    with pytest.raises(NotEnoughQuestions) as exc:
        await exam_service.paper_for(enrolment=row)
    assert exc.value.details["available"] == 2 and exc.value.details["rule"]["count"] == 4
    assert not await Paper.exists() and not (await Blueprint.get(id=bp.id)).frozen


async def test_saves_are_idempotent_and_never_overwritten_by_older_ones():
    me, paper, _, _ = await _taker()
    view = await exam_service.start(actor=me, paper_id=paper.id, device_id=PHONE)
    sid = view.session_id
    from core.exam.errors import NotVerified

    with pytest.raises(NotVerified):  # no answer before the face check
        await exam_service.save_answer(actor=me, session_id=sid, question_id=paper.items[0]["q"], answer=["B"],
                                       seq=1, device_id=PHONE)
    assert not await Answer.exists()
    await ExamSession.filter(id=sid).update(verified=True)
    session = await ExamSession.get(id=sid)
    assert (session.deadline - session.started_at) == dt.timedelta(minutes=30)
    assert 1790 <= view.remaining_seconds <= 1800
    gaps = [b - a for a, b in zip([0] + view.capture_schedule, view.capture_schedule)]
    assert view.capture_schedule and all(90 <= g <= 180 for g in gaps) and view.capture_schedule[-1] < 1800
    q1 = paper.items[0]["q"]
    r = await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["A"], seq=1,
                                       device_id=PHONE)
    assert r.applied and r.seq == 1
    r = await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["C"], seq=3,
                                       device_id=PHONE, marked=True)
    assert r.applied and r.seq == 3
    # The seq-2 save was delayed in the network and arrives last: acknowledged, not applied.
    r = await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["D"], seq=2,
                                       device_id=PHONE)
    assert not r.applied and r.seq == 3
    # A retry of seq 3 changes nothing either.
    r = await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["C"], seq=3,
                                       device_id=PHONE)
    assert not r.applied
    a = await Answer.get(session_id=sid, question_id=q1)
    assert (a.answer, a.seq, a.marked) == (["C"], 3, True)
    card = await exam_service.answer_card(actor=me, session_id=sid)
    assert (card.answered, card.marked, card.empty) == (1, 1, 5)


async def test_bad_answers_are_refused_and_store_nothing():
    me, paper, _, _ = await _taker()
    sid = await started(me, paper)
    single, multi = paper.items[0]["q"], paper.items[4]["q"]
    with pytest.raises(InvalidAnswer):
        await exam_service.save_answer(actor=me, session_id=sid, question_id=single, answer=["Z"], seq=1,
                                       device_id=PHONE)
    with pytest.raises(InvalidAnswer):
        await exam_service.save_answer(actor=me, session_id=sid, question_id=single, answer=["A", "B"], seq=1,
                                       device_id=PHONE)
    other = await Question.filter(id__not_in=[i["q"] for i in paper.items]).first()
    with pytest.raises(QuestionNotInPaper):
        await exam_service.save_answer(actor=me, session_id=sid, question_id=other.id, answer=["A"], seq=1,
                                       device_id=PHONE)
    r = await exam_service.save_answer(actor=me, session_id=sid, question_id=multi, answer=["C", "A", "C"],
                                       seq=1, device_id=PHONE)
    assert r.applied and (await Answer.get(session_id=sid, question_id=multi)).answer == ["A", "C"]
    assert await Answer.filter(session_id=sid).count() == 1


async def test_resume_on_another_device_takes_over_and_the_old_one_is_told():
    me, paper, _, _ = await _taker()
    sid = await started(me, paper)
    q1 = paper.items[0]["q"]
    await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["B"], seq=1, device_id=PHONE)
    deadline = (await ExamSession.get(id=sid)).deadline
    view = await exam_service.start(actor=me, paper_id=paper.id, device_id=TABLET)
    assert view.active_device == TABLET and view.device_epoch == 2
    assert view.items[0].answer == ["B"]  # nothing lost across devices
    assert (await ExamSession.get(id=sid)).deadline == deadline  # the clock did not restart
    with pytest.raises(DeviceReplaced):
        await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["A"], seq=2,
                                       device_id=PHONE)
    assert (await Answer.get(session_id=sid, question_id=q1)).answer == ["B"]


async def test_submit_scores_is_idempotent_and_reaches_the_assessment_result():
    me, paper, _, e = await _taker()
    sid = await started(me, paper)
    for n, item in enumerate(paper.items):
        answer = ["B"] if item["qtype"] == "A1" else (["A", "C"] if n == 4 else ["A"])
        await exam_service.save_answer(actor=me, session_id=sid, question_id=item["q"], answer=answer, seq=1,
                                       device_id=PHONE)
    first = await exam_service.submit(actor=me, session_id=sid)
    assert first.score == 75.0 and first.passed is True  # 4 + 2 of 8 points; X all-or-nothing
    again = await exam_service.submit(actor=me, session_id=sid)
    assert again == first
    with pytest.raises(SessionClosed):
        await exam_service.save_answer(actor=me, session_id=sid, question_id=paper.items[0]["q"], answer=["A"],
                                       seq=9, device_id=PHONE)
    row = await Enrolment.get(id=e.id)
    assert row.exam_score == 75.0 and row.result == "pass"


async def test_multiple_choice_partial_credit_when_the_blueprint_allows_it():
    me, paper, _, _ = await _taker(multi_partial=True)
    sid = await started(me, paper)
    x1, x2 = paper.items[4]["q"], paper.items[5]["q"]
    await exam_service.save_answer(actor=me, session_id=sid, question_id=x1, answer=["A"], seq=1, device_id=PHONE)
    await exam_service.save_answer(actor=me, session_id=sid, question_id=x2, answer=["A", "D"], seq=1,
                                   device_id=PHONE)
    result = await exam_service.submit(actor=me, session_id=sid)
    assert result.score == 12.5  # 1 of 8 points: half of x1, nothing for a wrong pick in x2
    points = {a.question_id: a.points for a in await Answer.filter(session_id=sid)}
    assert points == {x1: 1.0, x2: 0.0}


async def test_deadline_auto_submit_without_the_phone_and_a_failing_score_lists_makeup():
    me, paper, _, e = await _taker()
    sid = await started(me, paper)
    await exam_service.save_answer(actor=me, session_id=sid, question_id=paper.items[0]["q"], answer=["B"],
                                   seq=1, device_id=PHONE)
    # Too early: the job re-queues itself and submits nothing.
    await exam_service.auto_submit({}, sid)
    assert (await ExamSession.get(id=sid)).submitted_at is None
    await ExamSession.filter(id=sid).update(deadline=utcnow() - dt.timedelta(minutes=1))
    with pytest.raises(SessionClosed):
        await exam_service.save_answer(actor=me, session_id=sid, question_id=paper.items[1]["q"], answer=["B"],
                                       seq=1, device_id=PHONE)
    await exam_service.auto_submit({}, sid)
    s = await ExamSession.get(id=sid)
    assert s.submitted_by == "deadline" and s.score == 12.5 and s.passed is False
    row = await Enrolment.get(id=e.id)
    assert row.exam_score == 12.5 and row.makeup == "listed"
    assert await exam_service.sweep_overdue() == 0  # nothing left over


async def test_case_groups_stay_together_and_in_order():
    t = await factories.tree()
    province = await factories.actor(t.province)
    cycle = await factories.open_cycle(province)
    opts = [{"key": k, "text": k} for k in "ABCDE"]
    for g in range(3):
        group = await QuestionGroup.create(kind="A3", stem=f"病例{g}", specialty="内科", category="病例")
        for pos in range(3):
            await Question.create(qtype="A3", group=group, position=pos, stem=f"病例{g}-问{pos}", options=opts,
                                  answer=["A"], specialty="内科", category="病例")
    await factories.exam_blueprint(province, cycle, rules=[{"category": "病例", "qtype": "A3", "count": 6,
                                                            "points": 1}])
    row = await Enrolment.create(cycle_id=cycle.id, physician_id=(await factories.physician(t.hospital_a1)).id,
                                 institution_id=t.hospital_a1.id, confirmed=True, state="approved",
                                 procedure="general")
    paper = await exam_service.paper_for(enrolment=row)
    qs = {q.id: q for q in await Question.all()}
    groups = [i["group"] for i in paper.items]
    assert len(set(groups)) == 2 and groups[0] == groups[1] == groups[2] and groups[3] == groups[4] == groups[5]
    for start in (0, 3):
        assert [qs[i["q"]].position for i in paper.items[start:start + 3]] == [0, 1, 2]


async def test_without_a_worker_the_server_runs_the_periodic_sweeps(monkeypatch):
    """The embedded default has no arq worker: the server's periodic task submits overdue exams."""
    me, paper, _, e = await _taker()
    sid = await started(me, paper)
    await ExamSession.filter(id=sid).update(deadline=utcnow() - dt.timedelta(minutes=1))
    monkeypatch.setattr(jobs, "EMBEDDED_PERIODIC", {"sweep_overdue_exams": 0.1, "sweep_pending_captures": 0.1})
    task = asyncio.create_task(jobs.run_embedded_periodic(first_delay=0))
    try:
        for _ in range(100):
            if (await ExamSession.get(id=sid)).submitted_at is not None:
                break
            await asyncio.sleep(0.05)
    finally:
        task.cancel()
    s = await ExamSession.get(id=sid)
    assert s.submitted_by == "deadline" and (await Enrolment.get(id=e.id)).exam_score == s.score


# ------------------------------------------------------------------ the fast save (one statement, warm memory)

def _spy_precise(monkeypatch) -> list[int]:
    """Counts the saves answered the precise way; the others took the one-statement way."""
    calls: list[int] = []
    precise = exam_service._save

    async def counting(**kw):
        calls.append(kw["question_id"])
        return await precise(**kw)

    monkeypatch.setattr(exam_service, "_save", counting)
    return calls


async def _row(sid: int, qid: int) -> tuple:
    a = await Answer.get(session_id=sid, question_id=qid)
    return a.answer, a.seq, a.marked, a.device, a.saved_at


async def test_fast_save_keeps_the_newest_answer_and_the_mark(monkeypatch):
    me, paper, _, _ = await _taker()
    sid = await started(me, paper)
    q1, q2, multi = paper.items[0]["q"], paper.items[1]["q"], paper.items[4]["q"]
    await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["A"], seq=1, device_id=PHONE)
    assert sid in exam_service._FACTS  # remembered with the first save
    precise = _spy_precise(monkeypatch)
    # A first save (an insert) and a newer one (an update), both in one statement.
    r = await exam_service.save_answer(actor=me, session_id=sid, question_id=q2, answer=["B"], seq=1,
                                       device_id=PHONE, marked=True)
    assert (r.question_id, r.seq, r.applied) == (q2, 1, True) and 1790 <= r.remaining_seconds <= 1800
    r = await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["C"], seq=5,
                                       device_id=PHONE)
    assert (r.seq, r.applied) == (5, True)
    r = await exam_service.save_answer(actor=me, session_id=sid, question_id=multi, answer=["C", "A", "C"],
                                       seq=1, device_id=PHONE)
    assert r.applied and (await _row(sid, multi))[:3] == (["A", "C"], 1, False)
    assert precise == []
    assert (await _row(sid, q1))[:3] == (["C"], 5, False) and (await _row(sid, q2))[:3] == (["B"], 1, True)
    # marked=None keeps the mark; False clears it.
    await exam_service.save_answer(actor=me, session_id=sid, question_id=q2, answer=["D"], seq=2, device_id=PHONE)
    assert (await _row(sid, q2))[:3] == (["D"], 2, True)
    await exam_service.save_answer(actor=me, session_id=sid, question_id=q2, answer=["D"], seq=3, device_id=PHONE,
                                   marked=False)
    assert (await _row(sid, q2))[:3] == (["D"], 3, False)
    assert precise == []
    # A late (seq 4) and a repeated (seq 5) save: acknowledged with the held sequence, nothing changed.
    before = await _row(sid, q1)
    for seq, answer in ((4, ["D"]), (5, ["B"]), (1, ["E"])):
        r = await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=answer, seq=seq,
                                           device_id=PHONE, marked=True)
        assert (r.seq, r.applied) == (5, False)
    assert await _row(sid, q1) == before
    # Bad answers get the same errors as before, and store nothing.
    with pytest.raises(InvalidAnswer):
        await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["A", "B"], seq=9,
                                       device_id=PHONE)
    with pytest.raises(QuestionNotInPaper):
        await exam_service.save_answer(actor=me, session_id=sid, question_id=10**6, answer=["A"], seq=9,
                                       device_id=PHONE)
    assert await _row(sid, q1) == before and await Answer.filter(session_id=sid).count() == 3
    card = await exam_service.answer_card(actor=me, session_id=sid)
    assert (card.answered, card.marked) == (3, 0)


async def test_fast_save_refuses_what_the_precise_save_refuses(monkeypatch):
    from core.assessment.errors import NotBound
    from core.assessment.models import Physician
    from core.errors import NotFound
    from core.exam.errors import NotVerified
    from core.orgs.models import OrgNode
    from core.principal import Principal

    me, paper, _, _ = await _taker()
    sid = await started(me, paper)
    q1 = paper.items[0]["q"]
    await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["A"], seq=1, device_id=PHONE)
    precise = _spy_precise(monkeypatch)
    seq = iter(range(2, 100))

    async def save(actor=me, device=PHONE):
        return await exam_service.save_answer(actor=actor, session_id=sid, question_id=q1, answer=["B"],
                                              seq=next(seq), device_id=device)

    async def refused(error, **kw):
        with pytest.raises(error):
            await save(**kw)
        assert (await _row(sid, q1))[:2] == (["A"], 1)

    # Someone else's session: not found, exactly as before.
    doc = await Physician.get(id=paper.physician_id)
    other = await factories.mp_physician(await factories.physician(await OrgNode.get(id=doc.institution_id)))
    await refused(NotFound, actor=other)
    # Ownership is read on every save: an unbound or deleted physician's account no longer saves.
    await Physician.filter(id=doc.id).update(mp_account_id=None)
    await refused(NotBound)
    await Physician.filter(id=doc.id).update(mp_account_id=me.id, deleted_at=utcnow())
    await refused(NotBound)
    await Physician.filter(id=doc.id).update(deleted_at=None)
    # Not (or no longer) face-verified.
    await ExamSession.filter(id=sid).update(verified=False)
    await refused(NotVerified)
    await ExamSession.filter(id=sid).update(verified=True)
    # Past the deadline (+ grace); the same deadline back, and saves go through again.
    deadline = (await ExamSession.get(id=sid)).deadline
    await ExamSession.filter(id=sid).update(deadline=utcnow() - exam_service.GRACE - dt.timedelta(seconds=1))
    await refused(SessionClosed)
    await ExamSession.filter(id=sid).update(deadline=deadline)
    assert precise == [q1] * 5
    precise.clear()
    r = await save()
    assert r.applied and (await _row(sid, q1))[:2] == (["B"], r.seq) and precise == []
    # The PC login of the same physician saves the same way.
    r = await save(actor=Principal(kind="physician", id=doc.id, name=f"physician:{doc.id}"))
    assert r.applied and precise == []
    # Taken over by the tablet: the phone is refused, the tablet saves.
    await exam_service.start(actor=me, paper_id=paper.id, device_id=TABLET)
    with pytest.raises(DeviceReplaced):
        await save()
    r = await save(device=TABLET)
    assert r.applied and (await _row(sid, q1))[1:4:2] == (r.seq, TABLET)
    # Submitted: refused, and the scored answers stay as scored.
    await exam_service.submit(actor=me, session_id=sid)
    held = await _row(sid, q1)
    with pytest.raises(SessionClosed):
        await save(device=TABLET)
    assert await _row(sid, q1) == held


async def test_the_answer_card_takes_the_short_way_and_says_what_the_precise_way_says(monkeypatch):
    me, paper, _, _ = await _taker()
    sid = await started(me, paper)
    exam_service._FACTS.pop(sid, None)
    first = await exam_service.answer_card(actor=me, session_id=sid)  # the precise way, which remembers
    assert (first.answered, first.marked, first.empty, first.submitted) == (0, 0, 6, False)
    assert [c.question_id for c in first.cells] == [i["q"] for i in paper.items]  # the paper's order
    assert sid in exam_service._FACTS
    q = [i["q"] for i in paper.items]
    await exam_service.save_answer(actor=me, session_id=sid, question_id=q[0], answer=["A"], seq=1, device_id=PHONE)
    await exam_service.save_answer(actor=me, session_id=sid, question_id=q[3], answer=["B"], seq=1, device_id=PHONE,
                                   marked=True)
    await exam_service.save_answer(actor=me, session_id=sid, question_id=q[4], answer=[], seq=1, device_id=PHONE,
                                   marked=True)  # marked to come back to, not answered
    precise_reads: list[int] = []
    own = exam_service.own_session

    async def counting(actor, session_id):
        precise_reads.append(session_id)
        return await own(actor, session_id)

    monkeypatch.setattr(exam_service, "own_session", counting)
    short = await exam_service.answer_card(actor=me, session_id=sid)
    assert precise_reads == []
    assert (short.answered, short.marked, short.empty) == (2, 2, 4)
    assert [(c.no, c.answered, c.marked) for c in short.cells] == [
        (1, True, False), (2, False, False), (3, False, False), (4, True, True), (5, False, True), (6, False, False)]
    assert 1790 <= short.remaining_seconds <= 1800
    exam_service._FACTS.pop(sid)
    precise = await exam_service.answer_card(actor=me, session_id=sid)
    assert precise_reads == [sid]
    assert precise.model_copy(update={"remaining_seconds": 0}) == short.model_copy(update={"remaining_seconds": 0})

    # Someone else asking for this card finds nothing, with the memory present or not.
    t = await factories.tree()
    other = await factories.mp_physician(await factories.physician(t.hospital_a1, name="李四"))
    with pytest.raises(NotFound):
        await exam_service.answer_card(actor=other, session_id=sid)
    # Submitted: the card says so, the short way.
    await exam_service.submit(actor=me, session_id=sid)
    precise_reads.clear()
    done = await exam_service.answer_card(actor=me, session_id=sid)
    assert done.submitted is True and done.answered == 2 and precise_reads == []


async def test_fast_save_of_a_mock_needs_no_verification(monkeypatch):
    from core.exam import practice

    me, paper, _, _ = await _taker()
    view = await practice.start_mock(actor=me, device_id=PHONE)
    sid, q1 = view.session_id, view.items[0].question_id
    assert not (await ExamSession.get(id=sid)).verified
    await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["A"], seq=1, device_id=PHONE)
    precise = _spy_precise(monkeypatch)
    r = await exam_service.save_answer(actor=me, session_id=sid, question_id=q1, answer=["B"], seq=2,
                                       device_id=PHONE)
    assert r.applied and precise == [] and (await _row(sid, q1))[:2] == (["B"], 2)
