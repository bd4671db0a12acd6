"""Certificates: issued for 合格 / 补考合格 / 免考 results reached through the real
flow, printed as PDF (one or in batch, in scope), carrying a QR code of a signed
public URL whose page shows the masked holder while the result still stands."""
import io
from dataclasses import dataclass
from urllib.parse import urlsplit

import pypdf
import pytest
import zxingcpp

from core.assessment import certificates as certs
from core.assessment import service as svc
from core.assessment.errors import CertificateInvalid, NotCertifiable
from core.assessment.models import AssessmentAssignment, Certificate, Cycle, Enrolment, Physician
from core.audit.models import AuditLog
from core.errors import Forbidden, NotFound
from core.masking import mask_id_number
from core.orgs.models import OrgKind
from core.principal import Principal
from tests import factories

API = "/api/admin/v1/certificates"
MP = "/api/mp/v1/certificates"


@dataclass
class World:
    t: factories.Tree
    cycle: Cycle
    province: Principal
    assessing: Principal
    hospital_a1: Principal
    hospital_b1: Principal


async def _world() -> World:
    t = await factories.tree()
    assessor = await factories.org(t.province, OrgKind.ASSESSMENT, "湖北省医师考核中心")
    for county in (t.county_a1, t.county_b1):
        await AssessmentAssignment.create(target_id=county.id, assessment_org_id=assessor.id)
    province = await factories.actor(t.province)
    cycle = await factories.open_cycle(province)
    return World(t, cycle, province, await factories.actor(assessor, roles=("assessment_admin",)),
                 await factories.actor(t.hospital_a1, roles=("institution_admin",)),
                 await factories.actor(t.hospital_b1, roles=("institution_admin",)))


async def _assessed(w: World, hospital: Principal, doc: Physician, *, procedure: str = "general",
                    score: float | None = 82) -> tuple[Enrolment, Principal]:
    """Enrol, file, pass both reviews and (general procedure) record the exam score."""
    await svc.enrol(actor=hospital, cycle_id=w.cycle.id, physician_ids=[doc.id])
    me = await factories.mp_physician(doc)
    for key, data in factories.FILING.items():
        await svc.save_section(actor=me, section=key, data=data)
    await svc.save_section(actor=me, section="procedure", data={"procedure": procedure})
    if procedure == "exempt":
        await svc.save_section(actor=me, section="exemption", data={"reason": "援外医疗"})
    e = await svc.submit_filing(actor=me)
    assert all(r.ok for r in await svc.review(actor=hospital, enrolment_ids=[e.id], decision="approve"))
    assert all(r.ok for r in await svc.review(actor=w.assessing, enrolment_ids=[e.id], decision="approve"))
    if procedure == "general" and score is not None:
        await svc.record_score(actor=w.assessing, enrolment_id=e.id, score=score)
    return await Enrolment.get(id=e.id), me


def _pages(data: bytes) -> list[pypdf.PageObject]:
    assert data.startswith(b"%PDF-")
    return list(pypdf.PdfReader(io.BytesIO(data)).pages)


def _qr_texts(page: pypdf.PageObject) -> list[str]:
    """Decode every QR code among the images embedded in a PDF page."""
    return [b.text for img in page.images for b in zxingcpp.read_barcodes(img.image.convert("L"))]


async def test_certificate_pdf_shows_the_holder_and_a_qr_code_of_the_signed_verify_url(client, settings):
    w = await _world()
    doc = await factories.physician(w.t.hospital_a1, name="欧阳明日")
    row, _ = await _assessed(w, w.hospital_a1, doc)
    assert row.result == "pass"

    data = await certs.certificate_pdf(actor=w.hospital_a1, enrolment_id=row.id)
    cert = await Certificate.get(enrolment_id=row.id)
    assert cert.serial == f"HB2026-{row.id:06d}"
    [page] = _pages(data)
    text = page.extract_text()
    for expected in (cert.serial, "欧阳明日", mask_id_number(doc.id_number), "江岸医院", "2026年度周期",
                     "考核结果", "合格", "湖北省卫健委"):
        assert expected in text, expected
    assert doc.id_number not in text  # the ID number is printed masked

    url = certs.verification_url(cert)
    token = certs.verification_token(cert)
    assert url == f"{settings.public_base_url}/verify/certificate/{token}"
    assert _qr_texts(page) == [url]  # the QR code on the paper leads to the signed URL

    r = await client.get(urlsplit(url).path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    for expected in ("证书有效", "欧**日", "2026年度周期", "合格", cert.serial, "湖北省卫健委"):
        assert expected in r.text, expected
    assert "欧阳明日" not in r.text and "no-store" in r.headers["cache-control"]

    # Printing again reuses the certificate: one row, one issue in the audit log, two prints.
    again = await certs.issue_certificate(actor=w.hospital_a1, enrolment_id=row.id)
    await certs.certificate_pdf(actor=w.hospital_a1, enrolment_id=row.id)
    assert again.id == cert.id and await Certificate.all().count() == 1
    assert await AuditLog.filter(action="certificates.issue", target_id=str(cert.id)).count() == 1
    assert await AuditLog.filter(action="certificates.print", target_id=str(cert.id)).count() == 2


async def test_makeup_pass_and_exempt_are_certified_with_their_labels():
    w = await _world()
    makeup_doc = await factories.physician(w.t.hospital_a1, name="钱补考")
    exempt_doc = await factories.physician(w.t.hospital_a1, name="孙免考")
    makeup_row, _ = await _assessed(w, w.hospital_a1, makeup_doc, score=41)
    await svc.decide_makeup(actor=w.province, enrolment_ids=[makeup_row.id], confirm=True)
    await svc.record_score(actor=w.assessing, enrolment_id=makeup_row.id, score=70, makeup=True)
    exempt_row, _ = await _assessed(w, w.hospital_a1, exempt_doc, procedure="exempt")

    for row, label in ((makeup_row, "补考合格"), (exempt_row, "免考")):
        [page] = _pages(await certs.certificate_pdf(actor=w.province, enrolment_id=row.id))
        assert f"考核结果为{label}，特发此证" in page.extract_text()
        info = await certs.verify(certs.verification_token(await Certificate.get(enrolment_id=row.id)))
        assert info["result_label"] == label


async def test_tampered_and_unknown_tokens_show_the_invalid_page_not_an_error(client):
    w = await _world()
    row, _ = await _assessed(w, w.hospital_a1, await factories.physician(w.t.hospital_a1))
    cert = await certs.issue_certificate(actor=w.hospital_a1, enrolment_id=row.id)
    token = certs.verification_token(cert)
    flipped = token[:-1] + ("0" if token[-1] != "0" else "1")
    other_serial = token.replace(cert.serial, f"HB2026-{row.id + 1:06d}")  # a serial the signature is not for
    forged = certs.verification_token(Certificate(id=999, serial="HB2026-999999"))  # well signed, never issued

    for bad, status, reason in ((flipped, 400, "signature"), (other_serial, 400, "signature"),
                                ("not-a-token", 400, "malformed"), ("x" * 500, 400, "malformed"),
                                (forged, 404, "unknown")):
        r = await client.get(f"/verify/certificate/{bad}")
        assert r.status_code == status, (bad, r.status_code)
        assert "证书无效" in r.text and "证书有效" not in r.text
        with pytest.raises(CertificateInvalid) as exc:
            await certs.verify(bad)
        assert exc.value.details["reason"] == reason


async def test_a_voided_result_invalidates_the_certificate(client):
    w = await _world()
    row, _ = await _assessed(w, w.hospital_a1, await factories.physician(w.t.hospital_a1))
    cert = await certs.issue_certificate(actor=w.hospital_a1, enrolment_id=row.id)
    path = urlsplit(certs.verification_url(cert)).path
    assert (await client.get(path)).status_code == 200

    for voided in ("fail", None):
        await Enrolment.filter(id=row.id).update(result=voided)
        r = await client.get(path)
        assert r.status_code == 404 and "证书无效" in r.text and "已失效" in r.text
        with pytest.raises(CertificateInvalid) as exc:
            await certs.verify(certs.verification_token(cert))
        assert exc.value.details["reason"] == "revoked"
        with pytest.raises(NotCertifiable):
            await certs.certificate_pdf(actor=w.hospital_a1, enrolment_id=row.id)

    await Enrolment.filter(id=row.id).update(result="pass")  # restored: the same paper verifies again
    assert (await client.get(path)).status_code == 200


async def test_fail_is_not_certifiable(client):
    w = await _world()
    row, _ = await _assessed(w, w.hospital_a1, await factories.physician(w.t.hospital_a1), score=41)
    await svc.decide_makeup(actor=w.province, enrolment_ids=[row.id], confirm=False)
    assert (await Enrolment.get(id=row.id)).result == "fail"
    with pytest.raises(NotCertifiable) as exc:
        await certs.issue_certificate(actor=w.hospital_a1, enrolment_id=row.id)
    assert exc.value.code == "assessment.not_certifiable" and exc.value.details["result"] == "fail"

    await factories.admin(w.t.hospital_a1, username="hosp", roles=("institution_admin",))
    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.get(f"{API}/{row.id}.pdf")
        assert r.status_code == 409 and r.json()["code"] == "assessment.not_certifiable"
        r = await hosp.post(f"{API}/batch", json={"cycle_id": w.cycle.id})
        assert r.status_code == 404 and r.json()["code"] == "assessment.no_certificates"
        r = await hosp.post(f"{API}/batch", json={"cycle_id": w.cycle.id, "enrolment_ids": [row.id]})
        assert r.status_code == 409 and r.json()["details"]["not_certifiable"] == [row.id]
        r = await hosp.post(f"{API}/batch", json={"cycle_id": w.cycle.id, "extra": 1})
        assert r.status_code == 422
    assert await Certificate.all().count() == 0


async def test_batch_prints_every_certifiable_enrolment_in_scope_and_nothing_outside(client):
    w = await _world()
    a1 = [(await _assessed(w, w.hospital_a1, await factories.physician(w.t.hospital_a1, name=n)))[0]
          for n in ("江一", "江二", "江三")]
    failed, _ = await _assessed(w, w.hospital_a1, await factories.physician(w.t.hospital_a1, name="江未过"),
                                score=41)
    b1, _ = await _assessed(w, w.hospital_b1, await factories.physician(w.t.hospital_b1, name="西陵医师"))
    county_a1 = await factories.actor(w.t.county_a1)
    pre = await certs.issue_certificate(actor=w.hospital_a1, enrolment_id=a1[0].id)  # one issued already

    data = await certs.batch_pdf(actor=county_a1, cycle_id=w.cycle.id)
    pages = _pages(data)
    serials = [f"HB2026-{r.id:06d}" for r in a1]
    assert len(pages) == 3
    assert [next(s for s in serials if s in p.extract_text()) for p in pages] == serials
    assert all(f"{b1.id:06d}" not in p.extract_text() and "西陵" not in p.extract_text() for p in pages)
    assert all(len(_qr_texts(p)) == 1 for p in pages)
    assert sorted(c.enrolment_id for c in await Certificate.all()) == [r.id for r in a1]
    assert (await Certificate.get(enrolment_id=a1[0].id)).serial == pre.serial
    log = await AuditLog.filter(action="certificates.batch_print").order_by("-seq").first()
    assert log.after["count"] == 3 and log.after["issued"] == 2
    assert failed.id not in log.after["enrolment_ids"]

    # The other county's enrolment, asked for by id, is "not found" and the attempt is recorded.
    with pytest.raises(NotCertifiable) as exc:
        await certs.batch_pdf(actor=county_a1, cycle_id=w.cycle.id, enrolment_ids=[a1[1].id, b1.id])
    assert exc.value.details == {"not_certifiable": [], "not_found": [b1.id]}
    assert await AuditLog.filter(action="scope.read", outcome="denied", target_id=str(b1.id)).exists()
    with pytest.raises(NotFound):
        await certs.certificate_pdf(actor=county_a1, enrolment_id=b1.id)

    # The province chooses one institution; the assessment institution sees what it assessed.
    pages = _pages(await certs.batch_pdf(actor=w.province, cycle_id=w.cycle.id, institution_id=w.t.hospital_b1.id))
    assert len(pages) == 1 and f"HB2026-{b1.id:06d}" in pages[0].extract_text()
    assert len(_pages(await certs.batch_pdf(actor=w.assessing, cycle_id=w.cycle.id))) == 4

    # Over HTTP, the institution prints its own in one PDF; another county's single certificate is 404.
    await factories.admin(w.t.hospital_a1, username="hosp", roles=("institution_admin",))
    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.post(f"{API}/batch", json={"cycle_id": w.cycle.id, "enrolment_ids": [a1[2].id, a1[0].id]})
        assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
        assert "inline" in r.headers["content-disposition"]
        assert [next(s for s in serials if s in p.extract_text()) for p in _pages(r.content)] == \
            [serials[0], serials[2]]
        r = await hosp.get(f"{API}/{a1[1].id}.pdf")
        assert r.status_code == 200 and serials[1] in _pages(r.content)[0].extract_text()
        r = await hosp.get(f"{API}/{b1.id}.pdf")
        assert r.status_code == 404 and r.json()["code"] == "request.not_found"


async def test_printing_needs_the_permission():
    w = await _world()
    row, _ = await _assessed(w, w.hospital_a1, await factories.physician(w.t.hospital_a1))
    industry = await factories.actor(await factories.org(w.t.county_a1, OrgKind.INDUSTRY), roles=("industry_admin",))
    with pytest.raises(Forbidden):
        await certs.batch_pdf(actor=industry, cycle_id=w.cycle.id)
    with pytest.raises(Forbidden):
        await certs.certificate_pdf(actor=industry, enrolment_id=row.id)
    assert await Certificate.all().count() == 0


async def test_physician_downloads_only_their_own(client):
    w = await _world()
    mine, me = await _assessed(w, w.hospital_a1, await factories.physician(w.t.hospital_a1, name="李本人"))
    theirs, _ = await _assessed(w, w.hospital_a1, await factories.physician(w.t.hospital_a1, name="周他人"))

    [page] = _pages(await certs.my_certificate_pdf(actor=me, enrolment_id=mine.id))
    assert "李本人" in page.extract_text() and f"HB2026-{mine.id:06d}" in page.extract_text()
    with pytest.raises(NotFound):
        await certs.my_certificate_pdf(actor=me, enrolment_id=theirs.id)
    assert await Certificate.filter(enrolment_id=theirs.id).count() == 0

    headers = {"Authorization": "Bearer " + factories.mp_token(me)}
    r = await client.get(f"{MP}/{mine.id}.pdf", headers=headers)
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert "李本人" in _pages(r.content)[0].extract_text()
    r = await client.get(f"{MP}/{theirs.id}.pdf", headers=headers)
    assert r.status_code == 404 and r.json()["code"] == "request.not_found"
    assert (await client.get(f"{MP}/{mine.id}.pdf")).status_code == 401
