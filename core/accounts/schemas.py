"""Request and answer shapes of the accounts domain."""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from core.inputs import Id
from core.outputs import Out


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class AdminLoginIn(In):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    # Required after failures (the answer then says accounts.captcha_required): GET /auth/captcha.
    captcha_id: str | None = Field(default=None, max_length=64)
    captcha_answer: str | None = Field(default=None, max_length=16)


class ChangePasswordIn(In):
    old_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(min_length=1, max_length=256)


class AdminCreateIn(In):
    username: str = Field(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")
    display_name: str = Field(default="", max_length=64)
    org_id: Id
    roles: list[str] = Field(min_length=1)
    phone: str | None = Field(default=None, pattern=r"^1\d{10}$")


class AdminDisableIn(In):
    disabled: bool


class AdminRolesIn(In):
    roles: list[str] = Field(min_length=1, max_length=10)


class WxLoginIn(In):
    code: str = Field(min_length=1, max_length=128)


class RefreshIn(In):
    refresh_token: str = Field(min_length=1, max_length=2048)


class AdminOut(BaseModel):
    id: int
    username: str
    display_name: str
    org_id: int
    roles: list[str]
    disabled: bool
    must_change_password: bool
    phone: str | None = None


class TokenPairOut(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "Bearer"
    expires_in: int
    account_id: int


# ---------------------------------------------------------------- declared answers (core.http.returns)

class AdminLoginOut(Out):
    account_id: int
    username: str
    csrf_token: str = Field(description="除 GET 外的每个请求都放在 X-CSRF-Token 头中")
    password_change_required: bool


class CaptchaOut(Out):
    captcha_id: str
    expires_in: int = Field(description="秒")
    image: str = Field(description="PNG 图片的 data URL")


class SessionsEndedOut(Out):
    sessions_ended: int


class PasswordChangedOut(Out):
    changed: bool
    relogin: bool = Field(description="须重新登录：该账号的所有会话已结束")


class RealtimeTicketOut(Out):
    token: str = Field(description="短期访问令牌：WebSocket 连接后第一条消息 {\"op\": \"auth\", \"token\": ...} 中发送")
    expires_in: int = Field(description="有效秒数；到期前重新获取并再次发送 auth")
    expires_at: dt.datetime
    account: str = Field(description="网关中的账号，如 admin:12")
    url: str = Field(description="WebSocket 地址（同源）")


class AdminMeOut(Out):
    id: int
    username: str
    org_id: int
    roles: list[str]
    permissions: list[str]
    csrf_token: str
    password_change_required: bool


class AdminAccountOut(Out):
    """An administrator account; `display_name` and `phone` masked unless revealed."""
    id: int
    username: str
    org_id: int
    roles: list[str]
    disabled: bool
    must_change_password: bool
    display_name: str | None
    phone: str | None


class AdminAccountInitialOut(AdminAccountOut):
    initial_password: str = Field(description="只出现这一次；首次登录时须修改")


class LoginStateOut(Out):
    id: int
    failures: int
    retry_after: int = Field(description="下一次登录须等待的秒数")
    captcha_required: bool


class UnlockedOut(Out):
    id: int
    username: str
    failures_cleared: int


class PhysicianUnlockedOut(Out):
    id: int
    failures_cleared: int


class MpMeOut(Out):
    account_id: int
    kind: str = Field(description="mp：小程序 / H5 用户；physician：电脑端登录的医师")
    physician_bound: bool


class MpAccountOut(Out):
    """A mini-program account and the physician record bound to it (if any)."""
    id: int
    disabled: bool
    created_at: dt.datetime
    last_login_at: dt.datetime | None
    physician_id: int | None
    institution_id: int | None


class MpAccountListedOut(MpAccountOut):
    physician_name: str | None


class RebindCodeOut(Out):
    physician_id: int
    rebind_code: str = Field(description="只显示这一次，72 小时内有效，用后作废")
    expires_at: dt.datetime
