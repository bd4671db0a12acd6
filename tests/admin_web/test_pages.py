"""The console pages over HTTP (in-process): login and the session, errors shown as
pages, role navigation, lists with filters and paging, batch actions with row
outcomes, the add-physician form, review, import with progress and report,
exports and the statistics endpoint. The browser tests drive the same pages in
Chromium; these check every answer's content and the database behind it."""
from __future__ import annotations

import asyncio
import html
import io
import os
import re
import subprocess
import sys
from urllib.parse import urlencode

from openpyxl import load_workbook

from core.accounts.models import AdminAccount
from core.assessment.models import Enrolment, Physician
from core.audit.models import AuditLog
from tests import factories
from tests.admin_web.world import Pages, world

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _rows(content: bytes) -> list[tuple]:
    return list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))


# ---------------------------------------------------------------- login and session

async def test_login_page_sets_the_session_cookie_and_lands_on_the_home_page(client):
    w = await world()
    pages = Pages(client)
    r = await pages.login("hosp", "wrong-password")
    assert r.status_code == 303 and r.headers["location"].startswith("/admin/login?flash=")
    r = r.landing
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "用户名或密码错误" in r.text and 'value="hosp"' in r.text  # the username stays in the form
    assert "wrong-password" not in r.text
    assert "huiyi_admin" not in client.cookies
    assert await AuditLog.filter(action="auth.login", outcome="failure").count() == 1

    r = await pages.login("hosp")
    assert r.status_code == 303 and r.headers["location"] == "/admin/"
    set_cookie = r.headers["set-cookie"]
    assert "huiyi_admin=" in set_cookie and "HttpOnly" in set_cookie and "SameSite=Strict" in set_cookie
    home = await pages.get("/admin/")
    assert home.status_code == 200 and "江岸医院" in home.text and "医疗卫生机构" in home.text
    assert w.cycle.name in home.text
    assert home.headers["cache-control"] == "no-store" and "frame-ancestors 'none'" in \
        home.headers["content-security-policy"]
    # The same session works for the JSON API: one login for both.
    me = await client.get("/api/admin/v1/auth/me")
    assert me.status_code == 200 and me.json()["username"] == "hosp"


async def test_login_form_needs_its_own_token(client):
    await world()
    r = await client.post("/admin/login", data={"username": "hosp", "password": factories.PASSWORD})
    assert r.status_code == 303 and "huiyi_admin" not in client.cookies
    assert "页面已过期" in (await client.get(r.headers["location"])).text
    assert not await AuditLog.filter(action="auth.login").exists()


async def test_login_returns_to_the_page_asked_for_but_never_elsewhere(client):
    await world()
    r = await client.get("/admin/enrolment/confirmed?q=张")
    asked = "/admin/enrolment/confirmed?q=%E5%BC%A0"  # the query string as the browser sent it
    assert r.status_code == 303 and r.headers["location"] == "/admin/login?" + urlencode({"next": asked})
    form = await client.get(r.headers["location"])
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
    assert f'name="next" value="{asked}"' in form.text
    r = await client.post("/admin/login", data={"csrf_token": token, "username": "hosp",
                                                "password": factories.PASSWORD, "next": asked})
    assert r.headers["location"] == asked
    for elsewhere in ("//evil.example/", "https://evil.example/admin", "/api/admin/v1/auth/me"):
        form = await client.get("/admin/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
        r = await client.post("/admin/login", data={"csrf_token": token, "username": "hosp",
                                                    "password": factories.PASSWORD, "next": elsewhere})
        assert r.headers["location"] == "/admin/"


async def test_expired_session_goes_back_to_login_and_htmx_is_redirected_too(client):
    await world()
    r = await client.get("/admin/review", headers={"HX-Request": "true"})
    assert r.status_code == 200 and r.headers["hx-redirect"] == "/admin/login"
    client.cookies.set("huiyi_admin", "forged-session", path="/")
    r = await client.get("/admin/")
    assert r.status_code == 303 and r.headers["location"].startswith("/admin/login")


async def test_first_login_must_change_the_password_then_log_in_again(client):
    w = await world()
    await factories.admin(w.t.hospital_a1, roles=("institution_admin",), username="newbie", must_change=True)
    pages = Pages(client)
    r = await pages.login("newbie")
    assert r.status_code == 303 and r.headers["location"] == "/admin/password"
    # Every other page sends the account to the password page until it is changed.
    r = await pages.get("/admin/enrolment/candidates")
    assert r.status_code == 303 and r.headers["location"].startswith("/admin/password")
    page = await pages.get("/admin/password")
    assert "首次登录请先修改初始密码" in page.text
    pages.csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)

    # Refusals go back to the form (POST → 303 → GET) with the message beside the field.
    r = await pages.submit("/admin/password", {"old_password": factories.PASSWORD, "new_password": "short",
                                               "confirm_password": "short"})
    assert r.posted.status_code == 303 and r.posted.headers["location"].startswith("/admin/password?flash=")
    assert r.status_code == 200 and "长度至少8位" in r.text
    r = await pages.submit("/admin/password", {"old_password": factories.PASSWORD, "new_password": "Better#Pass1",
                                               "confirm_password": "Other#Pass1"})
    assert r.posted.status_code == 303 and "两次输入的新密码不一致" in r.text
    r = await pages.submit("/admin/password", {"old_password": "nope", "new_password": "Better#Pass1",
                                               "confirm_password": "Better#Pass1"})
    assert r.posted.status_code == 303 and "原密码错误" in r.text
    assert "原密码错误" not in (await pages.get(r.posted.headers["location"])).text  # shown once
    r = await pages.post("/admin/password", {"old_password": factories.PASSWORD, "new_password": "Better#Pass1",
                                             "confirm_password": "Better#Pass1"})
    assert r.status_code == 303 and r.headers["location"] == "/admin/login?notice=changed"
    assert not (await AdminAccount.get(username="newbie")).must_change_password
    assert (await pages.get("/admin/")).status_code == 303  # the old session has ended
    assert "密码已修改" in (await pages.get("/admin/login?notice=changed")).text
    assert (await Pages(client).login("newbie", "Better#Pass1")).headers["location"] == "/admin/"


async def test_logout_ends_the_session(client):
    await world()
    pages = Pages(client)
    await pages.login("hosp")
    r = await pages.post("/admin/logout")
    assert r.status_code == 303 and r.headers["location"] == "/admin/login?notice=logout"
    assert (await pages.get("/admin/")).status_code == 303
    assert await AuditLog.filter(action="auth.logout").exists()


async def test_writes_without_the_csrf_token_are_refused_as_a_page(client):
    w = await world()
    doc = await factories.physician(w.t.hospital_a1)
    pages = Pages(client)
    await pages.login("hosp")
    r = await pages.post("/admin/enrolment/join", {"ids": str(doc.id)}, csrf=False)
    assert r.status_code == 403 and "text/html" in r.headers["content-type"]
    assert "页面已过期，请刷新后重试" in r.text and 'data-error-code="accounts.csrf_failed"' in r.text
    assert not await Enrolment.exists()


# ---------------------------------------------------------------- navigation by role

async def test_navigation_follows_the_kind_of_organisation(client):
    await world()
    nav = {}
    for username in ("hosp", "assess", "prov"):
        pages = Pages(client)
        await pages.login(username)
        page = (await pages.get("/admin/")).text
        nav[username] = re.findall(r'<nav class="nav".*?</nav>', page, re.S)[0]
    assert "参加考核确认" in nav["hosp"] and "待审核" in nav["hosp"] and "导入医师" in nav["hosp"]
    assert "待复核" in nav["assess"] and "参加考核确认" not in nav["assess"] and "医师名册" not in nav["assess"]
    assert "已确认医师" in nav["prov"] and "考核统计" in nav["prov"]
    assert "待审核" not in nav["prov"] and "新增医师" not in nav["prov"]


# ---------------------------------------------------------------- errors as pages

async def test_service_errors_read_as_pages_and_as_alerts_for_htmx(client):
    await world(open_cycle=False)
    pages = Pages(client)
    await pages.login("hosp")
    r = await pages.get("/admin/enrolment/candidates")
    assert r.status_code == 409 and "text/html" in r.headers["content-type"]
    assert "当前没有开放的考核周期" in r.text and "assessment.cycle_not_open" in r.text
    assert "<nav class=\"nav\"" in r.text  # still the console, with its navigation
    r = await pages.get("/admin/enrolment/candidates", htmx=True)
    assert r.status_code == 409 and r.headers["hx-retarget"] == "#flash"
    assert "<html" not in r.text and "当前没有开放的考核周期" in r.text
    r = await pages.get("/admin/physicians/999999")
    assert r.status_code == 404 and "资源不存在" in r.text
    r = await pages.get("/admin/physicians?page=abc")
    assert r.status_code == 422 and "应为整数" in r.text


async def test_records_outside_scope_look_missing(client):
    w = await world()
    other = await factories.physician(w.t.hospital_b1, name="外地医师")
    pages = Pages(client)
    await pages.login("hosp")
    r = await pages.get(f"/admin/physicians/{other.id}")
    assert r.status_code == 404 and "外**师" not in r.text
    assert await AuditLog.filter(action="scope.read", outcome="denied").exists()


# ---------------------------------------------------------------- enrolment

async def test_candidates_filter_page_and_answer_htmx_with_the_list_only(client):
    w = await world()
    for n in range(23):
        await factories.physician(w.t.hospital_a1, name=f"候选医师{n:02d}")
    await factories.physician(w.t.hospital_a1, name="王小明")
    await factories.physician(w.t.hospital_b1, name="外地医师")
    pages = Pages(client)
    await pages.login("hosp")
    r = await pages.get("/admin/enrolment/candidates")
    assert r.text.count("data-row-id=") == 20 and "共 24 条 · 第 1/2 页" in r.text
    assert "外**师" not in r.text and "候****9" in r.text
    second = await pages.get("/admin/enrolment/candidates?page=2")
    assert second.text.count("data-row-id=") == 4 and 'rel="prev"' in second.text
    r = await pages.get("/admin/enrolment/candidates?q=王小明", htmx=True)
    assert "<html" not in r.text and r.text.lstrip().startswith("<div id=\"list\"")
    assert r.text.count("data-row-id=") == 1 and "王*明" in r.text


async def test_batch_join_shows_each_row_and_moves_them_to_the_confirmed_list(client):
    w = await world()
    a = await factories.physician(w.t.hospital_a1, name="李一一")
    b = await factories.physician(w.t.hospital_a1, name="李二二")
    outside = await factories.physician(w.t.hospital_b1, name="外地医师")
    pages = Pages(client)
    await pages.login("hosp")
    r = await pages.submit("/admin/enrolment/join", {"ids": [str(a.id), str(b.id), str(outside.id)],
                                                     f"label_{a.id}": "李*一"}, htmx=True)
    assert r.posted.status_code == 303 and r.status_code == 200 and "<html" not in r.text
    assert r.headers["hx-trigger"] == "counts-changed"
    assert re.search(r"成功 <b data-outcome-ok>2</b> 条，失败 <b data-outcome-failed>1</b> 条", r.text)
    assert f'data-outcome-row="{outside.id}"' in r.text and "不在管辖范围内" in r.text
    assert "李*一" in r.text
    assert set(await Enrolment.filter(cycle_id=w.cycle.id, confirmed=True).values_list("physician_id", flat=True)) \
        == {a.id, b.id}
    assert "没有符合条件的医师" in r.text  # the re-rendered candidates list is empty now

    r = await pages.post("/admin/enrolment/join", {}, htmx=True)
    assert r.status_code == 422 and "请先勾选要参加的医师" in r.text

    confirmed = await pages.get("/admin/enrolment/confirmed")
    assert "李*一" in confirmed.text and "李*二" in confirmed.text and "取消参加" in confirmed.text
    row = await Enrolment.get(physician_id=a.id)
    r = await pages.submit(f"/admin/enrolment/{row.id}/cancel", {f"label_{row.id}": "李*一"}, htmx=True)
    assert "取消参加" in r.text and "成功 <b data-outcome-ok>1</b> 条" in r.text and "（李*一）" in r.text
    assert not (await Enrolment.get(id=row.id)).confirmed


async def test_cancel_after_submission_is_refused_with_the_reason(client):
    w = await world()
    doc = await factories.physician(w.t.hospital_a1)
    row = await factories.admin_web_submitted(w.hospital, w.cycle, doc)
    pages = Pages(client)
    await pages.login("hosp")
    r = await pages.post(f"/admin/enrolment/{row.id}/cancel", htmx=True)
    assert r.status_code == 409 and r.headers["hx-retarget"] == "#flash"
    assert "医师已提交填报，不能取消参加" in r.text
    assert (await Enrolment.get(id=row.id)).confirmed


async def test_exports_answer_xlsx_with_the_lists_filters(client):
    w = await world()
    a = await factories.physician(w.t.hospital_a1, name="导出甲")
    b = await factories.physician(w.t.hospital_a1, name="导出乙")
    pages = Pages(client)
    await pages.login("hosp")
    r = await pages.get(f"/admin/enrolment/candidates/export?ids={a.id}")
    assert r.headers["content-type"] == XLSX
    rows = _rows(r.content)
    assert rows[0][:3] == ("ID", "姓名", "身份证号") and [x[1] for x in rows[1:]] == ["导*甲"]
    await pages.post("/admin/enrolment/join", {"ids": [str(a.id), str(b.id)]})
    r = await pages.get("/admin/enrolment/confirmed/export?q=导出乙")
    assert [x[1] for x in _rows(r.content)[1:]] == ["导*乙"]
    r = await pages.get("/admin/physicians/export")
    assert len(_rows(r.content)) == 3
    assert await AuditLog.filter(action="enrolment.export").exists()


# ---------------------------------------------------------------- physicians

async def test_add_physician_form_shows_messages_next_to_fields_and_creates_in_own_institution(client):
    w = await world()
    pages = Pages(client)
    await pages.login("hosp")
    form = await pages.get("/admin/physicians/new")
    assert form.status_code == 200 and 'name="id_number"' in form.text and 'name="institution_id"' not in form.text

    r = await pages.submit("/admin/physicians/new", {"name": "", "id_number": "420102198001010012", "phone": "123"})
    assert r.posted.status_code == 303 and r.posted.headers["location"].startswith("/admin/physicians/new?flash=")
    errors = dict(re.findall(r'data-error-for="(\w+)">([^<]+)<', r.text))
    assert errors == {"name": "必填", "id_number": "身份证号校验位错误", "phone": "格式不正确"}
    assert 'value="123"' in r.text  # what was typed stays
    assert not await Physician.exists()

    number = factories.id_number()
    await factories.physician(w.t.hospital_b1, number=number)
    r = await pages.submit("/admin/physicians/new", {"name": "重复医师", "id_number": number})
    assert r.posted.status_code == 303 and "该身份证号的医师已存在" in r.text
    # Another institution cannot be chosen by posting its id: an institution adds to itself.
    new_number = factories.id_number()
    r = await pages.post("/admin/physicians/new", {"name": "新来医师", "id_number": new_number,
                                                   "phone": "13912345678", "specialty": "内科",
                                                   "institution_id": str(w.t.hospital_b1.id)})
    assert r.status_code == 303
    doc = await Physician.get(name="新来医师")
    assert doc.institution_id == w.t.hospital_a1.id and doc.id_number == new_number and doc.specialty == "内科"
    assert r.headers["location"] == f"/admin/physicians/{doc.id}?notice=created"
    detail = await pages.get(r.headers["location"])
    assert "医师已新增" in detail.text and "新**师" in detail.text and "139****5678" in detail.text
    assert new_number not in detail.text


async def test_physician_detail_reveal_and_password_reset(client):
    w = await world()
    doc = await factories.physician(w.t.hospital_a1, name="详情医师")
    pages = Pages(client)
    await pages.login("hosp")
    r = await pages.get(f"/admin/physicians/{doc.id}?reveal=1")
    assert doc.id_number in r.text and "详情医师" in r.text
    assert await AuditLog.filter(action="pii.reveal", target_id=str(doc.id)).exists()
    r = await pages.submit(f"/admin/physicians/{doc.id}/reset-password")
    assert r.posted.status_code == 303 and r.posted.headers["location"].startswith(f"/admin/physicians/{doc.id}?flash=")
    initial = html.unescape(re.search(r"data-initial-password>([^<]+)<", r.text).group(1))
    from core.accounts.passwords import verify_password

    assert verify_password((await Physician.get(id=doc.id)).password_hash, initial)


# ---------------------------------------------------------------- review

async def test_review_queue_single_and_batch_pass_with_row_outcomes(client):
    w = await world()
    docs = [await factories.physician(w.t.hospital_a1, name=n) for n in ("审核甲", "审核乙", "审核丙", "审核丁")]
    rows = [await factories.admin_web_submitted(w.hospital, w.cycle, d, procedure=p)
            for d, p in zip(docs, ("general", "general", "simple", "exempt"))]
    pages = Pages(client)
    await pages.login("hosp")
    r = await pages.get("/admin/review")
    assert r.text.count("data-row-id=") == 4
    r = await pages.get("/admin/review?procedure=simple", htmx=True)
    assert r.text.count("data-row-id=") == 1 and "审*丙" in r.text

    r = await pages.post("/admin/review/decide", {"ids": str(rows[0].id), "decision": "reject"}, htmx=True)
    assert r.status_code == 422 and "驳回时必须填写原因" in r.text
    r = await pages.submit("/admin/review/decide", {"ids": str(rows[0].id), "decision": "reject",
                                                    "reason": "工作成绩过于简略"}, htmx=True)
    assert "驳回：成功" in r.text.replace("</strong>", "")
    assert (await Enrolment.get(id=rows[0].id)).state == "institution_rejected"
    assert (await Enrolment.get(id=rows[0].id)).last_reason == "工作成绩过于简略"

    r = await pages.submit("/admin/review/decide", {"ids": [str(rows[1].id), str(rows[2].id), str(rows[0].id)],
                                                    "decision": "approve"}, htmx=True)
    assert "批量通过" in r.text and "成功 <b data-outcome-ok>2</b> 条，失败 <b data-outcome-failed>1</b> 条" in r.text
    assert "当前状态“机构审核未通过”不能执行该操作" in r.text
    states = {e.id: e.state for e in await Enrolment.filter(id__in=[x.id for x in rows])}
    assert states == {rows[0].id: "institution_rejected", rows[1].id: "institution_approved",
                      rows[2].id: "institution_approved", rows[3].id: "submitted"}
    assert r.text.count("data-row-id=") == 1  # only the exempt one still waits

    # The assessment institution sees the approved two in its queue (待复核) and passes one from the detail page.
    assess = Pages(client, ip="10.20.0.2")
    await assess.login("assess")
    r = await assess.get("/admin/review")
    assert "待复核" in r.text and r.text.count("data-row-id=") == 2
    detail = await assess.get(f"/admin/enrolments/{rows[1].id}")
    assert "工作成绩" in detail.text and "年门诊量8000人次" in detail.text and "data-decide" in detail.text
    r = await assess.submit(f"/admin/enrolments/{rows[1].id}/decide", {"decision": "approve"})
    assert "通过：成功 <b data-outcome-ok>1</b> 条" in r.text.replace("</strong>", "")
    row = await Enrolment.get(id=rows[1].id)
    assert row.state == "approved"
    assert "考核机构复核通过" in r.text and "data-decide" not in r.text


# ---------------------------------------------------------------- import

async def _job(pages: Pages, settings, job_id: str) -> str:
    if not settings.redis_is_memory:  # real Redis: the arq worker process runs the job
        from core import jobs

        await jobs.close()
        env = dict(os.environ, DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url)
        done = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "core.cli", "worker", "--burst"],
                                       env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    for _ in range(200):
        r = await pages.get(f"/admin/imports/jobs/{job_id}", htmx=True)
        if 'data-state="done"' in r.text or 'data-state="failed"' in r.text:
            return r.text
        assert 'hx-trigger="load delay:600ms"' in r.text  # still polling
        await asyncio.sleep(0.05)
    raise AssertionError(r.text)


async def test_import_page_uploads_shows_progress_rows_and_report(client, settings):
    w = await world()
    pages = Pages(client)
    await pages.login("hosp")
    page = await pages.get("/admin/imports/physicians")
    assert "下载导入模板" in page.text and 'data-fixed="institution_id"' in page.text
    template = await pages.get("/admin/imports/physicians/template.xlsx")
    header = list(_rows(template.content)[0])
    assert header == ["姓名", "身份证号", "手机号", "执业类别", "专业", "执业证书编号"]

    r = await pages.post("/admin/imports/physicians", {"enrol": "true"}, htmx=True)
    assert r.status_code == 422 and "请选择要导入的文件" in r.text

    bad = factories.imports_xlsx(header, [["甲", "123", "", "临床", "", ""],
                                          ["乙", factories.id_number(), "1380000", "临床", "", ""]])
    r = await pages.submit("/admin/imports/physicians", {"enrol": "true"}, htmx=True,
                           files={"file": ("p.xlsx", bad, XLSX)})
    assert r.posted.status_code == 303 and r.posted.headers["location"].startswith("/admin/imports/jobs/")
    assert r.status_code == 200 and "<html" not in r.text and 'data-job="' in r.text
    job_id = re.search(r'data-job="([^"]+)"', r.text).group(1)
    done = await _job(pages, settings, job_id)
    assert "2</b> 行未通过校验" in done and 'data-failed-row="2"' in done and 'data-failed-row="3"' in done
    assert "身份证号：身份证号应为18位" in done and "手机号：格式不正确" in done
    report = await pages.get(f"/admin/imports/jobs/{job_id}/report.xlsx")
    rows = _rows(report.content)
    assert rows[0][-3:] == ("行号", "结果", "错误原因") and rows[1][-2] == "未通过"
    assert not await Physician.exists()

    number = factories.id_number()
    good = factories.imports_xlsx(header, [["导入医师", number, "13800001111", "临床", "内科", ""]])
    r = await pages.post("/admin/imports/physicians", {"enrol": "true"}, files={"file": ("p.xlsx", good, XLSX)})
    assert r.status_code == 303 and r.headers["location"].startswith("/admin/imports/jobs/")
    done = await _job(pages, settings, r.headers["location"].rsplit("/", 1)[1])
    assert "已导入 <b data-import-created>1</b> 名医师" in done
    doc = await Physician.get(name="导入医师")
    assert doc.institution_id == w.t.hospital_a1.id
    assert await Enrolment.filter(physician_id=doc.id, cycle_id=w.cycle.id, confirmed=True).exists()
    full = await pages.get(r.headers["location"])
    assert "<html" in full.text and "继续导入" in full.text

    r = await pages.get("/admin/imports/nothing")
    assert r.status_code == 404 and "没有这种导入" in r.text


# ---------------------------------------------------------------- statistics, static files

async def test_statistics_page_and_chart_data(client):
    w = await world()
    docs = [await factories.physician(w.t.hospital_a1, name=f"统计{n}") for n in range(3)]
    rows = [await factories.admin_web_submitted(w.hospital, w.cycle, d) for d in docs[:2]]
    await factories.physician(w.t.hospital_a2)
    pages = Pages(client)
    await pages.login("prov")
    page = await pages.get("/admin/stats")
    assert page.status_code == 200 and 'data-chart="progress"' in page.text
    assert "武汉市卫健委" in page.text and "宜昌市卫健委" in page.text
    data = (await pages.get(f"/admin/stats/charts.json?cycle_id={w.cycle.id}")).json()
    by_name = {r["name"]: r for r in data["progress"]["rows"]}
    assert by_name["武汉市卫健委"]["enrolled"] == 2 and by_name["武汉市卫健委"]["filed"] == 2
    assert by_name["宜昌市卫健委"]["enrolled"] == 0
    assert sum(r["submitted"] for r in data["trend"]["rows"]) == len(rows)
    assert {i["key"]: i["count"] for i in data["distribution"]["items"]}[None] == 2
    r = await pages.get(f"/admin/stats/export?table=progress&cycle_id={w.cycle.id}")
    assert r.headers["content-type"] == XLSX and _rows(r.content)[0][0] == "市"
    r = await pages.get("/admin/stats/charts.json?cycle_id=x")
    assert r.status_code == 422 and r.json()["code"] == "request.validation_failed"


async def test_vendor_libraries_and_own_assets_are_served(client):
    for name in ("htmx.min.js", "echarts.min.js"):
        r = await client.get(f"/admin/static/vendor/{name}")
        assert r.status_code == 200 and "javascript" in r.headers["content-type"] and len(r.content) > 10_000
    assert (await client.get("/admin/static/vendor/other.js")).status_code == 404
    css = await client.get("/admin/static/app/admin.css")
    assert css.status_code == 200 and "@media (max-width: 760px)" in css.text


async def test_unknown_console_addresses_answer_as_pages(client):
    await world()
    r = await client.get("/admin/no/such/page")
    assert r.status_code == 303 and r.headers["location"].startswith("/admin/login")
    pages = Pages(client)
    await pages.login("hosp")
    r = await pages.get("/admin/no/such/page")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"] and "页面不存在" in r.text
    assert (await pages.get("/admin/static/app/admin.js")).status_code == 200  # real routes still win
