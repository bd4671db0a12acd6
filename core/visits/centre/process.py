"""A centre process: the sub-centres (runner), the pollers and, with AMQP_URL, the AMQP consumers.

Why together: they are the event centre's moving parts and all scale the same way, by running
more processes (`python -m core.cli visit-centre`; in production a service of its own in
docker-compose.yml). On the embedded Redis (`memory://`, `make run`) the server runs this as a
task, as it runs the event consumers there.
"""
from __future__ import annotations

import asyncio
import logging

from core.settings import get_settings
from core.visits.centre.amqp import AmqpConsumers
from core.visits.centre.poller import run_pollers
from core.visits.centre.runner import ApplyFn, Centre

log = logging.getLogger("huiyi.visits.centre")


async def run(*, apply: ApplyFn | None = None, block: bool = True, transports: bool = True,
              centre: Centre | None = None) -> None:
    """Until cancelled (leases released on the way out)."""
    centre = centre or Centre(apply=apply, block=block)
    loops = [centre.run()]
    if transports:
        loops.append(run_pollers())
        if get_settings().amqp_url:
            loops.append(AmqpConsumers().run())
    log.info("visit centre %s started (%d partitions at most)", centre.name, centre.partitions)
    tasks = [asyncio.create_task(loop) for loop in loops]
    try:
        await asyncio.gather(*tasks)
    finally:
        # A cancelled gather does not wait for its tasks: wait here, so that the leases are
        # released (and the broker's connection closed) before the process goes.
        for task in tasks:
            task.cancel()
        await asyncio.wait(tasks, timeout=15)
        await centre.stop()
