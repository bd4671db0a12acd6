"""The demo's 三大字典: every knowledge key the review rules name is a drug, each row passes the
console's own checks (so an export of the demo imports back), the 配送费 item exists, and seeding
twice changes nothing."""
from __future__ import annotations

from core.demo.medical_dicts import seed_medical_dicts
from core.dicts import medical
from core.dicts.models import ChargeItem, Diagnosis, Drug
from core.dicts.schemas import ChargeItemIn, DiagnosisIn, DrugIn

KEYS = {"amoxicillin", "cefuroxime", "ceftriaxone", "azithromycin", "metronidazole", "paracetamol", "ibuprofen",
        "folic_acid", "ferrous_succinate", "calcium_carbonate", "vitamin_b6", "metoclopramide", "labetalol",
        "nifedipine", "warfarin", "aspirin", "levothyroxine", "metformin", "misoprostol", "isotretinoin",
        "montelukast", "loratadine", "oseltamivir", "calcium_gluconate", "sodium_chloride", "danggui", "huangqi",
        "baizhu", "dangshen", "gancao", "haizao", "honghua", "taoren", "aiye"}


async def test_seed_is_complete_valid_and_idempotent():
    first = await seed_medical_dicts()
    assert first["drugs"] >= 34 and first["diagnoses"] >= 60 and first["charge_items"] >= 20
    assert KEYS <= set(await Drug.exclude(knowledge_key="").values_list("knowledge_key", flat=True))
    assert await seed_medical_dicts() == {"drugs": 0, "diagnoses": 0, "charge_items": 0}
    for d in await Drug.all():
        DrugIn.model_validate({f: getattr(d, f) for f in DrugIn.model_fields})
    for d in await Diagnosis.all():
        DiagnosisIn.model_validate({f: getattr(d, f) for f in DiagnosisIn.model_fields})
    for c in await ChargeItem.all():
        ChargeItemIn.model_validate({f: getattr(c, f) for f in ChargeItemIn.model_fields})
    assert (await medical.delivery_fee()).name == "配送费"
    montelukast = (await medical.search_drugs(q="孟鲁司特"))[0]
    assert (montelukast.form, montelukast.strength_value) == ("咀嚼片", 4)
    assert [d.code for d in await medical.search_diagnoses(q="Z34")] == ["Z34.0", "Z34.9"]
