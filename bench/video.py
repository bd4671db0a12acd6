"""Video figures (issue 12, Performance): media forwarding per provider, the call's first frame,
and the waiting room's live positions.

(a) CPU per forwarded video stream and streams per core, `janus` and `builtin` side by side, at
    1280x720 and 640x360. For each provider and size: a room opened through core/rooms (open_room,
    admit, join), one aiortc publisher (its own process) sending a moving picture (the test face
    photo panned and zoomed frame by frame: a still image compresses to nothing) at --fps, and N
    subscribers (--subscribers, in one separate process that decodes what it receives). The media
    server's CPU (utime + stime of its process, /proc/<pid>/stat) over a steady --window, minus
    the window with the publisher alone (N = 0), over N: CPU % of one core per forwarded stream;
    streams per core = 100 / that. Received fps and kbps per subscriber show a saturated run.
    Janus is Debian's /usr/bin/janus configured by core/rooms/janus_config.py; builtin is
    `python -m realtime.media_server`.
(b) Call -> the patient's first decoded frame. A served app (`sanic`, --workers) with its
    realtime gateway, Janus (and builtin) and video orders checked in; per call the doctor
    calls (core.consult.video.call, in this process) and, from its return: the doctor's client
    (its own process) joins and publishes; the patient's client (another process) hears the
    call on `waiting:<order id>` over the gateway, answers and joins over HTTP
    (/api/mp/v1/...), waits for the doctor's feed, subscribes and decodes: time to the first
    decoded frame of the doctor's video, median and p95 over --calls calls.
(c) Waiting-room position updates the gateway sustains: --patients patient sockets (each its own
    account and video order, subscribed to `waiting:<order id>` on the served app) spread over
    --doctors doctors' queues; every doctor's queue moved again and again through the services
    (call the next, the call missed: back in the queue; one patient leaves, another checks in),
    each move pushing every queued patient's new position. Position updates delivered per
    second at the sockets and their latency (from the relay after the move's commit to the
    socket) p50/p99, with the CPU of the app, MariaDB, Redis and this load generator.

The machine's load (load average, busy CPU share while measuring) is printed with the figures:
on a shared machine they move with it.

    mysql -uroot -e "CREATE DATABASE IF NOT EXISTS huiyi_bench_video CHARACTER SET utf8mb4"
    DATABASE_URL=mysql://root:@127.0.0.1:3306/huiyi_bench_video REDIS_URL=redis://127.0.0.1:6379/14 \\
        .venv/bin/python bench/video.py [--only a|b|c] [--sizes 1280x720 640x360] [--subscribers 1 2 4]
        [--window 10] [--fps 15] [--calls 10] [--patients 400] [--doctors 8] [--seconds 20]

The database and the Redis database must be the bench's own (it migrates, creates organisations,
doctors, accounts and orders). Nothing is asserted; figures are printed for the issue note.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The repository first: bench/realtime.py must not shadow the `realtime` package.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

PHOTO = ROOT / "tests" / "fixtures" / "faces" / "grace_hopper.jpg"  # a data file, the face of the media tests
JANUS_BIN = "/usr/bin/janus"


def log(*parts: Any) -> None:
    print(*parts, flush=True)


def pct(samples: list[float], p: float) -> float:
    if not samples:
        return float("nan")
    s = sorted(samples)
    return s[min(len(s) - 1, int(p / 100 * len(s)))]


def proc_cpu(pid: int) -> float:
    """CPU seconds (user + system, all threads) of a process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy() -> tuple[float, float]:
    """(busy, total) jiffies of the whole machine (/proc/stat)."""
    v = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = v[3] + v[4]
    return sum(v) - idle, sum(v)


class Load:
    """The machine's load over a stretch: busy share of all cores and the load average."""

    def __enter__(self) -> "Load":
        self.before = machine_busy()
        return self

    def __exit__(self, *exc: Any) -> None:
        after = machine_busy()
        self.busy = (after[0] - self.before[0]) / max(1, after[1] - self.before[1])
        self.loadavg = os.getloadavg()[0]

    def text(self) -> str:
        return f"machine {self.busy * 100:.0f}% busy of {os.cpu_count()} cores, load {self.loadavg:.1f}"


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_udp_range(size: int) -> tuple[int, int]:
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


def wait_http(url: str, proc: subprocess.Popen, log_path: Path, timeout: float = 30) -> None:
    import httpx

    until = time.monotonic() + timeout
    while time.monotonic() < until and proc.poll() is None:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer: {log_path.read_text(errors='replace')[-2000:]}")


def stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


# ================================================================== media servers


@dataclasses.dataclass
class MediaServer:
    name: str
    proc: subprocess.Popen
    settings: dict  # Settings fields pointing the provider at it
    env: dict  # the same as environment variables (for a served app)

    @property
    def pid(self) -> int:
        return self.proc.pid


def start_janus(folder: Path) -> MediaServer:
    """Debian's Janus with the files a deployment renders (core/rooms/janus_config.py), on free
    loopback ports, without the event handler (nothing here needs the kicks)."""
    from core.rooms import janus_config

    if not Path(JANUS_BIN).exists():
        raise RuntimeError(f"{JANUS_BIN} missing: apt-get install janus")
    folder.mkdir(parents=True, exist_ok=True)
    http_port, ws_port = free_port(), free_port()
    files = janus_config.JanusFiles(
        api_secret=secrets.token_urlsafe(16), token_secret=secrets.token_urlsafe(16),
        admin_secret=secrets.token_urlsafe(16), admin_key=secrets.token_urlsafe(16),
        http_ip="127.0.0.1", http_port=http_port, ws_ip="127.0.0.1", ws_port=ws_port, admin_port=0,
        rtp_ports=free_udp_range(400), ice_enforce_list="lo", configs_folder=str(folder), server_name="huiyi-bench")
    for name, text in janus_config.render_janus(files).items():
        (folder / name).write_text(text)
    log_path = folder / "janus.log"
    with open(log_path, "wb") as out:
        proc = subprocess.Popen([JANUS_BIN, "-F", str(folder), "-C", str(folder / "janus.jcfg"), "--disable-colors"],
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{http_port}/janus"
    wait_http(url + "/info", proc, log_path)
    until = time.monotonic() + 15
    while True:
        try:
            socket.create_connection(("127.0.0.1", ws_port), 1).close()
            break
        except OSError:
            if time.monotonic() > until:
                stop(proc)
                raise RuntimeError("janus's websocket transport did not listen")
            time.sleep(0.2)
    settings = dict(janus_url=url, janus_public_url=f"ws://127.0.0.1:{ws_port}", janus_api_secret=files.api_secret,
                    janus_token_secret=files.token_secret, janus_admin_key=files.admin_key,
                    janus_admin_secret=files.admin_secret)
    env = {"JANUS_URL": url, "JANUS_PUBLIC_URL": settings["janus_public_url"], "JANUS_API_SECRET": files.api_secret,
           "JANUS_TOKEN_SECRET": files.token_secret, "JANUS_ADMIN_KEY": files.admin_key,
           "JANUS_ADMIN_SECRET": files.admin_secret}
    return MediaServer("janus", proc, settings, env)


def start_builtin(folder: Path) -> MediaServer:
    """The builtin aiortc media process, as `make run` starts it."""
    folder.mkdir(parents=True, exist_ok=True)
    port, secret = free_port(), secrets.token_urlsafe(24)
    log_path = folder / "media.log"
    env = {"BUILTIN_MEDIA_URL": f"http://127.0.0.1:{port}", "BUILTIN_MEDIA_SECRET": secret}
    with open(log_path, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "realtime.media_server", "--port", str(port)], cwd=ROOT,
                                env={**os.environ, **env, "LOG_LEVEL": "WARNING"}, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    wait_http(env["BUILTIN_MEDIA_URL"] + "/healthz", proc, log_path)
    return MediaServer("builtin", proc, dict(builtin_media_url=env["BUILTIN_MEDIA_URL"], builtin_media_secret=secret),
                       env)


def use_provider(server: MediaServer) -> None:
    """This process's settings point core/rooms at `server` (its provider for new rooms)."""
    from core.rooms import providers
    from core.settings import get_settings, set_settings

    set_settings(dataclasses.replace(get_settings(), video_provider=server.name, **server.settings))
    providers.reset()


# ================================================================== the moving picture


def write_moving_y4m(out: Path, size: tuple[int, int], fps: int, seconds: float = 4.0) -> Path:
    """The face photo, zoomed in and panned a little further each frame, there and back (a loop
    without a jump): content that changes every frame, as a camera's does."""
    from PIL import Image

    w, h = size
    img = Image.open(PHOTO).convert("RGB")
    # Cover the frame with room to move: 1.3 times the frame in both directions.
    scale = max(w * 1.3 / img.width, h * 1.3 / img.height)
    big = img.resize((int(img.width * scale), int(img.height * scale)), Image.Resampling.BILINEAR)
    half = max(2, int(fps * seconds / 2))
    path = [i / (half - 1) for i in range(half)]
    path += path[::-1]
    with open(out, "wb") as f:
        f.write(f"YUV4MPEG2 W{w} H{h} F{fps}:1 Ip A1:1 C420jpeg\n".encode())
        for t in path:
            zoom = 1.0 + 0.15 * t  # the window narrows while it moves: a zoom and a pan
            cw, ch = int(w * 1.25 / zoom), int(h * 1.25 / zoom)
            x = int((big.width - cw) * t)
            y = int((big.height - ch) * (0.5 + 0.5 * t) / 1.5)
            frame = big.crop((x, y, x + cw, y + ch)).resize((w, h), Image.Resampling.BILINEAR)
            yy, cb, cr = frame.convert("YCbCr").split()
            cb = cb.resize((w // 2, h // 2), Image.Resampling.BOX)
            cr = cr.resize((w // 2, h // 2), Image.Resampling.BOX)
            f.write(b"FRAME\n" + yy.tobytes() + cb.tobytes() + cr.tobytes())
    return out


# ================================================================== client processes (roles)
# `python bench/video.py --role publisher|subscribers|patient`: one JSON object on stdin, JSON lines
# on stdout. They import the media clients only (no database).


def emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


async def read_line() -> str:
    return await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)


async def _pc_bytes(pcs: list) -> int:
    from aiortc.stats import RTCTransportStats

    total = 0
    for pc in pcs:
        with contextlib.suppress(Exception):
            report = await pc.getStats()
            total += sum(s.bytesReceived for s in report.values() if isinstance(s, RTCTransportStats))
    return total


class Client:
    """One participant's media client, janus or builtin, from its join credentials."""

    def __init__(self, creds: dict):
        from realtime.builtin_peer import BuiltinPeer
        from realtime.janus_peer import JanusPeer

        self.provider = creds["media"]["provider"] if "media" in creds else creds["provider"]
        self.peer = JanusPeer(creds, keep_frames=1) if self.provider == "janus" else BuiltinPeer(creds)
        self.sub = None
        self.target: Any = None

    async def publish(self, y4m: str) -> None:
        from realtime.builtin_peer import LoopedVideoTrack

        track = LoopedVideoTrack(y4m)
        if self.provider == "janus":
            await self.peer.join()
            await self.peer.publish(tracks=[track])
        else:
            await self.peer.publish(tracks=[track])

    async def subscribe(self, target: Any, *, timeout: float = 30.0) -> None:
        """Receive `target`'s video (a Janus feed id, or a builtin peer id), waiting for it to publish."""
        from realtime.builtin_peer import MediaRefused

        self.target = target
        until = time.monotonic() + timeout
        if self.provider == "janus":
            if self.peer.publisher is None:
                await self.peer.join()
            await self.peer.wait_for(lambda: int(target) in self.peer.publishers, timeout=timeout)
            await self.peer.subscribe(int(target), timeout=timeout)
            return
        while True:
            try:
                self.sub = await self.peer.subscribe(str(target), audio=False, video=True, keep=1)
                return
            except MediaRefused as exc:
                if exc.error != "not_publishing" or time.monotonic() > until:
                    raise
                await asyncio.sleep(0.05)

    async def find_publisher(self, timeout: float = 30.0) -> Any:
        """The first other member publishing (the doctor, for the patient)."""
        until = time.monotonic() + timeout
        if self.provider == "janus":
            if self.peer.publisher is None:
                await self.peer.join()
            await self.peer.wait_for(lambda: any(f != self.peer.feed for f in self.peer.publishers), timeout=timeout)
            return next(f for f in self.peer.publishers if f != self.peer.feed)
        while True:
            for p in await self.peer.peers():
                if p["peer"] != self.peer.peer and p["publishing"]:
                    return p["peer"]
            if time.monotonic() > until:
                raise TimeoutError("nobody publishes")
            await asyncio.sleep(0.02)

    def frames(self) -> int:
        if self.provider == "janus":
            got = self.peer.received.get(int(self.target)) if self.target is not None else None
            return got.video_frames if got else 0
        return self.sub.received.get("video", 0) if self.sub else 0

    def pcs(self) -> list:
        if self.provider == "janus":
            return list(self.peer._pcs)
        return [self.sub.pc] if self.sub else []

    async def wait_frame(self, timeout: float = 30.0) -> None:
        until = time.monotonic() + timeout
        while self.frames() == 0:
            if time.monotonic() > until:
                raise TimeoutError("no video frame arrived")
            await asyncio.sleep(0.005)

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.peer.close(), 15)


async def role_publisher() -> None:
    job = json.loads(await read_line())
    client = Client(job["creds"])
    await client.publish(job["y4m"])
    emit({"ready": True, "t": time.time()})
    await read_line()  # until the bench closes stdin
    await client.close()


async def role_subscribers() -> None:
    job = json.loads(await read_line())
    clients = [Client(c) for c in job["creds"]]
    try:
        await asyncio.gather(*(c.subscribe(job["target"]) for c in clients))
        await asyncio.gather(*(c.wait_frame(40) for c in clients))
        emit({"ready": True})
    except Exception as exc:  # noqa: BLE001  told to the bench, which prints it
        emit({"ready": False, "error": f"{type(exc).__name__}: {exc}"})
    while (await read_line()).strip() == "count":
        emit({"t": time.monotonic(), "frames": [c.frames() for c in clients],
              "bytes": [await _pc_bytes(c.pcs()) for c in clients]})
    await asyncio.gather(*(c.close() for c in clients))


class Role:
    """A client process of this script, spoken to over its stdin and stdout."""

    def __init__(self, role: str, job: dict | None, log_path: Path):
        self.log = open(log_path, "ab")
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--role", role], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log,
                                     start_new_session=True, text=True, bufsize=1)
        if job is not None:
            self.send(job)

    def send(self, job: dict) -> None:
        """The process's job (it waits for it, started beforehand: a client already running)."""
        self.proc.stdin.write(json.dumps(job, default=str) + "\n")
        self.proc.stdin.flush()

    async def answer(self, timeout: float = 60) -> dict:
        line = await asyncio.wait_for(asyncio.get_running_loop().run_in_executor(None, self.proc.stdout.readline),
                                      timeout)
        if not line:
            raise RuntimeError(f"client process ended (exit {self.proc.poll()}); see {self.log.name}")
        return json.loads(line)

    async def ask(self, what: str, timeout: float = 30) -> dict:
        self.proc.stdin.write(what + "\n")
        self.proc.stdin.flush()
        return await self.answer(timeout)

    def cpu(self) -> float:
        return proc_cpu(self.proc.pid)

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.proc.stdin.close()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            stop(self.proc)
        self.log.close()


# ================================================================== (a) forwarding


async def bench_forwarding(args, tmp: Path, servers: dict[str, MediaServer]) -> None:
    from core.principal import Principal
    from core.rooms import service as rooms

    institution = await bench_institution()
    log(f"(a) one publisher ({args.fps} fps, the face photo panned and zoomed), N subscribers in one separate "
        f"process decoding; media server CPU over {args.window} s windows after {args.settle} s to settle; "
        f"CPU % = of one core")
    rows: list[dict] = []
    for size in args.sizes:
        w, h = (int(x) for x in size.split("x"))
        y4m = write_moving_y4m(tmp / f"moving-{size}.y4m", (w, h), args.fps)
        for name in args.providers:
            server = servers[name]
            use_provider(server)
            subject = secrets.randbelow(2**31)
            room = await rooms.open_room(subject_type="bench.video", subject_id=subject,
                                         institution_id=institution, description=f"bench {size}")
            most = max(args.subscribers)
            creds = []
            for n in range(most + 1):
                account = 10**9 + subject % 10**6 * 100 + n
                await rooms.admit(room=room, role="doctor" if n == 0 else "observer", account_type="admin",
                                  account_id=account, display=f"bench{n}", publish_audio=n == 0,
                                  publish_video=n == 0, subscribe=n > 0)
                creds.append(await rooms.join(actor=Principal(kind="admin", id=account), room_id=room.id))
            media = creds[0]["media"]
            target = media["feed"] if name == "janus" else media["peer"]
            publisher = Role("publisher", {"creds": creds[0], "y4m": str(y4m)}, tmp / f"publisher-{name}.log")
            try:
                await publisher.answer(60)
                await asyncio.sleep(args.settle)
                base = await measure(server, publisher, None, args.window)
                base.update(provider=name, size=size, n=0)
                rows.append(base)
                log_row(base, None, args.fps)
                for n in args.subscribers:
                    subs = Role("subscribers", {"creds": creds[1:n + 1], "target": target},
                                tmp / f"subscribers-{name}.log")
                    try:
                        ready = await subs.answer(90)
                        if not ready.get("ready"):
                            log(f"  {name} {size} N={n}: subscribers failed: {ready.get('error')}")
                            continue
                        await asyncio.sleep(args.settle)
                        r = await measure(server, publisher, subs, args.window)
                        r.update(provider=name, size=size, n=n)
                        rows.append(r)
                        log_row(r, base, args.fps)
                    finally:
                        subs.close()
                    await asyncio.sleep(1)
            finally:
                publisher.close()
                with contextlib.suppress(Exception):
                    await rooms.end(room=room, by="doctor")
    summary(rows, args)


async def measure(server: MediaServer, publisher: Role, subs: Role | None, window: float) -> dict:
    first = await subs.ask("count") if subs else None
    cpu0, pub0, sub0 = proc_cpu(server.pid), publisher.cpu(), subs.cpu() if subs else 0.0
    t0 = time.monotonic()
    with Load() as load:
        await asyncio.sleep(window)
    last = await subs.ask("count") if subs else None
    seconds = time.monotonic() - t0
    out = {"seconds": seconds, "server": (proc_cpu(server.pid) - cpu0) / seconds * 100,
           "publisher": (publisher.cpu() - pub0) / seconds * 100,
           "subscribers": ((subs.cpu() - sub0) / seconds * 100) if subs else 0.0, "load": load.text()}
    if first and last:
        dt_ = last["t"] - first["t"]
        fps = [(b - a) / dt_ for a, b in zip(first["frames"], last["frames"])]
        kbps = [(b - a) * 8 / 1000 / dt_ for a, b in zip(first["bytes"], last["bytes"])]
        out.update(fps_min=min(fps), fps_mean=sum(fps) / len(fps), kbps=sum(kbps) / len(kbps))
    return out


def per_stream(r: dict, base: dict, fps: int) -> float:
    """CPU % of one core per forwarded stream at `fps`, from the frames the subscribers actually got:
    a starved run (a loaded machine, a saturated server) forwards fewer frames and costs less CPU,
    so CPU per delivered frame x fps is what a full-rate stream costs."""
    frames = r.get("fps_mean", 0) * r["n"]
    return (r["server"] - base["server"]) / frames * fps if frames > 0 else float("nan")


def log_row(r: dict, base: dict | None, fps: int) -> None:
    head = f"  {r['provider']:<7} {r['size']:>9} N={r['n']}: server {r['server']:5.1f}%"
    if base is None:
        log(f"{head} (publisher alone; publisher process {r['publisher']:.0f}%)  [{r['load']}]")
        return
    raw = (r["server"] - base["server"]) / r["n"]
    log(f"{head} -> {raw:5.2f}% per stream ({per_stream(r, base, fps):5.2f}% per stream at {fps} fps from the frames "
        f"delivered)  recv fps min {r.get('fps_min', 0):4.1f} mean {r.get('fps_mean', 0):4.1f}, "
        f"{r.get('kbps', 0):5.0f} kbit/s per subscriber; subscribers' process {r['subscribers']:.0f}%, "
        f"publisher's {r['publisher']:.0f}%  [{r['load']}]")


def summary(rows: list[dict], args) -> None:
    """Per provider and size: the slope of the server's CPU over N (least squares, N = 0 included), and
    the CPU per delivered frame pooled over the runs with subscribers, at the nominal fps."""
    log(f"  summary, CPU % of one core per forwarded stream and streams per core (= 100 / that): 'slope' = "
        f"least-squares slope of the media server's CPU over N; 'per frame' = its CPU above the publisher-alone "
        f"window per frame delivered to the subscribers x {args.fps} fps (what a full-rate stream costs when a "
        f"loaded machine starves the run); 'short' = a subscriber got < 90% of the frames sent:")
    for size in args.sizes:
        for name in args.providers:
            mine = [r for r in rows if r["provider"] == name and r["size"] == size]
            base = next((r for r in mine if r["n"] == 0), None)
            subs = [r for r in mine if r["n"] > 0 and r.get("fps_mean")]
            if base is None or not subs:
                log(f"    {name:<7} {size:>9}: -")
                continue
            pts = [(r["n"], r["server"]) for r in mine]
            mx, my = sum(n for n, _ in pts) / len(pts), sum(c for _, c in pts) / len(pts)
            slope = sum((n - mx) * (c - my) for n, c in pts) / max(1e-9, sum((n - mx) ** 2 for n, _ in pts))
            frames = sum(r["fps_mean"] * r["n"] for r in subs)
            pooled = sum(r["server"] - base["server"] for r in subs) / frames * args.fps
            short = [r["n"] for r in subs if r.get("fps_min", 0) < 0.9 * args.fps]
            log(f"    {name:<7} {size:>9}: slope {slope:6.2f}% ({100 / slope if slope > 0 else float('inf'):6.1f} "
                f"streams/core); per frame {pooled:6.2f}% ({100 / pooled if pooled > 0 else float('inf'):6.1f} "
                f"streams/core)" + (f"; short at N = {', '.join(map(str, short))}" if short else ""))


async def bench_institution() -> int:
    """A hospital for the bench's rooms and orders (created once)."""
    from core.orgs.models import OrgKind, OrgNode
    from core.orgs import service as orgs_service

    node = await OrgNode.filter(name="慧医压测医院").first()
    if node is None:
        root = await OrgNode.filter(code="BENCHV").first() or await orgs_service.create_root(name="压测省卫健委",
                                                                                             code="BENCHV")
        node = await OrgNode.create(name="慧医压测医院", kind=OrgKind.MEDICAL, code="BENCHV-H", parent_id=root.id,
                                    level=root.level + 1)
        node.path = f"{root.path}{node.id}/"
        await node.save(update_fields=["path"])
    return node.id


# ================================================================== the waiting room's world

ALL_DAY = "morning=00:00-23:59:59,afternoon=00:00-23:59:59,evening=00:00-23:59:59"
# Tomorrow's slot, checked in from today: whenever the bench runs (even across China's midnight),
# its slot is bookable and open for check-in for the whole run.
SERVED_ENV = {"CONSULT_PERIODS": ALL_DAY, "CONSULT_CHECKIN_MINUTES": "1440"}


def consult_settings() -> None:
    from core.settings import get_settings

    s = get_settings()
    s.consult_periods, s.consult_checkin_minutes, s.consult_no_show_calls = ALL_DAY, 24 * 60, 1_000_000


@dataclasses.dataclass
class Patient:
    actor: Any
    token: str
    order_id: int


@dataclasses.dataclass
class Desk:
    doctor: Any
    actor: Any
    day: Any
    period: str
    patients: list  # Patient, the slot's orders (paid, waiting)


async def video_world(doctors: int, per_doctor: int, *, tag: str) -> list[Desk]:
    """`doctors` doctors of the bench hospital taking 视频问诊 with a workstation login and a slot
    tomorrow, each booked by `per_doctor` patients (own accounts, real-name, the informed consent
    accepted), ordered through core.consult and paid as the demo pays (no WeChat Pay here)."""
    import datetime as dt

    from core.accounts import passwords, tokens
    from core.accounts.models import AdminAccount, MpAccount
    from core.accounts.permissions import permissions_for
    from core.consult import patient as consult_patient
    from core.consult import service as consult_service
    from core.consult.schemas import OrderIn
    from core.db import utcnow
    from core.doctors import consent
    from core.doctors.models import Doctor, DoctorSchedule, DoctorService, DoctorSite
    from core.doctors.schemas import ConsentIn
    from core.family import patients as family_patients
    from core.family.errors import IdentityTaken
    from core.idcard import with_check_digit
    from core.localtime import local_date
    from core.orgs.models import OrgNode
    from core.payments import demo as payments_demo
    from core.principal import Principal
    from core.records.models import Department

    consult_settings()
    hospital = await OrgNode.get(id=await bench_institution())
    root = await OrgNode.get(code="BENCHV")
    password_hash = passwords.hash_password(secrets.token_urlsafe(12))
    if await consent.current() is None:
        admin = await AdminAccount.create(username=f"bench-v-{secrets.token_hex(4)}", org_id=root.id,
                                          roles=["commission_admin"], password_hash=password_hash,
                                          password_changed_at=utcnow(), display_name="压测")
        await consent.publish(actor=Principal(kind="admin", id=admin.id, name=admin.username, org_id=root.id,
                                              org_path=root.path, org_kind=root.kind.value,
                                              roles=("commission_admin",),
                                              permissions=permissions_for(["commission_admin"])),
                              data=ConsentIn(body="患者须知（压测）", fees="视频问诊 1 元/次"))
    version = (await consent.current()).version
    dept = await Department.create(institution_id=hospital.id, code=f"BV{secrets.token_hex(4)}", name="压测科",
                                   active=True)
    day = local_date(utcnow()) + dt.timedelta(days=1)
    desks: list[Desk] = []
    for i in range(doctors):
        account = await AdminAccount.create(username=f"bench-v-{tag}-{i}-{secrets.token_hex(3)}", org_id=hospital.id,
                                            roles=["doctor"], password_hash=password_hash,
                                            password_changed_at=utcnow(), display_name=f"压测医生{i}")
        doc = await Doctor.create(institution_id=hospital.id, name=f"压测{i}", title="chief", specialties="压测",
                                  introduction="压测医生", enabled=True, account_id=account.id)
        await DoctorSite.create(doctor_id=doc.id, department_id=dept.id, institution_id=hospital.id, primary=True,
                                sort=0)
        await DoctorService.create(doctor_id=doc.id, kind="video", price_fen=100, window_hours=48, enabled=True)
        await DoctorSchedule.create(doctor_id=doc.id, department_id=dept.id, institution_id=hospital.id,
                                           day=day, period="afternoon", capacity=30_000)
        actor = Principal(kind="admin", id=account.id, name=account.username, org_id=hospital.id,
                          org_path=hospital.path, org_kind=hospital.kind.value, roles=("doctor",),
                          permissions=permissions_for(["doctor"]))
        desks.append(Desk(doc, actor, day, "afternoon", []))

    async def one(desk: Desk, n: int) -> None:
        acct = await MpAccount.create(openid=f"bench-v-{secrets.token_hex(10)}")
        me = Principal(kind="mp", id=acct.id, name=f"mp:{acct.id}")
        for attempt in range(10):  # a random identity, drawn again when an earlier run holds it
            born = dt.date(1940, 1, 1) + dt.timedelta(days=secrets.randbelow(25000))
            region = ("420102", "420103", "420106", "420111", "110101", "310101", "440103", "510104")[n % 8]
            number = with_check_digit(f"{region}{born:%Y%m%d}{secrets.randbelow(1000):03d}")
            try:
                shown = await family_patients.set_identity(actor=me, name="压测患者", id_number=number,
                                                           phone=f"139{secrets.randbelow(10**8):08d}")
                break
            except IdentityTaken:
                if attempt == 9:
                    raise
        await consent.accept(actor=me, version=version)
        order = await consult_patient.place(actor=me, data=OrderIn(
            doctor_id=desk.doctor.id, kind="video", slot_id=slot_of[desk.doctor.id], patient_id=shown.id,
            symptoms="压测：咳嗽三天，夜间加重，想请医生视频看看", illness_duration="一周内"))
        await payments_demo.paid_without_gateway(
            actor=me, reference=consult_service.payment_reference(order.id), org_id=hospital.id, amount_fen=100,
            description="视频问诊（压测）")
        token, _, _ = tokens.encode(sub=acct.id, typ="access", seconds=3 * 3600,
                                    ep=await tokens.stamp_of(f"mp:{acct.id}"))
        desk.patients.append(Patient(me, token, order.id))

    slot_of = {d.doctor.id: (await DoctorSchedule.get(doctor_id=d.doctor.id)).id for d in desks}
    jobs = [(d, n) for n in range(per_doctor) for d in desks]
    sem = asyncio.Semaphore(16)

    async def limited(d: Desk, n: int) -> None:
        async with sem:
            await one(d, n)

    await asyncio.gather(*(limited(d, n) for d, n in jobs))
    for d in desks:
        d.patients.sort(key=lambda p: p.order_id)
    return desks


async def check_in(desk: Desk, patients: list) -> None:
    from core.consult import video

    for p in patients:
        await video.check_in(actor=p.actor, order_id=p.order_id)


class AppServer:
    """The served app as production runs it (`sanic bff.app:create_app --factory --workers N`), on a free port."""

    def __init__(self, tmp: Path, workers: int, env: dict):
        from core.settings import get_settings

        s = get_settings()
        self.workers, self.port = workers, free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / "server.log"
        env = {"DATABASE_URL": s.database_url, "REDIS_URL": s.redis_url, "STORAGE_DIR": str(tmp / "files"),
               "LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"), **env}
        with open(self.log_path, "ab") as out:
            self.proc = subprocess.Popen([str(Path(sys.executable).parent / "sanic"), "bff.app:create_app", "--factory",
                                          "--host", "127.0.0.1", "--port", str(self.port), "--workers", str(workers)],
                                         cwd=ROOT, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        import httpx

        until = time.monotonic() + 180
        while time.monotonic() < until and self.proc.poll() is None:
            with contextlib.suppress(httpx.HTTPError, ValueError):
                r = httpx.get(self.base + "/readyz", timeout=2)
                if r.status_code == 200 and r.json().get("workers") == f"{workers}/{workers}":
                    time.sleep(1)
                    return
            time.sleep(0.3)
        self.stop()
        raise RuntimeError("the app did not start: " + self.log_path.read_text(errors="replace")[-3000:])

    def worker_pids(self) -> list[int]:
        pids = []
        for pid in Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text().split():
            with contextlib.suppress(OSError):
                if b"SANIC_WORKER_NAME=Sanic-Server-" in Path(f"/proc/{pid}/environ").read_bytes():
                    pids.append(int(pid))
        return pids

    def stop(self) -> None:
        stop(self.proc)


def start_app(tmp: Path, workers: int, servers: dict[str, MediaServer]) -> AppServer:
    env = {**SERVED_ENV, "REALTIME_RATE": "1000"}
    for server in servers.values():
        env.update(server.env)
    return AppServer(tmp, workers, env)


# ================================================================== (b) call -> first frame


async def role_patient() -> None:
    """The patient's phone: on the socket, the call; then answer, join, subscribe, decode."""
    import httpx
    from websockets.asyncio.client import connect

    job = json.loads(await read_line())
    ws_url = job["base"].replace("http://", "ws://") + "/realtime/v1/ws"
    topic = f"waiting:{job['order_id']}"
    headers = {"Authorization": f"Bearer {job['token']}"}
    async with connect(ws_url, ping_interval=None, max_queue=None) as ws, \
            httpx.AsyncClient(base_url=job["base"], headers=headers, timeout=30) as http:
        await ws.send(json.dumps({"op": "auth", "token": job["token"]}))
        while json.loads(await ws.recv()).get("op") != "ready":
            pass
        await ws.send(json.dumps({"op": "subscribe", "topic": topic}))
        while json.loads(await ws.recv()).get("op") != "subscribed":
            pass
        emit({"ready": True})
        t: dict[str, float] = {}
        while True:
            frame = json.loads(await ws.recv())
            data = frame.get("data") or {}
            if frame.get("op") == "notice" and frame.get("topic") == topic and data.get("state") == "calling" \
                    and data.get("room_id"):
                t["notice"] = time.time()
                room_id = data["room_id"]
                break
        r = await http.post(f"/api/mp/v1/consult/orders/{job['order_id']}/answer", json={})
        r.raise_for_status()
        t["answered"] = time.time()
        r = await http.post(f"/api/mp/v1/rooms/{room_id}/join", json={})
        r.raise_for_status()
        creds = r.json()
        t["joined"] = time.time()
        client = Client(creds)
        try:
            target = await client.find_publisher(timeout=30)
            t["publisher_seen"] = time.time()
            await client.subscribe(target)
            t["subscribed"] = time.time()
            await client.wait_frame(30)
            t["frame"] = time.time()
            emit({"times": t})
        except Exception as exc:  # noqa: BLE001  told to the bench
            emit({"times": t, "error": f"{type(exc).__name__}: {exc}"})
        await read_line()
        await client.close()


async def bench_calls(args, tmp: Path, servers: dict[str, MediaServer], app) -> None:
    from core.consult import video
    from core.rooms import service as rooms
    from core.rooms.models import VideoRoom

    w, h = (int(x) for x in args.call_size.split("x"))
    y4m = write_moving_y4m(tmp / f"doctor-{args.call_size}.y4m", (w, h), args.fps)
    log(f"(b) call -> the patient's first decoded frame of the doctor's video ({args.call_size}, {args.fps} fps); "
        f"{args.calls} calls per provider; the served app with {args.workers} worker(s); times from the return "
        f"of core.consult.video.call")
    for name in args.providers:
        server = servers[name]
        use_provider(server)
        [desk] = await video_world(1, args.calls, tag=f"b{name}")
        await check_in(desk, desk.patients)
        stages: dict[str, list[float]] = {}
        failures = 0
        with Load() as load:
            for p in desk.patients:
                patient = Role("patient", {"base": app.base, "token": p.token, "order_id": p.order_id},
                               tmp / "patient.log")
                doctor = Role("publisher", None, tmp / "doctor.log")
                try:
                    await patient.answer(60)
                    await asyncio.sleep(0.5)  # both client processes idle, as phones and desks are
                    called = await video.call(actor=desk.actor, order_id=p.order_id)
                    t0 = time.time()
                    creds = await rooms.join(actor=desk.actor, room_id=called.room_id)
                    doctor.send({"creds": creds, "y4m": str(y4m)})
                    got = await patient.answer(60)
                    with contextlib.suppress(Exception):
                        got["times"]["doctor_publishing"] = (await doctor.answer(10))["t"]
                    if got.get("error"):
                        failures += 1
                        log(f"  {name}: call {p.order_id} failed: {got['error']} {got.get('times')}")
                    else:
                        for k, v in got["times"].items():
                            stages.setdefault(k, []).append((v - t0) * 1000)
                finally:
                    patient.close()
                    doctor.close()
                    with contextlib.suppress(Exception):
                        await video.hang_up(actor=desk.actor, order_id=p.order_id)
                    room = await VideoRoom.get_or_none(subject_type=video.SUBJECT, subject_id=p.order_id,
                                                       state="open")
                    if room is not None:
                        with contextlib.suppress(Exception):
                            await rooms.end(room=room, by="doctor")
        frames = stages.get("frame", [])
        log(f"  {name:<7} first frame after the call: median {pct(frames, 50):6.0f} ms  p95 {pct(frames, 95):6.0f} ms "
            f"(n={len(frames)}, failed {failures})  [{load.text()}]")
        log("          median per step since the call: " + ", ".join(
            f"{k} {pct(v, 50):.0f} ms" for k, v in stages.items()))


# ================================================================== (c) waiting-room updates


async def role_sockets() -> None:
    """The patients' phones of (c): one socket each on `waiting:<order id>`; what arrived, when."""
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    job = json.loads(await read_line())
    url = job["base"].replace("http://", "ws://") + "/realtime/v1/ws"
    arrivals: list = []
    sem = asyncio.Semaphore(50)
    sockets = []

    async def open_one(token: str, order_id: int) -> None:
        async with sem:
            for attempt in range(5):
                try:
                    ws = await connect(url, open_timeout=30, ping_interval=None, max_queue=None, compression=None)
                    break
                except OSError:
                    if attempt == 4:
                        raise
                    await asyncio.sleep(0.5)
            await ws.send(json.dumps({"op": "auth", "token": token}))
            while json.loads(await ws.recv()).get("op") != "ready":
                pass
            await ws.send(json.dumps({"op": "subscribe", "topic": f"waiting:{order_id}"}))
            while json.loads(await ws.recv()).get("op") != "subscribed":
                pass
            sockets.append(ws)

    async def read(ws) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for raw in ws:
                now = time.time()
                frame = json.loads(raw)
                if frame.get("op") == "notice":
                    arrivals.append((frame.get("event"), now))

    await asyncio.gather(*(open_one(t, o) for t, o in job["sockets"]))
    readers = [asyncio.create_task(read(ws)) for ws in sockets]
    emit({"ready": len(sockets)})
    while (await read_line()).strip() == "report":
        got, arrivals[:] = list(arrivals), []
        emit({"arrivals": got, "closed": sum(1 for t in readers if t.done())})
    for t in readers:
        t.cancel()
    for ws in sockets:
        with contextlib.suppress(Exception):
            await ws.close()


async def bench_waiting(args, tmp: Path, app) -> None:
    import datetime as dt

    from bench.realtime import pids_named
    from core.consult import video
    from core.consult.schemas import CallNextIn, CancelIn
    from core.db import utcnow
    from core.events import service as events
    from core.settings import get_settings

    per = max(2, args.patients // args.doctors)
    spare = max(1, per // 10)  # not checked in at the start: they check in while others leave
    log(f"(c) {args.doctors} doctors' queues x {per} patients ({per - spare} checked in, {spare} to check in "
        f"during the run), {args.doctors * per} patient sockets on `waiting:<order id>` (in one separate process); "
        f"the served app with {args.workers} worker(s); moves through core.consult.video in this process; "
        f"making the world ...")
    began = time.monotonic()
    desks = await video_world(args.doctors, per, tag="c")
    for d in desks:
        await check_in(d, d.patients[:per - spare])
    log(f"  world made in {time.monotonic() - began:.0f} s")
    relayed: dict[int, float] = {}

    def on_relayed(event) -> None:
        if event.name == "consult.video_queue" and event.topic and event.topic.startswith("waiting:"):
            relayed[event.id] = time.time()

    stop_listening = events.on_relayed(on_relayed)
    phones = Role("sockets", {"base": app.base, "sockets": [(p.token, p.order_id) for d in desks for p in d.patients]},
                  tmp / "sockets.log")
    opened = (await phones.answer(300))["ready"]
    call_late = dt.timedelta(seconds=get_settings().consult_call_seconds + 1)
    moves = [0]
    stop_at = [0.0]

    async def move_queue(d: Desk) -> None:
        waiting = list(d.patients[per - spare:])
        queued = list(d.patients[:per - spare])
        cycle = 0
        while time.monotonic() < stop_at[0]:
            called = await video.call_next(actor=d.actor, data=CallNextIn(day=d.day, period=d.period))
            await video.due(called.order.id, utcnow() + call_late)  # not answered: back in the queue
            moves[0] += 2
            cycle += 1
            if cycle % 2 == 0 and waiting:
                leaver = queued.pop(0)
                await video.leave(actor=leaver.actor, order_id=leaver.order_id, data=CancelIn(reason=""))
                newcomer = waiting.pop(0)
                await video.check_in(actor=newcomer.actor, order_id=newcomer.order_id)
                queued.append(newcomer)
                moves[0] += 2

    def cpu_now() -> dict[str, float]:
        import resource

        me = resource.getrusage(resource.RUSAGE_SELF)
        return {"app": sum(proc_cpu(p) for p in [app.proc.pid, *app.worker_pids()]),
                "mariadb": sum(proc_cpu(p) for p in pids_named("mariadbd")),
                "redis": sum(proc_cpu(p) for p in pids_named("redis-server")),
                "movers": me.ru_utime + me.ru_stime, "sockets": phones.cpu()}

    async def run(seconds: float) -> dict:
        relayed.clear()
        await phones.ask("report", 60)
        moves[0] = 0
        before, t0 = cpu_now(), time.monotonic()
        stop_at[0] = t0 + seconds
        with Load() as load:
            await asyncio.gather(*(move_queue(d) for d in desks))
            moving = time.monotonic() - t0
            await asyncio.sleep(2)  # the last updates on their way
        used = {k: v - before[k] for k, v in cpu_now().items()}
        arrivals = (await phones.ask("report", 120))["arrivals"]
        lat = [(at - relayed[eid]) * 1000 for eid, at in arrivals if eid in relayed]
        return {"moves": moves[0], "seconds": moving, "updates": len(arrivals), "sent": len(relayed), "lat": lat,
                "cpu": used, "load": load.text()}

    try:
        await run(2)  # warm-up (pools, statements, lazily imported modules)
        r = await run(args.seconds)
        report_moves(r, opened, per - spare)
        await gateway_alone(args, app, phones, [p.order_id for d in desks for p in d.patients], pids_named)
    finally:
        stop_listening()
        phones.close()


def report_moves(r: dict, opened: int, queued: int) -> None:
    lat, n, sec = r["lat"], r["updates"], r["seconds"]
    log(f"  {opened} sockets; {r['moves']} queue moves in {sec:.1f} s ({r['moves'] / sec:.1f}/s), each pushing the "
        f"positions of its queue (~{queued} patients): {r['sent']} position updates relayed, {n} delivered "
        f"({n / sec:.0f}/s); latency relay -> socket p50 {pct(lat, 50):.1f} ms  p99 {pct(lat, 99):.1f} ms  "
        f"max {max(lat, default=0):.1f} ms")
    u = r["cpu"]
    log(f"    CPU s: app {u['app']:.1f}, MariaDB {u['mariadb']:.1f}, Redis {u['redis']:.1f}, the moves (this process) "
        f"{u['movers']:.1f}, the sockets' process {u['sockets']:.1f}  [{r['load']}]")
    k = 1000 / max(1, n)
    log(f"    per 1000 updates delivered: app {u['app'] * k:.2f} s CPU (=> ~{n / max(u['app'], 1e-9):.0f} updates/s "
        f"per app core), MariaDB {u['mariadb'] * k:.2f} s, Redis {u['redis'] * k:.2f} s, moves {u['movers'] * k:.2f} s "
        f"({u['movers'] / max(1, r['moves']) * 1000:.0f} ms CPU per move), sockets {u['sockets'] * k:.2f} s")


async def gateway_alone(args, app, phones: Role, orders: list[int], pids_named) -> None:
    """The gateway without the domain: position updates shaped as queue.push's, published on Redis as
    the events' relay does (`PUBLISH topic:waiting:<id>`, the event's JSON) at offered rates spread
    over every socket's topic, then as fast as this process publishes: what the gateway itself sustains."""
    from core import cache

    redis = cache.redis()
    log(f"  the gateway alone: updates published on Redis as the relay does, round-robin over the {len(orders)} "
        f"topics, {args.gateway_seconds:.0f} s per rate")
    counter = [2**40 + secrets.randbelow(2**30)]

    def batch(n: int, at: str) -> list[tuple[int, str, str]]:
        out = []
        for _ in range(n):
            counter[0] += 1
            order_id = orders[counter[0] % len(orders)]
            payload = {"day": "2026-12-08", "period": "afternoon", "kind": "waiting", "order_id": order_id,
                       "state": "queued", "position": counter[0] % 50 + 1, "ahead": counter[0] % 50,
                       "wait_minutes": counter[0] % 50 * 10, "missed": 0, "pace_minutes": 10.0, "room_id": None}
            topic = f"waiting:{order_id}"
            out.append((counter[0], f"topic:{topic}", json.dumps(
                {"id": counter[0], "name": "consult.video_queue", "topic": topic, "payload": payload, "at": at})))
        return out

    for rate in [*args.gateway_rates, None]:
        await phones.ask("report", 60)
        sent: dict[int, float] = {}
        before = sum(proc_cpu(p) for p in [app.proc.pid, *app.worker_pids()])
        phones_before, me_before = phones.cpu(), proc_cpu(os.getpid())
        t0 = time.monotonic()
        with Load() as load:
            tick, n = 0.02, 0
            while time.monotonic() - t0 < args.gateway_seconds:
                due = int((time.monotonic() - t0) * rate) - n if rate else 200
                if due > 0:
                    items = batch(due, dt_now_iso())
                    pipe = redis.pipeline(transaction=False)
                    for _, channel, text in items:
                        pipe.publish(channel, text)
                    now = time.time()
                    await pipe.execute()
                    for eid, _, _ in items:
                        sent[eid] = now
                    n += due
                await asyncio.sleep(tick if rate else 0.005)
            offered_for = time.monotonic() - t0
            await asyncio.sleep(2)
        app_cpu = sum(proc_cpu(p) for p in [app.proc.pid, *app.worker_pids()]) - before
        phones_cpu, me_cpu = phones.cpu() - phones_before, proc_cpu(os.getpid()) - me_before
        got = await phones.ask("report", 120)
        lat = [(at - sent[eid]) * 1000 for eid, at in got["arrivals"] if eid in sent]
        label = f"offered {rate:5d}/s" if rate else "as fast as published"
        log(f"    {label:<21} published {n / offered_for:6.0f}/s, delivered {len(lat) / offered_for:6.0f}/s "
            f"({len(lat)} of {n}), latency p50 {pct(lat, 50):6.1f} ms  p99 {pct(lat, 99):7.1f} ms; app CPU "
            f"{app_cpu / offered_for * 100:3.0f}% of a core ({app_cpu / max(1, len(lat)) * 1e6:.0f} us per update); "
            f"sockets' process {phones_cpu / offered_for * 100:3.0f}%, publisher {me_cpu / offered_for * 100:3.0f}%; "
            f"sockets closed {got['closed']}  [{load.text()}]")


def dt_now_iso() -> str:
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc).isoformat()


async def bench_served(args, tmp: Path, servers: dict[str, MediaServer]) -> None:
    consult_settings()
    app = start_app(tmp, args.workers, servers)
    try:
        if args.only in (None, "b"):
            await bench_calls(args, tmp, servers, app)
        if args.only in (None, "c"):
            use_provider(servers["janus"])
            await bench_waiting(args, tmp, app)
    finally:
        app.stop()


# ================================================================== main


async def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--only", choices=["a", "b", "c"])
    p.add_argument("--role", choices=["publisher", "subscribers", "patient", "sockets"], help=argparse.SUPPRESS)
    p.add_argument("--providers", nargs="*", default=["janus", "builtin"], choices=["janus", "builtin"])
    p.add_argument("--sizes", nargs="*", default=["1280x720", "640x360"])
    p.add_argument("--subscribers", type=int, nargs="*", default=[1, 2, 4])
    p.add_argument("--fps", type=int, default=15)
    p.add_argument("--window", type=float, default=10.0, help="(a) seconds measured per run")
    p.add_argument("--settle", type=float, default=4.0, help="(a) seconds before measuring")
    p.add_argument("--calls", type=int, default=10, help="(b) calls per provider")
    p.add_argument("--call-size", default="640x360", help="(b) the doctor's camera")
    p.add_argument("--patients", type=int, default=300, help="(c) patient sockets")
    p.add_argument("--doctors", type=int, default=6, help="(c) queues the patients are spread over")
    p.add_argument("--seconds", type=float, default=20.0, help="(c) seconds of moves measured")
    p.add_argument("--gateway-rates", type=int, nargs="*", default=[1000, 2000, 4000],
                   help="(c) offered position updates per second for the gateway alone")
    p.add_argument("--gateway-seconds", type=float, default=8.0)
    p.add_argument("--workers", type=int, default=1, help="(b, c) server workers")
    args = p.parse_args()
    if args.role:
        await {"publisher": role_publisher, "subscribers": role_subscribers, "patient": role_patient,
               "sockets": role_sockets}[args.role]()
        return

    from tortoise import Tortoise

    from core import cache, db, wiring
    from core.cli import migrate
    from core.settings import get_settings

    s = get_settings()
    if s.redis_is_memory or db.dialect_of(s.database_url) != "mysql":
        sys.exit("run against MariaDB and a real Redis: DATABASE_URL=mysql://... REDIS_URL=redis://...")
    wiring.wire()
    await migrate()
    await db.init_db(s.database_url)
    cache.set_client(cache.make_client(s.redis_url))
    tmp = Path(tempfile.mkdtemp(prefix="bench-video-"))
    log(f"bench/video.py on {os.cpu_count()} cores, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
        f"at start; files in {tmp}")
    servers: dict[str, MediaServer] = {}
    began = time.monotonic()
    try:
        wanted = set(args.providers) if args.only in (None, "a") else {"janus"}
        if args.only in (None, "b"):
            wanted |= set(args.providers)
        if "janus" in wanted:
            servers["janus"] = start_janus(tmp / "janus")
        if "builtin" in wanted:
            servers["builtin"] = start_builtin(tmp / "builtin")
        if args.only in (None, "a"):
            await bench_forwarding(args, tmp, servers)
        if args.only in (None, "b", "c"):
            await bench_served(args, tmp, servers)
    finally:
        for server in servers.values():
            stop(server.proc)
        await cache.redis().aclose()
        await Tortoise.close_connections()
        log(f"done in {time.monotonic() - began:.0f} s; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    asyncio.run(main())
