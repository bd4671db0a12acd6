"""Operator commands: `python -m core.cli <command>`.

migrate, create-admin, seed-demo, worker, visit-centre, verify-audit, anchor-audit, backup, restore, rotate-keys,
janus-config, turn-config (the media servers' files, from the same secrets the service uses),
media-server (the builtin aiortc media process, development only).

`make run` runs `migrate` and `seed-demo` before every start, so both answer at once
when there is nothing to do, without loading the ORM, the models or the demo code
(together about 3 s of a 5 s start): `migrate` when every migration file of the
dialect is already recorded in aerich's table; `seed-demo` when the database holds
the marker of this version of the demo (the digest of the demo modules' source
and of the command's arguments), written once seeding has succeeded, with what it
printed. Both read the database with the standard driver of its dialect (sqlite3,
PyMySQL), and fall back to the full command on any doubt (no table yet, a changed
migration or demo, another database server).
"""
from __future__ import annotations

import argparse
import asyncio
import getpass
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Awaitable, Callable
from urllib.parse import parse_qs, unquote, urlsplit

from core.settings import get_settings

ROOT = Path(__file__).resolve().parent.parent
# The demo marker is a row of aerich's version table under an app name of its own (aerich
# reads only its app's rows, "models"): the database records which demo it holds as it
# records which migrations it has, and a database created anew has neither.
DEMO_MARKER_APP = "huiyi-demo"
# The modules whose change means a different demo (core/demo.py may become a package).
DEMO_SOURCES = ("core/demo*.py", "core/demo/**/*", "core/demo_assets/**/*", "core/*/demo*.py")


async def _with_db(fn: Callable[[], Awaitable[int]]) -> int:
    from core import cache, db

    s = get_settings()
    await db.init_db(s.database_url)
    cache.set_client(cache.make_client(s.redis_url))
    try:
        return await fn()
    finally:
        await db.close_db()


# ---------------------------------------------------------------- start-up fast paths

def _query(url: str, sql: str, params: tuple = (), *, write: bool = False) -> list[tuple]:
    """One statement through the dialect's plain driver (no ORM): `?` placeholders."""
    parts = urlsplit(url)
    if parts.scheme.startswith("sqlite"):
        import sqlite3

        path = url[len("sqlite://"):]
        if path.startswith(":memory:") or not Path(path).is_file():
            raise LookupError("no database file yet")
        conn = sqlite3.connect(path, timeout=10)
    elif parts.scheme == "mysql":
        import pymysql

        options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        conn = pymysql.connect(host=parts.hostname or "127.0.0.1", port=parts.port or 3306,
                               user=unquote(parts.username or "root"), password=unquote(parts.password or ""),
                               database=parts.path.lstrip("/"), charset=options.get("charset", "utf8mb4"),
                               connect_timeout=5)
        sql = sql.replace("?", "%s")
    else:
        raise LookupError(f"no plain driver for {parts.scheme}")
    try:
        cur = conn.cursor()
        cur.execute(sql, params)
        rows = list(cur.fetchall()) if not write else []
        if write:
            conn.commit()
        return rows
    finally:
        conn.close()


def _pending_migrations(url: str) -> bool:
    """Whether a migration file of the dialect is not recorded as applied (or we cannot tell)."""
    dialect = "sqlite" if urlsplit(url).scheme.startswith("sqlite") else "mysql"
    files = {p.name for p in (ROOT / "migrations" / dialect / "models").glob("*.py") if p.name[0].isdigit()}
    try:
        applied = {v for (v,) in _query(url, "SELECT version FROM aerich WHERE app = ?", ("models",))}
    except Exception:  # no database or table yet, another server: the full command decides
        return True
    return not files or not files <= applied


def demo_version(physicians: int, patients: int) -> str:
    """The digest of the demo modules' source and of what was asked: another demo, another digest."""
    digest = hashlib.sha256(f"{physicians}/{patients}".encode())
    for path in sorted({p for pattern in DEMO_SOURCES for p in ROOT.glob(pattern)
                        if p.is_file() and "__pycache__" not in p.parts}):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]


def _seeded_listing(url: str, version: str) -> dict | None:
    """The accounts and personas the seeding of this version made, if this database holds it."""
    try:
        rows = _query(url, "SELECT content FROM aerich WHERE app = ? AND version = ? ORDER BY id DESC LIMIT 1",
                      (DEMO_MARKER_APP, version))
        listing = json.loads(rows[0][0])["listing"] if rows else None
        return listing if isinstance(listing, dict) and {"admins", "personas"} <= set(listing) else None
    except Exception:  # no marker table yet, an unreadable marker: seed
        return None


async def _mark_seeded(version: str, listing: dict) -> None:
    from aerich.models import Aerich

    await Aerich.filter(app=DEMO_MARKER_APP).delete()
    await Aerich.create(app=DEMO_MARKER_APP, version=version, content={"listing": listing})


# ---------------------------------------------------------------- commands

async def migrate() -> int:
    s = get_settings()
    if not _pending_migrations(s.database_url):
        print("migrations applied: 0 (up to date)")
        return 0
    from aerich import Command

    from core import db
    from core.audit import service as audit_service

    cmd = Command(tortoise_config=db.tortoise_config(s.database_url), app="models",
                  location=db.migrations_location(s.database_url))
    await cmd.init()
    try:
        applied = await cmd.upgrade(run_in_transaction=True)
        await audit_service.ensure_head()
    finally:
        # Closed also when a migration fails: aiosqlite's connection thread would keep the
        # process alive after the error (a CI step waiting for ever instead of failing).
        await cmd.aclose()
    print(f"migrations applied: {len(applied or [])}" + (f" ({', '.join(applied)})" if applied else ""))
    return 0


async def makemigrations(args) -> int:
    """Generate a migration for the dialect of DATABASE_URL (run once per dialect)."""
    from aerich import Command

    from core import db

    s = get_settings()
    cmd = Command(tortoise_config=db.tortoise_config(s.database_url), app="models",
                  location=db.migrations_location(s.database_url))
    try:
        await cmd.init_db(safe=True)
    except FileExistsError:
        pass
    await cmd.init()
    name = await cmd.migrate(args.name)
    await cmd.aclose()
    print(f"migration: {name or 'no changes'}")
    return 0


async def seed_demo(args) -> int:
    settings = get_settings()
    if settings.is_production:
        from core import demo

        print(f"error: {demo.DemoRefused.code}: {demo.DemoRefused.message}", file=sys.stderr)
        return 2
    url = settings.database_url
    version = demo_version(args.physicians, args.patients)
    seeded = None if args.force else _seeded_listing(url, version)
    if seeded is not None:
        print(f"demo data up to date (version {version[:8]})")
        print(demo_listing(seeded["admins"], seeded["personas"], base=args.base_url))
        return 0

    async def run():
        from core import demo, wiring

        wiring.wire()
        rows, personas = await demo.seed(physicians=args.physicians, patients=args.patients), demo.personas_listing()
        if not url.startswith("sqlite://:memory:"):
            await _mark_seeded(version, {"admins": [list(r) for r in rows], "personas": [list(p) for p in personas]})
        print(demo_listing(rows, personas, base=args.base_url))
        return 0

    return await _with_db(run)


def demo_listing(admins: list[tuple[str, str, str]], personas: list[tuple[str, str, str]], *, base: str) -> str:
    """What `make run` prints: the console's accounts and the H5 client's personas."""
    lines = [f"Console {base}/admin/ — demo administrators (username / password):"]
    lines += [f"  {username:<10} {password}   {what}" for username, password, what in admins]
    lines.append(f"H5 client {base}/h5/ — pick a persona on its login page (development only):")
    lines += [f"  {key:<14} {label}：{what}" for key, label, what in personas]
    return "\n".join(lines)


async def create_admin(args) -> int:
    from core.accounts import service as accounts_service
    from core.errors import AppError
    from core.orgs import service as orgs_service
    from core.orgs.models import OrgNode

    password = args.password or os.environ.get("ADMIN_PASSWORD") or getpass.getpass("Password: ")

    async def run():
        from core.accounts.passwords import check_policy

        org_id = args.org_id
        try:
            check_policy(password, username=args.username)  # before anything is written
        except AppError as exc:
            print(f"error: {exc.code}: {exc.message} {exc.details or ''}", file=sys.stderr)
            return 2
        if org_id is None:
            root = await OrgNode.filter(parent_id__isnull=True, deleted_at__isnull=True).first()
            if root is None:
                root = await orgs_service.create_root(name=args.province_name, code=args.province_code)
            org_id = root.id
        try:
            acct = await accounts_service.bootstrap_admin(username=args.username, password=password,
                                                          org_id=org_id, roles=args.role or ["commission_admin"])
        except AppError as exc:
            print(f"error: {exc.code}: {exc.message} {exc.details or ''}", file=sys.stderr)
            return 2
        print(f"created admin {acct.username} (id {acct.id}) in org {org_id}; password must be changed at first login")
        return 0

    return await _with_db(run)


async def verify_audit() -> int:
    from core.audit import service as audit_service

    async def run():
        report = await audit_service.verify_chain()
        anchored = (f", checked against the anchor at seq {report.anchored_seq}" if report.anchored_seq is not None
                    else ", no anchor yet")
        if report.ok:
            print(f"audit chain intact: {report.rows} rows{anchored}")
            return 0
        print(f"audit chain BROKEN at seq {report.first_bad_seq}: {report.problem} "
              f"({report.rows} rows verified before it)")
        return 1

    return await _with_db(run)


async def anchor_audit() -> int:
    """Sign the audit chain's head and append it to the anchor store (the periodic job does the same)."""
    from core.audit import anchors

    async def run():
        try:
            entry = await anchors.anchor_head()
        except anchors.HeadNotAnchorable as exc:
            print(f"audit head NOT anchored: {exc}", file=sys.stderr)
            return 1
        print(f"audit head anchored: seq {entry['seq']} at {entry['at']} in {anchors.get_anchor_store()!r}")
        return 0

    return await _with_db(run)


async def rotate_keys() -> int:
    from core import pii_rotation

    async def run():
        counts = await pii_rotation.reencrypt_all()
        for table, n in counts.items():
            print(f"{table}: {n} values re-encrypted with key {get_settings().pii_active_key}")
        return 0

    return await _with_db(run)


async def backup(args) -> int:
    from core import backup as backup_mod

    async def run():
        path = await backup_mod.backup(args.path)
        print(f"backup written to {path}")
        return 0

    return await _with_db(_reporting_errors(run))


async def restore(args) -> int:
    from core import backup as backup_mod

    async def run():
        counts = await backup_mod.restore(args.path)
        print("restored: " + ", ".join(f"{t}={n}" for t, n in counts.items()))
        return 0

    return await _with_db(_reporting_errors(run))


def _reporting_errors(fn: Callable[[], Awaitable[int]]) -> Callable[[], Awaitable[int]]:
    """Operator mistakes print their code and message and exit 2, without a traceback."""
    async def run() -> int:
        from core.errors import AppError

        try:
            return await fn()
        except AppError as exc:
            print(f"error: {exc.code}: {exc.message} {exc.details or ''}", file=sys.stderr)
            return 2

    return run


def worker(burst: bool = False) -> int:
    import logging.config

    from core import jobs, wiring
    from core.logs import setup as log_setup

    if get_settings().redis_is_memory:
        print("REDIS_URL=memory:// runs jobs inside the server process; a worker needs real Redis",
              file=sys.stderr)
        return 2
    logging.config.dictConfig(log_setup(get_settings().log_level))  # JSON lines, as the server's
    wiring.wire()
    jobs.run_worker(burst=burst)
    return 0


STOP_SECONDS = 25  # a visit centre's longest way out after SIGTERM


def visit_centre() -> int:
    """The visit event centre's process (core/visits/centre/process.py) until SIGTERM or Ctrl-C."""
    import logging
    import logging.config
    import signal

    from core import cache, db, wiring
    from core.logs import setup as log_setup

    s = get_settings()
    if s.redis_is_memory:
        print("REDIS_URL=memory:// runs the visit centre inside the server process; this needs real Redis",
              file=sys.stderr)
        return 2
    logging.config.dictConfig(log_setup(s.log_level))
    wiring.wire()

    async def run() -> int:
        from core.visits.centre import process

        await db.init_db(s.database_url)
        cache.set_client(cache.make_client(s.redis_url))
        task = asyncio.create_task(process.run())
        loop = asyncio.get_running_loop()
        def stop() -> None:
            task.cancel()
            loop.call_later(STOP_SECONDS, os._exit, 1)  # whatever hangs in the way out

        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop)
        try:
            await task
        except asyncio.CancelledError:
            pass
        finally:
            await cache.redis().aclose()
            await db.close_db()
        # Leases released, the broker's connection closed, the database closed: a task a library
        # left behind (aio-pika's reconnection ignores cancellation) must not keep the process alive.
        logging.shutdown()
        sys.stdout.flush()
        os._exit(0)

    return asyncio.run(run())


def _ports(text: str) -> tuple[int, int]:
    lo, _, hi = text.partition("-")
    return int(lo), int(hi)


def janus_config(args) -> int:
    """Janus's configuration folder from this deployment's settings (core/rooms/janus_config.py)."""
    from core.rooms import janus_config as render

    s = get_settings()
    out = Path(args.out).resolve()
    try:
        files = render.render_janus(render.JanusFiles(
            api_secret=s.janus_api_secret, token_secret=s.janus_token_secret, admin_secret=s.janus_admin_secret,
            admin_key=s.janus_admin_key, events_url=args.events_url, events_secret=s.janus_events_secret,
            http_ip=args.http_ip, http_port=args.http_port, ws_ip=args.ws_ip, ws_port=args.ws_port,
            admin_port=args.admin_port, rtp_ports=_ports(args.rtp_ports), ice_enforce_list=args.ice_enforce_list,
            nat_1_1_mapping=args.nat_1_1_mapping, stun_server=args.stun_server,
            configs_folder=args.configs_folder or str(out), lib_folder=args.lib_folder))
    except ValueError as exc:
        print(f"janus-config: {exc} (JANUS_API_SECRET, JANUS_TOKEN_SECRET, JANUS_ADMIN_SECRET, JANUS_ADMIN_KEY, "
              "JANUS_EVENTS_SECRET)", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_text(text)
        (out / name).chmod(0o640)  # secrets inside
    print(f"wrote {', '.join(sorted(files))} to {out}")
    return 0


def turn_config(args) -> int:
    """coturn's turnserver.conf from this deployment's TURN_SECRET (core/rooms/janus_config.py)."""
    from core.rooms import janus_config as render

    try:
        text = render.render_turn(render.TurnFiles(
            secret=get_settings().turn_secret, realm=args.realm, listening_ip=args.listening_ip,
            listening_port=args.listening_port, relay_ip=args.relay_ip, external_ip=args.external_ip,
            relay_ports=_ports(args.relay_ports)))
    except ValueError as exc:
        print(f"turn-config: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    out.chmod(0o640)
    print(f"wrote {out}")
    return 0


def media_server(args: argparse.Namespace) -> int:
    """Replaced by `python -m realtime.media_server` (a face of its own, above this module)."""
    os.execv(sys.executable, [sys.executable, "-m", "realtime.media_server", "--host", args.host,
                              "--port", str(args.port)])
    return 0  # not reached


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m core.cli", description="Huiyi operator commands")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="apply database migrations")
    a = sub.add_parser("create-admin", help="create an administrator")
    a.add_argument("username")
    a.add_argument("--password", help="initial password (or ADMIN_PASSWORD, or prompted)")
    a.add_argument("--org-id", type=int)
    a.add_argument("--role", action="append")
    a.add_argument("--province-name", default="省卫生健康委员会")
    a.add_argument("--province-code", default="000000")
    d = sub.add_parser("seed-demo", help="load demo data (once)")
    d.add_argument("--physicians", type=int, default=50)
    d.add_argument("--patients", type=int, default=20)
    d.add_argument("--base-url", default="http://127.0.0.1:8000", help="where the printed links point")
    d.add_argument("--force", action="store_true", help="run the seeding even if this demo version is marked done")
    w = sub.add_parser("worker", help="run the arq background worker")
    w.add_argument("--burst", action="store_true", help="exit when the queue is empty")
    sub.add_parser("visit-centre", help="run the visit event centre (sub-centres, pollers, AMQP consumers)")
    mm = sub.add_parser("makemigrations", help="generate a migration (developers)")
    mm.add_argument("name", nargs="?", default="update")
    sub.add_parser("verify-audit", help="verify the audit chain")
    sub.add_parser("anchor-audit", help="sign the audit chain's head and append it to the anchor store")
    sub.add_parser("rotate-keys", help="re-encrypt personal data with the active key")
    b = sub.add_parser("backup", help="write a consistent backup (database + stored files)")
    b.add_argument("path")
    r = sub.add_parser("restore", help="restore a backup into an empty database")
    r.add_argument("path")
    jc = sub.add_parser("janus-config", help="render Janus's configuration folder (janus -F DIR) from the settings")
    jc.add_argument("--out", required=True, help="the folder to write")
    jc.add_argument("--events-url", default="", help="where Janus posts its events: <service>/api/rooms/v1/janus/events")
    jc.add_argument("--http-ip", default="0.0.0.0")
    jc.add_argument("--http-port", type=int, default=8088)
    jc.add_argument("--ws-ip", default="0.0.0.0")
    jc.add_argument("--ws-port", type=int, default=8188)
    jc.add_argument("--admin-port", type=int, default=0, help="Janus's admin API on 127.0.0.1 (0: none)")
    jc.add_argument("--rtp-ports", default="20000-20999")
    jc.add_argument("--ice-enforce-list", default="", help="interfaces ICE may use (e.g. eth0)")
    jc.add_argument("--nat-1-1-mapping", default="", help="the public address behind a 1:1 NAT")
    jc.add_argument("--stun-server", default="", help="host:port")
    jc.add_argument("--configs-folder", default="", help="where Janus will read the files (default: --out)")
    jc.add_argument("--lib-folder", default="", help="e.g. /usr/lib/x86_64-linux-gnu/janus (default: Janus's own)")
    tc = sub.add_parser("turn-config", help="render coturn's turnserver.conf from TURN_SECRET")
    tc.add_argument("--out", required=True, help="the file to write")
    tc.add_argument("--realm", default="huiyi")
    tc.add_argument("--listening-ip", default="0.0.0.0")
    tc.add_argument("--listening-port", type=int, default=3478)
    tc.add_argument("--relay-ip", default="")
    tc.add_argument("--external-ip", default="")
    tc.add_argument("--relay-ports", default="49160-49200")
    ms = sub.add_parser("media-server", help="the builtin aiortc media server (development only)")
    ms.add_argument("--host", default="127.0.0.1")
    ms.add_argument("--port", type=int, default=8010)
    args = p.parse_args(argv)

    if args.command == "worker":
        return worker(burst=args.burst)
    if args.command == "visit-centre":
        return visit_centre()
    if args.command in ("janus-config", "turn-config"):
        return (janus_config if args.command == "janus-config" else turn_config)(args)
    if args.command == "media-server":
        return media_server(args)
    runners = {
        "migrate": lambda: migrate(),
        "create-admin": lambda: create_admin(args),
        "seed-demo": lambda: seed_demo(args),
        "makemigrations": lambda: makemigrations(args),
        "verify-audit": lambda: verify_audit(),
        "anchor-audit": lambda: anchor_audit(),
        "rotate-keys": lambda: rotate_keys(),
        "backup": lambda: backup(args),
        "restore": lambda: restore(args),
    }
    return asyncio.run(runners[args.command]())


if __name__ == "__main__":
    sys.exit(main())
