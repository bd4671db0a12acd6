"""Video rooms in the console: a doctor at the workstation, an invited doctor (core/rooms over HTTP;
the handlers are shared with the phone: bff/rooms.py)."""
from sanic import Blueprint

from admin_web.api.guard import admin_required
from bff.rooms import routes

bp = routes(Blueprint("admin_rooms", url_prefix="/rooms"), admin_required)
