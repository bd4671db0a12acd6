"""The signed webhook: what a hospital's HIS posts is taken only with a valid HMAC, a fresh
timestamp and an unseen nonce; refusals are 401 visits.webhook_rejected with the reason, counted on
the connection and audited; the events taken are in the institution's stream and get applied."""
from __future__ import annotations

import json
import time

from core import cache
from core.audit.models import AuditLog
from core.visits.centre import intake
from core.visits.centre.webhook import signed_headers
from core.visits.models import HisConnection
from tests.visits.centre.conftest import applied_ids, event, hospital, running_centre, until

SECRET = "s3cr3t-key"


def url(institution_id: int) -> str:
    return f"/api/his/v1/institutions/{institution_id}/events"


async def post(client, institution_id: int, payload, *, secret: str = SECRET, **sign):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return await client.post(url(institution_id), content=body, headers=signed_headers(secret, body, **sign))


async def refused(node_id: int) -> int:
    return (await HisConnection.get(institution_id=node_id)).refused


async def test_signed_events_are_taken_into_the_stream_and_applied(client):
    _, node, _ = await hospital()
    r = await post(client, node.id, event("V1", "registration", 1))
    assert r.status_code == 200, r.text
    assert r.json() == {"accepted": 1, "refused": 0}
    r = await post(client, node.id, {"events": [event("V1", "checkin", 2), event("V1", "queue", 3)]})
    assert r.json() == {"accepted": 2, "refused": 0}
    assert await intake.backlog(node.id) == 3
    async with running_centre():
        await until(lambda: _count(node.id, 3))
        await until(lambda: _backlog_is(node.id, 0))
    assert sorted(await applied_ids(node.id)) == ["V1-1", "V1-2", "V1-3"]
    conn = await HisConnection.get(institution_id=node.id)
    assert conn.received == 3 and conn.refused == 0 and conn.last_received_at is not None


async def _count(inst: int, n: int) -> bool:
    return len(await applied_ids(inst)) >= n


async def _backlog_is(inst: int, n: int) -> bool:
    return await intake.backlog(inst) == n


async def test_a_wrong_signature_is_refused_counted_and_audited(client):
    _, node, _ = await hospital()
    r = await post(client, node.id, event("V1", "registration", 1), secret="another-key")
    assert r.status_code == 401
    assert r.json()["code"] == "visits.webhook_rejected" and r.json()["details"] == {"reason": "signature"}
    body = json.dumps(event("V1", "registration", 1)).encode()
    headers = signed_headers(SECRET, body)
    r = await client.post(url(node.id), content=body + b" ", headers=headers)  # the body changed on the way
    assert r.json()["details"] == {"reason": "signature"}
    r = await client.post(url(node.id), content=body)  # no signature at all
    assert r.status_code == 401 and r.json()["details"] == {"reason": "signature"}
    assert await refused(node.id) == 3
    assert await intake.backlog(node.id) == 0
    rows = await AuditLog.filter(action="visits.webhook", outcome="denied")
    assert len(rows) == 3 and all(row.after["reason"] == "signature" for row in rows)
    assert all(row.org_id == node.id and row.actor_name == f"his:{node.id}" for row in rows)


async def test_a_stale_request_is_refused(client):
    _, node, _ = await hospital()
    r = await post(client, node.id, event("V1", "registration", 1), timestamp=int(time.time()) - 301)
    assert r.status_code == 401 and r.json()["details"] == {"reason": "stale"}
    r = await post(client, node.id, event("V1", "registration", 1), timestamp=int(time.time()) + 400)
    assert r.json()["details"] == {"reason": "stale"}
    r = await post(client, node.id, event("V1", "registration", 1), timestamp=int(time.time()) - 200)
    assert r.status_code == 200
    assert await refused(node.id) == 2 and await intake.backlog(node.id) == 1


async def test_a_replayed_request_is_refused(client):
    _, node, _ = await hospital()
    body = json.dumps(event("V1", "registration", 1)).encode()
    headers = signed_headers(SECRET, body)
    assert (await client.post(url(node.id), content=body, headers=headers)).status_code == 200
    r = await client.post(url(node.id), content=body, headers=headers)
    assert r.status_code == 401 and r.json()["details"] == {"reason": "replayed"}
    assert await intake.backlog(node.id) == 1 and await refused(node.id) == 1
    row = await AuditLog.filter(action="visits.webhook", outcome="denied").first()
    assert row.after["reason"] == "replayed"


async def test_unknown_institutions_and_connections_without_a_secret_are_refused(client):
    _, node, _ = await hospital(secret="")
    r = await post(client, node.id, event("V1", "registration", 1))
    assert r.status_code == 401 and r.json()["details"] == {"reason": "unknown"}
    r = await post(client, 999_999, event("V1", "registration", 1))
    assert r.status_code == 401 and r.json()["details"] == {"reason": "unknown"}
    assert await refused(node.id) == 1


async def test_malformed_and_oversized_bodies(client):
    _, node, _ = await hospital()
    r = await post(client, node.id, b"{not json")
    assert r.status_code == 400 and r.json()["code"] == "visits.webhook_malformed"
    r = await post(client, node.id, [event("V1", "registration", 1)])
    assert r.status_code == 400 and r.json()["details"]["reason"] == "not_an_object"
    r = await post(client, node.id, {"events": [event("V1", "queue", i) for i in range(501)]})
    assert r.status_code == 400 and r.json()["details"]["reason"] == "count"
    r = await post(client, node.id, {"events": []})
    assert r.status_code == 400
    r = await post(client, node.id, b"{" + b" " * (1024 * 1024) + b"}")
    assert r.status_code == 413
    big = event("V2", "consultation", 1)
    big["data"] = {"record": {"advice": "多喝水" * 6000}}
    r = await post(client, node.id, {"events": [big, event("V2", "payment", 2)]})
    assert r.status_code == 200 and r.json() == {"accepted": 1, "refused": 1}
    assert await refused(node.id) == 1
    # A well-signed event that is not a visit event is taken: apply quarantines it with its reason.
    r = await post(client, node.id, {"hello": "world"})
    assert r.status_code == 200 and await intake.backlog(node.id) == 2


async def test_a_full_stream_asks_the_sender_to_come_back(client, settings):
    _, node, _ = await hospital()
    old, settings.visits_stream_max = settings.visits_stream_max, 100
    try:
        r = await post(client, node.id, {"events": [event("V1", "queue", i) for i in range(100)]})
        assert r.status_code == 200
        r = await post(client, node.id, event("V1", "queue", 101))
        assert r.status_code == 503 and r.json()["code"] == "visits.centre_busy"
        assert r.headers.get("retry-after") == "5"
    finally:
        settings.visits_stream_max = old
    assert await cache.redis().xlen(intake.stream_key(node.id)) == 100
