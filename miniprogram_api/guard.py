"""Bearer-token authentication of mini-program requests."""
from __future__ import annotations

from functools import wraps

from sanic import Request

from core.accounts import service as accounts_service
from core.errors import Unauthorized


def mp_required(handler):
    @wraps(handler)
    async def wrapper(request: Request, *args, **kwargs):
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized()
        request.ctx.actor = await accounts_service.authenticate_access(token=token.strip())
        return await handler(request, *args, **kwargs)

    return wrapper
