"""Console pages of assessment cycles: create, settings as versions with their differences,
frozen once open, open and close; province only."""
from __future__ import annotations

from core.assessment.models import Cycle, CycleSettings, CycleStatus
from tests.admin_web.world import Pages, world

SETTINGS = {"filing_starts": "2026-01-01", "filing_ends": "2026-06-30", "makeup_starts": "2026-11-01",
            "makeup_ends": "2026-12-31", "procedures_allowed": ["general", "simple"], "pass_mark": "60",
            "simple_requires_exam": "false", "exam_blueprint_ref": "", "content": "业务水平测评"}


async def test_province_creates_edits_and_opens_a_cycle(client):
    await world(open_cycle=False)
    pages = Pages(client)
    await pages.login("prov")
    home = await pages.get("/admin/")
    assert 'href="/admin/cycles"' in home.text
    empty = await pages.get("/admin/cycles")
    assert empty.status_code == 200 and "还没有考核周期" in empty.text

    r = await pages.post("/admin/cycles/new", {"code": "2026", "name": "2026年度定期考核", **SETTINGS})
    assert r.status_code == 303
    cycle = await Cycle.get(code="2026")
    assert r.headers["location"] == f"/admin/cycles/{cycle.id}?notice=created"
    page = await pages.get(r.headers["location"])
    assert "考核周期已新建" in page.text and "一般程序、简易程序" in page.text and "初始设置" in page.text

    # A new version with what changed, the first one kept.
    changed = {**SETTINGS, "pass_mark": "70", "procedures_allowed": ["general", "simple", "exempt"]}
    r = await pages.post(f"/admin/cycles/{cycle.id}/settings", changed)
    assert r.status_code == 303 and r.headers["location"].endswith("notice=saved")
    rows = await CycleSettings.filter(cycle_id=cycle.id).order_by("version")
    assert [r.settings["pass_mark"] for r in rows] == [60, 70]
    page = await pages.get(f"/admin/cycles/{cycle.id}")
    assert "第 2 版" in page.text and 'data-changed="合格分数线"' in page.text
    assert "<del>60.0</del>" in page.text or "<del>60</del>" in page.text
    assert 'data-changed="适用考核程序"' in page.text and 'data-changed="填报截止日期"' not in page.text

    # A refused form keeps what was typed and says why, next to the field.
    r = await pages.post(f"/admin/cycles/{cycle.id}/settings", {**SETTINGS, "procedures_allowed": []})
    assert r.status_code == 422 and 'data-error-for="procedures_allowed"' in r.text
    r = await pages.post(f"/admin/cycles/{cycle.id}/settings", {**SETTINGS, "filing_ends": "2025-01-01"})
    assert r.status_code == 422 and "填报截止日期不能早于开始日期" in r.text and 'value="2025-01-01"' in r.text
    assert await CycleSettings.filter(cycle_id=cycle.id).count() == 2

    r = await pages.post(f"/admin/cycles/{cycle.id}/open")
    assert r.status_code == 303 and (await Cycle.get(id=cycle.id)).status == CycleStatus.OPEN
    page = await pages.get(f"/admin/cycles/{cycle.id}")
    assert "设置已冻结" in page.text and f"/admin/cycles/{cycle.id}/settings" not in page.text
    # Frozen: the service refuses, the page says so; nothing written.
    r = await pages.post(f"/admin/cycles/{cycle.id}/settings", changed)
    assert r.status_code == 409 and "设置已冻结" in r.text
    assert await CycleSettings.filter(cycle_id=cycle.id).count() == 2

    # A second cycle cannot open while one is open.
    r = await pages.post("/admin/cycles/new", {"code": "2027", "name": "2027年度", **SETTINGS})
    second = await Cycle.get(code="2027")
    r = await pages.post(f"/admin/cycles/{second.id}/open")
    assert r.status_code == 409 and "已有正在进行的考核周期" in r.text
    r = await pages.post(f"/admin/cycles/{cycle.id}/close")
    assert r.status_code == 303 and (await Cycle.get(id=cycle.id)).status == CycleStatus.CLOSED
    assert "考核周期已结束" in (await pages.get(r.headers["location"])).text


async def test_duplicate_code_and_navigation(client):
    w = await world()
    pages = Pages(client)
    await pages.login("prov")
    r = await pages.post("/admin/cycles/new", {"code": "2026", "name": "重复", **SETTINGS})
    assert r.status_code == 409 and "周期编号已存在" in r.text and 'value="重复"' in r.text
    page = await pages.get(f"/admin/cycles/{w.cycle.id}")
    assert 'href="/admin/cycles" class="active"' in page.text  # the section of a detail page

    hosp = Pages(client, ip="10.20.0.2")
    await hosp.login("hosp")
    home = await hosp.get("/admin/")
    assert 'href="/admin/cycles"' not in home.text
    r = await hosp.get("/admin/cycles/new")
    assert r.status_code == 403
    r = await hosp.post(f"/admin/cycles/{w.cycle.id}/close")
    assert r.status_code == 403 and (await Cycle.get(id=w.cycle.id)).status == CycleStatus.OPEN
