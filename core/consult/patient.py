"""The patient's side of a consultation (seed 004 居民移动端 rows 1, 5–7, 12–15, 18, 20–21): order
for oneself or for a family member, pay, cancel before the doctor accepts, follow one's
consultations, read the doctor's record, rate.

Who may: the patient's own account always; another member only under the family grant
"在线问诊" (ordering and paying need a grant that allows acting), checked at every access and
logged for the grantor to read (core/family `authorize` / `log_access`). The account that
ordered for a relative whose grant has ended is told so; anybody else finds nothing.
"""
from __future__ import annotations

import datetime as dt
import secrets
from collections import Counter
from typing import Any

from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core.audit import service as audit_service
from core.consult import queue, states
from core.consult import service as core
from core.consult.errors import (
    AlreadyRated,
    DepartmentUnavailable,
    IllegalTransition,
    NothingToPay,
    OrderNotFound,
    ServiceUnavailable,
    TooManyOpenOrders,
)
from core.consult.models import ConsultOrder, ConsultOrderEvent, ConsultRecord
from core.consult.schemas import (
    CancelIn,
    ConsultRecordRowOut,
    GroupCountOut,
    MyOrdersOut,
    OrderDetailOut,
    OrderFilter,
    OrderIn,
    OrderOut,
    PayStartOut,
    RateIn,
)
from core.consult.states import Event, State
from core.conversations import service as conversations
from core.db import transactional, utcnow
from core.doctors import catalogue, consent
from core.doctors.models import SERVICE_LABELS, DoctorService, DoctorSite, ServiceKind
from core.errors import AppError
from core.events import service as events
from core.family import service as family_service
from core.family.models import Patient
from core.payments import service as payments
from core.payments.schemas import CheckoutOut
from core.payments.schemas import OrderOut as PaymentOrderOut
from core.principal import Principal

OPEN = (State.CREATED.value, State.WAITING.value, State.QUEUED.value, State.CALLING.value, State.IN_PROGRESS.value)
MAX_OPEN_ORDERS = 10  # open orders of one account, all doctors together


def _age(birth: dt.date | None) -> int | None:
    if birth is None:
        return None
    today = utcnow().astimezone(core.CHINA).date()
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


async def _log(actor: Principal, grant: Any, action: str, order_id: int) -> None:
    if grant is not None:
        await family_service.log_access(actor=actor, grant=grant, action=action, target_type="ConsultOrder",
                                        target_id=order_id)


async def _visible(actor: Principal, order_id: int, *, act: bool = False) -> tuple[ConsultOrder, Any]:
    """An order the actor may see (or act on): about its own patient, or under a live grant."""
    me = catalogue.patient(actor)
    order = await ConsultOrder.get_or_none(id=order_id).prefetch_related("patient", "doctor", "department",
                                                                         "institution")
    if order is None:
        raise OrderNotFound(details={"id": order_id})
    if order.patient.account_id == me:
        return order, None
    try:
        grant = await family_service.authorize(actor=actor, patient_id=order.patient_id, scope=core.GRANT_SCOPE,
                                               act=act)
    except AppError:
        if order.account_id == me:
            raise
        raise OrderNotFound(details={"id": order_id}) from None
    return order, grant


async def _service(doctor_id: int, kind: str) -> DoctorService:
    service = await DoctorService.get_or_none(doctor_id=doctor_id, kind=ServiceKind(kind), enabled=True)
    if service is None:
        raise ServiceUnavailable(details={"doctor_id": doctor_id, "kind": kind})
    return service


async def _site(doctor_id: int, department_id: int | None) -> DoctorSite:
    sites = catalogue.offered_sites().filter(doctor_id=doctor_id)
    site = await (sites.filter(department_id=department_id) if department_id
                  else sites.order_by("-primary", "sort", "id")).first()
    if site is None:
        raise DepartmentUnavailable(details={"doctor_id": doctor_id, "department_id": department_id})
    return site


@transactional
async def place(*, actor: Principal, data: OrderIn) -> OrderDetailOut:
    """A new order, waiting for payment, with its conversation opened on the patient's description."""
    me = catalogue.patient(actor)
    await consent.require_consent(me)
    grant = await family_service.authorize(actor=actor, patient_id=data.patient_id, scope=core.GRANT_SCOPE, act=True)
    patient = await Patient.get_or_none(id=data.patient_id, deleted_at__isnull=True)
    if patient is None:  # authorize already refused unknown patients; a deleted one of one's own ends here
        raise OrderNotFound("就诊人不存在", details={"patient_id": data.patient_id})
    doctor = await catalogue.listed().filter(id=data.doctor_id).first()
    if doctor is None or doctor.account_id is None:
        raise ServiceUnavailable(details={"doctor_id": data.doctor_id})
    service = await _service(doctor.id, data.kind)
    slot = None
    if service.kind == ServiceKind.video:  # for one of the doctor's scheduled periods, at its department
        slot = await queue.slot_to_book(doctor.id, data.slot_id, now=utcnow())
        if data.department_id and data.department_id != slot.department_id:
            raise DepartmentUnavailable(details={"doctor_id": doctor.id, "department_id": data.department_id})
    site = await _site(doctor.id, slot.department_id if slot else data.department_id)
    async with in_transaction():
        if slot is not None:
            await queue.hold(slot)
        open_orders = ConsultOrder.filter(account_id=me, state__in=OPEN)
        if await open_orders.filter(doctor_id=doctor.id, patient_id=patient.id).exists() \
                or await open_orders.count() >= MAX_OPEN_ORDERS:
            raise TooManyOpenOrders(details={"doctor_id": doctor.id, "limit": MAX_OPEN_ORDERS})
        order = await ConsultOrder.create(
            number=secrets.token_hex(12), kind=service.kind.value, state=State.CREATED.value,
            account_id=me, patient_id=patient.id, grant_id=getattr(grant, "id", None), patient_name=patient.name,
            patient_gender=patient.gender, patient_age=_age(patient.birth_date), doctor_id=doctor.id,
            department_id=site.department_id, institution_id=site.institution_id, price_fen=service.price_fen,
            window_hours=service.window_hours, symptoms=data.symptoms, illness_duration=data.illness_duration,
            visited_before=data.visited_before, slot_day=slot.day if slot else None,
            slot_period=slot.period.value if slot else "")
        order.number = f"ZX{utcnow().astimezone(core.CHINA):%Y%m%d}{order.id:08d}"
        parties = [{"kind": "mp", "id": me, "role": "relative" if grant else "patient",
                    "name": "家属" if grant else "患者", "for_patient_id": patient.id if grant else None,
                    "grant_scope": core.GRANT_SCOPE if grant else None}]
        if grant is not None and patient.account_id:
            parties.append({"kind": "mp", "id": patient.account_id, "role": "patient", "name": "患者"})
        conv = await conversations.open_conversation(
            actor=actor, kind=core.CONVERSATION_KIND, ref_type=core.REF_TYPE, ref_id=str(order.id),
            title=f"{doctor.name}医生 · {SERVICE_LABELS[service.kind]}", parties=parties)
        order.conversation_id = conv.id
        await order.save(update_fields=["number", "conversation_id"])
        await conversations.post_system(
            actor=actor, conversation_id=conv.id, event="order_placed", key="placed",
            text=f"问诊单：{data.symptoms}"[:500],
            data={"order_id": order.id, "illness_duration": data.illness_duration,
                  "visited_before": data.visited_before})
        await ConsultOrderEvent.create(order_id=order.id, event="place", to_state=order.state,
                                            actor_type="patient", actor_id=me, note="提交问诊订单")
        await audit_service.record(actor=actor, action="consult.place", target_type="ConsultOrder",
                                   target_id=order.id, org_id=order.institution_id,
                                   after={"number": order.number, "doctor_id": doctor.id, "patient_id": patient.id,
                                          "kind": order.kind, "price_fen": order.price_fen,
                                          "grant_id": order.grant_id})
        await _log(actor, grant, "consult_order", order.id)
    return await detail(actor=actor, order_id=order.id)


def _open(order: ConsultOrder) -> None:
    if order.state != State.CREATED.value:
        raise NothingToPay(details={"id": order.id, "state": order.state})


async def pay(*, actor: Principal, order_id: int, channel: str = "miniprogram") -> PayStartOut:
    """Start paying: the payment order and the signed parameters of the payer's wx.requestPayment.
    The order moves on when WeChat Pay confirms (its notification or `confirm_payment`)."""
    order, grant = await _visible(actor, order_id, act=True)
    _open(order)
    started = await payments.checkout(
        actor=actor, reference=core.payment_reference(order.id), org_id=order.institution_id,
        amount_fen=order.price_fen, description=f"{SERVICE_LABELS[ServiceKind(order.kind)]} {order.doctor.name}医生",
        channel=channel)
    await _log(actor, grant, "consult_order_pay", order.id)
    return PayStartOut(order=core.order_out(order), payment=CheckoutOut.model_validate(started))


async def confirm_payment(*, actor: Principal, order_id: int) -> OrderOut:
    """The payer's client says it paid: ask WeChat Pay now rather than wait for its notification."""
    order, _ = await _visible(actor, order_id)
    if order.state == State.CREATED.value:
        await payments.sync(reference=core.payment_reference(order.id))
        order, _ = await _visible(actor, order_id)
    return core.order_out(order)


async def cancel(*, actor: Principal, order_id: int, data: CancelIn) -> OrderOut:
    """Before the doctor accepts: an unpaid order is closed at WeChat Pay first (a payment that
    slipped through meanwhile makes it a paid one, refunded by the cancel); a paid one is refunded."""
    order, grant = await _visible(actor, order_id, act=True)
    if order.state == State.CANCELLED.value:
        return core.order_out(order)
    states.transition(order.state, Event.CANCEL)  # refuse before asking WeChat Pay
    if order.state == State.CREATED.value:
        await payments.close(reference=core.payment_reference(order.id), reason="患者取消问诊订单")
    await _cancel(actor, order.id, data.reason)
    await _log(actor, grant, "consult_order_cancel", order.id)
    order, _ = await _visible(actor, order_id)
    return core.order_out(order)


@transactional
async def _cancel(actor: Principal, order_id: int, reason: str) -> None:
    async with in_transaction():
        order = await core.load(order_id, lock=True)
        if order.state == State.CANCELLED.value:
            return
        paid = order.paid_at is not None
        order.reason = reason or "患者取消"
        note = "患者已取消订单" + ("，费用将原路退回" if paid else "") + (f"：{reason}" if reason else "")
        await core.move(order, Event.CANCEL, actor=actor, note=note)
        if paid:
            await core.tell_doctor(order, title="患者已取消问诊", body=note)


@transactional
async def rate(*, actor: Principal, order_id: int, data: RateIn) -> OrderOut:
    """The patient rates a finished consultation once: score 1–5 and words."""
    order, grant = await _visible(actor, order_id, act=True)
    async with in_transaction():
        order = await core.load(order.id, lock=True)
        if order.score is not None:
            raise AlreadyRated(details={"id": order.id})
        if State(order.state) not in states.RATABLE:
            raise IllegalTransition(details={"state": order.state, "event": "rate"})
        order.score, order.comment, order.rated_at = data.score, data.comment, utcnow()
        await order.save(update_fields=["score", "comment", "rated_at", "updated_at"])
        await events.emit(core.RATED, {"order_id": order.id, "score": data.score})
        await audit_service.record(actor=actor, action="consult.rate", target_type="ConsultOrder",
                                   target_id=order.id, org_id=order.institution_id,
                                   after={"score": data.score, "comment_length": len(data.comment)})
        await _log(actor, grant, "consult_order_rate", order.id)
    return core.order_out(order)


def _mine(actor: Principal):
    me = catalogue.patient(actor)
    return ConsultOrder.filter(Q(account_id=me) | Q(patient__account_id=me))


async def my_orders(*, actor: Principal, filters: OrderFilter, limit: int = 20, offset: int = 0) -> MyOrdersOut:
    """The actor's orders (placed by it, or about its own patients) by tab, newest first.
    Orders it placed for a relative are listed while it holds the grant; not their details."""
    qs = _mine(actor)
    by_state = Counter(dict(await qs.annotate(n=Count("id")).group_by("state").values_list("state", "n")))
    groups = [GroupCountOut(key=k, label=states.GROUP_LABELS[k], count=sum(by_state[s.value] for s in ss))
              for k, ss in states.GROUPS.items()]
    if filters.state:
        qs = qs.filter(state__in=states.states_of(filters.state))
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit).prefetch_related("doctor", "department",
                                                                                  "institution")
    return MyOrdersOut(total=total, groups=groups, items=[core.order_out(o) for o in rows])


async def detail(*, actor: Principal, order_id: int) -> OrderDetailOut:
    """An order with its trail, the doctor's record once the service ended, and its payment."""
    order, grant = await _visible(actor, order_id)
    record = None
    if order.state == State.ENDED.value:
        row = await ConsultRecord.get_or_none(order_id=order.id)
        record = core.record_out(row, order.doctor.name) if row and row.signed_at else None
    payment = await payments.order_of(reference=core.payment_reference(order.id))
    out = core.order_out(order, model=OrderDetailOut, symptoms=order.symptoms, illness_duration=order.illness_duration,
                         visited_before=order.visited_before, summary=order.summary, comment=order.comment,
                         timeline=await core.timeline(order.id), record=record,
                         payment=PaymentOrderOut.model_validate(payment) if payment else None)
    await _log(actor, grant, "consult_order_view", order.id)
    return out


async def my_records(*, actor: Principal, patient_id: int | None = None) -> list[ConsultRecordRowOut]:
    """诊疗记录: the doctors' records of finished consultations, of one patient (own, or under a
    grant) or of all the actor's own patients."""
    me = catalogue.patient(actor)
    grant = None
    qs = ConsultRecord.filter(signed_at__isnull=False)
    if patient_id is not None:
        grant = await family_service.authorize(actor=actor, patient_id=patient_id, scope=core.GRANT_SCOPE)
        qs = qs.filter(patient_id=patient_id)
    else:
        qs = qs.filter(patient__account_id=me)
    rows = await qs.order_by("-id").limit(100).prefetch_related("order", "order__department", "order__institution",
                                                                "doctor")
    out = [core.record_row(r) for r in rows]
    if grant is not None:
        await family_service.log_access(actor=actor, grant=grant, action="consult_records", target_type="Patient",
                                        target_id=patient_id)
    return out
