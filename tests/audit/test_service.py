"""The audit chain: every write, login and denial leaves a row; any alteration
or deletion is found by verify-audit; rows cannot be changed through the ORM or the API."""
import asyncio
import os
import subprocess
import sys

import pytest
from tortoise import Tortoise

from core.assessment import service as assessment_service
from core.audit import service as audit_service
from core.audit.models import AuditImmutable, AuditLog
from core import context
from tests import factories


async def _some_rows(n: int = 4):
    t = await factories.tree()
    actor = await factories.actor(t.province)
    docs = []
    for i in range(n):
        docs.append(await assessment_service.create_physician(
            actor=actor, name=f"医师{i}", id_number=factories.id_number(), phone="13912345678",
            institution_id=t.hospital_a1.id))
    return t, actor, docs


async def test_a_service_write_leaves_a_complete_masked_row():
    t = await factories.tree()
    actor = await factories.actor(t.county_a1)
    context.request_id_var.set("req-audit-1")
    context.client_ip_var.set("10.8.8.8")
    doc = await assessment_service.create_physician(actor=actor, name="欧阳娜娜", id_number=factories.id_number(),
                                                    phone="13812345678", institution_id=t.hospital_a1.id)
    await assessment_service.update_physician(actor=actor, physician_id=doc.id, changes={"phone": "13987654321"})
    rows = await AuditLog.filter(target_type="Physician").order_by("seq")
    create, update = rows
    assert create.action == "physicians.create" and update.action == "physicians.update"
    assert update.actor_type == "admin" and update.actor_id == str(actor.id) and update.org_id == t.hospital_a1.id
    assert update.ip == "10.8.8.8" and update.request_id == "req-audit-1" and update.outcome == "success"
    assert update.before["phone"] == "138****5678" and update.after["phone"] == "139****4321"
    assert update.after["name"] == "欧**娜" and update.after["id_number"].count("*") == 8
    assert "id_number_bidx" not in update.after
    text = str(create.after) + str(update.before) + str(update.after)
    assert "13812345678" not in text and doc.id_number not in text


async def test_chain_verifies_and_finds_an_altered_row():
    await _some_rows()
    report = await audit_service.verify_chain()
    assert report.ok and report.rows == 4
    conn = Tortoise.get_connection("default")
    await conn.execute_query("UPDATE audit_log SET actor_name = 'someone-else' WHERE seq = 2")
    report = await audit_service.verify_chain()
    assert not report.ok and report.first_bad_seq == 2 and "altered" in report.problem


async def test_chain_finds_a_deleted_row_in_the_middle_and_at_the_end():
    await _some_rows()
    conn = Tortoise.get_connection("default")
    await conn.execute_query("DELETE FROM audit_log WHERE seq = 4")
    report = await audit_service.verify_chain()
    assert not report.ok and report.first_bad_seq == 4 and "deleted" in report.problem
    await conn.execute_query("DELETE FROM audit_log WHERE seq = 2")
    report = await audit_service.verify_chain()
    assert not report.ok and report.first_bad_seq == 2 and "missing" in report.problem


async def test_concurrent_writes_chain_in_order():
    t = await factories.tree()
    actor = await factories.actor(t.province)
    await asyncio.gather(*[assessment_service.create_physician(
        actor=actor, name=f"并发{i}", id_number=factories.id_number(), institution_id=t.hospital_a1.id)
        for i in range(15)])
    report = await audit_service.verify_chain()
    assert report.ok and report.rows == 15
    assert [r.seq for r in await AuditLog.all().order_by("seq")] == list(range(1, 16))


async def test_rows_cannot_be_changed_or_deleted_through_the_orm():
    await _some_rows(1)
    row = await AuditLog.first()
    row.outcome = "failure"
    with pytest.raises(AuditImmutable):
        await row.save()
    with pytest.raises(AuditImmutable):
        await row.delete()
    assert (await AuditLog.get(id=row.id)).outcome == "success"


async def test_no_api_changes_audit_rows(client):
    await _some_rows(1)
    a = await factories.admin((await factories.tree()).province)
    s = await factories.login(client, a.username)
    h = {"X-CSRF-Token": s["csrf_token"]}
    rows = (await client.get("/api/admin/v1/audit?action=physicians.create")).json()["items"]
    assert rows and rows[0]["action"] == "physicians.create"
    for method in ("put", "patch", "delete", "post"):
        r = await client.request(method.upper(), "/api/admin/v1/audit", headers=h, json={})
        assert r.status_code == 405
    assert (await client.delete(f"/api/admin/v1/audit/{rows[0]['seq']}", headers=h)).status_code == 404
    assert (await audit_service.verify_chain()).ok


def _cli(settings, *args):
    from core.audit import anchors

    # The test run's own anchor file, not the development server's (var/files).
    env = dict(os.environ, DATABASE_URL=settings.database_url, REDIS_URL="memory://",
               AUDIT_ANCHOR_PATH=str(anchors.default_path()))
    return subprocess.run([sys.executable, "-m", "core.cli", *args], env=env, capture_output=True, text=True,
                          timeout=120)


async def test_verify_audit_command_reports_the_first_bad_row(settings):
    await _some_rows(3)
    ok = _cli(settings, "verify-audit")
    assert ok.returncode == 0 and "intact: 3 rows" in ok.stdout
    conn = Tortoise.get_connection("default")
    await conn.execute_query("UPDATE audit_log SET target_id = '999' WHERE seq = 3")
    bad = _cli(settings, "verify-audit")
    assert bad.returncode == 1 and "seq 3" in bad.stdout and "altered" in bad.stdout
