"""A console account's signing keys (core/signing): its own list, and revoking one (the owner, or an
administrator with accounts.write over the account)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.http import fails, returns
from core.outputs import Items
from core.signing import service as signing
from core.signing.errors import KeyNotFound
from core.signing.service import KeyOut

bp = Blueprint("admin_signing", url_prefix="/signing")


@bp.get("/keys")
@returns(Items[KeyOut])
@openapi.summary("我的签名密钥：提供方（内置 SM2 / CA）、公钥、证书、吊销时间")
@admin_required
async def my_keys(request: Request):
    return {"items": await signing.my_keys(actor=request.ctx.actor)}


@bp.post("/keys/<key_id:int>/revoke")
@returns(KeyOut)
@fails(KeyNotFound)
@openapi.summary("吊销签名密钥：此后用它签的文书校验为“已吊销”，下次签名时生成新密钥")
@admin_required
async def revoke(request: Request, key_id: int):
    return await signing.revoke_key(actor=request.ctx.actor, key_id=key_id)
