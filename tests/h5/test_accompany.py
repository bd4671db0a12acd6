"""The visit assistant and the cloud accompaniment in Chromium (issue 13 "Done when": a Chromium test shows
the patient's and the companion's homes updating live): a father follows his visit in 就医助手 and invites
his daughter from 线上陪诊; she accepts from the invitation's link; as the hospital's events are applied
(core.visits.apply.apply_batch, what the event centre runs) both homes move step by step without a
reload, the father's with his actions and the daughter's read-only; removed, the daughter loses the
page at once (her open socket included); the task ends when the father ends it.
"""
from __future__ import annotations

import datetime as dt
import itertools

import pytest
from playwright.async_api import expect

from core import wiring
from core.accompany.models import AccompanyTask, Companion
from core.visits.models import VisitStep
from tests import factories
from tests.h5.patient_world import login, open_screen

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


async def test_patient_and_companion_homes_update_live_and_a_removed_companion_loses_the_page(phone):
    hospital, father, daughter = await _world()
    visit_id = await _apply(hospital, father, "V-B1", "registration", "done", {"department": "心内科", "fee_fen": 1200, "paid": True})

    # The father starts an accompaniment from the patient's entry.
    dad = await phone()
    await login(dad, father)
    await open_screen(dad, "#/accompany?role=patient")
    await expect(dad.locator("[data-role-label]")).to_have_text("患者")
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

    # The daughter opens the invitation's link and accepts; the father sees it without a reload.
    kid = await phone()
    await login(kid, daughter)
    await open_screen(kid, f"#/accompany/tasks/{task.id}")
    await expect(kid.locator("[data-invitation]")).to_contain_text("十点在门诊三楼见")
    await kid.click("[data-invitation] [data-accept]")
    await expect(kid.locator(".accompany-task[data-task-role='companion'] [data-visit-steps]")).to_be_visible()
    await expect(row).to_have_attribute("data-companion-state", "accepted")
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

    # The father ends the accompaniment; it shows in both sides' history.
    await dad.click("[data-end]")
    await dad.click(".dialog .btn-primary")
    await expect(dad.locator("[data-task-ended]")).to_be_visible()
    assert (await AccompanyTask.get(id=task.id)).state == "ended"
    await open_screen(dad, "#/accompany/history?role=patient")
    await expect(dad.locator(f"[data-history-list] [data-task='{task.id}']")).to_be_visible()
    assert await VisitStep.filter(visit_id=visit_id).count() >= 4
