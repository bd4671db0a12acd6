"""Database wiring: Tortoise configuration, shared field types and base models.

Why: one place knows which modules hold models, how an encrypted column
behaves and what every business record carries (timestamps, soft delete).
SQLite is the embedded default; MySQL/MariaDB through aiomysql in production.
"""
from __future__ import annotations

import asyncio
import contextvars
import datetime as dt
import functools
import logging
import random
from pathlib import Path
from typing import Any, Awaitable, Callable, ParamSpec, TypeVar
from urllib.parse import urlsplit

from tortoise import Tortoise, fields
from tortoise.backends.base.client import TransactionalDBClient
from tortoise.connection import connections
from tortoise.exceptions import BaseORMException
from tortoise.models import Model

from core import crypto

P = ParamSpec("P")
R = TypeVar("R")

MODEL_MODULES = [
    "core.orgs.models",
    "core.accounts.models",
    "core.audit.models",
    "core.assessment.models",
    "core.family.models",
    "core.exam.models",
    "core.proctoring.models",
    "core.dicts.models",
    "core.notify.models",
    "core.his.models",
    "core.records.models",
    "core.faq.models",
    "core.events.models",
    "core.sms.models",
    "core.conversations.models",
    "core.payments.models",
    "core.support.models",
    "core.consult.models",
    "core.rooms.models",
    "core.doctors.models",
    "core.visits.models",
    "core.accompany.models",
    "core.signing.models",
    "core.rx.models",
    "core.pharmacy.models",
    "core.invoices.models",
    "core.insurance.models",
]


def dialect_of(db_url: str) -> str:
    scheme = urlsplit(db_url).scheme
    return "sqlite" if scheme.startswith("sqlite") else "mysql"


def migrations_location(db_url: str) -> str:
    # aerich writes dialect-specific SQL, so each dialect has its own history.
    return str(Path(__file__).resolve().parent.parent / "migrations" / dialect_of(db_url))


def tortoise_config(db_url: str, *, with_aerich: bool = True) -> dict[str, Any]:
    if db_url.startswith("sqlite://") and not db_url.startswith("sqlite://:memory:"):
        Path(db_url[len("sqlite://"):]).parent.mkdir(parents=True, exist_ok=True)
    modules = list(MODEL_MODULES) + (["aerich.models"] if with_aerich else [])
    return {
        "connections": {"default": db_url},
        "apps": {"models": {"models": modules, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


async def init_db(db_url: str) -> None:
    # Global fallback: the server opens the database in a start-up listener and
    # serves requests in other tasks, which must see the same Tortoise context.
    await Tortoise.init(config=tortoise_config(db_url), _enable_global_fallback=True)


async def close_db() -> None:
    await Tortoise.close_connections()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class EncryptedField(fields.TextField):
    """SM4-GCM encrypted text; the model sees plaintext, the database ciphertext.

    `mask` names the masking rule used on output and in audit snapshots.
    """

    def __init__(self, *, mask: str, **kwargs: Any):
        self.mask = mask
        super().__init__(**kwargs)

    def to_db_value(self, value: Any, instance: Any) -> Any:
        if value is None:
            return None
        return crypto.encrypt(str(value))

    def to_python_value(self, value: Any) -> Any:
        if value is None or not isinstance(value, str) or "$" not in value:
            return value
        return crypto.decrypt(value)


class TimestampedModel(Model):
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        abstract = True


class SoftDeleteModel(TimestampedModel):
    """Business records are never hard-deleted by users: they go to the recycle bin."""

    deleted_at = fields.DatetimeField(null=True, index=True)
    deleted_by_id = fields.IntField(null=True)

    class Meta:
        abstract = True


# ------------------------------------------------------------------ hot reads
#
# Why: the query builder costs 1.5-2 ms of CPU for a filtered join (measured on the
# exam's session + paper lookup: 2.25 ms, against 0.5 ms for the same statement
# written out). Requests every taker sends all exam long read through this instead;
# everything else keeps the ORM.

_SELECTS: dict[tuple[str, tuple[type[Model], ...]], str] = {}


def _select_list(dialect: str, models: tuple[type[Model], ...]) -> str:
    key = (dialect, models)
    if key not in _SELECTS:
        q = "`" if dialect == "mysql" else '"'
        _SELECTS[key] = ", ".join(f"t{n}.{q}{column}{q} AS {q}t{n}__{column}{q}"
                                  for n, model in enumerate(models) for column in model._meta.db_fields)
    return _SELECTS[key]


async def load_joined(from_where: str, params: list[Any], *models: type[Model]) -> tuple[Model, ...] | None:
    """Every column of each model, aliased t0, t1, ... in `from_where` ("FROM a t0 JOIN b t1
    ... WHERE ..."), read in one written-out statement; one instance per model, or None.
    Placeholders are written `{p}` and become the dialect's own."""
    conn = models[0]._meta.db
    dialect = "sqlite" if conn.capabilities.dialect == "sqlite" else "mysql"
    sql = f"SELECT {_select_list(dialect, models)} " + from_where.format(p="?" if dialect == "sqlite" else "%s")
    rows = await conn.execute_query_dict(sql + " LIMIT 1", params)
    if not rows:
        return None
    row = rows[0]
    return tuple(model._init_from_db(**{column: row[f"t{n}__{column}"] for column in model._meta.db_fields})
                 for n, model in enumerate(models))


# ------------------------------------------------------------------ several rows in one statement
#
# Why: the chat's group commit (core/conversations) writes the messages and events of a batch
# in one INSERT each and needs their ids in order. MariaDB/MySQL give a multi-row INSERT
# consecutive ids (the OK packet names the first) when the auto-increment lock mode is 0 or
# 1 (MariaDB's default; "simple inserts"), spaced by auto_increment_increment; in mode 2
# (MySQL 8's default) they may interleave with other sessions', so there each row is its own
# statement. SQLite numbers a statement's rows one after another (lastrowid: the last).

_consecutive: dict[str, int | None] = {}  # dialect -> the id step of a multi-row INSERT, None: per row


async def insert_rows(conn: Any, table: str, columns: list[str], rows: list[list[Any]]) -> list[int]:
    """INSERT `rows` into `table` on `conn` (the open transaction's); their new ids, in order."""
    if not rows:
        return []
    sqlite = conn.capabilities.dialect == "sqlite"
    p, q = ("?", '"') if sqlite else ("%s", "`")
    head = f"INSERT INTO {table} ({', '.join(q + c + q for c in columns)}) VALUES "
    one = "(" + ", ".join(p for _ in columns) + ")"
    step = 1 if sqlite else await _id_step(conn)
    if step is None or len(rows) == 1:
        return [int(await conn.execute_insert(head + one, row)) for row in rows]
    last = int(await conn.execute_insert(head + ", ".join(one for _ in rows), [v for row in rows for v in row]))
    first = last - step * (len(rows) - 1) if sqlite else last
    return [first + step * n for n in range(len(rows))]


async def _id_step(conn: Any) -> int | None:
    if "mysql" not in _consecutive:
        rows = await conn.execute_query_dict("SELECT @@innodb_autoinc_lock_mode AS mode, "
                                             "@@auto_increment_increment AS step")
        mode, step = int(rows[0]["mode"]), int(rows[0]["step"])
        _consecutive["mysql"] = step if mode in (0, 1) else None
    return _consecutive["mysql"]


# ------------------------------------------------------------------ transactions that lose a lock conflict
#
# Why: under load MariaDB resolves lock conflicts by rolling back one transaction (1213
# deadlock), or gives up waiting (1205 lock wait timeout; 1020 when a snapshot read saw a
# row another transaction changed). The loser did nothing wrong and would succeed if run
# again, so it is run again, a bounded number of times with a jittered backoff, instead
# of answering 500. One mechanism for every service: a function that opens a transaction
# (`in_transaction()`, `scope.locked(...)`) is decorated `@db.transactional`
# (tests/core/test_transactions.py checks that none is missing). Only the outermost one
# retries: a conflict rolls back the whole transaction, savepoints included, so an inner
# function cannot repair it by itself. The decorated function therefore runs again from
# its start: what it does before its transaction must be a read, or safe to repeat.

CONFLICTS = {1213: "deadlock", 1205: "lock_wait_timeout", 1020: "row_changed"}
TX_ATTEMPTS = 4  # the first try and three more
TX_BACKOFF = 0.05  # seconds; attempt n waits a random 0..TX_BACKOFF * 2**n

_tx_log = logging.getLogger("huiyi.db")


def conflict_of(exc: BaseException) -> str | None:
    """The kind of lock conflict behind a database error ("deadlock", ...), or None.
    Follows the chain of database errors: tortoise wraps the driver's error as its first
    argument, and a nested transaction's savepoint rollback, which fails once the
    conflict has rolled back everything, raises its own error from the conflict's."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen and _is_db_error(exc):
        seen.add(id(exc))
        args = getattr(exc, "args", ())
        if args and isinstance(args[0], int) and args[0] in CONFLICTS:
            return CONFLICTS[args[0]]
        exc = args[0] if args and isinstance(args[0], BaseException) else (exc.__cause__ or exc.__context__)
    return None


def _is_db_error(exc: BaseException) -> bool:
    return isinstance(exc, BaseORMException) or type(exc).__module__.split(".")[0] in ("pymysql", "aiomysql")


def in_open_transaction() -> bool:
    # Module-level imports: every @transactional call and every chat message asks this (in-function
    # imports cost 5% of a message's CPU in the realtime bench).
    try:
        return isinstance(connections.get("default"), TransactionalDBClient)
    except Exception:  # no database configured
        return False


class AfterCommit:
    """What runs once the outermost @transactional call now running has returned, its
    transactions committed: the relay of the domain events it emitted (core/events).

    Why here: only the outermost call knows that its work committed and will not run
    again. An attempt lost to a lock conflict is run again from its start, so whatever
    it registered is dropped with its rolled-back rows; a call that raises registers
    nothing either (rows it had committed are picked up by their own safety net, such
    as the events relay loop)."""

    __slots__ = ("callbacks", "slots")

    def __init__(self) -> None:
        self.callbacks: list[Callable[[], Awaitable[Any]]] = []
        self.slots: dict[str, Any] = {}  # per-user state for the call (events keep their batch here)

    def add(self, callback: Callable[[], Awaitable[Any]]) -> None:
        self.callbacks.append(callback)

    async def run(self) -> None:
        for callback in self.callbacks:
            try:
                await callback()
            except Exception:  # committed already: the caller's answer stands
                _tx_log.exception("after-commit callback %s failed", getattr(callback, "__qualname__", callback))


_after_commit: contextvars.ContextVar[AfterCommit | None] = contextvars.ContextVar("after_commit", default=None)


def after_commit_scope() -> AfterCommit | None:
    """The after-commit list of the outermost @transactional call now running, or None."""
    return _after_commit.get()


def transactional(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Run `fn` again when its transaction loses a lock conflict; after TX_ATTEMPTS tries the
    caller gets 503 `service.busy` (with Retry-After), never a 500. Once the outermost call
    has succeeded, what it registered with `after_commit_scope()` runs."""

    @functools.wraps(fn)
    async def run(*args: P.args, **kwargs: P.kwargs) -> R:
        if in_open_transaction():
            return await fn(*args, **kwargs)  # the owner of the outermost transaction retries
        for attempt in range(1, TX_ATTEMPTS + 1):
            scope = AfterCommit()
            token = _after_commit.set(scope)
            try:
                try:
                    result = await fn(*args, **kwargs)
                finally:
                    _after_commit.reset(token)
            except Exception as exc:
                kind = conflict_of(exc)
                if kind is None:
                    raise
                if attempt == TX_ATTEMPTS:
                    _tx_log.warning("transaction gave up after %d %s conflicts: %s", attempt, kind,
                                    fn.__qualname__)
                    raise busy(kind) from exc
                _tx_log.info("transaction retried after a %s (attempt %d): %s", kind, attempt, fn.__qualname__)
            else:
                await scope.run()
                return result
            await asyncio.sleep(random.uniform(0, TX_BACKOFF * 2 ** attempt))
        raise AssertionError("unreachable")

    run.transactional = True  # type: ignore[attr-defined]
    return run


def busy(kind: str):
    """The answer for a lock conflict that retrying did not resolve: a dependency is
    overloaded, not the request wrong, so the client tries again shortly."""
    from core.errors import ServiceBusy

    return ServiceBusy(details={"conflict": kind}, headers={"Retry-After": "2"})
