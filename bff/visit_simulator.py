"""The demo HIS's visit simulator inside the server (`make run`: VISIT_SIMULATOR, on in development).

Why here: the simulator (core/his/simulator.py) sits beside core.visits and may not import it; the
server knows both, so it wires them: the institutions' steps from core.visits.steps, and each
institution's events delivered the way its connection takes them — RabbitMQ when AMQP_URL is
set and the connection is `amqp`, the demo HIS's change log for `poll` (the centre's poller reads
it), otherwise in-process to the event centre's intake (core.visits.centre.intake.submit, or
straight to apply_batch where no centre runs). The demo HIS's own events (bookings, check-ins)
take the same way.
"""
from __future__ import annotations

import logging
from typing import Any

from core.his import demo as demo_his
from core.his.simulator import AmqpSink, Simulator, routed_sink
from core.settings import Settings

log = logging.getLogger("huiyi.his.simulator")


async def _steps_of(institution_id: int) -> list[str]:
    from core.visits import steps

    return [s.code for s in sorted(await steps.config_of(institution_id), key=lambda s: s.position) if s.enabled]


def _submit() -> Any:
    """The centre's intake when it exists in this build, else the centre's apply itself."""
    try:
        from core.visits.centre import intake  # type: ignore[import-not-found]

        return intake.submit
    except ImportError:
        from core.visits.apply import apply_batch

        async def submit(*, institution_id: int, items: list, source: str) -> None:
            await apply_batch(institution_id=institution_id, items=items, source=source)
        return submit


async def run(settings: Settings, *, seed: int = 0, speed: float = 60.0) -> None:
    """Load the onboarded demo institutions and patients, route the sinks, run until cancelled."""
    sim = await Simulator(seed=seed, steps_of=_steps_of, speed=speed).load()
    if not sim.targets:
        log.info("visit simulator: no institution with the assistant on (seed the demo first)")
        return
    submit = _submit()

    async def inprocess(institution_id: int, items: list) -> None:
        await submit(institution_id=institution_id, items=items, source="sim")

    amqp_url = getattr(settings, "amqp_url", "") or ""
    amqp = AmqpSink(amqp_url, {t.institution_id: t.queue for t in sim.targets if t.queue}) if amqp_url else None
    sim.sink = routed_sink(sim.targets, inprocess=inprocess, amqp=amqp)

    async def nowhere(institution_id: int, items: list) -> None:  # the demo HIS logged them already
        return None

    demo_his.set_sink(routed_sink(sim.targets, inprocess=inprocess, amqp=amqp, changelog=nowhere))
    log.info("visit simulator: %d institutions, %d patients, about %.2f events/s%s", len(sim.targets),
             len(sim.patients), settings.visit_simulator_rate, " (RabbitMQ)" if amqp else "")
    try:
        await sim.run(rate=settings.visit_simulator_rate)
    finally:
        demo_his.set_sink(None)
        if amqp is not None:
            await amqp.close()
