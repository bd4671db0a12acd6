"""Assessment-institution pages: applications reviewed (a reason to reject), designation
of assessment institutions, bad records recorded, listed and withdrawn; by role."""
from __future__ import annotations

from core.assessment import institutions
from core.assessment.models import AssessmentApplication, AssessmentAssignment, BadRecord
from core.audit.models import AuditLog
from core.orgs.models import OrgNode
from tests import factories
from tests.admin_web.world import Pages, world


async def _application(w) -> AssessmentApplication:
    await OrgNode.filter(id=w.t.hospital_a1.id).update(may_apply_assessment=True)
    return await institutions.submit_application(actor=w.hospital, statement="我院申请成为考核机构", files=[
        institutions.Upload("apply.pdf", factories.pdf_pages(1), "application/pdf")])


async def test_province_reviews_applications(client):
    w = await world()
    app = await _application(w)
    pages = Pages(client)
    await pages.login("prov")
    assert 'href="/admin/applications"' in (await pages.get("/admin/")).text
    listed = await pages.get("/admin/applications?status=submitted")
    assert f'data-row-id="{app.id}"' in listed.text and "江岸医院" in listed.text
    detail = await pages.get(f"/admin/applications/{app.id}")
    assert "我院申请成为考核机构" in detail.text and "data-attachment" in detail.text
    key = app.attachments[0]["key"]
    file = await pages.get(f"/admin/applications/{app.id}/attachments/{key}")
    assert file.status_code == 200 and file.content.startswith(b"%PDF")

    r = await pages.post(f"/admin/applications/{app.id}/review", {"decision": "reject", "reason": ""})
    assert r.status_code == 422 and 'data-error-for="reason"' in r.text
    assert (await AssessmentApplication.get(id=app.id)).status == "submitted"
    r = await pages.post(f"/admin/applications/{app.id}/review", {"decision": "reject", "reason": "材料不全"})
    assert r.status_code == 303 and r.headers["location"].endswith("notice=reject")
    row = await AssessmentApplication.get(id=app.id)
    assert row.status == "rejected" and row.reason == "材料不全"
    page = await pages.get(r.headers["location"])
    assert "申请已驳回" in page.text and "材料不全" in page.text and 'data-action="approve"' not in page.text
    r = await pages.post(f"/admin/applications/{app.id}/review", {"decision": "approve"})
    assert r.status_code == 409


async def test_designation_assign_replace_and_withdraw(client):
    w = await world()
    other = await factories.org(w.t.city_b, factories.OrgKind.ASSESSMENT, "汉阳考核机构")
    pages = Pages(client)
    await pages.login("prov")
    page = await pages.get("/admin/designations")
    assert "武汉考核机构" in page.text and f'data-target="{w.t.county_a1.id}"' in page.text
    r = await pages.post("/admin/designations", {"target_id": str(w.t.county_a1.id),
                                                 "assessment_org_id": str(other.id)})
    assert r.status_code == 303
    assert (await AssessmentAssignment.get(target_id=w.t.county_a1.id)).assessment_org_id == other.id
    r = await pages.post("/admin/designations", {"target_id": str(w.t.hospital_a1.id),
                                                 "assessment_org_id": str(w.t.hospital_b1.id)})
    assert r.status_code == 422 and 'data-error-for="assessment_org_id"' in r.text
    r = await pages.post("/admin/designations", {"target_id": "", "assessment_org_id": str(other.id)})
    assert r.status_code == 422 and 'data-error-for="target_id"' in r.text
    r = await pages.post(f"/admin/designations/{w.t.county_a1.id}/remove")
    assert r.status_code == 303 and not await AssessmentAssignment.exists(target_id=w.t.county_a1.id)
    assert "已撤销指派" in (await pages.get(r.headers["location"])).text

    hosp = Pages(client, ip="10.20.0.2")
    await hosp.login("hosp")
    assert 'href="/admin/designations"' not in (await hosp.get("/admin/")).text
    assert (await hosp.get("/admin/designations")).status_code in (200, 403)


async def test_bad_records_recorded_listed_and_withdrawn(client):
    w = await world()
    doc = await factories.physician(w.t.hospital_a1, name="李医生")
    number = doc.id_number
    pages = Pages(client)
    await pages.login("prov")
    form = {"id_number": number, "name": "李医生", "occurred_on": "2026-02-01", "category": "医疗纠纷",
            "description": "患者投诉", "source": "市卫健委"}
    r = await pages.post("/admin/bad-records", {**form, "name": "王医生"})
    assert r.status_code == 422 and "姓名与该身份证号的医师不符" in r.text
    r = await pages.post("/admin/bad-records", {**form, "occurred_on": "2999-01-01"})
    assert r.status_code == 422 and "发生日期不能晚于今天" in r.text
    assert not await BadRecord.exists()
    r = await pages.post("/admin/bad-records", form)
    assert r.status_code == 303
    rec = await BadRecord.get(physician_id=doc.id)
    assert rec.category == "医疗纠纷"
    r = await pages.post("/admin/bad-records", form)
    assert r.status_code == 409 and "已有相同的不良记录" in r.text

    hosp = Pages(client, ip="10.20.0.2")
    await hosp.login("hosp")
    listed = await hosp.get("/admin/bad-records")
    assert f'data-row-id="{rec.id}"' in listed.text and "登记不良记录" not in listed.text
    assert number not in listed.text  # ID numbers masked
    r = await hosp.post(f"/admin/bad-records/{rec.id}/revoke", {"reason": "误登"})
    assert r.status_code == 403 and await BadRecord.exists(id=rec.id)

    await pages.login("prov")  # one browser: the hospital's login replaced the province's session
    r = await pages.post(f"/admin/bad-records/{rec.id}/revoke", {"reason": ""})
    assert r.status_code == 422 and await BadRecord.exists(id=rec.id)
    r = await pages.post(f"/admin/bad-records/{rec.id}/revoke", {"reason": "误登"})
    assert r.status_code == 303 and not await BadRecord.exists(id=rec.id)
    audit = await AuditLog.get(action="badrecords.revoke")
    assert audit.after == {"reason": "误登"} and audit.before["category"] == "医疗纠纷"
