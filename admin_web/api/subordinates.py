"""Subordinate organisations and their accounts (seed 000 所辖机构账户管理)."""
from __future__ import annotations

from sanic import Blueprint

bp = Blueprint("admin_subordinates", url_prefix="/subordinates")
