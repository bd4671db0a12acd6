"""Downloading a record copy: short-lived signed links, the watermark on every page,
counting and audit, expiry of the link and of the copy, tampering, and the sweep."""
from __future__ import annotations

import datetime as dt
import io
import time

import pytest
from pypdf import PdfReader

from core.audit.models import AuditLog
from core.db import utcnow
from core.errors import AppError, NotFound
from core.family.models import GrantAccess
from core.notify.models import Message
from core.records import service as records
from core.records.errors import CopyExpired, IllegalTransition
from core.records.models import RecordRequest
from media import links
from tests import factories
from tests.records.test_service import submitted, world


async def ready(w, *, pages: int = 3, rotate: int = 0, size=(595, 842)) -> RecordRequest:
    req = await submitted(w)
    await records.review(actor=w.staff, request_id=req.id, approve=True)
    await records.upload_copy(actor=w.staff, request_id=req.id, pdf=factories.pdf_pages(pages, size=size,
                                                                                         rotate=rotate))
    return await RecordRequest.get(id=req.id)


def _token(url: str) -> str:
    return url.rsplit("/", 1)[-1]


def _texts(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


async def test_the_copy_carries_the_watermark_on_every_page_and_downloads_are_counted():
    w = await world()
    row = await ready(w, pages=4)
    link = await records.download_link(actor=w.me.actor, request_id=row.id)
    assert link.url.startswith("/api/mp/v1/records/copies/record_copy.") and link.expires_in == 600
    name, pdf = await records.download(token=_token(link.url))
    assert name == f"{row.number}.pdf"
    texts = _texts(pdf)
    assert len(texts) == 4
    for i, text in enumerate(texts):  # every page: its own content, the number, the masked requester, the time
        assert f"Scanned page {i + 1} of 4" in text
        assert row.number in text and "王*明" in text and utcnow().astimezone(records.CHINA).strftime("%Y-%m-%d") in text
        assert "王小明" not in text
    after = await RecordRequest.get(id=row.id)
    assert after.state == "downloaded" and after.download_count == 1
    # Later downloads are allowed until the copy expires; each is counted and audited.
    await records.download(token=_token(link.url))
    after = await RecordRequest.get(id=row.id)
    assert after.state == "downloaded" and after.download_count == 2
    logs = await AuditLog.filter(action="records.download").order_by("seq")
    assert [log.after["count"] for log in logs] == [1, 2]
    assert logs[0].actor_type == "mp" and logs[0].actor_id == str(w.me.actor.id)  # who the link was made for
    assert row.number in logs[0].after["watermark"]
    assert await AuditLog.filter(action="records.download_link").count() == 1
    titles = [m.title for m in await Message.filter(account_id=w.me.actor.id).order_by("id")]
    assert titles[-1] == "病案复印申请已下载" and titles.count("病案复印申请已下载") == 1


async def test_rotated_and_odd_sized_pages_are_stamped_too():
    w = await world()
    row = await ready(w, pages=2, rotate=90, size=(842, 595))
    link = await records.download_link(actor=w.me.actor, request_id=row.id)
    _, pdf = await records.download(token=_token(link.url))
    assert all(row.number in t for t in _texts(pdf))


async def test_an_expired_link_is_410_and_a_tampered_one_403():
    w = await world()
    row = await ready(w, pages=1)
    old = links.sign(row.document_key, purpose="record_copy", ttl_seconds=60, now=time.time() - 3600)
    with pytest.raises(links.LinkExpired) as exc:
        await records.download(token=old)
    assert exc.value.status == 410 and exc.value.code == "media.link_expired"
    good = _token((await records.download_link(actor=w.me.actor, request_id=row.id)).url)
    purpose, key, expires, sig = good.split(".")
    tampered = [f"{purpose}.{key}.{int(expires) + 86400}.{sig}",  # a longer life
                f"{purpose}.{key}.{expires}.{sig[:-1]}{'0' if sig[-1] != '0' else '1'}",
                f"proctor_photo.{key}.{expires}.{sig}", "record_copy.nonsense"]
    for token in tampered:
        with pytest.raises(links.LinkInvalid) as exc:
            await records.download(token=token)
        assert exc.value.status == 403
    assert (await RecordRequest.get(id=row.id)).download_count == 0


async def test_the_copy_expires_and_the_sweep_marks_it():
    w = await world()
    row = await ready(w, pages=1)
    link = await records.download_link(actor=w.me.actor, request_id=row.id)
    await RecordRequest.filter(id=row.id).update(expires_at=utcnow() - dt.timedelta(minutes=1))
    with pytest.raises(CopyExpired) as exc:  # the link is still young, the copy is not
        await records.download(token=_token(link.url))
    assert exc.value.status == 410
    with pytest.raises(CopyExpired):
        await records.download_link(actor=w.me.actor, request_id=row.id)
    assert await records.sweep_expired() == 1
    after = await RecordRequest.get(id=row.id)
    assert after.state == "expired" and after.download_count == 0
    assert (await Message.filter(account_id=w.me.actor.id).order_by("-id").first()).title == "病案复印申请已过期"
    assert await records.sweep_expired() == 0
    with pytest.raises(IllegalTransition):
        await records.download_link(actor=w.me.actor, request_id=row.id)


async def test_a_link_lives_no_longer_than_the_copy():
    w = await world()
    row = await ready(w, pages=1)
    await RecordRequest.filter(id=row.id).update(expires_at=utcnow() + dt.timedelta(seconds=90))
    link = await records.download_link(actor=w.me.actor, request_id=row.id)
    assert 1 <= link.expires_in <= 90


async def test_who_may_get_a_link_member_under_grant_or_nobody():
    w = await world(name="王老先")
    row = await ready(w, pages=2)
    son = await factories.mp_patient_account("王小明")
    stranger = await factories.mp_patient_account("李路人")
    with pytest.raises(NotFound):
        await records.download_link(actor=stranger.actor, request_id=row.id)
    fam = await factories.family_of(w.me, son)
    with pytest.raises(NotFound):  # a family member without a grant sees nothing either
        await records.download_link(actor=son.actor, request_id=row.id)
    grant = (await factories.family_grant(fam, w.me, son, "record_requests"))[0]
    link = await records.download_link(actor=son.actor, request_id=row.id)
    _, pdf = await records.download(token=_token(link.url))
    assert all("王*明" in t for t in _texts(pdf)) is False  # the requester stamped is the father, not the son
    assert all("王*先" in t and row.number in t for t in _texts(pdf))
    assert await GrantAccess.filter(grantor_id=w.me.actor.id, action="record_copy_link").count() == 1
    from core.family import service as family_service

    await family_service.revoke(actor=w.me.actor, family_id=fam.id, grant_id=grant.id)
    with pytest.raises(NotFound):  # revoked: at once
        await records.download_link(actor=son.actor, request_id=row.id)


async def test_not_ready_means_no_link():
    w = await world()
    req = await submitted(w)
    with pytest.raises(IllegalTransition) as exc:
        await records.download_link(actor=w.me.actor, request_id=req.id)
    assert exc.value.details["state"] == "under_review"


async def test_the_public_media_route_never_serves_a_copy_raw(client):
    w = await world()
    row = await ready(w, pages=1)
    token = links.sign(row.document_key, purpose="record_copy", ttl_seconds=60)
    r = await client.get(f"/media/{token}")
    assert r.status_code == 403 and r.json()["code"] == "media.link_invalid"
    with pytest.raises(AppError):
        links.resolve(token)
