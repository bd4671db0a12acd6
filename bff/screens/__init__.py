"""One endpoint per mini-program screen (/api/bff/v1/...): each gathers what its screen shows in one round
trip by composing services; no business rules live here."""
from sanic import Blueprint

from bff.screens import consult, exam, family, practice, records

blueprint = Blueprint.group(consult.bp, exam.bp, family.bp, practice.bp, records.bp, url_prefix="/api/bff/v1")
