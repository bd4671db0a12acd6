"""The patient's prescriptions (seed 004 居民移动端 我的处方, 医嘱处理时间轴): the prescriptions of the
account's own 就诊人 and of family members who granted it `consultations` (在线问诊), each with its
items, the doctor's record of the consultation, the timeline as fits the patient, the doctor's
signature as verified now, and the medicine order if one was placed.

Why through core/family: a relative reading a parent's prescription is what the parent opened
(`authorize` with the scope, `family.no_grant` otherwise) and the parent sees that it happened
(`log_access`, every read under a grant, as core/family/archive.py does). Drafts are the doctor's
own and never shown; names are masked.
"""
from __future__ import annotations

import json

from core.consult import service as consult_service
from core.consult.models import ConsultRecord
from core.doctors.models import Doctor
from core.family import service as family_service
from core.family.errors import NoGrant
from core.family.models import Grant, Patient
from core.family.patients import require_mp
from core.orgs.models import OrgNode
from core.pharmacy.models import RxOrder
from core.principal import Principal
from core.rx import service as core
from core.rx import states, views
from core.rx.errors import PrescriptionNotFound
from core.rx.models import Prescription
from core.rx.schemas import PatientRecordOut, PatientRxOut, PatientRxPageOut, PatientRxRowOut
from core.rx.states import State

SCOPE = "consultations"
HIDDEN = (State.DRAFT.value,)


async def _row_fields(p_list: list[Prescription]) -> dict[int, dict]:
    doctors, departments, drugs = await views.names_of(p_list)
    institutions = dict(await OrgNode.filter(id__in={p.institution_id for p in p_list}).values_list("id", "name"))
    return {p.id: dict(
        id=p.id, number=p.number, kind_label=states.KIND_LABELS.get(p.kind, p.kind), state=p.state,
        state_label=states.LABELS[State(p.state)], patient_name=views.masked(p.patient_name or ""),
        doctor_name=doctors.get(p.doctor_id, ""), department_name=departments.get(p.department_id, ""),
        institution_name=institutions.get(p.institution_id, ""), drugs=drugs.get(p.id, ""), total_fen=p.total_fen,
        created_at=p.created_at, valid_until=p.valid_until, can_buy=p.state == State.APPROVED.value)
        for p in p_list}


async def prescriptions(*, actor: Principal, patient_id: int | None = None, limit: int = 20,
                        offset: int = 0) -> PatientRxPageOut:
    """我的处方: of one 就诊人 (own, or a granting member's: logged for them), or of all the account's own."""
    me = require_mp(actor)
    grant: Grant | None = None
    if patient_id is not None:
        grant = await family_service.authorize(actor=actor, patient_id=patient_id, scope=SCOPE)
        qs = Prescription.filter(patient_id=patient_id)
    else:
        own = await Patient.filter(account_id=me, deleted_at__isnull=True).values_list("id", flat=True)
        qs = Prescription.filter(patient_id__in=list(own) or [0])
    qs = qs.exclude(state__in=HIDDEN)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    if grant is not None:
        await family_service.log_access(actor=actor, grant=grant, action="rx_list", target_type="Patient",
                                        target_id=patient_id)
    fields = await _row_fields(rows)
    return PatientRxPageOut(total=total, page=offset // limit + 1, page_size=limit,
                            items=[PatientRxRowOut(**fields[p.id]) for p in rows])


async def prescription(*, actor: Principal, prescription_id: int) -> PatientRxOut:
    """One prescription with its items, the doctor's signed record, the timeline and the order."""
    require_mp(actor)
    p = await Prescription.filter(id=prescription_id).exclude(state__in=HIDDEN).first()
    if p is None:
        raise PrescriptionNotFound(details={"id": prescription_id})
    try:
        grant = await family_service.authorize(actor=actor, patient_id=p.patient_id, scope=SCOPE)
    except NoGrant:  # (audited there) another family's prescription answers like a missing one
        raise PrescriptionNotFound(details={"id": prescription_id}) from None
    items = await core.items_of(p.id)
    signature = await core.signature_check(p, items)
    record = None
    if p.consult_order_id is not None:
        r = await ConsultRecord.filter(order_id=p.consult_order_id, signed_at__isnull=False).first()
        if r is not None:
            doctor_name = await Doctor.filter(id=r.doctor_id).first().values_list("name", flat=True)
            record = PatientRecordOut(chief_complaint=r.chief_complaint or "", present_history=r.present_history or "",
                                      past_history=r.past_history or "", diagnosis=json.loads(r.diagnosis or "[]"),
                                      advice=r.advice or "", doctor_name=doctor_name or "", signed_at=r.signed_at,
                                      signature_valid=(await consult_service.record_signature(r)).valid)
    order_id = await RxOrder.filter(prescription_id=p.id).first().values_list("id", flat=True)
    fields = (await _row_fields([p]))[p.id]
    out = PatientRxOut(**fields, diagnoses=views.diagnoses_out(p), items=[views.item_out(i) for i in items],
                       herbal_doses=p.herbal_doses, herbal_usage=p.herbal_usage, note=p.note, record=record,
                       timeline=await views.timeline(p.id, role="patient"), signature=signature,
                       pharmacist_name="药师" if p.reviewer_id else "", order_id=order_id)
    await family_service.log_access(actor=actor, grant=grant, action="rx_read", target_type="Prescription",
                                    target_id=p.id)
    return out
