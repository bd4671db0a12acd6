"""The physician's side of the periodic assessment: binding, filing, results."""
from __future__ import annotations

from sanic import Blueprint

bp = Blueprint("mp_assessment", url_prefix="/assessment")
