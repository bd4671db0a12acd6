"""Login, first-login password change and logout pages.

Why: the console uses the same login service and the same HttpOnly session
cookie as the JSON API (/api/admin/v1/auth/login), so a person who logs in on
the page is logged in for the API and the other way round. The login form
itself is guarded by a double-submit token (a cookie set with the form and a
hidden field) so another site cannot log a browser into an account of its
choosing; once logged in, every form carries the session's CSRF token.
"""
from __future__ import annotations

import secrets
from urllib.parse import urlencode

from sanic import HTTPResponse, Request

from admin_web.api.guard import SESSION_COOKIE
from admin_web.pages import blueprint as bp
from admin_web.pages.common import check_form, done, go, page, refuse, render, safe_next, take_flash
from core import context, crypto
from core.accounts import captcha, lockout
from core.accounts import service as accounts_service
from core.accounts.errors import CsrfFailed
from core.accounts.schemas import AdminLoginIn, ChangePasswordIn
from core.errors import AppError
from core.settings import get_settings

LOGIN_CSRF_COOKIE = "huiyi_login_csrf"
NOTICES = {
    "changed": "密码已修改，请使用新密码重新登录",
    "logout": "您已退出登录",
}
REASONS = {
    "password_change_required": "首次登录请先修改初始密码",
    "password_expired": "密码已过期，请设置新密码",
}


async def _login_form(request: Request, *, status: int = 200, error: str | None = None,
                      errors: dict | None = None, username: str = "", captcha_needed: bool = False):
    token = secrets.token_urlsafe(24)
    # After failures (of this username, or from this address) the form carries a fresh captcha:
    # each one is used up by the attempt that presents it.
    if not captcha_needed:
        captcha_needed = await lockout.captcha_required("admin", username or None, context.client_ip())
    resp = await render(request, "admin/login.html", status=status, login_csrf=token, error=error,
                        errors=errors or {}, username=username, next=safe_next(request.args.get("next")),
                        notice=NOTICES.get(request.args.get("notice", "")),
                        captcha=await captcha.issue() if captcha_needed else None)
    resp.add_cookie(LOGIN_CSRF_COOKIE, token, path="/admin/login", httponly=True, samesite="Strict",
                    secure=get_settings().cookie_secure, max_age=3600)
    return resp


@bp.get("/login")
async def login_page(request: Request):
    flashed = await take_flash(request)  # a refused login: its message and the username typed
    return await _login_form(request, error=flashed.get("error"), errors=flashed.get("errors"),
                             username=flashed.get("username", ""),
                             captcha_needed=bool(flashed.get("captcha_needed")))


async def _refused(request: Request, **flash) -> HTTPResponse:
    """Back to the login form (POST → 303 → GET, as every form), the refusal flashed; the
    password is never carried."""
    nxt = safe_next(request.form.get("next"))
    return await done(request, "/admin/login" + (f"?{urlencode({'next': nxt})}" if nxt else ""), **flash)


@bp.post("/login")
async def login(request: Request):
    form = request.form
    username = (form.get("username") or "").strip()[:64]
    cookie, field = request.cookies.get(LOGIN_CSRF_COOKIE), form.get("csrf_token")
    if not (cookie and field and crypto.constant_time_equals(cookie, field)):
        return await _refused(request, error=CsrfFailed.message, username=username)
    body, errors = check_form(AdminLoginIn, {"username": username, "password": form.get("password") or ""})
    if body is None:
        return await _refused(request, error="请填写用户名和密码", errors=errors, username=username)
    try:
        result = await accounts_service.login(username=body.username, password=body.password,
                                              captcha_id=(form.get("captcha_id") or "")[:64] or None,
                                              captcha_answer=(form.get("captcha_answer") or "")[:16] or None)
    except AppError as exc:
        return await _refused(request, error=exc.message, username=username,
                              captcha_needed=bool(exc.details.get("captcha_required")))
    target = "/admin/password" if result.password_change_required else (safe_next(form.get("next")) or "/admin/")
    resp = go(request, target)
    resp.add_cookie(SESSION_COOKIE, result.session_token, path="/", httponly=True, samesite="Strict",
                    secure=get_settings().cookie_secure, max_age=get_settings().admin_session_seconds)
    resp.delete_cookie(LOGIN_CSRF_COOKIE, path="/admin/login")
    return resp


@bp.post("/logout")
@page(allow_password_change=True)
async def logout(request: Request):
    await accounts_service.logout(actor=request.ctx.actor)
    resp = go(request, "/admin/login?notice=logout")
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


@bp.get("/password")
@page(allow_password_change=True)
async def password_page(request: Request):
    return await render(request, "admin/password.html", errors={},
                        reason=REASONS.get(request.args.get("reason", "")) or _forced(request))


def _forced(request: Request) -> str | None:
    return REASONS["password_change_required"] if request.ctx.session.account.must_change_password else None


@bp.post("/password")
@page(allow_password_change=True)
async def change_password(request: Request):
    form = request.form
    data = {"old_password": form.get("old_password") or "", "new_password": form.get("new_password") or ""}
    body, errors = check_form(ChangePasswordIn, data)
    if body is not None and data["new_password"] != (form.get("confirm_password") or ""):
        errors = {"confirm_password": "两次输入的新密码不一致"}
    if errors:
        return await refuse(request, "/admin/password",
                            lambda: render(request, "admin/password.html", status=422, errors=errors,
                                           reason=_forced(request)),
                            errors=errors)
    try:
        await accounts_service.change_password(actor=request.ctx.actor, old_password=body.old_password,
                                               new_password=body.new_password)
    except AppError as exc:
        field = "old_password" if exc.code == "accounts.old_password_wrong" else "new_password"
        return await refuse(request, "/admin/password",
                            lambda e=exc: render(request, "admin/password.html", status=e.status,
                                           errors={field: e.message}, reason=_forced(request), policy=e.details),
                            errors={field: exc.message}, policy=exc.details)
    # Changing the password ends every session of the account: log in again with the new one.
    resp = go(request, "/admin/login?notice=changed")
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp

