"""Issue 10, Done when (second walk): a relative, at phone size in Chromium, from the family
invitation and her father's grant to a record-copy request for him with the identity check
through the camera, through the record room's processing and the payment, to the download
in the H5 client; and the father reads who acted on his data. The camera shows Grace
Hopper's photo and so does the ID card photographed: the father is her, as far as the face
engine can tell. Every step is read back from the database as well as from the screen."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from playwright.async_api import expect
from pypdf import PdfReader

from core.family.models import Family, FamilyInvite, FamilyMember, Grant, GrantAccess
from core.records import service as records
from core.records.models import IdentityCheck, RecordRequest
from tests import factories
from tests.h5.conftest import FACES
from tests.h5.patient_world import (
    CHILD, PARENT, login, login_where_opened, open_screen, verify_identity_with_camera, world,
)

pytestmark = pytest.mark.e2e


async def test_a_relative_gets_her_fathers_record_copy_in_the_h5_client(phone):
    w = await world(fee_cents=1500)
    dad, kid = await phone(), await phone(photo="grace_hopper.jpg")
    await login(dad, w.parent)

    # ---- the father creates the family and makes an invitation link with its QR code
    await open_screen(dad, "#/family")
    await dad.fill("input[name=family_name]", "张家")
    await dad.click("[data-create-family] button")
    await expect(dad.locator("[data-family-name]")).to_have_text("张家")
    await dad.click("[data-invite-link-button]")
    qr = dad.locator("img[data-invite-qr]")
    await expect(qr).to_be_visible()
    assert await qr.evaluate("img => img.complete && img.naturalWidth > 0")
    link = (await dad.locator("[data-invite-link]").inner_text()).strip()
    assert "/h5/#/family/join?token=" in link
    family = await Family.get(owner_id=w.parent.actor.id)
    assert family.name == "张家" and await FamilyInvite.filter(family_id=family.id, used_at__isnull=True).count() == 1

    # ---- the daughter opens the link, logs in there, and the join screen names the family;
    # an invitation of the owner needs no approval: she joins at once
    await kid.goto(link)
    await login_where_opened(kid, w.child)
    preview = kid.locator("[data-join-preview]")
    await expect(preview).to_contain_text("张家")
    await expect(preview).to_contain_text("接受后直接加入")
    await kid.click("[data-accept]")
    await expect(kid.locator("[data-join-outcome]")).to_contain_text("您已加入家庭「张家」")
    member = await FamilyMember.get(family_id=family.id, account_id=w.child.actor.id)
    assert member.state == "active" and member.via == "invite"
    assert (await FamilyInvite.get(family_id=family.id)).used_by_id == w.child.actor.id

    # ---- the father grants her 病案复印, to act for him, until a date
    await dad.reload()
    row = dad.locator(f"[data-member='{w.child.actor.id}']")
    await expect(row).to_contain_text("张*燕")
    await row.click()
    await expect(dad.locator("[data-member-name]")).to_contain_text("张*燕")
    until = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    await dad.check("input[name=scope_record_requests]")
    await dad.check("input[name=can_act]")
    await dad.fill("input[name=until]", until)
    await dad.click("[data-grant-save]")
    await expect(dad.locator("[data-granted-by-me] [data-grant='record_requests']")).to_contain_text("病案复印（可代办）")
    grant = await Grant.get(grantor_id=w.parent.actor.id, grantee_id=w.child.actor.id, scope="record_requests")
    assert grant.can_act and grant.revoked_at is None and grant.family_id == family.id
    assert grant.expires_at.astimezone(dt.timezone(dt.timedelta(hours=8))).date().isoformat() == until

    # ---- she asks for his records: him from the picker, the hospital, then the identity check
    await open_screen(kid, "#/records/new")
    await kid.check(f"input[data-patient='{w.parent.patient.id}']")
    await kid.select_option("select[name=institution]", str(w.hospital.id))
    await kid.click("[data-step=who] button.btn-primary")
    await verify_identity_with_camera(kid, name=PARENT, id_number=w.parent.id_number,
                                      id_photo=FACES / "grace_hopper.jpg")
    form = kid.locator("[data-step=form]")
    await expect(form).to_be_visible(timeout=90_000)  # the face engine's first use loads its models
    await expect(form.locator("[data-identity-passed]")).to_have_text("身份核验通过")
    check = await IdentityCheck.get(patient_id=w.parent.patient.id)
    assert (check.account_id, check.outcome) == (w.child.actor.id, "passed")
    assert check.distance is not None and check.distance < check.threshold
    assert check.id_photo_key and check.face_photo_key and check.id_photo_key != check.face_photo_key

    await expect(form.locator("[data-admissions] input:checked")).to_have_count(1)
    await kid.check("input[name=content_discharge_summary]")
    await kid.click("[data-submit]")
    await expect(kid.locator("[data-state]")).to_have_text("审核中")
    req = await RecordRequest.get(patient_id=w.parent.patient.id)
    assert (req.requester_id, req.grant_id, req.state) == (w.child.actor.id, grant.id, "under_review")
    assert req.identity_check_id == check.id and set(req.contents) >= {"discharge_summary"}
    await expect(kid.locator("[data-number]")).to_have_text(req.number)

    # ---- the record room approves; she pays the fee; the room uploads the scanned copy
    await records.review(actor=w.staff, request_id=req.id, approve=True)
    await kid.reload()
    await expect(kid.locator("[data-state]")).to_have_text("审核通过")
    await kid.click("[data-pay]")
    await expect(kid.locator("[data-state]")).to_have_text("复印中")
    req = await RecordRequest.get(id=req.id)
    assert req.state == "in_preparation" and req.paid_at is not None
    await records.upload_copy(actor=w.staff, request_id=req.id, pdf=factories.pdf_pages(2))
    await kid.reload()
    await expect(kid.locator("[data-state]")).to_have_text("待下载")
    timeline = kid.locator("[data-timeline] li")
    await expect(timeline).to_have_count(6)  # submitted, under review, approved, paid, in preparation, ready
    await expect(kid.locator("[data-timeline]")).to_contain_text("复印件已准备好（2 页）")

    # ---- the download: the stamped PDF, and the request is downloaded
    async with kid.expect_download() as waiting:
        await kid.click("[data-download]")
    download = await waiting.value
    assert download.suggested_filename == f"{req.number}.pdf"
    pages = PdfReader(io.BytesIO(open(await download.path(), "rb").read())).pages
    assert len(pages) == 2 and all(req.number in p.extract_text() for p in pages)
    await expect(kid.locator("[data-state]")).to_have_text("已下载")
    req = await RecordRequest.get(id=req.id)
    assert (req.state, req.download_count) == ("downloaded", 1)

    # ---- the father sees what she did under his grant
    await open_screen(dad, "#/me/accesses")
    accesses = dad.locator("[data-accesses] [data-access]")
    await expect(dad.locator("[data-access='record_request']")).to_contain_text("张*燕 为您提交了病案复印申请")
    logged = await GrantAccess.filter(grantor_id=w.parent.actor.id, grantee_id=w.child.actor.id).count()
    assert logged >= 5 and await accesses.count() == min(logged, 20)
    assert CHILD not in await dad.locator("main").inner_text()  # her name shows masked
