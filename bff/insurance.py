"""Where the medical-insurance e-prescription centre posts its notifications (docs/insurance.md):
review results and pick-up results.

Why a face of its own: the caller is the centre, not a user, so there is no token; the signature
(HMAC-SM3 with the shared secret, checked by core/insurance/notices.py with the timestamp and
nonce) is the authentication. The answer is the protocol's envelope: `{"code": "0"}` when taken
(also for a notification taken before), 401 `insurance.notice_rejected` otherwise.
"""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.errors import PayloadTooLarge
from core.http import fails, returns
from core.insurance import notices, protocol
from core.insurance.errors import NoticeRejected
from core.insurance.schemas import NoticeAck, NoticeIn

MAX_NOTICE_BYTES = 64 * 1024
PREFIX = "/api/insurance/v1/notify"
assert all(p.startswith(PREFIX) for p in protocol.NOTIFY_PATHS.values())


async def _take(request: Request, kind: str) -> dict:
    body = request.body or b""
    if len(body) > MAX_NOTICE_BYTES:
        raise PayloadTooLarge(details={"max_bytes": MAX_NOTICE_BYTES})
    return await notices.handle(kind=kind, headers=dict(request.headers), body=body)


def blueprint(name: str = "insurance_notify") -> Blueprint:
    bp = Blueprint(name, url_prefix=PREFIX)

    @bp.post("/review")
    @returns(NoticeAck)
    @fails(NoticeRejected)
    @openapi.summary("医保电子处方中心：审核结果通知（验证签名、时间戳与随机数；同一通知重复发送只处理一次）")
    @openapi.body({"application/json": NoticeIn.model_json_schema()})
    async def review(request: Request):
        return await _take(request, "review")

    @bp.post("/pickup")
    @returns(NoticeAck)
    @fails(NoticeRejected)
    @openapi.summary("医保电子处方中心：取药结果通知（验证签名、时间戳与随机数；同一通知重复发送只处理一次）")
    @openapi.body({"application/json": NoticeIn.model_json_schema()})
    async def pickup(request: Request):
        return await _take(request, "pickup")

    return bp


bp = blueprint()
