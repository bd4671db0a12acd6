"""Error codes of electronic invoices (core/invoices)."""
from core.errors import AppError


class InvoiceNotFound(AppError):
    status, code, message = 404, "invoices.not_found", "发票不存在"


class EmailInvalid(AppError):
    """details.field = email."""

    status, code, message = 422, "invoices.email_invalid", "邮箱地址格式不正确"


class EmailTooFrequent(AppError):
    status, code, message = 429, "invoices.email_rate_limited", "发送过于频繁，请稍后再试"


class MailNotConfigured(AppError):
    """Production without SMTP_HOST: nothing can be sent."""

    status, code, message = 503, "invoices.mail_not_configured", "邮件服务尚未开通，请联系医院"
