"""Bearer-token authentication of mini-program requests (and of physicians on the PC).

Why: every route of /api/mp/v1 and the BFF screens goes through here, so token
revocation and the password-change restriction (core.accounts.tokens,
authenticate_access) hold for every route without each handler asking.
"""
from __future__ import annotations

from functools import wraps

from sanic import Request

from core import openapi_doc
from core.accounts import service as accounts_service
from core.errors import Unauthorized


def mp_required(handler=None, *, allow_password_change: bool = False):
    """`@mp_required` for every route; `@mp_required(allow_password_change=True)` only for the
    password change, the one route a physician's initial-password token may reach."""
    def deco(fn):
        @wraps(fn)
        async def wrapper(request: Request, *args, **kwargs):
            header = request.headers.get("authorization", "")
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token:
                raise Unauthorized()
            request.ctx.actor = await accounts_service.authenticate_access(
                token=token.strip(), allow_password_change=allow_password_change)
            return await fn(request, *args, **kwargs)

        return openapi_doc.guarded(wrapper, openapi_doc.BEARER)

    return deco(handler) if handler else deco
