"""The errors of the WeChat server API (core/wechat.py), each failure of WeChat as one of ours.

Why a module of their own: core.wechat loads wechatpy and requests (0.2 s) on the first WeChat
login, not at start, while the login handlers name these errors for the document at import.
"""
from __future__ import annotations

from core.errors import AppError


class WeChatError(AppError):
    status, code, message = 502, "wechat.upstream_error", "微信服务暂时不可用，请稍后重试"


class WeChatCodeInvalid(WeChatError):
    status, code, message = 400, "wechat.code_invalid", "登录凭证无效或已使用，请重新进入小程序"


class WeChatRateLimited(WeChatError):
    status, code, message = 429, "wechat.rate_limited", "登录过于频繁，请稍后再试"


class WeChatWebLoginUnconfigured(WeChatError):
    status, code, message = 503, "wechat.web_login_unconfigured", "公众号网页授权尚未配置，请联系管理员"


class WeChatWebCodeInvalid(WeChatCodeInvalid):
    message = "微信授权已失效或已使用，请重新打开页面授权"


class WeChatUserBlocked(WeChatError):
    status, code, message = 403, "wechat.user_blocked", "该微信账号存在风险，已被微信限制登录"
