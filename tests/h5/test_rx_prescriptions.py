"""我的处方 on the H5 client (390×844 Chromium; seed 004 居民移动端 19 电子处方, 5 诊疗记录): the
pregnant patient of `rx_world` sees the prescription her doctor signed and the pharmacist passed —
the doctor's record, the diagnosis, each drug's usage in plain words, the doctor's signature verified
as valid, and the timeline as a patient sees it (no review internals) — and her son, whom she granted
在线问诊, sees it under her name. Changed in the database after signing, the same prescription shows
its signature refused and is no longer offered for purchase. The message of the approval opens it."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.accounts.models import MpAccount
from core.notify.models import Message
from core.rx.models import PrescriptionItem
from tests import factories
from tests.h5 import rx_world
from tests.h5.conftest import login_as

pytestmark = pytest.mark.e2e


async def _openid(person) -> str:
    return (await MpAccount.get(id=person.actor.id)).openid


async def test_the_patient_sees_an_approved_prescription_with_its_valid_signature_and_timeline(phone):
    w = await factories.rx_world()
    await rx_world.record(w)
    rx = await rx_world.approved(w, items=(("folic_acid", "0.4", "qd", 30, 1, "饭后"),
                                           ("paracetamol", "500", "tid", 3, 1, "发热时服用")))
    mother, son = w.consult.parent, w.consult.child
    page = await phone()
    await login_as(page, await _openid(mother))
    await expect(page.locator("a.tile:has-text('我的处方')")).to_be_visible()

    # ---- the message of the approval opens the prescription
    note = await Message.filter(account_id=mother.actor.id, link=f"/rx/prescriptions/{rx.id}").first()
    assert note is not None, "the patient was not told the prescription passed review"
    await page.goto("/h5/#/messages")
    await page.click(f"[data-message='{note.id}']")
    detail = page.locator(f"[data-prescription-detail='{rx.id}']")
    await expect(detail).to_be_visible()
    assert page.url.endswith(f"#/rx/prescriptions/{rx.id}")

    # ---- the list: hers, approved, waiting to be bought
    await page.goto("/h5/#/rx/prescriptions")
    card = page.locator(f"[data-prescription='{rx.id}']")
    await expect(card.locator("[data-state]")).to_have_text("审核通过")
    await expect(card).to_contain_text("叶酸片")
    await expect(card.locator("[data-can-buy]")).to_be_visible()
    await card.click()

    # ---- the prescription: signature, diagnosis, usage in plain words, the record, the timeline
    await expect(detail.locator("[data-signature]")).to_have_attribute("data-valid", "yes")
    await expect(detail.locator("[data-signature]")).to_contain_text("电子签名有效")
    await expect(page.locator("[data-diagnoses]")).to_contain_text("正常妊娠监督")
    usage = page.locator("[data-items] [data-item='1'] [data-usage]")
    await expect(usage).to_contain_text("每日一次")
    await expect(usage).to_contain_text("每次0.4mg")
    await expect(usage).to_contain_text("饭后")
    await expect(page.locator("[data-items] [data-item='2'] [data-usage]")).to_contain_text("每日三次")
    await expect(page.locator("[data-record] [data-advice]")).to_have_text("按时服药，均衡饮食，两周后产检")
    timeline = page.locator("[data-timeline]")
    for event in ("signed", "passed"):
        await expect(timeline.locator(f"[data-event='{event}']")).to_have_count(1)
    await expect(timeline.locator("[data-event='auto_reviewed']")).to_have_count(0)  # the review's inside is not hers
    await expect(page.locator("[data-buy]")).to_be_visible()

    # ---- her son, under her grant 在线问诊, finds it under her name
    page2 = await phone()
    await login_as(page2, await _openid(son))
    await page2.goto("/h5/#/rx/prescriptions")
    await page2.select_option("[data-rx-patient]", str(mother.patient.id))
    await expect(page2.locator(f"[data-prescription='{rx.id}']")).to_be_visible()
    await page2.click(f"[data-prescription='{rx.id}']")
    await expect(page2.locator("[data-signature]")).to_have_attribute("data-valid", "yes")

    # ---- changed after signing (a dose edited in the database): the signature is refused, no purchase
    await PrescriptionItem.filter(prescription_id=rx.id, seq=1).update(dose="4")
    await page.reload()
    await expect(page.locator("[data-signature]")).to_have_attribute("data-valid", "no")
    await expect(page.locator("[data-signature]")).to_contain_text("改动")
    await expect(page.locator("[data-buy]")).to_have_count(0)
