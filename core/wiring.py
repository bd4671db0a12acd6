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

    from core.payments import purposes as payment_purposes
    from core.payments import reconcile as payments_reconcile
    from core.payments import service as payments
    from core.records import service as records

    payment_purposes.register(records.PAYMENT_KIND, on_paid=records.on_payment, label="病案复印")
    jobs.periodic(payments.sweep_job, every=120, minute=set(range(1, 60, 2)))
    # 02:40 UTC, 10:40 China time: WeChat Pay publishes yesterday's bill after 10:00.
    jobs.periodic(payments_reconcile.reconcile_job, every=24 * 3600, hour={2}, minute={40})
