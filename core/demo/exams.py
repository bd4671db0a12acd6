"""Demo exams, taken through the exam's own use cases, so that scores, item analysis,
statistics, make-up and certificates all come from the same answers.

Why: the console's statistics read enrolment scores and its item analysis reads
the saved answers of submitted sessions (core/assessment/stats.py). Both agree
only if the scores are what the exam computed from those answers; so each demo
physician draws a paper, starts, answers and submits (core.exam.service), and
the score reaches the enrolment through apply_exam_score as in production.

Identity before answering: the three proctored physicians of
core/demo/proctoring.py verify their face; the others were checked at the test
centre and their institution's proctor releases the session (the product's
manual release, with its reason), which keeps the first seed fast (the face
engine costs about a second a photo).
"""
from __future__ import annotations

import random

from core.assessment import certificates
from core.assessment import service as assessment_service
from core.assessment.models import Enrolment, Physician
from core.demo.assessment import physician_actor
from core.demo.catalog import ACCOUNTS
from core.demo.orgs import admin
from core.exam import service as exam_service
from core.exam.models import Paper, Question
from core.exam.schemas import SessionOut, SubmittedOut
from core.orgs.models import OrgNode
from core.principal import Principal
from core.proctoring import service as proctoring_service

RELEASE_REASON = "考点现场已核对身份证件与本人一致（演示数据）"


def device_of(doc: Physician) -> str:
    return f"demo-phone-{doc.id:06d}"


async def institution_admin(doc: Physician) -> Principal:
    code = (await OrgNode.get(id=doc.institution_id)).code
    username = next(u for u, (c, roles, _l) in ACCOUNTS.items() if c == code and roles == ["institution_admin"])
    return await admin(username)


async def start(doc: Physician, *, kind: str = "exam") -> SessionOut:
    """Draw the physician's paper (as the exam home does) and start it on the demo phone."""
    me = physician_actor(doc)
    papers = await exam_service.my_papers(actor=me)
    paper = next(p for p in papers if p.kind == kind and p.state == "ready")
    return await exam_service.start(actor=me, paper_id=paper.paper_id, device_id=device_of(doc))


def _wrong(q: Question, opts: list[str], rng: random.Random) -> list[str]:
    right = set(q.answer)
    others = [k for k in opts if k not in right]
    if q.qtype == "X":  # a typical mistake: one right option missed, or one wrong one added
        return sorted(right - {rng.choice(sorted(right))}) if rng.random() < 0.5 else sorted(right | {others[0]})
    return [rng.choice(others)]


async def answer_and_submit(doc: Physician, session: SessionOut, *, ability: float,
                            rng: random.Random) -> SubmittedOut:
    """Answer as a candidate of this ability (the share of the marks they earn), harder questions
    going wrong first, then submit; returns the submit answer with the score."""
    me = physician_actor(doc)
    paper = await Paper.get(id=session.paper_id)
    questions = {q.id: q for q in await Question.filter(id__in=[i["q"] for i in paper.items])}
    total = sum(i["points"] for i in paper.items)
    # Easier questions first, with some noise: the ones beyond the candidate's ability go wrong.
    order = sorted(paper.items, key=lambda i: questions[i["q"]].difficulty + rng.uniform(-1.5, 1.5))
    earned, right = 0.0, set()
    for item in order:
        if earned + item["points"] <= ability * total + 0.5:
            right.add(item["q"])
            earned += item["points"]
    for item in paper.items:
        q = questions[item["q"]]
        if item["q"] not in right and ability < 0.6 and rng.random() < 0.15:
            continue  # a weak candidate leaves some blank
        given = list(q.answer) if item["q"] in right else _wrong(q, item["opts"], rng)
        await exam_service.save_answer(actor=me, session_id=session.session_id, question_id=q.id, answer=given,
                                       seq=1, device_id=device_of(doc), marked=False)
    return await exam_service.submit(actor=me, session_id=session.session_id)


async def take(doc: Physician, *, ability: float, rng: random.Random, kind: str = "exam") -> SubmittedOut:
    """Start, be released by the institution's proctor, answer and submit."""
    session = await start(doc, kind=kind)
    await proctoring_service.release(actor=await institution_admin(doc), session_id=session.session_id,
                                     reason=RELEASE_REASON)
    return await answer_and_submit(doc, session, ability=ability, rng=rng)


async def seed_exams(stages: dict[str, list[Enrolment]]) -> None:
    """Passing and failing candidates; failures go on the make-up list, where the province
    confirms the first (who then may take the make-up exam), refuses none, and leaves the
    others to decide; the second confirmed one has taken the make-up and passed.
    Passed physicians get their certificates."""
    rng = random.Random(20260)
    for row in stages.get("exam_pass", []):
        doc = await Physician.get(id=row.physician_id)
        await take(doc, ability=rng.uniform(0.68, 0.95), rng=rng)
    failed = stages.get("exam_fail", [])
    for row in failed:
        doc = await Physician.get(id=row.physician_id)
        await take(doc, ability=rng.uniform(0.3, 0.52), rng=rng)
    chief = await admin("province")
    confirmed = failed[:2]
    if confirmed:
        await assessment_service.decide_makeup(actor=chief, enrolment_ids=[r.id for r in confirmed], confirm=True)
    if len(confirmed) == 2:
        doc = await Physician.get(id=confirmed[1].physician_id)
        await take(doc, ability=0.8, rng=rng, kind="makeup")
    await issue_certificates()


async def issue_certificates() -> int:
    """Certificates of every certifiable enrolment, issued by its assessment institution."""
    issued = 0
    for row in await Enrolment.filter(result__in=assessment_service.CERTIFIABLE).order_by("id"):
        assessor = "assessor1" if row.assessment_org_id == (await OrgNode.get(code="KH420100")).id else "assessor2"
        await certificates.issue_certificate(actor=await admin(assessor), enrolment_id=row.id)
        issued += 1
    return issued


async def seed_practice(doc: Physician) -> None:
    """A physician who has been practising on the phone: questions answered (some wrong, so the
    notebook has entries), two favourites and a submitted mock exam."""
    from core.exam import practice

    me = physician_actor(doc)
    rng = random.Random(doc.id)
    batch = await practice.next_questions(actor=me, specialty=doc.specialty, limit=12)
    for n, item in enumerate(batch.items):
        q = await Question.get(id=item.question_id)
        keys = [o.key for o in item.options]
        given = list(q.answer) if n % 3 else _wrong(q, keys, rng)
        await practice.answer(actor=me, question_id=q.id, answer=given)
        if n in (1, 5):
            await practice.favourite(actor=me, question_id=q.id)
    mock = await practice.start_mock(actor=me, device_id=device_of(doc))
    await answer_and_submit(doc, mock, ability=0.7, rng=rng)
