"""What the patient-area browser tests share: a district hospital whose record room takes
online requests, a parent the demo HIS knows with an archived stay, a grown-up child, and
logging either of them into the H5 client through the offline WeChat."""
from __future__ import annotations

from dataclasses import dataclass

from playwright.async_api import expect

from core.accounts.models import MpAccount
from core.orgs.models import OrgNode
from core.principal import Principal
from tests import factories
from tests.h5.conftest import login_as

PARENT, CHILD = "张建国", "张晓燕"
NO_GRANT = "该家庭成员未授权您查看或办理此项服务"  # core.family.errors.NoGrant, as the screens must show it


@dataclass
class World:
    hospital: OrgNode
    staff: Principal  # the hospital's record room
    parent: factories.MpPerson
    child: factories.MpPerson


async def world(*, fee_cents: int = 0) -> World:
    t = await factories.tree()
    await factories.record_room(t.hospital_a1, fee_cents=fee_cents)
    parent = await factories.mp_patient_account(PARENT)
    child = await factories.mp_patient_account(CHILD, number=factories.id_number(born="19980512"))
    await factories.his_stays(t.hospital_a1, parent.patient, stays=1)
    staff = await factories.actor(t.hospital_a1, roles=("record_room",))
    return World(t.hospital_a1, staff, parent, child)


async def openid(person: factories.MpPerson) -> str:
    return (await MpAccount.get(id=person.actor.id)).openid


async def login(page, person: factories.MpPerson) -> None:
    """The person's WeChat identity through the persona picker's "other identity" form."""
    await login_as(page, await openid(person))


async def login_where_opened(page, person: factories.MpPerson) -> None:
    """Log in on the login screen a link opened (the client stays on that link's route)."""
    await page.fill("#f-openid", await openid(person))
    await page.click("form button:has-text('登录')")


async def open_screen(page, route: str) -> None:
    """Go to a hash route of the logged-in client, as a tap on a link would."""
    await page.evaluate("route => { location.hash = route; }", route)
    await expect(page.locator("main .page").first).to_be_visible()


async def verify_identity_with_camera(page, *, name: str, id_number: str, id_photo) -> None:
    """The identity step of the request form: the ID card typed and photographed, then a
    frame of the (fake) front camera."""
    await page.fill("input[name=card_name]", name)
    await page.fill("input[name=card_id_number]", id_number)
    await page.set_input_files("input[name=id_photo]", str(id_photo))
    await page.click("[data-camera-start]")
    video = page.locator("video[data-camera]")
    await expect(video).to_be_visible()
    await page.wait_for_function("() => document.querySelector('video[data-camera]').videoWidth > 0")
    await page.click("[data-camera-shoot]")
    await expect(page.locator("img[data-face-preview]")).to_be_visible()
    await page.click("[data-verify]")


async def request_for_parent(w: World) -> dict:
    """A request the child made for her father under his grant (made through the services, with
    an identity check already passed: the tests using it are about what follows)."""
    from core.records import service as records

    check = await factories.identity_check(w.child.actor, w.parent.patient)
    found = await records.check_records(actor=w.child.actor, institution_id=w.hospital.id,
                                        patient_id=w.parent.patient.id)
    return await records.submit(actor=w.child.actor, institution_id=w.hospital.id, patient_id=w.parent.patient.id,
                                identity_check_id=check.id, admission_ids=[found.admissions[0].id],
                                purpose="medical_insurance", contents=["front_page"])
