"""A prescription changed in the database after signing is refused where the pharmacy hands medicines
over: at dispensing and at the pick-up window (its signatures are verified again each time), audited,
the order left as it was."""
from __future__ import annotations

import pytest

from core.audit.models import AuditLog
from core.errors import AppError
from core.pharmacy import console, patient, pickup
from core.pharmacy.models import RxOrder
from core.rx.models import PrescriptionItem
from tests.pharmacy import helpers


async def test_an_altered_prescription_is_not_dispensed_nor_collected(wechatpay):
    w = await helpers.world()
    a, b = await helpers.approved(w), await helpers.approved(w)
    oa, ob = await helpers.order(w, a), await helpers.order(w, b)
    for o in (oa, ob):
        await helpers.paid(w, wechatpay, o.id)
    await console.dispense(actor=w.pharmacy_actor, order_id=ob.id)
    code = (await patient.detail(actor=w.consult.child.actor, order_id=ob.id)).pickup_code
    for rx in (a, b):  # after signing, somebody raises the quantity in the database
        await PrescriptionItem.filter(prescription_id=rx.id, seq=1).update(quantity=9)
    with pytest.raises(AppError) as e:
        await console.dispense(actor=w.pharmacy_actor, order_id=oa.id)
    assert e.value.code == "signing.document_altered"
    with pytest.raises(AppError) as e:
        await pickup.collect(actor=w.pharmacy_actor, code=code)
    assert e.value.code == "signing.document_altered"
    assert (await RxOrder.get(id=oa.id)).state == "paid" and (await RxOrder.get(id=ob.id)).state == "dispensed"
    denied = await AuditLog.filter(action__in=("pharmacy.dispense", "pharmacy.pickup"), outcome="denied").values_list(
        "after", flat=True)
    assert {d["reason"] for d in denied} == {"signing.document_altered", "prescription:signing.document_altered"}
