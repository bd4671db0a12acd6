"""Payments as the back office works them: orders with totals and export, one order with its
payer, business, refunds and the notifications WeChat Pay sent about it; refunds by state,
asked about again, and abnormal refunds settled by hand.

Why a module of its own: the console pages (admin_web/pages/payments.py) need more than the
JSON API's list and detail, and every action they offer is a change of money records that
must be permitted, scoped and audited here, in the domain, like the rest of payments
(core/payments/service.py keeps the transitions; these functions only fire them). An
operator never edits a state: "同步状态" and "重新查询" ask WeChat Pay and apply its answer
through the same idempotent transitions a notification drives; "关闭" closes at WeChat Pay
first (and takes the payment instead if it was paid meanwhile).

An ABNORMAL refund (WeChat Pay could not return the money to the payer's card: cancelled or
frozen) is not retried by sending it again. WeChat Pay's documented way out is to handle it
by hand at the merchant platform (商户平台 → 交易中心): to another account of the payer, or to
the merchant's account and from there to the payer; the console shows that instruction and
records who settled it and how (`mark_handled`), while the refund's state stays what WeChat
Pay says (a later query may find it SUCCESS).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.expressions import Q
from tortoise.functions import Count, Sum
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core import batch, scope
from core.audit import service as audit_service
from core.batch import RowResult
from core.db import transactional, utcnow
from core.exports import to_xlsx
from core.family import patients as family_patients
from core.localtime import LOCAL, within_days
from core.masking import mask_name, mask_phone
from core.orgs.models import OrgNode
from core.payments import purposes, states
from core.payments import service as payments
from core.payments.errors import AlreadyHandled, GatewayFailed, NotAbnormal, NotClosable, RefundSettled
from core.payments.gateway import GatewayError
from core.payments.models import PaymentNotice, PaymentOrder, PaymentRefund
from core.payments.states import OrderState, RefundState
from core.principal import Principal

PERM_READ, PERM_REFUND = payments.PERM_READ, payments.PERM_REFUND
EXPORT_ROWS = 20_000  # one sheet an administrator can open; narrower filters for more
EVENT_LABELS = {"TRANSACTION.SUCCESS": "支付成功通知", "REFUND.SUCCESS": "退款成功通知",
                "REFUND.ABNORMAL": "退款异常通知", "REFUND.CLOSED": "退款关闭通知"}
NOTICE_OUTCOMES = {"applied": "已更新订单", "unchanged": "无变化（已知或重复）", "unknown_order": "未找到订单",
                   "unknown_refund": "未找到退款单", "amount_mismatch": "金额与订单不符，未处理"}
SYNC_OUTCOMES = {"applied": "已按微信支付的结果更新", "unchanged": "与微信支付一致，无需更新",
                 "unknown": "微信支付没有该订单（付款人尚未打开支付）", "unknown_order": "我方没有该订单",
                 "amount_mismatch": "微信支付的金额与订单不符，未处理（请核对）"}
CHANNEL_LABELS = {"miniprogram": "小程序", "h5": "H5（微信内）"}
# What WeChat Pay documents for an ABNORMAL refund; shown beside it in the console.
ABNORMAL_HELP = ("退款异常：原路退回失败（如付款人的银行卡已注销或冻结），微信支付不会自行重试，同一退款单号也不能再次发起。"
                 "按微信支付的说明，请登录微信支付商户平台（pay.weixin.qq.com）→ 交易中心，找到该退款单（商户退款单号见下表）"
                 "手动处理：退至付款人的其他银行账户，或退至医院（商户）账户后由医院线下退给付款人。"
                 "处理完成后在此记录处理说明；之后可“重新查询”该退款在微信支付的最新状态。")

# Refunds that ended without the money back (shown in the order's timeline).
_ENDED_BADLY = frozenset({RefundState.ABNORMAL.value, RefundState.CLOSED.value, RefundState.FAILED.value})
# Refunds WeChat Pay may still change: open ones, and abnormal ones (settled later by hand).
_ASKABLE = frozenset({RefundState.PENDING, RefundState.PROCESSING, RefundState.ABNORMAL})


def _yuan(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:.2f}"


async def _org_names(ids: set[int]) -> dict[int, str]:
    ids = {i for i in ids if i}
    return dict(await OrgNode.filter(id__in=list(ids)).values_list("id", "name")) if ids else {}


def _row(order: PaymentOrder, names: dict[int, str], services: dict[str, str] | None = None) -> dict[str, Any]:
    label = (services or {}).get(order.reference) or purposes.label_of(order.reference)
    return {**payments.order_view(order), "kind_label": label,
            "org_name": names.get(order.org_id, ""), "channel_label": CHANNEL_LABELS.get(order.channel, order.channel)}


# ================================================================== orders

async def orders(*, actor: Principal, limit: int = 20, offset: int = 0,
                 **filters: Any) -> tuple[int, list[dict[str, Any]], dict[str, int]]:
    """(total, one page of orders with their business and org names, totals of everything filtered):
    received = what the filtered orders brought in, refunded = what went back of it."""
    await scope.require(actor, PERM_READ)
    qs = payments.orders_in_scope(actor, **filters)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    names = await _org_names({o.org_id for o in rows})
    # The service as the platform counts it (图文咨询 / 视频问诊 rather than 在线问诊).
    services = await purposes.service_labels([o.reference for o in rows])
    return total, [_row(o, names, services) for o in rows], await _totals(qs)


async def _totals(qs: QuerySet[PaymentOrder]) -> dict[str, int]:
    paid = [s.value for s in states.PAID]
    found = await (qs.filter(state__in=paid).annotate(n=Count("id"), received=Sum("amount_fen"),
                                                       refunded=Sum("refunded_fen"))
                   .values("n", "received", "refunded"))
    got = found[0] if found else {}
    received, refunded = int(got.get("received") or 0), int(got.get("refunded") or 0)
    return {"paid_orders": int(got.get("n") or 0), "received_fen": received, "refunded_fen": refunded,
            "net_fen": received - refunded}


async def export_orders(*, actor: Principal, **filters: Any) -> tuple[str, bytes]:
    """The filtered orders as xlsx (amounts in 元), audited."""
    await scope.require(actor, PERM_READ)
    qs = payments.orders_in_scope(actor, **filters)
    rows = await qs.order_by("-id").limit(EXPORT_ROWS)
    names = await _org_names({o.org_id for o in rows})
    totals = await _totals(qs)
    await audit_service.record(actor=actor, action="payments.export", target_type="PaymentOrder",
                               after={"rows": len(rows), "filters": {k: str(v) for k, v in filters.items()
                                                                     if v not in (None, "")}})

    def local(at: dt.datetime | None) -> str:
        return at.astimezone(LOCAL).strftime("%Y-%m-%d %H:%M:%S") if at else ""

    lines: list[tuple] = [(o.out_trade_no, o.transaction_id or "", purposes.label_of(o.reference), o.reference,
                           o.description, names.get(o.org_id, ""), states.ORDER_LABELS[OrderState(o.state)],
                           _yuan(o.amount_fen), _yuan(o.refunded_fen), CHANNEL_LABELS.get(o.channel, o.channel),
                           local(o.created_at), local(o.paid_at), local(o.closed_at)) for o in rows]
    lines.append(())
    lines.append(("合计", f"已支付 {totals['paid_orders']} 笔", "", "", "", "", "", _yuan(totals["received_fen"]),
                  _yuan(totals["refunded_fen"]), "", "", "", ""))
    body = to_xlsx("支付订单", ["商户订单号", "微信支付单号", "业务类型", "业务单据", "商品描述", "收款机构", "状态",
                            "订单金额（元）", "已退款（元）", "支付渠道", "下单时间", "支付时间", "关闭时间"], lines)
    return f"payment-orders-{dt.datetime.now(LOCAL):%Y%m%d%H%M}.xlsx", body


async def _payer(order: PaymentOrder) -> dict[str, Any]:
    """Who paid, as far as the console may see it: the account, its real name and phone masked."""
    if order.payer_id is None:
        return {"account_id": None, "name": "", "phone": "", "openid": _mask_openid(order.openid)}
    me = await family_patients.self_patient(order.payer_id)
    return {"account_id": order.payer_id, "name": mask_name(me.name) if me else "",
            "phone": (mask_phone(me.phone) or "") if me and me.phone else "", "openid": _mask_openid(order.openid)}


def _mask_openid(openid: str) -> str:
    return openid[:4] + "****" + openid[-4:] if len(openid) > 10 else "****"


async def order(*, actor: Principal, order_id: int) -> dict[str, Any]:
    """One order for its console page: the order, its payer (masked), its business, its refunds,
    the notifications received about it and a timeline of all of it."""
    await scope.require(actor, PERM_READ)
    found = await scope.get(actor, PaymentOrder, order_id)
    detail = await payments._detail(found)
    names = await _org_names({found.org_id})
    notices = await PaymentNotice.filter(out_trade_no=found.out_trade_no).order_by("received_at", "id")
    notice_rows = [{"id": n.id, "notice_id": n.notice_id, "event_type": n.event_type,
                    "event_label": EVENT_LABELS.get(n.event_type, n.event_type), "out_refund_no": n.out_refund_no,
                    "outcome": n.outcome, "outcome_label": NOTICE_OUTCOMES.get(n.outcome, n.outcome),
                    "repeats": n.repeats, "received_at": n.received_at, "last_repeat_at": n.last_repeat_at}
                   for n in notices]
    refunds = await PaymentRefund.filter(order_id=found.id).order_by("id")
    timeline = [{"at": found.created_at, "kind": "order", "text": f"下单 {_yuan(found.amount_fen)} 元（{found.description}）"}]
    if found.paid_at:
        timeline.append({"at": found.paid_at, "kind": "paid", "text": f"支付成功，微信支付单号 {found.transaction_id}"})
    if found.closed_at:
        timeline.append({"at": found.closed_at, "kind": "closed", "text": f"订单关闭：{found.close_reason}"})
    for r in refunds:
        who = "系统自动退款" if r.automatic else "管理员发起退款"
        timeline.append({"at": r.created_at, "kind": "refund", "text": f"{who} {_yuan(r.amount_fen)} 元：{r.reason}"
                                                                     f"（{r.out_refund_no}）"})
        if r.succeeded_at:
            timeline.append({"at": r.succeeded_at, "kind": "refunded",
                             "text": f"退款成功 {_yuan(r.amount_fen)} 元（{r.out_refund_no}）"})
        if r.state in _ENDED_BADLY:
            timeline.append({"at": r.updated_at, "kind": "refund_" + r.state,
                             "text": f"{states.REFUND_LABELS[RefundState(r.state)]} {_yuan(r.amount_fen)} 元"
                                     f"（{r.out_refund_no}）{('：' + r.failure) if r.failure else ''}"})
        if r.handled_at:
            timeline.append({"at": r.handled_at, "kind": "handled", "text": f"退款异常已人工处理：{r.handled_note}"})
    for n in notice_rows:
        repeats = f"，重复 {n['repeats']} 次" if n["repeats"] else ""
        timeline.append({"at": n["received_at"], "kind": "notice",
                         "text": f"收到{n['event_label']}：{n['outcome_label']}{repeats}"})
    timeline.sort(key=lambda e: e["at"])
    return {**detail, "kind_label": purposes.label_of(found.reference),
            "business_url": purposes.admin_url(found.reference), "org_name": names.get(found.org_id, ""),
            "channel_label": CHANNEL_LABELS.get(found.channel, found.channel), "payer": await _payer(found),
            "refunds": [_refund_row(r, found, names) for r in refunds], "notices": notice_rows,
            "timeline": timeline, "closable": found.state == OrderState.CREATED.value}


async def sync(*, actor: Principal, order_id: int) -> dict[str, Any]:
    """同步状态: ask WeChat Pay about the order (and its refunds without an outcome) and apply what it says."""
    await scope.require(actor, PERM_READ)
    found = await scope.get(actor, PaymentOrder, order_id)
    before = found.state
    outcome = await payments.sync_order(out_trade_no=found.out_trade_no)
    for r in await PaymentRefund.filter(order_id=found.id, state__in=[s.value for s in _ASKABLE]):
        await _ask_refund_state(r)
    after = await PaymentOrder.get(id=found.id)
    await audit_service.record(actor=actor, action="payments.sync", target_type="PaymentOrder", target_id=found.id,
                               org_id=found.org_id, before={"state": before},
                               after={"state": after.state, "outcome": outcome})
    return {"outcome": outcome, "outcome_label": SYNC_OUTCOMES.get(outcome, outcome),
            "state_label": states.ORDER_LABELS[OrderState(after.state)]}


async def close(*, actor: Principal, order_id: int, reason: str) -> dict[str, Any]:
    """关闭: an order waiting for payment is closed at WeChat Pay and here; if WeChat Pay says it
    was paid meanwhile, the payment is taken instead (its business decides, as always)."""
    await scope.require(actor, PERM_REFUND)
    found = await scope.get(actor, PaymentOrder, order_id)
    if found.state != OrderState.CREATED.value:
        raise NotClosable(details={"state": found.state})
    await payments._retire(found, reason=reason, actor=actor)
    after = await PaymentOrder.get(id=found.id)
    return {"state": after.state, "state_label": states.ORDER_LABELS[OrderState(after.state)]}


# ================================================================== refunds

def _refund_row(r: PaymentRefund, order: PaymentOrder, names: dict[int, str]) -> dict[str, Any]:
    state = RefundState(r.state)
    return {**payments.refund_view(r), "order_id": order.id, "out_trade_no": order.out_trade_no,
            "description": order.description, "org_name": names.get(order.org_id, ""),
            "order_amount_fen": order.amount_fen, "requested_by_type": r.requested_by_type,
            "user_received_account": r.user_received_account, "askable": state in _ASKABLE,
            "needs_hand": state is RefundState.ABNORMAL and r.handled_at is None,
            "kind_label": purposes.label_of(order.reference)}


def _refunds(actor: Principal, *, state: str | None = None, number: str | None = None, org_id: int | None = None,
             date_from: dt.date | None = None, date_to: dt.date | None = None,
             unhandled: bool | None = None) -> QuerySet[PaymentRefund]:
    qs = within_days(scope.scoped(actor, PaymentRefund), "created_at", date_from, date_to)
    if state:
        qs = qs.filter(state=state)
    if number:
        qs = qs.filter(Q(out_refund_no=number) | Q(refund_id=number) | Q(order__out_trade_no=number))
    if org_id:
        qs = qs.filter(order__org_id=org_id)
    if unhandled:
        qs = qs.filter(state=RefundState.ABNORMAL.value, handled_at__isnull=True)
    return qs


async def refunds(*, actor: Principal, limit: int = 20, offset: int = 0,
                  **filters: Any) -> tuple[int, list[dict[str, Any]]]:
    """Refunds of the orders in the caller's subtree, newest first."""
    await scope.require(actor, PERM_READ)
    qs = _refunds(actor, **filters)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit).prefetch_related("order")
    names = await _org_names({r.order.org_id for r in rows})
    return total, [_refund_row(r, r.order, names) for r in rows]


async def refund_counts(*, actor: Principal, **filters: Any) -> dict[str, int]:
    """Refunds per state under the other filters (the state tabs), and abnormal ones not handled yet."""
    await scope.require(actor, PERM_READ)
    filters = {k: v for k, v in filters.items() if k not in ("state", "unhandled")}
    grouped = await (_refunds(actor, **filters).annotate(n=Count("id")).group_by("state").values("state", "n"))
    counts = {g["state"]: g["n"] for g in grouped}
    counts["unhandled"] = await _refunds(actor, unhandled=True, **filters).count()
    return counts


async def _ask_refund_state(refund: PaymentRefund) -> str:
    """What the sweeper does for one refund, now: a pending one is sent (again, the same
    out_refund_no), another is queried and WeChat Pay's answer applied."""
    if refund.state == RefundState.PENDING.value:
        await payments._submit_refund(refund.id)
        return "submitted"
    try:
        info = await payments._gateway().query_refund(out_refund_no=refund.out_refund_no)
    except GatewayError as exc:
        raise GatewayFailed(details={"reason": "query_refund", "code": exc.code, "status": exc.status,
                                     "unknown": exc.unknown}) from exc
    if info is None:  # WeChat Pay never got it: send it (it was only ever recorded here)
        if refund.state == RefundState.PROCESSING.value:
            await PaymentRefund.filter(id=refund.id, state=refund.state).update(state=RefundState.PENDING.value)
            await payments._submit_refund(refund.id)
            return "submitted"
        return "unknown"
    return await payments.apply_refund(info, source="query")


async def requery(*, actor: Principal, refund_id: int) -> dict[str, Any]:
    """重新查询: ask WeChat Pay about a refund without a final outcome (or an abnormal one, which
    may have been settled at the merchant platform) and apply its answer."""
    await scope.require(actor, PERM_REFUND)
    refund = await scope.get(actor, PaymentRefund, refund_id)
    if RefundState(refund.state) not in _ASKABLE:
        raise RefundSettled(details={"state": refund.state})
    order_ = await PaymentOrder.get(id=refund.order_id)
    outcome = await _ask_refund_state(refund)
    after = await PaymentRefund.get(id=refund.id)
    await audit_service.record(actor=actor, action="payments.refund_query", target_type="PaymentRefund",
                               target_id=refund.id, org_id=order_.org_id, before={"state": refund.state},
                               after={"state": after.state, "outcome": outcome,
                                      "out_refund_no": refund.out_refund_no})
    return {"outcome": outcome, "state": after.state,
            "state_label": states.REFUND_LABELS[RefundState(after.state)], "changed": after.state != refund.state}


@transactional
async def mark_handled(*, actor: Principal, refund_id: int, note: str) -> dict[str, Any]:
    """An abnormal refund settled by hand at WeChat Pay's merchant platform: who, when, how (audited)."""
    await scope.require(actor, PERM_REFUND)
    await scope.get(actor, PaymentRefund, refund_id)
    async with in_transaction():
        refund = await PaymentRefund.filter(id=refund_id).select_for_update().first()
        if refund.state != RefundState.ABNORMAL.value:
            raise NotAbnormal(details={"state": refund.state})
        if refund.handled_at is not None:
            raise AlreadyHandled(details={"handled_at": refund.handled_at.isoformat()})
        refund.handled_at, refund.handled_by_id, refund.handled_note = utcnow(), actor.id, note
        await refund.save(update_fields=["handled_at", "handled_by_id", "handled_note", "updated_at"])
        order_ = await PaymentOrder.get(id=refund.order_id)
        await audit_service.record(actor=actor, action="payments.refund_handled", target_type="PaymentRefund",
                                   target_id=refund.id, org_id=order_.org_id,
                                   after={"out_refund_no": refund.out_refund_no, "amount_fen": refund.amount_fen,
                                          "note": note})
    return payments.refund_view(refund)


# ================================================================== batches

async def sync_many(*, actor: Principal, order_ids: list[int]) -> list[RowResult]:
    """同步状态 of the selected orders, each on its own (one WeChat Pay failure stops no other)."""
    await scope.require(actor, PERM_READ)

    async def one(order_id: int) -> str:
        return (await sync(actor=actor, order_id=order_id))["outcome_label"]

    return await batch.each(order_ids, one)


async def requery_many(*, actor: Principal, refund_ids: list[int]) -> list[RowResult]:
    """重新查询 of the selected refunds, each on its own."""
    await scope.require(actor, PERM_REFUND)

    async def one(refund_id: int) -> str:
        return (await requery(actor=actor, refund_id=refund_id))["state_label"]

    return await batch.each(refund_ids, one)
