"""The payment platform's view across services (seed 004 综合管理后台 支付平台; issue 14 point 9):
per service, for a range of China days, how many orders were placed, paid and refunded and what
they brought in net; and the reconciliation's differences across days, not one day at a time.

Why: every service (consultations 图文 and video, medicines, record copies) takes money through
the one payments module, referenced `<purpose>:<id>`; operations asks "what did each service
take this month, what went back" without opening each business's console. Services are the
registered purposes' labels, split where a purpose registers variants (core/payments/purposes.py:
consultations into 图文问诊 and 视频问诊). Counted by when it happened: orders by creation, payments by
paid_at, refunds by when they succeeded, so a day's figures do not change when an old order is
refunded later (that refund counts on its own day). Scoped to the actor's subtree like every list.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.expressions import Q

from core import scope
from core.audit import service as audit_service
from core.errors import ValidationFailed
from core.exports import to_xlsx
from core.localtime import LOCAL, within_days
from core.payments import purposes, reconcile
from core.payments import service as payments
from core.payments.models import BillItem, PaymentOrder, PaymentRefund
from core.principal import Principal

MAX_DAYS = 366
PAID_STATES = ("paid", "partially_refunded", "refunded")


def _range(date_from: dt.date | None, date_to: dt.date | None) -> tuple[dt.date, dt.date]:
    today = dt.datetime.now(LOCAL).date()
    date_to = date_to or today
    date_from = date_from or date_to.replace(day=1)
    if date_from > date_to:
        raise ValidationFailed("开始日期不能晚于结束日期", details={"field": "date_from"})
    if (date_to - date_from).days >= MAX_DAYS:
        raise ValidationFailed(f"查询范围最多 {MAX_DAYS} 天", details={"field": "date_to"})
    return date_from, date_to


async def summary(*, actor: Principal, date_from: dt.date | None = None, date_to: dt.date | None = None,
                  org_id: int | None = None) -> dict[str, Any]:
    """{"date_from", "date_to", "rows": [{service, orders, paid_orders, paid_fen, refunds, refunded_fen,
    net_fen}], "total": the same summed}; services with nothing in the range are left out."""
    await scope.require(actor, payments.PERM_READ)
    date_from, date_to = _range(date_from, date_to)
    orders = scope.scoped(actor, PaymentOrder)
    refunds = scope.scoped(actor, PaymentRefund)
    if org_id:
        orders, refunds = orders.filter(org_id=org_id), refunds.filter(order__org_id=org_id)
    placed = await within_days(orders, "created_at", date_from, date_to).values_list("reference", flat=True)
    paid = await (within_days(orders, "paid_at", date_from, date_to).filter(state__in=PAID_STATES)
                  .values_list("reference", "amount_fen"))
    back = await (within_days(refunds, "succeeded_at", date_from, date_to).filter(state="success")
                  .values_list("order__reference", "amount_fen"))
    labels = await purposes.service_labels(sorted({*placed, *(r for r, _ in paid), *(r for r, _ in back)}))
    rows: dict[str, dict[str, Any]] = {}

    def row(ref: str) -> dict[str, Any]:
        label = labels.get(ref) or purposes.label_of(ref)
        return rows.setdefault(label, {"service": label, "orders": 0, "paid_orders": 0, "paid_fen": 0,
                                       "refunds": 0, "refunded_fen": 0, "net_fen": 0})

    for ref in placed:
        row(ref)["orders"] += 1
    for ref, fen in paid:
        r = row(ref)
        r["paid_orders"] += 1
        r["paid_fen"] += fen
    for ref, fen in back:
        r = row(ref)
        r["refunds"] += 1
        r["refunded_fen"] += fen
    for r in rows.values():
        r["net_fen"] = r["paid_fen"] - r["refunded_fen"]
    ordered = sorted(rows.values(), key=lambda r: (-r["paid_fen"], r["service"]))
    total = {k: sum(r[k] for r in ordered) for k in ("orders", "paid_orders", "paid_fen", "refunds",
                                                       "refunded_fen", "net_fen")}
    return {"date_from": date_from, "date_to": date_to, "rows": ordered, "total": {"service": "合计", **total}}


def _yuan(fen: int) -> str:
    return f"{fen / 100:.2f}"


async def summary_xlsx(*, actor: Principal, **filters: Any) -> tuple[str, bytes]:
    found = await summary(actor=actor, **filters)
    await audit_service.record(actor=actor, action="payments.export", target_type="PaymentSummary",
                               after={"date_from": found["date_from"].isoformat(),
                                      "date_to": found["date_to"].isoformat()})
    lines = [(r["service"], r["orders"], r["paid_orders"], _yuan(r["paid_fen"]), r["refunds"], _yuan(r["refunded_fen"]),
              _yuan(r["net_fen"])) for r in [*found["rows"], found["total"]]]
    body = to_xlsx("分业务汇总", ["业务", "下单笔数", "支付笔数", "支付金额（元）", "退款笔数", "退款金额（元）",
                             "净收入（元）"], lines)
    return f"payment-summary-{found['date_from']:%Y%m%d}-{found['date_to']:%Y%m%d}.xlsx", body


async def discrepancies(*, actor: Principal, date_from: dt.date | None = None, date_to: dt.date | None = None,
                        outcome: str | None = None, limit: int = 50,
                        offset: int = 0) -> tuple[int, list[dict[str, Any]], dict[str, int]]:
    """The reconciliation's differences over bill days (province, like reconciliation itself):
    (total, one page newest day first, counts per outcome)."""
    await scope.require(actor, reconcile.PERM_RECONCILE, province=True)
    date_from, date_to = _range(date_from, date_to)
    if outcome is not None and outcome not in reconcile.OUTCOME_LABELS or outcome == "matched":
        raise ValidationFailed("差异类型无效", details={"field": "outcome"})
    qs = BillItem.filter(reconcile._visible(actor), ~Q(outcome="matched"), report__bill_date__gte=date_from,
                         report__bill_date__lte=date_to)
    counts = {k: 0 for k in reconcile.OUTCOME_LABELS if k != "matched"}
    for k in await qs.values_list("outcome", flat=True):
        counts[k] = counts.get(k, 0) + 1
    if outcome:
        qs = qs.filter(outcome=outcome)
    total = await qs.count()
    items = await qs.order_by("-report__bill_date", "id").offset(offset).limit(limit).select_related("report")
    numbers = [i.out_trade_no for i in items if i.out_trade_no]
    known = {o.out_trade_no: o for o in await scope.scoped(actor, PaymentOrder).filter(out_trade_no__in=numbers)} \
        if numbers else {}
    labels = await purposes.service_labels([o.reference for o in known.values()])
    rows = []
    for i in items:
        order = known.get(i.out_trade_no)
        rows.append({"bill_date": i.report.bill_date, "kind": i.kind, "kind_label": reconcile.KIND_LABELS[i.kind],
                     "outcome": i.outcome, "outcome_label": reconcile.OUTCOME_LABELS[i.outcome],
                     "out_trade_no": i.out_trade_no, "out_refund_no": i.out_refund_no,
                     "transaction_id": i.transaction_id, "their_fen": i.their_fen, "our_fen": i.our_fen,
                     "org_id": i.org_id, "note": i.note, "order_id": order.id if order else None,
                     "service": labels.get(order.reference, "") if order else ""})
    return total, rows, counts
