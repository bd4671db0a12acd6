"""The ten interfaces' eight calls through our client (core/insurance/client.py) against the loopback
centre over HTTP: signatures, answers, refusals."""
from __future__ import annotations

import base64

import pytest

from core.errors import AppError
from core.insurance import protocol
from core.insurance.centre import RxPayload, centre
from core.insurance.errors import CentreRefused, CentreUnavailable


def _payload(**over) -> RxPayload:
    base = dict(fixmedins_code="H00000000042", mdtrt_id="ZX2026120700001", rx_no="CF000000000001", rx_type="western",
                prsc_time="2026-12-07T08:00:00+00:00", vali_days=3, patient={"psnName": "王大山", "gend": "女", "age": 30},
                diseases=[{"diseCodg": "J06.9", "diseName": "急性上呼吸道感染"}],
                drugs=[{"medListCodg": "XJ01CAA040A001010100001", "drugGenname": "阿莫西林胶囊", "ent": 1}],
                doctor_name="李时珍", dept_name="儿科")
    base.update(over)
    return RxPayload(**base)


async def test_the_whole_flow_through_the_client(insurance):
    c = centre()
    pre = await c.precheck(_payload())
    assert pre.hi_rxno.startswith("HI") and pre.rx_trace_code.startswith("RT")
    signed = await c.sign(fixmedins_code="H00000000042", rx_trace_code=pre.rx_trace_code, hi_rxno=pre.hi_rxno,
                          original=b'{"rx":1}')
    assert len(signed.sign_digest) == 64 and signed.sign_cert_sn and signed.sign_value
    up = await c.upload(fixmedins_code="H00000000042", rx_trace_code=pre.rx_trace_code, hi_rxno=pre.hi_rxno,
                        mdtrt_id="ZX2026120700001", signed=signed)
    assert (up.hi_rxno, up.state) == (pre.hi_rxno, "uploaded")
    assert (await c.review_result(fixmedins_code="H00000000042", hi_rxno=pre.hi_rxno)).status == "pending"
    insurance.centre.review(pre.hi_rxno, passed=True)
    review = await c.review_result(fixmedins_code="H00000000042", hi_rxno=pre.hi_rxno)
    assert review.status == "passed" and review.opinion
    assert (await c.pickup_result(fixmedins_code="H00000000042", hi_rxno=pre.hi_rxno)).status == "pending"
    insurance.centre.pick_up(pre.hi_rxno)
    pickup = await c.pickup_result(fixmedins_code="H00000000042", hi_rxno=pre.hi_rxno)
    assert pickup.status == "dispensed" and pickup.pharmacy
    q = await c.query(fixmedins_code="H00000000042", hi_rxno=pre.hi_rxno)
    assert q.state == "dispensed" and q.raw["rxNo"] == "CF000000000001"
    with pytest.raises(CentreRefused) as e:
        await c.revoke(fixmedins_code="H00000000042", hi_rxno=pre.hi_rxno, reason="患者要求", doctor_name="李时珍",
                       at="2026-12-07T09:00:00+00:00")
    assert e.value.details["centre_code"] == "RX_DISPENSED"
    # What went over the wire: the original value is the bytes we asked to be signed.
    steps = [s for s, _ in insurance.centre.calls]
    assert steps[:3] == ["precheck", "sign", "upload"]
    assert base64.b64decode(insurance.centre.calls[1][1]["originalValue"]) == b'{"rx":1}'


async def test_revoke_and_catalogue(insurance):
    c = centre()
    pre = await c.precheck(_payload())
    st = await c.revoke(fixmedins_code="H00000000042", hi_rxno=pre.hi_rxno, reason="医生撤销", doctor_name="李时珍",
                        at="2026-12-07T09:00:00+00:00")
    assert st.state == "revoked"
    page = await c.drug_catalogue(keyword="阿莫西林")
    assert page.total == 1 and page.items[0].code == "XJ01CAA040A001010100001" and page.items[0].list_type == "甲"
    assert (await c.drug_catalogue(code="XB01ACA056A001010100005")).items[0].generic_name == "阿司匹林肠溶片"
    assert (await c.drug_catalogue(keyword="不存在的药")).total == 0


async def test_refusals_and_unknown_prescriptions(insurance):
    c = centre()
    insurance.centre.strict_catalogue = True
    with pytest.raises(CentreRefused) as e:
        await c.precheck(_payload(drugs=[{"medListCodg": "XX0000", "drugGenname": "目录外药品"}]))
    assert e.value.details["centre_code"] == "DRUG_NOT_LISTED" and "目录外药品" in e.value.details["centre_message"]
    with pytest.raises(CentreRefused) as e:
        await c.query(fixmedins_code="H00000000042", hi_rxno="HI-NOPE")
    assert e.value.status == 422 and e.value.details["centre_code"] == "RX_NOT_FOUND"
    insurance.centre.fail_next("precheck", "RX_CHECK_FAILED", "诊断与用药不符")
    with pytest.raises(CentreRefused):
        await c.precheck(_payload())


async def test_a_wrong_secret_is_refused_by_the_centre_and_a_forged_answer_by_us(insurance, settings):
    c = centre()
    old = settings.insurance_app_secret
    settings.insurance_app_secret = "not-the-shared-secret"
    try:
        with pytest.raises(CentreUnavailable) as e:  # the centre refuses, its answer is not ours to believe
            await c.drug_catalogue()
        assert e.value.status == 503
    finally:
        settings.insurance_app_secret = old
    assert insurance.centre.refusals[-1] == "AUTH_SIGNATURE"
    # An answer signed by someone else is not taken.
    insurance.centre.secret = "an-impostor"
    with pytest.raises(CentreUnavailable) as e:
        await c.drug_catalogue()
    assert e.value.details["reason"] == "signature"


async def test_no_centre_is_unavailable(settings):
    old, settings.insurance_api_base = settings.insurance_api_base, "http://127.0.0.1:9/api/"
    try:
        with pytest.raises(AppError) as e:
            await centre().drug_catalogue()
        assert e.value.code == "insurance.centre_unavailable"
    finally:
        settings.insurance_api_base = old


@pytest.mark.nodb
def test_signature_checks():
    body = b'{"a":1}'
    h = protocol.signed_headers("s3cret", "app", body)
    assert protocol.check("s3cret", "app", h, body) is None
    assert protocol.check("s3cret", "app", h, b'{"a":2}') == "signature"
    assert protocol.check("s3cret", "other", h, body) == "app_id"
    old = protocol.signed_headers("s3cret", "app", body, timestamp=1_700_000_000)
    assert protocol.check("s3cret", "app", old, body) == "stale"
    assert protocol.check("s3cret", "app", {**h, protocol.NONCE: "short"}, body) == "signature"
