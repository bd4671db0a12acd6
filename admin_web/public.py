"""Public pages that need no login (certificate verification)."""
from __future__ import annotations

from sanic import Blueprint

bp = Blueprint("public", url_prefix="/verify")
