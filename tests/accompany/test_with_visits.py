"""The accompaniment on visits the event centre moves (core.visits.apply): the companion's socket
receives the visit's steps as the HIS reports them, and the task ends by itself when the HIS ends
the visit (visits.ended → group accompany.visits), closing the companion's subscriptions."""
from __future__ import annotations

from core.accompany import service as accompany
from core.accompany.models import AccompanyTask
from core.notify.models import Message
from core.visits.apply import apply_batch
from core.visits.models import Visit
from tests import factories as f
from tests.realtime.conftest import gateway  # noqa: F401  (fixture: two served workers)
from tests.realtime.peers import two_nodes


def _token(person) -> str:
    return person.headers["Authorization"].split()[1]


async def test_the_companion_follows_the_hiss_events_and_the_task_ends_with_the_visit(gateway):  # noqa: F811
    w = await f.accompany_world()
    his = "HIS-ACC-1"
    out = await apply_batch(institution_id=w.hospital.id, source="sim", items=[
        f.visit_event(his, "registration", "done", patient=w.father, minutes=0, data={"fee_fen": 1200, "paid": True},
                      visit_info={"department": "心内科", "doctor": "周医生", "location": "门诊楼2楼"})])
    assert out[0].status == "applied", out
    visit = await Visit.get(id=out[0].visit_id)
    assert [v.id for v in await accompany.visits_for_accompany(actor=w.father.actor)][0] == visit.id
    home = await accompany.invite(actor=w.father.actor, visit_id=visit.id, account_ids=[w.daughter.actor.id])
    await accompany.accept(actor=w.daughter.actor, task_id=home.id)
    daughter, father = await two_nodes(gateway.base, _token(w.daughter), _token(w.father))
    try:
        topic = f"visit:{visit.id}"
        answer = await daughter.subscribe(topic, after_seq=visit.seq)
        assert answer["op"] == "subscribed", answer
        assert (await daughter.subscribe(f"accompany:{home.id}"))["op"] == "subscribed"
        out = await apply_batch(institution_id=w.hospital.id, source="sim", items=[
            f.visit_event(his, "checkin", "done", minutes=5),
            f.visit_event(his, "queue", "active", minutes=6, data={"number": "B07", "ahead": 2})])
        assert [o.status for o in out] == ["applied", "applied"]
        await daughter.wait_seq(topic, visit.seq + 2)
        got = daughter.items[topic]
        assert (got[visit.seq + 2]["step"], got[visit.seq + 2]["data"]) == ("queue", {"number": "B07", "ahead": 2})
        # The companion's look through the socket is logged for the father.
        from core.family.models import GrantAccess

        assert await GrantAccess.filter(grantee_id=w.daughter.actor.id, action="accompany.view").exists()

        out = await apply_batch(institution_id=w.hospital.id, source="sim", items=[
            f.visit_event(his, "pharmacy", "done", minutes=60, data={"window": "3号窗口"}, visit_state="ended")])
        assert out[0].status == "applied"
        await f.drain("accompany.visits")
        task = await AccompanyTask.get(id=home.id)
        assert (task.state, task.end_reason) == ("ended", "visit_ended")
        gone = await daughter.next_frame("unsubscribed", topic=f"accompany:{home.id}", timeout=5)
        assert gone["reason"] == "closed"
        assert await Message.filter(account_id=w.daughter.actor.id, kind="accompany.ended").exists()
        assert await accompany.can_view_visit(w.daughter.actor, visit) is None
    finally:
        await daughter.close()
        await father.close()
