"""Consultation orders: the one place where an order moves, and what every move brings along.

Why one `move`: a consultation is a contract with money and a conversation attached, and every
change of it must do the same things together, in one transaction: the state (refused when the
state machine does not allow it), the trail (`ConsultOrderEvent`), the conversation (participants
and the system item both sides see in the chat's own sequence), the money (a refund asked for
exactly when a paid order is given up), the messages to the patient and the doctor, and the
domain events others follow (the doctor's queue live on `doctor:<id>`, the catalogue's tallies,
the timers). The patient's use cases are in `patient.py`, the doctor's in `desk.py`, the timers
and the money's follow-up in `timers.py`, the back office in `admin.py`; they all move orders
through here.

Idempotent moves: a move asked for again once it happened answers the order as it is (a doubled
tap, a timer firing twice, a retried request). Money never moves twice: a refund is asked for
with an out_refund_no derived from the order, which WeChat Pay (and core/payments) keys it by.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from core.accounts.models import AdminAccount
from core.audit import service as audit_service
from core.consult import queue, states
from core.consult.errors import OrderNotFound
from core.consult.models import ConsultOrder, ConsultOrderEvent, ConsultRecord
from core.consult.schemas import (
    ConsultRecordRowOut,
    OrderDoctorOut,
    OrderEventOut,
    OrderOut,
    OrderPatientOut,
    RecordOut,
)
from core.consult.states import Event, State
from core.conversations import service as conversations
from core.conversations.models import ChatMessage
from core.db import utcnow
from core.doctors.models import PERIOD_LABELS, SERVICE_LABELS, TITLE_LABELS, Period, ServiceKind
from core.doctors.service import photo_url
from core.events import service as events
from core.masking import mask_name
from core.notify import service as notify_service
from core.payments import purposes as payment_purposes
from core.principal import SYSTEM, Principal
from core.settings import get_settings
from core.signing import service as signing
from core.signing.models import Signature

CHINA = ZoneInfo("Asia/Shanghai")
PAYMENT_KIND = "consult.order"  # payment orders of a consultation are referenced "consult.order:<id>"
CONVERSATION_KIND, REF_TYPE = "consult", "consult_order"
GRANT_SCOPE = "consultations"  # the family grant a relative needs (core/family/schemas.py SCOPES)
DOCTOR_TOPIC = "doctor"
# Events (core.events): the doctor's screens follow `doctor:<id>`; the catalogue's ledger and the timers consume.
CHANGED = "consult.order_changed"
PAID, COMPLETED, RATED = "consult.order_paid", "consult.order_completed", "consult.order_rated"
TIMER = "consult.timer"  # {order_id, at}: a deadline was set; the group consult.timers queues its job
REFUND_DUE = "consult.refund_due"  # {order_id}: a paid order was given up; the group consult.money refunds it
ROOM_DONE = "consult.room_done"  # {order_id, room_id}: a video call is over; the group consult.rooms ends its room
PATIENT_LINK = "/consult/orders/{id}"
DESK_LINK = "/admin/workstation?order={id}"


def payment_reference(order_id: int) -> str:
    return payment_purposes.reference(PAYMENT_KIND, order_id)


def refund_number(order: ConsultOrder) -> str:
    """The order's one full refund, the same however often it is asked for."""
    return f"RF{order.number}"


def doctor_topic(doctor_id: int) -> str:
    return f"{DOCTOR_TOPIC}:{doctor_id}"


def local(value: dt.datetime | None) -> str:
    return value.astimezone(CHINA).strftime("%m-%d %H:%M") if value else ""


def actor_type(actor: Principal) -> str:
    if actor.kind == "mp":
        return "patient"
    if actor.kind == "admin":
        return "doctor" if "doctor" in actor.roles else "admin"
    return "system"


def mp_principal(account_id: int) -> Principal:
    return Principal(kind="mp", id=account_id, name=f"mp:{account_id}")


# ---------------------------------------------------------------- presenting

def order_out(order: ConsultOrder, *, for_doctor: bool = False, model=OrderOut, **extra: Any) -> Any:
    """An order as its screens show it (`doctor`, `department`, `institution` prefetched)."""
    d = order.doctor
    state = State(order.state)
    fields: dict[str, Any] = dict(
        id=order.id, number=order.number, kind=order.kind, kind_label=SERVICE_LABELS[ServiceKind(order.kind)],
        state=order.state, state_label=states.LABELS[state], refund_state=order.refund_state,
        refund_label=states.REFUND_LABELS.get(order.refund_state, ""),
        doctor=OrderDoctorOut(id=d.id, name=d.name, title_label=TITLE_LABELS[d.title], photo_url=photo_url(d)),
        department_name=order.department.name, institution_name=order.institution.name,
        patient=OrderPatientOut(id=order.patient_id,
                                name=order.patient_name if for_doctor else mask_name(order.patient_name) or "",
                                gender=order.patient_gender, age=order.patient_age),
        for_relative=order.grant_id is not None, price_fen=order.price_fen, window_hours=order.window_hours,
        created_at=order.created_at, paid_at=order.paid_at, accept_by=order.accept_by,
        accepted_at=order.accepted_at, ends_at=order.ends_at, finished_at=order.finished_at, reason=order.reason,
        conversation_id=order.conversation_id, score=order.score,
        can_pay=state == State.CREATED, can_cancel=state in (State.CREATED, State.WAITING),
        can_rate=state in states.RATABLE and order.score is None,
        can_chat=state in (State.WAITING, State.QUEUED, State.CALLING, State.IN_PROGRESS),
        slot_day=order.slot_day, slot_period=order.slot_period or None,
        slot_label=slot_label(order.slot_day, order.slot_period), room_id=order.room_id)
    fields.update(extra)
    return model(**fields)


def slot_label(day: dt.date | None, period: str) -> str:
    """"12-08 上午 08:00–12:00" (China time), "" for an order without a slot."""
    if day is None or not period:
        return ""
    start, end = (t.astimezone(CHINA) for t in queue.slot_bounds(day, period))
    return f"{day:%m-%d} {PERIOD_LABELS[Period(period)]} {start:%H:%M}–{end:%H:%M}"


async def timeline(order_id: int) -> list[OrderEventOut]:
    rows = await ConsultOrderEvent.filter(order_id=order_id).order_by("id")
    return [OrderEventOut(event=r.event, from_state=r.from_state, to_state=r.to_state,
                          label=states.LABELS[State(r.to_state)], actor_type=r.actor_type, note=r.note, at=r.at)
            for r in rows]


def record_out(record: ConsultRecord, doctor_name: str) -> RecordOut:
    return RecordOut(chief_complaint=record.chief_complaint or "", present_history=record.present_history or "",
                     past_history=record.past_history or "", diagnosis=json.loads(record.diagnosis or "[]"),
                     advice=record.advice or "", doctor_name=doctor_name, signed_at=record.signed_at,
                     updated_at=record.updated_at)


RECORD_SUBJECT = "consult.record"


def record_content(record: ConsultRecord) -> dict[str, Any]:
    """What the doctor signs when the consultation ends (the record's content, canonical in core/signing)."""
    return {"type": "consult_record", "id": record.id, "order_id": record.order_id, "doctor_id": record.doctor_id,
            "patient_id": record.patient_id, "chief_complaint": record.chief_complaint or "",
            "present_history": record.present_history or "", "past_history": record.past_history or "",
            "diagnosis": json.loads(record.diagnosis or "[]"), "advice": record.advice or ""}


async def sign_record(record: ConsultRecord, *, actor: Principal) -> None:
    """The doctor's signature over the record (SM2 through core/signing), in the caller's transaction."""
    await signing.sign(actor=actor, subject=f"{RECORD_SUBJECT}:{record.id}", role="doctor",
                       content=record_content(record))


async def record_signature(record: ConsultRecord) -> signing.Verification:
    """The record's signature verified against its rows now (public key only)."""
    sig = await Signature.filter(subject=f"{RECORD_SUBJECT}:{record.id}").order_by("-id").first()
    return await signing.verify(signature_id=sig.id if sig else None, content=record_content(record))


def record_row(record: ConsultRecord) -> ConsultRecordRowOut:
    """One signed record as 诊疗记录 lists it (`order`, its department and hospital, `doctor` prefetched)."""
    o = record.order
    return ConsultRecordRowOut(order_id=record.order_id, number=o.number,
                               kind_label=SERVICE_LABELS[ServiceKind(o.kind)], doctor_name=record.doctor.name,
                               department_name=o.department.name, institution_name=o.institution.name,
                               finished_at=o.finished_at, record=record_out(record, record.doctor.name))


async def load(order_id: int, *, lock: bool = False) -> ConsultOrder:
    qs = ConsultOrder.filter(id=order_id)
    if lock:
        qs = qs.select_for_update()
    order = await qs.first()
    if order is None:
        raise OrderNotFound(details={"id": order_id})
    await order.fetch_related("doctor", "department", "institution")
    return order


# ---------------------------------------------------------------- moving

async def move(order: ConsultOrder, event: Event, *, actor: Principal, note: str = "",
               system_text: str | None = None) -> None:
    """Fire `event` on the row-locked order, inside the caller's transaction (the state machine refuses
    what its state does not allow; callers answer a repeat of what already happened before calling).
    Saves the order with whatever the caller changed on it."""
    t = states.transition(order.state, event)
    before = order.state
    now = utcnow()
    order.state = t.target.value
    if t.target in states.FINAL:
        order.finished_at = now
        if order.accepted_at is not None and order.first_reply_at is None:
            order.first_reply_at = await first_reply(order)
    video_over = order.kind == ServiceKind.video.value and t.target in states.FINAL
    if video_over:
        order.called_at = None
        if order.accepted_at is not None and order.call_ended_at is None:
            order.call_ended_at = now  # the call ends with the service at the latest
        if order.room_id is not None:
            await events.emit(ROOM_DONE, {"order_id": order.id, "room_id": order.room_id})
    if t.refund and order.paid_at is not None and not order.refund_state:
        order.refund_state = "requested"
        await events.emit(REFUND_DUE, {"order_id": order.id})
    await order.save()
    text = note or states.EVENT_NOTES[event]
    await ConsultOrderEvent.create(order_id=order.id, event=event.value, from_state=before, to_state=order.state,
                                   actor_type=actor_type(actor), actor_id=actor.id, note=text[:500])
    await events.emit(CHANGED, {"id": order.id, "from": before, "to": order.state, "event": event.value},
                      topic=doctor_topic(order.doctor_id))
    if order.kind == ServiceKind.video.value and order.slot_day is not None:
        await queue.push(order.doctor_id, order.slot_day, order.slot_period, changed=order.id)
    await audit_service.record(actor=actor, action=f"consult.{event.value}", target_type="ConsultOrder",
                               target_id=order.id, org_id=order.institution_id,
                               after={"from": before, "to": order.state, "note": text[:200]})
    if order.conversation_id is not None:
        text_for_chat = system_text if system_text is not None else text
        if t.target in states.FINAL:
            await conversations.close(actor=actor, conversation_id=order.conversation_id, reason=event.value,
                                      text=text_for_chat[:500], data={"order_id": order.id, "state": order.state})
        else:
            await conversations.post_system(actor=actor, conversation_id=order.conversation_id, event=event.value,
                                            text=text_for_chat[:500], key=f"{event.value}:{await _moves(order.id)}",
                                            data={"order_id": order.id, "state": order.state})
    label = states.LABELS[State(order.state)]
    message = await notify_service.notify(
        account_id=order.account_id, kind="consult.state", title=f"问诊订单{label}",
        body=f"{order.number}：{text}"[:1000], link=PATIENT_LINK.format(id=order.id))
    await notify_service.push([message])


async def begin(order: ConsultOrder, event: Event, *, actor: Principal, system_text: str) -> None:
    """The consultation starts (accepted; a video call answered), in the caller's transaction: its window
    (`{ends}` in `system_text` is its end), the doctor writing, the window's timer, the catalogue's ledger
    (this patient consulted this doctor: 最近问诊的医生, the tallies)."""
    now = utcnow()
    order.accepted_at, order.ends_at = now, now + dt.timedelta(hours=order.window_hours)
    await move(order, event, actor=actor, system_text=system_text.format(ends=local(order.ends_at)))
    await doctor_participant(order, can_write=True, actor=actor)
    await events.emit(TIMER, {"order_id": order.id, "at": order.ends_at.isoformat()})
    await events.emit(PAID, {"order_id": order.id, "doctor_id": order.doctor_id, "account_id": order.account_id,
                             "kind": order.kind})


async def _moves(order_id: int) -> int:
    """How many moves the order made: keys a repeated kind of system item (a second transfer) apart."""
    return await ConsultOrderEvent.filter(order_id=order_id).count()


async def first_reply(order: ConsultOrder) -> dt.datetime | None:
    """When the doctor first wrote in the conversation (the response time's end)."""
    if order.conversation_id is None:
        return None
    account_id = await doctor_account(order.doctor_id)
    row = await ChatMessage.filter(conversation_id=order.conversation_id, sender_kind="admin",
                                   sender_id=account_id or 0).order_by("seq").first().values("created_at")
    return row["created_at"] if row else None


async def doctor_account(doctor_id: int) -> int | None:
    from core.doctors.models import Doctor

    row = await Doctor.filter(id=doctor_id).first().values("account_id")
    return row["account_id"] if row else None


async def doctor_participant(order: ConsultOrder, *, can_write: bool, actor: Principal) -> None:
    """The order's doctor in its conversation (reading only until the consultation is accepted)."""
    account_id = order.doctor.account_id
    if order.conversation_id is None or account_id is None:
        return
    await conversations.add_participant(actor=actor, conversation_id=order.conversation_id, party={
        "kind": "admin", "id": account_id, "role": "doctor", "name": f"{order.doctor.name}医生",
        "can_write": can_write})


async def tell_doctor(order: ConsultOrder, *, title: str, body: str) -> None:
    """A reminder in the doctor's console messages (下单、接诊、取消接诊提醒)."""
    account_id = order.doctor.account_id
    if account_id is None:
        return
    await notify_service.notify(admin_account_id=account_id, kind="consult.desk", title=title[:128],
                                body=f"{order.number}：{body}"[:1000], link=DESK_LINK.format(id=order.id))


def accept_window() -> dt.timedelta:
    return dt.timedelta(minutes=get_settings().consult_accept_minutes)


def system_actor() -> Principal:
    return SYSTEM


async def admin_name(account_id: int | None) -> str:
    if account_id is None:
        return ""
    row = await AdminAccount.filter(id=account_id).first().values("display_name", "username")
    return (row["display_name"] or row["username"]) if row else ""


async def payment_services(order_ids: list[int]) -> dict[int, str]:
    """The service of each consultation paid for (图文咨询 / 视频问诊): the payment platform's summary
    counts them apart (registered with core.payments.purposes.register_variants in core/wiring.py)."""
    rows = await ConsultOrder.filter(id__in=order_ids).values_list("id", "kind")
    return {i: SERVICE_LABELS.get(ServiceKind(k), k) for i, k in rows}
