"""Taking the exam while its processes fail: the arq worker killed while an
auto-submit is due, Redis stopped (and hung) mid-exam, a server worker killed
mid-save. Real processes throughout: the app is served by `sanic` as in
production, jobs run in `python -m core.cli worker`, and each test starts its
own redis-server on a free port (installed wherever the suite runs; .ci/run
installs it), because it stops that server or reads its queue.

What must hold: no acknowledged save is lost (the database has every one, at
its newest sequence), every failure answers in the one error model (503
service.unavailable, never a 500), the taker can resume, and a session past
its deadline is submitted exactly once, with its score in the assessment.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import redis as redis_sync
from arq.jobs import deserialize_job

from core.accounts import tokens
from core.assessment.models import Enrolment
from core.audit.models import AuditLog
from core.db import utcnow
from core.exam.models import Answer, ExamSession
from tests.exam.test_service import _taker
from tests.live_server import Server, free_port, stop_process

MP = "/api/mp/v1/exam"
PHONE, TABLET = "phone-rel-0001", "tablet-rel-0002"
QUEUE = "arq:queue"


class RedisServer:
    """A private redis-server without persistence: a restart loses what it held."""

    def __init__(self, tmp: Path):
        self.port, self.log = free_port(), tmp / "redis.log"
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no"], stdout=open(self.log, "a"), stderr=subprocess.STDOUT)
        client = redis_sync.Redis.from_url(self.url, socket_timeout=1)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis_sync.ConnectionError:
                time.sleep(0.05)
        pytest.fail("redis-server did not start: " + self.log.read_text()[-2000:])

    def stop(self) -> None:
        if self.proc and not stop_process(self.proc, timeout=10):
            self.proc.kill()

    def client(self) -> redis_sync.Redis:
        return redis_sync.Redis.from_url(self.url, socket_timeout=2)


class Worker:
    """`python -m core.cli worker`, as docker-compose runs it."""

    def __init__(self, env: dict, log: Path):
        self.env, self.log, self.proc = env, log, None

    def start(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "core.cli", "worker"], env={**os.environ, **self.env},
                                     stdout=open(self.log, "a"), stderr=subprocess.STDOUT)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and not stop_process(self.proc, timeout=10):
            self.kill()


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def env(settings, redis_server):
    """The served processes share the suite's database and the private Redis."""
    return {"DATABASE_URL": settings.database_url, "REDIS_URL": redis_server.url, "HUIYI_ENV": "test",
            "STORAGE_DIR": str(settings.storage_dir), "LOG_LEVEL": "WARNING"}


@pytest.fixture
def serve(env, tmp_path):
    started: list[Server] = []

    def run(workers: int | None = None) -> Server:
        server = Server(env, tmp_path / "server.log", workers=workers)
        server.start()
        started.append(server)
        return server

    yield run
    for server in started:
        server.stop()


class Taker:
    """The phone: numbered saves, every acknowledgement remembered, retries of what was not acknowledged."""

    def __init__(self, base: str, me, paper, device: str = PHONE, family: str | None = None):
        # A token as wx-login issues it: with a family, so every request also asks Redis whether it was revoked.
        token, _, _ = tokens.encode(sub=me.id, typ="access", seconds=900, fam=family)
        self.base, self.paper, self.device = base, paper, device
        self.headers = {"Authorization": "Bearer " + token}
        self.questions = [i["q"] for i in paper.items]
        self.session_id: int | None = None
        self.seq = 0
        self.acked: dict[int, tuple[int, list[str]]] = {}  # question -> newest acknowledged (seq, answer)
        self.statuses: list[int] = []

    def start(self, device: str | None = None) -> dict:
        self.device = device or self.device
        r = httpx.post(f"{self.base}{MP}/papers/{self.paper.id}/start", headers=self.headers,
                       json={"device_id": self.device}, timeout=10)
        assert r.status_code == 200, r.text
        self.session_id = r.json()["session_id"]
        return r.json()

    def send(self, question: int, answer: list[str], seq: int, client: httpx.Client | None = None) -> httpx.Response:
        r = (client or httpx).put(f"{self.base}{MP}/sessions/{self.session_id}/answers/{question}",
                                  headers=self.headers, json={"device_id": self.device, "answer": answer, "seq": seq},
                                  timeout=10)
        self.answered(question, answer, seq, r)
        return r

    def answered(self, question: int, answer: list[str], seq: int, r: httpx.Response) -> None:
        self.statuses.append(r.status_code)
        if r.status_code == 200:
            assert r.json()["seq"] >= seq  # the server holds this save or a newer one
            if seq > self.acked.get(question, (0, None))[0]:
                self.acked[question] = (seq, answer)

    def save(self, question: int, answer: list[str]) -> httpx.Response:
        self.seq += 1
        return self.send(question, answer, self.seq)

    async def check_database(self) -> None:
        """Every acknowledged save is stored at its sequence (nothing newer was sent unacknowledged here)."""
        rows = {a.question_id: (a.seq, a.answer) for a in await Answer.filter(session_id=self.session_id)}
        assert self.acked, "nothing was acknowledged"
        for question, (seq, answer) in self.acked.items():
            assert rows.get(question) == (seq, answer), (question, rows.get(question), seq, answer)


def error_model(r: httpx.Response, status: int, code: str) -> None:
    body = r.json()
    assert (r.status_code, body["code"]) == (status, code), r.text
    assert body["message"] and body["request_id"] == r.headers["x-request-id"]


async def _ready(me, paper, server: Server, family: str | None = None) -> Taker:
    taker = Taker(server.base, me, paper, family=family)
    taker.start()
    await ExamSession.filter(id=taker.session_id).update(verified=True)  # the face check has its own tests
    return taker


async def _wait_submitted(session_id: int, seconds: float = 30) -> ExamSession:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        session = await ExamSession.get(id=session_id)
        if session.submitted_at is not None:
            return session
        await asyncio.sleep(0.2)
    pytest.fail(f"session {session_id} was not submitted within {seconds} s")


# ================================================================== the arq worker

@pytest.mark.parametrize("job", ["queued", "running", "lost"])
async def test_worker_killed_while_auto_submit_is_due(job, serve, env, redis_server, tmp_path):
    """queued: the job waits in Redis for the restarted worker. running: the killed worker had
    taken it (its in-progress marker blocks a rerun for minutes). lost: Redis lost its queue.
    In each case the restarted worker submits the session exactly once: the job, or the
    sweeper that runs when a worker starts."""
    me, paper, _, enrolment = await _taker()
    worker = Worker(env, tmp_path / "worker.log")
    worker.start()
    try:
        taker = await _ready(me, paper, serve())
        a1 = [i["q"] for i in paper.items if i["qtype"] == "A1"]
        assert taker.save(a1[0], ["A"]).status_code == 200
        assert taker.save(a1[0], ["B"]).status_code == 200  # changed to the right answer: 1 of 8 points
        assert taker.save(a1[1], ["C"]).status_code == 200
        r = redis_server.client()
        # A cron job (the minute's sweep) may share the queue at a minute boundary: only
        # the exam's own job matters here.
        queued = [j for j in r.zrange(QUEUE, 0, -1) if not j.startswith(b"cron:")]
        assert len(queued) == 1
        job_id = queued[0].decode()
        assert deserialize_job(r.get(f"arq:job:{job_id}")).function == "auto_submit"

        worker.kill()  # mid-exam
        # The deadline passes while no worker runs.
        await ExamSession.filter(id=taker.session_id).update(deadline=utcnow() - dt.timedelta(seconds=10))
        if job == "queued":
            r.zadd(QUEUE, {job_id: int(time.time() * 1000)})  # its time has come
        elif job == "running":
            r.zadd(QUEUE, {job_id: int(time.time() * 1000)})
            r.set(f"arq:in-progress:{job_id}", "1", px=300_000)  # what the killed worker left behind
        else:
            r.delete(QUEUE, f"arq:job:{job_id}")
        late = taker.save(a1[2], ["B"])  # past the deadline: refused, nothing stored
        error_model(late, 409, "exam.session_closed")
        assert (await ExamSession.get(id=taker.session_id)).submitted_at is None

        worker.start()
        session = await _wait_submitted(taker.session_id)
        assert (session.submitted_by, session.score, session.passed) == ("deadline", 12.5, False)
        await asyncio.sleep(1.5)  # let a racing job or sweep finish: it must change nothing
        await taker.check_database()
        assert not await Answer.filter(session_id=taker.session_id, question_id=a1[2]).exists()
        assert await AuditLog.filter(action="exam.submit", target_id=str(taker.session_id)).count() == 1
        assert await AuditLog.filter(action="scores.from_exam", target_id=str(enrolment.id)).count() == 1
        assert (await Enrolment.get(id=enrolment.id)).exam_score == 12.5

        # The taker comes back: the screen shows the submitted exam with its answers.
        view = taker.start()
        assert view["submitted"] is True and view["score"] == 12.5
        shown = {i["question_id"]: (i["seq"], i["answer"]) for i in view["items"]}
        assert all(shown[q] == acked for q, acked in taker.acked.items())
    finally:
        worker.stop()


async def test_worker_keeps_running_when_redis_restarts(env, redis_server, tmp_path):
    """Redis goes away under a running worker and comes back empty: the same worker
    process reconnects (with backoff) and runs a job enqueued after the restart."""
    from arq import create_pool
    from arq.connections import RedisSettings

    from core.accounts.models import MpAccount, RefreshToken

    account = await MpAccount.create(openid="o-worker-restart")
    worker = Worker(env, tmp_path / "worker.log")
    worker.start()
    try:
        await _wait_for(lambda: redis_server.client().exists("arq:queue:health-check"), "the worker to start")
        redis_server.stop()
        await asyncio.sleep(4)  # several polls fail while Redis is away
        assert worker.proc.poll() is None, "the worker exited with Redis: " + worker.log.read_text()[-2000:]
        redis_server.start()  # same port, nothing kept

        token = await RefreshToken.create(jti="t-worker-restart", account=account, family="f",
                                          expires_at=utcnow() - dt.timedelta(days=3))
        pool = await create_pool(RedisSettings.from_dsn(redis_server.url))
        try:
            await pool.enqueue_job("purge_expired_refresh_tokens")
        finally:
            await pool.aclose()

        async def purged() -> bool:
            return not await RefreshToken.exists(jti=token.jti)

        await _wait_for(purged, "the job enqueued after the restart to run", seconds=40)
        assert worker.proc.poll() is None
        log = worker.log.read_text()
        assert "redis unavailable" in log.lower() and "redis is back" in log.lower(), log[-2000:]
    finally:
        worker.stop()


async def _wait_for(check, what: str, seconds: float = 30) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        await asyncio.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


# ================================================================== Redis

async def test_redis_restart_mid_exam_loses_no_acknowledged_save(serve, env, redis_server, tmp_path):
    me, paper, _, _ = await _taker()
    server = serve()
    taker = await _ready(me, paper, server, family="fam-reliability")
    qs = taker.questions[:4]  # the four single-choice questions
    for q in qs:
        assert taker.save(q, ["A"]).status_code == 200

    redis_server.stop()
    unacked = []
    with httpx.Client() as c:
        for q in qs:
            taker.seq += 1
            r = taker.send(q, ["B"], taker.seq, client=c)
            if r.status_code != 200:
                error_model(r, 503, "service.unavailable")
                assert r.headers.get("retry-after")
                unacked.append((q, ["B"], taker.seq))
        r = c.get(f"{server.base}{MP}/sessions/{taker.session_id}/card", headers=taker.headers)
        error_model(r, 503, "service.unavailable")
        ready = c.get(f"{server.base}/readyz")
        assert ready.status_code == 503 and ready.json()["details"]["redis"].startswith("down")
    assert 500 not in taker.statuses
    assert unacked, "with Redis down the token check cannot answer: saves wait for it"

    redis_server.start()  # same port, empty: the queued auto-submit is gone with it
    with httpx.Client() as c:
        for q, answer, seq in unacked:  # the phone resends what was not acknowledged
            assert taker.send(q, answer, seq, client=c).status_code == 200
        for q in qs:
            assert taker.save(q, ["C"]).status_code == 200
    assert set(taker.statuses) <= {200, 503}
    await taker.check_database()
    assert {a.answer[0] for a in await Answer.filter(session_id=taker.session_id)} == {"C"}

    # Resuming asks again for the auto-submit (the event exam.session_opened): the worker's
    # consumer group, created anew in the emptied Redis, puts it back in the queue.
    view = taker.start()
    assert [i["answer"] for i in view["items"][:4]] == [["C"]] * 4
    worker = Worker(env, tmp_path / "worker.log")
    worker.start()
    try:
        r = redis_server.client()
        await _wait_for(lambda: [j for j in r.zrange(QUEUE, 0, -1) if not j.startswith(b"cron:")],
                        "the auto-submit to be queued again")
        [job_id] = [j for j in r.zrange(QUEUE, 0, -1) if not j.startswith(b"cron:")]
        assert deserialize_job(r.get(b"arq:job:" + job_id)).function == "auto_submit"
    finally:
        worker.stop()


async def test_hung_redis_fails_saves_quickly_not_never(serve, redis_server):
    """A Redis that stops answering (stalled, or a network partition) must not hang the phone's save."""
    me, paper, _, _ = await _taker()
    taker = await _ready(me, paper, serve(), family="fam-hung")
    q = taker.questions[0]
    assert taker.save(q, ["A"]).status_code == 200
    redis_server.proc.send_signal(signal.SIGSTOP)
    try:
        began = time.monotonic()
        r = taker.save(q, ["B"])
        waited = time.monotonic() - began
        error_model(r, 503, "service.unavailable")
        assert waited < 8, waited
    finally:
        redis_server.proc.send_signal(signal.SIGCONT)
    assert taker.send(q, ["B"], taker.seq).status_code == 200
    await taker.check_database()


# ================================================================== the server

async def test_server_worker_killed_mid_save(serve, redis_server):
    """Two server workers; one is SIGKILLed while saves stream in. Requests it held fail
    at the connection (never acknowledged) and the phone resends them; the other worker
    goes on serving; every acknowledged save is stored and the exam resumes elsewhere."""
    me, paper, _, _ = await _taker()
    server = serve(workers=2)
    taker = await _ready(me, paper, server, family="fam-kill")
    victims = server.worker_pids()
    assert len(victims) == 2
    failures = 0

    async def stream(question: int, until: float) -> None:
        nonlocal failures
        async with httpx.AsyncClient(base_url=server.base, timeout=10) as c:
            while time.monotonic() < until:
                taker.seq += 1
                seq, answer = taker.seq, [["A"], ["B"], ["C"], ["D"]][taker.seq % 4]
                while True:  # until acknowledged, as the phone does
                    try:
                        r = await c.put(f"{MP}/sessions/{taker.session_id}/answers/{question}",
                                        headers=taker.headers,
                                        json={"device_id": taker.device, "answer": answer, "seq": seq})
                    except httpx.TransportError:
                        failures += 1
                        await asyncio.sleep(0.05)
                        continue
                    taker.answered(question, answer, seq, r)
                    assert r.status_code == 200, r.text
                    break

    async def kill_one() -> None:
        await asyncio.sleep(1.0)
        os.kill(victims[0], signal.SIGKILL)

    until = time.monotonic() + 3.0
    await asyncio.gather(kill_one(), *(stream(q, until) for q in taker.questions[:4]))
    stat = Path(f"/proc/{victims[0]}/stat")
    assert not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] == "Z"  # dead (a zombie at most)
    assert set(taker.statuses) == {200} and len(taker.statuses) > 20
    await taker.check_database()
    # The exam goes on from a tablet, with every answer there.
    view = taker.start(device=TABLET)
    shown = {i["question_id"]: (i["seq"], i["answer"]) for i in view["items"]}
    assert all(shown[q] == acked for q, acked in taker.acked.items())
    print(f"connection failures resent: {failures}")


async def test_a_killed_server_worker_is_replaced(serve, redis_server):
    """Sanic's manager only marks a dead worker FAILED; the supervisor in the main process
    (bff/workers.py) has it restarted. Both original workers are killed one after the
    other, so the saves acknowledged at the end were served by replacements."""
    me, paper, _, _ = await _taker()
    server = serve(workers=2)
    taker = await _ready(me, paper, server, family="fam-replace")
    first = server.worker_pids()
    assert len(first) == 2
    q = taker.questions[0]

    async def replaced(victim: int) -> list[int]:
        os.kill(victim, signal.SIGKILL)
        until = time.monotonic() + 60
        while time.monotonic() < until:
            pids = server.worker_pids()
            if len(pids) == 2 and victim not in pids:
                return pids
            await asyncio.sleep(0.2)
        pytest.fail("the killed worker was not replaced: " + server.log_path.read_text()[-3000:])

    after_one = await replaced(first[0])
    after_both = await replaced(first[1])
    assert not set(after_both) & set(first)
    with httpx.Client() as c:
        until = time.monotonic() + 60
        while True:  # the replacements may still be starting: the phone retries
            taker.seq += 1
            try:
                r = taker.send(q, ["B"], taker.seq, client=c)
            except httpx.TransportError:
                assert time.monotonic() < until, "no replacement worker answered"
                await asyncio.sleep(0.3)
                continue
            assert r.status_code == 200, r.text
            break
        until = time.monotonic() + 60
        while (ready := c.get(f"{server.base}/readyz").json())["workers"] != "2/2":
            assert time.monotonic() < until, ready  # both replacements acknowledge their start
            await asyncio.sleep(0.3)
    await taker.check_database()
    assert sorted(server.worker_pids()) == sorted(after_both)  # still two, and no more
    log = server.log_path.read_text()
    assert log.count("died with exit code -9; starting a new one") == 2
    assert set(after_one) & set(after_both)  # the first replacement lived on
