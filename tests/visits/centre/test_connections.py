"""Onboarding in the console (/api/admin/v1/visits/institutions): switches and connection saved and
audited, the webhook secret shown once and working at once, the connection test per mode, the
health table, permission and scope."""
from __future__ import annotations

import json
import uuid

import aio_pika

from core.audit.models import AuditLog
from core.visits.centre import intake
from core.visits.centre.webhook import signed_headers
from core.visits.models import HisConnection, VisitEvent
from tests import factories
from tests.visits.centre.conftest import event, running_centre, until

API = "/api/admin/v1/visits/institutions"


async def _console(client, org, roles=("commission_admin",)):
    a = await factories.admin(org, roles=roles)
    token = (await factories.login(client, a.username))["csrf_token"]
    return {"X-CSRF-Token": token}


async def test_onboarding_a_hospital_end_to_end(client, settings):
    t = await factories.tree()
    headers = await _console(client, t.county_a1)
    r = await client.get(API, headers=headers)
    assert r.status_code == 200
    rows = {row["institution_id"]: row for row in r.json()["items"]}
    assert set(rows) == {t.hospital_a1.id}  # only the institutions in scope
    assert rows[t.hospital_a1.id]["configured"] is False and rows[t.hospital_a1.id]["mode"] == "webhook"
    hid = t.hospital_a1.id
    r = await client.put(f"{API}/{hid}", headers=headers, json={
        "assistant_enabled": True, "accompany_enabled": True, "adapter": "demo", "mode": "webhook"})
    assert r.status_code == 200, r.text
    assert r.json()["configured"] and r.json()["has_secret"] is False
    assert r.json()["webhook_path"] == f"/api/his/v1/institutions/{hid}/events"
    # The secret, shown once; the stored one is encrypted and never shown again.
    r = await client.post(f"{API}/{hid}/secret", headers=headers)
    secret = r.json()["secret"]
    assert len(secret) >= 40
    got = (await client.get(f"{API}/{hid}", headers=headers)).json()
    assert got["has_secret"] and got["secret_masked"] == "******" and secret not in json.dumps(got)
    test = (await client.post(f"{API}/{hid}/test", headers=headers)).json()
    assert test["ok"] is False and "未收到" in test["detail"]
    body = json.dumps(event("V1", "registration", 1)).encode()
    r = await client.post(f"/api/his/v1/institutions/{hid}/events", content=body, headers=signed_headers(secret, body))
    assert r.status_code == 200
    test = (await client.post(f"{API}/{hid}/test", headers=headers)).json()
    assert test["ok"] is True and test["mode"] == "webhook"
    # Rotated: the old secret stops working at once.
    await client.post(f"{API}/{hid}/secret", headers=headers)
    r = await client.post(f"/api/his/v1/institutions/{hid}/events", content=body, headers=signed_headers(secret, body))
    assert r.status_code == 401
    health = (await client.get(f"{API}/{hid}/health", headers=headers)).json()
    assert health["backlog"] == 1 and health["refused"] == 1 and health["lag_seconds"] >= 0
    assert health["served_by"] is None
    actions = await AuditLog.filter(target_type="HisConnection").values_list("action", "outcome")
    assert ("visits.connection_update", "success") in actions and ("visits.secret_rotate", "success") in actions
    assert ("visits.connection_test", "failure") in actions and ("visits.webhook", "denied") in actions
    assert all(secret not in json.dumps(row.after or {}) for row in await AuditLog.all())


async def test_health_counts_and_quarantine(client):
    t = await factories.tree()
    headers = await _console(client, t.county_a1)
    hid = t.hospital_a1.id
    await HisConnection.create(institution_id=hid, assistant_enabled=True, secret="x", mode="webhook")
    await intake.submit(institution_id=hid, items=[event("V1", "queue", n) for n in range(5)] + ["{bad"], source="test")
    async with running_centre():
        await until(lambda: _backlog_zero(hid))
    row = [r for r in (await client.get(f"{API}/health", headers=headers)).json()["items"] if r["institution_id"] == hid][0]
    assert row["quarantined"] == await VisitEvent.filter(institution_id=hid, status="quarantined").count() == 1
    assert (row["received"], row["applied"], row["backlog"], row["pending"]) == (6, 5, 0, 0)


async def test_amqp_and_poll_connection_tests(client, settings):
    t = await factories.tree()
    headers = await _console(client, t.county_a1)
    hid = t.hospital_a1.id
    r = await client.put(f"{API}/{hid}", headers=headers, json={
        "assistant_enabled": True, "accompany_enabled": False, "mode": "amqp", "queue": ""})
    assert r.status_code == 422 and r.json()["code"] == "visits.connection_invalid"
    queue = f"huiyi.test.visits.{uuid.uuid4().hex[:10]}"
    r = await client.put(f"{API}/{hid}", headers=headers, json={
        "assistant_enabled": True, "accompany_enabled": False, "mode": "amqp", "queue": queue})
    assert r.status_code == 200
    test = (await client.post(f"{API}/{hid}/test", headers=headers)).json()
    assert test["ok"] is False  # the queue does not exist yet (declared passively: not created)
    connection = await aio_pika.connect(settings.amqp_url)
    async with connection:
        channel = await connection.channel()
        await channel.declare_queue(queue, durable=True)
        test = (await client.post(f"{API}/{hid}/test", headers=headers)).json()
        assert test["ok"] is True and queue in test["detail"]
        await channel.queue_delete(queue)
    r = await client.put(f"{API}/{hid}", headers=headers, json={
        "assistant_enabled": True, "accompany_enabled": False, "mode": "poll", "adapter": "nope"})
    assert r.status_code == 422 and r.json()["details"]["field"] == "adapter"


async def test_permission_and_scope(client):
    t = await factories.tree()
    viewer = await _console(client, t.county_a1, roles=("viewer",))
    assert (await client.get(API, headers=viewer)).status_code == 403
    other = await _console(client, t.county_b1)
    r = await client.put(f"{API}/{t.hospital_a1.id}", headers=other, json={
        "assistant_enabled": True, "accompany_enabled": True})
    assert r.status_code == 404
    assert await HisConnection.filter(institution_id=t.hospital_a1.id).count() == 0


async def _backlog_zero(inst: int) -> bool:
    return await intake.backlog(inst) == 0
