"""Console pages over the admin API's remaining areas (issue 10 point 4): accounts and roles,
the org tree and subordinates, the audit log with the chain check, the recycle bin,
mini-program accounts, FAQ; and the menus by role with the organisation in the header.
Every form post answers 303 and the page after it shows the outcome; the database
holds what the page said."""
from __future__ import annotations

import html
import io
import re

from openpyxl import load_workbook

from core.accounts import lockout
from core.accounts.models import AdminAccount, MpAccount
from core.audit.models import AuditLog
from core.faq.models import FaqEntry
from core.orgs.models import OrgKind, OrgNode
from tests import factories
from tests.admin_web.world import Pages, world

_PASSWORD = re.compile(r"data-initial-password>([^<]+)<")


def _nav(text: str) -> list[str]:
    block = re.search(r'<nav class="nav".*?</nav>', text, re.S).group(0)
    return re.findall(r">([^<>]+)</a>", block)


async def _pages(client, username: str) -> Pages:
    pages = Pages(client, ip=f"10.31.0.{len(username)}")
    assert (await pages.login(username)).status_code == 303
    return pages


async def test_accounts_create_roles_disable_reset_unlock(client):
    w = await world()
    pages = await _pages(client, "prov")
    r = await pages.post("/admin/accounts/new", {"username": "x", "org_id": str(w.t.hospital_a1.id)})
    assert r.status_code == 422 and "data-error-for=\"username\"" in r.text and "data-error-for=\"roles\"" in r.text
    r = await pages.post("/admin/accounts/new", {"username": "clerk1", "display_name": "病案员",
                                                 "org_id": str(w.t.hospital_a1.id), "roles": "record_room"})
    assert r.status_code == 303
    account = await AdminAccount.get(username="clerk1")
    assert account.roles == ["record_room"] and account.must_change_password
    page = await pages.get(r.headers["location"])
    initial = _PASSWORD.search(page.text).group(1)
    assert "账号已创建" in page.text and "江岸医院" in page.text
    assert (await pages.get(r.headers["location"])).text.count("data-initial-password") == 0  # shown once
    assert initial not in r.headers["location"]

    listed = await pages.get("/admin/accounts?role=record_room")
    assert "clerk1" in listed.text and "hosp" not in re.sub(r"<header.*?</header>", "", listed.text, flags=re.S)

    r = await pages.post(f"/admin/accounts/{account.id}/roles", {"roles": ["record_room", "proctor"]})
    assert r.status_code == 303 and (await AdminAccount.get(id=account.id)).roles == ["record_room", "proctor"]

    r = await pages.post(f"/admin/accounts/{account.id}/disable")
    assert r.status_code == 303 and (await AdminAccount.get(id=account.id)).disabled
    assert "账号已停用" in (await pages.get(r.headers["location"])).text
    await pages.post(f"/admin/accounts/{account.id}/enable")
    assert not (await AdminAccount.get(id=account.id)).disabled

    old_hash = (await AdminAccount.get(id=account.id)).password_hash
    r = await pages.post(f"/admin/accounts/{account.id}/reset-password")
    assert r.status_code == 303
    page = await pages.get(r.headers["location"])
    assert _PASSWORD.search(page.text).group(1) != initial
    assert (await AdminAccount.get(id=account.id)).password_hash != old_hash

    for _ in range(3):
        await lockout.failure("admin", "clerk1", "10.1.1.1")
    assert "登录失败次数</dt><dd>3" in (await pages.get(f"/admin/accounts/{account.id}")).text
    r = await pages.post(f"/admin/accounts/{account.id}/unlock")
    assert r.status_code == 303 and (await lockout.state("admin", "clerk1", None))["failures"] == 0
    assert await AuditLog.filter(action="accounts.unlock", target_id=str(account.id)).exists()

    # Out of scope: the hospital's admin cannot see the province's account.
    hosp = await _pages(client, "hosp")
    prov_id = (await AdminAccount.get(username="prov")).id
    assert (await hosp.get(f"/admin/accounts/{prov_id}")).status_code == 404
    assert (await hosp.post(f"/admin/accounts/{prov_id}/disable")).status_code == 404
    assert not (await AdminAccount.get(id=prov_id)).disabled


async def test_org_tree_subordinates_batch_create_export_import(client):
    w = await world()
    pages = await _pages(client, "prov")
    tree = await pages.get("/admin/orgs?q=江岸")
    assert tree.status_code == 200 and "<mark>江岸区卫健局</mark>" in tree.text and "武汉市卫健委" in tree.text
    assert "宜昌市卫健委" not in tree.text  # not a match nor an ancestor of one

    r = await pages.post("/admin/orgs/subordinates/new", {
        "name": "新洲区人民医院", "kind": "medical_institution", "code": "H4201170001",
        "parent_id": str(w.t.county_a1.id), "username": "xinzhou", "may_apply_assessment": "true"})
    assert r.status_code == 303
    node = await OrgNode.get(code="H4201170001")
    assert node.may_apply_assessment and node.parent_id == w.t.county_a1.id
    page = await pages.get(r.headers["location"])
    assert "xinzhou" in page.text and _PASSWORD.search(page.text) and "新洲区人民医院" in page.text
    r = await pages.post("/admin/orgs/subordinates/new", {
        "name": "重复", "kind": "medical_institution", "code": "H4201170001", "parent_id": str(w.t.county_a1.id),
        "username": "other1"})
    assert r.status_code == 409 and "机构编码已存在" in r.text

    r = await pages.post("/admin/orgs/subordinates/batch", {"action": "activate", "ids": [str(node.id)],
                                                            f"label_{node.id}": "新洲"})
    assert r.status_code == 303
    assert not (await AdminAccount.get(username="xinzhou")).disabled
    page = await pages.get(r.headers["location"])
    assert "批量激活" in page.text and 'data-outcome-row="%d"' % node.id in page.text

    r = await pages.post(f"/admin/orgs/subordinates/{node.id}/reset-password")
    assert r.status_code == 303 and _PASSWORD.search((await pages.get(r.headers["location"])).text)

    r = await pages.get("/admin/orgs/subordinates/export?name=新洲")
    rows = list(load_workbook(io.BytesIO(r.content)).active.iter_rows(values_only=True))
    assert [row[1] for row in rows[1:]] == ["新洲区人民医院"]

    template = (await pages.get("/admin/orgs/subordinates/template.xlsx")).content
    wb = load_workbook(io.BytesIO(template))
    ws = wb.active
    ws.append(["汉南医院", "医疗机构", "H4201130001", w.t.county_a1.code, "李四", "13900000001", "hannan01"])
    ws.delete_rows(2)  # the example row
    buf = io.BytesIO()
    wb.save(buf)
    r = await pages.client.post("/admin/orgs/subordinates/import", data={"csrf_token": pages.csrf},
                                files={"file": ("s.xlsx", buf.getvalue(), "application/octet-stream")},
                                headers={"X-Forwarded-For": pages.ip})
    assert r.status_code == 303, r.text
    assert await OrgNode.filter(code="H4201130001").exists()
    assert "hannan01" in (await pages.get(r.headers["location"])).text


async def test_audit_log_filters_and_chain_check(client):
    await world()
    pages = await _pages(client, "prov")
    await pages.post(f"/admin/accounts/{(await AdminAccount.get(username='hosp')).id}/unlock")
    page = await pages.get("/admin/audit?action=accounts.&who=prov")
    assert "accounts.unlock" in page.text and "auth.login" not in page.text
    assert "没有符合条件的日志" in (await pages.get("/admin/audit?date_to=2000-01-01")).text
    assert (await pages.get("/admin/audit?date_from=yesterday")).status_code == 422
    r = await pages.post("/admin/audit/verify")
    assert r.status_code == 303
    page = await pages.get(r.headers["location"])
    assert 'data-verification="ok"' in page.text and "日志链完整" in page.text
    # Somebody edits a row behind the application's back: the check says where.
    row = await AuditLog.filter(action="accounts.unlock").first()
    await AuditLog.filter(id=row.id).update(actor_name="someone-else")
    page = await pages.get((await pages.post("/admin/audit/verify")).headers["location"])
    assert 'data-verification="broken"' in page.text and f"第 {row.seq} 条" in page.text
    # Only the root of the tree verifies the platform's chain.
    hosp = await _pages(client, "hosp")
    assert "校验日志链" not in (await hosp.get("/admin/audit")).text
    assert (await hosp.post("/admin/audit/verify")).status_code == 403


async def test_recycle_bin_lists_and_restores(client):
    w = await world()
    entry = await FaqEntry.create(org_id=w.t.hospital_a1.id, category="c", question="要删的问题", answer="a")
    pages = await _pages(client, "hosp")
    r = await pages.post(f"/admin/faq/{entry.id}/delete")
    assert r.status_code == 303 and (await FaqEntry.get(id=entry.id)).deleted_at is not None
    page = await pages.get("/admin/recycle?kind=faq")
    assert "要删的问题" in page.text
    r = await pages.post(f"/admin/recycle/faq/{entry.id}/restore", {"kind": "faq"})
    assert r.status_code == 303 and (await FaqEntry.get(id=entry.id)).deleted_at is None
    assert "已恢复" in (await pages.get(r.headers["location"])).text


async def test_mp_accounts_list_and_disable(client):
    w = await world()
    doc = await factories.physician(w.t.hospital_a1, name="王大夫")
    me = await factories.mp_physician(doc)
    other = await factories.physician(w.t.hospital_b1, name="李大夫")
    await factories.mp_physician(other)
    pages = await _pages(client, "hosp")
    page = await pages.get("/admin/mp-accounts")
    assert f'data-row-id="{me.id}"' in page.text and "李" not in re.sub(r"<header.*?</header>", "", page.text, flags=re.S)
    r = await pages.post(f"/admin/mp-accounts/{me.id}/disable", {"q": "王"})
    assert r.status_code == 303 and "q=" in r.headers["location"]
    assert (await MpAccount.get(id=me.id)).disabled
    await pages.post(f"/admin/mp-accounts/{me.id}/enable")
    assert not (await MpAccount.get(id=me.id)).disabled
    prov = await _pages(client, "prov")
    page = await prov.get("/admin/mp-accounts?q=李")
    assert "李*" in page.text or "李大夫" not in page.text


async def test_faq_pages(client):
    w = await world()
    pages = await _pages(client, "prov")
    r = await pages.post("/admin/faq/new", {"category": "考试", "question": "", "answer": "x"})
    assert r.status_code == 422 and 'data-error-for="question"' in r.text
    r = await pages.post("/admin/faq/new", {"category": "考试", "question": "可以用电脑考试吗？",
                                            "answer": "请使用手机。", "audience": "physician", "sort": "3",
                                            "org_id": str(w.t.province.id), "published": "true"})
    assert r.status_code == 303
    entry = await FaqEntry.get(question="可以用电脑考试吗？")
    assert entry.published and entry.audience == "physician" and entry.org_id == w.t.province.id
    r = await pages.post(f"/admin/faq/{entry.id}", {"category": "考试", "question": "可以用电脑考试吗？",
                                                    "answer": "不可以，请使用手机。", "audience": "all", "sort": "3"})
    assert r.status_code == 303 and (await FaqEntry.get(id=entry.id)).answer == "不可以，请使用手机。"
    await pages.post(f"/admin/faq/{entry.id}/unpublish")
    assert not (await FaqEntry.get(id=entry.id)).published
    page = await pages.get("/admin/faq?published=0")
    assert "可以用电脑考试吗？" in page.text and "草稿" in page.text


async def test_menus_follow_roles_and_the_header_names_the_org(client):
    w = await world()
    await factories.admin(w.t.hospital_a1, username="proctor1", roles=("proctor",))
    await factories.admin(w.t.hospital_a1, username="room1", roles=("record_room",))
    # A province without record rooms shows no record-copy work (its settings pages open the service).
    client.cookies.clear()
    prov = set(_nav((await (await _pages(client, "prov")).get("/admin/")).text))
    assert "医疗机构管理" in prov and not prov & {"病案申请", "病案统计", "消息通知"}
    await factories.record_room(w.t.hospital_a1)
    # A district running only the record service, as a tree of its own.
    district = await factories.org(None, OrgKind.COUNTY, "静安区卫生健康委员会")
    await factories.record_room(await factories.org(district, OrgKind.MEDICAL, "静安区中心医院"))
    await factories.admin(district, username="jingan")
    expectations = {
        "prov": ({"医师名册", "账号与角色", "组织机构", "下级机构账户", "操作日志", "回收站", "常见问题", "小程序账号"}, set(),
                 "湖北省卫健委"),
        "hosp": ({"参加考核确认", "账号与角色", "常见问题"}, {"下级机构账户"}, "江岸医院"),
        "assess": ({"待复核", "操作日志"}, {"账号与角色", "常见问题", "回收站"}, "武汉考核机构"),
        "proctor1": ({"监考审核"}, {"账号与角色", "操作日志", "医师名册"}, "江岸医院"),
        "room1": ({"病案申请"}, {"组织机构", "账号与角色", "医师名册"}, "江岸医院"),
        "jingan": ({"病案申请", "账号与角色", "组织机构"}, {"医师名册", "已确认医师", "考核统计"}, "静安区卫生健康委员会"),
    }
    for username, (has, lacks, org) in expectations.items():
        client.cookies.clear()
        pages = await _pages(client, username)
        home = await pages.get("/admin/")
        items = set(_nav(home.text))
        assert has <= items and not (lacks & items), (username, items)
        header = re.search(r'<span class="org">([^<]*)</span>', home.text).group(1)
        assert html.unescape(header) == org, username
        for href in re.findall(r'<nav class="nav".*?</nav>', home.text, re.S)[0].split('href="')[1:]:
            url = href.split('"')[0]
            assert (await pages.get(url)).status_code == 200, (username, url)
    assert "当前考核周期" not in home.text  # the district's home page
