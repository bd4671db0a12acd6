"""Start-up wiring: the one place where domains are plugged into the shared registries.

Why: registries (jobs and their schedules, event consumers, ...) must know every
domain's contributions, but a registry that imports the domains to find them
makes every domain depend on every other through it, and the import graph
circular. Here, at start-up, the domains are imported and registered; the
registries themselves import no domain. `create_app` (bff/app.py), the worker
and the command line call `wire()` before anything runs; it is idempotent.
"""
from __future__ import annotations

from core import jobs

_wired = False


def wire() -> None:
    global _wired
    if _wired:
        return
    _wired = True
    from core.doctors import ledger as doctors_ledger
    from core.events import service as events
    from core.exam import service as exam_service
    from core.notify import service as notify_service

    jobs.periodic(events.sweep_event_outbox, every=3600, minute={17})
    jobs.background("events-relay", events.run_relay_loop)
    jobs.background("events-consumers", lambda: events.run_consumers(block=True))

    # Event consumers (run by the worker; by the server on the embedded Redis).
    events.add_consumer(events.Consumer("notify.push", frozenset({notify_service.PUSH_REQUESTED}),
                                        notify_service.on_push_requested))
    events.add_consumer(events.Consumer("exam.deadline", frozenset({exam_service.SESSION_OPENED}),
                                        exam_service.on_session_opened))
    # The catalogue's tallies (recent doctors, completed counts, ratings) from the consultations.
    events.add_consumer(events.Consumer("doctors.ledger", frozenset(doctors_ledger.EVENTS), doctors_ledger.consume))
