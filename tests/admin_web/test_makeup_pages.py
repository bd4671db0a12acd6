"""Make-up confirmation page of the province: who is listed, batch confirm / refuse with
each row's outcome shown after the redirect, counts read again; province only."""
from __future__ import annotations

import re

from core.assessment.models import Enrolment
from tests import factories
from tests.admin_web.world import Pages, world


async def _listed(w, name: str) -> Enrolment:
    doc = await factories.physician(w.t.hospital_a1, name=name)
    return await Enrolment.create(cycle_id=w.cycle.id, physician_id=doc.id, institution_id=w.t.hospital_a1.id,
                                  confirmed=True, state="approved", procedure="general", exam_score=41,
                                  makeup="listed")


async def test_province_confirms_and_refuses_make_up_in_batch(client):
    w = await world()
    a, b, c = [await _listed(w, n) for n in ("补考甲", "补考乙", "补考丙")]
    pages = Pages(client)
    await pages.login("prov")
    assert 'href="/admin/makeup"' in (await pages.get("/admin/")).text
    page = await pages.get("/admin/makeup")
    assert page.status_code == 200 and all(f'data-row-id="{e.id}"' in page.text for e in (a, b, c))
    assert re.search(r'<span class="stat-number">3</span><span class="stat-label">待确认', page.text)

    # Confirming two (one of them already decided by someone else meanwhile): row by row.
    await Enrolment.filter(id=b.id).update(makeup="refused")
    r = await pages.post("/admin/makeup", {"decision": "confirm", "ids": [a.id, b.id], "cycle_id": str(w.cycle.id),
                                           "makeup": "listed", f"label_{a.id}": "补*甲", f"label_{b.id}": "补*乙"})
    assert r.status_code == 303 and "outcome=" in r.headers["location"]
    shown = await pages.get(r.headers["location"])
    assert 'data-outcome-ok>1<' in shown.text and 'data-outcome-failed>1<' in shown.text
    assert "该医师不在补考名单中" in shown.text and "补*乙" in shown.text
    assert (await Enrolment.get(id=a.id)).makeup == "confirmed"
    assert f'data-row-id="{a.id}"' not in shown.text and f'data-row-id="{c.id}"' in shown.text
    assert re.search(r'<span class="stat-number">1</span><span class="stat-label">待确认', shown.text)
    # Shown once: a reload is the plain list.
    assert "data-outcome" not in (await pages.get(r.headers["location"])).text

    r = await pages.post("/admin/makeup", {"decision": "refuse", "ids": [c.id], "cycle_id": str(w.cycle.id)})
    assert r.status_code == 303
    row = await Enrolment.get(id=c.id)
    assert row.makeup == "refused" and row.result == "fail"
    done = await pages.get("/admin/makeup?makeup=refused")
    assert f'data-row-id="{c.id}"' in done.text and "不允许补考" in done.text

    r = await pages.post("/admin/makeup", {"decision": "confirm"})
    assert r.status_code == 303 and "请先勾选医师" in (await pages.get(r.headers["location"])).text


async def test_make_up_is_the_province_s(client):
    w = await world()
    row = await _listed(w, "补考丁")
    hosp = Pages(client)
    await hosp.login("hosp")
    assert 'href="/admin/makeup"' not in (await hosp.get("/admin/")).text
    assert (await hosp.get("/admin/makeup")).status_code == 403
    r = await hosp.post("/admin/makeup", {"decision": "confirm", "ids": [row.id]})
    assert r.status_code == 403 and (await Enrolment.get(id=row.id)).makeup == "listed"
