"""The one error model.

Why: every error answer, from any face of the service, has the same JSON shape
`{"code", "message", "details", "request_id"}` so that clients handle errors in
one place. Domains subclass `AppError` in their own `errors.py` with stable
codes named `<domain>.<reason>`.
"""
from __future__ import annotations

from typing import Any


class AppError(Exception):
    status: int = 400
    code: str = "request.invalid"
    message: str = "请求无效"

    def __init__(self, message: str | None = None, *, details: dict[str, Any] | None = None,
                 code: str | None = None, status: int | None = None, headers: dict | None = None):
        self.message = message or self.message
        self.details = details or {}
        if code:
            self.code = code
        if status:
            self.status = status
        self.headers = headers or {}
        super().__init__(f"{self.code}: {self.message}")

    def to_dict(self, request_id: str | None) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "details": self.details,
                "request_id": request_id}


class BadRequest(AppError):
    status, code, message = 400, "request.malformed", "请求格式错误"


class ValidationFailed(AppError):
    status, code, message = 422, "request.validation_failed", "请求数据校验未通过"


class Unauthorized(AppError):
    status, code, message = 401, "auth.unauthenticated", "请先登录"


class Forbidden(AppError):
    status, code, message = 403, "auth.forbidden", "没有权限执行此操作"


class NotFound(AppError):
    status, code, message = 404, "request.not_found", "资源不存在"


class Conflict(AppError):
    status, code, message = 409, "request.conflict", "与现有数据冲突"


class TooManyRequests(AppError):
    status, code, message = 429, "request.rate_limited", "请求过于频繁"


class PayloadTooLarge(AppError):
    status, code, message = 413, "request.too_large", "请求体过大"


class MethodNotAllowed(AppError):
    status, code, message = 405, "request.method_not_allowed", "不支持该请求方法"


class ServiceUnavailable(AppError):
    status, code, message = 503, "service.unavailable", "服务暂不可用"


class ServiceBusy(ServiceUnavailable):
    """The database kept losing lock conflicts for this request (core.db.transactional)."""
    status, code, message = 503, "service.busy", "服务繁忙，请稍后重试"


class InternalError(AppError):
    status, code, message = 500, "internal.error", "服务器内部错误，请稍后重试"


# Stable codes documented for clients (see README). Domain errors add their own.
CATALOGUE = {cls.code: cls.message for cls in (
    BadRequest, ValidationFailed, Unauthorized, Forbidden, NotFound, Conflict,
    TooManyRequests, PayloadTooLarge, MethodNotAllowed, ServiceUnavailable, ServiceBusy, InternalError)}
