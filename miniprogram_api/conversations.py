"""Conversations on the phone (core/conversations over HTTP; the handlers are shared with the console: bff/conversations.py)."""
from sanic import Blueprint

from bff.conversations import routes
from miniprogram_api.guard import mp_required

bp = routes(Blueprint("mp_conversations", url_prefix="/conversations"), mp_required)
