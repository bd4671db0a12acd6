"""ICE servers for a participant: STUN addresses and short-lived TURN credentials.

coturn's shared-secret REST scheme (use-auth-secret / static-auth-secret in turnserver.conf):
the username is "<unix expiry>:<who>", the password base64(HMAC-SHA1(secret, username)). coturn
recomputes the password from the username and refuses it after the expiry, so the service
never stores TURN passwords and a leaked one dies by itself.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import time

from core.settings import Settings


def turn_credentials(secret: str, who: str, *, seconds: int, now: float | None = None) -> tuple[str, str]:
    expiry = int((now if now is not None else time.time()) + seconds)
    username = f"{expiry}:{who}"
    password = base64.b64encode(hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()).decode()
    return username, password


def ice_servers(settings: Settings, who: str) -> list[dict]:
    """RTCIceServer dictionaries, as browsers and aiortc take them."""
    servers: list[dict] = []
    if settings.stun_urls:
        servers.append({"urls": list(settings.stun_urls)})
    if settings.turn_urls and settings.turn_secret:
        username, credential = turn_credentials(settings.turn_secret, who, seconds=settings.turn_seconds)
        servers.append({"urls": list(settings.turn_urls), "username": username, "credential": credential})
    return servers
