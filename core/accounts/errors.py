"""Error codes of the accounts domain."""
from core.errors import AppError


class InvalidCredentials(AppError):
    status, code, message = 401, "accounts.invalid_credentials", "用户名或密码错误"


class OldPasswordWrong(AppError):
    status, code, message = 422, "accounts.old_password_wrong", "原密码错误"


class AccountLocked(AppError):
    status, code, message = 429, "accounts.locked", "该账号登录失败次数过多"


class AccountDisabled(AppError):
    status, code, message = 403, "accounts.disabled", "账号已停用"


class PasswordChangeRequired(AppError):
    status, code, message = 403, "accounts.password_change_required", "请先修改初始密码"


class PasswordExpired(AppError):
    status, code, message = 403, "accounts.password_expired", "密码已过期，请修改密码"


class WeakPassword(AppError):
    status, code, message = 422, "accounts.weak_password", "密码不符合安全策略"


class PasswordReused(AppError):
    status, code, message = 422, "accounts.password_reused", "新密码不能与旧密码相同"


class UsernameTaken(AppError):
    status, code, message = 409, "accounts.username_taken", "用户名已存在"


class UnknownRole(AppError):
    status, code, message = 422, "accounts.unknown_role", "角色不存在"


class SessionExpired(AppError):
    status, code, message = 401, "accounts.session_expired", "登录已失效，请重新登录"


class CsrfFailed(AppError):
    status, code, message = 403, "accounts.csrf_failed", "页面已过期，请刷新后重试"


class TokenInvalid(AppError):
    status, code, message = 401, "auth.token_invalid", "登录凭证无效"


class TokenExpired(AppError):
    status, code, message = 401, "auth.token_expired", "登录凭证已过期"


class RefreshReused(AppError):
    status, code, message = 401, "auth.refresh_reused", "登录凭证已被使用，请重新登录"


class RolesBeyondOwn(AppError):
    status, code, message = 403, "accounts.roles_beyond_own", "不能为本机构账号授予超出本人权限的角色"


class OwnRoles(AppError):
    status, code, message = 409, "accounts.own_roles", "不能修改自己的角色，请由上级或本机构其他管理员操作"


class OwnAccount(AppError):
    """An administrator acting on their own account through account management (reset, disable, delete,
    unlock): a stolen session must not lock the owner out or mint a password without the old one."""
    status, code, message = 409, "accounts.own_account", "不能通过账号管理操作自己的账号；修改本人密码请使用“修改密码”（需验证原密码）"


class AddressLimited(AppError):
    status, code, message = 429, "accounts.address_limited", "本网络登录失败次数过多"


class CaptchaRequired(AppError):
    status, code, message = 401, "accounts.captcha_required", "请输入图形验证码"


class CaptchaInvalid(AppError):
    status, code, message = 401, "accounts.captcha_invalid", "图形验证码错误或已失效，请重新获取"
