"""The doctor's prescribing in a consultation (seed 004 医生工作站 医嘱录入, 处方签名, 处方审核拒绝处理;
医生移动端 开具处方): the catalogue, a consultation's panel (the patient's clinical defaults, this
order's prescriptions and requests, the patient's history), drafts (western or herbal; from
history), signing with the automatic review, revoking, accepting a rejection (void, and a new
draft that revises it) or appealing it once, and lab and imaging requests.

Who may: the doctor of the consultation, logged in with the console account linked to the
`Doctor` (core.doctors.service.doctor_for_account); someone else's prescription answers as
missing and the attempt is audited. A prescription is written while the consultation is in
progress, or within `AFTER_END` of its end (the doctor often finishes the record first).

What the prescription records: the 就诊人's age (months, from the birth date) and sex, and what the
doctor states now (weight, pregnancy or lactation with gestation weeks, allergies, current
medication); the rules judge that, not what the family page says later. Drugs and diagnoses come
from the dictionaries (core/dicts/medical.py: a disabled drug is 422 dicts.drug_disabled), names,
strengths and prices as they are today; the quantity is computed when not given: dose × times a day
× days ÷ strength ÷ pack size, rounded up (herbs: dose × doses).
"""
from __future__ import annotations

import datetime as dt
import math
import secrets
from decimal import Decimal

from tortoise.transactions import in_transaction

from core.audit import service as audit_service
from core.consult.errors import OrderNotFound
from core.consult.models import ConsultOrder
from core.db import transactional, utcnow
from core.dicts import medical
from core.dicts.models import Drug
from core.doctors.models import Doctor
from core.doctors.service import doctor_for_account
from core.family.models import Patient
from core.notify import service as notify_service
from core.principal import Principal
from core.rx import service as core
from core.rx import states
from core.rx import views
from core.rx.context import FREQUENCIES, ItemContext, RxContext
from core.rx.errors import (
    AlreadyAppealed, DoseOverrideRequired, HerbalKindMismatch, IllegalTransition, NotADoctor, OrderNotOpen,
    PrescriptionNotFound, RequestNotFound,
)
from core.rx.models import ExamRequest, Prescription, PrescriptionDiagnosis, PrescriptionItem, RxAppeal, RxReview
from core.rx.rules import service as rules
from core.rx.schemas import (
    AppealIn, ClinicalDefaultsOut, CopyIn, ExamRequestIn, ExamRequestOut, ItemIn, OrderRxOut, PrescriptionBody,
    PrescriptionIn, RxDetailOut, RxPageOut, SignatureCheckOut,
)
from core.rx.states import Event, State
from core.signing import service as signing

AFTER_END = dt.timedelta(hours=24)  # a prescription may still be written this long after the consultation ended
OPEN_STATES = ("in_progress",)
ENDED_STATES = ("ended", "closed")
HISTORY_MAX = 50
REQUEST_SUBJECT = "rx.request"
SEVERITY_RANK = {"": 0, "info": 1, "warning": 2, "error": 3}


async def me(actor: Principal) -> Doctor:
    if actor.kind != "admin" or actor.id is None:
        raise NotADoctor()
    doctor = await doctor_for_account(actor.id)
    if doctor is None:
        raise NotADoctor()
    return doctor


async def _order(actor: Principal, doctor: Doctor, order_id: int) -> ConsultOrder:
    order = await ConsultOrder.filter(id=order_id).first()
    if order is None or order.doctor_id != doctor.id:
        if order is not None:
            await audit_service.record_denied(actor=actor, action="rx.prescribe", target_type="ConsultOrder",
                                              target_id=order_id, reason="not the order's doctor")
        raise OrderNotFound(details={"id": order_id})
    return order


def _open(order: ConsultOrder) -> bool:
    if order.state in OPEN_STATES:
        return True
    return order.state in ENDED_STATES and order.finished_at is not None \
        and utcnow() - order.finished_at <= AFTER_END


async def _mine(actor: Principal, prescription_id: int) -> tuple[Doctor, Prescription]:
    doctor = await me(actor)
    p = await Prescription.filter(id=prescription_id).first()
    if p is None or p.doctor_id != doctor.id:
        if p is not None:
            await audit_service.record_denied(actor=actor, action="rx.read", target_type="Prescription",
                                              target_id=prescription_id, reason="not the prescribing doctor")
        raise PrescriptionNotFound(details={"id": prescription_id})
    return doctor, p


def age_months(birth: dt.date | None, today: dt.date | None = None) -> int | None:
    if birth is None:
        return None
    today = today or utcnow().astimezone(core.CHINA).date()
    months = (today.year - birth.year) * 12 + today.month - birth.month - (1 if today.day < birth.day else 0)
    return max(0, months)


def quantity_for(drug: Drug, item: ItemIn, *, herbal_doses: int | None) -> int:
    """Selling units covering the course: dose × times a day × days (herbs: dose × doses) ÷ strength ÷ pack."""
    if item.quantity is not None:
        return item.quantity
    if herbal_doses is not None:
        total = item.dose * herbal_doses
    else:
        per_day = FREQUENCIES[item.frequency][1]
        total = item.dose * (Decimal(1) if item.frequency == "once" else per_day * item.days)
    strength = Decimal(drug.strength_value or 0)
    if strength <= 0:
        return 1
    units = total / strength / Decimal(max(drug.pack_size or 1, 1))
    return max(1, min(999, math.ceil(units - Decimal("0.0001"))))


# ---------------------------------------------------------------- the rules

def context_of(p: Prescription, items: list[PrescriptionItem], drugs: dict[int, Drug]) -> RxContext:
    return RxContext(
        kind=p.kind, age_months=p.age_months, weight_kg=p.weight_kg, sex=p.sex, pregnancy=p.pregnancy,
        gestation_weeks=p.gestation_weeks, allergies=tuple(p.allergies or ()),
        current_medication=tuple(p.current_medication or ()),
        diagnoses=tuple(d.get("code", "") for d in p.diagnoses or ()),
        items=tuple(ItemContext(seq=i.seq, drug_id=i.drug_id, knowledge_key=drugs[i.drug_id].knowledge_key or "",
                                drug_name=i.drug_name, kind=drugs[i.drug_id].kind, form=i.form, route=i.route,
                                dose=Decimal(i.dose), dose_unit=i.dose_unit, frequency=i.frequency, days=i.days,
                                group_no=i.group_no, override_reason=i.override_reason) for i in items),
        herbal_doses=p.herbal_doses)


async def run_rules(p: Prescription, items: list[PrescriptionItem]) -> tuple[int, list[dict], int]:
    """The published rules over the prescription: (version, findings as dicts, milliseconds)."""
    drugs = await medical.drugs_by_ids([i.drug_id for i in items])
    started = utcnow()
    version, findings = await rules.check(context_of(p, items, drugs))
    took = int((utcnow() - started).total_seconds() * 1000)
    return version, [f.as_dict() for f in findings], took


def worst(findings: list[dict]) -> str:
    level = ""
    for f in findings:
        if SEVERITY_RANK.get(f.get("severity", ""), 0) > SEVERITY_RANK[level]:
            level = f["severity"]
    return level


def dose_blockers(findings: list[dict], items: list[PrescriptionItem]) -> list[PrescriptionItem]:
    """Items a dose rule finds out of every range (error) that carry no override reason."""
    by_seq = {i.seq: i for i in items}
    out = []
    for f in findings:
        if f.get("kind") == "dose" and f.get("severity") == "error":
            for seq in f.get("items", []):
                i = by_seq.get(seq)
                if i is not None and not i.override_reason and i not in out:
                    out.append(i)
    return out


# ---------------------------------------------------------------- writing a draft

async def _checked_lines(data: PrescriptionBody) -> tuple[list[dict], list]:
    """The dictionary's diagnoses and drugs for the body (422 for unknown or disabled ones), as rows."""
    diagnoses = await medical.require_diagnoses(data.diagnoses)
    drugs = await medical.require_enabled_drugs([i.drug_id for i in data.items])
    lines = []
    for seq, item in enumerate(data.items, start=1):
        drug = drugs[item.drug_id]
        if (data.kind == "herbal") != (drug.kind == "herbal"):
            raise HerbalKindMismatch(details={"drug_id": drug.id, "drug": drug.generic_name, "kind": drug.kind})
        qty = quantity_for(drug, item, herbal_doses=data.herbal_doses if data.kind == "herbal" else None)
        lines.append(dict(
            seq=seq, drug_id=drug.id, drug_name=drug.generic_name, strength=drug.strength, form=drug.form,
            dose=item.dose, dose_unit=drug.dose_unit, frequency="qd" if data.kind == "herbal" else item.frequency,
            days=data.herbal_doses if data.kind == "herbal" else item.days, route=item.route or drug.route,
            quantity=qty, unit=drug.unit, price_fen=drug.price_fen, amount_fen=drug.price_fen * qty,
            group_no=item.group_no, note=item.note, override_reason=item.override_reason))
    return [{"code": d.code, "name": d.name} for d in diagnoses], lines


def _body_fields(data: PrescriptionBody, diagnoses: list[dict], lines: list[dict]) -> dict:
    c = data.clinical
    return dict(kind=data.kind, weight_kg=c.weight_kg, pregnancy=c.pregnancy, gestation_weeks=c.gestation_weeks,
                allergies=c.allergies, current_medication=c.current_medication, diagnoses=diagnoses,
                herbal_doses=data.herbal_doses if data.kind == "herbal" else None,
                herbal_usage=data.herbal_usage if data.kind == "herbal" else "", note=data.note,
                total_fen=sum(line["amount_fen"] for line in lines))


async def _write_lines(p: Prescription, diagnoses: list[dict], lines: list[dict]) -> list[PrescriptionItem]:
    await PrescriptionItem.filter(prescription_id=p.id).delete()
    await PrescriptionDiagnosis.filter(prescription_id=p.id).delete()
    await PrescriptionItem.bulk_create([PrescriptionItem(prescription_id=p.id, **line) for line in lines])
    await PrescriptionDiagnosis.bulk_create([PrescriptionDiagnosis(prescription_id=p.id, **d) for d in diagnoses])
    return await core.items_of(p.id)


async def _new_draft(actor: Principal, doctor: Doctor, order: ConsultOrder, data: PrescriptionBody, *,
                     previous: Prescription | None = None) -> Prescription:
    """A draft for the order's 就诊人, in the caller's transaction."""
    diagnoses, lines = await _checked_lines(data)
    patient = await Patient.get(id=order.patient_id)
    p = await Prescription.create(
        number=secrets.token_hex(12), state=State.DRAFT.value, consult_order_id=order.id, doctor_id=doctor.id,
        department_id=order.department_id, institution_id=order.institution_id, patient_id=order.patient_id,
        account_id=order.account_id, patient_name=order.patient_name or patient.name,
        sex=patient.gender or order.patient_gender or "", birth_date=patient.birth_date,
        age_months=age_months(patient.birth_date) if patient.birth_date else
        (order.patient_age * 12 if order.patient_age is not None else None),
        previous_id=previous.id if previous else None, version=previous.version + 1 if previous else 1,
        modified=previous is not None, **_body_fields(data, diagnoses, lines))
    p.number = f"CF{utcnow().astimezone(core.CHINA):%Y%m%d}{p.id:08d}"
    await p.save(update_fields=["number"])
    await _write_lines(p, diagnoses, lines)
    await core.record_event(prescription_id=p.id, event="revised" if previous else "prescribed",
                            actor_type="doctor", actor_id=actor.id, actor_name=f"{doctor.name}医生",
                            note=f"修改自处方 {previous.number}" if previous else "",
                            data={"previous_id": previous.id} if previous else {})
    await audit_service.record(actor=actor, action="rx.prescribe", target_type="Prescription", target_id=p.id,
                               org_id=p.institution_id,
                               after={"order": order.id, "kind": p.kind, "items": len(lines),
                                      "previous": previous.id if previous else None})
    return p


async def _draft_detail(p: Prescription, doctor: Doctor) -> RxDetailOut:
    items = await core.items_of(p.id)
    _, findings, _ = await run_rules(p, items)
    return await views.detail_out(p, role="doctor", checks=findings, doctor_id=doctor.id,
                                  signature=SignatureCheckOut(valid=False, reason="unsigned", signer="",
                                                              signed_at=None))


@transactional
async def create(*, actor: Principal, data: PrescriptionIn) -> RxDetailOut:
    """A new draft in the consultation, answered with the rules' preview (`checks`)."""
    doctor = await me(actor)
    order = await _order(actor, doctor, data.consult_order_id)
    async with in_transaction():
        order = await ConsultOrder.filter(id=order.id).select_for_update().first()
        if not _open(order):
            raise OrderNotOpen(details={"id": order.id, "state": order.state})
        p = await _new_draft(actor, doctor, order, data)
    return await _draft_detail(p, doctor)


@transactional
async def update(*, actor: Principal, prescription_id: int, data: PrescriptionBody) -> RxDetailOut:
    """Change a draft (the whole body: items and diagnoses replaced)."""
    doctor, p = await _mine(actor, prescription_id)
    async with in_transaction():
        p = await core.load(p.id, lock=True)
        if p.state != State.DRAFT.value:
            raise IllegalTransition(details={"state": p.state, "event": "edit"})
        diagnoses, lines = await _checked_lines(data)
        for k, v in _body_fields(data, diagnoses, lines).items():
            setattr(p, k, v)
        await p.save()
        await _write_lines(p, diagnoses, lines)
        await audit_service.record(actor=actor, action="rx.edit", target_type="Prescription", target_id=p.id,
                                   org_id=p.institution_id, after={"items": len(lines)})
    return await _draft_detail(p, doctor)


def body_of(p: Prescription, items: list[PrescriptionItem]) -> PrescriptionBody:
    """A prescription's content as the body of a new draft (from history, or a revision)."""
    return PrescriptionBody(
        kind=p.kind, clinical=dict(weight_kg=p.weight_kg, pregnancy=p.pregnancy, gestation_weeks=p.gestation_weeks,
                                   allergies=list(p.allergies or []),
                                   current_medication=list(p.current_medication or [])),
        diagnoses=[d["code"] for d in p.diagnoses or []] or ["Z00.0"],
        items=[ItemIn(drug_id=i.drug_id, dose=i.dose, frequency=i.frequency if p.kind != "herbal" else "qd",
                      days=min(i.days, 30), route=i.route, group_no=i.group_no, note=i.note,
                      override_reason=i.override_reason) for i in items],
        herbal_doses=p.herbal_doses, herbal_usage=p.herbal_usage, note=p.note)


@transactional
async def copy(*, actor: Principal, data: CopyIn) -> RxDetailOut:
    """From history: one of the patient's earlier prescriptions copied into a new draft of this
    consultation (today's drugs, prices and clinical state; disabled drugs refused)."""
    doctor = await me(actor)
    order = await _order(actor, doctor, data.consult_order_id)
    source = await Prescription.filter(id=data.prescription_id, patient_id=order.patient_id).first()
    if source is None:
        raise PrescriptionNotFound(details={"id": data.prescription_id})
    body = body_of(source, await core.items_of(source.id))
    async with in_transaction():
        order = await ConsultOrder.filter(id=order.id).select_for_update().first()
        if not _open(order):
            raise OrderNotOpen(details={"id": order.id, "state": order.state})
        p = await _new_draft(actor, doctor, order, body)
        await core.record_event(prescription_id=p.id, event="prescribed", actor_type="doctor", actor_id=actor.id,
                                actor_name=f"{doctor.name}医生", note=f"复制自历史处方 {source.number}",
                                data={"copied_from": source.id})
    return await _draft_detail(p, doctor)


# ---------------------------------------------------------------- signing and after

@transactional
async def sign(*, actor: Principal, prescription_id: int) -> RxDetailOut:
    """The doctor signs the canonical content; in the same transaction the rules review it (an
    `RxReview` of kind auto with the findings and the rule version) and it waits for a pharmacist.
    A dose out of every range without an override reason is 422 rx.dose_override_required."""
    doctor, p = await _mine(actor, prescription_id)
    async with in_transaction():
        p = await core.load(p.id, lock=True)
        if p.state == State.PENDING_REVIEW.value and p.signature_id is not None:
            return await views.detail_out(p, role="doctor", doctor_id=doctor.id)  # signed already
        states.transition(p.state, Event.SIGN)
        items = await core.items_of(p.id)
        await medical.require_enabled_drugs([i.drug_id for i in items])  # disabled since the draft: refused
        version, findings, took = await run_rules(p, items)
        blockers = dose_blockers(findings, items)
        if blockers:
            i = blockers[0]
            raise DoseOverrideRequired(f"{i.drug_name} 的剂量超出常规范围，请填写超量用药理由后再签名",
                                       details={"seq": i.seq, "drug_id": i.drug_id, "drug": i.drug_name,
                                                "items": [b.seq for b in blockers]})
        now = utcnow()
        content = core.content_of(p, items)
        sig = await signing.sign(actor=actor, subject=core.subject(p.id), role="doctor", content=content)
        p.signature_id, p.digest, p.signed_at = sig.id, sig.digest, now
        p.finding_level = worst(findings)
        p.problem = SEVERITY_RANK[p.finding_level] >= SEVERITY_RANK["warning"]
        await core.move(p, Event.SIGN, actor=actor, actor_name=f"{doctor.name}医生",
                        data={"signature_id": sig.id, "digest": sig.digest})
        await RxReview.create(prescription_id=p.id, round=p.review_rounds + 1, kind="auto", ruleset_version=version,
                              findings=findings, took_ms=took)
        await core.record_event(prescription_id=p.id, event="auto_reviewed", actor_type="system",
                                actor_name="审方规则", note=_summary(findings),
                                data={"findings": len(findings), "level": p.finding_level,
                                      "ruleset_version": version})
    return await views.detail_out(p, role="doctor", doctor_id=doctor.id)


def _summary(findings: list[dict]) -> str:
    if not findings:
        return "未发现问题"
    counts = {s: sum(1 for f in findings if f.get("severity") == s) for s in ("error", "warning", "info")}
    labels = {"error": "严重", "warning": "警示", "info": "提示"}
    return "发现问题：" + "，".join(f"{labels[s]} {n} 项" for s, n in counts.items() if n)


@transactional
async def revoke(*, actor: Principal, prescription_id: int) -> RxDetailOut:
    """The doctor withdraws a draft or a prescription still waiting for review."""
    doctor, p = await _mine(actor, prescription_id)
    async with in_transaction():
        p = await core.load(p.id, lock=True)
        if p.state != State.REVOKED.value:
            await core.move(p, Event.REVOKE, actor=actor, actor_name=f"{doctor.name}医生")
    return await views.detail_out(p, role="doctor", doctor_id=doctor.id)


@transactional
async def accept(*, actor: Principal, prescription_id: int) -> RxDetailOut:
    """The doctor accepts the rejection: the prescription is void and a new draft revises it
    (previous_id, modified, version + 1), answered for the doctor to change and sign."""
    doctor, p = await _mine(actor, prescription_id)
    async with in_transaction():
        p = await core.load(p.id, lock=True)
        existing = await Prescription.filter(previous_id=p.id).order_by("id").first()
        if p.state == State.VOID.value and existing is not None:
            return await _draft_detail(existing, doctor)
        await core.move(p, Event.ACCEPT, actor=actor, actor_name=f"{doctor.name}医生", note="医生接受审核意见")
        draft = await _revision(actor, doctor, p)
    return await _draft_detail(draft, doctor)


async def _revision(actor: Principal, doctor: Doctor, p: Prescription) -> Prescription:
    """The new draft revising `p`: its content, drugs still enabled (disabled ones left out for the
    doctor to replace)."""
    items = await core.items_of(p.id)
    enabled = set(await Drug.filter(id__in=[i.drug_id for i in items], enabled=True).values_list("id", flat=True))
    kept = [i for i in items if i.drug_id in enabled] or items[:1]
    diagnoses = [{"code": d["code"], "name": d["name"]} for d in p.diagnoses or []]
    draft = await Prescription.create(
        number=secrets.token_hex(12), state=State.DRAFT.value, consult_order_id=p.consult_order_id,
        doctor_id=doctor.id, department_id=p.department_id, institution_id=p.institution_id,
        patient_id=p.patient_id, account_id=p.account_id, patient_name=p.patient_name, sex=p.sex,
        birth_date=p.birth_date, age_months=p.age_months, previous_id=p.id, version=p.version + 1, modified=True,
        kind=p.kind, weight_kg=p.weight_kg, pregnancy=p.pregnancy, gestation_weeks=p.gestation_weeks,
        allergies=list(p.allergies or []), current_medication=list(p.current_medication or []),
        diagnoses=diagnoses, herbal_doses=p.herbal_doses, herbal_usage=p.herbal_usage, note=p.note,
        total_fen=sum(i.amount_fen for i in kept))
    draft.number = f"CF{utcnow().astimezone(core.CHINA):%Y%m%d}{draft.id:08d}"
    await draft.save(update_fields=["number"])
    await PrescriptionItem.bulk_create([PrescriptionItem(
        prescription_id=draft.id, seq=n, drug_id=i.drug_id, drug_name=i.drug_name, strength=i.strength, form=i.form,
        dose=i.dose, dose_unit=i.dose_unit, frequency=i.frequency, days=i.days, route=i.route, quantity=i.quantity,
        unit=i.unit, price_fen=i.price_fen, amount_fen=i.amount_fen, group_no=i.group_no, note=i.note,
        override_reason=i.override_reason) for n, i in enumerate(kept, start=1)])
    await PrescriptionDiagnosis.bulk_create([PrescriptionDiagnosis(prescription_id=draft.id, **d)
                                             for d in diagnoses])
    await core.record_event(prescription_id=draft.id, event="revised", actor_type="doctor", actor_id=actor.id,
                            actor_name=f"{doctor.name}医生", note=f"修改自处方 {p.number}",
                            data={"previous_id": p.id})
    await core.record_event(prescription_id=p.id, event="revised", actor_type="doctor", actor_id=actor.id,
                            actor_name=f"{doctor.name}医生", note=f"已重新开具处方 {draft.number}",
                            data={"revision_id": draft.id})
    await audit_service.record(actor=actor, action="rx.revise", target_type="Prescription", target_id=draft.id,
                               org_id=draft.institution_id, after={"previous": p.id})
    return draft


@transactional
async def appeal(*, actor: Principal, prescription_id: int, data: AppealIn) -> RxDetailOut:
    """The doctor appeals the rejection once, with a reason; it goes back to the pharmacists."""
    doctor, p = await _mine(actor, prescription_id)
    async with in_transaction():
        p = await core.load(p.id, lock=True)
        if p.state == State.APPEALED.value:
            return await views.detail_out(p, role="doctor", doctor_id=doctor.id)
        if p.state == State.REJECTED.value and p.appealed:
            raise AlreadyAppealed(details={"id": p.id})
        states.transition(p.state, Event.APPEAL)
        review = await core.last_decision(p)
        p.appealed = True
        await core.move(p, Event.APPEAL, actor=actor, actor_name=f"{doctor.name}医生", note=data.reason)
        await RxAppeal.create(prescription_id=p.id, review_id=review.id, reason=data.reason)
    return await views.detail_out(p, role="doctor", doctor_id=doctor.id)


# ---------------------------------------------------------------- reading

async def detail(*, actor: Principal, prescription_id: int) -> RxDetailOut:
    doctor, p = await _mine(actor, prescription_id)
    if p.state == State.DRAFT.value:
        return await _draft_detail(p, doctor)
    return await views.detail_out(p, role="doctor", doctor_id=doctor.id)


async def mine(*, actor: Principal, state: str | None = None, limit: int = 20, offset: int = 0) -> RxPageOut:
    """The doctor's prescriptions, newest first (a state to filter by)."""
    doctor = await me(actor)
    qs = Prescription.filter(doctor_id=doctor.id)
    if state:
        qs = qs.filter(state=state)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return RxPageOut(total=total, page=offset // limit + 1, page_size=limit, items=await views.rows_out(rows))


async def defaults(patient_id: int, patient: Patient | None = None) -> ClinicalDefaultsOut:
    """The clinical state to start from: the patient's last prescription's, with today's age."""
    patient = patient or await Patient.get(id=patient_id)
    last = await Prescription.filter(patient_id=patient_id).exclude(state=State.DRAFT.value).order_by("-id").first() \
        or await Prescription.filter(patient_id=patient_id).order_by("-id").first()
    months = age_months(patient.birth_date)
    return ClinicalDefaultsOut(
        sex=patient.gender or "", age_months=months, age_label=views.age_label(months),
        weight_kg=last.weight_kg if last else None, pregnancy=last.pregnancy if last else "none",
        gestation_weeks=last.gestation_weeks if last else None, allergies=list(last.allergies or []) if last else [],
        current_medication=list(last.current_medication or []) if last else [],
        from_prescription_id=last.id if last else None)


async def order_panel(*, actor: Principal, consult_order_id: int) -> OrderRxOut:
    """A consultation as the prescribing panel opens it."""
    doctor = await me(actor)
    order = await _order(actor, doctor, consult_order_id)
    patient = await Patient.get(id=order.patient_id)
    here = await Prescription.filter(consult_order_id=order.id).order_by("id")
    history = await Prescription.filter(patient_id=order.patient_id).exclude(consult_order_id=order.id) \
        .exclude(state=State.DRAFT.value).order_by("-id").limit(HISTORY_MAX)
    requests = await ExamRequest.filter(consult_order_id=order.id).order_by("id")
    await audit_service.record(actor=actor, action="rx.history", target_type="ConsultOrder", target_id=order.id,
                               org_id=order.institution_id, after={"history": len(history)})
    return OrderRxOut(consult_order_id=order.id, order_state=order.state, patient_id=order.patient_id,
                      patient_name=order.patient_name or patient.name, can_prescribe=_open(order),
                      clinical=await defaults(order.patient_id, patient), prescriptions=await views.rows_out(here),
                      requests=[await request_out(r, doctor.name) for r in requests],
                      history=await views.rows_out(history))


# ---------------------------------------------------------------- lab and imaging requests

def request_content(r: ExamRequest) -> dict:
    return {"type": "exam_request", "id": r.id, "number": r.number, "kind": r.kind,
            "consult_order_id": r.consult_order_id, "doctor_id": r.doctor_id, "patient_id": r.patient_id,
            "institution_id": r.institution_id, "items": list(r.items or []), "clinical": r.clinical or "",
            "diagnoses": list(r.diagnoses or []), "total_fen": r.total_fen}


async def request_out(r: ExamRequest, doctor_name: str) -> ExamRequestOut:
    if r.signature_id is None:
        check = SignatureCheckOut(valid=False, reason="unsigned", signer="", signed_at=None)
    else:
        v = await signing.verify(signature_id=r.signature_id, content=request_content(r))
        check = SignatureCheckOut(valid=v.valid, reason=v.reason, signer=v.signer_name or "", signed_at=v.signed_at)
    return ExamRequestOut(id=r.id, number=r.number, kind=r.kind, state=r.state, consult_order_id=r.consult_order_id,
                          patient_id=r.patient_id, doctor_name=doctor_name, items=list(r.items or []),
                          clinical=r.clinical or "", diagnoses=[dict(code=d.get("code", ""), name=d.get("name", ""))
                                                                for d in r.diagnoses or []],
                          total_fen=r.total_fen, signed_at=r.signed_at, signature=check, created_at=r.created_at)


@transactional
async def create_request(*, actor: Principal, data: ExamRequestIn) -> ExamRequestOut:
    """A lab or imaging request (申请单), signed by the doctor at once."""
    doctor = await me(actor)
    order = await _order(actor, doctor, data.consult_order_id)
    charge_items = await medical.require_charge_items(data.items)
    diagnoses = await medical.require_diagnoses(data.diagnoses) if data.diagnoses else []
    async with in_transaction():
        order = await ConsultOrder.filter(id=order.id).select_for_update().first()
        if not _open(order):
            raise OrderNotOpen(details={"id": order.id, "state": order.state})
        items = [{"charge_item_id": c.id, "code": c.code, "name": c.name, "price_fen": c.price_fen,
                  "specimen": c.specimen, "category": c.category} for c in charge_items]
        r = await ExamRequest.create(
            number=secrets.token_hex(12), kind=data.kind, state="draft", consult_order_id=order.id,
            doctor_id=doctor.id, department_id=order.department_id, institution_id=order.institution_id,
            patient_id=order.patient_id, items=items, clinical=data.clinical,
            diagnoses=[{"code": d.code, "name": d.name} for d in diagnoses],
            total_fen=sum(c.price_fen for c in charge_items))
        r.number = f"SQ{utcnow().astimezone(core.CHINA):%Y%m%d}{r.id:08d}"
        await r.save(update_fields=["number"])
        sig = await signing.sign(actor=actor, subject=f"{REQUEST_SUBJECT}:{r.id}", role="doctor",
                                 content=request_content(r))
        r.signature_id, r.signed_at, r.state = sig.id, utcnow(), "signed"
        await r.save(update_fields=["signature_id", "signed_at", "state"])
        await audit_service.record(actor=actor, action="rx.request", target_type="ExamRequest", target_id=r.id,
                                   org_id=r.institution_id, after={"order": order.id, "kind": r.kind,
                                                                   "items": len(items)})
    return await request_out(r, doctor.name)


async def request_detail(*, actor: Principal, request_id: int) -> ExamRequestOut:
    doctor = await me(actor)
    r = await ExamRequest.filter(id=request_id).first()
    if r is None or r.doctor_id != doctor.id:
        if r is not None:
            await audit_service.record_denied(actor=actor, action="rx.request_read", target_type="ExamRequest",
                                              target_id=request_id, reason="not the requesting doctor")
        raise RequestNotFound(details={"id": request_id})
    return await request_out(r, doctor.name)


async def tell_doctor(p: Prescription, *, title: str, body: str) -> None:
    """A console message to the prescribing doctor (处方审核提醒)."""
    account_id = await Doctor.filter(id=p.doctor_id).first().values_list("account_id", flat=True)
    if account_id:
        await notify_service.notify(admin_account_id=account_id, kind="rx.review", title=title[:128],
                                    body=f"{p.number}：{body}"[:1000], link=core.DESK_LINK.format(id=p.id))
