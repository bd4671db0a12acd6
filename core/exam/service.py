"""Use cases of the online exam: blueprints, drawing papers, taking the exam
with a server-side deadline, saving answers so that none is ever lost or
overwritten by an older one, submitting (by the taker or at the deadline), scoring.

Why the save rules: phones lose the network, retry, and deliver requests out
of order. Each save carries the client's sequence number for that question;
the database keeps an answer only if its sequence is newer than the stored one,
so a retried or late save is acknowledged but changes nothing. A save is
acknowledged only after MariaDB has it.
"""
from __future__ import annotations

import datetime as dt
import random
from array import array
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import db, jobs, scope
from core.assessment import service as assessment_service
from core.assessment.models import Cycle, CycleStatus, Enrolment, Physician
from core.audit import service as audit_service
from core.db import utcnow
from core.errors import NotFound
from core.events import service as events
from core.events.service import Event
from core.exam.errors import (
    BlueprintFrozen, BlueprintMissing, DeviceReplaced, InvalidAnswer, NoPaper, NotEnoughQuestions, NotVerified,
    QuestionNotInPaper, SessionClosed,
)
from core.exam import bank
from core.exam.models import Answer, Blueprint, ExamSession, Paper, Question
from core.exam.schemas import AnswerCardOut, BlueprintOut, PaperOut, SaveResultOut, SessionOut, SubmittedOut
from core.proctoring.models import ProctorCase
from core.principal import SYSTEM, Principal

GRACE = dt.timedelta(seconds=5)  # a save sent just before the deadline may arrive just after it
CAPTURE_GAP = (90, 180)  # seconds between in-exam photos, drawn at random so they cannot be anticipated
SINGLE = {"A1", "A2", "A3", "A4", "B1"}


# ================================================================== blueprints

@db.transactional
async def save_blueprint(*, actor: Principal, cycle_id: int, specialty: str, name: str, time_limit_minutes: int,
                         pass_mark: float, rules: list[dict[str, Any]], multi_partial: bool = False) -> BlueprintOut:
    """Create or change the blueprint of a cycle and specialty (province); frozen once papers exist."""
    await scope.require(actor, "exam.blueprint", province=True)
    if not await Cycle.exists(id=cycle_id):
        raise NotFound(details={"type": "Cycle", "id": cycle_id})
    fields_ = {"name": name, "time_limit_minutes": time_limit_minutes, "pass_mark": pass_mark, "rules": rules,
               "multi_partial": multi_partial}
    async with in_transaction():
        bp = await Blueprint.filter(cycle_id=cycle_id, specialty=specialty).select_for_update().first()
        before = None
        if bp is None:
            bp = await Blueprint.create(cycle_id=cycle_id, specialty=specialty, **fields_)
        else:
            if bp.frozen:
                raise BlueprintFrozen()
            before = {k: getattr(bp, k) for k in fields_}
            for k, v in fields_.items():
                setattr(bp, k, v)
            await bp.save()
        await audit_service.record(actor=actor, action="exam.blueprint_save", target_type="Blueprint",
                                   target_id=bp.id, before=before, after={"specialty": specialty, **fields_})
    return BlueprintOut.model_validate(bp)


def blueprint_view(bp: Blueprint) -> dict[str, Any]:
    """A blueprint with its totals (questions and points); `cycle` must be fetched."""
    rules = bp.rules or []
    return {"id": bp.id, "cycle_id": bp.cycle_id, "cycle_name": bp.cycle.name, "specialty": bp.specialty,
            "name": bp.name, "time_limit_minutes": bp.time_limit_minutes, "pass_mark": bp.pass_mark,
            "rules": rules, "multi_partial": bp.multi_partial, "frozen": bp.frozen,
            "question_count": sum(int(r["count"]) for r in rules),
            "total_points": round(sum(int(r["count"]) * float(r.get("points", 1)) for r in rules), 2)}


async def list_blueprints(*, actor: Principal, cycle_id: int | None = None,
                          specialty: str | None = None) -> list[dict[str, Any]]:
    """The province's blueprints, newest cycle first, by specialty."""
    await scope.require(actor, "exam.blueprint", province=True)
    qs = Blueprint.all()
    if cycle_id is not None:
        qs = qs.filter(cycle_id=cycle_id)
    if specialty:
        qs = qs.filter(specialty=specialty)
    return [blueprint_view(b) for b in await qs.order_by("-cycle_id", "specialty").prefetch_related("cycle")]


async def get_blueprint(*, actor: Principal, blueprint_id: int) -> dict[str, Any]:
    await scope.require(actor, "exam.blueprint", province=True)
    bp = await Blueprint.get_or_none(id=blueprint_id).prefetch_related("cycle")
    if bp is None:
        raise NotFound("组卷方案不存在", details={"type": "Blueprint", "id": blueprint_id})
    return blueprint_view(bp)


def _exact(sizes: list[int], target: int) -> list[int] | None:
    """Indexes of units whose sizes add up to exactly `target` (subset sum), or None."""
    reach: dict[int, list[int]] = {0: []}
    for i, size in enumerate(sizes):
        for total, picked in list(reach.items()):
            nxt = total + size
            if nxt <= target and nxt not in reach:
                reach[nxt] = picked + [i]
        if target in reach:
            return reach[target]
    return reach.get(target)


async def check_blueprint(*, actor: Principal, blueprint_id: int) -> dict[str, Any]:
    """Whether the bank can fill the blueprint, rule by rule, as a draw would take it: what
    one rule takes, a later rule cannot (a group counts its sub-questions and is never split).
    Answers {"ok", "blueprint", "rules": [{rule..., "available", "drawable"}]}."""
    view = await get_blueprint(actor=actor, blueprint_id=blueprint_id)
    taken: set[int] = set()
    out = []
    for rule in view["rules"]:
        qs = Question.filter(specialty=view["specialty"], category=rule["category"], qtype=rule["qtype"],
                             retired=False, deleted_at__isnull=True)
        if rule.get("difficulty"):
            qs = qs.filter(difficulty=rule["difficulty"])
        units = [u for u in _units(await qs.order_by("id")) if not taken & {q.id for q in u}]
        picked = _exact([len(u) for u in units], int(rule["count"]))
        if picked is not None:
            for i in picked:
                taken.update(q.id for q in units[i])
        out.append({**rule, "available": sum(len(u) for u in units), "drawable": picked is not None})
    return {"ok": all(r["drawable"] for r in out), "blueprint": view, "rules": out}


# ================================================================== papers

def _units(questions: list[Question]) -> list[list[Question]]:
    """Questions grouped into draw units: a group's questions stay together, in order."""
    units: dict[Any, list[Question]] = {}
    for q in questions:
        units.setdefault(("g", q.group_id) if q.group_id else ("q", q.id), []).append(q)
    return [sorted(u, key=lambda q: q.position) for u in units.values()]


async def _draw(bp: Blueprint, rng: random.Random) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    taken: set[int] = set()
    for rule in bp.rules:
        qs = Question.filter(specialty=bp.specialty, category=rule["category"], qtype=rule["qtype"],
                             retired=False, deleted_at__isnull=True)
        if rule.get("difficulty"):
            qs = qs.filter(difficulty=rule["difficulty"])
        units = [u for u in _units(await qs.order_by("id")) if not taken & {q.id for q in u}]
        rng.shuffle(units)
        picked, count = [], 0
        for unit in units:
            if count + len(unit) > rule["count"]:
                continue
            picked.append(unit)
            count += len(unit)
            if count == rule["count"]:
                break
        if count < rule["count"]:
            raise NotEnoughQuestions(details={"rule": rule, "available": count})
        for unit in picked:
            group_opts = None
            for q in unit:
                taken.add(q.id)
                if q.qtype == "B1":
                    # The options of a shared-option group keep one shuffled order for the whole group.
                    if group_opts is None:
                        group_opts = [o["key"] for o in (await q.group).shared_options]
                        rng.shuffle(group_opts)
                    opts = group_opts
                else:
                    opts = [o["key"] for o in q.options]
                    rng.shuffle(opts)
                items.append({"q": q.id, "opts": opts, "points": rule["points"], "group": q.group_id,
                              "qtype": q.qtype})
    return items


def counted(paper: Paper) -> bool:
    """A counted paper (exam, make-up) is face-verified, photographed and watched by proctors,
    and its score goes to the assessment; a mock is practice and none of these."""
    return paper.kind != "mock"


async def blueprint_for(*, cycle_id: int, physician: Physician) -> Blueprint:
    """The blueprint a physician's papers of a cycle are drawn from: the one of their specialty."""
    bp = await Blueprint.filter(cycle_id=cycle_id, specialty=physician.specialty).first()
    if bp is None:
        raise BlueprintMissing(details={"specialty": physician.specialty})
    return bp


@db.transactional
async def new_paper(*, bp: Blueprint, physician_id: int, kind: str, enrolment_id: int | None = None) -> Paper:
    """Draw a paper from the blueprint (seeded, so it can be redrawn for review)."""
    seed = random.SystemRandom().getrandbits(48)
    items = await _draw(bp, random.Random(seed))
    paper = Paper(blueprint_id=bp.id, physician_id=physician_id, enrolment_id=enrolment_id, kind=kind, seed=seed,
                  items=items, total_points=sum(i["points"] for i in items))
    async with in_transaction():
        await paper.save()
        await bank.mark_used([i["q"] for i in items])
        # Only counted papers freeze the blueprint: a mock taken early must not stop the province editing it.
        if counted(paper) and not bp.frozen:
            await Blueprint.filter(id=bp.id).update(frozen=True)
    return paper


async def paper_for(*, enrolment: Enrolment, kind: str = "exam") -> Paper:
    """The physician's paper for the cycle, drawn once."""
    existing = await Paper.filter(enrolment_id=enrolment.id, kind=kind).first()
    if existing:
        return existing
    physician = await Physician.get(id=enrolment.physician_id)
    bp = await blueprint_for(cycle_id=enrolment.cycle_id, physician=physician)
    return await new_paper(bp=bp, physician_id=physician.id, kind=kind, enrolment_id=enrolment.id)


async def redraw(*, paper: Paper) -> list[dict[str, Any]]:
    """The same draw again from the stored seed: proves a paper was not hand-picked."""
    bp = await Blueprint.get(id=paper.blueprint_id)
    return await _draw(bp, random.Random(paper.seed))


def _needs_exam(row: Enrolment, settings: dict[str, Any]) -> bool:
    """Approved filings sit the test; the simple procedure only when the cycle says so; exemptions never."""
    if row.state != "approved":
        return False
    return row.procedure == "general" or (row.procedure == "simple" and bool(settings.get("simple_requires_exam")))


async def my_papers(*, actor: Principal) -> list[PaperOut]:
    """The physician's papers of the open cycle (drawn on first look) and of past cycles."""
    doc = await assessment_service.physician_of(actor)
    cycle = await Cycle.filter(status=CycleStatus.OPEN).first()
    if cycle:
        row = await Enrolment.get_or_none(cycle_id=cycle.id, physician_id=doc.id, confirmed=True)
        settings = await assessment_service.settings_of(cycle)
        if row is not None and _needs_exam(row, settings):
            await paper_for(enrolment=row)
        if row is not None and row.makeup == "confirmed":
            await paper_for(enrolment=row, kind="makeup")
    out = []
    # Mock exams are listed with the practice (core.exam.practice), not among the assessment's papers.
    for p in await Paper.filter(physician_id=doc.id).exclude(kind="mock").order_by("-id").prefetch_related(
            "blueprint", "session"):
        s = p.session if isinstance(p.session, ExamSession) else await ExamSession.get_or_none(paper_id=p.id)
        out.append(PaperOut(paper_id=p.id, name=p.blueprint.name, kind=p.kind, state=p.state,
                            questions=len(p.items), time_limit_minutes=p.blueprint.time_limit_minutes,
                            score=s.score if s else None, passed=s.passed if s else None,
                            voided=s.voided if s else False))
    return out


# ================================================================== taking the exam

async def _own_paper(actor: Principal, paper_id: int) -> Paper:
    doc = await assessment_service.physician_of(actor)
    paper = await Paper.get_or_none(id=paper_id, physician_id=doc.id)
    if paper is None:
        raise NoPaper()
    return paper


async def own_session(actor: Principal, session_id: int) -> tuple[ExamSession, Paper]:
    found = await _owned(actor, session_id)
    if found is None:
        await assessment_service.my_physician_id(actor)  # NotBound for an account without a physician
        raise NotFound("考试不存在", details={"session_id": session_id})
    return found


async def _owned(actor: Principal, session_id: int) -> tuple[ExamSession, Paper] | None:
    """The caller's session with its paper, or None; the taker's requests read it in one
    written-out statement (core/db.py, hot reads)."""
    if actor.kind not in _OWNER:
        return None
    found = await db.load_joined(OWN_SESSION_SQL[actor.kind], [session_id, actor.id], ExamSession, Paper)
    if found is None:
        return None
    session, paper = found
    session.paper = paper
    return session, paper


def capture_schedule(seconds: int, rng: random.Random) -> list[int]:
    """Offsets (seconds after the start) at which the phone takes a photo."""
    out, at = [], 0
    while True:
        at += rng.randint(*CAPTURE_GAP)
        if at >= seconds:
            return out
        out.append(at)


def _remaining(session: ExamSession) -> int:
    return _left(session.deadline)


def _left(deadline: dt.datetime) -> int:
    return max(0, int((deadline - utcnow()).total_seconds()))


async def _open_proctor_case(session: ExamSession, paper: Paper) -> None:
    """A counted exam is watched by the proctors of the physician's institution and of
    its assessment institution; a mock exam is not watched."""
    if not counted(paper) or paper.enrolment_id is None:
        return
    enrolment = await Enrolment.get(id=paper.enrolment_id)
    await ProctorCase.create(session_id=session.id, institution_id=enrolment.institution_id,
                             assessment_org_id=enrolment.assessment_org_id)


@db.transactional
async def start(*, actor: Principal, paper_id: int, device_id: str) -> SessionOut:
    """Start, or resume on this device: the deadline is set once, by the server.

    Resuming from another device takes the exam over; the previous device's
    next save is refused with exam.device_replaced.
    """
    paper = await _own_paper(actor, paper_id)
    bp = await Blueprint.get(id=paper.blueprint_id)
    now = utcnow()
    async with in_transaction():
        # Starts of one paper queue on the paper's row, which exists: a record lock. A locking
        # read of its session instead, before the session exists, locks the gap at the end of
        # exam_session's index; every first start at that moment holds the same gap and each
        # one's insert waits for the others' (MariaDB deadlock 1213, once 10 starts in 50).
        await Paper.filter(id=paper.id).select_for_update().first()
        session = await ExamSession.get_or_none(paper_id=paper.id)  # read after the lock: current
        if session is not None:
            session = await ExamSession.filter(id=session.id).select_for_update().first()
        if session is None:
            try:
                schedule = (capture_schedule(bp.time_limit_minutes * 60, random.SystemRandom())
                            if counted(paper) else [])
                session = await ExamSession.create(paper_id=paper.id, started_at=now, active_device=device_id,
                                                   deadline=now + dt.timedelta(minutes=bp.time_limit_minutes),
                                                   capture_schedule=schedule)
            except IntegrityError:  # a double tap started it already
                session = await ExamSession.filter(paper_id=paper.id).select_for_update().first()
            else:
                await Paper.filter(id=paper.id).update(state="in_progress")
                await _open_proctor_case(session, paper)
                await audit_service.record(actor=actor, action="exam.start", target_type="ExamSession",
                                           target_id=session.id, after={"device": device_id})
        if session.submitted_at is None and session.active_device != device_id:
            before = session.active_device
            session.active_device = device_id
            session.device_epoch += 1
            await session.save(update_fields=["active_device", "device_epoch"])
            await audit_service.record(actor=actor, action="exam.takeover", target_type="ExamSession",
                                       target_id=session.id, before={"device": before}, after={"device": device_id})
        if session.submitted_at is None:
            # Every (re)start, so that a resume re-queues an auto-submit Redis may have lost.
            await events.emit(SESSION_OPENED, {"session": session.id, "deadline": session.deadline.isoformat()})
    return await view(actor=actor, session_id=session.id)


async def view(*, actor: Principal, session_id: int) -> SessionOut:
    """Everything the exam screen needs to (re)draw itself: questions, saved answers, time left."""
    session, paper = await own_session(actor, session_id)
    questions = {q.id: q for q in await Question.filter(id__in=[i["q"] for i in paper.items])
                 .prefetch_related("group")}
    saved = {a.question_id: a for a in await Answer.filter(session_id=session.id)}
    # The rows go to SessionOut as data, validated in one pass: built as models one by one, a
    # paper's hundred rows cost about twice the CPU (so do the answer card's cells, in _card).
    items = []
    for n, item in enumerate(paper.items, start=1):
        q = questions[item["q"]]
        bank_opts = {o["key"]: o["text"] for o in options_of(q)}
        a = saved.get(q.id)
        items.append({
            "no": n, "question_id": q.id, "qtype": q.qtype, "points": item["points"],
            "group_id": q.group_id, "group_stem": q.group.stem if q.group_id else None, "stem": q.stem,
            # Shown in the shuffled order; the label is the position, the key is what is saved.
            "options": [{"label": chr(65 + k), "key": key, "text": bank_opts[key]}
                        for k, key in enumerate(item["opts"])],
            "answer": a.answer if a else [], "marked": a.marked if a else False, "seq": a.seq if a else 0,
        })
    return SessionOut(session_id=session.id, paper_id=paper.id, kind=paper.kind, deadline=session.deadline,
                      remaining_seconds=_remaining(session), submitted=session.submitted_at is not None,
                      active_device=session.active_device, device_epoch=session.device_epoch,
                      verified=session.verified, capture_schedule=session.capture_schedule or [],
                      started_at=session.started_at, score=session.score, items=items)


def options_of(q: Question) -> list[dict[str, str]]:
    """A question's options in bank order; B1 answers from its group's list (prefetch `group`)."""
    return q.group.shared_options if q.qtype == "B1" else q.options


def _check_answer(q: Question, item: dict[str, Any], answer: list[str]) -> list[str]:
    return _check_keys(q.qtype, item["opts"], answer)


def _check_keys(qtype: str, opts: Any, answer: list[str]) -> list[str]:
    keys = set(opts)
    chosen = list(dict.fromkeys(answer))
    if any(a not in keys for a in chosen):
        raise InvalidAnswer(details={"allowed": sorted(keys)})
    if qtype in SINGLE and len(chosen) > 1:
        raise InvalidAnswer("单选题只能选择一个答案", details={"qtype": qtype})
    return sorted(chosen)


async def save_answer(*, actor: Principal, session_id: int, question_id: int, answer: list[str], seq: int,
                      device_id: str, marked: bool | None = None) -> SaveResultOut:
    facts = _FACTS.get(session_id)
    if facts is None:  # this process has not seen the session yet: learn its facts, then the short way
        found = await _owned(actor, session_id)
        if found is not None:
            await _remember(*found)
            facts = _FACTS.get(session_id)
    if facts is not None:
        _FACTS.move_to_end(session_id)
        result = await _fast_save(facts, actor=actor, session_id=session_id, question_id=question_id,
                                  answer=answer, seq=seq, device_id=device_id, marked=marked)
        if result is not None:
            return result
    return await _save(actor=actor, session_id=session_id, question_id=question_id, answer=answer, seq=seq,
                       device_id=device_id, marked=marked)


async def _save(*, actor: Principal, session_id: int, question_id: int, answer: list[str], seq: int,
                device_id: str, marked: bool | None) -> SaveResultOut:
    """The save with every check read and answered precisely, in order."""
    session, paper = await own_session(actor, session_id)
    if session.submitted_at is not None or utcnow() > session.deadline + GRACE:
        raise SessionClosed(details={"submitted": session.submitted_at is not None})
    if not session.verified and counted(paper):  # face verification (or a proctor's release) comes first
        raise NotVerified()
    if session.active_device != device_id:
        raise DeviceReplaced(details={"active_epoch": session.device_epoch})
    item = next((i for i in paper.items if i["q"] == question_id), None)
    if item is None:
        raise QuestionNotInPaper(details={"question_id": question_id})
    qtype = item["qtype"] if "qtype" in item else (await Question.get(id=question_id)).qtype
    chosen = _check_keys(qtype, item["opts"], answer)
    await _remember(session, paper)
    now = utcnow()
    values = {"answer": chosen, "seq": seq, "device": device_id, "saved_at": now}
    if marked is not None:
        values["marked"] = marked
    # Only a newer sequence changes the row: retries and late arrivals are no-ops.
    changed = await Answer.filter(session_id=session.id, question_id=question_id, seq__lt=seq).update(**values)
    if not changed:
        try:
            await Answer.create(session_id=session.id, question_id=question_id, **{"marked": False, **values})
            changed = 1
        except IntegrityError:
            changed = 0  # the row exists with a sequence at least as new
    held = changed and seq or (await Answer.get(session_id=session.id, question_id=question_id)).seq
    return SaveResultOut(question_id=question_id, seq=held, applied=bool(changed),
                         remaining_seconds=_remaining(session))


# ------------------------------------------------------------------ the fast save
#
# Why: a save is the request every taker sends all exam long. Read as above it cost
# about 2.7 ms of app CPU (6 ORM queries: the physician, the session with its
# 100-item paper, the question, the update, maybe the insert and a re-read) against
# 0.09 ms for the bare /healthz, so saves ran at ~0.03-0.06 of the bare rate
# (bench/exam.py (a)). The fast save is one prepared statement after the guard.
#
# Why it is safe: what it takes from memory never changes once a session exists
# (the session's paper, the paper's questions with their option keys and types, the
# deadline, set once by `start`), and the statement itself re-checks that memory
# against the row (session id, paper id and seed, deadline), so a stale entry (a
# moved deadline, tables emptied by tests) only makes it fall through. Everything
# that can change is checked by the statement in the database at the moment of the
# write: ownership (the paper's physician, not deleted, bound to this account), not
# submitted, face-verified unless a mock, this device still the active one, and the
# newer sequence. If any of these fails, or the answer does not validate, the save
# goes the precise way above, which gives the same error or "not applied" as before.
# On MariaDB the INSERT ... SELECT also share-locks the session row, so a save can
# no longer slip in while the submit scores the session.

_FACTS_MAX = 20_000  # sessions per process (~2 KB each): an exam day's takers
_FACTS: OrderedDict[int, "_Facts"] = OrderedDict()
_RULES: dict[tuple[frozenset[str], str], tuple[frozenset[str], str]] = {}  # shared (option keys, qtype)


@dataclass(frozen=True, slots=True)
class _Facts:
    paper_id: int
    seed: int
    deadline: dt.datetime
    counted: bool
    questions: array  # the paper's question ids, sorted
    rules: tuple[tuple[frozenset[str], str], ...]  # (option keys, qtype) of each, same order
    order: array  # the paper's question ids in the paper's order (the answer card)


async def _remember(session: ExamSession, paper: Paper) -> None:
    """Keep the immutable facts of a session, read with its owner's request: what every
    statement of the short ways re-checks against the row."""
    known = _FACTS.get(session.id)
    if known is not None and (known.paper_id, known.seed, known.deadline) == (paper.id, paper.seed,
                                                                           session.deadline):
        return
    # Papers carry each question's type; only a paper drawn before they did needs the bank.
    qtypes = {i["q"]: i["qtype"] for i in paper.items if "qtype" in i}
    if len(qtypes) < len(paper.items):
        qtypes = dict(await Question.filter(id__in=[i["q"] for i in paper.items]).values_list("id", "qtype"))
    items = sorted((i["q"], i["opts"]) for i in paper.items)
    rules = []
    for qid, opts in items:
        rule = (frozenset(opts), qtypes[qid])
        rules.append(_RULES.setdefault(rule, rule))
    _FACTS[session.id] = _Facts(paper.id, paper.seed, session.deadline, counted(paper),
                                array("q", [qid for qid, _ in items]), tuple(rules),
                                array("q", [i["q"] for i in paper.items]))
    _FACTS.move_to_end(session.id)
    while len(_FACTS) > _FACTS_MAX:
        _FACTS.popitem(last=False)


_OWNER = {"mp": "mp_account_id", "physician": "id"}  # how each kind of taker is found (assessment.physician_of)
# The taker's own session and its paper as t0 and t1 (db.load_joined), with the physician as ph:
# other domains add their conditions to it for their own hot reads.
OWN_SESSION_SQL = {kind: "FROM exam_session t0 JOIN exam_paper t1 ON t1.id = t0.paper_id "
                         "JOIN physician ph ON ph.id = t1.physician_id "
                         f"WHERE t0.id = {{p}} AND ph.deleted_at IS NULL AND ph.{column} = {{p}}"
                   for kind, column in _OWNER.items()}

_UPSERT_FROM = """INSERT INTO exam_answer (session_id, question_id, answer, marked, seq, device, saved_at)
SELECT s.id, {p}, {p}, {p}, {p}, {p}, {p}
FROM exam_session s JOIN exam_paper p ON p.id = s.paper_id JOIN physician ph ON ph.id = p.physician_id
WHERE s.id = {p} AND s.paper_id = {p} AND p.seed = {p} AND s.deadline = {p} AND s.submitted_at IS NULL
  AND s.active_device = {p} AND (s.verified OR {p}) AND ph.deleted_at IS NULL AND ph.{owner} = {p}
"""
_UPSERT = {
    # Affected rows: 1 inserted, 2 updated, 0 kept (aiomysql does not set CLIENT_FOUND_ROWS).
    # MySQL assigns left to right, so seq, which every condition reads, comes last.
    "mysql": _UPSERT_FROM + """ON DUPLICATE KEY UPDATE
  answer = IF(VALUES(seq) > exam_answer.seq, VALUES(answer), exam_answer.answer),
  marked = IF(VALUES(seq) > exam_answer.seq, COALESCE({p}, exam_answer.marked), exam_answer.marked),
  device = IF(VALUES(seq) > exam_answer.seq, VALUES(device), exam_answer.device),
  saved_at = IF(VALUES(seq) > exam_answer.seq, VALUES(saved_at), exam_answer.saved_at),
  seq = IF(VALUES(seq) > exam_answer.seq, VALUES(seq), exam_answer.seq)""",
    "sqlite": _UPSERT_FROM + """ON CONFLICT (session_id, question_id) DO UPDATE SET
  answer = excluded.answer, marked = COALESCE({p}, exam_answer.marked), device = excluded.device,
  saved_at = excluded.saved_at, seq = excluded.seq
WHERE excluded.seq > exam_answer.seq""",
}
_SQL = {(dialect, kind, p): _UPSERT[dialect].format(p=p, owner=column)
        for dialect in _UPSERT for kind, column in _OWNER.items() for p in ("%s", "?")}
_JSON = Answer._meta.fields_map["answer"]


async def _fast_save(facts: _Facts, *, actor: Principal, session_id: int, question_id: int, answer: list[str],
                     seq: int, device_id: str, marked: bool | None) -> SaveResultOut | None:
    """The save in one statement, or None when the precise way must answer."""
    i = bisect_left(facts.questions, question_id)
    if i == len(facts.questions) or facts.questions[i] != question_id or actor.kind not in _OWNER:
        return None
    keys, qtype = facts.rules[i]
    try:
        chosen = _check_keys(qtype, keys, answer)
    except InvalidAnswer:
        return None
    now = utcnow()
    if now > facts.deadline + GRACE:
        return None
    conn = Answer._meta.db
    dialect = "sqlite" if conn.capabilities.dialect == "sqlite" else "mysql"
    sql = _SQL[dialect, actor.kind, "?" if dialect == "sqlite" else "%s"]
    changed, _ = await conn.execute_query(sql, [
        question_id, _JSON.to_db_value(chosen, None), bool(marked), seq, device_id, now,
        session_id, facts.paper_id, facts.seed, facts.deadline, device_id, not facts.counted, actor.id,
        marked])
    if not changed:
        return None
    return SaveResultOut(question_id=question_id, seq=seq, applied=True, remaining_seconds=_left(facts.deadline))


async def answer_card(*, actor: Principal, session_id: int) -> AnswerCardOut:
    facts = _FACTS.get(session_id)
    if facts is not None and actor.kind in _OWNER:
        card = await _fast_card(facts, actor, session_id)
        if card is not None:
            return card
    session, paper = await own_session(actor, session_id)
    await _remember(session, paper)  # the taker's next saves and cards take the short way
    conn = Answer._meta.db
    rows = await conn.execute_query_dict(
        "SELECT question_id, answer, marked FROM exam_answer WHERE session_id = "
        + ("?" if conn.capabilities.dialect == "sqlite" else "%s"), [session.id])
    return _card(session.id, [i["q"] for i in paper.items], session.deadline, session.submitted_at, rows)


def _card(session_id: int, order: Any, deadline: dt.datetime, submitted_at: dt.datetime | None,
          rows: list[dict[str, Any]]) -> AnswerCardOut:
    saved = {r["question_id"]: (bool(_JSON.to_python_value(r["answer"])), bool(r["marked"]))
             for r in rows if r["question_id"] is not None}
    cells = []  # as data for AnswerCardOut to validate in one pass (see view): every taker reads the card
    for n, qid in enumerate(order, start=1):
        answered, marked = saved.get(qid, (False, False))
        cells.append({"no": n, "question_id": qid, "answered": answered, "marked": marked})
    return AnswerCardOut(session_id=session_id, remaining_seconds=_left(deadline),
                         answered=sum(c["answered"] for c in cells), marked=sum(c["marked"] for c in cells),
                         empty=sum(not c["answered"] for c in cells), cells=cells,
                         submitted=submitted_at is not None)


async def _fast_card(facts: _Facts, actor: Principal, session_id: int) -> AnswerCardOut | None:
    """The card in one statement (every taker reads it every minute): the session's state and
    its answers, owned by the caller, the paper's order from memory; None when the precise way
    must answer (not the caller's, or the memory is stale)."""
    conn = Answer._meta.db
    dialect = "sqlite" if conn.capabilities.dialect == "sqlite" else "mysql"
    rows = await conn.execute_query_dict(_CARD_SQL[dialect, actor.kind], [session_id, actor.id])
    if not rows or (rows[0]["paper_id"], rows[0]["seed"]) != (facts.paper_id, facts.seed):
        return None
    deadline, submitted_at = (_DATETIME.to_python_value(rows[0][k]) for k in ("deadline", "submitted_at"))
    return _card(session_id, facts.order, deadline, submitted_at, rows)


_CARD_SQL = {(dialect, kind): (
    "SELECT s.paper_id, p.seed, s.deadline, s.submitted_at, a.question_id, a.answer, a.marked "
    "FROM exam_session s JOIN exam_paper p ON p.id = s.paper_id JOIN physician ph ON ph.id = p.physician_id "
    "LEFT JOIN exam_answer a ON a.session_id = s.id "
    f"WHERE s.id = {p} AND ph.deleted_at IS NULL AND ph.{column} = {p}")
    for dialect, p in (("mysql", "%s"), ("sqlite", "?")) for kind, column in _OWNER.items()}
_DATETIME = ExamSession._meta.fields_map["deadline"]


# ================================================================== submitting and scoring

def _points(q: Question, item: dict[str, Any], given: list[str], multi_partial: bool) -> float:
    correct = set(q.answer)
    chosen = set(given or [])
    if not chosen:
        return 0.0
    if q.qtype == "X":
        if chosen == correct:
            return item["points"]
        if multi_partial and chosen < correct:  # some right, none wrong
            return round(item["points"] * len(chosen) / len(correct), 2)
        return 0.0
    return item["points"] if chosen == correct else 0.0


@db.transactional
async def _finish(session_id: int, *, by: str, actor: Principal) -> ExamSession:
    """Close and score a session once; a second call returns the first result."""
    async with in_transaction():
        session = await ExamSession.filter(id=session_id).select_for_update().first()
        if session.submitted_at is not None:
            return session
        paper = await Paper.get(id=session.paper_id)
        bp = await Blueprint.get(id=paper.blueprint_id)
        questions = {q.id: q for q in await Question.filter(id__in=[i["q"] for i in paper.items])}
        saved = {a.question_id: a for a in await Answer.filter(session_id=session.id)}
        total = 0.0
        for item in paper.items:
            a = saved.get(item["q"])
            pts = _points(questions[item["q"]], item, a.answer if a else [], bp.multi_partial)
            total += pts
            if a is not None:
                a.points = pts
                await a.save(update_fields=["points"])
        score = round(100 * total / paper.total_points, 2) if paper.total_points else 0.0
        session.submitted_at, session.submitted_by = utcnow(), by
        session.score, session.passed = score, score >= bp.pass_mark
        await session.save(update_fields=["submitted_at", "submitted_by", "score", "passed"])
        await Paper.filter(id=paper.id).update(state="submitted")
        await audit_service.record(actor=actor, action="exam.submit", target_type="ExamSession",
                                   target_id=session.id, after={"by": by, "score": score})
        if paper.enrolment_id and counted(paper):
            await assessment_service.apply_exam_score(enrolment_id=paper.enrolment_id, score=score,
                                                      makeup=paper.kind == "makeup")
        elif not counted(paper):
            from core.exam import practice  # practice builds on this module

            await practice.record_mock(paper=paper, questions=questions, saved=saved)
    return session


async def submit(*, actor: Principal, session_id: int) -> SubmittedOut:
    session, _ = await own_session(actor, session_id)
    session = await _finish(session.id, by="taker", actor=actor)
    return SubmittedOut(session_id=session.id, submitted_at=session.submitted_at, submitted_by=session.submitted_by,
                        score=session.score, passed=session.passed)


SESSION_OPENED = "exam.session_opened"


async def on_session_opened(event: Event) -> None:
    """Consumer of `exam.session_opened` (group `exam.deadline`): queue the auto-submit for the
    deadline once the start committed. A second one for a session is harmless: `auto_submit`
    submits once; and the sweeper catches a job Redis lost."""
    deadline = dt.datetime.fromisoformat(event.payload["deadline"])
    await jobs.enqueue("auto_submit", int(event.payload["session"]),
                       _defer_by=max(1.0, _left(deadline) + GRACE.seconds))


async def auto_submit(ctx: dict, session_id: int) -> None:
    """At the deadline (+ grace), whether or not the phone ever comes back."""
    session = await ExamSession.get_or_none(id=session_id)
    if session is None or session.submitted_at is not None:
        return
    if utcnow() < session.deadline + GRACE:
        # Woken early (clock skew, or a resume re-queued it): try again at the real deadline.
        await jobs.enqueue("auto_submit", session_id, _defer_by=max(1.0, _remaining(session) + GRACE.seconds))
        return
    await _finish(session_id, by="deadline", actor=SYSTEM)


async def sweep_overdue_exams(ctx: dict) -> int:
    """The periodic job of `sweep_overdue` (registered in core/wiring.py)."""
    return await sweep_overdue()


async def sweep_overdue() -> int:
    """Submit every session past its deadline (a cron safety net if a deferred job was lost).
    A session that cannot be submitted is left for the next run; the others are submitted."""
    ids = await ExamSession.filter(submitted_at__isnull=True, deadline__lt=utcnow() - GRACE) \
        .order_by("id").values_list("id", flat=True)
    run = await jobs.per_item("sweep_overdue", ids,
                              lambda session_id: _finish(session_id, by="deadline", actor=SYSTEM))
    return run.done
