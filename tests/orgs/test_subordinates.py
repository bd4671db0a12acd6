"""Subordinate organisations and accounts (seed 000 所辖机构账户管理) and the own-org
profile: create with first admin, conditional list, batch activate / allow-apply
with per-row results, export, and the all-or-nothing xlsx import."""
import io

import pytest
from openpyxl import load_workbook

from core.accounts.errors import UsernameTaken
from core.accounts.models import AdminAccount
from core.accounts.passwords import verify_password
from core.audit.models import AuditLog
from core.errors import NotFound, ValidationFailed
from core.orgs import service as svc
from core.orgs.errors import CodeTaken, HasChildren, InvalidParent, NoProfile, UnknownProfileSection
from core.orgs.models import OrgKind, OrgNode
from core.orgs.schemas import IMPORT_COLUMNS
from tests import factories

API = "/api/admin/v1/subordinates"
HEADERS = list(IMPORT_COLUMNS)


def _sheet(data: bytes) -> list[tuple]:
    ws = load_workbook(io.BytesIO(data)).active
    return [tuple("" if c is None else c for c in row) for row in ws.iter_rows(values_only=True)]


# ------------------------------------------------------------------ own profile

async def test_profile_sections_validate_and_superiors_see_names_masked():
    t = await factories.tree()
    city = await factories.actor(t.city_a)
    province = await factories.actor(t.province)

    saved = await svc.update_profile(actor=city, section="office", data={
        "name": "武汉市医师定期考核办公室", "head": "李建国", "office_phone": "027-85551234"})
    await svc.update_profile(actor=city, section="committee", data={
        "name": "武汉市医师定期考核管理委员会", "director": "王志强", "deputy_directors": ["赵敏", "孙立"],
        "member_count": 15})
    assert saved.section == "office" and saved.data.office_phone == "027-85551234"
    node = await OrgNode.get(id=t.city_a.id)
    assert node.profile["office"]["head"] == "李建国" and node.profile["committee"]["member_count"] == 15

    with pytest.raises(ValidationFailed) as e:  # a mobile is not an office phone; unknown fields are refused
        await svc.update_profile(actor=city, section="office", data={
            "name": "办公室", "head": "李建国", "office_phone": "13912345678", "fax": "x"})
    paths = {err["path"] for err in e.value.details["errors"]}
    assert paths == {"office_phone", "fax"}
    with pytest.raises(UnknownProfileSection):
        await svc.update_profile(actor=city, section="finance", data={})
    with pytest.raises(NoProfile):  # the three forms belong to commissions
        await svc.get_profile(actor=await factories.actor(t.hospital_a1, roles=("institution_admin",)))
    assert (await OrgNode.get(id=t.city_a.id)).profile["office"]["office_phone"] == "027-85551234"

    own = await svc.get_profile(actor=city)
    assert own.own and own.sections.office.data.head == "李建国"
    assert own.sections.commission.data is None
    seen = await svc.get_profile(actor=province, org_id=t.city_a.id)
    assert seen.sections.office.data.head == "李*国"
    assert seen.sections.committee.data.deputy_directors == ["赵*", "孙*"]
    revealed = await svc.get_profile(actor=province, org_id=t.city_a.id, reveal=True)
    assert revealed.sections.committee.data.director == "王志强"
    assert await AuditLog.filter(action="pii.reveal", target_id=str(t.city_a.id)).count() == 1
    with pytest.raises(NotFound):  # another city's profile is out of reach
        await svc.get_profile(actor=city, org_id=t.city_b.id)
    row = await AuditLog.filter(action="orgs.update_profile").order_by("-seq").first()
    assert row.after["data"]["director"] == "王*强"  # the audit trail holds masked names


async def test_profile_over_http(client):
    t = await factories.tree()
    await factories.admin(t.city_a, username="citya")
    async with factories.AdminSession(client, "citya") as s:
        r = await s.put(f"{API}/me/profile/commission", json={"full_name": "武汉市卫生健康委员会",
                                                               "postcode": "430000", "office_phone": "027-85550000"})
        assert r.status_code == 200, r.text
        r = await s.put(f"{API}/me/profile/commission", json={"full_name": "", "postcode": "43"})
        assert r.status_code == 422 and r.json()["code"] == "request.validation_failed"
        assert {e["path"] for e in r.json()["details"]["errors"]} == {"full_name", "postcode"}
        r = await s.get(f"{API}/me/profile")
        assert r.json()["sections"]["commission"]["data"]["full_name"] == "武汉市卫生健康委员会"
        assert r.json()["sections"]["commission"]["label"] == "本卫健委信息"
        r = await s.put(f"{API}/me/profile/committee", json={
            "name": "武汉市医师定期考核管理委员会", "director": "王志强", "deputy_directors": ["赵敏"],
            "established_on": "2020-03-01"})
        assert r.status_code == 200 and r.json()["section"] == "committee"
        assert r.json()["data"]["established_on"] == "2020-03-01" and r.json()["data"]["member_count"] == 0
    await factories.admin(t.province, username="prov")
    async with factories.AdminSession(client, "prov") as s:  # a superior sees the names masked
        r = await s.get(f"{API}/{t.city_a.id}/profile")
        assert r.status_code == 200 and not r.json()["own"] and r.json()["sections"]["office"]["data"] is None
        assert r.json()["sections"]["committee"]["data"]["deputy_directors"] == ["赵*"]


# ------------------------------------------------------------------ create, view, edit, delete, reset

async def test_create_subordinate_makes_org_and_inactive_first_admin(client):
    t = await factories.tree()
    city = await factories.actor(t.city_a)
    sub = await svc.create_subordinate(actor=city, name="江岸区妇幼保健院", kind=OrgKind.MEDICAL,
                                       code="H4201020099", parent_id=t.county_a1.id, username="fy_jiangan",
                                       contact_name="周芳", contact_phone="13911112222", may_apply_assessment=True)
    initial = sub.initial_password
    assert sub.contact_phone == "139****2222"  # the answer masks the contact
    node = await OrgNode.get(id=sub.id)
    assert node.path == f"{t.county_a1.path}{node.id}/" and node.level == t.county_a1.level + 1
    assert node.may_apply_assessment and node.contact_phone == "13911112222"
    account = await AdminAccount.get(username="fy_jiangan")
    assert account.org_id == node.id and account.roles == ["institution_admin"]
    assert account.disabled and account.must_change_password and verify_password(account.password_hash, initial)
    assert not sub.activated

    r = await client.post("/api/admin/v1/auth/login", json={"username": "fy_jiangan", "password": initial})
    assert r.status_code == 403 and r.json()["code"] == "accounts.disabled"
    res = await svc.set_activated(actor=city, org_ids=[node.id], activated=True)
    assert res[0].ok and not (await AdminAccount.get(id=account.id)).disabled
    r = await client.post("/api/admin/v1/auth/login", json={"username": "fy_jiangan", "password": initial})
    assert r.status_code == 200 and r.json()["password_change_required"] is True

    actions = [a.action for a in await AuditLog.filter(org_id=node.id).order_by("seq")]
    assert actions[:2] == ["orgs.create", "accounts.create"] and "accounts.enable" in actions


async def test_create_subordinate_refusals_write_nothing():
    t = await factories.tree()
    city = await factories.actor(t.city_a)
    await factories.admin(t.hospital_a1, username="taken_name")
    before = (await OrgNode.all().count(), await AdminAccount.all().count())
    args = dict(name="新医院", kind=OrgKind.MEDICAL, parent_id=t.county_a1.id)
    with pytest.raises(CodeTaken):
        await svc.create_subordinate(actor=city, code=t.hospital_a2.code, username="fresh1", **args)
    with pytest.raises(UsernameTaken):
        await svc.create_subordinate(actor=city, code="NEW1", username="taken_name", **args)
    with pytest.raises(InvalidParent):  # a county hangs off a city, not off a county
        await svc.create_subordinate(actor=city, name="区", kind=OrgKind.COUNTY, code="NEW2",
                                     parent_id=t.county_a1.id, username="fresh2")
    with pytest.raises(NotFound):  # the other city's county is not ours to extend
        await svc.create_subordinate(actor=city, code="NEW3", username="fresh3",
                                     **{**args, "parent_id": t.county_b1.id})
    assert (await OrgNode.all().count(), await AdminAccount.all().count()) == before


async def test_view_edit_reset_and_delete_over_http(client):
    t = await factories.tree()
    await factories.admin(t.city_a, username="citya")
    hosp_admin = await factories.admin(t.hospital_a1, username="hosp_a1", roles=("institution_admin",))
    async with factories.AdminSession(client, "citya") as s:
        r = await s.get(f"{API}/{t.hospital_a1.id}")
        assert r.status_code == 200 and r.json()["accounts"][0]["username"] == "hosp_a1"
        assert r.json()["activated"] is True
        r = await client.patch(f"{API}/{t.hospital_a1.id}", json={"name": "江岸区人民医院", "contact_phone": "13800001111"},
                               headers={"X-CSRF-Token": s.csrf})
        assert r.status_code == 200 and r.json()["name"] == "江岸区人民医院"
        assert r.json()["contact_phone"] == "138****1111"
        r = await s.post(f"{API}/{t.hospital_a1.id}/reset-password", json={})
        assert r.status_code == 200 and r.json()["account_id"] == hosp_admin.id
        assert verify_password((await AdminAccount.get(id=hosp_admin.id)).password_hash, r.json()["initial_password"])
        r = await s.post(f"{API}/{t.hospital_b1.id}/reset-password", json={})
        assert r.status_code == 404

        await factories.physician(t.hospital_a1)
        r = await client.delete(f"{API}/{t.hospital_a1.id}", headers={"X-CSRF-Token": s.csrf})
        assert r.status_code == 409 and r.json()["details"]["physicians"] == 1
        r = await client.delete(f"{API}/{t.hospital_a2.id}", headers={"X-CSRF-Token": s.csrf})
        assert r.status_code == 200
    assert (await OrgNode.get(id=t.hospital_a2.id)).deleted_at is not None
    assert (await OrgNode.get(id=t.hospital_a1.id)).deleted_at is None


async def test_delete_subordinate_takes_its_accounts_to_the_recycle_bin():
    t = await factories.tree()
    city = await factories.actor(t.city_a)
    a = await factories.admin(t.hospital_a2, username="gone")
    await svc.delete_subordinate(actor=city, org_id=t.hospital_a2.id)
    assert (await AdminAccount.get(id=a.id)).deleted_at is not None
    with pytest.raises(HasChildren):
        await svc.delete_subordinate(actor=city, org_id=t.county_a1.id)


# ------------------------------------------------------------------ list and export

async def test_list_filters_combine_and_stay_in_scope():
    t = await factories.tree()
    city = await factories.actor(t.city_a)  # its own account: the city itself is not listed
    await factories.admin(t.county_a1)
    await factories.admin(t.hospital_a1, disabled=True)
    await factories.admin(t.hospital_a2)
    await factories.admin(t.hospital_b1)
    await OrgNode.filter(id=t.hospital_a2.id).update(may_apply_assessment=True)

    total, items = await svc.list_subordinates(actor=city)
    ids = {s.node.id for s in items}
    assert total == 4 and ids == {t.county_a1.id, t.county_a2.id, t.hospital_a1.id, t.hospital_a2.id}

    async def ids_for(**f):
        return {s.node.id for s in (await svc.list_subordinates(actor=city, **f))[1]}

    assert await ids_for(kind=OrgKind.MEDICAL) == {t.hospital_a1.id, t.hospital_a2.id}
    assert await ids_for(name="武昌") == {t.county_a2.id, t.hospital_a2.id}
    assert await ids_for(code=t.hospital_a1.code) == {t.hospital_a1.id}
    assert await ids_for(region_id=t.county_a1.id) == {t.county_a1.id, t.hospital_a1.id}
    assert await ids_for(activated=True) == {t.county_a1.id, t.hospital_a2.id}
    assert await ids_for(activated=False) == {t.county_a2.id, t.hospital_a1.id}
    assert await ids_for(may_apply=True, kind=OrgKind.MEDICAL) == {t.hospital_a2.id}
    assert await ids_for(activated=False, kind=OrgKind.MEDICAL) == {t.hospital_a1.id}
    with pytest.raises(NotFound):
        await svc.list_subordinates(actor=city, region_id=t.city_b.id)


async def test_list_and_export_over_http(client):
    t = await factories.tree()
    await factories.admin(t.city_a, username="citya")
    await factories.admin(t.hospital_a1, username="hosp_a1")
    await OrgNode.filter(id=t.hospital_a1.id).update(contact_name="周芳芳")
    await OrgNode.filter(id=t.hospital_a1.id).update(may_apply_assessment=True)
    async with factories.AdminSession(client, "citya") as s:
        r = await s.get(f"{API}/", params={"kind": "medical_institution", "activated": "true"})
        assert r.status_code == 200 and [i["id"] for i in r.json()["items"]] == [t.hospital_a1.id]
        assert r.json()["items"][0]["contact_name"] == "周*芳"
        r = await s.get(f"{API}/", params={"kind": "planet"})
        assert r.status_code == 422
        r = await s.get(f"{API}/export", params={"kind": "medical_institution"})
        assert r.status_code == 200
        rows = _sheet(r.content)
    assert rows[0][:4] == ("ID", "名称", "类型", "机构编码")
    by_name = {row[1]: row for row in rows[1:]}
    assert set(by_name) == {"江岸医院", "武昌医院"}
    assert by_name["江岸医院"][6] == "周*芳" and by_name["江岸医院"][8] == "hosp_a1"
    assert by_name["江岸医院"][9:] == ("已激活", "是") and by_name["武昌医院"][9:] == ("未激活", "否")
    assert await AuditLog.filter(action="subordinates.export").count() == 1


# ------------------------------------------------------------------ batch activate / allow applying

async def test_batch_activate_answers_per_row_and_leaves_out_of_scope_rows_alone():
    t = await factories.tree()
    city = await factories.actor(t.city_a)
    mine = await factories.admin(t.hospital_a1, disabled=True)
    theirs = await factories.admin(t.hospital_b1, disabled=True)
    res = await svc.set_activated(actor=city, org_ids=[t.hospital_a1.id, t.hospital_b1.id, 999999,
                                                       city.org_id, t.hospital_a2.id, t.hospital_a1.id],
                                  activated=True)
    by_id = {r.id: r for r in res}
    assert len(res) == 5  # a repeated id answers once
    assert by_id[t.hospital_a1.id].ok
    assert not by_id[t.hospital_b1.id].ok and by_id[t.hospital_b1.id].code == "request.not_found"
    assert by_id[999999].message == by_id[t.hospital_b1.id].message  # outside scope looks like absent
    assert by_id[city.org_id].code == "orgs.own_org"
    assert by_id[t.hospital_a2.id].code == "orgs.no_admin"
    assert not (await AdminAccount.get(id=mine.id)).disabled
    assert (await AdminAccount.get(id=theirs.id)).disabled
    assert await AuditLog.filter(action="scope.read", outcome="denied",
                                 target_id=str(t.hospital_b1.id)).exists()

    res = await svc.set_activated(actor=city, org_ids=[t.hospital_a1.id], activated=False)
    assert res[0].ok and (await AdminAccount.get(id=mine.id)).disabled


async def test_batch_allow_apply_over_http(client):
    t = await factories.tree()
    await factories.admin(t.city_a, username="citya")
    industry = await factories.org(t.city_a, OrgKind.INDUSTRY, "武汉医师协会")
    async with factories.AdminSession(client, "citya") as s:
        r = await s.post(f"{API}/may-apply", json={"org_ids": [t.hospital_a1.id, industry.id, t.hospital_b1.id,
                                                               t.county_a1.id], "allowed": True})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["ok"] == 2 and body["failed"] == 2
        codes = {row["id"]: row["code"] for row in body["rows"]}
        assert codes[t.hospital_b1.id] == "request.not_found"
        assert codes[t.county_a1.id] == "orgs.may_apply_not_applicable"
        r = await s.post(f"{API}/may-apply", json={"org_ids": [], "allowed": True})
        assert r.status_code == 422
    flags = {n.id: n.may_apply_assessment for n in await OrgNode.all()}
    assert flags[t.hospital_a1.id] and flags[industry.id]
    assert not flags[t.hospital_b1.id] and not flags[t.county_a1.id]
    assert await AuditLog.filter(action="orgs.allow_apply").count() == 2


# ------------------------------------------------------------------ import

async def _import(s, rows, headers=HEADERS, **params):
    data = factories.imports_xlsx(headers, rows)
    return await s.post(f"{API}/import", params=params,
                        files={"file": ("orgs.xlsx", data, "application/octet-stream")})


async def test_import_creates_orgs_and_accounts_in_one_go(client):
    t = await factories.tree()
    await factories.admin(t.city_a, username="citya")
    rows = [
        ["新洲区卫健局", "区县卫健委", "420117", t.city_a.code, "", "", "xinzhou_admin"],
        ["新洲区人民医院", "医疗机构", "H420117001", "420117", "陈静", 13922223333, "xz_hospital"],
        ["江岸社区卫生服务中心", "medical_institution", "H420102777", t.county_a1.code, "", "", "ja_community"],
    ]
    async with factories.AdminSession(client, "citya") as s:
        r = await _import(s, rows, dry_run="1")
        assert r.status_code == 200 and r.json()["ok"] and r.json()["dry_run"] and r.json()["created"] == []
        r = await _import(s, rows, format="xlsx")  # the spreadsheet report is always a dry run
        assert r.status_code == 200 and [line[-2] for line in _sheet(r.content)[1:]] == ["通过"] * 3
        assert not await OrgNode.filter(code="420117").exists()
        r = await _import(s, rows)
    assert r.status_code == 201, r.text
    created = r.json()["created"]
    assert [c["row"] for c in created] == [2, 3, 4]
    county = await OrgNode.get(code="420117")
    hospital = await OrgNode.get(code="H420117001")
    community = await OrgNode.get(code="H420102777")
    assert county.kind == OrgKind.COUNTY and county.parent_id == t.city_a.id
    assert hospital.parent_id == county.id and hospital.path == f"{county.path}{hospital.id}/"
    assert hospital.contact_phone == "13922223333" and community.parent_id == t.county_a1.id
    accounts = {a.username: a for a in await AdminAccount.filter(org_id__in=[county.id, hospital.id, community.id])}
    assert accounts["xinzhou_admin"].roles == ["commission_admin"]
    assert accounts["xz_hospital"].roles == ["institution_admin"] and accounts["xz_hospital"].org_id == hospital.id
    assert all(a.disabled and a.must_change_password for a in accounts.values())
    for c in created:
        assert verify_password(accounts[c["username"]].password_hash, c["initial_password"])
    assert await AuditLog.filter(action="subordinates.import").count() == 1


async def test_import_with_one_bad_row_imports_nothing_and_reports_it(client):
    t = await factories.tree()
    await factories.admin(t.city_a, username="citya")
    await factories.admin(t.hospital_a1, username="existing_user")
    good = ["好医院", "医疗机构", "H1", t.county_a1.code, "", "", "good_user"]
    cases = {
        3: (["坏上级", "医疗机构", "H2", "NOPE", "", "", "user2"], "上级机构编码", "不存在或不在管辖范围内"),
        4: (["外市", "医疗机构", "H3", t.county_b1.code, "", "", "user3"], "上级机构编码", "不存在或不在管辖范围内"),
        5: (["重复编码", "医疗机构", "H1", t.county_a1.code, "", "", "user4"], "机构编码", "与第2行重复"),
        6: (["老用户", "医疗机构", "H5", t.county_a1.code, "", "", "existing_user"], "管理员用户名", "已存在"),
        7: (["类型错", "医院", "H6", t.county_a1.code, "", "", "user6"], "类型", "类型应为"),
        8: (["电话错", "医疗机构", "H7", t.county_a1.code, "", "12345", "user7"], "联系电话", "格式不正确"),
        9: (["层级错", "区县卫健委", "H8", t.county_a1.code, "", "", "user8"], "类型", "不能设在区县卫健委之下"),
        10: (["已有编码", "医疗机构", t.hospital_a2.code, t.county_a1.code, "", "", "user9"], "机构编码", "已存在"),
        11: (["", "医疗机构", "H10", t.county_a1.code, "", "", "user10"], "名称", "必填"),
    }
    rows = [good] + [c[0] for c in cases.values()]
    before = (await OrgNode.all().count(), await AdminAccount.all().count())
    async with factories.AdminSession(client, "citya") as s:
        r = await _import(s, rows)
        assert r.status_code == 422, r.text
        body = r.json()
        assert body["code"] == "import.rows_invalid" and body["details"]["failed"] == len(cases)
        errors = {e["row"]: e["errors"] for e in body["details"]["errors"]}
        assert set(errors) == set(cases)
        for row, (_, column, text) in cases.items():
            assert any(e["column"] == column and text in e["message"] for e in errors[row]), (row, errors[row])

        r = await _import(s, rows, format="xlsx")
        assert r.status_code == 200
        sheet = _sheet(r.content)
    assert (await OrgNode.all().count(), await AdminAccount.all().count()) == before
    assert sheet[0][-3:] == ("行号", "结果", "错误原因")
    assert sheet[1][-3:-1] == (2, "通过")
    row4 = next(line for line in sheet if line[-3] == 4)
    assert row4[0] == "外市" and row4[-2] == "未通过" and "上级机构编码" in row4[-1]
    assert await AuditLog.filter(action="subordinates.import", outcome="denied").exists()


async def test_import_refuses_unreadable_files_and_wrong_columns(client):
    t = await factories.tree()
    await factories.admin(t.city_a, username="citya")
    async with factories.AdminSession(client, "citya") as s:
        r = await s.post(f"{API}/import", files={"file": ("orgs.xlsx", b"%PDF-1.4 not a sheet", "application/pdf")})
        assert r.status_code == 422 and r.json()["code"] == "import.malformed_file"
        r = await _import(s, [["a", "医疗机构", "X", t.county_a1.code, "", ""]], headers=HEADERS[:-1])
        assert r.status_code == 422 and r.json()["code"] == "import.wrong_columns"
        assert r.json()["details"]["missing"] == ["管理员用户名"]
        r = await _import(s, [], headers=HEADERS)
        assert r.status_code == 422 and r.json()["code"] == "import.empty"
        r = await s.post(f"{API}/import", data={"x": "1"})
        assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "file"
        r = await s.get(f"{API}/import-template")
        assert _sheet(r.content)[0] == tuple(HEADERS)
    assert await OrgNode.all().count() == 9


async def test_import_needs_both_write_permissions():
    t = await factories.tree()
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    from core.errors import Forbidden

    with pytest.raises(Forbidden):
        await svc.import_subordinates(actor=hospital, content=factories.imports_xlsx(HEADERS, [["x"] * 7]))
