"""The doctor's workstation: save (pre-check → sign → upload), state, revoke and the purchase slip,
over HTTP against the loopback centre; the database afterwards."""
from __future__ import annotations

import io

from pypdf import PdfReader

from core.audit.models import AuditLog
from core.insurance.models import InsuranceRx
from core.rx.models import RxEvent
from tests.factories import rx_prescription, rx_signed_approved
from tests.insurance.conftest import doctor_headers

URL = "/api/admin/v1/workstation/rx/prescriptions/{}/insurance"


async def test_save_uploads_once_and_the_slip_carries_the_number(client, w, approved, insurance):
    h = await doctor_headers(client, w)
    r = await client.post(URL.format(approved.id), headers=h)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["state"] == "uploaded" and body["hi_rxno"].startswith("HI") and body["sign_cert_sn"]
    assert body["patient_name"] != approved.patient_name and body["prescription_number"] == approved.number
    row = await InsuranceRx.get(prescription_id=approved.id)
    assert row.state == "uploaded" and row.uploaded_at and row.trace_id and len(row.sign_digest) == 64
    assert [s for s, _ in insurance.centre.calls] == ["precheck", "sign", "upload"]
    sent = insurance.centre.calls[0][1]
    assert sent["rxNo"] == approved.number and len(sent["drugList"]) == 2
    assert sent["drugList"][0]["medListCodg"] == w.drugs["amoxicillin"].insurance_code
    # Saving again answers the record; nothing more goes to the centre.
    again = await client.post(URL.format(approved.id), headers=h)
    assert again.status_code == 200 and again.json()["hi_rxno"] == body["hi_rxno"]
    assert len(insurance.centre.calls) == 3
    events = await RxEvent.filter(prescription_id=approved.id, event__startswith="insurance_").values_list("event", flat=True)
    assert list(events) == ["insurance_uploaded"]
    actions = set(await AuditLog.filter(target_type="InsuranceRx").values_list("action", flat=True))
    assert {"insurance.precheck", "insurance.sign", "insurance.upload"} <= actions

    r = await client.get(URL.format(approved.id) + "/slip.pdf")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(r.content)).pages)
    assert "购药提示单" in text and body["hi_rxno"] in text and "阿莫西林胶囊" in text and "对乙酰氨基酚片" in text
    assert approved.number in text and "李时珍" in text
    assert approved.patient_name not in text and approved.patient_name[0] in text  # masked
    assert len(PdfReader(io.BytesIO(r.content)).pages[0].images) == 1  # the QR code


async def test_state_refreshes_by_query(client, w, approved, insurance):
    h = await doctor_headers(client, w)
    hi = (await client.post(URL.format(approved.id), headers=h)).json()["hi_rxno"]
    insurance.centre.review(hi, passed=True, opinion="符合医保支付范围")
    assert (await client.get(URL.format(approved.id))).json()["state"] == "uploaded"  # not asked
    r = await client.get(URL.format(approved.id) + "?refresh=1")
    assert r.status_code == 200 and r.json()["state"] == "review_passed"
    assert r.json()["review"]["rxChkOpnn"] == "符合医保支付范围"
    insurance.centre.pick_up(hi)
    assert (await client.get(URL.format(approved.id) + "?refresh=true")).json()["state"] == "dispensed"
    events = await RxEvent.filter(prescription_id=approved.id, event__startswith="insurance_").order_by("id").values_list("event", flat=True)
    assert list(events) == ["insurance_uploaded", "insurance_reviewed", "insurance_picked_up"]


async def test_revoke_then_save_again_is_a_new_round(client, w, approved, insurance):
    h = await doctor_headers(client, w)
    first = (await client.post(URL.format(approved.id), headers=h)).json()["hi_rxno"]
    r = await client.request("DELETE", URL.format(approved.id), headers=h, json={"reason": "患者改为自费"})
    assert r.status_code == 200 and r.json()["state"] == "revoked"
    assert insurance.centre.rx[first].state == "revoked"
    assert insurance.centre.calls[-1][1]["undoRea"] == "患者改为自费"
    again = await client.request("DELETE", URL.format(approved.id), headers=h, json={"reason": "再撤一次"})
    assert again.status_code == 409 and again.json()["code"] == "insurance.not_revocable"
    slip = await client.get(URL.format(approved.id) + "/slip.pdf")
    assert slip.status_code == 404 and slip.json()["code"] == "insurance.not_uploaded"
    second = (await client.post(URL.format(approved.id), headers=h)).json()
    assert second["state"] == "uploaded" and second["hi_rxno"] != first and second["revoked_at"] is None
    events = await RxEvent.filter(prescription_id=approved.id, event__startswith="insurance_").order_by("id").values_list("event", flat=True)
    assert list(events) == ["insurance_uploaded", "insurance_revoked", "insurance_uploaded"]


async def test_a_dispensed_prescription_is_not_revoked(client, w, approved, insurance):
    h = await doctor_headers(client, w)
    hi = (await client.post(URL.format(approved.id), headers=h)).json()["hi_rxno"]
    insurance.centre.review(hi, passed=True)
    insurance.centre.pick_up(hi)
    await client.get(URL.format(approved.id) + "?refresh=1")
    r = await client.request("DELETE", URL.format(approved.id), headers=h, json={"reason": "撤销"})
    assert r.status_code == 409 and r.json()["details"]["state"] == "dispensed"
    bad = await client.request("DELETE", URL.format(approved.id), headers=h, json={"reason": ""})
    assert bad.status_code == 422


async def test_refusals_leave_a_true_record_and_saving_resumes(client, w, approved, insurance):
    h = await doctor_headers(client, w)
    insurance.centre.fail_next("upload", "SIGN_INVALID", "医保电子签名无效")
    r = await client.post(URL.format(approved.id), headers=h)
    assert r.status_code == 422 and r.json()["code"] == "insurance.centre_refused"
    assert r.json()["details"]["centre_code"] == "SIGN_INVALID"
    row = await InsuranceRx.get(prescription_id=approved.id)
    assert row.state == "signed" and "医保电子签名无效" in row.last_error
    assert not await RxEvent.filter(prescription_id=approved.id, event__startswith="insurance_").exists()
    r = await client.post(URL.format(approved.id), headers=h)  # resumes with the upload
    assert r.status_code == 200 and r.json()["state"] == "uploaded" and r.json()["last_error"] == ""
    assert [s for s, _ in insurance.centre.calls] == ["precheck", "sign", "upload", "upload"]


async def test_centre_away_records_nothing(client, w, approved, settings):
    h = await doctor_headers(client, w)
    old, settings.insurance_api_base = settings.insurance_api_base, "http://127.0.0.1:9/api/"
    try:
        r = await client.post(URL.format(approved.id), headers=h)
    finally:
        settings.insurance_api_base = old
    assert r.status_code == 503 and r.json()["code"] == "insurance.centre_unavailable"
    assert not await InsuranceRx.exists()


async def test_only_approved_prescriptions_of_my_own(client, w, insurance):
    h = await doctor_headers(client, w)
    pending = await rx_prescription(w, state="pending_review")
    r = await client.post(URL.format(pending.id), headers=h)
    assert r.status_code == 409 and r.json()["code"] == "rx.not_approved"
    assert not insurance.centre.calls and not await InsuranceRx.exists()
    mine = await rx_signed_approved(w)
    # The colleague is a doctor too, but not this prescription's.
    from core.accounts.models import AdminAccount
    from tests.factories import login

    colleague = await AdminAccount.get(id=w.consult.colleague.account_id)
    ch = {"X-CSRF-Token": (await login(client, colleague.username))["csrf_token"]}
    r = await client.post(URL.format(mine.id), headers=ch)
    assert r.status_code == 404 and r.json()["code"] == "insurance.prescription_not_found"
    r = await client.get(URL.format(mine.id) + "/slip.pdf")
    assert r.status_code == 404
    assert (await client.post(URL.format(10**9), headers=ch)).status_code == 404


async def test_a_drug_without_insurance_code(client, w, insurance):
    from core.dicts.models import Drug

    h = await doctor_headers(client, w)
    p = await rx_signed_approved(w, items=(("folic_acid", "0.4", "qd", 30, 1),))
    await Drug.filter(id=w.drugs["folic_acid"].id).update(insurance_code="")
    r = await client.post(URL.format(p.id), headers=h)
    assert r.status_code == 422 and r.json()["details"]["drugs"] == ["叶酸片"]
    assert not insurance.centre.calls
