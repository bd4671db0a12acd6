"""Prescriptions: the one place where a prescription moves, its signed content, its verification
and its timeline, and the public functions other domains use (`content_of`, `require_dispensable`,
`record_event`).

Why one `move`: every change of a prescription's state does the same things together in one
transaction — the state (refused when core/rx/states.py does not allow it), a timeline row
(`RxEvent`), the audit row, and the domain event others follow (`rx.signed`, `rx.approved`,
`rx.rejected`, `rx.intervened`, `rx.appealed`, `rx.voided`, `rx.expired`; the pharmacy refunds a
paid order on `rx.intervened`). The doctor's use cases are in `prescribing.py`, the pharmacist's in
`review.py`, the patient's in `patient.py`, the timeline as each role sees it in `timeline.py`.

Why a canonical content: the doctor signs `content_of(prescription, items)` (core/signing's
canonical JSON of it); the same function rebuilds it from the rows whenever the prescription is
shown, dispensed or sent onward, so a row changed in the database after signing no longer matches
its signature and is refused (409 `signing.document_altered`, audited by core/signing).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.transactions import in_transaction

from core import jobs
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.events import service as events
from core.pharmacy.models import RxOrder
from core.principal import SYSTEM, Principal
from core.rx import states
from core.rx.errors import NotApproved, PrescriptionNotFound
from core.rx.models import Prescription, PrescriptionItem, RxEvent, RxReview
from core.rx.schemas import SignatureCheckOut
from core.rx.states import Event, State
from core.signing import service as signing

CHINA = ZoneInfo("Asia/Shanghai")
VALID_DAYS = 3  # 《处方管理办法》第十八条: valid on the day, extended by the doctor to 3 days at most
SUBJECT, REVIEW_SUBJECT = "rx.prescription", "rx.review"
# Domain events (payload: prescription_id, institution_id, patient_id, account_id).
EVENTS = {Event.SIGN: "rx.signed", Event.PASS: "rx.approved", Event.REJECT: "rx.rejected",
          Event.INTERVENE: "rx.intervened", Event.APPEAL: "rx.appealed", Event.ACCEPT: "rx.voided",
          Event.EXPIRE: "rx.expired", Event.REVOKE: "rx.revoked"}
TIMELINE_OF = {Event.SIGN: "signed", Event.PASS: "passed", Event.REJECT: "rejected", Event.INTERVENE: "intervened",
               Event.APPEAL: "appealed", Event.ACCEPT: "accepted", Event.EXPIRE: "expired", Event.REVOKE: "revoked"}
REVIEW_TOPIC = "rx_review"  # rx_review:<institution_id>: the pharmacists' queue changed
PATIENT_LINK = "/rx/prescriptions/{id}"
DESK_LINK = "/admin/workstation/consult?rx={id}"


def subject(prescription_id: int) -> str:
    return f"{SUBJECT}:{prescription_id}"


def review_topic(institution_id: int) -> str:
    return f"{REVIEW_TOPIC}:{institution_id}"


def local(value: dt.datetime | None) -> str:
    return value.astimezone(CHINA).strftime("%m-%d %H:%M") if value else ""


def actor_type(actor: Principal) -> str:
    if actor.kind == "mp":
        return "patient"
    if actor.kind == "admin":
        if "doctor" in actor.roles:
            return "doctor"
        return "pharmacist" if actor.has("rx.review") else "admin"
    return "system"


def _num(d: Decimal | None) -> str | None:
    """A decimal as the same string whatever scale the database gave back (500.000 → "500")."""
    if d is None:
        return None
    text = format(Decimal(d).normalize(), "f")
    return text


# ---------------------------------------------------------------- the signed content

def content_of(prescription: Prescription, items: list[PrescriptionItem]) -> dict[str, Any]:
    """What the doctor signs: everything that decides what is dispensed, to whom and why. Built the same
    way from the rows at signing and at every verification."""
    p = prescription
    return {
        "type": "prescription", "id": p.id, "number": p.number, "kind": p.kind, "version": p.version,
        "previous_id": p.previous_id, "consult_order_id": p.consult_order_id, "doctor_id": p.doctor_id,
        "department_id": p.department_id, "institution_id": p.institution_id,
        "patient": {"id": p.patient_id, "name": p.patient_name or "", "sex": p.sex,
                    "birth_date": p.birth_date.isoformat() if p.birth_date else None, "age_months": p.age_months,
                    "weight_kg": _num(p.weight_kg), "pregnancy": p.pregnancy, "gestation_weeks": p.gestation_weeks,
                    "allergies": list(p.allergies or []), "current_medication": list(p.current_medication or [])},
        "diagnoses": [{"code": d.get("code", ""), "name": d.get("name", "")} for d in (p.diagnoses or [])],
        "herbal_doses": p.herbal_doses, "herbal_usage": p.herbal_usage, "note": p.note, "total_fen": p.total_fen,
        "items": [{"seq": i.seq, "drug_id": i.drug_id, "drug_name": i.drug_name, "strength": i.strength,
                   "form": i.form, "dose": _num(i.dose), "dose_unit": i.dose_unit, "frequency": i.frequency,
                   "days": i.days, "route": i.route, "quantity": i.quantity, "unit": i.unit,
                   "price_fen": i.price_fen, "amount_fen": i.amount_fen, "group_no": i.group_no, "note": i.note,
                   "override_reason": i.override_reason}
                  for i in sorted(items, key=lambda i: i.seq)],
    }


def review_content(review: RxReview, prescription: Prescription) -> dict[str, Any]:
    """What the pharmacist signs: the decision over the prescription's signed digest."""
    return {"type": "rx_review", "id": review.id, "prescription_id": prescription.id,
            "prescription_digest": prescription.digest, "round": review.round, "kind": review.kind,
            "decision": review.decision, "reasons": list(review.reasons or []), "note": review.note,
            "ruleset_version": review.ruleset_version, "pharmacist_id": review.pharmacist_id}


async def load(prescription_id: int, *, lock: bool = False) -> Prescription:
    qs = Prescription.filter(id=prescription_id)
    if lock:
        qs = qs.select_for_update()
    p = await qs.first()
    if p is None:
        raise PrescriptionNotFound(details={"id": prescription_id})
    return p


async def items_of(prescription_id: int) -> list[PrescriptionItem]:
    return await PrescriptionItem.filter(prescription_id=prescription_id).order_by("seq")


async def signature_check(p: Prescription, items: list[PrescriptionItem] | None = None) -> SignatureCheckOut:
    """The doctor's signature over the rows as they are now (public key only)."""
    if p.signature_id is None:
        return SignatureCheckOut(valid=False, reason="unsigned", signer="", signed_at=None)
    items = items if items is not None else await items_of(p.id)
    v = await signing.verify(signature_id=p.signature_id, content=content_of(p, items))
    return SignatureCheckOut(valid=v.valid, reason=v.reason, signer=v.signer_name or "", signed_at=v.signed_at)


async def require_intact(*, actor: Principal, p: Prescription, items: list[PrescriptionItem] | None = None) -> None:
    """The doctor's signature holds over the rows, else 409 signing.document_altered (audited by signing)."""
    items = items if items is not None else await items_of(p.id)
    if p.signature_id is None:
        raise NotApproved("处方尚未签名", details={"id": p.id, "state": p.state})
    await signing.require_valid(actor=actor, signature_id=p.signature_id, content=content_of(p, items),
                                subject=subject(p.id))


async def last_decision(p: Prescription) -> RxReview | None:
    return await RxReview.filter(prescription_id=p.id, kind__in=("pharmacist", "intervention")) \
        .order_by("-id").first()


async def require_dispensable(*, actor: Principal, prescription_id: int) -> Prescription:
    """For the pharmacy (checkout, dispensing, pick-up) and the insurance centre (upload): the
    prescription is approved and both signatures hold — the doctor's over its content, the
    pharmacist's over the passing review. 409 `rx.not_approved` / `signing.document_altered`."""
    p = await load(prescription_id)
    if p.state != State.APPROVED.value:
        raise NotApproved(details={"id": p.id, "state": p.state, "label": states.LABELS[State(p.state)]})
    await require_intact(actor=actor, p=p)
    review = await last_decision(p)
    if review is None or review.decision != "pass" or review.signature_id is None:
        raise NotApproved("处方缺少药师审核签名", details={"id": p.id})
    await signing.require_valid(actor=actor, signature_id=review.signature_id, content=review_content(review, p),
                                subject=f"{REVIEW_SUBJECT}:{review.id}")
    return p


# ---------------------------------------------------------------- the timeline

async def record_event(*, prescription_id: int, event: str, actor_type: str, actor_id: int | None = None,
                       actor_name: str = "", note: str = "", data: dict | None = None, order_id: int | None = None,
                       item_seq: int | None = None) -> RxEvent:
    """One step of the prescription's timeline (医嘱处理时间轴), in the caller's transaction. The
    pharmacy, payments' consumers and the insurance centre write theirs through this; `event` is one
    of core/rx/states.py TIMELINE's names."""
    if event not in states.TIMELINE:
        raise ValueError(f"unknown timeline event {event!r}")
    return await RxEvent.create(prescription_id=prescription_id, event=event, actor_type=actor_type[:16],
                                actor_id=actor_id, actor_name=(actor_name or "")[:64], note=(note or "")[:500],
                                data=data or {}, order_id=order_id, item_seq=item_seq)


# ---------------------------------------------------------------- moving

async def move(p: Prescription, event: Event, *, actor: Principal, actor_name: str = "", note: str = "",
               data: dict | None = None) -> None:
    """Fire `event` on the row-locked prescription inside the caller's transaction: state, timeline,
    audit and the domain event; saves whatever the caller changed on the row."""
    t = states.transition(p.state, event)
    before = p.state
    p.state = t.target.value
    await p.save()
    await record_event(prescription_id=p.id, event=TIMELINE_OF[event], actor_type=actor_type(actor),
                       actor_id=actor.id, actor_name=actor_name or actor.name, note=note, data=data)
    await audit_service.record(actor=actor, action=f"rx.{event.value}", target_type="Prescription", target_id=p.id,
                               org_id=p.institution_id, after={"from": before, "to": p.state, "note": note[:200]})
    await events.emit(EVENTS[event], {"prescription_id": p.id, "institution_id": p.institution_id,
                                      "patient_id": p.patient_id, "account_id": p.account_id})
    if before in states.QUEUE or p.state in states.QUEUE:
        await events.emit("rx.queue_changed", {"prescription_id": p.id, "state": p.state},
                          topic=review_topic(p.institution_id))


def valid_until_from(now: dt.datetime) -> dt.datetime:
    return now + dt.timedelta(days=VALID_DAYS)


async def expire_due(*, now: dt.datetime | None = None, limit: int = 500) -> int:
    """Approved prescriptions nobody paid for before `valid_until` expire (a sweep; idempotent; a
    failing one is logged and left for the next run)."""
    now = now or utcnow()
    ids = await Prescription.filter(state=State.APPROVED.value, valid_until__lt=now).order_by("id").limit(limit) \
        .values_list("id", flat=True)
    run = await jobs.per_item("rx_expire", ids, lambda pid: _expire_one(pid, now))
    return sum(r or 0 for r in run.results)


async def sweep_expired_prescriptions(ctx: dict) -> int:
    """The periodic job of `expire_due` (registered in core/wiring.py)."""
    return await expire_due()


@transactional
async def _expire_one(prescription_id: int, now: dt.datetime) -> int:
    async with in_transaction():
        p = await load(prescription_id, lock=True)
        if p.state != State.APPROVED.value or p.valid_until is None or p.valid_until >= now \
                or await _has_paid_order(p.id):
            return 0
        await move(p, Event.EXPIRE, actor=SYSTEM, actor_name="系统", note="处方超过有效期未购药，已失效")
        return 1


async def _has_paid_order(prescription_id: int) -> bool:
    return await RxOrder.filter(prescription_id=prescription_id, paid_at__isnull=False).exists()


async def dispensed(prescription_id: int) -> bool:
    """Has the pharmacy dispensed it (an intervention is too late then)?"""
    return await RxOrder.filter(prescription_id=prescription_id, dispensed_at__isnull=False).exists()
