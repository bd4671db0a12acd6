"""The doctor's own tools (core/doctors/workbench.py): only an account linked to a doctor gets in;
the practice site switched and remembered; the schedule of the month; the QR name card (PNG and
PDF); statistics from the ledger by China month; templates of three kinds in one mechanism, own
or shared with a department (read-only for colleagues), bounded, ordered and audited."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pydantic import ValidationError
from pypdf import PdfReader

from core.audit.models import AuditLog
from core.db import utcnow
from core.doctors import ledger, schedules, workbench
from core.doctors.models import DoctorConsultation, DoctorTemplate, DoctorWorkstation
from core.doctors.schemas import (
    MonthScheduleIn, SiteSwitchIn, TemplateEditIn, TemplateIn, TemplateOrderIn,
)
from core.errors import AppError
from core.localtime import local_date
from tests import factories
from tests.doctors.test_service import png


async def _two_site_doctor():
    t = await factories.tree()
    kid = await factories.department(t.hospital_a1, name="儿科")
    resp = await factories.department(t.hospital_a1, name="呼吸内科")
    other = await factories.department(t.hospital_b1, name="西陵儿科")
    doc, account, me = await factories.workstation_doctor(kid, other, name="扁鹊")
    return t, kid, resp, other, doc, account, me


async def test_only_a_doctor_s_account_gets_in():
    t = await factories.tree()
    clerk = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    for call in (workbench.workstation(actor=clerk), workbench.list_templates(actor=clerk),
                 workbench.statistics(actor=clerk)):
        with pytest.raises(AppError) as exc:
            await call
        assert exc.value.status == 403 and exc.value.code == "doctors.not_a_doctor"
    assert await AuditLog.filter(action="workstation.open", outcome="denied", actor_id=str(clerk.id)).count() == 3
    assert not await workbench.is_doctor(clerk)
    _, _, _, _, doc, _, me = await _two_site_doctor()
    assert await workbench.is_doctor(me)
    out = await workbench.workstation(actor=me)
    assert out.doctor.id == doc.id and out.page_url.endswith(f"/h5/#/consult/doctors/{doc.id}")


async def test_the_current_practice_site_is_switched_and_remembered():
    t, kid, resp, other, doc, account, me = await _two_site_doctor()
    out = await workbench.workstation(actor=me)
    assert out.current_department_id == kid.id  # the primary site until another is chosen
    assert [(s.department_id, s.current) for s in out.sites] == [(kid.id, True), (other.id, False)]
    out = await workbench.switch_site(actor=me, data=SiteSwitchIn(department_id=other.id))
    assert out.current_department_id == other.id and [s.current for s in out.sites] == [False, True]
    assert await DoctorWorkstation.get(doctor_id=doc.id).values_list("department_id", flat=True) == other.id
    assert (await workbench.current_site(doc.id)).department_id == other.id
    row = await AuditLog.get(action="workstation.switch_site")
    assert row.before == {"department_id": kid.id} and row.after == {"department_id": other.id}
    # Not one of my sites: refused, nothing changes.
    with pytest.raises(AppError) as exc:
        await workbench.switch_site(actor=me, data=SiteSwitchIn(department_id=resp.id))
    assert exc.value.code == "doctors.site_not_mine"
    assert await DoctorWorkstation.get(doctor_id=doc.id).values_list("department_id", flat=True) == other.id
    # The back office takes the site away: the primary site again.
    from core.doctors.models import DoctorSite

    await DoctorSite.filter(doctor_id=doc.id, department_id=other.id).delete()
    assert (await workbench.current_site(doc.id)).department_id == kid.id


async def test_my_schedule_card_and_statistics():
    t, kid, resp, other, doc, account, me = await _two_site_doctor()
    admin = await factories.actor(t.province)
    month = schedules.current_month()
    first, _ = schedules.month_bounds(month)
    await schedules.set_month(actor=admin, doctor_id=doc.id, data=MonthScheduleIn(month=month, slots=[
        {"day": first, "period": "morning", "department_id": kid.id, "capacity": 12},
        {"day": first + dt.timedelta(days=1), "period": "afternoon", "department_id": other.id, "capacity": 8}]))
    mine = await workbench.my_schedule(actor=me, month=month)
    assert [(s.day, s.period.value, s.department_name, s.capacity) for s in mine.slots] == [
        (first, "morning", "儿科", 12), (first + dt.timedelta(days=1), "afternoon", "西陵儿科", 8)]

    card = await workbench.name_card(actor=me)
    assert (card.name, card.title_label, card.department_name, card.institution_name) == \
        ("扁鹊", "主任医师", "儿科", "江岸医院")
    qr = await workbench.name_card_file(actor=me, fmt="png")
    assert qr.content_type == "image/png" and qr.data[:8] == b"\x89PNG\r\n\x1a\n"
    from core.doctors import service as doctors_service

    await doctors_service.set_photo(actor=admin, doctor_id=doc.id, data=png())
    pdf = await workbench.name_card_file(actor=me, fmt="pdf")
    text = PdfReader(io.BytesIO(pdf.data)).pages[0].extract_text()
    assert "扁鹊" in text and "主任医师" in text and "江岸医院" in text and f"/consult/doctors/{doc.id}" in text

    # Statistics: two paid this month, one completed text and one video, rated 5 and 4.
    patient = await factories.mp_patient_account()
    for order, kind in ((9001, "text"), (9002, "video"), (9003, "text")):
        await ledger.record_consultation(order_id=order, doctor_id=doc.id, account_id=patient.actor.id, kind=kind)
    await ledger.record_completed(order_id=9001)
    await ledger.record_completed(order_id=9002)
    await ledger.record_rating(order_id=9001, score=5)
    await ledger.record_rating(order_id=9002, score=4)
    # One paid a year and a half ago: counted in the total, in no month shown.
    await ledger.record_consultation(order_id=9004, doctor_id=doc.id, account_id=patient.actor.id, kind="text",
                                     at=utcnow() - dt.timedelta(days=540))
    stats = await workbench.statistics(actor=me)
    assert (stats.consultations, stats.text_done, stats.video_done) == (4, 1, 1)
    assert (stats.rating.average, stats.rating.count) == (4.5, 2)
    assert len(stats.months) == 12 and stats.months[-1].month == local_date(utcnow()).strftime("%Y-%m")
    now = stats.months[-1]
    assert (now.consultations, now.text_done, now.video_done, now.ratings, now.rating_average) == (3, 1, 1, 2, 4.5)
    assert sum(m.consultations for m in stats.months) == 3
    assert await DoctorConsultation.filter(doctor_id=doc.id).count() == 4


async def test_templates_of_three_kinds_own_and_shared():
    t, kid, resp, other, doc, account, me = await _two_site_doctor()
    colleague, _, them = await factories.workstation_doctor(kid, name="张仲景")
    stranger, _, outsider = await factories.workstation_doctor(resp, name="孙思邈")

    reply = await workbench.create_template(actor=me, data=TemplateIn(kind="reply", title="问候",
                                                                      text="您好，我是扁鹊医生，请描述您的症状。"))
    record = await workbench.create_template(actor=me, data=TemplateIn(
        kind="record", title="小儿上感", department_id=kid.id,
        record={"chief_complaint": "发热、咳嗽2天", "diagnosis": "急性上呼吸道感染", "advice": "多饮水，必要时复诊"}))
    diag = await workbench.create_template(actor=me, data=TemplateIn(
        kind="diagnosis", title="呼吸道常用", items=["急性上呼吸道感染", " 支气管炎 ", "支气管哮喘"]))
    assert reply.text.startswith("您好") and reply.mine and reply.department_id is None
    assert record.record.chief_complaint == "发热、咳嗽2天" and record.record.past_history == ""
    assert record.department_name == "儿科" and diag.items == ["急性上呼吸道感染", "支气管炎", "支气管哮喘"]
    row = await DoctorTemplate.get(id=record.id)
    assert (row.doctor_id, row.department_id, row.kind.value, row.sort) == (doc.id, kid.id, "record", 1)
    assert await AuditLog.filter(action="workstation.template_create", target_id=str(record.id)).exists()

    # The colleague of 儿科 reads the shared record template, read-only; someone of another department does not.
    theirs = await workbench.list_templates(actor=them)
    assert theirs.mine == [] and [(x.id, x.mine, x.owner_name) for x in theirs.shared] == [(record.id, False, "扁鹊")]
    assert (await workbench.get_template(actor=them, template_id=record.id)).title == "小儿上感"
    for call in (workbench.update_template(actor=them, template_id=record.id, data=TemplateEditIn(title="改")),
                 workbench.delete_template(actor=them, template_id=record.id),
                 workbench.get_template(actor=outsider, template_id=record.id),
                 workbench.get_template(actor=them, template_id=reply.id)):
        with pytest.raises(AppError) as exc:
            await call
        assert exc.value.code == "doctors.template_not_found"
    assert (await workbench.list_templates(actor=outsider)).shared == []
    assert (await DoctorTemplate.get(id=record.id)).title == "小儿上感"

    # Bounded: content of the kind only, sizes, shared only with one of my sites.
    bad = [dict(kind="reply", title="x"), dict(kind="reply", title="x", text="y", items=["z"]),
           dict(kind="record", title="x", record={}), dict(kind="diagnosis", title="x", items=[]),
           dict(kind="diagnosis", title="x", items=["a", "a"]), dict(kind="reply", title="x" * 65, text="y"),
           dict(kind="reply", title="x", text="y" * 501), dict(kind="diagnosis", title="x", items=["d"] * 21),
           dict(kind="reply", title="x", text="y", owner=1)]
    for body in bad:
        with pytest.raises(ValidationError):
            TemplateIn(**body)
    with pytest.raises(AppError) as exc:
        await workbench.create_template(actor=me, data=TemplateIn(kind="reply", title="x", text="y",
                                                                  department_id=resp.id))
    assert exc.value.code == "doctors.site_not_mine"
    with pytest.raises(AppError) as exc:  # an edit of another kind's content
        await workbench.update_template(actor=me, template_id=reply.id, data=TemplateEditIn(items=["x"]))
    assert exc.value.code == "doctors.template_body_invalid"
    assert await DoctorTemplate.filter(doctor_id=doc.id).count() == 3

    # Edit: the fields sent; unshare.
    out = await workbench.update_template(actor=me, template_id=record.id, data=TemplateEditIn(
        title="小儿上呼吸道感染", department_id=None, record={"chief_complaint": "咳嗽3天", "advice": "雾化"}))
    assert out.title == "小儿上呼吸道感染" and out.department_id is None and out.record.diagnosis == ""
    assert (await workbench.list_templates(actor=them)).shared == []
    edit = await AuditLog.get(action="workstation.template_update", target_id=str(record.id))
    assert edit.before["title"] == "小儿上感" and edit.after["title"] == "小儿上呼吸道感染"

    # Order: three replies, put in a new order; a partial or foreign list is refused.
    r2 = await workbench.create_template(actor=me, data=TemplateIn(kind="reply", title="复诊", text="请按时复诊。"))
    r3 = await workbench.create_template(actor=me, data=TemplateIn(kind="reply", title="结束", text="祝早日康复。"))
    assert [x.id for x in (await workbench.list_templates(actor=me, kind="reply")).mine] == [reply.id, r2.id, r3.id]
    out = await workbench.order_templates(actor=me, data=TemplateOrderIn(kind="reply", ids=[r3.id, reply.id, r2.id]))
    assert [x.id for x in out.mine] == [r3.id, reply.id, r2.id]
    assert await DoctorTemplate.filter(doctor_id=doc.id, kind="reply").order_by("sort").values_list("id", flat=True) \
        == [r3.id, reply.id, r2.id]
    for ids in ([r3.id, reply.id], [r3.id, reply.id, r2.id, diag.id]):
        with pytest.raises(AppError) as exc:
            await workbench.order_templates(actor=me, data=TemplateOrderIn(kind="reply", ids=ids))
        assert exc.value.code == "doctors.template_order_invalid"
    out = await workbench.move_template(actor=me, template_id=r2.id, step=-1)
    assert [x.id for x in out.mine] == [r3.id, r2.id, reply.id]

    # Delete: mine only, audited with what it was.
    await workbench.delete_template(actor=me, template_id=r3.id)
    assert not await DoctorTemplate.filter(id=r3.id).exists()
    gone = await AuditLog.get(action="workstation.template_delete", target_id=str(r3.id))
    assert gone.before["title"] == "结束"
    mine = await workbench.list_templates(actor=me)
    assert [x.kind.value for x in mine.mine] == ["reply", "reply", "record", "diagnosis"]


async def test_a_doctor_s_templates_are_bounded_in_number(monkeypatch):
    t = await factories.tree()
    doc, _, me = await factories.workstation_doctor(await factories.department(t.hospital_a1))
    monkeypatch.setattr(workbench, "MAX_TEMPLATES", 2)
    for n in range(2):
        await workbench.create_template(actor=me, data=TemplateIn(kind="reply", title=f"r{n}", text="好"))
    with pytest.raises(AppError) as exc:
        await workbench.create_template(actor=me, data=TemplateIn(kind="reply", title="r3", text="好"))
    assert exc.value.code == "doctors.template_limit" and exc.value.status == 409
    await workbench.create_template(actor=me, data=TemplateIn(kind="diagnosis", title="d", items=["x"]))
    assert await DoctorTemplate.filter(doctor_id=doc.id).count() == 3
