"""Start-up wiring: the one place where domains are plugged into the shared registries.

Why: registries (jobs and their schedules, event consumers, the recycle bin,
business dictionaries, HIS adapters, import kinds) must know every domain's
contributions, but a registry that imports the domains to find them makes every
domain depend on every other through it, and the import graph circular (the
recycle bin imported five domains that import it). Here, at start-up, the
domains are imported and registered; the registries import no domain, which
import-linter checks (.importlinter). An implementation defined in its
registry's own module (the notify senders, the identity verifiers, the WeChat Pay
gateway) registers itself there; one defined elsewhere is registered here.

`create_app` (bff/app.py), the command line (core/cli.py: the worker, seed-demo,
...) and the test suite call `wire()` before anything runs; it is idempotent.
"""
from __future__ import annotations

_wired = False


def wire() -> None:
    global _wired
    if _wired:
        return
    _wired = True
    _jobs()
    _events()
    _recycle_bin()
    _dictionaries()
    _his_adapters()
    _imports()
    _topics()
    _payments()
    _rooms()
    _family()
    _insurance()
    _pharmacy()


def _jobs() -> None:
    from core import import_jobs, jobs
    from core.accounts import tokens
    from core.audit import anchors
    from core.events import service as events
    from core.exam import service as exam_service
    from core.proctoring import captures
    from core.records import service as records_service

    for fn in (exam_service.auto_submit, captures.analyse_capture, captures.analyse_captures,
               import_jobs.run_import):
        jobs.job(fn)
    # Periodic: the worker's cron (arq's fields) and, on the embedded Redis, the server's interval.
    jobs.periodic(tokens.purge_expired_refresh_tokens, every=24 * 3600, hour={3}, minute={0})
    # Also when a worker starts: exams whose deadline passed while no worker ran, or whose
    # auto-submit job Redis lost, are submitted at once.
    jobs.periodic(exam_service.sweep_overdue_exams, every=60, second={0}, run_at_startup=True)
    jobs.periodic(captures.sweep_pending_captures, every=60, second={30})
    jobs.periodic(records_service.sweep_expired_record_copies, every=1800, minute={5, 35})
    jobs.periodic(anchors.anchor_audit_head, every=600, minute={2, 12, 22, 32, 42, 52})
    jobs.periodic(events.sweep_event_outbox, every=3600, minute={17})
    from core.consult import automatic as consult_automatic

    jobs.job(consult_automatic.consult_timer)
    # Consultation deadlines whose job was lost or fell due while no worker ran; refunds never recorded.
    jobs.periodic(consult_automatic.sweep_job, every=60, second={45}, run_at_startup=True)
    from core.rx import service as rx_service

    # Approved prescriptions unpaid past their validity (处方有效期) expire.
    jobs.periodic(rx_service.sweep_expired_prescriptions, every=600, minute={7, 17, 27, 37, 47, 57})
    jobs.background("events-relay", events.run_relay_loop)
    jobs.background("events-consumers", lambda: events.run_consumers(block=True))


def _events() -> None:
    """Consumer groups (run by the worker; by the server on the embedded Redis)."""
    from core.consult import automatic as consult_automatic
    from core.consult import service as consult_service
    from core.doctors import ledger as doctors_ledger
    from core.events import service as events
    from core.exam import service as exam_service
    from core.notify import service as notify_service

    events.consumer(group="notify.push", names={notify_service.PUSH_REQUESTED})(notify_service.on_push_requested)
    events.consumer(group="exam.deadline", names={exam_service.SESSION_OPENED})(exam_service.on_session_opened)
    # The catalogue's tallies (recently consulted doctors, completed counts, ratings) from the consultations.
    events.consumer(group="doctors.ledger", names=set(doctors_ledger.EVENTS))(doctors_ledger.consume)
    # Consultations: deadlines queued as jobs; refunds asked for and their results told to the patient.
    events.consumer(group="consult.timers", names={consult_service.TIMER})(consult_automatic.on_timer)
    events.consumer(group="consult.money", names=set(consult_automatic.MONEY_EVENTS))(consult_automatic.on_money)
    # Video consultations: a call that is over has its room ended at the media provider (retried while it is away).
    from core.consult import video as consult_video

    events.consumer(group="consult.rooms", names={consult_service.ROOM_DONE})(consult_video.on_room_done)
    # Cloud accompaniment: tasks end by themselves with their visit; their rooms follow the tasks.
    from core.accompany import service as accompany

    events.consumer(group="accompany.visits", names={accompany.VISIT_ENDED})(accompany.on_visit_ended)
    events.consumer(group="accompany.rooms", names={accompany.ROOM_SYNC})(accompany.on_room_sync)
    events.consumer(group="accompany.grants", names={accompany.GRANT_ENDED})(accompany.on_grant_ended)
    # 家庭健康档案: the vital signs a hospital reports in a visit step copied to the patient's vital signs.
    from core.family import vitals as family_vitals

    events.consumer(group="family.vitals", names={family_vitals.VISITS_CHANGED})(family_vitals.on_visit_changed)
    # E-invoices: a blue one for every paid order of every service, a red one for every refund.
    from core.invoices import lines as invoice_lines
    from core.invoices import service as invoices

    events.consumer(group="invoices.issue", names=set(invoices.EVENTS))(invoices.on_payment_event)
    invoices.register_lines("pharmacy.order", invoice_lines.pharmacy_order)


def _recycle_bin() -> None:
    from core.accounts.models import AdminAccount
    from core.assessment.models import Physician
    from core.faq.models import FaqEntry
    from core.orgs.models import OrgNode
    from core.records.models import Department
    from core.recycle import service as recycle

    recycle.register("admin_account", "管理员账号", AdminAccount, "username")
    recycle.register("physician", "医师", Physician, "name")
    recycle.register("faq", "常见问题", FaqEntry, "question")
    recycle.register("org", "组织机构", OrgNode, "name")
    recycle.register("record_department", "病案室科室", Department, "name")


def _dictionaries() -> None:
    from core.dicts import service as dicts
    from core.records import service as records_service

    in_use = {records_service.PURPOSE: records_service.purpose_in_use,
              records_service.CONTENT: records_service.content_in_use}
    for kind, (label, permission, defaults) in records_service.DICT_KINDS.items():
        dicts.register_kind(kind, label=label, permission=permission, defaults=defaults, in_use=in_use[kind])
    from core.rx import review as rx_review

    rx_review.register_dictionary()


def _his_adapters() -> None:
    from core.his import adapter, demo

    adapter.register("demo", demo.DemoHis)


def _imports() -> None:
    from core import import_jobs
    from core.assessment import imports as assessment_imports, institutions
    from core.exam import imports as exam_imports, schemas as exam_schemas
    from core.orgs import service as orgs_service

    import_jobs.register("physicians", assessment_imports.import_physicians, assessment_imports.PhysicianImportParams,
                         assessment_imports.template, ("physicians.write", "enrolment.manage"))
    import_jobs.register("questions", exam_imports.import_questions, exam_schemas.QuestionImportParams,
                         exam_imports.template, ("exam.bank",), province=True)
    import_jobs.register("subordinates", import_jobs.whole_file(orgs_service.import_subordinates),
                         import_jobs.NoParams, orgs_service.import_template, ("orgs.write", "accounts.write"))
    import_jobs.register("bad_records", import_jobs.whole_file(institutions.import_bad_records), import_jobs.NoParams,
                         institutions.bad_record_template, ("badrecords.import",), province=True)
    from core.dicts import medical

    for dictionary in medical.SPECS:  # 三大字典: drugs, diagnoses, charge_items
        import_jobs.register(dictionary, medical.import_runner(dictionary), import_jobs.NoParams,
                             medical.template_of(dictionary), (medical.PERMISSION,))


def _topics() -> None:
    """The topic kinds the realtime gateway may serve, each authorised by its owning domain."""
    from core.consult import desk as consult_desk
    from core.consult import video as consult_video
    from core.conversations import service as conversations

    from core.rooms import service as rooms

    conversations.register_topics()
    consult_desk.register_topics()
    consult_video.register_topics()
    rooms.register_topics()
    from core.visits import service as visits

    visits.register_topics()
    from core.accompany import service as accompany

    accompany.register_topics()
    # Who besides the patient (and grant holders) may read a visit and follow visit:<id>: the
    # accompaniment's owner and accepted companions of a running task, read-only.
    visits.register_viewer(accompany.can_view_visit)
    from core.rx import review as rx_review

    rx_review.register_topics()


def _payments() -> None:
    """What each business is paid for (core/payments/purposes.py), and the payments' periodic work."""
    from core import jobs
    from core.consult import automatic as consult_automatic
    from core.consult import service as consult_service
    from core.payments import purposes, reconcile
    from core.payments import service as payments
    from core.records import service as records_service

    purposes.register(records_service.PAYMENT_KIND, on_paid=records_service.on_payment, label="病案复印",
                      admin_url="/admin/records/requests/{id}")
    purposes.register(consult_service.PAYMENT_KIND, on_paid=consult_automatic.on_paid, label="在线问诊")
    # The payment platform counts 图文 and video consultations apart (core/payments/summary.py).
    purposes.register_variants(consult_service.PAYMENT_KIND, consult_service.payment_services)
    jobs.periodic(payments.sweep_job, every=120, minute=set(range(1, 60, 2)))
    # 02:40 UTC, 10:40 China time: WeChat Pay publishes yesterday's bill after 10:00.
    jobs.periodic(reconcile.reconcile_job, every=24 * 3600, hour={2}, minute={40})


def _rooms() -> None:
    """The media providers a video room can live on (core/rooms/providers; VIDEO_PROVIDER picks one),
    and what each subject's domain checks before a member joins (a patient not yet called)."""
    from core import jobs
    from core.consult import video as consult_video
    from core.rooms import providers, recordings
    from core.rooms import service as rooms_service
    from core.rooms.providers.builtin import BuiltinProvider
    from core.rooms.providers.janus import JanusProvider
    from core.rooms.providers.trtc import TrtcProvider

    providers.register("janus", JanusProvider)
    providers.register("builtin", BuiltinProvider)
    providers.register("trtc", TrtcProvider)
    jobs.job(recordings.collect_room_recordings)
    rooms_service.register_gate("consult.order", consult_video.join_gate)
    from core.accompany import video as accompany_video

    rooms_service.register_gate(accompany_video.SUBJECT, accompany_video.join_gate)


def _family() -> None:
    """The family archive reads a patient's visits through core/visits, which calls family (grants):
    family cannot import it back, so the reader is handed over here."""
    from core.family import archive as family_archive
    from core.visits import service as visits_service

    family_archive.register_visit_reader(visits_service.visits_of)


def _insurance() -> None:
    """The insurance e-prescription centre's implementations (core/insurance/centre.py)."""
    from core.insurance.centre import CENTRES
    from core.insurance.client import HttpCentre

    CENTRES.register("http", HttpCentre)
    from core.events import service as events
    from core.insurance import service as insurance

    # A prescription the pharmacist withdrew after approval is revoked at the centre (retried while it is away).
    events.consumer(group="insurance.rx", names={insurance.INTERVENED})(insurance.on_rx_withdrawn)


def _pharmacy() -> None:
    """Medicine orders (core/pharmacy): paid through core/payments, refunded after a return or a
    pharmacist's intervention, carriers' labels for the consoles."""
    from core import jobs
    from core.events import service as events
    from core.payments import purposes
    from core.pharmacy import carriers, console, orders, patient

    purposes.register(orders.PAYMENT_KIND, on_paid=orders.on_paid, label="药品订单",
                      admin_url="/admin/pharmacy/orders/{id}")
    events.consumer(group="pharmacy.money", names=set(orders.MONEY_EVENTS))(orders.on_money)
    events.consumer(group="pharmacy.rx", names=set(console.RX_EVENTS))(console.on_intervened)
    jobs.periodic(orders.sweep_pharmacy_refunds, every=300, minute=set(range(3, 60, 5)))
    orders.CARRIER_LABELS.update(carriers.labels())
    patient.register_topics()  # rx_order:<id>, the patient's order and tracking live
