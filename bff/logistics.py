"""Where carriers push the tracking of our parcels (docs/logistics.md).

Why a face of its own: the caller is a carrier, not a user, so there is no token or session; what
authenticates a push is its HMAC-SHA256 signature with the carrier's secret, its timestamp and its
nonce (core/pharmacy/logistics.py checks them and audits refusals). 200 means every event was
taken (new, already known, or for a waybill we do not know); anything else and the carrier sends
the push again.
"""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.http import fails, returns
from core.pharmacy import logistics
from core.pharmacy.errors import TrackingMalformed, TrackingRejected
from core.pharmacy.schemas import TrackingPushIn, TrackingReceiptOut

bp = Blueprint("logistics_events", url_prefix="/api/logistics/v1")


@bp.post("/<carrier:str>/events")
@returns(TrackingReceiptOut)
@fails(TrackingRejected, TrackingMalformed)
@openapi.summary("物流公司推送轨迹（HMAC-SHA256 签名：X-Logistics-Timestamp、X-Logistics-Nonce、X-Logistics-Signature；"
                 "超过 5 分钟、重放或伪造的请求 401 pharmacy.tracking_rejected 并记入审计；每个事件按 event_id 只处理一次）")
@openapi.body({"application/json": TrackingPushIn.model_json_schema()})
@openapi.parameter("X-Logistics-Timestamp", str, "header", required=True)
@openapi.parameter("X-Logistics-Nonce", str, "header", required=True)
@openapi.parameter("X-Logistics-Signature", str, "header", required=True)
async def post_events(request: Request, carrier: str):
    return await logistics.receive(carrier=carrier[:32], headers=dict(request.headers), body=request.body or b"")
