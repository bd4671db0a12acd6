"""Short-lived signed links to stored files: proctors' photos now, record copies later.

Why: a stored file is named by the hash of its content, and knowing that name
must never be enough to fetch it. The service that shows a file has already
decided who may see it (permission, scope, audit); it hands the browser a link
that carries that decision: the file's key, what the link is for, when it
expires, and an HMAC-SM3 signature under a key derived from SECRET_KEY. The
public route `/media/<token>` (bff/media.py) needs no session: it checks the
signature, then the expiry, and streams the bytes, never cached.

The purpose is signed too, and each purpose names the content type it serves,
so a link made for one use never opens a file for another. A new use adds its
purpose to PURPOSES.

A tampered or malformed token is refused with 403 `media.link_invalid`; a
genuine but expired one with 410 `media.link_expired` (the page that made it
makes a fresh one when reloaded).
"""
from __future__ import annotations

import re
import time

from core import crypto
from core.errors import AppError
from media.storage import check_key

# purpose -> content type served by the public route; None: the purpose's owner serves it
# itself (a record copy is stamped with a watermark and counted at each download, see
# core/records/service.py), so the raw stored file never leaves through /media/.
PURPOSES = {
    "proctor_photo": "image/jpeg",
    "identity_photo": "image/jpeg",
    "doctor_photo": "image/jpeg",  # shown to every patient (core/doctors)
    "record_copy": None,
    # conversations (core/conversations): images re-encoded as JPEG, voice as mp3 or m4a
    "chat_image_jpg": "image/jpeg",
    "chat_voice_mp3": "audio/mpeg",
    "chat_voice_m4a": "audio/mp4",
    "support_image": "image/jpeg",
    # recordings of video rooms (core/rooms/recordings.py), made playable by the provider's post-processor
    "room_video_webm": "video/webm",
    "room_audio_ogg": "audio/ogg",  # images of feedback tickets (core/support), re-encoded as JPEG
    "invoice_pdf": "application/pdf",  # an e-invoice, linked for its payer only (core/invoices)
}
MAX_TTL = 24 * 3600  # a link is a bearer credential: short by design
_SIG_HEX = 32  # 128 bits of the HMAC
_TOKEN = re.compile(r"^([a-z][a-z0-9_]{0,31})\.([0-9a-f]{64})\.([0-9]{1,12})\.([0-9a-f]{%d})$" % _SIG_HEX)


class LinkInvalid(AppError):
    status, code, message = 403, "media.link_invalid", "链接无效或已被篡改"


class LinkExpired(AppError):
    status, code, message = 410, "media.link_expired", "链接已过期，请刷新页面后重新打开"


def _signature(purpose: str, key: str, expires: int) -> str:
    return crypto.hmac_sm3(crypto.derived_key("huiyi.media-link.v1"),
                           f"{purpose}:{key}:{expires}".encode())[:_SIG_HEX]


def sign(key: str, *, purpose: str, ttl_seconds: int, now: float | None = None) -> str:
    """`<purpose>.<key>.<expires>.<signature>`: URL-safe, unforgeable without the server's key."""
    check_key(key)
    if purpose not in PURPOSES:
        raise ValueError(f"unknown media link purpose {purpose!r}")
    if not 0 < ttl_seconds <= MAX_TTL:
        raise ValueError(f"ttl_seconds must be in 1..{MAX_TTL}")
    expires = int(now if now is not None else time.time()) + int(ttl_seconds)
    return f"{purpose}.{key}.{expires}.{_signature(purpose, key, expires)}"


def url(key: str, *, purpose: str, ttl_seconds: int) -> str:
    """The site-relative address of a signed link (served by bff/media.py)."""
    return f"/media/{sign(key, purpose=purpose, ttl_seconds=ttl_seconds)}"


def verify(token: str, purpose: str, *, now: float | None = None) -> str:
    """The storage key a token grants for `purpose`, or LinkInvalid / LinkExpired."""
    m = _TOKEN.match(token or "")
    if m is None or m.group(1) != purpose:
        raise LinkInvalid()
    _, key, expires, signature = m.groups()
    if not crypto.constant_time_equals(signature, _signature(purpose, key, int(expires))):
        raise LinkInvalid()
    if int(expires) < (now if now is not None else time.time()):
        raise LinkExpired(details={"expired_at": int(expires)})
    return key


def resolve(token: str) -> tuple[str, str]:
    """(storage key, content type) of a token arriving at the public route, whatever its purpose."""
    purpose = (token or "").partition(".")[0]
    if PURPOSES.get(purpose) is None:
        raise LinkInvalid()
    return verify(token, purpose), PURPOSES[purpose]
