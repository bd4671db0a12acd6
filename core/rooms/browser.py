"""What a browser page needs to be allowed for a video room: the media server's address.

Why: the H5 page and the console's video pages forbid connecting anywhere but their own origin
(Content-Security-Policy `connect-src 'self'`); with the `janus` provider the browser speaks to
Janus directly (its WebSocket or HTTP API, JANUS_PUBLIC_URL), so exactly that origin is added to
the pages' `connect-src`, nothing wider. With Janus behind the service's own host (a reverse proxy
at /janus) the origin is the page's own and nothing is added.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from core.settings import Settings


def media_origins(settings: Settings) -> list[str]:
    """Origins the page's scripts connect to for video (for `connect-src`)."""
    if settings.video_provider != "janus":
        return []
    url = settings.janus_public_url or settings.janus_url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "ws", "wss") or not parts.netloc:
        return []
    return [f"{parts.scheme}://{parts.netloc}"]
