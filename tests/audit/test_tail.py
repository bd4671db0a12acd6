"""The tail of the audit chain (issue 9, point 8).

Deleting the newest rows and rewinding `audit_head` to the new last row used to pass
verify-audit. The head now carries a MAC with the audit key, every row keeps a digest of
the head MAC it was appended to, and signed heads are anchored outside the database.
Each attack below is done as someone who can write the database but holds no key: raw
SQL, values read from the database or copied from it earlier."""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import subprocess
import sys

from tortoise import Tortoise

from core import jobs
from core.assessment import service as assessment_service
from core.audit import anchors
from core.audit import service as audit_service
from core.audit.models import AuditHead, AuditLog
from core.settings import get_settings, set_settings
from tests import factories


class MemoryAnchors:
    """Another anchor store (as an object store would be): the interface is two methods."""

    def __init__(self):
        self.entries: list[dict] = []

    def append(self, entry):
        self.entries.append(dict(entry))

    def latest(self):
        return self.entries[-1] if self.entries else None


async def _rows(n: int, t=None):
    t = t or await factories.tree()
    actor = await factories.actor(t.province)
    for i in range(n):
        await assessment_service.create_physician(actor=actor, name=f"医师{i}", id_number=factories.id_number(),
                                                  institution_id=t.hospital_a1.id)
    return t


async def _sql(statement: str, *params):
    await Tortoise.get_connection("default").execute_query(statement, list(params))


def _ph() -> str:
    return "%s" if Tortoise.get_connection("default").capabilities.dialect == "mysql" else "?"


async def _truncate_to(seq: int, *, mac: str | None = None) -> None:
    """Delete the rows after `seq` and rewind the head to row `seq`, as the old attack did."""
    p = _ph()
    row = await AuditLog.get(seq=seq)
    await _sql(f"DELETE FROM audit_log WHERE seq > {p}", seq)
    if mac is None:
        await _sql(f"UPDATE audit_head SET seq = {p}, hash = {p} WHERE id = 1", seq, row.hash)
    else:
        await _sql(f"UPDATE audit_head SET seq = {p}, hash = {p}, mac = {p} WHERE id = 1", seq, row.hash, mac)


async def test_an_intact_chain_verifies_with_and_without_anchors():
    t = await _rows(3)
    store = MemoryAnchors()
    assert (await audit_service.verify_chain(anchors=store)).ok
    entry = await anchors.anchor_head(store=store)
    assert entry["seq"] == 3 and entry["hash"] == (await AuditLog.get(seq=3)).hash
    await _rows(2, t)  # rows after the anchor are fine
    report = await audit_service.verify_chain(anchors=store)
    assert report.ok and report.rows == 5 and report.anchored_seq == 3
    head = await AuditHead.get(id=1)
    assert head.mac == audit_service.head_mac(5, head.hash)
    assert all(r.head_mac for r in await AuditLog.all())  # every row is sealed to its head


async def test_truncation_and_a_rewound_head_without_the_key_fail():
    await _rows(5)
    await _truncate_to(3)  # the head keeps the MAC of seq 5
    report = await audit_service.verify_chain(anchors=MemoryAnchors())
    assert not report.ok and "head was moved" in report.problem


async def test_the_head_mac_cannot_be_taken_from_the_deleted_rows():
    await _rows(5)
    # Row 4 was appended to the head at seq 3: what it keeps of that head's MAC is a digest.
    kept = (await AuditLog.get(seq=4)).head_mac
    await _truncate_to(3, mac=kept)
    report = await audit_service.verify_chain(anchors=MemoryAnchors())
    assert not report.ok and "head was moved" in report.problem


async def test_a_forged_head_mac_fails():
    await _rows(3)
    await _sql(f"UPDATE audit_head SET mac = {_ph()} WHERE id = 1", "ab" * 32)
    report = await audit_service.verify_chain(anchors=MemoryAnchors())
    assert not report.ok and "head was moved" in report.problem
    # A blanked MAC is no way round it: rows carry head MACs, so an empty one is a forgery,
    # and the start-up does not seal it again.
    await _sql("UPDATE audit_head SET mac = '' WHERE id = 1")
    await audit_service.ensure_head()
    assert (await AuditHead.get(id=1)).mac == ""
    assert not (await audit_service.verify_chain(anchors=MemoryAnchors())).ok


async def test_a_rewind_stays_visible_after_new_rows_are_appended_to_it():
    for forged_mac, problem in (("", "without a MAC"), ("ab" * 32, "forged without the key")):
        await _sql("DELETE FROM audit_log")
        await _sql(f"UPDATE audit_head SET seq = 0, hash = {_ph()}, mac = {_ph()} WHERE id = 1",
                   audit_service.GENESIS, audit_service.head_mac(0, audit_service.GENESIS))
        t = await _rows(5)
        await _truncate_to(3, mac=forged_mac)
        await _rows(2, t)  # the service goes on writing onto the forged head and seals a new one
        assert (await AuditHead.get(id=1)).seq == 5
        report = await audit_service.verify_chain(anchors=MemoryAnchors())
        assert not report.ok and report.first_bad_seq == 4 and problem in report.problem, report


async def test_truncation_behind_the_last_anchor_fails():
    t = await _rows(3)
    saved = await AuditHead.get(id=1)  # an old copy of the head, with the MAC it validly carried
    await _rows(2, t)
    store = MemoryAnchors()
    await anchors.anchor_head(store=store)
    await _truncate_to(3, mac=saved.mac)
    # Without the anchor the replayed head is indistinguishable from a real one...
    assert (await audit_service.verify_chain(anchors=MemoryAnchors())).ok
    # ...with it, the rows the anchor vouched for are missing.
    report = await audit_service.verify_chain(anchors=store)
    assert not report.ok and report.first_bad_seq == 4 and "anchored seq 5" in report.problem


async def test_an_anchor_that_was_edited_fails_and_a_forged_head_is_not_anchored():
    await _rows(2)
    store = MemoryAnchors()
    entry = await anchors.anchor_head(store=store)
    store.entries[-1] = {**entry, "seq": 1, "hash": (await AuditLog.get(seq=1)).hash}
    report = await audit_service.verify_chain(anchors=store)
    assert not report.ok and "anchor" in report.problem and "MAC" in report.problem
    await _sql(f"UPDATE audit_head SET mac = {_ph()} WHERE id = 1", "00" * 32)
    try:
        await anchors.anchor_head(store=store)
        raise AssertionError("a forged head was anchored")
    except anchors.HeadNotAnchorable as exc:
        assert "MAC" in str(exc)


async def test_a_head_from_before_head_macs_is_sealed_once_on_upgrade():
    await _rows(2)
    # As the migration leaves an existing database: rows and head without MACs.
    await _sql("UPDATE audit_log SET head_mac = ''")
    for row in await AuditLog.all():  # rehash the rows as they were written before (no head digest)
        row.head_mac = ""
        await _sql(f"UPDATE audit_log SET hash = {_ph()} WHERE id = {_ph()}", audit_service.compute_hash(row), row.id)
    rows = await AuditLog.all().order_by("seq")
    for prev, row in zip(rows, rows[1:]):  # keep them chained
        row.prev_hash = prev.hash
        new_hash = audit_service.compute_hash(row)
        await _sql(f"UPDATE audit_log SET prev_hash = {_ph()}, hash = {_ph()} WHERE id = {_ph()}",
                   prev.hash, new_hash, row.id)
        row.hash = new_hash
    await _sql(f"UPDATE audit_head SET hash = {_ph()}, mac = '' WHERE id = 1", rows[-1].hash)
    assert (await audit_service.verify_chain(anchors=MemoryAnchors())).ok  # legacy: accepted as it was
    await audit_service.ensure_head()  # what `migrate` and the server start do
    head = await AuditHead.get(id=1)
    assert head.mac == audit_service.head_mac(2, rows[-1].hash)
    await _rows(1)
    assert (await audit_service.verify_chain(anchors=MemoryAnchors())).ok


async def test_the_file_store_the_periodic_job_and_the_log(caplog):
    await _rows(2)
    path = anchors.default_path()
    assert path.name == "audit-anchors.jsonl" and path.parent == get_settings().storage_dir
    with caplog.at_level(logging.INFO, logger="huiyi.audit"):
        seq = await jobs.FUNCTIONS["anchor_audit_head"]({"embedded": True})
    assert seq == 2 and jobs.EMBEDDED_PERIODIC["anchor_audit_head"] <= 3600
    logged = [r for r in caplog.records if "audit anchor" in r.getMessage()]
    assert logged and logged[0].audit_anchor["seq"] == 2
    lines = path.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0]) == logged[0].audit_anchor
    report = await audit_service.verify_chain()  # the store of the settings
    assert report.ok and report.anchored_seq == 2
    with path.open("a") as fh:  # a line cut by a crash while writing is skipped
        fh.write('{"seq": 9, "hash"')
    assert anchors.get_anchor_store().latest()["seq"] == 2
    await _truncate_to(1)
    assert not (await audit_service.verify_chain()).ok


def test_the_worker_runs_the_anchor_job_on_a_schedule(settings):
    set_settings(dataclasses.replace(settings, redis_url="redis://127.0.0.1:6379/0"))  # only read, never reached
    try:
        worker = jobs.worker_settings()
    finally:
        set_settings(settings)
    assert any(getattr(c, "coroutine", None) is anchors.anchor_audit_head for c in worker.cron_jobs)
    assert anchors.anchor_audit_head in worker.functions


async def test_anchor_audit_command(settings, tmp_path):
    await _rows(3)
    env = dict(os.environ, DATABASE_URL=settings.database_url, REDIS_URL="memory://",
               AUDIT_ANCHOR_PATH=str(tmp_path / "anchors.jsonl"))

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "core.cli", *args], env=env, capture_output=True, text=True,
                              timeout=120)

    done = cli("anchor-audit")
    assert done.returncode == 0 and "anchored: seq 3" in done.stdout, done.stderr
    assert json.loads((tmp_path / "anchors.jsonl").read_text())["seq"] == 3
    ok = cli("verify-audit")
    assert ok.returncode == 0 and "anchor at seq 3" in ok.stdout
    await _truncate_to(2)
    bad = cli("verify-audit")
    assert bad.returncode == 1 and "BROKEN" in bad.stdout
    refused = cli("anchor-audit")  # the rewound head carries no valid MAC: not anchored
    assert refused.returncode == 1 and "NOT anchored" in refused.stderr
