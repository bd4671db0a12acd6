"""Prescriptions made the way the workstation and the pharmacist make them, for the H5 tests of the
patient's 我的处方 and 购药 screens (tests/h5/test_rx_*.py): the doctor of `factories.rx_world()`
writes the consultation's record, prescribes, signs (the rules run), the pharmacist passes it with
a signed review. Nothing is written into tables directly except the dictionaries' rows the
prescription names (the ICD-10 codes and the 配送费 charge item)."""
from __future__ import annotations

from decimal import Decimal

from core.consult import desk
from core.consult.schemas import EndIn, RecordIn
from core.dicts.models import ChargeItem, Diagnosis
from core.rx import prescribing, review
from core.rx.schemas import ClinicalIn, ItemIn, PrescriptionIn, ReviewIn

DIAGNOSES = {"Z34.9": "正常妊娠监督", "O21.0": "轻度妊娠剧吐", "J06.9": "急性上呼吸道感染"}
DELIVERY_FEE_FEN = 1000


async def dictionaries() -> None:
    for code, name in DIAGNOSES.items():
        await Diagnosis.get_or_create(code=code, defaults={"name": name})
    await ChargeItem.get_or_create(code="PS001", defaults={"name": "配送费", "category": "delivery", "unit": "次",
                                                           "price_fen": DELIVERY_FEE_FEN})


async def record(w) -> None:
    await desk.save_record(actor=w.doctor_actor, order_id=w.order.id, data=RecordIn(
        chief_complaint="孕28周，乏力、头晕一周", present_history="近一周乏力，偶有头晕，无阴道流血",
        diagnosis=["正常妊娠监督"], advice="按时服药，均衡饮食，两周后产检"))


async def approved(w, *, items=(("folic_acid", "0.4", "qd", 30, None, "饭后"),), diagnoses=("Z34.9",),
                   note: str = "按时服用，如有不适及时就诊", end: bool = True):
    """A prescription signed by the doctor and passed by the pharmacist: items are (knowledge key,
    dose, frequency, days, quantity or None, note). With `end`, the doctor ends the consultation
    after signing (the record is signed then), so the consultation takes no further prescription."""
    await dictionaries()
    draft = await prescribing.create(actor=w.doctor_actor, data=PrescriptionIn(
        consult_order_id=w.order.id, kind="western",
        clinical=ClinicalIn(weight_kg=Decimal("62"), pregnancy="pregnant", gestation_weeks=28,
                            allergies=["penicillin"]),
        diagnoses=list(diagnoses), note=note,
        items=[ItemIn(drug_id=w.drugs[key].id, dose=Decimal(dose), frequency=freq, days=days, quantity=qty, note=n)
               for key, dose, freq, days, qty, n in items]))
    signed = await prescribing.sign(actor=w.doctor_actor, prescription_id=draft.id)
    if end:
        await record(w)
        await desk.end(actor=w.doctor_actor, order_id=w.order.id, data=EndIn(summary="按处方用药，两周后复诊"))
    return await review.review(actor=w.pharmacist_actor, prescription_id=signed.id,
                               data=ReviewIn(decision="pass", note="用药合理"))
