"""The visit assistant and the cloud accompaniment in Chromium (issue 13 "Done when": a Chromium test shows
the patient's and the companion's homes updating live): a father follows his visit in 就医助手 and invites
his daughter from 线上陪诊; she accepts from the invitation's link; as the hospital's events are applied
(core.visits.apply.apply_batch, what the event centre runs) both homes move step by step without a
reload, the father's with his actions and the daughter's read-only; removed, the daughter loses the
page at once (her open socket included); the task ends when the father ends it. In the task's 云陪诊室
(a real Janus) each sees the other's camera, and a removed companion's video stops.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from playwright.async_api import expect

from core import wiring
from core.accompany.models import AccompanyTask, Companion
from core.family import service as family_service
from core.family.models import Family
from core.visits.models import Visit, VisitStep
from tests import factories
from tests.h5.conftest import login_as
from tests.h5.patient_world import login, open_screen, openid
from tests.h5.video_world import MEDIA, assert_playing

pytestmark = pytest.mark.e2e

FATHER, DAUGHTER = "王建军", "王晓丽"
_event = itertools.count(1)


async def _world():
    wiring.wire()
    t = await factories.tree()
    await factories.his_connection(t.hospital_a1)
    father = await factories.mp_patient_account(FATHER)
    daughter = await factories.mp_patient_account(DAUGHTER, number=factories.id_number(born="19950612"))
    family = await factories.family_of(father, daughter, name="王家")
    await factories.family_grant(family, father, daughter, "accompaniment")
    return t.hospital_a1, father, daughter


async def _apply(hospital, father, his_visit: str, step: str, state: str, data: dict | None = None, **extra):
    """One event of the hospital's HIS, applied as the event centre applies it."""
    from core.visits.apply import apply_batch

    n = next(_event)
    item = factories.visit_event(his_visit, step, state, minutes=n, patient=father, data=data or {},
                                 event_id=f"h6-{his_visit}-{n}",
                                 visit_info={"department": "心内科", "doctor": "李医生", "location": "门诊楼3楼",
                                             "date": dt.date.today().isoformat()}, **extra)
    outcomes = await apply_batch(institution_id=hospital.id, items=[item], source="sim")
    assert [o.status for o in outcomes] == ["applied"], outcomes
    return outcomes[0].visit_id


async def test_the_visit_assistant_shows_steps_todos_and_moves_live(phone):
    hospital, father, _ = await _world()
    visit_id = await _apply(hospital, father, "V-A1", "registration", "done", {"department": "心内科", "fee_fen": 1200, "paid": True})
    dad = await phone()
    await login(dad, father)
    await open_screen(dad, "#/visits")
    await expect(dad.locator(f"[data-visit='{visit_id}']")).to_contain_text("心内科")
    await dad.click(f"[data-visit='{visit_id}']")
    steps = dad.locator("[data-visit-steps]")
    await expect(steps.locator("[data-step='registration']")).to_have_attribute("data-state", "done")
    text = await dad.locator("main").inner_text()
    assert father.id_number not in text  # the identity only masked

    # The hospital moves the visit: payment waits on him (a to-do), then the pharmacy has his medicine.
    await _apply(hospital, father, "V-A1", "consultation", "done",
                 {"record": {"chief_complaint": "胸闷两天", "diagnosis": "心律不齐", "advice": "低盐饮食"},
                  "prescriptions": [{"name": "美托洛尔片", "spec": "25mg*20片", "dosage": "每日两次，每次半片", "quantity": 1}]})
    await expect(steps.locator("[data-step='consultation']")).to_have_attribute("data-state", "done")
    await _apply(hospital, father, "V-A1", "payment", "waiting",
                 {"items": [{"name": "美托洛尔片", "amount_fen": 2350}], "total_fen": 2350})
    payment = steps.locator("[data-step='payment']")
    await expect(payment).to_have_attribute("data-state", "waiting")
    await expect(payment.locator("[data-item='total']")).to_have_text("¥23.50")
    await expect(dad.locator("[data-visit-todos] [data-todo-step='payment']")).to_be_visible()
    await steps.locator("[data-step='consultation'] .step-head").click()
    await expect(steps.locator("[data-step='consultation'] [data-item='diagnosis']")).to_have_text("心律不齐")
    await _apply(hospital, father, "V-A1", "payment", "done", {"items": [{"name": "美托洛尔片", "amount_fen": 2350}], "total_fen": 2350})
    await _apply(hospital, father, "V-A1", "pharmacy", "waiting", {"window": "西药房3号窗口", "pick_up_code": "A1024"})
    await expect(steps.locator("[data-step='pharmacy'] [data-pickup-code]")).to_have_text("A1024")
    await expect(dad.locator("[data-visit-todos] [data-todo-step='payment']")).to_have_count(0)

    # A to-do opens its step.
    await open_screen(dad, "#/visits")
    await dad.click("[data-todo-card] [data-todo-step='pharmacy']")
    await expect(dad.locator("[data-step='pharmacy'].focus [data-pickup-code]")).to_have_text("A1024")
    assert (await Visit.get(id=visit_id)).step == "pharmacy"


async def test_the_patient_checks_in_and_cancels_a_booking_from_the_visit_page(phone):
    from core.his import adapter as his_adapter
    from core.his.demo import seed_outpatient
    from core.visits.apply import apply_batch

    hospital, father, _ = await _world()
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    await seed_outpatient(hospital.id, first_day=tomorrow, days=1, departments=["心血管内科"], weekends=True)
    his = his_adapter.adapter_for(institution_id=hospital.id, name="demo")
    doctor = (await his.doctors(department_code=(await his.departments())[0].code))[0]
    slot = (await his.slots(doctor_code=doctor.code, day=tomorrow))[0]
    booking = await his.book(slot_id=slot.id, patient={"id_number": father.id_number, "name": FATHER})
    outcomes = await apply_batch(institution_id=hospital.id, items=booking.events, source="booking")
    visit_id = outcomes[0].visit_id

    dad = await phone()
    await login(dad, father)
    await open_screen(dad, f"#/visits/{visit_id}")
    steps = dad.locator("[data-visit-steps]")
    await expect(steps.locator("[data-step='appointment']")).to_have_attribute("data-state", "done")
    await dad.click("[data-action='checkin']")
    await dad.click(".dialog .btn-primary")
    await expect(steps.locator("[data-step='checkin']")).to_have_attribute("data-state", "done")
    await expect(steps.locator("[data-step='queue']")).to_have_attribute("data-state", "active")
    await expect(dad.locator("[data-current-step]")).to_have_attribute("data-code", "queue")
    await expect(dad.locator("[data-action='checkin']")).to_have_count(0)
    assert (await VisitStep.get(visit_id=visit_id, code="checkin")).state == "done"

    # Another booking he cancels from its page: the hospital frees the slot and the visit is cancelled.
    other = await his.book(slot_id=(await his.slots(doctor_code=doctor.code, day=tomorrow))[1].id,
                           patient={"id_number": father.id_number, "name": FATHER})
    other_id = (await apply_batch(institution_id=hospital.id, items=other.events, source="booking"))[0].visit_id
    await open_screen(dad, f"#/visits/{other_id}")
    await dad.click("[data-action='cancel']")
    await dad.click(".dialog .btn-primary")
    await expect(dad.locator("[data-visit-state]")).to_have_text("已取消")
    await expect(dad.locator("[data-action]")).to_have_count(0)
    assert (await Visit.get(id=other_id)).state == "cancelled"


async def test_patient_and_companion_homes_update_live_and_a_removed_companion_loses_the_page(phone):
    hospital, father, daughter = await _world()
    visit_id = await _apply(hospital, father, "V-B1", "registration", "done", {"department": "心内科", "fee_fen": 1200, "paid": True})

    # The father starts an accompaniment from the patient's entry.
    dad = await phone()
    await login(dad, father)
    await open_screen(dad, "#/accompany?role=patient")
    await expect(dad.locator("[data-role-label]")).to_have_text("患者")
    await dad.click("[data-switch-role='companion']")  # the role switch: the companion's entry, then back
    await expect(dad.locator("[data-role-label]")).to_have_text("陪诊人")
    await expect(dad.locator("[data-current-tasks]")).to_contain_text("暂无陪诊")
    await dad.click("[data-switch-role='patient']")
    await expect(dad.locator("[data-entry='patient'] [data-start]")).to_be_visible()
    await dad.click("[data-start]")
    await dad.click(f"[data-accompany-visits] [data-visit='{visit_id}']")
    await expect(dad.locator("[data-visit-department]")).to_have_text("心内科")
    await dad.check(f"[data-candidate='{daughter.actor.id}'] input")
    await dad.fill("textarea[name=reminder]", "十点在门诊三楼见")
    await dad.click("[data-send]")
    await expect(dad.locator(".accompany-task[data-task-role='patient']")).to_be_visible()
    task = await AccompanyTask.get(visit_id=visit_id)
    companion = await Companion.get(task_id=task.id, account_id=daughter.actor.id)
    row = dad.locator(f"[data-companion='{companion.id}']")
    await expect(row).to_have_attribute("data-companion-state", "invited")

    # The daughter opens the invitation from her messages and accepts; the father sees it without a reload.
    kid = await phone()
    await login(kid, daughter)
    await open_screen(kid, "#/messages")
    await kid.locator("[data-message]", has_text="陪诊").first.click()
    await expect(kid).to_have_url(re.compile(rf"#/accompany/tasks/{task.id}$"))
    await expect(kid.locator("[data-invitation]")).to_contain_text("十点在门诊三楼见")
    await kid.click("[data-invitation] [data-accept]")
    await expect(kid.locator(".accompany-task[data-task-role='companion'] [data-visit-steps]")).to_be_visible()
    await expect(row).to_have_attribute("data-companion-state", "accepted")
    await expect(row).to_have_attribute("data-present", "1")  # her home is open: 陪诊中
    assert (await Companion.get(id=companion.id)).state == "accepted"

    # The hospital's events reach both homes live; only the father has actions.
    for page in (dad, kid):
        await expect(page.locator("[data-live]")).to_have_attribute("data-live", "live")
    await _apply(hospital, father, "V-B1", "checkin", "waiting", {"location": "心内科二诊区"})
    for page in (dad, kid):
        await expect(page.locator("[data-step='checkin']")).to_have_attribute("data-state", "waiting")
    await expect(dad.locator("[data-step='checkin'] [data-action='checkin']")).to_be_visible()
    await expect(kid.locator("[data-action]")).to_have_count(0)
    await _apply(hospital, father, "V-B1", "checkin", "done", {"location": "心内科二诊区"})
    await _apply(hospital, father, "V-B1", "consultation", "active", {"doctor": "李医生", "location": "心内科3诊室"})
    for page in (dad, kid):
        await expect(page.locator("[data-current-step]")).to_have_attribute("data-code", "consultation")
        await expect(page.locator("[data-step='consultation'] [data-item='location']")).to_have_text("心内科3诊室")
    await _apply(hospital, father, "V-B1", "pharmacy", "waiting", {"window": "西药房3号窗口", "pick_up_code": "B2048"})
    for page in (dad, kid):
        await expect(page.locator("[data-step='pharmacy'] [data-pickup-code]")).to_have_text("B2048")
    await expect(kid.locator("[data-action]")).to_have_count(0)

    # Removed, the daughter loses the page at once, her open socket included.
    await row.locator("[data-remove]").click()
    await dad.click(".dialog .btn-primary")
    await expect(kid.locator("[data-lost]")).to_be_visible()
    await expect(kid.locator("[data-visit-steps]")).to_have_count(0)
    assert (await Companion.get(id=companion.id)).state == "removed"
    await _apply(hospital, father, "V-B1", "pharmacy", "done", {"window": "西药房3号窗口", "pick_up_code": "B2048"})
    await expect(dad.locator("[data-step='pharmacy']")).to_have_attribute("data-state", "done")
    await expect(kid.locator("[data-visit-steps]")).to_have_count(0)
    await kid.reload()
    await expect(kid.locator("[data-lost]")).to_be_visible()

    # He invites another member of the family; the son declines from his companion entry.
    son = await factories.mp_patient_account("王晓东", number=factories.id_number(born="19930221"))
    family = await Family.get(owner_id=father.actor.id)
    inv = await family_service.invite(actor=father.actor, family_id=family.id, channel="phone", phone=son.phone)
    await family_service.accept_invite(actor=son.actor, invite_id=inv.id)
    await factories.family_grant(family, father, son, "accompaniment")
    await dad.click("[data-invite-more]")
    await expect(dad.locator(f"[data-candidate='{daughter.actor.id}'] input")).to_be_enabled()  # removed: may come back
    await dad.check(f"[data-candidate='{son.actor.id}'] input")
    await dad.click("[data-send]")
    son_row = dad.locator(".companion-row", has_text="王*东")
    await expect(son_row).to_have_attribute("data-companion-state", "invited")
    boy = await phone()
    await login(boy, son)
    await open_screen(boy, "#/accompany?role=companion")
    await boy.click(f"[data-invitation='{task.id}'] [data-decline]")
    await boy.click(".dialog .btn-primary")
    await expect(boy.locator("[data-invitations]")).to_have_count(0)
    await expect(son_row).to_have_attribute("data-companion-state", "declined")

    # The father ends the accompaniment; it shows in both sides' history.
    await dad.click("[data-end]")
    await dad.click(".dialog .btn-primary")
    await expect(dad.locator("[data-task-ended]")).to_be_visible()
    assert (await AccompanyTask.get(id=task.id)).state == "ended"
    await open_screen(dad, "#/accompany/history?role=patient")
    await expect(dad.locator(f"[data-history-list] [data-task='{task.id}']")).to_be_visible()
    assert await VisitStep.filter(visit_id=visit_id).count() >= 4


async def test_the_accompaniment_video_room_and_a_removed_companion_leaving_it(video_browser):
    from core.accompany import service as accompany
    from core.rooms.models import RoomParticipant

    hospital, father, daughter = await _world()
    visit_id = await _apply(hospital, father, "V-C1", "queue", "active", {"number": "A012", "ahead": 3})
    home = await accompany.invite(actor=father.actor, visit_id=visit_id, account_ids=[daughter.actor.id], reminder="")
    await accompany.accept(actor=daughter.actor, task_id=home.id)

    dad = await video_browser.handset()
    await login_as(dad, await openid(father))
    await dad.goto(f"/h5/#/accompany/tasks/{home.id}")
    await dad.click("[data-video]")
    await expect(dad.locator("[data-call-state]")).to_have_text("视频陪诊中", timeout=MEDIA)
    await assert_playing(dad.locator("[data-local-video]"))

    kid = await video_browser.handset()
    await login_as(kid, await openid(daughter))
    await kid.goto(f"/h5/#/accompany/tasks/{home.id}")
    await expect(kid.locator("[data-step='queue']")).to_have_attribute("data-state", "active")
    await kid.click("[data-video]")
    await expect(kid.locator("[data-call-state]")).to_have_text("视频陪诊中", timeout=MEDIA)
    await assert_playing(kid.locator("[data-remote-video]"))
    await assert_playing(dad.locator("[data-remote-video]"))

    # Removed from the task, she is out of the room at once; his screen loses her picture.
    companion = (await Companion.get(task_id=home.id, account_id=daughter.actor.id))
    await accompany.remove(actor=father.actor, task_id=home.id, companion_id=companion.id)
    await expect(kid.locator("[data-call-state]")).to_have_text("您已不在本次陪诊中", timeout=MEDIA)
    await expect(dad.locator("[data-remote-video]")).to_have_count(0, timeout=MEDIA)
    task = await AccompanyTask.get(id=home.id)
    assert (await RoomParticipant.get(room_id=task.room_id, account_id=daughter.actor.id)).state == "removed"
