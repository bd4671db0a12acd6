"""Assessment statistics and exports."""
from __future__ import annotations

from sanic import Blueprint

bp = Blueprint("admin_stats", url_prefix="/stats")
