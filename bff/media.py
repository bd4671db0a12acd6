"""GET /media/<token>: the public end of signed media links (media/links.py).

Why: an <img> on a console page, or a download link sent to a patient, cannot
carry the admin session or a mini-program token; the signed link is the
permission. The file is streamed in chunks read off the event loop (storage is
blocking), and nobody keeps a copy: no cache, no referrer, no sniffing.
"""
from __future__ import annotations

import asyncio
from types import MappingProxyType

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.errors import NotFound
from media import links
from media.storage import ObjectMissing, get_storage

bp = Blueprint("media", url_prefix="/media")

CHUNK = 64 * 1024
# Read-only: a shared headers dict must never be written by a response (issue 9, point 1).
_HEADERS = MappingProxyType({"Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer",
                             "X-Robots-Tag": "noindex", "X-Content-Type-Options": "nosniff",
                             "Content-Security-Policy": "default-src 'none'; sandbox"})


@bp.get("/<token:str>")
@openapi.exclude()
async def fetch(request: Request, token: str):
    key, content_type = links.resolve(token)
    try:
        fh = await asyncio.to_thread(get_storage().open, key)
    except ObjectMissing:
        raise NotFound("文件不存在", details={"reason": "missing"}) from None
    try:
        response = await request.respond(content_type=content_type, headers=_HEADERS)
        while chunk := await asyncio.to_thread(fh.read, CHUNK):
            await response.send(chunk)
        await response.eof()
    finally:
        fh.close()
