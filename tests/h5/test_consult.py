"""The consultation screens of the H5 client (390×844 Chromium): a patient searches a doctor by
what the doctor is good at and by department, opens the doctor page (prices, rating, schedule),
follows the doctor, reads and accepts the informed consent before the first order (then on to the
order form), and finds
the doctor again among the followed ones. The screens show what the service answers."""
from __future__ import annotations

import datetime as dt

import pytest
from playwright.async_api import expect

from core.accounts.models import MpAccount
from core.doctors import consent, ledger, schedules
from core.doctors.models import ConsentAcceptance, DoctorFollow, DoctorSchedule
from core.doctors.schemas import ConsentIn
from tests import factories
from tests.h5.conftest import login_as

pytestmark = pytest.mark.e2e


async def test_a_patient_finds_a_doctor_follows_and_accepts_the_consent(phone):
    t = await factories.tree()
    kid = await factories.department(t.hospital_a1, name="儿科")
    eye = await factories.department(t.hospital_b1, name="眼科")
    li = await factories.catalogue_doctor(kid, name="李时珍", specialties="小儿哮喘、反复咳嗽")
    sun = await factories.catalogue_doctor(eye, name="孙思邈", title="attending", specialties="近视防控",
                                           services=(("text", 1500),))
    await factories.catalogue_doctor(kid, name="下线医生", specialties="小儿哮喘", enabled=False)
    first, _ = schedules.month_bounds(schedules.current_month())
    for day, period in ((first + dt.timedelta(days=2), "morning"), (first + dt.timedelta(days=9), "afternoon")):
        await DoctorSchedule.create(doctor_id=li.id, department_id=kid.id, institution_id=t.hospital_a1.id, day=day,
                                    period=period, capacity=12)
    pat = await factories.mp_patient_account("王小明")
    other = await factories.mp_patient_account("赵六")
    for order, score in ((1, 5), (2, 4)):  # two consultations by someone else, rated
        await ledger.record_consultation(order_id=order, doctor_id=li.id, account_id=other.actor.id, kind="text")
        await ledger.record_completed(order_id=order)
        await ledger.record_rating(order_id=order, score=score)
    await consent.publish(actor=await factories.actor(t.province), data=ConsentIn(
        body="互联网诊疗仅适用于常见病、慢性病复诊。", fees="图文咨询按医生定价，15–30 元/次。"))

    page = await phone()
    await login_as(page, (await MpAccount.get(id=pat.actor.id)).openid)
    await page.click("a.tile:has-text('找医生问诊')")
    await expect(page.locator("[data-department]")).to_have_count(2)
    await expect(page.locator("[data-followed] .empty")).to_have_text("还没有关注医生")

    # Search by 擅长: the doctor offline is not found.
    await page.fill("[data-doctor-q]", "哮喘")
    await page.click("[data-search]")
    cards = page.locator("[data-results] .doctor-card")
    await expect(cards).to_have_count(1)
    await expect(cards.first).to_contain_text("李时珍")
    await expect(cards.first).to_contain_text("江岸医院 · 儿科")
    await expect(cards.first).to_contain_text("图文咨询 ¥30.00")
    await expect(cards.first).to_contain_text("4.5 分 · 2 条评价")

    # The doctor page: follow, the month's schedule, prices.
    await cards.first.click()
    await expect(page.locator(".topbar-title")).to_have_text("李时珍")
    await expect(page.locator("[data-rating]")).to_have_text("4.5 分 · 2 条评价")
    await expect(page.locator("[data-schedule] [data-day]")).to_have_count(2)
    await expect(page.locator("[data-service='video']")).to_contain_text("¥80.00")
    await page.click("[data-follow]")
    await expect(page.locator("[data-follow]")).to_have_text("已关注")
    await expect(page.locator("[data-followers]")).to_have_text("1")
    assert await DoctorFollow.exists(account_id=pat.actor.id, doctor_id=li.id)

    # The first order needs the informed consent: read, accept, back to the doctor.
    await expect(page.locator("[data-consent-required]")).to_be_visible()
    await page.click("[data-service='text'] button")
    await expect(page.locator("[data-consent='1']")).to_contain_text("图文咨询按医生定价，15–30 元/次。")
    await expect(page.locator("[data-accept]")).to_be_disabled()
    await page.check("[data-read]")
    await page.click("[data-accept]")
    # On to the order form (the consent was read on the way to an order); the doctor page asks no more.
    await expect(page.locator("[data-order-form]")).to_contain_text("图文咨询 ¥30.00")
    await page.goto(f"/h5/#/consult/doctors/{li.id}")
    await expect(page.locator(f"[data-doctor-page='{li.id}']")).to_be_visible()
    await expect(page.locator("[data-consent-required]")).to_have_count(0)
    assert await ConsentAcceptance.exists(account_id=pat.actor.id, version=1)

    # Home again: the followed doctor is there; a department lists its doctors.
    await page.goto("/h5/#/consult")
    await expect(page.locator("[data-followed] .doctor-card")).to_have_count(1)
    await expect(page.locator("[data-followed] .doctor-card")).to_contain_text("李时珍")
    await page.click(f"[data-department='{eye.id}']")
    await expect(cards).to_have_count(1)
    await expect(cards.first).to_contain_text("孙思邈")
    await expect(page.locator("[data-results]")).to_contain_text("西陵医院 · 眼科 · 共 1 位医生")

    # Unfollow from the doctor page.
    await page.goto(f"/h5/#/consult/doctors/{li.id}")
    await page.click("[data-follow]")
    await expect(page.locator("[data-follow]")).to_have_text("+ 关注")
    assert not await DoctorFollow.exists(account_id=pat.actor.id)
    assert sun.id != li.id
