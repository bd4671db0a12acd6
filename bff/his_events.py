"""Where hospital systems post their visit events (the event centre's signed webhook).

Why a face of its own: the caller is a hospital's HIS, not a user, so there is no token or
session; what authenticates a request is its HMAC signature with the institution's webhook secret,
its timestamp and its nonce (core/visits/centre/webhook.py checks them, counts and audits
refusals). 200 means the events are in the institution's stream; the sender sends anything else
again.
"""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.http import fails, returns
from core.visits.centre import webhook
from core.visits.centre.errors import CentreBusy, WebhookMalformed, WebhookRejected
from core.visits.centre.schemas import EventsIn, ReceiptOut

bp = Blueprint("his_events", url_prefix="/api/his/v1")


@bp.post("/institutions/<institution_id:int>/events")
@returns(ReceiptOut)
@fails(WebhookRejected, WebhookMalformed, CentreBusy)
@openapi.summary("医院HIS推送就诊事件（HMAC-SHA256 签名：X-Huiyi-Timestamp、X-Huiyi-Nonce、X-Huiyi-Signature；"
                 "超过 5 分钟或重放的请求被拒绝并记入审计；单个事件或 {\"events\": [...]}，至多 500 个、1 MB）")
@openapi.body({"application/json": EventsIn.model_json_schema()})
@openapi.parameter("X-Huiyi-Timestamp", str, "header", required=True)
@openapi.parameter("X-Huiyi-Nonce", str, "header", required=True)
@openapi.parameter("X-Huiyi-Signature", str, "header", required=True)
async def post_events(request: Request, institution_id: int):
    return await webhook.receive(institution_id=institution_id, headers=dict(request.headers),
                                 body=request.body or b"")
