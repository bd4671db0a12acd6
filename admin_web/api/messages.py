"""The console's in-app messages (seed 003 消息即时通知): messages to the admin's org,
unread count, read, handled (shown greyed)."""
from sanic import Blueprint

from admin_web.api.guard import admin_required
from bff.messages import routes

bp = routes(Blueprint("admin_messages", url_prefix="/messages"), admin_required)
