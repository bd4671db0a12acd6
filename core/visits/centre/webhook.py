"""The signed webhook: a hospital system posts its visit events over HTTP.

Why signed and not a token: the request crosses networks we do not control and may be recorded
on the way. Each request carries `X-Huiyi-Timestamp` (unix seconds), `X-Huiyi-Nonce` and
`X-Huiyi-Signature` = hex HMAC-SHA256(the connection's secret, f"{timestamp}.{nonce}." + body):
a changed body or a stolen signature for another body fails, a request older (or newer) than
WINDOW seconds is stale, a nonce seen in the last NONCE_SECONDS is a replay. Refusals answer 401
`visits.webhook_rejected` with the reason, are counted on the connection (`refused`) and audited
with the sender's address. The body is one event object, or {"events": [...]} of at most
MAX_EVENTS; each event goes to the intake as its JSON text (apply validates and quarantines).
"""
from __future__ import annotations

import hmac
import json
import logging
import re
import time
from typing import Any

from core import cache, context
from core.audit import service as audit_service
from core.errors import PayloadTooLarge
from core.his.signing import sign, signed_headers  # noqa: F401  (senders and tests sign with it)
from core.principal import Principal
from core.visits.centre import intake
from core.visits.centre.errors import WebhookMalformed, WebhookRejected
from core.visits.models import HisConnection

log = logging.getLogger("huiyi.visits.webhook")

WINDOW = 300  # seconds either side of our clock
NONCE_SECONDS = 600
MAX_BODY = 1024 * 1024
MAX_EVENTS = 500
NONCE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
HEADER_TIMESTAMP, HEADER_NONCE, HEADER_SIGNATURE = "x-huiyi-timestamp", "x-huiyi-nonce", "x-huiyi-signature"


def his_principal(institution_id: int) -> Principal:
    """Who acts when a hospital's system posts (in the audit log)."""
    return Principal(kind="system", name=f"his:{institution_id}", org_id=institution_id)


async def _reject(institution_id: int, reason: str, *, known: bool, detail: str = "") -> WebhookRejected:
    log.warning("webhook of institution %s refused: %s %s", institution_id, reason, detail)
    if known:
        await intake.count_refused(institution_id)
    await cache.redis().hincrby(intake.stats_key(institution_id), f"refused:{reason}", 1)
    await audit_service.record(actor=his_principal(institution_id), action="visits.webhook", target_type="HisConnection",
                               target_id=institution_id, outcome="denied",
                               after={"reason": reason, "detail": detail[:200], "ip": context.client_ip() or ""},
                               org_id=institution_id if known else None)
    return WebhookRejected(details={"reason": reason})


def _events_of(body: bytes) -> list[Any]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise WebhookMalformed(details={"reason": "not_json"}) from exc
    if isinstance(data, dict) and isinstance(data.get("events"), list) and set(data) == {"events"}:
        events = data["events"]
    elif isinstance(data, dict):
        events = [data]
    else:
        raise WebhookMalformed(details={"reason": "not_an_object"})
    if not events or len(events) > MAX_EVENTS:
        raise WebhookMalformed(details={"reason": "count", "max_events": MAX_EVENTS})
    return events


async def receive(*, institution_id: int, headers: dict[str, str], body: bytes) -> dict[str, int]:
    """Check a posted request and hand its events to the intake: {"accepted", "refused"}."""
    if len(body) > MAX_BODY:
        raise PayloadTooLarge(details={"max_bytes": MAX_BODY})
    h = {k.lower(): v for k, v in headers.items()}
    conn = await HisConnection.filter(institution_id=institution_id).first()
    secret = (conn.secret or "") if conn else ""
    if conn is None or not secret:
        raise await _reject(institution_id, "unknown", known=conn is not None)
    ts, nonce, signature = h.get(HEADER_TIMESTAMP, ""), h.get(HEADER_NONCE, ""), h.get(HEADER_SIGNATURE, "")
    if not (ts.isdigit() and len(ts) <= 12 and NONCE.match(nonce) and signature):
        raise await _reject(institution_id, "signature", known=True, detail="headers missing or malformed")
    if not hmac.compare_digest(sign(secret, ts, nonce, body), signature.strip().lower()):
        raise await _reject(institution_id, "signature", known=True)
    if abs(time.time() - int(ts)) > WINDOW:
        raise await _reject(institution_id, "stale", known=True, detail=f"timestamp {ts}")
    if not await cache.redis().set(f"visits:nonce:{institution_id}:{nonce}", "1", nx=True, ex=NONCE_SECONDS):
        raise await _reject(institution_id, "replayed", known=True, detail=f"nonce {nonce}")
    events = _events_of(body)
    done = await intake.submit(institution_id=institution_id, items=events, source="webhook")
    await cache.redis().hset(intake.stats_key(institution_id), "last_signed", str(int(time.time() * 1000)))
    return {"accepted": done.accepted, "refused": done.refused}
