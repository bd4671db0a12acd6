"""Every menu entry of the assessment administration pages opens for each role that is
shown it (no error page), and the roles not shown it do not see it."""
from __future__ import annotations

import re

from core.orgs.models import OrgKind
from tests import factories
from tests.admin_web.world import Pages, world

OURS = ("/admin/cycles", "/admin/bank", "/admin/blueprints", "/admin/makeup", "/admin/certificates",
        "/admin/applications", "/admin/designations", "/admin/bad-records", "/admin/imports")
EXPECTED = {
    "prov": set(OURS),
    "city": {"/admin/certificates", "/admin/applications", "/admin/designations", "/admin/bad-records",
             "/admin/imports"},
    "hosp": {"/admin/certificates", "/admin/bad-records"},
    "assess": {"/admin/certificates"},
}


async def test_each_role_opens_what_its_menu_offers(client):
    w = await world()
    await factories.admin(w.t.city_a, roles=("commission_admin",), username="city")
    await factories.org(w.t.county_a1, OrgKind.MEDICAL, "空医院")
    for i, (username, expected) in enumerate(EXPECTED.items()):
        pages = Pages(client, ip=f"10.30.0.{i + 1}")
        await pages.login(username)
        home = await pages.get("/admin/")
        offered = {href for href in re.findall(r'<nav class="nav"[^>]*>(.*?)</nav>', home.text, re.S)[0]
                   .split('href="')[1:] for href in [href.split('"')[0]] if href in OURS}
        assert offered == expected, username
        for href in sorted(offered):
            page = await pages.get(href)
            assert page.status_code == 200, (username, href, page.text[:500])
            assert 'class="active"' in page.text and "error-page" not in page.text, (username, href)
