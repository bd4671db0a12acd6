"""A real Janus (Debian's /usr/bin/janus) and a real coturn (/usr/bin/turnserver) for the tests.

Why real servers: the video rooms' promises (a forged, expired or foreign token refused, a
removed member kept out, media forwarded, a publisher without permission kicked) are Janus's
and coturn's behaviour as much as ours, so the tests run them. Each is configured by the same
renderers a deployment uses (core/rooms/janus_config.py) into a temporary folder with free
ports, started once per session and stopped at its end; its log is printed when it fails to
start or when a test using it fails (`print_log`).

Janus posts its VideoRoom events to the service's endpoint (bff/rooms_janus.py), served here
by a small Sanic server in the tests' own event loop (so it shares their database and Redis).
"""
from __future__ import annotations

import asyncio
import dataclasses
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from core.rooms import janus_config
from core.settings import get_settings, set_settings

JANUS_BIN, TURN_BIN = "/usr/bin/janus", "/usr/bin/turnserver"


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _free_range(size: int) -> tuple[int, int]:
    """A run of UDP ports that are free now (Janus's and coturn's media ports)."""
    for _ in range(50):
        lo = 20000 + secrets.randbelow(40000 - size)
        try:
            for p in range(lo, lo + size, 7):
                with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                    s.bind(("127.0.0.1", p))
            return lo, lo + size - 1
        except OSError:
            continue
    raise RuntimeError("no free UDP port range")


class Process:
    """A server process with its log file; stopped with SIGTERM, then SIGKILL."""

    def __init__(self, name: str, args: list[str], log: Path):
        self.name, self.log = name, log
        self._log_file = open(log, "wb")
        self.proc = subprocess.Popen(args, stdout=self._log_file, stderr=subprocess.STDOUT, start_new_session=True)

    def print_log(self, tail: int = 200) -> None:
        lines = self.log.read_text(errors="replace").splitlines()[-tail:]
        print(f"---- {self.name} log ({self.log}) ----\n" + "\n".join(lines))

    def stop(self, grace: float = 3.0) -> None:
        # Janus 1.1.2 sometimes takes its time to leave after calls with media (10 s and more):
        # a test server is killed after a short grace period.
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(grace)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log_file.close()


@dataclasses.dataclass
class JanusServer:
    http_url: str  # the HTTP API (…/janus)
    ws_url: str  # the WebSocket API
    api_secret: str
    token_secret: str
    admin_secret: str
    admin_key: str
    events_secret: str
    events_url: str
    process: Process

    def print_log(self, tail: int = 200) -> None:
        self.process.print_log(tail)

    def log_text(self) -> str:
        return self.process.log.read_text(errors="replace")


@dataclasses.dataclass
class TurnServer:
    host: str
    port: int
    secret: str
    realm: str
    process: Process

    @property
    def url(self) -> str:
        return f"turn:{self.host}:{self.port}?transport=udp"

    def print_log(self, tail: int = 200) -> None:
        self.process.print_log(tail)


async def _wait_http(url: str, proc: Process, *, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(timeout=2.0) as c:
        while time.monotonic() < deadline:
            if proc.proc.poll() is not None:
                break
            try:
                if (await c.get(url)).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    proc.print_log()
    raise RuntimeError(f"{proc.name} did not answer {url} (exit code {proc.proc.poll()})")


async def start_janus(folder: Path, *, events_url: str = "") -> JanusServer:
    """Janus configured like a deployment (core/rooms/janus_config.py) on free loopback ports."""
    if not Path(JANUS_BIN).exists():
        raise RuntimeError(f"{JANUS_BIN} missing: apt-get install janus (.ci/run does)")
    http_port, ws_port = free_port(), free_port()
    files = janus_config.JanusFiles(
        api_secret=secrets.token_urlsafe(16), token_secret=secrets.token_urlsafe(16),
        admin_secret=secrets.token_urlsafe(16), admin_key=secrets.token_urlsafe(16),
        events_url=events_url, events_secret=secrets.token_urlsafe(16) if events_url else "",
        http_ip="127.0.0.1", http_port=http_port, ws_ip="127.0.0.1", ws_port=ws_port, admin_port=0,
        rtp_ports=_free_range(200), ice_enforce_list="lo", configs_folder=str(folder),
        server_name="huiyi-test", session_timeout=60)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in janus_config.render_janus(files).items():
        (folder / name).write_text(text)
    proc = Process("janus", [JANUS_BIN, "-F", str(folder), "-C", str(folder / "janus.jcfg"), "--disable-colors"],
                   folder / "janus.log")
    http_url = f"http://127.0.0.1:{http_port}/janus"
    try:
        await _wait_http(http_url + "/info", proc)
        await _wait_ws(ws_port, proc)
    except BaseException:
        proc.stop()
        raise
    return JanusServer(http_url, f"ws://127.0.0.1:{ws_port}", files.api_secret, files.token_secret,
                       files.admin_secret, files.admin_key, files.events_secret, events_url, proc)


async def _wait_ws(port: int, proc: Process, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            _, w = await asyncio.open_connection("127.0.0.1", port)
            w.close()
            return
        except OSError:
            await asyncio.sleep(0.2)
    proc.print_log()
    raise RuntimeError("janus's websocket transport did not listen")


def start_turn(folder: Path) -> TurnServer:
    """coturn with the REST shared-secret scheme on a free loopback port (peers on loopback allowed)."""
    if not Path(TURN_BIN).exists():
        raise RuntimeError(f"{TURN_BIN} missing: apt-get install coturn (.ci/run does)")
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port(socket.SOCK_DGRAM)
    files = janus_config.TurnFiles(secret=secrets.token_urlsafe(16), realm="huiyi.test", listening_ip="127.0.0.1",
                                   listening_port=port, relay_ip="127.0.0.1", relay_ports=_free_range(40),
                                   log_file=str(folder / "turn.log"), allow_loopback=True)
    conf = folder / "turnserver.conf"
    conf.write_text(janus_config.render_turn(files))
    proc = Process("coturn", [TURN_BIN, "-c", str(conf), "--pidfile", str(folder / "turn.pid"),
                              "--userdb", str(folder / "turn.db")], folder / "turn.out")
    proc.log = folder / "turn.log"
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.proc.poll() is not None:
            break
        if proc.log.exists() and "Total General servers" in proc.log.read_text(errors="replace"):
            time.sleep(0.3)
            return TurnServer("127.0.0.1", port, files.secret, files.realm, proc)
        time.sleep(0.1)
    print((folder / "turn.out").read_text(errors="replace"))
    proc.print_log()
    proc.stop()
    raise RuntimeError("coturn did not start")


@pytest.fixture(scope="session")
async def janus_server(settings, database, tmp_path_factory):
    """The session's Janus, its events posted to bff/rooms_janus.py served on a free port here.
    The session's settings keep its events secret for good: events of a test's room may arrive
    after the test (and are ignored, the room is gone); a refused post would hold Janus's queue
    in retries for seconds."""
    from sanic import Sanic

    from bff import rooms_janus
    from core import http

    app = Sanic("huiyi_janus_events")
    app.config.FALLBACK_ERROR_FORMAT = "json"
    app.config.TOUCHUP = False
    app.config.AUTO_EXTEND = False
    app.config.MOTD = False
    http.install(app)
    app.blueprint(rooms_janus.blueprint("bench_rooms_janus"))
    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    await server.startup()
    await server.start_serving()
    folder = tmp_path_factory.mktemp("janus")
    j = await start_janus(folder, events_url=f"http://127.0.0.1:{port}{rooms_janus.PATH}")
    settings.janus_events_secret = j.events_secret
    try:
        yield j
    finally:
        j.process.stop()
        server.close()
        await server.wait_closed()
        if os.environ.get("KEEP_JANUS_LOG") is None:
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def turn_server(tmp_path_factory):
    t = start_turn(tmp_path_factory.mktemp("coturn"))
    try:
        yield t
    finally:
        t.process.stop()


@pytest.fixture
def janus(janus_server):
    """The session's real Janus, with the settings pointing at it for one test (VIDEO_PROVIDER=janus,
    its HTTP API for the service, its WebSocket API for clients, its secrets)."""
    from core.rooms import providers

    before = get_settings()
    set_settings(dataclasses.replace(
        before, video_provider="janus", janus_url=janus_server.http_url, janus_public_url=janus_server.ws_url,
        janus_api_secret=janus_server.api_secret, janus_token_secret=janus_server.token_secret,
        janus_admin_key=janus_server.admin_key, janus_admin_secret=janus_server.admin_secret,
        janus_events_secret=janus_server.events_secret))
    providers.reset()
    try:
        yield janus_server
    finally:
        set_settings(before)
        providers.reset()


@pytest.fixture
def coturn(turn_server):
    """The session's real coturn, with TURN_URLS / TURN_SECRET pointing at it for one test."""
    before = get_settings()
    set_settings(dataclasses.replace(before, turn_urls=(turn_server.url,), turn_secret=turn_server.secret))
    try:
        yield turn_server
    finally:
        set_settings(before)


__all__ = ["JanusServer", "TurnServer", "coturn", "free_port", "janus", "janus_server", "start_janus", "start_turn",
           "turn_server"]
