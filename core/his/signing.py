"""The signature a hospital system puts on the visit events it posts to our webhook.

Why in core/his: it is part of the protocol between a HIS and the service (seed 003 各家医疗机构云陪诊
接入: the hospitals push), so both ends use this one definition: the event centre's webhook
(core/visits/centre/webhook.py) checks it, the demo HIS's simulator and the tests compute it.
Hex HMAC-SHA256 with the institution's webhook secret over `<timestamp>.<nonce>.` + the raw body,
sent as X-Huiyi-Timestamp (unix seconds), X-Huiyi-Nonce and X-Huiyi-Signature.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import time


def sign(secret: str, timestamp: str, nonce: str, body: bytes) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.{nonce}.".encode() + body, hashlib.sha256).hexdigest()


def signed_headers(secret: str, body: bytes, *, timestamp: int | None = None, nonce: str | None = None) -> dict:
    """The headers of a signed request (now, a fresh nonce, unless given)."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    nonce = nonce or secrets.token_hex(12)
    return {"Content-Type": "application/json", "X-Huiyi-Timestamp": ts, "X-Huiyi-Nonce": nonce,
            "X-Huiyi-Signature": sign(secret, ts, nonce, body)}
