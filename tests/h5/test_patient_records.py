"""The record-copy screens of the H5 client refusing what the server refuses, with the
server's words, and writing nothing: a request for a family member who granted no 病案复印,
a face the camera shows that is not the ID card's, and a grant revoked while the relative
had the request open."""
from __future__ import annotations

import pytest
from playwright.async_api import expect

from core.family.models import Grant, GrantAccess
from core.records.models import IdentityCheck, RecordRequest
from tests import factories
from tests.h5.conftest import FACES
from tests.h5.patient_world import (
    NO_GRANT, PARENT, login, open_screen, request_for_parent, verify_identity_with_camera, world,
)

pytestmark = pytest.mark.e2e


async def test_a_request_without_the_grant_shows_the_refusal_and_writes_nothing(phone):
    w = await world()
    family = await factories.family_of(w.parent, w.child, name="张家")
    await factories.family_grant(family, w.parent, w.child, "health_records")  # not 病案复印
    kid = await phone()
    await login(kid, w.child)

    await open_screen(kid, f"#/family/{family.id}/members/{w.parent.actor.id}")
    await expect(kid.locator("[data-granted-to-me]")).to_contain_text("健康档案（仅查看）")
    await kid.click("[data-request-for]")
    picked = kid.locator(f"input[data-patient='{w.parent.patient.id}']")
    await expect(picked).to_be_checked()
    await kid.select_option("select[name=institution]", str(w.hospital.id))
    await kid.click("[data-step=who] button.btn-primary")
    await verify_identity_with_camera(kid, name=PARENT, id_number=w.parent.id_number,
                                      id_photo=FACES / "grace_hopper.jpg")
    banner = kid.locator(".error-banner")
    await expect(banner).to_have_text(NO_GRANT)
    assert await banner.get_attribute("data-error-code") == "family.no_grant"
    await expect(kid.locator("[data-step=identity]")).to_be_visible()  # no step further
    assert await IdentityCheck.all().count() == 0
    assert await RecordRequest.all().count() == 0
    assert await GrantAccess.all().count() == 0


async def test_a_face_that_is_not_the_id_cards_fails_the_check_and_says_why(phone):
    w = await world()
    me = await phone(photo="astronaut.jpg")
    await login(me, w.parent)
    await open_screen(me, "#/records/new")
    await expect(me.locator(f"input[data-patient='{w.parent.patient.id}']")).to_be_checked()  # oneself first
    await me.select_option("select[name=institution]", str(w.hospital.id))
    await me.click("[data-step=who] button.btn-primary")
    await verify_identity_with_camera(me, name=PARENT, id_number=w.parent.id_number,
                                      id_photo=FACES / "grace_hopper.jpg")
    await expect(me.locator("[data-problem='face_mismatch']")).to_have_text("人脸与身份证照片不一致", timeout=90_000)
    await expect(me.locator(".error-banner")).to_contain_text("身份核验未通过")
    check = await IdentityCheck.get(patient_id=w.parent.patient.id)
    assert check.outcome == "failed" and check.distance > check.threshold
    assert await RecordRequest.all().count() == 0


async def test_revoking_the_grant_takes_effect_on_the_relatives_open_screens(phone):
    w = await world()
    family = await factories.family_of(w.parent, w.child, name="张家")
    await factories.family_grant(family, w.parent, w.child, "record_requests", can_act=True)
    req = await request_for_parent(w)
    dad, kid = await phone(), await phone()
    await login(dad, w.parent)
    await login(kid, w.child)
    await open_screen(kid, f"#/records/requests/{req.id}")
    await expect(kid.locator("[data-number]")).to_have_text(req.number)

    # The father revokes on her member page; the confirmation is the client's own dialog.
    await open_screen(dad, f"#/family/{family.id}/members/{w.child.actor.id}")
    await dad.click("[data-granted-by-me] [data-grant='record_requests'] [data-revoke]")
    await dad.click(".dialog .btn-primary")
    await expect(dad.locator("[data-granted-by-me] [data-grant]")).to_have_count(0)
    grant = await Grant.get(grantor_id=w.parent.actor.id, grantee_id=w.child.actor.id, scope="record_requests")
    assert grant.revoked_at is not None

    # At once: her open request answers with the refusal, and he is gone from her picker.
    await kid.reload()
    await expect(kid.locator(".error-banner")).to_have_text(NO_GRANT)
    await expect(kid.locator("[data-number]")).to_have_count(0)
    await open_screen(kid, "#/records/new")
    await expect(kid.locator("input[data-patient]")).to_have_count(1)  # only her own identity
    await expect(kid.locator(f"input[data-patient='{w.parent.patient.id}']")).to_have_count(0)
    assert (await RecordRequest.get(id=req.id)).state == "under_review"  # untouched
