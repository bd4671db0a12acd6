"""门诊日志 (the doctor's days by state) and 医生费用 (consultations and medicine orders with their fees
per doctor and day): services, JSON API, pages and xlsx."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from core.accounts.models import AdminAccount
from core.audit.models import AuditLog
from core.consult import outpatient
from core.consult.models import ConsultOrder, ConsultOrderEvent
from core.errors import AppError, ValidationFailed
from core.localtime import LOCAL
from core.pharmacy.models import RxOrder
from tests import factories
from tests.admin_web.world import Pages


@pytest.fixture
async def day():
    w = await factories.rx_world()  # its consultation is in progress (placed, paid, accepted)
    c = w.consult
    now = dt.datetime.now(dt.timezone.utc)
    ended = await factories.consult_order(c, who=c.child, state="ended", accepted_at=now, final_event="end")
    await factories.consult_order(c, who=c.stranger, state="rejected", final_event="reject")
    video = await factories.consult_order(c, who=c.parent, state="in_progress", price_fen=8000)
    await ConsultOrder.filter(id=video.id).update(kind="video")
    await ConsultOrderEvent.create(order_id=video.id, event="answer", from_state="calling", to_state="in_progress",
                                   actor_type="patient")
    # the colleague's work is not the doctor's
    await factories.consult_order(c, doctor=c.colleague, state="ended", accepted_at=now, final_event="end")
    approved = await factories.rx_prescription(w, state="approved", reviewer=w.pharmacist)
    await factories.rx_prescription(w, state="rejected", reviewer=w.pharmacist)
    await factories.rx_prescription(w, state="draft")
    # money: the two text orders and the video one paid, the ended one refunded 1000; a medicine order
    h = w.hospital
    await factories.payment_order(h, amount_fen=3000, refunded_fen=1000, reference=f"consult.order:{ended.id}")
    await RxOrder.create(number="YP0001", prescription_id=approved.id, state="paid", account_id=c.parent.actor.id,
                         patient_id=c.parent.patient.id, institution_id=h.id, fulfilment="delivery", drug_fen=5550,
                         delivery_fen=800, amount_fen=6350, paid_at=now)
    return w, ended, video


async def test_the_doctors_log(day):
    w, ended, video = day
    log = await outpatient.doctor_log(actor=w.doctor_actor)
    today = dt.datetime.now(LOCAL).date()
    assert len(log.days) == 7 and log.days[0].day == today
    d = log.days[0]
    # accepted: the world's order and the ended one (图文), the video one answered
    assert d.received == 3
    assert d.consult["text"]["accept"] == 2 and d.consult["text"]["end"] == 1 and d.consult["text"]["reject"] == 1
    assert d.consult["video"]["answer"] == 1
    assert d.rx == {"written": 3, "signed": 2, "approved": 1, "rejected": 1}
    assert log.total.received == 3 and all(x.received == 0 for x in log.days[1:])
    # the colleague's own log
    other = await outpatient.doctor_log(actor=w.consult.colleague_actor)
    assert other.total.received == 1 and other.total.rx["written"] == 0
    with pytest.raises(AppError) as e:
        await outpatient.doctor_log(actor=w.pharmacist_actor)
    assert e.value.code == "doctors.not_a_doctor"
    with pytest.raises(ValidationFailed):
        await outpatient.doctor_log(actor=w.doctor_actor, date_from=today, date_to=today - dt.timedelta(days=1))
    with pytest.raises(ValidationFailed):
        await outpatient.doctor_log(actor=w.doctor_actor, date_from=today - dt.timedelta(days=100), date_to=today)


async def test_fees_per_doctor_and_day(day):
    w, ended, video = day
    admin = await factories.actor(w.hospital, roles=("institution_admin",))
    found = await outpatient.fees(actor=admin)
    rows = {r.doctor_name: r for r in found.rows}
    mine = rows[w.doctor.name]
    # text: the world's order, the ended and the rejected one (all paid, 3000 each); video 8000
    assert (mine.text_orders, mine.text_fen, mine.video_orders, mine.video_fen) == (3, 9000, 1, 8000)
    assert (mine.consult_refunded_fen, mine.medicine_orders, mine.medicine_fen) == (1000, 1, 6350)
    assert mine.net_fen == 9000 + 8000 + 6350 - 1000
    assert rows[w.consult.colleague.name].text_orders == 1
    assert found.total.net_fen == mine.net_fen + rows[w.consult.colleague.name].net_fen
    only = await outpatient.fees(actor=admin, doctor_id=w.consult.colleague.id)
    assert [r.doctor_name for r in only.rows] == [w.consult.colleague.name]
    # another hospital's administrator sees nothing of it; no permission, no fees
    elsewhere = await factories.actor(w.consult.tree.hospital_b1, roles=("institution_admin",))
    assert (await outpatient.fees(actor=elsewhere)).rows == []
    with pytest.raises(AppError) as e:
        await outpatient.fees(actor=w.pharmacist_actor)
    assert e.value.status == 403


async def test_api_and_pages(day, client):
    w, _, _ = day
    doctor = await AdminAccount.get(id=w.doctor_actor.id)
    async with factories.AdminSession(client, doctor.username) as s:
        r = await s.get("/api/admin/v1/workstation/log")
        assert r.status_code == 200, r.text
        assert r.json()["total"]["received"] == 3 and r.json()["event_labels"]["accept"]
        assert (await s.get("/api/admin/v1/workstation/log?from=2026-02-30")).status_code == 422
        assert (await s.get("/api/admin/v1/consult/fees")).status_code == 403
    pages = Pages(client)
    await pages.login(doctor.username)
    r = await pages.get("/admin/workstation/log")
    assert r.status_code == 200 and "门诊日志" in r.text and 'data-figure="received">3<' in r.text
    admin = await factories.admin(w.hospital, roles=("institution_admin",))
    async with factories.AdminSession(client, admin.username) as s:
        r = await s.get("/api/admin/v1/consult/fees")
        assert r.status_code == 200 and r.json()["total"]["medicine_fen"] == 6350
        r = await s.get("/api/admin/v1/consult/fees/export")
        assert r.status_code == 200
        rows = [[c.value for c in row] for row in load_workbook(io.BytesIO(r.content)).active.iter_rows()]
        assert rows[0][0] == "日期" and rows[-1][0] == "合计" and rows[-1][-1] == f"{(9000 + 8000 + 6350 - 1000 + 3000) / 100:.2f}"
    assert await AuditLog.filter(action="consult.export").count() == 1
    pages = Pages(client, ip="10.20.0.3")
    await pages.login(admin.username)
    home = await pages.get("/admin/")
    assert 'href="/admin/consult/fees"' in home.text
    r = await pages.get("/admin/consult/fees")
    assert r.status_code == 200 and w.doctor.name in r.text and "63.50" in r.text
