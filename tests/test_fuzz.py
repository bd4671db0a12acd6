"""Property-based fuzz of the served OpenAPI (issue 9, regression net).

Why: every operation the document describes, today's and tomorrow's, is called with
values schemathesis derives from its schema (valid and not), once without credentials
and once as the demo province's administrator (cookie session + X-CSRF-Token). Any 5xx,
an answer whose status the operation does not list, or one that contradicts its documented
schema fails. The served process is the real server (`sanic bff.app:create_app`) on its own
SQLite database seeded by the CLI, like tests/test_server.py; it is bounded (at most
FUZZ_EXAMPLES=10 examples per operation, no deadline, derandomized) so that it stays
reproducible and within about two minutes.
FUZZ_EXAMPLES=50 explores further when hunting.
"""
from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from core import demo
from tests.live_server import free_port, serve
from tests.wechat_stub import WeChatStub

pytestmark = pytest.mark.nodb

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "10"))
# Operations that would end the fuzzer's own session or lock its account: they are fuzzed
# unauthenticated only (where they answer 401/4xx), not with the administrator's cookie.
SESSION_ENDING = r"/auth/(logout|password)$|/accounts/\{account_id\}/(password|disable|roles)$"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    port = free_port()
    # WeChat is the loopback stub: an unknown code is WeChat's 4xx answer, not an unreachable upstream.
    wechat = WeChatStub(appid="wx-demo-appid", secret="wx-demo-secret").start()
    env = dict(os.environ, DATABASE_URL=f"sqlite://{tmp}/fuzz.sqlite3", REDIS_URL="memory://",
               STORAGE_DIR=str(tmp / "files"), HUIYI_ENV="test", LOG_LEVEL="WARNING", PROXIES_COUNT="0",
               WECHAT_API_BASE=wechat.base, WECHAT_APPID="wx-demo-appid", WECHAT_SECRET="wx-demo-secret",
               # Payments reach the served process's own offline WeChat Pay (keys made at first use).
               WECHATPAY_OFFLINE="1", WECHATPAY_DEV_DIR=str(tmp / "wechatpay-dev"),
               # The insurance centre and the carrier too: their development loopbacks in the served process.
               INSURANCE_OFFLINE="1", LOGISTICS_OFFLINE="1",
               PUBLIC_BASE_URL=f"http://127.0.0.1:{port}")
    for cmd in (["migrate"], ["seed-demo", "--physicians", "6", "--patients", "2"]):
        r = subprocess.run([sys.executable, "-m", "core.cli", *cmd], env=env, capture_output=True, text=True,
                           timeout=600)
        assert r.returncode == 0, r.stderr
    try:
        with serve(env, tmp / "server.log", port=port) as base:
            yield base, tmp / "server.log"
    finally:
        wechat.stop()


@pytest.fixture(scope="module")
def admin_headers(served):
    """Logged in before any fuzzing: the unauthenticated sweep's failed logins from this
    address would otherwise ask this login for a captcha (core/accounts/lockout.py)."""
    base, _ = served
    r = httpx.post(base + "/api/admin/v1/auth/login",
                   json={"username": "province", "password": demo.DEMO_PASSWORD})
    assert r.status_code == 200, r.text
    cookie = "; ".join(f"{k}={v}" for k, v in r.cookies.items())
    return {"Cookie": cookie, "X-CSRF-Token": r.json()["csrf_token"]}


_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                     phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck),
                     print_blob=False)
# An answer's status is one the document lists for the operation, and its body the schema listed there.
_CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]


def _fuzz(base: str, headers: dict | None, exclude: str | None = None) -> tuple[dict, list[str]]:
    """Every operation of the served document, EXAMPLES cases each: the statuses each operation
    answered, and the failures, one entry per operation."""
    loaded = schemathesis.openapi.from_url(base + "/docs/openapi.json")
    if exclude:
        loaded = loaded.exclude(path_regex=exclude)
    failures, statuses, calls = [], {}, []
    for result in loaded.get_all_operations():
        operation = result.ok()
        seen = statuses.setdefault(f"{operation.method.upper()} {operation.path}", set())

        @given(case=operation.as_strategy())
        @_SETTINGS
        def run(case):
            answer = case.call_and_validate(base_url=base, headers=dict(headers or {}), checks=_CHECKS, timeout=30)
            seen.add(answer.status_code)
            calls.append(answer.status_code)

        try:
            run()
        except (Exception, BaseExceptionGroup) as exc:  # one entry per operation; the sweep goes on
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc).strip()[:600]}")
    print(f"fuzzed {len(statuses)} operations with {len(calls)} requests")
    return statuses, failures


def _reached(statuses: dict) -> int:
    return sum(1 for seen in statuses.values() if any(200 <= s < 300 for s in seen))


def test_unauthenticated(served, admin_headers):
    statuses, failures = _fuzz(served[0], None)
    assert len(statuses) > 200
    assert not failures, "\n\n".join(failures)


def test_as_administrator(served, admin_headers):
    statuses, failures = _fuzz(served[0], admin_headers, exclude=SESSION_ENDING)
    assert len(statuses) > 200
    assert not failures, "\n\n".join(failures)
    # The administrator's session held: many operations were answered with success, not 401.
    admin_ops = {k: v for k, v in statuses.items() if "/api/admin/" in k}
    assert _reached(admin_ops) > len(admin_ops) // 4, sorted((k, sorted(v)) for k, v in admin_ops.items())
