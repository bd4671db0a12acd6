"""Item analysis of a cycle's exam from real sessions (core.assessment.stats.exam_items):
scored through the exam service, checked against numbers computed by hand; voided,
unsubmitted, mock and out-of-scope sessions left out; questions drawn for some papers
only analysed among those papers' sessions; the admin API, page and export show it."""
import io

from openpyxl import load_workbook

from core.assessment import stats
from core.assessment.models import Enrolment
from core.exam import practice
from core.exam import service as exam_service
from core.exam.models import ExamSession, Paper
from tests import factories

DEVICE = "phone-item-01"
RIGHT = {"A1": ["B"], "X": ["A", "C"]}


async def _setup(extra_singles: int = 0):
    t = await factories.tree()
    province = await factories.actor(t.province)
    cycle = await factories.open_cycle(province)
    bank = await factories.exam_bank(singles=4 + extra_singles, multis=2)
    await factories.exam_blueprint(province, cycle)  # 4 A1 of 1 point, 2 X of 2 points
    return t, province, cycle, bank


async def _sit(province, institution, cycle, answers: dict[int, list[str]], *, singles: list[int] | None = None,
               submit: bool = True):
    """A physician of `institution` takes the exam with `answers` (question id -> keys; left
    out = not answered). With `singles`, the paper's A1 questions are exactly these (the
    draw itself is random). Answers (principal, session id, score or None)."""
    paper = await factories.exam_bank_paper(province, institution, cycle)
    if singles:
        drawn = [i["q"] for i in paper.items if i["qtype"] == "A1"]
        swap = dict(zip(drawn, singles))
        await Paper.filter(id=paper.id).update(items=[{**i, "q": swap.get(i["q"], i["q"])} for i in paper.items])
    me = await factories.mp_physician(await paper.physician)
    view = await exam_service.start(actor=me, paper_id=paper.id, device_id=DEVICE)
    await ExamSession.filter(id=view.session_id).update(verified=True)
    for qid, keys in answers.items():
        await exam_service.save_answer(actor=me, session_id=view.session_id, question_id=qid, answer=keys,
                                       seq=1, device_id=DEVICE)
    score = (await exam_service.submit(actor=me, session_id=view.session_id)).score if submit else None
    return me, view.session_id, score


def _by_question(rows: list[dict]) -> dict[int, dict]:
    return {r["question_id"]: r for r in rows}


async def test_item_analysis_of_scored_sessions_matches_the_hand_computation():
    t, province, cycle, bank = await _setup()
    q1, q2, q3, q4, x1, x2 = (q.id for q in bank)
    b, a, c, ac = ["B"], ["A"], ["C"], ["A", "C"]
    # Six sessions in hospital a1 with distinct totals (of 8 points; score = 100 · total / 8):
    #          q1 q2 q3 q4 x1 x2   total
    # S1        1  1  1  1  2  2   8 → 100
    # S2        1  1  1  -  2  0   5 → 62.5   (q4 unanswered, x2 wrong)
    # S3        1  1  0  0  2  -   4 → 50
    # S4        1  0  1  1  0  -   3 → 37.5   (x1 with one key too many: 0, all-or-nothing)
    # S5        1  -  -  1  -  -   2 → 25
    # S6        0  -  1  -  -  -   1 → 12.5
    sheets = [
        {q1: b, q2: b, q3: b, q4: b, x1: ac, x2: ac},
        {q1: b, q2: b, q3: b, x1: ac, x2: a},
        {q1: b, q2: b, q3: a, q4: c, x1: ac},
        {q1: b, q2: a, q3: b, q4: b, x1: ["A", "C", "D"]},
        {q1: b, q4: b},
        {q1: a, q3: b},
    ]
    scores = []
    for answers in sheets:
        me, _, score = await _sit(province, t.hospital_a1, cycle, answers)
        scores.append(score)
    assert scores == [100.0, 62.5, 50.0, 37.5, 25.0, 12.5]
    first = me  # any of them: takes a mock below
    # Left out: a voided exam (all right), an exam not submitted, a mock exam (all wrong).
    _, voided, _ = await _sit(province, t.hospital_a2, cycle, sheets[0])
    await ExamSession.filter(id=voided).update(voided=True)
    await _sit(province, t.hospital_a1, cycle, sheets[0], submit=False)
    mock = await practice.start_mock(actor=first, device_id=DEVICE)
    for item in mock.items:
        await exam_service.save_answer(actor=first, session_id=mock.session_id, question_id=item.question_id,
                                       answer=["E"], seq=1, device_id=DEVICE)
    assert (await exam_service.submit(actor=first, session_id=mock.session_id)).score == 0.0
    # Outside city a: a session in hospital b1 with everything wrong.
    await _sit(province, t.hospital_b1, cycle, {q1: a, q2: a, q3: a, q4: a, x1: a, x2: a})

    # By hand, 6 sessions: 27 % of 6 rounds to groups of 2: upper S1, S2; lower S5, S6.
    # facility = share of the points obtained; discrimination = upper share - lower share.
    # q1: 1,1,1,1,1,0 → 5/6 = 0.8333; (1+1)/2 - (1+0)/2 = 0.5
    # q2: 1,1,1,0,0,0 → 0.5; 1 - 0 = 1.0
    # q3: 1,1,0,1,0,1 → 4/6 = 0.6667; 1 - (0+1)/2 = 0.5
    # q4: 1,0,0,1,1,0 → 0.5; (1+0)/2 - (1+0)/2 = 0.0
    # x1: 2,2,2,0,0,0 of 2 → 0.5; 1 - 0 = 1.0
    # x2: 2,0,0,0,0,0 of 2 → 1/6 = 0.1667; (1+0)/2 - 0 = 0.5
    # Point-biserial of q2 (and x1, the same pattern) with the scores 100 … 12.5 (in steps
    # of 12.5: 8,5,4,3,2,1, mean 23/6): Σ(x-.5)(t-m) = .5·(8+5+4) - .5·(3+2+1) = 5.5 steps,
    # Σ(x-.5)² = 1.5, Σ(t-m)² = 119 - 23²/6 = 30.8333 steps² → r = 5.5/√(1.5·30.8333) = 0.8087.
    city = await factories.actor(t.city_a)
    data = await stats.exam_items(actor=city, cycle_id=cycle.id)
    assert [b.model_dump() for b in data.blueprints] == [{"blueprint_id": data.rows[0]["blueprint_id"],
                                                         "specialty": "内科", "name": "2026内科测评", "sessions": 6}]
    expected = {q1: (0.8333, 0.5), q2: (0.5, 1.0), q3: (0.6667, 0.5), q4: (0.5, 0.0), x1: (0.5, 1.0),
                x2: (0.1667, 0.5)}
    rows = _by_question(data.rows)
    assert {q: (r["facility"], r["discrimination"]) for q, r in rows.items()} == expected
    assert {r["n"] for r in rows.values()} == {6}
    assert rows[q2]["point_biserial"] == rows[x1]["point_biserial"] == 0.8087
    assert (rows[x1]["qtype"], rows[x1]["category"], rows[x1]["specialty"]) == ("X", "基础", "内科")

    # The province also sees hospital b1's session (all wrong, score 0): 7 sessions, groups of
    # 2 (27 % of 7 = 1.89): upper S1, S2; lower S6 and the b1 session.
    # q1: 5/7 = 0.7143; 1 - (0+0)/2 = 1.0.  q4: 3/7 = 0.4286; (1+0)/2 - 0 = 0.5.
    rows = _by_question((await stats.exam_items(actor=province, cycle_id=cycle.id)).rows)
    assert (rows[q1]["n"], rows[q1]["facility"], rows[q1]["discrimination"]) == (7, 0.7143, 1.0)
    assert (rows[q4]["facility"], rows[q4]["discrimination"]) == (0.4286, 0.5)
    # Hospital a2's only session was voided: nothing to analyse, and another specialty has no blueprint.
    hospital_a2 = await factories.actor(t.hospital_a2, roles=("institution_admin",))
    assert (await stats.exam_items(actor=hospital_a2, cycle_id=cycle.id)).rows == []
    assert (await stats.exam_items(actor=province, cycle_id=cycle.id, specialty="外科")).blueprints == []


async def test_a_question_drawn_for_some_papers_is_analysed_among_those_sessions():
    t, province, cycle, bank = await _setup(extra_singles=1)
    q1, q2, q3, q4, q5, x1, x2 = (q.id for q in bank)
    with_q4, with_q5 = [q1, q2, q3, q4], [q1, q2, q3, q5]

    async def sit(answers, singles):
        return (await _sit(province, t.hospital_a1, cycle, answers, singles=singles))[2]

    # T1 (q4): everything right → 100.  T2 (q4): q1 right, q4 wrong → 12.5.
    # T3 (q5): q1, q2, q5 right, x1 right → 62.5.  T4 (q5): q5 wrong → 0.
    scores = [await sit({q1: ["B"], q2: ["B"], q3: ["B"], q4: ["B"], x1: ["A", "C"], x2: ["A", "C"]}, with_q4),
              await sit({q1: ["B"], q4: ["A"]}, with_q4),
              await sit({q1: ["B"], q2: ["B"], q5: ["B"], x1: ["A", "C"]}, with_q5),
              await sit({q5: ["A"]}, with_q5)]
    assert scores == [100.0, 12.5, 62.5, 0.0]
    rows = _by_question((await stats.exam_items(actor=province, cycle_id=cycle.id)).rows)
    # q4 was put to T1 and T2 only (groups of 1): right for T1, wrong for T2.
    # q5 to T3 and T4: right for T3 (62.5), wrong for T4 (0). Counted as 0 for the others,
    # they would read n = 4 and facility 0.25 instead.
    assert (rows[q4]["n"], rows[q4]["facility"], rows[q4]["discrimination"]) == (2, 0.5, 1.0)
    assert (rows[q5]["n"], rows[q5]["facility"], rows[q5]["discrimination"]) == (2, 0.5, 1.0)
    # q1, put to all four: right for T1, T2, T3 → 0.75; upper T1 (1) - lower T4 (0) = 1.0.
    # q3: right for T1 only → 0.25; upper T1 - lower T4 = 1.0. x2: T1 only → 0.25.
    assert (rows[q1]["n"], rows[q1]["facility"], rows[q1]["discrimination"]) == (4, 0.75, 1.0)
    assert (rows[q3]["facility"], rows[x2]["facility"]) == (0.25, 0.25)


async def test_item_analysis_in_the_admin_api_page_and_export(client):
    t, province, cycle, bank = await _setup()
    q1 = bank[0].id
    await _sit(province, t.hospital_a1, cycle, {q.id: RIGHT[q.qtype] for q in bank})
    await _sit(province, t.hospital_a1, cycle, {q1: ["B"]})
    await factories.admin(t.city_a, username="city_items")
    await factories.admin(t.city_a, roles=("viewer",), username="viewer_items")
    async with factories.AdminSession(client, "city_items") as city:
        r = await city.get("/api/admin/v1/stats/items", params={"cycle_id": cycle.id})
        assert r.status_code == 200
        rows = _by_question(r.json()["rows"])
        # Two sessions (100 and 12.5), groups of 1: q1 right for both, the others for the first only.
        assert (rows[q1]["facility"], rows[q1]["discrimination"]) == (1.0, 0.0)
        assert all((r["facility"], r["discrimination"]) == (0.5, 1.0) for q, r in rows.items() if q != q1)
        r = await city.get("/api/admin/v1/stats/items", params={"cycle_id": cycle.id, "specialty": "外科"})
        assert r.json()["rows"] == []
        r = await city.get("/api/admin/v1/stats/items", params={"cycle_id": "x"})
        assert (r.status_code, r.json()["details"]["errors"][0]["path"]) == (422, "cycle_id")
        r = await city.get("/api/admin/v1/stats/items", params={"cycle_id": cycle.id + 99})
        assert (r.status_code, r.json()["code"]) == (404, "request.not_found")
        r = await city.get("/api/admin/v1/stats/export/items.xlsx", params={"cycle_id": cycle.id})
        sheet = list(load_workbook(io.BytesIO(r.content)).active.iter_rows(values_only=True))
        assert sheet[0][:3] == ("专业", "题目ID", "题型") and len(sheet) == 7
        assert next(row for row in sheet if row[1] == q1)[6:8] == (1.0, 0.0)

        page = await city.get("/admin/stats/items", params={"cycle_id": cycle.id})
        assert page.status_code == 200 and "题目分析" in page.text and "2026内科测评：2 人次" in page.text
        assert page.text.count("<tr") == 1 + 6  # the header and one row per question
        assert "/admin/stats/items?cycle_id=" in (await city.get("/admin/stats")).text
    await client.post("/api/admin/v1/auth/logout")
    async with factories.AdminSession(client, "viewer_items") as viewer:
        r = await viewer.get("/api/admin/v1/stats/items", params={"cycle_id": cycle.id})
        assert (r.status_code, r.json()["code"]) == (403, "auth.forbidden")
    assert (await Enrolment.filter(exam_score__isnull=False).count()) == 2
