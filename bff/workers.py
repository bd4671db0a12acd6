"""Server workers that die are replaced, and slow starts are given time.

Why: with `--workers N` Sanic's manager starts N worker processes and watches
them only to mark the dead ones FAILED: a worker killed by the kernel (out of
memory), a segfault in a C extension or an operator's stray `kill` left the
server at N-1 processes for good, while /healthz and /readyz, answered by the
survivors, said all was well. sanic-ext's health monitor would restart them,
but with Sanic 25.12 enabling it makes the start fail ("Not all workers
acknowledged a successful startup"), so the main process runs this small
supervisor instead: a thread that looks at the server workers every second and
asks Sanic's own monitor loop to restart a dead one (the same message a
worker's `app.m.restart()` sends), so the restart happens where Sanic expects it.

A worker that dies before every worker has acknowledged its start is a failed start, not a
restart: Sanic's manager holds every message until all have acknowledged (and stops the server
when one never does), so the supervisor's request waits with the rest. /readyz reports
`workers` ("2/2") so that a deployment, and the tests, can tell a server still starting.

A worker that dies again and again (a bad deploy failing at start) is not
restarted more than MAX_RESTARTS times in RESTART_WINDOW seconds: it is logged
and left to the orchestrator, which sees the process count fall.

The acknowledgement: Sanic kills the whole server when a worker has not said
"started" within 30 s (a class constant, not a setting). A worker's start is
about 2.5 s of CPU (imports, the database pool, the audit head), so 30 s is
only missed when the machine is saturated (CI running on 2 shared cores, a
host under load at deploy time); killing the server then turns slowness into
an outage. WORKER_ACK_TIMEOUT (seconds, default 120) sets it.
"""
from __future__ import annotations

import collections
import logging
import threading
import time

log = logging.getLogger("huiyi.workers")

CHECK_EVERY = 1.0  # seconds
MAX_RESTARTS = 5
RESTART_WINDOW = 60.0  # seconds


def set_ack_timeout(seconds: float) -> None:
    """How long Sanic waits for a starting worker's acknowledgement (its class constants,
    in tenths of a second: the manager copies the process's at import)."""
    from sanic.worker.manager import WorkerManager
    from sanic.worker.process import WorkerProcess

    WorkerProcess.THRESHOLD = WorkerManager.THRESHOLD = int(seconds * 10)


def acknowledged(app) -> str | None:
    """`"<acknowledged>/<server workers>"` as Sanic's shared worker state says, or None when the
    app runs in a single process. A worker killed a moment ago may still count until the
    manager's next check (about a tenth of a second) marks it failed."""
    multiplexer = getattr(app, "multiplexer", None)
    if multiplexer is None:
        return None
    servers = [w for w in multiplexer.workers.values() if w.get("server")]
    return f"{sum(w.get('state') == 'ACKED' for w in servers)}/{len(servers)}"


def _started_states() -> tuple:
    from sanic.worker.process import ProcessState

    # Started (the manager does not always move its own copy of the state on to ACKED), or
    # marked dead by the monitor. Not: being restarted, starting, or stopped on purpose.
    return (ProcessState.STARTED, ProcessState.ACKED, ProcessState.FAILED, ProcessState.COMPLETED)


class Supervisor:
    def __init__(self, manager, *, check_every: float = CHECK_EVERY):
        self.manager, self.check_every = manager, check_every
        self.stopped = threading.Event()
        self.restarts: dict[str, collections.deque] = collections.defaultdict(collections.deque)
        self.asked: dict[str, int] = {}  # process name -> the dead pid a restart was asked for
        self.given_up: set[str] = set()
        self.thread = threading.Thread(target=self.run, name="huiyi-worker-supervisor", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopped.set()

    def run(self) -> None:
        log.info("worker supervisor started")
        while not self.stopped.wait(self.check_every):
            if self._shutting_down():
                return
            try:
                self.check()
            except Exception:  # the supervisor must outlive surprises in Sanic's internals
                log.exception("worker supervisor check failed")

    def check(self) -> None:
        _STARTED = _started_states()
        for process in list(self.manager.transient_processes):
            # A worker dying before its first acknowledgement also stops Sanic's start-up; the
            # restart limit below keeps such a worker from being restarted in a loop.
            if process.state not in _STARTED or process.is_alive():
                continue
            pid, name = process.pid, process.name
            if self.asked.get(name) == pid or name in self.given_up:
                continue  # already asked for, or left to the orchestrator
            now = time.monotonic()
            recent = self.restarts[name]
            while recent and recent[0] < now - RESTART_WINDOW:
                recent.popleft()
            if len(recent) >= MAX_RESTARTS:
                self.given_up.add(name)
                log.error("server worker %s keeps dying (%d restarts in %.0f s); not restarting it again",
                          name, len(recent), RESTART_WINDOW)
                continue
            recent.append(now)
            self.asked[name] = pid
            log.error("server worker %s (pid %s) died with exit code %s; starting a new one",
                      name, pid, process.exitcode)
            self.manager.monitor_publisher.send(name)  # handled by Sanic's monitor loop: a restart

    def _shutting_down(self) -> bool:
        return bool(getattr(self.manager, "_shutting_down", False))
