"""The accompaniment over HTTP and the realtime socket: a removed companion's open subscriptions to
the task and the visit end at once (served processes, real Redis), the end closes the patient's."""
from __future__ import annotations

import httpx

from core.accompany import service as accompany
from core.accompany.models import Companion
from core.visits import service as visits_service
from tests import factories as f
from tests.realtime.conftest import gateway  # noqa: F401  (fixture: two served workers)
from tests.realtime.peers import two_nodes

API = "/api/mp/v1/accompany"


def _token(person) -> str:
    return person.headers["Authorization"].split()[1]


async def test_a_removed_companion_loses_her_open_subscriptions_at_once(gateway):  # noqa: F811
    w = await f.accompany_world()
    home = await accompany.invite(actor=w.father.actor, visit_id=w.visit.id, account_ids=[w.daughter.actor.id])
    await accompany.accept(actor=w.daughter.actor, task_id=home.id)
    task_topic, visit_topic = f"accompany:{home.id}", f"visit:{w.visit.id}"
    daughter, father = await two_nodes(gateway.base, _token(w.daughter), _token(w.father))
    try:
        for peer in (daughter, father):
            for topic in (task_topic, visit_topic):
                answer = await peer.subscribe(topic)
                assert answer["op"] == "subscribed" and answer["live"] is True, answer
        # The son (family, no 陪诊 grant) is refused both.
        son, _ = await two_nodes(gateway.base, _token(w.son), _token(w.father))
        for topic in (task_topic, visit_topic):
            assert (await son.subscribe(topic))["op"] == "error"
        await son.close()

        c = await Companion.get(task_id=home.id)
        r = httpx.post(f"{gateway.base}{API}/tasks/{home.id}/companions/{c.id}/remove", headers=w.father.headers,
                       timeout=10)
        assert r.status_code == 200, r.text
        for topic in (task_topic, visit_topic):
            gone = await daughter.next_frame("unsubscribed", topic=topic, timeout=5)
            assert gone["reason"] == "revoked", gone
        told = await father.next_frame("notice", topic=task_topic, name="accompany.changed", timeout=5)
        assert told["data"]["kind"] == "removed" and told["data"]["recheck"] is True
        # Asking again is refused; HTTP too.
        assert (await daughter.subscribe(task_topic))["op"] == "error"
        r = httpx.get(f"{gateway.base}{API}/tasks/{home.id}", headers=w.daughter.headers, timeout=10)
        assert r.status_code == 404 and r.json()["code"] == "accompany.task_not_found"
        assert await visits_service.can_view(w.daughter.actor, w.visit) is False

        # The patient ends it: his own subscription to the task closes (finished, not revoked).
        r = httpx.post(f"{gateway.base}{API}/tasks/{home.id}/end", headers=w.father.headers, timeout=10)
        assert r.status_code == 200 and r.json()["state"] == "ended"
        gone = await father.next_frame("unsubscribed", topic=task_topic, timeout=5)
        assert gone["reason"] == "closed", gone
    finally:
        await daughter.close()
        await father.close()
