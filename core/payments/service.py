"""Payments: orders paid through WeChat Pay, refunds, notifications, and what the consoles see.

Why: money changes hands outside our transaction (at WeChat Pay), and every
message about it may arrive twice, late, or not at all: a notification is sent
again until answered, a payer pays just as the business gives up on the order,
a refund request times out with its outcome unknown. So every change here is a
transition of a row locked in our database, fired by whatever brings the news
(notification, query, sweeper), and a transition that already happened changes
nothing. Money never moves twice because WeChat Pay keys a payment by our
out_trade_no and a refund by our out_refund_no, and we reuse them on every retry.

For business domains (the narrow public part):
- `checkout(actor=, reference=, org_id=, amount_fen=, description=, channel=)`: the
  payable order of a business reference and the signed parameters of the payer's
  wx.requestPayment; one payable order per reference at a time.
- `sync(reference=)`: ask WeChat Pay now (the payer's client says it paid; the
  notification may come later). `order_of(reference=)`: the latest order.
- `close(reference=, reason=)`: the business gave up before payment. A payment
  that arrives anyway is refused by the business (core/payments/purposes.py) and
  refunded automatically.
- `refund_reference(actor=, reference=, amount_fen=None, reason=, out_refund_no=None)`.
- Events (inside the transaction of the change, through core.events):
  `payments.paid`, `payments.refund_requested`, `payments.refunded`,
  `payments.refund_failed`, `payments.closed`.
"""
from __future__ import annotations

import datetime as dt
import logging
import secrets
import time
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F, Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core import events, scope
from core.accounts import service as accounts_service
from core.audit import service as audit_service
from core.cache import redis
from core.db import transactional, utcnow
from core.errors import NotFound, ValidationFailed
from core.jobs import per_item
from core.localtime import LOCAL, within_days
from core.payments import gateway as gateway_mod
from core.payments import keys, purposes, states
from core.payments.errors import (
    AlreadyPaid, GatewayFailed, NotificationRejected, NotRefundable, OrderNotPayable, PayerUnknown, RefundConflict,
    RefundTooLarge,
)
from core.payments.gateway import GatewayError, PaymentGateway, RefundInfo, Transaction
from core.payments.models import PaymentNotice, PaymentOrder, PaymentRefund
from core.payments.states import OrderState, RefundState
from core.principal import Principal
from core.settings import get_settings

log = logging.getLogger("huiyi.payments")

PERM_READ, PERM_REFUND = "payments.read", "payments.refund"
# Changes brought by WeChat Pay (notifications, queries) and by the sweeper are made by it.
WECHATPAY = Principal(kind="system", name="wechatpay")
CHANNEL_APP = {"miniprogram": "mp", "h5": "oa"}
PREPAY_REUSE = dt.timedelta(minutes=100)  # a prepay_id lives two hours at WeChat Pay
NOTICE_WINDOW = 300  # seconds a notification's signed timestamp may be off (WeChat Pay's own rule)
NONCE_SECONDS = 2 * NOTICE_WINDOW + 60
SWEEP_GRACE = dt.timedelta(minutes=1)
# WeChat Pay's codes after which a refund request may simply be sent again later.
RETRYABLE = {"SYSTEM_ERROR", "FREQUENCY_LIMITED", "NOT_ENOUGH"}


def _gateway() -> PaymentGateway:
    return gateway_mod.get_gateway()


def _failed(exc: GatewayError, what: str) -> GatewayFailed:
    return GatewayFailed(details={"reason": what, "code": exc.code, "status": exc.status, "unknown": exc.unknown})


async def _emit(name: str, payload: dict[str, Any]) -> None:
    """Tell other domains, inside the caller's transaction (core.events' outbox; relayed after the commit)."""
    await events.emit(name, payload)


def new_number(prefix: str) -> str:
    """An out_trade_no / out_refund_no: a letter, local time to the second, 10 random hex digits (25 characters)."""
    return prefix + dt.datetime.now(LOCAL).strftime("%Y%m%d%H%M%S") + secrets.token_hex(5).upper()


# ================================================================== views

def order_view(order: PaymentOrder) -> dict[str, Any]:
    return {"id": order.id, "out_trade_no": order.out_trade_no, "reference": order.reference,
            "description": order.description, "org_id": order.org_id, "channel": order.channel,
            "amount_fen": order.amount_fen, "refunded_fen": order.refunded_fen, **states.order_view(order.state),
            "trade_state": order.trade_state, "transaction_id": order.transaction_id,
            "created_at": order.created_at, "expires_at": order.expires_at, "paid_at": order.paid_at,
            "closed_at": order.closed_at, "close_reason": order.close_reason}


def refund_view(refund: PaymentRefund) -> dict[str, Any]:
    return {"id": refund.id, "out_refund_no": refund.out_refund_no, "refund_id": refund.refund_id,
            "amount_fen": refund.amount_fen, "reason": refund.reason, **states.refund_view(refund.state),
            "automatic": refund.automatic, "failure": refund.failure, "created_at": refund.created_at,
            "succeeded_at": refund.succeeded_at, "handled_at": refund.handled_at, "handled_note": refund.handled_note}


async def _holding(order_id: int) -> int:
    rows = await PaymentRefund.filter(order_id=order_id, state__in=[s.value for s in states.HOLDING]).values_list(
        "amount_fen", flat=True)
    return sum(rows)


async def _detail(order: PaymentOrder) -> dict[str, Any]:
    refunds = await PaymentRefund.filter(order_id=order.id).order_by("id")
    held = sum(r.amount_fen for r in refunds if states.RefundState(r.state) in states.HOLDING)
    remaining = order.amount_fen - held if states.OrderState(order.state) in states.REFUNDABLE else 0
    return {**order_view(order), "remaining_fen": max(0, remaining), "refunds": [refund_view(r) for r in refunds]}


# ================================================================== checkout (business domains)

async def _payer(actor: Principal, channel: str) -> tuple[str, str]:
    """(appid, openid) that pay in `channel`: the mini-program's, or the official account's in WeChat's browser."""
    s = get_settings()
    if channel not in CHANNEL_APP:
        raise ValidationFailed(details={"errors": [{"path": "channel", "type": "enum",
                                                    "message": "应为 miniprogram 或 h5"}]})
    if actor.kind != "mp" or actor.id is None:
        raise PayerUnknown(details={"channel": channel})
    openid = await accounts_service.wechat_openid(account_id=actor.id, app=CHANNEL_APP[channel])
    if not openid:
        raise PayerUnknown(details={"channel": channel})
    return (s.wechat_appid if channel == "miniprogram" else s.wechat_oa_appid), openid


@transactional
async def _open_order(*, reference: str, org_id: int, amount_fen: int, description: str, channel: str,
                      appid: str, openid: str, payer_id: int) -> tuple[PaymentOrder | None, PaymentOrder | None]:
    """(the payable order, None), or (None, a payable order that no longer fits: retire it first)."""
    async with in_transaction():
        # Money held for the reference: it is paid. (A reference refunded in full may be paid anew.)
        if await PaymentOrder.filter(reference=reference, state__in=[s.value for s in states.REFUNDABLE]).exists():
            raise AlreadyPaid(details={"reference": reference})
        current = await PaymentOrder.filter(open_reference=reference).select_for_update().first()
        now = utcnow()
        if current is not None:
            fits = (current.amount_fen, current.appid, current.openid, current.org_id) == (
                amount_fen, appid, openid, org_id) and current.expires_at > now + SWEEP_GRACE
            return (current, None) if fits else (None, current)
        minutes = get_settings().payment_minutes
        order = await PaymentOrder.create(
            out_trade_no=new_number("P"), reference=reference, open_reference=reference,
            description=description[:127], org_id=org_id, payer_id=payer_id, channel=channel, appid=appid,
            openid=openid, amount_fen=amount_fen, expires_at=now + dt.timedelta(minutes=minutes))
        await audit_service.record(actor=_mp(payer_id), action="payments.order", target_type="PaymentOrder",
                                   target_id=order.id, org_id=org_id,
                                   after={"out_trade_no": order.out_trade_no, "reference": reference,
                                          "amount_fen": amount_fen, "channel": channel})
        return order, None


def _mp(account_id: int | None) -> Principal:
    return Principal(kind="mp", id=account_id, name=f"mp:{account_id}") if account_id else WECHATPAY


async def checkout(*, actor: Principal, reference: str, org_id: int, amount_fen: int, description: str,
                   channel: str = "miniprogram") -> dict[str, Any]:
    """The payable order of `reference` (reused while it fits) and what the payer's WeChat pays it with."""
    kind, ident = purposes.split(reference)
    if purposes.get(kind) is None or ident <= 0:
        raise ValueError(f"no payment purpose is registered for {reference!r}")
    if not 1 <= amount_fen <= 10**9:
        raise ValueError("amount_fen must lie between 1 and 10^9")
    appid, openid = await _payer(actor, channel)
    gw = _gateway()
    for _ in range(3):
        order, stale = None, None
        try:
            order, stale = await _open_order(reference=reference, org_id=org_id, amount_fen=amount_fen,
                                             description=description, channel=channel, appid=appid, openid=openid,
                                             payer_id=actor.id)
        except IntegrityError:
            continue  # a concurrent checkout opened the order: read it on the next turn
        if order is not None:
            break
        await _retire(stale, reason="订单信息已变更")  # may find it paid: AlreadyPaid on the next turn
    else:
        raise OrderNotPayable(details={"reference": reference})
    if order.prepay_id is None or order.prepay_at is None or order.prepay_at < utcnow() - PREPAY_REUSE:
        try:
            prepay_id = await gw.prepay(appid=appid, out_trade_no=order.out_trade_no, description=order.description,
                                        amount_fen=order.amount_fen, openid=openid, expires_at=order.expires_at)
        except GatewayError as exc:
            if exc.code == "ORDERPAID":  # paid, and the news is on its way: take it now
                await sync_order(out_trade_no=order.out_trade_no)
                raise AlreadyPaid(details={"reference": reference}) from exc
            if exc.code == "ORDER_CLOSED":
                await sync_order(out_trade_no=order.out_trade_no)
                raise OrderNotPayable(details={"reference": reference}) from exc
            raise _failed(exc, "prepay") from exc
        await PaymentOrder.filter(id=order.id).update(prepay_id=prepay_id, prepay_at=utcnow())
        order.prepay_id = prepay_id
    s = get_settings()
    return {"order": order_view(order), "pay_params": gw.pay_params(appid=appid, prepay_id=order.prepay_id),
            "cashier_url": "/dev/wechatpay/cashier" if s.wechatpay_offline and not s.is_production else None}


async def order_of(*, reference: str) -> dict[str, Any] | None:
    """The latest order of a business reference (None: never ordered)."""
    order = await PaymentOrder.filter(reference=reference).order_by("-id").first()
    return None if order is None else order_view(order)


async def detail_of(*, reference: str) -> dict[str, Any] | None:
    """The latest order of a business reference with its refunds and what is left to refund (the
    business domain's own console shows it; the domain decides who may see it)."""
    order = await PaymentOrder.filter(reference=reference).order_by("-id").first()
    return None if order is None else await _detail(order)


async def refunded_of(*, references: list[str]) -> dict[str, int]:
    """For business domains' lists: what went back (fen) of each reference's payments, those with any."""
    out: dict[str, int] = {}
    for ref, fen in await PaymentOrder.filter(reference__in=references, refunded_fen__gt=0).values_list(
            "reference", "refunded_fen"):
        out[ref] = out.get(ref, 0) + fen
    return out


async def money_of(*, kind: str, org_path: str, org_id: int | None = None, date_from: dt.date | None = None,
                   date_to: dt.date | None = None) -> tuple[int, int]:
    """For business domains' statistics: (paid, refunded) in fen for one kind of business ("consult.order")
    at the orgs under `org_path` (or one org), payments by the China day they were paid and refunds by
    the day they succeeded. The caller checks who may see it and passes the actor's own subtree."""
    from tortoise.expressions import Subquery
    from tortoise.functions import Sum

    from core.orgs.models import OrgNode

    # Subqueries, not joins: an aggregate over a joined query is grouped by every column.
    orders = PaymentOrder.filter(reference__startswith=kind + ":",
                                 org_id__in=Subquery(OrgNode.filter(path__startswith=org_path).values("id")))
    if org_id:
        orders = orders.filter(org_id=org_id)
    paid = within_days(orders.filter(paid_at__isnull=False), "paid_at", date_from, date_to)
    paid_sum = await paid.annotate(s=Sum("amount_fen")).values_list("s", flat=True)
    refunds = within_days(PaymentRefund.filter(order_id__in=Subquery(orders.values("id")),
                                               state=RefundState.SUCCESS.value), "succeeded_at", date_from, date_to)
    refund_sum = await refunds.annotate(s=Sum("amount_fen")).values_list("s", flat=True)
    return int(paid_sum[0] or 0) if paid_sum else 0, int(refund_sum[0] or 0) if refund_sum else 0


async def sync(*, reference: str) -> dict[str, Any] | None:
    """Ask WeChat Pay about the reference's payable order now and apply what it says; the latest order."""
    order = await PaymentOrder.filter(open_reference=reference).first()
    if order is not None:
        await sync_order(out_trade_no=order.out_trade_no)
    return await order_of(reference=reference)


async def sync_order(*, out_trade_no: str) -> str:
    """Query one order at WeChat Pay and apply a payment or a close it reports (idempotent)."""
    try:
        tx = await _gateway().query(out_trade_no=out_trade_no)
    except GatewayError as exc:
        raise _failed(exc, "query") from exc
    if tx is None:
        return "unknown"
    if tx.trade_state in ("SUCCESS", "REFUND"):
        return await apply_paid(tx, source="query")
    if tx.trade_state in ("CLOSED", "REVOKED", "PAYERROR"):
        return await _mark_closed(out_trade_no, reason="微信支付已关闭订单", trade_state=tx.trade_state)
    await PaymentOrder.filter(out_trade_no=out_trade_no).update(trade_state=tx.trade_state)
    return "unchanged"


async def close(*, reference: str, reason: str) -> dict[str, Any] | None:
    """The business gave up before payment: close the payable order at WeChat Pay and here."""
    order = await PaymentOrder.filter(open_reference=reference).first()
    if order is not None:
        await _retire(order, reason=reason)
    return await order_of(reference=reference)


async def _retire(order: PaymentOrder, *, reason: str, actor: Principal = WECHATPAY) -> None:
    """Close an order that may no longer be paid; if WeChat Pay says it was paid, apply that instead."""
    gw = _gateway()
    try:
        tx = await gw.query(out_trade_no=order.out_trade_no) if order.prepay_id else None
        if tx is not None and tx.trade_state in ("SUCCESS", "REFUND"):
            await apply_paid(tx, source="query")
            return
        if order.prepay_id:
            await gw.close(out_trade_no=order.out_trade_no)
    except GatewayError as exc:
        if exc.code == "ORDERPAID":
            await sync_order(out_trade_no=order.out_trade_no)
            return
        if exc.code != "ORDER_NOT_EXIST":  # never reached WeChat Pay: nothing to close there
            raise _failed(exc, "close") from exc
    await _mark_closed(order.out_trade_no, reason=reason, trade_state="CLOSED", actor=actor)


@transactional
async def _mark_closed(out_trade_no: str, *, reason: str, trade_state: str, actor: Principal = WECHATPAY) -> str:
    async with in_transaction():
        order = await PaymentOrder.filter(out_trade_no=out_trade_no).select_for_update().first()
        if order is None or order.state != OrderState.CREATED.value:
            return "unchanged"
        order.state, order.open_reference, order.closed_at = OrderState.CLOSED.value, None, utcnow()
        order.close_reason, order.trade_state = reason[:64], trade_state
        await order.save(update_fields=["state", "open_reference", "closed_at", "close_reason", "trade_state",
                                        "updated_at"])
        await audit_service.record(actor=actor, action="payments.close", target_type="PaymentOrder",
                                   target_id=order.id, org_id=order.org_id, after={"reason": order.close_reason})
        await _emit("payments.closed", {"order_id": order.id, "out_trade_no": order.out_trade_no,
                                        "reference": order.reference})
    return "applied"


# ================================================================== payment confirmed

@transactional
async def _paid_in_tx(tx: Transaction, source: str) -> tuple[str, purposes.Decision | None, int | None]:
    async with in_transaction():
        order = await PaymentOrder.filter(out_trade_no=tx.out_trade_no).select_for_update().first()
        if order is None:
            return "unknown_order", None, None
        if tx.amount_fen is not None and tx.amount_fen != order.amount_fen:
            await audit_service.record(actor=WECHATPAY, action="payments.paid", target_type="PaymentOrder",
                                       target_id=order.id, org_id=order.org_id, outcome="failure",
                                       after={"reason": "amount_mismatch", "ours": order.amount_fen,
                                              "theirs": tx.amount_fen, "source": source})
            return "amount_mismatch", None, None
        if states.OrderState(order.state) in states.PAID:
            return "unchanged", None, None
        was = order.state
        order.state, order.open_reference = OrderState.PAID.value, None
        order.paid_at = tx.success_time or utcnow()
        order.transaction_id, order.trade_state = tx.transaction_id, "SUCCESS"
        await order.save(update_fields=["state", "open_reference", "paid_at", "transaction_id", "trade_state",
                                        "updated_at"])
        kind, ident = purposes.split(order.reference)
        purpose = purposes.get(kind)
        if purpose is None:
            # Never refund a payment because this process does not know its business: roll back,
            # WeChat Pay sends the notification again and the sweeper asks again.
            raise RuntimeError(f"no payment purpose registered for {kind!r}")
        paid = purposes.PaidOrder(order_id=order.id, out_trade_no=order.out_trade_no, reference=order.reference,
                                  reference_id=ident, amount_fen=order.amount_fen,
                                  payer_account_id=order.payer_id, paid_at=order.paid_at)
        decision = await purpose.on_paid(paid)
        await audit_service.record(actor=WECHATPAY, action="payments.paid", target_type="PaymentOrder",
                                   target_id=order.id, org_id=order.org_id,
                                   after={"transaction_id": order.transaction_id, "amount_fen": order.amount_fen,
                                          "source": source, "was": was, "accepted": decision.accepted})
        await _emit("payments.paid", {"order_id": order.id, "out_trade_no": order.out_trade_no,
                                      "reference": order.reference, "amount_fen": order.amount_fen,
                                      "accepted": decision.accepted})
        refund_id = None
        if not decision.accepted:
            # Paid after the business gave up (or closed here while the payer was paying): it goes back.
            refund = await _new_refund(order, amount_fen=order.amount_fen, automatic=True, actor=WECHATPAY,
                                       reason=(decision.reason or "订单已取消，自动退款")[:80])
            refund_id = refund.id
        return "applied", decision, refund_id


async def apply_paid(tx: Transaction, *, source: str) -> str:
    """WeChat Pay says the order was paid: mark it, let its business take it (or refund it automatically)."""
    outcome, decision, refund_id = await _paid_in_tx(tx, source)
    if outcome == "amount_mismatch":
        log.error("payment %s: WeChat Pay reports %s fen, the order is of another amount", tx.out_trade_no,
                  tx.amount_fen)
    if decision is not None and decision.after_commit is not None:
        try:
            await decision.after_commit()
        except Exception:  # the payment stands; a push that failed is not worth a retry of everything
            log.exception("after-payment step of %s failed", tx.out_trade_no)
    if refund_id is not None:
        await _submit_refund(refund_id)
    return outcome


# ================================================================== refunds

async def _new_refund(order: PaymentOrder, *, amount_fen: int, reason: str, automatic: bool, actor: Principal,
                      out_refund_no: str | None = None) -> PaymentRefund:
    """Record a refund of the (row-locked, paid) order, within what is left of it."""
    if states.OrderState(order.state) not in states.REFUNDABLE:
        raise NotRefundable(details={"state": order.state})
    remaining = order.amount_fen - await _holding(order.id)
    if amount_fen > remaining:
        raise RefundTooLarge(details={"amount_fen": amount_fen, "remaining_fen": max(0, remaining)})
    refund = await PaymentRefund.create(
        order_id=order.id, out_refund_no=out_refund_no or new_number("R"), amount_fen=amount_fen, reason=reason,
        automatic=automatic, requested_by_type=actor.kind, requested_by_id=actor.id)
    await audit_service.record(actor=actor, action="payments.refund", target_type="PaymentOrder", target_id=order.id,
                               org_id=order.org_id,
                               after={"out_refund_no": refund.out_refund_no, "amount_fen": amount_fen,
                                      "reason": reason, "automatic": automatic})
    await _emit("payments.refund_requested", {"order_id": order.id, "refund_id": refund.id,
                                              "reference": order.reference, "amount_fen": amount_fen,
                                              "automatic": automatic})
    return refund


@transactional
async def _ask_refund(*, order_id: int, amount_fen: int | None, reason: str, out_refund_no: str | None,
                      actor: Principal) -> PaymentRefund:
    async with in_transaction():
        order = await PaymentOrder.filter(id=order_id).select_for_update().first()
        if order is None:
            raise NotFound(details={"type": "PaymentOrder", "id": order_id})
        if out_refund_no:
            existing = await PaymentRefund.get_or_none(out_refund_no=out_refund_no)
            if existing is not None:
                # The same refund asked again (a retry after a timeout): nothing new is recorded.
                if existing.order_id != order.id or (amount_fen is not None and existing.amount_fen != amount_fen):
                    raise RefundConflict(details={"out_refund_no": out_refund_no})
                return existing
        if amount_fen is None:
            amount_fen = order.amount_fen - await _holding(order.id)
            if amount_fen <= 0:
                raise NotRefundable(details={"state": order.state})
        return await _new_refund(order, amount_fen=amount_fen, reason=reason, automatic=False, actor=actor,
                                 out_refund_no=out_refund_no)


async def _submit_refund(refund_id: int) -> PaymentRefund:
    """Send a pending refund to WeChat Pay (again: the same out_refund_no is the same refund there)."""
    refund = await PaymentRefund.get(id=refund_id).prefetch_related("order")
    if refund.state not in (RefundState.PENDING.value, RefundState.PROCESSING.value):
        return refund
    try:
        info = await _gateway().refund(out_trade_no=refund.order.out_trade_no, out_refund_no=refund.out_refund_no,
                                       amount_fen=refund.amount_fen, total_fen=refund.order.amount_fen,
                                       reason=refund.reason)
    except GatewayError as exc:
        if exc.unknown or exc.code in RETRYABLE or (exc.status or 0) >= 500:
            log.warning("refund %s not confirmed (%s): left pending for a retry", refund.out_refund_no,
                        exc.code or "no answer")
            return await PaymentRefund.get(id=refund_id)
        return await _refund_failed(refund_id, f"{exc.code}: {exc.message}"[:128])
    await apply_refund(info, source="refund")
    return await PaymentRefund.get(id=refund_id)


@transactional
async def _refund_failed(refund_id: int, failure: str) -> PaymentRefund:
    async with in_transaction():
        refund = await PaymentRefund.filter(id=refund_id).select_for_update().first()
        if refund.state == RefundState.PENDING.value:
            refund.state, refund.failure = RefundState.FAILED.value, failure
            await refund.save(update_fields=["state", "failure", "updated_at"])
            order = await PaymentOrder.get(id=refund.order_id)
            await audit_service.record(actor=WECHATPAY, action="payments.refund", target_type="PaymentOrder",
                                       target_id=order.id, org_id=order.org_id, outcome="failure",
                                       after={"out_refund_no": refund.out_refund_no, "failure": failure})
            await _emit("payments.refund_failed", {"order_id": order.id, "refund_id": refund.id,
                                                   "reference": order.reference, "amount_fen": refund.amount_fen})
    return refund


@transactional
async def apply_refund(info: RefundInfo, *, source: str) -> str:
    """WeChat Pay reports a refund's status: move the refund, and the order when money went back."""
    new = states.REFUND_STATUS.get(info.status)
    if new is None:
        return "unchanged"
    found = await PaymentRefund.get_or_none(out_refund_no=info.out_refund_no)
    if found is None:
        return "unknown_refund"
    async with in_transaction():
        # The order first, as every refund change locks them: no two transactions wait on each other.
        order = await PaymentOrder.filter(id=found.order_id).select_for_update().first()
        refund = await PaymentRefund.filter(id=found.id).select_for_update().first()
        final = {RefundState.SUCCESS.value, RefundState.CLOSED.value, RefundState.FAILED.value}
        if refund.state == new.value or refund.state in final:
            return "unchanged"
        refund.state = new.value
        refund.refund_id = info.refund_id or refund.refund_id
        refund.user_received_account = info.user_received_account or refund.user_received_account
        if new is RefundState.SUCCESS:
            refund.succeeded_at = info.success_time or utcnow()
        await refund.save(update_fields=["state", "refund_id", "user_received_account", "succeeded_at",
                                         "updated_at"])
        payload = {"order_id": order.id, "refund_id": refund.id, "out_refund_no": refund.out_refund_no,
                   "reference": order.reference, "amount_fen": refund.amount_fen, "automatic": refund.automatic}
        if new is RefundState.SUCCESS:
            order.refunded_fen += refund.amount_fen
            order.state = states.after_refunds(order.amount_fen, order.refunded_fen).value
            await order.save(update_fields=["refunded_fen", "state", "updated_at"])
            await _emit("payments.refunded", {**payload, "refunded_fen": order.refunded_fen,
                                              "full": order.state == OrderState.REFUNDED.value})
        elif new in (RefundState.CLOSED, RefundState.ABNORMAL):
            await _emit("payments.refund_failed", {**payload, "status": new.value})
        if new is not RefundState.PROCESSING:
            await audit_service.record(actor=WECHATPAY, action="payments.refund_result", target_type="PaymentOrder",
                                       target_id=order.id, org_id=order.org_id,
                                       outcome="success" if new is RefundState.SUCCESS else "failure",
                                       after={"out_refund_no": refund.out_refund_no, "status": new.value,
                                              "source": source})
    return "applied"


async def refund_reference(*, actor: Principal, reference: str, reason: str, amount_fen: int | None = None,
                           out_refund_no: str | None = None) -> dict[str, Any]:
    """For business domains: refund (part of) the paid order of `reference`; the whole remainder by default."""
    order = await PaymentOrder.filter(reference=reference, state__in=[s.value for s in states.REFUNDABLE]).order_by(
        "-id").first()
    if order is None:
        raise NotRefundable(details={"reference": reference})
    refund = await _ask_refund(order_id=order.id, amount_fen=amount_fen, reason=reason, out_refund_no=out_refund_no,
                               actor=actor)
    refund = await _submit_refund(refund.id)
    return refund_view(refund)


# ================================================================== notifications

async def _reject(reason: str, *, notice_kind: str, detail: str = "") -> NotificationRejected:
    """A notification not taken: audited (from where, why) and logged, nothing else changes."""
    log.warning("payment notification (%s) rejected: %s %s", notice_kind, reason, detail)
    await audit_service.record(actor=WECHATPAY, action="payments.notify", target_type="PaymentNotice",
                               target_id=notice_kind, outcome="denied", after={"reason": reason, "detail": detail})
    return NotificationRejected(details={"reason": reason})


async def _log_notice(notice: gateway_mod.Notice, outcome: str, *, out_trade_no: str = "",
                      out_refund_no: str = "") -> bool:
    """Keep the notification once per id; False when it came before (a repeat: counted)."""
    try:
        await PaymentNotice.create(notice_id=notice.id[:64], event_type=notice.event_type[:32],
                                   out_trade_no=out_trade_no[:32], out_refund_no=out_refund_no[:64], outcome=outcome)
        return True
    except IntegrityError:
        await PaymentNotice.filter(notice_id=notice.id[:64]).update(repeats=F("repeats") + 1,
                                                                    last_repeat_at=utcnow())
        return False


async def handle_notification(*, kind: str, headers: dict[str, str], body: str) -> dict[str, str]:
    """A notification posted by WeChat Pay (kind: transaction / refund). Taken only when its
    signature holds (platform key), its timestamp is fresh, its nonce unseen, its resource
    decrypts (APIv3 key) and names our merchant; then applied as an idempotent transition."""
    notice = await _gateway().notification(headers=headers, body=body)
    if notice is None:
        raise await _reject("signature", notice_kind=kind, detail="signature or decryption failed")
    if abs(time.time() - notice.timestamp) > NOTICE_WINDOW:
        raise await _reject("stale", notice_kind=kind, detail=f"timestamp {notice.timestamp}")
    # A notification WeChat Pay sends again is signed afresh; the same nonce twice is a copy.
    if not await redis().set(f"payments:notice-nonce:{notice.nonce}", "1", nx=True, ex=NONCE_SECONDS):
        raise await _reject("replayed", notice_kind=kind, detail=f"notification {notice.id}")
    resource = notice.resource
    merchant = keys.merchant(get_settings()).mchid
    if notice.resource_type != kind or str(resource.get("mchid", "")) != merchant:
        raise await _reject("merchant" if notice.resource_type == kind else "malformed", notice_kind=kind,
                            detail=f"{notice.event_type} for {resource.get('mchid')}")
    if kind == "transaction":
        tx = gateway_mod.transaction_of(resource)
        outcome = await apply_paid(tx, source="notification") if tx.trade_state == "SUCCESS" else "unchanged"
        first = await _log_notice(notice, outcome, out_trade_no=tx.out_trade_no)
    else:
        info = gateway_mod.refund_of(resource)
        outcome = await apply_refund(info, source="notification")
        first = await _log_notice(notice, outcome, out_trade_no=info.out_trade_no, out_refund_no=info.out_refund_no)
    if not first:
        log.info("payment notification %s came again: %s", notice.id, outcome)
    return {"code": "SUCCESS", "message": "成功"}


# ================================================================== the sweeper

async def sweep() -> int:
    """Orders past their time and refunds without an outcome: ask WeChat Pay, apply what it says.
    Covers notifications that never came and refunds whose request timed out."""
    now = utcnow()
    orders = await PaymentOrder.filter(state=OrderState.CREATED.value, expires_at__lt=now - SWEEP_GRACE).limit(200)

    async def settle_order(order: PaymentOrder) -> None:
        if order.prepay_id is None:  # never reached WeChat Pay: nobody can pay it
            await _mark_closed(order.out_trade_no, reason="支付超时", trade_state="")
        else:
            await _retire(order, reason="支付超时")

    done = (await per_item("payments.sweep_orders", orders, settle_order, ident=lambda o: o.id)).done
    refunds = await PaymentRefund.filter(state__in=[s.value for s in states.OPEN_REFUNDS],
                                         updated_at__lt=now - SWEEP_GRACE).limit(200)

    async def settle_refund(refund: PaymentRefund) -> None:
        if refund.state == RefundState.PENDING.value:
            await _submit_refund(refund.id)
            return
        try:
            info = await _gateway().query_refund(out_refund_no=refund.out_refund_no)
        except GatewayError as exc:
            raise _failed(exc, "query_refund") from exc
        if info is None:  # WeChat Pay never got it
            await PaymentRefund.filter(id=refund.id).update(state=RefundState.PENDING.value)
            await _submit_refund(refund.id)
        else:
            await apply_refund(info, source="query")
        await PaymentRefund.filter(id=refund.id, state=refund.state).update(updated_at=utcnow())

    done += (await per_item("payments.sweep_refunds", refunds, settle_refund, ident=lambda r: r.id)).done
    return done


async def sweep_job(ctx: dict) -> int:
    """The periodic job of the sweeper (core/wiring.py schedules it)."""
    return await sweep()


# ================================================================== the consoles

def orders_in_scope(actor: Principal, *, state: str | None = None, kind: str | None = None,
                    reference: str | None = None, out_trade_no: str | None = None, number: str | None = None,
                    org_id: int | None = None, date_from: dt.date | None = None,
                    date_to: dt.date | None = None) -> QuerySet[PaymentOrder]:
    """The orders of the caller's subtree that the filters keep (`number`: our out_trade_no or
    WeChat Pay's transaction id, whichever the person pasted)."""
    qs = within_days(scope.scoped(actor, PaymentOrder), "created_at", date_from, date_to)
    if state:
        qs = qs.filter(state=state)
    if kind:
        qs = qs.filter(reference__startswith=kind + ":")
    if reference:
        qs = qs.filter(reference=reference)
    if out_trade_no:
        qs = qs.filter(out_trade_no=out_trade_no)
    if number:
        qs = qs.filter(Q(out_trade_no=number) | Q(transaction_id=number))
    if org_id:
        qs = qs.filter(org_id=org_id)
    return qs


async def list_orders(*, actor: Principal, limit: int = 20, offset: int = 0,
                      **filters: Any) -> tuple[int, list[dict[str, Any]]]:
    """Payment orders of the orgs in the caller's subtree, newest first (filters: `orders_in_scope`)."""
    await scope.require(actor, PERM_READ)
    qs = orders_in_scope(actor, **filters)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return total, [order_view(o) for o in rows]


async def order_detail(*, actor: Principal, order_id: int) -> dict[str, Any]:
    await scope.require(actor, PERM_READ)
    return await _detail(await scope.get(actor, PaymentOrder, order_id))


async def admin_refund(*, actor: Principal, order_id: int, amount_fen: int, reason: str,
                       out_refund_no: str | None = None) -> dict[str, Any]:
    """A refund from the console: within what is left of the order; a retry with the same
    out_refund_no (after a timeout) is the same refund, sent to WeChat Pay again."""
    await scope.require(actor, PERM_REFUND)
    order = await scope.get(actor, PaymentOrder, order_id)
    refund = await _ask_refund(order_id=order.id, amount_fen=amount_fen, reason=reason, out_refund_no=out_refund_no,
                               actor=actor)
    refund = await _submit_refund(refund.id)
    return {"order": await _detail(await PaymentOrder.get(id=order.id)), "refund": refund_view(refund)}
