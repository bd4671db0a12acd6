"""就医助手 机构接入 (/admin/visits/institutions/…), driven through the served app as a browser without
JavaScript does: a city's administrator opens 机构接入 (its two hospitals with switches and health,
not another city's; the chart's JSON), changes a hospital's switches and connection (written; refused
forms keep what was typed, nothing written), tests the connection (the result shown), rotates the
webhook secret (shown once, never in a URL). Another city's hospital answers like a missing one."""
from __future__ import annotations

import re

from core.visits.models import HisConnection
from tests import factories
from tests.admin_web.test_visits_pages import _pages, _world


async def test_menu_entry(client):
    t, *_ = await _world()
    pages = await _pages(client, t.city_a)
    assert 'href="/admin/visits/institutions"' in (await pages.get("/admin/")).text
    viewer = await _pages(client, t.city_a, roles=("viewer",))
    assert 'href="/admin/visits/institutions"' not in (await viewer.get("/admin/")).text
    assert (await viewer.get("/admin/visits/institutions")).status_code == 403


async def test_institutions_switches_connection_test_and_secret(client):
    t, a1, a2, b1 = await _world()
    await factories.quarantined_event(t.hospital_a1)
    pages = await _pages(client, t.city_a)

    r = await pages.get("/admin/visits/institutions")
    assert r.status_code == 200
    assert t.hospital_a1.name in r.text and t.hospital_a2.name in r.text and t.hospital_b1.name not in r.text
    row = re.search(rf'<tr data-institution="{t.hospital_a1.id}" data-configured="yes">(.*?)</tr>', r.text,
                    re.S).group(1)
    assert 'data-switch="assistant">已开通' in row and '<td class="num" data-received>12</td>' in row
    assert f'href="/admin/visits/quarantine?institution_id={t.hospital_a1.id}">1</a>' in row
    assert 'data-chart="visits_health"' in r.text
    chart = (await pages.get("/admin/visits/institutions/health.json")).json()
    by_name = {i["institution"]: i for i in chart["institutions"]}
    assert set(by_name) == {t.hospital_a1.name, t.hospital_a2.name}
    assert by_name[t.hospital_a1.name]["received"] == 12 and by_name[t.hospital_a1.name]["quarantined"] == 1

    here = f"/admin/visits/institutions/{t.hospital_a2.id}"
    page = await pages.get(here)
    assert page.status_code == 200 and 'data-action="test"' in page.text and "whsec" not in page.text
    r = await pages.submit(here, {"assistant_enabled": "1", "accompany_enabled": "1", "adapter": "demo",
                                  "mode": "amqp", "queue": "his.visits.a2", "poll_seconds": "60"})
    assert r.posted.status_code == 303 and r.posted.headers["location"].startswith(here)
    assert "接入设置已保存" in r.text
    c = await HisConnection.get(id=a2.id)
    assert (c.assistant_enabled, c.accompany_enabled, c.mode, c.queue, c.poll_seconds) == (
        True, True, "amqp", "his.visits.a2", 60)

    # Refused forms: the message beside the field, what was typed kept, nothing written.
    r = await pages.submit(here, {"assistant_enabled": "1", "adapter": "demo", "mode": "poll", "poll_seconds": "2"})
    assert r.posted.status_code == 303 and 'data-error-for="poll_seconds"' in r.text
    r = await pages.submit(here, {"assistant_enabled": "1", "adapter": "demo", "mode": "amqp", "queue": "",
                                  "poll_seconds": "30"})
    assert r.posted.status_code == 303 and 'data-error-for="queue"' in r.text and "队列" in r.text
    assert (await HisConnection.get(id=a2.id)).poll_seconds == 60

    r = await pages.submit(f"{here}/test")
    assert r.posted.status_code == 303 and "data-test-result=" in r.text and "测试连接" in r.text

    r = await pages.submit(f"{here}/secret")
    assert r.posted.status_code == 303
    secret = re.search(r'<p class="mono secret-value" data-secret>([^<]+)</p>', r.text).group(1).strip()
    assert len(secret) >= 16
    assert secret not in r.posted.headers["location"]
    again = await pages.get(r.posted.headers["location"])  # shown once: a reload shows nothing
    assert secret not in again.text and "data-secret-once" not in again.text

    # Another city's hospital answers like a missing one, and nothing is written there.
    assert (await pages.get(f"/admin/visits/institutions/{t.hospital_b1.id}")).status_code == 404
    r = await pages.post(f"/admin/visits/institutions/{t.hospital_b1.id}", {"mode": "poll", "adapter": "demo"})
    assert r.status_code in (303, 404)
    assert (await HisConnection.get(id=b1.id)).mode == "webhook"


