"""The development loopback under /dev/insurance/: the centre's interfaces with the protocol's
signatures, the control routes that play the centre's people and notify us; refused in production."""
from __future__ import annotations

import dataclasses

import httpx
import pytest

from core.insurance import protocol
from core.insurance.models import InsuranceRx
from core.settings import Settings, SettingsError


@pytest.fixture
async def dev(settings, database):
    from bff.app import create_app

    app = create_app(dataclasses.replace(settings, insurance_offline=True), name="huiyi_insurance_dev")
    app.asgi = True
    await app._startup()
    await app._server_event("init", "before")
    await app._server_event("init", "after")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("127.0.0.1", 50001)),
                                 base_url="http://testserver") as c:
        yield c


async def _call(c, settings, path: str, data: dict, secret: str | None = None):
    body = protocol.dumps(data)
    r = await c.post(f"/dev/insurance/{path}", content=body, headers=protocol.signed_headers(
        secret or settings.insurance_app_secret, settings.insurance_app_id, body))
    assert protocol.check(settings.insurance_app_secret, settings.insurance_app_id, r.headers, r.content) is None
    return r


async def test_the_loopback_answers_and_notifies(dev, settings, w, approved):
    r = await _call(dev, settings, "catalogue/drugs", {"keyword": "叶酸"})
    assert r.status_code == 200 and r.json()["data"]["list"][0]["drugGenname"] == "叶酸片"
    r = await _call(dev, settings, "catalogue/drugs", {}, secret="forged")
    assert r.status_code == 401 and r.json()["code"] == "AUTH_SIGNATURE"
    pre = (await _call(dev, settings, "rx/precheck", {
        "fixmedinsCode": "H1", "mdtrtId": "ZX1", "rxNo": approved.number, "prscTime": "2026-12-07T08:00:00Z",
        "patient": {"psnName": "甲"}, "diseList": [{"diseCodg": "J06.9"}], "drName": "李时珍",
        "drugList": [{"medListCodg": "XJ01CAA040A001010100001", "drugGenname": "阿莫西林胶囊"}]})).json()["data"]
    signed = (await _call(dev, settings, "rx/sign", {**pre, "originalValue": "eyJ4IjoxfQ=="})).json()["data"]
    up = await _call(dev, settings, "rx/upload", {**pre, "signDigest": signed["signDigest"],
                                                   "signCertSn": signed["signCertSn"]})
    assert up.json()["data"]["rxStasCodg"] == "uploaded"
    row = await InsuranceRx.create(prescription_id=approved.id, institution_id=approved.institution_id,
                                   state="uploaded", hi_rxno=pre["hiRxno"], trace_id=pre["rxTraceCode"])
    r = await dev.post(f"/dev/insurance/control/{pre['hiRxno']}/review", json={"passed": True})
    assert r.status_code == 200 and r.json()["answer"]["code"] == "0"
    r = await dev.post(f"/dev/insurance/control/{pre['hiRxno']}/pickup")
    assert r.status_code == 200 and r.json()["answer"]["code"] == "0"
    assert (await InsuranceRx.get(id=row.id)).state == "dispensed"
    listed = (await dev.get("/dev/insurance/control/prescriptions")).json()["items"]
    assert listed[0]["hiRxno"] == pre["hiRxno"] and listed[0]["state"] == "dispensed"
    assert (await dev.post("/dev/insurance/control/HI-NOPE/review", json={})).status_code == 404


@pytest.mark.nodb
def test_development_default_and_production_refusal():
    s = Settings.from_env({"HUIYI_ENV": "development"})
    assert s.insurance_offline and s.insurance_api_base.endswith("/dev/insurance/")
    assert not Settings.from_env({"HUIYI_ENV": "development", "INSURANCE_API_BASE": "https://c.example/api"}).insurance_offline
    with pytest.raises(SettingsError, match="INSURANCE_OFFLINE"):
        Settings.from_env({"HUIYI_ENV": "production", "INSURANCE_OFFLINE": "1"})


