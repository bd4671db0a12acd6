"""Consistent backups of the database and the stored files, and their restore.

Why: an operator needs one file that brings the whole service back on a new
machine: every row exactly as stored (personal data stays SM4 ciphertext, so
a backup is no more readable than the database; the audit chain stays
verifiable) plus the uploaded files. `python -m core.cli backup PATH` and
`restore PATH` call this module.

The archive is a tar.gz, members in this order:

    manifest.json            format, creation time, dialect, applied aerich
                             migrations, per table: columns, row count, sha256
    tables/<table>.jsonl     one JSON array per row, in the manifest's column order
    files/ab/cd/<sha256>     the objects of media.storage, named by their hash

Rows are read with raw SQL, not through the models, so that field conversion
never runs: encrypted columns are copied as ciphertext, JSON as its stored
text, and values JSON cannot carry (datetimes, decimals, bytes) are tagged so
they come back identical. All tables are read inside one transaction with a
consistent snapshot; files are listed after it started, and since an upload
is stored before the row naming it commits, every object a backed-up row
names is in the archive.

Restore only writes into an empty database that `migrate` has brought to the
backup's migrations: mixing a backup into live data, or into another schema,
would silently corrupt both. The whole archive is checked before anything is
written; rows go in within one transaction, in foreign-key order, primary keys
kept.
"""
from __future__ import annotations

import base64
import datetime as dt
import decimal
import hashlib
import io
import json
import os
import re
import tarfile
import tempfile
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import ExitStack, asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tortoise import Tortoise
from tortoise.exceptions import IntegrityError, OperationalError
from tortoise.transactions import in_transaction

from core import db
from core.errors import AppError
from core.settings import get_settings

FORMAT = "huiyi-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
AERICH_TABLE = "aerich"
AERICH_APP = "models"
_BATCH = 500
_TABLE_MEMBER = re.compile(r"^tables/([A-Za-z0-9_]+)\.jsonl$")
_FILE_MEMBER = re.compile(r"^files/([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f]{64})$")


# ------------------------------------------------------------------ errors

class BackupError(AppError):
    status, code, message = 400, "backup.failed", "备份或恢复失败"


class BackupExists(BackupError):
    code, message = "backup.destination_exists", "备份文件已存在；为免覆盖已有备份，请换一个文件名"


class BackupNotFound(BackupError):
    status, code, message = 404, "backup.not_found", "备份文件不存在"


class ArchiveInvalid(BackupError):
    code, message = "backup.invalid_archive", "备份文件无法读取：不是本系统的备份文件，或文件已损坏、不完整"


class UnsupportedFormat(BackupError):
    code, message = "backup.unsupported_format", "备份文件的格式版本不受此版本程序支持"


class DialectMismatch(BackupError):
    code, message = "backup.dialect_mismatch", "备份来自另一种数据库（SQLite 与 MySQL 之间不能直接恢复）"


class MigrationMismatch(BackupError):
    status, code = 409, "backup.migration_mismatch"
    message = "备份的数据库迁移版本与目标数据库不一致：请先对目标数据库执行 migrate，使其与备份版本相同"


class SchemaMismatch(BackupError):
    status, code, message = 409, "backup.schema_mismatch", "备份中的数据表或字段与目标数据库不一致"


class TargetNotEmpty(BackupError):
    status, code = 409, "backup.target_not_empty"
    message = "目标数据库中已有数据，已拒绝恢复：只能恢复到刚执行过 migrate 的空数据库"


class StoredFileCorrupt(BackupError):
    status, code, message = 500, "backup.file_corrupt", "存储中的文件内容与其校验值不符，备份已中止"


class RestoreRejected(BackupError):
    status, code = 409, "backup.restore_rejected"
    message = "数据库拒绝了备份中的数据，恢复已整体回滚，目标数据库未被改动"


class NotMigrated(BackupError):
    status, code, message = 409, "backup.not_migrated", "数据库尚未执行 migrate，无法备份"


# ------------------------------------------------------------------ tables

@dataclass
class Table:
    name: str
    order_by: list[str]                  # primary key (or all key columns of a through table)
    depends_on: set[str] = field(default_factory=set)      # other tables its foreign keys name
    self_refs: list[tuple[str, str]] = field(default_factory=list)  # (column, referenced column)


def _column_of(f: Any) -> str:
    return f.source_field or f.model_field_name


def model_tables() -> dict[str, Table]:
    """Every table the models own (plus many-to-many through tables), aerich excluded."""
    tables: dict[str, Table] = {}
    for model in Tortoise.apps["models"].values():
        meta = model._meta
        if meta.db_table == AERICH_TABLE:
            continue
        t = Table(meta.db_table, [meta.db_pk_column])
        for fname in sorted(meta.fk_fields | meta.o2o_fields):
            f = meta.fields_map[fname]
            target = f.related_model._meta.db_table
            if target == t.name:
                t.self_refs.append((f.source_field, _column_of(f.to_field_instance)))
            else:
                t.depends_on.add(target)
        tables[t.name] = t
    for model in Tortoise.apps["models"].values():
        for fname in model._meta.m2m_fields:
            f = model._meta.fields_map[fname]
            through = f.through
            if through in tables:
                continue
            tables[through] = Table(through, [f.backward_key, f.forward_key],
                                    {model._meta.db_table, f.related_model._meta.db_table})
    return tables


def insert_order(tables: dict[str, Table]) -> tuple[list[str], bool]:
    """Tables with those they reference first; True when a cycle forces deferred checks."""
    done: list[str] = []
    pending = dict(tables)
    while pending:
        ready = sorted(n for n, t in pending.items() if not (t.depends_on & set(pending)))
        if not ready:
            return done + sorted(pending), True
        for n in ready:
            done.append(n)
            del pending[n]
    return done, False


def _quote(dialect: str, name: str) -> str:
    return f"`{name}`" if dialect == "mysql" else f'"{name}"'


def _placeholder(dialect: str) -> str:
    return "%s" if dialect == "mysql" else "?"


# ------------------------------------------------------------------ values

def encode_value(v: Any) -> Any:
    """Raw column value -> JSON, losslessly. Raw values are never dicts, so tags are unambiguous."""
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    if isinstance(v, dt.datetime):
        return {"$datetime": v.isoformat()}
    if isinstance(v, dt.date):
        return {"$date": v.isoformat()}
    if isinstance(v, dt.time):
        return {"$time": v.isoformat()}
    if isinstance(v, dt.timedelta):  # MySQL TIME comes back as a timedelta
        return {"$timedelta": [v.days, v.seconds, v.microseconds]}
    if isinstance(v, decimal.Decimal):
        return {"$decimal": str(v)}
    if isinstance(v, (bytes, bytearray, memoryview)):
        return {"$bytes": base64.b64encode(bytes(v)).decode("ascii")}
    raise BackupError("数据库中有无法备份的字段类型", details={"type": type(v).__name__})


def decode_value(v: Any) -> Any:
    if not isinstance(v, dict):
        return v
    if len(v) != 1:
        raise ValueError(f"bad tagged value {v!r}")
    (tag, raw), = v.items()
    if tag == "$datetime":
        return dt.datetime.fromisoformat(raw)
    if tag == "$date":
        return dt.date.fromisoformat(raw)
    if tag == "$time":
        return dt.time.fromisoformat(raw)
    if tag == "$timedelta":
        return dt.timedelta(days=raw[0], seconds=raw[1], microseconds=raw[2])
    if tag == "$decimal":
        return decimal.Decimal(raw)
    if tag == "$bytes":
        return base64.b64decode(raw, validate=True)
    raise ValueError(f"unknown tag {tag!r}")


def _dump_line(values: Iterable[Any]) -> bytes:
    return (json.dumps([encode_value(v) for v in values], ensure_ascii=False,
                       separators=(",", ":")) + "\n").encode("utf-8")


# ------------------------------------------------------------------ consistent reads

class _Reader:
    """Streams query results inside the snapshot transaction on one raw connection."""

    def __init__(self, dialect: str, raw: Any):
        self.dialect = dialect
        self.raw = raw

    async def rows(self, sql: str) -> AsyncIterator[tuple]:
        if self.dialect == "mysql":
            import aiomysql

            # Unbuffered cursor: a large table is never held in memory at once.
            cur = await self.raw.cursor(aiomysql.SSCursor)
            try:
                await cur.execute(sql)
                while batch := await cur.fetchmany(_BATCH):
                    for row in batch:
                        yield tuple(row)
            finally:
                await cur.close()
        else:
            async with self.raw.execute(sql) as cur:
                while batch := await cur.fetchmany(_BATCH):
                    for row in batch:
                        yield tuple(row)

    async def columns(self, table: str) -> list[str]:
        # Asked of the result, not of information_schema, so the list matches the rows read.
        sql = f"SELECT * FROM {_quote(self.dialect, table)} WHERE 1=0"
        if self.dialect == "mysql":
            async with self.raw.cursor() as cur:
                await cur.execute(sql)
                return [d[0] for d in cur.description]
        async with self.raw.execute(sql) as cur:
            return [d[0] for d in cur.description]


@asynccontextmanager
async def _snapshot(dialect: str) -> AsyncIterator[_Reader]:
    conn = Tortoise.get_connection("default")
    async with conn.acquire_connection() as raw:
        if dialect == "mysql":
            async with raw.cursor() as cur:
                # Every table is read as of one instant, while the service keeps writing.
                await cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                await cur.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY")
            try:
                yield _Reader(dialect, raw)
            finally:
                await raw.rollback()
        else:
            # One read transaction: in WAL mode SQLite serves it from one snapshot.
            await (await raw.execute("BEGIN")).close()
            try:
                yield _Reader(dialect, raw)
            finally:
                await (await raw.execute("ROLLBACK")).close()


async def _read_versions(reader: _Reader) -> list[str]:
    sql = (f"SELECT version FROM {_quote(reader.dialect, AERICH_TABLE)} "
           f"WHERE app = '{AERICH_APP}' ORDER BY id")
    try:
        return [row[0] async for row in reader.rows(sql)]
    except Exception as exc:  # no aerich table: the database was never migrated
        raise NotMigrated(details={"error": str(exc)[:200]}) from exc


# ------------------------------------------------------------------ backup

def _tar_bytes(tar: tarfile.TarFile, name: str, data: bytes, mtime: float) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(mtime)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


async def backup(path: str) -> str:
    """Write one archive of every table and every stored file; returns its absolute path.

    Runs in the CLI process, so the blocking file writes here stall nobody.
    """
    from media.storage import check_key, get_storage, key_of

    settings = get_settings()
    dest = Path(path).expanduser().resolve()
    if dest.exists():
        raise BackupExists(details={"path": str(dest)})
    dest.parent.mkdir(parents=True, exist_ok=True)
    dialect = db.dialect_of(settings.database_url)
    tables = model_tables()
    order, _ = insert_order(tables)
    created = db.utcnow()

    # Rows are spooled next to the destination (same disk the operator chose for the
    # backup) because a tar member's size must be known before it is written.
    with tempfile.TemporaryDirectory(prefix=".huiyi-backup-", dir=dest.parent) as tmp:
        meta: dict[str, dict[str, Any]] = {}
        async with _snapshot(dialect) as reader:
            versions = await _read_versions(reader)
            for name in order:
                t = tables[name]
                columns = await reader.columns(name)
                digest, count = hashlib.sha256(), 0
                sql = (f"SELECT * FROM {_quote(dialect, name)} ORDER BY "
                       + ", ".join(_quote(dialect, c) for c in t.order_by))
                with open(Path(tmp) / f"{name}.jsonl", "wb") as out:  # noqa: ASYNC230 (CLI process)
                    async for row in reader.rows(sql):
                        line = _dump_line(row)
                        digest.update(line)
                        out.write(line)
                        count += 1
                meta[name] = {"columns": columns, "rows": count, "sha256": digest.hexdigest()}

        storage = get_storage(settings)
        keys = sorted(storage.iter_keys())
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "created_at": created.isoformat(), "dialect": dialect,
            "migrations": versions, "tables": meta,
            "row_counts": {n: m["rows"] for n, m in meta.items()},
            "files": {"count": len(keys)},
        }
        # mkstemp creates the file 0600: the archive holds password hashes and ciphertext,
        # and only the operator should read it.
        fd, partial_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent)
        partial = Path(partial_name)
        now = created.timestamp()
        try:
            with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz", compresslevel=6) as tar:
                _tar_bytes(tar, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode(), now)
                for name in order:
                    tar.add(Path(tmp) / f"{name}.jsonl", arcname=f"tables/{name}.jsonl", recursive=False)
                for key in keys:
                    data = storage.get(check_key(key))
                    if key_of(data) != key:
                        raise StoredFileCorrupt(details={"key": key})
                    _tar_bytes(tar, f"files/{key[:2]}/{key[2:4]}/{key}", data, now)
            os.replace(partial, dest)  # only a complete archive ever carries the final name
        finally:
            partial.unlink(missing_ok=True)
    return str(dest)


# ------------------------------------------------------------------ restore

_ARCHIVE_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error, ValueError, KeyError, TypeError,
                   AttributeError)


@contextmanager
def _archive_errors() -> Iterator[None]:
    """Whatever a damaged or foreign archive makes the readers raise becomes one clear error."""
    try:
        yield
    except BackupError:
        raise
    except OSError as exc:
        if exc.errno is not None:  # a real I/O failure (disk full, permissions), not bad content
            raise
        raise ArchiveInvalid(details={"error": f"{type(exc).__name__}: {str(exc)[:200]}"}) from exc
    except _ARCHIVE_ERRORS as exc:
        raise ArchiveInvalid(details={"error": f"{type(exc).__name__}: {str(exc)[:200]}"}) from exc


def _read_manifest(tar: tarfile.TarFile) -> dict[str, Any]:
    first = tar.next()
    if first is None or first.name != MANIFEST or not first.isfile():
        raise ArchiveInvalid(details={"reason": "manifest.json is not the first member"})
    manifest = json.loads(tar.extractfile(first).read().decode("utf-8"))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveInvalid(details={"reason": "not a huiyi backup"})
    if manifest.get("format_version") != FORMAT_VERSION:
        raise UnsupportedFormat(details={"format_version": manifest.get("format_version"),
                                         "supported": [FORMAT_VERSION]})
    tables, files = manifest.get("tables"), manifest.get("files")
    well_formed = (
        isinstance(manifest.get("dialect"), str)
        and isinstance(manifest.get("migrations"), list)
        and all(isinstance(v, str) for v in manifest["migrations"])
        and isinstance(tables, dict) and isinstance(files, dict) and isinstance(files.get("count"), int)
        and all(isinstance(t, dict) and isinstance(t.get("columns"), list) and isinstance(t.get("rows"), int)
                and isinstance(t.get("sha256"), str) for t in tables.values())
    )
    if not well_formed:
        raise ArchiveInvalid(details={"reason": "manifest is malformed"})
    return manifest


async def _target_columns(dialect: str, table: str) -> set[str] | None:
    conn = Tortoise.get_connection("default")
    if dialect == "mysql":
        rows = await conn.execute_query_dict(
            "SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s", [table])
    else:
        rows = await conn.execute_query_dict(f"PRAGMA table_info({_quote(dialect, table)})")
    return {r["name"] for r in rows} or None


async def _target_versions(dialect: str) -> list[str]:
    conn = Tortoise.get_connection("default")
    try:
        rows = await conn.execute_query_dict(
            f"SELECT version FROM {_quote(dialect, AERICH_TABLE)} WHERE app = {_placeholder(dialect)} "
            "ORDER BY id", [AERICH_APP])
    except Exception as exc:
        raise MigrationMismatch("目标数据库尚未执行 migrate：请先对目标数据库执行 migrate，再恢复",
                                details={"error": str(exc)[:200]}) from exc
    return [r["version"] for r in rows]


async def _leftover_rows(dialect: str, names: Iterable[str], conn: Any = None) -> dict[str, int]:
    """Rows in the target that restore would mix with; empty dict means empty."""
    from core.audit.service import GENESIS

    conn = conn or Tortoise.get_connection("default")
    found: dict[str, int] = {}
    for name in names:
        sql = f"SELECT COUNT(*) AS n FROM {_quote(dialect, name)}"
        if name == "audit_head":
            # `migrate` creates the genesis head; it is part of an empty database.
            sql += f" WHERE NOT (seq = 0 AND hash = '{GENESIS}')"
        n = int((await conn.execute_query_dict(sql))[0]["n"])
        if n:
            found[name] = n
    return found


async def _check_target(manifest: dict[str, Any]) -> tuple[dict[str, Table], list[str], bool]:
    dialect = db.dialect_of(get_settings().database_url)
    if manifest["dialect"] != dialect:
        raise DialectMismatch(details={"backup": manifest["dialect"], "target": dialect})
    target_versions = await _target_versions(dialect)
    if sorted(manifest["migrations"]) != sorted(target_versions):
        raise MigrationMismatch(details={"backup": manifest["migrations"], "target": target_versions})
    tables = model_tables()
    if set(manifest["tables"]) != set(tables):
        raise SchemaMismatch(details={"only_in_backup": sorted(set(manifest["tables"]) - set(tables)),
                                      "only_in_target": sorted(set(tables) - set(manifest["tables"]))})
    for name, meta in manifest["tables"].items():
        have = await _target_columns(dialect, name)
        if have is None or set(meta["columns"]) != have:
            raise SchemaMismatch(details={"table": name, "backup": sorted(meta["columns"]),
                                          "target": sorted(have or ())})
    leftover = await _leftover_rows(dialect, tables)
    if leftover:
        raise TargetNotEmpty(details={"rows": leftover})
    order, deferred = insert_order(tables)
    return tables, order, deferred


def _unpack(tar: tarfile.TarFile, manifest: dict[str, Any], spool: Path) -> int:
    """Verify every member; spool table rows to `spool`, store files. Returns files stored.

    Files go to storage before any row is written: an object no row names is inert,
    while a row naming a missing object would be a broken restore.
    """
    from media.storage import get_storage, key_of

    storage = get_storage()
    seen: set[str] = set()
    files = 0
    # tar.next(), not iteration: iterating a stream restarts from the manifest already read.
    while (member := tar.next()) is not None:
        if not member.isfile():
            raise ArchiveInvalid(details={"member": member.name, "reason": "not a regular file"})
        if m := _TABLE_MEMBER.match(member.name):
            name = m.group(1)
            meta = manifest["tables"].get(name)
            if meta is None or name in seen:
                raise ArchiveInvalid(details={"member": member.name, "reason": "unexpected table"})
            seen.add(name)
            digest = hashlib.sha256()
            src = tar.extractfile(member)
            with open(spool / f"{name}.jsonl", "wb") as out:
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != meta["sha256"]:
                raise ArchiveInvalid(details={"member": member.name, "reason": "checksum mismatch"})
        elif m := _FILE_MEMBER.match(member.name):
            key = m.group(3)
            data = tar.extractfile(member).read()
            if key[:2] != m.group(1) or key[2:4] != m.group(2) or key_of(data) != key:
                raise ArchiveInvalid(details={"member": member.name, "reason": "checksum mismatch"})
            try:
                storage.put(data)
            except OSError as exc:
                raise BackupError("恢复文件时无法写入文件存储", code="backup.storage_write_failed", status=500,
                                  details={"error": str(exc)[:200]}) from exc
            files += 1
        else:
            raise ArchiveInvalid(details={"member": member.name, "reason": "unexpected member"})
    if seen != set(manifest["tables"]):
        raise ArchiveInvalid(details={"reason": "tables missing", "tables": sorted(set(manifest["tables"]) - seen)})
    if files != manifest["files"]["count"]:
        raise ArchiveInvalid(details={"reason": "files missing", "expected": manifest["files"]["count"],
                                      "found": files})
    return files


def _read_rows(path: Path, columns: list[str]) -> Iterable[list[Any]]:
    with open(path, "rb") as fh:
        for number, line in enumerate(fh, 1):
            with _archive_errors():
                values = json.loads(line)
                if not isinstance(values, list) or len(values) != len(columns):
                    raise ArchiveInvalid(details={"table": path.stem, "line": number, "reason": "row shape"})
                row = [decode_value(v) for v in values]
            yield row


def _parents_first(rows: list[list[Any]], columns: list[str], t: Table) -> list[list[Any]] | None:
    """Order rows of a self-referencing table so a referenced row precedes its referrers.

    None when the rows reference each other in a cycle.
    """
    idx = {c: i for i, c in enumerate(columns)}
    refs = [(idx[col], idx[to]) for col, to in t.self_refs]
    present = {row[to] for _, to in refs for row in rows}
    placed: set[Any] = set()
    out: list[list[Any]] = []
    pending = rows
    while pending:
        waiting = []
        for row in pending:
            if all(row[c] is None or row[c] == row[to] or row[c] not in present or row[c] in placed
                   for c, to in refs):
                out.append(row)
                placed.update(row[to] for _, to in refs)
            else:
                waiting.append(row)
        if len(waiting) == len(pending):
            return None
        pending = waiting
    return out


async def restore(path: str) -> dict[str, int]:
    """Restore an archive into the empty, migrated database of DATABASE_URL; row counts per table."""
    src = Path(path).expanduser()
    if not src.is_file():
        raise BackupNotFound(details={"path": str(src)})
    dialect = db.dialect_of(get_settings().database_url)
    # Table rows are spooled to the system temp dir (TMPDIR), private to this user:
    # the archive's own directory may be a read-only mount.
    with tempfile.TemporaryDirectory(prefix=".huiyi-restore-") as tmp:
        with ExitStack() as stack:
            with _archive_errors():
                tar = stack.enter_context(tarfile.open(src, "r|gz"))
                manifest = _read_manifest(tar)
            # The target is checked before the archive is unpacked, so a refused
            # restore writes nothing, not even files.
            tables, order, deferred = await _check_target(manifest)
            with _archive_errors():
                _unpack(tar, manifest, Path(tmp))
        return await _insert_all(dialect, manifest, tables, order, deferred, Path(tmp))


async def _insert_all(dialect: str, manifest: dict[str, Any], tables: dict[str, Table], order: list[str],
                      deferred: bool, spool: Path) -> dict[str, int]:
    from core.audit.service import GENESIS

    counts: dict[str, int] = {}
    async with in_transaction() as conn:
        # Checked again inside the transaction: nothing may have arrived since.
        leftover = await _leftover_rows(dialect, tables, conn)
        if leftover:
            raise TargetNotEmpty(details={"rows": leftover})
        if deferred:
            # execute_query, not execute_script: sqlite3's executescript commits first.
            await conn.execute_query("SET FOREIGN_KEY_CHECKS=0" if dialect == "mysql"
                                     else "PRAGMA defer_foreign_keys=ON")
        try:
            for name in order:
                t, meta = tables[name], manifest["tables"][name]
                columns = meta["columns"]
                if name == "audit_head" and meta["rows"]:
                    # The backed-up head replaces the genesis head `migrate` created.
                    await conn.execute_query(
                        f"DELETE FROM {_quote(dialect, name)} WHERE seq = 0 AND hash = '{GENESIS}'")
                sql = (f"INSERT INTO {_quote(dialect, name)} ("
                       + ", ".join(_quote(dialect, c) for c in columns) + ") VALUES ("
                       + ", ".join([_placeholder(dialect)] * len(columns)) + ")")
                rows_iter: Iterable[list[Any]] = _read_rows(spool / f"{name}.jsonl", columns)
                if t.self_refs:
                    ordered = _parents_first(list(rows_iter), columns, t)
                    if ordered is None:
                        raise ArchiveInvalid(details={"table": name, "reason": "rows reference each other in a cycle"})
                    rows_iter = ordered
                n, batch = 0, []
                try:
                    for row in rows_iter:
                        batch.append(row)
                        if len(batch) >= _BATCH:
                            await conn.execute_many(sql, batch)
                            n += len(batch)
                            batch = []
                    if batch:
                        await conn.execute_many(sql, batch)
                        n += len(batch)
                except (IntegrityError, OperationalError) as exc:
                    # The transaction rolls back: the target stays as empty as it was.
                    raise RestoreRejected(details={"table": name, "error": str(exc)[:300]}) from exc
                stored = int((await conn.execute_query_dict(
                    f"SELECT COUNT(*) AS n FROM {_quote(dialect, name)}"))[0]["n"])
                if n != meta["rows"] or stored != meta["rows"]:
                    raise ArchiveInvalid(details={"table": name, "expected": meta["rows"], "restored": stored})
                counts[name] = n
        finally:
            if deferred and dialect == "mysql":
                # Session setting on a pooled connection: never hand it back disabled.
                await conn.execute_query("SET FOREIGN_KEY_CHECKS=1")
    return counts
