"""Request and answer shapes of payments (console, payer, WeChat Pay's notifications)."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core.inputs import Id
from core.outputs import Out, Page

Channel = Literal["miniprogram", "h5"]
OrderStateName = Literal["created", "paid", "partially_refunded", "refunded", "closed"]
RefundStateName = Literal["pending", "processing", "success", "closed", "abnormal", "failed"]
MAX_FEN = 10**9  # ten million yuan: beyond any fee here, inside MariaDB's INT

# WeChat Pay: out_refund_no is up to 64 of digits, letters and _-|*@.
OUT_REFUND_NO = r"^[0-9A-Za-z_\-|*@]{6,64}$"


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class RefundIn(In):
    """A refund from the console. `out_refund_no` makes a retry (after a timeout) the same refund:
    the console sends the number it was given the first time, or its own."""

    amount_fen: int = Field(ge=1, le=MAX_FEN, description="退款金额（分）")
    reason: str = Field(min_length=1, max_length=80, description="退款原因（会显示在付款人的退款消息中）")
    out_refund_no: str | None = Field(default=None, pattern=OUT_REFUND_NO, description="商户退款单号；重试时传原单号")


class OrderFilters(In):
    state: OrderStateName | None = None
    kind: str | None = Field(default=None, pattern=r"^[a-z_]+\.[a-z_]+$", max_length=48,
                             description="业务类型，如 records.request")
    reference: str | None = Field(default=None, max_length=64, description="业务单据，如 records.request:12")
    out_trade_no: str | None = Field(default=None, max_length=32)
    number: str | None = Field(default=None, pattern=r"^[0-9A-Za-z_\-|*@]{1,32}$",
                               description="商户订单号或微信支付单号")
    org_id: Id | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    # The paging arguments travel in the same query string.
    page: int | None = None
    page_size: int | None = None


class CloseIn(In):
    """Closing an unpaid order from the console."""

    reason: str = Field(min_length=1, max_length=60, description="关闭原因")


class HandledIn(In):
    """An abnormal refund settled by hand at WeChat Pay's merchant platform."""

    note: str = Field(min_length=1, max_length=200, description="处理说明，如：已在商户平台退款至用户微信零钱")


class RefundFilters(In):
    state: RefundStateName | None = None
    number: str | None = Field(default=None, pattern=r"^[0-9A-Za-z_\-|*@]{1,64}$",
                               description="商户退款单号、商户订单号或微信支付退款单号")
    org_id: Id | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    unhandled: bool | None = Field(default=None, description="仅未处理的退款异常")


class PayChannelIn(In):
    channel: Channel = Field(default="miniprogram", description="小程序 miniprogram，或微信内的 H5 客户端 h5")


class OrderOut(Out):
    id: int
    out_trade_no: str
    reference: str
    description: str
    org_id: int
    channel: str
    amount_fen: int
    refunded_fen: int
    state: OrderStateName
    state_label: str
    trade_state: str = Field(description="微信支付侧最近一次得知的交易状态")
    transaction_id: str | None
    created_at: dt.datetime
    expires_at: dt.datetime
    paid_at: dt.datetime | None
    closed_at: dt.datetime | None
    close_reason: str


class RefundOut(Out):
    id: int
    out_refund_no: str
    refund_id: str | None
    amount_fen: int
    reason: str
    state: RefundStateName
    state_label: str
    automatic: bool = Field(description="系统自动退款（如订单取消后才到账的支付）")
    failure: str
    created_at: dt.datetime
    succeeded_at: dt.datetime | None
    handled_at: dt.datetime | None = Field(description="退款异常已在商户平台人工处理的时间")
    handled_note: str = Field(description="人工处理说明")


class OrderDetailOut(OrderOut):
    remaining_fen: int = Field(description="尚可退款的金额（分）")
    refunds: list[RefundOut]


class OrderPage(Page[OrderOut]):
    pass


class PayParamsOut(Out):
    """What wx.requestPayment (mini-program) and WeixinJSBridge getBrandWCPayRequest (H5) take."""
    appId: str
    timeStamp: str
    nonceStr: str
    package: str
    signType: str
    paySign: str


class CheckoutOut(Out):
    order: OrderOut
    pay_params: PayParamsOut
    cashier_url: str | None = Field(description="仅开发环境：离线微信支付的收银台（页面中没有 WeixinJSBridge 时调用）")


class RefundResultOut(Out):
    order: OrderDetailOut
    refund: RefundOut


class NotifyAck(Out):
    """What WeChat Pay is answered when a notification was taken (anything else: it sends it again)."""
    code: str
    message: str


class BillItemOut(Out):
    kind: Literal["payment", "refund"]
    outcome: Literal["matched", "missing_ours", "missing_theirs", "amount_mismatch"]
    out_trade_no: str
    out_refund_no: str
    transaction_id: str
    their_fen: int | None
    our_fen: int | None
    org_id: int | None
    note: str


class ReportOut(Out):
    bill_date: dt.date
    state: Literal["balanced", "discrepancies"]
    bill_found: bool = Field(description="微信支付有无该日账单（当日无交易时没有账单）")
    bill_sha1: str
    bill_rows: int
    matched: int
    missing_ours: int = Field(description="账单中有、我方没有（或我方未记为成功）")
    missing_theirs: int = Field(description="我方有、账单中没有")
    amount_mismatch: int
    their_paid_fen: int
    their_refunded_fen: int
    our_paid_fen: int
    our_refunded_fen: int
    run_at: dt.datetime
    items: list[BillItemOut] = Field(description="差异在前，其后为已核对一致的明细")


class ReportSummaryOut(Out):
    bill_date: dt.date
    state: Literal["balanced", "discrepancies"]
    bill_found: bool
    matched: int
    missing_ours: int
    missing_theirs: int
    amount_mismatch: int
    run_at: dt.datetime


class ReportPage(Page[ReportSummaryOut]):
    pass


# ------------------------------------------------------------------ the payment platform (core/payments/summary.py)


class SummaryFilters(In):
    date_from: dt.date | None = Field(default=None, description="开始日期（含），默认本月 1 日")
    date_to: dt.date | None = Field(default=None, description="结束日期（含），默认今天；范围最多 366 天")
    org_id: Id | None = None


class SummaryRowOut(Out):
    service: str = Field(description="业务：在线问诊的图文 / 视频分开，药品订单、病案复印 …")
    orders: int = Field(description="期间下单笔数")
    paid_orders: int = Field(description="期间支付成功笔数")
    paid_fen: int
    refunds: int = Field(description="期间退款成功笔数")
    refunded_fen: int
    net_fen: int = Field(description="支付减退款")


class SummaryOut(Out):
    date_from: dt.date
    date_to: dt.date
    rows: list[SummaryRowOut]
    total: SummaryRowOut


class DiscrepancyFilters(In):
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    outcome: Literal["missing_ours", "missing_theirs", "amount_mismatch"] | None = None
    page: int | None = None
    page_size: int | None = None


class DiscrepancyOut(Out):
    bill_date: dt.date
    kind: Literal["payment", "refund"]
    kind_label: str
    outcome: Literal["missing_ours", "missing_theirs", "amount_mismatch"]
    outcome_label: str
    out_trade_no: str
    out_refund_no: str
    transaction_id: str
    their_fen: int | None
    our_fen: int | None
    org_id: int | None
    note: str
    order_id: int | None
    service: str


class DiscrepancyPage(Page[DiscrepancyOut]):
    counts: dict[str, int] = Field(description="各差异类型的笔数（不受 outcome 筛选影响）")
