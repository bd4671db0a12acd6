"""学习 on the phone (H5, 390×844 Chromium): a wrong practice answer lands in the wrong-answer
notebook, a favourite is kept, and a mock exam is answered, submitted and reviewed. What the
screens did is read back from the database."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.exam.models import Answer, ExamSession, Favourite, Paper, PracticeAnswer, WrongNote
from tests import factories
from tests.h5.conftest import login_as
from tests.h5.exam_steps import answer_current, current_question, expect_saved

pytestmark = pytest.mark.e2e


async def test_a_wrong_practice_answer_lands_in_the_notebook(phone):
    world = await factories.exam_world()
    page = await phone()
    await login_as(page, world.openid)
    await page.goto("/h5/#/practice")
    await page.click(".list-item:has-text('基础')")
    await expect(page.locator("article.question")).to_be_visible()
    q = await current_question(page)
    qid, keys, _ = await answer_current(page, right=False)
    await page.click("button:has-text('提交答案')")
    verdict = page.locator("[data-verdict]")
    await expect(verdict).to_contain_text("回答错误")
    await expect(verdict).to_contain_text("正确答案：" + "".join(sorted(q.answer)))
    await expect(page.locator("[data-in-notebook]")).to_be_visible()
    await page.click("[data-favourite]")
    await expect(page.locator("[data-favourite]")).to_have_text("★ 已收藏")

    answers = await PracticeAnswer.filter(physician_id=world.doc.id)
    assert [(a.question_id, a.correct) for a in answers] == [(qid, False)]
    note = await WrongNote.get(physician_id=world.doc.id, question_id=qid)
    assert note.cleared_at is None and note.wrong_count == 1
    assert await Favourite.exists(physician_id=world.doc.id, question_id=qid)

    await page.goto("/h5/#/practice/notes")
    await expect(page.locator(f".card[data-question-id='{qid}']")).to_contain_text(q.stem)
    await expect(page.locator(f".card[data-question-id='{qid}']")).to_contain_text("答错 1 次")
    await page.goto("/h5/#/practice")
    await expect(page.locator("[data-notebook-open]")).to_have_text("1")


async def test_a_mock_exam_is_answered_submitted_and_reviewed(phone):
    world = await factories.exam_world()
    page = await phone()
    await login_as(page, world.openid)
    await page.goto("/h5/#/practice/mocks")
    await page.click("[data-start-mock]")
    await expect(page.locator("article.question")).to_be_visible()  # a mock needs no face check
    qid, keys, taps = await answer_current(page)
    await expect_saved(page)
    await page.click("footer.exam-nav button:has-text('交卷')")
    await page.click(".dialog button:has-text('交卷')")
    await expect(page.locator("[data-finished] h2")).to_have_text("已交卷")

    paper = await Paper.get(physician_id=world.doc.id, kind="mock")
    session = await ExamSession.get(paper_id=paper.id)
    assert session.submitted_by == "taker" and session.score is not None
    row = await Answer.get(session_id=session.id, question_id=qid)
    assert row.answer == keys and row.seq == taps
    await page.click("a:has-text('查看解析')")
    await expect(page.locator(".mock-review")).to_contain_text(f"得分 {session.score:g}")
