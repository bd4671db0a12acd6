"""The back office of consultations (seed 004 综合管理后台 运营中心): orders in scope with filters and
tabs, the order's payment and refunds, refunds full and partial through the real wechatpayv3 client
against the offline WeChat Pay (and a refund larger than what is left refused with nothing written),
the statistics exact on a constructed set of orders, and the same over the JSON API.
MariaDB + Redis; the event consumers run as the worker runs them.
"""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from core import wiring
from core.audit.models import AuditLog
from core.consult import admin, desk
from core.consult.models import ConsultOrder, ConsultOrderEvent
from core.consult.schemas import AdminOrderFilter, AdminRefundIn, EndIn, RecordIn, StatsFilter
from core.conversations import service as conversations
from core.conversations.models import ChatMessage
from core.db import utcnow
from core.localtime import local_date, utc_start
from core.payments.models import PaymentOrder, PaymentRefund
from tests import factories
from tests.consult.test_orders import _fails, _paid

API = "/api/admin/v1/consult"


@pytest.fixture
async def world():
    wiring.wire()
    return await factories.consult_world()


async def _ended(w, wechatpay, who=None) -> int:
    """A consultation paid, accepted, answered, recorded and ended by the doctor."""
    order_id = await _paid(w, wechatpay, who=who)
    order = await desk.accept(actor=w.doctor_actor, order_id=order_id)
    await conversations.send_text(actor=w.doctor_actor, conversation_id=order.conversation_id,
                                  client_id=f"d-{order_id}", text="您好，请问孩子体温多少？")
    await desk.save_record(actor=w.doctor_actor, order_id=order_id,
                           data=RecordIn(chief_complaint="咳嗽3天", diagnosis=["急性支气管炎"]))
    await desk.end(actor=w.doctor_actor, order_id=order_id, data=EndIn(summary="多饮水，三天后复诊"))
    return order_id


async def test_orders_in_scope_with_filters_tabs_detail_and_export(world, wechatpay):
    w = world
    ended = await _ended(w, wechatpay)
    waiting = await _paid(w, wechatpay, order_id=None, who=w.child)  # placed by the child for the parent
    unpaid = await factories.consult_order(w, who=w.stranger, state="created", paid=False)
    other_dept = await factories.department(w.tree.hospital_b1, name="儿科")
    elsewhere = await factories.catalogue_doctor(other_dept, name="扁鹊")
    theirs = await factories.consult_order(w, doctor=elsewhere, who=w.stranger, state="ended", score=4)

    county = await factories.actor(w.tree.county_a1)
    page = await admin.list_orders(actor=county, filters=AdminOrderFilter())
    assert page.total == 3 and [o.id for o in page.items] == [unpaid.id, waiting, ended]
    assert {g.key: g.count for g in page.groups} == {"unpaid": 1, "waiting": 1, "in_progress": 0, "done": 1,
                                                     "cancelled": 0}
    assert page.items[1].patient.name == "王*山" and page.items[2].first_reply_at is not None
    # Filters: a tab (the counts stay those of every tab), an exact state, the doctor, the number, days.
    done = await admin.list_orders(actor=county, filters=AdminOrderFilter(state="done"))
    assert [o.id for o in done.items] == [ended] and sum(g.count for g in done.groups) == 3
    assert (await admin.list_orders(actor=county, filters=AdminOrderFilter(state="created"))).total == 1
    assert (await admin.list_orders(actor=county, filters=AdminOrderFilter(doctor_id=w.colleague.id))).total == 0
    number = (await ConsultOrder.get(id=waiting)).number
    assert [o.id for o in (await admin.list_orders(actor=county, filters=AdminOrderFilter(
        number=number.lower()))).items] == [waiting]
    tomorrow = local_date(utcnow()) + dt.timedelta(days=1)
    assert (await admin.list_orders(actor=county, filters=AdminOrderFilter(date_from=tomorrow))).total == 0
    assert (await admin.list_orders(actor=county, filters=AdminOrderFilter(institution_id=w.tree.hospital_b1.id))
            ).total == 0
    # The province sees both counties; another county sees nothing, and a guessed id is missing (audited).
    province = await factories.actor(w.tree.province)
    assert (await admin.list_orders(actor=province, filters=AdminOrderFilter())).total == 4
    other = await factories.actor(w.tree.county_a2)
    assert (await admin.list_orders(actor=other, filters=AdminOrderFilter())).total == 0
    await _fails("request.not_found", admin.order_detail(actor=other, order_id=ended))
    assert await AuditLog.filter(action="scope.read", target_type="ConsultOrder", target_id=str(ended)).exists()
    assert (await admin.hospitals(actor=province)) == {w.tree.hospital_a1.id: "江岸医院",
                                                       w.tree.hospital_b1.id: "西陵医院"}
    assert await admin.hospitals(actor=county) == {w.tree.hospital_a1.id: "江岸医院"}
    # Without the permission (a record room): refused.
    clerk = await factories.actor(w.tree.hospital_a1, roles=("record_room",))
    await _fails("auth.forbidden", admin.list_orders(actor=clerk, filters=AdminOrderFilter()))

    detail = await admin.order_detail(actor=county, order_id=ended)
    assert [e.event for e in detail.timeline] == ["place", "pay", "accept", "end"]
    assert detail.payment.amount_fen == 3000 and detail.payment.state == "paid" and detail.refunds == []
    assert detail.remaining_fen == 3000 and not detail.can_refund  # a commission sees, the hospital refunds
    assert detail.symptoms.startswith("孩子咳嗽三天")
    assert await AuditLog.filter(action="consult.admin_view", target_id=str(ended)).exists()
    assert (await admin.order_detail(actor=county, order_id=waiting)).can_refund is False  # not finished

    book = load_workbook(io.BytesIO(await admin.export_orders(actor=county, filters=AdminOrderFilter(state="done"))))
    rows = list(book.active.values)
    assert rows[0][:3] == ("订单号", "服务", "状态") and len(rows) == 2
    assert rows[1][0] == (await ConsultOrder.get(id=ended)).number and rows[1][2] == "已完成" and rows[1][8] == "王*山"
    assert await AuditLog.filter(action="consult.export").exists()
    assert theirs.id not in [o.id for o in page.items]


async def test_refunds_full_partial_and_larger_than_what_is_left(world, wechatpay):
    w = world
    order_id = await _ended(w, wechatpay)
    hospital = await factories.actor(w.tree.hospital_a1, roles=("consult_operator",))
    # A commission may look but not refund; an order still running is not refunded here.
    county = await factories.actor(w.tree.county_a1)
    await _fails("auth.forbidden", admin.refund(actor=county, order_id=order_id,
                                                data=AdminRefundIn(amount_fen=100, reason="投诉处理")))

    part = await admin.refund(actor=hospital, order_id=order_id, data=AdminRefundIn(
        amount_fen=1000, reason="回复不及时，部分退款", out_refund_no="RA0000000001"))
    assert part.refund.amount_fen == 1000 and part.order.remaining_fen == 2000
    again = await admin.refund(actor=hospital, order_id=order_id, data=AdminRefundIn(
        amount_fen=1000, reason="回复不及时，部分退款", out_refund_no="RA0000000001"))  # a double click
    assert again.refund.id == part.refund.id
    await wechatpay.delivered()
    await factories.drain("consult.money")
    detail = await admin.order_detail(actor=hospital, order_id=order_id)
    assert detail.payment.state == "partially_refunded" and detail.refunded_fen == 1000
    assert [(r.amount_fen, r.state) for r in detail.refunds] == [(1000, "success")]
    assert detail.refund_state == "" and detail.can_refund  # part of it: the order is not "refunded"
    assert [e.event for e in detail.timeline][-1] == "refund" and "10.00 元" in detail.timeline[-1].note

    # More than what is left: payments' refusal, nothing written.
    err = await _fails("payments.refund_exceeds_remaining", admin.refund(
        actor=hospital, order_id=order_id, data=AdminRefundIn(amount_fen=2001, reason="全额退款")))
    assert err.details["remaining_fen"] == 2000
    assert await PaymentRefund.filter(order__reference=f"consult.order:{order_id}").count() == 1
    assert await ConsultOrderEvent.filter(order_id=order_id, event="refund").count() == 1

    # The rest (no amount: all that is left): the order follows as refunded.
    rest = await admin.refund(actor=hospital, order_id=order_id, data=AdminRefundIn(reason="患者投诉，退还余款"))
    assert rest.refund.amount_fen == 2000 and rest.order.remaining_fen == 0 and not rest.order.can_refund
    await wechatpay.delivered()
    await factories.drain("consult.money")
    order = await ConsultOrder.get(id=order_id)
    assert (order.refund_state, order.state) == ("refunded", "ended") and order.refunded_at
    assert (await PaymentOrder.get(reference=f"consult.order:{order_id}")).state == "refunded"
    await _fails("payments.not_refundable", admin.refund(actor=hospital, order_id=order_id,
                                                         data=AdminRefundIn(amount_fen=1, reason="再退一分")))
    assert await AuditLog.filter(action="consult.refund", target_id=str(order_id)).count() == 2
    refunded = await admin.list_orders(actor=hospital, filters=AdminOrderFilter(refund_state="refunded"))
    assert [(o.id, o.refunded_fen, o.refund_label) for o in refunded.items] == [(order_id, 3000, "已退款")]

    # An order still waiting for the doctor is given up by the doctor or the patient, not refunded here.
    waiting = await _paid(w, wechatpay)
    await _fails("consult.refund_not_final", admin.refund(actor=hospital, order_id=waiting,
                                                          data=AdminRefundIn(reason="患者要求退款")))
    # Another hospital's operator: missing.
    theirs = await factories.actor(w.tree.hospital_b1, roles=("consult_operator",))
    await _fails("request.not_found", admin.refund(actor=theirs, order_id=order_id,
                                                   data=AdminRefundIn(reason="越权退款")))

    # The statistics count the money of the day: 3000 + 3000 paid, 3000 back.
    figures = await admin.stats(actor=hospital, filters=StatsFilter())
    assert (figures.summary.paid_fen, figures.summary.refunded_fen) == (6000, 3000)
    assert {r.key: r.count for r in figures.refunds}["refund"] == 2


def _noon(day: dt.date, minutes: int = 0) -> dt.datetime:
    return utc_start(day) + dt.timedelta(hours=12, minutes=minutes)


async def test_statistics_are_exact_on_a_known_set(world, wechatpay):
    w = world
    a, b = w.doctor, w.colleague
    today = local_date(utcnow())
    d1, d2 = today - dt.timedelta(days=3), today - dt.timedelta(days=1)
    o = factories.consult_order
    await o(w, doctor=a, state="ended", created_at=_noon(d1), accepted_at=_noon(d1, 10),
            first_reply_at=_noon(d1, 13), score=5, final_event="end")  # 3 minutes
    await o(w, doctor=a, state="closed", created_at=_noon(d1), accepted_at=_noon(d1, 10),
            first_reply_at=_noon(d1, 30), score=3, final_event="close")  # 20 minutes
    await o(w, doctor=b, state="ended", created_at=_noon(d2), accepted_at=_noon(d2, 10),
            first_reply_at=_noon(d2, 100), score=4, final_event="end")  # 90 minutes
    await o(w, doctor=a, state="in_progress", created_at=_noon(d2), accepted_at=_noon(d2, 10))  # no reply yet
    await o(w, doctor=b, state="rejected", created_at=_noon(d2), refund_state="refunded", final_event="reject")
    await o(w, doctor=a, state="expired", created_at=_noon(d1), refund_state="refunded", final_event="expire")
    await o(w, doctor=a, state="cancelled", created_at=_noon(d2), refund_state="refunded", final_event="cancel")
    await o(w, doctor=a, state="cancelled", created_at=_noon(d2), paid=False, final_event="cancel")  # unpaid
    await o(w, doctor=b, state="cancelled", created_at=_noon(d2), accepted_at=_noon(d2, 10),
            first_reply_at=_noon(d2, 40), refund_state="requested", final_event="withdraw")  # 30 minutes
    await o(w, doctor=b, state="created", paid=False)
    # Still running, paid today: the doctor's first reply is found in the conversation (10 minutes).
    running = await _paid(w, wechatpay, order_id=None)
    await ConsultOrder.filter(id=running).update(doctor_id=b.id)
    accepted = await desk.accept(actor=w.colleague_actor, order_id=running)
    sent = await conversations.send_text(actor=w.colleague_actor, conversation_id=accepted.conversation_id,
                                         client_id="b-1", text="您好")
    replied_at = (await ChatMessage.get(id=sent.message.id)).created_at
    await ConsultOrder.filter(id=running).update(accepted_at=replied_at - dt.timedelta(minutes=10))
    # Elsewhere (another county's hospital): never counted for this hospital.
    elsewhere = await factories.catalogue_doctor(await factories.department(w.tree.hospital_b1), name="扁鹊")
    await o(w, doctor=elsewhere, state="ended", created_at=_noon(d2), score=1, final_event="end")

    province = await factories.actor(w.tree.province)
    s = await admin.stats(actor=province, filters=StatsFilter(date_from=d1 - dt.timedelta(days=1), date_to=today,
                                                              institution_id=w.tree.hospital_a1.id))
    m = s.summary
    assert (m.orders, m.paid, m.completed, m.refunded_orders) == (11, 9, 3, 4)
    assert (m.accepted, m.decided, m.acceptance_rate) == (6, 8, 0.75)
    assert (m.replied, m.avg_response_minutes, m.median_response_minutes) == (5, 30.6, 20.0)
    assert (m.rated, m.avg_score) == (3, 4.0)
    assert (m.paid_fen, m.refunded_fen) == (3000, 0)
    assert {r.key: r.count for r in s.by_state} == {"created": 1, "waiting": 0, "in_progress": 2, "ended": 2,
                                                    "closed": 1, "cancelled": 3, "rejected": 1, "expired": 1,
                                                    "queued": 0, "calling": 0, "no_show": 0}
    assert [(r.day, r.orders, r.paid, r.completed) for r in s.by_day if r.orders] == [
        (d1, 3, 3, 2), (d2, 6, 5, 1), (today, 2, 1, 0)]
    assert len(s.by_day) == 5  # every day of the period, empty ones too
    assert [(r.label, r.count) for r in s.response] == [("5分钟内", 1), ("5–15分钟", 1), ("15–30分钟", 2),
                                                        ("30–60分钟", 0), ("1–4小时", 1), ("4小时以上", 0),
                                                        ("尚未回复", 1)]
    assert {r.key: r.count for r in s.refunds} == {"expire": 1, "reject": 1, "cancel": 1, "withdraw": 1, "leave": 0,
                                                  "refund": 0}
    assert (s.ratings.count, s.ratings.average) == (3, 4.0)
    assert [(r.label, r.count) for r in s.ratings.distribution] == [("5分", 1), ("4分", 1), ("3分", 1), ("2分", 0),
                                                                    ("1分", 0)]
    assert [(r.name, r.orders, r.accepted, r.completed, r.avg_response_minutes, r.rated, r.avg_score)
            for r in s.doctors] == [("李时珍", 6, 3, 2, 11.5, 2, 4.0), ("孙思邈", 5, 3, 1, 43.3, 1, 4.0)]
    # The whole province: the other hospital's order too; the county of the hospital: only its own.
    assert (await admin.stats(actor=province, filters=StatsFilter(date_from=d1, date_to=today))).summary.orders == 12
    county = await factories.actor(w.tree.county_a1)
    assert (await admin.stats(actor=county, filters=StatsFilter(date_from=d1, date_to=today))).summary.orders == 11
    other = await factories.actor(w.tree.county_a2)
    nothing = await admin.stats(actor=other, filters=StatsFilter(date_from=d1, date_to=today))
    assert nothing.summary.orders == 0 and nothing.doctors == [] and nothing.summary.acceptance_rate is None
    # The default period: the last 30 days up to today.
    default = await admin.stats(actor=county, filters=StatsFilter())
    assert (default.date_to, (default.date_to - default.date_from).days) == (today, 29)
    name, data = await admin.stats_xlsx(actor=county, filters=StatsFilter(date_from=d1, date_to=today))
    rows = list(load_workbook(io.BytesIO(data)).active.values)
    assert name.startswith("consult-doctors-") and rows[1][:3] == ("李时珍", "江岸医院", 6)


async def test_the_json_api(client, world, wechatpay):
    w = world
    order_id = await _ended(w, wechatpay)
    await factories.admin(w.tree.hospital_a1, username="yunying", roles=("consult_operator",))
    await factories.admin(w.tree.county_a2, username="other_county")
    async with factories.AdminSession(client, "yunying") as s:
        r = await s.get(f"{API}/orders?state=done&page_size=10")
        assert r.status_code == 200, r.text
        body = r.json()
        assert (body["total"], body["page"], body["page_size"]) == (1, 1, 10) and body["items"][0]["id"] == order_id
        assert {g["key"]: g["count"] for g in body["groups"]}["done"] == 1
        assert (await s.get(f"{API}/orders?state=nonsense")).status_code == 422
        assert (await s.get(f"{API}/orders?date_from=2026-05-02&date_to=2026-05-01")).status_code == 422
        r = await s.get(f"{API}/orders/{order_id}")
        assert r.status_code == 200 and r.json()["payment"]["amount_fen"] == 3000 and r.json()["can_refund"]
        r = await s.post(f"{API}/orders/{order_id}/refunds", json={"amount_fen": 5000, "reason": "超额退款"})
        assert r.status_code == 422 and r.json()["code"] == "payments.refund_exceeds_remaining"
        r = await s.post(f"{API}/orders/{order_id}/refunds", json={"amount_fen": 0, "reason": "零元"})
        assert r.status_code == 422
        r = await s.post(f"{API}/orders/{order_id}/refunds", json={"amount_fen": 500, "reason": "部分退款"})
        assert r.status_code == 200, r.text
        assert r.json()["refund"]["amount_fen"] == 500 and r.json()["order"]["remaining_fen"] == 2500
        r = await s.get(f"{API}/stats")
        assert r.status_code == 200 and r.json()["summary"]["orders"] == 1
        assert r.json()["doctors"][0]["name"] == "李时珍"
        assert (await s.get(f"{API}/stats?date_from=2025-01-01&date_to=2026-06-01")).status_code == 422
        r = await s.get(f"{API}/orders/export")
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
        r = await s.get(f"{API}/stats/export?table=days")
        assert r.status_code == 200 and "consult-days-" in r.headers["content-disposition"]
    async with factories.AdminSession(client, "other_county") as s:
        assert (await s.get(f"{API}/orders/{order_id}")).status_code == 404
        assert (await s.get(f"{API}/orders")).json()["total"] == 0
        r = await s.post(f"{API}/orders/{order_id}/refunds", json={"amount_fen": 100, "reason": "越权退款"})
        assert r.status_code == 403  # a commission refunds nothing
    assert await PaymentRefund.filter(order__reference=f"consult.order:{order_id}").count() == 1
