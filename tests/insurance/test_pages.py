"""电子处方管理 pages: the menu appears with the first record, the list with its filters, a record
with the three queries (POST → 303 → GET), the catalogue beside our 药品字典."""
from __future__ import annotations

from tests.admin_web.world import Pages
from tests.factories import admin
from tests.insurance.conftest import doctor_headers

WS = "/api/admin/v1/workstation/rx/prescriptions/{}/insurance"


async def test_menu_list_record_refresh_and_catalogue(client, w, approved, insurance):
    boss = await admin(w.hospital, roles=("institution_admin",))
    pages = Pages(client)
    await pages.login(boss.username)
    home = await pages.get("/admin/")
    assert "电子处方管理" not in home.text  # nothing sent yet
    h = await doctor_headers(client, w)
    hi = (await client.post(WS.format(approved.id), headers=h)).json()["hi_rxno"]
    await pages.login(boss.username)
    home = await pages.get("/admin/")
    assert "/admin/insurance/prescriptions" in home.text

    r = await pages.get("/admin/insurance/prescriptions")
    assert r.status_code == 200 and hi in r.text and "已上传待审核" in r.text
    assert hi not in (await pages.get("/admin/insurance/prescriptions?state=dispensed")).text
    r = await pages.get("/admin/insurance/prescriptions?state=nope")
    assert r.status_code == 422
    r = await pages.get("/admin/insurance/prescriptions", htmx=True)
    assert r.status_code == 200 and "<html" not in r.text and hi in r.text
    rid = r.text.split('data-row-id="')[1].split('"')[0]

    insurance.centre.review(hi, passed=True, opinion="符合医保支付范围")
    shown = await pages.submit(f"/admin/insurance/prescriptions/{rid}/refresh", {"what": "review"})
    assert shown.status_code == 200 and "审核结果查询完成：审核通过" in shown.text and "符合医保支付范围" in shown.text
    insurance.centre.fail_next("pickup_result", "SYSTEM_BUSY", "中心繁忙")
    shown = await pages.submit(f"/admin/insurance/prescriptions/{rid}/refresh", {"what": "pickup"})
    assert "中心繁忙" in shown.text or "拒绝" in shown.text

    amox = w.drugs["amoxicillin"]
    insurance.centre.add_drug(amox.insurance_code, "阿莫西林胶囊", "某品牌")
    r = await pages.get("/admin/insurance/catalogue?keyword=阿莫西林")
    assert r.status_code == 200 and amox.insurance_code in r.text and amox.code in r.text and "未对照" in r.text
    assert (await pages.get("/admin/insurance/catalogue")).status_code == 200


async def test_without_permission(client, w):
    pharmacist = Pages(client)
    await pharmacist.login(w.pharmacist.username)
    assert (await pharmacist.get("/admin/insurance/prescriptions")).status_code == 403
    assert (await pharmacist.get("/admin/insurance/catalogue")).status_code == 403
