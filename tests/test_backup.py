"""Backup and restore through the real CLI, into a fresh empty database.

Why: a backup is only worth what a restore proves. These tests build data
through the factories and services, run `python -m core.cli backup`, create a
new database (a new SQLite file, or a new MariaDB/MySQL database named after
the test database), `migrate` and `restore` into it as an operator would, and
then compare the restored rows with the originals column by column: encrypted
columns still decrypt, the audit chain still verifies, stored files come back
byte for byte. They also show that restore refuses a non-empty target, a
target on other migrations, and damaged archives, without writing anything.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import decimal
import gzip
import hashlib
import io
import json
import os
import re
import sqlite3
import stat
import sys
import tarfile
import warnings
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit, urlunsplit

import pytest
from tortoise import Tortoise

from core import crypto, wechat
from core.accounts import service as accounts_service
from core.audit import service as audit_service
from core.backup import decode_value, encode_value, model_tables
from core.db import dialect_of
from core.orgs import service as orgs_service
from core.orgs.models import OrgKind
from media.storage import InvalidKey, LocalStorage, ObjectMissing, key_of
from tests import factories

ROOT = Path(__file__).resolve().parent.parent
ID_NUMBER = "42010219800101123X"
PHONE = "13912345678"
FILE_BYTES = bytes(range(256)) * 64 + "体检报告".encode()


# ------------------------------------------------------------------ helpers

def _env(settings, *, database_url: str | None = None, storage_dir: Path | None = None) -> dict[str, str]:
    """The CLI's environment: the test settings (and so the same PII/audit keys)."""
    env = dict(os.environ)
    env.update(DATABASE_URL=database_url or settings.database_url, REDIS_URL=settings.redis_url,
               STORAGE_DIR=str(storage_dir or settings.storage_dir), HUIYI_ENV="test",
               LOG_LEVEL="WARNING", PYTHONDONTWRITEBYTECODE="1")
    return env


async def _run(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, *args, cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), timeout=300)
    return proc.returncode, out.decode(), err.decode()


async def _cli(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    return await _run(env, "-m", "core.cli", *args)


def _mysql_parts(url: str) -> dict:
    u = urlsplit(url)
    return {"host": u.hostname or "127.0.0.1", "port": u.port or 3306, "user": u.username or "root",
            "password": u.password or "", "db": u.path.lstrip("/")}


async def _mysql(url: str, *, with_db: bool = True):
    import aiomysql

    p = _mysql_parts(url)
    return await aiomysql.connect(host=p["host"], port=p["port"], user=p["user"], password=p["password"],
                                  db=p["db"] if with_db else None, autocommit=True, charset="utf8mb4")


async def _query(url: str, sql: str) -> list[tuple]:
    """Raw rows straight from the database file/server, bypassing Tortoise and its field conversion."""
    if dialect_of(url) == "sqlite":
        con = sqlite3.connect(url[len("sqlite://"):])
        try:
            return [tuple(r) for r in con.execute(sql.replace("`", '"')).fetchall()]
        finally:
            con.close()
    conn = await _mysql(url)
    try:
        async with conn.cursor() as cur:
            await cur.execute(sql)
            return [tuple(r) for r in await cur.fetchall()]
    finally:
        conn.close()


async def _dump(url: str) -> dict[str, list[tuple]]:
    """Every model table, every column, in primary-key order."""
    out = {}
    for name, t in model_tables().items():
        order = ", ".join(f"`{c}`" for c in t.order_by)
        out[name] = await _query(url, f"SELECT * FROM `{name}` ORDER BY {order}")
    return out


class _Target:
    """A fresh, empty database next to the test database, dropped afterwards."""

    def __init__(self, settings, tmp_path: Path, suffix: str):
        self.dialect = dialect_of(settings.database_url)
        if self.dialect == "sqlite":
            self.url = f"sqlite://{tmp_path / f'{suffix}.sqlite3'}"
        else:
            # Named after the test database so CI's user (allowed `huiyi\_%` only) may create it.
            u = urlsplit(settings.database_url)
            self.name = f"{u.path.lstrip('/')}_{suffix}"
            self.url = urlunsplit((u.scheme, u.netloc, "/" + self.name, u.query, u.fragment))

    async def __aenter__(self) -> Self:
        if self.dialect == "mysql":
            conn = await _mysql(self.url, with_db=False)
            try:
                async with conn.cursor() as cur:
                    with warnings.catch_warnings():  # the note "database doesn't exist" is expected
                        warnings.simplefilter("ignore")
                        await cur.execute(f"DROP DATABASE IF EXISTS `{self.name}`")
                    await cur.execute(f"CREATE DATABASE `{self.name}` CHARACTER SET utf8mb4 "
                                      "COLLATE utf8mb4_unicode_ci")
            finally:
                conn.close()
        return self

    async def __aexit__(self, *exc) -> None:
        if self.dialect == "mysql":
            conn = await _mysql(self.url, with_db=False)
            try:
                async with conn.cursor() as cur:
                    await cur.execute(f"DROP DATABASE IF EXISTS `{self.name}`")
            finally:
                conn.close()


def _members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def _write_archive(path: Path, members: dict[str, bytes]) -> None:
    """Re-pack members (dict order kept) the way backup lays them out."""
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


async def _build_data(settings, monkeypatch) -> dict:
    """An org tree, admins, physicians with encrypted columns, a WeChat user, audit rows, a file."""
    t = await factories.tree()
    actor = await factories.actor(t.province)
    await factories.admin(t.county_a1, roles=("institution_admin",), disabled=True)
    # Services write the audit rows, as in production.
    centre = await orgs_service.create_org(actor=actor, name="湖北考核中心", kind=OrgKind.ASSESSMENT,
                                           code="HB-KH-1", parent_id=t.city_a.id, contact_name="李四",
                                           contact_phone="13800001111", address="武汉市江岸区")
    await orgs_service.update_org(actor=actor, org_id=centre.id, changes={"address": "武汉市武昌区"})
    # A hospital moved under a county created after it: its parent has the higher id,
    # so restoring rows in id order alone would break the foreign key.
    county = await orgs_service.create_org(actor=actor, name="洪山区卫健局", kind=OrgKind.COUNTY,
                                           code="HB-HS-1", parent_id=t.city_a.id)
    await orgs_service.update_org(actor=actor, org_id=t.hospital_a1.id, changes={
        "parent_id": county.id, "path": f"{county.path}{t.hospital_a1.id}/", "level": county.level + 1})
    gone = await orgs_service.create_org(actor=actor, name="撤销的行业协会", kind=OrgKind.INDUSTRY,
                                         code="HB-XH-1", parent_id=t.city_b.id)
    await orgs_service.delete_org(actor=actor, org_id=gone.id)
    await accounts_service.create_admin(actor=actor, username="hb_admin", org_id=t.county_a2.id,
                                        roles=["commission_admin"], display_name="王五", phone="13700002222")
    physician = await factories.physician(t.hospital_a1, name="张三丰", number=ID_NUMBER, phone_no=PHONE)
    await factories.physician(t.hospital_b1, name="李时珍")

    # WeChat itself is not what this test is about: stand in for the network call only,
    # so the real service creates the mini-program account and its refresh token.
    async def code_to_session(code: str) -> wechat.WxSession:
        return wechat.WxSession(openid=f"openid-{code}", session_key="c2Vzc2lvbi1rZXk=", unionid=None)

    monkeypatch.setattr(wechat, "code_to_session", code_to_session)
    await accounts_service.wx_login(code="backup-test")
    await audit_service.record(actor=actor, action="backup.test", after={"说明": "备份测试", "n": 1.5})

    key = await asyncio.to_thread(LocalStorage(settings.storage_dir).put, FILE_BYTES)
    return {"physician_id": physician.id, "key": key, "county": county, "hospital": t.hospital_a1}


async def _source_versions() -> list[str]:
    rows = await Tortoise.get_connection("default").execute_query_dict(
        "SELECT version FROM aerich WHERE app = 'models' ORDER BY id")
    return [r["version"] for r in rows]


def _counts(dump: dict[str, list[tuple]]) -> dict[str, int]:
    return {name: len(rows) for name, rows in dump.items()}


def _parse_restored(stdout: str) -> dict[str, int]:
    line = next(ln for ln in stdout.splitlines() if ln.startswith("restored: "))
    return {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", line)}


async def _migrate(env: dict[str, str]) -> None:
    rc, out, err = await _cli(env, "migrate")
    assert rc == 0, err
    assert "migrations applied: " in out


# ------------------------------------------------------------------ storage

@pytest.mark.nodb
def test_storage_is_content_addressed_with_fan_out(tmp_path):
    store = LocalStorage(tmp_path / "files")
    key = store.put(b"hello")
    assert key == key_of(b"hello") == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
    assert (tmp_path / "files" / "2c" / "f2" / key).read_bytes() == b"hello"
    assert store.put(b"hello") == key  # the same bytes are stored once
    assert store.exists(key) and store.get(key) == b"hello"
    with store.open(key) as fh:
        assert fh.read() == b"hello"
    other = store.put(b"")
    (tmp_path / "files" / "2c" / "f2" / ".tmp-leftover").write_bytes(b"half")  # an interrupted write
    assert sorted(store.iter_keys()) == sorted([key, other])
    missing = key_of(b"nothing")
    assert not store.exists(missing)
    with pytest.raises(ObjectMissing):
        store.get(missing)
    for bad in ("../../etc/passwd", key.upper(), key[:-1], ""):
        with pytest.raises(InvalidKey):
            store.get(bad)


@pytest.mark.nodb
def test_values_survive_the_json_round_trip():
    values = [None, True, 0, -7, 2 ** 62, 1.1, "文本$k1", "",
              dt.datetime(2026, 1, 2, 3, 4, 5, 678901), dt.datetime(2026, 1, 2, 3, 4, 5, 1, tzinfo=dt.UTC),
              dt.date(2026, 2, 28), dt.time(23, 59, 59, 999999), dt.timedelta(hours=-1, microseconds=5),
              decimal.Decimal("12345678901234567890.000000001"), b"\x00\xff bytes", bytearray(b"\x01")]
    back = [decode_value(v) for v in json.loads(json.dumps([encode_value(v) for v in values]))]
    assert back == [bytes(v) if isinstance(v, bytearray) else v for v in values]
    assert [type(v) for v in back[8:]] == [dt.datetime, dt.datetime, dt.date, dt.time, dt.timedelta,
                                           decimal.Decimal, bytes, bytes]


# ------------------------------------------------------------------ snapshot

async def test_backup_reads_every_table_from_one_snapshot(settings):
    """A row committed by someone else mid-backup is not seen: all tables are read as of one instant."""
    from core.backup import _snapshot

    insert = ("INSERT INTO mp_account (openid, disabled, created_at) "
              "VALUES ('snapshot-{n}', 0, '2026-01-01 00:00:00')")

    async def commit_elsewhere(n: int) -> None:  # another connection, autocommit
        if dialect_of(settings.database_url) == "sqlite":
            con = sqlite3.connect(settings.database_url[len("sqlite://"):])
            try:
                con.execute(insert.format(n=n))
                con.commit()
            finally:
                con.close()
        else:
            conn = await _mysql(settings.database_url)
            try:
                async with conn.cursor() as cur:
                    await cur.execute(insert.format(n=n))
            finally:
                conn.close()

    await commit_elsewhere(1)
    async with _snapshot(dialect_of(settings.database_url)) as reader:
        count = "SELECT COUNT(*) FROM mp_account"
        before = [r async for r in reader.rows(count)]
        await commit_elsewhere(2)
        after = [r async for r in reader.rows(count)]
    assert before == after == [(1,)]
    assert len(await _query(settings.database_url, "SELECT id FROM mp_account")) == 2


# ------------------------------------------------------------------ round trip

async def test_backup_restores_into_an_empty_database(settings, tmp_path, monkeypatch):
    data = await _build_data(settings, monkeypatch)
    source = await _dump(settings.database_url)
    assert data["county"].id > data["hospital"].id  # the out-of-order parent really exists
    assert all(source[t] for t in ("org_node", "admin_account", "physician", "mp_account",
                                   "mp_refresh_token", "audit_log", "audit_head"))
    source_keys = sorted(LocalStorage(settings.storage_dir).iter_keys())
    assert data["key"] in source_keys

    archive = tmp_path / "b.tar.gz"
    rc, out, err = await _cli(_env(settings), "backup", str(archive))
    assert rc == 0, err
    assert f"backup written to {archive}" in out
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600  # password hashes inside: operator only
    assert [p.name for p in tmp_path.iterdir()] == ["b.tar.gz"]  # no spool or partial file left

    # What the archive holds: the manifest, raw rows (ciphertext, never plaintext), the file.
    members = _members(archive)
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "huiyi-backup" and manifest["format_version"] == 1
    assert manifest["dialect"] == dialect_of(settings.database_url)
    assert manifest["migrations"] == await _source_versions() != []
    assert manifest["row_counts"] == _counts(source)
    assert "aerich" not in manifest["tables"]
    rows_text = b"".join(v for k, v in members.items() if k.startswith("tables/")).decode("utf-8")
    assert ID_NUMBER not in rows_text and PHONE not in rows_text
    assert "张三丰" in rows_text  # names are not encrypted, so the check above is meaningful
    key = data["key"]
    assert members[f"files/{key[:2]}/{key[2:4]}/{key}"] == FILE_BYTES
    assert manifest["files"]["count"] == len(source_keys)

    restored_files = tmp_path / "restored-files"
    async with _Target(settings, tmp_path, "restore") as target:
        env = _env(settings, database_url=target.url, storage_dir=restored_files)
        await _migrate(env)
        rc, out, err = await _cli(env, "restore", str(archive))
        assert rc == 0, err
        assert _parse_restored(out) == _counts(source)

        # Every row, every column, exactly as stored in the source.
        restored = await _dump(target.url)
        assert restored == source

        # The ciphertext copied verbatim still opens with the keys.
        (ct,), = await _query(target.url, f"SELECT id_number FROM physician WHERE id = {data['physician_id']}")
        assert ct.startswith(f"{settings.pii_active_key}$") and ID_NUMBER not in ct
        assert crypto.decrypt(ct) == ID_NUMBER
        (ct_phone,), = await _query(target.url, f"SELECT phone FROM physician WHERE id = {data['physician_id']}")
        assert crypto.decrypt(ct_phone) == PHONE

        audit_rows = len(source["audit_log"])
        rc, out, err = await _cli(env, "verify-audit")
        assert rc == 0, out + err
        assert f"audit chain intact: {audit_rows} rows" in out

        restored_store = LocalStorage(restored_files)
        assert sorted(restored_store.iter_keys()) == source_keys
        assert restored_store.get(key) == FILE_BYTES

        # The restored database carries on: new rows get fresh ids and extend the chain.
        rc, out, err = await _run(env, "-c", (
            "import asyncio\n"
            "from core import db\n"
            "from core.settings import get_settings\n"
            "from core.audit import service\n"
            "from core.principal import SYSTEM\n"
            "async def main():\n"
            "    await db.init_db(get_settings().database_url)\n"
            "    log = await service.record(actor=SYSTEM, action='backup.after_restore')\n"
            "    print(log.id, log.seq)\n"
            "    await db.close_db()\n"
            "asyncio.run(main())\n"))
        assert rc == 0, err
        new_id, new_seq = map(int, out.split())
        assert new_seq == audit_rows + 1
        assert new_id > max(r[0] for r in source["audit_log"])
        rc, out, err = await _cli(env, "verify-audit")
        assert rc == 0 and f"audit chain intact: {audit_rows + 1} rows" in out, out + err

        # A second restore into the now non-empty database is refused and changes nothing.
        before = await _dump(target.url)
        refused_files = tmp_path / "refused-files"
        rc, out, err = await _cli(_env(settings, database_url=target.url, storage_dir=refused_files),
                                  "restore", str(archive))
        assert rc != 0
        assert "backup.target_not_empty" in err and "目标数据库中已有数据" in err
        assert "restored:" not in out
        assert await _dump(target.url) == before
        assert not refused_files.exists() or not any(refused_files.rglob("*"))


async def test_restore_refuses_damaged_archives_and_other_migrations(settings, tmp_path):
    t = await factories.tree()
    await factories.physician(t.hospital_a1)
    await asyncio.to_thread(LocalStorage(settings.storage_dir).put, FILE_BYTES)
    archive = tmp_path / "b.tar.gz"
    rc, _, err = await _cli(_env(settings), "backup", str(archive))
    assert rc == 0, err

    # Backups never overwrite: an earlier archive under the same name stays as it was.
    original = archive.read_bytes()
    rc, _, err = await _cli(_env(settings), "backup", str(archive))
    assert rc != 0 and "backup.destination_exists" in err
    assert archive.read_bytes() == original

    members = _members(archive)
    manifest = json.loads(members["manifest.json"])
    garbage = tmp_path / "garbage.tar.gz"
    garbage.write_bytes(b"this is not a backup\n" * 200)
    not_gzip_tar = tmp_path / "plain.tar.gz"
    not_gzip_tar.write_bytes(gzip.compress(b"\x00" * 100 + b"random"))
    foreign = tmp_path / "foreign.tar.gz"
    _write_archive(foreign, {"notes.txt": "不是备份".encode()})
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(original[: len(original) * 2 // 3])
    tampered = tmp_path / "tampered.tar.gz"
    physicians = members["tables/physician.jsonl"].decode("utf-8")
    _write_archive(tampered, {**members, "tables/physician.jsonl": physicians.replace('"临床"', '"中医"').encode()})
    assert physicians.count('"临床"') >= 1
    # Intact archive, consistent checksums, but a physician of an institution that does not
    # exist: the database refuses it after all other tables went in, so all must roll back.
    dangling = tmp_path / "dangling.tar.gz"
    columns = manifest["tables"]["physician"]["columns"]
    rows = [json.loads(line) for line in physicians.splitlines()]
    for row in rows:
        row[columns.index("institution_id")] = 999999
    bad_rows = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows).encode()
    bad_manifest = json.loads(members["manifest.json"])
    bad_manifest["tables"]["physician"]["sha256"] = hashlib.sha256(bad_rows).hexdigest()
    _write_archive(dangling, {**members, "manifest.json": json.dumps(bad_manifest).encode(),
                              "tables/physician.jsonl": bad_rows})
    other_migrations = tmp_path / "other-migrations.tar.gz"
    _write_archive(other_migrations, {**members, "manifest.json": json.dumps(
        {**manifest, "migrations": manifest["migrations"] + ["1_20990101000000_future.py"]}).encode()})

    restored_files = tmp_path / "restored-files"
    async with _Target(settings, tmp_path, "restore") as target:
        env = _env(settings, database_url=target.url, storage_dir=restored_files)

        rc, _, err = await _cli(env, "restore", str(archive))
        assert rc != 0 and "backup.migration_mismatch" in err and "请先对目标数据库执行 migrate" in err, err

        await _migrate(env)
        empty = await _dump(target.url)
        assert sum(map(len, empty.values())) == 1  # only the genesis audit head `migrate` writes

        for bad in (garbage, not_gzip_tar, foreign, truncated, tampered):
            rc, out, err = await _cli(env, "restore", str(bad))
            assert rc != 0, bad.name
            assert "backup.invalid_archive" in err and "备份文件无法读取" in err, (bad.name, err)
            assert await _dump(target.url) == empty, bad.name

        rc, _, err = await _cli(env, "restore", str(dangling))
        assert rc != 0 and "backup.restore_rejected" in err and "恢复已整体回滚" in err, err
        assert await _dump(target.url) == empty

        rc, _, err = await _cli(env, "restore", str(other_migrations))
        assert rc != 0 and "backup.migration_mismatch" in err, err
        assert await _dump(target.url) == empty

        rc, _, err = await _cli(env, "restore", str(tmp_path / "missing.tar.gz"))
        assert rc != 0 and "backup.not_found" in err and "备份文件不存在" in err

        # After all those refusals the target is still empty: the good archive goes in.
        rc, out, err = await _cli(env, "restore", str(archive))
        assert rc == 0, err
        assert _parse_restored(out) == manifest["row_counts"]
        assert await _dump(target.url) == await _dump(settings.database_url)
