"""Process pools for the engines that hold the CPU (face analysis, ID card reading).

Why: dlib and ONNX Runtime keep the CPU (and much of the time the GIL) for a large part of a
second per photo; in a thread they would stall the event loop. Each engine gets its own pool,
made on first use, so a process only pays for the models it uses.
"""
from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


class SpawnedPool:
    """A process pool created on first use and replaced when a worker died.

    Spawned, not forked: a fork of the server would copy its event loop, database
    connections and threads into the child.
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def get(self, processes: int = 1) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=max(1, processes),
                                                 mp_context=multiprocessing.get_context("spawn"))
            return self._pool

    def reset(self) -> None:
        """Drop a broken pool (a worker died); the next `get` starts a new one."""
        with self._lock:
            old, self._pool = self._pool, None
        if old is not None:
            old.shutdown(wait=False, cancel_futures=True)
