"""How a prescription is shown to each role: the list row, the detail with its reviews, appeals,
findings, timeline and the signature as verified now, and the timeline per role.

Why in one place: the doctor's workstation, the pharmacist's review screen and the patient's phone
show the same prescription; they differ in what they may see (the patient: masked names, the
patient-facing steps only, no internal notes), not in how it is built.
"""
from __future__ import annotations

from typing import Literal

from core.accounts.models import AdminAccount
from core.dicts.models import DictItem
from core.doctors.models import Doctor
from core.records.models import Department
from core.masking import mask_name
from core.rx import service as core
from core.rx import states
from core.rx.context import FREQUENCIES
from core.rx.models import Prescription, PrescriptionItem, RxAppeal, RxEvent, RxReview
from core.rx.schemas import (
    AppealOut, ClinicalOut, DiagnosisOut, EventOut, FindingOut, ItemOut, ReviewOut, RxDetailOut, RxRowOut,
    SignatureCheckOut,
)
from core.rx.states import State

Role = Literal["doctor", "pharmacist", "patient"]
REJECT_REASON_KIND = "rx_reject_reason"


def age_label(months: int | None) -> str:
    if months is None:
        return ""
    if months < 36:
        return f"{months}月龄" if months < 12 else f"{months // 12}岁{months % 12}月"
    return f"{months // 12}岁"


def item_out(i: PrescriptionItem) -> ItemOut:
    return ItemOut(seq=i.seq, drug_id=i.drug_id, drug_name=i.drug_name, strength=i.strength, form=i.form,
                   dose=i.dose, dose_unit=i.dose_unit, frequency=i.frequency,
                   frequency_label=FREQUENCIES.get(i.frequency, (i.frequency,))[0], days=i.days, route=i.route,
                   quantity=i.quantity, unit=i.unit, price_fen=i.price_fen, amount_fen=i.amount_fen,
                   group_no=i.group_no, note=i.note, override_reason=i.override_reason)


def diagnoses_out(p: Prescription) -> list[DiagnosisOut]:
    return [DiagnosisOut(code=d.get("code", ""), name=d.get("name", "")) for d in (p.diagnoses or [])]


async def names_of(p_list: list[Prescription]) -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    doctors = dict(await Doctor.filter(id__in={p.doctor_id for p in p_list}).values_list("id", "name"))
    departments = dict(await Department.filter(id__in={p.department_id for p in p_list}).values_list("id", "name"))
    drugs: dict[int, list[str]] = {}
    for pid, name in await PrescriptionItem.filter(prescription_id__in=[p.id for p in p_list]) \
            .order_by("prescription_id", "seq").values_list("prescription_id", "drug_name"):
        drugs.setdefault(pid, []).append(name)
    return doctors, departments, {k: "、".join(v) for k, v in drugs.items()}


def row_out(p: Prescription, names: tuple[dict, dict, dict], *, model=RxRowOut, **extra) -> RxRowOut:
    doctors, departments, drugs = names
    fields = dict(
        id=p.id, number=p.number, kind=p.kind, kind_label=states.KIND_LABELS.get(p.kind, p.kind), state=p.state,
        state_label=states.LABELS[State(p.state)], patient_id=p.patient_id, patient_name=p.patient_name or "",
        doctor_id=p.doctor_id, doctor_name=doctors.get(p.doctor_id, ""),
        department_name=departments.get(p.department_id, ""), diagnoses=diagnoses_out(p),
        drugs=drugs.get(p.id, ""), total_fen=p.total_fen, finding_level=p.finding_level, problem=p.problem,
        modified=p.modified, appealed=p.appealed, version=p.version, previous_id=p.previous_id,
        consult_order_id=p.consult_order_id, created_at=p.created_at, signed_at=p.signed_at,
        reviewed_at=p.reviewed_at)
    fields.update(extra)
    return model(**fields)


async def rows_out(p_list: list[Prescription]) -> list[RxRowOut]:
    names = await names_of(p_list)
    return [row_out(p, names) for p in p_list]


async def reason_labels() -> dict[str, str]:
    return dict(await DictItem.filter(kind=REJECT_REASON_KIND).values_list("code", "label"))


def findings_out(findings: list[dict]) -> list[FindingOut]:
    return [FindingOut(rule_id=f.get("rule_id", 0), rule_code=f.get("rule_code", ""), version=f.get("version", 0),
                       kind=f.get("kind", ""), severity=f.get("severity", "info"), message=f.get("message", ""),
                       items=list(f.get("items", []))) for f in findings]


async def reviews_out(p: Prescription) -> list[ReviewOut]:
    labels = await reason_labels()
    return [ReviewOut(id=r.id, round=r.round, kind=r.kind, ruleset_version=r.ruleset_version,
                      findings=findings_out(r.findings or []), decision=r.decision, reasons=list(r.reasons or []),
                      reason_labels=[labels.get(c, c) for c in r.reasons or []], note=r.note,
                      pharmacist_name=r.pharmacist_name, signed=r.signature_id is not None, created_at=r.created_at)
            for r in await RxReview.filter(prescription_id=p.id).order_by("id")]


def event_out(e: RxEvent, role: Role) -> EventOut:
    patient = role == "patient"
    name = e.actor_name
    if patient and e.actor_type == "pharmacist":
        name = "药师"
    return EventOut(event=e.event, label=states.TIMELINE.get(e.event, e.event), actor_type=e.actor_type,
                    actor_name=name, note="" if patient and e.event not in states.PATIENT_NOTES else e.note,
                    order_id=e.order_id, item_seq=e.item_seq, data={} if patient else dict(e.data or {}), at=e.at)


async def timeline(prescription_id: int, *, role: Role) -> list[EventOut]:
    """The prescription's and its order's steps, oldest first: all for doctor and pharmacist; for the
    patient the patient-facing ones without the review's internal notes."""
    qs = RxEvent.filter(prescription_id=prescription_id)
    if role == "patient":
        qs = qs.filter(event__in=sorted(states.PATIENT_EVENTS))
    return [event_out(e, role) for e in await qs.order_by("at", "id")]


async def detail_out(p: Prescription, *, role: Role, checks: list[dict] | None = None,
                     signature: SignatureCheckOut | None = None, doctor_id: int | None = None) -> RxDetailOut:
    """The detail the doctor (doctor_id: theirs) and the pharmacist see; `checks` are the draft's
    preview findings, else the last automatic review's."""
    items = await core.items_of(p.id)
    if signature is None:
        signature = await core.signature_check(p, items)
    if checks is None:
        auto = await RxReview.filter(prescription_id=p.id, kind="auto").order_by("-id").first()
        checks = list(auto.findings or []) if auto else []
    state = State(p.state)
    own = role == "doctor" and doctor_id == p.doctor_id
    appeals = [AppealOut(id=a.id, reason=a.reason, state=a.state, created_at=a.created_at)
               for a in await RxAppeal.filter(prescription_id=p.id).order_by("id")]
    names = await names_of([p])
    return row_out(
        p, names, model=RxDetailOut,
        clinical=ClinicalOut(sex=p.sex, age_months=p.age_months, age_label=age_label(p.age_months),
                             weight_kg=p.weight_kg, pregnancy=p.pregnancy,
                             pregnancy_label=states.PREGNANCY_LABELS.get(p.pregnancy, p.pregnancy),
                             gestation_weeks=p.gestation_weeks, allergies=list(p.allergies or []),
                             current_medication=list(p.current_medication or [])),
        items=[item_out(i) for i in items], herbal_doses=p.herbal_doses, herbal_usage=p.herbal_usage, note=p.note,
        checks=findings_out(checks), reviews=await reviews_out(p), appeals=appeals,
        timeline=await timeline(p.id, role=role), signature=signature, digest=p.digest, valid_until=p.valid_until,
        can_edit=own and state == State.DRAFT, can_sign=own and state == State.DRAFT,
        can_revoke=own and state in (State.DRAFT, State.PENDING_REVIEW),
        can_accept=own and state == State.REJECTED,
        can_appeal=own and state == State.REJECTED and not p.appealed,
        can_review=role == "pharmacist" and p.state in states.QUEUE,
        can_intervene=role == "pharmacist" and state == State.APPROVED)


async def pharmacist_name(account_id: int | None) -> str:
    if account_id is None:
        return ""
    a = await AdminAccount.filter(id=account_id).first()
    return (a.display_name or a.username) if a else ""


def masked(name: str) -> str:
    return mask_name(name) or ""
