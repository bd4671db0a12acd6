"""The real server as a subprocess (`sanic bff.app:create_app --factory`), for tests
that must reach it over TCP: the served-process test and the browser tests."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(env: dict, log_path: Path) -> Iterator[str]:
    """Start the server with `env` on a free port, yield its base URL, stop it afterwards."""
    port = free_port()
    log = open(log_path, "w")
    proc = subprocess.Popen([str(Path(sys.executable).parent / "sanic"), "bff.app:create_app", "--factory",
                             "--host", "127.0.0.1", "--port", str(port), "--single-process"],
                            env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("server did not start: " + log_path.read_text()[-3000:])
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
