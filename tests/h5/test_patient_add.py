"""Adding a 就诊人 in the H5 client (seed 004 就诊人管理, 短信验证, 身份证OCR), in Chromium against
the served app with its loopback SMS provider: a photo of the parent's ID card fills name and
number for the person to check, the phone receives a code (read from the loopback as a tester
reads it) while the button counts down, and the 就诊人 is added with it."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.family.models import Patient
from core.idcard import with_check_digit
from core.masking import mask_id_number, mask_name
from core.sms.models import SmsCode
from tests import factories
from tests.h5.conftest import sms_code
from tests.h5.patient_world import login, open_screen
from tests.idcard_image import front, photographed

pytestmark = pytest.mark.e2e

FATHER, FATHER_ID, FATHER_PHONE = "张建国", with_check_digit("42010219520101123"), "13787654321"


async def test_a_patient_is_added_from_the_id_card_photo_with_the_sms_code(phone, h5_server, tmp_path):
    me = await factories.mp_patient_account("张晓燕")
    page = await phone()
    await login(page, me)
    await open_screen(page, "#/me")
    await page.click("[data-add-patient]")

    card = tmp_path / "card.jpg"
    card.write_bytes(photographed(front(name=FATHER, id_number=FATHER_ID)))
    await page.set_input_files("input[name=id_card]", str(card))
    await expect(page.locator("[data-ocr-note]")).to_contain_text("请核对")
    # Filled for the person to check, not added yet.
    await expect(page.locator("input[name=p_name]")).to_have_value(FATHER)
    await expect(page.locator("input[name=p_id_number]")).to_have_value(FATHER_ID)
    assert await Patient.filter(account_id=me.actor.id, is_self=False).count() == 0

    # No code without a valid phone; then the code is sent and the button counts down.
    send = page.locator("[data-send-code]")
    await expect(send).to_be_disabled()
    await page.fill("input[name=p_phone]", FATHER_PHONE)
    await send.click()
    await expect(page.locator("[data-code-sent]")).to_contain_text("137****4321")
    await expect(send).to_be_disabled()
    await expect(send).to_contain_text("秒后重发")

    # A wrong code is refused with the server's words; the right one adds the 就诊人.
    code = await sms_code(h5_server, FATHER_PHONE)
    await page.fill("input[name=p_sms_code]", f"{(int(code) + 1) % 10 ** 6:06d}")
    await page.select_option("select[name=p_relation]", "父母")
    await page.click("[data-patient-form] button.btn-primary")
    await expect(page.locator(".error-banner")).to_contain_text("短信验证码错误")
    await page.fill("input[name=p_sms_code]", code)
    await page.click("[data-patient-form] button.btn-primary")
    row = page.locator("[data-patient-id]").filter(has_text=mask_name(FATHER))
    await expect(row).to_contain_text(mask_id_number(FATHER_ID))
    await expect(row).to_contain_text("137****4321")

    added = await Patient.get(account_id=me.actor.id, is_self=False)
    assert (added.name, added.id_number, added.phone, added.relation) == (FATHER, FATHER_ID, FATHER_PHONE, "父母")
    assert (await SmsCode.get(account_id=me.actor.id)).used_at is not None
    text = await page.locator("main").inner_text()
    assert FATHER_ID not in text and FATHER_PHONE not in text
