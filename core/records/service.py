"""Use cases of medical-record copy requests (seed 003, 一键式病案服务), both sides.

Why: a discharged patient (or a relative they granted it to) asks a hospital
for copies of archived inpatient records from the phone, and the hospital's
record room reviews, prepares and delivers them online. Each step guards a
different thing, and this module is where the guards are:

* who may ask for whom: one's own patients (就诊人), or another member's under
  a family grant of scope `record_requests` (core/family/service.py), every
  access under a grant logged where the grantor sees it;
* that the person is who they say: an identity check (core/records/identity.py)
  passed within IDENTITY_VALID, before the HIS is even asked;
* that there is something to copy: the institution's HIS adapter
  (core/his/adapter.py) finds the patient and archived stays, or the request
  stops (records.no_archived_records);
* the order's life: core/records/states.py, every move on the timeline and
  notified to the requester (core/notify), new requests to the record room;
* the record room's reach: `records.read` / `records.review` / `records.manage`
  within its subtree of the org tree (core/scope.py), outside looks absent;
* the copy: checked as a PDF by content, or drawn from the HIS's structured
  documents, stored content-addressed, downloaded through a short-lived signed
  link, stamped with the downloader's watermark on every page, counted and
  audited; the copy expires RECORD_COPY_DAYS after it is ready.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import secrets
from collections import Counter
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core import batch, crypto, jobs, pii, scope
from core.accounts.models import AdminAccount
from core.audit import service as audit_service
from core.cache import redis
from core.db import utcnow, transactional
from core.dicts import service as dicts_service
from core.errors import AppError, NotFound, Unauthorized
from core.family import service as family_service
from core.family.models import Patient
from core.his import adapter as his
from core.localtime import LocalDay, within_days
from core.masking import mask_name, mask_phone
from core.events import service as events
from core.notify import service as notify_service
from core.notify.models import Message
from core.orgs.models import OrgKind, OrgNode
from core.payments import purposes as payment_purposes
from core.payments import service as payments
from core.payments.schemas import CheckoutOut, OrderOut
from core.principal import SYSTEM, Principal
from core.records import identity, states
from core.records.errors import (
    AdmissionUnknown, CopyExpired, DepartmentExists, DictUnknown, IdentityRequired, IllegalTransition,
    InstitutionUnavailable,
    NoArchivedRecords, NoDocuments, NothingToPay, ReasonRequired, TooManyChecks, UnknownAdapter,
)
from core.records.models import Department, IdentityCheck, RecordRequest, RecordRequestEvent, RecordRoom
from core.records.schemas import (
    AdmissionOut, ArchivedOut, CheckedInstitutionOut, ConsoleRequestOut, CopyCountsOut, CopyReadyOut, DepartmentOut,
    DownloadLinkOut, FormOptionsOut, IdentityCheckOut, IdentityEvidenceOut, MailDetailOut, MyRequestsOut,
    NamedPatientOut, NoDetailOut, PatientRequestOut, PayStartOut, RecordCodeOut, RecordInstitutionOut,
    RequestGroupCountsOut, RequestGroupOut, RequestKeyCountOut, RequestOut, RequestPatientOut, RequestPaymentOut,
    RequestStateCountOut, RequestStatsOut, ReviewedOut, RoomOut, TimelineEntryOut,
)
from core.records.states import Event, State
from core.settings import get_settings
from media import links, record_copies
from media.storage import ObjectMissing, get_storage

PERM_READ, PERM_REVIEW, PERM_MANAGE = "records.read", "records.review", "records.manage"
GRANT_SCOPE = "record_requests"
PURPOSE, CONTENT = "record_purpose", "record_content"
IDENTITY_VALID = dt.timedelta(hours=2)  # from the identity check to the submission
MAX_FAILED_CHECKS_PER_DAY = 5  # per account: beyond, the record room's counter
PHOTO_LINK_SECONDS = 900
DELIVERIES = {"download": "在线下载", "mail": "邮寄", "pickup": "到院自取"}
CHINA = ZoneInfo("Asia/Shanghai")

# The business dictionaries of record copies (registered with core/dicts at start-up, core/wiring.py).
DICT_KINDS = {
    PURPOSE: ("病案复印用途", PERM_MANAGE, [
        ("self", "本人留存"), ("medical_insurance", "医保报销"), ("commercial_insurance", "商业保险理赔"),
        ("legal", "法律事务"), ("other", "其他")]),
    CONTENT: ("病案复印内容", PERM_MANAGE, [
        ("front_page", "病案首页"), ("discharge_summary", "出院小结"), ("operation", "手术记录"),
        ("lab", "检验报告"), ("exam", "检查报告"), ("orders", "医嘱单"), ("nursing", "护理记录"),
        ("consent", "知情同意书")]),
}


async def purpose_in_use(code: str) -> bool:
    return await RecordRequest.filter(purpose=code).exists()


async def content_in_use(code: str) -> bool:
    # JSON containment is not portable across SQLite and MySQL; deleting an item is rare.
    return any(code in (c or []) for c in await RecordRequest.all().values_list("contents", flat=True))


# =================================================================== helpers

def _mp(actor: Principal) -> int:
    if actor.kind != "mp" or actor.id is None:
        raise Unauthorized()
    return actor.id


async def _room(institution_id: int) -> RecordRoom:
    """The enabled record room of a live medical institution, or InstitutionUnavailable."""
    room = await RecordRoom.get_or_none(institution_id=institution_id, enabled=True).prefetch_related("institution")
    if room is None or room.institution.deleted_at is not None:
        raise InstitutionUnavailable(details={"institution_id": institution_id})
    return room


async def _patient(actor: Principal, patient_id: int, *, act: bool):
    """The patient the actor may see (or act for): its own, or another member's under a grant."""
    _mp(actor)
    grant = await family_service.authorize(actor=actor, patient_id=patient_id, scope=GRANT_SCOPE, act=act)
    patient = await Patient.get_or_none(id=patient_id, deleted_at__isnull=True)
    if patient is None:
        raise NotFound("就诊人不存在", details={"patient_id": patient_id})
    return patient, grant


async def _log_access(actor: Principal, grant: Any, action: str, target_type: str, target_id: Any) -> None:
    if grant is not None:
        await family_service.log_access(actor=actor, grant=grant, action=action, target_type=target_type,
                                        target_id=str(target_id))


async def _fresh_check(actor: Principal, patient: Patient, check_id: int | None = None) -> IdentityCheck:
    """The passed identity check of this patient by this account, not older than IDENTITY_VALID."""
    qs = IdentityCheck.filter(account_id=actor.id, patient_id=patient.id)
    check = await (qs.filter(id=check_id).first() if check_id is not None else qs.order_by("-id").first())
    if check is None:
        raise IdentityRequired(details={"reason": "missing"})
    if check.outcome != "passed":
        raise IdentityRequired("身份核验未通过，请重新核验", details={"reason": "failed"})
    if check.at < utcnow() - IDENTITY_VALID:
        raise IdentityRequired("身份核验已过期，请重新核验", details={"reason": "stale"})
    return check


async def _archived(room: RecordRoom, patient: Patient) -> tuple[his.PatientRef, list[his.Admission]]:
    """The patient's archived stays in the institution's HIS, or NoArchivedRecords."""
    adapter = his.get_adapter(room)
    ref = await adapter.find_patient(id_number=patient.id_number, name=patient.name)
    admissions = await adapter.archived_admissions(ref) if ref is not None else []
    if ref is None or not admissions:
        raise NoArchivedRecords(details={"institution_id": room.institution_id, "patient_known": ref is not None})
    return ref, admissions


def _local(value: dt.datetime | None) -> str | None:
    return value.astimezone(CHINA).strftime("%Y-%m-%d %H:%M") if value else None


def _actor_type(actor: Principal) -> str:
    return {"mp": "patient", "admin": "admin"}.get(actor.kind, "system")


def _patient_link(req: RecordRequest) -> str:
    return f"/records/requests/{req.id}"


def _console_link(req: RecordRequest) -> str:
    return f"/admin/records/requests/{req.id}"


async def _move(req: RecordRequest, event: Event, *, actor: Principal, note: str = "") -> Message:
    """Fire `event` on the (row-locked) request: new state saved, on the timeline, and told to the requester."""
    before = req.state
    req.state = states.fire(req.state, event).value
    await req.save(update_fields=["state", "updated_at"])
    text = note or states.EVENT_NOTES[event]
    await RecordRequestEvent.create(request_id=req.id, from_state=before, to_state=req.state,
                                    actor_type=_actor_type(actor), actor_id=actor.id, note=text[:500])
    await events.emit("records.request_state_changed", {"id": req.id, "from": before, "to": req.state},
                      topic=f"account:{req.requester_id}")
    label = states.LABELS[State(req.state)]
    return await notify_service.notify(account_id=req.requester_id, kind="record_request.state",
                                       title=f"病案复印申请{label}", body=f"申请号 {req.number}：{text}",
                                       link=_patient_link(req))


async def _push_last(messages: list[Message]) -> None:
    """Push the last change of an operation outside the app (the earlier ones are in the app);
    inside the transaction: the push is queued exactly when the change commits."""
    await notify_service.push(messages[-1:])


async def _labels() -> tuple[dict[str, str], dict[str, str]]:
    return await dicts_service.labels(kind=PURPOSE), await dicts_service.labels(kind=CONTENT)


def _delivery_detail(req: RecordRequest) -> MailDetailOut | NoDetailOut:
    d = dict(req.delivery_detail or {})
    if not d:
        return NoDetailOut()
    if d.get("phone"):
        d["phone"] = mask_phone(crypto.decrypt(d["phone"]))
    return MailDetailOut.model_validate(d)


async def _timeline(req: RecordRequest) -> list[TimelineEntryOut]:
    rows = await RecordRequestEvent.filter(request_id=req.id).order_by("id")
    return [TimelineEntryOut(at=e.at, from_state=e.from_state, to_state=e.to_state,
                             label=states.LABELS[State(e.to_state)], actor_type=e.actor_type, note=e.note)
            for e in rows]


def _summary(req: RecordRequest, purposes: dict[str, str], contents: dict[str, str]) -> RequestOut:
    """What a list row shows; `institution` and `patient` must be fetched with the request."""
    return RequestOut(
        id=req.id, number=req.number, institution_id=req.institution_id, institution=req.institution.name,
        patient_id=req.patient_id, patient_name=mask_name(req.patient.name), requester_id=req.requester_id,
        on_behalf=req.grant_id is not None, purpose=req.purpose,
        purpose_label=purposes.get(req.purpose, req.purpose),
        contents=[RecordCodeOut(code=c, label=contents.get(c, c)) for c in req.contents],
        admissions=req.admissions, **states.view(req.state).model_dump(), reason=req.reason,
        fee_cents=req.fee_cents, paid_at=req.paid_at, created_at=req.created_at, ready_at=req.ready_at,
        expires_at=req.expires_at, download_count=req.download_count,
        document_source=req.document_source or None, delivery=req.delivery,
        delivery_label=DELIVERIES.get(req.delivery, req.delivery), detail=_delivery_detail(req))


# =================================================================== patient side

async def institutions(*, actor: Principal) -> list[RecordInstitutionOut]:
    """The institutions whose record rooms take online requests."""
    rooms = await RecordRoom.filter(enabled=True, institution__deleted_at__isnull=True).prefetch_related(
        "institution").order_by("institution__code")
    return [RecordInstitutionOut(id=r.institution_id, name=r.institution.name, address=r.institution.address,
                                 contact_phone=r.contact_phone, notice=r.notice, fee_cents=r.fee_cents)
            for r in rooms]


async def form_options(*, actor: Principal) -> FormOptionsOut:
    """What the request form offers: purposes, contents, deliveries."""
    return FormOptionsOut(purposes=await dicts_service.items(kind=PURPOSE),
                          contents=await dicts_service.items(kind=CONTENT),
                          deliveries=[RecordCodeOut(code=k, label=v) for k, v in DELIVERIES.items()])


@transactional
async def verify_identity(*, actor: Principal, patient_id: int, id_photo: bytes, face_photo: bytes,
                          id_number: str | None = None, name: str | None = None) -> IdentityCheckOut:
    """Check the patient's identity (the configured verifier); the check is stored passed or failed."""
    account_id = _mp(actor)
    patient, grant = await _patient(actor, patient_id, act=True)
    failed_today = await IdentityCheck.filter(account_id=account_id, outcome="failed",
                                              at__gte=utcnow() - dt.timedelta(days=1)).count()
    if failed_today >= MAX_FAILED_CHECKS_PER_DAY:
        await audit_service.record_denied(actor=actor, action="records.identity_check", target_type="Patient",
                                          target_id=patient.id, reason="too many failed checks")
        raise TooManyChecks(details={"failed_today": failed_today, "max": MAX_FAILED_CHECKS_PER_DAY})
    verdict = await identity.get_verifier().verify(patient=patient, id_photo=id_photo, face_photo=face_photo,
                                                   id_number=id_number, name=name)
    storage = get_storage()
    # Kept whatever the outcome: the evidence the record room reviews.
    id_key = await asyncio.to_thread(storage.put, verdict.id_photo) if verdict.id_photo else None
    face_key = await asyncio.to_thread(storage.put, verdict.face_photo) if verdict.face_photo else None
    outcome = "passed" if verdict.passed else "failed"
    async with in_transaction():
        check = await IdentityCheck.create(
            account_id=account_id, patient_id=patient.id, verifier=verdict.verifier, outcome=outcome,
            reason="；".join(m for _, m in verdict.problems)[:255], id_photo_key=id_key, face_photo_key=face_key,
            distance=verdict.distance, threshold=verdict.threshold)
        if verdict.passed:
            await Patient.filter(id=patient.id).update(verified_at=check.at)
        await audit_service.record(
            actor=actor, action="records.identity_check", target_type="IdentityCheck", target_id=check.id,
            after={"patient_id": patient.id, "outcome": outcome, "verifier": verdict.verifier,
                   "problems": [c for c, _ in verdict.problems], "distance": verdict.distance,
                   "threshold": verdict.threshold, "on_behalf": grant is not None},
            outcome="success" if verdict.passed else "failure")
        await _log_access(actor, grant, "identity_check", "IdentityCheck", check.id)
    message = "身份核验通过" if verdict.passed else "身份核验未通过：" + "；".join(m for _, m in verdict.problems)
    return IdentityCheckOut(id=check.id, patient_id=patient.id, outcome=outcome, passed=verdict.passed,
                            problems=identity.problems_view(verdict), message=message,
                            valid_until=check.at + IDENTITY_VALID if verdict.passed else None)


async def check_records(*, actor: Principal, institution_id: int, patient_id: int) -> ArchivedOut:
    """After the identity check: the patient's archived stays at the institution, or the flow stops."""
    room = await _room(institution_id)
    patient, grant = await _patient(actor, patient_id, act=True)
    check = await _fresh_check(actor, patient)
    try:
        ref, admissions = await _archived(room, patient)
    except NoArchivedRecords:
        await audit_service.record(actor=actor, action="records.check", target_type="Patient", target_id=patient.id,
                                   after={"institution_id": institution_id, "archived": 0}, outcome="failure",
                                   org_id=institution_id)
        raise
    await audit_service.record(actor=actor, action="records.check", target_type="Patient", target_id=patient.id,
                               after={"institution_id": institution_id, "archived": len(admissions)},
                               org_id=institution_id)
    await _log_access(actor, grant, "record_check", "Patient", patient.id)
    options = await form_options(actor=actor)
    return ArchivedOut(
        institution=CheckedInstitutionOut(id=institution_id, name=room.institution.name, fee_cents=room.fee_cents,
                                          notice=room.notice),
        patient=NamedPatientOut(id=patient.id, name=mask_name(patient.name)), mrn=ref.mrn,
        identity_check_id=check.id, admissions=[AdmissionOut.model_validate(a) for a in admissions],
        purposes=options.purposes, contents=options.contents, deliveries=options.deliveries)


@transactional
async def submit(*, actor: Principal, institution_id: int, patient_id: int, identity_check_id: int,
                 admission_ids: list[str], purpose: str, contents: list[str], delivery: str = "download",
                 delivery_detail: dict[str, Any] | None = None) -> PatientRequestOut:
    """Submit a request; the automatic checks move it to review (manual mode) or approve it (auto mode)."""
    account_id = _mp(actor)
    room = await _room(institution_id)
    patient, grant = await _patient(actor, patient_id, act=True)
    check = await _fresh_check(actor, patient, identity_check_id)
    if purpose not in await dicts_service.active_codes(kind=PURPOSE):
        raise DictUnknown(details={"kind": PURPOSE, "code": purpose})
    allowed_contents = await dicts_service.active_codes(kind=CONTENT)
    contents = list(dict.fromkeys(contents))
    unknown = [c for c in contents if c not in allowed_contents]
    if unknown:
        raise DictUnknown(details={"kind": CONTENT, "codes": unknown})
    if delivery not in DELIVERIES:
        raise DictUnknown(details={"kind": "delivery", "code": delivery})
    mail = dict(delivery_detail or {}) if delivery == "mail" else {}
    if mail.get("phone"):
        mail["phone"] = crypto.encrypt(mail["phone"])  # personal data: encrypted at rest, masked on output
    _ref, archived = await _archived(room, patient)
    by_id = {a.id: a for a in archived}
    wanted = list(dict.fromkeys(str(i) for i in admission_ids))
    missing = [i for i in wanted if i not in by_id]
    if missing:
        raise AdmissionUnknown(details={"admission_ids": missing})
    messages: list[Message] = []
    async with in_transaction():
        req = await RecordRequest.create(
            number=secrets.token_hex(12), institution_id=institution_id, requester_id=account_id,
            patient_id=patient.id, grant_id=getattr(grant, "id", None), identity_check_id=check.id,
            admissions=[by_id[i].as_dict() for i in wanted], purpose=purpose, contents=contents, delivery=delivery,
            delivery_detail=mail, state=State.SUBMITTED.value, fee_cents=room.fee_cents)
        req.number = f"BA{utcnow().astimezone(CHINA):%Y%m%d}{req.id:08d}"
        await req.save(update_fields=["number"])
        await RecordRequestEvent.create(request_id=req.id, to_state=req.state, actor_type="patient",
                                        actor_id=account_id, note="提交病案复印申请")
        messages.append(await notify_service.notify(
            account_id=account_id, kind="record_request.state", title="病案复印申请已提交",
            body=f"申请号 {req.number}：已提交，正在校验", link=_patient_link(req)))
        # The automatic checks (identity passed, archived records exist) held above.
        if room.review_mode == "auto":
            messages.append(await _move(req, Event.AUTO_APPROVE, actor=SYSTEM))
            if req.fee_cents == 0:
                messages.append(await _move(req, Event.PREPARE, actor=SYSTEM))
        else:
            messages.append(await _move(req, Event.START_REVIEW, actor=SYSTEM))
        await notify_service.notify(
            org_id=institution_id, kind="record_request.new", title="新的病案复印申请",
            body=f"申请号 {req.number}，患者 {mask_name(patient.name)}"
                 + ("，已自动审核通过" if room.review_mode == "auto" else "，待审核"),
            link=_console_link(req))
        await audit_service.record(
            actor=actor, action="records.submit", target_type="RecordRequest", target_id=req.id,
            after={"number": req.number, "patient_id": patient.id, "purpose": purpose, "contents": contents,
                   "admissions": wanted, "delivery": delivery, "state": req.state, "grant_id": req.grant_id},
            org_id=institution_id)
        await _log_access(actor, grant, "record_request", "RecordRequest", req.id)
        await _push_last(messages)
    return await detail(actor=actor, request_id=req.id)


def _mine(actor: Principal):
    account_id = _mp(actor)
    return RecordRequest.filter(Q(requester_id=account_id) | Q(patient__account_id=account_id))


async def my_requests(*, actor: Principal, state: str | None = None, limit: int = 20,
                      offset: int = 0) -> MyRequestsOut:
    """The actor's requests (made by it, or for its own patients), filtered by one of the patient's
    groups (reviewing / rejected / in_progress / done) or by one exact state."""
    qs = _mine(actor)
    counts = Counter(dict(await qs.annotate(n=Count("id")).group_by("state").values_list("state", "n")))
    group_counts = {g: sum(counts[s.value] for s in ss) for g, ss in states.GROUPS.items()}
    if state:
        qs = qs.filter(state__in=states.states_of(state))
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit).prefetch_related("institution", "patient")
    purposes, contents = await _labels()
    return MyRequestsOut(
        total=total, counts=RequestGroupCountsOut(**group_counts),
        groups=[RequestGroupOut(key=g, label=states.GROUP_LABELS[g], count=group_counts[g]) for g in states.GROUPS],
        items=[_summary(r, purposes, contents) for r in rows])


async def _patient_request(actor: Principal, request_id: int, *, act: bool):
    """A request the actor may see: about its own patient, or under a live grant of the patient's
    account. The requester whose grant was revoked is told so; anybody else finds nothing."""
    _mp(actor)
    req = await RecordRequest.get_or_none(id=request_id).prefetch_related("institution", "patient")
    if req is None:
        raise NotFound("申请不存在", details={"id": request_id})
    if req.patient.account_id == actor.id:
        return req, None
    try:
        grant = await family_service.authorize(actor=actor, patient_id=req.patient_id, scope=GRANT_SCOPE, act=act)
    except AppError:
        if req.requester_id == actor.id:
            raise
        raise NotFound("申请不存在", details={"id": request_id}) from None
    return req, grant


async def detail(*, actor: Principal, request_id: int) -> PatientRequestOut:
    """A request with its tracking timeline and what the patient can do next."""
    req, grant = await _patient_request(actor, request_id, act=False)
    purposes, contents = await _labels()
    now = utcnow()
    out = PatientRequestOut(
        **dict(_summary(req, purposes, contents)), timeline=await _timeline(req),
        can_pay=req.state == State.APPROVED.value and req.fee_cents > 0,
        can_download=(req.state in states.DOWNLOADABLE and req.document_key is not None
                      and req.expires_at is not None and now < req.expires_at))
    await _log_access(actor, grant, "record_request_view", "RecordRequest", req.id)
    return out


PAYMENT_KIND = "records.request"  # payment orders of a request are referenced "records.request:<id>"


def _payment_reference(req: RecordRequest) -> str:
    return payment_purposes.reference(PAYMENT_KIND, req.id)


async def _payment_view(req: RecordRequest) -> dict[str, Any]:
    order = await payments.order_of(reference=_payment_reference(req))
    return {"request_id": req.id, "state": req.state, "state_label": states.LABELS[State(req.state)],
            "paid": req.paid_at is not None, "order": None if order is None else OrderOut.model_validate(order)}


async def pay(*, actor: Principal, request_id: int, channel: str = "miniprogram") -> PayStartOut:
    """Start paying the institution's fee through WeChat Pay: the order and the signed parameters
    of the payer's wx.requestPayment. The request moves on when WeChat Pay confirms the payment
    (its notification, or `confirm_payment` asking it), in payments' transaction (`on_payment`)."""
    req, grant = await _patient_request(actor, request_id, act=True)
    if req.fee_cents <= 0:
        raise NothingToPay(details={"id": req.id})
    states.fire(req.state, Event.PAY)  # refuse before ordering
    started = await payments.checkout(actor=actor, reference=_payment_reference(req), org_id=req.institution_id,
                                      amount_fen=req.fee_cents, description=f"病案复印 {req.number}",
                                      channel=channel)
    await _log_access(actor, grant, "record_request_pay", "RecordRequest", req.id)
    return PayStartOut(**await _payment_view(req), payment=CheckoutOut.model_validate(started))


async def confirm_payment(*, actor: Principal, request_id: int) -> RequestPaymentOut:
    """The payer's client says it paid: ask WeChat Pay now rather than wait for its notification."""
    req, _ = await _patient_request(actor, request_id, act=False)
    if req.paid_at is None:
        await payments.sync(reference=_payment_reference(req))
        req = await RecordRequest.get(id=req.id)
    return RequestPaymentOut(**await _payment_view(req))


async def on_payment(order: payment_purposes.PaidOrder) -> payment_purposes.Decision:
    """WeChat Pay confirmed a payment of a request (registered by core/wiring.py; run inside payments'
    transaction): an approved request waiting for this fee goes to preparation; any other refuses it,
    and payments refunds it."""
    req = await RecordRequest.filter(id=order.reference_id).select_for_update().first()
    if req is None or req.state != State.APPROVED.value or req.fee_cents != order.amount_fen:
        return payment_purposes.Decision(False, reason="病案复印申请已无需支付，款项原路退回")
    payer = (Principal(kind="mp", id=order.payer_account_id, name=f"mp:{order.payer_account_id}")
             if order.payer_account_id else SYSTEM)
    messages = [await _move(req, Event.PAY, actor=payer, note=f"已支付 {req.fee_cents / 100:.2f} 元")]
    req.paid_at = order.paid_at
    await req.save(update_fields=["paid_at", "updated_at"])
    messages.append(await _move(req, Event.PREPARE, actor=SYSTEM))
    await notify_service.notify(org_id=req.institution_id, kind="record_request.paid",
                                title="病案复印申请已支付", body=f"申请号 {req.number}：请准备复印件",
                                link=_console_link(req))
    await audit_service.record(actor=payer, action="records.pay", target_type="RecordRequest", target_id=req.id,
                               after={"fee_cents": req.fee_cents, "out_trade_no": order.out_trade_no},
                               org_id=req.institution_id)
    await _push_last(messages)
    return payment_purposes.Decision(True)


# =================================================================== download

def _link_key(token: str) -> str:
    return "records:link:" + token.rsplit(".", 1)[-1]


async def download_link(*, actor: Principal, request_id: int) -> DownloadLinkOut:
    """A short-lived signed link to the copy (never past the copy's own expiry)."""
    req, grant = await _patient_request(actor, request_id, act=False)
    now = utcnow()
    if req.state not in states.DOWNLOADABLE or req.document_key is None:
        raise IllegalTransition("复印件尚未准备好", details={"state": req.state, "event": "download",
                                                              "allowed": states.allowed(req.state)})
    if req.expires_at is None or now >= req.expires_at:
        raise CopyExpired(details={"expires_at": req.expires_at})
    ttl = max(1, min(get_settings().record_link_seconds, int((req.expires_at - now).total_seconds())))
    token = links.sign(req.document_key, purpose="record_copy", ttl_seconds=ttl)
    # Who the link was made for, so that the download is audited under that account.
    await redis().set(_link_key(token), str(actor.id), ex=ttl + 60)
    await audit_service.record(actor=actor, action="records.download_link", target_type="RecordRequest",
                               target_id=req.id, after={"ttl_seconds": ttl, "grant_id": getattr(grant, "id", None)},
                               org_id=req.institution_id)
    await _log_access(actor, grant, "record_copy_link", "RecordRequest", req.id)
    return DownloadLinkOut(url=f"/api/mp/v1/records/copies/{token}", expires_in=ttl,
                           expires_at=now + dt.timedelta(seconds=ttl), copy_expires_at=req.expires_at)


async def _requester_name(req: RecordRequest) -> str:
    me = await Patient.filter(account_id=req.requester_id, is_self=True, deleted_at__isnull=True).first()
    return mask_name((me or req.patient).name) or ""


@transactional
async def download(*, token: str) -> tuple[str, bytes]:
    """The copy a signed link names, stamped for this download: (file name, PDF bytes).

    A tampered link is 403, an expired link 410; so is a copy past its own expiry.
    """
    key = links.verify(token, "record_copy")
    found = await RecordRequest.filter(document_key=key).prefetch_related("patient").limit(2)
    if len(found) != 1:
        raise links.LinkInvalid()
    req = found[0]
    now = utcnow()
    if req.state not in states.DOWNLOADABLE or req.expires_at is None or now >= req.expires_at:
        raise CopyExpired(details={"state": req.state, "expires_at": req.expires_at})
    made_for = await redis().get(_link_key(token))
    actor = (Principal(kind="mp", id=int(made_for), name=f"mp:{made_for}") if made_for
             else Principal(kind="anonymous", name="record_copy link"))
    try:
        data = await asyncio.to_thread(get_storage().get, key)
    except ObjectMissing:
        raise NotFound("复印件文件不存在，请联系医院病案室", details={"number": req.number}) from None
    mark = record_copies.Watermark(requester=await _requester_name(req), at=now.astimezone(CHINA), number=req.number)
    stamped = await asyncio.to_thread(record_copies.stamp, data, mark)
    messages = []
    async with in_transaction():
        req = await RecordRequest.filter(id=req.id).select_for_update().first()
        req.download_count += 1
        await req.save(update_fields=["download_count", "updated_at"])
        if req.state == State.READY.value:
            messages.append(await _move(req, Event.DOWNLOAD, actor=actor))
        await audit_service.record(actor=actor, action="records.download", target_type="RecordRequest",
                                   target_id=req.id, after={"number": req.number, "count": req.download_count,
                                                            "watermark": mark.line},
                                   org_id=req.institution_id)
        await _push_last(messages)
    return f"{req.number}.pdf", stamped


async def sweep_expired_record_copies(ctx: dict) -> int:
    """The periodic job of `sweep_expired` (registered in core/wiring.py)."""
    return await sweep_expired()


async def sweep_expired(*, now: dt.datetime | None = None) -> int:
    """Copies past their download period become expired (run by the worker's cron); a
    request that cannot be expired is left for the next run, the others go on."""
    now = now or utcnow()
    ids = await RecordRequest.filter(state__in=[s.value for s in states.DOWNLOADABLE],
                                     expires_at__lte=now).order_by("id").values_list("id", flat=True)
    run = await jobs.per_item("sweep_expired", ids, lambda request_id: _expire(request_id, now))
    return sum(1 for expired in run.results if expired)


@transactional
async def _expire(request_id: int, now: dt.datetime) -> bool:
    messages = []
    async with in_transaction():
        req = await RecordRequest.filter(id=request_id).select_for_update().first()
        if req is None or req.state not in states.DOWNLOADABLE or req.expires_at > now:
            return False
        messages.append(await _move(req, Event.EXPIRE, actor=SYSTEM))
        await audit_service.record(actor=SYSTEM, action="records.expire", target_type="RecordRequest",
                                   target_id=req.id, after={"expires_at": req.expires_at},
                                   org_id=req.institution_id)
        await _push_last(messages)
    return True


# =================================================================== console: requests

async def list_requests(*, actor: Principal, state: str | None = None, institution_id: int | None = None,
                        purpose: str | None = None, date_from: dt.date | None = None,
                        date_to: dt.date | None = None, q: str | None = None, limit: int = 20,
                        offset: int = 0) -> tuple[int, list[RequestOut]]:
    """Requests in the caller's subtree, newest first, with their state colours."""
    await scope.require(actor, PERM_READ)
    qs = within_days(scope.scoped(actor, RecordRequest), "created_at", date_from, date_to)
    if state:
        qs = qs.filter(state=state)
    if institution_id:
        qs = qs.filter(institution_id=institution_id)
    if purpose:
        qs = qs.filter(purpose=purpose)
    if q:
        qs = qs.filter(Q(number__startswith=q.upper()) | Q(patient__name__startswith=q))
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit).prefetch_related("institution", "patient")
    purposes, contents = await _labels()
    return total, [_summary(r, purposes, contents) for r in rows]


def _photo_url(key: str | None) -> str | None:
    return links.url(key, purpose="identity_photo", ttl_seconds=PHOTO_LINK_SECONDS) if key else None


async def request_detail(*, actor: Principal, request_id: int, reveal: bool = False) -> ConsoleRequestOut:
    """A request with the patient (masked unless revealed), the identity evidence and the timeline."""
    await scope.require(actor, PERM_READ)
    req = await scope.get(actor, RecordRequest, request_id)
    await req.fetch_related("institution", "patient", "identity_check")
    purposes, contents = await _labels()
    check = req.identity_check
    reviewer = await AdminAccount.get_or_none(id=req.reviewed_by_id) if req.reviewed_by_id else None
    out = ConsoleRequestOut(
        **dict(_summary(req, purposes, contents)),
        patient=RequestPatientOut(id=req.patient_id, **await pii.present(req.patient, actor=actor, reveal=reveal)),
        identity=None if check is None else IdentityEvidenceOut(
            id=check.id, verifier=check.verifier, outcome=check.outcome, reason=check.reason,
            distance=check.distance, threshold=check.threshold, at=check.at,
            id_photo_url=_photo_url(check.id_photo_key), face_photo_url=_photo_url(check.face_photo_key)),
        timeline=await _timeline(req), reviewed_by=reviewer.username if reviewer else None,
        allowed=states.allowed(req.state), has_copy=req.document_key is not None)
    await audit_service.record(actor=actor, action="records.view", target_type="RecordRequest", target_id=req.id,
                               after={"identity_photos": check is not None and check.id_photo_key is not None},
                               org_id=req.institution_id)
    return out


@transactional
async def review(*, actor: Principal, request_id: int, approve: bool, reason: str = "") -> ReviewedOut:
    """Pass or reject (with a reason) a request under review; a free one passed goes to preparation."""
    await scope.require(actor, PERM_REVIEW)
    reason = (reason or "").strip()
    if not approve and not reason:
        raise ReasonRequired()
    messages = []
    async with scope.locked(actor, RecordRequest, request_id) as req:
        before = req.state
        if approve:
            messages.append(await _move(req, Event.APPROVE, actor=actor, note=reason or ""))
        else:
            messages.append(await _move(req, Event.REJECT, actor=actor, note=f"审核未通过：{reason}"))
            req.reason = reason[:500]
        req.reviewed_by_id = actor.id
        await req.save(update_fields=["reason", "reviewed_by_id", "updated_at"])
        if approve and req.fee_cents == 0:
            messages.append(await _move(req, Event.PREPARE, actor=SYSTEM))
        await audit_service.record(actor=actor, action="records.review", target_type="RecordRequest",
                                   target_id=req.id, before={"state": before},
                                   after={"state": req.state, "approve": approve, "reason": reason},
                                   org_id=req.institution_id)
        await _push_last(messages)
    return ReviewedOut(id=req.id, number=req.number, **states.view(req.state).model_dump(), reason=req.reason)


async def batch_review(*, actor: Principal, request_ids: list[int], approve: bool,
                       reason: str = "") -> list[batch.RowResult]:
    await scope.require(actor, PERM_REVIEW)
    if not approve and not (reason or "").strip():
        raise ReasonRequired()

    async def one(request_id: int) -> str:
        return (await review(actor=actor, request_id=request_id, approve=approve, reason=reason)).state_label

    return await batch.each(request_ids, one)


@transactional
async def _deliver(actor: Principal, req: RecordRequest, data: bytes, source: str, pages: int) -> CopyReadyOut:
    """Store the prepared copy and make the request ready for download."""
    key = await asyncio.to_thread(get_storage().put, data)
    messages = []
    async with scope.locked(actor, RecordRequest, req.id) as locked:
        states.fire(locked.state, Event.DELIVER)  # still in preparation (another hand may have been faster)
        now = utcnow()
        locked.document_key, locked.document_source, locked.ready_at = key, source, now
        locked.expires_at = now + dt.timedelta(days=get_settings().record_copy_days)
        await locked.save(update_fields=["document_key", "document_source", "ready_at", "expires_at", "updated_at"])
        messages.append(await _move(locked, Event.DELIVER, actor=actor,
                                    note=f"复印件已准备好（{pages} 页），请在 {_local(locked.expires_at)} 前下载"))
        await audit_service.record(actor=actor, action=f"records.{source}", target_type="RecordRequest",
                                   target_id=locked.id, after={"document_key": key, "pages": pages,
                                                               "expires_at": locked.expires_at},
                                   org_id=locked.institution_id)
        await _push_last(messages)
    return CopyReadyOut(id=locked.id, number=locked.number, **states.view(locked.state).model_dump(), pages=pages,
                        document_source=source, ready_at=locked.ready_at, expires_at=locked.expires_at)


async def upload_copy(*, actor: Principal, request_id: int, pdf: bytes) -> CopyReadyOut:
    """The record room uploads the scanned copy (a PDF, checked by its content)."""
    await scope.require(actor, PERM_REVIEW)
    req = await scope.get(actor, RecordRequest, request_id)
    states.fire(req.state, Event.DELIVER)
    prepared, pages = await asyncio.to_thread(record_copies.prepare_copy, pdf, number=req.number)
    return await _deliver(actor, req, prepared, "upload", pages)


async def generate_copy(*, actor: Principal, request_id: int) -> CopyReadyOut:
    """Draw the copy from the structured documents the institution's HIS holds for the chosen stays."""
    await scope.require(actor, PERM_REVIEW)
    req = await scope.get(actor, RecordRequest, request_id)
    states.fire(req.state, Event.DELIVER)
    await req.fetch_related("institution", "patient")
    room = await RecordRoom.get(institution_id=req.institution_id)
    adapter = his.get_adapter(room)
    ref = await adapter.find_patient(id_number=req.patient.id_number, name=req.patient.name)
    purposes, content_labels = await _labels()
    stays, found = [], 0
    for adm in req.admissions:
        docs = await adapter.documents(admission_id=adm["id"], kinds=req.contents)
        found += len(docs)
        present = {d.kind for d in docs}
        stays.append(record_copies.CopyAdmission(
            visit_no=adm.get("visit_no", ""), department=adm.get("department", ""),
            admitted_on=adm.get("admitted_on") or "", discharged_on=adm.get("discharged_on") or "",
            diagnosis=adm.get("diagnosis", ""),
            documents=[record_copies.CopyDocument(content_labels.get(d.kind, d.kind), d.title,
                                                  d.written_at.astimezone(CHINA), d.sections) for d in docs],
            missing=[content_labels.get(c, c) for c in req.contents if c not in present]))
    if not found:
        raise NoDocuments(details={"admissions": [a["id"] for a in req.admissions], "contents": req.contents})
    patient_pii = await pii.present(req.patient, actor=actor)
    copy = record_copies.RecordCopy(
        number=req.number, institution=req.institution.name, patient_name=req.patient.name,
        id_number=patient_pii.get("id_number") or "", mrn=ref.mrn if ref else "",
        purpose=purposes.get(req.purpose, req.purpose), contents=[content_labels.get(c, c) for c in req.contents],
        made_on=utcnow().astimezone(CHINA).date(), admissions=stays)
    rendered = await asyncio.to_thread(record_copies.render, copy)
    prepared, pages = await asyncio.to_thread(record_copies.prepare_copy, rendered, number=req.number)
    return await _deliver(actor, req, prepared, "generated", pages)


async def stats(*, actor: Principal, date_from: dt.date | None = None, date_to: dt.date | None = None,
                group_by: str = "state") -> RequestStatsOut:
    """Counts of requests in scope over a period, by state, institution or day (China time),
    and how the copies were made (uploaded, generated, not yet)."""
    await scope.require(actor, PERM_READ)
    qs = within_days(scope.scoped(actor, RecordRequest), "created_at", date_from, date_to)
    if group_by == "state":
        counts = dict(await qs.annotate(n=Count("id")).group_by("state").values_list("state", "n"))
        rows: list = [RequestStateCountOut(key=s.value, label=states.LABELS[s], color=states.COLORS[s],
                                           count=counts.get(s.value, 0)) for s in State]
    elif group_by == "institution":
        found = await qs.annotate(n=Count("id")).group_by("institution_id", "institution__name").values_list(
            "institution_id", "institution__name", "n")
        rows = sorted((RequestKeyCountOut(key=i, label=name, count=n) for i, name, n in found),
                      key=lambda r: -r.count)
    else:
        day = LocalDay("created_at", RecordRequest._meta.db.capabilities.dialect)
        found = await qs.annotate(day=day, n=Count("id")).group_by("day").values_list("day", "n")
        rows = sorted((RequestKeyCountOut(key=str(d), label=str(d), count=n) for d, n in found),
                      key=lambda r: r.key)
    sources = dict(await qs.annotate(n=Count("id")).group_by("document_source").values_list("document_source", "n"))
    return RequestStatsOut(group_by=group_by, total=sum(r.count for r in rows), rows=rows,
                           copies=CopyCountsOut(upload=sources.get("upload", 0),
                                                generated=sources.get("generated", 0), none=sources.get("", 0)))


# =================================================================== console: institutions, departments

def _room_view(room: RecordRoom, inst: OrgNode) -> RoomOut:
    return RoomOut(institution_id=inst.id, name=inst.name, code=inst.code, enabled=room.enabled,
                   review_mode=room.review_mode, fee_cents=room.fee_cents, his_kind=room.his_kind,
                   contact_phone=room.contact_phone, notice=room.notice)


async def rooms(*, actor: Principal) -> list[RoomOut]:
    """The record rooms of the institutions in the caller's subtree."""
    await scope.require(actor, PERM_READ)
    found = await scope.scoped(actor, RecordRoom).prefetch_related("institution").order_by("institution__code")
    return [_room_view(r, r.institution) for r in found if r.institution.deleted_at is None]


@transactional
async def configure_room(*, actor: Principal, institution_id: int, **changes: Any) -> RoomOut:
    """Open (or change) an institution's record room: adding an institution needs rows, no code."""
    await scope.require(actor, PERM_MANAGE)
    inst = await scope.get(actor, OrgNode, institution_id)
    if inst.kind != OrgKind.MEDICAL:
        raise InstitutionUnavailable("只有医疗机构可以开通病案复印服务", details={"kind": inst.kind.value})
    changes = {k: v for k, v in changes.items() if v is not None}
    if "his_kind" in changes and his.adapter_class(changes["his_kind"]) is None:
        raise UnknownAdapter(details={"his_kind": changes["his_kind"], "known": his.known()})
    async with in_transaction():
        room = await RecordRoom.filter(institution_id=inst.id).select_for_update().first()
        created = room is None
        if created:
            room = RecordRoom(institution_id=inst.id)
        before = None if created else audit_service.snapshot(room)
        for name, value in changes.items():
            setattr(room, name, value)
        await room.save()
        await audit_service.record(actor=actor, action="records.room", target_type="RecordRoom", target_id=room.id,
                                   before=before, after=audit_service.snapshot(room), org_id=inst.id)
    return _room_view(room, inst)


async def set_review_mode(*, actor: Principal, institution_id: int, mode: str) -> RoomOut:
    """Manual review, or automatic approval when every check passes (seed 003: 审核方式自定义)."""
    return await configure_room(actor=actor, institution_id=institution_id, review_mode=mode)


def _department_view(d: Department) -> DepartmentOut:
    return DepartmentOut(id=d.id, institution_id=d.institution_id, code=d.code, name=d.name, active=d.active)


async def departments(*, actor: Principal, institution_id: int) -> list[DepartmentOut]:
    await scope.require(actor, PERM_READ)
    await scope.get(actor, OrgNode, institution_id)
    rows = await scope.scoped(actor, Department).filter(institution_id=institution_id).order_by("code")
    return [_department_view(d) for d in rows]


@transactional
async def create_department(*, actor: Principal, institution_id: int, code: str, name: str) -> DepartmentOut:
    await scope.require(actor, PERM_MANAGE)
    inst = await scope.get(actor, OrgNode, institution_id)
    if inst.kind != OrgKind.MEDICAL:
        raise InstitutionUnavailable("只有医疗机构可以维护科室", details={"kind": inst.kind.value})
    try:
        async with in_transaction():
            d = await Department.create(institution_id=inst.id, code=code, name=name)
            await audit_service.record(actor=actor, action="records.department.create", target_type="Department",
                                       target_id=d.id, after=audit_service.snapshot(d), org_id=inst.id)
    except IntegrityError as exc:
        # Also a deleted one in the recycle bin: restore it there instead.
        raise DepartmentExists(details={"code": code}) from exc
    return _department_view(d)


@transactional
async def update_department(*, actor: Principal, department_id: int, name: str | None = None,
                            active: bool | None = None) -> DepartmentOut:
    await scope.require(actor, PERM_MANAGE)
    async with scope.locked(actor, Department, department_id) as d:
        before = audit_service.snapshot(d)
        if name is not None:
            d.name = name
        if active is not None:
            d.active = active
        await d.save()
        await audit_service.record(actor=actor, action="records.department.update", target_type="Department",
                                   target_id=d.id, before=before, after=audit_service.snapshot(d),
                                   org_id=d.institution_id)
    return _department_view(d)


@transactional
async def delete_department(*, actor: Principal, department_id: int) -> None:
    """Soft delete: the department goes to the recycle bin."""
    await scope.require(actor, PERM_MANAGE)
    async with scope.locked(actor, Department, department_id) as d:
        d.deleted_at, d.deleted_by_id = utcnow(), actor.id
        await d.save(update_fields=["deleted_at", "deleted_by_id", "updated_at"])
        await audit_service.record(actor=actor, action="records.department.delete", target_type="Department",
                                   target_id=d.id, before=_department_view(d).model_dump(), org_id=d.institution_id)
