"""Assessment institutions: applications, assignments, bad records."""
from __future__ import annotations

from sanic import Blueprint

bp = Blueprint("admin_institutions", url_prefix="/institutions")
