"""Proctor review in a real browser (Debian's Chromium via Playwright, the real server
over TCP): the ranked list, a session's photo timeline loading through signed
links, a cheating verdict, and its confirmation by a proctor of the assessment
institution; what the pages did is read back from the database."""
from __future__ import annotations

from playwright.async_api import expect

from core.assessment.models import Enrolment
from core.exam.models import ExamSession, Paper
from core.proctoring.models import ProctorCase, Verdict
from tests import factories
from tests.admin_web.test_browser import PHONE, _login, browser, page, server  # noqa: F401 (fixtures)
from tests.admin_web.world import world
from tests.proctoring.test_face import ASTRONAUT, GRACE


async def test_a_proctor_alleges_cheating_and_another_confirms_it(page, server):  # noqa: F811
    w = await world()
    low = await factories.proctor_case(w.t.hospital_a1, cycle=w.cycle, assessment_org=w.assessor, risk=0.5,
                                       name="郑平安")
    high = await factories.proctor_case(w.t.hospital_a1, cycle=w.cycle, assessment_org=w.assessor, risk=11.5,
                                        name="冯不凡", signals={"mismatch": 1, "offline": 1, "late": 1})
    await factories.capture(high.session_id, GRACE, analysis="match", distance=0.29, minutes_ago=40)
    await factories.session_event(high.session_id, "offline", minutes_ago=35)
    await factories.capture(high.session_id, ASTRONAUT, analysis="mismatch", distance=0.82, late=True,
                            minutes_ago=30)

    await _login(page, server, "hosp")
    await page.wait_for_url(server + "/admin/")
    await page.click("nav.nav >> text=监考审核")
    await page.wait_for_url(server + "/admin/proctoring")
    rows = page.locator("#list tbody tr[data-row-id]")
    await expect(rows).to_have_count(2)
    assert [await r.get_attribute("data-row-id") for r in await rows.all()] == [str(high.session_id),
                                                                               str(low.session_id)]
    risk = rows.first.locator(".risk")
    await expect(risk).to_have_text("11.5")
    assert await risk.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(180, 35, 24)"
    await expect(rows.first).to_contain_text("冯*凡")
    await expect(rows.first).to_contain_text("非本人×1")

    await rows.first.locator("a:has-text('查看')").click()
    await page.wait_for_url(f"{server}/admin/proctoring/{high.session_id}")
    timeline = page.locator("[data-timeline] > li")
    await expect(timeline).to_have_count(3)
    await expect(timeline.nth(1)).to_contain_text("断网")
    late = page.locator("[data-timeline] li[data-analysis=mismatch]")
    await expect(late).to_contain_text("非本人")
    await expect(late).to_contain_text("距离 0.82")
    await expect(late.locator("[data-late]")).to_have_text("补传")
    for img in await page.locator("[data-timeline] img").all():
        await img.scroll_into_view_if_needed()
        handle = await img.element_handle()
        await page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=handle)
    await expect(page.locator("[data-second-review]")).to_have_count(0)

    await page.check("input[name=verdict][value=cheating]")
    await page.fill("#f-reason", "第3张照片为他人，且考试中断网")
    await page.click("button[data-action=verdict]")
    await page.wait_for_url(f"{server}/admin/proctoring/{high.session_id}?done=cheating")
    await expect(page.locator("[data-awaiting-other]")).to_be_visible()
    await expect(page.locator("[data-case-state]")).to_have_text("作弊待复核")
    assert (await ProctorCase.get(id=high.id)).state == "cheating_pending"

    await page.click("button:has-text('退出')")
    await page.wait_for_url("**/admin/login?notice=logout")
    await _login(page, server, "assess")
    await page.wait_for_url(server + "/admin/")
    await page.click("nav.nav >> text=监考审核")
    await page.locator(f"tr[data-row-id='{high.session_id}'] a:has-text('查看')").click()
    review = page.locator("[data-second-review]")
    await expect(review).to_contain_text("第3张照片为他人")
    # Readable on a phone: the page does not scroll sideways and the photos fit.
    await page.set_viewport_size(PHONE)
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    await page.fill("#f-review-reason", "核对考前核验与考中照片，确认替考")
    await page.click("button[data-action=confirm]")
    await page.wait_for_url(f"{server}/admin/proctoring/{high.session_id}?done=confirm")
    await expect(page.locator("[data-case-state]")).to_have_text("已认定作弊")
    await expect(page.locator(".alert-ok")).to_contain_text("成绩作废")
    await expect(page.locator("[data-second-review]")).to_have_count(0)

    assert (await ProctorCase.get(id=high.id)).state == "cheating"
    session = await ExamSession.get(id=high.session_id)
    enrolment = await Enrolment.get(id=(await Paper.get(id=session.paper_id)).enrolment_id)
    assert session.voided is True and (enrolment.exam_score, enrolment.result) == (None, "fail")
    second = await Verdict.get(session_id=high.session_id, stage="second")
    assert second.confirmed is True and second.by_admin_id == w.assessing.id
    assert (await ProctorCase.get(id=low.id)).state == "open"
