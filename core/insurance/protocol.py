"""The wire protocol between the service and the insurance e-prescription centre (docs/insurance.md).

Why one module: both directions sign the same way — our calls to the centre, the centre's answers
and its notifications to us — and three parties compute it: our client (core/insurance/client.py),
our notification endpoint (core/insurance/notices.py) and the loopback centres (tests/insurance_stub.py,
core/insurance/offline.py). One definition keeps them from drifting apart.

A signed message carries the headers X-Hi-App-Id, X-Hi-Timestamp (unix seconds), X-Hi-Nonce (8-64
characters of [A-Za-z0-9]) and X-Hi-Signature: hex HMAC-SM3 with the app secret over
`<app id>.<timestamp>.<nonce>.` followed by the raw body (UTF-8 JSON).
"""
from __future__ import annotations

import json
import re
import secrets
import time
from typing import Any, Mapping

from core import crypto

APP_ID, TIMESTAMP, NONCE, SIGNATURE = "X-Hi-App-Id", "X-Hi-Timestamp", "X-Hi-Nonce", "X-Hi-Signature"
WINDOW_SECONDS = 300  # a signed timestamp may be this far off
NONCE_RE = re.compile(r"^[A-Za-z0-9]{8,64}$")
OK = "0"  # the envelope's code of success; anything else is a refusal named by its code

# The paths of the centre's API, relative to INSURANCE_API_BASE (the ten interfaces less our two
# notification endpoints, which the centre calls on us).
PATHS = {
    "precheck": "rx/precheck",  # 1 电子处方上传预核验
    "sign": "rx/sign",  # 2 电子处方医保电子签名
    "upload": "rx/upload",  # 3 电子处方上传
    "revoke": "rx/revoke",  # 4 电子处方撤销
    "query": "rx/query",  # 5 电子处方信息查询
    "review_result": "rx/review-result",  # 6 电子处方审核结果查询
    "pickup_result": "rx/pickup-result",  # 7 电子处方取药结果查询
    "drug_catalogue": "catalogue/drugs",  # 10 电子处方药品目录查询
}
NOTIFY_PATHS = {"review": "/api/insurance/v1/notify/review",  # 8 电子处方审核结果通知
                "pickup": "/api/insurance/v1/notify/pickup"}  # 9 电子处方取药结果通知


def dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def signature(secret: str, app_id: str, timestamp: str, nonce: str, body: bytes) -> str:
    return crypto.hmac_sm3(secret.encode("utf-8"), f"{app_id}.{timestamp}.{nonce}.".encode() + body)


def signed_headers(secret: str, app_id: str, body: bytes, *, timestamp: int | None = None,
                   nonce: str | None = None) -> dict[str, str]:
    """The headers of a signed message (now and a fresh nonce, unless given)."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    nonce = nonce or secrets.token_hex(16)
    return {"Content-Type": "application/json; charset=utf-8", APP_ID: app_id, TIMESTAMP: ts, NONCE: nonce,
            SIGNATURE: signature(secret, app_id, ts, nonce, body)}


def check(secret: str, app_id: str, headers: Mapping[str, str], body: bytes, *,
          now: float | None = None) -> str | None:
    """Why a signed message is refused ("signature", "stale", "app_id"), or None when it holds.
    The nonce's freshness is the receiver's to check (it alone remembers what it saw)."""
    h = {k.lower(): v for k, v in headers.items()}
    ts, nonce, given = h.get(TIMESTAMP.lower(), ""), h.get(NONCE.lower(), ""), h.get(SIGNATURE.lower(), "")
    if h.get(APP_ID.lower(), "") != app_id:
        return "app_id"
    if not ts.isdigit() or len(ts) > 12 or not NONCE_RE.match(nonce) or not given:
        return "signature"
    if not crypto.constant_time_equals(signature(secret, app_id, ts, nonce, body), given.lower()):
        return "signature"
    if abs((time.time() if now is None else now) - int(ts)) > WINDOW_SECONDS:
        return "stale"
    return None


def nonce_of(headers: Mapping[str, str]) -> str:
    return {k.lower(): v for k, v in headers.items()}.get(NONCE.lower(), "")


def envelope(data: dict | None = None, *, code: str = OK, message: str = "成功") -> dict:
    """The body of every answer: {"code", "message", "data"}."""
    return {"code": code, "message": message, "data": data if data is not None else {}}
