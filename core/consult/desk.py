"""The doctor's side of a consultation at the workstation (seed 004 医生移动端 rows 2–3, 11–13, 15,
18–19): the queue, accept or reject, cancel after accepting (取消接诊) or transfer to a colleague
with a reason, the medical record with the patient's history, and the end of the service.

Who may: the doctor of the order, logged in with the console account linked to the `Doctor`
(core/doctors `doctor_for_account`); another doctor's order is answered as missing, audited.
The chat itself goes through the conversation engine, where the doctor is a participant
(reading from payment, writing from acceptance): over the realtime socket, or over HTTP at
/api/admin/v1/conversations.
"""
from __future__ import annotations

import datetime as dt
import json

from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from core import topics
from core.audit import service as audit_service
from core.consult import service as core
from core.consult import states
from core.consult.errors import (
    IllegalTransition,
    NotADoctor,
    OrderNotFound,
    RecordIncomplete,
    TransferRefused,
)
from core.consult.models import ConsultOrder, ConsultRecord
from core.consult.schemas import (
    ColleagueOut, ConsultRecordRowOut,
    DeskCountsOut,
    DeskFilter,
    DeskOrderOut,
    DeskPageOut,
    DeskRowOut,
    EndIn,
    ReasonIn,
    RecordIn,
    RecordOut,
    TransferIn,
)
from core.consult.states import Event, State
from core.conversations import service as conversations
from core.conversations.models import Conversation, Participant
from core.db import transactional, utcnow
from core.doctors import catalogue
from core.doctors.models import TITLE_LABELS, Doctor, DoctorService, ServiceKind
from core.doctors.service import doctor_for_account
from core.events import service as events
from core.principal import Principal

ENDING_WITHIN = dt.timedelta(hours=2)  # the 即将结束 tab
TABS = {
    "new": [State.WAITING.value],
    "in_progress": [State.IN_PROGRESS.value],
    "ending": [State.IN_PROGRESS.value],
    "done": sorted(s.value for s in states.FINAL),
    "all": sorted(s.value for s in State if s is not State.CREATED),
}


async def me(actor: Principal) -> Doctor:
    """The doctor the console account logs in as, or NotADoctor."""
    if actor.kind != "admin" or actor.id is None:
        raise NotADoctor()
    doctor = await doctor_for_account(actor.id)
    if doctor is None:
        raise NotADoctor()
    return doctor


async def _mine(actor: Principal, order_id: int, *, lock: bool = False) -> tuple[Doctor, ConsultOrder]:
    doctor = await me(actor)
    order = await core.load(order_id, lock=lock) if await ConsultOrder.exists(id=order_id) else None
    if order is None or order.doctor_id != doctor.id or order.state == State.CREATED.value:
        if order is not None:
            await audit_service.record_denied(actor=actor, action="consult.desk_read", target_type="ConsultOrder",
                                              target_id=order_id, reason="not the order's doctor")
        raise OrderNotFound(details={"id": order_id})
    return doctor, order


async def _unread(actor: Principal, orders: list[ConsultOrder]) -> dict[int, tuple[int, dt.datetime | None]]:
    ids = [o.conversation_id for o in orders if o.conversation_id]
    convs = {c["id"]: c for c in await Conversation.filter(id__in=ids).values("id", "last_seq", "last_at")}
    read = dict(await Participant.filter(conversation_id__in=ids, party_kind="admin", party_id=actor.id)
                .values_list("conversation_id", "read_seq"))
    return {cid: (max(0, c["last_seq"] - read.get(cid, 0)), c["last_at"]) for cid, c in convs.items()}


def _row(order: ConsultOrder, unread: dict, model=DeskRowOut, **extra) -> DeskRowOut:
    n, last_at = unread.get(order.conversation_id, (0, None))
    return core.order_out(order, for_doctor=True, model=model, symptoms=order.symptoms, unread=n, last_at=last_at,
                          **extra)


def _tab(qs, tab: str):
    qs = qs.filter(state__in=TABS[tab])
    if tab == "new":  # booked video orders wait for their slot in the waiting room (video.py), not here
        qs = qs.filter(kind=ServiceKind.text.value)
    if tab == "ending":
        qs = qs.filter(ends_at__lte=utcnow() + ENDING_WITHIN)
    return qs


async def counts(doctor: Doctor, department_id: int | None = None) -> DeskCountsOut:
    qs = ConsultOrder.filter(doctor_id=doctor.id)
    if department_id:
        qs = qs.filter(department_id=department_id)
    today = utcnow().astimezone(core.CHINA).replace(hour=0, minute=0, second=0, microsecond=0)
    return DeskCountsOut(new=await _tab(qs, "new").count(), in_progress=await _tab(qs, "in_progress").count(),
                         ending=await _tab(qs, "ending").count(),
                         done_today=await qs.filter(state__in=TABS["done"], finished_at__gte=today).count())


async def queue(*, actor: Principal, filters: DeskFilter, limit: int = 20, offset: int = 0) -> DeskPageOut:
    """新接诊 (oldest first: who waited longest), 问诊中, 即将结束 (the window ends within 2 hours),
    已结束 and all, for the doctor's current department or all of them."""
    doctor = await me(actor)
    qs = _tab(ConsultOrder.filter(doctor_id=doctor.id), filters.tab)
    if filters.department_id:
        qs = qs.filter(department_id=filters.department_id)
    order = {"new": ("paid_at", "id"), "in_progress": ("ends_at", "id"), "ending": ("ends_at", "id")}.get(
        filters.tab, ("-id",))
    total = await qs.count()
    rows = await qs.order_by(*order).offset(offset).limit(limit).prefetch_related("doctor", "department",
                                                                                   "institution")
    unread = await _unread(actor, rows)
    return DeskPageOut(counts=await counts(doctor, filters.department_id), total=total,
                       items=[_row(o, unread) for o in rows])


async def _record(order: ConsultOrder) -> ConsultRecord | None:
    return await ConsultRecord.get_or_none(order_id=order.id)


async def order_detail(*, actor: Principal, order_id: int) -> DeskOrderOut:
    doctor, order = await _mine(actor, order_id)
    return await _detail(actor, doctor, order)


async def _detail(actor: Principal, doctor: Doctor, order: ConsultOrder) -> DeskOrderOut:
    record = await _record(order)
    history = await ConsultRecord.filter(patient_id=order.patient_id, signed_at__isnull=False) \
        .exclude(order_id=order.id).count()
    state = State(order.state)
    return _row(order, await _unread(actor, [order]), model=DeskOrderOut, illness_duration=order.illness_duration,
                visited_before=order.visited_before, summary=order.summary, comment=order.comment,
                timeline=await core.timeline(order.id),
                record=core.record_out(record, doctor.name) if record else None, history_count=history,
                can_accept=state == State.WAITING and order.kind == ServiceKind.text.value,
                can_end=state == State.IN_PROGRESS,
                can_write=state == State.IN_PROGRESS)


@transactional
async def accept(*, actor: Principal, order_id: int) -> DeskOrderOut:
    """接诊: the window starts; the doctor may write from now on. Accepting again changes nothing."""
    doctor, order = await _mine(actor, order_id)
    if order.kind == ServiceKind.video.value:  # a video consultation starts when the patient answers a call
        raise IllegalTransition(details={"state": order.state, "event": "accept", "kind": order.kind})
    async with in_transaction():
        order = await core.load(order.id, lock=True)
        if order.state != State.IN_PROGRESS.value:
            await core.begin(order, Event.ACCEPT, actor=actor,
                             system_text=f"{doctor.name}医生已接诊，本次问诊可持续至 {{ends}}")
    return await _detail(actor, doctor, order)


@transactional
async def reject(*, actor: Principal, order_id: int, data: ReasonIn) -> DeskOrderOut:
    """拒绝接诊 with a reason the patient reads: refunded in full."""
    doctor, order = await _mine(actor, order_id)
    async with in_transaction():
        order = await core.load(order.id, lock=True)
        if order.state != State.REJECTED.value:
            order.reason = data.reason
            await core.move(order, Event.REJECT, actor=actor,
                            note=f"医生未接诊：{data.reason}。费用将原路退回")
    return await _detail(actor, doctor, order)


@transactional
async def withdraw(*, actor: Principal, order_id: int, data: ReasonIn) -> DeskOrderOut:
    """取消接诊 after accepting (the condition needs another department, ...): refunded in full."""
    doctor, order = await _mine(actor, order_id)
    async with in_transaction():
        order = await core.load(order.id, lock=True)
        if not (order.state == State.CANCELLED.value and order.accepted_at is not None):
            order.reason = data.reason
            await core.move(order, Event.WITHDRAW, actor=actor, note=f"医生已取消接诊：{data.reason}。费用将原路退回")
    return await _detail(actor, doctor, order)


async def _colleague(order: ConsultOrder, doctor_id: int) -> tuple[Doctor, int]:
    """A doctor of the same hospital who takes this kind of consultation: the doctor and the department."""
    if doctor_id == order.doctor_id:
        raise TransferRefused("不能转诊给自己", details={"doctor_id": doctor_id})
    if order.kind == ServiceKind.video.value:  # booked for this doctor's slot
        raise TransferRefused("视频问诊按医生的时段预约，不能转诊", details={"doctor_id": doctor_id})
    target = await catalogue.listed().filter(id=doctor_id).first()
    site = await catalogue.offered_sites().filter(doctor_id=doctor_id, institution_id=order.institution_id) \
        .order_by("-primary", "sort", "id").first() if target else None
    if target is None or target.account_id is None or site is None or not await DoctorService.exists(
            doctor_id=doctor_id, kind=ServiceKind(order.kind), enabled=True):
        raise TransferRefused(details={"doctor_id": doctor_id})
    return target, site.department_id


async def colleagues(*, actor: Principal, order_id: int) -> list[ColleagueOut]:
    """Whom the order may be transferred to: the hospital's other doctors online who take its kind."""
    _, order = await _mine(actor, order_id)
    offering = DoctorService.filter(kind=ServiceKind(order.kind), enabled=True).values("doctor_id")
    sites = catalogue.offered_sites().filter(institution_id=order.institution_id).values("doctor_id")
    doctors = await catalogue.listed().filter(account_id__isnull=False, id__in=Subquery(offering)) \
        .filter(id__in=Subquery(sites)).exclude(id=order.doctor_id).order_by("name").limit(200)
    departments = {s.doctor_id: s.department.name for s in await catalogue.offered_sites().filter(
        institution_id=order.institution_id, doctor_id__in=[d.id for d in doctors]).order_by("-primary", "sort")
        .prefetch_related("department")}
    return [ColleagueOut(id=d.id, name=d.name, title_label=TITLE_LABELS[d.title],
                         department_name=departments.get(d.id, "")) for d in doctors]


@transactional
async def transfer(*, actor: Principal, order_id: int, data: TransferIn) -> DeskOrderOut:
    """转诊: the order goes to a colleague of the same hospital and waits for acceptance again
    (the acceptance timer starts anew); the patient keeps the price paid."""
    doctor, order = await _mine(actor, order_id)
    target, department_id = await _colleague(order, data.doctor_id)
    async with in_transaction():
        order = await core.load(order.id, lock=True)
        states.transition(order.state, Event.TRANSFER)
        old_account = order.doctor.account_id
        now = utcnow()
        order.doctor_id, order.department_id, order.reason = target.id, department_id, data.reason
        order.accept_by = now + core.accept_window()
        order.accepted_at = order.ends_at = order.reminded_at = None
        await core.move(order, Event.TRANSFER, actor=actor,
                        note=f"{doctor.name}医生已将问诊转给{target.name}医生：{data.reason}")
        await order.fetch_related("doctor", "department")
        if old_account and order.conversation_id:
            await conversations.remove_participant(actor=actor, conversation_id=order.conversation_id,
                                                   party_kind="admin", party_id=old_account)
        await core.doctor_participant(order, can_write=False, actor=actor)
        await events.emit(core.TIMER, {"order_id": order.id, "at": order.accept_by.isoformat()})
        await events.emit(core.CHANGED, {"id": order.id, "to": order.state, "event": "transfer_in"},
                          topic=core.doctor_topic(target.id))
        await core.tell_doctor(order, title="新的转诊问诊", body=f"{doctor.name}医生转来：{data.reason}")
    return await order_detail_as_former(actor, order)


async def order_detail_as_former(actor: Principal, order: ConsultOrder) -> DeskOrderOut:
    """The order as its former doctor last saw it (after a transfer it is no longer theirs)."""
    doctor = await me(actor)
    return core.order_out(order, for_doctor=True, model=DeskOrderOut, symptoms=order.symptoms, unread=0,
                          last_at=None, illness_duration=order.illness_duration, visited_before=order.visited_before,
                          summary=order.summary, comment=order.comment, timeline=await core.timeline(order.id),
                          record=None, history_count=0, can_accept=False, can_end=False, can_write=False) \
        if order.doctor_id != doctor.id else await _detail(actor, doctor, order)


def _record_fields(data: RecordIn) -> dict:
    return {"chief_complaint": data.chief_complaint, "present_history": data.present_history,
            "past_history": data.past_history, "diagnosis": json.dumps(data.diagnosis, ensure_ascii=False),
            "advice": data.advice}


@transactional
async def save_record(*, actor: Principal, order_id: int, data: RecordIn) -> RecordOut:
    """病历录入 during the consultation (saved as often as the doctor likes; signed at the end)."""
    doctor, order = await _mine(actor, order_id)
    async with in_transaction():
        order = await core.load(order.id, lock=True)
        if order.state != State.IN_PROGRESS.value:
            raise IllegalTransition(details={"state": order.state, "event": "record"})
        record = await _record(order)
        if record is None:
            record = await ConsultRecord.create(order_id=order.id, doctor_id=doctor.id, patient_id=order.patient_id,
                                                **_record_fields(data))
        else:
            await ConsultRecord.filter(id=record.id).update(**_record_fields(data), updated_at=utcnow())
            record = await ConsultRecord.get(id=record.id)
        await audit_service.record(actor=actor, action="consult.record", target_type="ConsultOrder",
                                   target_id=order.id, org_id=order.institution_id,
                                   after={"record": record.id, "diagnoses": len(data.diagnosis)})
    return core.record_out(record, doctor.name)


@transactional
async def end(*, actor: Principal, order_id: int, data: EndIn) -> DeskOrderOut:
    """结束服务: the record is signed (the doctor's SM2 signature, core.sign_record) and shown to the patient with the doctor's closing words; the
    conversation becomes read-only. Needs a record with a chief complaint and a diagnosis."""
    doctor, order = await _mine(actor, order_id)
    async with in_transaction():
        order = await core.load(order.id, lock=True)
        if order.state != State.ENDED.value:
            states.transition(order.state, Event.END)
            record = await _record(order)
            if record is None or not (record.chief_complaint or "").strip() \
                    or not json.loads(record.diagnosis or "[]"):
                raise RecordIncomplete(details={"id": order.id})
            await ConsultRecord.filter(id=record.id).update(signed_at=utcnow())
            await core.sign_record(record, actor=actor)
            order.summary = data.summary
            await core.move(order, Event.END, actor=actor, system_text=f"{doctor.name}医生已结束服务：{data.summary}")
            await events.emit(core.COMPLETED, {"order_id": order.id})
    return await _detail(actor, doctor, order)


async def patient_history(*, actor: Principal, order_id: int) -> list[ConsultRecordRowOut]:
    """历史诊疗记录 of the order's patient: the signed records of their earlier consultations."""
    doctor, order = await _mine(actor, order_id)
    rows = await ConsultRecord.filter(patient_id=order.patient_id, signed_at__isnull=False) \
        .exclude(order_id=order.id).order_by("-id").limit(50) \
        .prefetch_related("order", "order__department", "order__institution", "doctor")
    await audit_service.record(actor=actor, action="consult.history", target_type="ConsultOrder",
                               target_id=order.id, org_id=order.institution_id, after={"records": len(rows)})
    return [core.record_row(r) for r in rows]


# ---------------------------------------------------------------- the doctor's live topic

async def _topic_access(actor: Principal, tid: str) -> topics.TopicAccess:
    doctor = await me(actor)
    if tid != str(doctor.id):
        raise OrderNotFound()
    return topics.TopicAccess()


def register_topics() -> None:
    """Start-up wiring: `doctor:<id>` carries the doctor's queue changes (unsequenced notices)."""
    topics.register(topics.TopicKind(core.DOCTOR_TOPIC, authorise=_topic_access))

