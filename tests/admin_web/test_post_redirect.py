"""Every console form post ends in a redirect (POST → 303 → GET), and the navigation
highlights the section of the page shown (issue 10 point 5).

The sweep reads the console's POST routes from the app's router, so a new page's
forms are checked without being listed here (a new path parameter needs a value
in `_ids`). The rule (admin_web/pages/common.py): a normal form post answers 303,
whether it was done or refused (the refusal is flashed onto the page it goes back
to); an htmx post answers 303 too when done (htmx follows it and swaps what the
GET answers), or the 4xx fragment in place when refused.
"""
from __future__ import annotations

import re

from sanic import Sanic

from admin_web.pages.common import NAV, active_href
from core.dicts.models import DictItem
from core.faq.models import FaqEntry
from core.notify.models import Message
from core.records.models import Department
from tests import factories
from tests.admin_web.world import Pages, world
from tests.records.test_service import World as RecordsWorld
from tests.records.test_service import submitted

# Not swept here: logging in (no session yet; a refused login goes back to the form too, see
# tests/admin_web/test_pages.py) and logging out, which ends the session the sweep posts with
# (it answers 303, checked below).
NOT_SWEPT = {"/admin/login", "/admin/logout"}
REFERER = "http://testserver/admin/"


def _console_posts(app: Sanic) -> list[str]:
    paths = set()
    for route in app.router.routes:
        path = "/" + route.path.lstrip("/")
        if "POST" in route.methods and path.startswith("/admin/") and path not in NOT_SWEPT:
            paths.add(path)
    return sorted(paths)


async def _ids() -> dict:
    """A value for each path parameter of the console's posts, from one world."""
    w = await world()
    hospital, cycle = w.t.hospital_a1, w.cycle
    await factories.record_room(hospital)
    me = await factories.mp_patient_account("王小明")
    stays = await factories.his_stays(hospital, me.patient, stays=2)
    records = RecordsWorld(w.t, hospital, me, await factories.actor(hospital, roles=("record_room",)), stays)
    request = await submitted(records)
    doc = await factories.physician(hospital, name="巡检医师")
    enrolment = await factories.admin_web_submitted(
        await factories.actor(hospital, roles=("institution_admin",)), cycle, doc)
    case = await factories.proctor_case(hospital, cycle=cycle, name="巡检考生", risk=3.0)
    dept = await Department.create(institution_id=hospital.id, code="SWEEP", name="巡检科")
    item = await DictItem.filter(kind="record_purpose").first()
    message = await Message.create(org_id=hospital.id, kind="records.submitted", title="巡检消息", body="",
                                   link="/admin/records/requests")
    other = await factories.admin(hospital, username="sweepee", roles=("record_room",))
    entry = await FaqEntry.create(org_id=hospital.id, category="巡检", question="巡检问题？", answer="巡检回答。")
    from core.db import utcnow
    from core.support.models import SupportTicket

    ticket = await SupportTicket.create(institution_id=hospital.id, account_id=me.actor.id, category="other",
                                        content="巡检反馈", last_activity_at=utcnow())
    from core.support import chat as chat_service
    from core.support.models import SupportDesk

    await SupportDesk.create(institution_id=hospital.id, enabled=True)
    chat = await chat_service.open_chat(actor=me.actor, institution_id=hospital.id)
    doctor = await factories.catalogue_doctor(dept, name="巡检医生")
    order, refund = await factories.payment_order(hospital, payer=me.actor.id, refunded_fen=100)
    from core.rx.models import Rule
    from core.rx.rules import service as rx_rules

    await rx_rules.ensure_seeded()  # 审方规则: posts to the published version 1 are refused, then redirected
    rx_rule = await Rule.all().order_by("id").first()
    return {"enrolment_id": enrolment.id, "physician_id": doc.id, "session_id": case.session_id,
            "request_id": request.id, "institution_id": hospital.id, "department_id": dept.id,
            "item_id": item.id, "message_id": message.id, "account_id": other.id, "entry_id": entry.id,
            "org_id": hospital.id, "record_id": dept.id, "ticket_id": ticket.id, "chat_id": chat.id,
            "doctor_id": doctor.id, "order_id": order.id, "refund_id": refund.id,
            "kind": {"imports": "physicians", "dicts": "record_purpose", "recycle": "record_department"},
            "cycle_id": cycle.id, "hospital": hospital,
            "shipment_id": 999_999,  # the pharmacy's parcels (its orders are order_id's): a refusal redirects too
            # Records of the pages added last (question bank, blueprints, applications, bad records):
            # an id nobody has. A refusal of a missing record must redirect too.
            **{name: 999_999 for name in ("question_id", "group_id", "blueprint_id", "application_id",
                                         "bad_record_id", "target_id", "order_id", "event_id")},
            "insurance_id": 999_999,
            "version": 1, "rule_id": rx_rule.id,
            # 三大字典: a dictionary's name and a row nobody has; prescriptions (审方, 我的处方): none either.
            "dictionary": "drugs", "medical_id": 999_999, "prescription_id": 999_999}


def _fill(path: str, ids: dict) -> str:
    def value(m: re.Match) -> str:
        name = m.group(1).split(":")[0]
        assert name in ids, f"{path}: add a value for <{name}> to _ids() in {__file__}"
        v = ids[name]
        if isinstance(v, dict):  # the same parameter name under several pages
            v = next(val for area, val in v.items() if f"/{area}/" in path)
        return str(v)

    return re.sub(r"<([^>]+)>", value, path)


async def test_every_console_form_post_ends_in_a_redirect(app, client):
    ids = await _ids()
    # One administrator of the hospital who may use every page the posts belong to.
    sweeper = await factories.admin(ids["hospital"], username="sweeper",
                                    roles=("institution_admin", "record_room", "proctor"))
    # The sweeper is the doctor too (the workstation's posts), with a template of its own.
    from core.doctors.models import Doctor, DoctorTemplate

    await Doctor.filter(id=ids["doctor_id"]).update(account_id=sweeper.id)
    ids["template_id"] = (await DoctorTemplate.create(kind="reply", doctor_id=ids["doctor_id"], title="巡检",
                                                      body={"text": "巡检回复"})).id
    pages = Pages(client)
    await pages.login("sweeper")
    paths = _console_posts(app)
    assert "/admin/enrolment/join" in paths and "/admin/records/requests/review" in paths

    for path in paths:
        url = _fill(path, ids)
        # As htmx posts it: done → 303 (or htmx's own redirect), refused → a 4xx answer; never a 200 page.
        r = await pages.post(url, {}, htmx=True)
        assert r.status_code == 303 or "hx-redirect" in r.headers or 400 <= r.status_code < 500, \
            (path, r.status_code, r.text[:300])
        # As a form posts it from its page: 303, done or refused.
        r = await pages.post(url, {}, headers={"Referer": REFERER})
        assert r.status_code == 303, (path, r.status_code, r.text[:300])
        assert r.headers["location"].startswith("/admin"), (path, r.headers["location"])

    # A refusal is shown on the page the form was on, once.
    r = await pages.submit(f"/admin/enrolment/{ids['enrolment_id']}/cancel", headers={"Referer": REFERER})
    assert r.posted.headers["location"].startswith("/admin/?flash=")
    assert 'data-error-code="assessment.' in r.text and "医师已提交填报，不能取消参加" in r.text
    assert "data-error-code" not in (await pages.get(r.posted.headers["location"])).text

    # Valid submissions of the batch forms: 303 to their list as it was, the outcome shown there.
    fresh = await factories.physician(ids["hospital"], name="巡检新人")
    r = await pages.submit("/admin/enrolment/join", {"ids": str(fresh.id), "q": "巡检", "page": "1"})
    assert r.posted.status_code == 303 and r.posted.headers["location"].startswith("/admin/enrolment/candidates?")
    assert "q=%E5%B7%A1%E6%A3%80" in r.posted.headers["location"] and "成功 <b data-outcome-ok>1</b> 条" in r.text

    r = await pages.post("/admin/logout")
    assert r.status_code == 303 and r.headers["location"] == "/admin/login?notice=logout"


def test_a_detail_page_highlights_its_section():
    everything = list(NAV)
    assert active_href(everything, "/admin/physicians/123") == "/admin/physicians"
    assert active_href(everything, "/admin/physicians/new") == "/admin/physicians/new"
    assert active_href(everything, "/admin/records/requests/7") == "/admin/records/requests"
    assert active_href(everything, "/admin/proctoring/9") == "/admin/proctoring"
    # An enrolment's page is under no list's address: the review queue, else the confirmed list.
    assert active_href(everything, "/admin/enrolments/5") == "/admin/review"
    commission = [i for i in NAV if i.href not in ("/admin/review",)]
    assert active_href(commission, "/admin/enrolments/5") == "/admin/enrolment/confirmed"
    # The home page only as itself; a page that names its section wins.
    assert active_href(everything, "/admin/") == "/admin/"
    assert active_href(everything, "/admin/nowhere") is None
    assert active_href(everything, "/admin/imports/jobs/abc", "/admin/imports/physicians") == \
        "/admin/imports/physicians"


async def test_the_rendered_navigation_marks_the_detail_pages_section(client):
    w = await world()
    doc = await factories.physician(w.t.hospital_a1, name="导航医师")
    row = await factories.admin_web_submitted(w.hospital, w.cycle, doc)
    pages = Pages(client)
    await pages.login("hosp")
    for url, label in ((f"/admin/physicians/{doc.id}", "医师名册"), (f"/admin/enrolments/{row.id}", "待审核")):
        r = await pages.get(url)
        active = re.findall(r'<a href="([^"]+)" class="active" aria-current="page">([^<]+)</a>', r.text)
        assert [a[1] for a in active] == [label], (url, active)
