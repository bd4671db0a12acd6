"""The development loopback (/dev/insurance/): our own client against it over the centre's
protocol, the control step that plays the centre's people and notifies us; refused in production.

The test app runs without INSURANCE_OFFLINE (a second app in one process is not Sanic's to give),
so the loopback's interfaces are reached through the threaded server tests use, which serves the
very same centre (core/insurance/loopback.py), and the control step is called as its route does."""
from __future__ import annotations

import pytest

from core.errors import NotFound
from core.insurance import offline, protocol
from core.insurance.models import InsuranceRx
from core.settings import Settings, SettingsError
from tests.insurance.conftest import doctor_headers

URL = "/api/admin/v1/workstation/rx/prescriptions/{}/insurance"


async def test_the_control_step_notifies_us(client, w, approved, insurance, monkeypatch):
    monkeypatch.setattr(offline, "_centre", insurance.centre)  # the loopback the stub serves
    h = await doctor_headers(client, w)
    hi = (await client.post(URL.format(approved.id), headers=h)).json()["hi_rxno"]
    status, answer = await offline.play(hi, "pickup")
    assert status == 409 and answer["code"] == "RX_NOT_DISPENSABLE"  # not reviewed yet
    status, answer = await offline.play(hi, "review", passed=True, opinion="通过")
    assert status == 200 and answer["answer"]["code"] == "0" and answer["review"]["rxChkOpnn"] == "通过"
    status, answer = await offline.play(hi, "pickup")
    assert status == 200 and answer["notice"] == protocol.NOTIFY_PATHS["pickup"]
    assert (await InsuranceRx.get(hi_rxno=hi)).state == "dispensed"
    assert offline.held()[0]["state"] == "dispensed"
    with pytest.raises(NotFound):
        await offline.play("HI-NOPE", "review")


@pytest.mark.nodb
def test_routes_and_settings():
    paths = {r.uri for r in offline.bp._future_routes}
    assert {"/" + p for p in protocol.PATHS.values()} <= paths
    assert {"/control/<hi_rxno:str>/review", "/control/<hi_rxno:str>/pickup", "/control/prescriptions"} <= paths
    s = Settings.from_env({"HUIYI_ENV": "development"})
    assert s.insurance_offline and s.insurance_api_base.endswith("/dev/insurance/")
    assert not Settings.from_env({"HUIYI_ENV": "development", "INSURANCE_API_BASE": "https://c.example/api"}).insurance_offline
    with pytest.raises(SettingsError, match="INSURANCE_OFFLINE"):
        Settings.from_env({"HUIYI_ENV": "production", "INSURANCE_OFFLINE": "1"})
