"""A prescription withdrawn after approval (rx.intervened) has its insurance e-prescription revoked at
the centre by the consumer group insurance.rx; the centre away, the handler raises (the group tries again)."""
from __future__ import annotations

import pytest

from core.db import utcnow
from core.events import service as events
from core.insurance import service
from core.insurance.errors import CentreUnavailable
from core.insurance.models import InsuranceRx
from tests.factories import drain
from tests.insurance.conftest import doctor_headers

URL = "/api/admin/v1/workstation/rx/prescriptions/{}/insurance"


def _payload(p) -> dict:
    return {"prescription_id": p.id, "institution_id": p.institution_id, "patient_id": p.patient_id,
            "account_id": p.account_id}


async def test_revoked_at_the_centre(client, w, approved, insurance, settings):
    h = await doctor_headers(client, w)
    hi = (await client.post(URL.format(approved.id), headers=h)).json()["hi_rxno"]
    old, settings.insurance_api_base = settings.insurance_api_base, "http://127.0.0.1:9/api/"
    try:
        with pytest.raises(CentreUnavailable):  # the group keeps the event and tries again
            await service.on_rx_withdrawn(events.Event(id=0, name=service.INTERVENED, topic=None, payload=_payload(approved), at=utcnow()))
    finally:
        settings.insurance_api_base = old
    assert (await InsuranceRx.get(hi_rxno=hi)).state == "uploaded"
    await events.emit(service.INTERVENED, _payload(approved))
    await drain("insurance.rx")
    row = await InsuranceRx.get(hi_rxno=hi)
    assert row.state == "revoked" and row.revoked_at and insurance.centre.rx[hi].state == "revoked"
    assert insurance.centre.calls[-1][1]["undoRea"] == "药师干预：处方已撤回"


async def test_picked_up_already(client, w, approved, insurance):
    h = await doctor_headers(client, w)
    hi = (await client.post(URL.format(approved.id), headers=h)).json()["hi_rxno"]
    insurance.centre.review(hi, passed=True)
    insurance.centre.pick_up(hi)
    await events.emit(service.INTERVENED, _payload(approved))
    await drain("insurance.rx")
    row = await InsuranceRx.get(hi_rxno=hi)
    assert row.state == "dispensed" and "处方已取药" in row.last_error
