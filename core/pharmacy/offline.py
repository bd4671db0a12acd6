"""Loopback carrier for development: the service answers as the carrier of docs/logistics.md itself.

Why: handing a parcel over needs a courier's servers and a contract. With LOGISTICS_OFFLINE on (the
default in development when no LOGISTICS_API_BASE is configured; refused in production by
Settings.check, and these routes are then never registered), the app serves the carrier's API under
/dev/logistics/v1 and points LOGISTICS_API_BASE there, so a developer ships an order with no
internet; `POST /dev/logistics/waybills/<no>/advance {"status", "description", "location"}` moves
the parcel on and pushes the signed tracking event to the waybill's notify_url, as the carrier
would. Requests are checked exactly as a carrier checks them (app key, HMAC-SHA256 signature);
the client is the production one. Waybills live in this process (a restart forgets them). Tests
use the same protocol through tests/carrier_stub.py (a threaded server).
"""
from __future__ import annotations

import datetime as dt
import hmac
import itertools
import json
from typing import Any

import httpx
from pydantic import BaseModel, Field
from sanic import Blueprint, Request
from sanic.response import json as json_response

from core.pharmacy import carriers
from core.pharmacy.schemas import TrackingStatus
from core.settings import get_settings

PREFIX = "/dev/logistics"
API = "/v1"
_waybills: dict[str, dict[str, Any]] = {}
_by_order: dict[str, str] = {}
_seq = itertools.count(1)
MAX_WAYBILLS = 10_000

bp = Blueprint("dev_logistics", url_prefix=PREFIX)


class AdvanceIn(BaseModel):
    status: TrackingStatus
    description: str = Field(default="", max_length=200)
    location: str = Field(default="", max_length=64)


def _refuse(status: int, code: str, message: str):
    return json_response({"code": code, "message": message}, status=status)


def _signed(request: Request) -> bool:
    s = get_settings()
    h = {k.lower(): v for k, v in request.headers.items()}
    expected = carriers.request_signature(s.logistics_app_secret, h.get("x-logistics-timestamp", ""),
                                          h.get("x-logistics-nonce", ""), request.method, request.path,
                                          request.body or b"")
    return h.get("x-logistics-app-key") == s.logistics_app_key and hmac.compare_digest(
        expected, h.get("x-logistics-signature", ""))


@bp.post(f"{API}/waybills")
async def create_waybill(request: Request):
    if not _signed(request):
        return _refuse(401, "signature", "签名错误")
    try:
        data = json.loads(request.body or b"{}")
        order_no = str(data["order_no"])[:32]
    except (ValueError, KeyError, TypeError):
        return _refuse(400, "invalid", "请求格式错误")
    no = _by_order.get(order_no)
    if no is None:
        if len(_waybills) >= MAX_WAYBILLS:
            return _refuse(429, "full", "开发环境物流单已满，请重启服务")
        no = f"DEV{next(_seq):010d}"
        _by_order[order_no] = no
        _waybills[no] = {"order_no": order_no, "notify_url": str(data.get("notify_url", ""))[:300], "events": [],
                         "status": "created"}
    return json_response({"waybill_no": no, "status": _waybills[no]["status"]})


@bp.get(f"{API}/waybills/<no:str>/events")
async def waybill_events(request: Request, no: str):
    if not _signed(request):
        return _refuse(401, "signature", "签名错误")
    if no not in _waybills:
        return _refuse(404, "not_found", "运单不存在")
    return json_response({"waybill_no": no, "events": _waybills[no]["events"]})


@bp.post(f"{API}/waybills/<no:str>/cancel")
async def cancel_waybill(request: Request, no: str):
    if not _signed(request):
        return _refuse(401, "signature", "签名错误")
    if no not in _waybills:
        return _refuse(404, "not_found", "运单不存在")
    _waybills[no]["status"] = "cancelled"
    return json_response({"waybill_no": no, "status": "cancelled"})


@bp.get("/waybills")
async def list_waybills(request: Request):
    """The developer's view: every waybill with its events."""
    return json_response({"items": [{"waybill_no": k, **v} for k, v in _waybills.items()]})


@bp.post("/waybills/<no:str>/advance")
async def advance(request: Request, no: str):
    """The parcel moves on: one event, pushed signed to our notify_url; the answer is our endpoint's."""
    if no not in _waybills:
        return _refuse(404, "not_found", "运单不存在")
    try:
        data = AdvanceIn.model_validate_json(request.body or b"{}")
    except ValueError:
        return _refuse(422, "invalid", "status 应为 picked_up / in_transit / out_for_delivery / delivered / exception")
    w = _waybills[no]
    event = {"event_id": f"{no}-{next(_seq)}", "waybill_no": no, "status": data.status,
             "description": data.description, "location": data.location,
             "at": dt.datetime.now(dt.timezone.utc).isoformat()}
    w["events"].append(event)
    body = json.dumps({"events": [event]}, ensure_ascii=False).encode()
    try:
        async with httpx.AsyncClient(timeout=10) as c:
            r = await c.post(w["notify_url"], content=body,
                             headers=carriers.push_headers(get_settings().logistics_app_secret, body))
        pushed: Any = {"status": r.status_code, "answer": r.json() if r.headers.get("content-type", "").startswith(
            "application/json") else r.text[:200]}
    except httpx.HTTPError as exc:
        pushed = {"status": None, "answer": type(exc).__name__}
    return json_response({"event": event, "pushed": pushed})
