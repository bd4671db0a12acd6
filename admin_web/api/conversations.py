"""Conversations in the console: a doctor at the workstation, a customer-service seat (core/conversations
over HTTP; the handlers are shared with the phone: bff/conversations.py)."""
from sanic import Blueprint

from admin_web.api.guard import admin_required
from bff.conversations import routes

bp = routes(Blueprint("admin_conversations", url_prefix="/conversations"), admin_required)
