"""The visit simulator: the exact events of one visit, deterministic per seed, through the
institution's steps with each step's data items; misbehaving feeds; the sinks (change log,
RabbitMQ, signed webhook) and the run loop."""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import uuid

import pytest

from core.his import demo
from core.his import adapter as his
from core.his.models import HisVisitEvent
from core.his.outpatient import STEP_CODES
from core.his.simulator import (
    AmqpSink, Misbehave, Simulator, Target, changelog_sink, routed_sink, sign, signed_headers,
)
from core.localtime import LOCAL
from core.visits.models import VisitStepConfig
from tests import factories as f

FATHER = {"id_number": "310106195602110012", "name": "李国华"}
START = dt.datetime(2026, 12, 8, 8, 30, tzinfo=LOCAL)


def _script(seed=7, **kw):
    return Simulator(seed=seed).script(institution_id=5, patient=FATHER, his_visit="MZ26120800001", start=START,
                                       **kw)


def test_a_visit_moves_through_every_step_with_its_data_items():
    s = _script()
    assert s.items == s.clean and not (s.duplicated or s.dropped or s.malformed or s.reordered)
    steps = [e["step"] for e in s.clean]
    assert [c for i, c in enumerate(steps) if i == 0 or steps[i - 1] != c] == list(STEP_CODES)
    assert len({e["event_id"] for e in s.clean}) == len(s.clean)
    ats = [dt.datetime.fromisoformat(e["at"]) for e in s.clean]
    assert ats == sorted(ats) and ats[0] > START and all(a.utcoffset() == dt.timedelta(hours=8) for a in ats)
    assert all(e["patient"] == FATHER and e["visit"] == "MZ26120800001" for e in s.clean)
    assert s.clean[0]["visit_info"]["department"] == s.clean[0]["data"]["department"]
    assert [e.get("visit_state") for e in s.clean].count("ended") == 1 and s.clean[-1]["visit_state"] == "ended"
    by = {(e["step"], e["state"]): e["data"] for e in s.clean}
    assert by[("registration", "waiting")]["paid"] is False and by[("registration", "waiting")]["fee_fen"] > 0
    assert {"number", "ahead", "location"} <= set(by[("queue", "active")])
    done = by[("consultation", "done")]
    assert set(done["record"]) == {"chief_complaint", "diagnosis", "advice"}
    assert done["prescriptions"] and set(done["prescriptions"][0]) == {"name", "spec", "dosage", "quantity"}
    assert "temperature" in done["vitals"]
    pay = by[("payment", "waiting")]
    assert pay["total_fen"] == sum(i["amount_fen"] for i in pay["items"]) > 0
    exam = by[("exam", "done")]["items"][0]
    assert exam["report_state"] == "ready" and exam["report"]["conclusion"] and exam["location"]
    assert by[("exam", "active")]["items"][0]["report_state"] == "pending"
    assert len(by[("pharmacy", "waiting")]["pick_up_code"]) == 6 and "窗口" in by[("pharmacy", "waiting")]["window"]
    assert by[("followup", "waiting")]["questionnaire"]["url"].startswith("https://")
    assert all(len(json.dumps(e, ensure_ascii=False).encode()) < 8 * 1024 for e in s.clean)


def test_deterministic_per_seed():
    assert _script(seed=7).clean == _script(seed=7).clean
    assert _script(seed=7).clean != _script(seed=8).clean
    m = Misbehave(duplicate=0.3, reorder=0.3, gap=0.2, malformed=0.3)
    assert _script(seed=3, misbehave=m).items == _script(seed=3, misbehave=m).items
    sim = Simulator(seed=3, misbehave=m)
    assert sim.visit_script(institution_id=5, patient=FATHER, his_visit="MZ26120800001", start=START) == \
        _script(seed=3, misbehave=m).items


def test_the_institutions_steps_and_order():
    s = _script(steps=["registration", "consultation", "exam", "payment", "pharmacy"])
    steps = [e["step"] for e in s.clean]
    assert [c for i, c in enumerate(steps) if i == 0 or steps[i - 1] != c] == \
        ["registration", "consultation", "exam", "payment", "pharmacy"]
    assert s.clean[-1]["step"] == "pharmacy" and s.clean[-1]["visit_state"] == "ended"


def test_misbehaving_feed():
    m = Misbehave(duplicate=0.25, reorder=0.25, gap=0.15, malformed=0.25)
    s = _script(seed=11, misbehave=m)
    assert s.duplicated and s.reordered and s.dropped and s.malformed
    good = [i for i in s.items if isinstance(i, dict) and i in s.clean]
    ids = [e["event_id"] for e in good]
    # every event not dropped is sent, dropped ones never; duplicates are sent twice
    assert set(ids) == {e["event_id"] for e in s.sent}
    assert not set(s.dropped) & set(ids)
    for eid in s.duplicated:
        assert ids.count(eid) == 2
    assert len(ids) == len(s.sent) + len(s.duplicated)
    assert s.clean[0]["event_id"] not in s.dropped and s.clean[-1]["event_id"] not in s.dropped
    # reordering: a later event is sent before an earlier one
    first = {eid: ids.index(eid) for eid in reversed(ids)}
    later, earlier = s.reordered[0]
    order = [e["event_id"] for e in s.clean]
    assert order.index(later) < order.index(earlier) and first[later] > first[earlier]
    # malformed items: each is broken in a way the centre must quarantine
    for bad in s.malformed:
        assert bad in s.items and bad not in s.clean
        if isinstance(bad, str):
            with pytest.raises(ValueError):
                json.loads(bad)
        else:
            assert ("visit" not in bad or "event_id" not in bad or bad["step"] not in STEP_CODES
                    or bad["state"] not in {"pending", "active", "waiting", "done", "skipped", "cancelled"}
                    or not isinstance(bad["data"], dict) or bad["at"] == "昨天下午")


def test_default_misbehaviour_over_many_visits():
    sim = Simulator(seed=1, misbehave=Misbehave.default())
    scripts = [sim.script(institution_id=1, patient=FATHER, his_visit=f"MZ{n}", start=START) for n in range(50)]
    assert sum(len(s.duplicated) for s in scripts) > 20 and sum(len(s.malformed) for s in scripts) > 10
    assert sum(len(s.dropped) for s in scripts) > 5 and sum(len(s.reordered) for s in scripts) > 20


async def test_booked_visit_continues_after_the_appointment():
    t = await f.tree()
    await f.his_outpatient(t.hospital_a1)
    adapter = his.adapter_for(institution_id=t.hospital_a1.id, name="demo")
    doctor = (await adapter.doctors(department_code="XN"))[0]
    slot = (await adapter.slots(doctor_code=doctor.code, day=f.his_future_slot_day()))[0]
    b = await adapter.book(slot_id=slot.id, patient=FATHER)
    s = Simulator(seed=2).script(institution_id=t.hospital_a1.id, patient=FATHER, booking=b)
    assert s.his_visit == b.his_visit and s.clean[0]["step"] == "registration"
    assert "appointment" not in {e["step"] for e in s.clean}
    assert all(e["data"].get("department", "心血管内科") == "心血管内科" for e in s.clean)
    assert s.clean[1]["data"]["doctor"].startswith(doctor.name)


async def test_load_and_changelog_sink():
    t = await f.tree()
    await f.his_connection(t.hospital_a1, mode="poll")
    await f.his_connection(t.hospital_a2, assistant=False)
    for pos, code in enumerate(["registration", "consultation", "pharmacy"], start=1):
        await VisitStepConfig.create(institution_id=t.hospital_a1.id, code=code, position=pos, name=code)
    await VisitStepConfig.create(institution_id=t.hospital_a1.id, code="exam", position=4, name="x", enabled=False)
    person = await f.mp_patient_account("李国华", number=FATHER["id_number"])
    sim = await Simulator(seed=4, sink=changelog_sink()).load()
    assert [(x.institution_id, x.steps, x.mode) for x in sim.targets] == \
        [(t.hospital_a1.id, ["registration", "consultation", "pharmacy"], "poll")]
    assert {"id_number": person.id_number, "name": "李国华"} in sim.patients
    s = sim.script(institution_id=t.hospital_a1.id, patient=sim.patients[0], steps=sim.targets[0].steps)
    await sim.play(s)
    adapter = his.adapter_for(institution_id=t.hospital_a1.id, name="demo")
    got, cursor = await adapter.visit_changes(cursor="", limit=100)
    assert got == s.items and cursor == str((await HisVisitEvent.all().order_by("-id").first()).id)


async def test_steps_of_injected():
    async def steps_of(inst):
        return ["checkin", "queue"]

    t = await f.tree()
    await f.his_connection(t.hospital_a1)
    await f.mp_patient_account()
    sim = await Simulator(steps_of=steps_of).load()
    assert sim.targets[0].steps == ["checkin", "queue"]


async def test_run_loop_sends_visits_at_the_rate():
    got = []

    async def sink(inst, items):
        got.append((inst, items))

    sim = Simulator(seed=5, sink=sink, speed=100000, targets=[Target(institution_id=9, steps=list(STEP_CODES))],
                    patients=[FATHER])
    sent = await sim.run(rate=200, duration=1.0)
    items = [i for _, batch in got for i in batch]
    assert sent == len(items) > 50 and {inst for inst, _ in got} == {9}
    visits = {i["visit"] for i in items}
    assert len(visits) >= 3
    done = [v for v in visits if any(i["visit"] == v and i.get("visit_state") == "ended" for i in items)]
    assert done  # at this speed whole visits go through
    now = dt.datetime.now(dt.timezone.utc)
    assert all(abs((dt.datetime.fromisoformat(i["at"]) - now).total_seconds()) < 30 for i in items)


async def test_demo_his_hands_events_to_the_routed_sink():
    t = await f.tree()
    await f.his_outpatient(t.hospital_a1)
    got = []

    async def inprocess(inst, items):
        got.append((inst, items))

    sink = routed_sink([Target(institution_id=t.hospital_a1.id, steps=[], mode="webhook")], inprocess=inprocess)
    demo.set_sink(sink)
    try:
        adapter = his.adapter_for(institution_id=t.hospital_a1.id, name="demo")
        doctor = (await adapter.doctors(department_code="HX"))[0]
        slot = (await adapter.slots(doctor_code=doctor.code, day=f.his_future_slot_day()))[0]
        b = await adapter.book(slot_id=slot.id, patient=FATHER)
    finally:
        demo.set_sink(None)
    assert got == [(t.hospital_a1.id, b.events)]


def test_webhook_signature():
    body = b'{"events": []}'
    h = signed_headers("s3cret", body, timestamp=1765000000, nonce="abc")
    assert h["X-Huiyi-Timestamp"] == "1765000000" and h["X-Huiyi-Nonce"] == "abc"
    import hashlib
    import hmac

    assert h["X-Huiyi-Signature"] == hmac.new(b"s3cret", b"1765000000.abc." + body, hashlib.sha256).hexdigest()
    assert sign("s3cret", "1765000000", "abc", body) == h["X-Huiyi-Signature"]


async def test_amqp_sink_publishes_persistent_messages(settings):
    """Against the real RabbitMQ (.ci/run starts it; AMQP_URL)."""
    import aio_pika

    url = settings.amqp_url
    queue = f"his.test.{uuid.uuid4().hex[:8]}"
    conn = await aio_pika.connect_robust(url)
    try:
        channel = await conn.channel()
        q = await channel.declare_queue(queue, durable=True, auto_delete=True)
        s = _script(seed=11, misbehave=Misbehave(malformed=0.3))
        sink = AmqpSink(url, {5: queue})
        await sink(5, s.items)
        await sink.close()
        got = []
        for _ in range(len(s.items)):
            msg = await q.get(timeout=5)
            got.append(msg)
            await msg.ack()
        assert all(m.delivery_mode == aio_pika.DeliveryMode.PERSISTENT for m in got)
        bodies = [m.body.decode() for m in got]
        assert bodies == [i if isinstance(i, str) else json.dumps(i, ensure_ascii=False) for i in s.items]
        assert got[0].message_id == s.items[0]["event_id"]
        await q.delete(if_unused=False, if_empty=False)
    finally:
        await conn.close()


async def test_run_cancels_cleanly():
    async def sink(inst, items):
        pass

    sim = Simulator(seed=5, sink=sink, targets=[Target(institution_id=9, steps=["queue"])], patients=[FATHER])
    task = asyncio.create_task(sim.run(rate=5))
    await asyncio.sleep(0.3)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_webhook_sink_is_taken_by_the_centres_webhook(client):
    from core import cache
    from core.his.simulator import webhook_sink
    from core.visits.centre import intake

    t = await f.tree()
    hospital, conn = await f.visits_hospital(t.county_a1, name="静安区中心医院")
    s = _script(seed=11, misbehave=Misbehave(duplicate=0.3, malformed=0.3))
    sink = webhook_sink("http://testserver", {hospital.id: conn.secret}, client=client)
    await sink(hospital.id, s.items)
    assert await cache.redis().xlen(intake.stream_key(hospital.id)) == len(s.items)
    with pytest.raises(RuntimeError):  # a wrong secret is refused by the centre
        await webhook_sink("http://testserver", {hospital.id: "wrong"}, client=client)(hospital.id, s.items[:1])
