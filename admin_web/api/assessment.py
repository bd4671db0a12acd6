"""Assessment administration: cycles, enrolment, review, scores and make-up."""
from __future__ import annotations

from sanic import Blueprint

bp = Blueprint("admin_assessment", url_prefix="/assessment")
