"""The life of a payment order and of a refund.

An order:

    created ──paid (WeChat Pay says SUCCESS)──▶ paid
    created ──close (expired, business cancelled)──▶ closed
    closed ──paid (the payer paid just before the close)──▶ paid   (then refunded automatically)
    paid / partially_refunded ──refund succeeded──▶ partially_refunded / refunded

A refund:

    pending (recorded, WeChat Pay not sure to know it) ──accepted──▶ processing ──▶ success / closed / abnormal
    pending ──refused by WeChat Pay──▶ failed

Every transition is idempotent: firing an event that already happened (a
notification sent again, a query after the notification) leaves the row as it
is and reports "unchanged"; money never moves twice because WeChat Pay keys a
payment by out_trade_no and a refund by out_refund_no.
"""
from __future__ import annotations

from enum import Enum


class OrderState(str, Enum):
    CREATED = "created"
    PAID = "paid"
    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"
    CLOSED = "closed"


class RefundState(str, Enum):
    PENDING = "pending"
    PROCESSING = "processing"
    SUCCESS = "success"
    CLOSED = "closed"
    ABNORMAL = "abnormal"
    FAILED = "failed"


ORDER_LABELS = {
    OrderState.CREATED: "待支付", OrderState.PAID: "已支付", OrderState.PARTIALLY_REFUNDED: "部分退款",
    OrderState.REFUNDED: "已退款", OrderState.CLOSED: "已关闭",
}
REFUND_LABELS = {
    RefundState.PENDING: "退款提交中", RefundState.PROCESSING: "退款处理中", RefundState.SUCCESS: "退款成功",
    RefundState.CLOSED: "退款关闭", RefundState.ABNORMAL: "退款异常", RefundState.FAILED: "退款失败",
}
# States in which money was received (and may be refunded).
PAID = frozenset({OrderState.PAID, OrderState.PARTIALLY_REFUNDED, OrderState.REFUNDED})
REFUNDABLE = frozenset({OrderState.PAID, OrderState.PARTIALLY_REFUNDED})
# Refunds that hold part of the order's amount: the remainder is what is left after them.
HOLDING = frozenset({RefundState.PENDING, RefundState.PROCESSING, RefundState.SUCCESS, RefundState.ABNORMAL})
# Refunds whose outcome is not known yet: the sweeper asks WeChat Pay about them.
OPEN_REFUNDS = frozenset({RefundState.PENDING, RefundState.PROCESSING})
# WeChat Pay's refund status → ours.
REFUND_STATUS = {"SUCCESS": RefundState.SUCCESS, "CLOSED": RefundState.CLOSED,
                 "PROCESSING": RefundState.PROCESSING, "ABNORMAL": RefundState.ABNORMAL}


def order_view(state: str) -> dict[str, str]:
    return {"state": state, "state_label": ORDER_LABELS[OrderState(state)]}


def refund_view(state: str) -> dict[str, str]:
    return {"state": state, "state_label": REFUND_LABELS[RefundState(state)]}


def after_refunds(amount_fen: int, refunded_fen: int) -> OrderState:
    """The state of a paid order once `refunded_fen` of it came back."""
    if refunded_fen <= 0:
        return OrderState.PAID
    return OrderState.REFUNDED if refunded_fen >= amount_fen else OrderState.PARTIALLY_REFUNDED
