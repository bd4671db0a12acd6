"""Daily reconciliation: WeChat Pay's trade bill of a day against our payment records.

Why: notifications get lost, a process dies between WeChat Pay's answer and our
commit, a row gets edited by hand. The bill (payments and refunds that succeeded
that day, China time) is what the money did; our records are what we believe.
Each payment (by out_trade_no) and each refund (by out_refund_no) of either side
lands in one of four outcomes: matched, missing on our side (in the bill, not paid
or refunded here that day), missing on theirs (paid or refunded here, not in the
bill), amount mismatch. The report is kept per day (run again, it is replaced) and
read by an administrator as JSON or xlsx. The worker runs yesterday's every
morning after WeChat Pay publishes the bill (10:00).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.errors import NotFound
from core.exports import to_xlsx
from core.localtime import LOCAL, utc_start
from core.payments import gateway as gateway_mod
from core.payments import states
from core.payments.errors import BillUnavailable, GatewayFailed, NotConfigured
from core.payments.gateway import Bill, GatewayError
from core.payments.models import BillItem, BillReport, PaymentOrder, PaymentRefund
from core.principal import SYSTEM, Principal

PERM_RECONCILE = "payments.reconcile"
OUTCOME_LABELS = {"matched": "一致", "missing_ours": "我方缺失", "missing_theirs": "微信支付缺失",
                  "amount_mismatch": "金额不符"}
KIND_LABELS = {"payment": "支付", "refund": "退款"}
_ORDER = {"amount_mismatch": 0, "missing_ours": 1, "missing_theirs": 2, "matched": 3}


def _today() -> dt.date:
    return dt.datetime.now(LOCAL).date()


@dataclass(frozen=True)
class _Ours:
    """A payment or refund of ours, as the bill would show it."""

    amount_fen: int
    org_id: int
    out_trade_no: str
    transaction_id: str


async def _ours(day: dt.date) -> dict[str, dict[str, _Ours]]:
    """Our payments (by out_trade_no) and refunds (by out_refund_no) that succeeded on `day`."""
    start, end = utc_start(day), utc_start(day + dt.timedelta(days=1))
    paid = await PaymentOrder.filter(paid_at__gte=start, paid_at__lt=end,
                                     state__in=[s.value for s in states.PAID])
    refunds = await PaymentRefund.filter(succeeded_at__gte=start, succeeded_at__lt=end,
                                         state=states.RefundState.SUCCESS.value).prefetch_related("order")
    return {
        "payment": {o.out_trade_no: _Ours(o.amount_fen, o.org_id, o.out_trade_no, o.transaction_id or "")
                    for o in paid},
        "refund": {r.out_refund_no: _Ours(r.amount_fen, r.order.org_id, r.order.out_trade_no,
                                          r.order.transaction_id or "") for r in refunds},
    }


async def _note_missing_ours(kind: str, number: str) -> tuple[str, int | None]:
    """What we know of a payment or refund the bill has and our day has not."""
    if kind == "payment":
        order = await PaymentOrder.get_or_none(out_trade_no=number)
        if order is None:
            return "我方无此订单", None
        if order.paid_at is None:
            return f"我方订单状态：{states.ORDER_LABELS[states.OrderState(order.state)]}", order.org_id
        return f"我方记为 {order.paid_at.astimezone(LOCAL).date().isoformat()} 支付", order.org_id
    refund = await PaymentRefund.get_or_none(out_refund_no=number).prefetch_related("order")
    if refund is None:
        return "我方无此退款单", None
    return f"我方退款状态：{states.REFUND_LABELS[states.RefundState(refund.state)]}", refund.order.org_id


async def compare(day: dt.date, bill: Bill) -> list[dict[str, Any]]:
    """Every payment and refund of the day, from both sides, with its outcome."""
    ours = await _ours(day)
    items: list[dict[str, Any]] = []
    for kind, number in (("payment", "out_trade_no"), ("refund", "out_refund_no")):
        theirs = {getattr(r, number): r for r in bill.rows if r.kind == kind}
        mine = ours[kind]
        for no in sorted(set(theirs) | set(mine)):
            row, our = theirs.get(no), mine.get(no)
            item = {"kind": kind, "out_trade_no": row.out_trade_no if row else our.out_trade_no,
                    "out_refund_no": no if kind == "refund" else "",
                    "transaction_id": row.transaction_id if row else our.transaction_id,
                    "their_fen": row.amount_fen if row else None, "our_fen": our.amount_fen if our else None,
                    "org_id": our.org_id if our else None, "note": ""}
            if row and our:
                item["outcome"] = "matched" if row.amount_fen == our.amount_fen else "amount_mismatch"
            elif row:
                item["outcome"] = "missing_ours"
                item["note"], item["org_id"] = await _note_missing_ours(kind, no)
            else:
                item["outcome"], item["note"] = "missing_theirs", f"账单中无此{KIND_LABELS[kind]}"
            items.append(item)
    return items


@transactional
async def _store(day: dt.date, bill: Bill, items: list[dict[str, Any]], actor: Principal) -> BillReport:
    counts = {k: sum(1 for i in items if i["outcome"] == k) for k in _ORDER}
    sums = {
        "their_paid_fen": sum(i["their_fen"] or 0 for i in items if i["kind"] == "payment"),
        "their_refunded_fen": sum(i["their_fen"] or 0 for i in items if i["kind"] == "refund"),
        "our_paid_fen": sum(i["our_fen"] or 0 for i in items if i["kind"] == "payment"),
        "our_refunded_fen": sum(i["our_fen"] or 0 for i in items if i["kind"] == "refund"),
    }
    fields = {"state": "balanced" if counts["matched"] == len(items) else "discrepancies", "bill_found": bill.found,
              "bill_sha1": bill.sha1, "bill_rows": len(bill.rows), **counts, **sums,
              "run_by_type": actor.kind, "run_by_id": actor.id}
    async with in_transaction():
        report = await BillReport.filter(bill_date=day).select_for_update().first()
        if report is None:
            report = await BillReport.create(bill_date=day, **fields)
        else:
            await BillReport.filter(id=report.id).update(**fields, updated_at=utcnow())
            await BillItem.filter(report_id=report.id).delete()
        await BillItem.bulk_create([BillItem(report_id=report.id, **i) for i in items])
        await audit_service.record(actor=actor, action="payments.reconcile", target_type="BillReport",
                                   target_id=day.isoformat(), after={**counts, "bill_rows": len(bill.rows)})
    return await BillReport.get(id=report.id)


async def reconcile(*, actor: Principal, day: dt.date) -> dict[str, Any]:
    """Download the day's bill from WeChat Pay, compare, keep and answer the report."""
    if actor.kind == "admin":
        await scope.require(actor, PERM_RECONCILE, province=True)
    if day > _today():
        raise BillUnavailable(details={"bill_date": day.isoformat()})
    try:
        bill = await gateway_mod.get_gateway().trade_bill(day=day)
    except GatewayError as exc:
        if exc.status == 400:  # a day WeChat Pay has no bill for yet, or no more
            raise BillUnavailable(details={"bill_date": day.isoformat(), "code": exc.code}) from exc
        raise GatewayFailed(details={"reason": "trade_bill", "code": exc.code, "status": exc.status,
                                     "unknown": exc.unknown}) from exc
    await _store(day, bill, await compare(day, bill), actor)
    return await report(actor=actor, day=day)


def _visible(actor: Principal) -> Q:
    """Items of orgs in the actor's subtree, and those of no org (what only the bill knows)."""
    if actor.kind != "admin":
        return Q()
    return Q(org_id__isnull=True) | Q(org__path__startswith=actor.org_path)


async def report(*, actor: Principal, day: dt.date) -> dict[str, Any]:
    if actor.kind == "admin":
        await scope.require(actor, PERM_RECONCILE, province=True)
    found = await BillReport.get_or_none(bill_date=day)
    if found is None:
        raise NotFound("该日尚未对账", details={"bill_date": day.isoformat()})
    items = await BillItem.filter(_visible(actor), report_id=found.id).order_by("id")
    rows = sorted(({"kind": i.kind, "outcome": i.outcome, "out_trade_no": i.out_trade_no,
                    "out_refund_no": i.out_refund_no, "transaction_id": i.transaction_id, "their_fen": i.their_fen,
                    "our_fen": i.our_fen, "org_id": i.org_id, "note": i.note} for i in items),
                  key=lambda r: (_ORDER[r["outcome"]], r["kind"], r["out_trade_no"], r["out_refund_no"]))
    counts = {k: sum(1 for r in rows if r["outcome"] == k) for k in _ORDER}
    return {"bill_date": found.bill_date, "bill_found": found.bill_found, "bill_sha1": found.bill_sha1,
            "bill_rows": found.bill_rows, **counts,
            "state": "balanced" if counts["matched"] == len(rows) else "discrepancies",
            "their_paid_fen": sum(r["their_fen"] or 0 for r in rows if r["kind"] == "payment"),
            "their_refunded_fen": sum(r["their_fen"] or 0 for r in rows if r["kind"] == "refund"),
            "our_paid_fen": sum(r["our_fen"] or 0 for r in rows if r["kind"] == "payment"),
            "our_refunded_fen": sum(r["our_fen"] or 0 for r in rows if r["kind"] == "refund"),
            "run_at": found.updated_at, "items": rows}


async def reports(*, actor: Principal, limit: int = 20, offset: int = 0,
                  until: dt.date | None = None) -> tuple[int, list[dict[str, Any]]]:
    """The days reconciled (up to `until`), newest first, with what the actor may see of each."""
    await scope.require(actor, PERM_RECONCILE, province=True)
    days = BillReport.filter(bill_date__lte=until) if until else BillReport.all()
    total = await days.count()
    found = await days.order_by("-bill_date").offset(offset).limit(limit)
    grouped = await (BillItem.filter(_visible(actor), report_id__in=[r.id for r in found])
                     .annotate(n=Count("id")).group_by("report_id", "outcome").values("report_id", "outcome", "n"))
    counts: dict[int, dict[str, int]] = {}
    for g in grouped:
        counts.setdefault(g["report_id"], {})[g["outcome"]] = g["n"]
    out = []
    for r in found:
        c = {k: counts.get(r.id, {}).get(k, 0) for k in _ORDER}
        out.append({"bill_date": r.bill_date, "bill_found": r.bill_found, "run_at": r.updated_at, **c,
                    "state": "balanced" if c["matched"] == sum(c.values()) else "discrepancies"})
    return total, out


async def report_xlsx(*, actor: Principal, day: dt.date) -> tuple[str, bytes]:
    data = await report(actor=actor, day=day)
    await audit_service.record(actor=actor, action="payments.reconcile_export", target_type="BillReport",
                               target_id=day.isoformat(), after={"rows": len(data["items"])})

    def yuan(fen: int | None) -> str:
        return "" if fen is None else f"{fen / 100:.2f}"

    rows = [(KIND_LABELS[i["kind"]], OUTCOME_LABELS[i["outcome"]], i["out_trade_no"], i["out_refund_no"],
             i["transaction_id"], yuan(i["their_fen"]), yuan(i["our_fen"]), i["org_id"] or "", i["note"])
            for i in data["items"]]
    rows.append(())
    counts = (f"一致 {data['matched']} / 我方缺失 {data['missing_ours']} / 微信支付缺失 {data['missing_theirs']} / "
              f"金额不符 {data['amount_mismatch']}")
    rows.append(("合计", counts, "", "", "", yuan(data["their_paid_fen"] - data["their_refunded_fen"]),
                 yuan(data["our_paid_fen"] - data["our_refunded_fen"]), "", "账单 SHA1 " + data["bill_sha1"]))
    content = to_xlsx(f"对账 {day.isoformat()}", ["类型", "结果", "商户订单号", "商户退款单号", "微信支付单号",
                                                 "账单金额（元）", "我方金额（元）", "机构ID", "说明"], rows)
    return f"reconciliation-{day.isoformat()}.xlsx", content


async def reconcile_job(ctx: dict) -> int:
    """The worker's morning run over yesterday (core/wiring.py schedules it); nothing to do while
    no merchant is configured."""
    try:
        gateway_mod.get_gateway()
    except NotConfigured:
        return 0
    result = await reconcile(actor=SYSTEM, day=_today() - dt.timedelta(days=1))
    return len(result["items"])
