"""The workstation in Chromium on a phone (390 px): every section fits the screen, the month grid,
the QR image loads, the statistics chart is drawn by the console's chart helper, a quick reply is
added and the practice site switched with the header's switcher; no script error, nothing blocked."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.doctors import ledger
from core.doctors.models import DoctorTemplate, DoctorWorkstation
from tests import factories
from tests.admin_web import test_browser

pytestmark = pytest.mark.e2e
server, browser, page, _login = test_browser.server, test_browser.browser, test_browser.page, test_browser._login


async def test_the_workstation_on_a_phone(page, server):
    t = await factories.tree()
    kid = await factories.department(t.hospital_a1, name="儿科")
    other = await factories.department(t.hospital_b1, name="西陵儿科")
    doc, _, _ = await factories.workstation_doctor(kid, other, name="扁鹊", username="phone_doc")
    patient = await factories.mp_patient_account()
    await ledger.record_consultation(order_id=77001, doctor_id=doc.id, account_id=patient.actor.id, kind="text")
    await ledger.record_completed(order_id=77001)

    await page.set_viewport_size(test_browser.PHONE)
    await _login(page, server, "phone_doc")
    await page.wait_for_url(server + "/admin/")
    await page.click("label.nav-button")  # the menu is folded on a phone
    await page.click("nav.nav a[href='/admin/workstation']")
    await page.wait_for_url(server + "/admin/workstation")
    await expect(page.locator("#consult-queue [data-placeholder]")).to_be_visible()

    for path in ("", "/schedule", "/card", "/stats", "/templates", "/templates?kind=record"):
        await page.goto(server + "/admin/workstation" + path)
        if path == "/card":
            assert await page.locator("[data-qr]").evaluate("img => img.complete && img.naturalWidth > 0")
        if path == "/stats":
            await expect(page.locator("#chart-workstation")).to_have_attribute("data-state", "rendered")
        widths = await page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        wide = await page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))""")
        assert widths[0] <= widths[1], (path, widths, wide)

    # A quick reply, then the practice site from the header.
    await page.goto(server + "/admin/workstation/templates")
    await page.fill("#f-title", "问候")
    await page.fill("#f-text", "您好，请描述症状。")
    await page.click("[data-action=create]")
    await expect(page.locator("[data-templates=mine]")).to_contain_text("您好，请描述症状。")
    assert await DoctorTemplate.filter(doctor_id=doc.id, kind="reply").count() == 1
    await page.select_option("#f-site", str(other.id))
    await page.click("[data-action=switch-site]")
    await expect(page.locator("[data-current-site]")).to_contain_text("西陵儿科")
    assert await DoctorWorkstation.get(doctor_id=doc.id).values_list("department_id", flat=True) == other.id
