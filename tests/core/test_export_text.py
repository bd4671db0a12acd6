"""Stored text with control characters (the fuzzer typed them into a name) still exports (issue 9 fuzz finding)."""
from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from core import imports
from core.orgs.models import OrgKind
from tests import factories as f


async def test_export_drops_characters_a_worksheet_cannot_hold(client):
    t = await f.tree()
    boss = await f.admin(t.province)
    await f.org(t.county_a1, OrgKind.MEDICAL, name="坏\x1e名\x00医院")
    await f.login(client, boss.username)
    r = await client.get("/api/admin/v1/subordinates/export")
    assert r.status_code == 200, r.text
    cells = [c for row in load_workbook(io.BytesIO(r.content)).active.iter_rows(values_only=True) for c in row]
    assert "坏名医院" in cells


@pytest.mark.nodb
def test_import_report_drops_them_too():
    row = imports.RowReport(row=2, values={"名称": "坏\x1e名"}, errors=[imports.RowError("名称", "无效\x07")])
    data = imports.report_xlsx(imports.ImportReport(ok=False, rows=[row], columns=["名称"]))
    cells = [c for row in load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True) for c in row]
    assert "坏名" in cells and "名称：无效" in cells
