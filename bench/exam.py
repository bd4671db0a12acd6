"""Exam figures (issue 4): the answer-save endpoint against a bare endpoint, 10,000
simulated takers, and the face engine.

(a) The served app (`sanic bff.app:create_app --factory --workers N`, as the
    Dockerfile runs it) against MariaDB and Redis. wrk drives, for a fixed time
    and number of keep-alive connections, first GET /healthz (the cheapest
    endpoint the app has: a JSON answer through the app's own middleware, no
    database, no Redis, no authentication), then PUT .../answers/<question>
    (bearer token with a family, checked in Redis like every mini-program
    request; the session, paper and question read; the answer written with its
    sequence). Prints both throughputs, the ratio (goal >= 0.35) and
    p50/p95/p99 (goal: save p99 <= 50 ms).
(b) TAKERS phones for MINUTES against the same server: each saves an answer
    about every 30 s (moving through its paper, sometimes changing an earlier
    answer), reads the answer card every 60 s and uploads an in-exam photo about
    every 2 minutes. Phones misbehave as phones do: 5% of saves are resent after
    their acknowledgement was "lost", 3% arrive after a newer save of the same
    question, 2% of takers take the exam over on a second device mid-run (after
    which the first device's next save must be refused), and any save that
    fails or times out is resent until acknowledged. The client is a minimal
    asyncio HTTP/1.1 client sharing CONNECTIONS keep-alive connections, as the
    reverse proxy in front of the app does. Every acknowledged save is recorded;
    afterwards the database must hold each one at its newest sequence (goal: 0
    lost; p99 <= 200 ms). Photos are acknowledged once stored; no analysis worker
    runs here (on two cores analysis cannot keep up, see (c)), so the backlog of
    pending analyses is reported.
(c) The face engine on the real photos of tests/fixtures/faces: CPU seconds per
    analysis (goal <= 0.2 at <= 640 px) and analyses per second with process
    pools of 1 and 2 (the `FACE_PROCESSES` setting), at the photos' own size and
    from a 1280 px phone photo (decoded and scaled to 640 px first).

    apt-get install wrk          # (a) only
    mysql -uroot -e "CREATE DATABASE huiyi_bench_exam CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    DATABASE_URL=mysql://root:@127.0.0.1:3306/huiyi_bench_exam REDIS_URL=redis://127.0.0.1:6379/14 \\
        .venv/bin/python bench/exam.py [--only a|b|c] [--workers 2] [--takers 10000] [--minutes 5]

The database and the Redis database must be the bench's own: the script migrates
the database, loads TAKERS physicians with bound mini-program accounts, approved
enrolments, papers of QUESTIONS questions, started and face-verified sessions,
proctor cases and face consents (bulk inserts with explicit ids; loaded once and
reused, topped up when more takers are asked for), and before each run it clears
the answers and photos of the previous run, moves every deadline three hours
ahead and empties arq's queue. A quicker run: --takers 1000 --minutes 1.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.assessment import pct  # noqa: E402
from core import cache, crypto, db, idcard  # noqa: E402
from core.accounts import tokens  # noqa: E402
from core.accounts.models import MpAccount  # noqa: E402
from core.assessment.models import Cycle, Enrolment, Physician  # noqa: E402
from core.exam import service as exam_service  # noqa: E402
from core.exam.models import Answer, Blueprint, ExamSession, Paper, Question  # noqa: E402
from core.orgs.models import OrgKind, OrgNode  # noqa: E402
from core.proctoring.models import Capture, FaceConsent, ProctorCase  # noqa: E402
from core.settings import get_settings  # noqa: E402

FACES = ROOT / "tests" / "fixtures" / "faces"
MP = "/api/mp/v1"
CYCLE_CODE = "EXAM-BENCH"
SPECIALTY, CATEGORY = "内科", "基础"
KEYS = "ABCDE"
PHONE = "phone-000001"  # every session starts on this device (device ids are compared within a session)
BATCH = 1000
# Phone behaviour in (b).
SAVE_EVERY, CARD_EVERY, CAPTURE_EVERY = 30.0, 60.0, 120.0
RESEND_ACKED, OUT_OF_ORDER, TAKEOVER_SHARE, REVISIT = 0.05, 0.03, 0.02, 0.2
TIMEOUT, RETRIES = 10.0, 5


def log(*parts: Any) -> None:
    print(*parts, flush=True)


def summary(samples: list[float]) -> str:
    if not samples:
        return "n 0"
    return (f"n {len(samples):6d}   p50 {pct(samples, .5):7.1f} ms   p95 {pct(samples, .95):7.1f} ms   "
            f"p99 {pct(samples, .99):7.1f} ms   max {max(samples) * 1000:7.1f} ms")


# ================================================================== data

async def _world(questions: int) -> tuple[Cycle, Blueprint, list[OrgNode]]:
    """Org tree, open cycle, question bank and frozen blueprint (made once)."""
    cycle = await Cycle.get_or_none(code=CYCLE_CODE)
    if cycle is not None:
        bp = await Blueprint.get(cycle_id=cycle.id)
        return cycle, bp, await OrgNode.filter(kind=OrgKind.MEDICAL).order_by("id")

    async def node(parent: OrgNode | None, kind: OrgKind, name: str, code: str) -> OrgNode:
        o = await OrgNode.create(name=name, kind=kind, code=code, parent_id=parent.id if parent else None,
                                 level=parent.level + 1 if parent else 0)
        o.path = (parent.path if parent else "/") + f"{o.id}/"
        await o.save(update_fields=["path"])
        return o

    province = await node(None, OrgKind.PROVINCE, "测评省卫生健康委员会", "EB420000")
    city = await node(province, OrgKind.CITY, "测评市卫生健康委员会", "EB420100")
    county = await node(city, OrgKind.COUNTY, "测评县卫生健康局", "EB420102")
    insts = [await node(county, OrgKind.MEDICAL, f"测评第{i + 1}医院", f"EBM{i + 1:05d}") for i in range(50)]
    cycle = await Cycle.create(code=CYCLE_CODE, name="测评周期", status="open", settings_version=0,
                               opened_at=db.utcnow())
    singles, multis = questions * 4 // 5, questions - questions * 4 // 5
    options = [{"key": k, "text": f"选项{k}：一段与临床常见病诊疗相关的表述"} for k in KEYS]
    await Question.bulk_create([
        Question(qtype="A1" if n < 2 * singles else "X", stem=f"第{n + 1}题：一位患者的病史、体征与检查结果如下……",
                 options=options, answer=["B"] if n < 2 * singles else ["A", "C"], explanation="解析",
                 specialty=SPECIALTY, category=CATEGORY, difficulty=3, used=True)
        for n in range(2 * (singles + multis))], batch_size=BATCH)
    bp = await Blueprint.create(cycle_id=cycle.id, specialty=SPECIALTY, name="测评内科", time_limit_minutes=180,
                                pass_mark=60, frozen=True,
                                rules=[{"category": CATEGORY, "qtype": "A1", "difficulty": None, "count": singles,
                                        "points": 1},
                                       {"category": CATEGORY, "qtype": "X", "difficulty": None, "count": multis,
                                        "points": 2}])
    return cycle, bp, insts


async def load(takers: int, questions: int) -> int:
    """Takers 1..`takers` (ids = mp account = physician = enrolment = paper = session); returns how many were added."""
    cycle, bp, insts = await _world(questions)
    have = await ExamSession.filter(paper__blueprint_id=bp.id).count()
    if have >= takers:
        return 0
    bank = await Question.filter(specialty=SPECIALTY, category=CATEGORY).order_by("id")
    singles = [q for q in bank if q.qtype == "A1"]
    multis = [q for q in bank if q.qtype == "X"]
    rules = {r["qtype"]: r for r in bp.rules}
    now = db.utcnow()
    id0 = (await Physician.all().order_by("-id").first()).id if await Physician.exists() else 0
    mp0 = (await MpAccount.all().order_by("-id").first()).id if await MpAccount.exists() else 0
    s0 = (await ExamSession.all().order_by("-id").first()).id if await ExamSession.exists() else 0
    p0 = (await Paper.all().order_by("-id").first()).id if await Paper.exists() else 0
    e0 = (await Enrolment.all().order_by("-id").first()).id if await Enrolment.exists() else 0
    for start in range(have, takers, BATCH):
        rows: dict[str, list] = defaultdict(list)
        for n in range(start, min(start + BATCH, takers)):
            rng = random.Random(n)
            pid, mid, eid, paper_id, sid = id0 + n + 1 - have, mp0 + n + 1 - have, e0 + n + 1 - have, \
                p0 + n + 1 - have, s0 + n + 1 - have
            born = dt.date(1960, 1, 1) + dt.timedelta(days=n // 1000)
            number = idcard.with_check_digit(f"420102{born:%Y%m%d}{n % 1000:03d}")
            phone = f"139{n:08d}"
            inst = insts[n % len(insts)]
            rows["mp"].append(MpAccount(id=mid, openid=f"bench-exam-{n}"))
            rows["physician"].append(Physician(
                id=pid, name=f"考生{n}", id_number=number, id_number_bidx=crypto.blind_index(number, purpose="id_number"),
                phone=phone, phone_bidx=crypto.blind_index(phone, purpose="phone"), institution_id=inst.id,
                specialty=SPECIALTY, mp_account_id=mid))
            rows["enrolment"].append(Enrolment(id=eid, cycle_id=cycle.id, physician_id=pid, institution_id=inst.id,
                                               confirmed=True, procedure="general", state="approved"))
            items = []
            for pool, qtype in ((singles, "A1"), (multis, "X")):
                for q in rng.sample(pool, rules[qtype]["count"]):
                    opts = list(KEYS)
                    rng.shuffle(opts)
                    items.append({"q": q.id, "opts": opts, "points": rules[qtype]["points"], "group": None,
                                  "qtype": qtype})
            rows["paper"].append(Paper(id=paper_id, blueprint_id=bp.id, physician_id=pid, enrolment_id=eid, kind="exam",
                                       seed=n, items=items, total_points=sum(i["points"] for i in items),
                                       state="in_progress"))
            rows["session"].append(ExamSession(
                id=sid, paper_id=paper_id, started_at=now, deadline=now + dt.timedelta(hours=3), active_device=PHONE,
                verified=True, capture_schedule=exam_service.capture_schedule(3 * 3600, rng)))
            rows["case"].append(ProctorCase(session_id=sid, institution_id=inst.id))
            rows["consent"].append(FaceConsent(physician_id=pid, text_version="v1", consented_at=now))
        for key, model in (("mp", MpAccount), ("physician", Physician), ("enrolment", Enrolment), ("paper", Paper),
                           ("session", ExamSession), ("case", ProctorCase), ("consent", FaceConsent)):
            await model.bulk_create(rows[key], batch_size=BATCH)
    return takers - have


async def reset() -> None:
    """A clean start for a run: no answers or photos, deadlines ahead, the first device active, no queued jobs."""
    now = db.utcnow()
    await Answer.all().delete()
    await Capture.all().delete()
    await ExamSession.all().update(started_at=now, deadline=now + dt.timedelta(hours=3), submitted_at=None,
                                   submitted_by=None, score=None, passed=None, active_device=PHONE,
                                   device_epoch=1, verified=True)
    r = cache.redis()
    keys = [k async for k in r.scan_iter(match="arq:*", count=1000)]
    for start in range(0, len(keys), 1000):
        await r.delete(*keys[start:start + 1000])


async def takers_of(count: int) -> list[dict[str, Any]]:
    """What each simulated phone knows: its session, token and paper."""
    rows = await ExamSession.all().order_by("id").limit(count).values(
        "id", "paper_id", "paper__items", "paper__physician__mp_account_id")
    out = []
    for r in rows:
        token, _, _ = tokens.encode(sub=r["paper__physician__mp_account_id"], typ="access", seconds=4 * 3600,
                                    fam=f"bench-{r['id']}")
        out.append({"sid": r["id"], "paper_id": r["paper_id"], "token": token,
                    "questions": [(i["q"], i["qtype"] == "X") for i in r["paper__items"]]})
    return out


# ================================================================== the served app, and what it costs

def proc_cpu(pid: int) -> float:
    """User + system CPU seconds of a process so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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


def machine_busy() -> tuple[float, float]:
    """(busy, total) jiffies of all cores since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


class CpuMeter:
    """CPU seconds spent by the app, MariaDB, Redis, the load generator (this script and wrk)
    and the whole machine over a stretch: the box is shared, so what else ran is reported too."""

    def __init__(self, server) -> None:
        self.server = server

    def _read(self) -> dict[str, float]:
        app = [self.server.proc.pid, *self.server.worker_pids()]
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        busy, total = machine_busy()
        return {"app": sum(proc_cpu(p) for p in app), "mariadb": sum(proc_cpu(p) for p in pids_named("mariadbd")),
                "redis": sum(proc_cpu(p) for p in pids_named("redis-server")),
                "client": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                "busy": busy / os.sysconf("SC_CLK_TCK"), "total": total / os.sysconf("SC_CLK_TCK")}

    def __enter__(self) -> "CpuMeter":
        self.before, self.began = self._read(), time.monotonic()
        return self

    def __exit__(self, *exc: Any) -> None:
        after = self._read()
        self.seconds = time.monotonic() - self.began
        self.used = {k: after[k] - self.before[k] for k in after}

    def report(self, requests: int) -> str:
        u, cores = self.used, os.cpu_count() or 1
        per = ", ".join(f"{k} {u[k] / max(requests, 1) * 1000:.2f}" for k in ("app", "mariadb", "redis"))
        others = u["busy"] - u["app"] - u["mariadb"] - u["redis"] - u["client"]
        return (f"CPU over {self.seconds:.0f} s: machine {u['busy'] / u['total'] * 100:.0f}% of {cores} cores busy; "
                f"app {u['app']:.1f} s, MariaDB {u['mariadb']:.1f} s, Redis {u['redis']:.1f} s, "
                f"load generator {u['client']:.1f} s, everything else (other work on the box) {max(others, 0):.1f} s; "
                f"ms of CPU per request: {per}")


def start_server(workers: int, tmp: Path):
    from tests.live_server import Server

    s = get_settings()
    env = {"DATABASE_URL": s.database_url, "REDIS_URL": s.redis_url, "STORAGE_DIR": str(tmp / "files"),
           "LOG_LEVEL": os.environ.get("LOG_LEVEL", "INFO")}  # production logs every request at INFO
    server = Server(env, tmp / "server.log", workers=workers)
    server.start(timeout=120)
    time.sleep(3)  # every worker up, not just the first to answer
    return server


# ================================================================== (a) wrk

WRK_REPORT = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,' ..
    '"timeout":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d}\n', summary.requests, summary.duration, e.connect, e.read,
    e.write, e.status, e.timeout, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max))
end
"""

WRK_SAVE = r"""
local T = {%(takers)s}
local n = #T
local i = 0
local seq0 = %(seq0)d
local keys = {"A", "B", "C", "D", "E"}
request = function()
  i = i + 1
  local t = T[(i %% n) + 1]
  local k = math.floor(i / n) %% #t[3] + 1
  local answer
  if t[4][k] == 1 then
    answer = '["' .. keys[(i %% 4) + 1] .. '","E"]'
  else
    answer = '["' .. keys[(i %% 5) + 1] .. '"]'
  end
  local body = '{"device_id":"%(device)s","answer":' .. answer .. ',"seq":' .. (seq0 + i) .. '}'
  return wrk.format("PUT", t[1] .. t[3][k], {["Authorization"] = t[2], ["Content-Type"] = "application/json"}, body)
end
"""


def save_script(lua_takers: str) -> str:
    # Sequences above every earlier run's, so that each save is applied (a write, not a no-op).
    return WRK_SAVE % {"takers": lua_takers, "seq0": int(time.time()) * 1_000_000, "device": PHONE}


def wrk(url: str, script: str, connections: int, seconds: int, tmp: Path) -> dict[str, Any]:
    path = tmp / "wrk.lua"
    path.write_text(script + WRK_REPORT)
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(path),
                          url], capture_output=True, text=True, timeout=seconds + 120)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("WRK ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {out.stdout}\n{out.stderr}")
    r = json.loads(line[4:])
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    r["errors"] = r["connect"] + r["read"] + r["write"] + r["status"] + r["timeout"]
    return r


def wrk_line(label: str, r: dict[str, Any]) -> str:
    return (f"  {label:<28} {r['rps']:8.0f} req/s   p50 {r['p50'] / 1000:6.1f} ms   p95 {r['p95'] / 1000:6.1f} ms   "
            f"p99 {r['p99'] / 1000:6.1f} ms   max {r['max'] / 1000:7.1f} ms   errors {r['errors']} "
            f"(non-2xx {r['status']}, timeouts {r['timeout']})")


async def bench_save_vs_bare(args, server, tmp: Path) -> None:
    if shutil.which("wrk") is None:
        sys.exit("(a) needs wrk: apt-get install wrk")
    takers = await takers_of(min(args.takers, 2000))
    lua_takers = ",".join(
        '{"%s/exam/sessions/%d/answers/","Bearer %s",{%s},{%s}}' % (
            MP, t["sid"], t["token"], ",".join(str(q) for q, _ in t["questions"][:20]),
            ",".join("1" if x else "0" for _, x in t["questions"][:20])) for t in takers)
    levels = sorted({args.workers, args.connections})
    log(f"(a) {args.workers} server workers; wrk, 1 thread, {args.seconds} s per run after a 5 s warm-up, with "
        f"{' and '.join(map(str, levels))} keep-alive connections (one per worker: the server's own latency; more: "
        f"queueing at saturation); saves spread over {len(takers)} sessions x 20 questions")
    for connections in levels:
        results = {}
        for label, url in (("GET /healthz (bare)", server.base + "/healthz"), ("PUT save answer", server.base)):
            script = "" if "healthz" in url else save_script(lua_takers)
            wrk(url, script, connections, 5, tmp)
            with CpuMeter(server) as meter:
                r = results[label] = wrk(url, script, connections, args.seconds, tmp)
            log(wrk_line(f"{label}, {connections} conn", r))
            log("    " + meter.report(r["requests"]))
        bare, save = results["GET /healthz (bare)"], results["PUT save answer"]
        log(f"  => {connections} conn: ratio save/bare {save['rps'] / bare['rps']:.3f} (goal >= 0.35), "
            f"save p99 {save['p99'] / 1000:.1f} ms (goal <= 50 ms)")
    log(f"  answers stored by the save runs: {await Answer.all().count()}")


# ================================================================== (b) the simulated takers

class Http:
    """A pool of keep-alive HTTP/1.1 connections, as the reverse proxy in front of the
    app keeps them. Minimal on purpose (the app always sends Content-Length): on a
    two-core box the load generator must cost little. Like a proxy, it sends a request
    again on a fresh connection when a kept-alive one turns out closed by the server
    before answering (Sanic closes idle ones after KEEP_ALIVE_TIMEOUT)."""

    def __init__(self, host: str, port: int, size: int):
        self.host, self.port = host, port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.slots = asyncio.Semaphore(size)
        self.waited: list[float] = []  # seconds each request queued for a free connection
        self.stale = 0

    async def call(self, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> tuple[int, bytes]:
        head = (f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\n"
                + (f"Content-Length: {len(body)}\r\n" if body else "")
                + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n").encode() + body
        queued = time.perf_counter()
        async with self.slots:
            self.waited.append(time.perf_counter() - queued)
            async with asyncio.timeout(TIMEOUT):
                while True:
                    reused = bool(self.idle)
                    conn = self.idle.pop() if reused else await asyncio.open_connection(self.host, self.port)
                    try:
                        status, data, close = await self._exchange(conn, head)
                    except asyncio.IncompleteReadError as exc:
                        conn[1].close()
                        if reused and not exc.partial:  # closed while idle: nothing was received
                            self.stale += 1
                            continue
                        raise
                    except BaseException:
                        conn[1].close()
                        raise
                    break
        if close:
            conn[1].close()
        else:
            self.idle.append(conn)
        return status, data

    @staticmethod
    async def _exchange(conn, head: bytes) -> tuple[int, bytes, bool]:
        reader, writer = conn
        writer.write(head)
        lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status, length, close = int(lines[0].split(" ", 2)[1]), 0, False
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "connection" and value.strip().lower() == "close":
                close = True
        return status, await reader.readexactly(length), close


def multipart(photo: bytes, taken_at: str) -> tuple[str, bytes]:
    boundary = "----huiyibench" + os.urandom(8).hex()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"taken_at\"\r\n\r\n{taken_at}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"c.jpg\"\r\n"
            f"Content-Type: image/jpeg\r\n\r\n").encode() + photo + f"\r\n--{boundary}--\r\n".encode()
    return f"multipart/form-data; boundary={boundary}", body


def capture_photos(count: int) -> list[bytes]:
    """Phone-like in-exam photos (480x640 JPEG), each different so that none is a resend of another."""
    from PIL import Image, ImageEnhance

    base = Image.open(FACES / "grace_hopper.jpg").convert("RGB").resize((480, 560))
    canvas = Image.new("RGB", (480, 640), (200, 200, 200))
    out = []
    for n in range(count):
        img = canvas.copy()
        img.paste(ImageEnhance.Brightness(base).enhance(0.9 + n * 0.02), (0, 40))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=85)
        out.append(buf.getvalue())
    return out


class Phone:
    """One simulated taker: what the phone knows and what the server acknowledged to it."""

    def __init__(self, t: dict[str, Any]):
        self.sid, self.paper_id, self.questions = t["sid"], t["paper_id"], t["questions"]
        self.auth = "Bearer " + t["token"]
        self.device, self.seq, self.pos, self.photos = PHONE, 0, 0, 0
        self.acked: dict[int, tuple[int, list[str]]] = {}  # question -> newest acknowledged (seq, answer)
        self.unacked: dict[tuple[int, int], list[str]] = {}  # (question, seq) sent, never acknowledged


class Simulation:
    def __init__(self, http: Http, photos: list[bytes], captures: bool):
        self.http, self.photos, self.captures = http, photos, captures
        self.rng = random.Random(2026)
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.answers: Counter = Counter()  # (kind, status, code)
        self.transport: Counter = Counter()  # kind -> timeouts and connection failures
        self.anomalies: Counter = Counter()
        self.resent = 0

    async def request(self, kind: str, method: str, path: str, phone: Phone, body: bytes = b"",
                      content_type: str = "application/json") -> tuple[int, Any]:
        headers = {"Authorization": phone.auth}
        if body:
            headers["Content-Type"] = content_type
        began = time.perf_counter()
        try:
            status, data = await self.http.call(method, path, headers, body)
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
            self.transport[(kind, type(exc).__name__)] += 1
            return 0, None
        self.latency[kind].append(time.perf_counter() - began)
        payload = json.loads(data) if data else None
        code = payload.get("code") if isinstance(payload, dict) and status >= 400 else None
        self.answers[(kind, status, code)] += 1
        return status, payload

    def answer_for(self, is_x: bool) -> list[str]:
        return sorted(self.rng.sample(KEYS, 2)) if is_x else [self.rng.choice(KEYS)]

    async def save(self, phone: Phone, q: int, answer: list[str], seq: int, expect_applied: bool) -> int:
        """Send until acknowledged (or refused), as the phone does; returns the final status."""
        body = json.dumps({"device_id": phone.device, "answer": answer, "seq": seq}).encode()
        for attempt in range(RETRIES + 1):
            if attempt:
                self.resent += 1
                await asyncio.sleep(1 + self.rng.random())
            status, r = await self.request("save", "PUT", f"{MP}/exam/sessions/{phone.sid}/answers/{q}", phone, body)
            if status == 200:
                newest = phone.acked.get(q, (0, None))[0]
                if r["seq"] < seq:
                    self.anomalies["acknowledged an older sequence than sent"] += 1
                if expect_applied and not r["applied"] and seq > newest and attempt == 0:
                    self.anomalies["new save not applied"] += 1
                if not expect_applied and r["applied"] and newest >= seq:
                    self.anomalies["older or repeated save applied"] += 1
                if seq > newest:
                    phone.acked[q] = (seq, answer)
                phone.unacked.pop((q, seq), None)
                return status
            if status == 0 or status >= 500:
                phone.unacked[(q, seq)] = answer
                continue
            return status
        return status

    async def save_turn(self, phone: Phone) -> None:
        if phone.pos and self.rng.random() < REVISIT:  # goes back and changes an earlier answer
            q, is_x = phone.questions[self.rng.randrange(phone.pos)]
        else:
            q, is_x = phone.questions[phone.pos % len(phone.questions)]
            phone.pos += 1
        phone.seq += 1
        seq, answer = phone.seq, self.answer_for(is_x)
        if self.rng.random() < OUT_OF_ORDER:
            # Two quick changes; the network delivers the second first.
            phone.seq += 1
            status = await self.save(phone, q, self.answer_for(is_x), phone.seq, True)
            if status == 200:
                await self.save(phone, q, answer, seq, False)
            return
        status = await self.save(phone, q, answer, seq, True)
        if status == 200 and self.rng.random() < RESEND_ACKED:  # the acknowledgement was lost on the way back
            await self.save(phone, q, answer, seq, False)
        elif status == 409:
            self.anomalies["save refused on the active device"] += 1

    async def card(self, phone: Phone) -> None:
        status, r = await self.request("card", "GET", f"{MP}/exam/sessions/{phone.sid}/card", phone)
        if status == 200 and r["answered"] < len(phone.acked):
            self.anomalies["answer card misses acknowledged answers"] += 1

    async def capture(self, phone: Phone) -> None:
        photo = self.photos[phone.photos % len(self.photos)]
        phone.photos += 1
        taken = dt.datetime.now(dt.timezone.utc).isoformat()
        ctype, body = multipart(photo, taken)
        await self.request("capture", "POST", f"{MP}/proctoring/sessions/{phone.sid}/captures", phone, body, ctype)

    async def takeover(self, phone: Phone) -> None:
        """The app is killed and the exam resumed on a tablet; the phone then wakes up and tries a save."""
        old = phone.device
        phone.device = f"tablet-{phone.sid:06d}"
        status, view = await self.request("start (takeover)", "POST", f"{MP}/exam/papers/{phone.paper_id}/start", phone,
                                          json.dumps({"device_id": phone.device}).encode())
        if status != 200:
            phone.device = old
            return
        shown = {i["question_id"]: (i["seq"], i["answer"]) for i in view["items"]}
        for q, (seq, answer) in phone.acked.items():
            if shown.get(q, (0,))[0] < seq:
                self.anomalies["resumed view misses an acknowledged answer"] += 1
        q, is_x = phone.questions[0]
        body = json.dumps({"device_id": old, "answer": self.answer_for(is_x), "seq": phone.seq + 1000}).encode()
        status, r = await self.request("save (replaced device)", "PUT",
                                       f"{MP}/exam/sessions/{phone.sid}/answers/{q}", phone, body)
        if status != 409 or r.get("code") != "exam.device_replaced":
            self.anomalies["replaced device not refused"] += 1

    async def phone(self, phone: Phone, end: float, duration: float) -> None:
        loop, rng = asyncio.get_running_loop(), self.rng
        now = loop.time()
        due = {"save": now + rng.uniform(0, SAVE_EVERY), "card": now + rng.uniform(0, CARD_EVERY),
               "capture": now + rng.uniform(0, CAPTURE_EVERY) if self.captures else float("inf"),
               "takeover": now + rng.uniform(.2, .8) * duration if rng.random() < TAKEOVER_SHARE else float("inf")}
        every = {"save": SAVE_EVERY, "card": CARD_EVERY, "capture": CAPTURE_EVERY, "takeover": float("inf")}
        while True:
            kind = min(due, key=due.get)
            if due[kind] >= end or loop.time() >= end:  # a phone behind its schedule stops at the end too
                return
            await asyncio.sleep(max(0.0, due[kind] - loop.time()))
            await {"save": self.save_turn, "card": self.card, "capture": self.capture,
                   "takeover": self.takeover}[kind](phone)
            due[kind] += every[kind] * rng.uniform(0.8, 1.2)

    async def run(self, phones: list[Phone], seconds: float) -> float:
        loop = asyncio.get_running_loop()
        lags: list[float] = []

        async def ticker() -> None:  # how late this client's own event loop runs
            while True:
                t = loop.time()
                await asyncio.sleep(0.1)
                lags.append(loop.time() - t - 0.1)

        tick = asyncio.create_task(ticker())
        end = loop.time() + seconds
        await asyncio.gather(*(self.phone(p, end, seconds) for p in phones))
        tick.cancel()
        return max(lags) if lags else 0.0


async def verify(phones: list[Phone]) -> dict[str, int]:
    """Every acknowledged save is in the database at its sequence, or at a newer one the phone sent."""
    stored = {(r[0], r[1]): (r[2], r[3]) for r in await Answer.all().values_list("session_id", "question_id", "seq",
                                                                                "answer")}
    acked = lost = newer_unacked = 0
    for phone in phones:
        for q, (seq, answer) in phone.acked.items():
            acked += 1
            row = stored.get((phone.sid, q))
            if row is None or row[0] < seq or (row[0] == seq and row[1] != answer):
                lost += 1
            elif row[0] > seq:
                if phone.unacked.get((q, row[0])) == row[1]:
                    newer_unacked += 1  # its acknowledgement was lost in the network; stored all the same
                else:
                    lost += 1
    return {"acknowledged": acked, "stored": len(stored), "lost": lost, "newer_unacked": newer_unacked}


async def bench_takers(args, server, tmp: Path) -> None:
    phones = [Phone(t) for t in await takers_of(args.takers)]
    if len(phones) < args.takers:
        sys.exit(f"only {len(phones)} takers loaded")
    host, port = server.base.removeprefix("http://").split(":")
    http = Http(host, int(port), args.connections_b)
    # Is the capture upload there (issue 4, photos during the exam)? Probe with the first phone.
    probe = Simulation(http, capture_photos(1), True)
    await probe.capture(phones[0])
    captures = args.captures and not any(k[0] == "capture" and k[2] == "request.route_not_found"
                                         for k in probe.answers)
    sim = Simulation(http, capture_photos(8), captures)
    await reset()
    rate = args.takers / SAVE_EVERY * (1 + RESEND_ACKED + OUT_OF_ORDER) + args.takers / CARD_EVERY + (
        args.takers / CAPTURE_EVERY if captures else 0)
    log(f"(b) {args.takers} takers for {args.minutes:g} min against {args.workers} server workers, "
        f"{args.connections_b} shared connections; expected ~{rate:.0f} requests/s "
        f"(saves every {SAVE_EVERY:.0f} s, card every {CARD_EVERY:.0f} s, "
        + (f"a photo every {CAPTURE_EVERY:.0f} s" if captures else "no photos")
        + ")")
    with CpuMeter(server) as meter:
        lag = await sim.run(phones, args.minutes * 60)
    total = sum(len(v) for v in sim.latency.values())
    log(f"  done: {total} answered requests ({total / meter.seconds:.0f}/s), client event-loop lag max "
        f"{lag * 1000:.0f} ms")
    for kind, samples in sorted(sim.latency.items()):
        log(f"  {kind:<24} {summary(samples)}")
    log(f"  all                      {summary([x for v in sim.latency.values() for x in v])}")
    log(f"  of which queued for one of the {args.connections_b} connections: {summary(http.waited)}")
    answers = sorted(sim.answers.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or ""))
    log("  answers: " + ", ".join(f"{k} {st}{' ' + c if c else ''}: {n}" for (k, st, c), n in answers))
    log(f"  transport failures (timeouts, resets): {dict(sim.transport) or 0}; saves resent after a failure: "
        f"{sim.resent}; requests sent again because a kept-alive connection had been closed: {http.stale}")
    log(f"  anomalies: {dict(sim.anomalies) or 'none'}")
    log("  " + meter.report(total))
    v = await verify(phones)
    log(f"  database check: {v['acknowledged']} acknowledged (session, question) saves, {v['stored']} rows; "
        f"lost {v['lost']} (goal 0); newer unacknowledged saves found stored: {v['newer_unacked']}")
    if captures:
        pending = await Capture.filter(analysis="pending").count()
        log(f"  photos stored {await Capture.all().count()}, awaiting analysis (the backlog) {pending}")


# ================================================================== (c) the face engine

def _timed(fn_name: str, data: bytes) -> tuple[float, str]:
    """Runs in a pool process: one analysis and the CPU time it took there."""
    from media import face

    began = time.process_time()
    result = getattr(face, fn_name)(data)
    return time.process_time() - began, result[0].outcome


def face_photos() -> dict[str, bytes]:
    from PIL import Image

    def jpeg(img: Image.Image) -> bytes:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=90)
        return buf.getvalue()

    grace = Image.open(FACES / "grace_hopper.jpg").convert("RGB")
    astronaut = Image.open(FACES / "astronaut.jpg").convert("RGB")
    lower = grace.crop((0, 330, 512, 600))  # her uniform: no face
    return {
        "one face (grace_hopper 512x600)": (FACES / "grace_hopper.jpg").read_bytes(),
        "another person (astronaut 512x512)": (FACES / "astronaut.jpg").read_bytes(),
        "no face (uniform, 512x270)": jpeg(lower),
        "phone photo 1280x1500 (grace_hopper)": jpeg(grace.resize((1280, 1500), Image.Resampling.LANCZOS)),
        "phone photo 1280x1280 (astronaut)": jpeg(astronaut.resize((1280, 1280), Image.Resampling.LANCZOS)),
    }


def bench_face(args) -> None:
    import multiprocessing

    from media import face

    fn = "analyse_all" if hasattr(face, "analyse_all") else "analyse"
    photos = face_photos()
    log(f"(c) face engine: media.face.{fn} (what an in-exam capture runs) in spawned pool processes; "
        f"{os.cpu_count()} cores, shared")
    for processes in (1, 2):
        with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn")) as pool:
            list(pool.map(_timed, [fn] * processes * 2, [photos["one face (grace_hopper 512x600)"]] * processes * 2))
            if processes == 1:
                for label, data in photos.items():
                    cpu = [pool.submit(_timed, fn, data).result() for _ in range(args.face_rounds)]
                    log(f"  pool 1, {label:<38} CPU per analysis median {sorted(c for c, _ in cpu)[len(cpu) // 2]:.3f} s"
                        f" ({cpu[0][1]})")
            work = [d for d in photos.values() for _ in range(args.face_rounds)]
            began = time.perf_counter()
            done = list(pool.map(_timed, [fn] * len(work), work))
            wall = time.perf_counter() - began
            cpu = sum(c for c, _ in done) / len(done)
            log(f"  pool {processes}: {len(work)} analyses (all five photos) in {wall:.1f} s: {len(work) / wall:.1f}/s, "
                f"mean CPU {cpu:.3f} s per analysis ({1 / cpu:.1f}/s per fully used core)")
    demand = args.takers / CAPTURE_EVERY
    log(f"  demand at {args.takers} takers (a photo every {CAPTURE_EVERY:.0f} s): {demand:.0f} analyses/s")


# ================================================================== main

async def prepare(args) -> None:
    from core.cli import migrate

    await migrate()
    s = get_settings()
    await db.init_db(s.database_url)
    cache.set_client(cache.make_client(s.redis_url))
    t = time.perf_counter()
    added = await load(args.takers, args.questions)
    if added:
        log(f"loaded {added} takers ({args.questions} questions per paper) in {time.perf_counter() - t:.1f} s")
    else:
        log(f"reusing the loaded takers ({await ExamSession.all().count()} sessions)")
    await reset()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=["a", "b", "c"], action="append", help="run only these parts")
    ap.add_argument("--workers", type=int, default=2, help="server worker processes (production: 4 on bigger hosts)")
    ap.add_argument("--takers", type=int, default=10_000)
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--questions", type=int, default=100, help="questions per paper")
    ap.add_argument("--connections", type=int, default=32, help="(a) wrk connections")
    ap.add_argument("--seconds", type=int, default=30, help="(a) seconds per measured wrk run")
    ap.add_argument("--connections-b", type=int, default=256, help="(b) shared keep-alive connections")
    ap.add_argument("--no-captures", dest="captures", action="store_false", help="(b) phones upload no photos")
    ap.add_argument("--face-rounds", type=int, default=10, help="(c) analyses per photo and pool")
    args = ap.parse_args()
    parts = args.only or ["a", "b", "c"]
    s = get_settings()
    log(f"load average at start: {Path('/proc/loadavg').read_text().split()[:3]} on {os.cpu_count()} cores")
    if "a" in parts or "b" in parts:
        if s.redis_is_memory or db.dialect_of(s.database_url) != "mysql":
            sys.exit("(a) and (b) need MariaDB/MySQL (DATABASE_URL) and a real Redis (REDIS_URL)")
        await prepare(args)
        with tempfile.TemporaryDirectory(prefix="huiyi-bench-exam-") as tmpdir:
            tmp = Path(tmpdir)
            server = start_server(args.workers, tmp)
            try:
                if "a" in parts:
                    await bench_save_vs_bare(args, server, tmp)
                    await reset()
                if "b" in parts:
                    await bench_takers(args, server, tmp)
            finally:
                server.stop()
                errors = [ln for ln in (tmp / "server.log").read_text().splitlines() if '"level": "ERROR"' in ln]
                log(f"server log: {len(errors)} ERROR lines" + (f"; first: {errors[0][:300]}" if errors else ""))
        await db.close_db()
    if "c" in parts:
        bench_face(args)
    log(f"load average at end: {Path('/proc/loadavg').read_text().split()[:3]}")


if __name__ == "__main__":
    try:
        import uvloop
    except ImportError:
        asyncio.run(main())
    else:
        uvloop.run(main())
