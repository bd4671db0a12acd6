"""Certificate pages: the cycle's certifiable physicians with filters, one certificate or
the selected ones as one PDF (issued on first print), by scope."""
from __future__ import annotations

from core.assessment.models import Certificate, Enrolment
from tests import factories
from tests.admin_web.world import Pages, world


async def _done(w, name: str, result: str = "pass", institution=None) -> Enrolment:
    inst = institution or w.t.hospital_a1
    doc = await factories.physician(inst, name=name)
    return await Enrolment.create(cycle_id=w.cycle.id, physician_id=doc.id, institution_id=inst.id,
                                  confirmed=True, state="approved", procedure="general", exam_score=80,
                                  result=result)


async def test_institution_prints_one_and_a_batch(client):
    w = await world()
    a = await _done(w, "合格甲")
    b = await _done(w, "合格乙", "makeup_pass")
    failed = await _done(w, "不合格丙", "fail")
    other = await _done(w, "外院丁", institution=w.t.hospital_b1)
    pages = Pages(client)
    await pages.login("hosp")
    assert 'href="/admin/certificates"' in (await pages.get("/admin/")).text
    page = await pages.get("/admin/certificates")
    assert f'data-row-id="{a.id}"' in page.text and f'data-row-id="{b.id}"' in page.text
    assert f'data-row-id="{failed.id}"' not in page.text and f'data-row-id="{other.id}"' not in page.text
    assert "未签发" in page.text

    one = await pages.get(f"/admin/certificates/{a.id}/pdf")
    assert one.status_code == 200 and one.headers["content-type"] == "application/pdf"
    assert one.content.startswith(b"%PDF") and await Certificate.exists(enrolment_id=a.id)
    listed = await pages.get("/admin/certificates?issued=yes")
    assert f'data-row-id="{a.id}"' in listed.text and f'data-row-id="{b.id}"' not in listed.text

    both = await pages.get(f"/admin/certificates/batch.pdf?cycle_id={w.cycle.id}&ids={a.id}&ids={b.id}")
    assert both.status_code == 200 and both.content.startswith(b"%PDF")
    assert await Certificate.filter(enrolment_id__in=[a.id, b.id]).count() == 2

    # Another institution's or an uncertifiable enrolment: refused, nothing issued.
    r = await pages.get(f"/admin/certificates/{other.id}/pdf")
    assert r.status_code == 404 and not await Certificate.exists(enrolment_id=other.id)
    r = await pages.get(f"/admin/certificates/batch.pdf?cycle_id={w.cycle.id}&ids={failed.id}")
    assert r.status_code in (404, 409, 422) and not await Certificate.exists(enrolment_id=failed.id)
    r = await pages.get("/admin/certificates/batch.pdf")
    assert r.status_code == 422


async def test_province_sees_every_institution(client):
    w = await world()
    a = await _done(w, "合格甲")
    other = await _done(w, "外院丁", institution=w.t.hospital_b1)
    pages = Pages(client)
    await pages.login("prov")
    page = await pages.get(f"/admin/certificates?institution_id={w.t.hospital_b1.id}")
    assert f'data-row-id="{other.id}"' in page.text and f'data-row-id="{a.id}"' not in page.text
    assert "未选则打印本机构" in page.text
