"""Demo consultations (seed 004 图文咨询, 视频问诊): orders in every state at 闸北中心医院 (静安区), 武汉市第一医院
and 西陵区妇幼保健院, so the back office's 问诊订单 / 诊疗统计 and the doctors' workstation show
something at once; 张丽 (西陵区妇幼保健院) has a video waiting room with patients checked in.

Why through the services: the patient persona (王秀英, for herself and for her husband, her 就诊人)
and her son (李明) accept the informed consent and order; payment is confirmed as WeChat Pay would
(core/payments/demo.py, no server runs while seeding); the doctors accept, write, record and end
with their workstation logins; the patients rate; refunds of orders given up are recorded as
WeChat Pay would confirm them and the orders follow as the consumer group consult.money makes them
follow; one finished order is partly refunded by the hospital's back office. Finished orders are then
moved back over the past days (core/consult/demo.py), each with how long its doctor took to reply.
The catalogue's tallies (completed counts, ratings) are applied with core/doctors/ledger.py, whose
functions the events would call.
"""
from __future__ import annotations

import datetime as dt

from core.accounts.models import AdminAccount, MpAccount
from core.consult import admin as consult_admin
from core.consult import automatic, desk, patient
from core.consult import demo as consult_demo
from core.consult import queue as consult_queue
from core.consult import service as consult_service
from core.consult.models import ConsultOrder
from core.consult.schemas import CancelIn, EndIn, OrderIn, RateIn, ReasonIn, RecordIn
from core.conversations import service as conversations
from core.db import utcnow
from core.demo.catalog import CONSULT_DOCTOR_ACCOUNTS
from core.demo.orgs import admin
from core.demo.personas import PATIENT, RELATIVE, SPOUSE, actor_of
from core.demo_personas import persona
from core.doctors import consent, ledger
from core.doctors import service as doctors_service
from core.doctors.models import SERVICE_LABELS, Doctor, DoctorSchedule, DoctorSite, ServiceKind
from core.localtime import local_date
from core.family import patients as patients_service
from core.family.models import Patient
from core.payments import demo as payments_demo
from core.payments import service as payments
from core.principal import SYSTEM, Principal

SYMPTOMS = {
    "child_fever": ("孩子发烧两天，最高38.9度，精神尚可，吃了退烧药后能退下来，但反复发热。", "三天内"),
    "cough": ("咳嗽一周，夜间和早上较重，有少量白痰，无发热，想问问需不需要用药。", "一周内"),
    "bp": ("高血压五年，一直服用氨氯地平，最近早上血压在150/95左右，想咨询是否需要调整用药。", "一年以上"),
    "sugar": ("空腹血糖最近在7.5左右，饭后两小时11点多，平时吃二甲双胍，想问饮食和用药。", "半年以上"),
    "rash": ("手臂和后背起红疹，痒，晚上更明显，已经有四五天了，没有新换洗衣液。", "一周内"),
    "gyn": ("月经推迟十天，最近工作压力大，睡眠不好，想咨询需要做哪些检查。", "一个月内"),
    "dizzy": ("最近一周起床时头晕，持续几秒钟，血压正常，没有耳鸣和呕吐。", "一周内"),
}
RECORD = RecordIn(chief_complaint="咳嗽、发热3天", present_history="3天前受凉后出现发热咳嗽，最高体温38.9℃",
                  past_history="既往体健，无药物过敏史", diagnosis=["急性上呼吸道感染"],
                  advice="多饮水，注意休息；体温超过38.5℃可服用布洛芬；如持续高热或呼吸急促请及时线下就诊。")
SUMMARY = "根据您描述的情况考虑为急性上呼吸道感染，按医嘱观察与用药，三天后如无好转请到医院门诊复诊。"


async def _doctor_actor(name: str) -> tuple[Doctor, Principal]:
    doctor = await Doctor.get(name=name)
    account = await AdminAccount.get(id=doctor.account_id)
    return doctor, await admin(account.username)


async def _logins(password: str) -> None:
    """Workstation logins of the doctors the demo's patients consult (a doctor without one takes no orders)."""
    for username, (hospital_admin, name, _label) in CONSULT_DOCTOR_ACCOUNTS.items():
        doctor = await Doctor.get(name=name)
        if doctor.account_id is None:
            _, account_id, _ = await doctors_service.create_account(actor=await admin(hospital_admin),
                                                                    doctor_id=doctor.id, username=username,
                                                                    password=password)
            await AdminAccount.filter(id=account_id).update(must_change_password=False, password_changed_at=utcnow())


async def _patient_id(account_id: int, who, *, is_self: bool) -> int:
    return (await Patient.get(account_id=account_id, is_self=is_self, deleted_at__isnull=True,
                              id_number_bidx=patients_service.bidx("id_number", who.id_number))).id


class _Orders:
    """The demo's patients and doctors, and the moves of one order after another."""

    def __init__(self, people: dict[str, tuple[Principal, int]], doctors: dict[str, tuple[Doctor, Principal]]):
        self.people, self.doctors, self.sent = people, doctors, 0

    async def place(self, who: str, doctor: str, symptoms: str) -> int:
        actor, patient_id = self.people[who]
        text, duration = SYMPTOMS[symptoms]
        order = await patient.place(actor=actor, data=OrderIn(doctor_id=self.doctors[doctor][0].id,
                                                              patient_id=patient_id, symptoms=text,
                                                              illness_duration=duration))
        return order.id

    async def pay(self, who: str, order_id: int) -> None:
        order = await ConsultOrder.get(id=order_id).prefetch_related("doctor")
        await payments_demo.paid_without_gateway(
            actor=self.people[who][0], reference=consult_service.payment_reference(order_id),
            org_id=order.institution_id, amount_fen=order.price_fen, description=f"{order.doctor.name}医生 {SERVICE_LABELS[ServiceKind(order.kind)]}")
        await ledger.record_consultation(order_id=order_id, doctor_id=order.doctor_id, account_id=order.account_id,
                                         kind=order.kind)

    async def say(self, actor: Principal, order_id: int, text: str) -> None:
        order = await ConsultOrder.get(id=order_id)
        self.sent += 1
        await conversations.send_text(actor=actor, conversation_id=order.conversation_id,
                                      client_id=f"demo-{order_id}-{self.sent}", text=text)

    async def accepted(self, who: str, doctor: str, symptoms: str, *, reply: bool = True) -> int:
        order_id = await self.place(who, doctor, symptoms)
        await self.pay(who, order_id)
        doc = self.doctors[doctor][1]
        await desk.accept(actor=doc, order_id=order_id)
        if reply:
            await self.say(doc, order_id, "您好，我已看过您的描述，请问现在还有其他不舒服吗？")
            await self.say(self.people[who][0], order_id, "没有其他不舒服，谢谢医生。")
        return order_id

    async def ended(self, who: str, doctor: str, symptoms: str, *, score: int | None, comment: str = "") -> int:
        order_id = await self.accepted(who, doctor, symptoms)
        doc = self.doctors[doctor][1]
        await desk.save_record(actor=doc, order_id=order_id, data=RECORD)
        await desk.end(actor=doc, order_id=order_id, data=EndIn(summary=SUMMARY))
        await ledger.record_completed(order_id=order_id)
        await self.rate(who, order_id, score, comment)
        return order_id

    async def rate(self, who: str, order_id: int, score: int | None, comment: str = "") -> None:
        if score is not None:
            await patient.rate(actor=self.people[who][0], order_id=order_id, data=RateIn(score=score, comment=comment))
            await ledger.record_rating(order_id=order_id, score=score)

    async def refunded(self, order_id: int) -> None:
        """The full refund of an order given up, as WeChat Pay confirms it; the order follows."""
        order = await ConsultOrder.get(id=order_id)
        paid = await payments.order_of(reference=consult_service.payment_reference(order_id))
        await payments_demo.refunded_without_gateway(actor=SYSTEM, out_trade_no=paid["out_trade_no"],
                                                     amount_fen=paid["amount_fen"],
                                                     reason=(order.reason or "问诊未进行，全额退款")[:80])
        await automatic.refund(order_id)


async def seed_consultations(password: str) -> None:
    """Build the demo's orders (the caller checks there are none yet)."""
    await _logins(password)
    mother = await MpAccount.get(openid=persona("patient")["openid"])
    son = await MpAccount.get(openid=persona("relative")["openid"])
    version = (await consent.current()).version
    for account in (mother, son):
        await consent.accept(actor=actor_of(account), version=version)
    people = {"mother": (actor_of(mother), await _patient_id(mother.id, PATIENT, is_self=True)),
              "husband": (actor_of(mother), await _patient_id(mother.id, SPOUSE, is_self=False)),
              "son": (actor_of(son), await _patient_id(son.id, RELATIVE, is_self=True))}
    doctors = {key: await _doctor_actor(name) for key, name in (("wu", "吴佳怡"), ("shen", "沈国平"), ("li", "李华"),
                                                                ("zhang", "张丽"))}
    o = _Orders(people, doctors)
    later: list[tuple[int, float, float | None]] = []  # (order, days back, reply minutes)

    # 闸北中心医院: finished ones first (each frees its doctor and patient for the next order).
    later.append((await o.ended("mother", "wu", "child_fever", score=5, comment="医生很耐心，讲解很细致"), 9, 4))
    later.append((await o.ended("son", "wu", "cough", score=4, comment="回复及时"), 6, 12))
    later.append((await o.ended("husband", "shen", "bp", score=5, comment="调整用药后血压平稳了"), 5, 35))
    closed = await o.accepted("mother", "shen", "sugar")
    await automatic.due(closed, now=(await ConsultOrder.get(id=closed)).ends_at)  # the window ran out
    await ledger.record_completed(order_id=closed)
    await o.rate("mother", closed, 3, "医生回复有点慢")
    later.append((closed, 4, 75))
    rejected = await o.place("husband", "wu", "dizzy")
    await o.pay("mother", rejected)
    await desk.reject(actor=doctors["wu"][1], order_id=rejected,
                      data=ReasonIn(reason="头晕原因需线下检查，建议到神经内科门诊就诊"))
    await o.refunded(rejected)
    later.append((rejected, 3, None))
    expired = await o.place("son", "shen", "bp")
    await o.pay("son", expired)
    await automatic.due(expired, now=(await ConsultOrder.get(id=expired)).accept_by)  # nobody accepted in time
    await o.refunded(expired)
    later.append((expired, 2, None))
    cancelled = await o.place("mother", "wu", "rash")
    await o.pay("mother", cancelled)
    await patient.cancel(actor=people["mother"][0], order_id=cancelled, data=CancelIn(reason="已去医院门诊就诊"))
    await o.refunded(cancelled)
    later.append((cancelled, 1, None))
    # Finished, then partly refunded by the hospital's back office after a complaint about the wait.
    partly = await o.ended("son", "shen", "dizzy", score=2, comment="等了很久才回复")
    made = {"amount_fen": 1000, "reason": "回复不及时，退还部分费用", "state": "success"}
    operator = await admin("records2")  # 闸北中心医院's administrator
    paid = await payments.order_of(reference=consult_service.payment_reference(partly))
    made["out_refund_no"] = await payments_demo.refunded_without_gateway(
        actor=operator, out_trade_no=paid["out_trade_no"], amount_fen=made["amount_fen"], reason=made["reason"])
    await consult_admin.record_refund(operator, partly, made)
    later.append((partly, 1, 150))
    # Still running: one answered, one not yet; one waiting for the doctor; one not paid.
    answered = await o.accepted("son", "wu", "child_fever")
    later.append((answered, 0, 8))
    await o.accepted("mother", "shen", "bp", reply=False)
    await o.pay("husband", await o.place("husband", "wu", "cough"))
    await o.place("husband", "shen", "sugar")

    # 武汉市第一医院 and 西陵区妇幼保健院 (the assessment's tree runs the internet hospital too).
    later.append((await o.ended("mother", "li", "child_fever", score=5, comment="李主任非常专业"), 7, 6))
    later.append((await o.accepted("son", "li", "cough"), 0, 3))
    cancelled = await o.place("husband", "li", "cough")
    await o.pay("husband", cancelled)
    await patient.cancel(actor=people["husband"][0], order_id=cancelled, data=CancelIn(reason="症状已缓解"))
    await o.refunded(cancelled)
    later.append((cancelled, 2, None))
    later.append((await o.ended("husband", "zhang", "gyn", score=4), 8, 50))
    rejected = await o.place("mother", "zhang", "gyn")
    await o.pay("mother", rejected)
    await desk.reject(actor=doctors["zhang"][1], order_id=rejected, data=ReasonIn(reason="建议先到妇科门诊做B超检查"))
    await o.refunded(rejected)
    later.append((rejected, 2, None))

    for order_id, days, minutes in later:
        await consult_demo.backdate(order_id, days=days, reply_minutes=minutes)
    for key in ("li", "wu"):  # a call held at 武汉市第一医院 and at 闸北中心医院 too
        await _held_calls(o, *doctors[key], await _bookable_slot(doctors[key][0]),
                          (("mother", "cough", 2, 11, 10, 5), ("husband", "cough", 1, 8, 6, 4)))
    await _video_waiting_room(o, *doctors["zhang"])


async def _bookable_slot(doctor: Doctor) -> DoctorSchedule:
    """The doctor's period of today still to come (or tomorrow morning's), made when missing."""
    now = utcnow()
    today = local_date(now)
    day, period = next(((today, p) for p in ("morning", "afternoon", "evening")
                        if consult_queue.slot_bounds(today, p)[1] > now), (today + dt.timedelta(days=1), "morning"))
    site = await DoctorSite.filter(doctor_id=doctor.id).order_by("-primary", "sort").first()
    return await DoctorSchedule.get_or_none(doctor_id=doctor.id, day=day, period=period) \
        or await DoctorSchedule.create(doctor_id=doctor.id, department_id=site.department_id,
                                       institution_id=site.institution_id, day=day, period=period, capacity=12)


async def _held_calls(o: _Orders, doctor: Doctor, doctor_actor: Principal, slot: DoctorSchedule, calls) -> None:
    """Video calls already held on earlier days (the back office's 视频问诊 and its statistics): the rooms
    as the calls left them, the record and the end through the desk, a rating. A patient with an open
    order of this doctor is skipped (one open order per doctor and patient)."""
    for who, symptoms, days, minutes, waited, score in calls:
        actor, patient_id = o.people[who]
        if await ConsultOrder.filter(doctor_id=doctor.id, patient_id=patient_id,
                                     state__in=["created", "waiting", "queued", "calling", "in_progress"]).exists():
            continue
        text, duration = SYMPTOMS[symptoms]
        order = await patient.place(actor=actor, data=OrderIn(doctor_id=doctor.id, kind="video", slot_id=slot.id,
                                                              patient_id=patient_id, symptoms=text,
                                                              illness_duration=duration))
        await o.pay(who, order.id)
        await consult_demo.finished_call(order.id, doctor_account_id=doctor.account_id, days=days, minutes=minutes,
                                         waited_minutes=waited)
        await desk.save_record(actor=doctor_actor, order_id=order.id, data=RECORD)
        await desk.end(actor=doctor_actor, order_id=order.id, data=EndIn(summary=SUMMARY))
        await ledger.record_completed(order_id=order.id)
        await o.rate(who, order.id, score)
        await consult_demo.finished_call_times(order.id)


async def _video_waiting_room(o: _Orders, doctor: Doctor, doctor_actor: Principal) -> None:
    """视频问诊: 张丽's period of today still to come (or tomorrow morning's), booked by the three demo
    patients: two checked in (the waiting room shows them in order), one booked and not yet checked in."""
    slot = await _bookable_slot(doctor)
    await _held_calls(o, doctor, doctor_actor, slot, (
        ("mother", "gyn", 3, 12, 8, 5), ("husband", "dizzy", 2, 9, 15, 4), ("son", "cough", 1, 14, 5, None)))
    for who, symptoms, check_in in (("mother", "gyn", True), ("husband", "dizzy", True), ("son", "cough", False)):
        actor, patient_id = o.people[who]
        text, duration = SYMPTOMS[symptoms]
        order = await patient.place(actor=actor, data=OrderIn(doctor_id=doctor.id, kind="video", slot_id=slot.id,
                                                              patient_id=patient_id, symptoms=text,
                                                              illness_duration=duration))
        await o.pay(who, order.id)
        if check_in:
            await consult_demo.check_in(actor, order.id)
