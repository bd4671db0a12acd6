"""Errors of the event centre's edges (the webhook, the onboarding of connections)."""
from __future__ import annotations

from core.errors import AppError


class WebhookRejected(AppError):
    """details.reason: unknown (no connection or no secret), signature, stale, replayed."""

    status, code, message = 401, "visits.webhook_rejected", "事件推送验证未通过"


class WebhookMalformed(AppError):
    """The body is not one event object or {"events": [...]} of at most 500 events."""

    status, code, message = 400, "visits.webhook_malformed", "事件推送格式错误"


class CentreBusy(AppError):
    """The institution's stream holds VISITS_STREAM_MAX unprocessed events: send again later."""

    status, code, message = 503, "visits.centre_busy", "事件中心繁忙，请稍后重发"


class ConnectionInvalid(AppError):
    """details.field: the connection setting that does not hold (adapter, queue, mode)."""

    status, code, message = 422, "visits.connection_invalid", "接入配置无效"
