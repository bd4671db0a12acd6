"""Certificate printing for institutions."""
from __future__ import annotations

from sanic import Blueprint

bp = Blueprint("admin_certificates", url_prefix="/certificates")
