"""The real server as a subprocess (`sanic bff.app:create_app --factory`), for tests
that must reach it over TCP: the served-process test, the browser tests, the
reliability tests (which kill and restart it) and bench/exam.py."""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx


class ServerFailed(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One served app. `workers=None` is a single process; N starts Sanic's manager with
    N worker processes, as production does (`--workers 4` in the Dockerfile)."""

    def __init__(self, env: dict, log_path: Path, *, workers: int | None = None, port: int | None = None):
        self.env, self.log_path, self.workers = env, log_path, workers
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 120) -> str:
        log = open(self.log_path, "a")
        mode = ["--single-process"] if self.workers is None else ["--workers", str(self.workers)]
        self.proc = subprocess.Popen([str(Path(sys.executable).parent / "sanic"), "bff.app:create_app", "--factory",
                                      "--host", "127.0.0.1", "--port", str(self.port), *mode],
                                     env={**os.environ, **self.env}, stdout=log, stderr=subprocess.STDOUT,
                                     # When workers are slow to start (a loaded machine), Sanic kills
                                     # its process group: that must be the server's, not the tests'.
                                     start_new_session=True)
        log.close()
        until = time.monotonic() + timeout
        while time.monotonic() < until:
            if self.proc.poll() is not None:
                break
            try:
                if self._ready():
                    return self.base
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise ServerFailed("server did not start: " + self.log_path.read_text()[-3000:])

    def _ready(self) -> bool:
        """Serving, and with workers every one of them acknowledged: one worker can answer while
        another still starts, and a worker killed before it acknowledged is a failed start (the
        manager holds restarts until all have), not what the reliability tests mean to kill."""
        if self.workers is None:
            return httpx.get(self.base + "/healthz", timeout=1).status_code == 200
        r = httpx.get(self.base + "/readyz", timeout=1)
        return r.status_code == 200 and r.json()["workers"] == f"{self.workers}/{self.workers}"

    def worker_pids(self) -> list[int]:
        """The live processes that serve requests (Sanic's manager also spawns a
        multiprocessing Manager for shared worker state, which is not one)."""
        if self.workers is None:
            return [self.proc.pid]
        spawned = []
        for pid in Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text().split():
            with contextlib.suppress(OSError):
                # Server workers carry their name in their environment (the manager's own
                # helper process does not); a killed worker not yet reaped is not serving.
                if b"SANIC_WORKER_NAME=Sanic-Server-" in Path(f"/proc/{pid}/environ").read_bytes():
                    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                    if stat[0] != "Z":
                        spawned.append((int(stat[19]), int(pid)))
        return [pid for _, pid in sorted(spawned)[-self.workers:]]

    def kill(self) -> None:
        """SIGKILL the whole server, as a crash or an out-of-memory kill would."""
        for pid in self.worker_pids():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.proc.kill()
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and not stop_process(self.proc):
            self.kill()


def stop_process(proc: subprocess.Popen, timeout: float = 20) -> bool:
    """SIGTERM and wait; False when it is still running afterwards (the caller kills it)."""
    if proc.poll() is not None:
        return True
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        return False
    return True


@contextlib.contextmanager
def serve(env: dict, log_path: Path, *, workers: int | None = None, port: int | None = None) -> Iterator[str]:
    """Start the server with `env` on `port` (a free one by default), yield its base URL, stop it afterwards."""
    import pytest

    log_path.write_text("")
    server = Server(env, log_path, workers=workers, port=port)
    try:
        server.start()
    except ServerFailed as exc:
        pytest.fail(str(exc))
    try:
        yield server.base
    finally:
        server.stop()
