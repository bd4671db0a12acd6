"""Carriers behind one interface (seed 004 物流管理): hand a parcel over, ask where it is, call it off.

Why an interface and a registry (core/registry.py): a hospital contracts a courier whose API we do
not own; the pharmacy only needs `create_waybill`, `track` and `cancel`, and the tracking the
carrier pushes to us. `JsonApiCarrier` speaks the protocol of docs/logistics.md (JSON over HTTP,
every request signed HMAC-SHA256 with the app secret over timestamp, nonce, method, path and
body); a courier's own API is another class registered under its name, chosen by
LOGISTICS_CARRIER. Tests run the same client against a loopback carrier (tests/carrier_stub.py).
Creating a waybill is idempotent by our order number, so a timeout can be retried safely.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from core.registry import Registry
from core.settings import get_settings

HEADER_KEY, HEADER_TIMESTAMP = "X-Logistics-App-Key", "X-Logistics-Timestamp"
HEADER_NONCE, HEADER_SIGNATURE = "X-Logistics-Nonce", "X-Logistics-Signature"


class CarrierError(Exception):
    """The carrier could not be reached or refused (its code and message when it answered)."""

    def __init__(self, message: str, *, code: str = "", status: int | None = None):
        super().__init__(message)
        self.code, self.status = code, status


@dataclass(frozen=True)
class Parcel:
    order_no: str
    receiver: str
    phone: str
    address: str
    items: list[dict[str, Any]]  # [{"name", "quantity"}]
    sender: str = ""
    notify_url: str = ""


@dataclass(frozen=True)
class Waybill:
    waybill_no: str
    status: str = "created"


@dataclass(frozen=True)
class Tracking:
    event_id: str
    waybill_no: str
    status: str
    description: str = ""
    location: str = ""
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))


class Carrier(Protocol):
    name: str
    label: str

    async def create_waybill(self, parcel: Parcel) -> Waybill: ...

    async def track(self, waybill_no: str) -> list[Tracking]: ...

    async def cancel(self, waybill_no: str) -> None: ...


def request_signature(secret: str, timestamp: str, nonce: str, method: str, path: str, body: bytes) -> str:
    """A request of ours to the carrier: HMAC-SHA256 over `<ts>.<nonce>.<METHOD>.<path>.` + body."""
    message = f"{timestamp}.{nonce}.{method.upper()}.{path}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def push_signature(secret: str, timestamp: str, nonce: str, body: bytes) -> str:
    """A push of the carrier to us: HMAC-SHA256 over `<ts>.<nonce>.` + body."""
    return hmac.new(secret.encode(), f"{timestamp}.{nonce}.".encode() + body, hashlib.sha256).hexdigest()


def push_headers(secret: str, body: bytes, *, timestamp: int | None = None, nonce: str | None = None) -> dict:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    nonce = nonce or secrets.token_hex(12)
    return {"Content-Type": "application/json", HEADER_TIMESTAMP: ts, HEADER_NONCE: nonce,
            HEADER_SIGNATURE: push_signature(secret, ts, nonce, body)}


def tracking_of(row: dict[str, Any], waybill_no: str) -> Tracking:
    return Tracking(event_id=str(row["event_id"])[:64], waybill_no=waybill_no, status=str(row["status"])[:16],
                    description=str(row.get("description", ""))[:200], location=str(row.get("location", ""))[:64],
                    at=dt.datetime.fromisoformat(str(row["at"]).replace("Z", "+00:00")))


class JsonApiCarrier:
    """The carrier protocol of docs/logistics.md, over httpx."""

    name = "jsonapi"
    label = "快递（物流接口）"

    def __init__(self) -> None:
        s = get_settings()
        self.base, self.key, self.secret, self.timeout = (s.logistics_api_base, s.logistics_app_key,
                                                          s.logistics_app_secret, s.logistics_timeout)

    async def _call(self, method: str, path: str, payload: dict | None = None) -> dict[str, Any]:
        if not self.base:
            raise CarrierError("LOGISTICS_API_BASE is not set")
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode() if payload is not None else b""
        url = self.base + path
        ts, nonce = str(int(time.time())), secrets.token_hex(12)
        headers = {HEADER_KEY: self.key, HEADER_TIMESTAMP: ts, HEADER_NONCE: nonce,
                   HEADER_SIGNATURE: request_signature(self.secret, ts, nonce, method, httpx.URL(url).path, body)}
        if payload is not None:
            headers["Content-Type"] = "application/json"
        try:
            async with httpx.AsyncClient(timeout=self.timeout) as c:
                r = await c.request(method, url, content=body or None, headers=headers)
        except httpx.HTTPError as exc:
            raise CarrierError(f"carrier unreachable: {type(exc).__name__}") from exc
        try:
            data = r.json()
        except ValueError:
            data = {}
        if r.status_code >= 300 or not isinstance(data, dict):
            raise CarrierError(str(data.get("message", r.text[:200]) if isinstance(data, dict) else r.text[:200]),
                               code=str(data.get("code", "")) if isinstance(data, dict) else "", status=r.status_code)
        return data

    async def create_waybill(self, parcel: Parcel) -> Waybill:
        data = await self._call("POST", "/waybills", {
            "order_no": parcel.order_no, "sender": {"name": parcel.sender},
            "receiver": {"name": parcel.receiver, "phone": parcel.phone, "address": parcel.address},
            "items": parcel.items, "notify_url": parcel.notify_url})
        no = str(data.get("waybill_no", ""))
        if not no or len(no) > 32:
            raise CarrierError("the carrier answered without a usable waybill_no")
        return Waybill(no, str(data.get("status", "created")))

    async def track(self, waybill_no: str) -> list[Tracking]:
        data = await self._call("GET", f"/waybills/{waybill_no}/events")
        return [tracking_of(e, waybill_no) for e in data.get("events", [])][:200]

    async def cancel(self, waybill_no: str) -> None:
        await self._call("POST", f"/waybills/{waybill_no}/cancel", {})


carriers: Registry[Carrier] = Registry("LOGISTICS_CARRIER")
carriers.register(JsonApiCarrier.name, JsonApiCarrier)


def current() -> Carrier:
    return carriers.create(get_settings().logistics_carrier)


def by_name(name: str) -> Carrier | None:
    return carriers.create(name) if carriers.get(name) else None


def labels() -> dict[str, str]:
    return {n: getattr(carriers.get(n), "label", n) for n in carriers.known()}
