"""就医助手 in the console (/admin/visits/…), driven through the served app as a browser without
JavaScript does: a city's administrator sees the menu only once an institution in its scope is
onboarded; configures a hospital's visit steps (defaults first, renamed,
reordered, one disabled, saved as a whole; a refused form keeps what was typed and writes nothing);
lists quarantined events with filters, reads one pretty-printed, replays and discards in a batch
with each row's outcome (the database changed), exports them; follows visits (filters, a visit's
steps and event trail, the reading audited). Out-of-scope institutions, events and visits answer
like missing ones; an account without `visits.manage` has neither menu nor pages. 机构接入:
test_visits_onboarding.py."""
from __future__ import annotations

import datetime as dt
import html
import io
import re

from openpyxl import load_workbook

from core.localtime import LOCAL
from core.visits.models import VisitEvent, VisitStepConfig
from tests import factories
from tests.admin_web.world import Pages

MENU = ('href="/admin/visits/steps"', 'href="/admin/visits/quarantine"', 'href="/admin/visits/monitor"')


async def _pages(client, node, *, roles=("commission_admin",)) -> Pages:
    account = await factories.admin(node, roles=roles)
    pages = Pages(client)
    r = await pages.login(account.username)
    assert r.status_code == 303
    return pages


async def _world():
    t = await factories.tree()
    a1 = await factories.onboarded(t.hospital_a1)
    a2 = await factories.onboarded(t.hospital_a2, assistant_enabled=False, accompany_enabled=False,
                                        mode="poll", received=0, applied=0, duplicates=0, refused=0)
    b1 = await factories.onboarded(t.hospital_b1)
    return t, a1, a2, b1


async def test_menu_follows_permission_and_onboarded_institutions(client):
    t = await factories.tree()
    city = await _pages(client, t.city_a)
    home = await city.get("/admin/")
    assert not any(link in home.text for link in MENU)  # nobody onboarded yet in its scope
    await factories.onboarded(t.hospital_a1)
    home = await city.get("/admin/")
    assert all(link in home.text for link in MENU)
    other = await _pages(client, t.city_b)  # hospital_b1 has no connection
    text = (await other.get("/admin/")).text
    assert not any(link in text for link in MENU)
    viewer = await _pages(client, t.city_a, roles=("viewer",))
    text = (await viewer.get("/admin/")).text
    assert not any(link in text for link in MENU)
    for url in (f"/admin/visits/steps/{t.hospital_a1.id}", "/admin/visits/quarantine", "/admin/visits/monitor"):
        assert (await viewer.get(url)).status_code == 403, url
    # The hospital's own administrator has it too.
    hospital = await _pages(client, t.hospital_a1, roles=("institution_admin",))
    text = (await hospital.get("/admin/")).text
    assert all(link in text for link in MENU)


async def test_steps_defaults_reorder_save_and_refusal(client):
    t, a1, *_ = await _world()
    pages = await _pages(client, t.hospital_a1, roles=("institution_admin",))
    here = f"/admin/visits/steps/{t.hospital_a1.id}"
    r = await pages.get("/admin/visits/steps")
    assert r.status_code == 200 and f'href="{here}"' in r.text
    r = await pages.get(here)
    assert r.status_code == 200 and "data-defaults" in r.text
    codes = re.findall(r'<tr data-step="([a-z]+)"', r.text)
    assert codes[:3] == ["appointment", "registration", "checkin"] and len(codes) == 9

    def form(order, **changes):
        data = {"count": str(len(order))}
        for i, code in enumerate(order):
            data.update({f"code_{i}": code, f"enabled_{i}": "1", f"name_{i}": f"{code}名",
                         f"todo_state_{i}": "waiting", f"guide_{i}": ""})
        data.update(changes)
        return data

    # 上移 without scripts: the order changes in the form, nothing saved yet.
    r = await pages.submit(here, form(codes, move="up:2"))
    assert r.posted.status_code == 303
    assert re.findall(r'<tr data-step="([a-z]+)"', r.text)[:3] == ["appointment", "checkin", "registration"]
    assert "保存配置" in r.text and not await VisitStepConfig.filter(institution_id=t.hospital_a1.id).exists()

    # A refused form: an empty name; the message beside the row, what was typed kept, nothing written.
    r = await pages.submit(here, form(codes, name_1="", name_0="预约挂号"))
    assert r.posted.status_code == 303
    assert 'data-error-for="name_1"' in r.text and 'value="预约挂号"' in r.text
    assert not await VisitStepConfig.filter(institution_id=t.hospital_a1.id).exists()

    # Saved as a whole: check-in before registration, the queue off, a renamed step with its to-do and guide.
    order = ["appointment", "checkin", "registration", *codes[3:]]
    data = form(order, name_2="挂号缴费", todo_2="pending_payment", todo_state_2="waiting", guide_2="请到一楼大厅")
    del data["enabled_3"]  # queue
    r = await pages.submit(here, data)
    assert r.posted.status_code == 303 and "节点配置已保存" in r.text
    rows = {s.code: s for s in await VisitStepConfig.filter(institution_id=t.hospital_a1.id)}
    assert rows["checkin"].position < rows["registration"].position
    assert (rows["registration"].name, rows["registration"].todo, rows["registration"].guide) == (
        "挂号缴费", "pending_payment", "请到一楼大厅")
    assert rows["queue"].enabled is False and rows["appointment"].enabled is True
    assert "data-defaults" not in (await pages.get(here)).text

    # Another city's hospital: like a missing one, nothing written.
    r = await pages.post(f"/admin/visits/steps/{t.hospital_b1.id}", form(codes))
    assert r.status_code in (303, 404)
    assert not await VisitStepConfig.filter(institution_id=t.hospital_b1.id).exists()
    assert (await pages.get(f"/admin/visits/steps/{t.hospital_b1.id}")).status_code == 404


async def test_quarantine_filters_detail_batch_replay_discard_export(client):
    t, *_ = await _world()
    me = await factories.mp_patient_account("王小明")
    fixable = await factories.quarantined_event(t.hospital_a1, patient_number=me.id_number)
    lost = await factories.quarantined_event(t.hospital_a1, reason="malformed", step="", payload={"oops": "坏数据"})
    other = await factories.quarantined_event(t.hospital_a2, reason="unknown_step", step="exam")
    elsewhere = await factories.quarantined_event(t.hospital_b1, event_id="EV-ELSEWHERE")
    pages = await _pages(client, t.city_a)

    r = await pages.get("/admin/visits/quarantine")
    assert r.status_code == 200
    ids = set(map(int, re.findall(r'<tr data-row-id="(\d+)"', r.text)))
    assert ids == {fixable.id, lost.id, other.id} and "EV-ELSEWHERE" not in r.text
    old = await factories.quarantined_event(t.hospital_a1, reason="unknown_step", days_ago=3)
    today = dt.datetime.now(LOCAL).date()
    r = await pages.get(f"/admin/visits/quarantine?date_to={today - dt.timedelta(days=2)}")
    assert set(map(int, re.findall(r'<tr data-row-id="(\d+)"', r.text))) == {old.id}
    r = await pages.get(f"/admin/visits/quarantine?date_from={today}&date_to={today}")
    assert set(map(int, re.findall(r'<tr data-row-id="(\d+)"', r.text))) == {fixable.id, lost.id, other.id}
    assert (await pages.get("/admin/visits/quarantine?date_from=yesterday")).status_code == 422
    r = await pages.get("/admin/visits/quarantine?reason=malformed")
    assert set(map(int, re.findall(r'<tr data-row-id="(\d+)"', r.text))) == {lost.id}
    r = await pages.get(f"/admin/visits/quarantine?institution_id={t.hospital_a2.id}", htmx=True)
    assert r.text.startswith('<div id="list"') and set(map(int, re.findall(r'<tr data-row-id="(\d+)"', r.text))) == {
        other.id}

    detail = await pages.get(f"/admin/visits/quarantine/{lost.id}")
    assert detail.status_code == 200 and "格式错误" in detail.text
    assert '{\n  "oops": "坏数据"\n}' in html.unescape(detail.text)  # pretty-printed
    assert (await pages.get(f"/admin/visits/quarantine/{elsewhere.id}")).status_code == 404
    detail = await pages.get(f"/admin/visits/quarantine/{fixable.id}")  # the ID number masked
    assert me.id_number not in detail.text and f'{me.id_number[:4]}' in detail.text and "患者不存在" in detail.text

    # Nothing ticked: the refusal above the list.
    r = await pages.submit("/admin/visits/quarantine/replay", {"reason": "unknown_patient"})
    assert r.posted.status_code == 303 and "请先勾选要重放的事件" in r.text

    # 批量重放: the fixed one applies, the malformed one stays quarantined; each row says so.
    r = await pages.submit("/admin/visits/quarantine/replay", {"ids": [str(fixable.id), str(lost.id)],
                                                               f"label_{fixable.id}": fixable.event_id})
    assert r.posted.status_code == 303 and r.posted.headers["location"].startswith("/admin/visits/quarantine")
    assert f'data-outcome-row="{fixable.id}"' in r.text and f'data-outcome-row="{lost.id}"' in r.text
    assert (await VisitEvent.get(id=fixable.id)).status != "quarantined"
    assert (await VisitEvent.get(id=lost.id)).status == "quarantined"

    # 批量丢弃, an out-of-scope id among them: that one untouched.
    r = await pages.submit("/admin/visits/quarantine/discard", {"ids": [str(lost.id), str(elsewhere.id)]})
    assert r.posted.status_code == 303 and "批量丢弃" in r.text
    assert (await VisitEvent.get(id=lost.id)).status == "discarded"
    assert (await VisitEvent.get(id=elsewhere.id)).status == "quarantined"

    r = await pages.get("/admin/visits/quarantine/export")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    rows = [[c.value for c in row] for row in load_workbook(io.BytesIO(r.content)).active.iter_rows()]
    assert rows[0][:3] == ["编号", "机构", "HIS事件号"] and [row[0] for row in rows[1:]] == [other.id, old.id]


async def test_monitor_lists_visits_in_scope_with_steps_and_trail(client):
    t, *_ = await _world()
    me = await factories.mp_patient_account("王小明")
    here = await factories.visit_at(t.hospital_a1, me.patient, his_visit="MZ-A1")
    done = await factories.visit_at(t.hospital_a2, me.patient, his_visit="MZ-A2", state="ended",
                                    steps={"registration": "done", "pharmacy": "done"})
    elsewhere = await factories.visit_at(t.hospital_b1, me.patient, his_visit="MZ-B1")
    pages = await _pages(client, t.city_a)

    r = await pages.get("/admin/visits/monitor")
    assert r.status_code == 200
    assert set(map(int, re.findall(r'<tr data-row-id="(\d+)"', r.text))) == {here.id, done.id}
    assert "王小明" not in r.text and "王*明" in r.text and me.id_number not in r.text
    r = await pages.get("/admin/visits/monitor?state=ended")
    assert set(map(int, re.findall(r'<tr data-row-id="(\d+)"', r.text))) == {done.id}
    r = await pages.get("/admin/visits/monitor?step=queue", htmx=True)
    assert r.text.startswith('<div id="list"') and set(map(int, re.findall(r'<tr data-row-id="(\d+)"', r.text))) == {
        here.id}
    r = await pages.get("/admin/visits/monitor?q=MZ-A2")
    assert set(map(int, re.findall(r'<tr data-row-id="(\d+)"', r.text))) == {done.id}
    assert (await pages.get("/admin/visits/monitor?date_from=yesterday")).status_code == 422

    detail = await pages.get(f"/admin/visits/monitor/{here.id}")
    assert detail.status_code == 200
    assert re.findall(r'<tr data-step="([a-z]+)" data-step-state="([a-z]+)"', detail.text)[:4] == [
        ("appointment", "pending"), ("registration", "done"), ("checkin", "done"), ("queue", "active")]
    assert len(re.findall(r'<tr data-event="', detail.text)) == 3
    from core.audit.models import AuditLog

    assert await AuditLog.filter(action="visits.monitor_read", target_id=str(here.id)).count() == 1
    assert (await pages.get(f"/admin/visits/monitor/{elsewhere.id}")).status_code == 404
