"""Realtime figures (issue 11 points 3, 4): messages through the gateway, idle sockets, and
the HTTP message send against a bare endpoint.

(a) Messages per second per core, with delivery latency. The served app (`sanic --workers N`,
    default 1: the figures are per process, i.e. per core) against MariaDB and Redis. PAIRS
    conversations, each with a sender socket and a receiver socket (real WebSocket clients of
    the `websockets` library in this process); senders send text messages over the socket
    (`{"op": "send"}`: stored with its sequence in a transaction, event in the outbox, relayed
    after the commit, fanned out through Redis, read once by the process and delivered to the
    receiver). First at fixed offered rates (open loop, below saturation), then saturated
    (each sender keeps WINDOW messages unacknowledged). Latency: from the send to the item's
    arrival on the other side's socket. CPU seconds of the app, MariaDB, Redis and of this
    load generator are measured; msg/s per core = messages / app CPU seconds
    (goal: >= 2,000 msg/s per core, p99 <= 50 ms below saturation).
(b) Idle sockets: SOCKETS authenticated sockets (pinging every 30 s, one topic each) held
    by one server process (`--single-process`); its memory (RSS) before and after, per socket
    (goal: 10,000 idle sockets in one process under 500 MB).
(c) POST /api/mp/v1/conversations/<id>/messages against GET /healthz on the same served app
    in the same run (wrk, as bench/exam.py; `apt-get install wrk`): throughput ratio and
    latency.

    mysql -uroot -e "CREATE DATABASE huiyi_bench_rt CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    DATABASE_URL=mysql://root:@127.0.0.1:3306/huiyi_bench_rt REDIS_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python bench/realtime.py [--only a|b|c] [--workers 1] [--pairs 50] [--sockets 10000]

The database and the Redis database must be the bench's own: the script migrates the
database, creates accounts and conversations, and empties the conversations it uses.
Nothing here is asserted; figures are printed for the issue note.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tortoise import Tortoise  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402
from websockets.exceptions import ConnectionClosed  # noqa: E402

from core import cache, db  # noqa: E402
from core.accounts import tokens  # noqa: E402
from core.accounts.models import MpAccount  # noqa: E402
from core.settings import get_settings  # noqa: E402

MP = "/api/mp/v1"


def log(*parts: Any) -> None:
    print(*parts, flush=True)


def pct(samples: list[float], p: float) -> float:
    if not samples:
        return float("nan")
    s = sorted(samples)
    return s[min(len(s) - 1, int(p / 100 * len(s)))]


def proc_cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def pids_named(name: str) -> list[int]:
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if (p / "comm").read_text().strip() == name:
                    out.append(int(p.name))
            except OSError:
                pass
    return out


class Cpu:
    """CPU seconds of the app's workers, MariaDB, Redis and this process over a stretch."""

    def __init__(self, server) -> None:
        self.server = server

    def _read(self) -> dict[str, float]:
        me = resource.getrusage(resource.RUSAGE_SELF)
        return {"app": sum(proc_cpu(p) for p in [self.server.proc.pid, *self.server.worker_pids()]),
                "mariadb": sum(proc_cpu(p) for p in pids_named("mariadbd")),
                "redis": sum(proc_cpu(p) for p in pids_named("redis-server")),
                "client": me.ru_utime + me.ru_stime}

    def __enter__(self) -> "Cpu":
        self.before, self.began = self._read(), time.monotonic()
        return self

    def __exit__(self, *exc: Any) -> None:
        after = self._read()
        self.seconds = time.monotonic() - self.began
        self.used = {k: after[k] - self.before[k] for k in after}

    def line(self) -> str:
        u = self.used
        return (f"CPU s over {self.seconds:.1f} s: app {u['app']:.1f}, MariaDB {u['mariadb']:.1f}, "
                f"Redis {u['redis']:.1f}, load generator {u['client']:.1f}")


def start_server(tmp: Path, *, workers: int | None, extra: dict | None = None):
    from tests.live_server import Server

    s = get_settings()
    env = {"DATABASE_URL": s.database_url, "REDIS_URL": s.redis_url, "STORAGE_DIR": str(tmp / "files"),
           "LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"), **(extra or {})}
    server = Server(env, tmp / "server.log", workers=workers)
    server.start(timeout=180)
    time.sleep(2)
    return server


# ================================================================== set-up

async def accounts(count: int) -> list[tuple[int, str]]:
    have = await MpAccount.filter(openid__startswith="bench-rt-").order_by("id").values_list("id", flat=True)
    if len(have) < count:
        await MpAccount.bulk_create([MpAccount(openid=f"bench-rt-{uuid.uuid4().hex}") for _ in range(count - len(have))],
                                    batch_size=1000)
        have = await MpAccount.filter(openid__startswith="bench-rt-").order_by("id").values_list("id", flat=True)
    out = []
    for account_id in have[:count]:
        token, _, _ = tokens.encode(sub=account_id, typ="access", seconds=3 * 3600,
                                    ep=await tokens.stamp_of(f"mp:{account_id}"))
        out.append((account_id, token))
    return out


async def conversations_for(pairs: list[tuple[tuple[int, str], tuple[int, str]]]) -> list[int]:
    from core.conversations import service as conversations
    from core.conversations.models import ChatMessage, Conversation, Participant
    from core.principal import SYSTEM

    ids = []
    for n, ((a, _), (b, _)) in enumerate(pairs):
        conv = await conversations.open_conversation(
            actor=SYSTEM, kind="bench", ref_type="bench", ref_id=f"{a}-{b}",
            parties=[{"kind": "mp", "id": a, "role": "patient"}, {"kind": "mp", "id": b, "role": "doctor"}])
        ids.append(conv.id)
    # Each run starts from empty conversations (the counter and the messages).
    await ChatMessage.filter(conversation_id__in=ids).delete()
    await Conversation.filter(id__in=ids).update(last_seq=0, state="open")
    await Participant.filter(conversation_id__in=ids).update(delivered_seq=0, read_seq=0)
    return ids


async def open_socket(base: str, token: str, *, retries: int = 5):
    url = base.replace("http://", "ws://") + "/realtime/v1/ws"
    for attempt in range(retries):
        try:
            ws = await connect(url, open_timeout=30, ping_interval=None, max_queue=None, compression=None)
            await ws.send(json.dumps({"op": "auth", "token": token}))
            ready = json.loads(await asyncio.wait_for(ws.recv(), 30))
            assert ready["op"] == "ready", ready
            return ws
        except (OSError, asyncio.TimeoutError):
            if attempt == retries - 1:
                raise
            await asyncio.sleep(0.5)


# ================================================================== (a) messages

class Pair:
    def __init__(self, cid: int, sender, receiver):
        self.cid, self.topic, self.sender, self.receiver = cid, f"conversation:{cid}", sender, receiver
        self.sent: dict[str, float] = {}
        self.latency: list[float] = []
        self.acked = 0
        self.delivered = 0
        self.outstanding = 0
        self.wake = asyncio.Event()

    async def read_receiver(self) -> None:
        with contextlib.suppress(ConnectionClosed):
            await self._read_receiver()

    async def _read_receiver(self) -> None:
        async for raw in self.receiver:
            frame = json.loads(raw)
            if frame.get("op") == "msg":
                at = self.sent.pop(frame["data"]["client_id"], None)
                if at is not None:
                    self.latency.append(time.perf_counter() - at)
                    self.delivered += 1

    async def read_sender(self) -> None:
        with contextlib.suppress(ConnectionClosed):
            await self._read_sender()

    async def _read_sender(self) -> None:
        async for raw in self.sender:
            frame = json.loads(raw)
            if frame.get("op") == "ack":
                self.acked += 1
                self.outstanding -= 1
                self.wake.set()
            elif frame.get("op") == "error":
                self.outstanding -= 1
                self.wake.set()
                log("  send refused:", frame.get("code"))

    async def send(self, text: str) -> None:
        client_id = uuid.uuid4().hex
        self.sent[client_id] = time.perf_counter()
        self.outstanding += 1
        await self.sender.send(json.dumps({"op": "send", "topic": self.topic, "client_id": client_id, "text": text},
                                          ensure_ascii=False))


async def bench_messages(args, server) -> None:
    people = await accounts(2 * args.pairs)
    duo = [(people[2 * i], people[2 * i + 1]) for i in range(args.pairs)]
    cids = await conversations_for(duo)
    pairs = []
    for cid, ((_, ta), (_, tb)) in zip(cids, duo):
        s, r = await open_socket(server.base, ta), await open_socket(server.base, tb)
        for ws in (s, r):
            await ws.send(json.dumps({"op": "subscribe", "topic": f"conversation:{cid}"}))
        pairs.append(Pair(cid, s, r))
    readers = [asyncio.create_task(p.read_receiver()) for p in pairs] + \
        [asyncio.create_task(p.read_sender()) for p in pairs]
    await asyncio.sleep(1)
    text = "医生您好，我这两天有点咳嗽，晚上更明显，需要做什么检查吗？"
    log(f"(a) {args.workers} server worker(s); {args.pairs} conversations, a sender and a receiver socket each; "
        f"text messages over the socket; {args.seconds} s per run; REALTIME_RATE {args.socket_rate}")

    async def drain(timeout: float = 20) -> None:
        until = time.monotonic() + timeout
        while any(p.sent for p in pairs) and time.monotonic() < until:
            await asyncio.sleep(0.05)

    async def run(rate: float | None, *, quiet: bool = False) -> None:
        for p in pairs:
            p.latency.clear()
            p.sent.clear()
            p.delivered = p.acked = 0
        stop = time.monotonic() + args.seconds

        async def open_loop(p: Pair, per_pair: float) -> None:
            gap = 1 / per_pair
            nxt = time.monotonic() + gap * (pairs.index(p) / len(pairs))
            while nxt < stop:
                await asyncio.sleep(max(0, nxt - time.monotonic()))
                await p.send(text)
                nxt += gap

        async def closed_loop(p: Pair) -> None:
            while time.monotonic() < stop:
                while p.outstanding >= args.window:
                    p.wake.clear()
                    await p.wake.wait()
                await p.send(text)

        with Cpu(server) as cpu:
            if rate is None:
                await asyncio.gather(*(closed_loop(p) for p in pairs))
            else:
                await asyncio.gather(*(open_loop(p, rate / len(pairs)) for p in pairs))
            await drain()
        lat = [x * 1000 for p in pairs for x in p.latency]
        delivered = sum(p.delivered for p in pairs)
        lost = sum(len(p.sent) for p in pairs)
        rps = delivered / cpu.seconds
        per_core = delivered / max(cpu.used["app"], 1e-9)
        label = "saturated" if rate is None else f"offered {rate:.0f} msg/s"
        if quiet:
            return
        log(f"  {label:<22} delivered {delivered:6d} ({rps:7.0f} msg/s)  p50 {pct(lat, 50):6.1f} ms  "
            f"p95 {pct(lat, 95):6.1f} ms  p99 {pct(lat, 99):6.1f} ms  max {max(lat, default=0):7.1f} ms  "
            f"undelivered {lost}")
        log(f"    {cpu.line()}; => {per_core:.0f} msg/s per app core, "
            f"{cpu.used['mariadb'] / max(delivered, 1) * 1000:.2f} ms MariaDB CPU per message")

    # Warm-up, not reported: the first messages pay for the pools' connections, the lazily imported
    # modules and the first statements (a 190 ms outlier made the first run's p99).
    seconds, args.seconds = args.seconds, 3
    await run(args.rates[0], quiet=True)
    args.seconds = seconds
    for rate in args.rates:
        await run(rate)
    await run(None)
    for t in readers:
        t.cancel()
    for p in pairs:
        await p.sender.close()
        await p.receiver.close()


# ================================================================== (b) idle sockets

async def bench_idle(args, tmp: Path) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if hard < args.sockets + 1000:
        log(f"(b) needs {args.sockets + 1000} file descriptors, the limit is {hard}: fewer sockets")
        args.sockets = hard - 1000
    people = await accounts(max(1, args.sockets // 10))
    duo = [(people[i], people[(i + 1) % len(people)]) for i in range(0, len(people), 2)]
    cids = await conversations_for(duo)
    server = start_server(tmp, workers=None, extra={"REALTIME_IDLE_SECONDS": "600"})
    try:
        pid = server.proc.pid
        # one socket first: the hub, its Redis subscription and the lazily imported modules exist
        first = await open_socket(server.base, people[0][1])
        await asyncio.sleep(1)
        base_rss = rss_mb(pid)
        log(f"(b) one server process (pid {pid}); RSS with one socket: {base_rss:.0f} MB; opening {args.sockets} "
            f"idle sockets ({len(people)} accounts, each socket following one conversation)")
        socks = []
        began = time.monotonic()
        sem = asyncio.Semaphore(50)

        async def one(i: int) -> None:
            account_id, token = people[i % len(people)]
            cid = cids[(i % len(people)) // 2]
            async with sem:
                ws = await open_socket(server.base, token)
                await ws.send(json.dumps({"op": "subscribe", "topic": f"conversation:{cid}"}))
                socks.append(ws)

        await asyncio.gather(*(one(i) for i in range(args.sockets)))
        opened = time.monotonic() - began
        await asyncio.sleep(5)
        for ws in socks:  # a heartbeat round, as clients do
            await ws.send('{"op":"ping"}')
        await asyncio.sleep(5)
        rss = rss_mb(pid)
        per = (rss - base_rss) * 1024 / max(1, len(socks))
        log(f"  {len(socks)} sockets open in {opened:.0f} s ({len(socks) / opened:.0f}/s incl. auth and subscribe); "
            f"RSS {rss:.0f} MB (+{rss - base_rss:.0f} MB): {per:.1f} KB per idle socket; "
            f"=> {int((500 - base_rss) * 1024 / per) if per > 0 else 0} sockets within 500 MB")
        for ws in socks + [first]:
            await ws.close()
    finally:
        server.stop()


# ================================================================== (c) HTTP send vs bare

WRK_REPORT = r'''
done = function(summary, latency, requests)
  io.write(string.format("WRK {\"requests\": %d, \"duration_us\": %d, \"p50\": %d, \"p99\": %d, \"max\": %d, "
    .. "\"status\": %d, \"errors\": %d}\n", summary.requests, summary.duration, latency:percentile(50),
    latency:percentile(99), latency.max, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
'''


def wrk(url: str, script: str, connections: int, seconds: int, tmp: Path) -> dict[str, Any]:
    path = tmp / "wrk.lua"
    path.write_text(script + WRK_REPORT)
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(path), url],
                         capture_output=True, text=True, timeout=seconds + 120)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("WRK ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {out.stdout}\n{out.stderr}")
    r = json.loads(line[4:])
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    return r


async def bench_http(args, server, tmp: Path) -> None:
    if shutil.which("wrk") is None:
        log("(c) needs wrk: apt-get install wrk")
        return
    people = await accounts(2 * args.pairs)
    duo = [(people[2 * i], people[2 * i + 1]) for i in range(args.pairs)]
    cids = await conversations_for(duo)
    targets = ",".join('{"%s/conversations/%d/messages","Bearer %s"}' % (MP, cid, ta)
                       for cid, ((_, ta), _) in zip(cids, duo))
    send = ('local t = {%s}\nlocal n = 0\nmath.randomseed(os.time())\nlocal run = math.random(1, 1000000000)\n'
            'request = function()\n  n = n + 1\n  local x = t[(n %% #t) + 1]\n'
            '  local body = string.format(\'{"client_id":"w%%d-%%d","text":"医生您好，请问需要复诊吗？"}\', run, n)\n'
            '  return wrk.format("POST", x[1], {["Authorization"] = x[2], ["Content-Type"] = "application/json"}, body)\n'
            'end\n') % targets
    log(f"(c) {args.workers} server worker(s); wrk, 1 thread, {args.connections} keep-alive connections, "
        f"{args.seconds} s per run after a 3 s warm-up; sends spread over {len(cids)} conversations")
    results = {}
    for label, url, script in (("GET /healthz (bare)", server.base + "/healthz", ""),
                               ("POST message (HTTP)", server.base, send)):
        wrk(url, script, args.connections, 3, tmp)
        with Cpu(server) as cpu:
            r = results[label] = wrk(url, script, args.connections, args.seconds, tmp)
        log(f"  {label:<22} {r['rps']:7.0f} req/s  p50 {r['p50'] / 1000:6.1f} ms  p99 {r['p99'] / 1000:6.1f} ms  "
            f"max {r['max'] / 1000:7.1f} ms  non-2xx {r['status']}  errors {r['errors']}")
        log(f"    {cpu.line()}; {cpu.used['app'] / max(r['requests'], 1) * 1000:.2f} ms app CPU per request")
    bare, send_r = results["GET /healthz (bare)"], results["POST message (HTTP)"]
    log(f"  => ratio HTTP send / bare: {send_r['rps'] / bare['rps']:.3f}")


# ================================================================== main

async def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--only", choices=["a", "b", "c"])
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--pairs", type=int, default=50)
    p.add_argument("--window", type=int, default=4, help="(a) saturated: unacknowledged messages per sender")
    p.add_argument("--rates", type=float, nargs="*", default=[100, 200, 400])
    p.add_argument("--seconds", type=int, default=15)
    p.add_argument("--connections", type=int, default=16)
    p.add_argument("--sockets", type=int, default=10_000)
    p.add_argument("--socket-rate", type=int, default=1000, help="(a) REALTIME_RATE of the served app")
    args = p.parse_args()
    s = get_settings()
    if s.redis_is_memory or db.dialect_of(s.database_url) != "mysql":
        sys.exit("run against MariaDB and a real Redis: DATABASE_URL=mysql://... REDIS_URL=redis://...")
    from core import wiring
    from core.cli import migrate

    wiring.wire()
    await migrate()
    await db.init_db(s.database_url)
    cache.set_client(cache.make_client(s.redis_url))
    tmp = Path(tempfile.mkdtemp(prefix="bench-rt-"))
    try:
        if args.only in (None, "a", "c"):
            # The per-socket frame limit (REALTIME_RATE, 20/s in production) would cap (a) at
            # 20 x pairs msg/s: the bench measures the path, not the limiter.
            server = start_server(tmp, workers=args.workers, extra={"REALTIME_RATE": str(args.socket_rate)})
            try:
                if args.only in (None, "a"):
                    await bench_messages(args, server)
                if args.only in (None, "c"):
                    await bench_http(args, server, tmp)
            finally:
                server.stop()
        if args.only in (None, "b"):
            await bench_idle(args, tmp)
    finally:
        await cache.redis().aclose()
        await Tortoise.close_connections()


if __name__ == "__main__":
    asyncio.run(main())
