"""三大字典 over JSON and as console pages: list with filters, create (409 on a taken code, 422 with
the field), edit, batch enable/disable with each row's outcome, export; the page's tabs, filters,
batch actions and forms; the menu entry only for `dicts.medical`."""
from __future__ import annotations

import io

from openpyxl import load_workbook

from core.dicts.models import ChargeItem, Drug
from tests import factories
from tests.admin_web.world import Pages, world

API = "/api/admin/v1/dicts/medical"
DRUG = dict(code="YP001", kind="western", generic_name="阿莫西林胶囊", form="胶囊", strength="0.25g*24粒",
            strength_value="250", dose_unit="mg", unit="盒", pack_size=24, route="口服", price_fen=1850)


async def _tree_of_hosp():
    from core.accounts.models import AdminAccount

    return await (await AdminAccount.get(username="hosp")).org


async def test_json_api(client):
    await world()
    await factories.rx_drug("danggui")
    async with factories.AdminSession(client, "hosp") as s:
        r = await s.post(f"{API}/drugs", json=DRUG)
        assert r.status_code == 201, r.text
        drug_id = r.json()["id"]
        r = await s.post(f"{API}/drugs", json=DRUG)
        assert r.status_code == 409 and r.json()["code"] == "dicts.medical_code_taken"
        r = await s.post(f"{API}/drugs", json={**DRUG, "code": "YP002", "price_fen": -1, "kind": "rocket"})
        assert r.status_code == 422
        assert {e["path"] for e in r.json()["details"]["errors"]} == {"price_fen", "kind"}
        r = await s.post(f"{API}/drugs", json={**DRUG, "code": "Y" * 33})
        assert r.status_code == 422
        r = await s.client.patch(f"{API}/drugs/{drug_id}", json={"price_fen": 1990, "code": "X"},
                                 headers={"X-CSRF-Token": s.csrf})
        assert r.status_code == 422  # the code is not editable
        r = await s.client.patch(f"{API}/drugs/{drug_id}", json={"price_fen": 1990},
                                 headers={"X-CSRF-Token": s.csrf})
        assert r.status_code == 200 and r.json()["price_fen"] == 1990
        r = await s.get(f"{API}/drugs?q=amxl")
        assert r.json()["total"] == 0
        r = await s.get(f"{API}/drugs?kind=herbal")
        assert [d["generic_name"] for d in r.json()["items"]] == ["当归"]
        r = await s.post(f"{API}/drugs/enabled", json={"ids": [drug_id, 987654], "enabled": False})
        assert r.status_code == 200 and (r.json()["ok"], r.json()["failed"]) == (1, 1)
        assert not (await Drug.get(id=drug_id)).enabled
        r = await s.get(f"{API}/drugs?enabled=false")
        assert [d["id"] for d in r.json()["items"]] == [drug_id]
        r = await s.post(f"{API}/drugs/enabled", json={"ids": list(range(1, 300)), "enabled": False})
        assert r.status_code == 422
        r = await s.post(f"{API}/diagnoses", json={"code": "O21.0", "name": "轻度妊娠剧吐"})
        assert r.status_code == 201
        r = await s.post(f"{API}/diagnoses", json={"code": "o21", "name": "x"})
        assert r.status_code == 422
        r = await s.post(f"{API}/charge_items", json={"code": "PSF", "name": "配送费", "category": "delivery",
                                                      "price_fen": 1000})
        assert r.status_code == 201 and r.json()["unit"] == "次"
        r = await s.get(f"{API}/charge_items/export.xlsx?category=delivery")
        assert r.status_code == 200
        rows = list(load_workbook(io.BytesIO(r.content)).worksheets[0].iter_rows(values_only=True))
        assert rows[1][:5] == ("PSF", "配送费", "配送", "次", "10.00")
        assert (await s.get(f"{API}/nothing")).status_code == 404
    w = await _tree_of_hosp()
    await factories.admin(w, roles=("pharmacist",), username="yaoshi")
    async with factories.AdminSession(client, "yaoshi") as s:
        assert (await s.get(f"{API}/drugs")).status_code == 403
        assert (await s.post(f"{API}/drugs", json={**DRUG, "code": "Z1"})).status_code == 403


async def test_pages_tabs_filters_batch_and_forms(client):
    await world()
    for key in ("amoxicillin", "paracetamol", "danggui"):
        await factories.rx_drug(key)
    item = await ChargeItem.create(code="L001", name="血常规", category="lab", price_fen=2000)
    pages = Pages(client)
    await pages.login("hosp")
    home = await pages.get("/admin/")
    assert 'href="/admin/dicts/medical"' in home.text
    r = await pages.get("/admin/dicts/medical")
    assert r.status_code == 200 and "阿莫西林胶囊" in r.text and 'data-tab="diagnoses"' in r.text
    r = await pages.get("/admin/dicts/medical/drugs?kind=herbal")
    assert "当归" in r.text and "阿莫西林胶囊" not in r.text
    r = await pages.get("/admin/dicts/medical/drugs?q=对乙酰", htmx=True)
    assert r.status_code == 200 and r.text.lstrip().startswith("<div id=\"list\"") and "对乙酰氨基酚片" in r.text
    assert (await pages.get("/admin/dicts/medical/drugs?kind=rocket")).status_code == 422
    assert (await pages.get("/admin/dicts/medical/nonsense")).status_code == 404

    ids = [d.id for d in await Drug.filter(knowledge_key__in=["amoxicillin", "paracetamol"])]
    r = await pages.submit("/admin/dicts/medical/drugs/enabled", {"to": "disable", "ids": ids, "kind": "western"})
    assert r.posted.status_code == 303 and "kind=western" in r.posted.headers["location"]
    assert "批量停用" in r.text and "data-outcome-ok>2<" in r.text
    assert await Drug.filter(enabled=False).count() == 2
    r = await pages.submit("/admin/dicts/medical/drugs/enabled", {"to": "enable", "ids": [ids[0]]}, htmx=True)
    assert "批量启用" in r.text and await Drug.filter(enabled=False).count() == 1
    r = await pages.post("/admin/dicts/medical/drugs/enabled", {"to": "enable"}, htmx=True)
    assert r.status_code == 422 and "请先勾选" in r.text

    r = await pages.get("/admin/dicts/medical/charge_items/new")
    assert r.status_code == 200 and 'name="category"' in r.text
    form = {"code": "L001", "name": "血常规2", "category": "lab", "unit": "次", "price_fen": "20.5",
            "enabled": "true"}
    r = await pages.post("/admin/dicts/medical/charge_items/new", form)
    assert r.status_code == 409 and "已有编码 L001" in r.text
    r = await pages.post("/admin/dicts/medical/charge_items/new", {**form, "code": "L009", "price_fen": "abc"})
    assert r.status_code == 422 and 'data-error-for="price_fen"' in r.text
    r = await pages.submit("/admin/dicts/medical/charge_items/new", {**form, "code": "L009"})
    assert r.posted.status_code == 303 and "已新增" in r.text
    assert (await ChargeItem.get(code="L009")).price_fen == 2050
    r = await pages.get(f"/admin/dicts/medical/charge_items/{item.id}")
    assert 'value="20.00"' in r.text
    r = await pages.submit(f"/admin/dicts/medical/charge_items/{item.id}",
                           {"name": "血常规（五分类）", "category": "lab", "unit": "次", "price_fen": "25",
                            "enabled": "false"})
    assert r.posted.status_code == 303
    got = await ChargeItem.get(id=item.id)
    assert (got.name, got.price_fen, got.enabled, got.code) == ("血常规（五分类）", 2500, False, "L001")
    r = await pages.get("/admin/dicts/medical/diagnoses/export.xlsx")
    assert r.status_code == 200
    r = await pages.get("/admin/imports/drugs")
    assert r.status_code == 200 and "导入药品字典" in r.text


async def test_menu_only_with_the_permission(client):
    t = await factories.tree()
    await factories.admin(t.hospital_a1, roles=("pharmacist",), username="yaoshi")
    pages = Pages(client)
    await pages.login("yaoshi")
    home = await pages.get("/admin/")
    assert "/admin/dicts/medical" not in home.text
    assert (await pages.get("/admin/dicts/medical")).status_code == 403
