"""In-app messages on the phone (seed 003 消息通知): list, unread count, read, handled."""
from sanic import Blueprint

from bff.messages import routes
from miniprogram_api.guard import mp_required

bp = routes(Blueprint("mp_messages", url_prefix="/messages"), mp_required)
