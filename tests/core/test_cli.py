"""Operator commands and readiness."""
import os
import sqlite3
import subprocess
import sys

import pytest
from tortoise import Tortoise

from core import cache, jobs
from core.accounts.models import AdminAccount
from core.orgs.models import OrgKind, OrgNode


def _cli(settings, *args, **env):
    full = dict(os.environ, DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url, **env)
    return subprocess.run([sys.executable, "-m", "core.cli", *args], env=full, capture_output=True,
                          text=True, timeout=120)


async def test_create_admin_command(settings):
    weak = _cli(settings, "create-admin", "first", "--password", "first-Pass1")
    assert weak.returncode == 2 and "不能包含用户名" in weak.stderr
    assert not await OrgNode.exists()  # nothing half-written
    r = _cli(settings, "create-admin", "chief", "--password", "Leader#Pass2026", "--province-name", "湖北省卫健委",
             "--province-code", "420000")
    assert r.returncode == 0, r.stderr
    acct = await AdminAccount.get(username="chief").prefetch_related("org")
    assert acct.org.kind == OrgKind.PROVINCE and acct.org.name == "湖北省卫健委"
    assert acct.must_change_password and acct.roles == ["commission_admin"]
    weak = _cli(settings, "create-admin", "chief2", "--password", "weak")
    assert weak.returncode == 2 and "accounts.weak_password" in weak.stderr
    assert not await AdminAccount.filter(username="chief2").exists()
    assert await OrgNode.all().count() == 1


async def test_readyz_reports_a_dead_redis_and_database(client, monkeypatch):
    live = cache.redis()
    cache.set_client(cache.make_client("redis://127.0.0.1:1/0"))  # nothing listens there
    try:
        r = await client.get("/readyz")
    finally:
        await cache.redis().aclose()
        cache.set_client(live)
    assert r.status_code == 503 and r.json()["code"] == "service.not_ready"
    assert r.json()["details"]["database"] == "ok" and r.json()["details"]["redis"].startswith("down")

    class DeadConnection:
        async def execute_query(self, *a, **k):
            raise ConnectionRefusedError("database is down")

    monkeypatch.setattr(Tortoise, "get_connection", lambda name: DeadConnection())
    r = await client.get("/readyz")
    assert r.status_code == 503 and r.json()["details"]["database"].startswith("down")


async def test_jobs_run_embedded_or_in_the_arq_worker(settings):
    import asyncio
    import datetime as dt

    from core.accounts.models import MpAccount, RefreshToken
    from core.db import utcnow

    acct = await MpAccount.create(openid="o-jobs")
    await RefreshToken.create(jti="old", account=acct, family="f", expires_at=utcnow() - dt.timedelta(days=3))
    await RefreshToken.create(jti="new", account=acct, family="f", expires_at=utcnow() + dt.timedelta(days=3))
    if settings.redis_is_memory:
        await jobs.enqueue("purge_expired_refresh_tokens")
        for _ in range(50):
            await asyncio.sleep(0.02)
            if not await RefreshToken.filter(jti="old").exists():
                break
    else:
        await jobs.enqueue("purge_expired_refresh_tokens")
        await jobs.close()
        r = _cli(settings, "worker", "--burst")
        assert r.returncode == 0, r.stderr
    assert [t.jti for t in await RefreshToken.all()] == ["new"]


@pytest.mark.nodb
def test_migrate_and_seed_demo_answer_at_once_when_nothing_changed(tmp_path):
    """`make run` runs both before every start: the second time they find their work done
    (aerich's table, the demo marker) without loading the ORM or the demo code."""
    from core import cli

    db_path = tmp_path / "run.sqlite3"
    env = dict(os.environ, DATABASE_URL=f"sqlite://{db_path}", REDIS_URL="memory://",
               STORAGE_DIR=str(tmp_path / "files"), HUIYI_ENV="development")

    def run(*args):
        r = subprocess.run([sys.executable, "-m", "core.cli", *args], env=env, capture_output=True, text=True,
                           timeout=300)
        assert r.returncode == 0, r.stderr
        return r.stdout

    def markers():
        with sqlite3.connect(db_path) as conn:
            return conn.execute("SELECT version, content FROM aerich WHERE app = ?", (cli.DEMO_MARKER_APP,)).fetchall()

    assert "migrations applied: 0" not in run("migrate")
    assert run("migrate").strip() == "migrations applied: 0 (up to date)"

    def physicians():
        with sqlite3.connect(db_path) as conn:
            return conn.execute("SELECT COUNT(*) FROM physician").fetchone()[0]

    seeded = run("seed-demo", "--physicians", "3", "--patients", "1")
    assert "up to date" not in seeded and "province" in seeded
    [(version, content)] = markers()
    assert version == cli.demo_version(3, 1)
    made = physicians()
    again = run("seed-demo", "--physicians", "3", "--patients", "1")
    assert again.startswith(f"demo data up to date (version {version[:8]})")
    assert again.splitlines()[1:] == seeded.splitlines()  # the same accounts printed
    # Printed for another address (make run PORT=...): the same demo, not seeded again.
    elsewhere = run("seed-demo", "--physicians", "3", "--patients", "1", "--base-url", "http://127.0.0.1:9001")
    assert elsewhere.startswith("demo data up to date") and "http://127.0.0.1:9001/admin/" in elsewhere
    assert physicians() == made > 0  # nothing seeded twice

    # Another demo (other arguments, or changed demo code) is seeded and marked in its turn.
    other = run("seed-demo", "--physicians", "4", "--patients", "1")
    assert "up to date" not in other
    assert [v for v, _ in markers()] == [cli.demo_version(4, 1)]
    # A database made anew has no marker: seeding runs.
    for made in tmp_path.glob("run.sqlite3*"):  # with its -wal and -shm files
        made.unlink()
    run("migrate")
    assert "up to date" not in run("seed-demo", "--physicians", "3", "--patients", "1")
