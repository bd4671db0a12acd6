"""Admin login, logout, password change and the current session."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from admin_web.api.guard import SESSION_COOKIE, admin_required
from core.accounts import captcha
from core.accounts import service as accounts_service
from core.accounts.schemas import (
    AdminLoginIn, AdminLoginOut, AdminMeOut, CaptchaOut, ChangePasswordIn, PasswordChangedOut, SessionsEndedOut,
)
from core.http import answer, parse_body, returns
from core.settings import get_settings

bp = Blueprint("admin_auth", url_prefix="/auth")


def _drop_cookie(resp):
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


@bp.post("/login")
@returns(AdminLoginOut)
@openapi.summary("管理员登录（设置 HttpOnly 会话 Cookie，返回 CSRF 令牌）；失败多次后须等待（429，Retry-After）"
                 "并附图形验证码（401 accounts.captcha_required）")
@openapi.body({"application/json": AdminLoginIn.model_json_schema()})
async def login(request: Request):
    body = parse_body(request, AdminLoginIn)
    result = await accounts_service.login(username=body.username, password=body.password,
                                          captcha_id=body.captcha_id, captcha_answer=body.captcha_answer)
    resp = answer(AdminLoginOut, {"account_id": result.account.id, "username": result.account.username,
               "csrf_token": result.csrf_token,
               "password_change_required": result.password_change_required})
    resp.add_cookie(SESSION_COOKIE, result.session_token, path="/", httponly=True, samesite="Strict",
                    secure=get_settings().cookie_secure, max_age=get_settings().admin_session_seconds)
    return resp


@bp.get("/captcha")
@returns(CaptchaOut)
@openapi.summary("获取图形验证码（登录失败多次后登录须附 captcha_id 与 captcha_answer；一次有效，5 分钟过期）")
async def get_captcha(request: Request):
    resp = answer(CaptchaOut, await captcha.issue())
    resp.headers["Cache-Control"] = "no-store"
    return resp


@bp.post("/logout")
@returns(SessionsEndedOut)
@openapi.summary("退出登录：结束本会话")
@admin_required(allow_password_change=True)
async def logout(request: Request):
    ended = await accounts_service.logout(actor=request.ctx.actor)
    return _drop_cookie(answer(SessionsEndedOut, {"sessions_ended": ended}))


@bp.post("/password")
@returns(PasswordChangedOut)
@openapi.summary("修改密码（结束该账号的所有会话）")
@openapi.body({"application/json": ChangePasswordIn.model_json_schema()})
@admin_required(allow_password_change=True)
async def change_password(request: Request):
    body = parse_body(request, ChangePasswordIn)
    await accounts_service.change_password(actor=request.ctx.actor, old_password=body.old_password,
                                           new_password=body.new_password)
    return _drop_cookie(answer(PasswordChangedOut, {"changed": True, "relogin": True}))


@bp.get("/me")
@returns(AdminMeOut)
@openapi.summary("当前登录的管理员、所属机构、角色与权限")
@admin_required(allow_password_change=True)
async def me(request: Request):
    a = request.ctx.actor
    acct = request.ctx.session.account
    return AdminMeOut(**{"id": a.id, "username": a.name, "org_id": a.org_id, "roles": list(a.roles),
               "permissions": sorted(a.permissions), "csrf_token": request.ctx.session.csrf_token,
               "password_change_required": acct.must_change_password})
