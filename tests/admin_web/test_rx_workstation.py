"""The doctor's prescribing in Chromium against the real server (fixtures of test_browser.py): in 我的诊室
the prescribing panel opens with the patient's clinical state, a diagnosis is found in the ICD-10
dictionary and drugs by name; the rules' findings show beside the items while the doctor writes (the
pregnant patient of `rx_world()` is allergic to penicillin: amoxicillin is an error); 签名提交 explains the
electronic signature, signs, and the prescription waits for review with its findings. Then 我的处方:
a rejected prescription is appealed with a reason; another is accepted and its revision opens
prefilled, is changed and signed. The panel is usable on a 390 px phone. What the pages did is read
back from the database."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.accounts.models import AdminAccount
from core.rx.models import Prescription, RxAppeal
from tests import factories

from tests.admin_web.test_browser import PHONE, _login, browser, page, server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.e2e


async def _diagnoses():
    from core.dicts.models import Diagnosis

    for code, name, pinyin in (("Z34.9", "正常妊娠监督", "zcrsjd"), ("J06.9", "急性上呼吸道感染", "jxshxdgr")):
        await Diagnosis.get_or_create(code=code, defaults={"name": name, "pinyin": pinyin})


async def _world():
    w = await factories.rx_world()
    await _diagnoses()
    return w  # rx_world publishes the rules' version 1


async def _as_doctor(pg, base, w):
    await _login(pg, base, (await AdminAccount.get(id=w.doctor_actor.id)).username)
    await pg.wait_for_url(base + "/admin/**")


async def _pick(pg, box: str, query: str, text: str):
    await pg.fill(box, query)
    await pg.locator(f"[data-rx-panel] .rx-suggest li[role=option]:has-text('{text}')").first.click()


async def _signed(w, items, *, allergies=("penicillin",)):
    """A prescription written and signed through the service, as the panel does."""
    from core.rx import prescribing
    from core.rx.schemas import PrescriptionIn

    body = PrescriptionIn(consult_order_id=w.order.id, kind="western", diagnoses=["Z34.9"],
                          clinical={"weight_kg": "62", "pregnancy": "pregnant", "gestation_weeks": 28,
                                    "allergies": list(allergies)},
                          items=[{"drug_id": w.drugs[k].id, "dose": d, "frequency": f, "days": n} for k, d, f, n in items])
    made = await prescribing.create(actor=w.doctor_actor, data=body)
    return await prescribing.sign(actor=w.doctor_actor, prescription_id=made.id)


async def _rejected(w, items):
    from core.rx import review
    from core.rx.schemas import ReviewIn

    signed = await _signed(w, items)
    return await review.review(actor=w.pharmacist_actor, prescription_id=signed.id,
                               data=ReviewIn(decision="reject", reasons=["allergy"], note="青霉素过敏，请更换"))


async def test_doctor_prescribes_for_the_pregnant_patient_sees_findings_and_signs(page, server):  # noqa: F811
    w = await _world()
    await _as_doctor(page, server, w)
    await page.goto(server + "/admin/workstation/consult")
    await page.click("[data-tab=in_progress]")
    await page.click(f".desk-item[data-order='{w.order.id}']")
    panel = page.locator("[data-rx-panel]")
    await expect(panel).to_be_visible()

    # The clinical state: what the server knows, completed by the doctor.
    form = panel.locator("[data-rx-form]")
    await form.locator("[name=weight_kg]").fill("62")
    await form.locator("[name=pregnancy]").select_option("pregnant")
    await expect(form.locator("[data-rx-weeks]")).to_be_visible()
    await form.locator("[name=gestation_weeks]").fill("28")
    await form.locator("[name=allergies]").fill("penicillin")

    await _pick(page, "[data-dx-search]", "Z34", "正常妊娠监督")
    await expect(panel.locator("[data-dx-chosen] [data-dx='Z34.9']")).to_be_visible()
    await _pick(page, "[data-drug-search]", "阿莫西林", "阿莫西林")
    row = panel.locator(f"tr.rx-row[data-drug='{w.drugs['amoxicillin'].id}']")
    await row.locator("[name=dose]").fill("500")
    await row.locator("[name=frequency]").select_option("tid")
    await row.locator("[name=days]").fill("5")

    # The live preview: the allergy is an error beside amoxicillin, the quantity the server's.
    await expect(row.locator("[data-f=findings] [data-severity=error]")).to_contain_text("过敏", timeout=20_000)
    await expect(panel.locator("[data-rx-preview] [data-severity=error]").first).to_be_visible()
    await expect(row.locator("[name=quantity]")).not_to_have_value("")
    draft = await Prescription.get(consult_order_id=w.order.id, state="draft")
    assert draft.pregnancy == "pregnant" and draft.gestation_weeks == 28 and draft.allergies == ["penicillin"]

    # 签名提交: the dialog says what the electronic signature is; confirmed, the prescription goes to review.
    await panel.locator("[data-rx-sign]").click()
    dialog = panel.locator("[data-rx-sign-dialog]")
    await expect(dialog).to_contain_text("电子签名")
    await expect(dialog).to_contain_text("SM2")
    await dialog.locator("[data-rx-sign-confirm]").click()
    item = panel.locator(f"[data-rx-list-items] [data-rx-id='{draft.id}']")
    await expect(item).to_have_attribute("data-rx-state", "pending_review")
    await expect(item.locator("[data-level=error]")).to_be_visible()
    signed_box = panel.locator("[data-rx-signed]")
    await expect(signed_box.locator("[data-rx-state]")).to_have_text("待审核")
    await expect(signed_box.locator("[data-signature=valid]")).to_be_visible()
    await expect(signed_box.locator(".rx-findings [data-severity=error]").first).to_contain_text("过敏")
    signed = await Prescription.get(id=draft.id)
    assert signed.state == "pending_review" and signed.signature_id and signed.finding_level == "error"

    # On a phone the panel fits the screen.
    await page.set_viewport_size(PHONE)
    await page.click("[data-rx-tab=western]")
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1


async def test_a_rejected_prescription_is_appealed_and_another_accepted_and_revised(page, server):  # noqa: F811
    w = await _world()
    appealed = await _rejected(w, [("amoxicillin", "500", "tid", 5)])
    accepted = await _rejected(w, [("amoxicillin", "500", "tid", 5), ("folic_acid", "0.4", "qd", 7)])
    await _as_doctor(page, server, w)

    # 我的处方, 审核未通过: the pharmacist's reasons and note, then 申诉 with a reason.
    await page.goto(server + "/admin/workstation/rx")
    await page.click("[data-states] [data-state=rejected]")
    await page.click(f"[data-list] [data-rx-id='{appealed.id}']")
    detail = page.locator("[data-detail]")
    await expect(detail.locator("[data-rx-state]")).to_have_text("审核未通过")
    await expect(detail.locator(".rx-reviews")).to_contain_text("过敏风险")
    await expect(detail.locator(".rx-reviews")).to_contain_text("青霉素过敏，请更换")
    await expect(detail.locator("[data-signature=valid]")).to_be_visible()
    await page.fill("[data-appeal-form] [name=reason]", "患者青霉素皮试阴性，既往无过敏反应")
    await page.click("[data-act=appeal]")
    await expect(detail.locator("[data-rx-state]")).to_have_text("申诉中")
    await expect(detail.locator(".rx-appeals")).to_contain_text("皮试阴性")
    assert (await Prescription.get(id=appealed.id)).state == "appealed"
    assert (await RxAppeal.get(prescription_id=appealed.id)).reason == "患者青霉素皮试阴性，既往无过敏反应"
    await expect(page.locator("[data-appeal-form]")).to_be_hidden()  # once only

    # The other: 接受拒绝 → void, the revision opens prefilled in the panel; amoxicillin goes, it is signed.
    await page.goto(server + f"/admin/workstation/rx?id={accepted.id}")
    page.once("dialog", lambda d: d.accept())
    await page.click("[data-act=accept]")
    revision = page.locator("[data-revision]")
    await expect(revision).to_be_visible()
    amox = revision.locator(f"tr.rx-row[data-drug='{w.drugs['amoxicillin'].id}']")
    await expect(amox).to_be_visible()
    await expect(revision.locator(f"tr.rx-row[data-drug='{w.drugs['folic_acid'].id}'] [name=dose]")).to_have_value("0.4")
    assert (await Prescription.get(id=accepted.id)).state == "void"
    await amox.locator("[data-remove]").click()
    await expect(amox).to_have_count(0)
    await revision.locator("[data-rx-sign]").click()
    await revision.locator("[data-rx-sign-confirm]").click()
    new = await _eventually(lambda: Prescription.filter(previous_id=accepted.id, state="pending_review").first())
    assert new.modified
    assert [i.drug_id for i in await new.items.all()] == [w.drugs["folic_acid"].id]


async def _eventually(query, tries: int = 50):
    import asyncio

    for _ in range(tries):
        found = await query()
        if found:
            return found
        await asyncio.sleep(0.2)
    raise AssertionError("not found in time")


async def test_the_video_page_carries_the_same_panel(page, server):  # noqa: F811
    w = await _world()
    await _as_doctor(page, server, w)
    await page.goto(server + "/admin/workstation/video")
    assert await page.locator("[data-rx-panel]").count() == 1
    assert await page.locator("script[src$='consult-rx.js']").count() == 1


async def test_a_prescription_template_is_made_in_the_templates_tab_and_used_in_the_desk(page, server):  # noqa: F811
    from core.doctors.models import DoctorTemplate

    w = await _world()
    await _as_doctor(page, server, w)
    await page.goto(server + "/admin/workstation/templates?kind=prescription")
    editor = page.locator("[data-template-editor]")
    await expect(editor.locator("[data-rx-clinical]")).to_be_hidden()  # a template has no patient
    await _pick(page, "[data-template-editor] [data-drug-search]", "叶酸", "叶酸")
    row = editor.locator(f"tr.rx-row[data-drug='{w.drugs['folic_acid'].id}']")
    await row.locator("[name=dose]").fill("0.4")
    await row.locator("[name=frequency]").select_option("qd")
    await row.locator("[name=days]").fill("30")
    await page.fill("[data-new-template] #f-title", "孕期补叶酸")
    await page.click("[data-new-template] [data-action=create]")
    await expect(page.locator(".alert-ok")).to_contain_text("孕期补叶酸")
    await expect(page.locator("[data-templates=mine]")).to_contain_text("叶酸片")
    made = await DoctorTemplate.get(title="孕期补叶酸")
    assert made.kind == "prescription" and made.body["items"][0]["drug_id"] == w.drugs["folic_acid"].id
    assert made.body["items"][0]["days"] == 30

    # In 我的诊室 the template fills the prescription; the server names the drug.
    await page.goto(server + "/admin/workstation/consult")
    await page.click("[data-tab=in_progress]")
    await page.click(f".desk-item[data-order='{w.order.id}']")
    panel = page.locator("[data-rx-panel]")
    await expect(panel.locator("[data-rx-template]")).to_be_enabled()
    await panel.locator("[data-rx-template]").select_option(str(made.id))
    used = panel.locator(f"tr.rx-row[data-drug='{w.drugs['folic_acid'].id}']")
    await expect(used.locator("[name=days]")).to_have_value("30")
    await expect(used.locator("[data-f=name]")).to_contain_text("叶酸")


async def test_a_dose_out_of_range_asks_for_its_reason(page, server):  # noqa: F811
    w = await _world()
    await _as_doctor(page, server, w)
    await page.goto(server + "/admin/workstation/consult")
    await page.click("[data-tab=in_progress]")
    await page.click(f".desk-item[data-order='{w.order.id}']")
    panel = page.locator("[data-rx-panel]")
    await _pick(page, "[data-dx-search]", "J06", "急性上呼吸道感染")
    await _pick(page, "[data-drug-search]", "对乙酰", "对乙酰氨基酚")
    row = panel.locator(f"tr.rx-row[data-drug='{w.drugs['paracetamol'].id}']")
    reason = row.locator("[name=override_reason]")
    await expect(reason).to_be_hidden()
    await row.locator("[name=dose]").fill("1500")
    await row.locator("[name=frequency]").select_option("tid")
    await expect(row.locator("[data-f=findings] [data-severity=error]")).to_be_visible(timeout=20_000)
    await expect(reason).to_be_visible()  # the dose finding asks where the reason goes
    await reason.fill("高热不退，短期大剂量")
    await expect(row.locator("[data-f=findings] [data-severity=warning]")).to_be_visible(timeout=20_000)
    await expect(row.locator("[data-f=findings] [data-severity=error]")).to_have_count(0)
    draft = await Prescription.get(consult_order_id=w.order.id, state="draft")
    assert (await draft.items.all())[0].override_reason == "高热不退，短期大剂量"
