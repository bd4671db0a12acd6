"""家庭健康档案调阅 in the H5 client (issue 13 point 5): a daughter opens her father's archive from his
member page under his grants (visits, reports, prescriptions; vital signs with their trend), a tab he
did not open stays locked, and the father sees each of her reads in 谁查看了我的数据; he records a
vital sign of his own on his archive."""
from __future__ import annotations

import datetime as dt

import pytest
from playwright.async_api import expect

from core.db import utcnow
from core.family import vitals
from core.family.models import GrantAccess, VitalSign
from tests import factories
from tests.h5.patient_world import login, open_screen

pytestmark = pytest.mark.e2e


async def _family():
    daughter = await factories.mp_patient_account("王小红")
    father = await factories.mp_patient_account("王建国", number=factories.id_number(born="19500101"))
    fam = await factories.family_of(father, daughter, name="王家")
    visit = await factories.archive_visit(father.patient)
    await vitals.record_from_visit(visit_id=visit.id)
    await vitals.record(actor=father.actor, patient_id=father.patient.id, kind="blood_pressure", value=142,
                        value2=90, measured_at=utcnow() - dt.timedelta(days=10))
    return daughter, father, fam, visit


async def test_a_daughter_reads_her_fathers_archive_under_his_grants_and_he_sees_it(phone):
    daughter, father, fam, visit = await _family()
    await factories.family_grant(fam, father, daughter, "health_records")
    kid = await phone()
    await login(kid, daughter)
    await open_screen(kid, f"#/family/{fam.id}/members/{father.actor.id}")
    await kid.click("[data-archive-of]")
    await expect(kid.locator("[data-archive-patient]")).to_contain_text("王*国")
    await expect(kid.locator("[data-visit]")).to_contain_text("呼吸内科")
    await expect(kid.locator("[data-visit]")).to_have_attribute("href", f"#/visits/{visit.id}")  # its steps, live
    await kid.click("[data-tab=reports]")
    blood = kid.locator("[data-report='血常规']")
    await expect(blood.locator("[data-conclusion]")).to_have_text("白细胞略高，提示轻度感染")
    await expect(blood.locator("tr.flag")).to_contain_text("白细胞")
    await expect(kid.locator("[data-report='胸部CT']")).to_contain_text("报告未出")
    await kid.click("[data-tab=prescriptions]")
    await expect(kid.locator("[data-diagnosis]")).to_have_text("急性支气管炎")
    await expect(kid.locator("[data-drug]")).to_contain_text("阿莫西林胶囊")
    # 体征数据 was not opened to her: the tab is locked, nothing of it asked for.
    await kid.click("[data-tab=vitals]")
    await expect(kid.locator("[data-locked]")).to_contain_text("体征数据")
    await expect(kid.locator("[data-vitals]")).to_have_count(0)
    text = await kid.locator("main").inner_text()
    assert father.id_number not in text and "128/82" not in text

    actions = await GrantAccess.filter(grantor_id=father.actor.id).order_by("id").values_list("action", flat=True)
    assert actions == ["archive_view", "archive_visits", "archive_reports", "archive_prescriptions"]
    dad = await phone()
    await login(dad, father)
    await open_screen(dad, "#/me/accesses")
    await expect(dad.locator("[data-access='archive_visits']")).to_contain_text("王*红 查看了您的就诊记录")
    await expect(dad.locator("[data-access='archive_reports']")).to_contain_text("王*红 查看了您的检查报告")
    await expect(dad.locator("[data-access='archive_prescriptions']")).to_contain_text("王*红 查看了您的处方")

    # He opens 体征数据 too (see only): her vitals tab shows the trend, but no record form.
    await factories.family_grant(fam, father, daughter, "health_records", "vital_signs")
    await kid.reload()
    await kid.click("[data-tab=vitals]")
    await expect(kid.locator("[data-latest=blood_pressure]")).to_contain_text("128/82 mmHg")
    await kid.click("[data-latest=blood_pressure]")
    await expect(kid.locator("[data-chart] polyline")).to_have_count(2)  # systolic and diastolic
    await expect(kid.locator("[data-vital-rows] [data-vital=blood_pressure]")).to_have_count(2)
    await expect(kid.locator("[data-vital-form]")).to_have_count(0)
    await dad.reload()
    await expect(dad.locator("[data-access='archive_vitals']").first).to_contain_text("王*红 查看了您的体征数据")


async def test_the_father_records_a_vital_sign_on_his_own_archive(phone):
    daughter, father, fam, visit = await _family()
    dad = await phone()
    await login(dad, father)
    await open_screen(dad, "#/me")
    await dad.click(f"[data-patient-id='{father.patient.id}'] [data-archive]")
    await expect(dad.locator("[data-archive-note]")).to_have_count(0)
    await dad.click("[data-tab=vitals]")
    await dad.select_option("select[name=vital_kind]", "weight")
    await dad.fill("input[name=vital_value]", "500")
    await dad.click("[data-vital-form] button.btn-primary")
    await expect(dad.locator(".error-banner")).to_contain_text("体征数据不在合理范围内")
    await dad.fill("input[name=vital_value]", "66.5")
    await dad.click("[data-vital-form] button.btn-primary")
    await expect(dad.locator("[data-latest=weight]")).to_contain_text("66.5 kg")
    await expect(dad.locator("[data-vital-rows] [data-vital=weight]")).to_contain_text("本人记录")
    row = await VitalSign.get(patient_id=father.patient.id, kind="weight")
    assert (float(row.value), row.source, row.recorded_by_id) == (66.5, "self", father.actor.id)
    assert await GrantAccess.all().count() == 0  # his own data: nobody to tell


async def test_a_daughter_books_and_cancels_an_appointment_for_her_father_under_his_grant(phone):
    """家庭门诊预约: from his member page, under 门诊预约 with 代办: hospital, department, doctor, tomorrow's
    first period; the booking is his visit's first step, 我的预约 lists it, she cancels it, he sees both."""
    from core.his.models import HisBooking
    from core.visits.models import Visit, VisitStep

    t = await factories.tree()
    hospital, _ = await factories.visits_hospital(t.county_a1, name="静安区中心医院")
    await factories.his_outpatient(hospital)
    daughter = await factories.mp_patient_account("王小红")
    father = await factories.mp_patient_account("王建国", number=factories.id_number(born="19500101"))
    fam = await factories.family_of(father, daughter, name="王家")
    # See only is not enough: the member page offers no booking, and the server refuses one.
    await factories.family_grant(fam, father, daughter, "appointments")
    kid = await phone()
    await login(kid, daughter)
    await open_screen(kid, f"#/family/{fam.id}/members/{father.actor.id}")
    await expect(kid.locator("[data-granted-to-me]")).to_contain_text("门诊预约")
    await expect(kid.locator("[data-book-for]")).to_have_count(0)

    await factories.family_grant(fam, father, daughter, "appointments", can_act=True)
    await kid.reload()
    await kid.click("[data-book-for]")
    await expect(kid.locator(f"[data-patient='{father.patient.id}']")).to_be_checked()
    await kid.click(f"[data-institution='{hospital.id}']")
    await kid.click("[data-book-department] button:has-text('呼吸内科')")
    await kid.locator("[data-book-doctor] input[name=doctor]").first.check()
    tomorrow = factories.his_future_slot_day().isoformat()
    await kid.click(f"[data-day='{tomorrow}']")
    slot = kid.locator("[data-book-slots] input[name=slot]:not([disabled])").first
    await slot.check()
    await kid.click("[data-book]")
    await kid.click(".dialog .btn-primary")
    booking = kid.locator("[data-booking]").first
    await expect(booking.locator("[data-state]")).to_have_text("已预约")
    await expect(booking.locator("[data-patient-name]")).to_have_text("王*国")
    await expect(booking.locator("[data-booked-for]")).to_be_visible()

    visit = await Visit.get(patient_id=father.patient.id)
    assert (visit.booked_by_id, visit.institution_id, visit.department) == (daughter.actor.id, hospital.id, "呼吸内科")
    assert (await VisitStep.get(visit_id=visit.id, code="appointment")).state in ("active", "done")
    [his] = await HisBooking.filter(his_visit=visit.his_visit)
    assert his.state == "booked" and his.name == "王建国"

    await booking.locator("[data-cancel]").click()
    await kid.click(".dialog .btn-primary")
    await expect(kid.locator("[data-booking]").first.locator("[data-state]")).to_have_text("已取消")
    assert (await Visit.get(id=visit.id)).state == "cancelled"
    assert (await HisBooking.get(id=his.id)).state == "cancelled"

    dad = await phone()
    await login(dad, father)
    await open_screen(dad, "#/me/accesses")
    await expect(dad.locator("[data-access='appointment.book']")).to_contain_text("王*红 为您预约了门诊")
    await expect(dad.locator("[data-access='appointment.cancel']")).to_contain_text("王*红 取消了您的门诊预约")
