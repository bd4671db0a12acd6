"""The pharmacist's review (seed 004 处方审核, 药师审查及干预): the queue of the hospitals in scope,
a prescription with the rules' findings, pass or reject with reasons, intervention on an approved
prescription not yet dispensed, and the appeals that come back.

Why signed: the pharmacist's decision is a clinical act like the doctor's; it is signed over the
review's content, which names the prescription's digest (`service.review_content`), so the
pharmacy and the insurance centre can check both signatures (`require_dispensable`). A pass over a
prescription whose rows no longer match the doctor's signature is refused (409
signing.document_altered, audited).

Rejection reasons are the dictionary `rx_reject_reason` (core/dicts, registered in core/wiring.py
through `register_dictionary`; a hospital edits the labels). The queue is live on
`rx_review:<institution_id>` (core/topics: a console ticket of a pharmacist with the hospital in
scope); oldest first (the one waiting longest).
"""
from __future__ import annotations

from tortoise.transactions import in_transaction

from core import scope, topics
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.dicts import service as dicts_service
from core.dicts.models import DictItem
from core.doctors.models import Doctor
from core.errors import NotFound
from core.notify import service as notify_service
from core.orgs.models import OrgNode
from core.principal import Principal
from core.rx import service as core
from core.rx import states, views
from core.rx.errors import AlreadyDispensed, PrescriptionNotFound, ReasonsRequired, UnknownReason
from core.rx.models import Prescription, RxAppeal, RxReview
from core.rx.schemas import InterveneIn, ReasonOut, ReviewIn, RxDetailOut, RxPageOut
from core.rx.states import Event, State
from core.signing import service as signing

PERM_READ, PERM_REVIEW = "rx.read", "rx.review"
REJECT_REASONS = [("contraindication", "用药禁忌"), ("dose", "剂量不适宜"), ("duplicate", "重复用药"),
                  ("interaction", "药物相互作用"), ("allergy", "过敏风险"), ("pregnancy", "妊娠哺乳期用药不适宜"),
                  ("diagnosis", "诊断与用药不符"), ("other", "其他")]


def register_dictionary() -> None:
    """Start-up wiring: the rejection reasons' dictionary with its defaults."""
    dicts_service.register_kind(views.REJECT_REASON_KIND, label="审方不通过理由", permission=PERM_REVIEW,
                                defaults=REJECT_REASONS)


async def _scoped(actor: Principal, prescription_id: int) -> Prescription:
    try:
        return await scope.get(actor, Prescription, prescription_id)
    except NotFound:
        raise PrescriptionNotFound(details={"id": prescription_id}) from None


async def reasons() -> list[ReasonOut]:
    await dicts_service.ensure_defaults(views.REJECT_REASON_KIND)
    return [ReasonOut(code=c, label=label) for c, label in await DictItem.filter(
        kind=views.REJECT_REASON_KIND, active=True).order_by("sort", "id").values_list("code", "label")]


async def reject_reasons(*, actor: Principal) -> list[ReasonOut]:
    await scope.require(actor, PERM_READ)
    return await reasons()


async def _check_reasons(codes: list[str]) -> list[str]:
    if not codes:
        raise ReasonsRequired()
    known = {r.code for r in await reasons()}
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise UnknownReason(details={"codes": unknown})
    return list(dict.fromkeys(codes))


async def queue(*, actor: Principal, state: str | None = None, limit: int = 20, offset: int = 0) -> RxPageOut:
    """待审处方 (and appeals) of the hospitals in scope, the longest waiting first."""
    await scope.require(actor, PERM_REVIEW)
    qs = scope.scoped(actor, Prescription).filter(state__in=[state] if state else list(states.QUEUE))
    total = await qs.count()
    rows = await qs.order_by("signed_at", "id").offset(offset).limit(limit)
    return RxPageOut(total=total, page=offset // limit + 1, page_size=limit, items=await views.rows_out(rows))


async def detail(*, actor: Principal, prescription_id: int) -> RxDetailOut:
    """A prescription as the pharmacist reviews it; the doctor's signature verified now (an altered
    one shows valid=false and the refusal is audited)."""
    await scope.require(actor, PERM_READ)
    p = await _scoped(actor, prescription_id)
    out = await views.detail_out(p, role="pharmacist")
    if p.signature_id is not None and not out.signature.valid:
        await audit_service.record(actor=actor, action="signing.refused", target_type="Prescription",
                                   target_id=p.id, outcome="denied", org_id=p.institution_id,
                                   after={"subject": core.subject(p.id), "reason": out.signature.reason})
    await audit_service.record(actor=actor, action="rx.read", target_type="Prescription", target_id=p.id,
                               org_id=p.institution_id)
    return out


async def _sign_review(actor: Principal, p: Prescription, review: RxReview) -> None:
    sig = await signing.sign(actor=actor, subject=f"{core.REVIEW_SUBJECT}:{review.id}", role="pharmacist",
                             content=core.review_content(review, p))
    review.signature_id = sig.id
    await review.save(update_fields=["signature_id"])


async def _doctor_account(p: Prescription) -> int | None:
    return await Doctor.filter(id=p.doctor_id).first().values_list("account_id", flat=True)


async def _tell_doctor(p: Prescription, title: str, body: str) -> None:
    account_id = await _doctor_account(p)
    if account_id:
        await notify_service.notify(admin_account_id=account_id, kind="rx.review", title=title[:128],
                                    body=f"{p.number}：{body}"[:1000], link=core.DESK_LINK.format(id=p.id))


async def _tell_patient(p: Prescription) -> None:
    if p.account_id is None:
        return
    hospital = await OrgNode.filter(id=p.institution_id).first().values_list("name", flat=True)
    message = await notify_service.notify(
        account_id=p.account_id, kind="rx.approved", title="处方已审核通过，去购药",
        body=f"{hospital or ''}处方 {p.number} 已由药师审核通过，请在 {core.local(p.valid_until)} 前购药（配送或到院自取）",
        link=core.PATIENT_LINK.format(id=p.id))
    await notify_service.push([message])


@transactional
async def review(*, actor: Principal, prescription_id: int, data: ReviewIn) -> RxDetailOut:
    """Pass or reject (with reasons from the dictionary); the decision is signed. From appealed: pass
    grants the appeal, reject upholds the rejection (then the doctor can only accept)."""
    await scope.require(actor, PERM_REVIEW)
    p = await _scoped(actor, prescription_id)
    codes = await _check_reasons(data.reasons) if data.decision == "reject" else []
    if data.decision == "pass" and p.state in states.QUEUE:
        await core.require_intact(actor=actor, p=p)  # outside the transaction: the refusal stays audited
    name = await views.pharmacist_name(actor.id)
    async with in_transaction():
        p = await core.load(p.id, lock=True)
        target = State.APPROVED if data.decision == "pass" else State.REJECTED
        last = await core.last_decision(p)
        if p.state == target.value and last is not None and last.decision == data.decision \
                and last.pharmacist_id == actor.id and last.kind == "pharmacist":
            return await views.detail_out(p, role="pharmacist")  # the same decision again
        event = Event.PASS if data.decision == "pass" else Event.REJECT
        states.transition(p.state, event)
        from_appeal = p.state == State.APPEALED.value
        now = utcnow()
        p.review_rounds += 1
        auto = await RxReview.filter(prescription_id=p.id, kind="auto").order_by("-id").first()
        r = await RxReview.create(prescription_id=p.id, round=p.review_rounds, kind="pharmacist",
                                  ruleset_version=auto.ruleset_version if auto else None, decision=data.decision,
                                  reasons=codes, note=data.note, pharmacist_id=actor.id, pharmacist_name=name,
                                  took_ms=int((now - p.signed_at).total_seconds() * 1000) if p.signed_at else None)
        await _sign_review(actor, p, r)
        p.reviewer_id, p.reviewed_at = actor.id, now
        if target == State.APPROVED:
            p.valid_until = core.valid_until_from(now)
        else:
            p.problem = True
        labels = await views.reason_labels()
        note = "；".join([labels.get(c, c) for c in codes] + ([data.note] if data.note else []))
        await core.move(p, event, actor=actor, actor_name=name, note=note,
                        data={"review_id": r.id, "reasons": codes, "round": r.round, "appeal": from_appeal})
        if from_appeal:
            await RxAppeal.filter(prescription_id=p.id, state="open").update(
                state="granted" if target == State.APPROVED else "upheld", decided_review_id=r.id)
        if target == State.APPROVED:
            await _tell_patient(p)
            if from_appeal:
                await _tell_doctor(p, "处方申诉已通过", "药师已同意您的申诉，处方审核通过")
        else:
            await _tell_doctor(p, "处方审核提醒",
                               ("药师维持审核不通过，请接受并修改处方：" if from_appeal else
                                "处方审核未通过，请接受并修改，或提出申诉：") + note)
    return await views.detail_out(p, role="pharmacist")


@transactional
async def intervene(*, actor: Principal, prescription_id: int, data: InterveneIn) -> RxDetailOut:
    """药师干预: an approved prescription not yet dispensed goes back to rejected (event rx.intervened:
    the pharmacy refunds a paid order); the doctor is told and accepts or appeals."""
    await scope.require(actor, PERM_REVIEW)
    p = await _scoped(actor, prescription_id)
    codes = await _check_reasons(data.reasons)
    name = await views.pharmacist_name(actor.id)
    async with in_transaction():
        p = await core.load(p.id, lock=True)
        last = await core.last_decision(p)
        if p.state == State.REJECTED.value and last is not None and last.kind == "intervention":
            return await views.detail_out(p, role="pharmacist")
        states.transition(p.state, Event.INTERVENE)
        if await core.dispensed(p.id):
            raise AlreadyDispensed(details={"id": p.id})
        p.review_rounds += 1
        r = await RxReview.create(prescription_id=p.id, round=p.review_rounds, kind="intervention",
                                  decision="reject", reasons=codes, note=data.note, pharmacist_id=actor.id,
                                  pharmacist_name=name)
        await _sign_review(actor, p, r)
        p.reviewer_id, p.reviewed_at, p.problem, p.appealed = actor.id, utcnow(), True, False
        labels = await views.reason_labels()
        note = "；".join([labels.get(c, c) for c in codes] + ([data.note] if data.note else []))
        await core.move(p, Event.INTERVENE, actor=actor, actor_name=name, note=note,
                        data={"review_id": r.id, "reasons": codes})
        await _tell_doctor(p, "处方干预提醒", f"药师已干预该处方：{note}")
    return await views.detail_out(p, role="pharmacist")


# ---------------------------------------------------------------- the live queue

async def _topic_access(actor: Principal, tid: str) -> topics.TopicAccess:
    if actor.kind != "admin" or not actor.has(PERM_REVIEW) or not tid.isdigit():
        raise NotFound()
    await scope.get(actor, OrgNode, int(tid))
    return topics.TopicAccess()


def register_topics() -> None:
    """Start-up wiring: `rx_review:<institution_id>` tells the pharmacists' screens the queue changed."""
    topics.register(topics.TopicKind(core.REVIEW_TOPIC, authorise=_topic_access))
