"""The exam on the phone (H5, 390×844 Chromium with a fake camera): a refused face check
shows the server's message, resuming on a second phone continues from the server's answers
while the first is told it was replaced, and the deadline ends in the server's auto-submit.
What the screens did is read back from the database."""
from __future__ import annotations

import asyncio

import pytest
from playwright.async_api import expect

from core.db import utcnow
from core.exam import service as exam_service
from core.exam.models import Answer, ExamSession
from core.proctoring import service as proctoring_service
from core.proctoring.models import Capture, SessionEvent, VerificationAttempt
from tests import factories
from tests.h5.conftest import FACES, login_as
from tests.h5.exam_steps import answer_current, eventually, expect_saved, open_paper, started_elsewhere

pytestmark = pytest.mark.e2e


async def test_a_different_face_is_refused_with_the_servers_message(phone):
    world = await factories.exam_world()
    await proctoring_service.give_consent(actor=world.me, text_version="2026-01")
    await proctoring_service.enrol_face(actor=world.me, photo=(FACES / "grace_hopper.jpg").read_bytes())
    paper = await world.paper()

    page = await phone(photo="astronaut.jpg")  # someone else sits in front of the camera
    await login_as(page, world.openid)
    await open_paper(page, paper.id)
    await expect(page.locator("h2")).to_have_text("考前身份核验")
    await page.click("button:has-text('拍照核验')")
    banner = page.locator("[data-face-error]")
    # The face engine's first photo also starts its process pool: seconds on a loaded machine.
    await expect(banner).to_have_text("人脸与采集照片不一致，请本人正对镜头重新拍摄", timeout=60_000)
    await expect(page.locator("text=剩余核验次数")).to_be_visible()

    session = await ExamSession.get(paper_id=paper.id)
    assert not session.verified
    attempts = await VerificationAttempt.filter(session_id=session.id)
    assert [a.outcome for a in attempts] == ["mismatch"] and attempts[0].distance > attempts[0].threshold
    assert not await Answer.filter(session_id=session.id).exists()
    await expect(page.locator("article.question")).to_have_count(0)  # no answering without a match


async def test_resume_on_a_second_phone_continues_and_the_first_is_told_it_was_replaced(phone):
    world = await factories.exam_world()
    paper = await world.paper()
    first = await phone()
    second = await phone()
    await login_as(first, world.openid)
    await login_as(second, world.openid)
    session = await started_elsewhere(world, paper)

    await open_paper(first, paper.id)
    q1, keys1, _ = await answer_current(first)
    await expect_saved(first)
    saved = await Answer.get(session_id=session.id, question_id=q1)
    first_device = saved.device
    assert saved.answer == keys1 and saved.seq == len(keys1)

    # The second phone takes over: the server's answers are its answers.
    await open_paper(second, paper.id)
    await expect(second.locator("article.question")).to_be_visible()
    await second.click("button:has-text('答题卡')")
    await expect(second.locator("[data-cell='1']")).to_have_attribute("data-state", "answered")
    await second.click("[data-cell='1']")
    for key in keys1:
        await expect(second.locator(f"button.option[data-key='{key}']")).to_have_class("option chosen")
    await second.click("button:has-text('下一题')")
    q2, keys2, taps2 = await answer_current(second)
    await expect_saved(second)
    row = await Answer.get(session_id=session.id, question_id=q2)
    assert row.answer == keys2 and row.seq == taps2 and row.device != first_device

    # The first phone's next save is refused: the server's message, and nothing changes.
    q = await first.locator("article.question").get_attribute("data-question-id")
    assert int(q) == q1
    other = next(k for k in ("A", "B", "C", "D", "E") if k not in keys1)
    await first.click(f"button.option[data-key='{other}']")
    ended = first.locator("[data-ended]")
    await expect(ended.locator(".error-banner")).to_have_text("考试已在另一台设备上继续，本设备已退出作答")
    await expect(ended.locator("[data-refused]")).to_contain_text("考试已在另一台设备上继续")
    await (saved := await Answer.get(session_id=session.id, question_id=q1)).refresh_from_db()
    assert saved.answer == keys1 and saved.device == first_device
    session = await ExamSession.get(id=session.id)
    assert session.device_epoch == 3 and session.submitted_at is None  # started, then taken over twice


async def test_the_deadline_ends_in_the_servers_auto_submit(phone):
    world = await factories.exam_world()
    paper = await world.paper()
    page = await phone()
    await login_as(page, world.openid)
    session = await started_elsewhere(world, paper, deadline_in=20)

    await open_paper(page, paper.id)
    q1, keys1, _ = await answer_current(page)
    await expect_saved(page)
    await expect(page.locator("[data-waiting]")).to_have_text("考试时间到，正在等待服务器自动交卷…",
                                                              timeout=40_000)
    await expect(page.locator("button.option").first).to_be_disabled()
    # The server's safety net (the cron's sweep; the deferred job does the same at its time).
    while utcnow() <= session.deadline + exam_service.GRACE:
        await asyncio.sleep(0.5)
    await exam_service.sweep_overdue()
    finished = page.locator("[data-finished]")
    await expect(finished.locator("h2")).to_have_text("考试时间到，系统已自动交卷")
    await expect(finished).to_contain_text("（系统自动交卷）")

    session = await ExamSession.get(id=session.id)
    assert session.submitted_by == "deadline" and session.score is not None
    assert (await Answer.get(session_id=session.id, question_id=q1)).answer == keys1


async def test_photos_on_the_servers_schedule_and_leaving_the_app_reach_the_proctors(phone):
    world = await factories.exam_world()
    await proctoring_service.give_consent(actor=world.me, text_version="2026-01")
    paper = await world.paper()
    page = await phone()
    await login_as(page, world.openid)
    session = await started_elsewhere(world, paper)
    # The server's schedule: a photo ten seconds from now (offsets count from the start).
    due = int((utcnow() - session.started_at).total_seconds()) + 10
    await ExamSession.filter(id=session.id).update(capture_schedule=[due])

    await open_paper(page, paper.id)
    await expect(page.locator(".proctor-box")).to_contain_text("监考拍照中")
    captured = await eventually(lambda: Capture.filter(session_id=session.id).all(), timeout=40)
    assert len(captured) == 1 and not captured[0].late
    assert (captured[0].taken_at - session.started_at).total_seconds() >= due - 2  # not before its time

    # Leaving the app and coming back (the browser's pagehide / visibilitychange).
    await page.evaluate("window.dispatchEvent(new Event('pagehide'))")
    await page.evaluate("""() => {
        Object.defineProperty(document, 'visibilityState', {value: 'visible', configurable: true});
        document.dispatchEvent(new Event('visibilitychange'));
    }""")
    async def reported():
        kinds = await SessionEvent.filter(session_id=session.id).order_by("at", "id").values_list("kind", flat=True)
        return kinds if "app_visible" in kinds else None

    assert await eventually(reported) == ["app_hidden", "app_visible"]
