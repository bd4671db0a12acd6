"""Start-up time (issue 10 point 7): how long until the service answers.

Measures, and prints the figures for the issue note (nothing is asserted):

(a) `make run` to the first 200 from /healthz: once cold (an empty database and
    no bytecode cache) and then warm (`--runs` times; nothing changed since the
    last run, so migrate and seed-demo have nothing to do), with the time of
    each step of `make run` (migrate, seed-demo, serve) measured on its own;
(b) a multi-worker server (`sanic --workers N`, as in production) from launch
    to the moment Sanic's manager has every worker's acknowledgement (the wait
    that kills the server when it passes WORKER_ACK_TIMEOUT).

The install steps of `make run` are taken as done (`make -o`): this measures
starting, not installing. The database is its own (DATABASE_URL, default
sqlite://var/bench-startup.sqlite3) and the Redis is the embedded one unless
REDIS_URL says otherwise; (b) needs real Redis only for --workers > 1 with
REDIS_URL set, the embedded one serves each worker its own.

    .venv/bin/python bench/startup.py [--runs 3] [--workers 2] [--only a|b]
"""
from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
ACK_MARK = "BENCH-ALL-WORKERS-ACKNOWLEDGED"


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", "sqlite://var/bench-startup.sqlite3")
    env.setdefault("LOG_LEVEL", "WARNING")
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
            return r.status == 200
    except OSError:
        return False


def _stop(proc: subprocess.Popen) -> None:
    """End the process group this script started (make, the server and its workers)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _cpu_of_group(pgid: int) -> float:
    """CPU seconds of the processes of a group, alive ones and the children they have waited for
    (make's migrate and seed-demo): a figure the machine's load does not stretch."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # pgrp
            total += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    return total / os.sysconf("SC_CLK_TCK")


CPU: list[float] = []  # CPU seconds of each _until_healthy run, in order


def _until_healthy(cmd: list[str], port: int, *, env: dict, limit: float = 180.0) -> float:
    """Seconds from launching cmd to the first 200 from /healthz (its CPU seconds go to CPU)."""
    if _healthy(port):
        raise SystemExit(f"port {port} already answers: choose another with --port")
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        while time.perf_counter() - start < limit:
            if proc.poll() is not None:
                raise SystemExit(f"{' '.join(cmd)} exited with {proc.returncode}: "
                                 f"{proc.stderr.read().decode()[-2000:]}")
            if _healthy(port):
                wall = time.perf_counter() - start
                CPU.append(_cpu_of_group(proc.pid))
                return wall
            time.sleep(0.02)
        raise SystemExit(f"no answer from /healthz within {limit:.0f} s")
    finally:
        _stop(proc)


def _timed(cmd: list[str], *, env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _make_run(port: int) -> list[str]:
    return ["make", "-s", "-o", "install", "run", f"PORT={port}"]


def _fresh(env: dict) -> None:
    """An empty database and no bytecode cache: what a first `make run` finds."""
    url = env["DATABASE_URL"]
    if not url.startswith("sqlite://"):
        raise SystemExit("the cold run empties the database: use a SQLite DATABASE_URL for (a)")
    db = ROOT / url[len("sqlite://"):]
    for path in (db, *db.parent.glob(db.name + "-*")):
        path.unlink(missing_ok=True)
    for cache in ROOT.glob("*/**/__pycache__"):
        if not {".venv", "node_modules"} & set(cache.relative_to(ROOT).parts):
            subprocess.run(["rm", "-rf", str(cache)], check=True)


def bench_make_run(runs: int, port: int, *, cold: bool = True) -> None:
    env = _env()
    if cold:
        _fresh(env)
        first = _until_healthy(_make_run(port), port, env=env, limit=1200.0)  # seeds the whole demo
        print(f"(a) make run -> first 200 from /healthz, cold (empty database, no bytecode cache): "
              f"{first:.2f} s wall, {CPU[-1]:.2f} s CPU", flush=True)
    CPU.clear()
    warm = [_until_healthy(_make_run(port), port, env=env) for _ in range(runs)]
    print(f"    warm, {runs} runs: median {statistics.median(warm):.2f} s wall "
          f"(min {min(warm):.2f}, max {max(warm):.2f}), median {statistics.median(CPU):.2f} s CPU "
          f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)", flush=True)
    # Each step through make, as `make run` runs it (its environment: the bytecode cache).
    make = ["make", "-s", "-o", "install"]
    steps = {
        "migrate": statistics.median(_timed([*make, "migrate"], env=env) for _ in range(runs)),
        "seed-demo": statistics.median(_timed([*make, "-o", "migrate", "seed"], env=env) for _ in range(runs)),
        "serve": statistics.median(_until_healthy([*make, "-o", "seed", "run", f"PORT={port}"], port, env=env)
                                   for _ in range(runs)),
    }
    print("    its steps, warm (median): " + ", ".join(f"{k} {v:.2f} s" for k, v in steps.items()))


def _until_acked(workers: int, port: int, *, env: dict, limit: float = 300.0) -> float:
    cmd = [str(BIN / "python"), __file__, "--serve", str(workers), "--port", str(port)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            start_new_session=True, text=True)
    try:
        for line in proc.stdout:
            if ACK_MARK in line:
                return time.perf_counter() - start
            if time.perf_counter() - start > limit:
                break
        raise SystemExit(f"the {workers}-worker server did not acknowledge (exit {proc.poll()})")
    finally:
        _stop(proc)


def bench_workers(workers: int, runs: int, port: int) -> None:
    env = _env()
    subprocess.run([str(BIN / "python"), "-m", "core.cli", "migrate"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    times = [_until_acked(workers, port, env=env) for _ in range(runs)]
    print(f"(b) sanic --workers {workers}: launch -> all workers acknowledged, {runs} runs: "
          f"median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f})")


def serve(workers: int, port: int) -> None:
    """Sanic's CLI, with a line printed when its manager has every worker's acknowledgement."""
    from sanic.__main__ import main as sanic_main
    from sanic.worker.manager import WorkerManager

    waited = WorkerManager.wait_for_ack

    def wait_for_ack(self):
        waited(self)
        print(ACK_MARK, flush=True)

    WorkerManager.wait_for_ack = wait_for_ack
    sanic_main(["bff.app:create_app", "--factory", "--host", "127.0.0.1", "--port", str(port),
                "--workers", str(workers)])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--port", type=int, default=8198)
    p.add_argument("--only", choices=("a", "b"))
    p.add_argument("--warm", action="store_true", help="skip the cold run (the database is seeded already)")
    p.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        return serve(args.serve, args.port)
    if args.only in (None, "a"):
        bench_make_run(args.runs, args.port, cold=not args.warm)
    if args.only in (None, "b"):
        bench_workers(args.workers, args.runs, args.port)


if __name__ == "__main__":
    main()
