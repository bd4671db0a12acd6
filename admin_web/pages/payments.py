"""Payments in the console (issue 11 points 7 and 11): 支付订单 (filters, totals, export, batch
sync, an order's page with its payer, business, refunds and WeChat Pay's notifications, and
同步状态 / 关闭 / 退款), 退款管理 (state tabs, re-query one or many, abnormal refunds settled by
hand at the merchant platform and recorded here), 支付对账 (the days reconciled with a trend,
run a day, a day's differences, xlsx).

Why: the people who answer for the money work from a browser on the same services as the JSON
API (core/payments: service for the transitions, console for what the back office sees and
does, reconcile for the bill), which decide scope, permissions and states, talk to WeChat Pay
and write the audit rows; these pages turn answers into HTML and refusals into messages beside
the form that caused them. Amounts are typed and shown in 元, kept in fen. Every post redirects
(POST → 303 → GET) with what it did flashed; a refund form carries its own out_refund_no, so
sending it twice (a double click, a reload of the post) is the same refund, never two.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.api.guard import admin_required
from admin_web.pages import blueprint as bp
from admin_web.pages.common import (
    Listing, Outcome, Params, check_form, done, fen_of, form_values, list_url, page, refuse, render, respond,
    row_labels,
)
from core.errors import AppError, ValidationFailed
from core.http import ok
from core.localtime import LOCAL
from core.orgs.models import OrgNode
from core.payments import console, purposes, reconcile, states
from core.payments import summary as payment_summary
from core.payments import service as payments
from core.payments.errors import GatewayFailed, NotConfigured, NotRefundable, RefundConflict, RefundTooLarge
from core.payments.models import PaymentOrder
from core.payments.schemas import CloseIn, HandledIn, OrderFilters, RefundFilters, RefundIn
from core.payments.schemas import DiscrepancyFilters, SummaryFilters

BASE = "/admin/payments"
ORDERS = f"{BASE}/orders"
REFUNDS = f"{BASE}/refunds"
BILLS = f"{BASE}/reconciliations"
ORDER_STATES = {s.value: label for s, label in states.ORDER_LABELS.items()}
REFUND_STATES = {s.value: label for s, label in states.REFUND_LABELS.items()}
OUTCOMES = reconcile.OUTCOME_LABELS
FIELD_LABELS = {"state": "状态", "kind": "业务类型", "number": "单号", "org_id": "收款机构", "date_from": "开始日期",
                "date_to": "结束日期", "amount_fen": "退款金额", "reason": "原因", "note": "处理说明",
                "bill_date": "账单日期", "out_refund_no": "退款单号"}
ORDER_FILTERS = ("state", "kind", "number", "org_id", "date_from", "date_to")
REFUND_FILTERS = ("state", "number", "org_id", "date_from", "date_to", "unhandled")
REFUND_NOTICES = {"success": "已退款 {yuan} 元，款项已原路退回付款人",
                  "processing": "退款 {yuan} 元已提交微信支付，正在处理，结果到达后自动更新",
                  "pending": "退款 {yuan} 元已记录，微信支付暂未确认，系统会用同一退款单号自动重试",
                  "abnormal": "退款 {yuan} 元异常：原路退回失败，请到“退款管理”按提示处理",
                  "closed": "退款 {yuan} 元被微信支付关闭", "failed": "微信支付拒绝了退款 {yuan} 元：{failure}"}


def _yuan(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:.2f}"


def _invalid(errors: dict[str, str], what: str = "查询条件") -> ValidationFailed:
    return ValidationFailed(f"{what}有误：" + "；".join(f"{FIELD_LABELS.get(k, k)}{v}" for k, v in errors.items()),
                            details={"errors": [{"path": k, "message": v, "type": "value"}
                                                for k, v in errors.items()]})


def _checked(schema, p: Params, names: tuple[str, ...]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(what the form showed, what the service gets): the filters checked by the API's schema."""
    shown = {k: v for k in names if (v := p.text(k)) is not None}
    body, errors = check_form(schema, shown)
    if body is None:
        raise _invalid(errors)
    return shown, body.model_dump(exclude_none=True, exclude={"page", "page_size"})


async def _institutions(rows_of_org: set[int] | None = None) -> dict[int, str]:
    return dict(await OrgNode.filter(id__in=list(rows_of_org)).values_list("id", "name")) if rows_of_org else {}


async def _paying_institutions(actor) -> dict[int, str]:
    """The institutions of the actor's scope that took payment orders: the filter's choices."""
    ids = await (PaymentOrder.filter(org__path__startswith=actor.org_path).distinct().values_list("org_id", flat=True))
    return await _institutions(set(ids))


# ---------------------------------------------------------------- 支付订单

async def _orders(request: Request, *, outcome: Outcome | None = None, status: int = 200):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    shown, filters = _checked(OrderFilters, p, ORDER_FILTERS)
    total, rows, totals = await console.orders(actor=actor, limit=size, offset=(number - 1) * size, **filters)
    listing = Listing(rows, total, number, size, shown)
    return await respond(request, "admin/payments/orders.html", "admin/payments/_orders.html", status=status,
                         listing=listing, totals=totals, outcome=outcome, states=ORDER_STATES,
                         kinds=purposes.labels(), institutions=await _paying_institutions(actor),
                         export_query=listing.query(page=1, page_size=20), base=ORDERS, yuan=_yuan)


@bp.get("/payments/orders")
@page
async def payments_orders(request: Request):
    return await _orders(request)


@bp.get("/payments/orders/export")
@page
async def payments_orders_export(request: Request):
    """The filtered orders as xlsx (what the list shows, every page of it)."""
    _, filters = _checked(OrderFilters, Params(request), ORDER_FILTERS)
    name, body = await console.export_orders(actor=request.ctx.actor, **filters)
    return xlsx(body, name)


async def _batch(request: Request, path: str, title: str, nothing: str, listing, run):
    """A batch action on the rows ticked in a list: each row's outcome above the list it came from
    (`listing` re-renders that list for htmx when nothing was ticked)."""
    ids = Params(request).ids()
    back = list_url(request, path)
    if not ids:
        outcome = Outcome(title, [], message=nothing)
        return await refuse(request, back, lambda: listing(request, status=422, outcome=outcome), outcome=outcome)
    results = await run(ids)
    return await done(request, back, outcome=Outcome(title, results, row_labels(request)))


@bp.post("/payments/orders/sync")
@page
async def payments_orders_sync(request: Request):
    """批量同步状态: ask WeChat Pay about each selected order; each answers for itself above the list."""
    return await _batch(request, ORDERS, "批量同步状态", "请先勾选要同步的订单", _orders,
                        lambda ids: console.sync_many(actor=request.ctx.actor, order_ids=ids))


async def _order_page(request: Request, order_id: int):
    actor = request.ctx.actor
    o = await console.order(actor=actor, order_id=order_id)
    return await render(request, "admin/payments/order.html", o=o, base=ORDERS, yuan=_yuan,
                        may_refund=actor.has(payments.PERM_REFUND), out_refund_no=payments.new_number("R"),
                        refund_form={}, refund_errors={}, close_form={}, close_errors={})


@bp.get("/payments/orders/<order_id:int>")
@page
async def payments_order(request: Request, order_id: int):
    return await _order_page(request, order_id)


async def _gateway_refused(request: Request, here: str, exc: AppError):
    """WeChat Pay could not be asked (502/503): back to the page, the reason in its flash area."""
    return await done(request, here, alert_error=exc)


@bp.post("/payments/orders/<order_id:int>/sync")
@page
async def payments_order_sync(request: Request, order_id: int):
    here = f"{ORDERS}/{order_id}"
    try:
        answer = await console.sync(actor=request.ctx.actor, order_id=order_id)
    except (GatewayFailed, NotConfigured) as exc:
        return await _gateway_refused(request, here, exc)
    return await done(request, here, notice=f"同步完成：{answer['outcome_label']}（订单状态：{answer['state_label']}）")


@bp.post("/payments/orders/<order_id:int>/close")
@page
async def payments_order_close(request: Request, order_id: int):
    here = f"{ORDERS}/{order_id}"
    values = form_values(request, ("reason",))
    body, errors = check_form(CloseIn, {"reason": values.get("reason", "")})
    if body is None:
        return await done(request, here, close_errors=errors, close_form=values)
    try:
        answer = await console.close(actor=request.ctx.actor, order_id=order_id, reason=body.reason)
    except (GatewayFailed, NotConfigured) as exc:
        return await _gateway_refused(request, here, exc)
    if answer["state"] == states.OrderState.CLOSED.value:
        return await done(request, here, notice="订单已关闭，付款人不能再支付")
    return await done(request, here, notice=f"微信支付显示该订单已支付，已按支付处理（{answer['state_label']}）")


@bp.post("/payments/orders/<order_id:int>/refund")
@page
async def payments_order_refund(request: Request, order_id: int):
    """退款: an amount in 元 within what is left of the order, and a reason the payer sees."""
    here = f"{ORDERS}/{order_id}"
    values = form_values(request, ("amount", "reason", "out_refund_no"))
    body, errors = check_form(RefundIn, {"amount_fen": fen_of(values.get("amount", "")),
                                         "reason": values.get("reason", ""),
                                         **({"out_refund_no": values["out_refund_no"]}
                                            if values.get("out_refund_no") else {})})
    if body is None:
        errors = {("amount" if k == "amount_fen" else k): v for k, v in errors.items()}
        if "amount" in errors:
            errors["amount"] = "请输入大于 0 的金额（元，最多两位小数）"
        return await done(request, here, refund_errors=errors, refund_form=values)
    try:
        answer = await payments.admin_refund(actor=request.ctx.actor, order_id=order_id, amount_fen=body.amount_fen,
                                             reason=body.reason, out_refund_no=body.out_refund_no)
    except RefundTooLarge as exc:
        left = _yuan(exc.details.get("remaining_fen"))
        return await done(request, here, alert_error=exc, refund_form=values,
                          refund_errors={"amount": f"{exc.message}：本单剩余可退 {left} 元"})
    except (NotRefundable, RefundConflict) as exc:
        return await done(request, here, alert_error=exc, refund_form=values,
                          refund_errors={"amount": exc.message})
    except (GatewayFailed, NotConfigured) as exc:
        return await _gateway_refused(request, here, exc)
    refund = answer["refund"]
    notice = REFUND_NOTICES[refund["state"]].format(yuan=_yuan(refund["amount_fen"]), failure=refund["failure"])
    return await done(request, here, notice=notice)


# ---------------------------------------------------------------- 退款管理

async def _refunds(request: Request, *, outcome: Outcome | None = None, status: int = 200):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    shown, filters = _checked(RefundFilters, p, REFUND_FILTERS)
    total, rows = await console.refunds(actor=actor, limit=size, offset=(number - 1) * size, **filters)
    return await respond(request, "admin/payments/refunds.html", "admin/payments/_refunds.html", status=status,
                         listing=Listing(rows, total, number, size, shown), outcome=outcome, states=REFUND_STATES,
                         counts=await console.refund_counts(actor=actor, **filters),
                         institutions=await _paying_institutions(actor), may_refund=actor.has(payments.PERM_REFUND),
                         help=console.ABNORMAL_HELP, base=REFUNDS, yuan=_yuan)


@bp.get("/payments/refunds")
@page
async def payments_refunds(request: Request):
    return await _refunds(request)


@bp.post("/payments/refunds/requery")
@page
async def payments_refunds_requery(request: Request):
    """批量重新查询: the selected refunds, each asked of WeChat Pay; each answers for itself."""
    return await _batch(request, REFUNDS, "批量重新查询", "请先勾选要查询的退款", _refunds,
                        lambda ids: console.requery_many(actor=request.ctx.actor, refund_ids=ids))


def _refund_list(request: Request) -> str:
    """The refund list a row's form was posted from, as it was (its filters travel as hidden fields)."""
    p = Params(request)
    number, size = p.paging()
    shown = {k: v for k in REFUND_FILTERS if (v := p.text(k)) is not None}
    query = Listing([], 0, number, size, shown).query()
    return f"{REFUNDS}?{query}" if query else REFUNDS


@bp.post("/payments/refunds/<refund_id:int>/requery")
@page
async def payments_refund_requery(request: Request, refund_id: int):
    back = _refund_list(request)
    try:
        answer = await console.requery(actor=request.ctx.actor, refund_id=refund_id)
    except (GatewayFailed, NotConfigured) as exc:
        return await _gateway_refused(request, back, exc)
    said = "状态已更新为" if answer["changed"] else "状态未变："
    return await done(request, back, notice=f"已向微信支付查询，{said}{answer['state_label']}")


@bp.post("/payments/refunds/<refund_id:int>/handled")
@page
async def payments_refund_handled(request: Request, refund_id: int):
    """退款异常已处理: what the operator did at the merchant platform, recorded and audited."""
    back = _refund_list(request)
    values = {"note": (request.form.get("note") or "").strip()}
    body, errors = check_form(HandledIn, values)
    if body is None:
        return await done(request, back, handled_errors={refund_id: errors}, handled_form={refund_id: values})
    await console.mark_handled(actor=request.ctx.actor, refund_id=refund_id, note=body.note)
    return await done(request, back, notice="已记录处理说明，该退款异常标记为已处理")


# ---------------------------------------------------------------- 支付对账

def _yesterday() -> dt.date:
    return dt.datetime.now(LOCAL).date() - dt.timedelta(days=1)


@bp.get("/payments/reconciliations")
@page
async def payments_reconciliations(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    total, rows = await reconcile.reports(actor=actor, limit=size, offset=(number - 1) * size)
    return await respond(request, "admin/payments/reconciliations.html", "admin/payments/_reconciliations.html",
                         listing=Listing(rows, total, number, size), base=BILLS, run_form={"bill_date":
                         _yesterday().isoformat()}, run_errors={}, trend_src=f"{BILLS}/trend.json")


@bp.get("/payments/reconciliations/trend.json")
@admin_required
async def payments_reconciliation_trend(request: Request):
    """What the trend chart draws: the last 31 days reconciled up to `until`, oldest first (JSON)."""
    raw = Params(request).text("until", max_length=10)
    until = None
    if raw:
        try:
            until = dt.date.fromisoformat(raw)
        except ValueError:
            raise _invalid({"until": "应为 yyyy-mm-dd 格式的日期"}) from None
    _, rows = await reconcile.reports(actor=request.ctx.actor, limit=31, until=until)
    rows.reverse()
    return ok({"days": [{"day": r["bill_date"].isoformat(), "matched": r["matched"],
                         "differences": r["missing_ours"] + r["missing_theirs"] + r["amount_mismatch"]}
                        for r in rows]})


@bp.post("/payments/reconciliations/run")
@page
async def payments_reconciliation_run(request: Request):
    """对账: download the day's bill from WeChat Pay now and compare (replaces that day's report)."""
    values = form_values(request, ("bill_date",))
    raw = values.get("bill_date", "")
    try:
        day = dt.date.fromisoformat(raw) if len(raw) == 10 else None
    except ValueError:
        day = None
    if day is None:
        return await done(request, BILLS, run_errors={"bill_date": "请选择账单日期"}, run_form=values)
    try:
        answer = await reconcile.reconcile(actor=request.ctx.actor, day=day)
    except (GatewayFailed, NotConfigured) as exc:
        return await _gateway_refused(request, BILLS, exc)
    differences = answer["missing_ours"] + answer["missing_theirs"] + answer["amount_mismatch"]
    said = f"发现 {differences} 笔差异" if differences else "账实一致"
    if not answer["bill_found"]:
        said = "微信支付当日无账单（无交易）" + ("" if not differences else f"，我方有 {differences} 笔记录")
    return await done(request, f"{BILLS}/{day.isoformat()}", notice=f"{day.isoformat()} 对账完成：{said}")


VIEWS = {"differences": "差异", "all": "全部"}


@bp.get("/payments/reconciliations/<bill_date:ymd>")
@page
async def payments_reconciliation(request: Request, bill_date: dt.date):
    actor = request.ctx.actor
    p = Params(request)
    view = p.choice("view", [*VIEWS, *OUTCOMES]) or "differences"
    report = await reconcile.report(actor=actor, day=bill_date)
    items = report["items"]
    shown = ([i for i in items if i["outcome"] != "matched"] if view == "differences"
             else items if view == "all" else [i for i in items if i["outcome"] == view])
    numbers = {i["out_trade_no"] for i in shown if i["out_trade_no"]}
    orders = dict(await PaymentOrder.filter(out_trade_no__in=list(numbers), org__path__startswith=actor.org_path)
                  .values_list("out_trade_no", "id")) if numbers else {}
    return await render(request, "admin/payments/report.html", r=report, items=shown, view=view, views=VIEWS,
                        outcomes=OUTCOMES, kinds=reconcile.KIND_LABELS, orders=orders,
                        names=await _institutions({i["org_id"] for i in shown if i["org_id"]}),
                        day=bill_date.isoformat(), base=BILLS, orders_base=ORDERS, yuan=_yuan,
                        trend_src=f"{BILLS}/trend.json?until={bill_date.isoformat()}")


@bp.get("/payments/reconciliations/<bill_date:ymd>/export")
@page
async def payments_reconciliation_export(request: Request, bill_date: dt.date):
    name, body = await reconcile.report_xlsx(actor=request.ctx.actor, day=bill_date)
    return xlsx(body, name)


# ---------------------------------------------------------------- 分业务汇总, 对账差异 (the platform across services)

SUMMARY = f"{BASE}/summary"
DISCREPANCIES = f"{BASE}/discrepancies"
DISCREPANCY_OUTCOMES = {k: v for k, v in OUTCOMES.items() if k != "matched"}


@bp.get("/payments/summary")
@page
async def payments_summary(request: Request):
    actor = request.ctx.actor
    shown, filters = _checked(SummaryFilters, Params(request), ("org_id", "date_from", "date_to"))
    s = await payment_summary.summary(actor=actor, **filters)
    shown = {**shown, "date_from": s["date_from"].isoformat(), "date_to": s["date_to"].isoformat()}
    labels = purposes.labels()
    kinds_of = {label: kind for kind, label in labels.items()}
    return await respond(request, "admin/payments/summary.html", "admin/payments/_summary.html", s=s,
                         filters=shown, institutions=await _paying_institutions(actor), base=SUMMARY,
                         orders_base=ORDERS, kinds_of=kinds_of, yuan=_yuan,
                         export_query=Listing([], 0, 1, 20, shown).query())


@bp.get("/payments/summary/export")
@page
async def payments_summary_export(request: Request):
    _, filters = _checked(SummaryFilters, Params(request), ("org_id", "date_from", "date_to"))
    name, body = await payment_summary.summary_xlsx(actor=request.ctx.actor, **filters)
    return xlsx(body, name)


@bp.get("/payments/discrepancies")
@page
async def payments_discrepancies(request: Request):
    p = Params(request)
    number, size = p.paging()
    shown, filters = _checked(DiscrepancyFilters, p, ("outcome", "date_from", "date_to"))
    total, rows, counts = await payment_summary.discrepancies(actor=request.ctx.actor, limit=size,
                                                              offset=(number - 1) * size, **filters)
    return await respond(request, "admin/payments/discrepancies.html", "admin/payments/_discrepancies.html",
                         listing=Listing(rows, total, number, size, shown), counts=counts,
                         outcomes=DISCREPANCY_OUTCOMES, base=DISCREPANCIES, bills_base=BILLS, orders_base=ORDERS,
                         yuan=_yuan)
