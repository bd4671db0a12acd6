"""Request and answer shapes of the accounts domain."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from core.inputs import Id


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
