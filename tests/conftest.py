"""Test harness: real MariaDB and Redis when DATABASE_URL / REDIS_URL are set
(CI always sets them), SQLite and in-process fakeredis otherwise.

The schema is built by the committed migrations, exactly as in production.
Every test starts from empty tables and an empty Redis database.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import httpx
import pytest
from tortoise import Tortoise

from core import cache, db
from core.settings import Settings, set_settings
from tests.wechatpay_server import wechatpay, wechatpay_bundle, wechatpay_server  # noqa: F401  (fixtures)
# The loopback medical-insurance e-prescription centre (tests/insurance_stub.py).
from tests.insurance_stub import insurance  # noqa: F401  (fixture)
# The real Janus and coturn: `janus` and `coturn` point the settings at them for a test.
from tests.janus_server import coturn, janus, janus_server, turn_server  # noqa: F401  (fixtures)
# The loopback CA signing service (SIGNER=ca) and the SMTP server mail goes to.
from tests.ca_stub import ca  # noqa: F401  (fixture)
from tests.smtp_server import smtp  # noqa: F401  (fixture)

_TMP = Path(tempfile.mkdtemp(prefix="huiyi-test-"))


def _test_env() -> dict:
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", f"sqlite://{_TMP}/test.sqlite3")
    env.setdefault("REDIS_URL", "memory://")
    env["HUIYI_ENV"] = "test"
    env["STORAGE_DIR"] = str(_TMP / "files")
    env["PROXIES_COUNT"] = "1"
    env["LOG_LEVEL"] = env.get("TEST_LOG_LEVEL", "WARNING")
    env.setdefault("WECHAT_API_BASE", "http://127.0.0.1:9/")  # tests that need WeChat start a stub
    env.setdefault("SMS_API_BASE", "http://127.0.0.1:9/")  # tests that send SMS start one (`sms`)
    # RabbitMQ for the visit event centre's AMQP tests (.ci/run starts it); queues are per test.
    env.setdefault("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/")
    return env


@pytest.fixture(scope="session")
def settings() -> Settings:
    from core import wiring

    s = Settings.from_env(_test_env())
    set_settings(s)
    wiring.wire()  # what create_app and the worker do at start-up
    return s


@pytest.fixture(scope="session")
async def database(settings):
    from core.cli import migrate

    if db.dialect_of(settings.database_url) == "sqlite":
        Path(settings.database_url[len("sqlite://"):]).unlink(missing_ok=True)
    await migrate()
    await db.init_db(settings.database_url)
    from core import wiring

    wiring.wire()  # the domains plugged in as in every process (payment purposes, jobs, consumers)
    cache.set_client(cache.make_client(settings.redis_url))
    yield settings
    await cache.redis().aclose()
    await db.close_db()


def _tables() -> list[str]:
    return [m._meta.db_table for m in Tortoise.apps["models"].values() if m._meta.db_table != "aerich"]


async def wipe(settings: Settings) -> None:
    conn = Tortoise.get_connection("default")
    if db.dialect_of(settings.database_url) == "mysql":
        await conn.execute_script("SET FOREIGN_KEY_CHECKS=0;" + "".join(
            f"TRUNCATE TABLE `{t}`;" for t in _tables()) + "SET FOREIGN_KEY_CHECKS=1;")
    else:
        await conn.execute_script("PRAGMA foreign_keys=OFF;" + "".join(
            f'DELETE FROM "{t}";' for t in _tables()) + "PRAGMA foreign_keys=ON;")
    await cache.redis().flushdb()


@pytest.fixture(autouse=True)
async def clean(request, database):
    if "nodb" in request.keywords:
        yield
        return
    from core.audit import service as audit_service

    await wipe(database)
    await audit_service.ensure_head()
    from core.rx.rules import service as rx_rules

    rx_rules.forget()  # the process's compiled review rules belonged to the wiped database
    # Anchors of the audit chain live outside the database: a wiped chain starts without them.
    from core.audit import anchors

    anchors.default_path().unlink(missing_ok=True)
    yield


@pytest.fixture(scope="session")
def app(settings):
    from bff.app import create_app

    return create_app(settings, name="huiyi_test")


@pytest.fixture
async def client(app, database):
    """HTTP client speaking to the real Sanic app in-process (ASGI)."""
    # The fixtures own the database and Redis, so only Sanic's own start-up runs here,
    # not the server listeners that would open them a second time.
    if not getattr(app.ctx, "test_started", False):
        app.asgi = True
        await app._startup()
        await app._server_event("init", "before")
        await app._server_event("init", "after")
        app.ctx.test_started = True
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture
def sms(settings):
    """The loopback SMS provider (tests/sms_stub.py), with the settings pointing at it."""
    from tests.sms_stub import SmsStub

    stub = SmsStub(secret_id=settings.sms_secret_id, secret_key=settings.sms_secret_key,
                   sdk_app_id=settings.sms_sdk_app_id, sign_name=settings.sms_sign_name).start()
    old, settings.sms_api_base = settings.sms_api_base, stub.base
    try:
        yield stub
    finally:
        settings.sms_api_base = old
        stub.stop()


def pytest_configure(config):
    config.addinivalue_line("markers", "nodb: the test needs no clean database")

