"""Where Janus's event handler posts what happens in the VideoRoom (joins, published media, leaves).

Why a face of its own: the caller is our Janus server (its sample event handler, configured by
core/rooms/janus_config.py), not a user; it authenticates with HTTP basic credentials (user
"janus", password JANUS_EVENTS_SECRET). A token cannot stop a member who joined properly from
publishing video they may not send, or from taking another member's feed id: the service sees
it here and kicks them at once (core.rooms.service.provider_event). Internal: not in the OpenAPI
document. Janus retries a post that fails (5 times, backing off), so an answer other than 200
only delays its events; a refused post is logged, not audited (no person is behind it).
"""
from __future__ import annotations

import json
import logging

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.errors import PayloadTooLarge
from core.http import ok
from core.rooms import service as rooms_service
from core.rooms.errors import EventsRejected
from core.rooms.providers import janus
from core.settings import get_settings

PATH = "/api/rooms/v1/janus/events"
MAX_EVENTS_BYTES = 1024 * 1024  # a grouped post of a busy server; single events are < 2 KB
log = logging.getLogger("huiyi.rooms")


def blueprint(name: str = "rooms_janus") -> Blueprint:
    """The endpoint on a blueprint of its own (the app's, or a test server's)."""
    bp = Blueprint(name)

    @bp.post(PATH)
    @openapi.exclude()
    async def janus_events(request: Request):
        if not janus.events_authorised(get_settings(), request.headers.get("authorization")):
            log.warning("janus events refused: bad credentials from %s", request.remote_addr or request.ip)
            raise EventsRejected()
        body = request.body or b""
        if len(body) > MAX_EVENTS_BYTES:
            raise PayloadTooLarge(details={"max_bytes": MAX_EVENTS_BYTES})
        try:
            payload = json.loads(body or b"null")
        except ValueError:
            payload = None
        done: dict[str, int] = {}
        for event in janus.parse_events(payload):
            outcome = await rooms_service.provider_event(provider="janus", event=event)
            done[outcome] = done.get(outcome, 0) + 1
        return ok({"handled": done})

    return bp


bp = blueprint()
