"""Mini-program login: wx.login code → tokens; the H5 client's login through the official
account's web authorisation (same account by unionid, same tokens); refresh; who am I."""
from __future__ import annotations

from dataclasses import asdict

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.accounts import service as accounts_service
from core.assessment.models import Physician
from core.accounts.schemas import MpMeOut, RefreshIn, TokenPairOut, WxLoginIn
from core.http import fails, parse_body, returns
from core.wechat_errors import WeChatError
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_auth", url_prefix="/auth")


@bp.post("/wx-login")
@returns(TokenPairOut)
@fails(WeChatError)
@openapi.summary("小程序登录：wx.login 的 code 换取访问令牌")
@openapi.body({"application/json": WxLoginIn.model_json_schema()})
async def wx_login(request: Request):
    body = parse_body(request, WxLoginIn)
    pair = await accounts_service.wx_login(code=body.code)
    return TokenPairOut(**asdict(pair))


@bp.post("/wx-web-login")
@returns(TokenPairOut)
@fails(WeChatError)
@openapi.summary("H5 登录：公众号网页授权回调的 code 换取访问令牌（按 unionid 与小程序同一账号）")
@openapi.body({"application/json": WxLoginIn.model_json_schema()})
async def wx_web_login(request: Request):
    body = parse_body(request, WxLoginIn)
    pair = await accounts_service.wx_web_login(code=body.code)
    return TokenPairOut(**asdict(pair))


@bp.post("/refresh")
@returns(TokenPairOut)
@openapi.summary("用刷新令牌换取新的令牌对（刷新令牌只能使用一次）")
@openapi.body({"application/json": RefreshIn.model_json_schema()})
async def refresh(request: Request):
    body = parse_body(request, RefreshIn)
    pair = await accounts_service.refresh(refresh_token=body.refresh_token)
    return TokenPairOut(**asdict(pair))


@bp.get("/me")
@returns(MpMeOut)
@openapi.summary("当前小程序用户")
@mp_required
async def me(request: Request):
    actor = request.ctx.actor
    bound = False
    if actor.kind == "mp":  # the H5 home shows the physician's tiles only to a bound account
        bound = await Physician.filter(mp_account_id=actor.id, deleted_at__isnull=True).exists()
    else:  # a physician logged in on the PC is its own record
        bound = True
    return MpMeOut(account_id=actor.id, kind=actor.kind, physician_bound=bound)
