"""The record-room console in a real browser (Debian's Chromium via Playwright, the real
server over TCP): the list with a colour per state, a filter, a request's identity
photos loading through signed links, passing it, a refused and then an accepted
PDF upload making it ready, and a batch rejection with a reason; what the pages
did is read back from the database."""
from __future__ import annotations

from playwright.async_api import expect

from core.records import service as records
from core.records.models import RecordRequest
from core.records.states import COLORS, State
from tests import factories
from tests.admin_web.test_browser import PHONE, _login, browser, page, server  # noqa: F401 (fixtures)
from tests.records.test_pages import _photo_request
from tests.records.test_service import submitted, world


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


async def test_the_record_room_reviews_uploads_and_batch_rejects(page, server):  # noqa: F811
    w = await world()
    target = await _photo_request(w)
    x, y = await submitted(w), await submitted(w, purpose="legal")
    done = await submitted(w)
    await records.review(actor=w.staff, request_id=done.id, approve=False, reason="非本人申请")
    await factories.record_staff(w.hospital, "records")

    await _login(page, server, "records")
    await page.wait_for_url(server + "/admin/")
    await expect(page.locator("#msg-badge b")).to_have_text("4")  # one message per new request
    await page.click("nav.nav >> text=病案申请")
    await page.wait_for_url(server + "/admin/records/requests")
    rows = page.locator("#list tbody tr[data-row-id]")
    await expect(rows).to_have_count(4)

    # Every state in its own colour: the computed backgrounds differ and are the states' colours.
    reviewing = page.locator(f"tr[data-row-id='{x.id}'] .rstate")
    rejected = page.locator(f"tr[data-row-id='{done.id}'] .rstate")
    await expect(reviewing).to_have_text("审核中")
    await expect(rejected).to_have_text("已拒绝")
    bg_reviewing = await reviewing.evaluate("e => getComputedStyle(e).backgroundColor")
    bg_rejected = await rejected.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg_reviewing != bg_rejected
    assert (bg_reviewing, bg_rejected) == (_rgb(COLORS[State.UNDER_REVIEW]), _rgb(COLORS[State.REJECTED]))

    # Filter by state: htmx swaps the list and keeps the filter in the address.
    await page.select_option("#f-state", "under_review")
    await page.click("form.filters button:has-text('查询')")
    await expect(rows).to_have_count(3)
    assert "state=under_review" in page.url

    # One request: the identity photos load through their signed links; pass it.
    await page.click(f"a:has-text('{target.number}')")
    await page.wait_for_url(f"{server}/admin/records/requests/{target.id}")
    for img in await page.locator("[data-identity] img").all():
        handle = await img.element_handle()
        await page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=handle)
    await expect(page.locator("[data-identity]")).to_contain_text("0.287")
    await page.click("button[data-action=approve]")
    await page.wait_for_url(f"{server}/admin/records/requests/{target.id}?done=approve")
    await expect(page.locator(".request-head .rstate")).to_have_text("复印中")

    # A file that is not a PDF is refused on the page; a real PDF makes the request ready.
    await page.set_input_files("#f-file", {"name": "scan.pdf", "mimeType": "application/pdf",
                                           "buffer": b"<html>this is not a pdf</html>"})
    await page.click("button[data-action=upload]")
    await expect(page.locator(".alert-error")).to_contain_text("不是有效的PDF")
    assert (await RecordRequest.get(id=target.id)).state == "in_preparation"
    await page.set_input_files("#f-file", {"name": "scan.pdf", "mimeType": "application/pdf",
                                           "buffer": factories.pdf_pages(2)})
    await page.click("button[data-action=upload]")
    await page.wait_for_url(f"{server}/admin/records/requests/{target.id}?done=upload")
    badge = page.locator(".request-head .rstate")
    await expect(badge).to_have_text("待下载")
    assert await badge.evaluate("e => getComputedStyle(e).backgroundColor") == _rgb(COLORS[State.READY])
    await expect(page.locator("[data-timeline] li")).to_have_count(5)
    # Readable on a phone: the detail does not scroll sideways.
    await page.set_viewport_size(PHONE)
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    await page.set_viewport_size({"width": 1280, "height": 900})

    # Batch: select the two left under review and reject them with a reason.
    await page.click("a:has-text('返回申请列表')")
    await page.wait_for_url(server + "/admin/records/requests")
    await page.check(f"input[name=ids][value='{x.id}']")
    await page.check(f"input[name=ids][value='{y.id}']")
    await expect(page.locator("[data-selected-count]")).to_have_text("2")
    await page.fill("input.batch-reason", "住院记录尚未归档，请出院7个工作日后再申请")
    await page.click("button[data-action=batch-reject]")
    outcome = page.locator("[data-outcome]")
    await expect(outcome).to_contain_text("批量拒绝")
    await expect(outcome.locator("[data-outcome-ok]")).to_have_text("2")
    await expect(page.locator(f"tr[data-row-id='{x.id}'] .rstate")).to_have_text("已拒绝")

    found = {r.id: r for r in await RecordRequest.all()}
    ready = found[target.id]
    assert (ready.state, ready.document_source) == ("ready", "upload") and ready.document_key
    for rid in (x.id, y.id):
        assert (found[rid].state, found[rid].reason) == ("rejected", "住院记录尚未归档，请出院7个工作日后再申请")
    assert found[done.id].reason == "非本人申请"
