"""REST endpoints of the WeChat mini-program, under /api/mp/v1."""
from sanic import Blueprint

from miniprogram_api import (
    accompany, appointments, assessment, auth, certificates, consult, conversations, doctors, exam, faq, family, family_archive,
    messages, practice, proctoring, records, rooms, sms, support, visits,
)
from miniprogram_api import invoices
from miniprogram_api import pharmacy
from miniprogram_api import rx

blueprint = Blueprint.group(auth.bp, assessment.bp, certificates.bp, exam.bp, family.bp, family_archive.bp, practice.bp,
                            proctoring.bp, records.bp, messages.bp, faq.bp, sms.bp, conversations.bp, support.bp, doctors.bp,
                            consult.bp, rooms.bp, accompany.bp, visits.bp, appointments.bp,
                            invoices.bp,
                            pharmacy.bp,
                            rx.bp,
                            url_prefix="/api/mp/v1")
