"""Our client of a licensed CA's signing service (the protocol is docs/signing.md).

Why: a CA keeps the signer's private key itself (in its HSM or cloud signing service); we send it
the SM3 digest to sign and keep what it returns. Every request is authenticated with our app id
and an HMAC-SHA256 over the method, path, timestamp, nonce and body (docs/signing.md), so the CA
knows the caller and refuses a replay. A CA that cannot be reached, answers late or answers
something malformed is `signing.ca_unavailable` (503); a refusal it states is `signing.ca_refused`.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from typing import Any

import httpx

from core.settings import get_settings
from core.signing.errors import CaRefused, CaUnavailable

TIMEOUT = 5.0  # seconds: a prescription waits on this while the doctor signs


def auth_headers(*, app_id: str, secret: str, method: str, path: str, body: bytes,
                 timestamp: int | None = None, nonce: str | None = None) -> dict[str, str]:
    """The authentication headers of one request (the stub checks the same string)."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    nonce = nonce or secrets.token_hex(16)
    return {"X-CA-AppId": app_id, "X-CA-Timestamp": str(timestamp), "X-CA-Nonce": nonce,
            "X-CA-Signature": request_mac(secret, method, path, timestamp, nonce, body)}


def request_mac(secret: str, method: str, path: str, timestamp: int | str, nonce: str, body: bytes) -> str:
    text = f"{method.upper()}\n{path}\n{timestamp}\n{nonce}\n".encode() + body
    return hmac.new(secret.encode(), text, hashlib.sha256).hexdigest()


async def call(path: str, payload: dict[str, Any]) -> dict[str, Any]:
    """POST `payload` to the CA at `path` (e.g. "/v1/sign") and answer its JSON object."""
    s = get_settings()
    if not (s.ca_api_base and s.ca_app_id and s.ca_app_secret):
        raise CaUnavailable(details={"reason": "not_configured"})
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    base = s.ca_api_base.rstrip("/")
    full_path = httpx.URL(base + path).path
    headers = {"Content-Type": "application/json",
               **auth_headers(app_id=s.ca_app_id, secret=s.ca_app_secret, method="POST",
                              path=full_path, body=body)}
    try:
        async with httpx.AsyncClient(timeout=TIMEOUT) as client:
            response = await client.post(base + path, content=body, headers=headers)
    except httpx.HTTPError as exc:
        raise CaUnavailable(details={"reason": type(exc).__name__}) from exc
    try:
        answer = response.json()
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise CaUnavailable(details={"reason": "malformed", "status": response.status_code})
    if response.status_code >= 500:
        raise CaUnavailable(details={"reason": "ca_error", "status": response.status_code,
                                     "ca_code": str(answer.get("code", ""))[:64]})
    if response.status_code != 200:
        raise CaRefused(details={"status": response.status_code, "ca_code": str(answer.get("code", ""))[:64],
                                 "ca_message": str(answer.get("message", ""))[:200]})
    return answer


def field(answer: dict[str, Any], name: str, *, max_len: int) -> str:
    """A string field of a CA answer, bounded; a missing or oversized one is a malformed answer."""
    value = answer.get(name)
    if not isinstance(value, str) or not value or len(value) > max_len:
        raise CaUnavailable(details={"reason": "malformed", "field": name})
    return value
