"""Periodic sweeps isolate their items (core.jobs.per_item).

Why: one session that the deadline sweep could not submit (its cycle had lost its
settings) made the whole sweep fail every minute, so no other overdue exam was
submitted. Now a bad item is logged in one line without personal data, counted, left
as it was for the next run, and the sweep goes on with the others.
"""
from __future__ import annotations

import datetime as dt
import logging

from core import jobs
from core.assessment.models import Cycle, Enrolment
from core.db import utcnow
from core.exam import service as exam_service
from core.exam.models import ExamSession
from core.records import service as records
from core.records.models import RecordRequest
from tests.exam.test_concurrent_start import _takers
from tests.records.test_download import ready
from tests.records.test_service import world


async def _overdue_sessions(n: int) -> list[tuple[ExamSession, Enrolment]]:
    out = []
    for who, paper in await _takers(n):
        view = await exam_service.start(actor=who, paper_id=paper.id, device_id="phone-sweep-0001")
        await ExamSession.filter(id=view.session_id).update(deadline=utcnow() - dt.timedelta(minutes=5))
        out.append((await ExamSession.get(id=view.session_id), await Enrolment.get(id=paper.enrolment_id)))
    return out


async def test_one_broken_session_does_not_stop_the_deadline_sweep(caplog):
    (broken, broken_enrolment), *good = await _overdue_sessions(3)
    # The broken one comes first: a cycle whose settings are missing (no such version).
    lost = await Cycle.create(code="LOST", name="设置缺失的周期", settings_version=99)
    home = broken_enrolment.cycle_id
    await Enrolment.filter(id=broken_enrolment.id).update(cycle_id=lost.id)
    before = jobs.ITEM_FAILURES["sweep_overdue"]
    caplog.set_level(logging.WARNING, logger="huiyi.jobs")

    assert await exam_service.sweep_overdue() == 2

    for session, enrolment in good:
        assert (await ExamSession.get(id=session.id)).submitted_by == "deadline"
        assert (await Enrolment.get(id=enrolment.id)).exam_score == 0.0
    assert (await ExamSession.get(id=broken.id)).submitted_at is None  # rolled back, left for the next run
    assert (await Enrolment.get(id=broken_enrolment.id)).exam_score is None
    assert jobs.ITEM_FAILURES["sweep_overdue"] == before + 1
    lines = [r.getMessage() for r in caplog.records if r.name == "huiyi.jobs"]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"sweep_overdue: item {broken.id} failed (DoesNotExist at ")
    doc = await (await Enrolment.get(id=broken_enrolment.id)).physician
    assert doc.name not in lines[0] and doc.id_number not in lines[0]

    # Still broken: tried again, counted again, the others stay submitted once.
    assert await exam_service.sweep_overdue() == 0
    assert jobs.ITEM_FAILURES["sweep_overdue"] == before + 2
    # Repaired: the next run submits it.
    await Enrolment.filter(id=broken_enrolment.id).update(cycle_id=home)
    assert await exam_service.sweep_overdue() == 1
    assert (await ExamSession.get(id=broken.id)).submitted_by == "deadline"
    assert await exam_service.sweep_overdue() == 0


async def test_one_request_that_cannot_expire_does_not_stop_the_copy_sweep(monkeypatch, caplog):
    w = await world()
    rows = [await ready(w, pages=1) for _ in range(3)]
    await RecordRequest.filter(id__in=[r.id for r in rows]).update(expires_at=utcnow() - dt.timedelta(minutes=1))
    broken = rows[0]
    move = records._move

    async def failing_move(req, event, **kw):  # this one request's transition fails (a bad row, a bug)
        if req.id == broken.id:
            raise KeyError("state")
        return await move(req, event, **kw)

    monkeypatch.setattr(records, "_move", failing_move)
    caplog.set_level(logging.WARNING, logger="huiyi.jobs")

    assert await records.sweep_expired() == 2

    states = {r.id: r.state for r in await RecordRequest.filter(id__in=[r.id for r in rows])}
    assert states == {broken.id: "ready", rows[1].id: "expired", rows[2].id: "expired"}
    assert [r.getMessage().split(" (")[0] for r in caplog.records if r.name == "huiyi.jobs"] == [
        f"sweep_expired: item {broken.id} failed"]
    monkeypatch.setattr(records, "_move", move)
    assert await records.sweep_expired() == 1  # the next run
    assert (await RecordRequest.get(id=broken.id)).state == "expired"


async def test_per_item_logs_each_failure_once_and_counts_them(caplog):
    caplog.set_level(logging.WARNING, logger="huiyi.jobs")

    async def handle(n: int) -> int:
        if n % 10 == 3:
            raise ValueError("420102198001011234")  # an error that carries personal data
        return n * 2

    run = await jobs.per_item("test.per_item", range(30), handle)
    assert run.done == 27 and run.failed == [3, 13, 23]
    assert run.results[:5] == [0, 2, 4, None, 8]
    lines = [r.getMessage() for r in caplog.records if r.name == "huiyi.jobs"]
    assert len(lines) == 3 and all("420102" not in line for line in lines)
    assert lines[0].startswith("test.per_item: item 3 failed (ValueError at test_sweeps.py:")
    assert jobs.ITEM_FAILURES["test.per_item"] == 3
