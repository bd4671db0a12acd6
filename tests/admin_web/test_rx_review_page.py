"""The pharmacist's 处方审核 in Chromium against the real server (fixtures of test_browser.py): the queue
of prescriptions signed by the doctor of `rx_world()` (oldest first), one opened with the patient's
clinical state and the rules' findings by severity with their rule version, rejected with two reasons
and a note; a clean one passed; a prescription changed in the database after signing is shown as
已被篡改 and 通过 is not offered (the server refuses it too). What the page did is read back."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.accounts.models import AdminAccount
from core.rx.models import Prescription, PrescriptionItem, RxReview
from tests.admin_web.test_browser import PHONE, _login, browser, page, server  # noqa: F401  (fixtures)
from tests.admin_web.test_rx_workstation import _signed, _world

pytestmark = pytest.mark.e2e


async def test_pharmacist_rejects_with_reasons_passes_another_and_refuses_a_tampered_one(page, server):  # noqa: F811
    w = await _world()
    flagged = await _signed(w, [("amoxicillin", "500", "tid", 5), ("metronidazole", "400", "tid", 7)])
    clean = await _signed(w, [("folic_acid", "0.4", "qd", 7)])
    tampered = await _signed(w, [("paracetamol", "500", "tid", 3)])
    # Changed in the database after signing: the signature no longer matches.
    await PrescriptionItem.filter(prescription_id=tampered.id).update(dose="1000")

    await _login(page, server, (await AdminAccount.get(id=w.pharmacist.id)).username)
    await page.wait_for_url(server + "/admin/**")
    await page.click("nav.nav >> text=处方审核")
    await page.wait_for_url(server + "/admin/rx/review")
    queue = page.locator("[data-queue-list]")
    await expect(page.locator("[data-count=pending_review]")).to_have_text("3")
    ids = [await li.get_attribute("data-rx-id") for li in await queue.locator("li[data-rx-id]").all()]
    assert ids == [str(flagged.id), str(clean.id), str(tampered.id)]  # the longest waiting first

    # The flagged one: pregnant 28 weeks, allergic; the allergy an error with its rule version.
    await queue.locator(f"[data-rx-id='{flagged.id}']").click()
    detail = page.locator("[data-detail]")
    await expect(detail.locator("[data-rx-patient]")).to_contain_text("28周")
    await expect(detail).to_contain_text("penicillin")
    error = detail.locator(".rx-findings [data-severity=error]").first
    await expect(error).to_be_visible()
    await expect(error.locator(".rx-rule-version")).to_contain_text("版本 v")
    await expect(detail.locator("[data-signature=valid]")).to_be_visible()
    await page.check("[data-reasons] input[value=allergy]")
    await page.check("[data-reasons] input[value=pregnancy]")
    await page.fill("[data-decide-form] [name=note]", "青霉素过敏；甲硝唑孕早期慎用")
    await page.click("[data-act=reject]")
    await expect(detail.locator("[data-rx-state]")).to_have_text("审核未通过")
    await expect(page.locator("[data-count=pending_review]")).to_have_text("2")
    review = await RxReview.get(prescription_id=flagged.id, kind="pharmacist")
    assert review.decision == "reject" and review.reasons == ["allergy", "pregnancy"]
    assert review.note == "青霉素过敏；甲硝唑孕早期慎用" and review.signature_id
    assert (await Prescription.get(id=flagged.id)).state == "rejected"

    # The clean one passes.
    await queue.locator(f"[data-rx-id='{clean.id}']").click()
    await expect(detail.locator("[data-rx-state]")).to_have_text("待审核")
    await page.click("[data-act=pass]")
    await expect(detail.locator("[data-rx-state]")).to_have_text("审核通过")
    assert (await Prescription.get(id=clean.id)).state == "approved"
    # Approved and not dispensed: 干预 is offered instead.
    await expect(page.locator("[data-act=intervene]")).to_be_visible()
    await expect(page.locator("[data-act=pass]")).to_be_hidden()
    await page.check("[data-reasons] input[value=dose]")
    await page.fill("[data-decide-form] [name=note]", "叶酸疗程请改为 28 天")
    page.once("dialog", lambda d: d.accept())  # 干预将撤销…
    await page.click("[data-act=intervene]")
    await expect(detail.locator("[data-rx-state]")).to_have_text("审核未通过")
    await expect(detail.locator("[data-review-kind=intervention]")).to_contain_text("剂量不适宜")
    assert (await Prescription.get(id=clean.id)).state == "rejected"

    # The tampered one: 已被篡改, 通过 not offered; nothing changed.
    await queue.locator(f"[data-rx-id='{tampered.id}']").click()
    await expect(page.locator("[data-signature=invalid]")).to_contain_text("已被篡改")
    await expect(page.locator("[data-tampered-note]")).to_be_visible()
    await expect(page.locator("[data-act=pass]")).to_be_disabled()
    assert (await Prescription.get(id=tampered.id)).state == "pending_review"

    # The queue and a prescription read on a phone.
    await page.set_viewport_size(PHONE)
    await queue.locator(f"[data-rx-id='{tampered.id}']").scroll_into_view_if_needed()
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1


async def test_an_appeal_comes_back_to_the_queue(page, server):  # noqa: F811
    from core.rx import prescribing, review
    from core.rx.schemas import AppealIn, ReviewIn

    w = await _world()
    signed = await _signed(w, [("amoxicillin", "500", "tid", 5)])
    await review.review(actor=w.pharmacist_actor, prescription_id=signed.id,
                        data=ReviewIn(decision="reject", reasons=["allergy"]))
    await prescribing.appeal(actor=w.doctor_actor, prescription_id=signed.id,
                             data=AppealIn(reason="皮试阴性，既往无过敏"))
    await _login(page, server, (await AdminAccount.get(id=w.pharmacist.id)).username)
    await page.wait_for_url(server + "/admin/**")
    await page.goto(server + "/admin/rx/review")
    await expect(page.locator("[data-count=appealed]")).to_have_text("1")
    await page.click("[data-queue=appealed]")
    await page.locator(f"[data-queue-list] [data-rx-id='{signed.id}']").click()
    await expect(page.locator(".rx-appeals")).to_contain_text("皮试阴性")
    await expect(page.locator("[data-decide-title]")).to_have_text("申诉复审")
    await page.check("[data-reasons] input[value=allergy]")
    await page.click("[data-act=reject]")
    await expect(page.locator("[data-detail] [data-rx-state]")).to_have_text("审核未通过")
    assert (await Prescription.get(id=signed.id)).state == "rejected"
