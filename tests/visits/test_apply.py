"""The event centre's core (core/visits/apply.py) on the real database: exactly once, the visit's own
order, stale events, gaps, every quarantine reason and its replay, counters, to-dos, notices and the
`visit:<id>` topic feed."""
import datetime as dt
import json

from core import topics
from core.events.models import EventOutbox
from core.notify.models import Message
from core.visits import steps as steps_config
from core.visits.apply import apply_batch, unseal
from core.visits.models import HisConnection, Visit, VisitEvent, VisitStep, VisitTodo
from core.visits.schemas import StepConfigIn
from tests import factories
from tests.factories import visit_event as ev


async def _steps(visit_id: int) -> dict[str, tuple[str, dict]]:
    return {s.code: (s.state, s.data) for s in await VisitStep.filter(visit_id=visit_id)}


async def test_a_visit_opens_moves_and_each_event_applies_once():
    w = await factories.visit_world()
    first = ev("V1", "registration", "waiting", patient=w.patient, data={"fee_fen": 500, "paid": False},
               visit_info={"department": "心内科", "doctor": "李医生", "location": "门诊2楼"}, event_id="e1")
    second = ev("V1", "registration", "done", minutes=2, data={"paid": True}, event_id="e2")
    out = await apply_batch(institution_id=w.hospital.id, items=[json.dumps(first), second], source="webhook")
    assert [(o.event_id, o.status) for o in out] == [("e1", "applied"), ("e2", "applied")]
    visit = await Visit.get(institution_id=w.hospital.id, his_visit="V1")
    assert out[0].visit_id == visit.id and visit.patient_id == w.patient.patient.id
    assert (visit.step, visit.seq, visit.department, visit.doctor) == ("registration", 2, "心内科", "李医生")
    assert await _steps(visit.id) == {"registration": ("done", {"fee_fen": 500, "paid": True})}

    # The HIS sends both again (at least once), one inside the same batch twice: nothing changes.
    again = await apply_batch(institution_id=w.hospital.id, items=[first, second, second], source="amqp")
    assert [o.status for o in again] == ["duplicate"] * 3
    assert (await Visit.get(id=visit.id)).seq == 2
    assert await VisitEvent.filter(institution_id=w.hospital.id).count() == 2
    conn = await HisConnection.get(id=w.connection.id)
    assert (conn.received, conn.applied, conn.duplicates) == (5, 2, 3)
    assert conn.last_event_at is not None and conn.last_received_at is not None


async def test_order_stale_events_and_gaps():
    w = await factories.visit_world()
    opened = await apply_batch(institution_id=w.hospital.id, source="amqp", items=[
        ev("V2", "registration", "done", patient=w.patient, minutes=0)])
    vid = opened[0].visit_id
    # The queue arrives before check-in (a gap), then consultation; check-in comes late.
    out = await apply_batch(institution_id=w.hospital.id, source="amqp", items=[
        ev("V2", "queue", "active", minutes=20, data={"number": "A012", "ahead": 3}),
        ev("V2", "consultation", "active", minutes=40)])
    assert [o.status for o in out] == ["applied", "applied"]
    visit = await Visit.get(id=vid)
    assert visit.step == "consultation"
    assert "checkin" not in await _steps(vid)  # the gap: still pending
    late = await apply_batch(institution_id=w.hospital.id, source="amqp", items=[
        ev("V2", "checkin", "done", minutes=10)])
    assert late[0].status == "applied"
    visit = await Visit.get(id=vid)
    assert visit.step == "consultation"  # never moves back
    assert (await _steps(vid))["checkin"][0] == "done"
    # An older event of a step already further on is stale: recorded, applied to nothing.
    stale = await apply_batch(institution_id=w.hospital.id, source="amqp", items=[
        ev("V2", "queue", "waiting", minutes=15, data={"number": "A012", "ahead": 9}, event_id="old-q")])
    assert stale[0].status == "stale"
    assert (await _steps(vid))["queue"] == ("active", {"number": "A012", "ahead": 3})
    queue = await VisitStep.get(visit_id=vid, code="queue")  # the instant the HIS gave (+08:00), whatever the zone
    assert queue.his_at == dt.datetime(2026, 12, 7, 0, 20, tzinfo=dt.timezone.utc)
    row = await VisitEvent.get(event_id="old-q")
    assert (row.status, row.seq, row.visit_id) == ("stale", None, vid)
    assert (await Visit.get(id=vid)).seq == 4
    # Reordered inside one batch: applied oldest first, the newest state stands.
    out = await apply_batch(institution_id=w.hospital.id, source="amqp", items=[
        ev("V2", "consultation", "done", minutes=50), ev("V2", "consultation", "active", minutes=45)])
    assert {o.status for o in out} == {"applied"}
    assert (await _steps(vid))["consultation"][0] == "done"


async def test_quarantine_reasons_and_replay_after_the_fix():
    w = await factories.visit_world()
    other, _ = await factories.visits_hospital(w.tree.county_a2, enabled=False)
    stranger_number = factories.id_number(born="19660101")
    items = [
        b"{not json",
        json.dumps({"event_id": "m1", "visit": "V3", "step": "queue"}),  # no state, no time
        ev("V3", "queue", "active", event_id="u1"),  # unknown visit, no patient to open it
        {**ev("V4", "registration", "waiting", event_id="p1"),
         "patient": {"id_number": stranger_number, "name": "某人"}},
    ]
    out = await apply_batch(institution_id=w.hospital.id, items=items, source="webhook")
    assert [(o.status, o.reason) for o in out] == [
        ("quarantined", "malformed"), ("quarantined", "malformed"), ("quarantined", "unknown_visit"),
        ("quarantined", "unknown_patient")]
    assert out[0].event_id is None and out[1].event_id == "m1"
    rows = {r.event_id: r for r in await VisitEvent.filter(institution_id=w.hospital.id)}
    assert len(rows) == 4 and all(r.status == "quarantined" for r in rows.values())
    assert "state" in rows["m1"].detail
    # The ID number is sealed in the stored payload, readable again for the replay.
    stored = rows["p1"].payload
    assert stranger_number not in json.dumps(stored)
    assert unseal(stored)["patient"]["id_number"] == stranger_number

    # unknown_step: the institution disabled the step; institution_disabled: the assistant is closed there.
    admin = await factories.actor(w.tree.province)
    config = [StepConfigIn(code=s.code, position=s.position, name=s.name, enabled=s.code != "exam",
                           todo=s.todo, todo_state=s.todo_state) for s in steps_config.DEFAULTS]
    await steps_config.save_config(actor=admin, institution_id=w.hospital.id, steps=config)
    out = await apply_batch(institution_id=w.hospital.id, source="poll", items=[
        ev("V5", "exam", "active", patient=w.patient, event_id="s1")])
    assert (out[0].status, out[0].reason) == ("quarantined", "unknown_step")
    out = await apply_batch(institution_id=other.id, source="poll", items=[
        ev("V6", "registration", "waiting", patient=w.patient, event_id="d1")])
    assert (out[0].status, out[0].reason) == ("quarantined", "institution_disabled")

    # After the fix (the person registers, the step is enabled again) a replay applies them.
    from core.visits.apply import replay_rows

    someone = await factories.mp_patient_account("某人", number=stranger_number)
    config = [c.model_copy(update={"enabled": True}) for c in config]
    await steps_config.save_config(actor=admin, institution_id=w.hospital.id, steps=config)
    again = await replay_rows(await VisitEvent.filter(event_id__in=["p1", "s1", "u1"]).order_by("id"))
    assert [(o.event_id, o.status, o.reason) for o in again] == [
        ("u1", "quarantined", "unknown_visit"), ("p1", "applied", ""), ("s1", "applied", "")]
    p1 = await VisitEvent.get(event_id="p1")
    assert (p1.status, p1.source, p1.payload, p1.seq) == ("applied", "replay", None, 1)
    assert (await Visit.get(id=p1.visit_id)).patient_id == someone.patient.id
    conn = await HisConnection.get(institution_id=w.hospital.id)
    assert conn.applied == 2 and conn.received == 5


async def test_todos_open_and_close_as_steps_move_and_the_visit_ends():
    w = await factories.visit_world()
    await apply_batch(institution_id=w.hospital.id, source="sim", items=[
        ev("V7", "payment", "waiting", patient=w.patient, minutes=1, data={"total_fen": 3200}),
        ev("V7", "exam", "active", minutes=2)])
    vid = (await Visit.get(his_visit="V7")).id
    todos = {(t.kind, t.state) for t in await VisitTodo.filter(visit_id=vid)}
    assert todos == {("pending_payment", "open")}
    assert (await VisitTodo.get(visit_id=vid)).text == "处方待缴费"
    await apply_batch(institution_id=w.hospital.id, source="sim", items=[
        ev("V7", "payment", "done", minutes=3), ev("V7", "exam", "done", minutes=4,
                                                     data={"items": [{"name": "血常规", "report_state": "ready"}]})])
    todos = {(t.kind, t.state) for t in await VisitTodo.filter(visit_id=vid)}
    assert todos == {("pending_payment", "done"), ("report_ready", "open")}
    out = await apply_batch(institution_id=w.hospital.id, source="sim", items=[
        ev("V7", "pharmacy", "done", minutes=9, visit_state="ended")])
    visit = await Visit.get(id=vid)
    assert out[0].status == "applied" and visit.state == "ended" and visit.ended_at is not None
    assert not await VisitTodo.filter(visit_id=vid, state="open").exists()
    ended = await EventOutbox.filter(name="visits.ended")
    assert [e.payload["visit_id"] for e in ended] == [vid]


async def test_notices_at_every_transition_and_the_topic_feed():
    w = await factories.visit_world()
    await apply_batch(institution_id=w.hospital.id, source="sim", items=[
        ev("V8", "queue", "active", patient=w.patient, minutes=1, data={"number": "B3", "ahead": 2}),
        ev("V8", "queue", "active", minutes=2, data={"ahead": 1}),  # same state: data only, no notice
        ev("V8", "consultation", "active", minutes=3)])
    vid = (await Visit.get(his_visit="V8")).id
    notes = await Message.filter(account_id=w.patient.actor.id, kind="visit_step").order_by("id")
    assert [m.title for m in notes] == ["排队候诊：进行中", "门诊就诊：进行中"]
    assert notes[0].link == f"/visits/{vid}"
    # Pushed outside the app through notify's consumer.
    pushes = await EventOutbox.filter(name="notify.push_requested")
    assert {m.id for m in notes} <= {i for e in pushes for i in e.payload["ids"]}
    changed = await EventOutbox.filter(name="visits.changed").order_by("id")
    assert [(e.topic, e.payload["seq"]) for e in changed] == [(f"visit:{vid}", 3)]

    kind, tid = topics.parse(f"visit:{vid}")
    access = await kind.authorise(w.patient.actor, tid)
    assert (access.seq, access.live) == (3, True)
    items = await kind.fetch(tid, 1, 10)
    assert [(i["seq"], i["step"], i["state"]) for i in items] == [(2, "queue", "active"), (3, "consultation", "active")]
    assert items[0]["data"] == {"number": "B3", "ahead": 1} and items[0]["name"] == "排队候诊"


async def test_concurrent_batches_apply_each_event_exactly_once():
    """Two deliveries of the same events racing (a redelivery while the first is applying), in
    different orders and batch sizes: every event applied once, the visit's sequence without gaps."""
    import asyncio

    w = await factories.visit_world()
    events = []
    for n in range(6):
        events.append(ev(f"C{n}", "registration", "done", patient=w.patient, minutes=n, event_id=f"c{n}-r"))
        events.append(ev(f"C{n}", "queue", "active", minutes=n + 10, event_id=f"c{n}-q"))
        events.append(ev(f"C{n}", "consultation", "active", minutes=n + 20, event_id=f"c{n}-c"))
    backwards = list(reversed(events))
    outs = await asyncio.gather(
        apply_batch(institution_id=w.hospital.id, items=events, source="amqp"),
        apply_batch(institution_id=w.hospital.id, items=backwards[:9], source="webhook"),
        apply_batch(institution_id=w.hospital.id, items=backwards[9:], source="poll"))
    statuses = {}
    for out in outs:
        for o in out:
            statuses.setdefault(o.event_id, []).append(o.status)
    for event_id, seen in statuses.items():
        assert sorted(seen) == ["applied", "duplicate"] or sorted(seen) == ["duplicate", "stale"], (event_id, seen)
    assert await VisitEvent.filter(institution_id=w.hospital.id).count() == 18
    for visit in await Visit.filter(institution_id=w.hospital.id):
        applied = await VisitEvent.filter(visit_id=visit.id, status="applied").order_by("seq") \
            .values_list("seq", flat=True)
        assert list(applied) == list(range(1, visit.seq + 1))
        assert visit.step == "consultation"
        assert (await _steps(visit.id))["consultation"][0] == "active"
    conn = await HisConnection.get(id=w.connection.id)
    assert (conn.received, conn.duplicates) == (36, 18)


async def test_a_batch_waiting_for_a_visit_sees_what_the_other_committed():
    """Different events of one visit in two racing batches: the one that waited for the visit's lock
    judges against the steps the other committed (the older event is stale, the data merged)."""
    import asyncio

    w = await factories.visit_world()
    await apply_batch(institution_id=w.hospital.id, source="amqp", items=[
        ev("R1", "registration", "done", patient=w.patient)])
    for _ in range(5):
        await asyncio.gather(
            apply_batch(institution_id=w.hospital.id, source="amqp", items=[
                ev("R1", "queue", "active", minutes=20, data={"ahead": 1})]),
            apply_batch(institution_id=w.hospital.id, source="amqp", items=[
                ev("R1", "queue", "waiting", minutes=10, data={"ahead": 5, "number": "A9"})]))
    visit = await Visit.get(his_visit="R1")
    state, data = (await _steps(visit.id))["queue"]
    assert state == "active" and data["ahead"] == 1
    applied = await VisitEvent.filter(visit_id=visit.id, status="applied").order_by("seq").values_list("seq", flat=True)
    assert list(applied) == list(range(1, visit.seq + 1))


async def test_step_notices_go_out_as_wechat_subscribe_messages(settings):
    """The notice of a step's change reaches the patient's WeChat (the loopback WeChat API through
    wechatpy) by notify's push consumer, with the visit's page."""
    from core import wiring
    from core.accounts.models import MpAccount
    from core.events import service as events
    from core.notify.models import Delivery
    from tests.wechat_stub import WeChatStub

    w = await factories.visit_world()
    stub = WeChatStub(appid=settings.wechat_appid, secret=settings.wechat_secret).start()
    saved = (settings.wechat_api_base, settings.notify_sender, settings.wechat_subscribe_templates)
    settings.wechat_api_base, settings.notify_sender = stub.base, "wechat"
    settings.wechat_subscribe_templates = {"visit_step": "TPL-VISIT-STEP"}
    wiring.wire()
    pushing = events.GroupReader(events.CONSUMERS["notify.push"], name="test")
    await pushing.ensure_group()
    try:
        await apply_batch(institution_id=w.hospital.id, source="sim", items=[
            ev("V9", "pharmacy", "waiting", patient=w.patient, minutes=1,
               data={"window": "2号窗口", "pick_up_code": "6018"})])
        vid = (await Visit.get(his_visit="V9")).id
        assert await pushing.read_new() > 0
        [note] = await Message.filter(account_id=w.patient.actor.id, kind="visit_step")
        assert await Delivery.filter(message_id=note.id).values_list("outcome", flat=True) == ["sent"]
        sent = stub.subscribe_messages[-1]
        assert sent["touser"] == (await MpAccount.get(id=w.patient.actor.id)).openid
        assert sent["template_id"] == "TPL-VISIT-STEP" and sent["page"] == f"visits/{vid}"
        assert sent["data"]["thing1"]["value"] == note.title[:20]
    finally:
        settings.wechat_api_base, settings.notify_sender, settings.wechat_subscribe_templates = saved
        wiring.wire()
        stub.stop()
