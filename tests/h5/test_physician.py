"""The physician's H5 screens in a phone-sized Chromium against the served app: binding
(a refusal shows the server's message; a record bound elsewhere asks for the rebind code),
the filing (field errors per field, drafts, submit, the institution's rejection with its
reason, resubmit) and the exam home. The reviewer acts through the services in this
process; what the screens did is read back from the database."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.accounts.models import MpAccount
from core.assessment import service as svc
from core.assessment.models import AssessmentAssignment, Enrolment, Physician, ReviewAction
from core.orgs.models import OrgKind
from core.principal import Principal
from tests import factories
from tests.h5.conftest import login_as

pytestmark = pytest.mark.e2e


async def _world():
    t = await factories.tree()
    assessor = await factories.org(t.city_a, OrgKind.ASSESSMENT, "武汉考核机构")
    await AssessmentAssignment.create(target_id=t.county_a1.id, assessment_org_id=assessor.id)
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    return t, await factories.actor(t.province), hospital


async def _bind_form(page, doc, password, rebind_code=None):
    await page.fill("#f-id-number", doc.id_number)
    await page.fill("#f-name", doc.name)
    await page.fill("#f-password", password)
    if rebind_code is not None:
        await page.fill("#f-rebind-code", rebind_code)
    await page.click("form button[type=submit]")


async def test_bind_refused_then_bound_and_a_taken_record_needs_the_rebind_code(phone):
    t, _, hospital = await _world()
    doc = await factories.physician(t.hospital_a1, name="柳青山")
    password = await svc.reset_physician_password(actor=hospital, physician_id=doc.id)

    page = await phone()
    await login_as(page, "o-h5-bind", "u-h5-bind")
    account = await MpAccount.get(openid="o-h5-bind")
    await page.click(".tile:has-text('绑定医师身份')")
    await expect(page.locator(".topbar-title")).to_have_text("绑定医师身份")

    # A wrong password: the server's refusal, word for word, and nothing bound.
    await _bind_form(page, doc, "Wrong#Passw0rd")
    banner = page.locator(".error-banner")
    await expect(banner).to_have_text("身份证号、姓名或密码不正确")
    await expect(banner).to_have_attribute("data-error-code", "assessment.bind_failed")
    assert (await Physician.get(id=doc.id)).mp_account_id is None
    # A malformed ID number is refused per field.
    await page.fill("#f-id-number", "123")
    await page.click("form button[type=submit]")
    await expect(page.locator(".field.invalid .field-error")).to_have_count(1)
    await expect(page.locator(".field.invalid .field-label")).to_have_text("身份证号")

    await _bind_form(page, doc, password)
    await expect(page.locator(".topbar-title")).to_have_text("定期考核")
    assert (await Physician.get(id=doc.id)).mp_account_id == account.id
    # No open cycle: the exam home says so in the server's words.
    await expect(page.locator("[data-exam-state]")).to_have_text("当前没有开放的考核周期")
    # Home now offers the physician's tiles instead of binding.
    await page.click(".topbar-back")
    await expect(page.locator(".tile:has-text('述职填报')")).to_be_visible()
    await expect(page.locator(".tile:has-text('绑定医师身份')")).to_have_count(0)

    # Another WeChat account tries the same record: the password is not enough.
    other = await phone()
    await login_as(other, "o-h5-bind-2")
    await other.goto("/h5/#/physician/bind")
    await _bind_form(other, doc, password)
    await expect(other.locator(".error-banner")).to_have_text(
        "该医师已绑定其他微信账号，如需换绑请向所在医疗机构申请换绑码")
    await _bind_form(other, doc, password, rebind_code="WRONG23456")
    await expect(other.locator(".error-banner")).to_have_attribute("data-error-code", "assessment.rebind_code_invalid")
    assert (await Physician.get(id=doc.id)).mp_account_id == account.id
    code, _ = await svc.issue_rebind_code(actor=hospital, physician_id=doc.id)
    await _bind_form(other, doc, password, rebind_code=code)
    await expect(other.locator(".topbar-title")).to_have_text("定期考核")
    assert (await Physician.get(id=doc.id)).mp_account_id == (await MpAccount.get(openid="o-h5-bind-2")).id


async def test_filing_draft_submit_rejected_and_resubmitted_with_the_reasons(phone):
    t, province, hospital = await _world()
    cycle = await factories.open_cycle(province)
    doc = await factories.physician(t.hospital_a1, name="程素问")
    await svc.enrol(actor=hospital, cycle_id=cycle.id, physician_ids=[doc.id])
    account = await MpAccount.create(openid="o-h5-filer", unionid="u-h5-filer")
    doc.mp_account_id = account.id
    await doc.save(update_fields=["mp_account_id"])
    enrolment = await Enrolment.get(cycle_id=cycle.id, physician_id=doc.id)

    page = await phone()
    await login_as(page, "o-h5-filer")
    await page.click(".tile:has-text('述职填报')")
    await expect(page.locator("[data-filing-state]")).to_have_text("未提交")
    await expect(page.locator("[data-sections] .list-item")).to_have_count(9)

    # Basic information: empty required fields come back as the server's errors, per field.
    await page.click("[data-section='basic']")
    await expect(page.locator(".topbar-title")).to_have_text("基本信息")
    await page.select_option("select[name=gender]", "女")
    await page.click("form button[type=submit]")
    invalid = page.locator(".field.invalid .field-label")
    await expect(invalid).to_have_count(2)
    await expect(invalid.nth(0)).to_contain_text("出生日期")
    await expect(invalid.nth(1)).to_contain_text("学历")
    await expect(page.locator(".field.invalid .field-error")).to_have_text(["必填", "必填"])
    # A date the server cannot read is refused in its words.
    await page.fill("input[name=education]", "x" * 32)
    await page.evaluate("document.querySelector('input[name=birth_date]').type = 'text'")
    await page.fill("input[name=birth_date]", "1985-13-45")
    await page.click("form button[type=submit]")
    await expect(page.locator(".field.invalid .field-error")).to_have_text(["日期格式应为 YYYY-MM-DD"])
    await page.evaluate("document.querySelector('input[name=birth_date]').type = 'date'")
    assert "basic" not in ((await Enrolment.get(id=enrolment.id)).filing or {})
    await page.fill("input[name=birth_date]", "1985-03-08")
    await page.fill("input[name=education]", "硕士研究生")
    await page.fill("input[name=title]", "副主任医师")
    await page.click("form button[type=submit]")
    await expect(page.locator("[data-section='basic']")).to_contain_text("已填写")

    # Submitting too early names the sections still missing.
    await page.click("button:has-text('提交审核')")
    await page.click(".dialog button:has-text('确定')")
    await expect(page.locator(".error-banner")).to_have_text("填报信息不完整")
    await expect(page.locator("[data-missing]")).to_contain_text("执业信息")

    # Work history, a list: one entry with dates through the screen.
    await page.click("[data-section='work_history']")
    await page.fill("[data-entry='0'] input[name=employer]", "江岸医院")
    await page.fill("[data-entry='0'] input[name=position]", "住院医师")
    await page.click("form button[type=submit]")
    await expect(page.locator("[data-section='work_history']")).to_contain_text("已填写")
    # The procedure offers what the cycle allows.
    await page.click("[data-section='procedure']")
    await page.select_option("select[name=procedure]", "general")
    await page.click("form button[type=submit]")
    await expect(page.locator("[data-section='procedure']")).to_contain_text("已填写")
    # The rest as the physician through the service (the screens are the same forms).
    me = Principal(kind="mp", id=account.id)
    for key in ("practice", "education", "performance", "ethics"):
        await svc.save_section(actor=me, section=key, data=factories.FILING[key])
    await page.reload()
    await page.click("button:has-text('提交审核')")
    await page.click(".dialog button:has-text('确定')")
    await expect(page.locator("[data-filing-state]")).to_have_text("待机构审核")
    await expect(page.locator("button:has-text('提交审核')")).to_have_count(0)
    row = await Enrolment.get(id=enrolment.id)
    assert row.state == "submitted" and row.procedure == "general"
    assert row.filing["basic"] == {"gender": "女", "birth_date": "1985-03-08", "education": "硕士研究生",
                                   "title": "副主任医师", "department": ""}
    assert row.filing["work_history"] == {"items": [{"employer": "江岸医院", "position": "住院医师",
                                                     "start": None, "end": None}]}

    # The institution rejects it with a reason: the screen shows it and offers resubmission.
    reason = "工作经历缺少起止时间，请补充"
    assert all(r.ok for r in await svc.review(actor=hospital, enrolment_ids=[enrolment.id], decision="reject",
                                              reason=reason))
    await page.reload()
    await expect(page.locator("[data-filing-state]")).to_have_text("机构审核未通过")
    await expect(page.locator("[data-reject-reason]")).to_contain_text(reason)
    await expect(page.locator("[data-trail]")).to_contain_text("医疗机构审核 · 驳回")
    await expect(page.locator("[data-trail]")).to_contain_text(reason)

    await page.click("[data-section='work_history']")
    await page.fill("[data-entry='0'] input[name=start]", "2010-07-01")
    await page.click("button:has-text('添加工作经历')")
    await page.fill("[data-entry='1'] input[name=employer]", "武昌医院")
    await page.fill("[data-entry='1'] input[name=start]", "2018-01-01")
    await page.click("form button[type=submit]")
    await expect(page.locator("[data-section='work_history']")).to_contain_text("已填写")
    await page.click("button:has-text('重新提交')")
    await page.click(".dialog button:has-text('确定')")
    await expect(page.locator("[data-filing-state]")).to_have_text("待机构审核")

    row = await Enrolment.get(id=enrolment.id)
    assert row.state == "submitted"
    assert row.filing["work_history"]["items"] == [
        {"employer": "江岸医院", "position": "住院医师", "start": "2010-07-01", "end": None},
        {"employer": "武昌医院", "position": "", "start": "2018-01-01", "end": None}]
    actions = await ReviewAction.filter(enrolment_id=enrolment.id).order_by("id")
    assert [(a.action, a.to_state) for a in actions] == [
        ("submit", "submitted"), ("institution_reject", "institution_rejected"), ("submit", "submitted")]
    assert actions[1].reason == reason

    # The exam home shows the review state; no exam before approval.
    await page.goto("/h5/#/physician/exam")
    await expect(page.locator("[data-review-state]")).to_have_text("待机构审核")
    await expect(page.locator("[data-exam-state]")).to_have_attribute("data-exam", "waiting_review")
    await expect(page.locator("[data-enter-exam]")).to_have_count(0)


async def test_exam_home_of_an_approved_physician_opens_the_exam(phone):
    t, province, hospital = await _world()
    cycle = await factories.open_cycle(province)
    await factories.exam_bank()
    await factories.exam_blueprint(province, cycle)
    doc = await factories.physician(t.hospital_a1, name="华佗青")
    account = await MpAccount.create(openid="o-h5-examinee")
    doc.mp_account_id = account.id
    await doc.save(update_fields=["mp_account_id"])
    await Enrolment.create(cycle_id=cycle.id, physician_id=doc.id, institution_id=t.hospital_a1.id,
                           confirmed=True, state="approved", procedure="general")

    page = await phone()
    await login_as(page, "o-h5-examinee")
    await page.click(".tile:has-text('定期考核')")
    await expect(page.locator("[data-current] .card-title")).to_have_text(cycle.name)
    await expect(page.locator("[data-review-state]")).to_have_text("复核通过")
    await expect(page.locator("[data-exam-state]")).to_have_attribute("data-exam", "open")
    # The paper was drawn when the home first looked (6 questions of the blueprint).
    await expect(page.locator(".list-item:has-text('2026内科测评')")).to_contain_text("6 题 · 30 分钟")
    await expect(page.locator("[data-paper-state]")).to_have_text("未开始")
    await expect(page.locator("[data-enter-exam]")).to_have_attribute("href", "#/exam")
