"""Helpers of the prescription workflow tests (tests/rx/test_workflow.py, test_http.py): the ICD-10
rows the bodies name, a prescribing body, and the pharmacist's and doctor's messages."""
from __future__ import annotations

from decimal import Decimal

from core import wiring
from core.dicts.models import Diagnosis
from core.notify.models import Message
from core.rx.rules import service as rules
from tests import factories

DIAGNOSES = (("O21.0", "轻度妊娠剧吐"), ("J06.9", "急性上呼吸道感染"), ("Z34.0", "正常初次妊娠监督"),
             ("N76.0", "急性阴道炎"))
PREGNANT = {"weight_kg": "62", "pregnancy": "pregnant", "gestation_weeks": 10, "allergies": ["penicillin"],
            "current_medication": ["folic_acid"]}


async def world() -> factories.RxWorld:
    wiring.wire()
    w = await factories.rx_world()
    for code, name in DIAGNOSES:
        await Diagnosis.get_or_create(code=code, defaults={"name": name})
    await rules.ensure_seeded()
    return w


def body(w: factories.RxWorld, *items, diagnoses=("N76.0",), clinical=None, **extra) -> dict:
    """A prescribing body: items are (knowledge key, dose, frequency, days[, extra fields])."""
    lines = []
    for key, dose, freq, days, *more in items:
        line = {"drug_id": w.drugs[key].id, "dose": str(Decimal(dose)), "frequency": freq, "days": days}
        if more:
            line.update(more[0])
        lines.append(line)
    return {"consult_order_id": w.order.id, "kind": "western", "clinical": clinical or PREGNANT,
            "diagnoses": list(diagnoses), "items": lines, **extra}


async def console_messages(account_id: int) -> list[Message]:
    return await Message.filter(admin_account_id=account_id).order_by("id")
