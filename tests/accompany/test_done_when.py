"""Issue 13's Done-when, end to end on MariaDB, Redis, RabbitMQ and Janus.

A daughter books an appointment for her father under his 门诊预约 act grant; the demo HIS's visit
simulator moves the booked visit through every configured step by publishing to the hospital's
RabbitMQ queue, misbehaving on the way (an event sent twice, two swapped, a malformed one); the
consumer takes the messages into the hospital's stream and a sub-centre applies them. The father
invites his daughter to accompany the visit: she follows it live on her socket and sees him in the
task's video room on Janus. He removes her half-way: her subscriptions end at once, her reads and
her way back into the room are refused. The task ends by itself when the HIS ends the visit; the
visit's steps are then exactly what the HIS sent, each event applied once.
"""
from __future__ import annotations

import asyncio
import contextlib
import time
import uuid

import pytest

from core.accompany import service as accompany
from core.accompany import video as accompany_video
from core.accompany.models import AccompanyTask
from core.errors import AppError
from core.his import adapter as his
from core.his.simulator import AmqpSink, Misbehave, Simulator
from core.rooms import service as rooms
from core.rooms.errors import ParticipantRemoved
from core.visits import appointments
from core.visits import service as visits
from core.visits import steps as steps_config
from core.visits.apply import apply_batch
from core.visits.centre import amqp
from core.visits.centre.runner import Centre
from core.visits.models import HisConnection, Visit, VisitEvent, VisitStep
from realtime.janus_peer import JanusPeer, JanusRefused
from tests import factories as f
from tests.media_files import FACES, write_tone, write_y4m
from tests.realtime.conftest import gateway  # noqa: F401  (fixture: two served workers)
from tests.realtime.peers import two_nodes

pytestmark = pytest.mark.e2e

MISBEHAVE = Misbehave(duplicate=0.15, reorder=0.15, gap=0.0, malformed=0.1)


def _token(person) -> str:
    return person.headers["Authorization"].split()[1]


def _script(sim: Simulator, **kw):
    """The first seed whose feed duplicates, swaps and breaks at least one event each (and drops none)."""
    for seed in range(500):
        sim.seed = seed
        s = sim.script(misbehave=MISBEHAVE, **kw)
        if s.duplicated and s.reordered and s.malformed and not s.dropped:
            return s
    raise AssertionError("no seed misbehaves in every way")


async def _until(predicate, *, timeout: float = 30.0, every: float = 0.05):
    deadline = time.monotonic() + timeout
    while not (value := await predicate()):
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(every)
    return value


@contextlib.asynccontextmanager
async def _pipeline(url: str):
    """The AMQP consumers and one sub-centre with the real apply, in this process."""
    consumers = amqp.AmqpConsumers(url, prefetch=20)
    centre = Centre(apply=apply_batch, block=True, lease_seconds=3)
    tasks = [asyncio.create_task(consumers.run()), asyncio.create_task(centre.run())]
    try:
        yield consumers
    finally:
        for t in tasks:
            t.cancel()
        for t in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await t


@pytest.fixture(scope="module")
def media_files(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("accompany-media")
    return write_y4m(FACES / "grace_hopper.jpg", tmp / "face.y4m", frames=5), write_tone(tmp / "tone.wav")


async def test_a_daughter_books_accompanies_live_and_by_video_is_removed_and_the_task_ends_with_the_visit(
        settings, gateway, janus, media_files):  # noqa: F811
    if not settings.amqp_url:
        pytest.fail("AMQP_URL is not set: .ci/run starts RabbitMQ and exports it")
    video, tone = map(str, media_files)
    queue = f"huiyi.e2e.visits.{uuid.uuid4().hex[:10]}"
    t = await f.tree()
    hospital, _ = await f.visits_hospital(t.county_a1, name="静安区中心医院", mode="amqp")
    await HisConnection.filter(institution_id=hospital.id).update(queue=queue)
    await f.his_outpatient(hospital)
    father = await f.mp_patient_account("张大山", number=f.id_number(born="19500101"))
    daughter = await f.mp_patient_account("张小花")
    fam = await f.family_of(father, daughter)
    await f.family_grant(fam, father, daughter, "appointments", can_act=True)
    await f.family_grant(fam, father, daughter, "accompaniment")

    # 1. The daughter books for her father: the booking is the visit's first step.
    doctor = (await his.adapter_for(institution_id=hospital.id, name="demo").doctors(department_code="HX"))[0]
    slot = (await his.adapter_for(institution_id=hospital.id, name="demo").slots(
        doctor_code=doctor.code, day=f.his_future_slot_day()))[0]
    booked = await appointments.book(actor=daughter.actor, patient_id=father.patient.id,
                                     institution_id=hospital.id, slot_id=slot.id)
    visit = await Visit.get(id=booked.visit_id)
    assert (visit.patient_id, visit.booked_by_id, visit.step) == (father.patient.id, daughter.actor.id, "appointment")

    # 2. The HIS's feed for the rest of the visit, misbehaving.
    configured = [s.code for s in await steps_config.config_of(hospital.id) if s.enabled]
    sink = AmqpSink(settings.amqp_url, {hospital.id: queue}, declare=True)
    sim = Simulator(sink=sink)
    script = _script(sim, institution_id=hospital.id, steps=configured, booking=booked.his_visit,
                     patient={"id_number": father.id_number, "name": father.patient.name})
    assert {e["step"] for e in script.clean} | {"appointment"} == set(configured)
    half = next(i for i, e in enumerate(script.items) if isinstance(e, dict) and e["step"] == "payment")
    first, rest = script.items[:half], script.items[half:]

    # 3. The father invites her; she accepts and follows the visit and the task on her socket.
    home = await accompany.invite(actor=father.actor, visit_id=visit.id, account_ids=[daughter.actor.id],
                                  reminder="爸爸今天看呼吸内科，记得提醒他带医保卡")
    await accompany.accept(actor=daughter.actor, task_id=home.id)
    her, him = await two_nodes(gateway.base, _token(daughter), _token(father))
    peers: list[JanusPeer] = []
    try:
        topic = f"visit:{visit.id}"
        assert (await her.subscribe(topic, after_seq=visit.seq))["op"] == "subscribed"
        assert (await her.subscribe(f"accompany:{home.id}"))["op"] == "subscribed"
        assert (await him.subscribe(topic, after_seq=visit.seq))["op"] == "subscribed"

        async with _pipeline(settings.amqp_url) as consumers:
            await _until(lambda: _consuming(consumers, hospital.id))
            await sim.send(hospital.id, first)
            before_payment = [e for e in script.clean if e["step"] not in ("payment", "exam", "pharmacy", "followup")]
            await _until(lambda: _applied(visit.id, {e["event_id"] for e in before_payment}))
            # Live on both sockets, in the visit's own order.
            seq = (await Visit.get(id=visit.id)).seq
            await her.wait_seq(topic, seq)
            await him.wait_seq(topic, seq)
            seen = {item["step"] for item in her.items[topic].values()}
            assert {"registration", "checkin", "queue", "consultation"} <= seen
            detail = await visits.visit_detail(actor=daughter.actor, visit_id=visit.id)
            assert detail.actions == []  # a companion never advances a step

            # 4. By video: the task's room on Janus, father and daughter see and hear each other.
            await accompany_video.room(actor=father.actor, task_id=home.id)
            room = await accompany_video.room(actor=daughter.actor, task_id=home.id)
            dad = JanusPeer(await rooms.join(actor=father.actor, room_id=room.room_id))
            girl = JanusPeer(await rooms.join(actor=daughter.actor, room_id=room.room_id))
            peers += [dad, girl]
            await dad.join()
            await dad.publish(video=video, audio=tone)
            await girl.join()
            await girl.publish(audio=tone)
            await girl.wait_for(lambda: dad.feed in girl.publishers)
            await girl.subscribe(dad.feed)
            await girl.wait_for(lambda: girl.received[dad.feed].video_frames >= 5, timeout=30)

            # 5. Removed half-way: access ends at once, sockets and room included.
            companion = (await accompany.task_home(actor=father.actor, task_id=home.id)).companions[0]
            await accompany.remove(actor=father.actor, task_id=home.id, companion_id=companion.id)
            gone = await her.next_frame("unsubscribed", topic=topic, timeout=5)
            assert gone["reason"] in ("revoked", "closed", "forbidden"), gone
            await dad.wait_for(lambda: girl.feed in dad.gone or girl.kicked, timeout=10)
            with pytest.raises(AppError):
                await visits.visit_detail(actor=daughter.actor, visit_id=visit.id)
            with pytest.raises(AppError):
                await accompany.task_home(actor=daughter.actor, task_id=home.id)
            with pytest.raises((ParticipantRemoved, AppError)):
                await rooms.join(actor=daughter.actor, room_id=room.room_id)
            again = JanusPeer(girl.creds)
            peers.append(again)
            with pytest.raises(JanusRefused):
                await again.join()

            # 6. The rest of the visit; the task ends by itself with it.
            await sim.send(hospital.id, rest)
            await _until(lambda: _applied(visit.id, {e["event_id"] for e in script.clean}))
            await _until(lambda: _quarantined(hospital.id, len(script.malformed)))
            await f.drain("accompany.visits")
            task = await AccompanyTask.get(id=home.id)
            assert (task.state, task.end_reason) == ("ended", "visit_ended")
            assert await amqp.check_queue(url=settings.amqp_url, queue=queue) == 0
        # The father saw every change; she saw none after her removal.
        final = await Visit.get(id=visit.id)
        await him.wait_seq(topic, final.seq)
        assert max(her.items[topic]) < final.seq
    finally:
        for p in peers:
            await p.close()
        await her.close()
        await him.close()
        await sink.close()

    # What the HIS sent, applied once each, in the visit's own order.
    assert final.state == "ended" and final.step == configured[-1]
    rows = {s.code: s for s in await VisitStep.filter(visit_id=visit.id)}
    last, data = {}, {}
    for e in script.clean:  # a step's data items accumulate over its events, the later one winning
        last[e["step"]] = e
        data[e["step"]] = {**data.get(e["step"], {}), **e["data"]}
    for code, e in last.items():
        assert rows[code].state == e["state"], code
        assert rows[code].data == data[code], code
    events = await VisitEvent.filter(visit_id=visit.id, status="applied").values_list("event_id", flat=True)
    sent_ids = {e["event_id"] for e in script.clean}
    assert len(events) == len(set(events)) and set(events) >= sent_ids
    conn = await HisConnection.get(institution_id=hospital.id)
    assert conn.duplicates >= len(script.duplicated)


async def _consuming(consumers: amqp.AmqpConsumers, institution_id: int) -> bool:
    return institution_id in consumers.consumers


async def _applied(visit_id: int, event_ids: set[str]) -> bool:
    got = set(await VisitEvent.filter(visit_id=visit_id).exclude(status="quarantined")
              .values_list("event_id", flat=True))
    return event_ids <= got


async def _quarantined(institution_id: int, count: int) -> bool:
    return await VisitEvent.filter(institution_id=institution_id, status="quarantined").count() >= count
