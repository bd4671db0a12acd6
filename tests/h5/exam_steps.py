"""Steps the H5 exam tests share: opening a paper on the phone, answering the question on
screen from the bank's key, reading the screen's save state, and a session started and
verified through the services (for tests that are not about the face check)."""
from __future__ import annotations

import datetime as dt

from playwright.async_api import expect

from core.db import utcnow
from core.exam import service as exam_service
from core.exam.models import ExamSession, Question


async def open_paper(page, paper_id: int) -> None:
    await page.goto(f"/h5/#/exam/take/{paper_id}")


async def current_question(page) -> Question:
    qid = await page.locator("article.question").get_attribute("data-question-id")
    return await Question.get(id=int(qid))


async def answer_current(page, *, right: bool = True) -> tuple[int, list[str], int]:
    """Tap the options of the question on screen: its right answer, or a wrong single one.
    Returns (question id, the keys chosen, the taps made, i.e. the saves sent)."""
    q = await current_question(page)
    if right:
        keys = sorted(q.answer)
    else:
        options = (await q.group).shared_options if q.qtype == "B1" else q.options
        keys = [next(o["key"] for o in options if o["key"] not in q.answer)]
    for key in keys:
        await page.click(f"article.question button.option[data-key='{key}']")
        await expect(page.locator(f"article.question button.option[data-key='{key}']")).to_have_class(
            "option chosen")
    return q.id, keys, len(keys)


async def expect_saved(page) -> None:
    await expect(page.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")


async def started_elsewhere(world, paper, *, deadline_in: float | None = None) -> ExamSession:
    """The exam started on another device and its face check passed (or released), optionally
    with a near deadline; the phone that opens it next takes it over."""
    view = await exam_service.start(actor=world.me, paper_id=paper.id, device_id="setup-device-0001")
    changes = {"verified": True}
    if deadline_in is not None:
        changes["deadline"] = utcnow() + dt.timedelta(seconds=deadline_in)
    await ExamSession.filter(id=view.session_id).update(**changes)
    return await ExamSession.get(id=view.session_id)


async def eventually(check, *, timeout: float = 20.0):
    """Wait until `check()` (async) answers something true, for what the phone sends on its own
    schedule (photos, app events) with nothing on screen to wait for; returns that answer."""
    import asyncio

    loop = asyncio.get_running_loop()
    until = loop.time() + timeout
    while True:
        found = await check()
        if found or loop.time() > until:
            return found
        await asyncio.sleep(0.25)
