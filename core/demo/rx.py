"""Demo prescriptions (issue 14): the formulary and ICD-10 dictionaries (core/demo/medical_dicts.py), the
review rules' version 1 (core/rx/rules), the pharmacist of 武汉市第一医院 (`pharmacist1`, printed with the
other logins) and prescriptions of the demo doctor 李华 (`doctor1`) in his consultation in progress with
李明, one in each state a screen shows: approved (the patient can buy it), rejected and appealed (an
allergy the rules flag), waiting for review, and a draft.

Why through the services: the doctor prescribes and signs with his workstation login (SM2 keys made by
the built-in signer), the rules review it, the pharmacist decides and signs; the timeline, the findings
and the signatures are what the product makes.
"""
from __future__ import annotations

from core.accounts import service as accounts_service
from core.accounts.models import AdminAccount
from core.consult.models import ConsultOrder
from core.db import utcnow
from core.demo.catalog import DOCTOR_ACCOUNT, PHARMACIST_ACCOUNT
from core.demo.medical_dicts import seed_medical_dicts
from core.demo.orgs import admin
from core.dicts import medical
from core.doctors.service import doctor_for_account
from core.rx import prescribing, review
from core.rx.rules import service as rules
from core.rx.schemas import AppealIn, PrescriptionIn, ReviewIn

KEYS = ("paracetamol", "loratadine", "amoxicillin", "azithromycin", "cefuroxime")
# Approved prescriptions, one for each medicine order the pharmacy's demo makes (pick-up and delivery).
APPROVED = ([(("paracetamol", "500", "tid", 3), ("loratadine", "10", "qd", 5)), ["J06.9"]],
            [(("loratadine", "10", "qd", 7),), ["J30.4"]], [(("paracetamol", "500", "prn", 3),), ["J06.9"]],
            [(("azithromycin", "500", "qd", 3),), ["J20.9"]], [(("cefuroxime", "250", "bid", 5),), ["J02.9"]],
            [(("paracetamol", "500", "tid", 2),), ["J03.9"]], [(("loratadine", "10", "qd", 3),), ["J06.9"]])


async def _pharmacist(password: str) -> None:
    if await AdminAccount.filter(username=PHARMACIST_ACCOUNT[0]).exists():
        return
    hospital_admin = await admin("inst1")  # 武汉市第一医院's administrator
    account, _ = await accounts_service.create_admin(
        actor=hospital_admin, username=PHARMACIST_ACCOUNT[0], org_id=hospital_admin.org_id, roles=["pharmacist"],
        display_name="王药师", password=password)
    await AdminAccount.filter(id=account.id).update(must_change_password=False, password_changed_at=utcnow())


async def seed_prescriptions(password: str) -> None:
    """Dictionaries, rules, the pharmacist and the demo doctor's prescriptions (the caller checks there are
    none yet)."""
    await seed_medical_dicts()
    await rules.ensure_seeded()
    await _pharmacist(password)
    doctor_actor, pharmacist = await admin(DOCTOR_ACCOUNT[0]), await admin(PHARMACIST_ACCOUNT[0])
    doctor = await doctor_for_account(doctor_actor.id)
    order = await ConsultOrder.filter(doctor_id=doctor.id, state="in_progress").order_by("id").first()
    if order is None:
        return
    found = await medical.drugs_by_knowledge_key(KEYS)
    drug = {key: rows[0].id for key, rows in found.items() if rows}

    def body(lines, diagnoses, allergies=(), note=""):
        return PrescriptionIn.model_validate({
            "consult_order_id": order.id, "kind": "western", "diagnoses": list(diagnoses), "note": note,
            "clinical": {"weight_kg": "68", "pregnancy": "none", "allergies": list(allergies)},
            "items": [{"drug_id": drug[k], "dose": d, "frequency": f, "days": n} for k, d, f, n in lines]})

    for lines, diagnoses in APPROVED:  # the pharmacy's demo buys them (core/pharmacy/demo.py)
        approved = await prescribing.create(actor=doctor_actor, data=body(lines, diagnoses, note="多饮水，注意休息"))
        await prescribing.sign(actor=doctor_actor, prescription_id=approved.id)
        await review.review(actor=pharmacist, prescription_id=approved.id, data=ReviewIn(decision="pass"))

    flagged = await prescribing.create(actor=doctor_actor, data=body(
        [("amoxicillin", "500", "tid", 7)], ["J20.9"], allergies=["penicillin"]))
    await prescribing.sign(actor=doctor_actor, prescription_id=flagged.id)
    await review.review(actor=pharmacist, prescription_id=flagged.id, data=ReviewIn(
        decision="reject", reasons=["allergy"], note="患者青霉素过敏，阿莫西林属青霉素类，请更换药物"))
    await prescribing.appeal(actor=doctor_actor, prescription_id=flagged.id,
                             data=AppealIn(reason="患者自述近期使用阿莫西林无不适，皮试阴性"))

    waiting = await prescribing.create(actor=doctor_actor, data=body([("azithromycin", "500", "qd", 3)], ["J20.9"]))
    await prescribing.sign(actor=doctor_actor, prescription_id=waiting.id)

    await prescribing.create(actor=doctor_actor, data=body([("cefuroxime", "250", "bid", 7)], ["J20.9"]))
