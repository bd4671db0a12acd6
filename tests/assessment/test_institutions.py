"""Assessment institutions (seed 000 考核机构管理): applications with attachments and
their review, designation within scope and across regions, and bad records
(province import, all or nothing; institutions query their own physicians')."""
import datetime as dt
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from core.assessment import institutions as svc
from core.assessment.errors import IllegalTransition, ReasonRequired
from core.assessment.models import AssessmentApplication, AssessmentAssignment, BadRecord
from core.audit.models import AuditLog
from core.errors import Forbidden, NotFound
from core.orgs.models import OrgKind, OrgNode
from media.storage import get_storage
from tests import factories

API = "/api/admin/v1/institutions"
PDF = factories.pdf_pages(1)  # a real one-page PDF: attachments are parsed and rewritten (issue 9, point 7)


def _jpeg_with_exif() -> bytes:
    img = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "HuiyiCam"  # Make
    exif[0x0132] = "2026:01:01 10:00:00"
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif.tobytes())
    return buf.getvalue()


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGBA", (10, 10), (0, 0, 255, 128)).save(buf, format="PNG")
    return buf.getvalue()


async def _world():
    t = await factories.tree()
    await OrgNode.filter(id__in=[t.hospital_a1.id, t.hospital_b1.id]).update(may_apply_assessment=True)
    t.hospital_a1.may_apply_assessment = True
    assessor_a = await factories.org(t.city_a, OrgKind.ASSESSMENT, "武汉考核中心")
    assessor_b = await factories.org(t.city_b, OrgKind.ASSESSMENT, "宜昌考核中心")
    return t, assessor_a, assessor_b


# ------------------------------------------------------------------ applications

async def test_application_with_attachments_reviewed_and_approved_over_http(client):
    t, assessor_a, _ = await _world()
    await factories.admin(t.hospital_a1, username="hosp_a1", roles=("institution_admin",))
    await factories.admin(t.hospital_b1, username="hosp_b1", roles=("institution_admin",))
    await factories.admin(t.city_a, username="city_a")
    await factories.admin(t.city_b, username="city_b")
    photo = _jpeg_with_exif()
    assert Image.open(io.BytesIO(photo)).getexif()  # the upload does carry EXIF

    async with factories.AdminSession(client, "hosp_a1") as s:
        r = await s.post(f"{API}/applications", data={"statement": "我院具备开展医师定期考核的条件。"},
                         files=[("attachments", ("资质证明.pdf", PDF, "application/pdf")),
                                ("attachments", ("现场照片.jpg", photo, "image/jpeg")),
                                ("attachments", ("scan", _png(), "image/png"))])
        assert r.status_code == 201, r.text
        app = r.json()
        assert app["status"] == "submitted" and app["org_id"] == t.hospital_a1.id
        names = [a["name"] for a in app["attachments"]]
        assert names == ["资质证明.pdf", "现场照片.jpg", "scan.png"]
        jpeg_key = app["attachments"][1]["key"]
        r = await s.get(f"{API}/applications")
        assert [a["id"] for a in r.json()["items"]] == [app["id"]]

    row = await AssessmentApplication.get(id=app["id"])
    stored = get_storage().get(jpeg_key)
    assert row.attachments[1]["key"] == jpeg_key and row.attachments[1]["content_type"] == "image/jpeg"
    assert not Image.open(io.BytesIO(stored)).getexif()  # re-encoded: EXIF gone
    stored_pdf = get_storage().get(row.attachments[0]["key"])  # rewritten by the PDF sanitiser, same page
    assert "Scanned page 1 of 1" in PdfReader(io.BytesIO(stored_pdf)).pages[0].extract_text()

    async with factories.AdminSession(client, "hosp_b1") as s:  # another city's hospital sees nothing of it
        assert (await s.get(f"{API}/applications/{app['id']}")).status_code == 404
        r = await s.get(f"{API}/applications/{app['id']}/attachments/{jpeg_key}")
        assert r.status_code == 404
    async with factories.AdminSession(client, "city_b") as s:
        r = await s.post(f"{API}/applications/{app['id']}/review", json={"decision": "approve"})
        assert r.status_code == 404
    async with factories.AdminSession(client, "city_a") as s:
        r = await s.get(f"{API}/applications/{app['id']}/attachments/{jpeg_key}")
        assert r.status_code == 200 and r.content == stored
        assert r.headers["content-type"] == "image/jpeg" and "attachment" in r.headers["content-disposition"]
        r = await s.get(f"{API}/applications/{app['id']}/attachments/{'0' * 64}")
        assert r.status_code == 404
        r = await s.post(f"{API}/applications/{app['id']}/review", json={"decision": "approve"})
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "approved" and r.json()["status_label"] == "已通过"
        r = await s.post(f"{API}/applications/{app['id']}/review", json={"decision": "reject", "reason": "重复"})
        assert r.status_code == 409 and r.json()["code"] == "assessment.illegal_transition"
        r = await s.get(f"{API}/")
        listed = {i["id"] for i in r.json()["items"]}
    # The approved hospital stays a medical institution and joins the assessment-institution list.
    assert (await OrgNode.get(id=t.hospital_a1.id)).kind == OrgKind.MEDICAL
    assert t.hospital_a1.id in listed and assessor_a.id in listed
    assert await svc.is_assessment_institution(await OrgNode.get(id=t.hospital_a1.id))
    reviewed = await AssessmentApplication.get(id=app["id"])
    assert reviewed.status == "approved" and reviewed.reviewed_by_id is not None
    assert await AuditLog.filter(action="applications.approve", target_id=str(app["id"])).count() == 1


async def test_disguised_and_oversized_attachments_are_refused_and_nothing_is_kept():
    t, _, _ = await _world()
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    cases = [
        (svc.Upload("申请表.pdf", b"MZ\x90\x00 this is an exe"), "assessment.attachment_invalid"),
        (svc.Upload("申请表.pdf", _png()), "assessment.attachment_invalid"),  # a PNG named .pdf
        (svc.Upload("申请表.pdf", b"%PDF-1.4\n just a header and no trailer"), "assessment.attachment_invalid"),
        (svc.Upload("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), "assessment.attachment_invalid"),
        (svc.Upload("notes.txt", b"%PDF-1.4\n%%EOF"), "assessment.attachment_invalid"),
        (svc.Upload("big.pdf", b"%PDF-1.4\n" + b"0" * svc.MAX_ATTACHMENT_BYTES + b"%%EOF"),
         "assessment.attachment_too_large"),
    ]
    good = factories.pdf_pages(2)
    stored_before = set(get_storage().iter_keys())
    for bad, code in cases:
        with pytest.raises(svc.AppError) as e:
            await svc.submit_application(actor=hospital, statement="申请", files=[svc.Upload("ok.pdf", good), bad])
        assert e.value.code == code, bad.name
    with pytest.raises(svc.AttachmentsRequired):
        await svc.submit_application(actor=hospital, statement="申请", files=[])
    assert await AssessmentApplication.all().count() == 0
    assert set(get_storage().iter_keys()) == stored_before  # the valid file beside a bad one was not stored


async def test_who_may_apply_and_when():
    t, assessor_a, _ = await _world()
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    barred = await factories.actor(t.hospital_a2, roles=("institution_admin",))  # may_apply is false
    assessing = await factories.actor(assessor_a, roles=("assessment_admin",))
    city = await factories.actor(t.city_a)
    files = [svc.Upload("a.pdf", PDF)]

    with pytest.raises(svc.ApplyNotAllowed):
        await svc.submit_application(actor=barred, statement="申请", files=files)
    with pytest.raises(Forbidden):  # an assessment institution holds no applications.submit
        await svc.submit_application(actor=assessing, statement="申请", files=files)
    first = await svc.submit_application(actor=hospital, statement="申请", files=files)
    with pytest.raises(svc.ApplicationPending):
        await svc.submit_application(actor=hospital, statement="再次申请", files=files)
    await svc.review_application(actor=city, application_id=first.id, decision="reject", reason="材料不全")
    second = await svc.submit_application(actor=hospital, statement="补充材料后再次申请", files=files)
    await svc.review_application(actor=city, application_id=second.id, decision="approve")
    with pytest.raises(svc.AlreadyAssessmentInstitution):
        await svc.submit_application(actor=hospital, statement="第三次", files=files)
    statuses = [a.status for a in await AssessmentApplication.filter(org_id=t.hospital_a1.id).order_by("id")]
    assert statuses == ["rejected", "approved"]
    assert (await AssessmentApplication.get(id=first.id)).reason == "材料不全"


async def test_review_needs_reason_right_state_and_scope():
    t, _, _ = await _world()
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    app = await svc.submit_application(actor=hospital, statement="申请", files=[svc.Upload("a.pdf", PDF)])
    county_b = await factories.actor(t.county_b1)
    city_a = await factories.actor(t.city_a)

    with pytest.raises(Forbidden):  # the applicant does not review itself
        await svc.review_application(actor=hospital, application_id=app.id, decision="approve")
    with pytest.raises(NotFound):
        await svc.review_application(actor=county_b, application_id=app.id, decision="approve")
    with pytest.raises(ReasonRequired):
        await svc.review_application(actor=city_a, application_id=app.id, decision="reject", reason="  ")
    assert (await AssessmentApplication.get(id=app.id)).status == "submitted"
    await svc.review_application(actor=city_a, application_id=app.id, decision="reject", reason="资质不符")
    for decision in ("approve", "reject"):
        with pytest.raises(IllegalTransition) as e:
            await svc.review_application(actor=city_a, application_id=app.id, decision=decision, reason="x")
        assert e.value.status == 409 and e.value.details["status"] == "rejected"
    assert (await AssessmentApplication.get(id=app.id)).status == "rejected"


# ------------------------------------------------------------------ designation

async def test_city_designates_within_scope_and_across_regions():
    t, assessor_a, assessor_b = await _world()
    city = await factories.actor(t.city_a)
    row = await svc.assign(actor=city, target_id=t.county_a1.id, assessment_org_id=assessor_a.id)
    assert row.target_id == t.county_a1.id and row.assessment_org_id == assessor_a.id
    # Cross-region: Yichang's assessment centre serves a Wuhan hospital.
    await svc.assign(actor=city, target_id=t.hospital_a2.id, assessment_org_id=assessor_b.id)
    audit = await AuditLog.filter(action="assignments.assign").order_by("seq")
    assert [a.after["cross_region"] for a in audit] == [False, True]

    # Re-designation replaces: still one row for the county, now pointing at Yichang.
    await svc.assign(actor=city, target_id=t.county_a1.id, assessment_org_id=assessor_b.id)
    rows = await AssessmentAssignment.filter(target_id=t.county_a1.id)
    assert len(rows) == 1 and rows[0].assessment_org_id == assessor_b.id
    last = await AuditLog.filter(action="assignments.assign").order_by("-seq").first()
    assert last.before == {"assessment_org_id": assessor_a.id}

    # The hospital under the county inherits the county's designation.
    eff = await svc.assignment_for(actor=city, org_id=t.hospital_a1.id)
    assert eff.assessment_org_id == assessor_b.id and eff.inherited and eff.designated_for_id == t.county_a1.id
    total, listed = await svc.list_assignments(actor=city)
    assert total == 2 and {a.target_id for a in listed} == {t.county_a1.id, t.hospital_a2.id}

    await svc.unassign(actor=city, target_id=t.county_a1.id)
    assert not await AssessmentAssignment.filter(target_id=t.county_a1.id).exists()
    assert (await svc.assignment_for(actor=city, org_id=t.hospital_a1.id)).assessment_org_id is None


async def test_an_approved_applicant_can_be_designated():
    t, _, _ = await _world()
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    city = await factories.actor(t.city_a)
    with pytest.raises(svc.NotAssessmentInstitution):
        await svc.assign(actor=city, target_id=t.county_a2.id, assessment_org_id=t.hospital_a1.id)
    app = await svc.submit_application(actor=hospital, statement="申请", files=[svc.Upload("a.pdf", PDF)])
    await svc.review_application(actor=city, application_id=app.id, decision="approve")
    row = await svc.assign(actor=city, target_id=t.county_a2.id, assessment_org_id=t.hospital_a1.id)
    assert row.assessment_org_id == t.hospital_a1.id
    with pytest.raises(svc.InvalidAssignmentTarget):  # nobody assesses itself
        await svc.assign(actor=city, target_id=t.hospital_a1.id, assessment_org_id=t.hospital_a1.id)


async def test_designation_refusals(client):
    t, assessor_a, assessor_b = await _world()
    county = await factories.actor(t.county_a1)
    city_a = await factories.actor(t.city_a)
    with pytest.raises(Forbidden):  # counties do not designate
        await svc.assign(actor=county, target_id=t.hospital_a1.id, assessment_org_id=assessor_a.id)
    with pytest.raises(NotFound):  # the other city's county
        await svc.assign(actor=city_a, target_id=t.county_b1.id, assessment_org_id=assessor_a.id)
    with pytest.raises(svc.NotAssessmentInstitution):  # a plain hospital is no assessment institution
        await svc.assign(actor=city_a, target_id=t.county_a1.id, assessment_org_id=t.hospital_b1.id)
    with pytest.raises(svc.InvalidAssignmentTarget):
        await svc.assign(actor=city_a, target_id=assessor_a.id, assessment_org_id=assessor_b.id)
    assert await AssessmentAssignment.all().count() == 0
    assert await AuditLog.filter(action="assignments.manage", outcome="denied").exists()

    await factories.admin(t.city_a, username="city_a")
    await factories.admin(t.county_a1, username="county_a1")
    async with factories.AdminSession(client, "county_a1") as s:
        r = await s.put(f"{API}/assignments", json={"target_id": t.hospital_a1.id, "assessment_org_id": assessor_a.id})
        assert r.status_code == 403
    async with factories.AdminSession(client, "city_a") as s:
        r = await s.put(f"{API}/assignments", json={"target_id": t.hospital_a1.id, "assessment_org_id": assessor_b.id})
        assert r.status_code == 200 and r.json()["assessment_org_name"] == "宜昌考核中心"
        r = await s.put(f"{API}/assignments", json={"target_id": t.county_b1.id, "assessment_org_id": assessor_a.id})
        assert r.status_code == 404
        r = await s.get(f"{API}/assignments", params={"target_kind": "medical_institution"})
        assert [i["target_id"] for i in r.json()["items"]] == [t.hospital_a1.id]
    assert await AssessmentAssignment.all().count() == 1


# ------------------------------------------------------------------ bad records

BR_HEADERS = list(svc.BAD_RECORD_COLUMNS)


async def test_bad_records_import_and_scoped_query(client):
    t, _, _ = await _world()
    doc_a = await factories.physician(t.hospital_a1, name="王医生")
    doc_b = await factories.physician(t.hospital_b1, name="李医生")
    await factories.admin(t.province, username="prov")
    await factories.admin(t.hospital_a1, username="hosp_a1", roles=("institution_admin",))
    rows = [
        [doc_a.id_number, "王医生", dt.datetime(2025, 3, 1), "医疗纠纷", "患者投诉", "省卫健委"],
        [doc_a.id_number.lower(), "王医生", "2024-06-30", "违规处方", "", "飞行检查"],
        [doc_b.id_number, "李医生", dt.date(2025, 1, 5), "医疗纠纷", "", ""],
    ]
    data = factories.imports_xlsx(BR_HEADERS, rows)
    async with factories.AdminSession(client, "prov") as s:
        r = await s.post(f"{API}/bad-records/import", files={"file": ("br.xlsx", data, "application/octet-stream")})
        assert r.status_code == 201, r.text
        assert [c["physician_id"] for c in r.json()["created"]] == [doc_a.id, doc_a.id, doc_b.id]
        # The same file again: every row was imported before, so nothing is added.
        r = await s.post(f"{API}/bad-records/import", files={"file": ("br.xlsx", data, "application/octet-stream")})
        assert r.status_code == 422 and r.json()["details"]["failed"] == 3
    assert await BadRecord.all().count() == 3

    async with factories.AdminSession(client, "hosp_a1") as s:
        r = await s.get(f"{API}/bad-records")
        items = r.json()["items"]
        assert r.json()["total"] == 2 and {i["physician_id"] for i in items} == {doc_a.id}
        assert items[0]["occurred_on"] == "2025-03-01" and items[0]["physician"]["name"] == "王*生"
        assert "*" in items[0]["physician"]["id_number"]
        r = await s.get(f"{API}/bad-records", params={"category": "违规处方"})
        assert [i["category"] for i in r.json()["items"]] == ["违规处方"]
        r = await s.get(f"{API}/bad-records", params={"occurred_from": "2025-01-01", "occurred_to": "2025-12-31"})
        assert [i["occurred_on"] for i in r.json()["items"]] == ["2025-03-01"]
        r = await s.get(f"{API}/bad-records", params={"name": "李"})
        assert r.json()["total"] == 0  # another city's physician stays invisible
        r = await s.get(f"{API}/bad-records", params={"occurred_from": "yesterday"})
        assert r.status_code == 422
        r = await s.post(f"{API}/bad-records/import", files={"file": ("br.xlsx", data, "application/octet-stream")})
        assert r.status_code == 403

    city_b = await factories.actor(t.city_b)
    total, recs = await svc.list_bad_records(actor=city_b)
    assert total == 1 and recs[0].physician_id == doc_b.id
    total, _ = await svc.list_bad_records(actor=city_b, id_number=doc_b.id_number)
    assert total == 1


async def test_bad_records_import_is_all_or_nothing():
    t, _, _ = await _world()
    doc = await factories.physician(t.hospital_a1, name="王医生")
    province = await factories.actor(t.province)
    stranger = factories.id_number()
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    rows = [
        [doc.id_number, "王医生", "2025-03-01", "医疗纠纷", "", ""],
        [stranger, "某人", "2025-03-01", "医疗纠纷", "", ""],
        [doc.id_number, "王大夫", "2025-03-01", "违规处方", "", ""],
        ["420102198001011234", "王医生", "2025-03-01", "医疗纠纷", "", ""],
        [doc.id_number, "王医生", future, "医疗纠纷", "", ""],
        [doc.id_number, "王医生", "2025-03-01", "医疗纠纷", "", ""],
        [doc.id_number, "王医生", "2025/13/45", "", "", ""],
    ]
    report = await svc.import_bad_records(actor=province, content=factories.imports_xlsx(BR_HEADERS, rows))
    assert not report.ok and report.created == []
    errors = {r.row: [(e.column, e.message) for e in r.errors] for r in report.failed}
    assert errors[3] == [("身份证号", "未找到该身份证号的医师")]
    assert errors[4] == [("姓名", "姓名与该身份证号的医师不符")]
    assert errors[5][0][0] == "身份证号" and "校验位" in errors[5][0][1]
    assert errors[6] == [("发生日期", "发生日期不能晚于今天")]
    assert errors[7][0][0] == "身份证号" and "与第2行重复" in errors[7][0][1]
    assert {c for c, _ in errors[8]} == {"发生日期", "类别"}
    assert 2 not in errors
    # Personal data is masked in the report, as in every answer.
    assert report.rows[0].values["身份证号"] != doc.id_number and "*" in report.rows[0].values["身份证号"]
    assert await BadRecord.all().count() == 0

    with pytest.raises(Forbidden):  # province only
        await svc.import_bad_records(actor=await factories.actor(t.city_a),
                                     content=factories.imports_xlsx(BR_HEADERS, rows[:1]))
    with pytest.raises(svc.imports.WrongColumns):
        await svc.import_bad_records(actor=province,
                                     content=factories.imports_xlsx(["身份证号", "姓名"], [[doc.id_number, "王医生"]]))
    with pytest.raises(svc.imports.MalformedFile):
        await svc.import_bad_records(actor=province, content=b"PK\x03\x04 broken zip")
    report = await svc.import_bad_records(actor=province, content=factories.imports_xlsx(BR_HEADERS, rows[:1]))
    assert report.ok and await BadRecord.filter(physician_id=doc.id).count() == 1
