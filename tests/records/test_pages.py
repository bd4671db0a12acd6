"""The record-room console pages (HTML, through the app in-process): the request list
with its state colours and filters, batch review answering row by row, a request's
detail with the identity evidence behind signed links, review, the copy uploaded
(a non-PDF refused) or generated, statistics with their chart data and xlsx, the
record rooms and departments, the dictionaries, the messages with the unread
badge, roles, and what each role is offered. What the pages did is read back
from the database."""
from __future__ import annotations

import io
import re

from openpyxl import load_workbook

from admin_web.pages.records import STATES
from core.dicts.models import DictItem
from core.notify.models import Message
from core.records import service as records
from core.records.models import Department, RecordRequest, RecordRoom
from core.records.schemas import PatientRequestOut
from core.records.states import COLORS, State
from tests import factories
from tests.proctoring.test_face import GRACE, grace_other_shot
from tests.admin_web.world import follow
from tests.records.test_service import submitted, world

BASE = "/admin/records"
HTMX = {"HX-Request": "true"}


class _Console(factories.AdminSession):
    """The logged-in session, posting forms with the CSRF header plus any headers given (htmx)."""

    async def get(self, url, headers=None, **kw):
        return await self.client.get(url, headers=headers or {}, **kw)

    async def post(self, url, json=None, headers=None, **kw):
        return await self.client.post(url, json=json, headers={"X-CSRF-Token": self.csrf, **(headers or {})}, **kw)


async def _follow(console: _Console, posted, headers=None):
    """The page a form post leads to, as a browser (or htmx, with its headers) shows it."""
    return await follow(lambda location: console.get(location, headers=headers), posted)


async def _session(client, institution, username: str, roles=("record_room",)) -> _Console:
    await factories.record_staff(institution, username, roles=roles)
    return await _Console(client, username).__aenter__()


def _rows(html: str) -> list[tuple[str, str]]:
    """(request id, state) of each row of the list, in order."""
    return re.findall(r'data-row-id="(\d+)" data-row-state="(\w+)"', html)


async def _photo_request(w) -> PatientRequestOut:
    """A request whose identity check kept both photos (the ID card's and the live face)."""
    check = await factories.identity_check_with_photos(w.me.actor, w.me.patient, id_photo=GRACE,
                                                       face_photo=grace_other_shot(), distance=0.287)
    found = await records.check_records(actor=w.me.actor, institution_id=w.hospital.id, patient_id=w.me.patient.id)
    return await records.submit(actor=w.me.actor, institution_id=w.hospital.id, patient_id=w.me.patient.id,
                                identity_check_id=check.id, admission_ids=[found.admissions[1].id],
                                purpose="self", contents=["front_page", "lab"])


# ================================================================== the list

async def test_the_list_paints_each_state_in_its_colour_and_filters(client):
    w = await world()
    a = await submitted(w)
    b = await submitted(w, purpose="legal")
    c = await submitted(w)
    d = await submitted(w)
    await records.review(actor=w.staff, request_id=c.id, approve=True)  # free: on to preparation
    await records.review(actor=w.staff, request_id=d.id, approve=False, reason="材料不全")
    staff = await _session(client, w.hospital, "records")

    r = await staff.get(f"{BASE}/requests")
    assert r.status_code == 200 and "no-store" in r.headers["cache-control"]
    assert _rows(r.text) == [(str(d.id), "rejected"), (str(c.id), "in_preparation"),
                             (str(b.id), "under_review"), (str(a.id), "under_review")]
    # Each state's badge carries its colour from states.COLORS, distinct per state.
    for state in ("rejected", "in_preparation", "under_review"):
        assert f'style="background-color:{COLORS[State(state)]};' in r.text
        assert f'class="rstate rstate-{state}"' in r.text
    assert len({s["color"] for s in STATES.values()}) == len(State)
    assert "王*明" in r.text and "王小明" not in r.text and w.me.id_number not in r.text
    # Only requests under review can be selected for the batch.
    assert re.findall(r'name="ids" value="(\d+)"', r.text) == [str(b.id), str(a.id)]
    assert re.search(r'data-state-tab="under_review">.*?<span class="muted">2</span>', r.text, re.S)
    assert "医疗机构管理" not in r.text and "病案申请" in r.text  # the record room's navigation: no settings

    r = await staff.get(f"{BASE}/requests?state=rejected")
    assert _rows(r.text) == [(str(d.id), "rejected")]
    r = await staff.get(f"{BASE}/requests?purpose=legal")
    assert _rows(r.text) == [(str(b.id), "under_review")]
    r = await staff.get(f"{BASE}/requests?q={c.number}")
    assert _rows(r.text) == [(str(c.id), "in_preparation")]
    r = await staff.get(f"{BASE}/requests?date_from=2001-01-01&date_to=2001-12-31")
    assert _rows(r.text) == [] and "没有符合条件的申请" in r.text
    r = await staff.get(f"{BASE}/requests?page_size=20&page=2")
    assert _rows(r.text) == []
    # htmx gets only the list fragment.
    r = await staff.get(f"{BASE}/requests?state=under_review", headers=HTMX)
    assert r.text.lstrip().startswith('<div id="list"') and "<html" not in r.text and len(_rows(r.text)) == 2
    # Bad filters are a readable error, never a 500.
    r = await staff.get(f"{BASE}/requests?date_from=yesterday")
    assert r.status_code == 422 and "开始日期" in r.text and "YYYY-MM-DD" in r.text
    r = await staff.get(f"{BASE}/requests?state=lost")
    assert r.status_code == 422 and "状态" in r.text

    elsewhere = await _session(client, w.tree.hospital_b1, "records_b1")
    r = await elsewhere.get(f"{BASE}/requests")
    assert r.status_code == 200 and _rows(r.text) == []
    r = await elsewhere.get(f"{BASE}/requests/{a.id}")
    assert r.status_code == 404 and "request.not_found" in r.text


async def test_batch_review_answers_row_by_row(client):
    w = await world()
    a, b, c = await submitted(w), await submitted(w), await submitted(w)
    await records.review(actor=w.staff, request_id=c.id, approve=True)
    staff = await _session(client, w.hospital, "records")
    hidden = {"state": "", "page": "1"}

    r = await staff.post(f"{BASE}/requests/review", data={**hidden, "decision": "reject", "reason": "  "},
                         headers=HTMX)
    assert r.status_code == 422 and "请先勾选" in r.text
    r = await staff.post(f"{BASE}/requests/review", data={"ids": [a.id, b.id], "decision": "reject"},
                         headers=HTMX)
    assert r.status_code == 422 and "原因" in r.text
    assert {x.state for x in await RecordRequest.filter(id__in=[a.id, b.id])} == {"under_review"}

    r = await _follow(staff, await staff.post(f"{BASE}/requests/review", headers=HTMX, data={
        "ids": [a.id, b.id, c.id], "decision": "reject", "reason": "身份证照片不清晰",
        f"label_{a.id}": a.number, f"label_{c.id}": c.number}), headers=HTMX)
    assert r.posted.status_code == 303 and r.status_code == 200 and r.text.lstrip().startswith('<div id="list"')
    # The counts outside the list (state tabs, badges) are told to reload themselves.
    assert r.headers["hx-trigger"] == "counts-changed"
    tabs = await staff.get(f"{BASE}/requests/tabs", headers=HTMX)
    assert re.search(r'data-state-tab="rejected">.*?<span class="muted">2</span>', tabs.text, re.S)
    assert "批量拒绝" in r.text and re.search(r"成功 <b data-outcome-ok>2</b> 条，失败 <b data-outcome-failed>1</b>", r.text)
    failed = re.search(rf'data-outcome-row="{c.id}">(.*?)</li>', r.text, re.S).group(1)
    assert c.number in failed and "不能执行该操作" in failed
    rows = {x.id: x for x in await RecordRequest.all()}
    assert (rows[a.id].state, rows[a.id].reason) == ("rejected", "身份证照片不清晰")
    assert rows[b.id].state == "rejected" and rows[c.id].state == "in_preparation"
    assert rows[a.id].reviewed_by_id is not None

    d = await submitted(w)
    r = await _follow(staff, await staff.post(f"{BASE}/requests/review", data={"ids": [d.id], "decision": "approve"}))
    assert r.posted.status_code == 303 and r.status_code == 200 and "批量通过" in r.text
    assert (await RecordRequest.get(id=d.id)).state == "in_preparation"


# ================================================================== one request

async def test_detail_shows_the_evidence_and_the_room_reviews_and_uploads_the_copy(client):
    w = await world()
    req = await _photo_request(w)
    staff = await _session(client, w.hospital, "records")

    r = await staff.get(f"{BASE}/requests/{req.id}")
    assert r.status_code == 200
    html = r.text
    assert req.number in html and "审核中" in html and "王*明" in html and w.me.id_number not in html
    assert w.me.id_number[:4] in html  # masked, not hidden
    assert "本人留存" in html and "病案首页、检验报告" in html and "在线下载" in html
    chosen = req.admissions[0].visit_no
    other = next(s.visit_no for s in w.stays if s.visit_no != chosen)
    assert html.count("data-admission=") == 1 and chosen in html and other not in html  # only the chosen stay
    assert "0.287" in html and "0.50" in html
    photos = re.findall(r'<img src="(/media/identity_photo\.[^"]+)" alt="(\S+)"', html)
    assert [alt for _, alt in photos] == ["身份证照片", "现场人脸照片"]
    for url, _ in photos:
        got = await client.get(url)
        assert got.status_code == 200 and got.headers["content-type"] == "image/jpeg"
    assert 'data-action="approve"' in html and 'data-action="upload"' not in html
    assert html.count("data-timeline-state=") == 2

    r = await _follow(staff, await staff.post(f"{BASE}/requests/{req.id}/review", data={"decision": "reject", "reason": " "}))
    assert r.posted.status_code == 303 and "records.reason_required" in r.text
    assert (await RecordRequest.get(id=req.id)).state == "under_review"
    r = await staff.post(f"{BASE}/requests/{req.id}/review", data={"decision": "approve"})
    assert r.status_code == 303 and r.headers["location"] == f"{BASE}/requests/{req.id}?done=approve"
    assert (await RecordRequest.get(id=req.id)).state == "in_preparation"
    r = await _follow(staff, await staff.post(f"{BASE}/requests/{req.id}/review", data={"decision": "approve"}))
    assert r.posted.status_code == 303 and "不能执行该操作" in r.text  # already passed: shown on the page

    r = await staff.get(f"{BASE}/requests/{req.id}?done=approve")
    assert "已审核通过" in r.text and 'data-action="upload"' in r.text and 'data-action="approve"' not in r.text
    r = await _follow(staff, await staff.post(f"{BASE}/requests/{req.id}/copy",
                         files={"file": ("copy.pdf", b"<html>not a pdf</html>", "application/pdf")}))
    assert r.posted.status_code == 303 and "media.not_a_pdf" in r.text and "不是有效的PDF" in r.text
    r = await _follow(staff, await staff.post(f"{BASE}/requests/{req.id}/copy", data={"csrf_token": staff.csrf}))
    assert r.posted.status_code == 303 and "请选择要上传的PDF文件" in r.text
    row = await RecordRequest.get(id=req.id)
    assert row.state == "in_preparation" and row.document_key is None

    r = await staff.post(f"{BASE}/requests/{req.id}/copy",
                         files={"file": ("copy.pdf", factories.pdf_pages(3), "application/pdf")})
    assert r.status_code == 303 and r.headers["location"].endswith("?done=upload")
    row = await RecordRequest.get(id=req.id)
    assert (row.state, row.document_source, row.download_count) == ("ready", "upload", 0)
    assert row.document_key and row.expires_at is not None
    r = await staff.get(r.headers["location"])
    assert "待下载" in r.text and "上传扫描件" in r.text and 'data-download-count>0<' in r.text
    assert 'data-action="upload"' not in r.text and r.text.count("data-timeline-state=") == 5


async def test_the_copy_generated_from_the_his_records(client):
    w = await world()
    req = await submitted(w)
    await records.review(actor=w.staff, request_id=req.id, approve=True)
    staff = await _session(client, w.hospital, "records")
    r = await staff.post(f"{BASE}/requests/{req.id}/generate")
    assert r.status_code == 303
    row = await RecordRequest.get(id=req.id)
    assert (row.state, row.document_source) == ("ready", "generated")
    r = await staff.get(f"{BASE}/requests/{req.id}?done=generate")
    assert "由HIS结构化病历生成" in r.text and "已由HIS结构化病历生成复印件" in r.text


# ================================================================== statistics

async def test_statistics_by_state_institution_and_period(client):
    w = await world()
    await submitted(w)
    b = await submitted(w)
    await records.review(actor=w.staff, request_id=b.id, approve=False, reason="不符合")
    staff = await _session(client, w.hospital, "records")
    r = await staff.get(f"{BASE}/stats")
    assert r.status_code == 200 and 'data-total>2<' in r.text
    assert re.search(r'data-key="rejected">.*?<td>1</td>', r.text, re.S)
    assert re.search(rf'data-key="{w.hospital.id}"><td>{w.hospital.name}</td><td>2</td>', r.text)
    assert 'data-chart="records_states"' in r.text and "/admin/static/app/records.js" in r.text

    r = await staff.get(f"{BASE}/stats/charts.json?period=month")
    data = r.json()
    states = {s["key"]: s for s in data["states"]}
    assert states["under_review"]["count"] == 1 and states["under_review"]["color"] == COLORS[State.UNDER_REVIEW]
    assert data["institutions"] == [{"key": w.hospital.id, "label": w.hospital.name, "count": 2}]
    assert len(data["periods"]) == 1 and data["periods"][0]["count"] == 2 and data["period_label"] == "按月"
    # 1 to 15 January 2001 (a Monday to a Monday): three weeks, empty ones shown as 0.
    r = await staff.get(f"{BASE}/stats/charts.json?period=week&date_from=2001-01-01&date_to=2001-01-15")
    assert [(p["key"], p["count"]) for p in r.json()["periods"]] == [("2001-W01", 0), ("2001-W02", 0),
                                                                      ("2001-W03", 0)]
    r = await staff.get(f"{BASE}/stats/charts.json?date_from=bad")
    assert r.status_code == 422 and r.json()["code"] == "request.validation_failed"

    r = await staff.get(f"{BASE}/stats/export?table=state")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(r.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["状态", "申请数"] and ["审核中", 1] in values and values[-1] == ["合计", 2]


# ================================================================== institutions and departments

async def test_institution_admin_switches_review_mode_and_keeps_departments(client):
    w = await world()
    admin = await _session(client, w.hospital, "hosp_admin", roles=("institution_admin",))
    r = await admin.get(f"{BASE}/institutions")
    assert r.status_code == 200 and f'data-room="{w.hospital.id}"' in r.text
    assert 'data-review-mode="manual"' in r.text and 'data-action="switch-mode"' in r.text
    r = await admin.post(f"{BASE}/institutions/{w.hospital.id}/review-mode",
                         data={"mode": "auto", "back": "/admin/records/institutions"})
    assert r.status_code == 303 and r.headers["location"] == f"{BASE}/institutions?done=mode"
    assert (await RecordRoom.get(institution_id=w.hospital.id)).review_mode == "auto"
    r = await admin.post(f"{BASE}/institutions/{w.hospital.id}/review-mode",
                         data={"mode": "manual", "back": "https://evil.example/"})
    assert r.headers["location"] == f"{BASE}/institutions?done=mode"  # never leaves the console

    room = f"{BASE}/institutions/{w.hospital.id}/room"
    r = await _follow(admin, await admin.post(room, data={"enabled": "1", "review_mode": "manual", "fee": "12.345", "his_kind": "demo"}))
    assert r.posted.status_code == 303 and "最多两位小数" in r.text and 'value="12.345"' in r.text
    r = await _follow(admin, await admin.post(room, data={"enabled": "1", "review_mode": "sometimes", "fee": "5", "his_kind": "demo"}))
    assert r.posted.status_code == 303 and 'data-error-for="review_mode"' in r.text
    r = await _follow(admin, await admin.post(room, data={"enabled": "1", "review_mode": "manual", "fee": "5", "his_kind": "nowhere"}))
    assert r.posted.status_code == 303 and "records.unknown_his" in r.text
    r = await admin.post(room, data={"enabled": "1", "review_mode": "manual", "fee": "12.50", "his_kind": "demo",
                                     "contact_phone": "021-66661234", "notice": "请携带身份证原件"})
    assert r.status_code == 303
    saved = await RecordRoom.get(institution_id=w.hospital.id)
    assert (saved.fee_cents, saved.review_mode, saved.contact_phone, saved.notice, saved.enabled) == (
        1250, "manual", "021-66661234", "请携带身份证原件", True)

    depts = f"{BASE}/institutions/{w.hospital.id}/departments"
    r = await _follow(admin, await admin.post(depts, data={"code": "内 科", "name": "内科"}))
    assert r.posted.status_code == 303 and 'data-error-for="code"' in r.text and "格式不正确" in r.text
    r = await admin.post(depts, data={"code": "NK", "name": "内科"})
    assert r.status_code == 303
    r = await _follow(admin, await admin.post(depts, data={"code": "NK", "name": "另一个内科"}))
    assert r.posted.status_code == 303 and "已有相同编码" in r.text
    dept = await Department.get(institution_id=w.hospital.id, code="NK")
    r = await _follow(admin, await admin.post(f"{BASE}/departments/{dept.id}", data={"institution_id": w.hospital.id, "name": ""}))
    assert r.posted.status_code == 303 and "必填" in r.text
    r = await admin.post(f"{BASE}/departments/{dept.id}", data={"institution_id": w.hospital.id, "name": "心血管内科"})
    assert r.status_code == 303
    r = await admin.post(f"{BASE}/departments/{dept.id}", data={"institution_id": w.hospital.id, "active": "0"})
    dept = await Department.get(id=dept.id)
    assert (dept.name, dept.active) == ("心血管内科", False)
    r = await admin.get(f"{BASE}/institutions/{w.hospital.id}?done=dept")
    assert 'class="inactive"' in r.text and "科室已修改" in r.text
    r = await admin.post(f"{BASE}/departments/{dept.id}/delete", data={"institution_id": w.hospital.id})
    assert r.status_code == 303 and (await Department.get(id=dept.id)).deleted_at is not None

    # The record room sees the settings, cannot change them.
    staff = await _session(client, w.hospital, "records")
    r = await staff.get(f"{BASE}/institutions/{w.hospital.id}")
    assert r.status_code == 200 and "021-66661234" in r.text and 'data-action="save-room"' not in r.text
    r = await staff.post(f"{BASE}/institutions/{w.hospital.id}/review-mode", data={"mode": "auto"})
    assert r.status_code == 403 and (await RecordRoom.get(institution_id=w.hospital.id)).review_mode == "manual"


async def test_a_commission_opens_a_record_room_for_an_institution_of_its_area(client):
    w = await world()
    county = await _session(client, w.tree.county_a2, "county_a2", roles=("commission_admin",))
    r = await county.get(f"{BASE}/institutions")
    assert f'data-open="{w.tree.hospital_a2.id}"' in r.text and f'data-room="{w.hospital.id}"' not in r.text
    r = await county.post(f"{BASE}/institutions/{w.tree.hospital_a2.id}/room",
                          data={"enabled": "1", "review_mode": "auto", "fee": "0", "his_kind": "demo"})
    assert r.status_code == 303
    room = await RecordRoom.get(institution_id=w.tree.hospital_a2.id)
    assert room.review_mode == "auto" and room.enabled
    r = await county.get(f"{BASE}/institutions/{w.hospital.id}")
    assert r.status_code == 404  # another county's institution


# ================================================================== dictionaries

async def test_the_platform_keeps_the_dictionaries(client):
    w = await world()
    province = await _session(client, w.tree.province, "prov", roles=("commission_admin",))
    r = await province.get(f"{BASE}/dicts")
    assert r.status_code == 200 and 'data-new-item="record_purpose"' in r.text and "商业保险理赔" in r.text
    r = await _follow(province, await province.post(f"{BASE}/dicts/record_purpose", data={"code": "Bad Code", "label": "坏编码"}))
    assert r.posted.status_code == 303 and "格式不正确" in r.text
    r = await _follow(province, await province.post(f"{BASE}/dicts/record_purpose", data={"code": "self", "label": "重复"}))
    assert r.posted.status_code == 303 and "已有相同编码" in r.text
    r = await province.post(f"{BASE}/dicts/record_purpose", data={"code": "work_injury", "label": "工伤认定", "sort": "25"})
    assert r.status_code == 303
    item = await DictItem.get(kind="record_purpose", code="work_injury")
    assert (item.label, item.sort, item.active) == ("工伤认定", 25, True)
    r = await _follow(province, await province.post(f"{BASE}/dicts/items/{item.id}", data={"label": "工伤鉴定", "sort": "x"}))
    assert r.posted.status_code == 303 and "应为数字" in r.text
    r = await province.post(f"{BASE}/dicts/items/{item.id}", data={"label": "工伤鉴定", "sort": "5"})
    assert r.status_code == 303
    r = await province.post(f"{BASE}/dicts/items/{item.id}", data={"active": "0"})
    item = await DictItem.get(id=item.id)
    assert (item.label, item.sort, item.active) == ("工伤鉴定", 5, False)
    r = await province.get(f"{BASE}/dicts")
    assert re.search(r'data-item="work_injury" class="inactive"', r.text)
    r = await province.post(f"{BASE}/dicts/nonsense", data={"code": "x", "label": "x"})
    assert r.status_code == 422

    hospital = await _session(client, w.hospital, "hosp_admin", roles=("institution_admin",))
    r = await hospital.get(f"{BASE}/dicts")
    assert "本页只读" in r.text and "data-new-item" not in r.text
    r = await hospital.post(f"{BASE}/dicts/items/{item.id}", data={"active": "1"})
    assert r.status_code == 403 and (await DictItem.get(id=item.id)).active is False


# ================================================================== messages, roles, navigation

async def test_messages_badge_handled_greyed_and_open(client):
    w = await world()
    await submitted(w)
    b = await submitted(w)
    staff = await _session(client, w.hospital, "records")
    r = await staff.get(f"{BASE}/requests")
    assert 'hx-get="/admin/records/messages/badge"' in r.text
    r = await staff.get(f"{BASE}/messages/badge", headers=HTMX)
    assert 'data-unread="2"' in r.text and "<b>2</b>" in r.text and 'hx-trigger="every 30s, counts-changed from:body"' in r.text

    r = await staff.get(f"{BASE}/messages")
    assert r.text.count('class="message unread"') == 2 and "新的病案复印申请" in r.text
    first, second = await Message.filter(org_id=w.hospital.id).order_by("id")
    r = await staff.post(f"{BASE}/messages/{first.id}/handled", data={"back": f"{BASE}/messages"})
    assert r.status_code == 303 and r.headers["location"] == f"{BASE}/messages?done=handled"
    r = await staff.get(r.headers["location"])
    assert re.search(rf'class="message handled" data-message="{first.id}"', r.text)
    assert "已标记为已处理" in r.text
    assert 'data-unread="1"' in (await staff.get(f"{BASE}/messages/badge", headers=HTMX)).text

    r = await staff.post(f"{BASE}/messages/{second.id}/open", data={"back": second.link})
    assert r.status_code == 303 and r.headers["location"] == f"{BASE}/requests/{b.id}"
    assert (await Message.get(id=second.id)).read_at is not None
    r = await staff.post(f"{BASE}/messages/{second.id}/open", data={"back": "//evil.example/"})
    assert r.headers["location"] == f"{BASE}/messages"
    r = await staff.get(f"{BASE}/messages?unread=1")
    assert "没有消息" in r.text
    await submitted(w)
    r = await staff.post(f"{BASE}/messages/read", data={})
    assert r.status_code == 303 and r.headers["location"] == f"{BASE}/messages?done=read"
    assert await Message.filter(org_id=w.hospital.id, read_at__isnull=True).count() == 0
    assert (await Message.get(id=first.id)).handled_at is not None and second.link.endswith(str(b.id))

    other = await _session(client, w.tree.hospital_b1, "records_b1")
    r = await other.post(f"{BASE}/messages/{first.id}/handled")
    assert r.status_code == 404


async def test_roles_page_and_navigation_by_permission(client):
    w = await world()
    await factories.record_staff(w.hospital, "records")
    admin = await _session(client, w.hospital, "hosp_admin", roles=("institution_admin",))
    r = await admin.get(f"{BASE}/roles")
    assert r.status_code == 200 and 'data-role="record_room"' in r.text and "病案室人员" in r.text
    assert "管辖范围" in r.text and 'data-account="records"' in r.text and 'data-account="hosp_admin"' in r.text
    for label in ("病案申请", "病案统计", "消息通知", "医疗机构管理", "病案字典", "角色与权限"):
        assert f">{label}</a>" in r.text
    staff = await _session(client, w.hospital, "records_2")
    r = await staff.get("/admin/")
    nav = re.search(r'<nav class="nav".*?</nav>', r.text, re.S).group(0)
    assert "病案申请" in nav and "消息通知" in nav and "医疗机构管理" not in nav and "病案字典" not in nav
    assert "参加考核确认" not in nav
