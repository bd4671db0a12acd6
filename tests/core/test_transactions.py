"""Transactions that lose a lock conflict are run again (core.db.transactional).

Why: MariaDB breaks a deadlock by rolling one transaction back (1213) and gives up
waiting for a lock after a while (1205). Neither is the client's fault, and the same
work run again succeeds, so every service transaction is retried a bounded number of
times and, if it still loses, answers 503 `service.busy`, never 500. The conflicts
here are real: a second connection takes the locks in the opposite order.
"""
from __future__ import annotations

import ast
import asyncio
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from tortoise import Tortoise
from tortoise.exceptions import OperationalError
from tortoise.transactions import in_transaction

from core import db, http
from core.errors import ServiceBusy

ROOT = Path(__file__).resolve().parents[2]
BALLAST = 100  # rows the rival also changes, so that InnoDB picks the function's transaction as the victim


@pytest.fixture
async def rival(settings):
    """A second connection to the test database, outside the app's pool, and a probe table."""
    if db.dialect_of(settings.database_url) != "mysql":
        pytest.skip("lock conflicts are a MariaDB property: SQLite runs one writer at a time (CI runs MariaDB)")
    import aiomysql

    conn = Tortoise.get_connection("default")
    await conn.execute_script("DROP TABLE IF EXISTS tx_probe; "
                              "CREATE TABLE tx_probe (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB; "
                              "INSERT INTO tx_probe (id, v) VALUES " +
                              ", ".join(f"({n}, 0)" for n in range(1, BALLAST + 3)))
    u = urlsplit(settings.database_url)
    other = await aiomysql.connect(host=u.hostname, port=u.port or 3306, user=u.username,
                                   password=u.password or "", db=u.path.lstrip("/"), autocommit=False)
    yield other
    other.close()
    await conn.execute_script("DROP TABLE IF EXISTS tx_probe")


async def _value(row: int) -> int:
    rows = await Tortoise.get_connection("default").execute_query_dict("SELECT v FROM tx_probe WHERE id = %s", [row])
    return rows[0]["v"]


async def _deadlock(conn, other) -> None:
    """The caller's transaction holds row 1. The rival takes row 2 (and the ballast), then
    waits for row 1; the caller then asks for row 2: a cycle. InnoDB rolls back the
    lighter transaction, the caller's, and the rival goes on and commits (+10 on row 1)."""
    cur = await other.cursor()
    await other.begin()
    await cur.execute("UPDATE tx_probe SET v = v + 1 WHERE id >= 2")
    waiting = asyncio.create_task(cur.execute("UPDATE tx_probe SET v = v + 10 WHERE id = 1"))
    await asyncio.sleep(0.3)  # the rival is now waiting for the caller's row 1
    try:
        await conn.execute_query("UPDATE tx_probe SET v = v + 1 WHERE id = 2")
    finally:
        await waiting
        await other.commit()


async def test_a_deadlock_is_retried_and_the_work_done_once(rival):
    calls = 0

    @db.transactional
    async def bump(*, conflicts: int) -> str:
        nonlocal calls
        calls += 1
        async with in_transaction() as conn:
            await conn.execute_query("UPDATE tx_probe SET v = v + 1 WHERE id = 1")
            if calls <= conflicts:
                await _deadlock(conn, rival)
            return "done"

    assert await bump(conflicts=1) == "done"
    assert calls == 2
    assert await _value(1) == 10 + 1  # the rival's change and this one, once


async def test_retries_are_bounded_and_end_in_service_busy(rival, caplog):
    calls = 0

    @db.transactional
    async def bump() -> None:
        nonlocal calls
        calls += 1
        async with in_transaction() as conn:
            await conn.execute_query("UPDATE tx_probe SET v = v + 1 WHERE id = 1")
            await _deadlock(conn, rival)

    with pytest.raises(ServiceBusy) as caught:
        await bump()
    assert calls == db.TX_ATTEMPTS
    assert await _value(1) == 10 * db.TX_ATTEMPTS  # every attempt of this function was rolled back
    err = caught.value
    assert (err.status, err.code, err.details) == (503, "service.busy", {"conflict": "deadlock"})
    assert err.headers["Retry-After"]
    assert any("gave up after 4 deadlock conflicts" in r.getMessage() for r in caplog.records)


async def test_only_the_outermost_transaction_retries(rival):
    """A conflict rolls back the whole transaction, so an inner transactional function
    must not retry inside it: the outer one runs again from its start."""
    outer_calls = inner_calls = 0

    @db.transactional
    async def inner(conn) -> None:
        nonlocal inner_calls
        inner_calls += 1
        async with in_transaction():  # a savepoint inside the outer transaction
            if inner_calls == 1:
                await _deadlock(conn, rival)

    @db.transactional
    async def outer() -> None:
        nonlocal outer_calls
        outer_calls += 1
        async with in_transaction() as conn:
            await conn.execute_query("UPDATE tx_probe SET v = v + 1 WHERE id = 1")
            await inner(conn)

    await outer()
    assert (outer_calls, inner_calls) == (2, 2)
    assert await _value(1) == 11


async def test_a_lock_wait_timeout_is_retried(rival):
    cur = await rival.cursor()
    await rival.begin()
    await cur.execute("UPDATE tx_probe SET v = v + 10 WHERE id = 1")  # held for 1.5 s
    asyncio.get_running_loop().call_later(1.5, lambda: asyncio.ensure_future(rival.commit()))
    calls = 0

    @db.transactional
    async def bump() -> None:
        nonlocal calls
        calls += 1
        async with in_transaction() as conn:
            await conn.execute_query("SET STATEMENT innodb_lock_wait_timeout = 1 FOR "
                                     "UPDATE tx_probe SET v = v + 1 WHERE id = 1")

    await bump()
    assert calls == 2 and await _value(1) == 11


async def test_a_conflict_outside_a_transactional_function_answers_503_not_500(rival):
    """The error model maps a lock conflict that reached the request handler to 503 service.busy."""
    try:
        async with in_transaction() as conn:
            await conn.execute_query("UPDATE tx_probe SET v = v + 1 WHERE id = 1")
            await _deadlock(conn, rival)
    except OperationalError as exc:
        err = http._as_app_error(exc)
    else:
        pytest.fail("no deadlock")
    assert (err.status, err.code) == (503, "service.busy")


@pytest.mark.nodb
def test_every_function_that_opens_a_transaction_retries_its_conflicts():
    """The net: a function that opens a transaction (`in_transaction()`, `scope.locked(...)`)
    is decorated @db.transactional, so a new service cannot forget it."""
    exempt = {
        ("core/scope.py", "locked"),  # the context manager itself: its callers are checked
        ("core/backup.py", "_insert_all"),  # restore: an operator command into an empty database, alone
    }
    missing = []
    for package in ("core", "admin_web", "bff", "miniprogram_api", "media", "realtime"):
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = str(path.relative_to(ROOT))
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, (ast.AsyncFunctionDef, ast.FunctionDef)) or (rel, node.name) in exempt:
                    continue
                opens = any(isinstance(sub, ast.Call) and _name(sub.func) in ("in_transaction", "locked")
                            for sub in _own(node))
                decorated = any(_name(d) == "transactional" for d in node.decorator_list)
                if opens and not decorated:
                    missing.append(f"{rel}::{node.name}")
    assert not missing, "open a transaction without @db.transactional: " + ", ".join(missing)


def _own(fn: ast.AST):
    """The nodes of a function's own body: a nested function is checked for itself."""
    stack = [n for n in fn.body if not isinstance(n, (ast.AsyncFunctionDef, ast.FunctionDef))]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(c for c in ast.iter_child_nodes(node)
                     if not isinstance(c, (ast.AsyncFunctionDef, ast.FunctionDef, ast.Lambda)))


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        return _name(node.func)
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
