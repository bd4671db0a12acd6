"""The real server, as `make run` starts it: a sanic process on SQLite with the
embedded Redis, migrated and seeded by the CLI, answering over TCP."""
import json
import os
import subprocess
import sys
import time

import httpx
import pytest

from core import demo
from tests.live_server import serve

pytestmark = pytest.mark.nodb


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("server")
    env = dict(os.environ, DATABASE_URL=f"sqlite://{tmp}/run.sqlite3", REDIS_URL="memory://",
               STORAGE_DIR=str(tmp / "files"), HUIYI_ENV="development", LOG_LEVEL="INFO")
    for cmd in (["migrate"], ["seed-demo", "--physicians", "12", "--patients", "3"]):
        r = subprocess.run([sys.executable, "-m", "core.cli", *cmd], env=env, capture_output=True, text=True,
                           timeout=600)
        assert r.returncode == 0, r.stderr
    with serve(env, tmp / "server.log") as base:
        yield base, tmp / "server.log"


def test_served_requests_reach_the_database(server):
    base, _ = server
    with httpx.Client(base_url=base) as c:
        assert c.get("/readyz").json()["status"] == "ready"
        r = c.post("/api/admin/v1/auth/login", json={"username": "province", "password": demo.DEMO_PASSWORD})
        assert r.status_code == 200, r.text
        r = c.get("/api/admin/v1/physicians")
        assert r.json()["total"] == 12 + 3 - 1  # + the H5 personas' physicians - one in the recycle bin
        assert "****" in r.json()["items"][0]["phone"]


def test_server_speaks_the_error_model(server):
    base, _ = server
    with httpx.Client(base_url=base) as c:
        r = c.post("/api/admin/v1/auth/login", content=b"x" * (13 * 1024 * 1024),
                   headers={"content-type": "application/json"})
        assert r.status_code == 413 and r.json()["code"] == "request.too_large"
        assert c.get("/nowhere").json()["code"] == "request.route_not_found"
        assert c.put("/healthz").status_code == 405
        assert c.get("/docs/openapi.json").json()["paths"]


def test_logs_are_json_with_request_ids_and_no_personal_data(server):
    base, log_path = server
    with httpx.Client(base_url=base) as c:
        c.post("/api/admin/v1/auth/login", json={"username": "county1", "password": demo.DEMO_PASSWORD},
               headers={"X-Request-ID": "trace-log-check-1"})
        c.get("/api/admin/v1/physicians?reveal=1")
    time.sleep(0.3)
    lines = [json.loads(line) for line in log_path.read_text().splitlines() if line.startswith("{")]
    traced = [entry for entry in lines if entry.get("request_id") == "trace-log-check-1"]
    assert traced and traced[0]["path"] == "/api/admin/v1/auth/login" and traced[0]["status"] == 200
    text = log_path.read_text()
    assert demo.DEMO_PASSWORD not in text and "k1$" not in text
    # Every physician's real ID and phone number, read back from the server's database.
    import sqlite3

    from core import crypto

    db_file = str(log_path.parent / "run.sqlite3")
    with sqlite3.connect(db_file) as conn:
        secrets = [crypto.decrypt(v) for row in conn.execute("SELECT id_number, phone FROM physician")
                   for v in row]
    assert len(secrets) == 2 * (12 + 3)
    assert not [v for v in secrets if v in text]
