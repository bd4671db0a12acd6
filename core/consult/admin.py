"""The back office of online consultations (seed 004 综合管理后台 运营中心: 问诊订单, 退款查询,
医生诊疗统计): orders of the hospitals in the actor's scope with filters, tabs and export, one
order with its trail, payment and refunds, the refund an operator makes, and the statistics.

Why a module of its own: the back office sees every order of a subtree (core/scope.py on the
order's institution), not one doctor's or one patient's, and moves money without moving the
order. A refund here is a refund of the order's payment through core/payments (full or part of
what is left; more is refused there, 422 `payments.refund_exceeds_remaining`); the order itself
keeps its state, and its `refund_state` follows the payment through the consumer group
`consult.money` as for the automatic refunds (a full refund sets it to refunded). Only a
finished order is refunded here: one still waiting or in consultation is given up by the doctor
or the patient, and the state machine refunds it in full.

Statistics are grouped in SQL (by day, state, doctor, score, final event); the response time,
the doctor's first reply after accepting, is `first_reply_at - accepted_at` (set when the order
ends), and for orders still running the first message of the doctor's account in the order's
conversation, found in one grouped query.
"""
from __future__ import annotations

import datetime as dt
import statistics as pystats
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.functions import Count, Min, Sum
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.consult import service as core
from core.consult import states
from core.consult.errors import NotPaid, RefundNotFinal
from core.consult.models import ConsultOrder, ConsultOrderEvent
from core.consult.schemas import (
    AdminOrderDetailOut, AdminOrderFilter, AdminOrderOut, AdminOrderPage, AdminRefundIn, AdminRefundOut,
    ConsultStatsOut, DayCountOut, DoctorStatsOut, GroupCountOut, RatingsOut, StatsFilter, StatsSummaryOut,
)
from core.consult.states import State
from core.conversations.models import ChatMessage
from core.db import transactional, utcnow
from core.doctors.models import Doctor
from core.exports import to_xlsx
from core.localtime import LocalDay, local_date, within_days
from core.payments import service as payments
from core.payments.schemas import OrderOut as PaymentOrderOut
from core.payments.schemas import RefundOut
from core.principal import Principal

PERM_READ, PERM_REFUND = "consult.read", "consult.refund"
EXPORT_MAX = 10_000
STATS_DEFAULT_DAYS = 30
REFUND_EVENT = "refund"  # the trail's entry of a back-office refund (the order's state does not move)
DONE = frozenset({State.ENDED.value, State.CLOSED.value})
# Why a paid order's money went back: the final move that asked for the refund, or the back office.
REFUND_REASONS = {"expire": "超时未接诊", "reject": "医生拒绝", "cancel": "患者取消", "withdraw": "医生取消接诊",
                  "leave": "患者退出候诊",
                  REFUND_EVENT: "后台退款"}
# Response-time buckets (upper bound in minutes, label); replies slower than the last bound fall in the last.
RESPONSE_BUCKETS = ((5, "5分钟内"), (15, "5–15分钟"), (30, "15–30分钟"), (60, "30–60分钟"), (240, "1–4小时"),
                    (None, "4小时以上"))
NO_REPLY = ("none", "尚未回复")
EXPORT_HEADERS = ("订单号", "服务", "状态", "退款状态", "已退金额（元）", "医院", "科室", "医生", "患者", "金额（元）",
                  "下单时间", "支付时间", "接诊时间", "首次回复", "结束时间", "评分")


# ---------------------------------------------------------------- the orders

def _orders(actor: Principal, f: AdminOrderFilter, *, state: bool = True) -> QuerySet[ConsultOrder]:
    qs = within_days(scope.scoped(actor, ConsultOrder), "created_at", f.date_from, f.date_to)
    if f.institution_id:
        qs = qs.filter(institution_id=f.institution_id)
    if f.doctor_id:
        qs = qs.filter(doctor_id=f.doctor_id)
    if f.kind:
        qs = qs.filter(kind=f.kind)
    if f.refund_state:
        qs = qs.filter(refund_state=f.refund_state)
    if f.number:
        qs = qs.filter(number=f.number.upper())
    if state and f.state:
        qs = qs.filter(state__in=states.states_of(f.state))
    return qs


async def _refunded(orders: list[ConsultOrder]) -> dict[int, int]:
    """What went back of each order's payment (fen), for one page of orders (one query)."""
    if not orders:
        return {}
    refs = {core.payment_reference(o.id): o.id for o in orders}
    found = await payments.refunded_of(references=list(refs))
    return {refs[r]: fen for r, fen in found.items()}


def _admin_out(order: ConsultOrder, refunded_fen: int, model=AdminOrderOut, **extra: Any) -> Any:
    return core.order_out(order, model=model, account_id=order.account_id, first_reply_at=order.first_reply_at,
                          refunded_at=order.refunded_at, refunded_fen=refunded_fen, **extra)


async def group_counts(*, actor: Principal, filters: AdminOrderFilter) -> list[GroupCountOut]:
    """The tabs: orders per group under every filter but the state (one grouped query)."""
    await scope.require(actor, PERM_READ)
    by_state = dict(await _orders(actor, filters, state=False).annotate(n=Count("id")).group_by("state")
                    .values_list("state", "n"))
    return [GroupCountOut(key=k, label=states.GROUP_LABELS[k], count=sum(by_state.get(s.value, 0) for s in ss))
            for k, ss in states.GROUPS.items()]


async def list_orders(*, actor: Principal, filters: AdminOrderFilter, limit: int = 20,
                      offset: int = 0) -> AdminOrderPage:
    """Orders of the hospitals in scope, newest first, with the tabs' counts."""
    await scope.require(actor, PERM_READ)
    qs = _orders(actor, filters)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit).prefetch_related("doctor", "department",
                                                                                  "institution")
    refunded = await _refunded(rows)
    return AdminOrderPage(total=total, page=offset // max(1, limit) + 1, page_size=limit,
                          groups=await group_counts(actor=actor, filters=filters),
                          items=[_admin_out(o, refunded.get(o.id, 0)) for o in rows])


async def order_detail(*, actor: Principal, order_id: int) -> AdminOrderDetailOut:
    """One order: the patient's request, the trail, its payment with every refund and what is left."""
    await scope.require(actor, PERM_READ)
    order = await scope.get(actor, ConsultOrder, order_id)
    await order.fetch_related("doctor", "department", "institution")
    paid = await payments.detail_of(reference=core.payment_reference(order.id))
    refunds = [RefundOut.model_validate(r) for r in paid["refunds"]] if paid else []
    remaining = paid["remaining_fen"] if paid else 0
    out = _admin_out(order, paid["refunded_fen"] if paid else 0, model=AdminOrderDetailOut,
                     symptoms=order.symptoms, illness_duration=order.illness_duration, summary=order.summary,
                     comment=order.comment, rated_at=order.rated_at, timeline=await core.timeline(order.id),
                     payment=PaymentOrderOut.model_validate({k: v for k, v in paid.items()
                                                             if k in PaymentOrderOut.model_fields}) if paid else None,
                     refunds=refunds, remaining_fen=remaining,
                     can_refund=actor.has(PERM_REFUND) and order.state in {s.value for s in states.FINAL}
                     and remaining > 0)
    # The symptoms are health data: who read them in the back office is on the record.
    await audit_service.record(actor=actor, action="consult.admin_view", target_type="ConsultOrder",
                               target_id=order.id, org_id=order.institution_id)
    return out


async def refund(*, actor: Principal, order_id: int, data: AdminRefundIn) -> AdminRefundOut:
    """Refund the whole remainder of a finished order's payment, or a part of it. The same
    out_refund_no sent again is the same refund (a double click, a retry after a timeout)."""
    await scope.require(actor, PERM_REFUND)
    order = await scope.get(actor, ConsultOrder, order_id)
    if order.state not in {s.value for s in states.FINAL}:
        raise RefundNotFinal(details={"state": order.state, "label": states.LABELS[State(order.state)]})
    if order.paid_at is None:
        raise NotPaid(details={"state": order.state})
    made = await payments.refund_reference(actor=actor, reference=core.payment_reference(order.id),
                                           reason=data.reason, amount_fen=data.amount_fen,
                                           out_refund_no=data.out_refund_no)
    await record_refund(actor, order.id, made)
    return AdminRefundOut(order=await order_detail(actor=actor, order_id=order.id),
                          refund=RefundOut.model_validate(made))


@transactional
async def record_refund(actor: Principal, order_id: int, made: dict[str, Any]) -> None:
    """The refund on the order's trail and in the audit log, once per out_refund_no."""
    number = made["out_refund_no"]
    async with in_transaction():
        order = await ConsultOrder.filter(id=order_id).select_for_update().first()
        if await ConsultOrderEvent.filter(order_id=order_id, event=REFUND_EVENT, note__contains=number).exists():
            return
        note = f"后台退款 {made['amount_fen'] / 100:.2f} 元（{number}）：{made['reason']}"
        await ConsultOrderEvent.create(order_id=order_id, event=REFUND_EVENT, from_state=order.state,
                                       to_state=order.state, actor_type="admin", actor_id=actor.id, note=note[:500])
        await audit_service.record(actor=actor, action="consult.refund", target_type="ConsultOrder",
                                   target_id=order_id, org_id=order.institution_id,
                                   after={"out_refund_no": number, "amount_fen": made["amount_fen"],
                                          "reason": made["reason"], "refund_state": made["state"]})


async def export_orders(*, actor: Principal, filters: AdminOrderFilter) -> bytes:
    """The filtered orders as xlsx (newest first, at most EXPORT_MAX rows; names masked)."""
    await scope.require(actor, PERM_READ)
    rows = await _orders(actor, filters).order_by("-id").limit(EXPORT_MAX).prefetch_related(
        "doctor", "department", "institution")
    refunded = await _refunded(rows)

    def when(value: dt.datetime | None) -> str:
        return value.astimezone(core.CHINA).strftime("%Y-%m-%d %H:%M") if value else ""

    def line(o: ConsultOrder) -> list:
        v = _admin_out(o, refunded.get(o.id, 0))
        return [v.number, v.kind_label, v.state_label, v.refund_label, round(v.refunded_fen / 100, 2),
                v.institution_name, v.department_name, v.doctor.name, v.patient.name, round(v.price_fen / 100, 2),
                when(v.created_at), when(v.paid_at), when(v.accepted_at), when(v.first_reply_at),
                when(v.finished_at), v.score if v.score is not None else ""]

    await audit_service.record(actor=actor, action="consult.export", target_type="ConsultOrder",
                               after={"rows": len(rows), "filters": filters.model_dump(mode="json", exclude_none=True)})
    return to_xlsx("问诊订单", EXPORT_HEADERS, [line(o) for o in rows])


# ---------------------------------------------------------------- choices of the filters

async def hospitals(*, actor: Principal) -> dict[int, str]:
    """The hospitals in scope that have doctors (the filters' choices)."""
    await scope.require(actor, PERM_READ)
    rows = await scope.scoped(actor, Doctor).distinct().values_list("institution_id", "institution__name")
    return dict(sorted(rows, key=lambda r: r[1]))


async def doctors(*, actor: Principal, institution_id: int | None = None) -> dict[int, str]:
    await scope.require(actor, PERM_READ)
    qs = scope.scoped(actor, Doctor)
    if institution_id:
        qs = qs.filter(institution_id=institution_id)
    return dict(await qs.order_by("name", "id").values_list("id", "name"))


# ---------------------------------------------------------------- statistics

def period(filters: StatsFilter) -> tuple[dt.date, dt.date]:
    """The statistics' days: as asked, else the last 30 days up to today (China time)."""
    end = filters.date_to or local_date(utcnow())
    start = filters.date_from or min(end, end - dt.timedelta(days=STATS_DEFAULT_DAYS - 1))
    return start, end


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else \
        dt.date.fromisoformat(str(value)[:10])


def _avg(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


async def _response_seconds(qs: QuerySet[ConsultOrder]) -> tuple[dict[int, float], list[tuple[int, int]]]:
    """({order id: seconds from acceptance to the doctor's first reply}, [(order id, doctor id)] of every
    accepted order). Orders that ended carry `first_reply_at`; for those still running, the first
    message of the doctor's account in the conversation (one grouped query)."""
    rows = await qs.filter(accepted_at__isnull=False).values("id", "doctor_id", "accepted_at", "first_reply_at",
                                                             "conversation_id", "state")
    seconds: dict[int, float] = {}
    running = [r for r in rows if r["first_reply_at"] is None and r["state"] == State.IN_PROGRESS.value
               and r["conversation_id"]]
    first: dict[tuple[int, int], dt.datetime] = {}
    if running:
        accounts = dict(await Doctor.filter(id__in={r["doctor_id"] for r in running}, account_id__isnull=False)
                        .values_list("id", "account_id"))
        if accounts:
            found = await ChatMessage.filter(conversation_id__in=[r["conversation_id"] for r in running],
                                             sender_kind="admin", sender_id__in=list(set(accounts.values()))) \
                .annotate(at=Min("created_at")).group_by("conversation_id", "sender_id") \
                .values_list("conversation_id", "sender_id", "at")
            first = {(c, s): at for c, s, at in found}
        for r in running:
            at = first.get((r["conversation_id"], accounts.get(r["doctor_id"], 0)))
            if at is not None:
                r["first_reply_at"] = at
    for r in rows:
        if r["first_reply_at"] is not None:
            seconds[r["id"]] = max(0.0, (r["first_reply_at"] - r["accepted_at"]).total_seconds())
    return seconds, [(r["id"], r["doctor_id"]) for r in rows]


def _buckets(minutes: list[float], unanswered: int) -> list[GroupCountOut]:
    counts = [0] * len(RESPONSE_BUCKETS)
    for m in minutes:
        for n, (bound, _label) in enumerate(RESPONSE_BUCKETS):
            if bound is None or m <= bound:
                counts[n] += 1
                break
    out = [GroupCountOut(key=str(bound or "more"), label=label, count=c)
           for (bound, label), c in zip(RESPONSE_BUCKETS, counts)]
    return out + [GroupCountOut(key=NO_REPLY[0], label=NO_REPLY[1], count=unanswered)]


async def stats(*, actor: Principal, filters: StatsFilter) -> ConsultStatsOut:
    """Orders of the period (by the day they were placed) in scope, or at one hospital: by day and
    state, money paid and refunded in the period, acceptance, response times, refunds by reason,
    ratings, and one row per doctor."""
    await scope.require(actor, PERM_READ)
    start, end = period(filters)
    qs = within_days(scope.scoped(actor, ConsultOrder), "created_at", start, end)
    if filters.institution_id:
        qs = qs.filter(institution_id=filters.institution_id)
    day = LocalDay("created_at", ConsultOrder._meta.db.capabilities.dialect)

    # By day and state, in one grouped query; paid orders by day in another.
    by_day_state = await qs.annotate(day=day, n=Count("id")).group_by("day", "state").values_list("day", "state", "n")
    paid_by_day = dict(await qs.filter(paid_at__isnull=False).annotate(day=day, n=Count("id")).group_by("day")
                       .values_list("day", "n"))
    days: dict[dt.date, dict[str, int]] = {}
    by_state: dict[str, int] = {}
    for d, state, n in by_day_state:
        row = days.setdefault(_day(d), {"orders": 0, "completed": 0})
        row["orders"] += n
        row["completed"] += n if state in DONE else 0
        by_state[state] = by_state.get(state, 0) + n
    paid_days = {_day(d): n for d, n in paid_by_day.items()}
    span = (end - start).days
    by_day = [DayCountOut(day=d, orders=days.get(d, {}).get("orders", 0), paid=paid_days.get(d, 0),
                          completed=days.get(d, {}).get("completed", 0))
              for d in (start + dt.timedelta(days=n) for n in range(span + 1))]

    # Acceptance: of the paid orders a doctor dealt with (accepted, rejected, or let expire).
    accepted = await qs.filter(accepted_at__isnull=False).count()
    turned_down = await qs.filter(state__in=[State.REJECTED.value, State.EXPIRED.value]).count()
    decided = accepted + turned_down

    seconds, accepted_rows = await _response_seconds(qs)
    minutes = [seconds[i] / 60 for i, _ in accepted_rows if i in seconds]

    # Refunds: the final move of each order whose money went back, and the back office's refunds.
    refunded_ids = Subquery(qs.filter(~Q(refund_state="")).values("id"))
    reasons = dict(await ConsultOrderEvent.filter(order_id__in=refunded_ids, event__in=[
        k for k in REFUND_REASONS if k != REFUND_EVENT])
                   .annotate(n=Count("id")).group_by("event").values_list("event", "n"))
    reasons[REFUND_EVENT] = await ConsultOrderEvent.filter(order_id__in=Subquery(qs.values("id")),
                                                          event=REFUND_EVENT).count()
    refunded_orders = await qs.filter(~Q(refund_state="")).count()

    # Ratings, overall and by score.
    rated = qs.filter(score__isnull=False)
    scores = dict(await rated.annotate(n=Count("id")).group_by("score").values_list("score", "n"))
    rating_count = sum(scores.values())
    rating_avg = round(sum(s * n for s, n in scores.items()) / rating_count, 2) if rating_count else None

    # Per doctor: counts grouped in SQL; response times from the rows above.
    per_orders = dict(await qs.annotate(n=Count("id")).group_by("doctor_id").values_list("doctor_id", "n"))
    per_done = dict(await qs.filter(state__in=sorted(DONE)).annotate(n=Count("id")).group_by("doctor_id")
                    .values_list("doctor_id", "n"))
    per_rating = {d: (n, s) for d, n, s in await rated.annotate(n=Count("id"), s=Sum("score")).group_by("doctor_id")
                  .values_list("doctor_id", "n", "s")}
    per_accepted: dict[int, int] = {}
    per_minutes: dict[int, list[float]] = {}
    for order_id, doctor_id in accepted_rows:
        per_accepted[doctor_id] = per_accepted.get(doctor_id, 0) + 1
        if order_id in seconds:
            per_minutes.setdefault(doctor_id, []).append(seconds[order_id] / 60)
    names = {r["id"]: r for r in await Doctor.filter(id__in=list(per_orders)).values("id", "name",
                                                                                      "institution__name")}
    doctors_rows = sorted((DoctorStatsOut(
        doctor_id=d, name=names.get(d, {}).get("name", ""), institution_name=names.get(d, {}).get(
            "institution__name", ""), orders=n, accepted=per_accepted.get(d, 0), completed=per_done.get(d, 0),
        avg_response_minutes=_avg(per_minutes.get(d, [])), rated=per_rating.get(d, (0, 0))[0],
        avg_score=round(int(per_rating[d][1]) / per_rating[d][0], 2) if d in per_rating else None)
        for d, n in per_orders.items()), key=lambda r: (-r.orders, r.name, r.doctor_id))

    paid_fen, refunded_fen = await payments.money_of(kind=core.PAYMENT_KIND, org_path=actor.org_path or "/",
                                                     org_id=filters.institution_id, date_from=start, date_to=end)
    total = sum(by_state.values())
    summary = StatsSummaryOut(
        orders=total, paid=sum(paid_days.values()), completed=sum(by_state.get(s, 0) for s in DONE),
        refunded_orders=refunded_orders, paid_fen=paid_fen, refunded_fen=refunded_fen, accepted=accepted,
        decided=decided, acceptance_rate=round(accepted / decided, 4) if decided else None, replied=len(minutes),
        avg_response_minutes=_avg(minutes),
        median_response_minutes=round(pystats.median(minutes), 1) if minutes else None,
        rated=rating_count, avg_score=rating_avg)
    return ConsultStatsOut(
        date_from=start, date_to=end, institution_id=filters.institution_id, summary=summary, by_day=by_day,
        by_state=[GroupCountOut(key=s.value, label=states.LABELS[s], count=by_state.get(s.value, 0)) for s in State],
        response=_buckets(minutes, accepted - len(minutes)),
        refunds=[GroupCountOut(key=k, label=label, count=reasons.get(k, 0)) for k, label in REFUND_REASONS.items()],
        ratings=RatingsOut(count=rating_count, average=rating_avg, distribution=[
            GroupCountOut(key=str(s), label=f"{s}分", count=scores.get(s, 0)) for s in range(5, 0, -1)]),
        doctors=doctors_rows)


STATS_TABLES = {"doctors": "医生诊疗统计", "days": "每日问诊订单"}


async def stats_xlsx(*, actor: Principal, filters: StatsFilter, table: str = "doctors") -> tuple[str, bytes]:
    """One table of the statistics as xlsx: (file name, content)."""
    data = await stats(actor=actor, filters=filters)
    span = f"{data.date_from:%Y%m%d}-{data.date_to:%Y%m%d}"
    if table == "days":
        body = to_xlsx(STATS_TABLES[table], ("日期", "下单", "已支付", "已完成"),
                       [[str(r.day), r.orders, r.paid, r.completed] for r in data.by_day]
                       + [["合计", data.summary.orders, data.summary.paid, data.summary.completed]])
        return f"consult-days-{span}.xlsx", body
    body = to_xlsx(STATS_TABLES["doctors"], ("医生", "医院", "问诊订单", "接诊", "已完成", "平均首次回复（分钟）",
                                             "评价数", "平均评分"),
                   [[r.name, r.institution_name, r.orders, r.accepted, r.completed,
                     r.avg_response_minutes if r.avg_response_minutes is not None else "", r.rated,
                     r.avg_score if r.avg_score is not None else ""] for r in data.doctors])
    return f"consult-doctors-{span}.xlsx", body
