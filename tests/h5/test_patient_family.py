"""The identity and family screens of the H5 client: real-name identity and 就诊人 shown only
masked; joining by the family's join code and the owner approving in the client; and "who
looked at my data" listing what a relative did under a grant."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.accounts.models import MpAccount
from core.family.models import FamilyMember, GrantAccess, Patient
from core.family import service as family_service
from core.family.service import normalize_code
from core.masking import mask_id_number, mask_name, mask_phone
from tests import factories
from tests.h5.conftest import login_as, sms_code
from tests.h5.patient_world import CHILD, PARENT, login, open_screen, request_for_parent, world

pytestmark = pytest.mark.e2e


async def test_real_name_identity_and_a_patient_are_shown_masked(phone, h5_server):
    account = await MpAccount.create(openid="o-h5-new-user")
    me = await phone()
    await login_as(me, account.openid)
    await open_screen(me, "#/me")
    number, mother = factories.id_number(born="19900315"), factories.id_number(born="19620708")
    await me.fill("input[name=name]", "李雪梅")
    await me.fill("input[name=id_number]", number)
    await me.fill("input[name=phone]", "13912345678")
    await me.click("[data-identity-form] button.btn-primary")
    card = me.locator("[data-identity]")
    await expect(card.locator("[data-name]")).to_have_text(mask_name("李雪梅"))
    await expect(card.locator("[data-id-number]")).to_have_text(mask_id_number(number))
    await expect(card.locator("[data-phone]")).to_have_text(mask_phone("13912345678"))

    # A bad ID number is refused with the server's reason; a good one adds the 就诊人.
    await me.click("[data-add-patient]")
    await me.fill("input[name=p_name]", "王秀英")
    await me.fill("input[name=p_id_number]", mother[:-1] + ("0" if mother[-1] != "0" else "1"))
    await me.fill("input[name=p_phone]", "13812340000")
    await me.click("[data-send-code]")
    await expect(me.locator("[data-code-sent]")).to_contain_text("138****0000")
    await me.fill("input[name=p_sms_code]", await sms_code(h5_server, "13812340000"))
    await me.select_option("select[name=p_relation]", "父母")
    await me.click("[data-patient-form] button.btn-primary")
    await expect(me.locator(".error-banner")).to_contain_text("校验位")
    await me.fill("input[name=p_id_number]", mother)
    await me.click("[data-patient-form] button.btn-primary")
    await expect(me.locator("[data-patient-id]")).to_have_count(2)
    text = await me.locator("main").inner_text()
    assert number not in text and mother not in text and "13912345678" not in text
    rows = await Patient.filter(account_id=account.id).order_by("-is_self")
    assert [(p.name, p.relation, p.is_self) for p in rows] == [("李雪梅", "本人", True), ("王秀英", "父母", False)]
    assert rows[1].id_number == mother  # stored whole (encrypted at rest), shown masked


async def test_joining_by_the_family_code_waits_for_the_owner_who_approves_it(phone):
    w = await world()
    family = await factories.family_of(w.parent, name="张家")
    stranger = await factories.mp_patient_account("赵一鸣")
    await family_service.apply(actor=stranger.actor, code=family.join_code)  # the code leaked
    dad, kid = await phone(), await phone()
    await login(dad, w.parent)
    await login(kid, w.child)
    await open_screen(dad, f"#/family/{family.id}")
    code = (await dad.locator("[data-join-code]").inner_text()).strip()
    assert normalize_code(code) == family.join_code

    await open_screen(kid, "#/family")
    await kid.fill("[data-apply] input[name=join_code]", code.lower())  # as people type it
    await kid.select_option("[data-apply] select[name=apply_relation]", "子女")
    await kid.fill("[data-apply] input[name=apply_note]", "爸，我是晓燕")
    await kid.click("[data-apply] button")
    await expect(kid.locator("[data-families]")).to_contain_text("加入申请待户主审核")
    assert "张家" not in await kid.locator("[data-families]").inner_text()  # nothing shown before approval
    row = await FamilyMember.get(family_id=family.id, account_id=w.child.actor.id)
    assert (row.state, row.via, row.relation) == ("pending", "apply", "子女")

    await dad.reload()
    application = dad.locator(f"[data-application='{w.child.actor.id}']")
    await expect(application).to_contain_text("张*燕")
    await expect(application).to_contain_text("爸，我是晓燕")
    await application.locator("[data-approve]").click()
    await expect(dad.locator(f"[data-member='{w.child.actor.id}']")).to_be_visible()
    assert (await FamilyMember.get(id=row.id)).state == "active"

    # The stranger who got hold of the code is refused, with a reason.
    other = dad.locator(f"[data-application='{stranger.actor.id}']")
    await other.locator("[data-refuse]").click()
    await other.locator("input[name=refuse_reason]").fill("不认识此人")
    await other.locator("[data-refuse-confirm]").click()
    await expect(dad.locator("[data-applications]")).to_have_count(0)
    refused = await FamilyMember.get(family_id=family.id, account_id=stranger.actor.id)
    assert refused.state == "refused"
    assert await FamilyMember.filter(family_id=family.id, state="active").count() == 2

    await kid.reload()
    await expect(kid.locator(f"[data-family-id='{family.id}']")).to_contain_text("张家")


async def test_who_looked_at_my_data_lists_the_relatives_accesses(phone):
    w = await world()
    family = await factories.family_of(w.parent, w.child, name="张家")
    await factories.family_grant(family, w.parent, w.child, "record_requests", can_act=True)
    req = await request_for_parent(w)
    # She opens the request in her client: one more access under the grant.
    kid = await phone()
    await login(kid, w.child)
    await open_screen(kid, "#/records")
    await kid.click(f"[data-request='{req.id}']")
    await expect(kid.locator("[data-number]")).to_have_text(req.number)

    dad = await phone()
    await login(dad, w.parent)
    await open_screen(dad, "#/me")
    await dad.click("text=谁查看了我的数据")
    items = dad.locator("[data-accesses] [data-access]")
    await expect(dad.locator("[data-access='record_request_view']").first).to_contain_text("张*燕 查看了您的病案复印申请")
    await expect(dad.locator("[data-access='record_request']")).to_contain_text("张*燕 为您提交了病案复印申请")
    logged = await GrantAccess.filter(grantor_id=w.parent.actor.id).values_list("action", flat=True)
    assert "record_request_view" in logged and await items.count() == len(logged)
    text = await dad.locator("main").inner_text()
    assert CHILD not in text and PARENT not in text
