"""Video rooms on the phone (core/rooms over HTTP; the handlers are shared with the console: bff/rooms.py)."""
from sanic import Blueprint

from bff.rooms import routes
from miniprogram_api.guard import mp_required

bp = routes(Blueprint("mp_rooms", url_prefix="/rooms"), mp_required)
