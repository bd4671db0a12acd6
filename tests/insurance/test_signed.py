"""Only what core/rx lets go onward reaches the centre: a prescription changed in the database after
the doctor signed it is refused before any call (409 signing.document_altered), nothing recorded."""
from __future__ import annotations

from decimal import Decimal

from core.insurance.models import InsuranceRx
from core.rx.models import PrescriptionItem
from tests.factories import rx_signed_approved
from tests.insurance.conftest import doctor_headers

URL = "/api/admin/v1/workstation/rx/prescriptions/{}/insurance"


async def test_a_tampered_prescription_is_not_uploaded(client, w, insurance):
    h = await doctor_headers(client, w)
    p = await rx_signed_approved(w)
    await PrescriptionItem.filter(prescription_id=p.id).update(dose=Decimal("5000"))  # after signing
    r = await client.post(URL.format(p.id), headers=h)
    assert r.status_code == 409 and r.json()["code"] == "signing.document_altered", r.text
    assert not insurance.centre.calls and not await InsuranceRx.exists()


async def test_a_signed_approved_prescription_goes(client, w, insurance):
    h = await doctor_headers(client, w)
    p = await rx_signed_approved(w)
    r = await client.post(URL.format(p.id), headers=h)
    assert r.status_code == 200 and r.json()["state"] == "uploaded"
