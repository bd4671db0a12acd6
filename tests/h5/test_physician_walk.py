"""Issue 10, Done when: a physician walks the H5 client on a phone-sized Chromium from the
persona login through binding and filing, the face consent and check with the camera, an
exam with the network cut for a while (answers queued on the phone, then acknowledged: the
database holds every one with its sequence), the submit, and, once the administrators have
passed the filing and issued the certificate, the result and the certificate on the phone.
The administrators' side runs through the services; what the phone did is read back from
the database."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.assessment import certificates
from core.assessment.models import Certificate, Enrolment
from core.exam.models import Answer, ExamSession, Paper
from core.proctoring.models import FaceConsent, FaceEnrolment, SessionEvent, VerificationAttempt
from tests import factories
from tests.h5.conftest import login_as
from tests.h5.exam_steps import answer_current, current_question, eventually, expect_saved

pytestmark = pytest.mark.e2e


# What the physician types into each filing section's form: (section, [(selector, value)]).
FILING_FORMS = [
    ("basic", [("select[name=gender]", "男"), ("input[name=birth_date]", "1980-01-01"),
               ("input[name=education]", "本科"), ("input[name=title]", "主治医师"), ("input[name=department]", "内科")]),
    ("practice", [("input[name=license_no]", "110420100000001"), ("input[name=practice_category]", "临床"),
                  ("input[name=practice_scope]", "内科专业"), ("input[name=practice_place]", "江岸医院")]),
    ("education", [("[data-entry='0'] input[name=school]", "武汉大学医学院"),
                   ("[data-entry='0'] input[name=major]", "临床医学"), ("[data-entry='0'] input[name=degree]", "学士")]),
    ("work_history", [("[data-entry='0'] input[name=employer]", "江岸医院"),
                      ("[data-entry='0'] input[name=position]", "住院医师")]),
    ("performance", [("textarea[name=summary]", "年门诊量8000人次，无医疗事故。")]),
    ("ethics", [("textarea[name=statement]", "遵守医德规范，无违规行为。")]),
    ("procedure", [("select[name=procedure]", "general")]),
]


async def _bind_and_file(page, world) -> None:
    """Binding and filing through the physician screens, as a physician would."""
    await page.click(".tile:has-text('绑定医师身份')")
    await page.fill("#f-id-number", world.id_number)
    await page.fill("#f-name", world.doc.name)
    await page.fill("#f-password", factories.PHYSICIAN_PASSWORD)
    await page.click("form button[type=submit]")
    await expect(page.locator(".topbar-title")).to_have_text("定期考核")
    await world.bound()

    await page.goto("/h5/#/physician/filing")
    await expect(page.locator("[data-filing-state]")).to_have_text("未提交")
    for section, fields in FILING_FORMS:
        await page.click(f"[data-section='{section}']")
        for selector, value in fields:
            if selector.startswith("select"):
                await page.select_option(selector, value)
            else:
                await page.fill(selector, value)
        await page.click("form button[type=submit]")
        await expect(page.locator(f"[data-section='{section}']")).to_contain_text("已填写")
    await page.click("button:has-text('提交审核')")
    await page.click(".dialog button:has-text('确定')")
    await expect(page.locator("[data-filing-state]")).to_have_text("待机构审核")
    row = await Enrolment.get(id=world.enrolment.id)
    assert row.state == "submitted" and row.procedure == "general"
    assert row.filing["basic"]["birth_date"] == "1980-01-01" and row.filing["education"]["items"][0]["school"] == \
        "武汉大学医学院"


async def test_a_physician_from_login_to_certificate_with_the_network_cut_during_the_exam(phone):
    world = await factories.exam_world(bound=False)
    page = await phone(photo="grace_hopper.jpg")
    await login_as(page, world.openid)
    await _bind_and_file(page, world)
    await world.approve()  # both review levels, on the administrators' side

    # ------------------------------------------------------------ consent and face check
    await page.goto("/h5/#/physician/exam")
    await page.click("[data-enter-exam]")
    await expect(page.locator(".exam-papers .list-item")).to_have_count(1)  # the paper is drawn on first look
    paper = await Paper.get(physician_id=world.doc.id, kind="exam")
    await page.click(f"[data-paper-id='{paper.id}']")
    await expect(page.locator("h2")).to_have_text("人脸信息采集与使用告知书")
    await expect(page.locator("button:has-text('同意并继续')")).to_be_disabled()
    await page.check("[data-consent-check]")
    await page.click("button:has-text('同意并继续')")
    await expect(page.locator("h2")).to_have_text("采集人脸照片")
    await page.click("button:has-text('拍照采集')")
    # The face engine's first photo also starts its process pool: seconds on a loaded machine.
    await expect(page.locator("h2")).to_have_text("考前身份核验", timeout=60_000)
    await page.click("button:has-text('拍照核验')")
    await expect(page.locator("article.question")).to_be_visible(timeout=60_000)
    assert await FaceConsent.filter(physician_id=world.doc.id, text_version="2026-01").exists()
    assert await FaceEnrolment.filter(physician_id=world.doc.id, active=True, source="capture").count() == 1
    session = await ExamSession.get(paper_id=paper.id)
    assert session.verified
    assert [a.outcome for a in await VerificationAttempt.filter(session_id=session.id)] == ["match"]

    # ------------------------------------------------------------ answering, online then offline
    items = {i["q"]: i for i in paper.items}
    taps: dict[int, int] = {}
    chosen: dict[int, list[str]] = {}
    qid, keys, n = await answer_current(page)
    taps[qid], chosen[qid] = n, keys
    await expect_saved(page)
    assert (await Answer.get(session_id=session.id, question_id=qid)).seq == n

    await page.context.set_offline(True)  # a lift: the phone keeps answering
    for _ in range(len(paper.items) - 1):
        await page.click("button:has-text('下一题')")
        q = await current_question(page)
        if q.qtype in ("A1", "A3") and q.id not in taps:
            # Changed mind while offline: a wrong answer first, then the right one.
            wrong, _, n1 = await answer_current(page, right=False)
            taps[q.id] = n1
        qid, keys, n = await answer_current(page)
        taps[qid] = taps.get(qid, 0) + n
        chosen[qid] = keys
    await page.click("button:has-text('标记')")  # the last question is marked, too (one more save)
    taps[qid] += 1
    state = page.locator("[data-save-state]")
    await expect(state).to_have_attribute("data-save-state", "offline")
    await expect(state).to_contain_text(f"离线，{len(paper.items) - 1} 题已暂存本机")
    assert await Answer.filter(session_id=session.id).count() == 1  # nothing reached the server
    await page.click("button:has-text('答题卡')")
    await expect(page.locator(".cells [data-state='pending']")).to_have_count(len(paper.items) - 1)
    await expect(page.locator(f"[data-cell='{len(paper.items)}']")).to_have_attribute("data-marked", "true")
    await page.click(".sheet button:has-text('关闭')")

    await page.context.set_offline(False)  # out of the lift: the queue is acknowledged
    await expect_saved(page)
    rows = {a.question_id: a for a in await Answer.filter(session_id=session.id)}
    assert set(rows) == set(items) == set(chosen)
    for q, row in rows.items():
        assert (row.answer, row.seq) == (chosen[q], taps[q]), q
    assert rows[qid].marked
    # The network drop itself is reported to the proctors once the phone is back.
    async def reported():
        kinds = await SessionEvent.filter(session_id=session.id).order_by("at", "id").values_list("kind", flat=True)
        return kinds if "online" in kinds else None

    assert await eventually(reported) == ["offline", "online"]
    await page.click("button:has-text('答题卡')")
    await expect(page.locator(".cells [data-state='answered']")).to_have_count(len(paper.items))
    await page.click(".sheet button:has-text('关闭')")

    # ------------------------------------------------------------ submit, result, certificate
    await page.click("footer.exam-nav button:has-text('交卷')")
    await page.click(".dialog button:has-text('交卷')")
    await expect(page.locator("[data-score]")).to_have_text("100")
    session = await ExamSession.get(id=session.id)
    assert session.submitted_by == "taker" and session.score == 100 and session.passed
    enrolment = await Enrolment.get(id=world.enrolment.id)
    assert enrolment.exam_score == 100 and enrolment.result == "pass"

    await certificates.issue_certificate(actor=world.hospital, enrolment_id=enrolment.id)  # the institution
    await page.click("a:has-text('查看考核结果')")
    card = page.locator(f"[data-enrolment-id='{enrolment.id}']")
    await expect(card.locator("[data-result]")).to_have_text("合格")
    await expect(card.locator("[data-exam-score]")).to_have_text("100")
    await card.locator("[data-certificate]").click()
    async with page.expect_download() as download:
        await card.locator("[data-certificate-download]").click()
    pdf = await (await download.value).path()
    with open(pdf, "rb") as f:
        assert f.read(5) == b"%PDF-"
    cert = await Certificate.get(enrolment_id=enrolment.id)
    assert (await download.value).suggested_filename == f"合格证书-{world.cycle.code}.pdf" and cert.serial
