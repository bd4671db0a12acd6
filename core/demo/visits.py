"""Demo data of the visit assistant and cloud accompaniment (issue 13), part of `seed-demo`.

Why: `make run` should show the 门诊就医助手 working at once: every 静安区 institution onboarded
(assistant and accompaniment on; most push by webhook, 市北医院 publishes to RabbitMQ, 北站医院 is
polled), 静安区中医医院 with its own step order and names, the demo HIS's outpatient catalogue
(departments, doctors, two weeks of slots) at four hospitals, and the H5 personas' visits in
different steps: 王秀英 waiting to pay at 静安区中心医院 and a finished visit at 中医医院, her son
李明 in the queue at 市北医院, an appointment she booked for her husband 李国华 and one her son
booked for her under her 门诊预约 grant. The visits are made the way production makes them: the
simulator's events through the event centre's apply_batch, bookings through core/visits/appointments.
The simulator (bff/visit_simulator.py) then keeps visits moving while the server runs.

Idempotent: nothing happens once the connections exist.
"""
from __future__ import annotations

import datetime as dt
import secrets

from core.accompany import service as accompany
from core.db import utcnow
from core.demo.personas import DAUGHTER, PATIENT, RELATIVE, SPOUSE, account, actor_of
from core.demo.records import INSTITUTIONS
from core.family import patients as patients_service
from core.family import service as family_service
from core.family.models import Family, Patient
from core.his import adapter as his
from core.his import demo as demo_his
from core.his.simulator import Simulator
from core.localtime import LOCAL
from core.orgs.models import OrgNode
from core.visits import appointments
from core.visits import steps as steps_config
from core.visits.apply import apply_batch
from core.visits.models import HisConnection, Visit, VisitStepConfig

assert DAUGHTER  # (the removed 就诊人 has no visits)

POLLED = "JA31010603"  # 北站医院: its HIS cannot push, the centre polls it
AMQP = "JA31010602"  # 市北医院: its integration engine publishes to RabbitMQ
TCM = "JA31010606"  # 静安区中医医院: its own steps
# Hospitals whose demo HIS opens its outpatient catalogue for booking, with their departments.
BOOKING = {"JA31010609": ["呼吸内科", "心血管内科", "内分泌科", "消化内科", "骨科"],
           "JA31010601": ["呼吸内科", "心血管内科", "消化内科", "骨科"],
           "JA31010602": ["呼吸内科", "内分泌科", "骨科"],
           TCM: ["中医科", "消化内科", "呼吸内科"]}
# 中医医院: no separate check-in (报到 is at the consulting room), exams before paying (诊间结算 at
# the end), its own names and guides.
TCM_STEPS = [
    ("appointment", "预约挂号", "", "waiting", "请按预约时段到院，直接到诊区报到"),
    ("registration", "挂号缴费", "pending_payment", "waiting", "挂号后请到诊区候诊"),
    ("checkin", "诊区报到", "", "waiting", ""),
    ("queue", "候诊", "", "waiting", "请留意诊区叫号屏"),
    ("consultation", "看诊", "in_consultation", "active", "看诊后如需检查，请先检查再统一结算"),
    ("exam", "检查检验", "report_ready", "done", "报告出来后医生会在线查看"),
    ("payment", "诊间结算", "pending_payment", "waiting", "结算后凭取药码到中药房取药"),
    ("pharmacy", "中药房取药", "medicine_ready", "waiting", "代煎中药约2小时后可取，可选择快递到家"),
    ("followup", "复诊随访", "questionnaire", "waiting", "请按时填写随访问卷"),
]


async def seed_visits() -> bool:
    """Connections, step configurations, outpatient catalogues and the personas' visits (once)."""
    if await HisConnection.exists():
        return False
    by_code = {code: await OrgNode.get(code=code) for _name, code, _mode, _fee in INSTITUTIONS}
    for code, inst in by_code.items():
        await HisConnection.create(
            institution_id=inst.id, assistant_enabled=True, accompany_enabled=True, adapter="demo",
            mode="poll" if code == POLLED else "amqp" if code == AMQP else "webhook",
            queue=f"his.visits.{code.lower()}", secret=secrets.token_hex(24), poll_seconds=30)
    tcm = by_code[TCM]
    for pos, (code, name, todo, todo_state, guide) in enumerate(TCM_STEPS, start=1):
        await VisitStepConfig.create(institution_id=tcm.id, code=code, position=pos, name=name,
                                     enabled=code != "checkin", todo=todo, todo_state=todo_state, guide=guide)
    today = dt.datetime.now(LOCAL).date()
    for code, departments in BOOKING.items():
        await demo_his.seed_outpatient(by_code[code].id, first_day=today, days=14, capacity=6, departments=departments)
    await _persona_visits(by_code)
    return True


async def _steps(institution_id: int) -> list[str]:
    return [s.code for s in sorted(await steps_config.config_of(institution_id), key=lambda s: s.position)
            if s.enabled]


async def _person(who, *, is_self: bool) -> Patient:
    return await Patient.filter(is_self=is_self, deleted_at__isnull=True, id_number_bidx=patients_service.bidx(
        "id_number", who.id_number)).order_by("id").first()


async def _walk(sim: Simulator, inst: OrgNode, who, *, number: str, department: str, until: tuple[str, str] | None,
                ago: dt.timedelta) -> None:
    """A visit of `who` through the institution's steps up to the event `until` (step, state) included
    (None: to its end), that event having happened `ago`."""
    steps = await _steps(inst.id)
    patient = {"id_number": who.id_number, "name": who.name}
    probe = sim.script(institution_id=inst.id, patient=patient, steps=steps, his_visit=number,
                       start=dt.datetime(2026, 1, 1, tzinfo=LOCAL), department=department)
    cut = len(probe.clean) if until is None else \
        next(n for n, e in enumerate(probe.clean) if (e["step"], e["state"]) == until) + 1
    span = dt.datetime.fromisoformat(probe.clean[cut - 1]["at"]) - dt.datetime(2026, 1, 1, tzinfo=LOCAL)
    start = utcnow() - ago - span
    script = sim.script(institution_id=inst.id, patient=patient, steps=steps, his_visit=number, start=start,
                        department=department)
    await apply_batch(institution_id=inst.id, items=script.clean[:cut], source="sim")


async def _first_slot(institution_id: int, department_code: str, *, after: int) -> str:
    adapter = his.adapter_for(institution_id=institution_id, name="demo")
    doctor = (await adapter.doctors(department_code=department_code))[0]
    day = dt.datetime.now(LOCAL).date()
    for d in range(after, after + 10):
        free = [s for s in await adapter.slots(doctor_code=doctor.code, day=day + dt.timedelta(days=d))
                if s.remaining]
        if free:
            return free[0].id
    raise RuntimeError("no free demo slot")


async def _persona_visits(by_code: dict[str, OrgNode]) -> None:
    sim = Simulator(seed=2026)
    today = dt.datetime.now(LOCAL).date()
    tag = f"{today:%y%m%d}"
    central, zhabei, shibei, tcm = (by_code[c] for c in ("JA31010609", "JA31010601", "JA31010602", TCM))
    # 王秀英: at 静安区中心医院 this morning, seen by the doctor, the prescription waiting to be paid.
    await _walk(sim, central, PATIENT, number=f"MZ{tag}90001", department="心血管内科",
                until=("payment", "waiting"), ago=dt.timedelta(minutes=12))
    # 王秀英: a finished visit at 中医医院 three days ago (record, prescriptions, a report, the questionnaire).
    await _walk(sim, tcm, PATIENT, number=f"MZ{today - dt.timedelta(days=3):%y%m%d}90002", department="中医科",
                until=None, ago=dt.timedelta(days=2))
    # 李明: in the queue at 市北医院.
    await _walk(sim, shibei, RELATIVE, number=f"MZ{tag}90003", department="骨科", until=("queue", "active"),
                ago=dt.timedelta(minutes=6))
    # 王秀英 books for her husband (her 就诊人) at 闸北中心医院.
    mother_acct, son_acct = await account("patient"), await account("relative")
    mother, son = actor_of(mother_acct), actor_of(son_acct)
    spouse = await _person(SPOUSE, is_self=False)
    await appointments.book(actor=mother, patient_id=spouse.id, institution_id=zhabei.id,
                            slot_id=await _first_slot(zhabei.id, "XN", after=2))
    # She lets her son book for her (门诊预约, may act); he books her a 内分泌科 appointment.
    family = await Family.get(owner_id=mother_acct.id)
    await family_service.give(actor=mother, family_id=family.id, grantee=son_acct.id, scopes=["appointments"],
                              can_act=True, expires_at=None)
    me = await _person(PATIENT, is_self=True)
    await appointments.book(actor=son, patient_id=me.id, institution_id=central.id,
                            slot_id=await _first_slot(central.id, "NF", after=3))
    # 闸北中心医院's HIS has sent what the centre could not apply: a cut-off message, an event of a
    # step the hospital does not run, and visits of a patient who has no account with us (yet). The
    # console's 隔离事件 lists them for replay after a fix (the patient registering, the step enabled).
    at = (utcnow() - dt.timedelta(minutes=40)).astimezone(LOCAL)
    stranger = {"id_number": "310106197003070011", "name": "周建平"}
    await apply_batch(institution_id=zhabei.id, source="webhook", items=[
        '{"event_id": "ZB-EV-20418", "visit": "MZ' + tag + '40418", "step": "registration", "sta',
        {"event_id": "ZB-EV-20419", "visit": f"MZ{tag}40419", "step": "surgery", "state": "active",
         "at": at.isoformat(), "patient": stranger, "data": {}},
        *({"event_id": f"ZB-EV-2042{n}", "visit": f"MZ{tag}4042{n}", "step": "registration", "state": "done",
           "at": (at + dt.timedelta(minutes=n)).isoformat(), "patient": stranger,
           "visit_info": {"department": "消化内科", "doctor": "陈医生", "location": "门诊楼3楼"},
           "data": {"fee_fen": 1500, "paid": True}} for n in range(3))])
    # 线上陪诊: she lets her son accompany her (陪诊) and invites him to this morning's visit; he has
    # accepted, so the patient's and the companion's homes both show it.
    await family_service.give(actor=mother, family_id=family.id, grantee=son_acct.id, scopes=["accompaniment"],
                              can_act=False, expires_at=None)
    morning = await Visit.get(institution_id=central.id, his_visit=f"MZ{tag}90001")
    task = await accompany.invite(actor=mother, visit_id=morning.id, account_ids=[son_acct.id],
                                  reminder="妈妈在心血管内科看病，药费待缴，麻烦帮忙提醒她去收费处")
    await accompany.accept(actor=son, task_id=task.id)
