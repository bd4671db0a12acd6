"""The centre's notifications: valid, repeated, forged, stale, replayed, unknown prescription."""
from __future__ import annotations

import json
import time

from core.audit.models import AuditLog
from core.insurance.models import InsuranceNotice, InsuranceRx
from core.rx.models import RxEvent
from tests.insurance.conftest import doctor_headers

URL = "/api/admin/v1/workstation/rx/prescriptions/{}/insurance"


async def _uploaded(client, w, approved) -> str:
    h = await doctor_headers(client, w)
    r = await client.post(URL.format(approved.id), headers=h)
    assert r.status_code == 200, r.text
    return r.json()["hi_rxno"]


async def _post(client, notice):
    path, headers, body = notice
    return await client.post(path, content=body, headers=headers)


async def test_review_then_pickup_notices_apply_once(client, w, approved, insurance):
    hi = await _uploaded(client, w, approved)
    insurance.centre.review(hi, passed=True, opinion="审核通过")
    notice = insurance.notice("review", hi, notice_id="NT-REVIEW-1")
    r = await _post(client, notice)
    assert r.status_code == 200 and r.json() == {"code": "0", "message": "成功"}
    row = await InsuranceRx.get(hi_rxno=hi)
    assert row.state == "review_passed" and row.review["rxChkStasCodg"] == "passed" and row.reviewed_at
    # The centre sends it again (signed afresh, same notice id): the same answer, nothing changes.
    r = await _post(client, insurance.notice("review", hi, notice_id="NT-REVIEW-1"))
    assert r.status_code == 200 and r.json()["code"] == "0"
    assert await InsuranceNotice.filter(notice_id="NT-REVIEW-1").count() == 1
    insurance.centre.pick_up(hi, pharmacy="静安区某定点药店")
    r = await _post(client, insurance.notice("pickup", hi))
    assert r.status_code == 200
    row = await InsuranceRx.get(hi_rxno=hi)
    assert row.state == "dispensed" and row.pickup["medinsName"] == "静安区某定点药店" and row.picked_up_at
    # A late review notice (a failure this time) after the pick-up changes nothing.
    r = await _post(client, insurance.notice("review", hi, data={"rxChkStasCodg": "failed"}))
    assert r.status_code == 200 and (await InsuranceRx.get(hi_rxno=hi)).state == "dispensed"
    events = await RxEvent.filter(prescription_id=approved.id, event__startswith="insurance_").order_by("id") \
        .values_list("event", "actor_type")
    assert list(events) == [("insurance_uploaded", "doctor"), ("insurance_reviewed", "insurance"),
                            ("insurance_picked_up", "insurance")]
    outcomes = await InsuranceNotice.all().order_by("id").values_list("kind", "outcome")
    assert list(outcomes) == [("review", "applied"), ("pickup", "applied"), ("review", "ignored")]


async def test_a_failed_review(client, w, approved, insurance):
    hi = await _uploaded(client, w, approved)
    insurance.centre.review(hi, passed=False, opinion="超医保限定支付范围")
    assert (await _post(client, insurance.notice("review", hi))).status_code == 200
    row = await InsuranceRx.get(hi_rxno=hi)
    assert row.state == "review_failed" and row.review["rxChkOpnn"] == "超医保限定支付范围"
    ev = await RxEvent.get(prescription_id=approved.id, event="insurance_reviewed")
    assert ev.data["result"] == "failed" and ev.note == "超医保限定支付范围"


async def test_forged_stale_replayed_and_malformed_are_refused_and_audited(client, w, approved, insurance):
    hi = await _uploaded(client, w, approved)
    insurance.centre.review(hi, passed=True)
    forged = insurance.notice("review", hi, secret="an-impostor")
    stale = insurance.notice("review", hi, timestamp=int(time.time()) - 301)
    good = insurance.notice("review", hi, nonce="abcdef0123456789")
    replay = insurance.notice("review", hi, notice_id="NT-OTHER", nonce="abcdef0123456789")
    path, headers, body = insurance.notice("review", hi)
    tampered = (path, headers, body.replace(b'"passed"', b'"failed"'))
    for notice, reason in ((forged, "signature"), (stale, "stale"), (tampered, "signature")):
        r = await _post(client, notice)
        assert r.status_code == 401 and r.json()["code"] == "insurance.notice_rejected", r.text
        assert r.json()["details"]["reason"] == reason
    assert (await InsuranceRx.get(hi_rxno=hi)).state == "uploaded"
    assert (await _post(client, good)).status_code == 200
    r = await _post(client, replay)
    assert r.status_code == 401 and r.json()["details"]["reason"] == "replayed"
    # Well signed but not a notice of the protocol.
    p, _, _ = good
    from core.insurance import protocol

    body = json.dumps({"hiRxno": hi}).encode()
    r = await client.post(p, content=body, headers=protocol.signed_headers(
        insurance.centre.secret, insurance.centre.app_id, body))
    assert r.status_code == 401 and r.json()["details"]["reason"] == "malformed"
    denied = await AuditLog.filter(action="insurance.notify", outcome="denied").values_list("after", flat=True)
    assert sorted(a["reason"] for a in denied) == ["malformed", "replayed", "signature", "signature", "stale"]
    assert await InsuranceNotice.all().count() == 1


async def test_unknown_prescription_is_kept_not_a_500(client, insurance):
    r = await _post(client, insurance.notice("pickup", "HI-NOT-OURS", notice_id="NT-X",
                                             data={"setlStas": "dispensed"}))
    assert r.status_code == 200 and r.json()["code"] == "0"
    n = await InsuranceNotice.get(notice_id="NT-X")
    assert (n.kind, n.hi_rxno, n.outcome) == ("pickup", "HI-NOT-OURS", "unknown_rx")
