"""Cookie-session authentication and CSRF check for the admin consoles."""
from __future__ import annotations

from functools import wraps

from sanic import Request

from core import openapi_doc
from core.accounts import service as accounts_service

SESSION_COOKIE = "huiyi_admin"
CSRF_HEADER = "x-csrf-token"
_SAFE = {"GET", "HEAD", "OPTIONS"}
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def admin_required(handler=None, *, allow_password_change: bool = False):
    def deco(fn):
        @wraps(fn)
        async def wrapper(request: Request, *args, **kwargs):
            csrf = request.headers.get(CSRF_HEADER)
            if csrf is None and request.content_type.startswith(_FORMS):
                csrf = request.form.get("csrf_token")  # server-rendered forms post it as a field
            sess = await accounts_service.authenticate_session(
                session_token=request.cookies.get(SESSION_COOKIE), csrf_token=csrf,
                unsafe_method=request.method not in _SAFE,
                allow_password_change=allow_password_change)
            request.ctx.actor = sess.actor
            request.ctx.session = sess
            return await fn(request, *args, **kwargs)

        return openapi_doc.guarded(wrapper, openapi_doc.ADMIN)

    return deco(handler) if handler else deco
