"""审方管理 over JSON and as console pages: the list with filters (checkboxes among them), the capped
total's shape, the link to the pharmacist's review page, export, the statistics page with its charts'
JSON, the menu entry for rx.read and 403 without it."""
from __future__ import annotations

import io

from openpyxl import load_workbook

from core.rx.models import RxReview
from tests import factories
from tests.admin_web.world import Pages
from tests.rx.test_console import _set

API = "/api/admin/v1/rx/console"


async def test_json_api(client):
    s = await _set()
    async with factories.AdminSession(client, s.w.pharmacist.username) as a:
        r = await a.get(f"{API}/prescriptions")
        assert r.status_code == 200, r.text
        body = r.json()
        assert [i["id"] for i in body["items"]] == [s.p3.id, s.p2.id, s.p1.id, s.p4.id]
        assert body["total"] == 4 and body["total_capped"] is False
        r = await a.get(f"{API}/prescriptions", params={"drug": "甲硝唑", "problem": "true", "diagnosis": "O21"})
        assert [i["id"] for i in r.json()["items"]] == [s.p2.id]
        assert r.json()["items"][0]["review_url"] == f"/admin/rx/review/{s.p2.id}"
        r = await a.get(f"{API}/prescriptions", params={"pharmacist": "王", "page_size": 1})
        assert r.json()["total"] == 1
        for bad in ({"state": "nonsense"}, {"drug": "x" * 65}, {"date_from": "2026-05-02", "date_to": "2026-05-01"},
                    {"doctor_id": "0"}, {"modified": "maybe"}):
            r = await a.get(f"{API}/prescriptions", params=bad)
            assert r.status_code == 422, (bad, r.status_code)
        r = await a.get(f"{API}/prescriptions/export", params={"modified": "true"})
        assert r.status_code == 200
        rows = list(load_workbook(io.BytesIO(r.content)).worksheets[0].iter_rows(values_only=True))
        assert [row[0] for row in rows[1:]] == [s.p3.number]
        r = await a.get(f"{API}/stats")
        assert r.status_code == 200 and r.json()["summary"]["signed"] == 3
        r = await a.get(f"{API}/stats/export", params={"table": "days"})
        assert r.status_code == 200 and "rx-review-days-" in r.headers["content-disposition"]
        assert (await a.get(f"{API}/stats", params={"date_from": "2025-01-01", "date_to": "2026-06-01"})) \
            .status_code == 422
    async with factories.AdminSession(client, (await _clerk(s)).username) as a:
        assert (await a.get(f"{API}/prescriptions")).status_code == 403


async def _clerk(s):
    from core.accounts.models import AdminAccount

    return await AdminAccount.get(id=s.w.pharmacy_actor.id)


async def test_pages(client):
    s = await _set()
    await RxReview.create(prescription_id=s.p2.id, kind="pharmacist", decision="reject", reasons=["dose"],
                          pharmacist_id=s.wang.id, pharmacist_name="王药师")
    pages = Pages(client)
    await pages.login(s.w.pharmacist.username)
    home = await pages.get("/admin/")
    assert 'href="/admin/rx/console"' in home.text and "/admin/dicts/medical" not in home.text
    r = await pages.get("/admin/rx/console")
    assert r.status_code == 200
    for p in (s.p1, s.p2, s.p3, s.p4):
        assert f'data-row-id="{p.id}"' in r.text
    assert f'href="/admin/rx/review/{s.p2.id}"' in r.text and 'name="modified"' in r.text
    r = await pages.get("/admin/rx/console?problem=true&drug=甲硝唑", htmx=True)
    assert r.status_code == 200 and r.text.lstrip().startswith('<div id="list"')
    assert f'data-row-id="{s.p2.id}"' in r.text and f'data-row-id="{s.p1.id}"' not in r.text
    r = await pages.get("/admin/rx/console?modified=true")
    assert f'data-row-id="{s.p3.id}"' in r.text and f'data-row-id="{s.p2.id}"' not in r.text
    assert 'data-filter="modified" checked' in r.text
    assert (await pages.get("/admin/rx/console?state=rocket")).status_code == 422
    r = await pages.get("/admin/rx/console/export?diagnosis=O21")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxml")
    r = await pages.get("/admin/rx/console/stats")
    assert r.status_code == 200 and 'data-chart="rx_reasons"' in r.text and 'data-figure="signed">3<' in r.text
    r = await pages.get("/admin/rx/console/stats/charts.json")
    assert r.status_code == 200 and [x["key"] for x in r.json()["reasons"]] == ["dose"]
    assert (await pages.get("/admin/rx/console/stats/export?table=pharmacists")).status_code == 200
    assert (await pages.get("/admin/static/app/rx-console.js")).status_code == 200
