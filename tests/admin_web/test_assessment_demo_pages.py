"""The assessment administration pages on the demo data (core/demo): every entry of
these pages in each demo account's menu opens filled, and the province's detail pages
(a cycle, a blueprint with its check, a question and a group of the bank, the import
centre) show the demo's content. The console-wide walk of every menu is elsewhere; this
one reads the content these pages promise."""
from __future__ import annotations

import re

from core import demo
from core.assessment.models import Cycle, CycleStatus
from core.demo import catalog
from core.exam.models import Blueprint, Question, QuestionGroup
from tests.admin_web.world import Pages

OURS = ("/admin/cycles", "/admin/bank", "/admin/blueprints", "/admin/makeup", "/admin/certificates",
        "/admin/applications", "/admin/designations", "/admin/bad-records", "/admin/imports")


def _menu(html: str) -> list[str]:
    nav = re.search(r'<nav class="nav"[^>]*>(.*?)</nav>', html, re.S).group(1)
    return re.findall(r'href="([^"]+)"', nav)


async def test_demo_accounts_open_their_assessment_pages(client):
    await demo.seed(physicians=20, patients=4)
    seen: set[str] = set()
    for i, username in enumerate(catalog.ACCOUNTS):
        pages = Pages(client, ip=f"10.40.0.{i + 1}")
        r = await pages.login(username, demo.DEMO_PASSWORD)
        assert r.status_code == 303, username
        for href in [h for h in _menu((await pages.get("/admin/")).text) if h in OURS]:
            page = await pages.get(href)
            assert page.status_code == 200 and "error-page" not in page.text, (username, href)
            # make-up and certificates depend on who failed or passed in this district
            assert 'class="empty"' not in page.text or href in ("/admin/makeup", "/admin/certificates"), \
                (username, href)
            seen.add(href)
    assert {"/admin/cycles", "/admin/bank", "/admin/blueprints", "/admin/certificates", "/admin/imports"} <= seen

    pages = Pages(client, ip="10.40.1.1")
    await pages.login("province", demo.DEMO_PASSWORD)
    cycle = await Cycle.get(status=CycleStatus.OPEN)
    page = await pages.get(f"/admin/cycles/{cycle.id}")
    assert cycle.name in page.text and "设置已冻结" in page.text and "data-blueprint=" in page.text
    for bp in await Blueprint.filter(cycle_id=cycle.id):
        page = await pages.get(f"/admin/blueprints/{bp.id}")
        assert 'data-check="ok"' in page.text, bp.specialty  # every demo physician can start an exam
    for qtype in ("A1", "A2", "X"):
        q = await Question.filter(qtype=qtype, group_id=None).first()
        assert q is not None and (await pages.get(f"/admin/bank/questions/{q.id}")).status_code == 200
    for kind in ("A3", "A4", "B1"):
        g = await QuestionGroup.filter(kind=kind).first()
        page = await pages.get(f"/admin/bank/groups/{g.id}")
        assert page.status_code == 200 and "第 2 小题" in page.text, kind
    bank = await pages.get("/admin/bank?qtype=B1")
    assert "题组" in bank.text and 'class="empty"' not in bank.text
    certificates = await pages.get("/admin/certificates")
    assert "data-print-one" in certificates.text
