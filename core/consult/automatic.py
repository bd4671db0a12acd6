"""What happens to consultation orders without anybody asking: payment confirmed, deadlines, refunds.

Why here, together: each of these must happen exactly once however often it is triggered, and
must still happen when the process that should have done it died.
- Payment: WeChat Pay's confirmation reaches `on_paid` inside payments' transaction (registered
  in core/wiring.py). An order that is no longer waiting for it (cancelled while its payer stood
  at the cashier) refuses, and payments refunds the money at once.
- Deadlines: a move that sets one (paid → accept by; accepted → window end; transferred → accept
  by) emits `consult.timer`; the consumer group `consult.timers` queues the job `consult_timer` for
  that moment, and the job fires what is due (`due`): abandon an unpaid order, remind the doctor,
  expire an order not accepted, close one whose window ended. A job woken early re-queues itself;
  a job Redis lost, or a worker that was down, is made up by `sweep` every minute.
- Refunds: a paid order given up emits `consult.refund_due`; the group `consult.money` asks
  core/payments for the full refund under the order's own out_refund_no (asked again, it is the
  same refund), and follows payments' `payments.refunded` / `payments.refund_failed` to tell
  the patient. `sweep` asks again for refunds that were due but never recorded.
"""
from __future__ import annotations

import datetime as dt

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core import jobs
from core.consult import service as core
from core.consult import video
from core.consult.models import ConsultOrder
from core.consult.states import Event, State
from core.db import transactional, utcnow
from core.doctors.models import ServiceKind
from core.events import service as events
from core.events.service import Event as DomainEvent
from core.notify import service as notify_service
from core.payments import purposes as payment_purposes
from core.payments import service as payments
from core.payments.errors import NotRefundable
from core.settings import get_settings

TIMER_JOB = "consult_timer"
REFUND_RETRY = dt.timedelta(minutes=5)  # a refund due for this long and not recorded is asked for again
UNPAID_GRACE = dt.timedelta(minutes=5)  # after the payment window, before an unpaid order is abandoned


# ---------------------------------------------------------------- payment

async def on_paid(paid: payment_purposes.PaidOrder) -> payment_purposes.Decision:
    """WeChat Pay confirmed the payment of an order (inside payments' transaction): a waiting-for-payment
    order goes to the doctor's queue with its acceptance deadline; any other refuses, and is refunded."""
    order = await ConsultOrder.filter(id=paid.reference_id).select_for_update().first()
    if order is None or order.state != State.CREATED.value or order.price_fen != paid.amount_fen:
        return payment_purposes.Decision(False, reason="问诊订单已取消，款项原路退回")
    await order.fetch_related("doctor", "department", "institution")
    payer = core.mp_principal(paid.payer_account_id) if paid.payer_account_id else core.system_actor()
    order.paid_at = paid.paid_at
    if order.kind == video.VIDEO:  # booked: it waits for its slot; the slot's end is its deadline
        order.accept_by, note, doctor_note = video.paid_terms(order)
        await core.move(order, Event.PAY, actor=payer, note=note)
        await core.tell_doctor(order, title="新的视频问诊预约", body=doctor_note)
    else:
        order.accept_by = utcnow() + core.accept_window()
        await core.move(order, Event.PAY, actor=payer,
                        note=f"已支付 {order.price_fen / 100:.2f} 元，请等待医生接诊（{core.local(order.accept_by)} 前未接诊将自动退款）")
        await core.tell_doctor(order, title="新的问诊订单",
                               body=f"患者{order.patient_name[:1]}**已支付，请在 {core.local(order.accept_by)} 前接诊")
    await core.doctor_participant(order, can_write=False, actor=payer)
    await events.emit(core.TIMER, {"order_id": order.id, "at": order.accept_by.isoformat()})
    return payment_purposes.Decision(True)


# ---------------------------------------------------------------- deadlines

def _remind_at(order: ConsultOrder) -> dt.datetime | None:
    minutes = get_settings().consult_remind_minutes
    if not minutes or order.accept_by is None or order.reminded_at is not None:
        return None
    return order.accept_by - dt.timedelta(minutes=minutes)


def _unpaid_until(order: ConsultOrder) -> dt.datetime:
    return order.created_at + dt.timedelta(minutes=get_settings().payment_minutes) + UNPAID_GRACE


def next_deadline(order: ConsultOrder) -> dt.datetime | None:
    """When something is next due for the order (None: nothing will be)."""
    if order.state == State.CREATED.value:
        return _unpaid_until(order)
    if order.kind == video.VIDEO and order.state in video.TIMED:
        return video.next_deadline(order)
    if order.state == State.WAITING.value:
        remind = _remind_at(order)
        return min(remind, order.accept_by) if remind else order.accept_by
    if order.state == State.IN_PROGRESS.value:
        return order.ends_at
    return None


async def due(order_id: int, *, now: dt.datetime | None = None) -> str:
    """Fire whatever is due for the order now; what was fired ("" when nothing)."""
    now = now or utcnow()
    order = await ConsultOrder.get_or_none(id=order_id)
    if order is None:
        return ""
    if order.state == State.CREATED.value and _unpaid_until(order) <= now:
        # Close the payment first: a payment made meanwhile turns the order into a paid one.
        await payments.close(reference=core.payment_reference(order.id), reason="超时未支付")
        return await _fire(order.id, Event.ABANDON, now)
    if order.kind == video.VIDEO and order.state in video.TIMED:
        return await video.due(order.id, now)
    if order.state == State.WAITING.value and order.accept_by and order.accept_by <= now:
        return await _fire(order.id, Event.EXPIRE, now)
    if order.state == State.WAITING.value and (_remind_at(order) or now + dt.timedelta(days=1)) <= now:
        return await _remind(order.id)
    if order.state == State.IN_PROGRESS.value and order.ends_at and order.ends_at <= now:
        return await _fire(order.id, Event.CLOSE, now)
    return ""


@transactional
async def _fire(order_id: int, event: Event, now: dt.datetime) -> str:
    async with in_transaction():
        order = await core.load(order_id, lock=True)
        checks = {Event.ABANDON: order.state == State.CREATED.value,
                  Event.EXPIRE: order.state == State.WAITING.value and order.accept_by and order.accept_by <= now,
                  Event.CLOSE: order.state == State.IN_PROGRESS.value and order.ends_at and order.ends_at <= now}
        if not checks[event]:
            return ""  # moved meanwhile (paid, accepted, transferred, ended)
        await core.move(order, event, actor=core.system_actor())
        if event is Event.EXPIRE:
            await core.tell_doctor(order, title="问诊订单超时未接诊", body="已自动取消并退款")
        elif event is Event.CLOSE:
            await events.emit(core.COMPLETED, {"order_id": order.id})
    return event.value


@transactional
async def _remind(order_id: int) -> str:
    async with in_transaction():
        order = await core.load(order_id, lock=True)
        if order.state != State.WAITING.value or order.reminded_at is not None:
            return ""
        order.reminded_at = utcnow()
        await order.save(update_fields=["reminded_at", "updated_at"])
        await core.tell_doctor(order, title="请尽快接诊",
                               body=f"{core.local(order.accept_by)} 前未接诊将自动取消并退款")
        await events.emit(core.CHANGED, {"id": order.id, "reminder": "accept_soon"},
                          topic=core.doctor_topic(order.doctor_id))
    return "remind"


async def on_timer(event: DomainEvent) -> None:
    """Consumer of `consult.timer` (group consult.timers): queue the order's job for its deadline."""
    at = dt.datetime.fromisoformat(event.payload["at"])
    await jobs.enqueue(TIMER_JOB, int(event.payload["order_id"]),
                       _defer_by=max(1.0, (at - utcnow()).total_seconds() + 1))


async def consult_timer(ctx: dict, order_id: int) -> None:
    """The job: fire what is due; woken early (a reminder first, clock skew), sleep again until the next."""
    await due(order_id)
    order = await ConsultOrder.get_or_none(id=order_id)
    deadline = next_deadline(order) if order else None
    if deadline is not None:
        await jobs.enqueue(TIMER_JOB, order_id, _defer_by=max(1.0, (deadline - utcnow()).total_seconds() + 1))


async def sweep(*, now: dt.datetime | None = None) -> int:
    """Every deadline that passed while no job fired it, and every refund due but not recorded."""
    now = now or utcnow()
    remind = dt.timedelta(minutes=get_settings().consult_remind_minutes)
    unpaid = now - dt.timedelta(minutes=get_settings().payment_minutes) - UNPAID_GRACE
    overdue = Q(state=State.CREATED.value, created_at__lte=unpaid) \
        | Q(state=State.WAITING.value, accept_by__lte=now) \
        | Q(state=State.IN_PROGRESS.value, ends_at__lte=now) | video.overdue(now)
    if remind:
        overdue |= Q(state=State.WAITING.value, reminded_at__isnull=True, accept_by__lte=now + remind,
                     kind=ServiceKind.text.value)
    ids = await ConsultOrder.filter(overdue).order_by("id").limit(1000).values_list("id", flat=True)
    run = await jobs.per_item("consult_due", ids, lambda i: due(i, now=now))
    stale = await ConsultOrder.filter(refund_state="requested", updated_at__lte=now - REFUND_RETRY) \
        .order_by("id").limit(200).values_list("id", flat=True)
    refunds = await jobs.per_item("consult_refund", stale, refund)
    return run.done + refunds.done


async def sweep_job(ctx: dict) -> int:
    return await sweep()


# ---------------------------------------------------------------- money

async def refund(order_id: int) -> str:
    """Ask core/payments for the order's full refund (the same refund however often it is asked)."""
    order = await ConsultOrder.get_or_none(id=order_id)
    if order is None or order.refund_state != "requested":
        return ""
    try:
        await payments.refund_reference(actor=core.system_actor(), reference=core.payment_reference(order.id),
                                        reason=(order.reason or "问诊未进行，全额退款")[:80],
                                        out_refund_no=core.refund_number(order))
    except NotRefundable:
        paid = await payments.order_of(reference=core.payment_reference(order.id))
        if paid and paid["state"] == "refunded":  # refunded already (a console refund, an earlier attempt)
            await _refund_result(order.id, ok=True)
            return "refunded"
        raise
    # Touched, so the sweeper waits REFUND_RETRY before asking again; the result comes as an event.
    await ConsultOrder.filter(id=order.id, refund_state="requested").update(updated_at=utcnow())
    return "asked"


@transactional
async def _refund_result(order_id: int, *, ok: bool) -> None:
    async with in_transaction():
        order = await ConsultOrder.filter(id=order_id).select_for_update().first()
        state = "refunded" if ok else "failed"
        if order is None or order.refund_state == state or order.refund_state == "refunded":
            return
        order.refund_state = state
        if ok:
            order.refunded_at = utcnow()
        await order.save(update_fields=["refund_state", "refunded_at", "updated_at"])
        await events.emit(core.CHANGED, {"id": order.id, "refund_state": state},
                               topic=core.doctor_topic(order.doctor_id))
        if ok:
            message = await notify_service.notify(
                account_id=order.account_id, kind="consult.refund", title="问诊费用已退款",
                body=f"{order.number}：{order.price_fen / 100:.2f} 元已原路退回", link=core.PATIENT_LINK.format(id=order.id))
            await notify_service.push([message])
        else:
            await notify_service.notify(org_id=order.institution_id, kind="consult.refund_failed",
                                        title="问诊退款失败，请人工处理", body=f"{order.number}：微信支付未能完成退款",
                                        link=f"/admin/consult/orders/{order.id}")


async def on_money(event: DomainEvent) -> None:
    """Consumer of `consult.refund_due`, `payments.refunded` and `payments.refund_failed` (group consult.money)."""
    p = event.payload
    if event.name == core.REFUND_DUE:
        await refund(int(p["order_id"]))
        return
    kind, order_id = payment_purposes.split(p.get("reference", ""))
    if kind != core.PAYMENT_KIND or not order_id:
        return
    if event.name == "payments.refunded" and p.get("full"):
        await _refund_result(order_id, ok=True)
    elif event.name == "payments.refund_failed":
        await _refund_result(order_id, ok=False)


MONEY_EVENTS = (core.REFUND_DUE, "payments.refunded", "payments.refund_failed")

