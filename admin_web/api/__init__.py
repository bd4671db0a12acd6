"""JSON API of the admin consoles, under /api/admin/v1. Pages call the same services."""
from sanic import Blueprint

from admin_web.api import (
    accounts, assessment, audit, auth, certificates, consult, consult_admin, conversations, doctors, exam, exam_bank,
    faq, imports, institutions, messages, mp_accounts, orgs, payments, physicians, proctoring, realtime, records,
    recycle, rooms, stats, subordinates, support, visit_connections, visits, workstation,
)
from admin_web.api import insurance
from admin_web.api import pharmacy
from admin_web.api import outpatient
from admin_web.api import medical_dicts
from admin_web.api import rx_console
from admin_web.api import rx_review, workstation_rx

blueprint = Blueprint.group(
    auth.bp, accounts.bp, orgs.bp, physicians.bp, recycle.bp, audit.bp, assessment.bp, stats.bp, certificates.bp,
    institutions.bp, subordinates.bp, imports.bp, exam.bp, exam_bank.bp, proctoring.bp, records.bp, messages.bp,
    mp_accounts.bp, mp_accounts.rebind_bp, faq.bp, faq.help_bp, payments.bp, support.bp, doctors.bp,
    doctors.departments_bp, conversations.bp, consult.bp, consult_admin.bp, realtime.bp, workstation.bp,
    rooms.bp, visits.bp, visit_connections.bp,
    insurance.bp,
    pharmacy.bp,
    outpatient.bp,
    medical_dicts.bp,
    rx_console.bp,
    workstation_rx.bp, rx_review.bp,
    url_prefix="/api/admin/v1")

# Issue 14 (prescriptions): each helper's blueprint appended on its own line, under the same prefix.
from admin_web.api import rx_rules  # noqa: E402

blueprint.append(rx_rules.bp)

from admin_web.api import signing  # noqa: E402

blueprint.append(signing.bp)
