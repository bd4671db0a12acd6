"""Tencent Cloud API 3.0 on both ends: its SDK pointed at an address of ours, and its TC3 signature checked.

Why: several providers are Tencent Cloud services reached through Tencent's own SDKs (SMS in
core/sms, TRTC's server-side room calls in core/rooms/providers/trtc.py). In development and
tests their API is answered by a loopback (the service's /dev/... routes, tests/*_stub.py)
that must check requests exactly as Tencent Cloud does, so that nothing of the provider is
faked inside the client. This module holds what they share:

- `sdk_client`: an SDK client whose endpoint and path come from a base URL setting
  (`https://sms.tencentcloudapi.com/` in production, a loopback address elsewhere), with the
  SDK's logger kept quiet (it logs whole requests, phone numbers included, at DEBUG);
- `check_signature`: the documented TC3-HMAC-SHA256 check (canonical request → string to
  sign → HMAC-SHA256 chain from "TC3"+SecretKey over date, service and "tc3_request"), the
  timestamp within five minutes, the SecretId known, the credential scope naming the service;
- `Outcome` / `error`: answers shaped as Tencent Cloud answers, HTTP 200 with
  `{"Response": {"Error": {Code, Message}, "RequestId"}}` for a refused call.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Mapping, TypeVar
from urllib.parse import urlsplit

ALGORITHM = "TC3-HMAC-SHA256"
CLOCK_SKEW_SECONDS = 300
SDK_LOGGER = "tencentcloud_sdk_common"

# The common errors of API 3.0 (every product answers them the same way).
ERRORS = {
    "AuthFailure.InvalidAuthorization": "Authorization header format error.",
    "AuthFailure.SecretIdNotFound": "The SecretId is not found, please ensure that your SecretId is correct.",
    "AuthFailure.SignatureExpire": "Signature expired. Timestamp and server time cannot exceed five minutes.",
    "AuthFailure.SignatureFailure": "The provided credentials could not be validated. "
                                    "Please check your signature is correct.",
    "InvalidAction": "The action requested was invalid.",
    "NoSuchVersion": "The requested version does not exist or is not supported.",
    "InvalidParameter": "The request body is not valid JSON.",
    "MissingParameter": "A required parameter is missing.",
}
_AUTH = re.compile(r"^TC3-HMAC-SHA256 Credential=([^/,\s]+)/(\d{4}-\d{2}-\d{2})/([a-z]+)/tc3_request, "
                   r"SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$")

C = TypeVar("C")


def sdk_client(client_cls: type[C], *, api_base: str, secret_id: str, secret_key: str, region: str,
               timeout: int = 10) -> C:
    """A Tencent Cloud SDK client (sync or async) sending to `api_base` with this key pair."""
    from tencentcloud.common.credential import Credential
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile

    quiet = logging.getLogger(SDK_LOGGER)
    quiet.setLevel(logging.WARNING)
    quiet.propagate = False
    base = urlsplit(api_base)
    profile = ClientProfile(httpProfile=HttpProfile(protocol=base.scheme, endpoint=base.netloc, reqTimeout=timeout))
    client = client_cls(Credential(secret_id, secret_key), region, profile)
    # Tencent Cloud serves its API at "/"; a development loopback lives under its own path. The
    # path is part of what TC3 signs, so the loopback checks exactly what was sent.
    client._requestPath = base.path or "/"
    return client


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def tc3_signature(secret_key: str, *, date: str, service: str, string_to_sign: str) -> str:
    """The documented key chain: HMAC("TC3"+SecretKey, date) → service → "tc3_request" → sign."""
    k = _hmac(("TC3" + secret_key).encode("utf-8"), date)
    k = _hmac(k, service)
    k = _hmac(k, "tc3_request")
    return hmac.new(k, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def canonical_request(*, method: str, path: str, query: str, headers: Mapping[str, str], signed: list[str],
                      body: bytes) -> str:
    # Header names and values lowercased and trimmed, in the order SignedHeaders names them.
    lines = "".join(f"{h}:{headers.get(h, '').strip().lower()}\n" for h in signed)
    payload = b"UNSIGNED-PAYLOAD" if headers.get("x-tc-content-sha256") == "UNSIGNED-PAYLOAD" else body
    return "\n".join([method.upper(), path, query, lines, ";".join(signed), hashlib.sha256(payload).hexdigest()])


@dataclass
class Outcome:
    """The provider's answer body, and what the call did (messages delivered, calls recorded)."""

    answer: dict[str, Any]
    delivered: list[dict[str, Any]] = field(default_factory=list)


def error(code: str, message: str | None = None) -> Outcome:
    return Outcome({"Response": {"Error": {"Code": code, "Message": message or ERRORS.get(code, code)},
                                 "RequestId": str(uuid.uuid4())}})


def answer(**fields: Any) -> Outcome:
    """A successful call's answer: its fields and a RequestId."""
    return Outcome({"Response": {**fields, "RequestId": str(uuid.uuid4())}})


def credential_of(headers: Mapping[str, str]) -> str:
    """The SecretId a request names in its Authorization header ("" when it names none)."""
    m = _AUTH.match(headers.get("authorization", ""))
    return m.group(1) if m else ""


def check_signature(*, service: str, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes,
                    secret_keys: Mapping[str, str], now: float | None = None) -> Outcome | None:
    """None when the request is signed as TC3 says by a known key pair for `service` ("sms",
    "trtc"); else the provider's error. `headers` are keyed in lower case."""
    m = _AUTH.match(headers.get("authorization", ""))
    if not m:
        return error("AuthFailure.InvalidAuthorization")
    secret_id, date, scope_service, signed_headers, signature = m.groups()
    signed = signed_headers.split(";")
    if "content-type" not in signed or "host" not in signed:
        return error("AuthFailure.InvalidAuthorization")
    try:
        timestamp = int(headers.get("x-tc-timestamp", ""))
    except ValueError:
        return error("MissingParameter", "The request is missing a valid X-TC-Timestamp.")
    if abs((time.time() if now is None else now) - timestamp) > CLOCK_SKEW_SECONDS:
        return error("AuthFailure.SignatureExpire")
    secret_key = secret_keys.get(secret_id)
    if secret_key is None:
        return error("AuthFailure.SecretIdNotFound")
    day = dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).strftime("%Y-%m-%d")
    if scope_service != service or date != day:
        return error("AuthFailure.SignatureFailure")
    digest = hashlib.sha256(canonical_request(method=method, path=path, query=query, headers=headers,
                                              signed=signed, body=body).encode("utf-8")).hexdigest()
    to_sign = f"{ALGORITHM}\n{timestamp}\n{date}/{service}/tc3_request\n{digest}"
    expected = tc3_signature(secret_key, date=date, service=service, string_to_sign=to_sign)
    if not hmac.compare_digest(expected, signature):
        return error("AuthFailure.SignatureFailure")
    return None
