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
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import jobs, scope
from core.assessment import service as assessment_service
from core.assessment.models import Cycle, CycleStatus, Enrolment, Physician
from core.audit import service as audit_service
from core.db import utcnow
from core.errors import NotFound
from core.exam.errors import (
    BlueprintFrozen, BlueprintMissing, DeviceReplaced, InvalidAnswer, NoPaper, NotEnoughQuestions, NotVerified,
    QuestionNotInPaper, SessionClosed,
)
from core.exam import bank
from core.exam.models import Answer, Blueprint, ExamSession, Paper, Question
from core.proctoring.models import ProctorCase
from core.principal import SYSTEM, Principal

GRACE = dt.timedelta(seconds=5)  # a save sent just before the deadline may arrive just after it
CAPTURE_GAP = (90, 180)  # seconds between in-exam photos, drawn at random so they cannot be anticipated
SINGLE = {"A1", "A2", "A3", "A4", "B1"}


# ================================================================== blueprints

async def save_blueprint(*, actor: Principal, cycle_id: int, specialty: str, name: str, time_limit_minutes: int,
                         pass_mark: float, rules: list[dict[str, Any]], multi_partial: bool = False) -> Blueprint:
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
    return bp


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


async def my_papers(*, actor: Principal) -> list[dict[str, Any]]:
    """The physician's papers of the open cycle (drawn on first look) and of past cycles."""
    doc = await assessment_service._me(actor)
    cycle = await Cycle.filter(status=CycleStatus.OPEN).first()
    if cycle:
        row = await Enrolment.get_or_none(cycle_id=cycle.id, physician_id=doc.id, confirmed=True)
        settings = await assessment_service._settings_of(cycle)
        if row is not None and _needs_exam(row, settings):
            await paper_for(enrolment=row)
        if row is not None and row.makeup == "confirmed":
            await paper_for(enrolment=row, kind="makeup")
    out = []
    # Mock exams are listed with the practice (core.exam.practice), not among the assessment's papers.
    for p in await Paper.filter(physician_id=doc.id).exclude(kind="mock").order_by("-id").prefetch_related(
            "blueprint", "session"):
        s = p.session if isinstance(p.session, ExamSession) else await ExamSession.get_or_none(paper_id=p.id)
        out.append({"paper_id": p.id, "name": p.blueprint.name, "kind": p.kind, "state": p.state,
                    "questions": len(p.items), "time_limit_minutes": p.blueprint.time_limit_minutes,
                    "score": s.score if s else None, "passed": s.passed if s else None,
                    "voided": s.voided if s else False})
    return out


# ================================================================== taking the exam

async def _own_paper(actor: Principal, paper_id: int) -> Paper:
    doc = await assessment_service._me(actor)
    paper = await Paper.get_or_none(id=paper_id, physician_id=doc.id)
    if paper is None:
        raise NoPaper()
    return paper


async def _own_session(actor: Principal, session_id: int) -> tuple[ExamSession, Paper]:
    doc = await assessment_service._me(actor)
    session = await ExamSession.get_or_none(id=session_id).prefetch_related("paper")
    if session is None or session.paper.physician_id != doc.id:
        raise NotFound("考试不存在", details={"session_id": session_id})
    return session, session.paper


def capture_schedule(seconds: int, rng: random.Random) -> list[int]:
    """Offsets (seconds after the start) at which the phone takes a photo."""
    out, at = [], 0
    while True:
        at += rng.randint(*CAPTURE_GAP)
        if at >= seconds:
            return out
        out.append(at)


def _remaining(session: ExamSession) -> int:
    return max(0, int((session.deadline - utcnow()).total_seconds()))


async def _open_proctor_case(session: ExamSession, paper: Paper) -> None:
    """A counted exam is watched by the proctors of the physician's institution and of
    its assessment institution; a mock exam is not watched."""
    if not counted(paper) or paper.enrolment_id is None:
        return
    enrolment = await Enrolment.get(id=paper.enrolment_id)
    await ProctorCase.create(session_id=session.id, institution_id=enrolment.institution_id,
                             assessment_org_id=enrolment.assessment_org_id)


async def start(*, actor: Principal, paper_id: int, device_id: str) -> dict[str, Any]:
    """Start, or resume on this device: the deadline is set once, by the server.

    Resuming from another device takes the exam over; the previous device's
    next save is refused with exam.device_replaced.
    """
    paper = await _own_paper(actor, paper_id)
    bp = await Blueprint.get(id=paper.blueprint_id)
    now = utcnow()
    async with in_transaction():
        session = await ExamSession.filter(paper_id=paper.id).select_for_update().first()
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
        await jobs.enqueue("auto_submit", session.id, _defer_by=max(1.0, _remaining(session) + GRACE.seconds))
    return await view(actor=actor, session_id=session.id)


async def view(*, actor: Principal, session_id: int) -> dict[str, Any]:
    """Everything the exam screen needs to (re)draw itself: questions, saved answers, time left."""
    session, paper = await _own_session(actor, session_id)
    questions = {q.id: q for q in await Question.filter(id__in=[i["q"] for i in paper.items])
                 .prefetch_related("group")}
    saved = {a.question_id: a for a in await Answer.filter(session_id=session.id)}
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
    return {"session_id": session.id, "paper_id": paper.id, "kind": paper.kind, "deadline": session.deadline,
            "remaining_seconds": _remaining(session), "submitted": session.submitted_at is not None,
            "active_device": session.active_device, "device_epoch": session.device_epoch,
            "verified": session.verified, "capture_schedule": session.capture_schedule or [],
            "started_at": session.started_at, "score": session.score, "items": items}


def options_of(q: Question) -> list[dict[str, str]]:
    """A question's options in bank order; B1 answers from its group's list (prefetch `group`)."""
    return q.group.shared_options if q.qtype == "B1" else q.options


def _check_answer(q: Question, item: dict[str, Any], answer: list[str]) -> list[str]:
    keys = set(item["opts"])
    chosen = list(dict.fromkeys(answer))
    if any(a not in keys for a in chosen):
        raise InvalidAnswer(details={"allowed": sorted(keys)})
    if q.qtype in SINGLE and len(chosen) > 1:
        raise InvalidAnswer("单选题只能选择一个答案", details={"qtype": q.qtype})
    return sorted(chosen)


@dataclass
class SaveResult:
    question_id: int
    seq: int  # the sequence the server now holds for this question
    applied: bool  # False: an older or repeated save, acknowledged without change
    remaining_seconds: int


async def save_answer(*, actor: Principal, session_id: int, question_id: int, answer: list[str], seq: int,
                      device_id: str, marked: bool | None = None) -> SaveResult:
    session, paper = await _own_session(actor, session_id)
    if session.submitted_at is not None or utcnow() > session.deadline + GRACE:
        raise SessionClosed(details={"submitted": session.submitted_at is not None})
    if not session.verified and counted(paper):  # face verification (or a proctor's release) comes first
        raise NotVerified()
    if session.active_device != device_id:
        raise DeviceReplaced(details={"active_epoch": session.device_epoch})
    item = next((i for i in paper.items if i["q"] == question_id), None)
    if item is None:
        raise QuestionNotInPaper(details={"question_id": question_id})
    q = await Question.get(id=question_id)
    chosen = _check_answer(q, item, answer)
    now = utcnow()
    values = {"answer": chosen, "seq": seq, "device": device_id, "saved_at": now}
    if marked is not None:
        values["marked"] = marked
    # Only a newer sequence changes the row: retries and late arrivals are no-ops.
    changed = await Answer.filter(session_id=session.id, question_id=question_id, seq__lt=seq).update(**values)
    if not changed:
        try:
            await Answer.create(session_id=session.id, question_id=question_id, marked=bool(marked), **values)
            changed = 1
        except IntegrityError:
            changed = 0  # the row exists with a sequence at least as new
    held = changed and seq or (await Answer.get(session_id=session.id, question_id=question_id)).seq
    return SaveResult(question_id, held, bool(changed), _remaining(session))


async def answer_card(*, actor: Principal, session_id: int) -> dict[str, Any]:
    session, paper = await _own_session(actor, session_id)
    saved = {a.question_id: a for a in await Answer.filter(session_id=session.id)}
    cells = []
    for n, item in enumerate(paper.items, start=1):
        a = saved.get(item["q"])
        cells.append({"no": n, "question_id": item["q"], "answered": bool(a and a.answer),
                      "marked": bool(a and a.marked)})
    return {"session_id": session.id, "remaining_seconds": _remaining(session),
            "answered": sum(c["answered"] for c in cells), "marked": sum(c["marked"] for c in cells),
            "empty": sum(not c["answered"] for c in cells), "cells": cells,
            "submitted": session.submitted_at is not None}


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


async def submit(*, actor: Principal, session_id: int) -> dict[str, Any]:
    session, _ = await _own_session(actor, session_id)
    session = await _finish(session.id, by="taker", actor=actor)
    return {"session_id": session.id, "submitted_at": session.submitted_at, "submitted_by": session.submitted_by,
            "score": session.score, "passed": session.passed}


@jobs.job
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


async def sweep_overdue() -> int:
    """Submit every session past its deadline (a cron safety net if a deferred job was lost)."""
    n = 0
    for s in await ExamSession.filter(submitted_at__isnull=True, deadline__lt=utcnow() - GRACE):
        await _finish(s.id, by="deadline", actor=SYSTEM)
        n += 1
    return n
