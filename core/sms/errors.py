"""Error codes of SMS verification: sending limits, codes that are wrong, used or expired, and a
provider that refused or could not be reached."""
from core.errors import AppError


class SendTooSoon(AppError):
    """One code per phone and per account a minute (Retry-After says how long to wait)."""

    status, code, message = 429, "sms.too_soon", "验证码发送过于频繁，请稍后再试"


class DailyLimit(AppError):
    status, code, message = 429, "sms.daily_limit", "24小时内获取验证码次数已达上限，请明天再试"


class CodeRequired(AppError):
    """No code was sent to this phone for this account and purpose (another account's code is none)."""

    status, code, message = 422, "sms.code_required", "请先获取短信验证码"


class CodeInvalid(AppError):
    status, code, message = 422, "sms.code_invalid", "短信验证码错误"


class CodeExpired(AppError):
    status, code, message = 422, "sms.code_expired", "短信验证码已过期，请重新获取"


class CodeUsed(AppError):
    status, code, message = 422, "sms.code_used", "短信验证码已使用，请重新获取"


class CodeLocked(AppError):
    status, code, message = 422, "sms.code_locked", "验证码错误次数过多，请重新获取"


class SendFailed(AppError):
    """The provider refused the message or could not be reached; nothing the person did wrong."""

    status, code, message = 503, "sms.send_failed", "短信发送失败，请稍后重试"


class NotAvailable(AppError):
    status, code, message = 503, "sms.unavailable", "短信服务尚未开通，请联系客服"
