"""Where WeChat Pay posts its notifications (payment results, refund results).

Why a face of its own: the caller is WeChat Pay, not a user, so there is no token;
what authenticates a notification is its signature (WeChat Pay's platform key) and
its encrypted resource (our APIv3 key), both checked by the service, which also
refuses stale and replayed ones. The answer is what WeChat Pay expects: 200
`{"code": "SUCCESS"}` when taken, anything else and it sends the notification
again later (a rejection is in the one error model, which WeChat Pay ignores).
"""
from __future__ import annotations

from pydantic import BaseModel, Field
from sanic import Blueprint, Request
from sanic_ext import openapi

from core.errors import PayloadTooLarge
from core.http import fails, returns
from core.payments import service as payments
from core.payments.gateway import REFUND_NOTIFY_PATH, TRANSACTION_NOTIFY_PATH
from core.payments.errors import NotificationRejected
from core.payments.schemas import NotifyAck

MAX_NOTIFICATION_BYTES = 64 * 1024  # WeChat Pay's are about 1 KB
PREFIX = "/api/pay/v1/wechatpay/notify"
assert TRANSACTION_NOTIFY_PATH.startswith(PREFIX) and REFUND_NOTIFY_PATH.startswith(PREFIX)


class _Resource(BaseModel):
    original_type: str = Field(max_length=32)
    algorithm: str = Field(max_length=32)
    ciphertext: str = Field(max_length=60000)
    associated_data: str = Field(default="", max_length=64)
    nonce: str = Field(max_length=32)


class NotificationIn(BaseModel):
    """WeChat Pay's notification envelope; the headers Wechatpay-Timestamp, -Nonce, -Signature,
    -Serial and -Signature-Type carry its signature."""
    id: str = Field(max_length=64)
    create_time: str = Field(max_length=32)
    resource_type: str = Field(max_length=32)
    event_type: str = Field(max_length=32)
    summary: str = Field(max_length=64)
    resource: _Resource


async def _take(request: Request, kind: str) -> dict:
    body = request.body or b""
    if len(body) > MAX_NOTIFICATION_BYTES:
        raise PayloadTooLarge(details={"max_bytes": MAX_NOTIFICATION_BYTES})
    return await payments.handle_notification(kind=kind, headers=dict(request.headers),
                                              body=body.decode("utf-8", errors="replace"))


def blueprint(name: str = "pay_notify") -> Blueprint:
    """The notify routes on a blueprint of their own (the app's, or a test server's)."""
    bp = Blueprint(name, url_prefix=PREFIX)

    @bp.post(TRANSACTION_NOTIFY_PATH[len(PREFIX):])
    @returns(NotifyAck)
    @fails(NotificationRejected)
    @openapi.summary("微信支付：支付结果通知（验证签名与时间戳、解密资源；重复通知不重复处理，伪造与重放的通知被拒绝并记入审计）")
    @openapi.body({"application/json": NotificationIn.model_json_schema()})
    async def transaction_notify(request: Request):
        return await _take(request, "transaction")

    @bp.post(REFUND_NOTIFY_PATH[len(PREFIX):])
    @returns(NotifyAck)
    @fails(NotificationRejected)
    @openapi.summary("微信支付：退款结果通知（验证签名与时间戳、解密资源；重复通知不重复处理）")
    @openapi.body({"application/json": NotificationIn.model_json_schema()})
    async def refund_notify(request: Request):
        return await _take(request, "refund")

    return bp


bp = blueprint()
