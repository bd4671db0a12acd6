"""Error codes of payments (WeChat Pay orders, refunds, notifications, reconciliation)."""
from core.errors import AppError


class NotConfigured(AppError):
    status, code, message = 503, "payments.not_configured", "在线支付尚未开通，请联系医院"


class GatewayFailed(AppError):
    """WeChat Pay refused or could not be reached; details.reason (and WeChat Pay's code when it answered)."""

    status, code, message = 502, "payments.gateway_failed", "微信支付暂不可用，请稍后重试"


class PayerUnknown(AppError):
    """No openid of the payer for the app that pays (details.channel)."""

    status, code, message = 409, "payments.payer_unknown", "无法确认您的微信身份，请重新登录后再支付"


class AlreadyPaid(AppError):
    status, code, message = 409, "payments.already_paid", "该订单已支付"


class OrderNotPayable(AppError):
    status, code, message = 409, "payments.not_payable", "订单当前不能支付"


class NotRefundable(AppError):
    """details.state: the order was not paid, or was refunded in full already."""

    status, code, message = 409, "payments.not_refundable", "订单当前状态不能退款"


class RefundTooLarge(AppError):
    """details.amount_fen (asked) and details.remaining_fen (what may still be refunded)."""

    status, code, message = 422, "payments.refund_exceeds_remaining", "退款金额超过订单剩余可退金额"


class RefundConflict(AppError):
    """The out_refund_no is another refund's (another order, or another amount)."""

    status, code, message = 409, "payments.refund_conflict", "退款单号已用于另一笔退款"


class NotClosable(AppError):
    """details.state: only an order waiting for payment is closed."""

    status, code, message = 409, "payments.not_closable", "只有待支付的订单可以关闭"


class RefundSettled(AppError):
    """details.state: the refund has its outcome; WeChat Pay need not be asked again."""

    status, code, message = 409, "payments.refund_settled", "该退款已有结果，无需重新查询"


class NotAbnormal(AppError):
    """details.state: only a refund WeChat Pay reported ABNORMAL is handled by hand."""

    status, code, message = 409, "payments.refund_not_abnormal", "只有退款异常的退款需要人工处理"


class AlreadyHandled(AppError):
    status, code, message = 409, "payments.refund_already_handled", "该退款异常已标记为处理完毕"


class NotificationRejected(AppError):
    """details.reason: signature, stale, replayed, malformed, decryption, merchant."""

    status, code, message = 401, "payments.notification_rejected", "通知验证未通过"


class BillUnavailable(AppError):
    """WeChat Pay produces a day's bill after 10:00 the next day, for three months."""

    status, code, message = 409, "payments.bill_unavailable", "该日账单暂不可下载"
